//! `forcetls diagnose FILE... [--at YYYY-MM-DD] [--json]`: the same core as the web app, on files.
//!
//! The CLI is an edge, so it may read the clock (the default evaluation time) and files; the core
//! it calls does neither.

use std::io::{Read, Write};

use forcetls::civil_time::parse_date;
use forcetls::model::TrustOptions;
use forcetls::trust::StoreChoice;
use forcetls::{diagnose_catching_panics, report, Input, Source};

const USAGE: &str = "usage: forcetls diagnose FILE... [--at YYYY-MM-DD] [--store microsoft|mozilla|none] [--trust ROOTFILE]... [--public-root ROOTFILE]... [--next FILE]... [--json]\n\
  FILE     a certificate, chain, PKCS#7 bundle or s_client transcript; - reads standard input\n\
  --at     evaluate validity at this date (UTC midnight); default: now\n\
  --store  the validating side's root store; default: microsoft (Mozilla's plus roots of Exchange Online's history that Mozilla removed)\n\
  --trust  also trust the root certificate(s) in ROOTFILE (repeatable)\n\
  --public-root ROOTFILE  treat these roots as public CAs, trusted by Exchange Online too (repeatable)\n\
  --next   FILE  the chain that will replace the current one: show what the rollover changes (repeatable)\n\
  --json   print the diagnosis as JSON (schema forcetls.diagnosis, version 1)\n";

/// Runs the CLI and returns the process exit code: 0 after a diagnosis, 2 on a usage or file error.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match parse(args) {
        Ok(Command::Help) => {
            let _ = out.write_all(USAGE.as_bytes());
            0
        }
        Ok(Command::Diagnose { files, at, json, store, roots, public_roots, next }) => {
            let mut lists = Vec::with_capacity(4);
            for result in [files, roots, public_roots, next].map(read_all) {
                match result {
                    Ok(sources) => lists.push(sources),
                    Err(message) => {
                        let _ = writeln!(err, "forcetls: {message}");
                        return 2;
                    }
                }
            }
            let [sources, roots, public_roots, next]: [Vec<Source>; 4] = lists.try_into().expect("four lists were read");
            let evaluated_at = at.unwrap_or_else(now);
            let diagnosis = diagnose_catching_panics(&Input { sources, evaluated_at, trust: TrustOptions { store, roots, public_roots }, next, peer: Default::default() });
            let text = if json {
                serde_json::to_string_pretty(&diagnosis).expect("a diagnosis always serialises") + "\n"
            } else {
                report::explain(&diagnosis).to_text()
            };
            let _ = out.write_all(text.as_bytes());
            0
        }
        Err(message) => {
            let _ = write!(err, "forcetls: {message}\n{USAGE}");
            2
        }
    }
}

enum Command {
    Help,
    Diagnose { files: Vec<String>, at: Option<i64>, json: bool, store: StoreChoice, roots: Vec<String>, public_roots: Vec<String>, next: Vec<String> },
}

fn parse(args: &[String]) -> Result<Command, String> {
    let mut args = args.iter();
    match args.next().map(String::as_str) {
        Some("diagnose") => {}
        Some("-h" | "--help" | "help") => return Ok(Command::Help),
        Some(other) => return Err(format!("unknown command '{other}'")),
        None => return Err("missing command".into()),
    }
    let (mut files, mut at, mut json, mut store) = (Vec::new(), None, false, StoreChoice::default());
    let (mut roots, mut public_roots, mut next) = (Vec::new(), Vec::new(), Vec::new());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--at" => {
                let value = args.next().ok_or("--at needs a date")?;
                at = Some(parse_date(value).ok_or_else(|| format!("--at: '{value}' is not a date like 2026-11-23"))?);
            }
            "--store" => {
                store = match args.next().map(String::as_str) {
                    Some("microsoft") => StoreChoice::Microsoft,
                    Some("mozilla") => StoreChoice::Mozilla,
                    Some("none") => StoreChoice::None,
                    other => return Err(format!("--store: '{}' is not microsoft, mozilla or none", other.unwrap_or(""))),
                }
            }
            "--trust" => roots.push(args.next().ok_or("--trust needs a file")?.clone()),
            "--public-root" => public_roots.push(args.next().ok_or("--public-root needs a file")?.clone()),
            "--next" => next.push(args.next().ok_or("--next needs a file")?.clone()),
            "-h" | "--help" => return Ok(Command::Help),
            flag if flag.starts_with("--") => return Err(format!("unknown option '{flag}'")),
            file => files.push(file.to_string()),
        }
    }
    if files.is_empty() {
        return Err("no FILE given".into());
    }
    Ok(Command::Diagnose { files, at, json, store, roots, public_roots, next })
}

/// Reads every file (or standard input for "-") into a named source.
fn read_all(files: Vec<String>) -> Result<Vec<Source>, String> {
    files
        .into_iter()
        .map(|file| match read(&file) {
            Ok(bytes) => Ok(Source::bytes(if file == "-" { "standard input".into() } else { file }, bytes)),
            Err(e) => Err(format!("cannot read {file}: {e}")),
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
