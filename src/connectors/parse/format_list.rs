//! The `Format-List` reader: `Label<pad> : value` text as PowerShell prints it to a console or file.
//!
//! The rules follow connectors.md §12 ("Format-List text"):
//! * a record is a group of `Label<pad> : value` lines; records are separated by blank lines, and the
//!   label is padded with spaces to the longest label of its record, so every label line of one record
//!   has its colon in the same column;
//! * an empty value is written as `Label<pad> :` with nothing after it;
//! * multi-valued properties are `{a, b, c}`, `{}` when empty, and `{a, b, c, d...}` when
//!   `$FormatEnumerationLimit` cut the list (data was lost, so the property goes into `truncated`);
//! * long values wrap at the host's width onto continuation lines indented to the value column, which
//!   makes joining ambiguous (the rule chosen is described at `join_pieces`); such properties go into
//!   `wrapped`.
//!
//! Nothing is interpreted here: `True`/`False`, dates, sizes and enum names stay text.

use crate::connectors::record::{Parsed, Record, Value};
use crate::model::Location;

/// The format name records from this parser carry.
const FORMAT: crate::connectors::model::Format = crate::connectors::model::Format::FormatList;

/// A record needs at least this many label lines to count, so that a stray `Note : …` line in
/// prose is not taken for an export.
const MIN_LABEL_LINES: usize = 2;

/// A `Label<pad> : value` line, taken apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LabelLine<'a> {
    /// The property name.
    pub label: &'a str,
    /// The 0-based column (in characters) of the colon.
    pub colon_col: usize,
    /// The text after `: `, untrimmed (empty for `Label :`).
    pub value: &'a str,
}

/// Reads a `Label<pad> : value` line: a PowerShell property name starting at column 0 (a letter or
/// `_`, then letters, digits, `_`, `.` or `-`), at least one space, a colon, and then either the end
/// of the line or a space and the value.
pub(crate) fn label_line(line: &str) -> Option<LabelLine<'_>> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    if !(first.is_alphabetic() || first == '_') {
        return None;
    }
    // The label runs until the first space.
    let label_end = line.find(' ')?;
    let label = &line[..label_end];
    if !label.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-')) {
        return None;
    }
    // Then only spaces up to the colon.
    let after_label = &line[label_end..];
    let pad = after_label.len() - after_label.trim_start_matches(' ').len();
    let rest = &after_label[pad..];
    let after_colon = rest.strip_prefix(':')?;
    let value = if after_colon.is_empty() {
        ""
    } else {
        after_colon.strip_prefix(' ')?
    };
    // Labels are ASCII in practice; counting characters keeps the column right if one is not.
    let colon_col = label.chars().count() + pad;
    Some(LabelLine { label, colon_col, value })
}

/// Reads a prompt or command echo line such as `PS C:\> Get-OutboundConnector | fl` or
/// `[PS] C:\>Get-SendConnector | Format-List`, returning the command's cmdlet name when it names one
/// (`Some(None)` for a prompt without a `Verb-Noun` cmdlet, `None` when the line is not a prompt).
pub(crate) fn prompt_line(line: &str) -> Option<Option<String>> {
    let rest = if let Some(rest) = line.strip_prefix("[PS]") {
        rest
    } else if line.starts_with("PS ") || line.starts_with("PS>") {
        &line[2..]
    } else {
        return None;
    };
    let gt = rest.find('>')?;
    let command = &rest[gt + 1..];
    let cmdlet = command
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | ';' | '(' | ')' | '='))
        .find(|token| is_cmdlet_name(token))
        .map(str::to_string);
    Some(cmdlet)
}

/// Whether a token looks like a `Verb-Noun` cmdlet name (`Get-OutboundConnector`).
fn is_cmdlet_name(token: &str) -> bool {
    let Some((verb, noun)) = token.split_once('-') else {
        return false;
    };
    !verb.is_empty()
        && !noun.is_empty()
        && verb.chars().all(|c| c.is_ascii_alphabetic())
        && noun.chars().all(|c| c.is_ascii_alphanumeric())
}

/// One physical line of a value: its text and facts about the whole physical line it came from.
struct Piece {
    /// The text on this line that belongs to the value.
    text: String,
    /// The physical line's length in characters, trailing whitespace removed.
    line_len: usize,
    /// Whether the physical line had trailing whitespace (PowerShell's word wrap leaves the space it
    /// broke at on the line; many captures trim it).
    trailing_space: bool,
}

impl Piece {
    /// A piece from a physical line and the part of it that belongs to the value.
    fn new(line: &str, text: &str) -> Self {
        let trimmed = line.trim_end();
        Piece { text: text.trim().to_string(), line_len: trimmed.chars().count(), trailing_space: trimmed.len() != line.len() }
    }
}

/// A property being collected.
struct Prop {
    /// The label as written.
    name: String,
    /// The first line's part of the value, then each continuation.
    pieces: Vec<Piece>,
}

/// A record being collected.
struct Builder {
    /// The 1-based line of the first label line.
    start_line: usize,
    /// The colon column shared by the record's label lines.
    colon_col: usize,
    /// The properties so far.
    props: Vec<Prop>,
    /// The 1-based lines the record consists of.
    lines: Vec<usize>,
    /// Whether the next line may still continue the last value (false after a foreign line).
    can_continue: bool,
    /// The cmdlet named by the last prompt line before the record.
    source_hint: Option<String>,
}

impl Builder {
    /// Starts a record at a label line.
    fn new(line_no: usize, colon_col: usize, source_hint: Option<String>) -> Self {
        Builder { start_line: line_no, colon_col, props: Vec::new(), lines: Vec::new(), can_continue: true, source_hint }
    }

    /// Whether the record already has a property of this name (compared case-insensitively, as
    /// PowerShell does); a repeated label means a new record began without a blank line.
    fn has(&self, label: &str) -> bool {
        self.props.iter().any(|p| p.name.eq_ignore_ascii_case(label))
    }

    /// The value column: the first character after `: `.
    fn value_col(&self) -> usize {
        self.colon_col + 2
    }
}

/// Reads Format-List records from `text` (already decoded; CRLF allowed). Never fails: lines that
/// are neither label lines nor continuations are left unused for the certificate scanner.
pub fn parse(text: &str, source: &str) -> Parsed {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut parsed = Parsed::default();
    let mut done: Vec<Builder> = Vec::new();
    let mut current: Option<Builder> = None;
    let mut source_hint: Option<String> = None;

    for (index, raw) in text.split('\n').enumerate() {
        let line_no = index + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = line.trim_end();

        if trimmed.is_empty() {
            done.extend(current.take());
            continue;
        }
        // Label lines are tried first, so that a property called `PS` is never taken for a prompt.
        let label = label_line(trimmed);
        if label.is_none() {
            if let Some(cmdlet) = prompt_line(trimmed) {
                done.extend(current.take());
                source_hint = cmdlet;
                parsed.used_lines.push(line_no);
                continue;
            }
        }
        if let Some(label) = label {
            let starts_new = match &current {
                Some(builder) => builder.colon_col != label.colon_col || builder.has(label.label),
                None => true,
            };
            if starts_new {
                done.extend(current.take());
                current = Some(Builder::new(line_no, label.colon_col, source_hint.clone()));
            }
            if let Some(builder) = current.as_mut() {
                builder.props.push(Prop { name: label.label.to_string(), pieces: vec![Piece::new(line, label.value)] });
                builder.lines.push(line_no);
                builder.can_continue = true;
            }
            continue;
        }
        // A continuation is indented by exactly the value column and follows a label line or
        // another continuation of the same record.
        if let Some(builder) = current.as_mut() {
            let indent = trimmed.len() - trimmed.trim_start_matches(' ').len();
            let rest = &trimmed[indent..];
            let starts_with_text = rest.chars().next().is_some_and(|c| !c.is_whitespace());
            if builder.can_continue && indent == builder.value_col() && starts_with_text {
                if let Some(prop) = builder.props.last_mut() {
                    prop.pieces.push(Piece::new(line, rest));
                    builder.lines.push(line_no);
                    continue;
                }
            }
            // A foreign line (a PEM line, an error message) is left alone; it does not end the
            // record, but nothing after it can continue the value before it.
            builder.can_continue = false;
        }
    }
    done.extend(current.take());

    // A record needs enough label lines; the others' lines stay unused.
    done.retain(|builder| builder.props.len() >= MIN_LABEL_LINES);
    let wrap = Wrap::measure(&done);
    for builder in done {
        parsed.used_lines.extend(builder.lines.iter().copied());
        parsed.records.push(finish(builder, source, &wrap));
    }
    parsed.used_lines.sort_unstable();
    parsed.used_lines.dedup();
    parsed
}

/// What the text tells about how PowerShell wrapped it. All records of one capture come from the
/// same host, so the width is measured over the whole text rather than per record.
struct Wrap {
    /// The longest physical line of any record (trailing whitespace removed): the best available
    /// guess at the width the host wrapped at.
    width: usize,
    /// Whether some wrapped line ended short of that width, which only PowerShell's word-wrapping
    /// mode does (it is used for en, fr, de, it, pt and es cultures; other cultures cut every line
    /// at the full width, wherever that falls).
    word_wrap: bool,
}

impl Wrap {
    /// Measures the records' lines.
    fn measure(records: &[Builder]) -> Self {
        let pieces = || records.iter().flat_map(|b| b.props.iter()).flat_map(|p| p.pieces.iter());
        let width = pieces().map(|piece| piece.line_len).max().unwrap_or(0);
        let word_wrap = records.iter().flat_map(|b| b.props.iter()).any(|prop| {
            let broken = &prop.pieces[..prop.pieces.len().saturating_sub(1)];
            broken.iter().any(|piece| piece.line_len < width || piece.trailing_space)
        });
        Wrap { width, word_wrap }
    }
}

/// Turns a collected record into a [`Record`].
fn finish(builder: Builder, source: &str, wrap: &Wrap) -> Record {
    let value_width = wrap.width.saturating_sub(builder.value_col());
    let mut record = Record {
        properties: Vec::with_capacity(builder.props.len()),
        location: Location::new(source, Some(builder.start_line)),
        format: FORMAT,
        source_hint: builder.source_hint,
        truncated: Vec::new(),
        wrapped: Vec::new(),
    };
    for prop in builder.props {
        if prop.pieces.len() > 1 && !record.wrapped.contains(&prop.name) {
            record.wrapped.push(prop.name.clone());
        }
        let joined = join_pieces(&prop.pieces, wrap, value_width);
        let (value, truncated) = convert_value(&joined);
        if truncated && !record.truncated.contains(&prop.name) {
            record.truncated.push(prop.name.clone());
        }
        record.properties.push((prop.name, value));
    }
    record
}

/// Joins a value's physical pieces.
///
/// connectors.md §12 says long values wrap at the host width, "breaks at spaces where possible, else
/// mid-token ⇒ joining is ambiguous (space or not)". PowerShell's word wrap moves a word that does
/// not fit to the next line and drops the space before it (or leaves it as trailing whitespace);
/// only a word longer than a whole line is cut, filling the line to the full width. So a piece is
/// joined to the one before it *without* a space only when all of these hold:
/// * the physical line before it has no trailing whitespace (a kept trailing space means a break
///   at a space);
/// * that line is exactly as long as the longest record line of the whole text (the host width as
///   best we can tell; a line broken at a space ends short of it);
/// * either the text shows no word-wrapping at all (see [`Wrap::word_wrap`]: then every break is a
///   cut), or the token spanning the break — the previous piece's last space-free run plus the next
///   piece's first one — is at least as long as the value column is wide, as a word PowerShell cut
///   must be.
///
/// Otherwise the pieces are joined with one space. The guess can still be wrong (a width that no
/// line reached, a word cut that happens to look short), which is why every wrapped property is
/// listed in [`Record::wrapped`].
fn join_pieces(pieces: &[Piece], wrap: &Wrap, value_width: usize) -> String {
    let mut joined = String::new();
    let mut previous: Option<&Piece> = None;
    for piece in pieces {
        if let Some(before) = previous {
            if !joined.is_empty() && !is_cut(before, piece, wrap, value_width) {
                joined.push(' ');
            }
        }
        joined.push_str(&piece.text);
        previous = Some(piece);
    }
    joined
}

/// Whether the break between `before` and `after` looks like a cut in the middle of a word (see
/// [`join_pieces`]).
fn is_cut(before: &Piece, after: &Piece, wrap: &Wrap, value_width: usize) -> bool {
    if before.trailing_space || before.line_len != wrap.width {
        return false;
    }
    if !wrap.word_wrap {
        return true;
    }
    let tail = before.text.rsplit(' ').next().map_or(0, |run| run.chars().count());
    let head = after.text.split(' ').next().map_or(0, |run| run.chars().count());
    tail + head >= value_width
}

/// Converts a joined value: empty ⇒ [`Value::Null`], `{…}` ⇒ [`Value::List`] of texts (with
/// `true` when the list ended in `...`), anything else ⇒ trimmed [`Value::Text`].
fn convert_value(joined: &str) -> (Value, bool) {
    let value = joined.trim();
    if value.is_empty() {
        return (Value::Null, false);
    }
    if let Some(inner) = value.strip_prefix('{').and_then(|v| v.strip_suffix('}')) {
        let (inner, truncated) = match inner.strip_suffix("...") {
            Some(kept) => (kept, true),
            None => (inner, false),
        };
        let items = if inner.trim().is_empty() {
            Vec::new()
        } else {
            inner.split(", ").map(|item| Value::Text(item.trim().to_string())).collect()
        };
        return (Value::List(items), truncated);
    }
    (Value::Text(value.to_string()), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_lines_are_recognised() {
        let l = label_line("TlsDomain                     : *.contoso.com").unwrap();
        assert_eq!((l.label, l.colon_col, l.value), ("TlsDomain", 30, "*.contoso.com"));
        let l = label_line("Comment :").unwrap();
        assert_eq!((l.label, l.colon_col, l.value), ("Comment", 8, ""));
        assert!(label_line("Name: x").is_none());
        assert!(label_line("  Name : x").is_none());
        assert!(label_line("-----BEGIN CERTIFICATE-----").is_none());
        assert!(label_line("Name :x").is_none());
    }

    #[test]
    fn prompts_name_their_cmdlet() {
        assert_eq!(prompt_line(r"PS C:\> Get-OutboundConnector | fl"), Some(Some("Get-OutboundConnector".into())));
        assert_eq!(prompt_line(r"[PS] C:\>Get-SendConnector | Format-List"), Some(Some("Get-SendConnector".into())));
        assert_eq!(prompt_line(r"PS C:\> $x | fl"), Some(None));
        assert_eq!(prompt_line("PSComputerName : x"), None);
    }

    #[test]
    fn wrapped_values_join_by_width() {
        // Width 15; `Bb` broke at a space (short line), `Cc` was cut inside a word at least as long
        // as the value column (10 characters), `Dd` ends at the width but the spanning token
        // `Exch(F)` is short, so it broke at a space.
        let text = "Aa : 0123456789\nBb : abc\n     def\nCc : 01234 6789\n     abcdefghij\nDd : 12345 Exch\n     (F)\n";
        let parsed = parse(text, "t");
        let r = &parsed.records[0];
        assert_eq!(r.get("Bb"), Some(&Value::Text("abc def".into())));
        assert_eq!(r.get("Cc"), Some(&Value::Text("01234 6789abcdefghij".into())));
        assert_eq!(r.get("Dd"), Some(&Value::Text("12345 Exch (F)".into())));
        assert_eq!(r.wrapped, vec!["Bb".to_string(), "Cc".to_string(), "Dd".to_string()]);
        assert_eq!(parsed.used_lines, vec![1, 2, 3, 4, 5, 6, 7]);
    }

    #[test]
    fn trailing_space_means_a_space_break() {
        let text = "Aa : 0123456789\nBb : 0123 56789 \n     def\n";
        let r = &parse(text, "t").records[0];
        assert_eq!(r.get("Bb"), Some(&Value::Text("0123 56789 def".into())));
    }

    #[test]
    fn without_word_wrap_every_full_line_is_a_cut() {
        // A culture without word wrap cuts every line at the full width, even inside short words.
        let text = "Aa : 0123\nBb : Exchange Adminis\n     trative Group\n";
        let r = &parse(text, "t").records[0];
        assert_eq!(r.get("Bb"), Some(&Value::Text("Exchange Administrative Group".into())));
    }

    #[test]
    fn lists_and_truncation() {
        assert_eq!(convert_value("{}"), (Value::List(vec![]), false));
        assert_eq!(
            convert_value("{a, b...}"),
            (Value::List(vec![Value::Text("a".into()), Value::Text("b".into())]), true)
        );
        assert_eq!(convert_value(""), (Value::Null, false));
        assert_eq!(convert_value("True"), (Value::Text("True".into()), false));
    }

    #[test]
    fn repeated_label_starts_a_new_record() {
        let parsed = parse("A : 1\nB : 2\nA : 3\nB : 4\n", "t");
        assert_eq!(parsed.records.len(), 2);
    }

    #[test]
    fn pem_lines_are_not_used() {
        let text = "A : 1\nB : 2\n-----BEGIN CERTIFICATE-----\n    MIIB\n-----END CERTIFICATE-----\n";
        let parsed = parse(text, "t");
        assert_eq!(parsed.records.len(), 1);
        assert_eq!(parsed.used_lines, vec![1, 2]);
    }
}
