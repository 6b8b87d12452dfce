//! The `Export-Clixml` reader.
//!
//! The rules follow connectors.md §12 ("Export-Clixml"): the root is
//! `<Objs xmlns="http://schemas.microsoft.com/powershell/2004/04">`; each top-level `<Obj>` is one
//! record whose properties are the children of `<Props>` and `<MS>`, named by their `N` attribute;
//! enums are `<Obj>`s with a `<ToString>` and an `<I32>`; multi-valued properties are `<LST>`s of
//! items; `<BA>` base64 blobs (`SerializationData`) are skipped; `<Ref>`/`<TNRef>` point back to an
//! earlier `<Obj>`/`<TN>` with the same `RefId` and are resolved. Strings carry PowerShell's
//! `_xHHHH_` escapes, which are decoded.

use std::collections::HashMap;

use roxmltree::{Document, Node, ParsingOptions};

use crate::budget::{Budget, Work};
use crate::connectors::record::{ParseProblem, Parsed, Record, Value};
use crate::model::Location;

/// The format name records from this parser carry.
const FORMAT: crate::connectors::model::Format = crate::connectors::model::Format::Clixml;

/// PowerShell's serialization namespace.
const NAMESPACE: &str = "http://schemas.microsoft.com/powershell/2004/04";

/// How deeply objects (and references) may nest before the rest is left out; this also stops
/// reference cycles.
const MAX_DEPTH: usize = 32;

/// How many elements may be converted in one document, counting each time a reference is
/// expanded again, so that references fanning out to each other cannot take exponential time.
const MAX_CONVERSIONS: usize = 500_000;

/// A limit on the XML nodes roxmltree builds, to keep memory use bounded on hostile input.
const MAX_NODES: u32 = 5_000_000;

/// How deeply XML elements may nest. roxmltree parses nested elements recursively, so deeper
/// documents could overflow the stack (1 MiB on wasm32); `Export-Clixml` output nests a few
/// elements per object level, far below this.
const MAX_XML_DEPTH: usize = 256;

/// Container elements whose children are the items of a list.
const LIST_TAGS: [&str; 4] = ["LST", "IE", "STK", "QUE"];

/// What one value copied out of a `<Ref>` costs the `clixml-expansion` meter beyond its text:
/// roughly the memory of a named value in a record.
const EXPANDED_VALUE_BYTES: u64 = 64;

/// What the conversion needs to know about the whole document.
struct Context<'a, 'input, 'b> {
    /// Charged for every value copied out of a `<Ref>`.
    budget: &'b Budget,
    /// How many `<Ref>` expansions the current value is inside.
    in_ref: usize,
    /// Every `<Obj RefId=…>`, by id, in document order.
    objects: HashMap<&'a str, Vec<Node<'a, 'input>>>,
    /// The first `<T>` of every `<TN RefId=…>`, by id.
    type_names: HashMap<&'a str, String>,
    /// Elements converted so far.
    conversions: usize,
    /// Whether [`MAX_DEPTH`] or [`MAX_CONVERSIONS`] cut something off.
    limited: bool,
    /// Whether the `clixml-expansion` meter cut references off.
    expansion_refused: bool,
}

/// Reads `Export-Clixml` output with a budget of its own (see [`parse_with`]).
pub fn parse(text: &str, source: &str) -> Parsed {
    parse_with(text, source, &Budget::new())
}

/// Reads `Export-Clixml` output. An XML error becomes one [`ParseProblem`] with its line, and no
/// records are returned (an XML document cannot be read past its first error). Every value
/// copied out of a `<Ref>` charges `budget`'s `clixml-expansion` meter with its bytes; once the
/// meter refuses, references are left out (`$null`) and a problem says so.
pub fn parse_with(text: &str, source: &str, budget: &Budget) -> Parsed {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut parsed = Parsed::default();
    if let Some(row) = too_deep(text) {
        parsed.problems.push(ParseProblem {
            location: Location::new(source, Some(row)),
            message: format!("Clixml (XML) error: elements nest more than {MAX_XML_DEPTH} deep; not read"),
        });
        return parsed;
    }
    let options = ParsingOptions { allow_dtd: false, nodes_limit: MAX_NODES };
    let doc = match Document::parse_with_options(text, options) {
        Ok(doc) => doc,
        Err(error) => {
            let row = usize::try_from(error.pos().row).unwrap_or(1).max(1);
            parsed.problems.push(ParseProblem {
                location: Location::new(source, Some(row)),
                message: format!("Clixml (XML) error: {error}"),
            });
            return parsed;
        }
    };
    let root = doc.root_element();
    if root.tag_name().name() != "Objs" {
        parsed.problems.push(ParseProblem {
            location: Location::new(source, Some(1)),
            message: format!("Clixml error: the root element is <{}>, not <Objs>", root.tag_name().name()),
        });
        return parsed;
    }
    if root.tag_name().namespace().is_some_and(|ns| ns != NAMESPACE) {
        parsed.problems.push(ParseProblem {
            location: Location::new(source, Some(1)),
            message: "Clixml warning: <Objs> is not in PowerShell's namespace; read anyway".to_string(),
        });
    }

    let lines = LineIndex::new(text);
    let mut context = Context { budget, in_ref: 0, objects: HashMap::new(), type_names: HashMap::new(), conversions: 0, limited: false, expansion_refused: false };
    for node in root.descendants().filter(Node::is_element) {
        match node.tag_name().name() {
            "Obj" => {
                if let Some(id) = node.attribute("RefId") {
                    context.objects.entry(id).or_default().push(node);
                }
            }
            "TN" => {
                if let Some(id) = node.attribute("RefId") {
                    let first = node.children().find(|c| c.has_tag_name("T")).map(|t| decode(text_of(t)));
                    if let Some(first) = first {
                        context.type_names.entry(id).or_insert(first);
                    }
                }
            }
            _ => {}
        }
    }

    for obj in root.children().filter(|c| c.has_tag_name("Obj")) {
        read_top_level(obj, source, &lines, &mut context, &mut parsed, 0);
    }

    if context.limited {
        parsed.problems.push(ParseProblem {
            location: Location::new(source, Some(1)),
            message: "Clixml objects nest or refer to each other too deeply; the deepest values were left out".to_string(),
        });
    }
    if context.expansion_refused {
        parsed.problems.push(ParseProblem {
            location: Location::new(source, Some(1)),
            message: format!("Clixml references (<Ref>) expand to more than {} bytes; the references beyond that were left out", budget.limit(Work::ClixmlExpansion)),
        });
    }
    parsed.used_lines = (1..=lines.count()).collect();
    parsed
}

/// The 1-based line where element nesting first exceeds [`MAX_XML_DEPTH`], if it does. The scan
/// follows XML's token structure (comments, CDATA, processing instructions, quoted attribute
/// values) closely enough to count at least as deep as roxmltree would recurse before it fails.
fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0usize;
    let skip_past = |from: usize, end: &[u8]| -> usize {
        bytes[from..].windows(end.len()).position(|w| w == end).map_or(bytes.len(), |p| from + p + end.len())
    };
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &bytes[i..];
        if rest.starts_with(b"<!--") {
            i = skip_past(i + 4, b"-->");
        } else if rest.starts_with(b"<![CDATA[") {
            i = skip_past(i + 9, b"]]>");
        } else if rest.starts_with(b"<?") {
            i = skip_past(i + 2, b"?>");
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            i += 2;
        } else if rest.starts_with(b"<!") {
            i += 2;
        } else {
            // An opening tag: find its end outside quotes; a `<` ends it too (malformed input).
            let mut j = i + 1;
            let mut quote: Option<u8> = None;
            while j < bytes.len() {
                let b = bytes[j];
                match quote {
                    Some(q) if b == q => quote = None,
                    Some(_) if b == b'<' => break,
                    Some(_) => {}
                    None if b == b'"' || b == b'\'' => quote = Some(b),
                    None if b == b'>' || b == b'<' => break,
                    None => {}
                }
                j += 1;
            }
            let self_closing = j < bytes.len() && bytes[j] == b'>' && bytes[j - 1] == b'/';
            if !self_closing {
                depth += 1;
                if depth > MAX_XML_DEPTH {
                    return Some(text.as_bytes()[..i].iter().filter(|&&b| b == b'\n').count() + 1);
                }
            }
            i = if j < bytes.len() && bytes[j] == b'>' { j + 1 } else { j };
        }
    }
    None
}

/// Makes a record of a top-level `<Obj>`. A top-level list (an array exported as one object) gives
/// one record per object item instead.
fn read_top_level<'a, 'input>(
    obj: Node<'a, 'input>,
    source: &str,
    lines: &LineIndex,
    context: &mut Context<'a, 'input, '_>,
    parsed: &mut Parsed,
    depth: usize,
) {
    if depth > 1 {
        return;
    }
    let has_props = obj.children().any(|c| c.has_tag_name("Props") || c.has_tag_name("MS"));
    if !has_props {
        if let Some(list) = obj.children().find(|c| LIST_TAGS.iter().any(|t| c.has_tag_name(*t))) {
            for item in list.children().filter(|c| c.has_tag_name("Obj")) {
                read_top_level(item, source, lines, context, parsed, depth + 1);
            }
        }
        return;
    }
    let properties = member_properties(obj, context, 1);
    parsed.records.push(Record {
        properties,
        location: Location::new(source, Some(lines.line_of(obj.range().start))),
        format: FORMAT,
        source_hint: type_name(obj, context),
        truncated: Vec::new(),
        wrapped: Vec::new(),
    });
}

/// The first type name of an `<Obj>`, from its `<TN>` or through its `<TNRef>`.
fn type_name(obj: Node, context: &Context<'_, '_, '_>) -> Option<String> {
    for child in obj.children().filter(Node::is_element) {
        if child.has_tag_name("TN") {
            return child.children().find(|c| c.has_tag_name("T")).map(|t| decode(text_of(t)));
        }
        if child.has_tag_name("TNRef") {
            return child.attribute("RefId").and_then(|id| context.type_names.get(id)).cloned();
        }
    }
    None
}

/// The named children of an object's `<Props>` and `<MS>`, in document order, `<BA>` skipped.
fn member_properties<'a, 'input>(
    obj: Node<'a, 'input>,
    context: &mut Context<'a, 'input, '_>,
    depth: usize,
) -> Vec<(String, Value)> {
    let mut properties = Vec::new();
    for block in obj.children().filter(|c| c.has_tag_name("Props") || c.has_tag_name("MS")) {
        for member in block.children().filter(Node::is_element) {
            let Some(name) = member.attribute("N") else {
                continue;
            };
            if let Some(value) = convert(member, context, depth) {
                properties.push((decode(name), value));
            }
        }
    }
    properties
}

/// Converts one value element; `None` means the property is left out (`<BA>`, `<SS>`, unknown
/// structure).
fn convert<'a, 'input>(node: Node<'a, 'input>, context: &mut Context<'a, 'input, '_>, depth: usize) -> Option<Value> {
    context.conversions += 1;
    if context.conversions > MAX_CONVERSIONS {
        context.limited = true;
        return Some(Value::Null);
    }
    let value = match node.tag_name().name() {
        "S" | "DT" | "G" | "Version" | "URI" | "Db" | "D" | "Sg" | "TS" | "XD" | "SBK" => {
            Value::Text(decode(text_of(node)))
        }
        "C" => {
            // A char is serialized as its UTF-16 code unit number.
            let raw = text_of(node).trim();
            let ch = raw.parse::<u32>().ok().and_then(char::from_u32);
            Value::Text(ch.map(String::from).unwrap_or_else(|| raw.to_string()))
        }
        "B" => {
            let raw = text_of(node).trim();
            if raw.eq_ignore_ascii_case("true") {
                Value::Bool(true)
            } else if raw.eq_ignore_ascii_case("false") {
                Value::Bool(false)
            } else {
                Value::Text(raw.to_string())
            }
        }
        "I16" | "I32" | "I64" | "By" | "Byte" | "SB" | "U16" | "U32" | "U64" => {
            let raw = text_of(node).trim();
            raw.parse::<i64>().map(Value::Int).unwrap_or_else(|_| Value::Text(raw.to_string()))
        }
        "Nil" => Value::Null,
        "BA" | "SS" => return None,
        "Obj" => convert_obj(node, context, depth),
        "Ref" => {
            if context.expansion_refused {
                return Some(Value::Null);
            }
            let target = node.attribute("RefId").and_then(|id| context.objects.get(id)).and_then(|candidates| {
                // The nearest earlier `<Obj>` with that id.
                candidates.iter().rev().find(|c| c.range().start < node.range().start).copied()
            });
            match target {
                Some(target) => {
                    context.in_ref += 1;
                    let value = convert_obj(target, context, depth);
                    context.in_ref -= 1;
                    value
                }
                None => Value::Null,
            }
        }
        _ => {
            // An element this reader does not know: its text if it is a simple one, else nothing.
            if node.children().any(|c| c.is_element()) {
                return None;
            }
            Value::Text(decode(text_of(node)))
        }
    };
    if context.in_ref > 0 && !charge_expansion(context, &value) {
        return Some(Value::Null);
    }
    Some(value)
}

/// Charges the `clixml-expansion` meter for one value copied out of a reference (its text, plus
/// [`EXPANDED_VALUE_BYTES`]); false, and references stop, once the meter refuses.
fn charge_expansion(context: &mut Context<'_, '_, '_>, value: &Value) -> bool {
    // The value's own strings: its text, or an object's names and text members (its other
    // members were charged when they were converted; counting a text twice errs on the safe side).
    let text = match value {
        Value::Text(t) => t.len() as u64,
        Value::Object(members) => members.iter().map(|(name, v)| name.len() as u64 + if let Value::Text(t) = v { t.len() as u64 } else { 0 }).sum(),
        _ => 0,
    };
    if context.expansion_refused || !context.budget.charge(Work::ClixmlExpansion, EXPANDED_VALUE_BYTES + text) {
        context.expansion_refused = true;
        return false;
    }
    true
}

/// Converts an `<Obj>`: a list when it holds `<LST>`/`<IE>`/`<STK>`/`<QUE>`, a dictionary's entries
/// for `<DCT>`, an object of its members (plus `ToString`) when it has `<Props>`/`<MS>`, an enum's
/// `ToString` and value, or just its `ToString` text.
fn convert_obj<'a, 'input>(obj: Node<'a, 'input>, context: &mut Context<'a, 'input, '_>, depth: usize) -> Value {
    if depth >= MAX_DEPTH {
        context.limited = true;
        return Value::Null;
    }
    let depth = depth + 1;
    let mut to_string: Option<String> = None;
    let mut list: Option<Node> = None;
    let mut dictionary: Option<Node> = None;
    let mut has_members = false;
    let mut primitive: Option<Node> = None;
    for child in obj.children().filter(Node::is_element) {
        match child.tag_name().name() {
            "TN" | "TNRef" => {}
            "ToString" => to_string = Some(decode(text_of(child))),
            "Props" | "MS" => has_members = true,
            "DCT" => dictionary = dictionary.or(Some(child)),
            name if LIST_TAGS.contains(&name) => list = list.or(Some(child)),
            _ => primitive = primitive.or(Some(child)),
        }
    }

    if let Some(list) = list {
        let mut items = Vec::new();
        for item in list.children().filter(Node::is_element) {
            if let Some(value) = convert(item, context, depth) {
                items.push(value);
            }
        }
        return Value::List(items);
    }
    if let Some(dictionary) = dictionary {
        return Value::Object(dictionary_entries(dictionary, context, depth));
    }
    if has_members {
        let members = member_properties(obj, context, depth);
        if !members.is_empty() {
            let mut properties = Vec::with_capacity(members.len() + 1);
            if let Some(text) = to_string.take() {
                properties.push(("ToString".to_string(), Value::Text(text)));
            }
            properties.extend(members);
            return Value::Object(properties);
        }
    }
    let primitive = primitive.and_then(|p| convert(p, context, depth));
    match (to_string, primitive) {
        (Some(text), Some(value)) => {
            Value::Object(vec![("ToString".to_string(), Value::Text(text)), ("Value".to_string(), value)])
        }
        (Some(text), None) => Value::Text(text),
        (None, Some(value)) => value,
        (None, None) => Value::Null,
    }
}

/// The entries of a `<DCT>`: each `<En>` holds a `Key` and a `Value` element; keys become names.
fn dictionary_entries<'a, 'input>(
    dictionary: Node<'a, 'input>,
    context: &mut Context<'a, 'input, '_>,
    depth: usize,
) -> Vec<(String, Value)> {
    let mut entries = Vec::new();
    for entry in dictionary.children().filter(|c| c.has_tag_name("En")) {
        let mut key: Option<String> = None;
        let mut value: Option<Value> = None;
        for part in entry.children().filter(Node::is_element) {
            match part.attribute("N") {
                Some("Key") => {
                    key = match convert(part, context, depth) {
                        Some(Value::Text(text)) => Some(text),
                        Some(Value::Int(n)) => Some(n.to_string()),
                        Some(Value::Bool(b)) => Some(b.to_string()),
                        _ => None,
                    }
                }
                Some("Value") => value = convert(part, context, depth),
                _ => {}
            }
        }
        if let Some(key) = key {
            entries.push((key, value.unwrap_or(Value::Null)));
        }
    }
    entries
}

/// An element's text content (empty when it has none).
fn text_of<'a>(node: Node<'a, '_>) -> &'a str {
    node.text().unwrap_or("")
}

/// Decodes PowerShell's XML escapes `_xHHHH_` (UTF-16 code units, so surrogate pairs come as two
/// escapes in a row); anything that is not a complete escape is kept as written, and a lone
/// surrogate becomes U+FFFD.
pub(crate) fn decode(text: &str) -> String {
    if !text.contains("_x") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        let candidate = &rest[at..];
        match escape_unit(candidate) {
            Some(unit) => {
                rest = &candidate[7..];
                if (0xD800..0xDC00).contains(&unit) {
                    if let Some(low) = escape_unit(rest).filter(|low| (0xDC00..0xE000).contains(low)) {
                        let code = 0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                        out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        rest = &rest[7..];
                        continue;
                    }
                }
                out.push(char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}'));
            }
            None => {
                out.push_str("_x");
                rest = &candidate[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The code unit of an `_xHHHH_` escape at the start of `text`.
fn escape_unit(text: &str) -> Option<u16> {
    let bytes = text.as_bytes();
    if bytes.len() < 7 || &bytes[..2] != b"_x" || bytes[6] != b'_' {
        return None;
    }
    let hex = &bytes[2..6];
    if !hex.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    // The four bytes are ASCII hex digits, so this slice is on character boundaries.
    u16::from_str_radix(&text[2..6], 16).ok()
}

/// The byte offsets where lines start, for turning node positions into 1-based lines quickly
/// (roxmltree's `text_pos_at` scans from the start on every call).
struct LineIndex {
    /// The byte offset of each line's first byte.
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text`'s lines.
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset).max(1)
    }

    /// The number of lines.
    fn count(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#"<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">"#;

    #[test]
    fn decodes_escapes() {
        assert_eq!(decode("a_x000D__x000A_b"), "a\r\nb");
        assert_eq!(decode("_xD83D__xDE00_"), "\u{1F600}");
        assert_eq!(decode("_x00_ _xZZZZ_ _x"), "_x00_ _xZZZZ_ _x");
        assert_eq!(decode("_xD800_"), "\u{FFFD}");
    }

    #[test]
    fn reads_enums_refs_and_lists() {
        let text = format!(
            "{HEAD}\n<Obj RefId=\"0\"><TN RefId=\"0\"><T>My.Type</T></TN><Props>\
             <Obj N=\"E\" RefId=\"1\"><ToString>DomainValidation</ToString><I32>4</I32></Obj>\
             <Ref N=\"R\" RefId=\"1\" />\
             <Obj N=\"L\" RefId=\"2\"><LST><S>a</S><Obj RefId=\"3\"><ToString>b</ToString></Obj></LST></Obj>\
             <BA N=\"SerializationData\">AAAA</BA><S N=\"Cr\">x_x000D_</S></Props></Obj>\n\
             <Obj RefId=\"4\"><TNRef RefId=\"0\" /><MS><Ref N=\"Again\" RefId=\"3\" /></MS></Obj></Objs>"
        );
        let parsed = parse(&text, "t");
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert_eq!(parsed.records.len(), 2);
        let r = &parsed.records[0];
        let e = Value::Object(vec![("ToString".into(), Value::Text("DomainValidation".into())), ("Value".into(), Value::Int(4))]);
        assert_eq!(r.get("E"), Some(&e));
        assert_eq!(r.get("R"), Some(&e));
        assert_eq!(r.get("L"), Some(&Value::List(vec![Value::Text("a".into()), Value::Text("b".into())])));
        assert_eq!(r.get("SerializationData"), None);
        assert_eq!(r.get("Cr"), Some(&Value::Text("x\r".into())));
        assert_eq!(r.source_hint.as_deref(), Some("My.Type"));
        assert_eq!(r.location.line, Some(2));
        assert_eq!(parsed.records[1].source_hint.as_deref(), Some("My.Type"));
        assert_eq!(parsed.records[1].get("Again"), Some(&Value::Text("b".into())));
    }

    #[test]
    fn self_reference_is_cut_by_depth() {
        let text = format!("{HEAD}<Obj RefId=\"0\"><Props><S N=\"A\">a</S><Ref N=\"Me\" RefId=\"0\" /></Props></Obj></Objs>");
        let parsed = parse(&text, "t");
        assert_eq!(parsed.records.len(), 1);
        assert_eq!(parsed.problems.len(), 1);
    }

    #[test]
    fn reference_expansion_stops_at_the_budget() {
        // Each object refers to the one before twice: 2^10 copies of the first one's text.
        let mut text = format!("{HEAD}<Obj RefId=\"0\"><Props><S N=\"Blob\">{}</S></Props></Obj>", "A".repeat(1000));
        for i in 1..=10 {
            text.push_str(&format!("<Obj RefId=\"{i}\"><Props><Ref N=\"A\" RefId=\"{}\" /><Ref N=\"B\" RefId=\"{}\" /></Props></Obj>", i - 1, i - 1));
        }
        text.push_str("</Objs>");
        let open = parse_with(&text, "t", &Budget::new());
        assert!(open.problems.is_empty(), "{:?}", open.problems);
        let budget = Budget::new().with_limit(Work::ClixmlExpansion, 100_000);
        let limited = parse_with(&text, "t", &budget);
        assert_eq!(limited.records.len(), 11, "every object is still a record");
        assert!(budget.is_exhausted(Work::ClixmlExpansion));
        assert_eq!(limited.problems.len(), 1);
        assert!(limited.problems[0].message.contains("expand to more than 100000 bytes"), "{}", limited.problems[0].message);
        assert!(budget.remaining(Work::ClixmlExpansion) < 100_000 / 2, "the meter was used before it refused");
    }

    #[test]
    fn xml_errors_have_lines() {
        let parsed = parse("<Objs>\n<Obj>\n</Objs>", "t");
        assert!(parsed.records.is_empty());
        assert_eq!(parsed.problems[0].location.line, Some(3));
    }
}
