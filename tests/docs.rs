//! `docs/findings.md` must list exactly the catalogue. `UPDATE_DOCS=1 cargo test --test docs` rewrites it.
#![cfg(not(target_arch = "wasm32"))]

use forcetls::catalog::{markdown, CATALOG};

#[test]
fn findings_doc_matches_the_catalogue() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/findings.md");
    let want = markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(have == want, "docs/findings.md is stale: run UPDATE_DOCS=1 cargo test --test docs");
}

#[test]
fn ids_are_unique_kebab_case_and_fully_described() {
    let mut seen = std::collections::HashSet::new();
    for e in CATALOG {
        assert!(seen.insert(e.id), "duplicate id {}", e.id);
        assert!(e.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{} is not kebab-case", e.id);
        for lang in forcetls::i18n::Lang::ALL {
            let words = forcetls::i18n::report(*lang);
            let id = forcetls::catalog::message_id(e.finding);
            assert!(words.has(&id) && words.has(&format!("{id}.remedy")), "{} lacks words in {lang}", e.id);
        }
        assert!(!e.reference.is_empty(), "{} lacks a reference", e.id);
        assert_eq!(forcetls::catalog::entry(e.finding).id, e.id);
    }
}
