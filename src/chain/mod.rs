//! The chain diagnosis engine: for each end-entity certificate, build every path to a trust anchor,
//! check each, pick the best, and explain every defect on the way (SSL Labs' chain vocabulary plus
//! RFC 5280 path validation).

pub mod checks;
pub mod crl;
pub mod path;
pub mod profile;

use std::collections::{HashMap, HashSet};

use crate::budget::Budget;
use crate::catalog::FindingId;
use crate::finding::{Concerns, Evidence, Finding, Relation, Severity};
use crate::model::{Certificate, Chain, ChainVerdict, Chosen, NodeOrigin, PathEnd, PathNode, SignatureStatus};
use crate::names::dn::DnKey;
use crate::signature::SignatureVerifier;
use crate::trust::{Anchor, Origin};
use path::{End, Node, Path};

/// The most chains analysed in one diagnosis.
pub const MAX_CHAINS: usize = 20;

/// The chains built and the findings about them.
#[derive(Debug, Default)]
pub struct Built {
    /// One per end-entity certificate.
    pub chains: Vec<Chain>,
    /// Findings, each with its chain (or none, for unrelated certificates).
    pub findings: Vec<Finding>,
    /// Pasted certificates on some chain's chosen path (their validity is judged there).
    pub on_paths: HashSet<usize>,
    /// Pasted certificates path building used or tried for some chain, on a chosen path or not.
    pub considered: HashSet<usize>,
    /// Pasted certificates reported as expired alternatives (their validity is judged there).
    pub expired_alternatives: HashSet<usize>,
    /// Whether path building ran out of budget for some chain (left-over certificates are then not classified).
    pub exhausted: bool,
    /// Pasted certificates whose key verified another certificate's signature.
    pub verified_issuers: HashSet<usize>,
}

/// What a chain build needs besides the certificates and anchors.
pub struct Options<'a> {
    /// The evaluation time.
    pub at: i64,
    /// The signature verifier.
    pub verifier: &'a dyn SignatureVerifier,
    /// The diagnosis's work budget (signature cost, name comparisons).
    pub budget: &'a Budget,
    /// The name the client connects to, when given: every chain's leaf must carry it.
    pub peer: Option<&'a crate::names::PeerName>,
    /// The most intermediate CAs on a path ([`path::DEFAULT_MAX_INTERMEDIATES`] by default).
    pub max_intermediates: usize,
    /// Pasted CRLs.
    pub crls: &'a [crl::Crl],
}

/// Builds and judges a chain for every end-entity certificate among `certs`.
///
/// `sent` lists, per `openssl s_client` transcript, the certificates in the order the server sent
/// them; their first certificate is the server's, and order is judged by them.
pub fn build(certs: &[Certificate], anchors: &[Anchor], sent: &[Vec<usize>], options: &Options<'_>) -> Built {
    let (at, verifier) = (options.at, options.verifier);
    // A pasted certificate is an anchor only if it is the anchor itself; a cross-certificate with the
    // root's name and key is an intermediate, so that the path through the store's root is preferred.
    let mut nodes: Vec<Node<'_>> = certs.iter().map(|c| Node { cert: c, anchor: false, builtin: false }).collect();
    // Each anchor is looked up by its name's key, whose hash was computed once when the name was
    // read, and by fingerprint only among the pasted certificates of that name: hashing every
    // anchor's fingerprint per diagnosis was 5 % of a 3-certificate chain's time.
    let mut pasted_by_name: HashMap<&DnKey, HashMap<&str, Vec<usize>>> = HashMap::new();
    for (i, c) in certs.iter().enumerate() {
        pasted_by_name.entry(&c.facts.subject_key).or_default().entry(c.sha256.as_str()).or_default().push(i);
    }
    for a in anchors {
        let copies = pasted_by_name.get(&a.cert.facts.subject_key).and_then(|same_name| same_name.get(a.cert.sha256.as_str()));
        for &i in copies.into_iter().flatten() {
            nodes[i].anchor = true;
            nodes[i].builtin |= a.origin != Origin::User;
        }
    }
    nodes.extend(anchors.iter().map(|a| Node { cert: &a.cert, anchor: true, builtin: a.origin != Origin::User }));
    let pasted = certs.len();
    let origin = |n: usize| if n < pasted { NodeOrigin::Pasted } else { origin_of(anchors[n - pasted].origin) };

    let mut built = Built::default();
    let all_leaves = select_leaves(&nodes[..pasted], sent, verifier, options.budget);
    let limits = path::Limits { verifier, budget: options.budget, max_intermediates: options.max_intermediates };
    let issuers = path::issuers(&nodes);
    let mut leaves = all_leaves.clone();
    if leaves.len() > MAX_CHAINS {
        built.findings.push(Finding::new(FindingId::TooManyChains, Concerns::Everything, Evidence::Count { shown: MAX_CHAINS, total: leaves.len() }));
        leaves.truncate(MAX_CHAINS);
    }
    for (index, &leaf) in leaves.iter().enumerate() {
        let search = path::search(&nodes, &issuers, leaf, &limits);
        let ctx = checks::Ctx { nodes: &nodes, pasted, chain: index, at, budget: options.budget, verifier, peer: options.peer, crls: options.crls };
        // A search always records a path unless its budget ran out at once; then the leaf alone stands for it.
        let fallback = Path { nodes: vec![leaf], end: End::TooDeep };
        let paths: Vec<&Path> = if search.paths.is_empty() { vec![&fallback] } else { search.paths.iter().collect() };
        let judged: Vec<(Vec<Finding>, &Path)> = paths.into_iter().map(|p| (checks::path_findings(&ctx, p, &search), p)).collect();
        let (mut findings, best_path) = judged.iter().min_by_key(|(f, p)| score(f, p)).map(|(f, p)| (f.clone(), *p)).unwrap_or_else(|| (Vec::new(), &fallback));
        if search.exhausted {
            let evidence = Evidence::Budget { steps: search.steps, signature_checks: search.signature_checks, paths: search.paths.len() };
            findings.push(Finding::new(FindingId::PathBudgetExhausted, Concerns::Chain { index }, evidence).in_chain(index));
        }
        findings.extend(root_sent(&ctx, best_path));
        if search.exhausted {
            built.exhausted = true;
        } else {
            findings.extend(order(&ctx, best_path, sent));
        }
        built.on_paths.extend(best_path.nodes.iter().copied().filter(|&n| n < pasted));
        built.verified_issuers.extend(search.edges.iter().filter(|((child, issuer), r)| child != issuer && *issuer < pasted && r.is_ok()).map(|((_, issuer), _)| *issuer));
        let tried = search.edges.keys().flat_map(|&(child, issuer)| [child, issuer]);
        built.considered.extend(search.paths.iter().flat_map(|p| p.nodes.iter().copied()).chain(tried).filter(|&n| n < pasted));
        let trusted = best_path.end == End::Anchor && !findings.iter().any(|f| f.severity() == Severity::Error);
        // The headline: the most specific error, in the same order the report lists findings.
        let headline = findings.iter().filter(|f| f.severity() == Severity::Error).min_by_key(|f| crate::catalog::rank(f.id)).map(|f| f.id);
        let anchored = judged.iter().filter(|(_, p)| p.end == End::Anchor).count();
        built.chains.push(Chain {
            leaf,
            verdict: if trusted { ChainVerdict::Trusted } else { ChainVerdict::NotTrusted },
            headline,
            path: path_nodes(&nodes, best_path, &search, &origin, at),
            ends: if search.exhausted && best_path.end != End::Anchor { PathEnd::BudgetExhausted } else { end_of(&best_path.end) },
            chosen: match anchored {
                0 => Chosen::NoTrustedPath,
                1 if search.paths.len() == 1 => Chosen::OnlyPath,
                _ => Chosen::BestTrustedPath,
            },
            paths_considered: search.paths.len(),
            signature_checks: search.signature_checks,
        });
        built.findings.extend(findings);
    }
    let (leftover_findings, expired) = leftovers(&nodes[..pasted], &all_leaves, &built, at);
    built.findings.extend(leftover_findings);
    built.expired_alternatives = expired;
    built
}

/// A path's rank: trusted before not, then fewer errors, fewer warnings, shorter.
fn score(findings: &[Finding], path: &Path) -> (bool, usize, usize, usize) {
    let count = |s: Severity| findings.iter().filter(|f| f.severity() == s).count();
    (path.end != End::Anchor, count(Severity::Error), count(Severity::Warning), path.nodes.len())
}

/// The end-entity certificates: each transcript's first certificate, then every pasted certificate
/// that issues none of the others and is not a root, preferring non-CA certificates.
fn select_leaves(pasted: &[Node<'_>], sent: &[Vec<usize>], verifier: &dyn SignatureVerifier, budget: &Budget) -> Vec<usize> {
    let mut leaves: Vec<usize> = sent.iter().filter_map(|s| s.first().copied()).collect();
    let in_transcripts: HashSet<usize> = sent.iter().flatten().copied().collect();
    // Certificates sharing a name (a root and its cross-certificate) do not issue each other.
    let issued_names: HashSet<&crate::names::dn::DnKey> = pasted.iter().filter(|n| n.cert.facts.issuer_key != n.cert.facts.subject_key).map(|n| &n.cert.facts.issuer_key).collect();
    let issues_another = |i: usize| issued_names.contains(&pasted[i].cert.facts.subject_key);
    let is_ca = |i: usize| pasted[i].cert.basic_constraints.as_ref().is_some_and(|b| b.ca);
    let is_root = |i: usize| pasted[i].cert.self_issued && is_ca(i) && path::check_signature(verifier, pasted[i].cert, pasted[i].cert, budget).is_ok();
    let candidates: Vec<usize> = (0..pasted.len()).filter(|&i| !pasted[i].anchor && !in_transcripts.contains(&i) && !issues_another(i) && !is_root(i)).collect();
    let non_ca: Vec<usize> = candidates.iter().copied().filter(|&i| !is_ca(i)).collect();
    for i in if non_ca.is_empty() { candidates } else { non_ca } {
        if !leaves.contains(&i) {
            leaves.push(i);
        }
    }
    leaves
}

/// Informational: the server sends its root, which validators ignore.
fn root_sent(ctx: &checks::Ctx<'_>, path: &Path) -> Option<Finding> {
    let last = *path.nodes.last()?;
    let sent_root = path.end == End::Anchor && last < ctx.pasted && path.nodes.len() > 1 && ctx.nodes[last].cert.self_issued;
    sent_root.then(|| Finding::new(FindingId::RootSent, Concerns::Certificate { index: last, subject: ctx.nodes[last].cert.subject.clone() }, Evidence::None).in_chain(ctx.chain))
}

/// RFC 8446 §4.4.2: each certificate should be followed by the one that certifies it. Judged on the
/// transcript's order when there is one, else on paste order within one source.
fn order(ctx: &checks::Ctx<'_>, path: &Path, sent: &[Vec<usize>]) -> Option<Finding> {
    let on_path: Vec<usize> = path.nodes.iter().copied().filter(|&n| n < ctx.pasted).collect();
    let sequence: Vec<usize> = match sent.iter().find(|s| s.first() == on_path.first()) {
        Some(s) => s.clone(),
        None => {
            let source = &ctx.nodes[on_path[0]].cert.occurrences[0].source;
            if on_path.iter().any(|&n| &ctx.nodes[n].cert.occurrences[0].source != source) {
                return None;
            }
            (0..ctx.pasted).collect()
        }
    };
    let positions: Vec<usize> = on_path.iter().filter_map(|n| sequence.iter().position(|s| s == n)).collect();
    if positions.windows(2).all(|w| w[0] < w[1]) {
        return None;
    }
    let name = |n: &usize| ctx.nodes[*n].cert.name();
    let mut sent_order = on_path.clone();
    sent_order.sort_by_key(|n| sequence.iter().position(|s| s == n));
    let evidence = Evidence::Order { sent: sent_order.iter().map(name).collect(), expected: on_path.iter().map(name).collect() };
    Some(Finding::new(FindingId::ChainOrderWrong, Concerns::Chain { index: ctx.chain }, evidence).in_chain(ctx.chain))
}

/// Pasted certificates on no chosen path: an expired alternative issuer, a valid alternative
/// (cross-sign), a wrong intermediate, or unrelated. Returns the findings and the expired alternatives.
fn leftovers(pasted: &[Node<'_>], leaves: &[usize], built: &Built, at: i64) -> (Vec<Finding>, HashSet<usize>) {
    let untrusted = built.chains.iter().position(|c| c.verdict != ChainVerdict::Trusted);
    let mut out = Vec::new();
    let mut expired = HashSet::new();
    for (i, n) in pasted.iter().enumerate() {
        if built.on_paths.contains(&i) || leaves.contains(&i) {
            continue;
        }
        let c = n.cert;
        let concerns = Concerns::Certificate { index: i, subject: c.subject.clone() };
        let is_ca = c.basic_constraints.as_ref().is_some_and(|b| b.ca);
        // A certificate with the same subject as one on a chosen path is an alternative issuer: a
        // cross-sign (its key verified something), an expired one, or a look-alike with another key.
        let alternative_of = built.chains.iter().position(|ch| ch.path.iter().any(|p| p.subject == c.subject));
        let related = |relation: Relation| Evidence::Related { subject: c.subject.clone(), relation };
        if built.exhausted || n.anchor {
            // Not reached before the budget ran out, or a trusted root pasted for inspection.
            continue;
        } else if let (true, Some(chain)) = (at > c.facts.not_after && is_ca, alternative_of) {
            expired.insert(i);
            out.push(Finding::new(FindingId::ExpiredIntermediateSent, concerns, related(Relation::ExpiredAlternativeIssuer)).in_chain(chain));
        } else if let (true, Some(chain)) = (is_ca, alternative_of) {
            if built.verified_issuers.contains(&i) {
                out.push(Finding::new(FindingId::UnrelatedCertificate, concerns, related(Relation::CrossSign)));
            } else {
                out.push(Finding::new(FindingId::WrongIntermediate, concerns, related(Relation::SameNameOtherKey)).in_chain(chain));
            }
        } else if built.considered.contains(&i) {
            // Tried by path building (a failed or looping issuer): the chain's own findings explain it.
        } else if let (true, Some(chain)) = (is_ca, untrusted) {
            out.push(Finding::new(FindingId::WrongIntermediate, concerns, related(Relation::IssuesNothing)).in_chain(chain));
        } else {
            out.push(Finding::new(FindingId::UnrelatedCertificate, concerns, related(Relation::NotOnAnyChain)));
        }
    }
    (out, expired)
}

fn path_nodes(nodes: &[Node<'_>], path: &Path, search: &path::Search, origin: &dyn Fn(usize) -> NodeOrigin, at: i64) -> Vec<PathNode> {
    let last = path.nodes.len() - 1;
    path.nodes
        .iter()
        .enumerate()
        .map(|(pos, &n)| {
            let c = nodes[n].cert;
            let signature = if pos < last {
                match search.edges.get(&(n, path.nodes[pos + 1])) {
                    Some(Ok(())) => SignatureStatus::Verified,
                    Some(Err(_)) => SignatureStatus::Failed,
                    None => SignatureStatus::NotChecked,
                }
            } else {
                match (&path.end, search.edges.get(&(n, n))) {
                    (End::BadSignature(_), _) => SignatureStatus::Failed,
                    (_, Some(Ok(()))) => SignatureStatus::SelfSigned,
                    _ => SignatureStatus::NotChecked,
                }
            };
            let status = crate::inspect::validity_status(c.facts.not_before, c.facts.not_after, at);
            PathNode {
                certificate: (origin(n) == NodeOrigin::Pasted).then_some(n),
                subject: c.subject.clone(),
                name: c.name(),
                origin: origin(n),
                anchor: pos == last && path.end == End::Anchor,
                sha256: c.sha256.clone(),
                not_after: c.not_after.clone(),
                status,
                signature,
            }
        })
        .collect()
}

fn end_of(end: &End) -> PathEnd {
    match end {
        End::Anchor => PathEnd::TrustAnchor,
        End::NoIssuer => PathEnd::MissingIssuer,
        End::UntrustedRoot => PathEnd::UntrustedRoot,
        End::BadSignature(_) => PathEnd::BadSignature,
        End::Loop => PathEnd::Loop,
        End::TooDeep | End::MaxDepth => PathEnd::TooLong,
    }
}

fn origin_of(o: Origin) -> NodeOrigin {
    match o {
        Origin::Mozilla => NodeOrigin::Mozilla,
        Origin::Microsoft => NodeOrigin::Microsoft,
        Origin::User => NodeOrigin::User,
    }
}
