//! Path building: every path from a leaf through the pasted certificates to a trust anchor, found
//! depth-first with a budget, as rustls-webpki does (`verify_cert.rs`), but keeping the dead ends so
//! they can be explained.
//!
//! Issuers are found by RFC 5280 §7.1 name comparison (`names::dn::DnKey`: case and white space
//! folded in string values, as OpenSSL and pyca/cryptography compare), so an issuer re-encoded
//! as UTF8String instead of PrintableString is still found. A certificate with the same subject
//! and key as one already on the path is not used again, so cross-signed loops end.
//!
//! Every signature check is charged to the diagnosis's budget by its cost (`signature::cost`), and
//! RSA keys outside validators' limits are refused before any arithmetic (`signature::rsa_refusal`).

use std::collections::HashMap;

use crate::budget::{Budget, Work};
use crate::model::Certificate;
use crate::names::dn::DnKey;
use crate::signature::{self, Algorithm, SignatureError, SignatureVerifier};

/// The default for the most intermediate CAs on a path (self-issued ones not counted): six, so
/// that a path has at most eight certificates with its leaf and anchor, as before `--max-depth`.
pub const DEFAULT_MAX_INTERMEDIATES: usize = 6;
/// The longest path ever considered, in certificates, whatever the maximum depth asked for.
pub const MAX_DEPTH: usize = 34;
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
    /// Whether it is a root of a built-in store (or a pasted copy of one).
    pub builtin: bool,
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
    /// At [`MAX_DEPTH`] certificates: path building's own limit.
    TooDeep,
    /// With more intermediate CAs than the maximum depth asked for.
    MaxDepth,
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

/// Whether `issuer`'s key verifies `child`'s signature, within the budget: an RSA key validators
/// refuse is not used, and the check's cost is charged first.
pub fn check_signature(verifier: &dyn SignatureVerifier, child: &Certificate, issuer: &Certificate, budget: &Budget) -> Result<(), SignatureError> {
    if let Some(why) = issuer.facts.rsa.and_then(|(bits, e)| signature::rsa_refusal(bits, e)) {
        return Err(SignatureError::KeyRefused(why));
    }
    if !budget.charge(Work::SignatureCost, signature::cost(issuer.facts.rsa)) {
        return Err(SignatureError::OverBudget);
    }
    let f = &child.facts;
    let alg = Algorithm { oid: &child.signature_algorithm_oid, params: f.signature_params.as_deref() };
    verifier.verify(alg, &issuer.facts.spki, child.der.get(f.tbs.clone()).unwrap_or_default(), &f.signature)
}

/// What path building needs besides the nodes.
pub struct Limits<'a> {
    /// The signature verifier.
    pub verifier: &'a dyn SignatureVerifier,
    /// The diagnosis's work budget.
    pub budget: &'a Budget,
    /// The most intermediate CAs (not self-issued) on a path.
    pub max_intermediates: usize,
}

struct Env<'a, 'n> {
    nodes: &'a [Node<'n>],
    by_subject: &'a Issuers<'a>,
    limits: &'a Limits<'a>,
}

/// The candidate issuers of every name: nodes by subject comparison key, anchors first.
pub type Issuers<'a> = HashMap<&'a DnKey, Vec<usize>>;

/// Indexes `nodes` by subject once for every search of a build.
pub fn issuers<'a>(nodes: &'a [Node<'_>]) -> Issuers<'a> {
    let mut by_subject: Issuers<'a> = HashMap::new();
    for (i, n) in nodes.iter().enumerate() {
        by_subject.entry(&n.cert.facts.subject_key).or_default().push(i);
    }
    // Anchors first: a short path to a root beats a long one through cross-signs.
    for candidates in by_subject.values_mut() {
        candidates.sort_by_key(|&i| !nodes[i].anchor);
    }
    by_subject
}

/// Builds every path from `leaf` (an index into `nodes`, indexed by [`issuers`]).
pub fn search(nodes: &[Node<'_>], by_subject: &Issuers<'_>, leaf: usize, limits: &Limits<'_>) -> Search {
    let mut s = Search::default();
    let mut path = vec![leaf];
    let env = Env { nodes, by_subject, limits };
    extend(&env, &mut path, &mut s);
    s
}

fn extend(env: &Env<'_, '_>, path: &mut Vec<usize>, s: &mut Search) {
    let nodes = env.nodes;
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
    // RFC 5280 §6.1.4(l): self-issued intermediates do not count towards the depth.
    let intermediates = path[1..].iter().filter(|&&n| !nodes[n].cert.self_issued).count();
    if intermediates > env.limits.max_intermediates {
        return record(s, path, End::MaxDepth);
    }
    if path.len() >= MAX_DEPTH {
        return record(s, path, End::TooDeep);
    }
    if cert.self_issued && edge(env, s, cur, cur).is_ok() {
        return record(s, path, End::UntrustedRoot);
    }
    if s.exhausted {
        return;
    }
    let on_path = |i: usize| path.iter().any(|&p| p == i || same_key_and_name(nodes[p].cert, nodes[i].cert));
    let by_name: Vec<usize> = env.by_subject.get(&cert.facts.issuer_key).into_iter().flatten().copied().filter(|&i| i != cur).collect();
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
        match edge(env, s, cur, issuer) {
            Err(SignatureError::OverBudget) => return,
            Ok(()) => {
                verified = true;
                path.push(issuer);
                extend(env, path, s);
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

/// Verifies `child` with `issuer`'s key once and remembers the answer. An issuer with the same key
/// as one already tried for `child` (a pasted root and the store's copy of it, a root and its
/// cross-certificate) gets that answer: the check is the same arithmetic on the same bytes.
fn edge(env: &Env<'_, '_>, s: &mut Search, child: usize, issuer: usize) -> Result<(), SignatureError> {
    if let Some(r) = s.edges.get(&(child, issuer)) {
        return r.clone();
    }
    let key = &env.nodes[issuer].cert.facts.spki;
    if let Some(r) = s.edges.iter().find(|((c, i), _)| *c == child && env.nodes[*i].cert.facts.spki == *key).map(|(_, r)| r.clone()) {
        s.edges.insert((child, issuer), r.clone());
        return r;
    }
    let r = check_signature(env.limits.verifier, env.nodes[child].cert, env.nodes[issuer].cert, env.limits.budget);
    if r == Err(SignatureError::OverBudget) {
        s.exhausted = true;
        return r;
    }
    s.signature_checks += 1;
    s.edges.insert((child, issuer), r.clone());
    r
}

fn same_key_and_name(a: &Certificate, b: &Certificate) -> bool {
    a.facts.subject_key == b.facts.subject_key && a.facts.spki == b.facts.spki
}
