//! Every finding the core can report, as one table: id, severity and reference. The title and the
//! remedy are words, so they live in the message files keyed by the id (`finding-<id>` and its
//! `.remedy` in `locales/<lang>/findings.ftl`).
//!
//! The table is the single source of truth for finding ids; `docs/findings.md` is generated from it
//! and the English messages, and a test fails when the two disagree (`cargo test` with
//! `UPDATE_DOCS=1` rewrites the file).

use serde::Serialize;

use crate::finding::Severity;
use crate::i18n::Words;

/// The stable identity of a finding. Serialised as its kebab-case id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FindingId {
    CorePanic,
    InputTooLarge,
    ConnectorUnreadable,
    OutboundPeerChainRejected,
    OutboundTlsDomainMismatch,
    InboundSenderChainRejected,
    InboundCertificateNameMismatch,
    TlsCertificateNameStale,
    TlsCertificateNameNotFound,
    SendConnectorIgnoresStarttls,
    ReceiveConnectorNoTls,
    OnpremDoesNotTrustExo,
    SendConnectorTlsDomainUnexpected,
    BinaryUnreadable,
    PemBlockUnreadable,
    PemBlockTruncated,
    CertificateUnparseable,
    Pkcs7Unreadable,
    CertificateExpired,
    CertificateNotYetValid,
    SelfSignedLeaf,
    SignatureInvalid,
    SelfIssuedNotSelfSigned,
    IssuerNotCa,
    V1Intermediate,
    PathLengthExceeded,
    IssuerKeyUsageNoCertSign,
    LeafEkuNoServerAuth,
    IntermediateEkuExcludesServerAuth,
    NameConstraintsViolated,
    WeakKey,
    Sha1Signature,
    UnknownCriticalExtension,
    DuplicateExtension,
    SanMalformed,
    CertificateProfileViolation,
    RsaKeyRefused,
    NameConstraintsUnchecked,
    CertificateRevoked,
    CrlInvalid,
    MaxDepthExceeded,
    PathBudgetExhausted,
    WorkBudgetExhausted,
    CommandValueRefused,
    EndpointUrlRefused,
    ChainLoop,
    MissingIntermediate,
    UntrustedRoot,
    TrustAnchorExpired,
    PeerNameInvalid,
    NameMismatch,
    PrivateKeyPasted,
    ConnectorListTruncated,
    ConnectorTableOutput,
    OutboundDomainValidationNoTlsDomain,
    SendConnectorNoTlsCertificateName,
    SendConnectorInvalidCombination,
    WrongIntermediate,
    ExpiredIntermediateSent,
    LeafEkuNoClientAuth,
    LeafIsCa,
    LeafNoSan,
    ChainOrderWrong,
    OpensslVerifyFailed,
    CertificateExpiresSoon,
    UnrelatedCertificate,
    PemBlockUnsupported,
    TooManyChains,
    RootSent,
    OutboundTlsNotForced,
    InboundTlsNotForced,
    ConnectorDisabled,
    ExchangeErrorExplained,
    CertificateRequestIgnored,
    CrlIgnored,
    DuplicateCertificate,
    TextIgnored,
    InputEmpty,
}

impl Serialize for FindingId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(entry(*self).id)
    }
}

impl<'de> serde::Deserialize<'de> for FindingId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = String::deserialize(deserializer)?;
        entry_by_id(&id).map(|e| e.finding).ok_or_else(|| serde::de::Error::custom(format!("unknown finding id '{id}'")))
    }
}

impl FindingId {
    /// The stable kebab-case id.
    pub fn as_str(self) -> &'static str {
        entry(self).id
    }
}

/// One row of the catalogue.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The enum value this row describes.
    pub finding: FindingId,
    /// The stable kebab-case id.
    pub id: &'static str,
    /// How much it matters.
    pub severity: Severity,
    /// The specification or Microsoft document it rests on.
    pub reference: &'static str,
}

const RFC7468: &str = "RFC 7468 (Textual Encodings of PKIX Structures), https://www.rfc-editor.org/rfc/rfc7468";
const RFC5280_VALIDITY: &str = "RFC 5280 §4.1.2.5 (Validity), https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5";
const RFC5280_BC: &str = "RFC 5280 §4.2.1.9 (Basic Constraints) and §6.1.4(k), https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.9";
const RFC5280_EKU: &str = "RFC 5280 §4.2.1.12 (Extended Key Usage), https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.12";
const CABF_BR: &str = "CA/Browser Forum Baseline Requirements §6.1.5 and §7.1.3, https://cabforum.org/working-groups/server/baseline-requirements/";
const MS_CONNECTORS: &str = "Microsoft: Set up connectors to route mail between Microsoft 365 and your own email servers, https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail";
const RFC5280_PROFILE: &str = "RFC 5280 §4 (Certificate and Certificate Extensions Profile), https://www.rfc-editor.org/rfc/rfc5280#section-4";
const RFC5280_CRL: &str = "RFC 5280 §5 (CRL Profile) and §6.3 (CRL Validation), https://www.rfc-editor.org/rfc/rfc5280#section-6.3";
const RFC6125: &str = "RFC 6125 §6 (Verifying Service Identity) and RFC 9525 §6.3, https://www.rfc-editor.org/rfc/rfc9525#section-6.3";
const RFC8446_CHAIN: &str = "RFC 8446 §4.4.2 (Certificate: each following certificate SHOULD directly certify the one preceding it), https://www.rfc-editor.org/rfc/rfc8446#section-4.4.2";
const CWE_400: &str = "CWE-400 (Uncontrolled Resource Consumption), https://cwe.mitre.org/data/definitions/400.html";
const MS_OUTBOUND: &str = "Microsoft: Set-OutboundConnector, https://learn.microsoft.com/powershell/module/exchangepowershell/set-outboundconnector";
const MS_INBOUND: &str = "Microsoft: Set-InboundConnector, https://learn.microsoft.com/powershell/module/exchangepowershell/set-inboundconnector";
const MS_SEND: &str = "Microsoft: Set-SendConnector, https://learn.microsoft.com/powershell/module/exchangepowershell/set-sendconnector";
const MS_TLS: &str = "Microsoft: How Exchange Online uses TLS to secure email connections, https://learn.microsoft.com/purview/exchange-online-uses-tls-to-secure-email-connections";

use FindingId::*;
use Severity::*;

/// The catalogue, in ranking order: when two findings have the same severity, the earlier row is the more specific.
pub const CATALOG: &[Entry] = &[
    Entry { finding: CorePanic, id: "core-panic", severity: Error,
        reference: "Rust: std::panic::catch_unwind (the panic was caught at the diagnosis boundary and reported), https://doc.rust-lang.org/std/panic/fn.catch_unwind.html" },
    Entry { finding: InputTooLarge, id: "input-too-large", severity: Error,
        reference: CWE_400 },
    Entry { finding: ConnectorUnreadable, id: "connector-unreadable", severity: Error,
        reference: "Microsoft: ConvertTo-Json, https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertto-json; Export-Clixml, https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-clixml" },
    Entry { finding: OutboundPeerChainRejected, id: "outbound-peer-chain-rejected", severity: Error,
        reference: MS_OUTBOUND },
    Entry { finding: OutboundTlsDomainMismatch, id: "outbound-tls-domain-mismatch", severity: Error,
        reference: MS_OUTBOUND },
    Entry { finding: InboundSenderChainRejected, id: "inbound-sender-chain-rejected", severity: Error,
        reference: MS_INBOUND },
    Entry { finding: InboundCertificateNameMismatch, id: "inbound-certificate-name-mismatch", severity: Error,
        reference: MS_INBOUND },
    Entry { finding: TlsCertificateNameStale, id: "tls-certificate-name-stale", severity: Error,
        reference: MS_SEND },
    Entry { finding: SendConnectorIgnoresStarttls, id: "send-connector-ignores-starttls", severity: Error,
        reference: MS_SEND },
    Entry { finding: ReceiveConnectorNoTls, id: "receive-connector-no-tls", severity: Error,
        reference: "Microsoft: Set-ReceiveConnector, https://learn.microsoft.com/powershell/module/exchangepowershell/set-receiveconnector; Selection of inbound STARTTLS certificates, https://learn.microsoft.com/exchange/mail-flow/mail-routing/inbound-starttls-certificates-selection" },
    Entry { finding: OnpremDoesNotTrustExo, id: "onprem-does-not-trust-exo", severity: Error,
        reference: MS_TLS },
    Entry { finding: SendConnectorTlsDomainUnexpected, id: "send-connector-tls-domain-unexpected", severity: Error,
        reference: "Microsoft: Set-SendConnector (TlsDomain), https://learn.microsoft.com/powershell/module/exchangepowershell/set-sendconnector; CSS-Exchange HealthChecker, https://microsoft.github.io/CSS-Exchange/Diagnostics/HealthChecker/" },
    Entry { finding: BinaryUnreadable, id: "binary-unreadable", severity: Error,
        reference: "RFC 5280 §4.1 (Certificate ASN.1) and RFC 2315 (PKCS #7), https://www.rfc-editor.org/rfc/rfc5280#section-4.1" },
    Entry { finding: PemBlockUnreadable, id: "pem-block-unreadable", severity: Error,
        reference: RFC7468 },
    Entry { finding: PemBlockTruncated, id: "pem-block-truncated", severity: Error,
        reference: RFC7468 },
    Entry { finding: CertificateUnparseable, id: "certificate-unparseable", severity: Error,
        reference: "RFC 5280 §4.1 (Basic Certificate Fields), https://www.rfc-editor.org/rfc/rfc5280#section-4.1" },
    Entry { finding: Pkcs7Unreadable, id: "pkcs7-unreadable", severity: Error,
        reference: "RFC 2315 §9.1 (SignedData), https://www.rfc-editor.org/rfc/rfc2315#section-9.1" },
    Entry { finding: CertificateExpired, id: "certificate-expired", severity: Error,
        reference: RFC5280_VALIDITY },
    Entry { finding: CertificateNotYetValid, id: "certificate-not-yet-valid", severity: Error,
        reference: RFC5280_VALIDITY },
    Entry { finding: SelfSignedLeaf, id: "self-signed-leaf", severity: Error,
        reference: MS_TLS },
    Entry { finding: SignatureInvalid, id: "signature-invalid", severity: Error,
        reference: "RFC 5280 §6.1.3(a)(1), https://www.rfc-editor.org/rfc/rfc5280#section-6.1.3" },
    Entry { finding: SelfIssuedNotSelfSigned, id: "self-issued-not-self-signed", severity: Error,
        reference: "RFC 5280 §3.2 and §6.1, https://www.rfc-editor.org/rfc/rfc5280#section-3.2" },
    Entry { finding: IssuerNotCa, id: "issuer-not-ca", severity: Error,
        reference: RFC5280_BC },
    Entry { finding: V1Intermediate, id: "v1-intermediate", severity: Error,
        reference: RFC5280_BC },
    Entry { finding: PathLengthExceeded, id: "path-length-exceeded", severity: Error,
        reference: RFC5280_BC },
    Entry { finding: IssuerKeyUsageNoCertSign, id: "issuer-key-usage-no-cert-sign", severity: Error,
        reference: "RFC 5280 §4.2.1.3 (Key Usage) and §6.1.4(n), https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.3" },
    Entry { finding: LeafEkuNoServerAuth, id: "leaf-eku-no-server-auth", severity: Error,
        reference: RFC5280_EKU },
    Entry { finding: IntermediateEkuExcludesServerAuth, id: "intermediate-eku-excludes-server-auth", severity: Error,
        reference: RFC5280_EKU },
    Entry { finding: NameConstraintsViolated, id: "name-constraints-violated", severity: Error,
        reference: "RFC 5280 §4.2.1.10 (Name Constraints), https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.10" },
    Entry { finding: WeakKey, id: "weak-key", severity: Error,
        reference: CABF_BR },
    Entry { finding: Sha1Signature, id: "sha1-signature", severity: Error,
        reference: CABF_BR },
    Entry { finding: UnknownCriticalExtension, id: "unknown-critical-extension", severity: Error,
        reference: "RFC 5280 §4.2 (Certificate Extensions), https://www.rfc-editor.org/rfc/rfc5280#section-4.2" },
    Entry { finding: CommandValueRefused, id: "command-value-refused", severity: Warning,
        reference: "Microsoft: about_Quoting_Rules, https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules" },
    Entry { finding: EndpointUrlRefused, id: "endpoint-url-refused", severity: Warning,
        reference: "RFC 3986 (URI syntax), https://www.rfc-editor.org/rfc/rfc3986; RFC 5280 §4.2.1.13 and §4.2.2.1, https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.13" },
    Entry { finding: DuplicateExtension, id: "duplicate-extension", severity: Error,
        reference: "RFC 5280 §4.2 (A certificate MUST NOT include more than one instance of a particular extension), https://www.rfc-editor.org/rfc/rfc5280#section-4.2" },
    Entry { finding: SanMalformed, id: "san-malformed", severity: Error,
        reference: "RFC 5280 §4.2.1.6 (Subject Alternative Name), https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.6" },
    Entry { finding: CertificateProfileViolation, id: "certificate-profile-violation", severity: Error,
        reference: RFC5280_PROFILE },
    Entry { finding: RsaKeyRefused, id: "rsa-key-refused", severity: Error,
        reference: "RFC 8017 §3.1 (RSA public key) and CA/Browser Forum BR §6.1.6, https://www.rfc-editor.org/rfc/rfc8017#section-3.1" },
    Entry { finding: NameConstraintsUnchecked, id: "name-constraints-unchecked", severity: Error,
        reference: "RFC 5280 §6.1.3(b)-(c); OpenSSL's name-constraint work limit, https://www.rfc-editor.org/rfc/rfc5280#section-6.1.3" },
    Entry { finding: CertificateRevoked, id: "certificate-revoked", severity: Error,
        reference: RFC5280_CRL },
    Entry { finding: CrlInvalid, id: "crl-invalid", severity: Error,
        reference: RFC5280_CRL },
    Entry { finding: MaxDepthExceeded, id: "max-depth-exceeded", severity: Error,
        reference: "RFC 5280 §6.1.4(l)-(m) (path length) and OpenSSL's -verify_depth, https://www.rfc-editor.org/rfc/rfc5280#section-6.1.4" },
    Entry { finding: WorkBudgetExhausted, id: "work-budget-exhausted", severity: Error,
        reference: "CWE-400 (Uncontrolled Resource Consumption) and CWE-407 (Inefficient Algorithmic Complexity), https://cwe.mitre.org/data/definitions/407.html" },
    Entry { finding: PathBudgetExhausted, id: "path-budget-exhausted", severity: Error,
        reference: "rustls-webpki path building budget; RFC 4158 (Certification Path Building), https://www.rfc-editor.org/rfc/rfc4158" },
    Entry { finding: ChainLoop, id: "chain-loop", severity: Error,
        reference: "RFC 4158 §2.4.2 (loops in path building), https://www.rfc-editor.org/rfc/rfc4158#section-2.4.2" },
    Entry { finding: MissingIntermediate, id: "missing-intermediate", severity: Error,
        reference: RFC8446_CHAIN },
    Entry { finding: UntrustedRoot, id: "untrusted-root", severity: Error,
        reference: MS_TLS },
    Entry { finding: TrustAnchorExpired, id: "trust-anchor-expired", severity: Error,
        reference: RFC5280_VALIDITY },
    Entry { finding: PeerNameInvalid, id: "peer-name-invalid", severity: Error,
        reference: RFC6125 },
    Entry { finding: NameMismatch, id: "name-mismatch", severity: Error,
        reference: RFC6125 },
    Entry { finding: PrivateKeyPasted, id: "private-key-pasted", severity: Warning,
        reference: RFC7468 },
    Entry { finding: ConnectorListTruncated, id: "connector-list-truncated", severity: Warning,
        reference: "Microsoft: about_Preference_Variables ($FormatEnumerationLimit), https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_preference_variables" },
    Entry { finding: ConnectorTableOutput, id: "connector-table-output", severity: Warning,
        reference: "Microsoft: Format-List, https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/format-list" },
    Entry { finding: OutboundDomainValidationNoTlsDomain, id: "outbound-domain-validation-no-tls-domain", severity: Warning,
        reference: MS_OUTBOUND },
    Entry { finding: TlsCertificateNameNotFound, id: "tls-certificate-name-not-found", severity: Warning,
        reference: MS_SEND },
    Entry { finding: SendConnectorNoTlsCertificateName, id: "send-connector-no-tls-certificate-name", severity: Warning,
        reference: MS_SEND },
    Entry { finding: SendConnectorInvalidCombination, id: "send-connector-invalid-combination", severity: Warning,
        reference: MS_SEND },
    Entry { finding: WrongIntermediate, id: "wrong-intermediate", severity: Warning,
        reference: RFC8446_CHAIN },
    Entry { finding: ExpiredIntermediateSent, id: "expired-intermediate-sent", severity: Warning,
        reference: RFC8446_CHAIN },
    Entry { finding: LeafEkuNoClientAuth, id: "leaf-eku-no-client-auth", severity: Warning,
        reference: MS_CONNECTORS },
    Entry { finding: LeafIsCa, id: "leaf-is-ca", severity: Error,
        reference: RFC5280_BC },
    Entry { finding: LeafNoSan, id: "leaf-no-san", severity: Warning,
        reference: "RFC 6125 §6.4.4 and CA/Browser Forum BR §7.1.2.7.12, https://www.rfc-editor.org/rfc/rfc6125#section-6.4.4" },
    Entry { finding: ChainOrderWrong, id: "chain-order-wrong", severity: Warning,
        reference: RFC8446_CHAIN },
    Entry { finding: OpensslVerifyFailed, id: "openssl-verify-failed", severity: Warning,
        reference: "OpenSSL verification options, https://docs.openssl.org/3.0/man1/openssl-verification-options/" },
    Entry { finding: CertificateExpiresSoon, id: "certificate-expires-soon", severity: Warning,
        reference: RFC5280_VALIDITY },
    Entry { finding: PemBlockUnsupported, id: "pem-block-unsupported", severity: Warning,
        reference: RFC7468 },
    Entry { finding: UnrelatedCertificate, id: "unrelated-certificate", severity: Info,
        reference: RFC8446_CHAIN },
    Entry { finding: TooManyChains, id: "too-many-chains", severity: Info,
        reference: "RFC 4158 (Certification Path Building), https://www.rfc-editor.org/rfc/rfc4158" },
    Entry { finding: RootSent, id: "root-sent", severity: Info,
        reference: RFC8446_CHAIN },
    Entry { finding: OutboundTlsNotForced, id: "outbound-tls-not-forced", severity: Info,
        reference: MS_TLS },
    Entry { finding: InboundTlsNotForced, id: "inbound-tls-not-forced", severity: Info,
        reference: MS_INBOUND },
    Entry { finding: ConnectorDisabled, id: "connector-disabled", severity: Info,
        reference: MS_CONNECTORS },
    Entry { finding: ExchangeErrorExplained, id: "exchange-error-explained", severity: Info,
        reference: "Microsoft: Email non-delivery reports and SMTP errors in Exchange Online, https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online" },
    Entry { finding: CertificateRequestIgnored, id: "certificate-request-ignored", severity: Info,
        reference: "RFC 2986 (PKCS #10), https://www.rfc-editor.org/rfc/rfc2986" },
    Entry { finding: CrlIgnored, id: "crl-ignored", severity: Info,
        reference: "RFC 5280 §5 (CRL Profile), https://www.rfc-editor.org/rfc/rfc5280#section-5" },
    Entry { finding: DuplicateCertificate, id: "duplicate-certificate", severity: Info,
        reference: "RFC 8446 §4.4.2 (Certificate), https://www.rfc-editor.org/rfc/rfc8446#section-4.4.2" },
    Entry { finding: TextIgnored, id: "text-ignored", severity: Info,
        reference: RFC7468 },
    Entry { finding: InputEmpty, id: "input-empty", severity: Info,
        reference: MS_TLS },
];

/// The catalogue row for an id.
pub fn entry(id: FindingId) -> &'static Entry {
    CATALOG.iter().find(|e| e.finding == id).expect("every FindingId has a catalogue row")
}

/// The finding's one-line title in `words`' language.
pub fn title(id: FindingId, words: &Words) -> String {
    words.text(&message_id(id), &[])
}

/// What to do about the finding, in `words`' language.
pub fn remedy(id: FindingId, words: &Words) -> String {
    words.text(&format!("{}.remedy", message_id(id)), &[])
}

/// The message id of a finding's title (its remedy is the `.remedy` attribute).
pub fn message_id(id: FindingId) -> String {
    format!("finding-{}", id.as_str())
}

/// The catalogue row for a kebab-case id.
pub fn entry_by_id(id: &str) -> Option<&'static Entry> {
    CATALOG.iter().find(|e| e.id == id)
}

/// The position of an id in the catalogue, used to rank findings of equal severity.
pub fn rank(id: FindingId) -> usize {
    CATALOG.iter().position(|e| e.finding == id).unwrap_or(usize::MAX)
}

/// Renders the catalogue as the Markdown of `docs/findings.md`, in English.
pub fn markdown() -> String {
    let words = crate::i18n::report(crate::i18n::Lang::En);
    let mut out = String::from(
        "# Finding ids\n\nGenerated from `src/catalog.rs` and `locales/en/findings.ftl` by `UPDATE_DOCS=1 cargo test --test docs`; do not edit by hand.\n\
         Ids are stable: they may be added, never renamed. Severity `error` means forced TLS will fail or input could not be read.\n\n\
         | id | severity | title | remedy | reference |\n|---|---|---|---|---|\n",
    );
    for e in CATALOG {
        let sev = match e.severity {
            Error => "error",
            Warning => "warning",
            Info => "info",
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            e.id,
            sev,
            title(e.finding, words),
            remedy(e.finding, words).replace('|', "\\|"),
            e.reference
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reference a user sees is a public document with its URL, never internal notes.
    #[test]
    fn every_reference_is_a_public_document_with_its_url() {
        for e in CATALOG {
            assert!(e.reference.contains("https://"), "{}: {}", e.id, e.reference);
            for internal in ["connectors.md", "error-strings.md", "shared/", "research notes", "docs/security.md", "ARCHITECTURE.md", "forcetls limit"] {
                assert!(!e.reference.contains(internal), "{} names {internal}: {}", e.id, e.reference);
            }
        }
    }
}
