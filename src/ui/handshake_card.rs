//! The facts of one `openssl s_client` transcript.

use yew::prelude::*;

use crate::report::HandshakeView;

/// Props for [`HandshakeCard`].
#[derive(Properties, PartialEq)]
pub struct HandshakeCardProps {
    /// The transcript in words.
    pub view: HandshakeView,
}

/// A transcript card.
#[function_component(HandshakeCard)]
pub fn handshake_card(props: &HandshakeCardProps) -> Html {
    html! {
        <section class="handshake">
            <h3>{ &props.view.heading }</h3>
            <dl>
                { for props.view.rows.iter().map(|r| html! { <><dt>{ r.label }</dt><dd data-label={r.label}>{ &r.value }</dd></> }) }
            </dl>
        </section>
    }
}
