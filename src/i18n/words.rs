//! Fluent bundles and the one API every module words text through: [`Words::text`] and the
//! [`w!`](crate::w) macro. Messages live in `locales/<lang>/*.ftl`, compiled into the binary; each
//! group of files (the report's, the page chrome's, the CLI's) is its own bundle, so a program that
//! never words the page chrome does not carry its messages.
//!
//! A message id is kebab-case; `id.attribute` reads an attribute (`finding-weak-key.remedy`).
//! Placeables are snake_case (`{ $count }`), because the macro passes Rust names through.

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::format::group_digits;
use super::Lang;

/// One language's bundle of messages.
pub struct Words {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

/// A value for a placeable: text, or a number (plural rules select on numbers; numbers are shown
/// with the language's digit grouping).
pub enum Arg<'a> {
    /// Text, shown as it is.
    Text(Cow<'a, str>),
    /// A number.
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s.as_str()))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => { $(impl From<$t> for Arg<'_> { fn from(n: $t) -> Self { Arg::Number(i64::try_from(n).unwrap_or(i64::MAX)) } })* };
}
number_arg!(usize, u64, u32, i64, i32, u16, u8);

impl Words {
    /// Builds a bundle from message files. A file that does not parse is a bug caught by the
    /// key-coverage test; its readable messages are still used.
    pub fn new(lang: Lang, files: &[(&str, &'static str)]) -> Self {
        let tag: unic_langid::LanguageIdentifier = lang.as_str().parse().expect("every Lang is a valid BCP 47 tag");
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // NOTE: Fluent wraps placeables in Unicode isolation marks by default; the report is plain
        // text for terminals, Markdown and the DOM (which isolates by itself where it matters).
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::De => format_de,
            Lang::En | Lang::ZhTw => format_en,
        }));
        for (_, text) in files {
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        Words { lang, bundle }
    }

    /// The language these words are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether a message (or `id.attribute`) exists.
    pub fn has(&self, id: &str) -> bool {
        let (message, attribute) = split(id);
        self.bundle.get_message(message).is_some_and(|m| match attribute {
            Some(a) => m.get_attribute(a).is_some(),
            None => m.value().is_some(),
        })
    }

    /// The message `id` (or `id.attribute`) with its placeables filled in. A missing message
    /// yields its id, so a gap shows instead of vanishing (the key-coverage test keeps them out).
    pub fn text(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let (message, attribute) = split(id);
        let Some(m) = self.bundle.get_message(message) else { return id.to_string() };
        let pattern = match attribute {
            Some(a) => m.get_attribute(a).map(|a| a.value()),
            None => m.value(),
        };
        let Some(pattern) = pattern else { return id.to_string() };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::String(Cow::Borrowed(s.as_ref()))),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, (!args.is_empty()).then_some(&fluent_args), &mut errors).into_owned()
    }
}

fn split(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}

/// The position of a language in [`Lang::ALL`] and in the bundle caches.
pub(super) fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

fn number(value: &FluentValue) -> Option<i64> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => Some(n.value as i64),
        _ => None,
    }
}

fn format_en<M>(value: &FluentValue, _: &M) -> Option<String> {
    number(value).map(|n| group_digits(n, ','))
}

fn format_de<M>(value: &FluentValue, _: &M) -> Option<String> {
    number(value).map(|n| group_digits(n, '.'))
}

/// Words a message: `w!(words, "id")` or `w!(words, "id", count = n, name = &s)`. Placeable names
/// are the Rust names (`{ $count }`, `{ $name }` in the FTL files).
#[macro_export]
macro_rules! w {
    ($words:expr, $id:expr) => { $words.text($id, &[]) };
    ($words:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $words.text($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}
