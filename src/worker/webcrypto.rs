//! The browser's signature backend: WebCrypto (`crypto.subtle`) does the arithmetic of the checks
//! [`crate::signature::batch`] records, all of a round at once, and the core stays synchronous.
//!
//! Each check becomes `importKey("spki", …)` and `verify(…)` (W3C Web Cryptography API §14.3.10 and
//! §14.3.5): RSASSA-PKCS1-v1_5 and RSA-PSS (with the certificate's salt length), ECDSA on P-256 and
//! P-384 with the signature as the fixed-size `r ‖ s` WebCrypto takes (RFC 6090 style, not DER), and
//! Ed25519 where the browser has it. Every promise of a round is started before any is awaited, so
//! the browser verifies them concurrently. A key is imported once per worker and kept (up to
//! [`MAX_KEYS`] keys), so a key seen before is verified with at once. A check the browser
//! cannot do (an algorithm it lacks, a key it will not import) is answered `None`, and RustCrypto
//! verifies it instead. Works in a window and in a worker (`crypto` is read from the global scope).

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::budget::Budget;
use crate::model::{Diagnosis, Input};
use crate::signature::batch::{Pending, Rounds, Step};
use crate::signature::{Check, EcKey, Hash};
use crate::worker::clock::now;
use crate::worker::protocol::Stages;

/// The whole diagnosis, its signatures verified by WebCrypto where the browser can (RustCrypto
/// without `crypto.subtle`, e.g. on a page served over plain HTTP from another host), and what
/// `finish` makes of it. `stages` gets the time spent diagnosing and waiting for WebCrypto, the
/// rounds and the offloaded checks.
///
/// While WebCrypto works on a round's batch, the worker runs `finish` on that round's diagnosis,
/// which stands if every check verifies: the wording and the JSON export are then ready when the
/// batch is, instead of after it. A round that does not stand throws its `finish` away. (Chromium
/// 156 verifies a worker's checks on the worker's own thread, inside `verify` once the key is
/// imported, as a trace shows; there the overlap is with key imports only. A browser that verifies
/// on other threads overlaps the verifications too.)
pub async fn diagnose<T>(input: &Input, stages: &mut Stages, mut finish: impl FnMut(&Diagnosis, &mut Stages) -> T) -> (Diagnosis, T) {
    let started = now();
    let Some(subtle) = subtle() else {
        let d = crate::diagnose(input);
        stages.diagnose_ms = now() - started;
        stages.rounds = 1;
        let made = finish(&d, stages);
        return (d, made);
    };
    let mut rounds = Rounds::new();
    let offload = |_: &Check| true;
    let (diagnosis, made) = loop {
        let t = now();
        let step = rounds.step(input, &Budget::new(), &offload);
        stages.diagnose_ms += now() - t;
        match step {
            Step::Done(d) => {
                let made = finish(&d, stages);
                break (*d, made);
            }
            Step::Verify(d, pending) => {
                let t = now();
                let batch = start(&subtle, &pending);
                stages.verify_ms += now() - t;
                let made = finish(&d, stages);
                let t = now();
                let results = batch.results().await;
                stages.verify_ms += now() - t;
                if rounds.answer(pending, &results) {
                    break (*d, made);
                }
            }
        }
    };
    stages.rounds = rounds.rounds();
    stages.offloaded = rounds.offloaded;
    (diagnosis, made)
}

/// `crypto.subtle` of the global scope (window or worker), if it exists (secure contexts only).
fn subtle() -> Option<web_sys::SubtleCrypto> {
    let crypto = Reflect::get(&js_sys::global(), &"crypto".into()).ok()?;
    let subtle = Reflect::get(&crypto, &"subtle".into()).ok()?;
    (!subtle.is_undefined()).then(|| subtle.unchecked_into())
}

/// Verifies every pending check with WebCrypto: `Some(valid)`, or `None` where the browser could not.
pub async fn verify_all(subtle: &web_sys::SubtleCrypto, pending: &[Pending]) -> Vec<Option<bool>> {
    start(subtle, pending).results().await
}

/// A batch whose verifications have been started: every key import at once, and each check's
/// `verify` chained onto its key's import in JavaScript, so the worker is woken once, when the
/// whole batch has settled, instead of once per awaited promise.
pub struct Batch {
    /// `Promise.allSettled` of every check's verification, in the order of the checks.
    settled: Promise,
    /// The callbacks that start each `verify` once its key is imported; they must live until the
    /// batch has settled, and are freed with it.
    _callbacks: Vec<VerifyOnceKeyed>,
}

/// Starts one check's `verify` with the imported key it is called with.
type VerifyOnceKeyed = Closure<dyn FnMut(JsValue) -> Result<JsValue, JsError>>;

/// Starts every check of `pending`. A key this worker has imported before is used at once, so its
/// verification runs while the worker goes on; any other is imported once per key and algorithm,
/// and each check's verification starts as soon as its key is there. [`Batch::results`] then
/// collects the answers.
pub fn start(subtle: &web_sys::SubtleCrypto, pending: &[Pending]) -> Batch {
    let mut imports: HashMap<(&[u8], Plan), Option<Promise>> = HashMap::new();
    let mut callbacks = Vec::new();
    let verifications = Array::new();
    for p in pending {
        let plan = plan(&p.check);
        let (import, verify) = algorithms(plan);
        let signature = match &p.check {
            Check::Ecdsa { raw, .. } => raw.as_slice(),
            _ => p.signature.as_slice(),
        };
        if let Some(key) = known(&p.spki, plan) {
            let verification = subtle.verify_with_object_and_u8_array_and_u8_array(&verify, &key, signature, &p.message);
            verifications.push(&verification.unwrap_or_else(|_| Promise::resolve(&JsValue::NULL)));
            continue;
        }
        let import = imports.entry((p.spki.as_slice(), plan)).or_insert_with(|| {
            let usages = Array::of1(&"verify".into());
            subtle.import_key_with_object("spki", &Uint8Array::from(p.spki.as_slice()), &import, false, &usages).ok()
        });
        let Some(import) = import else {
            verifications.push(&Promise::resolve(&JsValue::NULL));
            continue;
        };
        let (signature, message) = (Uint8Array::from(signature), Uint8Array::from(p.message.as_slice()));
        let (subtle, mut spki) = (subtle.clone(), p.spki.clone());
        let callback = Closure::new(move |key: JsValue| {
            let key: web_sys::CryptoKey = key.unchecked_into();
            remember(std::mem::take(&mut spki), plan, &key);
            subtle.verify_with_object_and_js_u8_array_and_js_u8_array(&verify, &key, &signature, &message).map(JsValue::from).map_err(|_| JsError::new("verify refused the check"))
        });
        verifications.push(&import.then_map(&callback));
        callbacks.push(callback);
    }
    Batch { settled: Promise::all_settled(&verifications), _callbacks: callbacks }
}

/// The most public keys a worker keeps imported; the cache starts again empty when it is full.
const MAX_KEYS: usize = 256;

/// Imported keys by SubjectPublicKeyInfo DER, each with the plan it was imported for.
type Keys = HashMap<Vec<u8>, Vec<(Plan, web_sys::CryptoKey)>>;

thread_local! {
    /// The public keys this worker has imported, by SubjectPublicKeyInfo DER and import algorithm.
    /// The same certificates come back with every keystroke in the paste box (and the trust
    /// anchors with every diagnosis): a key imported once is verified with at once, one round trip
    /// to WebCrypto instead of two. The key's identity is its whole DER and algorithm, so one input
    /// can never answer for another's key; a public key is no secret.
    static KEYS: RefCell<Keys> = RefCell::new(HashMap::new());
}

/// The key imported before for `spki` and `plan`, if any.
fn known(spki: &[u8], plan: Plan) -> Option<web_sys::CryptoKey> {
    KEYS.with(|keys| keys.borrow().get(spki)?.iter().find(|(p, _)| *p == plan).map(|(_, key)| key.clone()))
}

/// Keeps an imported key for the next diagnoses, within [`MAX_KEYS`].
fn remember(spki: Vec<u8>, plan: Plan, key: &web_sys::CryptoKey) {
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        if keys.len() >= MAX_KEYS && !keys.contains_key(&spki) {
            keys.clear();
        }
        let plans = keys.entry(spki).or_default();
        if !plans.iter().any(|(p, _)| *p == plan) {
            plans.push((plan, key.clone()));
        }
    });
}

impl Batch {
    /// Each check's answer, in order: `Some(valid)`, or `None` where the browser could not verify
    /// it (an import or a verification that was refused or rejected).
    pub async fn results(self) -> Vec<Option<bool>> {
        // `self`, and with it the callbacks the batch's promises call, lives until the batch has settled.
        let outcomes: Array = JsFuture::from(self.settled.clone()).await.map(JsCast::unchecked_into).unwrap_or_default();
        outcomes
            .iter()
            .map(|outcome| {
                let fulfilled = Reflect::get(&outcome, &"status".into()).ok().and_then(|s| s.as_string()).is_some_and(|s| s == "fulfilled");
                fulfilled.then(|| Reflect::get(&outcome, &"value".into()).ok().and_then(|v| v.as_bool())).flatten()
            })
            .collect()
    }
}

/// What a key is imported as: the algorithm and its hash or curve. Two checks with the same key
/// and plan share one import.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Plan {
    RsaPkcs1(Hash),
    RsaPss(Hash, usize),
    Ecdsa(&'static str, Hash),
    Ed25519,
}

fn plan(check: &Check) -> Plan {
    match check {
        Check::RsaPkcs1 { hash, .. } => Plan::RsaPkcs1(*hash),
        Check::RsaPss { hash, salt, .. } => Plan::RsaPss(*hash, *salt),
        Check::Ecdsa { key, hash, .. } => Plan::Ecdsa(
            match key {
                EcKey::P256(_) => "P-256",
                EcKey::P384(_) => "P-384",
            },
            *hash,
        ),
        Check::Ed25519 { .. } => Plan::Ed25519,
    }
}

/// The `importKey` and `verify` algorithm objects of a plan.
fn algorithms(plan: Plan) -> (Object, Object) {
    let object = |pairs: &[(&str, JsValue)]| {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &(*k).into(), v);
        }
        o
    };
    let hash = |h: Hash| JsValue::from_str(match h {
        Hash::Sha1 => "SHA-1",
        Hash::Sha256 => "SHA-256",
        Hash::Sha384 => "SHA-384",
        Hash::Sha512 => "SHA-512",
    });
    match plan {
        Plan::RsaPkcs1(h) => (object(&[("name", "RSASSA-PKCS1-v1_5".into()), ("hash", hash(h))]), object(&[("name", "RSASSA-PKCS1-v1_5".into())])),
        Plan::RsaPss(h, salt) => (object(&[("name", "RSA-PSS".into()), ("hash", hash(h))]), object(&[("name", "RSA-PSS".into()), ("saltLength", (salt as u32).into())])),
        Plan::Ecdsa(curve, h) => (object(&[("name", "ECDSA".into()), ("namedCurve", curve.into())]), object(&[("name", "ECDSA".into()), ("hash", hash(h))])),
        Plan::Ed25519 => (object(&[("name", "Ed25519".into())]), object(&[("name", "Ed25519".into())])),
    }
}
