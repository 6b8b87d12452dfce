//! Segmentation: one text source split into typed items with their line ranges, before anything
//! is parsed. Admins paste everything into the one box (connector dumps in any export format, in
//! any order and several at once, certificates, `openssl s_client` transcripts, NDR lines and
//! their own notes), so the kinds are told apart first and each parser then sees only its item.
//!
//! Every rule here looks at a line and at most its neighbours, and every line is examined a
//! bounded number of times, so segmentation is linear in the size of the text.

use super::s_client;
use crate::connectors::errors;
use crate::connectors::parse::{format_list, is_table_rule};
use crate::model::ItemKind;

/// One item: its kind and its lines as 0-based indexes, `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// What the item is.
    pub kind: ItemKind,
    /// Its first line (0-based).
    pub start: usize,
    /// One past its last line.
    pub end: usize,
    /// For a JSON item: the line of the value itself, when a prompt line comes first.
    pub body: usize,
}

impl Span {
    fn new(kind: ItemKind, start: usize, end: usize) -> Self {
        Span { kind, start, end, body: start }
    }

    /// The item as the diagnosis reports it (1-based, inclusive).
    pub fn item(&self) -> crate::model::Item {
        crate::model::Item { kind: self.kind, first_line: self.start + 1, last_line: self.end.max(self.start + 1) }
    }
}

/// Splits `lines` into items, in order. Blank lines belong to no item unless they sit inside one
/// (a JSON value, Format-List records, a transcript).
pub fn segment(lines: &[&str]) -> Vec<Span> {
    let mut s = Segmenter { lines, items: Vec::new(), run: None, transcript: None, no_json_before: 0 };
    let mut i = 0;
    while i < lines.len() {
        i = s.step(i);
    }
    s.close_run();
    s.close_transcript(lines.len());
    s.items
}

/// Whether a line is s_client's `CONNECTED(…)`, the start of a connection's output.
fn is_connected_line(line: &str) -> bool {
    line.trim_start().starts_with("CONNECTED(")
}

/// An open transcript: where it started and whether its `CONNECTED(` line was seen.
struct Transcript {
    start: usize,
    connected: bool,
}

struct Segmenter<'a> {
    lines: &'a [&'a str],
    items: Vec<Span>,
    /// The open run of Base64 or other-text lines.
    run: Option<Span>,
    transcript: Option<Transcript>,
    /// JSON is not looked for again inside a region already scanned and rejected (keeps it linear).
    no_json_before: usize,
}

impl Segmenter<'_> {
    /// Handles the item starting at line `i`; returns the next line to look at.
    fn step(&mut self, i: usize) -> usize {
        let line = self.lines[i];
        let t = line.trim();
        if t.is_empty() {
            self.close_run();
            return i + 1;
        }
        // Connector dumps first: none can sit inside a transcript, so one ends it.
        if let Some(span) = self.connector_item(i) {
            self.close_run();
            self.close_transcript(i);
            self.items.push(span);
            return span.end;
        }
        if self.transcript.is_some() {
            if let Some(next) = self.inside_transcript(i, t) {
                return next;
            }
        }
        if let Some(label) = begin_label(t) {
            self.close_run();
            let end = pem_end(self.lines, i, label);
            self.items.push(Span::new(ItemKind::Pem, i, end));
            return end;
        }
        if s_client::starts_transcript(t) || s_client::is_transcript_line(t) {
            self.close_run();
            // An echoed `$ openssl s_client …` command line opens the transcript but is not yet
            // `CONNECTED(`, so the `CONNECTED(` line after it continues the same transcript.
            self.transcript = Some(Transcript { start: i, connected: is_connected_line(t) });
            return i + 1;
        }
        if errors::recognise(t).is_some() {
            self.close_run();
            self.items.push(Span::new(ItemKind::ErrorLine, i, i + 1));
            return i + 1;
        }
        let kind = if is_base64_line(t) { ItemKind::Base64 } else { ItemKind::Text };
        match &mut self.run {
            Some(run) if run.kind == kind => run.end = i + 1,
            _ => {
                self.close_run();
                self.run = Some(Span::new(kind, i, i + 1));
            }
        }
        i + 1
    }

    /// A line while a transcript is open: returns the next line when the transcript took it, or
    /// None when the transcript ended before it (the line is then read as anything else).
    fn inside_transcript(&mut self, i: usize, t: &str) -> Option<usize> {
        let connected = self.transcript.as_ref().is_some_and(|tr| tr.connected);
        // OpenSSL prints `depth=` lines on stderr, so a `2>&1` capture may show them before
        // `CONNECTED(`: a new transcript starts only once the current one has got going.
        if s_client::starts_transcript(t) {
            if connected {
                self.close_transcript(i);
                return None;
            }
            if let Some(tr) = self.transcript.as_mut() {
                tr.connected = is_connected_line(t);
            }
            return Some(i + 1);
        }
        if t == "DONE" {
            self.close_transcript(i + 1);
            return Some(i + 1);
        }
        if errors::recognise(t).is_some() {
            self.close_transcript(i);
            return None;
        }
        // The certificates a transcript printed are part of it.
        Some(match begin_label(t) {
            Some(label) => pem_end(self.lines, i, label),
            None => i + 1,
        })
    }

    fn close_run(&mut self) {
        if let Some(run) = self.run.take() {
            self.items.push(run);
        }
    }

    /// Ends the open transcript just before line `end` (trailing blank lines left out).
    fn close_transcript(&mut self, end: usize) {
        if let Some(tr) = self.transcript.take() {
            let mut end = end;
            while end > tr.start + 1 && self.lines[end - 1].trim().is_empty() {
                end -= 1;
            }
            self.items.push(Span::new(ItemKind::SClient, tr.start, end));
        }
    }

    /// A connector dump starting at line `i`: Clixml, JSON, a table, or Format-List records.
    fn connector_item(&mut self, i: usize) -> Option<Span> {
        let lines = self.lines;
        let t = lines[i].trim();
        if t.contains("<Objs") || (t.starts_with("<?xml") && lines.get(i + 1).is_some_and(|l| l.contains("<Objs"))) {
            let end = (i..lines.len()).find(|&j| lines[j].contains("</Objs>")).map_or(lines.len(), |j| j + 1);
            return Some(Span::new(ItemKind::Clixml, i, end));
        }
        if let Some(span) = self.json_item(i) {
            return Some(span);
        }
        if let Some(next) = lines.get(i + 1) {
            if is_table_rule(lines[i].trim_end(), next.trim_end()) {
                let end = (i + 2..lines.len()).find(|&j| lines[j].trim().is_empty()).unwrap_or(lines.len());
                return Some(Span::new(ItemKind::Table, i, end));
            }
        }
        format_list_item(lines, i)
    }

    /// A JSON value starting at line `i` (or at the line after a PowerShell prompt line): from its
    /// opening bracket to the matching closing one, strings honoured. It counts only when it holds
    /// a `"key":`, so `[1, 2]` or an NDR's `{[{LED=…}]}` stay text. An unclosed value ends before
    /// the next PEM block or transcript, so what follows a cut-off dump is still read.
    fn json_item(&mut self, i: usize) -> Option<Span> {
        let lines = self.lines;
        let prompt = format_list::label_line(lines[i].trim_end()).is_none() && format_list::prompt_line(lines[i].trim()).is_some();
        let body = if prompt { (i + 1..lines.len().min(i + GAP)).find(|&j| !lines[j].trim().is_empty())? } else { i };
        if body < self.no_json_before || !matches!(lines[body].trim_start().chars().next(), Some('{' | '[')) {
            return None;
        }
        if prompt && format_list::prompt_line(lines[body].trim()).is_some() {
            return None;
        }
        let (end, closed) = balanced_end(lines, body);
        let end = if closed { end } else { (body + 1..end).find(|&j| begin_label(lines[j].trim()).is_some() || s_client::starts_transcript(lines[j])).unwrap_or(end) };
        if !lines[body..end].iter().any(|l| has_key(l)) {
            self.no_json_before = end;
            return None;
        }
        Some(Span { kind: ItemKind::Json, start: i, end, body })
    }
}

/// The line after the one where the bracket opened on line `start` closes, and whether it closed.
fn balanced_end(lines: &[&str], start: usize) -> (usize, bool) {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (j, line) in lines.iter().enumerate().skip(start) {
        for c in line.chars() {
            if in_string {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '{' | '[' => depth += 1,
                '}' | ']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return (j + 1, true);
                    }
                }
                _ => {}
            }
        }
    }
    (lines.len(), false)
}

/// Whether a line holds a JSON key: a closing quote followed by optional spaces and a colon.
fn has_key(line: &str) -> bool {
    line.match_indices('"').any(|(at, _)| line[at + 1..].trim_start().starts_with(':'))
}

/// Format-List records starting at line `i`: label lines (`Label<pad> : value` at column 0),
/// their indented continuation lines, blank lines between records, and prompt lines
/// (`PS C:\> Get-SendConnector | fl`) before a record. At least two label lines make it a dump.
fn format_list_item(lines: &[&str], i: usize) -> Option<Span> {
    let is_label = |j: usize| format_list::label_line(lines[j].trim_end()).is_some();
    let is_prompt = |j: usize| !is_label(j) && format_list::prompt_line(lines[j].trim()).is_some();
    // The label line that starts the next record after blank and prompt lines from `j`, if one
    // does within a few lines (records are one or two blank lines apart; the bound keeps this linear).
    let next_record = |j: usize| (j..lines.len().min(j + GAP)).find(|&k| !(lines[k].trim().is_empty() || is_prompt(k))).filter(|&k| is_label(k));
    if !(is_label(i) || (is_prompt(i) && next_record(i + 1).is_some())) {
        return None;
    }
    let mut labels = 0;
    let mut end = i;
    let mut j = i;
    while j < lines.len() {
        let line = lines[j].trim_end();
        if is_label(j) {
            labels += 1;
            j += 1;
        } else if line.trim().is_empty() || is_prompt(j) {
            match next_record(j) {
                Some(k) => j = k,
                None => break,
            }
            continue;
        } else if line.starts_with(' ') && j > i {
            j += 1;
        } else {
            // Neither a label, a continuation, a blank between records, nor a prompt: the dump ends.
            break;
        }
        end = j;
    }
    (labels >= 2).then(|| Span::new(ItemKind::FormatList, i, end))
}

/// How many blank or prompt lines may separate two records of one dump, or a prompt and its dump.
const GAP: usize = 16;

/// Returns the label of a `-----BEGIN LABEL-----` line.
pub fn begin_label(line: &str) -> Option<&str> {
    let label = line.strip_prefix("-----BEGIN ")?.strip_suffix("-----")?;
    (!label.is_empty() && !label.contains('-')).then_some(label)
}

/// The line after the PEM block that begins at line `start`: after its END line, or, when it has
/// none, before the next BEGIN line (or at the end).
fn pem_end(lines: &[&str], start: usize, _label: &str) -> usize {
    for (j, line) in lines.iter().enumerate().skip(start + 1) {
        let t = line.trim();
        if t.starts_with("-----END ") {
            return j + 1;
        }
        if begin_label(t).is_some() {
            return j;
        }
    }
    lines.len()
}

/// A line that can be part of armour-less Base64: long enough and only Base64 characters.
pub fn is_base64_line(line: &str) -> bool {
    line.len() >= 16 && line.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ItemKind::*;

    fn kinds(text: &str) -> Vec<(ItemKind, usize, usize)> {
        let lines: Vec<&str> = text.lines().collect();
        segment(&lines).iter().map(|s| (s.kind, s.start + 1, s.end)).collect()
    }

    const PEM: &str = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----";
    const JSON: &str = "[\n  {\n    \"Name\": \"To Contoso\",\n    \"TlsSettings\": \"DomainValidation\"\n  }\n]";
    const FL: &str = "Name        : To Contoso\nTlsSettings : DomainValidation\nTlsDomain   : mail.contoso.test";
    const NDR: &str = "Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]";

    #[test]
    fn each_kind_in_any_order() {
        assert_eq!(kinds(&format!("{JSON}\n{PEM}")), [(Json, 1, 6), (Pem, 7, 9)]);
        assert_eq!(kinds(&format!("{PEM}\n\n{JSON}")), [(Pem, 1, 3), (Json, 5, 10)]);
        assert_eq!(kinds(&format!("{JSON}\n{JSON}\n\n{FL}")), [(Json, 1, 6), (Json, 7, 12), (FormatList, 14, 16)]);
        let clixml = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\n  <Obj RefId=\"0\"></Obj>\n</Objs>";
        assert_eq!(kinds(&format!("{clixml}\n{PEM}\n{NDR}")), [(Clixml, 1, 3), (Pem, 4, 6), (ErrorLine, 7, 7)]);
        assert_eq!(kinds(&format!("some notes\nmore notes\n\n{NDR}\n{FL}")), [(Text, 1, 2), (ErrorLine, 4, 4), (FormatList, 5, 7)]);
    }

    #[test]
    fn a_transcript_ends_where_something_else_begins() {
        let transcript = format!("CONNECTED(00000003)\ndepth=0 CN = mail.contoso.test\n---\nCertificate chain\n{PEM}\n---\nVerify return code: 0 (ok)\n---");
        assert_eq!(kinds(&format!("{transcript}\n{JSON}")), [(SClient, 1, 10), (Json, 11, 16)]);
        assert_eq!(kinds(&format!("{transcript}\n250 STARTTLS\nDONE\nthanks")), [(SClient, 1, 12), (Text, 13, 13)]);
        assert_eq!(kinds(&format!("{transcript}\n\n{NDR}")), [(SClient, 1, 10), (ErrorLine, 12, 12)]);
        // An echoed command line before CONNECTED( belongs to the same transcript, and so does the
        // next command's output after it (one transcript each).
        assert_eq!(kinds("$ openssl s_client -connect mail.contoso.test:25 -starttls smtp -showcerts\nCONNECTED(00000003)\n---\nDONE"), [(SClient, 1, 4)]);
        assert_eq!(kinds("$ openssl s_client -connect a:25\nCONNECTED(00000003)\n---\n$ openssl s_client -connect b:25\nCONNECTED(00000003)\n---"), [(SClient, 1, 3), (SClient, 4, 6)]);
        // stderr's depth= lines before CONNECTED( belong to the same transcript.
        assert_eq!(kinds("depth=0 CN = a\nCONNECTED(00000003)\n---\nCONNECTED(00000004)\n---"), [(SClient, 1, 3), (SClient, 4, 5)]);
    }

    #[test]
    fn prompts_belong_to_their_dump() {
        let text = format!("PS C:\\> Get-OutboundConnector | ConvertTo-Json\n{JSON}\n[PS] C:\\>Get-SendConnector | fl\n\n{FL}");
        let lines: Vec<&str> = text.lines().collect();
        let spans = segment(&lines);
        assert_eq!(spans.iter().map(|s| (s.kind, s.start + 1, s.end, s.body + 1)).collect::<Vec<_>>(), [(Json, 1, 7, 2), (FormatList, 8, 12, 8)]);
    }

    #[test]
    fn what_only_looks_like_json_or_format_list_stays_text() {
        assert_eq!(kinds("[1, 2]\n{[{LED=none}]}"), [(Text, 1, 2)]);
        assert_eq!(kinds("Note : only one label line\nhello"), [(Text, 1, 2)]);
        // A cut-off dump ends before the certificate after it.
        assert_eq!(kinds(&format!("[\n  {{\n    \"Name\": \"x\",\n{PEM}")), [(Json, 1, 3), (Pem, 4, 6)]);
        let table = "Name          SenderDomains Enabled\n----          ------------- -------\nInbound from  {smtp:*;1}    True\n\nafter";
        assert_eq!(kinds(table), [(Table, 1, 3), (Text, 5, 5)]);
    }

    #[test]
    fn many_unclosed_brackets_stay_linear() {
        let text = "[\n".repeat(50_000);
        let lines: Vec<&str> = text.lines().collect();
        let started = std::time::Instant::now();
        let spans = segment(&lines);
        assert_eq!(spans.len(), 1);
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
    }
}
