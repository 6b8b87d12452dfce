//! The browser's signature backend: WebCrypto (`crypto.subtle`) does the arithmetic of the checks
//! [`crate::signature::batch`] records, all of a round at once, and the core stays synchronous.
//!
//! Each check becomes `importKey("spki", …)` and `verify(…)` (W3C Web Cryptography API §14.3.10 and
//! §14.3.5): RSASSA-PKCS1-v1_5 and RSA-PSS (with the certificate's salt length), ECDSA on P-256 and
//! P-384 with the signature as the fixed-size `r ‖ s` WebCrypto takes (RFC 6090 style, not DER), and
//! Ed25519 where the browser has it. Every promise of a round is started before any is awaited, so
//! the browser verifies them concurrently; keys are imported once per round. A check the browser
//! cannot do (an algorithm it lacks, a key it will not import) is answered `None`, and RustCrypto
//! verifies it instead. Works in a window and in a worker (`crypto` is read from the global scope).

use std::collections::HashMap;

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::budget::Budget;
use crate::model::{Diagnosis, Input};
use crate::signature::batch::{Pending, Rounds, Step};
use crate::signature::{Check, EcKey, Hash};
use crate::worker::protocol::Stages;

/// The whole diagnosis, its signatures verified by WebCrypto where the browser can (RustCrypto
/// without `crypto.subtle`, e.g. on a page served over plain HTTP from another host), and what
/// `finish` makes of it. `stages` gets the time spent diagnosing and waiting for WebCrypto, the
/// rounds and the offloaded checks.
///
/// While WebCrypto works on a round's batch (in the browser's own threads), the worker runs `finish`
/// on that round's diagnosis, which stands if every check verifies: the wording and the JSON export
/// are then ready when the batch is, instead of after it. A round that does not stand throws its
/// `finish` away.
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
                let batch = start(&subtle, &pending);
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

/// `performance.now()` of the global scope (window or worker), in milliseconds; 0 without it.
pub fn now() -> f64 {
    let performance = Reflect::get(&js_sys::global(), &"performance".into()).unwrap_or(JsValue::UNDEFINED);
    let now = Reflect::get(&performance, &"now".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    now.and_then(|f| f.call0(&performance).ok()).and_then(|v| v.as_f64()).unwrap_or(0.0)
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

/// A batch whose key imports have been started.
pub struct Batch<'a> {
    subtle: &'a web_sys::SubtleCrypto,
    pending: &'a [Pending],
    plans: Vec<(Object, Object)>,
    keys: HashMap<(Vec<u8>, String), Option<Promise>>,
}

/// Starts every key import of `pending`, once per key and algorithm (the browser works on them
/// while the worker goes on); [`Batch::results`] then verifies.
pub fn start<'a>(subtle: &'a web_sys::SubtleCrypto, pending: &'a [Pending]) -> Batch<'a> {
    let mut keys: HashMap<(Vec<u8>, String), Option<Promise>> = HashMap::new();
    let plans: Vec<(Object, Object)> = pending.iter().map(algorithms).collect();
    for (p, (import, _)) in pending.iter().zip(&plans) {
        keys.entry(key_id(p, import)).or_insert_with(|| {
            let usages = Array::of1(&"verify".into());
            subtle.import_key_with_object("spki", &Uint8Array::from(p.spki.as_slice()), import, false, &usages).ok()
        });
    }
    Batch { subtle, pending, plans, keys }
}

fn key_id(p: &Pending, import: &Object) -> (Vec<u8>, String) {
    (p.spki.clone(), js_sys::JSON::stringify(import).map(String::from).unwrap_or_default())
}

impl Batch<'_> {
    /// Every verification, each started as soon as its key is there, then their answers in order.
    pub async fn results(self) -> Vec<Option<bool>> {
        let mut verifications: Vec<Option<Promise>> = Vec::with_capacity(self.pending.len());
        for (p, (import, verify)) in self.pending.iter().zip(&self.plans) {
            let key = match self.keys.get(&key_id(p, import)).cloned().flatten() {
                Some(promise) => JsFuture::from(promise).await.ok().map(web_sys::CryptoKey::unchecked_from_js),
                None => None,
            };
            let signature = match &p.check {
                Check::Ecdsa { raw, .. } => raw.as_slice(),
                _ => p.signature.as_slice(),
            };
            verifications.push(key.and_then(|key| self.subtle.verify_with_object_and_u8_array_and_u8_array(verify, &key, signature, &p.message).ok()));
        }
        let mut results = Vec::with_capacity(self.pending.len());
        for promise in verifications {
            results.push(match promise {
                Some(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()),
                None => None,
            });
        }
        results
    }
}

/// The `importKey` and `verify` algorithm objects of a check.
fn algorithms(p: &Pending) -> (Object, Object) {
    let object = |pairs: &[(&str, JsValue)]| {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &(*k).into(), v);
        }
        o
    };
    let hash = |h: &Hash| JsValue::from_str(match h {
        Hash::Sha1 => "SHA-1",
        Hash::Sha256 => "SHA-256",
        Hash::Sha384 => "SHA-384",
        Hash::Sha512 => "SHA-512",
    });
    match &p.check {
        Check::RsaPkcs1 { hash: h, .. } => (object(&[("name", "RSASSA-PKCS1-v1_5".into()), ("hash", hash(h))]), object(&[("name", "RSASSA-PKCS1-v1_5".into())])),
        Check::RsaPss { hash: h, salt, .. } => (object(&[("name", "RSA-PSS".into()), ("hash", hash(h))]), object(&[("name", "RSA-PSS".into()), ("saltLength", (*salt as u32).into())])),
        Check::Ecdsa { key, hash: h, .. } => {
            let curve = match key {
                EcKey::P256(_) => "P-256",
                EcKey::P384(_) => "P-384",
            };
            (object(&[("name", "ECDSA".into()), ("namedCurve", curve.into())]), object(&[("name", "ECDSA".into()), ("hash", hash(h))]))
        }
        Check::Ed25519 { .. } => (object(&[("name", "Ed25519".into())]), object(&[("name", "Ed25519".into())])),
    }
}
