//! Verifying a diagnosis's signatures in batches, for a backend that answers asynchronously
//! (WebCrypto's `crypto.subtle.verify` in the browser's worker), without making the core asynchronous.
//!
//! Path building asks for one signature at a time and acts on each answer. [`Rounds`] runs the
//! whole, unchanged, synchronous diagnosis with an [`Oracle`] verifier that answers from the results
//! known so far. A check it does not know yet is recorded and answered "valid" for now, which is
//! what the signatures of real chains almost always are. The shell then verifies everything recorded
//! at once and hands the results back with [`Rounds::answer`]:
//!
//! - if every provisional answer was right, that round's diagnosis is exactly the one RustCrypto
//!   alone would have made (every answer the core saw was the true one), and it stands: a chain whose
//!   signatures verify costs one diagnosis and one batch;
//! - otherwise the results join the known ones and the diagnosis runs again, now asking what the true
//!   answers lead to. From round [`MAX_ROUNDS`] on, whatever is still unknown is verified on the spot
//!   with RustCrypto, so the rounds always end.
//!
//! A check is recorded only after the core has charged its cost to the round's work budget and
//! refused the RSA keys validators refuse (`chain::path::check_signature`, `chain::crl`), so each
//! round's batch is bounded by exactly the caps that bound the diagnosis itself, and there are at
//! most [`MAX_ROUNDS`] batches.
//!
//! Everything that can fail before the arithmetic (an unsupported algorithm, an unreadable key, a
//! malformed signature) is decided by [`super::prepare`], the same code RustCrypto's verification
//! runs, and the backend is only given the checks it can do exactly as RustCrypto would
//! ([`super::Check::platform_equivalent`] and the shell's own choice).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use sha2::{Digest, Sha256};

use super::{prepare, Algorithm, Check, SignatureError, SignatureVerifier};
use crate::budget::Budget;
use crate::model::{Diagnosis, Input};

/// From this round on, checks the backend has not answered are verified with RustCrypto at once.
pub const MAX_ROUNDS: usize = 3;

/// What identifies one verification: SHA-256 over the algorithm, its parameters, the key, the
/// message and the signature (each with its length).
pub type Key = [u8; 32];

/// The identity of one verification.
pub fn key(alg: Algorithm<'_>, spki_der: &[u8], message: &[u8], signature: &[u8]) -> Key {
    let mut h = Sha256::new();
    for part in [alg.oid.as_bytes(), alg.params.unwrap_or_default(), spki_der, message, signature] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part);
    }
    h.update([alg.params.is_some() as u8]);
    h.finalize().into()
}

/// One verification the backend is asked to do.
#[derive(Clone, Debug)]
pub struct Pending {
    /// Its identity.
    pub key: Key,
    /// The algorithm, key and signature, read.
    pub check: Check,
    /// The issuer's SubjectPublicKeyInfo, as the certificate has it.
    pub spki: Vec<u8>,
    /// The signed bytes.
    pub message: Vec<u8>,
    /// The signature, as the certificate has it.
    pub signature: Vec<u8>,
}

/// A verifier that answers from known results, records the checks it does not know, and answers
/// them "valid" for now. Checks the backend does not take are verified with RustCrypto at once.
pub struct Oracle<'a> {
    known: &'a HashMap<Key, Result<(), SignatureError>>,
    offload: &'a dyn Fn(&Check) -> bool,
    last_round: bool,
    recorded: RefCell<(Vec<Pending>, HashSet<Key>)>,
}

impl Oracle<'_> {
    /// The checks recorded in this round, each once, in the order first asked.
    pub fn into_pending(self) -> Vec<Pending> {
        self.recorded.into_inner().0
    }
}

impl SignatureVerifier for Oracle<'_> {
    fn verify(&self, alg: Algorithm<'_>, spki_der: &[u8], message: &[u8], signature: &[u8]) -> Result<(), SignatureError> {
        let id = key(alg, spki_der, message, signature);
        if let Some(known) = self.known.get(&id) {
            return known.clone();
        }
        let check = prepare(alg, spki_der, signature)?;
        if self.last_round || !check.platform_equivalent(signature) || !(self.offload)(&check) {
            return check.verify(message, signature);
        }
        let mut recorded = self.recorded.borrow_mut();
        if recorded.1.insert(id) {
            recorded.0.push(Pending { key: id, check, spki: spki_der.to_vec(), message: message.to_vec(), signature: signature.to_vec() });
        }
        Ok(())
    }
}

/// The outcome of one round.
pub enum Step {
    /// The diagnosis, final: every signature it depends on is known.
    Done(Box<Diagnosis>),
    /// The round's diagnosis, which stands if every pending check verifies, and the checks to verify.
    Verify(Box<Diagnosis>, Vec<Pending>),
}

/// The rounds of one diagnosis (see the module's documentation).
#[derive(Debug, Default)]
pub struct Rounds {
    known: HashMap<Key, Result<(), SignatureError>>,
    round: usize,
    /// Checks the backend answered.
    pub offloaded: usize,
    /// Checks the backend could not do, verified with RustCrypto instead.
    pub fell_back: usize,
}

impl Rounds {
    /// Rounds with nothing known yet.
    pub fn new() -> Self {
        Rounds::default()
    }

    /// Rounds run so far.
    pub fn rounds(&self) -> usize {
        self.round
    }

    /// Runs the diagnosis once within `budget` (a fresh one per round). `offload` says which checks
    /// the backend takes (e.g. Ed25519 only where the browser has it).
    pub fn step(&mut self, input: &Input, budget: &Budget, offload: &dyn Fn(&Check) -> bool) -> Step {
        self.round += 1;
        let oracle = Oracle { known: &self.known, offload, last_round: self.round >= MAX_ROUNDS, recorded: RefCell::default() };
        let diagnosis = crate::diagnose::diagnose_using(input, budget, &oracle);
        let pending = oracle.into_pending();
        if pending.is_empty() {
            Step::Done(Box::new(diagnosis))
        } else {
            Step::Verify(Box::new(diagnosis), pending)
        }
    }

    /// Records the backend's results for `pending` (in order): `Some(valid)`, or `None` when the
    /// backend could not do a check (RustCrypto then verifies it now). Returns whether every
    /// provisional answer was right, i.e. whether the round's diagnosis stands.
    pub fn answer(&mut self, pending: Vec<Pending>, results: &[Option<bool>]) -> bool {
        let mut all_valid = true;
        for (i, p) in pending.into_iter().enumerate() {
            let result = match results.get(i).copied().flatten() {
                Some(valid) => {
                    self.offloaded += 1;
                    if valid { Ok(()) } else { Err(SignatureError::Invalid) }
                }
                None => {
                    self.fell_back += 1;
                    p.check.verify(&p.message, &p.signature)
                }
            };
            all_valid &= result.is_ok();
            self.known.insert(p.key, result);
        }
        all_valid
    }

    /// The whole diagnosis with a synchronous batch backend: the same rounds the worker runs with
    /// WebCrypto, for tests and for backends that are not asynchronous.
    pub fn run(input: &Input, offload: &dyn Fn(&Check) -> bool, mut verify: impl FnMut(&[Pending]) -> Vec<Option<bool>>) -> (Diagnosis, Rounds) {
        let mut rounds = Rounds::new();
        loop {
            match rounds.step(input, &Budget::new(), offload) {
                Step::Done(d) => return (*d, rounds),
                Step::Verify(d, pending) => {
                    let results = verify(&pending);
                    if rounds.answer(pending, &results) {
                        return (*d, rounds);
                    }
                }
            }
        }
    }
}
