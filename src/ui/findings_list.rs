//! The findings, most severe first, each with its evidence, remedy and reference.

use yew::prelude::*;

use crate::report::FindingView;

/// Props for [`FindingsList`].
#[derive(Properties, PartialEq)]
pub struct FindingsListProps {
    /// The report's findings.
    pub findings: Vec<FindingView>,
}

/// The findings section.
#[function_component(FindingsList)]
pub fn findings_list(props: &FindingsListProps) -> Html {
    let words = super::lang::use_words();
    if props.findings.is_empty() {
        return html! {};
    }
    html! {
        <section id="findings-section" data-key="findings">
            <h2>{ crate::w!(words, "findings-heading") }</h2>
            <ul id="findings">
                { for props.findings.iter().map(|f| html! {
                    <li class={classes!("finding", f.severity.as_str())} data-id={f.id.as_str()} data-severity={f.severity.as_str()}>
                        <div class="finding-head"><span class="badge">{ &f.severity_text }</span><strong>{ &f.title }</strong><code class="id">{ f.id.as_str() }</code></div>
                        if !f.detail.is_empty() { <p class="detail">{ &f.detail }</p> }
                        <p class="remedy"><span>{ crate::w!(words, "remedy") }</span>{ &f.remedy }</p>
                        <p class="reference">{ &f.reference }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
