//! The examples gallery: one click loads a realistic scenario.

use yew::prelude::*;

use super::state::{Action, State};
use crate::examples::EXAMPLES;
use crate::w;

/// Props for [`Gallery`].
#[derive(Properties, PartialEq)]
pub struct GalleryProps {
    /// Where the choice goes.
    pub dispatch: UseReducerDispatcher<State>,
}

/// The gallery.
#[function_component(Gallery)]
pub fn gallery(props: &GalleryProps) -> Html {
    let words = super::lang::use_words();
    html! {
        <nav id="gallery" aria-label={w!(words, "gallery-label")}>
            <span class="label">{ w!(words, "gallery-try") }</span>
            { for EXAMPLES.iter().map(|e| {
                let d = props.dispatch.clone();
                let onclick = Callback::from(move |_: MouseEvent| d.dispatch(Action::LoadExample(e)));
                let id = format!("example-{}", e.id);
                html! { <button type="button" class="example" data-example={e.id} title={w!(words, &format!("{id}.description"))} {onclick}>{ w!(words, &id) }</button> }
            }) }
        </nav>
    }
}
