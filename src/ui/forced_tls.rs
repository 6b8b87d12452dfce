//! The forced-TLS view: our side (Exchange Online) and their side in two columns, and between
//! them the verdict for each mail-flow direction with the error Exchange would report and the fix.

use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::connectors::verdict::DirectionId;
use crate::report::{ConnectorSide, ConnectorView, DirectionView};

/// Props for [`ForcedTls`].
#[derive(Properties, PartialEq)]
pub struct ForcedTlsProps {
    /// Verdicts per direction.
    pub directions: Vec<DirectionView>,
    /// Connectors.
    pub connectors: Vec<ConnectorView>,
    /// Exchange Online's certificate at the date, in words.
    pub exchange_online: String,
}

fn arrow(id: DirectionId) -> &'static str {
    match id {
        DirectionId::ExoToPeer => "Exchange Online ⟶ their server",
        DirectionId::PeerToExo => "their server ⟶ Exchange Online",
        DirectionId::OnpremTrustsExo => "their server checks Exchange Online's certificate",
    }
}

fn connector_card(c: &ConnectorView) -> Html {
    html! {
        <section class="connector" data-index={c.index.to_string()} data-side={c.side.as_str()}>
            <h4>{ &c.name }</h4>
            <p class="kind">{ &c.kind }</p>
            { super::rows::rows(None, &c.rows) }
            if !c.other.is_empty() {
                <details class="other">
                    <summary>{ format!("All {} other properties", c.other.len()) }</summary>
                    <dl>{ for c.other.iter().map(|(k, v)| html! { <><dt>{ k.clone() }</dt><dd>{ v.clone() }</dd></> }) }</dl>
                </details>
            }
        </section>
    }
}

/// The forced-TLS section; nothing when no connector was pasted.
#[function_component(ForcedTls)]
pub fn forced_tls(props: &ForcedTlsProps) -> Html {
    if props.connectors.is_empty() {
        return html! {};
    }
    let side = |s: ConnectorSide| props.connectors.iter().filter(|c| c.side == s).map(connector_card).collect::<Html>();
    html! {
        <section id="forced-tls">
            <h2>{ "Forced TLS, direction by direction" }</h2>
            <ol id="directions">
                { for props.directions.iter().map(|d| html! {
                    <li class={classes!("direction", d.outcome.as_str())} data-direction={d.id.as_str()} data-outcome={d.outcome.as_str()}>
                        <span class="arrow">{ arrow(d.id) }</span>
                        <strong class="outcome">{ &d.outcome_text }</strong>
                        <span class="title">{ &d.title }</span>
                        if let Some(c) = &d.certificate { <span class="judged">{ format!("Certificate judged: {c}") }</span> }
                        if let Some(e) = &d.exchange_error { <code class="exchange-error">{ e }</code> }
                        // The rule's page comes from forcetls's own table, never from input.
                        if let Some(r) = &d.reference { <a class="rule" href={r.clone()} target="_blank" rel="noopener noreferrer">{ "The rule behind this verdict (Microsoft)" }</a> }
                        if !d.fixes.is_empty() {
                            <pre class="fixes">{ d.fixes.join("\n") }</pre>
                            <CopyButton text={AttrValue::from(d.fixes.join("\n"))} />
                        }
                    </li>
                }) }
            </ol>
            <p class="exo-cert">{ &props.exchange_online }</p>
            <div class="sides">
                <div class="side"><h3>{ "Exchange Online (our tenant)" }</h3>{ side(ConnectorSide::ExchangeOnline) }</div>
                <div class="side"><h3>{ "Their side (on-premises Exchange or partner)" }</h3>{ side(ConnectorSide::Peer) }</div>
            </div>
        </section>
    }
}
