//! Benchmarks of the whole diagnosis (intake, inspection, path building, checks) on realistic and
//! hostile inputs, with the default Microsoft trust store (Mozilla's roots plus extras) loaded.
//! Run with `cargo bench --bench diagnose`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use forcetls::model::{TrustOptions, MAX_SOURCE_BYTES};
use forcetls::{diagnose, Input, Source};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// An input that trusts the test PKI's roots on top of the default store, as a user adding a root would.
fn input(bytes: Vec<u8>) -> Input {
    let roots = vec![Source::bytes("root-rsa.pem", fixture("root-rsa.pem")), Source::bytes("root-a.pem", fixture("chains/root-a.pem"))];
    Input { sources: vec![Source::bytes("bench", bytes)], evaluated_at: 1_780_272_000, trust: TrustOptions { roots, ..TrustOptions::default() }, next: Vec::new(), peer: Default::default() }
}

fn benches(c: &mut Criterion) {
    // Parse the built-in store once, outside the measurements (the page does this on first use).
    let _ = diagnose(&input(Vec::new()));
    let mut group = c.benchmark_group("diagnose");
    group.sample_size(20);
    let bundle = fixture("bundle-150.pem");
    let mut five_mib = Vec::new();
    while five_mib.len() + bundle.len() <= MAX_SOURCE_BYTES {
        five_mib.extend_from_slice(&bundle);
    }
    for (name, bytes) in [
        ("chain-3", fixture("chain-rsa.pem")),
        ("pkcs7-3", fixture("chain-rsa.p7b")),
        ("s_client", fixture("s_client-starttls-smtp.txt")),
        ("cross-signed", fixture("chains/cross-signed.pem")),
        ("bundle-150", bundle.clone()),
        ("mesh-100-hostile", fixture("chains/mesh-100.pem")),
        ("paste-5MiB", five_mib),
    ] {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        let input = input(bytes);
        group.bench_function(name, |b| b.iter(|| diagnose(&input)));
    }
    group.finish();
}

criterion_group!(diagnose_benches, benches);
criterion_main!(diagnose_benches);
