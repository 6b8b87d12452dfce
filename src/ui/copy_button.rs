//! A "Copy" button for a command or a list, using the asynchronous Clipboard API.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props for [`CopyButton`].
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// The text to copy.
    pub text: AttrValue,
    /// The button's label; "Copy" in the page's language when absent.
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

/// Writes text to the clipboard; false when the browser refuses (no permission, insecure context).
pub fn write_clipboard(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else { return false };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) else { return false };
    write.call1(&clipboard, &text.into()).is_ok()
}

/// The button; it says "Copied" after a successful copy.
#[function_component(CopyButton)]
pub fn copy_button(props: &CopyButtonProps) -> Html {
    let words = super::lang::use_words();
    let copied = use_state(|| false);
    let text = props.text.clone();
    let c = copied.clone();
    let onclick = Callback::from(move |_: MouseEvent| c.set(write_clipboard(&text)));
    html! {
        <button type="button" class="copy" {onclick}>{ if *copied { crate::w!(words, "copied") } else { props.label.as_ref().map_or_else(|| crate::w!(words, "copy"), |l| l.to_string()) } }</button>
    }
}
