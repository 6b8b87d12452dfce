//! One certificate as the inspector shows it.

use yew::prelude::*;

use crate::report::CertificateView;

/// Props for [`CertificateCard`].
#[derive(Properties, PartialEq)]
pub struct CertificateCardProps {
    /// The certificate in words.
    pub view: CertificateView,
}

/// A certificate card.
#[function_component(CertificateCard)]
pub fn certificate_card(props: &CertificateCardProps) -> Html {
    let c = &props.view;
    html! {
        <section class={classes!("cert", c.status.as_str())} data-index={c.index.to_string()} data-status={c.status.as_str()}>
            <h3><span class="number">{ format!("#{}", c.index + 1) }</span>{ &c.heading }<span class="status">{ &c.status_text }</span></h3>
            { super::rows::rows(None, &c.rows) }
        </section>
    }
}
