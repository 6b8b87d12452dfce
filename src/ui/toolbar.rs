//! Share and export: a share link that carries the whole input in the URL fragment (with a warning
//! first when the input is sensitive), and the diagnosis as Markdown or JSON.

use yew::prelude::*;

use super::copy_button::{write_clipboard, CopyButton};
use super::state::State;
use crate::share;

/// Props for [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The app state.
    pub state: std::rc::Rc<State>,
}

#[derive(Clone, PartialEq)]
enum Panel {
    None,
    Warn(Vec<String>),
    Link(String),
    Error(String),
    Export(&'static str, String),
}

/// The page URL without its fragment: works under any sub-path.
fn base_url() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or("").to_string()
}

/// The toolbar.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let panel = use_state(|| Panel::None);
    let make_link = {
        let state = props.state.clone();
        let panel = panel.clone();
        move || {
            let (shared, _) = state.to_shared();
            match share::encode(&shared) {
                Ok(fragment) => {
                    let link = format!("{}#{fragment}", base_url());
                    write_clipboard(&link);
                    panel.set(Panel::Link(link));
                }
                Err(e) => panel.set(Panel::Error(e.to_string())),
            }
        }
    };
    let onshare = {
        let state = props.state.clone();
        let panel = panel.clone();
        let make_link = make_link.clone();
        Callback::from(move |_: MouseEvent| {
            let (shared, keys) = state.to_shared();
            let warnings = share::sensitive(&shared, keys, state.diagnosis.connectors.len());
            if warnings.is_empty() { make_link() } else { panel.set(Panel::Warn(warnings)) }
        })
    };
    let onconfirm = Callback::from(move |_: MouseEvent| make_link());
    let p = panel.clone();
    let report = props.state.report.clone();
    let onmarkdown = Callback::from(move |_: MouseEvent| p.set(Panel::Export("Markdown", report.to_markdown())));
    let p = panel.clone();
    let diagnosis = props.state.diagnosis.clone();
    let onjson = Callback::from(move |_: MouseEvent| p.set(Panel::Export("JSON", serde_json::to_string_pretty(&*diagnosis).unwrap_or_default())));
    let p = panel.clone();
    let onclose = Callback::from(move |_: MouseEvent| p.set(Panel::None));
    html! {
        <div id="toolbar">
            <button type="button" id="share" onclick={onshare}>{ "Copy share link" }</button>
            <button type="button" id="export-markdown" onclick={onmarkdown}>{ "Export Markdown" }</button>
            <button type="button" id="export-json" onclick={onjson}>{ "Export JSON" }</button>
            { match &*panel {
                Panel::None => html! {},
                Panel::Warn(items) => html! {
                    <div id="share-warning" class="panel warning" role="alertdialog">
                        <p>{ "The link will contain everything you pasted. Before you share it, note that it includes:" }</p>
                        <ul>{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul>
                        <p>{ "The link's data stays in the part after #, which browsers never send to a server; anyone you give the link to can read it." }</p>
                        <button type="button" id="share-confirm" onclick={onconfirm}>{ "Create the link anyway" }</button>
                        <button type="button" onclick={onclose.clone()}>{ "Cancel" }</button>
                    </div>
                },
                Panel::Link(link) => html! {
                    <div class="panel">
                        <label for="share-link">{ format!("Share link ({} characters), copied to the clipboard:", link.len()) }</label>
                        <input id="share-link" type="text" readonly=true value={link.clone()} />
                        <CopyButton text={AttrValue::from(link.clone())} />
                        <button type="button" onclick={onclose.clone()}>{ "Close" }</button>
                    </div>
                },
                Panel::Error(message) => html! {
                    <div id="share-error" class="panel error" role="alert"><p>{ message.clone() }</p><button type="button" onclick={onclose.clone()}>{ "Close" }</button></div>
                },
                Panel::Export(kind, text) => html! {
                    <div class="panel">
                        <label for="export-text">{ format!("{kind} export") }</label>
                        <textarea id="export-text" data-kind={*kind} readonly=true rows="12" value={text.clone()} />
                        <CopyButton text={AttrValue::from(text.clone())} />
                        <button type="button" onclick={onclose}>{ "Close" }</button>
                    </div>
                },
            } }
        </div>
    }
}
