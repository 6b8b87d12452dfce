//! The scripts and commands forcetls hands admins, run or tokenized with hostile input.
//!
//! * The firewall worksheet's shell script runs under every POSIX shell on the machine (`/bin/sh`,
//!   `bash`, `dash`, `busybox sh`) in an empty temporary directory, with stub `curl`, `openssl`
//!   and `nc` first on `PATH` that only log their arguments. The test fails if any file appears
//!   (every hostile URL tries to `touch` one) or if the arguments logged differ from the URLs and
//!   hosts the worksheet holds.
//! * The worksheet's PowerShell script, every "Fix:" command and the rollover's command are read
//!   by a model of PowerShell's tokenizer (`common/powershell.rs`): no expandable string, no
//!   variable or subexpression forcetls did not write, every verbatim string a value from the
//!   worksheet or the input.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/powershell.rs"]
mod powershell;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::fixture;
use forcetls::budget::{Budget, Work};
use forcetls::civil_time::parse_date;
use forcetls::model::TrustOptions;
use forcetls::trust::StoreChoice;
use forcetls::worksheet::{self, Endpoint, Purpose, Side};
use forcetls::{diagnose_with, report, Diagnosis, Input, Source};
use powershell::{tokenize, Token};

/// Every fixture whose worksheet and commands are checked: the hostile ones and normal ones.
const CASES: &[(&str, &[&str])] = &[
    ("hostile URLs", &["hostile/urls.pem"]),
    ("hostile non-ASCII URLs", &["hostile/unicode-urls.pem"]),
    ("200,000 CRL URLs", &["hostile/crl-200k.der"]),
    ("hostile connector names", &["hostile/connectors.json", "hostile/send-connector.txt", "hostile/urls.pem"]),
    ("chain-rsa", &["chain-rsa.pem"]),
    ("good chain", &["chains/good.pem"]),
    ("connector samples", &["connectors/onprem_Get-SendConnector_FL_multi.txt", "connectors/exo_partner_Get-OutboundConnector_FL_multi.txt", "chain-rsa.pem"]),
];

fn diagnose_case(files: &[&str]) -> Diagnosis {
    let sources = files.iter().map(|f| Source::bytes(*f, fixture(f))).collect();
    let roots = vec![Source::bytes("root-rsa.pem", fixture("root-rsa.pem")), Source::bytes("root-a.pem", fixture("chains/root-a.pem"))];
    let input = Input { sources, evaluated_at: parse_date("2026-06-01").unwrap(), trust: TrustOptions { store: StoreChoice::None, roots, public_roots: Vec::new() }, next: Vec::new(), ..Input::default() };
    // The 200,000-URL certificate would run 5,000 stub processes per shell; 300 URLs show the same.
    diagnose_with(&input, &Budget::new().with_limit(Work::EndpointUrls, 300))
}

/// A fresh empty directory under the system's temporary directory.
fn temp_dir(label: &str) -> PathBuf {
    let unique = format!("forcetls-{label}-{}-{}", std::process::id(), std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos());
    let dir = std::env::temp_dir().join(unique);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The POSIX shells on this machine.
fn shells() -> Vec<Vec<String>> {
    let mut found = vec![vec!["/bin/sh".to_string()]];
    for shell in ["/bin/bash", "/usr/bin/bash", "/bin/dash", "/usr/bin/dash"] {
        if Path::new(shell).exists() && !found.iter().any(|f| std::fs::canonicalize(&f[0]).ok() == std::fs::canonicalize(shell).ok()) {
            found.push(vec![shell.to_string()]);
        }
    }
    for busybox in ["/bin/busybox", "/usr/bin/busybox"] {
        if Path::new(busybox).exists() {
            found.push(vec![busybox.to_string(), "sh".to_string()]);
            break;
        }
    }
    found
}

/// Stub tools that log their name and arguments (separated by U+001F, one call per line).
fn stubs(dir: &Path, log: &Path) {
    for tool in ["curl", "openssl", "nc"] {
        let path = dir.join(tool);
        let body = format!("#!/bin/sh\n{{ printf '%s' '{tool}'; for a in \"$@\"; do printf '\\037%s' \"$a\"; done; printf '\\n'; }} >> '{}'\n", log.display());
        std::fs::write(&path, body).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
    }
}

/// Every file under `dir`, relative to it.
fn files_in(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        out.insert(entry.file_name().to_string_lossy().into_owned());
        if entry.file_type().unwrap().is_dir() {
            out.extend(files_in(&entry.path()).into_iter().map(|f| format!("{}/{f}", entry.file_name().to_string_lossy())));
        }
    }
    out
}

/// The calls the script should make, as logged by the stubs: one per URL that passes the check.
fn expected_calls(rows: &[Endpoint]) -> BTreeSet<Vec<String>> {
    let mut calls = BTreeSet::new();
    for r in rows {
        for url in &r.urls {
            let Ok(u) = forcetls::quote::url::url(url) else { continue };
            let call: Vec<&str> = match (r.purpose, u.scheme.as_str()) {
                (Purpose::Ocsp, "http" | "https") => vec!["openssl", "ocsp", "-issuer", "issuer.pem", "-cert", "server.pem", "-url", url, "-resp_text", "-noverify"],
                (_, "http" | "https") => vec!["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code} %{url_effective}\\n", "--max-time", "10", url],
                _ => {
                    let port = u.port_or_default().to_string();
                    calls.insert(["nc", "-z", "-w", "10", &u.host, &port].iter().map(|s| s.to_string()).collect());
                    continue;
                }
            };
            calls.insert(call.iter().map(|s| s.to_string()).collect());
        }
    }
    calls
}

/// Runs the worksheet's shell script under every shell in a sandbox; fails on any file created
/// or any call other than the expected ones.
fn run_shell_script(case: &str, rows: &[Endpoint]) {
    let script = worksheet::shell(rows, &forcetls::report::script_comments(forcetls::i18n::Lang::En));
    let expected = expected_calls(rows);
    for shell in shells() {
        let tools = temp_dir("stubs");
        let work = temp_dir("work");
        let log = tools.join("calls.log");
        stubs(&tools, &log);
        std::fs::write(tools.join("script.sh"), &script).unwrap();
        let path = format!("{}:{}", tools.display(), std::env::var("PATH").unwrap_or_default());
        let output = Command::new(&shell[0]).args(&shell[1..]).arg(tools.join("script.sh")).current_dir(&work).env("PATH", path).env("HOME", &work).output().unwrap();
        let created = files_in(&work);
        let tool_files = files_in(&tools);
        let logged: BTreeSet<Vec<String>> = std::fs::read_to_string(&log).unwrap_or_default().lines().map(|l| l.split('\u{1f}').map(str::to_string).collect()).collect();
        let _ = std::fs::remove_dir_all(&work);
        let _ = std::fs::remove_dir_all(&tools);
        assert!(created.is_empty(), "{case}, {}: the script created {created:?}\n{script}", shell.join(" "));
        assert_eq!(tool_files, ["calls.log", "curl", "nc", "openssl", "script.sh"].iter().map(|s| s.to_string()).collect::<BTreeSet<_>>(), "{case}, {}", shell.join(" "));
        assert!(output.status.success() || !expected.is_empty(), "{case}, {}: {}", shell.join(" "), String::from_utf8_lossy(&output.stderr));
        assert_eq!(logged, expected, "{case}, {}: calls differ\n{script}", shell.join(" "));
    }
}

#[test]
fn worksheet_shell_scripts_run_only_the_stubs_with_the_worksheet_urls() {
    for (case, files) in CASES {
        let d = diagnose_case(files);
        assert!(!d.worksheet.is_empty() || case.contains("connector"), "{case}: no worksheet");
        run_shell_script(case, &d.worksheet);
    }
}

/// Rows read back from a JSON diagnosis are not trusted either: hosts and URLs that fail the
/// check are left out of the scripts, with a note that does not repeat them.
#[test]
fn rows_from_elsewhere_are_checked_again() {
    let hostile = ["$(touch pwned-host)", "a.test;touch pwned-host2", "a.test\ntouch pwned-lf", "-oProxyCommand=touch pwned-dash", "a.test' ; touch pwned-q ; '"];
    let mut rows = Vec::new();
    for host in hostile {
        for (scheme, purpose) in [("http", Purpose::Crl), ("http", Purpose::Ocsp), ("ldap", Purpose::Crl)] {
            rows.push(Endpoint { scheme: scheme.into(), host: host.into(), port: 80, purpose, urls: vec![format!("{scheme}://{host}/x")], certificates: vec!["=cmd|' /C calc'!A0".into()], side: Side::Theirs });
        }
    }
    rows.push(Endpoint { scheme: "http".into(), host: "ok.test".into(), port: 80, purpose: Purpose::Crl, urls: vec!["http://ok.test/a.crl".into(), "http://ok.test/a.crl;touch pwned-url".into(), "http://ok.test/$(touch pwned-url2)".into()], certificates: vec!["ok".into()], side: Side::Theirs });
    run_shell_script("rows from JSON", &rows);
    let sh = worksheet::shell(&rows, &forcetls::report::script_comments(forcetls::i18n::Lang::En));
    assert!(sh.contains("left out"), "{sh}");
    assert!(!sh.contains("pwned-host") && !sh.contains("pwned-lf"), "{sh}");
    check_powershell_script("rows from JSON", &rows);
    assert_eq!(worksheet::host_list(&rows), "ok.test:80\n");
    for line in worksheet::csv(&rows).lines().skip(1) {
        for cell in line.split(',') {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{line}");
        }
    }
}

/// The tokens a worksheet PowerShell line may hold besides verbatim strings.
const PS_WORDS: &[&str] = &["Test-NetConnection", "-ComputerName", "-Port", "-WarningAction", "SilentlyContinue", "+=", "=", "[pscustomobject]", "Host", "Port", "Purpose", "Reachable", ";", "}", "|", "Format-Table", "-AutoSize", ".TcpTestSucceeded", "@()"];

/// Reads the worksheet's PowerShell script with the tokenizer model.
fn check_powershell_script(case: &str, rows: &[Endpoint]) {
    let script = worksheet::powershell(rows, &forcetls::report::script_comments(forcetls::i18n::Lang::En));
    let hosts: BTreeSet<String> = rows.iter().filter_map(|r| forcetls::quote::host::host(&r.host).ok()).collect();
    let urls: BTreeSet<&String> = rows.iter().flat_map(|r| &r.urls).collect();
    let purposes: BTreeSet<&str> = Purpose::ALL.iter().map(|p| p.as_str()).collect();
    for token in tokenize(&script) {
        match token {
            Token::Verbatim(v) => assert!(hosts.contains(&v) || purposes.contains(v.as_str()), "{case}: unexpected string {v:?}\n{script}"),
            Token::Dollar(v) => assert!(["$results", "$t", "@(", "@{"].contains(&v.as_str()), "{case}: {v}\n{script}"),
            Token::Comment(c) if c.starts_with(" certutil -URL ") => {
                // A commented command holds exactly one URL from the worksheet, as a verbatim string.
                let inner = tokenize(&c);
                let [Token::Word(_), Token::Word(_), Token::Verbatim(url)] = inner.as_slice() else { panic!("{case}: comment {c:?} holds {inner:?}") };
                assert!(urls.contains(url), "{case}: {url:?}");
            }
            // Other comments are forcetls's own words: no value from the input.
            Token::Comment(c) => assert!(!c.contains("://") && !hosts.iter().any(|h| c.contains(h.as_str())), "{case}: comment {c:?}"),
            Token::Word(w) => assert!(PS_WORDS.contains(&w.as_str()) || w.trim_end_matches(';').parse::<u16>().is_ok() || w == ")", "{case}: word {w:?}\n{script}"),
            Token::NewLine => {}
            other => panic!("{case}: {other:?} in\n{script}"),
        }
    }
}

#[test]
fn worksheet_powershell_holds_only_checked_values_as_verbatim_strings() {
    for (case, files) in CASES {
        let d = diagnose_case(files);
        check_powershell_script(case, &d.worksheet);
    }
}

/// Every "Fix:" command of every case (and the rollover's) is one command whose arguments are
/// words, `$true`/`$false` and verbatim strings: no expandable string, no variable, no
/// subexpression, no escape, no statement separator, no second line. A `Set-` cmdlet's words are
/// `-Parameter` names and forcetls's own tokens only.
#[test]
fn every_fix_command_is_one_cmdlet_with_verbatim_values() {
    let mut seen = 0;
    for (case, files) in CASES {
        let d = diagnose_case(files);
        let r = report::explain(&d, forcetls::i18n::Lang::En);
        for fix in d.directions.iter().flat_map(|x| &x.fixes) {
            seen += 1;
            check_fix(case, fix);
        }
        for row in &r.rollover {
            if let Some(at) = row.value.find("run: ") {
                check_fix(case, row.value[at + 5..].trim_end_matches(" (Set-ReceiveConnector for a receive connector)"));
            }
        }
    }
    assert!(seen >= 5, "the cases produce fixes ({seen})");
}

fn check_fix(case: &str, fix: &str) {
    let tokens = tokenize(fix);
    let Some(Token::Word(command)) = tokens.first() else { panic!("{case}: {fix}") };
    assert!(command.chars().all(|c| c.is_ascii_alphabetic() || c == '-'), "{case}: {fix}");
    let strict = command.starts_with("Set-");
    for t in &tokens[1..] {
        let ok = match t {
            Token::Verbatim(_) => true,
            Token::Word(w) if strict => (w.starts_with('-') && w[1..].chars().all(|c| c.is_ascii_alphanumeric())) || w == "," || w == "DomainValidation",
            Token::Word(w) => !w.contains([';', '|', '&', '(', ')', '{', '}']),
            Token::Dollar(v) => v == "$true" || v == "$false",
            // forcetls's own notes after a constant command (never after a Set- cmdlet with values).
            Token::Comment(_) => !strict,
            _ => false,
        };
        assert!(ok, "{case}: {t:?} in {fix}");
    }
}

/// The Markdown export of the hostile fixtures renders without any link, image or HTML, and its
/// fixes stay inside one code block (a line feed plus a code fence in a name cannot close it).
#[test]
fn markdown_export_of_hostile_input_is_inert() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let d = diagnose_case(&["hostile/connectors.json", "hostile/send-connector.txt", "hostile/urls.pem"]);
    let r = report::explain(&d, forcetls::i18n::Lang::En);
    let markdown = r.to_markdown();
    let mut code_blocks = 0;
    let mut code = String::new();
    let mut in_code = false;
    for event in Parser::new_ext(&markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::HtmlBlock) | Event::Html(_) | Event::InlineHtml(_) => panic!("{event:?} in\n{markdown}"),
            Event::Start(Tag::CodeBlock(_)) => {
                code_blocks += 1;
                in_code = true;
            }
            Event::End(pulldown_cmark::TagEnd::CodeBlock) => in_code = false,
            Event::Text(t) if in_code => code.push_str(&t),
            _ => {}
        }
    }
    let fixes: Vec<&String> = d.directions.iter().flat_map(|x| &x.fixes).collect();
    assert!(!fixes.is_empty());
    assert_eq!(code_blocks, 1, "{markdown}");
    assert_eq!(code, fixes.iter().map(|f| format!("{f}\n")).collect::<String>());
}

/// The CSV export neutralises the hostile leaf's `=HYPERLINK(…)` name; the text report shows
/// control characters escaped.
#[test]
fn csv_and_text_exports_of_hostile_input() {
    let d = diagnose_case(&["hostile/urls.pem"]);
    let csv = worksheet::csv(&d.worksheet);
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.test\"\")"), "{csv}");
    let text = report::explain(&d, forcetls::i18n::Lang::En).to_text();
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text}");
    assert!(text.contains("a.crl\\u{000A}touch pwned-linefeed"), "the line feed in a URL is shown escaped");
}
