//! Trust stores: which roots the validating side trusts.
//!
//! Mozilla's store comes from the maintained `webpki-root-certs` crate (full certificates, updated
//! with Mozilla's CCADB). The "Microsoft" store is Mozilla's plus the roots in `data/roots/` that
//! Exchange Online's history depends on (see `data/roots/README.md`). The user can add roots of
//! their own. Anchors are parsed once and cached.

use std::borrow::Cow;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::inspect;
use crate::model::{Certificate, Location};

/// The version of the `webpki-root-certs` crate compiled in, i.e. the Mozilla store's release.
pub const MOZILLA_STORE_VERSION: &str = "webpki-root-certs 1.0.11";

/// Which built-in store the validating side uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StoreChoice {
    /// Mozilla's store plus the roots Microsoft's program still trusts (Exchange, Windows).
    #[default]
    Microsoft,
    /// Mozilla's store alone (most Linux MTAs: Postfix, Exim with the system bundle).
    Mozilla,
    /// No built-in roots: only the roots the user adds.
    None,
}

/// Where a trust anchor came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// Mozilla's store.
    Mozilla,
    /// forcetls's list of roots Microsoft trusts beyond Mozilla's store.
    Microsoft,
    /// Added by the user ("trust this root").
    User,
}

/// One trust anchor.
#[derive(Clone, Debug)]
pub struct Anchor {
    /// The root certificate, inspected (built-in roots are borrowed from the parsed store).
    pub cert: Cow<'static, Certificate>,
    /// Where it came from.
    pub origin: Origin,
}

/// The store that answered, as the report shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreInfo {
    /// `microsoft`, `mozilla` or `none`.
    pub choice: StoreChoice,
    /// The built-in store's version, e.g. "webpki-root-certs 1.0.11"; empty for `none`.
    pub version: String,
    /// The roots of Exchange Online's history that Mozilla removed, added for `microsoft`.
    pub microsoft_extras: usize,
    /// Built-in roots.
    pub builtin_roots: usize,
    /// Roots the user added.
    pub user_roots: usize,
    /// How many of them were added as public CAs (Exchange Online trusts those too).
    #[serde(default)]
    pub public_roots: usize,
}

const MICROSOFT_EXTRA_PEMS: &[(&str, &str)] = &[
    ("Baltimore_CyberTrust_Root.pem", include_str!("../data/roots/Baltimore_CyberTrust_Root.pem")),
    ("DigiCert_Global_Root_CA.pem", include_str!("../data/roots/DigiCert_Global_Root_CA.pem")),
    ("DigiCert_Global_Root_G2.pem", include_str!("../data/roots/DigiCert_Global_Root_G2.pem")),
    ("GlobalSign_Root_CA.pem", include_str!("../data/roots/GlobalSign_Root_CA.pem")),
];

fn parse_all<'a>(ders: impl Iterator<Item = (String, &'a [u8])>) -> Vec<Certificate> {
    ders.enumerate().filter_map(|(i, (name, der))| inspect::read(der, i, Location::new(&name, None), 0).ok()).collect()
}

/// Mozilla's roots, parsed once.
pub fn mozilla() -> &'static [Certificate] {
    static ROOTS: OnceLock<Vec<Certificate>> = OnceLock::new();
    ROOTS.get_or_init(|| parse_all(webpki_root_certs::TLS_SERVER_ROOT_CERTS.iter().map(|c| (MOZILLA_STORE_VERSION.to_string(), c.as_ref()))))
}

/// The roots Microsoft trusts beyond Mozilla's store, parsed once; those already in Mozilla's store are left out.
pub fn microsoft_extras() -> &'static [Certificate] {
    static ROOTS: OnceLock<Vec<Certificate>> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let ders: Vec<(String, Vec<u8>)> = MICROSOFT_EXTRA_PEMS
            .iter()
            .filter_map(|(name, text)| ::pem::parse(text).ok().map(|p| (format!("data/roots/{name}"), p.into_contents())))
            .collect();
        parse_all(ders.iter().map(|(n, d)| (n.clone(), d.as_slice())))
            .into_iter()
            .filter(|c| !mozilla().iter().any(|m| m.sha256 == c.sha256))
            .collect()
    })
}

/// The anchors for a store choice plus the user's roots, and a description of the store.
pub fn anchors(choice: StoreChoice, user_roots: Vec<Certificate>) -> (Vec<Anchor>, StoreInfo) {
    let (mozilla_roots, extras): (&[Certificate], &[Certificate]) = match choice {
        StoreChoice::Microsoft => (mozilla(), microsoft_extras()),
        StoreChoice::Mozilla => (mozilla(), &[]),
        StoreChoice::None => (&[], &[]),
    };
    let version = if choice == StoreChoice::None { String::new() } else { MOZILLA_STORE_VERSION.to_string() };
    // An anchor is as large as a certificate's model: the vector is made its final size at once, as
    // growing it moved every anchor again (1.5 % of a 3-certificate chain's diagnosis).
    let mut out: Vec<Anchor> = Vec::with_capacity(mozilla_roots.len() + extras.len() + user_roots.len());
    out.extend(mozilla_roots.iter().map(|c| Anchor { cert: Cow::Borrowed(c), origin: Origin::Mozilla }));
    out.extend(extras.iter().map(|c| Anchor { cert: Cow::Borrowed(c), origin: Origin::Microsoft }));
    let (builtin, microsoft_extras, user) = (out.len(), extras.len(), user_roots.len());
    out.extend(user_roots.into_iter().map(|cert| Anchor { cert: Cow::Owned(cert), origin: Origin::User }));
    (out, StoreInfo { choice, version, microsoft_extras, builtin_roots: builtin, user_roots: user, public_roots: 0 })
}
