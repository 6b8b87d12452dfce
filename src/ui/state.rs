//! The app's one piece of state and the actions that change it.

use std::rc::Rc;

use yew::Reducible;

use crate::civil_time::{format_date, on_date};
use crate::model::TrustOptions;
use crate::report::{explain, Report};
use crate::trust::StoreChoice;
use crate::{diagnose, Input, Source};

/// Everything the user supplied, plus the report the core made from it.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The paste box's text.
    pub text: Rc<str>,
    /// Dropped or picked files, in the order given.
    pub files: Vec<Rc<Source>>,
    /// The evaluation date as `YYYY-MM-DD`.
    pub date: String,
    /// The validating side's built-in root store.
    pub store: StoreChoice,
    /// Roots the user chose to trust, as pasted.
    pub roots: Rc<str>,
    /// The clock reading the date is applied to.
    pub now: i64,
    /// The core's report for the above.
    pub report: Rc<Report>,
    /// How long the last diagnosis took, in milliseconds (shown for large inputs).
    pub took_ms: f64,
}

/// What the user can do.
pub enum Action {
    /// The paste box changed.
    SetText(Rc<str>),
    /// Files were dropped or picked.
    AddFiles(Vec<Source>),
    /// A file's remove button was pressed.
    RemoveFile(usize),
    /// The evaluation date changed.
    SetDate(String),
    /// The trust store choice changed.
    SetStore(StoreChoice),
    /// The "roots to trust" box changed.
    SetRoots(Rc<str>),
    /// Everything was cleared.
    Clear,
}

impl State {
    /// The initial state: nothing pasted, evaluated now.
    pub fn new(now: i64) -> Self {
        State { text: Rc::from(""), files: Vec::new(), date: format_date(now), store: StoreChoice::default(), roots: Rc::from(""), now, report: Rc::new(Report::empty()), took_ms: 0.0 }.rediagnosed()
    }

    /// The same input, diagnosed again.
    fn rediagnosed(self) -> Self {
        let evaluated_at = on_date(self.now, &self.date).unwrap_or(self.now);
        let mut sources = Vec::with_capacity(self.files.len() + 1);
        if !self.text.trim().is_empty() {
            sources.push(Source::text("pasted text", self.text.to_string()));
        }
        sources.extend(self.files.iter().map(|f| (**f).clone()));
        let roots = if self.roots.trim().is_empty() { Vec::new() } else { vec![Source::text("roots to trust", self.roots.to_string())] };
        let started = js_sys::Date::now();
        let input = Input { sources, evaluated_at, trust: TrustOptions { store: self.store, roots, public_roots: Vec::new() }, next: Vec::new() };
        let report = Rc::new(explain(&diagnose(&input)));
        State { report, took_ms: js_sys::Date::now() - started, ..self }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let s = (*self).clone();
        Rc::new(
            match action {
                Action::SetText(text) => State { text, ..s },
                Action::AddFiles(new) => State { files: s.files.iter().cloned().chain(new.into_iter().map(Rc::new)).collect(), ..s },
                Action::RemoveFile(i) => State { files: s.files.iter().enumerate().filter(|(n, _)| *n != i).map(|(_, f)| f.clone()).collect(), ..s },
                Action::SetDate(date) => State { date, ..s },
                Action::SetStore(store) => State { store, ..s },
                Action::SetRoots(roots) => State { roots, ..s },
                Action::Clear => State { text: Rc::from(""), files: Vec::new(), date: format_date(s.now), roots: Rc::from(""), ..s },
            }
            .rediagnosed(),
        )
    }
}
