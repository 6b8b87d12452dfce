//! The input: a paste box that also accepts dropped files, a file picker, the evaluation date-time
//! (UTC) and the server name clients connect to.

use std::rc::Rc;

use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::state::Action;
use crate::trust::StoreChoice;
use crate::Source;

/// Props for [`InputPanel`].
#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    /// The paste box's text.
    pub text: Rc<str>,
    /// Files added so far.
    pub files: Vec<Rc<Source>>,
    /// The evaluation date-time, `YYYY-MM-DDTHH:MM` (UTC).
    pub date: String,
    /// The server name, as typed.
    pub name: Rc<str>,
    /// The validating side's store.
    pub store: StoreChoice,
    /// Roots the user chose to trust, as pasted.
    pub roots: Rc<str>,
    /// Roots to treat as public CAs, as pasted.
    pub public_roots: Rc<str>,
    /// Where user actions go.
    pub dispatch: UseReducerDispatcher<super::state::State>,
}

/// Reads dropped or picked files and adds them as sources once all are read.
fn read_files(files: Option<web_sys::FileList>, dispatch: UseReducerDispatcher<super::state::State>) {
    let Some(list) = files else { return };
    let files: Vec<gloo::file::File> = (0..list.length()).filter_map(|i| list.get(i)).map(gloo::file::File::from).collect();
    if files.is_empty() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut sources = Vec::with_capacity(files.len());
        for file in files {
            // NOTE: A file that cannot be read still becomes a source (empty), so it is listed, not lost.
            let bytes = gloo::file::futures::read_as_bytes(&file).await.unwrap_or_default();
            sources.push(Source::bytes(file.name(), bytes));
        }
        dispatch.dispatch(Action::AddFiles(sources));
    });
}

/// The input section.
#[function_component(InputPanel)]
pub fn input_panel(props: &InputPanelProps) -> Html {
    let dragging = use_state(|| false);
    let d = props.dispatch.clone();
    let oninput = Callback::from(move |e: InputEvent| d.dispatch(Action::SetText(Rc::from(e.target_unchecked_into::<HtmlTextAreaElement>().value()))));
    let d = props.dispatch.clone();
    let onpick = Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        read_files(input.files(), d.clone());
        input.set_value("");
    });
    let d = props.dispatch.clone();
    let dr = dragging.clone();
    let ondrop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        dr.set(false);
        read_files(e.data_transfer().and_then(|t| t.files()), d.clone());
    });
    let dr = dragging.clone();
    let ondragover = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        dr.set(true);
    });
    let dr = dragging.clone();
    let ondragleave = Callback::from(move |_: DragEvent| dr.set(false));
    let d = props.dispatch.clone();
    let ondate = Callback::from(move |e: Event| d.dispatch(Action::SetDate(e.target_unchecked_into::<HtmlInputElement>().value())));
    let d = props.dispatch.clone();
    let onname = Callback::from(move |e: InputEvent| d.dispatch(Action::SetName(Rc::from(e.target_unchecked_into::<HtmlInputElement>().value()))));
    let d = props.dispatch.clone();
    let onstore = Callback::from(move |e: Event| {
        let store = match e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().as_str() {
            "mozilla" => StoreChoice::Mozilla,
            "none" => StoreChoice::None,
            _ => StoreChoice::Microsoft,
        };
        d.dispatch(Action::SetStore(store));
    });
    let d = props.dispatch.clone();
    let onroots = Callback::from(move |e: InputEvent| d.dispatch(Action::SetRoots(Rc::from(e.target_unchecked_into::<HtmlTextAreaElement>().value()))));
    let d = props.dispatch.clone();
    let onpublic = Callback::from(move |e: InputEvent| d.dispatch(Action::SetPublicRoots(Rc::from(e.target_unchecked_into::<HtmlTextAreaElement>().value()))));
    let d = props.dispatch.clone();
    let onclear = Callback::from(move |_: MouseEvent| d.dispatch(Action::Clear));
    html! {
        <section class={classes!("input", dragging.then_some("dragging"))} {ondrop} {ondragover} {ondragleave}>
            <label for="paste">{ "Certificates, an " }<code>{ "openssl s_client -starttls smtp -showcerts" }</code>{ " transcript, connector settings (Get-OutboundConnector, Get-InboundConnector, Get-SendConnector, Get-ReceiveConnector as Format-List, JSON or Clixml) or an NDR line" }</label>
            <textarea id="paste" spellcheck="false" autocomplete="off" rows="12"
                placeholder="-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----\n\nor drop .pem / .cer / .crt / .p7b files here"
                value={AttrValue::Rc(props.text.clone())} {oninput} />
            <div class="controls">
                <label class="button" for="files">{ "Add files…" }</label>
                <input id="files" type="file" multiple=true onchange={onpick} accept=".pem,.crt,.cer,.der,.p7b,.p7c,.txt,.log,.json,.xml" />
                <label for="at">{ "Evaluate at (UTC)" }</label>
                <input id="at" type="datetime-local" value={props.date.clone()} onchange={ondate} />
                <label for="server-name">{ "Server name clients connect to" }</label>
                <input id="server-name" type="text" spellcheck="false" autocomplete="off" placeholder="mail.contoso.com or 192.0.2.25 (optional)"
                    value={AttrValue::Rc(props.name.clone())} oninput={onname} />
                <label for="store">{ "Validating side trusts" }</label>
                <select id="store" onchange={onstore}>
                    <option value="microsoft" selected={props.store == StoreChoice::Microsoft}>{ "Microsoft (Exchange, Windows)" }</option>
                    <option value="mozilla" selected={props.store == StoreChoice::Mozilla}>{ "Mozilla (most Linux MTAs)" }</option>
                    <option value="none" selected={props.store == StoreChoice::None}>{ "Only the roots below" }</option>
                </select>
                <button id="clear" type="button" onclick={onclear}>{ "Clear" }</button>
            </div>
            <details class="roots" open={!props.roots.is_empty() || !props.public_roots.is_empty()}>
                <summary>{ "Roots to trust (optional): paste a private or test root here" }</summary>
                <textarea id="roots" spellcheck="false" autocomplete="off" rows="4" value={AttrValue::Rc(props.roots.clone())} oninput={onroots}
                    placeholder="-----BEGIN CERTIFICATE-----\n(a root certificate the validating side trusts)\n-----END CERTIFICATE-----" />
                <label for="public-roots">{ "Roots to treat as public CAs (trusted by Exchange Online too): for a public root forcetls does not know yet" }</label>
                <textarea id="public-roots" spellcheck="false" autocomplete="off" rows="3" value={AttrValue::Rc(props.public_roots.clone())} oninput={onpublic} />
            </details>
            if !props.files.is_empty() {
                <ul id="file-list">
                    { for props.files.iter().enumerate().map(|(i, f)| {
                        let d = props.dispatch.clone();
                        let remove = Callback::from(move |_: MouseEvent| d.dispatch(Action::RemoveFile(i)));
                        html! { <li>{ format!("{} ({} bytes) ", f.name, f.bytes.len()) }<button type="button" class="remove" onclick={remove}>{ "Remove" }</button></li> }
                    }) }
                </ul>
            }
        </section>
    }
}
