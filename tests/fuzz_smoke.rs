//! The cargo-fuzz targets (`fuzz/src/lib.rs`, the same code) as stable proptest smoke tests, so
//! that `cargo test` exercises them without a nightly toolchain: arbitrary bytes, and mutations
//! of fixtures (flipped, cut and inserted bytes) for each target.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "../fuzz/src/lib.rs"]
mod targets;

use common::fixture;
use proptest::prelude::*;

/// A fixture with one byte flipped, the end cut, or a byte inserted.
fn mutated(name: &'static str) -> impl Strategy<Value = Vec<u8>> {
    (any::<prop::sample::Index>(), any::<u8>(), 0u8..3).prop_map(move |(at, byte, mode)| {
        let mut data = fixture(name);
        let i = at.index(data.len().max(1)).min(data.len().saturating_sub(1));
        match mode {
            0 if !data.is_empty() => data[i] ^= byte | 1,
            1 => data.truncate(i),
            _ => data.insert(i, byte),
        }
        data
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn diagnose_bytes(data in prop_oneof![prop::collection::vec(any::<u8>(), 0..2048), mutated("hostile/urls.pem"), mutated("hostile/connectors.json"), mutated("connectors/css-exchange_GetSendConnector.clixml.xml"), mutated("s_client-starttls-smtp.txt")]) {
        targets::diagnose_bytes(&data);
    }

    #[test]
    fn connector_parsers(data in prop_oneof![prop::collection::vec(any::<u8>(), 0..2048), mutated("hostile/clixml-ref-bomb.xml"), mutated("connectors/onprem_Get-ReceiveConnector_FL.txt"), mutated("connectors/exo_Get-InboundConnector_ConvertTo-Json_pwsh7_EnumsAsStrings.json")]) {
        targets::connector_parsers(&data);
    }

    #[test]
    fn share_decode(data in prop_oneof![prop::collection::vec(any::<u8>(), 0..2048), "v1\\.[A-Za-z0-9_-]{0,400}".prop_map(String::into_bytes), mutated("hostile/clixml-ref-bomb.link")]) {
        targets::share_decode(&data);
    }

    #[test]
    fn der_certificate(data in prop_oneof![prop::collection::vec(any::<u8>(), 0..2048), mutated("leaf-mail.cer"), mutated("chain-rsa.p7b")]) {
        targets::der_certificate(&data);
    }
}
