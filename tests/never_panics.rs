//! Property tests: no parser panics on arbitrary input, and the diagnosis always returns.
//! One property per parser (DER reader, PKCS#7, text decoding, the text scanner, s_client lines,
//! the certificate inspector), plus mutations of real fixtures.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fixture;
use forcetls::intake::{decode, der, pkcs7, s_client};
use forcetls::model::Handshake;
use forcetls::{diagnose, inspect, Input, Source};
use proptest::prelude::*;

fn location() -> forcetls::model::Location {
    forcetls::model::Location::new("fuzz", None)
}

/// Text made of the pieces real pastes are made of, in any order.
fn pasteish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("-----BEGIN CERTIFICATE-----\n".to_string()),
        Just("-----END CERTIFICATE-----\n".to_string()),
        Just("-----BEGIN PKCS7-----\n".to_string()),
        Just("-----END PKCS7-----\n".to_string()),
        Just("-----BEGIN PRIVATE KEY-----\n".to_string()),
        Just("-----BEGIN TRUSTED CERTIFICATE-----\n".to_string()),
        Just("CONNECTED(00000003)\n".to_string()),
        Just("depth=0 CN = x\nverify error:num=20:unable\n".to_string()),
        Just("Verify return code: 21 (x)\n".to_string()),
        Just("MIIB".to_string()),
        "[A-Za-z0-9+/=]{0,80}\n",
        "[ -~]{0,40}\n",
        ".{0,20}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn der_reader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let _ = der::read(&bytes);
        let _ = der::children(&bytes);
        let _ = der::single_sequence(&bytes);
    }

    #[test]
    fn pkcs7_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let _ = pkcs7::is_pkcs7(&bytes);
        let _ = pkcs7::is_pkcs12(&bytes);
        let _ = pkcs7::certificates(&bytes);
    }

    #[test]
    fn decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode::decode(&bytes);
    }

    #[test]
    fn s_client_lines_never_panic(line in ".{0,120}") {
        let mut hs = Handshake::default();
        let mut depth = None;
        s_client::read_line(&line, &mut hs, &mut depth);
    }

    #[test]
    fn inspector_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = inspect::read(&bytes, 0, location(), 0);
    }

    #[test]
    fn diagnosis_of_arbitrary_bytes_returns(bytes in proptest::collection::vec(any::<u8>(), 0..1024), at in any::<i32>()) {
        let d = diagnose(&Input::new(vec![Source::bytes("fuzz", bytes)], at as i64));
        prop_assert!(!d.findings.is_empty() || d.summary.certificates > 0 || d.summary.handshakes > 0);
    }

    #[test]
    fn diagnosis_of_paste_like_text_returns(text in pasteish()) {
        let d = diagnose(&Input::new(vec![Source::text("fuzz", text)], 0));
        let _ = forcetls::report::explain(&d, forcetls::i18n::Lang::En).to_text();
    }

    /// Flipping, cutting or inserting bytes in a real certificate's DER never panics the inspector.
    #[test]
    fn mutated_certificates_never_panic(pos in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>(), mode in 0u8..3) {
        let mut der = fixture("leaf-mail.cer");
        let i = pos.index(der.len());
        match mode {
            0 => der[i] ^= byte | 1,
            1 => der.truncate(cut.index(der.len())),
            _ => der.insert(i, byte),
        }
        let _ = inspect::read(&der, 0, location(), 1_780_000_000);
        let d = diagnose(&Input::new(vec![Source::bytes("mutated.cer", der)], 1_780_000_000));
        prop_assert!(d.summary.certificates + d.summary.unreadable >= 1 || !d.findings.is_empty());
    }

    /// The same for a PKCS#7 bundle.
    #[test]
    fn mutated_bundles_never_panic(pos in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut der = fixture("chain-rsa.p7b");
        let i = pos.index(der.len());
        der[i] ^= byte | 1;
        let _ = diagnose(&Input::new(vec![Source::bytes("mutated.p7b", der)], 1_780_000_000));
    }
}

#[test]
fn the_panic_boundary_turns_a_panic_into_a_finding() {
    let input = Input::new(vec![Source::text("x", "y")], 0);
    let d = forcetls::diagnose::panicked(&input, "boom".into());
    assert_eq!(common::ids(&d), ["core-panic"]);
    assert_eq!(d.sources[0].encoding.as_str(), "not-read");
    assert!(forcetls::report::explain(&d, forcetls::i18n::Lang::En).findings[0].detail.contains("panic: boom"));
    // And the catching entry point passes a normal diagnosis through unchanged.
    let caught = forcetls::diagnose_catching_panics(&input);
    assert_eq!(common::ids(&caught), ["text-ignored"]);
}
