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
            { super::rows::rows(None, &props.view.rows) }
        </section>
    }
}
