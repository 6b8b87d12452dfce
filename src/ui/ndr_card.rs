//! One Exchange error line (NDR, message trace) as a card: meaning, what the line says, likely
//! cause, who must act, and a checklist of next steps with copyable commands.

use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::report::NdrView;
use crate::w;

/// Props for [`NdrCard`].
#[derive(Properties, PartialEq)]
pub struct NdrCardProps {
    /// The error line in words.
    pub view: NdrView,
}

/// An NDR card.
#[function_component(NdrCard)]
pub fn ndr_card(props: &NdrCardProps) -> Html {
    let words = super::lang::use_words();
    let n = &props.view;
    html! {
        <section class="ndr" id={format!("ndr-{}", n.index)} tabindex="-1" data-actor={n.actor.as_str()}>
            <h3>{ w!(words, "ndr-heading", label = &n.label) }</h3>
            <p class="ndr-at">{ &n.at }</p>
            <pre class="ndr-line">{ &n.line }</pre>
            <dl>
                <dt>{ w!(words, "ndr-meaning") }</dt><dd class="meaning">{ &n.meaning }</dd>
                if !n.specifics.is_empty() { <><dt>{ w!(words, "ndr-specifics") }</dt><dd class="specifics">{ &n.specifics }</dd></> }
                <dt>{ w!(words, "ndr-cause") }</dt><dd class="cause">{ &n.cause }</dd>
                <dt>{ w!(words, "ndr-fix") }</dt><dd class="fix">{ &n.fix }</dd>
                <dt>{ w!(words, "ndr-actor") }</dt><dd class="actor">{ &n.actor_text }</dd>
            </dl>
            <h4>{ w!(words, "ndr-steps") }</h4>
            <ol class="steps">
                { for n.steps.iter().enumerate().map(|(i, (text, command))| html! {
                    <li>
                        <p>{ text.clone() }</p>
                        if let Some(c) = command {
                            <pre class="command">{ c.clone() }</pre>
                            <CopyButton text={AttrValue::from(c.clone())} label={AttrValue::from(w!(words, "copy-step", step = i + 1))} />
                        }
                    </li>
                }) }
            </ol>
            // The page comes from forcetls's own table, never from input.
            <a class="reference" href={n.reference.clone()} target="_blank" rel="noopener noreferrer">{ w!(words, "ndr-reference") }</a>
        </section>
    }
}
