//! The page: input on top, then the summary line, findings, transcripts and certificates.

use yew::prelude::*;

use crate::w;

use super::certificate_card::CertificateCard;
use super::collect_panel::CollectPanel;
use super::example_banner::ExampleBanner;
use super::ndr_card::NdrCard;
use super::result_bar::ResultBar;
use super::chain_view::ChainView;
use super::findings_list::FindingsList;
use super::forced_tls::ForcedTls;
use super::handshake_card::HandshakeCard;
use super::input_panel::InputPanel;
use super::lang::LanguageSwitch;
use super::gallery::Gallery;
use super::rollover_view::RolloverView;
use super::state::{Action, State};
use super::toolbar::Toolbar;
use super::worker::{Diagnoser, DEBOUNCE_MS};
use super::worksheet_view::WorksheetView;

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State { lang: super::lang::initial(), ..State::new(super::now()) });
    let report = state.report.clone();
    let dispatch = state.dispatcher();
    // The core runs in the diagnosis worker: every change of the input is a request to it, and its
    // answer to the newest request becomes the report (ui/worker.rs).
    let diagnoser = {
        let dispatch = dispatch.clone();
        use_memo((), move |_| Diagnoser::new(DEBOUNCE_MS, move |d| dispatch.dispatch(Action::Diagnosed(Box::new(d)))))
    };
    {
        let (diagnoser, state) = (diagnoser.clone(), state.clone());
        use_effect_with(state.input_version, move |_| {
            let lang = state.lang;
            diagnoser.request(move || state.input(), lang)
        });
    }
    // A share link carries its input in the fragment; restore it once, on load. Its language
    // counts unless the URL names one (`?lang=`).
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let location = gloo::utils::window().location();
            let hash = location.hash().unwrap_or_default();
            dispatch.dispatch(Action::Restore(crate::share::decode(&hash)));
            if let Some(lang) = location.search().ok().as_deref().and_then(super::lang::from_query) {
                dispatch.dispatch(Action::SetLang(lang));
            }
        });
    }
    // After an example, a paste or a drop, the answer takes focus and scrolls into view once the
    // worker's report for it has arrived (`focus_answered`; replies to older requests are dropped).
    use_effect_with(state.focus_answered, |n| {
        if *n > 0 {
            super::toolbar::focus("result-heading");
            if let Some(e) = gloo::utils::document().get_element_by_id("result") {
                e.scroll_into_view();
            }
        }
    });
    // The document follows the language once its words are there: <html lang>, the title, ?lang=
    // in the URL. A language the page does not carry is loaded first, then worded again.
    {
        let d = dispatch.clone();
        let retry = Callback::from(move |lang| d.dispatch(Action::SetLang(lang)));
        use_effect_with((state.lang, crate::i18n::available(state.lang)), move |(lang, _)| super::lang::show(*lang, retry));
    }
    let words = crate::i18n::ui(state.lang);
    let d = dispatch.clone();
    let onlang = Callback::from(move |lang| d.dispatch(Action::SetLang(lang)));
    html! {
        // The context is the language whose words are there: English until another's are loaded, so
        // every component is worded again once they are (the worker's report may come first).
        <ContextProvider<crate::i18n::Lang> context={if crate::i18n::available(state.lang) { state.lang } else { crate::i18n::Lang::En }}>
            <a class="skip-link" href="#result">{ w!(words, "skip-link") }</a>
            <header>
                <h1>{ "forcetls" }</h1>
                <LanguageSwitch lang={state.lang} onchange={onlang} />
                <p class="tagline">{ w!(words, "tagline") }</p>
            </header>
            <main>
                if let Some(error) = &state.link_error { <p id="link-error" class="panel error" role="alert">{ super::toolbar::share_error(words, error) }</p> }
                <InputPanel text={state.text.clone()} files={state.files.clone()} date={state.date.clone()} name={state.name.clone()} store={state.store} roots={state.roots.clone()} public_roots={state.public_roots.clone()} dispatch={dispatch.clone()} />
                <ResultBar lines={report.results.clone()} summary={report.summary_line.clone()} empty={state.text.trim().is_empty() && state.files.is_empty()} />
                if let Some(example) = state.example { <ExampleBanner {example} date={report.evaluated_on.clone()} dispatch={dispatch.clone()} /> }
                <Gallery dispatch={dispatch.clone()} />
                <CollectPanel />
                <RolloverView next={state.next.clone()} rows={report.rollover.clone()} dispatch={dispatch.clone()} />
                <Toolbar state={std::rc::Rc::new((*state).clone())} />
                <section class="results" aria-label={w!(words, "details-region")}>
                    <p id="evaluated" class="evaluated" data-at={state.diagnosis.evaluated_at.clone()} data-took-ms={format!("{:.1}", state.took_ms)}>
                        { w!(words, "evaluated", date = &report.evaluated_on, time = state.diagnosis.evaluated_at.get(11..16).unwrap_or_default()) }
                        if state.took_ms >= 50.0 { { w!(words, "diagnosed-in", ms = state.took_ms.round() as i64) } }
                    </p>
                    <p id="trust-store" class="evaluated">{ w!(words, "trust-store", store = &report.trust_store) }</p>
                    if !report.ndrs.is_empty() {
                        <section id="ndrs" data-key="ndrs">
                            <h2>{ w!(words, "ndrs-heading") }</h2>
                            { for report.ndrs.iter().map(|n| html! { <NdrCard key={n.index} view={n.clone()} /> }) }
                        </section>
                    }
                    <ForcedTls directions={report.directions.clone()} connectors={report.connectors.clone()} exchange_online={report.exchange_online.clone()} />
                    <div id="chains">
                        if !report.chains.is_empty() { <h2>{ w!(words, "chains-heading") }</h2> }
                        { for report.chains.iter().map(|c| html! { <ChainView key={c.index} view={c.clone()} /> }) }
                    </div>
                    <FindingsList findings={report.findings.clone()} />
                    <WorksheetView view={report.worksheet.clone()} />
                    if !report.handshakes.is_empty() { <h2>{ w!(words, "handshakes-heading") }</h2> }
                    { for report.handshakes.iter().cloned().map(|h| html! { <HandshakeCard view={h} /> }) }
                    <div id="certificates">
                        if !report.certificates.is_empty() { <h2>{ w!(words, "certificates-heading") }</h2> }
                        { for report.certificates.iter().map(|c| html! { <CertificateCard key={c.index} view={c.clone()} /> }) }
                    </div>
                </section>
            </main>
            <footer>{ w!(words, "footer") }</footer>
        </ContextProvider<crate::i18n::Lang>>
    }
}
