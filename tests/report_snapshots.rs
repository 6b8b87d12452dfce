//! Snapshots of the report text and JSON a user sees, for representative inputs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::diagnose_files;
use forcetls::report::explain;

#[test]
fn report_text_snapshots() {
    for (name, files) in [
        ("chain_rsa", &["chain-rsa.pem"][..]),
        ("mixed_paste", &["mixed-paste.txt"]),
        ("s_client", &["s_client-starttls-smtp.txt"]),
        ("expired_and_duplicates", &["expired-leaf.pem", "leaf-mail.cer", "chain-rsa.p7b"]),
    ] {
        let text = explain(&diagnose_files(files, "2026-06-01"), forcetls::i18n::Lang::En).to_text();
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn json_snapshot() {
    let json = serde_json::to_string_pretty(&diagnose_files(&["leaf-mail.pem", "mail.csr"], "2026-06-01")).unwrap();
    insta::assert_snapshot!("json_leaf_and_csr", json);
}

#[test]
fn connector_report_snapshot() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/connectors");
    let sources = ["exo_hybrid_Get-OutboundConnector_FL.txt", "onprem_Get-SendConnector_FL_multi.txt", "exo_Get-InboundConnector_FL_multi.txt"]
        .iter()
        .map(|f| forcetls::Source::bytes(*f, std::fs::read(format!("{dir}/{f}")).unwrap()))
        .chain(std::iter::once(forcetls::Source::bytes("good.pem", common::fixture("chains/good.pem"))))
        .collect();
    let d = forcetls::diagnose(&forcetls::Input::new(sources, forcetls::civil_time::parse_date("2026-06-01").unwrap()));
    insta::assert_snapshot!("connectors_hybrid", explain(&d, forcetls::i18n::Lang::En).to_text());
}

/// The diagnosis and the report cross the Web Worker boundary as JSON, so both must read back to
/// exactly what was written, for inputs that exercise every part (chains, connectors, worksheet).
#[test]
fn diagnosis_and_report_round_trip_through_json() {
    for files in [&["chain-rsa.pem"][..], &["mixed-paste.txt"], &["s_client-starttls-smtp.txt"], &["expired-leaf.pem", "leaf-mail.cer", "chain-rsa.p7b"], &["leaf-mail.pem", "mail.csr"]] {
        let d = diagnose_files(files, "2026-06-01");
        let json = serde_json::to_string(&d).unwrap();
        let back: forcetls::Diagnosis = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{files:?}: {e}"));
        assert_eq!(serde_json::to_string(&back).unwrap(), json, "{files:?}");
        let report = explain(&d, forcetls::i18n::Lang::En);
        let back: forcetls::Report = serde_json::from_str(&serde_json::to_string(&report).unwrap()).unwrap();
        assert_eq!(back, report, "{files:?}");
    }
}
