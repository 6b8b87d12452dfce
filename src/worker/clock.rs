//! The browser's clock for durations: `performance.now()` of the global scope (window or worker), for
//! the worker's stage times the benchmark tabulates ([`super::protocol::Stages`]) and for the page's
//! timing of each answer (`ui::worker`).
//!
//! The `performance` object is looked up once per thread and its `now` is bound directly, so a
//! reading is one call into JavaScript, not a property lookup through `Reflect` per reading (ten
//! readings per diagnosis cost 0.1 ms in Chromium that way).

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The High Resolution Time API's `Performance` interface (W3C High Resolution Time, §4).
    type Performance;

    #[wasm_bindgen(method)]
    fn now(this: &Performance) -> f64;
}

thread_local! {
    /// The global scope's `performance`, if it has one.
    static PERFORMANCE: Option<Performance> = Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .filter(|p| p.is_object())
        .map(JsCast::unchecked_into);
}

/// `performance.now()` in milliseconds; 0 without a `performance` object.
pub fn now() -> f64 {
    PERFORMANCE.with(|p| p.as_ref().map_or(0.0, Performance::now))
}
