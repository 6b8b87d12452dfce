//! `forcetls diagnose FILE... [--at TIME] [--name HOST|IP] [--lang en|de|zh-TW] [--json] …`: the
//! same core as the web app, on files. Messages and the text report are in `--lang`'s language
//! (`locales/<lang>/cli.ftl`); the JSON has none.
//!
//! The CLI is an edge, so it may read the clock (the default evaluation time) and files; the core
//! it calls does neither.
//!
//! NOTE: the arguments are parsed by hand. clap would cost the page nothing (the CLI is
//! native-only), but one subcommand with nine flags does not need it, and the hand-written parser
//! keeps the exact messages and exit codes scripts rely on.

use std::io::{Read, Write};

use forcetls::civil_time::parse_datetime;
use forcetls::i18n::{Lang, Words};
use forcetls::model::{ChainVerdict, Diagnosis, PeerOptions, TrustOptions};
use forcetls::trust::StoreChoice;
use forcetls::{diagnose_catching_panics_using, report, w, Input, Source};

/// The usage text in the language's words.
fn usage(words: &Words) -> String {
    let mut out = String::new();
    for id in ["usage", "usage-file", "usage-at", "usage-name", "usage-max-depth", "usage-store", "usage-trust", "usage-public-root", "usage-next", "usage-lang"] {
        let indent = if id == "usage" { "" } else { "  " };
        out.push_str(&format!("{indent}{}\n", w!(words, id)));
    }
    out.push_str(&format!("  {}\n", w!(words, "usage-json", version = forcetls::model::SCHEMA_VERSION)));
    out.push_str(&format!("{}\n", w!(words, "usage-exit")));
    out
}

/// A usage or file error, worded when it is printed.
enum Problem {
    UnknownCommand(String),
    MissingCommand,
    NeedsValue(&'static str),
    BadDate(String),
    BadDepth(String),
    BadStore(String),
    BadLang(String),
    UnknownOption(String),
    NoFile,
    CannotRead { file: String, error: String },
}

impl Problem {
    fn words(&self, words: &Words) -> String {
        match self {
            Problem::UnknownCommand(command) => w!(words, "error-unknown-command", command = command),
            Problem::MissingCommand => w!(words, "error-missing-command"),
            Problem::NeedsValue(flag) => {
                let id = match *flag {
                    "--at" => "error-needs-date",
                    "--name" => "error-needs-name",
                    "--max-depth" => "error-needs-number",
                    "--lang" => "error-needs-language",
                    _ => "error-needs-file",
                };
                w!(words, id, flag = *flag)
            }
            Problem::BadDate(value) => w!(words, "error-bad-date", value = value),
            Problem::BadDepth(value) => w!(words, "error-bad-depth", value = value),
            Problem::BadStore(value) => w!(words, "error-bad-store", value = value),
            Problem::BadLang(value) => w!(words, "error-bad-lang", value = value),
            Problem::UnknownOption(flag) => w!(words, "error-unknown-option", flag = flag),
            Problem::NoFile => w!(words, "error-no-file"),
            Problem::CannotRead { file, error } => w!(words, "error-cannot-read", file = file, error = error),
        }
    }
}

/// The language asked for with `--lang`, looked up before the rest is parsed so that every
/// message is in it; English when absent or unknown.
fn lang_of(args: &[String]) -> Lang {
    args.iter().position(|a| a == "--lang").and_then(|i| args.get(i + 1)).and_then(|tag| Lang::from_tag(tag)).unwrap_or_default()
}

/// Runs the CLI and returns the process exit code: 0 when every chain is trusted and no direction
/// will fail, 1 when some chain is not trusted or some direction will fail, 2 on a usage or file
/// error.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let lang = lang_of(args);
    let words = forcetls::i18n::cli(lang);
    match parse(args) {
        Ok(Command::Help) => {
            let _ = out.write_all(usage(words).as_bytes());
            0
        }
        Ok(Command::Diagnose { files, at, json, store, roots, public_roots, next, peer, lang }) => {
            let mut lists = Vec::with_capacity(4);
            for result in [files, roots, public_roots, next].map(|f| read_all(f, words)) {
                match result {
                    Ok(sources) => lists.push(sources),
                    Err(problem) => {
                        let _ = writeln!(err, "forcetls: {}", problem.words(words));
                        return 2;
                    }
                }
            }
            let [sources, roots, public_roots, next]: [Vec<Source>; 4] = lists.try_into().expect("four lists were read");
            let evaluated_at = at.unwrap_or_else(now);
            let diagnosis = diagnose_catching_panics_using(&Input { sources, evaluated_at, trust: TrustOptions { store, roots, public_roots }, next, peer }, &forcetls::signature::ring::Ring);
            let text = if json {
                serde_json::to_string_pretty(&diagnosis).expect("a diagnosis always serialises") + "\n"
            } else {
                report::explain(&diagnosis, lang).to_text()
            };
            let _ = out.write_all(text.as_bytes());
            exit_status(&diagnosis)
        }
        Err(problem) => {
            let _ = write!(err, "forcetls: {}\n{}", problem.words(words), usage(words));
            2
        }
    }
}

enum Command {
    Help,
    Diagnose { files: Vec<String>, at: Option<i64>, json: bool, store: StoreChoice, roots: Vec<String>, public_roots: Vec<String>, next: Vec<String>, peer: PeerOptions, lang: Lang },
}

/// 0 when every chain is trusted and no mail-flow direction will fail, else 1.
fn exit_status(d: &Diagnosis) -> i32 {
    let chains_ok = d.chains.iter().all(|c| c.verdict == ChainVerdict::Trusted);
    let directions_ok = d.directions.iter().all(|dir| dir.outcome != forcetls::connectors::verdict::Outcome::WillFail);
    if chains_ok && directions_ok { 0 } else { 1 }
}

fn parse(args: &[String]) -> Result<Command, Problem> {
    let mut args = args.iter();
    match args.next().map(String::as_str) {
        Some("diagnose") => {}
        Some("-h" | "--help" | "help") => return Ok(Command::Help),
        Some(other) => return Err(Problem::UnknownCommand(other.to_string())),
        None => return Err(Problem::MissingCommand),
    }
    let mut lang = Lang::default();
    let (mut files, mut at, mut json, mut store) = (Vec::new(), None, false, StoreChoice::default());
    let (mut roots, mut public_roots, mut next, mut peer) = (Vec::new(), Vec::new(), Vec::new(), PeerOptions::default());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--at" => {
                let value = args.next().ok_or(Problem::NeedsValue("--at"))?;
                at = Some(parse_datetime(value).ok_or_else(|| Problem::BadDate(value.clone()))?);
            }
            "--name" => peer.name = Some(args.next().ok_or(Problem::NeedsValue("--name"))?.clone()),
            "--max-depth" => {
                let value = args.next().ok_or(Problem::NeedsValue("--max-depth"))?;
                peer.max_depth = Some(value.parse().ok().filter(|&n: &usize| n <= 32).ok_or_else(|| Problem::BadDepth(value.clone()))?);
            }
            "--lang" => {
                let value = args.next().ok_or(Problem::NeedsValue("--lang"))?;
                lang = Lang::from_tag(value).ok_or_else(|| Problem::BadLang(value.clone()))?;
            }
            "--store" => {
                store = match args.next().map(String::as_str) {
                    Some("microsoft") => StoreChoice::Microsoft,
                    Some("mozilla") => StoreChoice::Mozilla,
                    Some("none") => StoreChoice::None,
                    other => return Err(Problem::BadStore(other.unwrap_or("").to_string())),
                }
            }
            "--trust" => roots.push(args.next().ok_or(Problem::NeedsValue("--trust"))?.clone()),
            "--public-root" => public_roots.push(args.next().ok_or(Problem::NeedsValue("--public-root"))?.clone()),
            "--next" => next.push(args.next().ok_or(Problem::NeedsValue("--next"))?.clone()),
            "-h" | "--help" => return Ok(Command::Help),
            flag if flag.starts_with("--") => return Err(Problem::UnknownOption(flag.to_string())),
            file => files.push(file.to_string()),
        }
    }
    if files.is_empty() {
        return Err(Problem::NoFile);
    }
    Ok(Command::Diagnose { files, at, json, store, roots, public_roots, next, peer, lang })
}

/// Reads every file (or standard input for "-") into a named source.
fn read_all(files: Vec<String>, words: &Words) -> Result<Vec<Source>, Problem> {
    files
        .into_iter()
        .map(|file| match read(&file) {
            Ok(bytes) => Ok(Source::bytes(if file == "-" { w!(words, "standard-input") } else { file }, bytes)),
            Err(e) => Err(Problem::CannotRead { file, error: e.to_string() }),
        })
        .collect()
}

fn read(file: &str) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(file)?;
    }
    Ok(bytes)
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}
