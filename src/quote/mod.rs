//! The one place where text that came from input is made safe for the languages forcetls writes:
//! PowerShell ([`powershell`]) and POSIX shell ([`posix`]) commands (with host names checked by
//! [`host`] and URLs by [`url`]) that admins run as Exchange administrator or root, Markdown for
//! tickets ([`markdown`]) and CSV for spreadsheets ([`csv`]).
//!
//! Every generated command and export goes through these functions. A value that cannot be quoted
//! safely (it holds a line break or another control character, or a Unicode bidirectional control
//! that would make the command read differently from what runs) is refused, never emitted: the
//! caller reports a `command-value-refused` finding instead of the command.

pub mod csv;
pub mod host;
pub mod markdown;
pub mod posix;
pub mod powershell;
pub mod url;

use serde::{Deserialize, Serialize};

use crate::closed_set;

closed_set! {
    /// Why a value was refused.
    pub enum Refusal {
        /// A line feed, carriage return or Unicode line/paragraph separator: it would end a
        /// command or a `#` comment.
        LineBreak = "line-break",
        /// Another C0/C1 control character (NUL, escape, backspace…).
        ControlCharacter = "control-character",
        /// A Unicode bidirectional control (U+202A–U+202E, U+2066–U+2069): the command would
        /// display differently from what runs.
        BidiControl = "bidi-control",
        /// Not a host name or IP address where one is needed (see [`host::host`]).
        NotAHost = "not-a-host",
        /// Not an absolute `http`, `https`, `ldap` or `ldaps` URL of RFC 3986 characters with a
        /// valid host (see [`url::url`]).
        NotAUrl = "not-a-url",
    }
}

/// A value that cannot be put into a command safely, shown with its dangerous characters escaped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refused {
    /// The value as `\u{…}`-escaped text, safe to display.
    pub value: String,
    /// Why it was refused.
    pub reason: Refusal,
}

/// The first reason `value` cannot be quoted, if any.
pub fn check(value: &str) -> Result<(), Refused> {
    for c in value.chars() {
        let reason = match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0b}' | '\u{0c}' => Refusal::LineBreak,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => Refusal::BidiControl,
            c if c.is_control() => Refusal::ControlCharacter,
            _ => continue,
        };
        return Err(Refused { value: display(value), reason });
    }
    Ok(())
}

/// `value` with every control and bidirectional character written as `\u{XXXX}`, for showing a
/// refused value in a finding without letting it act.
pub fn display(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            out.push_str(&format!("\\u{{{:04X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_would_break_or_disguise_a_command() {
        for (value, reason) in [
            ("a\nb", Some(Refusal::LineBreak)),
            ("a\r", Some(Refusal::LineBreak)),
            ("a\u{2028}b", Some(Refusal::LineBreak)),
            ("a\u{0}b", Some(Refusal::ControlCharacter)),
            ("a\u{1b}[31m", Some(Refusal::ControlCharacter)),
            ("evil\u{202e}txt.exe", Some(Refusal::BidiControl)),
            ("CN=mail.contoso.com, O=Contoso; $(rm -rf /) `'\"", None),
            ("日本語 ümlaut", None),
        ] {
            assert_eq!(check(value).err().map(|r| r.reason), reason, "{value:?}");
        }
        assert_eq!(display("a\nb\u{202e}"), "a\\u{000A}b\\u{202E}");
    }
}
