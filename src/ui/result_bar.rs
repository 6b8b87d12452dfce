//! The answer first: directly under the input, one line per direction (per chain when there are
//! no connectors, per Exchange error line), coloured and worded, with who must act, each linking
//! to its card. Only the summary line is a live region, so typing does not re-announce the report.

use yew::prelude::*;

use crate::report::ResultLine;
use crate::w;

/// Props for [`ResultBar`].
#[derive(Properties, PartialEq)]
pub struct ResultBarProps {
    /// The report's result lines.
    pub lines: Vec<ResultLine>,
    /// The summary line ("2 certificates, 1 connector").
    pub summary: String,
    /// Whether anything was given at all.
    pub empty: bool,
}

/// The result bar.
#[function_component(ResultBar)]
pub fn result_bar(props: &ResultBarProps) -> Html {
    let words = super::lang::use_words();
    html! {
        <section id="result" aria-labelledby="result-heading" data-key="result">
            <h2 id="result-heading" tabindex="-1">{ w!(words, "result-heading") }</h2>
            <p id="summary" class="summary" aria-live="polite">{ &props.summary }</p>
            if props.empty {
                <p id="result-empty" class="note">{ w!(words, "result-empty") }</p>
            } else if props.lines.is_empty() {
                <p id="result-nothing" class="note">{ w!(words, "result-nothing") }</p>
            } else {
                <ul id="result-lines">
                    { for props.lines.iter().map(|l| html! {
                        <li class={classes!("result-line", l.state.clone())} data-state={l.state.clone()} data-actor={l.actor.map_or("", |a| a.as_str())}>
                            <a href={format!("#{}", l.target)} data-target={l.target.clone()}>{ &l.text }</a>
                            if !l.actor_text.is_empty() {
                                <span class="actor">{ w!(words, "who-must-act", actor = &l.actor_text) }</span>
                            }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
