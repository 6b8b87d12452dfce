//! Label/value rows as a definition list: the one way every card shows its fields. Each value
//! carries its label in `data-label`, so tests and styles can address it.

use yew::prelude::*;

use crate::report::Row;

/// Renders rows as `<dl>`; `id` is optional.
pub fn rows(id: Option<&'static str>, rows: &[Row]) -> Html {
    html! {
        <dl id={id}>{ for rows.iter().map(|r| html! { <><dt>{ r.label.clone() }</dt><dd data-label={r.label.clone()}>{ r.value.clone() }</dd></> }) }</dl>
    }
}
