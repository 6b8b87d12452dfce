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

/// What a round cost and who did the work.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    /// Diagnoses run (one when every provisional answer was right).
    pub rounds: usize,
    /// Checks WebCrypto answered.
    pub offloaded: usize,
    /// Checks WebCrypto could not do, verified with RustCrypto.
    pub fell_back: usize,
}

/// The whole diagnosis, its signatures verified by WebCrypto where the browser can (RustCrypto
/// without `crypto.subtle`, e.g. on a page served over plain HTTP from another host).
pub async fn diagnose(input: &Input) -> (Diagnosis, Stats) {
    let Some(subtle) = subtle() else {
        return (crate::diagnose(input), Stats { rounds: 1, ..Stats::default() });
    };
    let mut rounds = Rounds::new();
    let offload = |_: &Check| true;
    loop {
        match rounds.step(input, &Budget::new(), &offload) {
            Step::Done(d) => return (*d, stats(&rounds)),
            Step::Verify(d, pending) => {
                let results = verify_all(&subtle, &pending).await;
                if rounds.answer(pending, &results) {
                    return (*d, stats(&rounds));
                }
            }
        }
    }
}

fn stats(rounds: &Rounds) -> Stats {
    Stats { rounds: rounds.rounds(), offloaded: rounds.offloaded, fell_back: rounds.fell_back }
}

/// `crypto.subtle` of the global scope (window or worker), if it exists (secure contexts only).
fn subtle() -> Option<web_sys::SubtleCrypto> {
    let crypto = Reflect::get(&js_sys::global(), &"crypto".into()).ok()?;
    let subtle = Reflect::get(&crypto, &"subtle".into()).ok()?;
    (!subtle.is_undefined()).then(|| subtle.unchecked_into())
}

/// Verifies every pending check with WebCrypto: `Some(valid)`, or `None` where the browser could not.
pub async fn verify_all(subtle: &web_sys::SubtleCrypto, pending: &[Pending]) -> Vec<Option<bool>> {
    let mut keys: HashMap<(Vec<u8>, String), Option<Promise>> = HashMap::new();
    // Start every import, once per key and algorithm.
    let plans: Vec<(Object, Object)> = pending.iter().map(algorithms).collect();
    for (p, (import, _)) in pending.iter().zip(&plans) {
        let id = (p.spki.clone(), js_sys::JSON::stringify(import).map(String::from).unwrap_or_default());
        keys.entry(id).or_insert_with(|| {
            let usages = Array::of1(&"verify".into());
            subtle.import_key_with_object("spki", &Uint8Array::from(p.spki.as_slice()), import, false, &usages).ok()
        });
    }
    // Then every verification, each as soon as its key is there.
    let mut verifications: Vec<Option<Promise>> = Vec::with_capacity(pending.len());
    for (p, (import, verify)) in pending.iter().zip(&plans) {
        let id = (p.spki.clone(), js_sys::JSON::stringify(import).map(String::from).unwrap_or_default());
        let key = match keys.get(&id).cloned().flatten() {
            Some(promise) => JsFuture::from(promise).await.ok().map(web_sys::CryptoKey::unchecked_from_js),
            None => None,
        };
        let signature = match &p.check {
            Check::Ecdsa { raw, .. } => raw.as_slice(),
            _ => p.signature.as_slice(),
        };
        verifications.push(key.and_then(|key| subtle.verify_with_object_and_u8_array_and_u8_array(verify, &key, signature, &p.message).ok()));
    }
    let mut results = Vec::with_capacity(pending.len());
    for promise in verifications {
        results.push(match promise {
            Some(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()),
            None => None,
        });
    }
    results
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
