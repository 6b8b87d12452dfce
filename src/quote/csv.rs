//! CSV cells (RFC 4180, <https://www.rfc-editor.org/rfc/rfc4180>) that a spreadsheet cannot run:
//! a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel and
//! LibreOffice, so it gets a leading `'` (OWASP, "CSV Injection",
//! <https://owasp.org/www-community/attacks/CSV_Injection>); a cell holding a comma, a quote or a
//! line break is quoted with `"` doubled.

/// One CSV cell.
pub fn cell(value: &str) -> String {
    let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// One CSV line (with its line break) from cells.
pub fn row<S: AsRef<str>>(cells: &[S]) -> String {
    let mut line = cells.iter().map(|c| cell(c.as_ref())).collect::<Vec<_>>().join(",");
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_separators_quoted() {
        assert_eq!(cell("=HYPERLINK(\"http://evil\")"), "\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("-2+3"), "'-2+3");
        assert_eq!(cell("Contoso, Ltd"), "\"Contoso, Ltd\"");
        assert_eq!(cell("crl.example.test"), "crl.example.test");
        assert_eq!(row(&["a", "b,c"]), "a,\"b,c\"\n");
    }
}
