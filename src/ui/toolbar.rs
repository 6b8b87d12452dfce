//! Share and export: a share link that carries the whole input in the URL fragment (with a warning
//! first when the input is sensitive), and the diagnosis as Markdown or JSON.

use yew::prelude::*;

use super::copy_button::{write_clipboard, CopyButton};
use super::state::State;
use crate::i18n::Words;
use crate::share::{self, Damage, Sensitive, ShareError};
use crate::w;

/// Props for [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The app state.
    pub state: std::rc::Rc<State>,
}

#[derive(Clone, PartialEq)]
enum Panel {
    None,
    Warn(Vec<Sensitive>),
    Link(String),
    Error(ShareError),
    Export(&'static str, String),
}

/// The page URL without its fragment: works under any sub-path.
fn base_url() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or("").to_string()
}

/// A share-link problem in words.
pub fn share_error(words: &Words, e: &ShareError) -> String {
    match e {
        ShareError::UnknownVersion(version) => w!(words, "share-unknown-version", version = version),
        ShareError::Damaged(damage) => {
            let why = match damage {
                Damage::NotBase64(detail) => w!(words, "share-damaged-base64", detail = detail),
                Damage::InflatesTooLarge => w!(words, "share-damaged-inflates", limit = share::MAX_INFLATED_BYTES),
                Damage::CannotInflate(detail) => w!(words, "share-damaged-inflate", detail = detail),
                Damage::NotExpectedData(detail) => w!(words, "share-damaged-data", detail = detail),
            };
            w!(words, "share-damaged", why = why)
        }
        ShareError::TooLong { chars, limit } => w!(words, "share-too-long", chars = *chars, limit = *limit),
        ShareError::LinkTooLong { chars, limit } => w!(words, "share-link-too-long", chars = *chars, limit = *limit),
    }
}

/// Something a link would disclose, in words.
fn sensitive(words: &Words, s: Sensitive) -> String {
    match s {
        Sensitive::PrivateKeys(count) => w!(words, "sensitive-private-keys", count = count),
        Sensitive::Connectors(count) => w!(words, "sensitive-connectors", count = count),
        Sensitive::Files(count) => w!(words, "sensitive-files", count = count),
        Sensitive::Headers => w!(words, "sensitive-headers"),
    }
}

/// The toolbar.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let words = super::lang::use_words();
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
                Err(e) => panel.set(Panel::Error(e)),
            }
        }
    };
    let onshare = {
        let state = props.state.clone();
        let panel = panel.clone();
        let make_link = make_link.clone();
        Callback::from(move |_: MouseEvent| {
            let (shared, keys) = state.to_shared();
            let warnings = share::sensitive(&shared, keys, state.diagnosis.connectors);
            if warnings.is_empty() { make_link() } else { panel.set(Panel::Warn(warnings)) }
        })
    };
    let onconfirm = Callback::from(move |_: MouseEvent| make_link());
    let p = panel.clone();
    let report = props.state.report.clone();
    let onmarkdown = Callback::from(move |_: MouseEvent| p.set(Panel::Export("Markdown", report.to_markdown())));
    let p = panel.clone();
    let diagnosis = props.state.diagnosis.clone();
    let onjson = Callback::from(move |_: MouseEvent| p.set(Panel::Export("JSON", diagnosis.json.clone())));
    let p = panel.clone();
    let onclose = Callback::from(move |_: MouseEvent| p.set(Panel::None));
    html! {
        <div id="toolbar">
            <button type="button" id="share" onclick={onshare}>{ w!(words, "share") }</button>
            <button type="button" id="export-markdown" onclick={onmarkdown}>{ w!(words, "export-markdown") }</button>
            <button type="button" id="export-json" onclick={onjson}>{ w!(words, "export-json") }</button>
            { match &*panel {
                Panel::None => html! {},
                Panel::Warn(items) => html! {
                    <div id="share-warning" class="panel warning" role="alertdialog">
                        <p>{ w!(words, "share-warning-intro") }</p>
                        <ul>{ for items.iter().map(|i| html! { <li>{ sensitive(words, *i) }</li> }) }</ul>
                        <p>{ w!(words, "share-warning-fragment") }</p>
                        <button type="button" id="share-confirm" onclick={onconfirm}>{ w!(words, "share-anyway") }</button>
                        <button type="button" onclick={onclose.clone()}>{ w!(words, "cancel") }</button>
                    </div>
                },
                Panel::Link(link) => html! {
                    <div class="panel">
                        <label for="share-link">{ w!(words, "share-link-label", chars = link.len()) }</label>
                        <input id="share-link" type="text" readonly=true value={link.clone()} />
                        <CopyButton text={AttrValue::from(link.clone())} />
                        <button type="button" onclick={onclose.clone()}>{ w!(words, "close") }</button>
                    </div>
                },
                Panel::Error(error) => html! {
                    <div id="share-error" class="panel error" role="alert"><p>{ share_error(words, error) }</p><button type="button" onclick={onclose.clone()}>{ w!(words, "close") }</button></div>
                },
                Panel::Export(kind, text) => html! {
                    <div class="panel">
                        <label for="export-text">{ w!(words, "export-label", kind = *kind) }</label>
                        <textarea id="export-text" data-kind={*kind} readonly=true rows="12" value={text.clone()} />
                        <CopyButton text={AttrValue::from(text.clone())} />
                        <button type="button" onclick={onclose}>{ w!(words, "close") }</button>
                    </div>
                },
            } }
        </div>
    }
}
