//! Benchmarks of the whole diagnosis on realistic inputs: a 3-certificate chain, the 150-certificate
//! bundle, an `s_client` transcript, and a 5 MiB paste (the largest input the core reads).
//! Run with `cargo bench --bench intake`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use forcetls::model::MAX_SOURCE_BYTES;
use forcetls::{diagnose, Input, Source};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn input(bytes: Vec<u8>) -> Input {
    Input { sources: vec![Source::bytes("bench", bytes)], evaluated_at: 1_780_272_000 }
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("diagnose");
    let bundle = fixture("bundle-150.pem");
    let mut five_mib = Vec::new();
    while five_mib.len() + bundle.len() <= MAX_SOURCE_BYTES {
        five_mib.extend_from_slice(&bundle);
    }
    for (name, bytes) in [
        ("chain-3", fixture("chain-rsa.pem")),
        ("pkcs7-3", fixture("chain-rsa.p7b")),
        ("s_client", fixture("s_client-starttls-smtp.txt")),
        ("bundle-150", bundle.clone()),
        ("paste-5MiB", five_mib),
    ] {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        let input = input(bytes);
        group.bench_function(name, |b| b.iter(|| diagnose(&input)));
    }
    group.sample_size(10);
    group.finish();
}

criterion_group!(intake, benches);
criterion_main!(intake);
