//! The data the core takes in and gives out.
//!
//! [`Input`] is everything the user supplied; [`Diagnosis`] is everything the core concluded. The
//! diagnosis serialises to the versioned JSON that the CLI prints (`README.md`, "JSON output"), so
//! field names here are a public contract: add fields freely, but rename or remove them only with a
//! bump of [`SCHEMA_VERSION`].

use serde::{Deserialize, Serialize};

use crate::closed_set;
use crate::finding::Finding;

/// The name of the JSON document type.
pub const SCHEMA: &str = "forcetls.diagnosis";

/// The version of the JSON document; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 2;

/// The largest source the core reads, in bytes. Larger sources are reported, not read.
pub const MAX_SOURCE_BYTES: usize = 5 * 1024 * 1024;

/// One thing the user pasted or dropped: a name to point at and its raw bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// What the user would call it: "pasted text" or a file name.
    pub name: String,
    /// The bytes exactly as received; text is decoded by the core, not by the caller.
    pub bytes: Vec<u8>,
}

impl Source {
    /// A source made of text, such as the paste box.
    pub fn text(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source { name: name.into(), bytes: text.into().into_bytes() }
    }

    /// A source made of raw bytes, such as a dropped `.cer` or `.p7b` file.
    pub fn bytes(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Source { name: name.into(), bytes: bytes.into() }
    }
}

/// Everything the diagnosis depends on. The evaluation time is an input, never the clock.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Input {
    /// The pasted and dropped sources, in the order the user gave them.
    pub sources: Vec<Source>,
    /// The moment to evaluate validity at, in Unix seconds (UTC).
    pub evaluated_at: i64,
    /// What the validating side trusts.
    pub trust: TrustOptions,
    /// The chain that will replace the current one (rollover comparison); empty for none.
    pub next: Vec<Source>,
    /// What the validating client checks beyond trust: the name it connects to, the longest path.
    pub peer: PeerOptions,
}

/// The client's side of the chain verdict: with a name, `chains[].verdict` answers "would a client
/// connecting to this name accept this chain".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeerOptions {
    /// The host name or IP address the client connects to, as the user typed it (checked by the
    /// core: an invalid name is a finding, never an error).
    pub name: Option<String>,
    /// The most intermediate CAs a path may have between the leaf and the trust anchor
    /// (self-issued ones are not counted, RFC 5280 §6.1.4(l)); None for the default,
    /// [`crate::chain::path::DEFAULT_MAX_INTERMEDIATES`].
    pub max_depth: Option<usize>,
}

impl Input {
    /// An input with the default trust store, no extra roots and no rollover.
    pub fn new(sources: Vec<Source>, evaluated_at: i64) -> Self {
        Input { sources, evaluated_at, ..Input::default() }
    }
}

/// The validating side's trust: a built-in store and roots the user added ("trust this root").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustOptions {
    /// The built-in store.
    pub store: crate::trust::StoreChoice,
    /// Extra roots, in any format intake reads.
    pub roots: Vec<Source>,
    /// Roots to treat as members of Microsoft's program (public CAs): trusted by Exchange Online as
    /// well as by the validating side. For roots forcetls's snapshot lacks, and for tests.
    pub public_roots: Vec<Source>,
}

/// Where in the input something was found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The source's name, as in [`Source::name`].
    pub source: String,
    /// The 1-based line where the item starts, for text sources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The 1-based position inside a PKCS#7 bundle, for certificates that came from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bundle_item: Option<usize>,
}

impl Location {
    /// A location in a source, at a line if the source is text.
    pub fn new(source: &str, line: Option<usize>) -> Self {
        Location { source: source.to_string(), line, bundle_item: None }
    }
}

/// The complete result of one run of the core.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Diagnosis {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Always [`SCHEMA_VERSION`].
    pub version: u32,
    /// The evaluation time as `YYYY-MM-DDTHH:MM:SSZ`.
    pub evaluated_at: String,
    /// What was found, counted.
    pub summary: Summary,
    /// How each source was read.
    pub sources: Vec<SourceReport>,
    /// Every distinct certificate, in order of first appearance.
    pub certificates: Vec<Certificate>,
    /// Facts from `openssl s_client` transcripts.
    pub handshakes: Vec<Handshake>,
    /// The trust store that answered.
    pub trust: crate::trust::StoreInfo,
    /// One chain per end-entity certificate, with its verdict.
    pub chains: Vec<Chain>,
    /// Exchange connectors found in the input, normalised.
    pub connectors: Vec<crate::connectors::model::Connector>,
    /// The forced-TLS verdict per mail-flow direction the connectors describe.
    pub directions: Vec<crate::connectors::verdict::Direction>,
    /// Exchange Online's own certificate at the evaluation date, and whether the validating store trusts its root.
    pub exchange_online: crate::connectors::verdict::ExoCertificate,
    /// The CA endpoints validators must reach (the firewall worksheet).
    pub worksheet: Vec<crate::worksheet::Endpoint>,
    /// What changes when the next chain replaces the current one, when a next chain was given.
    pub rollover: Option<crate::rollover::Rollover>,
    /// Every problem and notable fact, most severe first.
    pub findings: Vec<Finding>,
}

/// Counts of what the input contained.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Distinct certificates read.
    pub certificates: usize,
    /// Certificates seen again after their first appearance.
    pub duplicates: usize,
    /// Private keys found and ignored (never shown).
    pub private_keys: usize,
    /// Certificate signing requests ignored.
    pub certificate_requests: usize,
    /// Certificate revocation lists ignored.
    pub crls: usize,
    /// Blocks that could not be read.
    pub unreadable: usize,
    /// Other items that were recognised but not used (public keys, unknown PEM labels).
    pub other_items: usize,
    /// Lines of other text that were not part of any item.
    pub ignored_lines: usize,
    /// `openssl s_client` transcripts recognised.
    pub handshakes: usize,
}

/// How one source was decoded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceReport {
    /// The source's name.
    pub name: String,
    /// Its size in bytes.
    pub bytes: usize,
    /// How it was read.
    pub encoding: Encoding,
    /// What a text source holds, item by item in order (a PEM block, a JSON dump, a transcript…);
    /// empty for binary sources.
    #[serde(default)]
    pub items: Vec<Item>,
}

/// One item of a text source: what it is and where (1-based lines, inclusive).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// What the item is.
    pub kind: ItemKind,
    /// Its first line.
    pub first_line: usize,
    /// Its last line.
    pub last_line: usize,
}

closed_set! {
    /// The kind of one item of a paste (`intake::segment` finds them).
    pub enum ItemKind {
        /// A PEM block (`-----BEGIN …-----` to `-----END …-----`), whatever its label.
        Pem = "pem",
        /// Base64 lines without armour.
        Base64 = "base64",
        /// A `ConvertTo-Json` value.
        Json = "json",
        /// An `Export-Clixml` document (`<Objs …>…</Objs>`).
        Clixml = "clixml",
        /// `Format-List` records (with the prompt line that produced them, when pasted).
        FormatList = "format-list",
        /// PowerShell's default table view.
        Table = "table",
        /// An `openssl s_client` transcript, with the certificates it printed.
        SClient = "s-client",
        /// An Exchange error line (NDR, message trace, queue, protocol log).
        ErrorLine = "error-line",
        /// Other text.
        Text = "text",
    }
}

/// One distinct certificate, as the inspector shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    /// Its 0-based position among distinct certificates.
    pub index: usize,
    /// Every place it appeared; the first is where it was first seen.
    pub occurrences: Vec<Location>,
    /// The X.509 version (1, 2 or 3).
    pub version: u32,
    /// The subject distinguished name, most significant part first as OpenSSL prints it.
    pub subject: String,
    /// The subject as Windows prints it (`CN=…, O=…, C=…`), the form Exchange's TlsCertificateName uses.
    pub subject_windows: String,
    /// The subject's common name, when it has one.
    pub subject_cn: Option<String>,
    /// The issuer distinguished name.
    pub issuer: String,
    /// The issuer as Windows prints it.
    pub issuer_windows: String,
    /// The serial number as upper-case hex.
    pub serial: String,
    /// The start of validity, `YYYY-MM-DDTHH:MM:SSZ`.
    pub not_before: String,
    /// The end of validity, `YYYY-MM-DDTHH:MM:SSZ`.
    pub not_after: String,
    /// Validity at the evaluation time.
    pub validity: Validity,
    /// Subject alternative names.
    pub subject_alt_names: Vec<AltName>,
    /// The public key.
    pub public_key: PublicKey,
    /// The signature algorithm's name (or its OID when unknown).
    pub signature_algorithm: String,
    /// The signature algorithm's OID.
    pub signature_algorithm_oid: String,
    /// SHA-256 over the DER, upper-case hex without separators.
    pub sha256: String,
    /// SHA-1 over the DER, upper-case hex without separators: the "Thumbprint" Windows and Exchange show.
    pub sha1_thumbprint: String,
    /// The basic constraints extension, when present.
    pub basic_constraints: Option<BasicConstraints>,
    /// Key usage bits by name; empty when the extension is absent.
    pub key_usage: Vec<String>,
    /// Extended key usage purposes by name (or OID); empty when the extension is absent.
    pub extended_key_usage: Vec<String>,
    /// The authority key identifier as upper-case hex, when present.
    pub authority_key_id: Option<String>,
    /// The subject key identifier as upper-case hex, when present.
    pub subject_key_id: Option<String>,
    /// Certificate policy OIDs.
    pub policies: Vec<String>,
    /// DV, OV, IV or EV when a policy OID says so.
    pub validation_level: Option<ValidationLevel>,
    /// OCSP responder URLs from the AIA extension.
    pub ocsp_urls: Vec<String>,
    /// CA issuer (certificate download) URLs from the AIA extension.
    pub ca_issuers_urls: Vec<String>,
    /// CRL distribution point URLs.
    pub crl_urls: Vec<String>,
    /// The number of embedded signed certificate timestamps.
    pub sct_count: usize,
    /// Whether the subject and issuer names are equal.
    pub self_issued: bool,
    /// The certificate's DER, kept for exports; not part of the JSON.
    #[serde(skip, default)]
    pub der: Vec<u8>,
    /// What path building needs; not part of the JSON.
    #[serde(skip, default)]
    pub facts: ChainFacts,
}

/// The raw material of path building and the chain checks, read once by the inspector.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChainFacts {
    /// The whole SubjectPublicKeyInfo DER.
    pub spki: Vec<u8>,
    /// Where the signed TBSCertificate DER is in [`Certificate::der`] (a range, not a copy: it is
    /// most of the certificate).
    pub tbs: std::ops::Range<usize>,
    /// The contents of the signature algorithm's parameters, if any.
    pub signature_params: Option<Vec<u8>>,
    /// The signature value.
    pub signature: Vec<u8>,
    /// Validity start, Unix seconds.
    pub not_before: i64,
    /// Validity end, Unix seconds.
    pub not_after: i64,
    /// The key usage bits (x509-parser order: bit 0 digitalSignature … bit 5 keyCertSign); None when absent.
    pub key_usage: Option<u16>,
    /// Extended key usage; None when absent.
    pub eku: Option<Eku>,
    /// Name constraints, when the extension is present and readable.
    pub name_constraints: Option<crate::names::constraints::Subtrees>,
    /// OIDs of critical extensions forcetls does not understand.
    pub unknown_critical: Vec<String>,
    /// DNS names from the SAN extension.
    pub dns_names: Vec<String>,
    /// The subject's RFC 5280 §7.1 comparison key (issuer chaining compares these).
    pub subject_key: crate::names::dn::DnKey,
    /// The issuer's comparison key.
    pub issuer_key: crate::names::dn::DnKey,
    /// Every subjectAltName entry; None when the certificate has no readable SAN extension.
    pub sans: Option<Vec<crate::names::GeneralName>>,
    /// Every common name in the subject, decoded.
    pub common_names: Vec<String>,
    /// emailAddress attributes of the subject.
    pub subject_emails: Vec<String>,
    /// The criticality of each extension present, by OID (in order; duplicates kept).
    pub extensions: Vec<(String, bool)>,
    /// Extensions forcetls knows whose contents could not be read (OID and the parser's error).
    pub malformed_extensions: Vec<(String, String)>,
    /// The authority key identifier's shape, when the extension is present.
    pub aki: Option<AkiShape>,
    /// Whether the outer signatureAlgorithm equals the TBSCertificate's signature field (RFC 5280 §4.1.1.2).
    pub signature_algorithms_match: bool,
    /// For RSA keys: modulus bits and the public exponent (None when it exceeds 64 bits).
    pub rsa: Option<(usize, Option<u64>)>,
}

/// What an authority key identifier extension holds (RFC 5280 §4.2.1.1).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AkiShape {
    /// keyIdentifier, as upper-case hex.
    pub key_id: Option<String>,
    /// Whether authorityCertIssuer or authorityCertSerialNumber is present.
    pub issuer_and_serial: bool,
}

/// The purposes in an extended key usage extension that matter for SMTP.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Eku {
    /// id-kp-serverAuth.
    pub server_auth: bool,
    /// id-kp-clientAuth.
    pub client_auth: bool,
    /// anyExtendedKeyUsage.
    pub any: bool,
}

impl Certificate {
    /// What to call the certificate: its common name, or its whole subject when it has none.
    pub fn name(&self) -> String {
        self.subject_cn.clone().unwrap_or_else(|| self.subject.clone())
    }
}

/// Validity at the evaluation time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validity {
    /// Valid, expired or not yet valid.
    pub status: ValidityStatus,
    /// Days from the evaluation time until `not_after` (negative once expired).
    pub days_until_expiry: i64,
}

/// One subject alternative name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AltName {
    /// The GeneralName form.
    pub kind: AltNameKind,
    /// The name as text.
    pub value: String,
}

/// A certificate's public key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicKey {
    /// `RSA`, `EC`, `Ed25519`, `Ed448`, `DSA` or the OID.
    pub algorithm: String,
    /// The key size in bits, when known.
    pub bits: Option<u32>,
    /// The named curve for EC keys.
    pub curve: Option<String>,
}

/// The basic constraints extension.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BasicConstraints {
    /// Whether the subject is a CA.
    pub ca: bool,
    /// The path length constraint, when set.
    pub path_len: Option<u32>,
    /// Whether the extension is marked critical.
    pub critical: bool,
}

/// Facts read from one `openssl s_client` transcript.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handshake {
    /// Where the transcript starts.
    pub location: Option<Location>,
    /// The `-starttls` protocol when the transcript shows one (`smtp`).
    pub starttls: Option<String>,
    /// The negotiated protocol, e.g. `TLSv1.3`.
    pub protocol: Option<String>,
    /// The negotiated cipher suite.
    pub cipher: Option<String>,
    /// The peer's signing digest, e.g. `SHA256`.
    pub peer_signing_digest: Option<String>,
    /// The peer's signature type, e.g. `RSA-PSS`.
    pub peer_signature_type: Option<String>,
    /// The server's ephemeral key, e.g. `X25519, 253 bits`.
    pub server_temp_key: Option<String>,
    /// The numeric `Verify return code`.
    pub verify_return_code: Option<i64>,
    /// The text after the code, e.g. `unable to get local issuer certificate`.
    pub verify_return_text: Option<String>,
    /// Each `depth=N ... verify error:num=N:text` line.
    pub verify_errors: Vec<VerifyError>,
    /// Indexes into [`Diagnosis::certificates`], in the order the server sent them.
    pub certificates: Vec<usize>,
}

/// One verification error that OpenSSL printed during the handshake.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyError {
    /// The chain depth (0 is the server's own certificate).
    pub depth: u32,
    /// The OpenSSL error number.
    pub num: i64,
    /// OpenSSL's text for it.
    pub message: String,
    /// The certificate's subject as OpenSSL printed it on the `depth=` line.
    pub subject: String,
}

/// The best path found from one end-entity certificate, and the verdict on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chain {
    /// The end-entity certificate, by index.
    pub leaf: usize,
    /// Trusted or not.
    pub verdict: ChainVerdict,
    /// The most important error, when not trusted.
    pub headline: Option<crate::catalog::FindingId>,
    /// The chosen path, leaf first.
    pub path: Vec<PathNode>,
    /// How the path ends.
    pub ends: PathEnd,
    /// Why this path was chosen.
    pub chosen: Chosen,
    /// How many paths (complete or not) path building found.
    pub paths_considered: usize,
    /// How many signatures path building verified.
    pub signature_checks: usize,
}

/// One certificate on a chain's path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathNode {
    /// The pasted certificate's index, or None for a certificate from the trust store.
    pub certificate: Option<usize>,
    /// Its subject.
    pub subject: String,
    /// Its common name, or the subject when it has none.
    pub name: String,
    /// Where the certificate came from.
    pub origin: NodeOrigin,
    /// Whether it is the trust anchor that ends the path.
    pub anchor: bool,
    /// SHA-256 fingerprint.
    pub sha256: String,
    /// Validity end.
    pub not_after: String,
    /// Validity at the evaluation time.
    pub status: ValidityStatus,
    /// Whether the next certificate's key verified this one's signature.
    pub signature: SignatureStatus,
}

closed_set! {
    /// How a source's bytes were read.
    pub enum Encoding {
        /// UTF-8 text without a byte order mark.
        Utf8 = "utf-8",
        /// UTF-8 text with a byte order mark.
        Utf8Bom = "utf-8-bom",
        /// UTF-16 little-endian text with a byte order mark.
        Utf16leBom = "utf-16le-bom",
        /// UTF-16 big-endian text with a byte order mark.
        Utf16beBom = "utf-16be-bom",
        /// UTF-16 little-endian text recognised without a byte order mark.
        Utf16le = "utf-16le",
        /// Text that is not UTF-8, read as Latin-1.
        Latin1 = "latin-1",
        /// A DER certificate.
        Der = "der",
        /// A DER PKCS#7 bundle.
        Pkcs7Der = "pkcs7-der",
        /// Binary data that is neither.
        Binary = "binary",
        /// Not read (too large, or the core stopped).
        NotRead = "not-read",
    }
}

closed_set! {
    /// The CA/Browser Forum validation level a policy OID asserts.
    pub enum ValidationLevel {
        /// Domain validated.
        Dv = "DV",
        /// Organisation validated.
        Ov = "OV",
        /// Individual validated.
        Iv = "IV",
        /// Extended validation.
        Ev = "EV",
    }
}

closed_set! {
    /// A certificate's validity at the evaluation time.
    pub enum ValidityStatus {
        /// Within notBefore..notAfter.
        Valid = "valid",
        /// After notAfter.
        Expired = "expired",
        /// Before notBefore.
        NotYetValid = "not-yet-valid",
    }
}

closed_set! {
    /// The form of a subject alternative name (RFC 5280 §4.2.1.6 GeneralName).
    pub enum AltNameKind {
        /// dNSName.
        Dns = "dns",
        /// iPAddress.
        Ip = "ip",
        /// rfc822Name.
        Email = "email",
        /// uniformResourceIdentifier.
        Uri = "uri",
        /// directoryName.
        Directory = "directory",
        /// Any other form.
        Other = "other",
    }
}

closed_set! {
    /// A chain's verdict.
    pub enum ChainVerdict {
        /// The best path ends at a trust anchor and has no error.
        Trusted = "trusted",
        /// It does not.
        NotTrusted = "not-trusted",
    }
}

closed_set! {
    /// How a chain's chosen path ends.
    pub enum PathEnd {
        /// At a trust anchor.
        TrustAnchor = "trust-anchor",
        /// At a certificate whose issuer was not found.
        MissingIssuer = "missing-issuer",
        /// At a self-signed certificate that is not trusted.
        UntrustedRoot = "untrusted-root",
        /// At a certificate whose signature no candidate issuer verified.
        BadSignature = "bad-signature",
        /// At a certificate whose issuers are already on the path.
        Loop = "loop",
        /// At the maximum depth.
        TooLong = "too-long",
        /// Path building ran out of budget before reaching an anchor.
        BudgetExhausted = "budget-exhausted",
    }
}

closed_set! {
    /// Why a chain's path was the one shown.
    pub enum Chosen {
        /// Path building found exactly one path.
        OnlyPath = "only-path",
        /// The best of several paths to a trust anchor.
        BestTrustedPath = "best-trusted-path",
        /// No path reaches a trust anchor; the most complete is shown.
        NoTrustedPath = "no-trusted-path",
    }
}

closed_set! {
    /// Where a certificate on a path came from.
    pub enum NodeOrigin {
        /// It was pasted or dropped.
        Pasted = "pasted",
        /// Mozilla's root store.
        Mozilla = "mozilla",
        /// forcetls's roots Microsoft trusts beyond Mozilla's store.
        Microsoft = "microsoft",
        /// A root the user chose to trust.
        User = "user",
    }
}

closed_set! {
    /// Whether a certificate's signature on a path was verified.
    pub enum SignatureStatus {
        /// The next certificate's key verified it.
        Verified = "verified",
        /// It did not verify.
        Failed = "failed",
        /// Its own key verified it.
        SelfSigned = "self-signed",
        /// No issuer to check it with.
        NotChecked = "not-checked",
    }
}

closed_set! {
    /// A rule of the certificate profile (RFC 5280 §4, CA/Browser Forum BR §7.1) that a
    /// certificate on a path breaks; each is one check in `chain::profile`.
    pub enum ProfileRule {
        /// An extension that must be non-critical is critical, or one that must be critical is not.
        ExtensionCriticality = "extension-criticality",
        /// A known extension's contents cannot be read, or it is empty where it must not be.
        ExtensionMalformed = "extension-malformed",
        /// A certificate other than a self-signed one lacks the authority key identifier.
        AuthorityKeyIdMissing = "authority-key-id-missing",
        /// A self-signed certificate's authority key identifier is not its own key identifier alone.
        AuthorityKeyIdInvalid = "authority-key-id-invalid",
        /// A CA certificate lacks the subject key identifier.
        SubjectKeyIdMissing = "subject-key-id-missing",
        /// A CA certificate has an empty subject.
        CaSubjectEmpty = "ca-subject-empty",
        /// A certificate has an empty issuer.
        IssuerEmpty = "issuer-empty",
        /// The end-entity certificate is not X.509 version 3.
        NotVersion3 = "not-version-3",
        /// A certificate that is not a CA asserts keyCertSign.
        KeyCertSignWithoutCa = "key-cert-sign-without-ca",
        /// A certificate that is not a CA carries name constraints.
        NameConstraintsOnLeaf = "name-constraints-on-leaf",
        /// The outer signature algorithm differs from the one inside the signed part.
        SignatureAlgorithmMismatch = "signature-algorithm-mismatch",
        /// An RSA modulus whose size is not a multiple of 8 bits.
        RsaModulusSize = "rsa-modulus-size",
    }
}

impl ProfileRule {
    /// The section that states the rule.
    pub fn section(self) -> &'static str {
        match self {
            ProfileRule::ExtensionCriticality => "RFC 5280 §4.2.1.1, §4.2.1.2, §4.2.1.6, §4.2.1.9, §4.2.2.1",
            ProfileRule::ExtensionMalformed => "RFC 5280 §4.2",
            ProfileRule::AuthorityKeyIdMissing => "RFC 5280 §4.2.1.1",
            ProfileRule::AuthorityKeyIdInvalid => "CA/B Forum BR §7.1.2.1.3",
            ProfileRule::SubjectKeyIdMissing => "RFC 5280 §4.2.1.2",
            ProfileRule::CaSubjectEmpty => "RFC 5280 §4.1.2.6",
            ProfileRule::IssuerEmpty => "RFC 5280 §4.1.2.4",
            ProfileRule::NotVersion3 => "CA/B Forum BR §7.1.1",
            ProfileRule::KeyCertSignWithoutCa => "RFC 5280 §4.2.1.3",
            ProfileRule::NameConstraintsOnLeaf => "RFC 5280 §4.2.1.10",
            ProfileRule::SignatureAlgorithmMismatch => "RFC 5280 §4.1.1.2",
            ProfileRule::RsaModulusSize => "CA/B Forum BR §6.1.5",
        }
    }
}
