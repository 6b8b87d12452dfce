//! The examples gallery: one click loads a realistic scenario.

use yew::prelude::*;

use super::state::{Action, State};
use crate::examples::EXAMPLES;

/// Props for [`Gallery`].
#[derive(Properties, PartialEq)]
pub struct GalleryProps {
    /// Where the choice goes.
    pub dispatch: UseReducerDispatcher<State>,
}

/// The gallery.
#[function_component(Gallery)]
pub fn gallery(props: &GalleryProps) -> Html {
    html! {
        <nav id="gallery" aria-label="Examples">
            <span class="label">{ "Try an example:" }</span>
            { for EXAMPLES.iter().map(|e| {
                let d = props.dispatch.clone();
                let onclick = Callback::from(move |_: MouseEvent| d.dispatch(Action::LoadExample(e)));
                html! { <button type="button" class="example" data-example={e.id} title={e.description} {onclick}>{ e.title }</button> }
            }) }
        </nav>
    }
}
