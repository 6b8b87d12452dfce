//! The input: a paste box that also accepts dropped files, a file picker, the evaluation date-time
//! (UTC) and the server name clients connect to.

use std::rc::Rc;

use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::state::Action;
use crate::trust::StoreChoice;
use crate::w;
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
    let words = super::lang::use_words();
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
            <label for="paste">{ w!(words, "input-label-before") }<code>{ "openssl s_client -starttls smtp -showcerts" }</code>{ w!(words, "input-label-after") }</label>
            <textarea id="paste" spellcheck="false" autocomplete="off" rows="12"
                placeholder={w!(words, "input-placeholder")}
                value={AttrValue::Rc(props.text.clone())} {oninput} />
            <div class="controls">
                <label class="button" for="files">{ w!(words, "add-files") }</label>
                <input id="files" type="file" multiple=true onchange={onpick} accept=".pem,.crt,.cer,.der,.p7b,.p7c,.txt,.log,.json,.xml" />
                <label for="at">{ w!(words, "evaluate-at") }</label>
                <input id="at" type="datetime-local" value={props.date.clone()} onchange={ondate} />
                <label for="server-name">{ w!(words, "server-name") }</label>
                <input id="server-name" type="text" spellcheck="false" autocomplete="off" placeholder={w!(words, "server-name-placeholder")}
                    value={AttrValue::Rc(props.name.clone())} oninput={onname} />
                <label for="store">{ w!(words, "store-label") }</label>
                <select id="store" onchange={onstore}>
                    <option value="microsoft" selected={props.store == StoreChoice::Microsoft}>{ w!(words, "store-microsoft") }</option>
                    <option value="mozilla" selected={props.store == StoreChoice::Mozilla}>{ w!(words, "store-mozilla") }</option>
                    <option value="none" selected={props.store == StoreChoice::None}>{ w!(words, "store-none") }</option>
                </select>
                <button id="clear" type="button" onclick={onclear}>{ w!(words, "clear") }</button>
            </div>
            <details class="roots" open={!props.roots.is_empty() || !props.public_roots.is_empty()}>
                <summary>{ w!(words, "roots-summary") }</summary>
                <textarea id="roots" spellcheck="false" autocomplete="off" rows="4" value={AttrValue::Rc(props.roots.clone())} oninput={onroots}
                    placeholder={w!(words, "roots-placeholder")} />
                <label for="public-roots">{ w!(words, "public-roots-label") }</label>
                <textarea id="public-roots" spellcheck="false" autocomplete="off" rows="3" value={AttrValue::Rc(props.public_roots.clone())} oninput={onpublic} />
            </details>
            if !props.files.is_empty() {
                <ul id="file-list">
                    { for props.files.iter().enumerate().map(|(i, f)| {
                        let d = props.dispatch.clone();
                        let remove = Callback::from(move |_: MouseEvent| d.dispatch(Action::RemoveFile(i)));
                        html! { <li>{ w!(words, "file-entry", name = &f.name, bytes = f.bytes.len()) }<button type="button" class="remove" onclick={remove}>{ w!(words, "remove") }</button></li> }
                    }) }
                </ul>
            }
        </section>
    }
}
