//! The example state, clearly marked: which example, the date it is evaluated at, the roots and
//! store it sets, and "Start fresh", which resets every input and option.

use yew::prelude::*;

use super::state::{Action, State};
use crate::examples::Example;
use crate::trust::StoreChoice;
use crate::w;

/// Props for [`ExampleBanner`].
#[derive(Properties, PartialEq)]
pub struct ExampleBannerProps {
    /// The example loaded.
    pub example: &'static Example,
    /// The evaluation date in words.
    pub date: String,
    /// Where "Start fresh" goes.
    pub dispatch: UseReducerDispatcher<State>,
}

/// The banner.
#[function_component(ExampleBanner)]
pub fn example_banner(props: &ExampleBannerProps) -> Html {
    let words = super::lang::use_words();
    let e = props.example;
    let mut options = Vec::new();
    if !e.roots.trim().is_empty() {
        options.push(w!(words, "example-option-test-root"));
    }
    if !e.public_roots.trim().is_empty() {
        options.push(w!(words, "example-option-public-root"));
    }
    match e.store {
        StoreChoice::None => options.push(w!(words, "example-option-store-none")),
        StoreChoice::Mozilla => options.push(w!(words, "example-option-store-mozilla")),
        StoreChoice::Microsoft => {}
    }
    let d = props.dispatch.clone();
    let onclick = Callback::from(move |_: MouseEvent| d.dispatch(Action::Clear));
    html! {
        <div id="example-state" class="panel example-state" data-example={e.id}>
            <p>
                <strong>{ w!(words, "example-banner", name = w!(words, &format!("example-{}", e.id)), date = &props.date) }</strong>
                { for options.iter().map(|o| html! { <span class="example-option">{ format!(" · {o}") }</span> }) }
            </p>
            <button type="button" id="start-fresh" {onclick}>{ w!(words, "start-fresh") }</button>
        </div>
    }
}
