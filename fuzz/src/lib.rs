//! The fuzz targets' bodies: each takes arbitrary bytes, runs one entry point of forcetls on them
//! and checks the invariants that must hold for any input. The cargo-fuzz targets in
//! `fuzz_targets/` call these, and so do the stable proptest smoke tests
//! (`tests/fuzz_smoke.rs` includes this file), so both exercise the same code.

use forcetls::connectors::parse::{clixml, detect, format_list, json};
use forcetls::connectors::normalize::normalize;
use forcetls::{diagnose, report, share, Input, Source};

/// The evaluation time the targets use (2026-06-01).
const AT: i64 = 1_780_272_000;

/// The whole diagnosis of one source's bytes (any format intake reads), its report in every
/// export, and the invariants of what forcetls writes for people and shells.
pub fn diagnose_bytes(data: &[u8]) {
    let d = diagnose(&Input::new(vec![Source::bytes("fuzz", data.to_vec())], AT));
    let r = report::explain(&d, forcetls::i18n::Lang::En);
    let text = r.to_text();
    let _ = r.to_markdown();
    let _ = serde_json::to_string(&d).expect("a diagnosis always serialises");
    // The text report reaches terminals: no control character but line breaks.
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "a control character in the text report");
    // Every URL in the worksheet passed the check the scripts rely on.
    for row in &d.worksheet {
        assert!(forcetls::quote::host::host(&row.host).is_ok(), "worksheet host {:?}", row.host);
        for url in &row.urls {
            assert!(forcetls::quote::url::url(url).is_ok(), "worksheet URL {url:?}");
        }
    }
    // Findings are grouped: at most the limit per id, plus the one that counts the rest.
    let mut per_id = std::collections::HashMap::new();
    for f in &d.findings {
        *per_id.entry(f.id).or_insert(0usize) += 1;
    }
    assert!(per_id.values().all(|&n| n <= forcetls::diagnose::MAX_FINDINGS_PER_ID + 1), "findings are not grouped");
    for fix in d.directions.iter().flat_map(|x| &x.fixes) {
        assert!(forcetls::quote::check(fix).is_ok(), "a fix with a line break or control character: {fix:?}");
    }
}

/// Every connector parser (and format detection and normalisation) on the bytes as text.
pub fn connector_parsers(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = detect(&text);
    for parsed in [json::parse(&text, "fuzz"), clixml::parse(&text, "fuzz"), format_list::parse(&text, "fuzz")] {
        for (i, record) in parsed.records.iter().enumerate() {
            let _ = normalize(record, i);
        }
    }
}

/// The share-link decoder on the bytes as a fragment; a decoded link re-encodes.
pub fn share_decode(data: &[u8]) {
    let fragment = String::from_utf8_lossy(data);
    if let Ok(Some(shared)) = share::decode(&fragment) {
        assert!(fragment.trim().trim_start_matches('#').len() <= share::MAX_LINK_CHARS);
        let _ = share::encode(&shared);
    }
}

/// The certificate inspector and the DER and PKCS#7 readers on the bytes as DER.
pub fn der_certificate(data: &[u8]) {
    let _ = forcetls::inspect::read(data, 0, forcetls::model::Location::new("fuzz", None), AT);
    let _ = forcetls::intake::der::read(data);
    let _ = forcetls::intake::pkcs7::certificates(data);
}
