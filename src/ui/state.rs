//! The app's one piece of state and the actions that change it.

use std::rc::Rc;

use yew::Reducible;

use crate::civil_time::{format_date, on_date};
use crate::report::{explain, Report};
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
    /// Everything was cleared.
    Clear,
}

impl State {
    /// The initial state: nothing pasted, evaluated now.
    pub fn new(now: i64) -> Self {
        Self::with(Rc::from(""), Vec::new(), format_date(now), now)
    }

    fn with(text: Rc<str>, files: Vec<Rc<Source>>, date: String, now: i64) -> Self {
        let evaluated_at = on_date(now, &date).unwrap_or(now);
        let mut sources = Vec::with_capacity(files.len() + 1);
        if !text.trim().is_empty() {
            sources.push(Source::text("pasted text", text.to_string()));
        }
        sources.extend(files.iter().map(|f| (**f).clone()));
        let started = js_sys::Date::now();
        let report = Rc::new(explain(&diagnose(&Input { sources, evaluated_at })));
        let took_ms = js_sys::Date::now() - started;
        State { text, files, date, now, report, took_ms }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let s = &*self;
        Rc::new(match action {
            Action::SetText(text) => Self::with(text, s.files.clone(), s.date.clone(), s.now),
            Action::AddFiles(new) => {
                let files = s.files.iter().cloned().chain(new.into_iter().map(Rc::new)).collect();
                Self::with(s.text.clone(), files, s.date.clone(), s.now)
            }
            Action::RemoveFile(i) => {
                let files = s.files.iter().enumerate().filter(|(n, _)| *n != i).map(|(_, f)| f.clone()).collect();
                Self::with(s.text.clone(), files, s.date.clone(), s.now)
            }
            Action::SetDate(date) => Self::with(s.text.clone(), s.files.clone(), date, s.now),
            Action::Clear => Self::with(Rc::from(""), Vec::new(), format_date(s.now), s.now),
        })
    }
}
