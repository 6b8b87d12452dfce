//! Share and export: a share link that carries the whole input in the URL fragment (with a warning
//! first when the input is sensitive), and the diagnosis as Markdown or JSON.

use yew::prelude::*;

use super::copy_button::CopyButton;
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

/// Saves `text` as a file named `name` through a temporary `blob:` URL (nothing leaves the page).
fn download(name: &str, mime: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = gloo::utils::document();
    if let Some(a) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Moves focus to the element with this id, if it exists.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(e) = gloo::utils::document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = e.focus();
    }
}

/// The toolbar.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let words = super::lang::use_words();
    let panel = use_state(|| Panel::None);
    // The button that opened the dialog gets focus back when it closes.
    let opener = use_mut_ref(|| "share");
    let make_link = {
        let state = props.state.clone();
        let panel = panel.clone();
        move || {
            let (shared, _) = state.to_shared();
            match share::encode(&shared) {
                Ok(fragment) => panel.set(Panel::Link(format!("{}#{fragment}", base_url()))),
                Err(e) => panel.set(Panel::Error(e)),
            }
        }
    };
    let onshare = {
        let state = props.state.clone();
        let panel = panel.clone();
        let make_link = make_link.clone();
        let opener = opener.clone();
        Callback::from(move |_: MouseEvent| {
            *opener.borrow_mut() = "share";
            let (shared, keys) = state.to_shared();
            let warnings = share::sensitive(&shared, keys, state.diagnosis.connectors);
            if warnings.is_empty() { make_link() } else { panel.set(Panel::Warn(warnings)) }
        })
    };
    let onconfirm = Callback::from(move |_: MouseEvent| make_link());
    let (p, o) = (panel.clone(), opener.clone());
    let report = props.state.report.clone();
    let onmarkdown = Callback::from(move |_: MouseEvent| {
        *o.borrow_mut() = "export-markdown";
        p.set(Panel::Export("Markdown", report.to_markdown()));
    });
    let (p, o) = (panel.clone(), opener.clone());
    let diagnosis = props.state.diagnosis.clone();
    let onjson = Callback::from(move |_: MouseEvent| {
        *o.borrow_mut() = "export-json";
        p.set(Panel::Export("JSON", diagnosis.json.clone()));
    });
    let close = {
        let panel = panel.clone();
        let opener = opener.clone();
        move || {
            panel.set(Panel::None);
            focus(*opener.borrow());
        }
    };
    let c = close.clone();
    let onclose = Callback::from(move |_: MouseEvent| c());
    let c = close.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            c();
        }
    });
    // Focus moves into a dialog when it opens: to its first control.
    use_effect_with((*panel).clone(), |p| {
        match p {
            Panel::None => {}
            Panel::Warn(_) => focus("share-confirm"),
            Panel::Link(_) => focus("share-link"),
            Panel::Error(_) => focus("dialog-close"),
            Panel::Export(..) => focus("export-text"),
        }
    });
    let date = props.state.diagnosis.evaluated_at.get(..10).unwrap_or("report").to_string();
    html! {
        <div id="toolbar">
            <button type="button" id="share" onclick={onshare}>{ w!(words, "share") }</button>
            <button type="button" id="export-markdown" onclick={onmarkdown}>{ w!(words, "export-markdown") }</button>
            <button type="button" id="export-json" onclick={onjson}>{ w!(words, "export-json") }</button>
            { match &*panel {
                Panel::None => html! {},
                Panel::Warn(items) => html! {
                    <div id="share-warning" class="panel warning" role="alertdialog" aria-labelledby="dialog-title" aria-describedby="share-warning-intro" onkeydown={onkeydown}>
                        <h2 id="dialog-title">{ w!(words, "dialog-share-title") }</h2>
                        <p id="share-warning-intro">{ w!(words, "share-warning-intro") }</p>
                        <ul>{ for items.iter().map(|i| html! { <li>{ sensitive(words, *i) }</li> }) }</ul>
                        <p>{ w!(words, "share-warning-fragment") }</p>
                        <button type="button" id="share-confirm" onclick={onconfirm}>{ w!(words, "share-anyway") }</button>
                        <button type="button" id="dialog-close" onclick={onclose.clone()}>{ w!(words, "cancel") }</button>
                    </div>
                },
                Panel::Link(link) => html! {
                    <div id="share-dialog" class="panel" role="dialog" aria-labelledby="dialog-title" onkeydown={onkeydown}>
                        <h2 id="dialog-title">{ w!(words, "dialog-share-title") }</h2>
                        <label for="share-link">{ w!(words, "share-link-label", chars = link.len()) }</label>
                        <input id="share-link" type="text" readonly=true value={link.clone()} />
                        <CopyButton text={AttrValue::from(link.clone())} label={AttrValue::from(w!(words, "copy-share-link"))} />
                        <button type="button" id="dialog-close" onclick={onclose.clone()}>{ w!(words, "close") }</button>
                    </div>
                },
                Panel::Error(error) => html! {
                    <div id="share-error" class="panel error" role="alertdialog" aria-labelledby="dialog-title" aria-describedby="share-error-text" onkeydown={onkeydown}>
                        <h2 id="dialog-title">{ w!(words, "dialog-share-title") }</h2>
                        <p id="share-error-text">{ share_error(words, error) }</p>
                        <button type="button" id="dialog-close" onclick={onclose.clone()}>{ w!(words, "close") }</button>
                    </div>
                },
                Panel::Export(kind, text) => {
                    let (file, mime) = if *kind == "JSON" { (format!("forcetls-{date}.json"), "application/json") } else { (format!("forcetls-{date}.md"), "text/markdown") };
                    let ondownload = {
                        let (file, text) = (file.clone(), text.clone());
                        Callback::from(move |_: MouseEvent| download(&file, mime, &text))
                    };
                    html! {
                        <div id="export-dialog" class="panel" role="dialog" aria-labelledby="dialog-title" onkeydown={onkeydown}>
                            <h2 id="dialog-title">{ w!(words, "export-label", kind = *kind) }</h2>
                            <label for="export-text">{ w!(words, "export-text-label", kind = *kind) }</label>
                            <textarea id="export-text" data-kind={*kind} readonly=true rows="12" value={text.clone()} />
                            <button type="button" id="export-download" onclick={ondownload}>{ w!(words, "download-file", file = file.clone()) }</button>
                            <CopyButton text={AttrValue::from(text.clone())} label={AttrValue::from(w!(words, "copy-export", kind = *kind))} />
                            <button type="button" id="dialog-close" onclick={onclose}>{ w!(words, "close") }</button>
                        </div>
                    }
                }
            } }
        </div>
    }
}
