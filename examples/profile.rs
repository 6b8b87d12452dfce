//! A native profiling harness: one input diagnosed many times with the CLI's verifier (`ring`), as
//! the `diagnose` benchmark's `…/ring` rows do, for `perf`:
//!
//! ```sh
//! CARGO_PROFILE_BENCH_DEBUG=true cargo build --profile bench --example profile
//! perf record --call-graph dwarf -o /tmp/perf.data target/release/examples/profile chain-rsa.pem 2000
//! perf report -i /tmp/perf.data --children
//! ```
//!
//! Arguments: a file under `tests/fixtures/` (default `chain-rsa.pem`) and the number of diagnoses
//! (default 3,000). The input trusts the test PKI's roots on top of the Microsoft store, as the
//! benchmark's does; it prints the time per diagnosis.

use forcetls::budget::Budget;
use forcetls::model::TrustOptions;
use forcetls::signature::ring::Ring;
use forcetls::{diagnose_using, Input, Source};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|e| panic!("tests/fixtures/{name}: {e}"))
}

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "chain-rsa.pem".into());
    let n: usize = std::env::args().nth(2).map(|s| s.parse().expect("a number of diagnoses")).unwrap_or(3000);
    let roots = vec![Source::bytes("root-rsa.pem", fixture("root-rsa.pem")), Source::bytes("root-a.pem", fixture("chains/root-a.pem"))];
    let input = Input { sources: vec![Source::bytes(which.clone(), fixture(&which))], evaluated_at: 1_780_272_000, trust: TrustOptions { roots, ..TrustOptions::default() }, next: Vec::new(), peer: Default::default() };
    // The built-in store is parsed once, outside the measurement, as the page's worker does at start-up.
    let _ = diagnose_using(&input, &Budget::new(), &Ring);
    let started = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(diagnose_using(&input, &Budget::new(), &Ring));
    }
    println!("{which}: {:.3} ms per diagnosis ({n} diagnoses)", started.elapsed().as_secs_f64() * 1000.0 / n as f64);
}
