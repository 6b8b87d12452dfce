//! Readers for the ways an Exchange admin can export connectors: `Format-List`
//! text, `ConvertTo-Json` and `Export-Clixml`. Each turns text into [`Record`]s of named properties
//! as PowerShell had them; giving them meaning is left to later stages.
//!
//! [`Record`]: crate::connectors::record::Record

pub mod clixml;
pub mod format_list;
pub mod json;

/// Guesses which export format a text that is one export is in (a paste of several kinds is split
/// into items by `intake::segment` first, and each item goes to its own parser):
/// * `"json"` when the first non-whitespace character is `{` or `[` and the text has a `":`;
/// * `"clixml"` when it contains `<Objs`;
/// * `"format-list"` when at least two lines are `Label<pad> : value` lines;
/// * `"table"` for PowerShell's default table view (a header line over a line of dashes such as
///   `----  -------`), which cannot be read reliably and should be re-exported with `Format-List *`
///   or as JSON;
/// * `None` for anything else.
pub fn detect(text: &str) -> Option<&'static str> {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if (start.starts_with('{') || start.starts_with('[')) && text.contains("\":") {
        return Some("json");
    }
    if text.contains("<Objs") {
        return Some("clixml");
    }
    let lines = || text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l).trim_end());
    let label_lines = lines().filter(|l| format_list::label_line(l).is_some()).take(2).count();
    if label_lines >= 2 {
        return Some("format-list");
    }
    let mut previous: Option<&str> = None;
    for line in lines() {
        if let Some(header) = previous {
            if is_table_rule(header, line) {
                return Some("table");
            }
        }
        previous = Some(line);
    }
    None
}

/// Whether `rule` is a table's dash line (only `-` and spaces, starting with a dash) under a
/// non-blank `header` that has a column title starting where each run of dashes starts.
pub(crate) fn is_table_rule(header: &str, rule: &str) -> bool {
    if header.trim().is_empty() || !rule.starts_with('-') || !rule.chars().all(|c| c == '-' || c == ' ') {
        return false;
    }
    let header: Vec<char> = header.chars().collect();
    let rule: Vec<char> = rule.chars().collect();
    let starts: Vec<usize> = (0..rule.len()).filter(|&i| rule[i] == '-' && (i == 0 || rule[i - 1] == ' ')).collect();
    // A table has at least two columns; a lone `---` (as in s_client transcripts) is not one.
    starts.len() >= 2 && starts.iter().all(|&i| header.get(i).is_some_and(|c| !c.is_whitespace()))
}

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn detects_each_format() {
        assert_eq!(detect("\n  [\n {\"a\":  1}]"), Some("json"));
        assert_eq!(detect("\u{feff}<Objs Version=\"1.1.0.1\">"), Some("clixml"));
        assert_eq!(detect("\r\nName    : a\r\nEnabled : True\r\n"), Some("format-list"));
        let table = "Name          SenderDomains Enabled\n----          ------------- -------\nInbound from  {smtp:*;1}    True\n";
        assert_eq!(detect(table), Some("table"));
        assert_eq!(detect("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"), None);
        assert_eq!(detect("hello"), None);
        assert_eq!(detect("CONNECTED(00000003)\n---\nCertificate chain\n"), None);
        assert_eq!(detect("[1, 2]"), None);
    }
}
