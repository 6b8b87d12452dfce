//! The examples gallery: realistic scenarios a first-time visitor can load with one click
//! (`data/examples/README.md` describes each).

use crate::trust::StoreChoice;

/// One scenario: the input it loads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// A stable id (used by tests and links).
    pub id: &'static str,
    /// The button's title.
    pub title: &'static str,
    /// One sentence on what it shows.
    pub description: &'static str,
    /// The paste box's text.
    pub text: &'static str,
    /// The evaluation date.
    pub date: &'static str,
    /// The validating side's store.
    pub store: StoreChoice,
    /// Roots the validating side trusts in addition.
    pub roots: &'static str,
    /// Roots treated as public CAs (the test PKI's root).
    pub public_roots: &'static str,
}

const TEST_ROOT: &str = include_str!("../tests/fixtures/chains/root-a.pem");

/// The gallery.
pub const EXAMPLES: &[Example] = &[
    Example { id: "hybrid-working", title: "Hybrid, working", description: "HCW-style connectors both ways and a valid chain: forced TLS works in every direction.", text: include_str!("../data/examples/hybrid-working.txt"), date: "2026-06-01", store: StoreChoice::Microsoft, roots: "", public_roots: TEST_ROOT },
    Example { id: "partner-expired", title: "Partner with an expired certificate", description: "Exchange Online will report CertificateExpired for the partner's server.", text: include_str!("../data/examples/partner-expired.txt"), date: "2026-06-01", store: StoreChoice::Microsoft, roots: "", public_roots: TEST_ROOT },
    Example { id: "stale-tls-certificate-name", title: "Stale TlsCertificateName after renewal", description: "The certificate was renewed under a new intermediate; the send connector still names the old issuer.", text: include_str!("../data/examples/stale-tls-certificate-name.txt"), date: "2026-06-01", store: StoreChoice::Microsoft, roots: "", public_roots: TEST_ROOT },
    Example { id: "missing-intermediate", title: "Missing intermediate", description: "The server sends only its own certificate: UntrustedRoot, and where to download the intermediate.", text: include_str!("../data/examples/missing-intermediate.txt"), date: "2026-06-01", store: StoreChoice::Microsoft, roots: "", public_roots: TEST_ROOT },
    Example { id: "exo-root-change", title: "Exchange Online root change", description: "Exchange Online now chains to DigiCert Global Root G2, but this on-premises server trusts only the old G1 root.", text: include_str!("../data/examples/exo-root-change.txt"), date: "2026-06-01", store: StoreChoice::None, roots: include_str!("../data/roots/DigiCert_Global_Root_CA.pem"), public_roots: TEST_ROOT },
];
