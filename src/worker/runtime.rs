//! The worker's message loop: each message is a [`Request`] (postcard bytes) with its sources' bytes; the
//! worker diagnoses it (signatures through WebCrypto, `super::webcrypto`), words the report in the
//! request's language and posts a [`Done`] back (postcard bytes, the JSON export beside them); anything
//! else it says is a [`Reply`] (JSON text).
//!
//! wasm32 cannot unwind: a panic in the core ends this worker's module. The panic hook posts
//! [`Reply::Panicked`] first, and the page shows the message and starts a fresh worker.

use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::protocol::{Done, Facts, Reply, Request, Stages};
use super::clock::now;
use crate::model::Diagnosis;

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Posts a reply to the page (as JSON text).
fn post(reply: &Reply) {
    let text = serde_json::to_string(reply).unwrap_or_else(|e| format!(r#"{{"kind":"bad-request","generation":null,"message":"the reply did not serialise: {e}"}}"#));
    let _ = scope().post_message(&JsValue::from_str(&text));
}

/// Installs the panic hook and the message handler, parses the trust store once, and says it is ready.
pub fn start() {
    std::panic::set_hook(Box::new(|info| post(&Reply::Panicked { message: info.to_string() })));
    let handler = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| wasm_bindgen_futures::spawn_local(handle(event.data())));
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The worker lives as long as its handler: it is never dropped.
    handler.forget();
    // The built-in store is parsed once per worker, before the first request needs it.
    crate::trust::anchors(crate::trust::StoreChoice::Microsoft, Vec::new());
    post(&Reply::Ready);
}

/// Reads a message: `{ request: Uint8Array, bytes: Uint8Array[] }`.
fn read(data: &JsValue) -> Result<(Request, Vec<Vec<u8>>), String> {
    let request = Reflect::get(data, &"request".into()).ok().and_then(|v| v.dyn_into::<Uint8Array>().ok()).ok_or("no request bytes")?;
    let request = Request::from_bytes(&request.to_vec()).map_err(|e| format!("request: {e}"))?;
    let buffers: Array = Reflect::get(data, &"bytes".into()).map_err(|_| "no bytes")?.dyn_into().map_err(|_| "bytes is not an array")?;
    let bytes = buffers.iter().map(|b| b.dyn_into::<Uint8Array>().map(|a| a.to_vec()).map_err(|_| "a source is not a Uint8Array")).collect::<Result<_, _>>()?;
    Ok((request, bytes))
}

async fn handle(data: JsValue) {
    let (request, bytes) = match read(&data) {
        Ok(read) => read,
        Err(message) => {
            let generation = Reflect::get(&data, &"generation".into()).ok().and_then(|g| g.as_f64()).map(|g| g as u64);
            return post(&Reply::BadRequest { generation, message });
        }
    };
    let (generation, lang) = (request.generation, request.lang);
    let input = request.into_input(bytes);
    let mut stages = Stages::default();
    // The report and the facts are made while WebCrypto verifies the round's signatures.
    let finish = |diagnosis: &Diagnosis, stages: &mut Stages| {
        let t = now();
        let report = crate::report::explain(diagnosis, lang);
        stages.explain_ms += now() - t;
        let t = now();
        let facts = Facts::of(diagnosis);
        stages.facts_ms += now() - t;
        (report, facts)
    };
    let (diagnosis, (report, facts)) = super::webcrypto::diagnose(&input, &mut stages, finish).await;
    let done = Done { generation, report, diagnosis: facts, stages };
    post_done(&done);
    // What the answer was made from is freed after it has been posted, while the page reads it,
    // not before (a 3-certificate chain's diagnosis, report and input take about 0.1 ms to free).
    drop((diagnosis, done, input));
}

/// Posts a diagnosis as `{ done, json }`: its postcard bytes ([`Done::to_bytes`]) and, beside them,
/// the diagnosis's JSON export (`Facts::json`, which the answer skips) as UTF-8 bytes; both buffers
/// move to the page. Bytes, not a string: a string would be decoded from UTF-8 here and encoded to
/// UTF-8 again on the page's thread (1.3 ms of the page's 8 ms per answer for a 150-certificate bundle).
fn post_done(done: &Done) {
    let json = Uint8Array::from(done.diagnosis.json.as_bytes());
    let answer = match done.to_bytes() {
        Ok(answer) => answer,
        Err(e) => return post(&Reply::BadRequest { generation: Some(done.generation), message: format!("the answer did not serialise: {e}") }),
    };
    let bytes = Uint8Array::from(answer.as_slice());
    let message = js_sys::Object::new();
    let _ = Reflect::set(&message, &"done".into(), &bytes);
    let _ = Reflect::set(&message, &"json".into(), &json);
    let _ = scope().post_message_with_transfer(&message, &Array::of2(&bytes.buffer(), &json.buffer()));
}
