//! Conversions between Unix seconds and UTC calendar dates.
//!
//! The core never reads the clock: the evaluation time arrives as Unix seconds, and these helpers
//! turn it into the `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM:SSZ` strings that the report and the JSON
//! output show. The algorithm is Howard Hinnant's `days_from_civil` / `civil_from_days`.

/// Seconds in one day.
pub const DAY: i64 = 86_400;

/// Returns the number of days since 1970-01-01 for a proleptic Gregorian date.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Returns `(year, month, day)` for a number of days since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
    (year, month, day)
}

/// Parses `YYYY-MM-DD` into Unix seconds at 00:00:00 UTC of that day.
pub fn parse_date(text: &str) -> Option<i64> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day) * DAY)
}

/// Parses an evaluation time: `YYYY-MM-DD` (midnight UTC) or an RFC 3339 date-time
/// (`2026-11-22T10:15:00Z`, `2026-11-22T10:15:00.5+01:00`, `2026-11-22 10:15Z`; seconds optional).
/// Fractions of a second are dropped (floored), as validators compare whole seconds with a
/// certificate's validity: a time 0.999 s before notBefore is still before it.
pub fn parse_datetime(text: &str) -> Option<i64> {
    let text = text.trim();
    if text.len() <= 10 {
        return parse_date(text);
    }
    let (date, rest) = text.split_at(10);
    let day = parse_date(date)?;
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    // RFC 3339 §5.6: time-offset is "Z" or ("+" / "-") time-hour ":" time-minute.
    let (time, offset) = if let Some(t) = rest.strip_suffix(['Z', 'z']) {
        (t, 0)
    } else {
        let at = rest.rfind(['+', '-'])?;
        let (t, off) = rest.split_at(at);
        let sign = if off.starts_with('-') { -1 } else { 1 };
        let (h, m) = off[1..].split_once(':')?;
        let (h, m): (i64, i64) = (two_digits(h)?, two_digits(m)?);
        if h > 23 || m > 59 {
            return None;
        }
        (t, sign * (h * 3600 + m * 60))
    };
    let (time, fraction) = time.split_once('.').unwrap_or((time, ""));
    if !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut parts = time.split(':');
    let hour = two_digits(parts.next()?)?;
    let minute = two_digits(parts.next()?)?;
    let second = match parts.next() {
        Some(s) => two_digits(s)?,
        None if fraction.is_empty() => 0,
        None => return None,
    };
    // RFC 3339 allows a leap second (60); it is counted as the last second of the minute.
    if parts.next().is_some() || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    Some(day + hour * 3600 + minute * 60 + second.min(59) - offset)
}

fn two_digits(text: &str) -> Option<i64> {
    (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Formats Unix seconds as `YYYY-MM-DD` (UTC).
pub fn format_date(unix: i64) -> String {
    let (y, m, d) = civil_from_days(unix.div_euclid(DAY));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Formats Unix seconds as `YYYY-MM-DDTHH:MM:SSZ` (UTC).
pub fn format_datetime(unix: i64) -> String {
    let secs = unix.rem_euclid(DAY);
    format!("{}T{:02}:{:02}:{:02}Z", format_date(unix), secs / 3600, secs % 3600 / 60, secs % 60)
}

/// Formats Unix seconds as `YYYY-MM-DDTHH:MM` (UTC), the value of an `<input type="datetime-local">`.
pub fn format_minute(unix: i64) -> String {
    format_datetime(unix)[..16].to_string()
}

/// The evaluation time for what the page's date-time field (or a share link) holds: a date-time
/// without a zone is UTC (`2026-06-01T13:05`), one with a zone is honoured, and a date alone keeps
/// the time of day of `now` (links made before the field had a time).
pub fn evaluation_time(now: i64, text: &str) -> Option<i64> {
    let text = text.trim();
    if text.len() <= 10 {
        return on_date(now, text);
    }
    parse_datetime(text).or_else(|| parse_datetime(&format!("{text}Z")))
}

/// The evaluation time for a date picked in the UI: the same time of day as `now`, on `date`.
/// Picking today therefore evaluates at exactly `now`.
pub fn on_date(now: i64, date: &str) -> Option<i64> {
    let picked = parse_date(date)?;
    Some(picked + now.rem_euclid(DAY))
}

/// Whole days from `from` to `to`, rounded towards zero: 213.5 days is 213, and -59.5 is -59
/// ("expired 59 days ago").
pub fn days_between(from: i64, to: i64) -> i64 {
    (to - from) / DAY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_known_dates() {
        for (text, unix) in [("1970-01-01", 0), ("2025-05-12", 1_747_008_000), ("2000-02-29", 951_782_400), ("1969-12-31", -86_400)] {
            assert_eq!(parse_date(text), Some(unix), "{text}");
            assert_eq!(format_date(unix), text);
        }
        assert_eq!(format_datetime(1_747_008_000 + 3661), "2025-05-12T01:01:01Z");
    }

    #[test]
    fn on_date_keeps_the_time_of_day() {
        let now = parse_date("2026-11-23").unwrap() + 13 * 3600;
        assert_eq!(on_date(now, "2026-11-23"), Some(now));
        assert_eq!(on_date(now, "2025-05-12").map(format_datetime).as_deref(), Some("2025-05-12T13:00:00Z"));
        assert_eq!(on_date(now, "nope"), None);
    }

    #[test]
    fn parses_rfc_3339_date_times() {
        let day = parse_date("2026-11-22").unwrap();
        for (text, unix) in [
            ("2026-11-22", Some(day)),
            ("2026-11-22T10:15:00Z", Some(day + 36_900)),
            ("2026-11-22t10:15:00z", Some(day + 36_900)),
            ("2026-11-22 10:15Z", Some(day + 36_900)),
            ("2026-11-22T10:15:00.999Z", Some(day + 36_900)),
            ("2026-11-22T11:15:00+01:00", Some(day + 36_900)),
            ("2026-11-22T09:15:00-01:00", Some(day + 36_900)),
            ("2026-11-22T10:15", None),
            ("2026-11-22T25:00:00Z", None),
            ("2026-11-22T10:15:00+1:00", None),
            ("2026-11-22T10:15:00.Z", Some(day + 36_900)),
            ("2026-11-22T10:15:0xZ", None),
            ("2026-11-22X10:15:00Z", None),
        ] {
            assert_eq!(parse_datetime(text), unix, "{text}");
        }
    }

    #[test]
    fn the_page_field_is_utc_to_the_minute() {
        let now = parse_date("2026-11-23").unwrap() + 13 * 3600 + 125;
        assert_eq!(format_minute(now), "2026-11-23T13:02");
        assert_eq!(evaluation_time(now, "2026-11-23T13:02"), Some(now - 5));
        assert_eq!(evaluation_time(now, "2026-11-23T14:02+01:00"), Some(now - 5));
        assert_eq!(evaluation_time(now, "2026-11-23"), Some(now));
        assert_eq!(evaluation_time(now, "nope"), None);
    }

    #[test]
    fn rejects_impossible_dates() {
        for text in ["2025-02-29", "2025-13-01", "2025-00-10", "x", "2025-1", "", "2025-04-31"] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }
}
