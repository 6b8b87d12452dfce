//! The machinery of a decision table: ordered rows of condition → outcome, Exchange error, what is
//! needed, findings and fixes. The first row whose condition holds decides, so a direction's
//! outcome, error and findings come from one row and cannot contradict each other.

use super::{Need, Outcome, Rule};
use crate::catalog::FindingId;
use crate::connectors::errors::ErrorLine;
use crate::connectors::model::Connector;
use crate::finding::{Concerns, Evidence, Finding};
use crate::quote::powershell::Command;

/// One row of a direction's table, over the facts `F` the direction was judged on.
pub struct Row<F> {
    /// The rule the row implements; [`Rule::reference`] is the Microsoft page it cites.
    pub rule: Rule,
    /// Whether the row applies.
    pub when: fn(&F) -> bool,
    /// The outcome it gives.
    pub outcome: Outcome,
    /// The error Exchange reports: present exactly on `will-fail` rows.
    pub error: Option<fn(&F) -> ErrorLine>,
    /// What is needed to decide: present exactly on `cannot-tell` rows.
    pub needs: Option<fn(&F) -> Need>,
    /// The findings (with their evidence) and the fixes the row raises.
    pub then: fn(&F, &mut Out),
}

/// Findings and fixes being collected for one direction.
#[derive(Default)]
pub struct Out {
    /// The findings.
    pub findings: Vec<Finding>,
    /// Ready-to-run commands.
    pub fixes: Vec<String>,
}

impl Out {
    /// A finding about connector `c`.
    pub fn finding(&mut self, id: FindingId, c: &Connector, evidence: Evidence) {
        self.findings.push(connector_finding(id, c, evidence));
    }

    /// Adds a PowerShell fix, or, when a value from the input cannot be quoted safely, a
    /// `command-value-refused` finding about connector `c` instead of the command.
    pub fn fix(&mut self, c: &Connector, cmd: Command) {
        match cmd.build() {
            Ok(line) => self.fixes.push(line),
            Err(refused) => self.finding(FindingId::CommandValueRefused, c, Evidence::Refused { value: refused.value, reason: refused.reason }),
        }
    }
}

/// A finding about a connector.
pub fn connector_finding(id: FindingId, c: &Connector, evidence: Evidence) -> Finding {
    Finding::new(id, Concerns::Connector { index: c.index, name: c.name.clone() }, evidence)
}

/// What a table decided.
pub struct Decision {
    /// The row that decided.
    pub rule: Rule,
    /// The outcome.
    pub outcome: Outcome,
    /// The error Exchange reports.
    pub error: Option<ErrorLine>,
    /// What is needed.
    pub needs: Option<Need>,
    /// The row's findings, then the advice.
    pub findings: Vec<Finding>,
    /// The row's fixes, then the advice's.
    pub fixes: Vec<String>,
}

/// Evaluates `rows` in order over `facts`; the first that applies decides. `advice` adds findings
/// that inform but do not decide (warnings such as a missing Client Authentication purpose).
/// Every table ends with a row that always applies; were one to lack it, the direction could
/// not be told rather than told wrongly.
pub fn decide<F>(rows: &[Row<F>], facts: &F, advice: fn(&F, &mut Out)) -> Decision {
    let mut out = Out::default();
    let Some(row) = rows.iter().find(|r| (r.when)(facts)) else {
        return Decision { rule: Rule::NotExamined, outcome: Outcome::CannotTell, error: None, needs: Some(Need::NotExamined), findings: Vec::new(), fixes: Vec::new() };
    };
    (row.then)(facts, &mut out);
    advice(facts, &mut out);
    Decision { rule: row.rule, outcome: row.outcome, error: row.error.map(|e| e(facts)), needs: row.needs.map(|n| n(facts)), findings: out.findings, fixes: out.fixes }
}

/// A condition that always holds (the last row of every table).
pub fn always<F>(_: &F) -> bool {
    true
}

/// A row that raises nothing.
pub fn nothing<F>(_: &F, _: &mut Out) {}

/// Checks a table's shape: `will-fail` rows and only they name an error, `cannot-tell` rows and
/// only they say what is needed, the last row always applies, and no rule appears twice.
#[cfg(test)]
pub fn check_shape<F>(rows: &[Row<F>], facts: &F) {
    for row in rows {
        assert_eq!(row.error.is_some(), row.outcome == Outcome::WillFail, "{}: error iff will-fail", row.rule);
        assert_eq!(row.needs.is_some(), row.outcome == Outcome::CannotTell, "{}: needs iff cannot-tell", row.rule);
        assert!(!row.rule.reference().is_empty(), "{} cites a page", row.rule);
        assert_eq!(rows.iter().filter(|r| r.rule == row.rule).count(), 1, "{} appears once", row.rule);
    }
    let last = rows.last().expect("a table has rows");
    assert!((last.when)(facts), "the last row always applies");
}
