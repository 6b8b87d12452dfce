//! The work budget of one diagnosis: every loop whose length an input controls charges a meter
//! here, and stops when its meter runs out. Running out is never an error in itself: the diagnosis
//! goes on with what it has and reports `work-budget-exhausted` with the meter and its limit.
//!
//! The budget is shared by the whole diagnosis (intake, chains for every view, connectors, the
//! worksheet, the rollover), not per part, so the worst case of the whole is bounded by the sum of
//! the limits below. Meters use interior mutability so that the many `&`-borrowing contexts of the
//! core can charge them without threading `&mut` through every call.

use std::cell::Cell;

use crate::catalog::FindingId;
use crate::closed_set;
use crate::finding::{Concerns, Evidence, Finding};

closed_set! {
    /// A kind of work an input can make the core do.
    pub enum Work {
        /// Bytes decoded from Base64, PEM, UTF-16 and the share link, in all sources together.
        DecodedBytes = "decoded-bytes",
        /// Bytes produced by expanding Clixml `<Ref>` references (the amplification a tiny
        /// document can cause).
        ClixmlExpansion = "clixml-expansion",
        /// Pairs of connectors compared with each other (outbound × receive and the like).
        ConnectorPairs = "connector-pairs",
        /// Name comparisons in name-constraint checks (constraints × names on every path).
        NameComparisons = "name-comparisons",
        /// Signature verification cost, in units of one RSA-2048 verification (see
        /// `signature::cost`).
        SignatureCost = "signature-cost",
        /// CA endpoint URLs read into the worksheet, over all certificates.
        EndpointUrls = "endpoint-urls",
    }
}

impl Work {
    /// The default limit: generous for any real mail system's input, small enough that the whole
    /// diagnosis of any input finishes in well under two seconds natively.
    pub fn default_limit(self) -> u64 {
        match self {
            Work::DecodedBytes => 64 * 1024 * 1024,
            Work::ClixmlExpansion => 16 * 1024 * 1024,
            Work::ConnectorPairs => 10_000,
            Work::NameComparisons => 1_000_000,
            Work::SignatureCost => 2_000,
            Work::EndpointUrls => 5_000,
        }
    }
}

/// The meters of one diagnosis.
#[derive(Debug)]
pub struct Budget {
    limits: Vec<u64>,
    spent: Vec<Cell<u64>>,
    exhausted: Vec<Cell<bool>>,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            limits: Work::ALL.iter().map(|w| w.default_limit()).collect(),
            spent: Work::ALL.iter().map(|_| Cell::new(0)).collect(),
            exhausted: Work::ALL.iter().map(|_| Cell::new(false)).collect(),
        }
    }
}

impl Budget {
    /// A budget with every default limit.
    pub fn new() -> Self {
        Budget::default()
    }

    /// The same budget with another limit for one kind of work (for tests and callers that know better).
    pub fn with_limit(mut self, work: Work, limit: u64) -> Self {
        self.limits[slot(work)] = limit;
        self
    }

    /// Charges `amount` units of `work`. Returns false, and marks the meter exhausted, when the
    /// charge would exceed the limit: the caller must then stop that work.
    pub fn charge(&self, work: Work, amount: u64) -> bool {
        let i = slot(work);
        let total = self.spent[i].get().saturating_add(amount);
        if total > self.limits[i] {
            self.exhausted[i].set(true);
            return false;
        }
        self.spent[i].set(total);
        true
    }

    /// The limit of `work`.
    pub fn limit(&self, work: Work) -> u64 {
        self.limits[slot(work)]
    }

    /// What is left of `work`'s limit.
    pub fn remaining(&self, work: Work) -> u64 {
        let i = slot(work);
        self.limits[i].saturating_sub(self.spent[i].get())
    }

    /// Whether some charge for `work` was refused.
    pub fn is_exhausted(&self, work: Work) -> bool {
        self.exhausted[slot(work)].get()
    }

    /// One `work-budget-exhausted` finding per meter that ran out.
    pub fn findings(&self) -> Vec<Finding> {
        Work::ALL
            .iter()
            .filter(|&&w| self.is_exhausted(w))
            .map(|&w| Finding::new(FindingId::WorkBudgetExhausted, Concerns::Everything, Evidence::WorkBudget { work: w, limit: self.limits[slot(w)] }))
            .collect()
    }
}

fn slot(work: Work) -> usize {
    Work::ALL.iter().position(|&w| w == work).expect("every Work is in ALL")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meter_refuses_the_charge_that_would_exceed_it_and_says_so() {
        let b = Budget::new().with_limit(Work::ConnectorPairs, 10);
        assert!(b.charge(Work::ConnectorPairs, 6));
        assert!(b.charge(Work::ConnectorPairs, 4));
        assert_eq!(b.remaining(Work::ConnectorPairs), 0);
        assert!(b.findings().is_empty());
        assert!(!b.charge(Work::ConnectorPairs, 1));
        assert!(b.is_exhausted(Work::ConnectorPairs));
        assert!(!b.is_exhausted(Work::NameComparisons));
        let f = b.findings();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].evidence, Evidence::WorkBudget { work: Work::ConnectorPairs, limit: 10 });
    }
}
