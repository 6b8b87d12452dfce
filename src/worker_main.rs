//! The diagnosis worker's entry point (wasm32; natively there is nothing to run).

#[cfg(target_arch = "wasm32")]
fn main() {
    forcetls::worker::runtime::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("forcetls-worker runs only as the page's Web Worker; use `forcetls diagnose` natively");
    std::process::exit(2);
}
