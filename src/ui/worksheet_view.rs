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
    let w = &props.view;
    if w.rows.is_empty() {
        return html! {};
    }
    let export = |id: &'static str, title: &'static str, text: &String| html! {
        <details class="export">
            <summary>{ title }</summary>
            <pre id={id}>{ text.clone() }</pre>
            <CopyButton text={AttrValue::from(text.clone())} />
        </details>
    };
    html! {
        <section id="worksheet">
            <h2>{ "Firewall worksheet: CA endpoints validators must reach" }</h2>
            <p class="note">{ "\"ours\": your mail servers must reach it (they validate Exchange Online's certificate). \"theirs\": whoever validates the pasted certificates (Exchange Online, partners) must reach it." }</p>
            <table>
                <thead><tr><th>{ "scheme" }</th><th>{ "host" }</th><th>{ "port" }</th><th>{ "purpose" }</th><th>{ "side" }</th><th>{ "certificates" }</th></tr></thead>
                <tbody>{ for w.rows.iter().map(|r| html! { <tr>{ for r.iter().map(|c| html! { <td>{ c.clone() }</td> }) }</tr> }) }</tbody>
            </table>
            <div class="exports">
                <CopyButton text={AttrValue::from(w.host_list.clone())} label="Copy host list" />
                <CopyButton text={AttrValue::from(w.csv.clone())} label="Copy CSV" />
            </div>
            { export("worksheet-hosts", "Host list", &w.host_list) }
            { export("worksheet-csv", "CSV", &w.csv) }
            { export("worksheet-powershell", "PowerShell test script (Windows mail servers)", &w.powershell) }
            { export("worksheet-shell", "Shell test script (Linux MTAs: curl, openssl ocsp)", &w.shell) }
        </section>
    }
}
