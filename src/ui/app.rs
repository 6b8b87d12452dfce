//! The page: input on top, then the summary line, findings, transcripts and certificates.

use yew::prelude::*;

use super::certificate_card::CertificateCard;
use super::chain_view::ChainView;
use super::findings_list::FindingsList;
use super::forced_tls::ForcedTls;
use super::handshake_card::HandshakeCard;
use super::input_panel::InputPanel;
use super::gallery::Gallery;
use super::rollover_view::RolloverView;
use super::state::{Action, State};
use super::toolbar::Toolbar;
use super::worker::{Diagnoser, DEBOUNCE_MS};
use super::worksheet_view::WorksheetView;

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State::new(super::now()));
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
        use_effect_with(state.input_version, move |_| diagnoser.request(state.input(), crate::i18n::Lang::En));
    }
    // A share link carries its input in the fragment; restore it once, on load.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            dispatch.dispatch(Action::Restore(crate::share::decode(&hash).map_err(|e| e.to_string())));
        });
    }
    html! {
        <>
            <header>
                <h1>{ "forcetls" }</h1>
                <p class="tagline">{ "Will forced TLS between two mail systems work? Paste certificates or drop files; everything stays in your browser." }</p>
            </header>
            <main>
                if let Some(error) = &state.link_error { <p id="link-error" class="panel error" role="alert">{ error.clone() }</p> }
                <Gallery dispatch={dispatch.clone()} />
                <InputPanel text={state.text.clone()} files={state.files.clone()} date={state.date.clone()} name={state.name.clone()} store={state.store} roots={state.roots.clone()} public_roots={state.public_roots.clone()} dispatch={dispatch.clone()} />
                <RolloverView next={state.next.clone()} rows={report.rollover.clone()} dispatch={dispatch.clone()} />
                <Toolbar state={std::rc::Rc::new((*state).clone())} />
                <section class="results" aria-live="polite">
                    <p id="summary" class="summary">{ &report.summary_line }</p>
                    <p id="evaluated" class="evaluated" data-took-ms={format!("{:.1}", state.took_ms)}>
                        { format!("Evaluated on {} at {} UTC", report.evaluated_on, state.diagnosis.evaluated_at.get(11..16).unwrap_or_default()) }
                        if state.took_ms >= 50.0 { { format!(" · diagnosed in {:.0} ms", state.took_ms) } }
                    </p>
                    <p id="trust-store" class="evaluated">{ format!("Trust store: {}", report.trust_store) }</p>
                    <ForcedTls directions={report.directions.clone()} connectors={report.connectors.clone()} exchange_online={report.exchange_online.clone()} />
                    <div id="chains">
                        { for report.chains.iter().map(|c| html! { <ChainView key={c.index} view={c.clone()} /> }) }
                    </div>
                    <FindingsList findings={report.findings.clone()} />
                    <WorksheetView view={report.worksheet.clone()} />
                    { for report.handshakes.iter().cloned().map(|h| html! { <HandshakeCard view={h} /> }) }
                    <div id="certificates">
                        { for report.certificates.iter().map(|c| html! { <CertificateCard key={c.index} view={c.clone()} /> }) }
                    </div>
                </section>
            </main>
            <footer>{ "forcetls runs entirely in this page: nothing you paste is uploaded." }</footer>
        </>
    }
}
