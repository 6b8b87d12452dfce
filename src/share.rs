//! Share links: the whole input (pasted text, files, date, trust options) deflated into the URL
//! fragment, which browsers never send to a server. The format is versioned: `v1.` followed by
//! URL-safe Base64 of raw-deflated JSON.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::trust::StoreChoice;

/// The prefix of the current format.
pub const PREFIX: &str = "v1.";
/// The longest fragment forcetls creates: links beyond this break in mail and chat clients.
pub const MAX_LINK_CHARS: usize = 32_768;
/// The most bytes a fragment may inflate to (a guard against deflate bombs).
pub const MAX_INFLATED_BYTES: usize = 8 * 1024 * 1024;

/// Everything the page needs to show the same diagnosis again.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shared {
    /// The paste box.
    #[serde(default)]
    pub text: String,
    /// Files: name and Base64 content.
    #[serde(default)]
    pub files: Vec<(String, String)>,
    /// The evaluation time: `YYYY-MM-DDTHH:MM` in UTC (links made before it had a time hold
    /// `YYYY-MM-DD`).
    #[serde(default)]
    pub date: String,
    /// The validating side's store.
    #[serde(default)]
    pub store: StoreChoice,
    /// Roots the user trusts.
    #[serde(default)]
    pub roots: String,
    /// Roots treated as public CAs.
    #[serde(default)]
    pub public_roots: String,
    /// The chain after a rollover, for comparison.
    #[serde(default)]
    pub next: String,
    /// The server name clients connect to (host name or IP address); empty for none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The most intermediate CAs a path may have; absent for the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_depth: Option<usize>,
    /// The language the page was shown in (`en`, `de`, `zh-TW`); absent in links made before
    /// forcetls spoke more than English, which then open in the reader's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::i18n::Lang>,
}

/// Why a link could not be made or read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The link is from a newer (or unknown) forcetls version.
    UnknownVersion(String),
    /// The link was cut or altered.
    Damaged(Damage),
    /// The input is too large for a link.
    TooLong { chars: usize, limit: usize },
    /// A link longer than the encoder makes: refused before it is decoded.
    LinkTooLong { chars: usize, limit: usize },
}

/// How a link was damaged (the page words it; `ui.ftl`, `share-damaged-*`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Damage {
    /// Not URL-safe Base64; the decoder's message, verbatim.
    NotBase64(String),
    /// It inflates to more than [`MAX_INFLATED_BYTES`].
    InflatesTooLarge,
    /// It cannot be inflated; the inflater's status, verbatim.
    CannotInflate(String),
    /// It is not the expected JSON; the parser's message, verbatim.
    NotExpectedData(String),
}

/// Encodes the input as a fragment (without the `#`).
pub fn encode(shared: &Shared) -> Result<String, ShareError> {
    let json = serde_json::to_vec(shared).expect("the share state always serialises");
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    let fragment = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed));
    if fragment.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong { chars: fragment.len(), limit: MAX_LINK_CHARS });
    }
    Ok(fragment)
}

/// Decodes a fragment (with or without the leading `#`). An empty fragment is not a link: `Ok(None)`.
/// A fragment longer than [`MAX_LINK_CHARS`] is refused before it is decoded, and inflating
/// stops at [`MAX_INFLATED_BYTES`].
pub fn decode(fragment: &str) -> Result<Option<Shared>, ShareError> {
    let fragment = fragment.trim().trim_start_matches('#');
    if fragment.is_empty() {
        return Ok(None);
    }
    let Some(body) = fragment.strip_prefix(PREFIX) else {
        let version = fragment.split('.').next().unwrap_or(fragment).chars().take(16).collect();
        return Err(ShareError::UnknownVersion(version));
    };
    // The encoder never makes a longer link, so a longer one was not made by forcetls: refuse it
    // before decoding or inflating anything.
    if fragment.len() > MAX_LINK_CHARS {
        return Err(ShareError::LinkTooLong { chars: fragment.len(), limit: MAX_LINK_CHARS });
    }
    let packed = URL_SAFE_NO_PAD.decode(body.trim_end_matches('=')).map_err(|e| ShareError::Damaged(Damage::NotBase64(e.to_string())))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED_BYTES).map_err(|e| match e.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::Damaged(Damage::InflatesTooLarge),
        status => ShareError::Damaged(Damage::CannotInflate(format!("{status:?}"))),
    })?;
    serde_json::from_slice(&json).map(Some).map_err(|e| ShareError::Damaged(Damage::NotExpectedData(e.to_string())))
}

/// Removes private-key PEM blocks from text, returning the text and how many were removed.
pub fn strip_private_keys(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    let mut inside = false;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if !inside && t.starts_with("-----BEGIN ") && t.contains("PRIVATE KEY") {
            inside = true;
            removed += 1;
            continue;
        }
        if inside {
            if t.starts_with("-----END ") {
                inside = false;
            }
            continue;
        }
        out.push_str(line);
    }
    (out, removed)
}

/// Something a share link would disclose, for the warning shown before sharing (the page words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sensitive {
    /// Private keys, which are removed from the link but should be treated as exposed.
    PrivateKeys(usize),
    /// Connectors: the tenant's connector names, domains, smart hosts and IP addresses.
    Connectors(usize),
    /// Files, with their names.
    Files(usize),
    /// Message headers or NDR text, which can name people and servers.
    Headers,
}

/// What a link would disclose, for the warning shown before sharing.
pub fn sensitive(shared: &Shared, private_keys: usize, connectors: usize) -> Vec<Sensitive> {
    let mut out = Vec::new();
    if private_keys > 0 {
        out.push(Sensitive::PrivateKeys(private_keys));
    }
    if connectors > 0 {
        out.push(Sensitive::Connectors(connectors));
    }
    if !shared.files.is_empty() {
        out.push(Sensitive::Files(shared.files.len()));
    }
    if shared.text.contains("Received:") || shared.text.contains("LastAttemptedIP") {
        out.push(Sensitive::Headers);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Shared {
        Shared { text: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".into(), files: vec![("a.cer".into(), "MIIB".into())], date: "2026-06-01".into(), store: StoreChoice::Mozilla, roots: String::new(), public_roots: String::new(), next: String::new(), name: String::new(), max_depth: None, lang: None }
    }

    #[test]
    fn the_server_name_and_depth_travel_and_old_links_still_open() {
        let with_name = Shared { name: "mail.contoso.com".into(), max_depth: Some(2), date: "2026-06-01T10:15".into(), ..sample() };
        assert_eq!(decode(&encode(&with_name).unwrap()).unwrap(), Some(with_name));
        // A link made before the fields existed: JSON without them.
        let old = serde_json::json!({ "text": "x", "files": [], "date": "2026-06-01", "store": "mozilla", "roots": "", "public_roots": "", "next": "" });
        let packed = miniz_oxide::deflate::compress_to_vec(old.to_string().as_bytes(), 9);
        let decoded = decode(&format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))).unwrap().unwrap();
        assert_eq!((decoded.name.as_str(), decoded.max_depth, decoded.date.as_str()), ("", None, "2026-06-01"));
    }

    #[test]
    fn round_trips() {
        let fragment = encode(&sample()).unwrap();
        assert!(fragment.starts_with("v1."));
        assert_eq!(decode(&format!("#{fragment}")).unwrap(), Some(sample()));
        assert_eq!(decode("").unwrap(), None);
    }

    #[test]
    fn damaged_unknown_and_too_long() {
        let fragment = encode(&sample()).unwrap();
        assert!(matches!(decode(&fragment[..fragment.len() / 2]), Err(ShareError::Damaged(_))));
        assert!(matches!(decode("v1.!!!"), Err(ShareError::Damaged(_))));
        assert!(matches!(decode("v9.abc"), Err(ShareError::UnknownVersion(v)) if v == "v9"));
        // Incompressible text: letters from a xorshift generator.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let text = (0..100_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                char::from(b'a' + (x % 26) as u8)
            })
            .collect();
        let huge = Shared { text, ..sample() };
        assert!(matches!(encode(&huge), Err(ShareError::TooLong { .. })));
        // The decoder refuses what the encoder would never make, before decoding it.
        let long = format!("v1.{}", "A".repeat(MAX_LINK_CHARS));
        assert_eq!(decode(&long), Err(ShareError::LinkTooLong { chars: MAX_LINK_CHARS + 3, limit: MAX_LINK_CHARS }));
        let longest = format!("v1.{}", "A".repeat(MAX_LINK_CHARS - 3));
        assert!(matches!(decode(&longest), Err(ShareError::Damaged(_))));
    }

    #[test]
    fn private_keys_are_stripped() {
        let text = "a\n-----BEGIN PRIVATE KEY-----\nsecret\n-----END PRIVATE KEY-----\nb\n-----BEGIN RSA PRIVATE KEY-----\nx\n-----END RSA PRIVATE KEY-----\n";
        assert_eq!(strip_private_keys(text), ("a\nb\n".to_string(), 2));
    }
}
