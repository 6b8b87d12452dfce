//! Every gallery example gives the outcome it is there to show.

use forcetls::civil_time::parse_date;
use forcetls::examples::EXAMPLES;
use forcetls::model::TrustOptions;
use forcetls::{diagnose, Input, Source};

#[test]
fn every_example_shows_its_scenario() {
    for (id, want) in [
        ("hybrid-working", vec![("exo-to-peer", "will-work"), ("peer-to-exo", "will-work"), ("onprem-trusts-exo", "will-work")]),
        ("partner-expired", vec![("exo-to-peer", "will-fail")]),
        ("stale-tls-certificate-name", vec![("peer-to-exo", "will-fail"), ("onprem-trusts-exo", "will-fail")]),
        ("missing-intermediate", vec![("exo-to-peer", "will-fail")]),
        ("exo-root-change", vec![("peer-to-exo", "will-fail"), ("onprem-trusts-exo", "will-fail")]),
    ] {
        let e = EXAMPLES.iter().find(|e| e.id == id).unwrap();
        let trust = TrustOptions { store: e.store, roots: vec![Source::text("roots", e.roots)], public_roots: vec![Source::text("public roots", e.public_roots)] };
        let d = diagnose(&Input { sources: vec![Source::text("example", e.text)], evaluated_at: parse_date(e.date).unwrap(), trust, next: Vec::new(), peer: Default::default() });
        let got: Vec<(&str, &str)> = d.directions.iter().map(|x| (x.id.as_str(), x.outcome.as_str())).collect();
        assert_eq!(got, want, "{id}: {:?}", d.findings.iter().map(crate::common::id).collect::<Vec<_>>());
    }
}

/// Every example's diagnosis and report (connectors, directions, eras included) read back from
/// JSON unchanged: they cross the Web Worker boundary that way.
#[test]
fn every_example_round_trips_through_json() {
    for e in EXAMPLES {
        let trust = TrustOptions { store: e.store, roots: vec![Source::text("roots", e.roots)], public_roots: vec![Source::text("public roots", e.public_roots)] };
        let d = diagnose(&Input { sources: vec![Source::text("example", e.text)], evaluated_at: parse_date(e.date).unwrap(), trust, next: Vec::new(), peer: Default::default() });
        let json = serde_json::to_string(&d).unwrap();
        let back: forcetls::Diagnosis = serde_json::from_str(&json).unwrap_or_else(|err| panic!("{}: {err}", e.id));
        assert_eq!(serde_json::to_string(&back).unwrap(), json, "{}", e.id);
        let report = forcetls::report::explain(&d, forcetls::i18n::Lang::En);
        let back: forcetls::Report = serde_json::from_str(&serde_json::to_string(&report).unwrap()).unwrap();
        assert_eq!(back, report, "{}", e.id);
    }
}
