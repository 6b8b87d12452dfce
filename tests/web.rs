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
    // The test runner serves no worker files: the app diagnoses in the page (the e2e tests run the worker).
    forcetls::ui::diagnose_in_page(|input, lang| {
        let d = diagnose(&input);
        (forcetls::report::explain(&d, lang), forcetls::worker::protocol::Facts::of(&d))
    });
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

/// The chain fixtures of every algorithm, good and bad, for the WebCrypto comparison.
fn webcrypto_inputs() -> Vec<Input> {
    use forcetls::model::TrustOptions;
    use forcetls::trust::StoreChoice;
    let roots = [include_str!("fixtures/chains/root-a.pem"), include_str!("fixtures/chains/root-b.pem"), include_str!("fixtures/chains/root-ecc.pem"), include_str!("fixtures/chains/root-ed25519.pem"), include_str!("fixtures/chains/root-g2.pem")];
    let chains = [
        include_str!("fixtures/chains/good.pem"),
        include_str!("fixtures/chains/rsa-pss.pem"),
        include_str!("fixtures/chains/rsa-sha384-sha512.pem"),
        include_str!("fixtures/chains/ecdsa.pem"),
        include_str!("fixtures/chains/ed25519.pem"),
        include_str!("fixtures/chains/bad-signature.pem"),
        include_str!("fixtures/chains/same-name-wrong-key.pem"),
        include_str!("fixtures/chains/cross-signed.pem"),
        include_str!("fixtures/chains/sha1-leaf.pem"),
        include_str!("fixtures/chains/weak-rsa-1024-leaf.pem"),
        include_str!("fixtures/chains/mesh-100.pem"),
        include_str!("fixtures/intermediate-ecdsa-p384.pem"),
    ];
    chains
        .iter()
        .map(|chain| Input {
            sources: vec![Source::text("chain", *chain)],
            evaluated_at: parse_date("2026-06-01").unwrap(),
            trust: TrustOptions { store: StoreChoice::Microsoft, roots: roots.iter().map(|r| Source::text("root", *r)).collect(), public_roots: Vec::new() },
            next: Vec::new(),
            peer: Default::default(),
        })
        .collect()
}

/// RustCrypto, recording every check as the batch backend would be given it.
#[derive(Default)]
struct Recorder(std::cell::RefCell<Vec<forcetls::signature::batch::Pending>>);

impl forcetls::signature::SignatureVerifier for Recorder {
    fn verify(&self, alg: forcetls::signature::Algorithm<'_>, spki: &[u8], message: &[u8], signature: &[u8]) -> Result<(), forcetls::signature::SignatureError> {
        if let Ok(check) = forcetls::signature::prepare(alg, spki, signature) {
            if check.platform_equivalent(signature) {
                let key = forcetls::signature::batch::key(alg, spki, message, signature);
                self.0.borrow_mut().push(forcetls::signature::batch::Pending { key, check, spki: spki.to_vec(), message: message.to_vec(), signature: signature.to_vec() });
            }
        }
        forcetls::signature::RustCrypto.verify(alg, spki, message, signature)
    }
}

/// WebCrypto answers every check of the fixtures (and each with its message tampered) exactly as
/// RustCrypto does, and the diagnosis made with it is RustCrypto's.
#[wasm_bindgen_test]
async fn webcrypto_agrees_with_rustcrypto_on_every_check_and_diagnosis() {
    use forcetls::signature::batch::Pending;
    let recorder = Recorder::default();
    for input in webcrypto_inputs() {
        forcetls::diagnose_using(&input, &forcetls::budget::Budget::new(), &recorder);
    }
    let mut checks: Vec<Pending> = recorder.0.into_inner();
    checks.sort_by_key(|p| p.key);
    checks.dedup_by_key(|p| p.key);
    let tampered: Vec<Pending> = checks.iter().cloned().map(|mut p| {
        p.message[0] ^= 0x80;
        p
    }).collect();
    checks.extend(tampered);
    let subtle: web_sys::SubtleCrypto = js_sys::Reflect::get(&js_sys::Reflect::get(&js_sys::global(), &"crypto".into()).unwrap(), &"subtle".into()).unwrap().unchecked_into();
    let answers = forcetls::worker::webcrypto::verify_all(&subtle, &checks).await;
    let mut answered = std::collections::BTreeMap::<String, usize>::new();
    for (p, answer) in checks.iter().zip(&answers) {
        let expected = p.check.verify(&p.message, &p.signature).is_ok();
        if let Some(valid) = answer {
            assert_eq!(*valid, expected, "WebCrypto disagrees on {:?}", p.check);
            *answered.entry(format!("{:?}", std::mem::discriminant(&p.check))).or_default() += 1;
        }
    }
    // RSA PKCS#1, PSS, ECDSA and Ed25519 (Chromium has had it since 137) were all answered by WebCrypto.
    assert!(answered.len() >= 4 && answers.iter().filter(|a| a.is_some()).count() * 10 >= checks.len() * 9, "{answered:?} of {}", checks.len());
    // The second time, every key is one the worker imported and kept: the checks are verified with
    // the kept keys at once, and every answer is the same (the tampered messages still fail).
    let again = forcetls::worker::webcrypto::verify_all(&subtle, &checks).await;
    assert_eq!(again, answers);
    let mut offloaded = 0;
    for input in webcrypto_inputs() {
        let expected = serde_json::to_value(diagnose(&input)).unwrap();
        let mut stats = forcetls::worker::protocol::Stages::default();
        // What the worker makes while WebCrypto verifies must be made of the diagnosis that stands.
        let (d, made) = forcetls::worker::webcrypto::diagnose(&input, &mut stats, |d, _| serde_json::to_value(d).unwrap()).await;
        assert_eq!(serde_json::to_value(&d).unwrap(), expected);
        assert_eq!(made, expected);
        assert!(stats.rounds <= forcetls::signature::batch::MAX_ROUNDS, "{stats:?}");
        offloaded += stats.offloaded;
    }
    assert!(offloaded > 20, "WebCrypto answered only {offloaded} checks of the diagnoses");
}
