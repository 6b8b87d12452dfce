//! Path building: every path from a leaf through the pasted certificates to a trust anchor, found
//! depth-first with a budget, as rustls-webpki does (`verify_cert.rs`), but keeping the dead ends so
//! they can be explained.
//!
//! Issuers are found by exact match of the issuer name's DER with candidates' subject DER (RFC 5280
//! §6.1.3(a)(4) asks for name matching per §7.1; byte equality is what CAs produce in practice and
//! what rustls-webpki does). A certificate with the same subject and key as one already on the path
//! is not used again, so cross-signed loops end.

use std::collections::HashMap;

use crate::model::Certificate;
use crate::signature::{Algorithm, SignatureError, SignatureVerifier};

/// The longest path considered, in certificates (leaf and anchor included).
pub const MAX_DEPTH: usize = 8;
/// The most nodes path building may visit for one leaf.
pub const MAX_STEPS: usize = 2_000;
/// The most signature verifications path building may do for one leaf.
pub const MAX_SIGNATURES: usize = 256;
/// The most paths (complete or dead ends) kept for one leaf.
pub const MAX_PATHS: usize = 64;

/// One certificate path building can use: a pasted certificate or a trust anchor.
pub struct Node<'a> {
    /// The certificate.
    pub cert: &'a Certificate,
    /// Whether it is a trust anchor (a store root, a user root, or a pasted copy of one).
    pub anchor: bool,
}

/// How a path ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum End {
    /// At a trust anchor.
    Anchor,
    /// At a certificate whose issuer was not found.
    NoIssuer,
    /// At a self-signed certificate that is not a trust anchor.
    UntrustedRoot,
    /// At a certificate whose issuer (found by name) did not verify its signature.
    BadSignature(Vec<(usize, SignatureError)>),
    /// At a certificate whose only issuers (by name) are already on the path: a loop.
    Loop,
    /// At [`MAX_DEPTH`].
    TooDeep,
}

/// A path: node indexes from the leaf upwards, and how it ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    /// Indexes into the node list, leaf first.
    pub nodes: Vec<usize>,
    /// How it ends.
    pub end: End,
}

/// Everything path building found for one leaf.
#[derive(Debug, Default)]
pub struct Search {
    /// Paths found, in the order found.
    pub paths: Vec<Path>,
    /// Whether a budget ran out before the search finished.
    pub exhausted: bool,
    /// Nodes visited.
    pub steps: usize,
    /// Signatures verified.
    pub signature_checks: usize,
    /// The result of each (child, issuer) signature check.
    pub edges: HashMap<(usize, usize), Result<(), SignatureError>>,
}

/// Whether `issuer`'s key verifies `child`'s signature.
pub fn check_signature(verifier: &dyn SignatureVerifier, child: &Certificate, issuer: &Certificate) -> Result<(), SignatureError> {
    let f = &child.facts;
    let alg = Algorithm { oid: &child.signature_algorithm_oid, params: f.signature_params.as_deref() };
    verifier.verify(alg, &issuer.facts.spki, &f.tbs, &f.signature)
}

/// Builds every path from `leaf` (an index into `nodes`).
pub fn search(nodes: &[Node<'_>], leaf: usize, verifier: &dyn SignatureVerifier) -> Search {
    let mut by_subject: HashMap<&[u8], Vec<usize>> = HashMap::new();
    for (i, n) in nodes.iter().enumerate() {
        by_subject.entry(n.cert.facts.subject_raw.as_slice()).or_default().push(i);
    }
    // Anchors first: a short path to a root beats a long one through cross-signs.
    for candidates in by_subject.values_mut() {
        candidates.sort_by_key(|&i| !nodes[i].anchor);
    }
    let mut s = Search::default();
    let mut path = vec![leaf];
    extend(nodes, &by_subject, verifier, &mut path, &mut s);
    s
}

fn extend(nodes: &[Node<'_>], by_subject: &HashMap<&[u8], Vec<usize>>, verifier: &dyn SignatureVerifier, path: &mut Vec<usize>, s: &mut Search) {
    let cur = *path.last().expect("paths are never empty");
    if s.steps >= MAX_STEPS || s.paths.len() >= MAX_PATHS {
        s.exhausted = true;
        return;
    }
    s.steps += 1;
    let record = |s: &mut Search, path: &[usize], end: End| s.paths.push(Path { nodes: path.to_vec(), end });
    let cert = nodes[cur].cert;
    if nodes[cur].anchor {
        return record(s, path, End::Anchor);
    }
    if path.len() >= MAX_DEPTH {
        return record(s, path, End::TooDeep);
    }
    if cert.self_issued && edge(nodes, verifier, s, cur, cur).is_ok() {
        return record(s, path, End::UntrustedRoot);
    }
    let on_path = |i: usize| path.iter().any(|&p| p == i || same_key_and_name(nodes[p].cert, nodes[i].cert));
    let by_name: Vec<usize> = by_subject.get(cert.facts.issuer_raw.as_slice()).into_iter().flatten().copied().filter(|&i| i != cur).collect();
    let candidates: Vec<usize> = by_name.iter().copied().filter(|&i| !on_path(i)).collect();
    if candidates.is_empty() {
        return record(s, path, if by_name.is_empty() { End::NoIssuer } else { End::Loop });
    }
    let mut failures = Vec::new();
    let mut verified = false;
    for issuer in candidates {
        if s.signature_checks >= MAX_SIGNATURES && !s.edges.contains_key(&(cur, issuer)) {
            s.exhausted = true;
            return;
        }
        match edge(nodes, verifier, s, cur, issuer) {
            Ok(()) => {
                verified = true;
                path.push(issuer);
                extend(nodes, by_subject, verifier, path, s);
                path.pop();
                if s.exhausted {
                    return;
                }
            }
            Err(e) => failures.push((issuer, e)),
        }
    }
    if !verified {
        record(s, path, End::BadSignature(failures));
    }
}

/// Verifies `child` with `issuer`'s key once and remembers the answer.
fn edge(nodes: &[Node<'_>], verifier: &dyn SignatureVerifier, s: &mut Search, child: usize, issuer: usize) -> Result<(), SignatureError> {
    if let Some(r) = s.edges.get(&(child, issuer)) {
        return r.clone();
    }
    s.signature_checks += 1;
    let r = check_signature(verifier, nodes[child].cert, nodes[issuer].cert);
    s.edges.insert((child, issuer), r.clone());
    r
}

fn same_key_and_name(a: &Certificate, b: &Certificate) -> bool {
    a.facts.subject_raw == b.facts.subject_raw && a.facts.spki == b.facts.spki
}
