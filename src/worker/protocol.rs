//! What the page and the diagnosis worker say to each other. Pure data, compiled on every target
//! so it is tested natively; the two ends (`ui::worker` and `worker::runtime`) only move it.
//!
//! A request is a [`Request`] as postcard bytes (everything but the sources' bytes) plus the bytes
//! of each source in the order [`Request::sources`] lists them, so a 5 MB paste crosses as one
//! `Uint8Array`.
//! A diagnosis is answered with [`Done`] as postcard bytes: the generation it answers, the [`Report`]
//! worded in the request's language, [`Facts`] (the few facts the page reads from the
//! [`Diagnosis`]) and [`Stages`]; the diagnosis serialised as the JSON export (the CLI's schema)
//! travels beside it as bytes of its own. Anything else the worker says is a JSON [`Reply`]. The
//! page never deserialises a whole `Diagnosis`, which keeps serde's code for the core's model out
//! of the first view.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::{Diagnosis, Input, PeerOptions, Source, TrustOptions};
use crate::report::Report;
use crate::trust::StoreChoice;

/// What one source is to the diagnosis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Pasted or dropped input.
    Source,
    /// A root the user trusts.
    Root,
    /// A root treated as a public CA.
    PublicRoot,
    /// The chain after a rollover.
    Next,
}

/// One diagnosis request, without the sources' bytes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// Counts up with every request the page sends; a reply carries it back, so a reply to an
    /// older request than the newest is recognised and dropped.
    pub generation: u64,
    /// The language the report is worded in.
    pub lang: Lang,
    /// The evaluation time, Unix seconds.
    pub evaluated_at: i64,
    /// The built-in store.
    pub store: StoreChoice,
    /// The name clients connect to.
    pub name: Option<String>,
    /// The most intermediate CAs a path may have.
    pub max_depth: Option<usize>,
    /// Each source's role and name, in the order of the bytes that travel with the request.
    pub sources: Vec<(Role, String)>,
    /// The message files of `lang` the page has loaded (`i18n::installed`), for a worker that does
    /// not carry them yet; empty for English, which both carry.
    #[serde(default)]
    pub words: Vec<(String, String)>,
}

impl Request {
    /// The request for `input` and the bytes that travel with it, in order.
    pub fn new(generation: u64, lang: Lang, input: Input) -> (Request, Vec<Vec<u8>>) {
        let mut sources = Vec::new();
        let mut bytes = Vec::new();
        let lists = [(Role::Source, input.sources), (Role::Root, input.trust.roots), (Role::PublicRoot, input.trust.public_roots), (Role::Next, input.next)];
        for (role, list) in lists {
            for s in list {
                sources.push((role, s.name));
                bytes.push(s.bytes);
            }
        }
        let request = Request { generation, lang, evaluated_at: input.evaluated_at, store: input.trust.store, name: input.peer.name, max_depth: input.peer.max_depth, sources, words: crate::i18n::installed(lang) };
        (request, bytes)
    }

    /// The request's bytes: postcard, as the answer's ([`Done::to_bytes`]).
    pub fn to_bytes(&self) -> Result<Vec<u8>, String> {
        postcard::to_allocvec(self).map_err(|e| e.to_string())
    }

    /// A request from [`Request::to_bytes`]'s bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Request, String> {
        postcard::from_bytes(bytes).map_err(|e| e.to_string())
    }

    /// The input again, from the request and its bytes (a missing buffer reads as empty). The
    /// request's words are installed first, if the language's are not there yet.
    pub fn into_input(self, bytes: Vec<Vec<u8>>) -> Input {
        if !self.words.is_empty() && !crate::i18n::available(self.lang) {
            crate::i18n::install(self.lang, self.words);
        }
        let mut input = Input {
            sources: Vec::new(),
            evaluated_at: self.evaluated_at,
            trust: TrustOptions { store: self.store, roots: Vec::new(), public_roots: Vec::new() },
            next: Vec::new(),
            peer: PeerOptions { name: self.name, max_depth: self.max_depth },
        };
        let mut bytes = bytes.into_iter();
        for (role, name) in self.sources {
            let source = Source { name, bytes: bytes.next().unwrap_or_default() };
            match role {
                Role::Source => input.sources.push(source),
                Role::Root => input.trust.roots.push(source),
                Role::PublicRoot => input.trust.public_roots.push(source),
                Role::Next => input.next.push(source),
            }
        }
        input
    }
}

/// One chain's verdict, as the benchmark compares it with the other libraries'.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainFacts {
    /// The leaf's certificate index.
    pub leaf: usize,
    /// `trusted` or `not-trusted`.
    pub verdict: String,
    /// How the chosen path ends.
    pub ends: String,
    /// Certificates on the chosen path.
    pub path_length: usize,
    /// Signatures verified for this chain.
    pub signature_checks: usize,
}

/// What the page keeps of a diagnosis besides its report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// The evaluation time, `YYYY-MM-DDTHH:MM:SSZ`.
    pub evaluated_at: String,
    /// Connectors read (the share link's sensitivity warning names them).
    pub connectors: usize,
    /// Distinct certificates read.
    pub certificates: usize,
    /// Each chain's verdict.
    pub chains: Vec<ChainFacts>,
    /// The whole diagnosis as the JSON export (pretty, the CLI's `--json`). It is not part of the
    /// answer's bytes: the worker posts it beside the answer as bytes of its own (see
    /// `worker::runtime::post_done`), so that it is neither escaped into the answer nor parsed on the
    /// page's thread (for a 150-certificate bundle that was half of the answer's 610 KB).
    #[serde(skip)]
    pub json: String,
}

impl Facts {
    /// The facts of a diagnosis.
    pub fn of(d: &Diagnosis) -> Facts {
        Facts {
            evaluated_at: d.evaluated_at.clone(),
            connectors: d.connectors.len(),
            certificates: d.certificates.len(),
            chains: d.chains.iter().map(|c| ChainFacts { leaf: c.leaf, verdict: c.verdict.as_str().to_string(), ends: c.ends.as_str().to_string(), path_length: c.path.len(), signature_checks: c.signature_checks }).collect(),
            json: serde_json::to_string_pretty(d).unwrap_or_default(),
        }
    }

    /// The facts of nothing, before the first diagnosis.
    pub fn empty(evaluated_at: String) -> Facts {
        Facts { evaluated_at, ..Facts::default() }
    }
}

/// Where a diagnosis's time went in the worker, in milliseconds (`performance.now()`), for the
/// benchmark's breakdown (`docs/performance.md`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Stages {
    /// The synchronous diagnoses (intake, inspection, chains, checks, connectors), all rounds.
    pub diagnose_ms: f64,
    /// WebCrypto's batches: starting them (Chromium verifies a worker's checks on the worker's own
    /// thread, inside `verify` when the key is already imported) and waiting for their answers.
    pub verify_ms: f64,
    /// Wording the report (`report::explain`).
    pub explain_ms: f64,
    /// Making [`Facts`].
    pub facts_ms: f64,
    /// Diagnoses run (one unless a signature the first one assumed valid was not).
    pub rounds: usize,
    /// Signature checks WebCrypto did.
    pub offloaded: usize,
}

/// A diagnosis, as the worker answers a request. It travels as postcard bytes ([`Done::to_bytes`])
/// beside the JSON export (`worker::runtime::post_done`), and is a struct of its own rather than a
/// variant of [`Reply`]: serde reads a tagged enum by buffering the whole value first (its `Content`
/// tree) and reading it again, which for a 150-certificate bundle's report was a third of the
/// page's thread's work per answer, and which would compile the report's reader into the page twice.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Done {
    /// The request's generation.
    pub generation: u64,
    /// The report, worded in the request's language.
    pub report: Report,
    /// The facts the page reads from the diagnosis (its JSON export travels beside).
    pub diagnosis: Facts,
    /// Where the worker's time went.
    pub stages: Stages,
}

impl Done {
    /// The answer's bytes: postcard (the serde data model in a compact binary form, lengths as
    /// varints), not JSON. Both ends are this crate's own types, so nothing else reads them, and the
    /// page's thread reads postcard without scanning for quotes, escapes and digits (the page's and
    /// the messages' share of a call: 1.07 → 0.84 ms for a 3-certificate chain, 6.3 → 3.9 ms for a
    /// 150-certificate bundle; docs/performance.md).
    pub fn to_bytes(&self) -> Result<Vec<u8>, String> {
        postcard::to_allocvec(self).map_err(|e| e.to_string())
    }

    /// An answer from [`Done::to_bytes`]'s bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Done, String> {
        postcard::from_bytes(bytes).map_err(|e| e.to_string())
    }
}

/// What else the worker says, as JSON text.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Reply {
    /// The worker has loaded and waits for requests.
    Ready,
    /// The request could not be read (a bug in the page, never the user's input).
    BadRequest {
        /// The request's generation, if it could be read.
        generation: Option<u64>,
        /// What was wrong.
        message: String,
    },
    /// The core panicked; the worker is dead and the page starts a fresh one.
    Panicked {
        /// The panic's message.
        message: String,
    },
    /// The worker's module could not be fetched, compiled or started; the worker has closed and the
    /// page starts a fresh one. Sent by the worker's loader (`src/worker/forcetls-worker_loader.js`).
    LoadFailed {
        /// The browser's error.
        message: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_reads_back_as_it_was_written() {
        let d = crate::diagnose(&Input { sources: vec![Source::text("pasted text", include_str!("../../tests/fixtures/chain-rsa.pem"))], evaluated_at: 1_780_315_200, ..Input::default() });
        let report = crate::report::explain(&d, Lang::En);
        let done = Done { generation: 3, report: report.clone(), diagnosis: Facts::of(&d), stages: Stages { rounds: 1, ..Stages::default() } };
        assert!(!done.diagnosis.json.is_empty());
        let read = Done::from_bytes(&done.to_bytes().unwrap()).unwrap();
        assert_eq!((read.generation, read.report, read.stages), (3, report, done.stages));
        // The JSON export travels beside the answer, never inside it.
        assert_eq!((read.diagnosis.json.as_str(), read.diagnosis.certificates), ("", 3));
        let panicked: Reply = serde_json::from_str(r#"{"kind":"panicked","message":"m"}"#).unwrap();
        assert!(matches!(panicked, Reply::Panicked { message } if message == "m"));
        assert!(matches!(serde_json::from_str::<Reply>(r#"{"kind":"ready"}"#).unwrap(), Reply::Ready));
    }

    /// The worker's loader is JavaScript and writes its one reply by hand: the kind it writes must be
    /// the one the page reads as [`Reply::LoadFailed`].
    #[test]
    fn the_loaders_reply_reads_as_a_failed_load() {
        let loader = include_str!("forcetls-worker_loader.js");
        let kind = serde_json::to_value(Reply::LoadFailed { message: String::new() }).unwrap()["kind"].as_str().unwrap().to_string();
        assert!(loader.contains(&format!("postMessage(JSON.stringify({{ kind: '{kind}', message: String(error) }}))")), "the loader posts {kind}");
        let reply: Reply = serde_json::from_str(&format!(r#"{{"kind":"{kind}","message":"TypeError: Failed to fetch"}}"#)).unwrap();
        assert!(matches!(reply, Reply::LoadFailed { message } if message == "TypeError: Failed to fetch"));
    }

    /// Every fixture's report, in every language, reads back from the answer's bytes as it was
    /// written: postcard has no field names or tags to recover from, so a report type serde could
    /// not read back that way (an internally tagged enum, a field skipped only when writing) fails
    /// here, not on the page.
    #[test]
    fn every_fixtures_answer_reads_back_from_its_bytes() {
        let mut files = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))];
        let mut answers = 0;
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            if bytes.len() > 256 * 1024 {
                continue;
            }
            let d = crate::diagnose(&Input { sources: vec![Source::bytes(path.display().to_string(), bytes)], evaluated_at: 1_780_315_200, ..Input::default() });
            answers += answers_read_back(&d, &path.display().to_string());
        }
        assert!(answers > 300, "only {answers} answers");
    }

    /// Every gallery example's answer, in every language, reads back from its bytes as it was
    /// written: the examples carry connectors, directions and public roots that no fixture alone has.
    #[test]
    fn every_examples_answer_reads_back_from_its_bytes() {
        for e in crate::examples::EXAMPLES {
            let trust = crate::model::TrustOptions { store: e.store, roots: vec![Source::text("roots", e.roots)], public_roots: vec![Source::text("public roots", e.public_roots)] };
            let at = crate::civil_time::parse_date(e.date).unwrap();
            let d = crate::diagnose(&Input { sources: vec![Source::text("example", e.text)], evaluated_at: at, trust, ..Input::default() });
            answers_read_back(&d, e.id);
        }
    }

    /// Words `d` in every language, writes each answer as bytes and requires it to read back as it
    /// was written (the JSON export travels beside the bytes, not in them); returns how many answers.
    fn answers_read_back(d: &crate::Diagnosis, what: &str) -> usize {
        for &lang in Lang::ALL {
            let done = Done { generation: 1, report: crate::report::explain(d, lang), diagnosis: Facts::of(d), stages: Stages::default() };
            let read = Done::from_bytes(&done.to_bytes().unwrap()).unwrap_or_else(|err| panic!("{what}: {err}"));
            assert_eq!(read.report, done.report, "{what}");
            assert_eq!(read.diagnosis, Facts { json: String::new(), ..done.diagnosis }, "{what}");
        }
        Lang::ALL.len()
    }

    #[test]
    fn an_input_survives_the_trip_through_a_request() {
        let input = Input {
            sources: vec![Source::text("pasted text", "a"), Source::bytes("chain.p7b", vec![0, 1, 2])],
            evaluated_at: 1_780_000_000,
            trust: TrustOptions { store: StoreChoice::Mozilla, roots: vec![Source::text("roots to trust", "r")], public_roots: vec![Source::text("public roots", "p")] },
            next: vec![Source::text("new chain", "n")],
            peer: PeerOptions { name: Some("mx.contoso.com".into()), max_depth: Some(3) },
        };
        let (request, bytes) = Request::new(7, Lang::De, input.clone());
        let wire = Request::from_bytes(&request.to_bytes().unwrap()).unwrap();
        assert_eq!((wire.generation, wire.lang), (7, Lang::De));
        assert_eq!(wire.into_input(bytes), input);
    }
}
