//! Property tests of the quoting module (`src/quote/`): for any string, each quoting function
//! either refuses it or produces text that the target language reads back as exactly that string
//! and nothing more. PowerShell is read by a model of its tokenizer (`common/powershell.rs`; no
//! `pwsh` can be installed here, see docs/security.md), POSIX shell words by the real shells,
//! Markdown by pulldown-cmark, CSV by the RFC 4180 rules.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/powershell.rs"]
mod powershell;

use std::process::Command;

use forcetls::quote::{self, csv, host, markdown, posix, url};
use powershell::{skeleton, tokenize, verbatim_values, Token};
use proptest::prelude::*;

/// Strings made of what breaks quoting: every quote PowerShell and the shells know, `$`, `(`,
/// backticks, `;`, line breaks, controls, bidi overrides, Markdown and CSV syntax, and anything.
fn nasty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(vec![
            "'", "\u{2018}", "\u{2019}", "\u{201a}", "\u{201b}", "\"", "\u{201c}", "\u{201d}", "\u{201e}", "$", "$(", ")", "${", "`", ";", "&", "|", "\\", "\n", "\r", "\u{2028}",
            "\u{0}", "\u{1b}[31m", "\u{202e}", "#", "<#", "#>", "@(", "[", "](", "![", "<img src=x>", "*", "_", "~~", "```", "=", "+", "-", "@", "\t", ",", " ", "%", "http://e.test/",
        ]).prop_map(str::to_string),
        2 => "[a-zA-Z0-9. -]{0,6}",
        1 => any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

fn shells() -> Vec<&'static str> {
    ["/bin/sh", "/bin/bash", "/bin/dash"].into_iter().filter(|s| std::path::Path::new(s).exists()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// A PowerShell literal is refused exactly when `check` refuses the value; otherwise it is one
    /// verbatim string token holding exactly the value.
    #[test]
    fn powershell_literals_read_back_as_one_verbatim_string(value in nasty()) {
        match quote::powershell::literal(&value) {
            Ok(literal) => prop_assert_eq!(tokenize(&literal), vec![Token::Verbatim(value)]),
            Err(refused) => prop_assert_eq!(Some(refused.reason), quote::check(&value).err().map(|r| r.reason)),
        }
    }

    /// A command built from hostile values has the same tokens as one built from plain values,
    /// and its verbatim strings are exactly the values, in order.
    #[test]
    fn powershell_commands_keep_their_shape(a in nasty(), b in nasty(), c in nasty()) {
        let build = |a: &str, b: &str, c: &str| quote::powershell::Command::new("Set-ReceiveConnector").arg("Identity", a).token("RequireTLS", "$true").list("AuthMechanism", &[b.to_string(), c.to_string()]).build();
        let plain = tokenize(&build("x", "y", "z").unwrap());
        match build(&a, &b, &c) {
            Ok(line) => {
                let tokens = tokenize(&line);
                prop_assert_eq!(skeleton(&tokens), skeleton(&plain));
                prop_assert_eq!(verbatim_values(&tokens), vec![a, b, c]);
            }
            Err(_) => prop_assert!(quote::check(&a).is_err() || quote::check(&b).is_err() || quote::check(&c).is_err()),
        }
    }

    /// Inert Markdown renders as exactly the value's text (line breaks and controls as spaces), in
    /// a paragraph and in a table cell: never a link, image, HTML, emphasis, code or new block.
    #[test]
    fn markdown_text_renders_as_plain_text(value in nasty()) {
        use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
        let text = markdown::text(&value);
        let want: String = value.chars().map(|c| if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') { ' ' } else { c }).collect();
        let normal = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let expect = normal(&format!("x {want} x"));
        // In a paragraph: only text.
        let mut seen = String::new();
        for event in Parser::new_ext(&format!("x {text} x\n"), Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
            match event {
                Event::Text(t) => seen.push_str(&t),
                Event::SoftBreak | Event::HardBreak => seen.push(' '),
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
                other => prop_assert!(false, "{:?} from {:?}", other, value),
            }
        }
        prop_assert_eq!(normal(&seen), expect.clone());
        // In a table cell: only text, and the row keeps its two cells.
        let mut cells = Vec::new();
        let mut cell = String::new();
        for event in Parser::new_ext(&format!("| a | b |\n|---|---|\n| x {text} x | y |\n"), Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
            match event {
                Event::Text(t) => cell.push_str(&t),
                Event::End(TagEnd::TableCell) => cells.push(normal(&std::mem::take(&mut cell))),
                Event::Start(Tag::Table(_) | Tag::TableHead | Tag::TableRow | Tag::TableCell) | Event::End(TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow) => {}
                other => prop_assert!(false, "{:?} from {:?}", other, value),
            }
        }
        prop_assert_eq!(cells, vec!["a".to_string(), "b".to_string(), expect, "y".to_string()]);
    }

    /// A fenced block holds the body verbatim, whatever backticks it holds.
    #[test]
    fn markdown_fences_outlast_their_body(lines in prop::collection::vec("[a-z`~ ]{0,12}", 1..5)) {
        use pulldown_cmark::{Event, Parser, Tag};
        let body = lines.join("\n");
        let doc = markdown::fenced("powershell", &body);
        let events: Vec<Event> = Parser::new(&doc).collect();
        prop_assert!(matches!(events.first(), Some(Event::Start(Tag::CodeBlock(_)))), "{:?}", events);
        let code: String = events.iter().filter_map(|e| if let Event::Text(t) = e { Some(t.to_string()) } else { None }).collect();
        // A final line break ends the body rather than being part of it.
        prop_assert_eq!(code, format!("{}\n", body.strip_suffix('\n').unwrap_or(&body)));
        prop_assert_eq!(events.iter().filter(|e| matches!(e, Event::Start(_))).count(), 1);
    }

    /// A CSV cell never starts (inside its quotes, if quoted) with a formula character, and reads
    /// back as the value, with a `'` in front when it was neutralised.
    #[test]
    fn csv_cells_never_start_a_formula(value in nasty()) {
        let cell = csv::cell(&value);
        let inner = match cell.strip_prefix('"').and_then(|c| c.strip_suffix('"')) {
            Some(quoted) => quoted.replace("\"\"", "\""),
            None => {
                prop_assert!(!cell.contains([',', '"', '\n', '\r']), "{:?}", cell);
                cell.clone()
            }
        };
        prop_assert!(!inner.starts_with(['=', '+', '-', '@', '\t', '\r']), "{:?}", cell);
        let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.clone() };
        prop_assert_eq!(inner, neutral);
    }

    /// What passes the host check is a host: letters, digits, dots, hyphens and IPv6 colons.
    #[test]
    fn hosts_hold_only_host_characters(value in nasty()) {
        if let Ok(h) = host::host(&value) {
            prop_assert!(!h.is_empty() && h.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b".-:".contains(&b)), "{:?}", h);
            prop_assert!(!h.starts_with('-'));
        }
    }

    /// What passes the URL check is RFC 3986 text with a checked host, and `http`/`https`/`ldap(s)`.
    #[test]
    fn urls_hold_only_uri_characters(path in nasty(), host in prop::sample::select(vec!["crl.example.test", "$(id)", "a.test;id", "[2001:db8::1]", "192.0.2.1:8080", "x y"])) {
        let value = format!("http://{host}/{path}");
        if let Ok(u) = url::url(&value) {
            prop_assert!(u.text.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b)), "{:?}", u.text);
            prop_assert!(host::host(&u.host).is_ok());
        }
    }
}

proptest! {
    // Each case starts the shells, so fewer cases.
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// A POSIX word is read back by every shell on the machine as exactly the value: the shell
    /// parses `printf %s <word>` itself.
    #[test]
    fn posix_words_read_back_exactly_in_real_shells(value in nasty()) {
        match posix::quote(&value) {
            Ok(word) => {
                for shell in shells() {
                    let out = Command::new(shell).arg("-c").arg(format!("printf %s {word}")).output().unwrap();
                    prop_assert!(out.status.success(), "{} {:?}: {}", shell, word, String::from_utf8_lossy(&out.stderr));
                    prop_assert_eq!(String::from_utf8_lossy(&out.stdout).into_owned(), value.clone(), "{}", shell);
                }
            }
            Err(refused) => prop_assert_eq!(Some(refused.reason), quote::check(&value).err().map(|r| r.reason)),
        }
    }
}
