//! The diagnosis worker: the core runs in a dedicated Web Worker, so the page's thread only renders.
//!
//! `protocol` is the data the page and the worker exchange (pure, tested natively); `runtime` is the
//! worker's message loop, `webcrypto` its signature backend and `clock` its stage clock, which
//! the page's end also times its answers with (all three wasm32 only). The page's end is `ui::worker`. The worker is the second binary, `forcetls-worker`
//! (`src/worker_main.rs`), which trunk builds next to the page's (`index.html`: `data-type="worker"`);
//! the page's binary no longer links the core's parsing and crypto, which keeps the first view small.

#[cfg(target_arch = "wasm32")]
pub mod clock;
pub mod protocol;
#[cfg(target_arch = "wasm32")]
pub mod runtime;
#[cfg(target_arch = "wasm32")]
pub mod webcrypto;
