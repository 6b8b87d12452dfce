//! The thin Yew shell (wasm32 only). It keeps the user's input in one reducer, asks the core for a
//! diagnosis, and renders the core's [`crate::Report`]. No PKI logic lives here.

mod app;
mod bench_hook;
mod certificate_card;
mod chain_view;
mod collect_panel;
mod copy_button;
mod example_banner;
mod findings_list;
mod forced_tls;
mod gallery;
mod handshake_card;
mod input_panel;
mod lang;
mod ndr_card;
mod result_bar;
mod rollover_view;
mod rows;
mod state;
mod toolbar;
mod worker;
mod worksheet_view;

pub use app::App;
pub use worker::{diagnose_in_page, DEBOUNCE_MS};

/// Mounts the app into `#app` and installs the panic reporter and the benchmark hook (`bench_hook.rs`).
pub fn start() {
    install_panic_banner();
    bench_hook::install();
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html has #app");
    yew::Renderer::<App>::with_root(root).render();
}

/// wasm32 cannot unwind, so a panic in the core would silently stop the page. This hook shows the
/// panic in the static `#panic` banner of `index.html` (as text, never HTML) and logs it.
pub fn install_panic_banner() {
    std::panic::set_hook(Box::new(|info| show_panic(&info.to_string())));
}

/// Shows a panic message in the page's `#panic` banner (as text) and logs it.
pub fn show_panic(message: &str) {
    show_banner("panic-banner", message);
}

/// Words `message` by the ui message `key` in the page's language, shows it in the page's `#panic`
/// banner (as text) and logs the same words: a panic in the page, or the diagnosis worker's failure.
pub(crate) fn show_banner(key: &str, message: &str) {
    let text = crate::w!(crate::i18n::ui(lang::current()), key, message = message);
    gloo::console::error!(text.clone());
    if let Some(banner) = gloo::utils::document().get_element_by_id("panic") {
        banner.set_text_content(Some(&text));
        let _ = banner.remove_attribute("hidden");
    }
}

/// The current time in Unix seconds, from the browser's clock: the shell's job, never the core's.
pub fn now() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}
