//! forcetls: will forced TLS between two mail systems work?
//!
//! The crate has two halves. Everything outside `ui` is the pure core: it turns pasted or dropped
//! bytes plus an evaluation time into a [`Diagnosis`], and never touches the clock, the DOM or the
//! network. `ui` is a thin Yew shell, compiled only for wasm32, that renders the core's [`Report`].
//!
//! The flow is: sources → [`intake`] (decode text, find PEM/DER/PKCS#7/s_client items) →
//! [`inspect`] (read each certificate) → [`diagnose`] (findings) → [`report`] (wording) → render.

pub mod budget;
pub mod catalog;
pub mod closed_set;
pub mod chain;
pub mod civil_time;
pub mod collect;
pub mod connectors;
pub mod diagnose;
pub mod examples;
pub mod finding;
pub mod hex;
pub mod i18n;
pub mod inspect;
pub mod intake;
pub mod model;
pub mod names;
pub mod oid;
pub mod quote;
pub mod report;
pub mod rollover;
pub mod share;
pub mod signature;
pub mod trust;
pub mod worker;
pub mod worksheet;

#[cfg(target_arch = "wasm32")]
pub mod ui;

pub use diagnose::{diagnose, diagnose_catching_panics, diagnose_catching_panics_using, diagnose_using, diagnose_with};
pub use model::{Diagnosis, Input, Source};
pub use report::Report;
