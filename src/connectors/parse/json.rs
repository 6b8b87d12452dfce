//! The `ConvertTo-Json` reader.
//!
//! The rules follow connectors.md §12 ("ConvertTo-Json"): one piped object gives a JSON object,
//! several give an array of objects; Windows PowerShell 5.1 writes enums as integers and may write
//! an enum as the duplicate-key object `{"value": 4, "Value": "DomainValidation"}`, so objects are
//! read in document order with every key kept (a `serde_json::Map` would sort them and drop one of
//! the duplicates). Meaning is given later: integers stay integers (see connectors.md §4 for what
//! they stand for), dates such as `"\/Date(1773852051000)\/"` stay text.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::connectors::record::{ParseProblem, Parsed, Record, Value};
use crate::model::Location;

/// The format name records from this parser carry.
const FORMAT: crate::connectors::model::Format = crate::connectors::model::Format::Json;

/// A [`Value`] read straight from the JSON tokens, in document order.
struct Ordered(Value);

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(OrderedVisitor).map(Ordered)
    }
}

/// Builds a [`Value`] from whatever JSON value comes next.
struct OrderedVisitor;

impl<'de> Visitor<'de> for OrderedVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        // Integers beyond i64 are kept as their decimal text rather than wrapped or clamped.
        Ok(i64::try_from(v).map(Value::Int).unwrap_or_else(|_| Value::Text(v.to_string())))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Text(v.to_string()))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Text(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Text(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Ordered(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, Ordered(value))) = map.next_entry::<String, Ordered>()? {
            entries.push((key, value));
        }
        Ok(Value::Object(entries))
    }
}

/// Reads `ConvertTo-Json` output: a top-level object is one record, an array gives one record per
/// object element. Several JSON documents one after another are read in turn. A syntax error
/// becomes one [`ParseProblem`]; records read before it are kept.
pub fn parse(text: &str, source: &str) -> Parsed {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut parsed = Parsed::default();
    let starts = record_start_lines(text);
    let mut next_start = starts.iter().copied();
    let mut documents = 0usize;
    let mut failed = false;
    // The byte offset just after the last document read without error.
    let mut good_end = 0usize;

    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Ordered>();
    while let Some(item) = stream.next() {
        let document_line = line_of(text, good_end);
        match item {
            Ok(Ordered(value)) => {
                documents += 1;
                good_end = stream.byte_offset();
                match value {
                    Value::Object(properties) => {
                        let line = next_start.next().unwrap_or(1);
                        parsed.records.push(record(properties, source, line));
                    }
                    Value::List(items) => {
                        let mut others = 0usize;
                        for item in items {
                            match item {
                                Value::Object(properties) => {
                                    let line = next_start.next().unwrap_or(1);
                                    parsed.records.push(record(properties, source, line));
                                }
                                _ => others += 1,
                            }
                        }
                        if others > 0 {
                            parsed.problems.push(ParseProblem {
                                location: Location::new(source, Some(document_line)),
                                message: format!("JSON array holds {others} element(s) that are not objects; they were skipped"),
                            });
                        }
                    }
                    other => parsed.problems.push(ParseProblem {
                        location: Location::new(source, Some(document_line)),
                        message: format!("JSON top-level value is {}, not an object or an array of objects", kind(&other)),
                    }),
                }
            }
            Err(error) => {
                failed = true;
                parsed.problems.push(syntax_problem(&error, source));
                break;
            }
        }
    }

    if documents == 0 && !failed {
        parsed.problems.push(ParseProblem {
            location: Location::new(source, Some(1)),
            message: "JSON syntax error: no JSON value found".to_string(),
        });
    }
    // Every line counts as read when the whole text parsed; after an error only the lines of the
    // documents read before it do.
    let last_line = if failed {
        if good_end == 0 {
            0
        } else {
            line_of(text, good_end)
        }
    } else if documents > 0 {
        text.split('\n').count()
    } else {
        0
    };
    parsed.used_lines = (1..=last_line).collect();
    parsed
}

/// A record from a JSON object's entries.
fn record(properties: Vec<(String, Value)>, source: &str, line: usize) -> Record {
    Record {
        properties,
        location: Location::new(source, Some(line)),
        format: FORMAT,
        source_hint: None,
        truncated: Vec::new(),
        wrapped: Vec::new(),
    }
}

/// The problem for a serde_json error, with its line and the message without serde's own position
/// suffix.
fn syntax_problem(error: &serde_json::Error, source: &str) -> ParseProblem {
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let message = match full.strip_suffix(&suffix) {
        Some(bare) => format!("JSON syntax error: {bare} at column {}", error.column()),
        None => format!("JSON syntax error: {full}"),
    };
    ParseProblem { location: Location::new(source, Some(error.line().max(1))), message }
}

/// A word for a value's JSON kind, for problem messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Int(_) => "a number",
        Value::Text(_) => "a string or number",
        Value::List(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The lines of the `{` that open records, in document order: each top-level object and each object
/// directly inside a top-level array. Strings are skipped so braces inside them do not count. The
/// n-th record read matches the n-th entry as long as the text is well-formed up to that record.
fn record_start_lines(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut line = 1usize;
    let mut depth = 0usize;
    let mut top_is_array = false;
    let mut in_string = false;
    let mut escaped = false;
    for &byte in text.as_bytes() {
        if byte == b'\n' {
            line += 1;
        }
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' => {
                if depth == 0 || (depth == 1 && top_is_array) {
                    starts.push(line);
                }
                if depth == 0 {
                    top_is_array = false;
                }
                depth += 1;
            }
            b'[' => {
                if depth == 0 {
                    top_is_array = true;
                }
                depth += 1;
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_duplicate_keys() {
        let parsed = parse(r#"{"b": 1, "a": {"value": 4, "Value": "DomainValidation"}}"#, "t");
        assert!(parsed.problems.is_empty());
        let r = &parsed.records[0];
        assert_eq!(r.properties[0].0, "b");
        assert_eq!(
            r.properties[1].1,
            Value::Object(vec![("value".into(), Value::Int(4)), ("Value".into(), Value::Text("DomainValidation".into()))])
        );
    }

    #[test]
    fn arrays_give_records_with_lines() {
        let parsed = parse("[\n {\"a\": 1},\n 2,\n {\"a\": \"}{\"}\n]", "t");
        assert_eq!(parsed.records.len(), 2);
        assert_eq!(parsed.records[0].location.line, Some(2));
        assert_eq!(parsed.records[1].location.line, Some(4));
        assert_eq!(parsed.problems.len(), 1);
        assert_eq!(parsed.used_lines, vec![1, 2, 3, 4, 5]);
    }

    #[test]
    fn syntax_errors_carry_their_line() {
        let parsed = parse("{\n\"a\": 1,\n\"b\" 2\n}", "t");
        assert!(parsed.records.is_empty());
        assert_eq!(parsed.problems[0].location.line, Some(3));
        assert!(parsed.problems[0].message.starts_with("JSON syntax error: "), "{}", parsed.problems[0].message);
        assert!(parsed.used_lines.is_empty());
    }

    #[test]
    fn numbers_and_scalars() {
        let parsed = parse(r#"{"f": 1.5, "u": 18446744073709551615, "n": null, "t": true}"#, "t");
        let r = &parsed.records[0];
        assert_eq!(r.get("f"), Some(&Value::Text("1.5".into())));
        assert_eq!(r.get("u"), Some(&Value::Text("18446744073709551615".into())));
        assert_eq!(r.get("n"), Some(&Value::Null));
        assert_eq!(r.get("t"), Some(&Value::Bool(true)));
        assert_eq!(parse("\"x\"", "t").problems.len(), 1);
        assert_eq!(parse("  ", "t").problems.len(), 1);
    }
}
