//! Label/value rows as a definition list: the one way every card shows its fields. Each label and
//! value carries the row's stable key in `data-key` (the same in every language), so tests and
//! styles can address it.

use yew::prelude::*;

use crate::report::Row;

/// Renders rows as `<dl>`; `id` is optional.
pub fn rows(id: Option<&'static str>, rows: &[Row]) -> Html {
    html! {
        <dl id={id}>{ for rows.iter().map(|r| html! { <><dt data-key={r.key.clone()}>{ r.label.clone() }</dt><dd data-key={r.key.clone()}>{ r.value.clone() }</dd></> }) }</dl>
    }
}
