//! The two shells around the core: the Yew app in the browser (wasm32) and the CLI natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    forcetls::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr()));
}
