//! The languages forcetls speaks. Wording happens only when a [`crate::Report`] is made for a
//! language (`report::explain(&diagnosis, lang)`); the core's `Diagnosis` stays language-free data.
//!
//! TODO: this is the seam the wording layer (Fluent message files per language) plugs into; until it
//! lands every language is worded in English.

use crate::closed_set;

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
}
