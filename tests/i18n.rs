//! The wording layer: every message in every language with the same placeables, every key the code
//! words exists, snapshots of one rich report in each language, and no English sentence left in
//! the German or Chinese report of any gallery example or of several fixtures.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use forcetls::i18n::{Lang, FILES};
use forcetls::model::{Diagnosis, Input, PeerOptions, TrustOptions};
use forcetls::report::{explain, Report};
use forcetls::Source;

/// `message` or `message.attribute` → the variables it references.
type Keys = BTreeMap<String, BTreeSet<String>>;

fn locales() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn variables_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, out);
        }
    }
}

fn variables_of_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(inline) => variables_of_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_of_pattern(&v.value, out);
            }
        }
    }
}

fn variables_of_inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_of_inline(a, out);
            }
        }
        _ => {}
    }
}

/// The keys of one FTL file and their variables; a syntax error fails the test.
fn keys_of(lang: &str, file: &str, text: &str) -> Keys {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{file} does not parse: {errors:?}"));
    let mut keys = Keys::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                if let Some(value) = &m.value {
                    let mut vars = BTreeSet::new();
                    variables_of_pattern(value, &mut vars);
                    assert!(keys.insert(m.id.name.to_string(), vars).is_none(), "locales/{lang}/{file}: {} twice", m.id.name);
                }
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    variables_of_pattern(&a.value, &mut vars);
                    keys.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                }
            }
            ast::Entry::Junk { content } => panic!("locales/{lang}/{file}: unreadable entry {content:?}"),
            _ => {}
        }
    }
    keys
}

/// Every language has exactly the English keys, with the same placeables, file by file; the
/// files on disk are the files compiled in.
#[test]
fn every_key_exists_in_every_language_with_the_same_placeables() {
    let mut on_disk = BTreeSet::new();
    for lang in Lang::ALL {
        for entry in std::fs::read_dir(locales().join(lang.as_str())).unwrap() {
            on_disk.insert((lang.as_str().to_string(), entry.unwrap().file_name().to_string_lossy().into_owned()));
        }
    }
    let compiled: BTreeSet<(String, String)> = FILES.iter().map(|(l, f, _)| (l.as_str().to_string(), f.to_string())).collect();
    assert_eq!(on_disk, compiled, "every file in locales/ is compiled in (src/i18n/mod.rs FILES), and only those");
    let mut problems = Vec::new();
    for (lang, file, text) in FILES.iter().filter(|(l, _, _)| *l != Lang::En) {
        let english = FILES.iter().find(|(l, f, _)| *l == Lang::En && f == file).expect("an English file for every file");
        let (want, have) = (keys_of("en", file, english.2), keys_of(lang.as_str(), file, text));
        for (key, vars) in &want {
            match have.get(key) {
                None => problems.push(format!("{lang}/{file}: missing {key}")),
                Some(v) if v != vars => problems.push(format!("{lang}/{file}: {key} has placeables {v:?}, English has {vars:?}")),
                _ => {}
            }
        }
        for key in have.keys().filter(|k| !want.contains_key(*k)) {
            problems.push(format!("{lang}/{file}: extra {key} (not in English)"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every literal message id the code words (`w!(words, "id"…)`) exists in English; ids built
/// from closed sets are checked for every value.
#[test]
fn every_key_the_code_uses_exists() {
    let mut english = BTreeSet::new();
    for (_, file, text) in FILES.iter().filter(|(l, _, _)| *l == Lang::En) {
        english.extend(keys_of("en", file, text).into_keys());
    }
    let mut missing = Vec::new();
    let mut checked = 0;
    let mut stack = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for (i, _) in source.match_indices("w!(") {
                let line_start = source[..i].rfind('\n').map_or(0, |n| n + 1);
                if source[line_start..i].trim_start().starts_with("//") || source[..i].ends_with("macro_rules! ") {
                    continue;
                }
                let rest = &source[i..];
                let Some(comma) = rest.find(',') else { continue };
                let after = rest[comma + 1..].trim_start();
                let Some(literal) = after.strip_prefix('"') else { continue };
                let id = &literal[..literal.find('"').unwrap()];
                checked += 1;
                if !english.contains(id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    for (prefix, values) in [
        ("severity-", forcetls::finding::Severity::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>()),
        ("status-", forcetls::model::ValidityStatus::ALL.iter().map(|v| v.as_str()).collect()),
        ("role-", forcetls::report::NodeRole::ALL.iter().map(|v| v.as_str()).collect()),
        ("relation-", forcetls::finding::Relation::ALL.iter().map(|v| v.as_str()).collect()),
        ("purpose-", forcetls::finding::Purpose::ALL.iter().map(|v| v.as_str()).collect()),
        ("purpose-", forcetls::worksheet::Purpose::ALL.iter().map(|v| v.as_str()).collect()),
        ("side-", forcetls::worksheet::Side::ALL.iter().map(|v| v.as_str()).collect()),
        ("work-", forcetls::budget::Work::ALL.iter().map(|v| v.as_str()).collect()),
        ("refusal-", forcetls::quote::Refusal::ALL.iter().map(|v| v.as_str()).collect()),
        ("profile-rule-", forcetls::model::ProfileRule::ALL.iter().map(|v| v.as_str()).collect()),
        ("arrow-", forcetls::connectors::verdict::DirectionId::ALL.iter().map(|v| v.as_str()).collect()),
        ("example-", forcetls::examples::EXAMPLES.iter().map(|e| e.id).collect()),
        ("decoded-", vec!["certificate", "trusted-root", "file"]),
        ("row-", vec!["subject", "issuer", "serial", "valid-from", "valid-until", "sans", "public-key", "signature-algorithm", "sha256", "sha1", "basic-constraints", "key-usage", "extended-key-usage", "subject-key-id", "authority-key-id", "policies", "ocsp", "ca-issuers", "crl", "scts", "version", "found-at", "truncated", "certificate", "root", "expires", "endpoints-added", "endpoints-removed", "coverage", "starttls", "protocol", "cipher", "peer-signing-digest", "peer-signature-type", "server-temp-key", "verify-return-code", "verify-errors", "certificates-sent"]),
    ] {
        for value in values {
            let id = format!("{prefix}{value}");
            if !english.contains(&id) {
                missing.push(id);
            }
        }
    }
    for e in forcetls::examples::EXAMPLES {
        if !english.contains(&format!("example-{}.description", e.id)) {
            missing.push(format!("example-{}.description", e.id));
        }
    }
    assert!(checked > 200, "the scan found only {checked} worded keys: has the macro changed?");
    assert!(missing.is_empty(), "keys the code words but locales/en lacks:\n{}", missing.join("\n"));
}

/// A rich diagnosis: Exchange Online and on-premises connectors both ways, chains, findings, the
/// firewall worksheet and a rollover to a new chain.
fn rich() -> Diagnosis {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/connectors");
    let sources = ["exo_hybrid_Get-OutboundConnector_FL.txt", "onprem_Get-SendConnector_FL_multi.txt", "exo_Get-InboundConnector_FL_multi.txt"]
        .iter()
        .map(|f| Source::bytes(*f, std::fs::read(format!("{dir}/{f}")).unwrap()))
        .chain([Source::bytes("good.pem", common::fixture("chains/good.pem")), Source::bytes("expired-leaf.pem", common::fixture("expired-leaf.pem"))])
        .collect();
    let input = Input {
        sources,
        evaluated_at: forcetls::civil_time::parse_date("2026-06-01").unwrap(),
        trust: TrustOptions { public_roots: vec![Source::bytes("root-a.pem", common::fixture("chains/root-a.pem"))], ..TrustOptions::default() },
        next: vec![Source::bytes("cross-signed.pem", common::fixture("chains/cross-signed.pem"))],
        peer: PeerOptions::default(),
    };
    forcetls::diagnose(&input)
}

/// The full text report of one rich diagnosis, in each language.
#[test]
fn rich_report_in_every_language() {
    let d = rich();
    assert!(!d.connectors.is_empty() && !d.chains.is_empty() && !d.findings.is_empty() && !d.worksheet.is_empty() && d.rollover.is_some(), "the rich diagnosis has every part");
    for lang in Lang::ALL {
        let report = explain(&d, *lang);
        assert_eq!(report.lang, *lang);
        insta::assert_snapshot!(format!("rich_{}", lang.as_str().replace('-', "_").to_lowercase()), report.to_text());
        insta::assert_snapshot!(format!("rich_markdown_{}", lang.as_str().replace('-', "_").to_lowercase()), report.to_markdown());
    }
}

/// English function words that no German or Chinese sentence contains.
const ENGLISH: &[&str] = &["the", "of", "and", "is", "are", "will", "with", "not", "for", "from", "this", "that", "be", "has", "have", "its", "which", "been", "cannot", "does", "should", "must", "when", "than", "your", "you", "or", "at", "on", "to", "by"];

/// Every string value in a JSON document (the input's own data: names, subjects, URLs, error lines).
fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The report's text without what stays verbatim in every language: data from the input and the
/// diagnosis (subjects, names, URLs, Exchange's error lines, OpenSSL's messages), references to
/// public documents, PowerShell and shell commands, and `code spans`.
fn prose(report: &Report, d: &Diagnosis) -> String {
    let mut verbatim = Vec::new();
    strings(&serde_json::to_value(d).unwrap(), &mut verbatim);
    verbatim.extend(report.findings.iter().map(|f| f.reference.clone()));
    verbatim.extend(report.directions.iter().filter_map(|x| x.reference.clone()));
    verbatim.extend(report.directions.iter().flat_map(|x| x.fixes.clone()));
    verbatim.extend(report.directions.iter().filter_map(|x| x.exchange_error.clone()));
    verbatim.extend(report.worksheet.powershell.lines().chain(report.worksheet.shell.lines()).filter(|l| !l.starts_with('#')).map(str::to_string));
    // The Markdown export escapes them.
    let escaped: Vec<String> = verbatim.iter().map(|v| forcetls::quote::markdown::text(v)).collect();
    verbatim.extend(escaped);
    verbatim.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let mut text = report.to_text() + &report.worksheet.powershell + &report.worksheet.shell + &report.to_markdown();
    for v in verbatim.iter().filter(|v| v.len() > 2) {
        text = text.replace(v.as_str(), " ");
    }
    // Code spans hold commands and names.
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 0 {
            out.push_str(part);
        }
    }
    out
}

fn english_words(text: &str) -> Vec<String> {
    let mut hits = Vec::new();
    let words: Vec<&str> = text.split(|c: char| !c.is_ascii_alphabetic() && c != '\'').filter(|w| !w.is_empty()).collect();
    for (i, w) in words.iter().enumerate() {
        if ENGLISH.contains(&w.to_ascii_lowercase().as_str()) {
            let from = i.saturating_sub(4);
            hits.push(words[from..(i + 5).min(words.len())].join(" "));
        }
    }
    hits
}

fn example_input(e: &forcetls::examples::Example) -> Input {
    let text_source = |name: &str, text: &str| if text.is_empty() { Vec::new() } else { vec![Source::text(name, text)] };
    Input {
        sources: vec![Source::text("pasted text", e.text)],
        evaluated_at: forcetls::civil_time::parse_date(e.date).unwrap(),
        trust: TrustOptions { store: e.store, roots: text_source("roots to trust", e.roots), public_roots: text_source("public roots", e.public_roots) },
        next: Vec::new(),
        peer: PeerOptions::default(),
    }
}

/// The German and Chinese reports of every gallery example and of several fixtures hold no
/// English sentence (outside data, references, commands and code spans), and differ from English.
#[test]
fn no_english_sentence_is_left_in_german_or_chinese_reports() {
    let mut cases: Vec<(String, Diagnosis)> = forcetls::examples::EXAMPLES.iter().map(|e| (e.id.to_string(), forcetls::diagnose(&example_input(e)))).collect();
    cases.push(("rich".into(), rich()));
    for files in [&["mixed-paste.txt"][..], &["s_client-starttls-smtp.txt"], &["expired-leaf.pem", "leaf-mail.cer", "chain-rsa.p7b"], &["leaf-mail.pem", "mail.csr", "leaf-mail.key"]] {
        cases.push((files.join("+"), common::diagnose_files(files, "2026-06-01")));
    }
    let mut problems = Vec::new();
    for (name, d) in &cases {
        let english = explain(d, Lang::En).to_text();
        for lang in [Lang::De, Lang::ZhTw] {
            let report = explain(d, lang);
            assert_ne!(report.to_text(), english, "{name}: the {lang} report is the English one");
            for hit in english_words(&prose(&report, d)) {
                problems.push(format!("{name} [{lang}]: …{hit}…"));
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "English left in translated reports:\n{}", problems.join("\n"));
}

/// The scan itself finds English: the English report of the same inputs is full of it.
#[test]
fn the_scan_finds_english_where_there_is_english() {
    let d = rich();
    assert!(english_words(&prose(&explain(&d, Lang::En), &d)).len() > 50);
}
