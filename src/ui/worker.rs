//! The page's end of the diagnosis worker (`crate::worker`): the page never runs the core itself.
//!
//! [`Diagnoser::request`] is called on every input change. Requests are debounced ([`DEBOUNCE_MS`];
//! the first change after [`QUIET_MS`] without any goes at once, so a paste is diagnosed without delay),
//! each carries a generation number, and only the reply to the newest request is handed on; older
//! replies are dropped. While the worker is busy the newest request waits (older waiting ones are
//! replaced); when the worker has been busy for longer than [`RESTART_AFTER_MS`] (a huge paste, a
//! hostile mesh), it is terminated and a fresh one takes the newest request instead, so typing never
//! waits for a diagnosis nobody wants any more. A panic in the worker (or a worker that failed to
//! load) becomes a message in the page's `#panic` banner and a fresh worker. A request that gets no
//! answer within [`STALL_MS`] is never waited on in silence: the page says so, logs what the
//! worker last did, and asks a fresh worker again (at most [`MAX_FAILURES`] times in a row).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::i18n::Lang;
use crate::model::Input;
use crate::report::Report;
use crate::worker::clock::now;
use crate::worker::protocol::{Done, Facts, Reply, Request, Stages};

/// The worker's loader, next to the page (`src/worker/forcetls-worker_loader.js`, copied as it is).
const WORKER_URL: &str = "./forcetls-worker_loader.js";
/// Input changes within this many milliseconds make one request.
pub const DEBOUNCE_MS: u32 = 120;
/// A request this long after the previous one goes at once (a paste after a pause); requests closer
/// together are debounced (typing).
pub const QUIET_MS: f64 = 1000.0;
/// A diagnosis running longer than this is abandoned when a newer request arrives.
pub const RESTART_AFTER_MS: f64 = 400.0;
/// Workers that fail one after another before the page stops starting new ones; also the most
/// requests in a row that go unanswered before the page stops asking again.
const MAX_FAILURES: u32 = 3;
/// A request unanswered for this long has stalled: the page says so and asks a fresh worker. Every
/// diagnosis is bounded by its budgets (`crate::budget`): the slowest inputs the e2e tests measure
/// (a 5 MB paste, a 91-CA mesh) are answered in under 0.5 s, so this is 20 times that.
pub const STALL_MS: u32 = 10_000;
/// How many of the worker's recent events are kept for the log of a stall.
const EVENTS: usize = 16;

/// Sources from this size on are transferred to the worker, smaller ones copied.
const TRANSFER_FROM: usize = 64 * 1024;

/// The message for a request: `{ request: Uint8Array (Request::to_bytes), generation, bytes: Uint8Array[] }`,
/// and the buffers to transfer.
fn message(generation: u64, lang: Lang, input: Input) -> (JsValue, Array) {
    let (request, bytes) = Request::new(generation, lang, input);
    let message = Object::new();
    let buffers = Array::new();
    let transfer = Array::new();
    for b in bytes {
        let array = Uint8Array::from(b.as_slice());
        // A big source's buffer is moved to the worker instead of copied; a small one is copied,
        // which costs less than a transfer.
        if b.len() >= TRANSFER_FROM {
            transfer.push(&array.buffer());
        }
        buffers.push(&array);
    }
    let _ = Reflect::set(&message, &"request".into(), &Uint8Array::from(request.to_bytes().unwrap_or_default().as_slice()));
    let _ = Reflect::set(&message, &"generation".into(), &(generation as f64).into());
    let _ = Reflect::set(&message, &"bytes".into(), &buffers);
    (message.into(), transfer)
}

/// A diagnosis made in the page itself, instead of by a worker: `(report, diagnosis)`.
pub type InPage = fn(Input, Lang) -> (Report, Facts);

thread_local! {
    static IN_PAGE: std::cell::Cell<Option<InPage>> = const { std::cell::Cell::new(None) };
}

/// Makes every [`Diagnoser`] created afterwards diagnose in the page with `diagnose` instead of
/// starting a worker. For the wasm-bindgen tests, whose runner serves no worker files. The page's
/// binary never calls it, so the core is linked only into the worker's binary (and the tests).
pub fn diagnose_in_page(diagnose: InPage) {
    IN_PAGE.set(Some(diagnose));
}

/// A finished diagnosis, as the page uses it.
pub struct Diagnosed {
    /// The report, worded in the request's language.
    pub report: Report,
    /// The diagnosis's JSON export and the facts the page reads (share warning, benchmark).
    pub diagnosis: Facts,
    /// Milliseconds from sending the request to the reply (what the user waited, debounce excluded).
    pub took_ms: f64,
    /// Where the worker's time went (zero when the diagnosis ran in the page).
    pub stages: Stages,
}

/// The page's handle on the worker. Its times are `performance.now()` milliseconds
/// (`crate::worker::clock`): monotonic, and fine enough to time a 1 ms answer, which `Date.now()`'s
/// whole milliseconds timed as 0 or 2.
#[derive(Clone)]
pub struct Diagnoser(Rc<RefCell<Inner>>);

/// What makes the newest request's input again, for a fresh worker after a stall.
type Make = Rc<dyn Fn() -> Input>;

struct Inner {
    worker: Option<Worker>,
    handlers: Vec<JsValue>,
    ready: bool,
    failures: u32,
    /// Requests in a row that went unanswered for [`STALL_MS`].
    stalls: u32,
    latest: u64,
    /// The newest request: its generation, language and input.
    newest: Option<(u64, Lang, Make)>,
    in_flight: Option<(u64, f64)>,
    waiting: Option<(u64, JsValue, Array)>,
    debounce: Option<Timeout>,
    /// The watchdog's callback ([`Diagnoser::watch`]), made once and kept: a timer made and cleared
    /// per request (gloo's `Timeout`) cost the page 1.5 ms per answer in Chromium (the browser
    /// benchmark's chain went from 2.0 to 3.5 ms).
    watchdog: Option<Closure<dyn FnMut()>>,
    /// Whether the watchdog's timer is set. One is set at a time, when a request is posted and none is.
    watchdog_set: bool,
    debounce_ms: u32,
    last_request: f64,
    /// The worker's recent events, oldest first, for the log of a stall.
    events: VecDeque<(f64, Event)>,
    on_done: Rc<dyn Fn(Diagnosed)>,
    in_page: Option<InPage>,
}

/// Something that happened between the page and its worker.
#[derive(Clone, Copy)]
enum Event {
    Spawned,
    Ready,
    Posted(u64),
    Answered(u64),
    Failed,
    Stalled(u64),
}

impl Event {
    /// The event for the log, e.g. `posted 3` (written with `Display` only: `Debug` formatting
    /// would add its escaping tables to the page's first view).
    fn describe(self) -> String {
        let (what, generation) = match self {
            Event::Spawned => ("spawned", None),
            Event::Ready => ("ready", None),
            Event::Posted(g) => ("posted", Some(g)),
            Event::Answered(g) => ("answered", Some(g)),
            Event::Failed => ("failed", None),
            Event::Stalled(g) => ("stalled", Some(g)),
        };
        generation.map_or_else(|| what.to_string(), |g| format!("{what} {g}"))
    }
}

impl Inner {
    /// Sets the watchdog's timer to fire in `ms` milliseconds, unless it is set already.
    fn set_watchdog(&mut self, ms: u32) {
        if self.watchdog_set {
            return;
        }
        if let Some(watch) = &self.watchdog {
            let timeout = i32::try_from(ms).unwrap_or(i32::MAX);
            self.watchdog_set = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(watch.as_ref().unchecked_ref(), timeout).is_ok();
        }
    }

    /// Notes an event, forgetting the oldest beyond [`EVENTS`].
    fn note(&mut self, event: Event) {
        if self.events.len() == EVENTS {
            self.events.pop_front();
        }
        self.events.push_back((now(), event));
    }

    /// The state and recent events, for the console: what a stalled page was waiting for.
    fn describe(&self) -> String {
        let now = now();
        let ago = |at: f64| (now - at).round() as i64;
        let events: Vec<String> = self.events.iter().map(|(at, e)| format!("{} {} ms ago", e.describe(), ago(*at))).collect();
        let in_flight = self.in_flight.map_or_else(|| "none".to_string(), |(g, at)| format!("{g} for {} ms", ago(at)));
        let waiting = self.waiting.as_ref().map_or_else(|| "none".to_string(), |(g, ..)| g.to_string());
        format!(
            "latest request {}, in flight {in_flight}, waiting {waiting}, worker {}, ready {}, failures {}, stalls {}; recent events: {}",
            self.latest,
            if self.worker.is_some() { "running" } else { "none" },
            self.ready,
            self.failures,
            self.stalls,
            events.join(", ")
        )
    }
}

impl PartialEq for Diagnoser {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Diagnoser {
    /// Starts a worker; `on_done` receives the reply to the newest request.
    pub fn new(debounce_ms: u32, on_done: impl Fn(Diagnosed) + 'static) -> Self {
        let in_page = IN_PAGE.get();
        let inner = Inner {
            worker: None,
            handlers: Vec::new(),
            ready: false,
            failures: 0,
            stalls: 0,
            latest: 0,
            newest: None,
            in_flight: None,
            waiting: None,
            debounce: None,
            watchdog: None,
            watchdog_set: false,
            debounce_ms,
            last_request: f64::NEG_INFINITY,
            events: VecDeque::with_capacity(EVENTS),
            on_done: Rc::new(on_done),
            in_page,
        };
        let diagnoser = Diagnoser(Rc::new(RefCell::new(inner)));
        let weak = Rc::downgrade(&diagnoser.0);
        diagnoser.0.borrow_mut().watchdog = Some(Closure::new(move || {
            if let Some(inner) = weak.upgrade() {
                Diagnoser(inner).watch();
            }
        }));
        if in_page.is_none() {
            diagnoser.spawn();
        }
        diagnoser
    }

    /// Asks for a diagnosis of the input `make` returns, worded in `lang`; it replaces every earlier
    /// request. The first request after [`QUIET_MS`] without any goes at once (a paste is diagnosed
    /// without delay); one that follows another sooner waits until the input has settled for the debounce. `make`
    /// runs only when the request is sent, so typing in a 5 MB paste does not copy it per keystroke
    /// (and again only if the request stalls and a fresh worker is asked).
    pub fn request(&self, make: impl Fn() -> Input + 'static, lang: Lang) {
        let make: Make = Rc::new(make);
        let (generation, delay) = {
            let mut inner = self.0.borrow_mut();
            inner.latest += 1;
            inner.newest = Some((inner.latest, lang, make.clone()));
            let now = now();
            let quiet = now - inner.last_request >= QUIET_MS;
            inner.last_request = now;
            (inner.latest, if quiet { 0 } else { inner.debounce_ms })
        };
        let weak = Rc::downgrade(&self.0);
        let run = move || {
            let Some(inner) = weak.upgrade() else { return };
            if inner.borrow().latest != generation {
                return;
            }
            let in_page = inner.borrow().in_page;
            match in_page {
                Some(diagnose) => {
                    let started = now();
                    let (report, diagnosis) = diagnose(make(), lang);
                    let on_done = inner.borrow().on_done.clone();
                    if inner.borrow().latest == generation {
                        on_done(Diagnosed { report, diagnosis, took_ms: now() - started, stages: Stages::default() });
                    }
                }
                None => {
                    let (message, transfer) = message(generation, lang, make());
                    Diagnoser(inner).send(generation, message, transfer);
                }
            }
        };
        if delay == 0 {
            self.0.borrow_mut().debounce = None;
            run();
        } else {
            // Dropping the previous timeout cancels it.
            self.0.borrow_mut().debounce = Some(Timeout::new(delay, run));
        }
    }

    fn send(&self, generation: u64, message: JsValue, transfer: Array) {
        let restart = {
            let mut inner = self.0.borrow_mut();
            if generation != inner.latest {
                return;
            }
            inner.waiting = Some((generation, message, transfer));
            inner.in_flight.is_some_and(|(_, since)| now() - since > RESTART_AFTER_MS)
        };
        if restart {
            self.spawn();
        } else {
            self.flush();
        }
    }

    /// Posts the waiting request if the worker is ready and idle.
    fn flush(&self) {
        let mut inner = self.0.borrow_mut();
        if !inner.ready || inner.in_flight.is_some() {
            return;
        }
        let Some((generation, message, transfer)) = inner.waiting.take() else { return };
        if generation != inner.latest {
            return;
        }
        if let Some(worker) = &inner.worker {
            if worker.post_message_with_transfer(&message, &transfer).is_ok() {
                inner.in_flight = Some((generation, now()));
                inner.note(Event::Posted(generation));
                inner.set_watchdog(STALL_MS);
            }
        }
    }

    /// The watchdog's timer fired: a request in flight for [`STALL_MS`] has stalled; one in flight
    /// for less sets the timer again for the rest of its time.
    fn watch(&self) {
        let stalled = {
            let mut inner = self.0.borrow_mut();
            inner.watchdog_set = false;
            let (generation, since) = match inner.in_flight {
                Some(in_flight) => in_flight,
                None => return,
            };
            let waited = now() - since;
            if waited < f64::from(STALL_MS) {
                inner.set_watchdog(STALL_MS - waited as u32);
                return;
            }
            generation
        };
        self.stalled(stalled);
    }

    /// The request `generation` has gone unanswered for [`STALL_MS`]: says so, logs what the worker
    /// last did, and asks a fresh worker for the newest request, unless requests have stalled
    /// [`MAX_FAILURES`] times in a row.
    fn stalled(&self, generation: u64) {
        let again = {
            let mut inner = self.0.borrow_mut();
            if inner.in_flight.map(|(g, _)| g) != Some(generation) {
                return;
            }
            inner.note(Event::Stalled(generation));
            inner.stalls += 1;
            gloo::console::error!(format!("forcetls: no answer from the diagnosis worker in {STALL_MS} ms: {}", inner.describe()));
            inner.stalls <= MAX_FAILURES
        };
        let within = format!("{} s", STALL_MS / 1000);
        super::show_banner(if again { "worker-stalled-banner" } else { "worker-stopped-banner" }, &within);
        if !again {
            // The worker goes, and with it the work it may still be doing; the page asks no more.
            let mut inner = self.0.borrow_mut();
            inner.in_flight = None;
            if let Some(worker) = inner.worker.take() {
                worker.terminate();
            }
            return;
        }
        self.spawn();
        let mut inner = self.0.borrow_mut();
        if inner.waiting.is_none() {
            if let Some((generation, lang, make)) = inner.newest.clone() {
                let (message, transfer) = message(generation, lang, make());
                inner.waiting = Some((generation, message, transfer));
            }
        }
    }

    /// Terminates the current worker, if any, and starts a fresh one.
    fn spawn(&self) {
        let weak = Rc::downgrade(&self.0);
        let mut inner = self.0.borrow_mut();
        if let Some(old) = inner.worker.take() {
            old.terminate();
        }
        inner.handlers.clear();
        inner.ready = false;
        inner.in_flight = None;
        if inner.failures >= MAX_FAILURES {
            gloo::console::error!(format!("forcetls: the diagnosis worker failed {MAX_FAILURES} times in a row; no fresh one is started: {}", inner.describe()));
            return;
        }
        inner.note(Event::Spawned);
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Classic);
        let worker = match Worker::new_with_options(WORKER_URL, &options) {
            Ok(worker) => worker,
            Err(e) => {
                super::show_banner("worker-failure-banner", &format!("the diagnosis worker could not start: {e:?}"));
                return;
            }
        };
        let on_message = Closure::<dyn Fn(MessageEvent)>::new({
            let (weak, from) = (weak.clone(), worker.clone());
            move |event: MessageEvent| {
                if let Some(diagnoser) = current(&weak, &from) {
                    on_message(diagnoser, event);
                }
            }
        });
        let on_error = Closure::<dyn Fn(ErrorEvent)>::new({
            let from = worker.clone();
            move |event: ErrorEvent| {
                event.prevent_default();
                if let Some(diagnoser) = current(&weak, &from) {
                    on_error(diagnoser, event);
                }
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        inner.handlers = vec![on_message.into_js_value(), on_error.into_js_value()];
        inner.worker = Some(worker);
    }
}

/// The diagnoser, if `worker` is still its current worker (a terminated worker's last events are ignored).
fn current(weak: &Weak<RefCell<Inner>>, worker: &Worker) -> Option<Diagnoser> {
    let inner = weak.upgrade()?;
    let is_current = inner.borrow().worker.as_ref().is_some_and(|w| JsValue::from(w) == JsValue::from(worker));
    is_current.then(|| Diagnoser(inner))
}

/// Shows why the diagnosis stopped in the page's `#panic` banner (as text, in the page's language),
/// worded by the ui message `key`, counts the failure and starts a fresh worker.
fn failed(diagnoser: &Diagnoser, key: &str, message: &str) {
    super::show_banner(key, message);
    {
        let mut inner = diagnoser.0.borrow_mut();
        inner.failures += 1;
        inner.note(Event::Failed);
    }
    diagnoser.spawn();
}

fn on_message(diagnoser: Diagnoser, event: MessageEvent) {
    // A diagnosis comes as `{ done, json }`: its postcard bytes (`Done::to_bytes`) and the JSON export
    // beside them as UTF-8 bytes; anything else as JSON text.
    let data = event.data();
    let Some(text) = data.as_string() else {
        let bytes = |name: &str| Reflect::get(&data, &name.into()).ok().and_then(|v| v.dyn_into::<Uint8Array>().ok()).map(|a| a.to_vec());
        match bytes("done").and_then(|b| Done::from_bytes(&b).ok()) {
            Some(done) => on_done(&diagnoser, done, bytes("json").and_then(|j| String::from_utf8(j).ok()).unwrap_or_default()),
            None => {
                diagnoser.0.borrow_mut().in_flight = None;
                gloo::console::error!("forcetls: an unreadable diagnosis from the worker");
            }
        }
        return diagnoser.flush();
    };
    let Ok(reply) = serde_json::from_str::<Reply>(&text) else {
        return gloo::console::error!("forcetls: an unreadable message from the worker");
    };
    match reply {
        Reply::Ready => {
            let mut inner = diagnoser.0.borrow_mut();
            inner.ready = true;
            inner.failures = 0;
            inner.note(Event::Ready);
        }
        Reply::BadRequest { message, .. } => {
            diagnoser.0.borrow_mut().in_flight = None;
            gloo::console::error!(format!("forcetls: the worker could not read a request: {message}"));
        }
        Reply::Panicked { message } => {
            failed(&diagnoser, "worker-failure-banner", &message);
        }
        Reply::LoadFailed { message } => {
            failed(&diagnoser, "worker-load-banner", &message);
        }
    }
    diagnoser.flush();
}

/// Hands a diagnosis with its JSON export to the page, if it answers the newest request.
fn on_done(diagnoser: &Diagnoser, done: Done, json: String) {
    let Done { generation, report, mut diagnosis, stages } = done;
    diagnosis.json = json;
    let (current, sent, on_done) = {
        let mut inner = diagnoser.0.borrow_mut();
        let sent = inner.in_flight.take().map(|(_, at)| at).unwrap_or_else(now);
        inner.stalls = 0;
        inner.note(Event::Answered(generation));
        (generation == inner.latest, sent, inner.on_done.clone())
    };
    if current {
        // A banner from an earlier failure goes once a diagnosis arrives (touching the DOM
        // only then: setting the attribute on every reply cost 0.13 ms of the page's thread).
        if let Some(banner) = gloo::utils::document().get_element_by_id("panic").filter(|b| !b.has_attribute("hidden")) {
            let _ = banner.set_attribute("hidden", "");
        }
        on_done(Diagnosed { report, diagnosis, took_ms: now() - sent, stages });
    }
}

/// A worker that failed to load, or whose module trapped: a message and a fresh worker.
fn on_error(diagnoser: Diagnoser, event: ErrorEvent) {
    failed(&diagnoser, "worker-failure-banner", &format!("the diagnosis worker stopped: {}", event.message()));
}
