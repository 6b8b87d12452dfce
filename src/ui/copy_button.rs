//! A copy button for a command or a list, using the asynchronous Clipboard API. It is named by what
//! it copies, says "Copied" only after the browser confirmed the write, and shows a visible
//! failure message (select the text and copy it by hand) when the write was refused.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props for [`CopyButton`].
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// The text to copy.
    pub text: AttrValue,
    /// The button's label: what it copies ("Copy fix commands").
    pub label: AttrValue,
}

/// Where a copy stands.
#[derive(Clone, Copy, PartialEq)]
enum Copy {
    Idle,
    Copied,
    Failed,
}

/// Writes text to the clipboard and resolves to whether the browser confirmed the write (false
/// when it refused: no permission, an insecure context, no Clipboard API).
pub async fn write_clipboard(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else { return false };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) else { return false };
    let Ok(promise) = write.call1(&clipboard, &text.into()).and_then(|p| p.dyn_into::<js_sys::Promise>()) else { return false };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The button, and after a refused write the failure message beside it.
#[function_component(CopyButton)]
pub fn copy_button(props: &CopyButtonProps) -> Html {
    let words = super::lang::use_words();
    let state = use_state(|| Copy::Idle);
    let text = props.text.clone();
    let s = state.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        let text = text.clone();
        let s = s.clone();
        wasm_bindgen_futures::spawn_local(async move {
            s.set(if write_clipboard(&text).await { Copy::Copied } else { Copy::Failed });
        });
    });
    html! {
        <span class="copy-wrap">
            <button type="button" class="copy" data-state={match *state { Copy::Idle => "idle", Copy::Copied => "copied", Copy::Failed => "failed" }} {onclick}>
                { if *state == Copy::Copied { crate::w!(words, "copied") } else { props.label.to_string() } }
            </button>
            if *state == Copy::Failed { <span class="copy-failed" role="alert">{ crate::w!(words, "copy-failed") }</span> }
        </span>
    }
}
