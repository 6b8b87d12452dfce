//! The shape every connector parser produces: a record of named properties, as PowerShell had
//! them, before any meaning is given to them (that is `normalize`'s job).

use serde::Serialize;

use crate::model::Location;

/// A property value as the export format carried it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// `$null`, an empty Format-List value, JSON `null`, Clixml `<Nil/>`.
    Null,
    /// A boolean (JSON `true`, Clixml `<B>`; Format-List `True`/`False` stay text).
    Bool(bool),
    /// An integer (JSON number, Clixml `<I32>`/`<I64>`).
    Int(i64),
    /// Text, with escapes already decoded.
    Text(String),
    /// A multi-valued property: Format-List `{a, b}`, a JSON array, a Clixml `<LST>`/`<Obj>` list.
    List(Vec<Value>),
    /// A nested object: JSON object, Clixml `<Obj>` with `<Props>`/`<MS>`; Clixml enums and objects
    /// with a `<ToString>` also carry it as the property `ToString`.
    Object(Vec<(String, Value)>),
}

/// One connector (or other object) as exported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Record {
    /// Properties in the order they appeared; names as written (case kept).
    pub properties: Vec<(String, Value)>,
    /// Where the record starts.
    pub location: Location,
    /// The export format it was read from.
    pub format: crate::connectors::model::Format,
    /// The cmdlet the export came from, when the text shows it (a `PS> Get-SendConnector …` prompt line), or a Clixml type name.
    pub source_hint: Option<String>,
    /// Properties whose list Format-List truncated (`{a, b, c, d...}`): data was lost.
    pub truncated: Vec<String>,
    /// Properties whose Format-List value continued on wrapped lines (joined without certainty).
    pub wrapped: Vec<String>,
}

impl Record {
    /// The value of a property, matched case-insensitively.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.properties.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v)
    }
}

/// Something a parser could not read, with where it was.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ParseProblem {
    /// Where.
    pub location: Location,
    /// What, in plain words ("JSON syntax error: expected `,` at column 5").
    pub message: String,
}

/// What one parser found in one source.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Records read.
    pub records: Vec<Record>,
    /// Problems met; records before and after a problem are still returned.
    pub problems: Vec<ParseProblem>,
    /// 1-based line numbers the parser consumed (so the certificate scanner does not report them as ignored text).
    pub used_lines: Vec<usize>,
}
