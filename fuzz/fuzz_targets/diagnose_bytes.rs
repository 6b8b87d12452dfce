//! Fuzz target `diagnose_bytes`: see `fuzz/src/lib.rs` for what it runs and checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| forcetls_fuzz::diagnose_bytes(data));
