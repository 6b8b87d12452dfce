//! How to collect the input: copyable PowerShell for each export (connectors, certificates), and
//! the .NET STARTTLS probe that prints a server's chain as PEM, with the host typed here quoted by
//! `crate::collect` (through `crate::quote`).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::collect::{self, Snippet};
use crate::w;

/// The panel (collapsed until opened).
#[function_component(CollectPanel)]
pub fn collect_panel() -> Html {
    let words = super::lang::use_words();
    let host = use_state(String::new);
    let h = host.clone();
    let oninput = Callback::from(move |e: InputEvent| h.set(e.target_unchecked_into::<HtmlInputElement>().value()));
    let snippet = |s: Snippet| {
        let label = w!(words, &format!("collect-{}", s.key));
        html! {
            <div class="collect-item" data-key={s.key}>
                <h3>{ label.clone() }</h3>
                <pre id={format!("collect-{}", s.key)}>{ s.script }</pre>
                <CopyButton text={AttrValue::Static(s.script)} label={AttrValue::from(w!(words, "copy-named", what = label))} />
            </div>
        }
    };
    let probe = if host.trim().is_empty() { Ok(collect::PROBE_FUNCTION.to_string()) } else { collect::probe_script(host.trim()) };
    html! {
        <details id="collect" class="collect">
            <summary>{ w!(words, "collect-summary") }</summary>
            { snippet(collect::EXO_CONNECTORS) }
            { snippet(collect::EXO_CONNECTORS_JSON) }
            { snippet(collect::SERVER_CONNECTORS) }
            { snippet(collect::SERVER_CERTIFICATES) }
            <div class="collect-item" data-key="probe">
                <h3>{ w!(words, "collect-probe") }</h3>
                <p class="note">{ w!(words, "collect-probe-note") }</p>
                <label for="probe-host">{ w!(words, "collect-probe-host") }</label>
                <input id="probe-host" type="text" spellcheck="false" autocomplete="off" value={(*host).clone()} {oninput} />
                { match probe {
                    Ok(script) => html! {
                        <>
                            <pre id="collect-probe">{ script.clone() }</pre>
                            <CopyButton text={AttrValue::from(script)} label={AttrValue::from(w!(words, "copy-probe"))} />
                        </>
                    },
                    Err(_) => html! { <p id="probe-host-refused" class="error" role="alert">{ w!(words, "collect-probe-refused") }</p> },
                } }
            </div>
        </details>
    }
}
