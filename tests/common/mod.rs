//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use forcetls::civil_time::parse_date;
use forcetls::model::TrustOptions;
use forcetls::trust::StoreChoice;
use forcetls::{diagnose, report, Diagnosis, Input, Source};

/// The bytes of a fixture in `tests/fixtures/`.
pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// The x509-limbo cases (`tests/fixtures/x509-limbo/limbo-core.json.gz`) as JSON text: RFC 1952,
/// a 10-byte header and the optional fields its flags announce, then a raw deflate stream.
pub fn limbo_json() -> Vec<u8> {
    let bytes = fixture("x509-limbo/limbo-core.json.gz");
    assert_eq!(&bytes[..3], &[0x1f, 0x8b, 8], "a gzip file with deflate");
    let flags = bytes[3];
    let mut at = 10;
    if flags & 4 != 0 {
        at += 2 + u16::from_le_bytes([bytes[at], bytes[at + 1]]) as usize;
    }
    for flag in [8, 16] {
        if flags & flag != 0 {
            at += bytes[at..].iter().position(|&b| b == 0).expect("a terminated header string") + 1;
        }
    }
    if flags & 2 != 0 {
        at += 2;
    }
    miniz_oxide::inflate::decompress_to_vec(&bytes[at..]).expect("a valid deflate stream")
}

/// The test PKI's root (`tests/fixtures/root-rsa.pem`) as the only trusted root, so that the
/// intake fixtures build complete chains without any public root.
pub fn test_trust() -> TrustOptions {
    TrustOptions { store: StoreChoice::None, roots: vec![Source::bytes("root-rsa.pem", fixture("root-rsa.pem"))], public_roots: Vec::new() }
}

/// Diagnoses fixtures (each a source named after its file) at midnight UTC of `date`, trusting the test root.
pub fn diagnose_files(names: &[&str], date: &str) -> Diagnosis {
    let sources = names.iter().map(|n| Source::bytes(*n, fixture(n))).collect();
    diagnose_sources(sources, date)
}

/// Diagnoses raw sources at midnight UTC of `date`, trusting the test root.
pub fn diagnose_sources(sources: Vec<Source>, date: &str) -> Diagnosis {
    diagnose(&Input { sources, evaluated_at: parse_date(date).unwrap(), trust: test_trust(), next: Vec::new(), peer: Default::default() })
}

/// A finding's kebab-case id.
pub fn id(f: &forcetls::finding::Finding) -> &'static str {
    forcetls::catalog::entry(f.id).id
}

/// The finding ids of a diagnosis, in order.
pub fn ids(d: &Diagnosis) -> Vec<&'static str> {
    d.findings.iter().map(id).collect()
}

/// The report's summary line.
pub fn summary(d: &Diagnosis) -> String {
    report::explain(d, forcetls::i18n::Lang::En).summary_line
}
