//! The forced-TLS view: our side (Exchange Online) and their side in two columns, and between
//! them the verdict for each mail-flow direction with the error Exchange would report and the fix.

use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::connectors::verdict::DirectionId;
use crate::i18n::Words;
use crate::report::{ConnectorSide, ConnectorView, DirectionView};
use crate::w;

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

fn arrow(words: &Words, id: DirectionId) -> String {
    w!(words, &format!("arrow-{}", id.as_str()))
}

fn connector_card(words: &Words, c: &ConnectorView) -> Html {
    html! {
        <section class="connector" data-index={c.index.to_string()} data-side={c.side.as_str()}>
            <h4>{ &c.name }</h4>
            <p class="kind">{ &c.kind }</p>
            { super::rows::rows(None, &c.rows) }
            if !c.other.is_empty() {
                <details class="other">
                    <summary>{ w!(words, "other-properties", count = c.other.len()) }</summary>
                    <dl>{ for c.other.iter().map(|(k, v)| html! { <><dt>{ k.clone() }</dt><dd>{ v.clone() }</dd></> }) }</dl>
                </details>
            }
        </section>
    }
}

/// The forced-TLS section; nothing when no connector was pasted.
#[function_component(ForcedTls)]
pub fn forced_tls(props: &ForcedTlsProps) -> Html {
    let words = super::lang::use_words();
    if props.connectors.is_empty() {
        return html! {};
    }
    let side = |s: ConnectorSide| props.connectors.iter().filter(|c| c.side == s).map(|c| connector_card(words, c)).collect::<Html>();
    html! {
        <section id="forced-tls" data-key="forced-tls">
            <h2>{ w!(words, "forced-tls-heading") }</h2>
            <ol id="directions">
                { for props.directions.iter().map(|d| html! {
                    <li class={classes!("direction", d.outcome.as_str())} data-direction={d.id.as_str()} data-outcome={d.outcome.as_str()}>
                        <span class="arrow">{ arrow(words, d.id) }</span>
                        <strong class="outcome">{ &d.outcome_text }</strong>
                        <span class="title">{ &d.title }</span>
                        if let Some(c) = &d.certificate { <span class="judged">{ w!(words, "certificate-judged", certificate = c) }</span> }
                        if let Some(e) = &d.exchange_error { <code class="exchange-error">{ e }</code> }
                        // The rule's page comes from forcetls's own table, never from input.
                        if let Some(r) = &d.reference { <a class="rule" href={r.clone()} target="_blank" rel="noopener noreferrer">{ w!(words, "rule-link") }</a> }
                        if !d.fixes.is_empty() {
                            <pre class="fixes">{ d.fixes.join("\n") }</pre>
                            <CopyButton text={AttrValue::from(d.fixes.join("\n"))} />
                        }
                        { for d.fix_notes.iter().map(|n| html! { <p class="fix-note">{ n.clone() }</p> }) }
                    </li>
                }) }
            </ol>
            <p class="exo-cert">{ &props.exchange_online }</p>
            <div class="sides">
                <div class="side" data-key="exchange-online"><h3>{ w!(words, "side-exchange-online") }</h3>{ side(ConnectorSide::ExchangeOnline) }</div>
                <div class="side" data-key="peer"><h3>{ w!(words, "side-peer") }</h3>{ side(ConnectorSide::Peer) }</div>
            </div>
        </section>
    }
}
