//! `forcetls diagnose FILE... [--at TIME] [--name HOST|IP] [--json] …`: the same core as the web
//! app, on files.
//!
//! The CLI is an edge, so it may read the clock (the default evaluation time) and files; the core
//! it calls does neither.
//!
//! NOTE: the arguments are parsed by hand. clap would cost the page nothing (the CLI is
//! native-only), but one subcommand with nine flags does not need it, and the hand-written parser
//! keeps the exact messages and exit codes scripts rely on.

use std::io::{Read, Write};

use forcetls::civil_time::parse_datetime;
use forcetls::model::{ChainVerdict, Diagnosis, PeerOptions, TrustOptions};
use forcetls::trust::StoreChoice;
use forcetls::{diagnose_catching_panics_using, report, Input, Source};

const USAGE: &str = "usage: forcetls diagnose FILE... [--at TIME] [--name HOST|IP] [--max-depth N] [--store microsoft|mozilla|none] [--trust ROOTFILE]... [--public-root ROOTFILE]... [--next FILE]... [--json]\n\
  FILE     a certificate, chain, PKCS#7 bundle, CRL or s_client transcript; - reads standard input\n\
  --at     evaluate at this time: YYYY-MM-DD (UTC midnight) or RFC 3339 (2026-11-22T10:15:00Z); default: now\n\
  --name   the host name or IP address clients connect to: a chain is trusted only if its certificate covers it\n\
  --max-depth N  the most intermediate CAs a path may have (self-issued ones not counted); default: 6\n\
  --store  the validating side's root store; default: microsoft (Mozilla's plus roots of Exchange Online's history that Mozilla removed)\n\
  --trust  also trust the root certificate(s) in ROOTFILE (repeatable)\n\
  --public-root ROOTFILE  treat these roots as public CAs, trusted by Exchange Online too (repeatable)\n\
  --next   FILE  the chain that will replace the current one: show what the rollover changes (repeatable)\n\
  --json   print the diagnosis as JSON (schema forcetls.diagnosis, version 1)\n\
exit status: 0 when every chain is trusted and no mail-flow direction will fail; 1 otherwise; 2 for a usage error or an unreadable file\n";

/// Runs the CLI and returns the process exit code: 0 when every chain is trusted and no direction
/// will fail, 1 when some chain is not trusted or some direction will fail, 2 on a usage or file
/// error.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match parse(args) {
        Ok(Command::Help) => {
            let _ = out.write_all(USAGE.as_bytes());
            0
        }
        Ok(Command::Diagnose { files, at, json, store, roots, public_roots, next, peer }) => {
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
            let diagnosis = diagnose_catching_panics_using(&Input { sources, evaluated_at, trust: TrustOptions { store, roots, public_roots }, next, peer }, &forcetls::signature::ring::Ring);
            let text = if json {
                serde_json::to_string_pretty(&diagnosis).expect("a diagnosis always serialises") + "\n"
            } else {
                report::explain(&diagnosis, forcetls::i18n::Lang::En).to_text()
            };
            let _ = out.write_all(text.as_bytes());
            exit_status(&diagnosis)
        }
        Err(message) => {
            let _ = write!(err, "forcetls: {message}\n{USAGE}");
            2
        }
    }
}

enum Command {
    Help,
    Diagnose { files: Vec<String>, at: Option<i64>, json: bool, store: StoreChoice, roots: Vec<String>, public_roots: Vec<String>, next: Vec<String>, peer: PeerOptions },
}

/// 0 when every chain is trusted and no mail-flow direction will fail, else 1.
fn exit_status(d: &Diagnosis) -> i32 {
    let chains_ok = d.chains.iter().all(|c| c.verdict == ChainVerdict::Trusted);
    let directions_ok = d.directions.iter().all(|dir| dir.outcome != forcetls::connectors::verdict::Outcome::WillFail);
    if chains_ok && directions_ok { 0 } else { 1 }
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
    let (mut roots, mut public_roots, mut next, mut peer) = (Vec::new(), Vec::new(), Vec::new(), PeerOptions::default());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--at" => {
                let value = args.next().ok_or("--at needs a date")?;
                at = Some(parse_datetime(value).ok_or_else(|| format!("--at: '{value}' is not a date like 2026-11-23 or a date-time like 2026-11-23T10:15:00Z"))?);
            }
            "--name" => peer.name = Some(args.next().ok_or("--name needs a host name or IP address")?.clone()),
            "--max-depth" => {
                let value = args.next().ok_or("--max-depth needs a number")?;
                peer.max_depth = Some(value.parse().ok().filter(|&n: &usize| n <= 32).ok_or_else(|| format!("--max-depth: '{value}' is not a number from 0 to 32"))?);
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
    Ok(Command::Diagnose { files, at, json, store, roots, public_roots, next, peer })
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
