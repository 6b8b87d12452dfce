//! The firewall worksheet: the endpoints table and its exports, each with a copy button.

use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::report::WorksheetView as View;

/// Props for [`WorksheetView`].
#[derive(Properties, PartialEq)]
pub struct WorksheetViewProps {
    /// The worksheet.
    pub view: View,
}

/// The worksheet section; nothing when no certificate names an endpoint.
#[function_component(WorksheetView)]
pub fn worksheet_view(props: &WorksheetViewProps) -> Html {
    let words = super::lang::use_words();
    let w = &props.view;
    if w.rows.is_empty() {
        return html! {};
    }
    let export = |id: &'static str, title: &'static str, text: &String| html! {
        <details class="export" data-key={id}>
            <summary>{ crate::w!(words, title) }</summary>
            <pre id={id}>{ text.clone() }</pre>
            <CopyButton text={AttrValue::from(text.clone())} />
        </details>
    };
    html! {
        <section id="worksheet">
            <h2>{ crate::w!(words, "worksheet-heading") }</h2>
            <p class="note">{ crate::w!(words, "worksheet-note") }</p>
            <table>
                <thead><tr>{ for w.columns.iter().map(|c| html! { <th>{ c.clone() }</th> }) }</tr></thead>
                <tbody>{ for w.rows.iter().map(|r| html! { <tr>{ for r.iter().map(|c| html! { <td>{ c.clone() }</td> }) }</tr> }) }</tbody>
            </table>
            <div class="exports">
                <CopyButton text={AttrValue::from(w.host_list.clone())} label={AttrValue::from(crate::w!(words, "copy-host-list"))} />
                <CopyButton text={AttrValue::from(w.csv.clone())} label={AttrValue::from(crate::w!(words, "copy-csv"))} />
            </div>
            { export("worksheet-hosts", "export-hosts", &w.host_list) }
            { export("worksheet-csv", "export-csv", &w.csv) }
            { export("worksheet-powershell", "export-powershell", &w.powershell) }
            { export("worksheet-shell", "export-shell", &w.shell) }
        </section>
    }
}
