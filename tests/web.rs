//! Browser smoke tests (wasm-bindgen-test in headless Chromium): the core runs in wasm32, and the
//! Yew app renders a pasted chain into the DOM.
#![cfg(target_arch = "wasm32")]

use forcetls::civil_time::parse_date;
use forcetls::{diagnose, Input, Source};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CHAIN: &str = include_str!("fixtures/chain-rsa.pem");
const P7B: &[u8] = include_bytes!("fixtures/chain-rsa.p7b");

#[wasm_bindgen_test]
fn the_core_reads_pem_and_pkcs7_in_wasm() {
    let input = Input::new(vec![Source::text("paste", CHAIN), Source::bytes("chain.p7b", P7B)], parse_date("2026-06-01").unwrap());
    let d = diagnose(&input);
    assert_eq!(d.summary.certificates, 3);
    assert_eq!(d.summary.duplicates, 3);
    assert_eq!(d.certificates[0].sha1_thumbprint, "9A96A004A1CFB0904203A394858328A41490EEC2");
    assert_eq!((d.certificates[0].validity.status.as_str(), d.certificates[0].validity.days_until_expiry), ("valid", 214));
}

/// Path building and real signature checks (RSA PKCS#1, RSA-PSS, ECDSA P-256/P-384, Ed25519) in wasm32.
#[wasm_bindgen_test]
fn chains_verify_with_every_algorithm_in_wasm() {
    use forcetls::model::TrustOptions;
    use forcetls::trust::StoreChoice;
    for (chain, root) in [
        (include_str!("fixtures/chains/good.pem"), include_str!("fixtures/chains/root-a.pem")),
        (include_str!("fixtures/chains/rsa-pss.pem"), include_str!("fixtures/chains/root-a.pem")),
        (include_str!("fixtures/chains/ecdsa.pem"), include_str!("fixtures/chains/root-ecc.pem")),
        (include_str!("fixtures/chains/ed25519.pem"), include_str!("fixtures/chains/root-ed25519.pem")),
    ] {
        let trust = TrustOptions { store: StoreChoice::Microsoft, roots: vec![Source::text("root", root)], public_roots: Vec::new() };
        let d = diagnose(&Input { sources: vec![Source::text("chain", chain)], evaluated_at: parse_date("2026-06-01").unwrap(), trust, next: Vec::new(), peer: Default::default() });
        assert_eq!(d.chains.len(), 1);
        assert_eq!(d.chains[0].verdict.as_str(), "trusted", "{:?}", d.findings);
        assert!(d.chains[0].path.iter().take(2).all(|n| n.signature.as_str() == "verified"));
    }
    let broken = diagnose(&Input::new(vec![Source::text("chain", include_str!("fixtures/chains/bad-signature.pem"))], parse_date("2026-06-01").unwrap()));
    assert_eq!(broken.chains[0].headline.map(|h| h.as_str()), Some("signature-invalid"));
}

#[wasm_bindgen_test]
async fn the_app_renders_a_pasted_chain() {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let _app = yew::Renderer::<forcetls::ui::App>::with_root(root.clone()).render();
    yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;

    let area: web_sys::HtmlTextAreaElement = root.query_selector("#paste").unwrap().expect("paste box").dyn_into().unwrap();
    area.set_value(CHAIN);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    area.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    // The diagnosis of a debug build can take longer than one frame: wait for the summary (at most 5 s).
    for _ in 0..100 {
        yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
        if root.query_selector("#summary").unwrap().and_then(|s| s.text_content()).as_deref() == Some("3 certificates") {
            break;
        }
    }

    assert_eq!(root.query_selector("#summary").unwrap().unwrap().text_content().unwrap(), "3 certificates");
    assert_eq!(root.query_selector_all(".cert").unwrap().length(), 3);
    let subject = root.query_selector(r#".cert[data-index="0"] dd[data-key="subject"]"#).unwrap().unwrap();
    assert_eq!(subject.text_content().unwrap(), "C=DE, L=Berlin, O=Contoso Ltd, CN=mail.contoso.test");
}

/// The panic reporter writes into the static `#panic` banner as text and shows it. (A real panic
/// cannot be provoked here: wasm32 aborts, which would end the test run too.)
#[wasm_bindgen_test]
fn the_panic_banner_shows_the_message_as_text() {
    let doc = gloo::utils::document();
    let banner = doc.create_element("p").unwrap();
    banner.set_id("panic");
    banner.set_attribute("hidden", "").unwrap();
    doc.body().unwrap().append_child(&banner).unwrap();
    forcetls::ui::show_panic("index out of bounds <b>at</b> src/x.rs:1");
    assert!(!banner.has_attribute("hidden"));
    assert!(banner.text_content().unwrap().starts_with("forcetls hit an internal error and stopped: index out of bounds <b>at</b> src/x.rs:1."));
    assert_eq!(banner.children().length(), 0, "the message must not become markup");
}
