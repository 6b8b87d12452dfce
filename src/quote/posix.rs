//! POSIX shell words: every input-derived value single-quoted, with each `'` written as `'\''`.
//! Inside single quotes a POSIX shell expands nothing (POSIX.1-2017, Shell Command Language
//! §2.2.2, <https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_02_02_02>).
//! Line breaks and other control characters are refused (see [`super::check`]).

use super::{check, Refused};

/// `value` as one single-quoted shell word, or why it cannot be one.
pub fn quote(value: &str) -> Result<String, Refused> {
    check(value)?;
    Ok(format!("'{}'", value.replace('\'', "'\\''")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_quotes_are_closed_escaped_and_reopened() {
        assert_eq!(quote("http://crl.example.test/a.crl").unwrap(), "'http://crl.example.test/a.crl'");
        assert_eq!(quote("it's $(id); `x`").unwrap(), "'it'\\''s $(id); `x`'");
        assert!(quote("a\nb").is_err());
    }
}
