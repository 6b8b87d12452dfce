//! The app's one piece of state and the actions that change it.

use std::rc::Rc;

use base64::Engine;
use yew::Reducible;

use super::worker::Diagnosed;
use crate::worker::protocol::Facts;
use crate::civil_time::{evaluation_time, format_datetime, format_minute};
use crate::examples::Example;
use crate::i18n::Lang;
use crate::model::{PeerOptions, TrustOptions};
use crate::report::Report;
use crate::share::{self, Shared};
use crate::trust::StoreChoice;
use crate::{Input, Source};

/// Everything the user supplied, plus the diagnosis and report the core made from it.
#[derive(Clone, Debug)]
pub struct State {
    /// The paste box's text.
    pub text: Rc<str>,
    /// Dropped or picked files, in the order given.
    pub files: Vec<Rc<Source>>,
    /// The evaluation time as the date-time field holds it: `YYYY-MM-DDTHH:MM`, UTC.
    pub date: String,
    /// The server name clients connect to, as typed (empty for none).
    pub name: Rc<str>,
    /// The most intermediate CAs a path may have (from a share link; the page has no control for it).
    pub max_depth: Option<usize>,
    /// The validating side's built-in root store.
    pub store: StoreChoice,
    /// Roots the user chose to trust, as pasted.
    pub roots: Rc<str>,
    /// Roots to treat as public CAs (Exchange Online trusts them too).
    pub public_roots: Rc<str>,
    /// The chain after a rollover, as pasted.
    pub next: Rc<str>,
    /// The clock reading the date is applied to.
    pub now: i64,
    /// Counts the changes to the input; each one asks the diagnosis worker for a new diagnosis.
    pub input_version: u64,
    /// The core's diagnosis as its JSON export, with the facts the page reads (share warning), from the worker.
    pub diagnosis: Rc<Facts>,
    /// The core's report for the above.
    pub report: Rc<Report>,
    /// How long the last diagnosis took, in milliseconds (shown for large inputs): from sending the
    /// request to the worker to its reply.
    pub took_ms: f64,
    /// A problem with the share link the page was opened with.
    pub link_error: Option<share::ShareError>,
    /// The language the report and the page are worded in.
    pub lang: Lang,
    /// The example loaded, while its text and options are unchanged (the page marks this state).
    pub example: Option<&'static Example>,
    /// Counts the times the result should take focus (an example, a paste, a drop).
    pub focus_result: u32,
    /// `focus_result` as of the worker's last answer: the page moves focus and scrolls to the
    /// result bar whenever it changes, so the answer takes focus once it is there.
    pub focus_answered: u32,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report) && self.link_error == other.link_error && self.lang == other.lang && self.focus_result == other.focus_result && self.focus_answered == other.focus_answered && self.example.map(|e| e.id) == other.example.map(|e| e.id)
    }
}

/// What the user can do.
pub enum Action {
    /// The paste box changed; `pasted` when the change was a paste or a drop (or filled an empty
    /// box at once), so the result takes focus.
    SetText(Rc<str>, bool),
    /// Files were dropped or picked.
    AddFiles(Vec<Source>),
    /// A file's remove button was pressed.
    RemoveFile(usize),
    /// The evaluation date-time changed.
    SetDate(String),
    /// The server name changed.
    SetName(Rc<str>),
    /// The trust store choice changed.
    SetStore(StoreChoice),
    /// The "roots to trust" box changed.
    SetRoots(Rc<str>),
    /// The "public roots" box changed.
    SetPublicRoots(Rc<str>),
    /// The rollover box changed.
    SetNext(Rc<str>),
    /// A gallery example was chosen.
    LoadExample(&'static Example),
    /// The page was opened with a share link.
    Restore(Result<Option<Shared>, share::ShareError>),
    /// The language was switched: the same diagnosis, worded again.
    SetLang(Lang),
    /// Everything was cleared: every input and option back to its default ("Clear", "Start fresh").
    Clear,
    /// The diagnosis worker answered the newest request.
    Diagnosed(Box<Diagnosed>),
}

impl State {
    /// The initial state: nothing pasted, evaluated now (the worker's first diagnosis replaces the empty one).
    pub fn new(now: i64) -> Self {
        State {
            text: Rc::from(""),
            files: Vec::new(),
            date: format_minute(now),
            name: Rc::from(""),
            max_depth: None,
            store: StoreChoice::default(),
            roots: Rc::from(""),
            public_roots: Rc::from(""),
            next: Rc::from(""),
            now,
            input_version: 0,
            diagnosis: Rc::new(Facts::empty(format_datetime(now))),
            report: Rc::new(Report::empty()),
            took_ms: 0.0,
            link_error: None,
            lang: Lang::default(),
            example: None,
            focus_result: 0,
            focus_answered: 0,
        }
    }

    /// The input the core diagnoses (the page sends it to the worker; the benchmark hook, `bench_hook.rs`, too).
    pub fn input(&self) -> Input {
        let evaluated_at = evaluation_time(self.now, &self.date).unwrap_or(self.now);
        let mut sources = Vec::with_capacity(self.files.len() + 1);
        if !self.text.trim().is_empty() {
            sources.push(Source::text("pasted text", self.text.to_string()));
        }
        sources.extend(self.files.iter().map(|f| (**f).clone()));
        let text_source = |name: &str, text: &Rc<str>| if text.trim().is_empty() { Vec::new() } else { vec![Source::text(name, text.to_string())] };
        let trust = TrustOptions { store: self.store, roots: text_source("roots to trust", &self.roots), public_roots: text_source("public roots", &self.public_roots) };
        let name = self.name.trim();
        let peer = PeerOptions { name: (!name.is_empty()).then(|| name.to_string()), max_depth: self.max_depth };
        Input { sources, evaluated_at, trust, next: text_source("new chain", &self.next), peer }
    }

    /// Every option back to its default: evaluated now, no server name, the default store, no
    /// added roots (the text, files and rollover chain are kept).
    fn defaults(self) -> Self {
        State { date: format_minute(self.now), name: Rc::from(""), max_depth: None, store: StoreChoice::default(), roots: Rc::from(""), public_roots: Rc::from(""), ..self }
    }

    /// The input as a share link carries it, without private keys; returns it and how many keys were removed.
    pub fn to_shared(&self) -> (Shared, usize) {
        let (text, mut removed) = share::strip_private_keys(&self.text);
        let mut files = Vec::new();
        for f in &self.files {
            match std::str::from_utf8(&f.bytes) {
                Ok(t) => {
                    let (t, n) = share::strip_private_keys(t);
                    removed += n;
                    files.push((f.name.clone(), base64::engine::general_purpose::STANDARD.encode(t.as_bytes())));
                }
                // A binary file that is a PKCS#12 bundle carries a private key: it is left out.
                Err(_) if crate::intake::pkcs7::is_pkcs12(&f.bytes) => removed += 1,
                Err(_) => files.push((f.name.clone(), base64::engine::general_purpose::STANDARD.encode(&f.bytes))),
            }
        }
        let shared = Shared { text, files, date: self.date.clone(), store: self.store, roots: self.roots.to_string(), public_roots: self.public_roots.to_string(), next: self.next.to_string(), name: self.name.to_string(), max_depth: self.max_depth, lang: Some(self.lang) };
        (shared, removed)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let s = (*self).clone();
        // Every action but the worker's answer changes what the worker is asked (the language too:
        // the worker words the report), which asks for a new diagnosis.
        let input_changed = !matches!(action, Action::Diagnosed(_));
        // The admin's own input leaves the example state: the example's date, store and roots
        // are the example's, never the admin's.
        let own = |s: State| if s.example.is_some() { State { example: None, ..s.defaults() } } else { s };
        let mut next = match action {
            Action::SetText(text, pasted) => {
                let focus_result = s.focus_result + u32::from(pasted);
                State { text, focus_result, ..own(s) }
            }
            Action::AddFiles(new) => {
                let s = own(s);
                State { files: s.files.iter().cloned().chain(new.into_iter().map(Rc::new)).collect(), focus_result: s.focus_result + 1, ..s }
            }
            Action::RemoveFile(i) => State { files: s.files.iter().enumerate().filter(|(n, _)| *n != i).map(|(_, f)| f.clone()).collect(), ..s },
            Action::SetDate(date) => State { date, ..s },
            Action::SetName(name) => State { name, ..s },
            Action::SetStore(store) => State { store, ..s },
            Action::SetRoots(roots) => State { roots, ..s },
            Action::SetPublicRoots(public_roots) => State { public_roots, ..s },
            Action::SetNext(next) => State { next, ..s },
            Action::SetLang(lang) => State { lang, ..s },
            Action::LoadExample(e) => State {
                text: Rc::from(e.text),
                files: Vec::new(),
                date: evaluation_time(s.now, e.date).map(format_minute).unwrap_or_else(|| s.date.clone()),
                name: Rc::from(""),
                max_depth: None,
                store: e.store,
                roots: Rc::from(e.roots),
                public_roots: Rc::from(e.public_roots),
                next: Rc::from(""),
                link_error: None,
                example: Some(e),
                focus_result: s.focus_result + 1,
                ..s
            },
            Action::Restore(Ok(Some(shared))) => {
                let files = shared
                    .files
                    .iter()
                    .map(|(name, b64)| Rc::new(Source::bytes(name.clone(), base64::engine::general_purpose::STANDARD.decode(b64).unwrap_or_default())))
                    .collect();
                let date = evaluation_time(s.now, &shared.date).map(format_minute).unwrap_or_else(|| s.date.clone());
                State { text: Rc::from(shared.text), files, date, name: Rc::from(shared.name), max_depth: shared.max_depth, store: shared.store, roots: Rc::from(shared.roots), public_roots: Rc::from(shared.public_roots), next: Rc::from(shared.next), link_error: None, lang: shared.lang.unwrap_or(s.lang), example: None, ..s }
            }
            Action::Restore(Ok(None)) => return self,
            Action::Restore(Err(error)) => State { link_error: Some(error), ..s },
            Action::Clear => State { text: Rc::from(""), files: Vec::new(), next: Rc::from(""), link_error: None, example: None, ..s.defaults() },
            Action::Diagnosed(d) => {
                let Diagnosed { report, diagnosis, took_ms, .. } = *d;
                State { report: Rc::new(report), diagnosis: Rc::new(diagnosis), took_ms, focus_answered: s.focus_result, ..s }
            }
        };
        next.input_version += input_changed as u64;
        Rc::new(next)
    }
}
