//! Numbers and dates in a language's conventions, for what people read (not for data).

/// A whole number with its digits grouped by `separator` in threes, from five digits on (so years,
/// key sizes and ports read as written: 2026, 4096, 8443; 32768 becomes 32,768 or 32.768).
pub fn group_digits(n: i64, separator: char) -> String {
    let digits = n.unsigned_abs().to_string();
    if digits.len() < 5 {
        return n.to_string();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// The year, month and day of a `YYYY-MM-DD…` text (a date or an RFC 3339 date-time).
pub fn ymd(text: &str) -> Option<(i64, i64, i64)> {
    let y = text.get(0..4)?.parse().ok()?;
    let m = text.get(5..7)?.parse().ok()?;
    let d = text.get(8..10)?.parse().ok()?;
    (text.as_bytes().get(4) == Some(&b'-') && text.as_bytes().get(7) == Some(&b'-')).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped_from_five_digits_on() {
        assert_eq!(group_digits(2048, ','), "2048");
        assert_eq!(group_digits(32768, ','), "32,768");
        assert_eq!(group_digits(5_242_880, '.'), "5.242.880");
        assert_eq!(group_digits(-123456, ','), "-123,456");
        assert_eq!(group_digits(100000, ','), "100,000");
    }

    #[test]
    fn dates_are_read_from_iso_text() {
        assert_eq!(ymd("2026-06-01"), Some((2026, 6, 1)));
        assert_eq!(ymd("2026-06-01T10:15:00Z"), Some((2026, 6, 1)));
        assert_eq!(ymd("June 1"), None);
    }
}
