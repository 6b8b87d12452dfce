//! The languages forcetls speaks, and the wording layer. Wording happens only when a
//! [`crate::Report`] is made for a language (`report::explain(&diagnosis, lang)`), when the page
//! draws its own chrome, or when the CLI prints; the core's `Diagnosis` stays language-free data.
//!
//! Messages are Project Fluent files, `locales/<lang>/<group>.ftl`, compiled in (the page
//! compiles in English only and installs another language when it is shown: [`install`]). Three bundles:
//! [`report`] (the report: `report.ftl`, `exchange.ftl`, `findings.ftl`), [`ui`] (the page's
//! chrome: `ui.ftl`) and [`cli`] (`cli.ftl`). Adding a message: write it in the `en` file of its
//! group, then in `de` and `zh-TW` with the same placeables, and word it with
//! `w!(words, "message-id", name = value)`; `cargo test --test i18n` fails until every language
//! has it. `docs/i18n.md` has the conventions and the glossary.

mod format;
mod words;

pub use format::{group_digits, ymd};
pub use words::{Arg, Words};

use std::sync::OnceLock;

use crate::closed_set;

/// The English messages, compiled in everywhere. Each bundle function below names only the files
/// it needs, so a program that never calls one does not carry its files (the page carries the
/// chrome's and the era comparison's; the diagnosis worker the report's).
mod en {
    pub const REPORT: &str = include_str!("../../locales/en/report.ftl");
    pub const EXCHANGE: &str = include_str!("../../locales/en/exchange.ftl");
    pub const FINDINGS: &str = include_str!("../../locales/en/findings.ftl");
    pub const UI: &str = include_str!("../../locales/en/ui.ftl");
    pub const CLI: &str = include_str!("../../locales/en/cli.ftl");
}

/// Every message file compiled into this program, as `(language, file name, text)`: what the
/// bundles are made of (the key-coverage test checks that it is every file in `locales/`).
///
/// NOTE: the page and its worker (wasm32) carry only English and load another language's files
/// when it is first shown ([`install`], from `locales/<lang>/` beside the page): both extra
/// languages together would add about 36 KB brotli to every first view. The CLI and the tests
/// carry every language.
#[cfg(not(target_arch = "wasm32"))]
pub const FILES: &[(Lang, &str, &str)] = &[
    (Lang::En, "report.ftl", en::REPORT),
    (Lang::En, "exchange.ftl", en::EXCHANGE),
    (Lang::En, "findings.ftl", en::FINDINGS),
    (Lang::En, "ui.ftl", en::UI),
    (Lang::En, "cli.ftl", en::CLI),
    (Lang::De, "report.ftl", include_str!("../../locales/de/report.ftl")),
    (Lang::De, "exchange.ftl", include_str!("../../locales/de/exchange.ftl")),
    (Lang::De, "findings.ftl", include_str!("../../locales/de/findings.ftl")),
    (Lang::De, "ui.ftl", include_str!("../../locales/de/ui.ftl")),
    (Lang::De, "cli.ftl", include_str!("../../locales/de/cli.ftl")),
    (Lang::ZhTw, "report.ftl", include_str!("../../locales/zh-TW/report.ftl")),
    (Lang::ZhTw, "exchange.ftl", include_str!("../../locales/zh-TW/exchange.ftl")),
    (Lang::ZhTw, "findings.ftl", include_str!("../../locales/zh-TW/findings.ftl")),
    (Lang::ZhTw, "ui.ftl", include_str!("../../locales/zh-TW/ui.ftl")),
    (Lang::ZhTw, "cli.ftl", include_str!("../../locales/zh-TW/cli.ftl")),
];

/// The files a page loads for a language it does not carry ([`install`]), from `locales/<lang>/`.
/// The page hands them on to the diagnosis worker with each request ([`installed`]), which words
/// the report with them.
pub const PAGE_FILES: &[&str] = &["report.ftl", "exchange.ftl", "findings.ftl", "ui.ftl"];

/// Message files installed at run time, per language (see [`install`]).
static INSTALLED: [OnceLock<Vec<(String, String)>>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// Installs a language's message files, as `(file name, text)`, once: the page fetches them when
/// the language is first shown. The text is the program's own (`locales/`), never user input.
/// Installing a language twice keeps the first files.
pub fn install(lang: Lang, files: Vec<(String, String)>) {
    let _ = INSTALLED[words::lang_index(lang)].set(files);
}

/// The message files installed for `lang` (none when it is compiled in or not loaded yet).
pub fn installed(lang: Lang) -> Vec<(String, String)> {
    INSTALLED[words::lang_index(lang)].get().cloned().unwrap_or_default()
}

/// Whether `lang`'s messages are compiled in or installed; until then its words are English.
pub fn available(lang: Lang) -> bool {
    lang == Lang::En || compiled_in(lang) || INSTALLED[words::lang_index(lang)].get().is_some()
}

#[cfg(not(target_arch = "wasm32"))]
fn compiled_in(lang: Lang) -> bool {
    FILES.iter().any(|(l, _, _)| *l == lang)
}

#[cfg(target_arch = "wasm32")]
fn compiled_in(_: Lang) -> bool {
    false
}

/// The files of one bundle in `lang`: English as the bundle function names them, another language
/// compiled in (natively) or installed, by the same file names.
fn files(lang: Lang, english: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    if lang == Lang::En {
        return english.to_vec();
    }
    let wanted = |name: &str| english.iter().any(|(n, _)| *n == name);
    #[cfg(not(target_arch = "wasm32"))]
    let compiled = FILES.iter().filter(|(l, name, _)| *l == lang && wanted(name)).map(|(_, name, text)| (*name, *text));
    #[cfg(target_arch = "wasm32")]
    let compiled = std::iter::empty();
    let installed = INSTALLED[words::lang_index(lang)].get().into_iter().flatten().filter(|(name, _)| wanted(name)).map(|(name, text)| (name.as_str(), text.as_str()));
    compiled.chain(installed).collect()
}

static REPORT: [OnceLock<Words>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
static ERAS: [OnceLock<Words>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
static UI: [OnceLock<Words>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
static CLI: [OnceLock<Words>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

fn cached(cell: &'static [OnceLock<Words>; 3], lang: Lang, english: &[(&'static str, &'static str)]) -> &'static Words {
    // A language whose files are not there yet is worded in English, and its bundle is not made
    // (so that it is made complete once the files are installed).
    let lang = if available(lang) { lang } else { Lang::En };
    cell[words::lang_index(lang)].get_or_init(|| Words::new(lang, &files(lang, english)))
}

/// The report's words (report, Exchange errors, findings catalogue) in `lang`.
pub fn report(lang: Lang) -> &'static Words {
    cached(&REPORT, lang, &[("report.ftl", en::REPORT), ("exchange.ftl", en::EXCHANGE), ("findings.ftl", en::FINDINGS)])
}

/// The report's own messages without Exchange's errors and the findings catalogue: what the page
/// needs to word Exchange Online's era comparison and dates itself (`report.ftl`).
pub fn eras(lang: Lang) -> &'static Words {
    cached(&ERAS, lang, &[("report.ftl", en::REPORT)])
}

/// The page chrome's words in `lang`.
pub fn ui(lang: Lang) -> &'static Words {
    cached(&UI, lang, &[("ui.ftl", en::UI)])
}

/// The command line's words in `lang`.
pub fn cli(lang: Lang) -> &'static Words {
    cached(&CLI, lang, &[("cli.ftl", en::CLI)])
}

impl Words {
    /// A UTC date (`YYYY-MM-DD`, or the date of an RFC 3339 date-time) as the language writes it:
    /// `1 June 2026`, `1. Juni 2026`, `2026年6月1日` (message `date`). Other text is returned as it is.
    pub fn date(&self, iso: &str) -> String {
        match ymd(iso) {
            Some((year, month, day)) => crate::w!(self, "date", year = year.to_string(), month = month, day = day),
            None => iso.to_string(),
        }
    }

    /// A whole number with the language's digit grouping (message-independent).
    pub fn number(&self, n: i64) -> String {
        group_digits(n, if self.lang() == Lang::De { '.' } else { ',' })
    }
}

closed_set! {
    /// A language of the page, the report and the CLI's text output (a BCP 47 tag).
    pub enum Lang {
        /// English.
        En = "en",
        /// German.
        De = "de",
        /// Traditional Chinese (Taiwan).
        ZhTw = "zh-TW",
    }
}

// NOTE: closed_set! derives a fixed list of traits, so the default is written out.
#[allow(clippy::derivable_impls)]
impl Default for Lang {
    fn default() -> Self {
        Lang::En
    }
}

impl Lang {
    /// The language for a BCP 47 tag, matched case-insensitively on its primary subtag (and, for
    /// Chinese, its script or region: Traditional `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let lower = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = lower.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "zh" if parts.any(|p| matches!(p, "hant" | "tw" | "hk" | "mo")) => Some(Lang::ZhTw),
            _ => None,
        }
    }

    /// The first of the user's preferred languages (`navigator.languages`, `Accept-Language` order)
    /// that forcetls speaks, else English.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred.iter().find_map(|t| Lang::from_tag(t.as_ref())).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_negotiated_in_preference_order() {
        assert_eq!(Lang::negotiate(&["fr-FR", "de-CH", "en"]), Lang::De);
        assert_eq!(Lang::negotiate(&["zh-Hant-TW"]), Lang::ZhTw);
        assert_eq!(Lang::negotiate(&["zh_TW"]), Lang::ZhTw);
        assert_eq!(Lang::negotiate(&["zh-CN", "en-GB"]), Lang::En);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
        assert_eq!(Lang::from_tag("DE"), Some(Lang::De));
    }

    #[test]
    fn dates_and_numbers_follow_the_language() {
        assert_eq!(report(Lang::En).date("2026-06-01T10:15:00Z"), "1 June 2026");
        assert_eq!(report(Lang::De).date("2026-06-01"), "1. Juni 2026");
        assert_eq!(report(Lang::ZhTw).date("2026-06-01"), "2026年6月1日");
        assert_eq!(report(Lang::De).number(32768), "32.768");
        assert_eq!(crate::w!(report(Lang::De), "count-days", count = 32768usize), "32.768 Tage");
    }
}
