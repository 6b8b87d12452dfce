//! Benchmarks of the whole diagnosis (intake, inspection, path building, checks) on realistic and
//! hostile inputs, with the default Microsoft trust store (Mozilla's roots plus extras) loaded.
//! Run with `cargo bench --bench diagnose`.
//!
//! Budgets (issue 12; judged by reading these numbers, never by a timed test): the 3-certificate
//! chain within 0.5 ms natively with the CLI's verifier (`…/ring`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use forcetls::model::{TrustOptions, MAX_SOURCE_BYTES};
use forcetls::budget::Budget;
use forcetls::signature::ring::Ring;
use forcetls::{diagnose, diagnose_using, Input, Source};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// An input that trusts the test PKI's roots on top of the default store, as a user adding a root would.
fn input(bytes: Vec<u8>) -> Input {
    let roots = vec![Source::bytes("root-rsa.pem", fixture("root-rsa.pem")), Source::bytes("root-a.pem", fixture("chains/root-a.pem"))];
    Input { sources: vec![Source::bytes("bench", bytes)], evaluated_at: 1_780_272_000, trust: TrustOptions { roots, ..TrustOptions::default() }, next: Vec::new(), peer: Default::default() }
}

/// `n` outbound and `n` receive connectors as two `ConvertTo-Json` dumps in one paste: every
/// outbound connector pairs with every receive connector (the pairs charge the work budget).
fn connectors_n_by_n(n: usize) -> Vec<u8> {
    let outbound: Vec<String> = (0..n).map(|i| format!(r#"{{"Name":"To peer {i}","Enabled":true,"ConnectorType":"OnPremises","SmartHosts":["mx{i}.peer.test"],"TlsSettings":"DomainValidation","TlsDomain":"mx{i}.peer.test"}}"#)).collect();
    let receive: Vec<String> = (0..n).map(|i| format!(r#"{{"Name":"EX{i}\Default Frontend","Enabled":true,"AuthMechanism":"Integrated, BasicAuth","Bindings":["0.0.0.0:25"]}}"#)).collect();
    format!("[{}]\n[{}]\n", outbound.join(",\n"), receive.join(",\n")).into_bytes()
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
        ("connectors-400x400", connectors_n_by_n(400)),
    ] {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        let input = input(bytes);
        group.bench_function(name, |b| b.iter(|| diagnose(&input)));
        // The CLI's verifier (ring for RSA and ECDSA) on the inputs where signatures dominate.
        if matches!(name, "chain-3" | "cross-signed" | "bundle-150" | "mesh-100-hostile") {
            group.bench_function(format!("{name}/ring"), |b| b.iter(|| diagnose_using(&input, &Budget::new(), &Ring)));
        }
    }
    group.finish();
}

criterion_group!(diagnose_benches, benches);
criterion_main!(diagnose_benches);
