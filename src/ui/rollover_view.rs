//! Rollover: paste the chain that will replace the current one, or compare two of Exchange
//! Online's certificate eras, and see what changes.

use std::rc::Rc;

use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::copy_button::CopyButton;
use super::state::{Action, State};
use crate::connectors::exo_history::ERAS;
use crate::report::{rollover_rows, Row};
use crate::w;

/// Props for [`RolloverView`].
#[derive(Properties, PartialEq)]
pub struct RolloverViewProps {
    /// The new chain's text.
    pub next: Rc<str>,
    /// The comparison rows for the new chain.
    pub rows: Vec<Row>,
    /// Where edits go.
    pub dispatch: UseReducerDispatcher<State>,
}

/// Rows as `label: value` lines, for the clipboard.
fn as_text(rows: &[Row]) -> String {
    rows.iter().map(|r| format!("{}: {}\n", r.label, r.value)).collect()
}

/// The rollover section.
#[function_component(RolloverView)]
pub fn rollover_view(props: &RolloverViewProps) -> Html {
    let lang = use_context::<crate::i18n::Lang>().unwrap_or_default();
    let words = crate::i18n::ui(lang);
    let eras = use_state(|| (ERAS.len() - 2, ERAS.len() - 1));
    let d = props.dispatch.clone();
    let oninput = Callback::from(move |e: InputEvent| d.dispatch(Action::SetNext(Rc::from(e.target_unchecked_into::<HtmlTextAreaElement>().value()))));
    let pick = |which: usize| {
        let eras = eras.clone();
        Callback::from(move |e: Event| {
            let i: usize = e.target_unchecked_into::<HtmlSelectElement>().value().parse().unwrap_or(0).min(ERAS.len() - 1);
            eras.set(if which == 0 { (i, eras.1) } else { (eras.0, i) });
        })
    };
    // NOTE: the era comparison is worded on the page (it needs no diagnosis), so the report's
    // messages are used here too.
    let era_rows = rollover_rows(lang, &crate::rollover::compare_eras(&ERAS[eras.0], &ERAS[eras.1]));
    let report_words = crate::i18n::eras(lang);
    let options = |selected: usize| ERAS.iter().enumerate().map(|(i, e)| {
        let until = e.until.map(|u| report_words.date(u)).unwrap_or_else(|| w!(words, "era-now"));
        html! { <option value={i.to_string()} selected={i == selected}>{ w!(words, "era-option", from = report_words.date(e.from), until = until, root = e.root) }</option> }
    }).collect::<Html>();
    html! {
        <details id="rollover" class="rollover" open={!props.next.is_empty()}>
            <summary>{ w!(words, "rollover-summary") }</summary>
            <label for="next">{ w!(words, "rollover-next-label") }</label>
            <textarea id="next" spellcheck="false" rows="5" value={AttrValue::Rc(props.next.clone())} {oninput} />
            if !props.rows.is_empty() {
                { super::rows::rows(Some("rollover-result"), &props.rows) }
                <CopyButton text={AttrValue::from(as_text(&props.rows))} label={AttrValue::from(w!(words, "copy-comparison"))} />
            }
            <p id="rollover-eras">{ w!(words, "rollover-eras") }</p>
            <label for="era-from" class="visually-hidden">{ w!(words, "era-from-label") }</label>
            <select id="era-from" onchange={pick(0)}>{ options(eras.0) }</select>
            <span aria-hidden="true">{ " → " }</span>
            <label for="era-to" class="visually-hidden">{ w!(words, "era-to-label") }</label>
            <select id="era-to" onchange={pick(1)}>{ options(eras.1) }</select>
            { super::rows::rows(Some("era-result"), &era_rows) }
            <CopyButton text={AttrValue::from(as_text(&era_rows))} label={AttrValue::from(w!(words, "copy-comparison"))} />
        </details>
    }
}
