//! Table-driven tests of the whole diagnosis over committed fixtures: intake (`intake.rs`), the
//! chain engine (`chains.rs`), the connector verdicts (`connectors.rs`, `verdicts.rs`), plus a
//! check that every finding id is exercised.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;
mod chains;
mod connectors;
mod examples;
mod intake;
mod verdicts;
mod names;
mod worksheet;

/// Ids exercised by dedicated tests rather than by the two tables.
const ELSEWHERE: &[&str] = &["leaf-eku-no-client-auth", "command-value-refused", "endpoint-url-refused", "work-budget-exhausted", "pem-block-unreadable", "pkcs7-unreadable", "input-too-large", "binary-unreadable", "core-panic", "exchange-error-explained", "connector-list-truncated", "connector-table-output", "connector-unreadable", "tls-certificate-name-not-installed"];

#[test]
fn every_catalogue_id_is_exercised_by_a_test() {
    let mut covered: std::collections::BTreeSet<&str> = intake::CASES.iter().flat_map(|c| c.findings.iter().copied()).collect();
    covered.extend(chains::CASES.iter().flat_map(|c| c.findings.iter().copied()));
    covered.extend(names::CASES.iter().flat_map(|c| c.findings.iter().copied()));
    covered.insert("name-constraints-unchecked");
    covered.extend(connectors::covered());
    covered.extend(ELSEWHERE);
    let all: std::collections::BTreeSet<&str> = forcetls::catalog::CATALOG.iter().map(|e| e.id).collect();
    let missing: Vec<&&str> = all.difference(&covered).collect();
    assert!(missing.is_empty(), "finding ids no test exercises: {missing:?}");
}
