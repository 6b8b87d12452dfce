//! The browser benchmark's way in: `window.__forcetlsBench(request) -> Promise<result>`.
//!
//! `scripts/bench-browser.sh` compares forcetls with JavaScript PKI libraries on the same inputs in
//! the same Chromium. To measure what users wait for, the hook takes the paste box's own path: it
//! fills a [`State`] with the request's text, roots, store and time, makes its [`State::input`] and
//! sends it to a diagnosis worker exactly as the page does ([`Diagnoser`], without the debounce),
//! which makes the `Diagnosis` and the `Report` and sends them back.
//!
//! **Measured span: "request sent → report ready".** The caller starts its clock when it calls the
//! hook and stops it when the returned promise resolves; the promise resolves once the worker's
//! reply (report and diagnosis) is deserialised on the main thread (rendering it into the DOM is not
//! part of the span): message passing and copies are included. The hook's worker is its own, started
//! on the first request (the benchmark's warm-up absorbs its start-up). Requests must be sequential:
//! a request sent before the previous one resolved supersedes it, and the previous promise never settles.
//!
//! Request: `{ text: string, roots?: string, store?: "microsoft" | "mozilla" | "none", at: number }`
//! (`at` in Unix seconds: the clock reading and the date field both come from it, so the page
//! evaluates at exactly `at`). Result: `{ evaluated_at, certificates, report_chains, chains: [{ leaf,
//! verdict, ends, path_length, signature_checks }] }`, enough for the benchmark to check that every
//! library reached the same verdicts. The hook works on its own copy of the state and leaves the
//! page as it is. It exposes nothing a script on the page could not do through the paste box; it
//! exists in every build so that the benchmark measures the shipped app.

use std::rc::Rc;

use serde::de::value::StrDeserializer;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use super::state::State;
use super::worker::{Diagnosed, Diagnoser};
use crate::trust::StoreChoice;

/// The global function's name on `window`.
const HOOK: &str = "__forcetlsBench";

thread_local! {
    /// The state each request is copied into (files, public roots and the rollover box stay empty).
    /// It is made on the first request, so the page's start-up does not pay for it; the benchmark's
    /// warm-up absorbs that first request.
    static BLANK: State = State::new(0);
    /// The hook's own worker, and the promise waiting for its answer.
    static WORKER: Diagnoser = Diagnoser::new(0, |d| {
        if let Some(resolve) = WAITING.take() {
            let _ = resolve.call1(&JsValue::NULL, &summary(&d).into());
        }
    });
    static WAITING: std::cell::Cell<Option<js_sys::Function>> = const { std::cell::Cell::new(None) };
}

/// Installs `window.__forcetlsBench`.
pub fn install() {
    let hook = Closure::<dyn Fn(JsValue) -> js_sys::Promise>::new(|request: JsValue| match run(&request) {
        Ok(promise) => promise,
        Err(message) => js_sys::Promise::reject(&js_sys::Error::new(&message)),
    });
    let _ = js_sys::Reflect::set(&gloo::utils::window(), &JsValue::from_str(HOOK), hook.as_ref());
    // The page lives as long as the hook: it is never dropped.
    hook.forget();
}

/// Sends one request through the paste box's path; the promise resolves to the verdicts' summary.
fn run(request: &JsValue) -> Result<js_sys::Promise, String> {
    let text = string_field(request, "text")?.ok_or("request.text is required")?;
    let roots = string_field(request, "roots")?.unwrap_or_default();
    let store = match string_field(request, "store")? {
        Some(name) => StoreChoice::deserialize(StrDeserializer::<serde::de::value::Error>::new(&name)).map_err(|e| format!("request.store: {e}"))?,
        None => StoreChoice::default(),
    };
    let at = js_sys::Reflect::get(request, &JsValue::from_str("at")).ok().and_then(|v| v.as_f64()).ok_or("request.at (Unix seconds) is required")? as i64;
    let state = BLANK.with(|blank| State { text: Rc::from(text), roots: Rc::from(roots), store, date: crate::civil_time::format_date(at), now: at, ..blank.clone() });
    let promise = js_sys::Promise::new(&mut |resolve, _reject| WAITING.set(Some(resolve)));
    WORKER.with(|worker| worker.request(move || state.input(), crate::i18n::Lang::En));
    Ok(promise)
}

/// A string property of the request, if present.
fn string_field(request: &JsValue, name: &str) -> Result<Option<String>, String> {
    let value = js_sys::Reflect::get(request, &JsValue::from_str(name)).map_err(|_| format!("request.{name} is unreadable"))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| format!("request.{name} must be a string"))
}

/// What the benchmark compares across libraries: each chain's leaf, verdict and path.
fn summary(diagnosed: &Diagnosed) -> js_sys::Object {
    let d = &diagnosed.diagnosis;
    let chains = js_sys::Array::new();
    for c in &d.chains {
        chains.push(&object(&[
            ("leaf", JsValue::from(c.leaf as u32)),
            ("verdict", JsValue::from_str(&c.verdict)),
            ("ends", JsValue::from_str(&c.ends)),
            ("path_length", JsValue::from(c.path_length as u32)),
            ("signature_checks", JsValue::from(c.signature_checks as u32)),
        ]));
    }
    object(&[
        ("evaluated_at", JsValue::from_str(&d.evaluated_at)),
        ("certificates", JsValue::from(d.certificates as u32)),
        ("report_chains", JsValue::from(diagnosed.report.chains.len() as u32)),
        ("chains", chains.into()),
        ("stages", stages(&diagnosed.stages).into()),
    ])
}

/// Where the worker's time went; the rest of the span is the page's and the messages' (the request's
/// and the reply's JSON, copies, message passing).
fn stages(s: &crate::worker::protocol::Stages) -> js_sys::Object {
    object(&[
        ("diagnose_ms", s.diagnose_ms.into()),
        ("verify_ms", s.verify_ms.into()),
        ("explain_ms", s.explain_ms.into()),
        ("facts_ms", s.facts_ms.into()),
        ("rounds", (s.rounds as u32).into()),
        ("offloaded", (s.offloaded as u32).into()),
    ])
}

/// A plain JavaScript object with the given properties.
fn object(properties: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (name, value) in properties {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}
