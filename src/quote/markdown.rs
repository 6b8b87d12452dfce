//! Markdown for tickets: text from input can never become a link, an image, HTML, emphasis, a
//! table cell boundary or a new block. CommonMark lets any ASCII punctuation character be escaped
//! with a backslash and shows it literally (CommonMark 0.31 §2.4,
//! <https://spec.commonmark.org/0.31.2/#backslash-escapes>), so every one is escaped; line breaks
//! become spaces, so a value stays on its line.

/// `value` as inert Markdown inline text (also safe inside a table cell).
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push(' '),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A fenced code block holding `body`, with a fence longer than any run of backticks in it, so the
/// body cannot close the block early (CommonMark §4.5).
pub fn fenced(info: &str, body: &str) -> String {
    let longest = body.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat((longest + 1).max(3));
    let body = body.strip_suffix('\n').unwrap_or(body);
    format!("{fence}{info}\n{body}\n{fence}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_images_html_and_cells_stay_text() {
        assert_eq!(text("![x](http://evil/) <img src=x> a|b"), "\\!\\[x\\]\\(http\\:\\/\\/evil\\/\\) \\<img src\\=x\\> a\\|b");
        assert_eq!(text("line\n```\nrm -rf /"), "line \\`\\`\\` rm \\-rf \\/");
        assert_eq!(text("Contoso Ltd ü"), "Contoso Ltd ü");
    }

    #[test]
    fn a_fence_outlasts_the_body() {
        assert_eq!(fenced("powershell", "Get-Item\n"), "```powershell\nGet-Item\n```\n");
        assert_eq!(fenced("", "a ```` b"), "`````\na ```` b\n`````\n");
    }
}
