//! One chain: the verdict banner and the path drawn leaf → intermediates → root.

use yew::prelude::*;

use crate::report::ChainView as View;

/// Props for [`ChainView`].
#[derive(Properties, PartialEq)]
pub struct ChainViewProps {
    /// The chain in words.
    pub view: View,
}

/// A chain card.
#[function_component(ChainView)]
pub fn chain_view(props: &ChainViewProps) -> Html {
    let c = &props.view;
    html! {
        <section class={classes!("chain", c.verdict.as_str())} data-index={c.index.to_string()} data-verdict={c.verdict.as_str()}>
            <h3>{ &c.title }</h3>
            <p class="verdict" data-headline={c.headline.map_or("", |h| h.as_str())}>{ &c.verdict_text }</p>
            <ol class="path">
                { for c.nodes.iter().map(|n| html! {
                    <li class={classes!("node", n.status.as_str())} data-status={n.status.as_str()} data-role={n.role.as_str()}>
                        <span class="role">{ &n.role_text }</span>
                        <span class="name">{ &n.name }</span>
                        <span class="facts">{ format!("{} · {} · {}", n.status_text, n.origin, n.signature) }</span>
                    </li>
                }) }
            </ol>
            <p class="note">{ &c.note }</p>
        </section>
    }
}
