//! Every finding the core can report, as one table: id, severity, title, remedy and reference.
//!
//! The table is the single source of truth for finding ids; `docs/findings.md` is generated from it
//! and a test fails when the two disagree (`cargo test` with `UPDATE_DOCS=1` rewrites the file).

use serde::Serialize;

use crate::finding::Severity;

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
    /// A one-line title in plain words.
    pub title: &'static str,
    /// What to do about it.
    pub remedy: &'static str,
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
        title: "forcetls hit an internal error while reading this input",
        remedy: "This is a bug in forcetls, not in your certificates. The rest of the page may be incomplete; please report the input that caused it (without private keys).",
        reference: "Rust: std::panic::catch_unwind (the panic was caught at the diagnosis boundary and reported), https://doc.rust-lang.org/std/panic/fn.catch_unwind.html" },
    Entry { finding: InputTooLarge, id: "input-too-large", severity: Error,
        title: "Input is too large to read",
        remedy: "Paste only the certificates and connector output you need (a certificate is about 2 KB); split very large bundles into several files.",
        reference: CWE_400 },
    Entry { finding: ConnectorUnreadable, id: "connector-unreadable", severity: Error,
        title: "Connector output could not be read",
        remedy: "Export again with Format-List * (all properties), ConvertTo-Json -Depth 3, or Export-Clixml, and paste the whole output.",
        reference: "Microsoft: ConvertTo-Json, https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertto-json; Export-Clixml, https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-clixml" },
    Entry { finding: OutboundPeerChainRejected, id: "outbound-peer-chain-rejected", severity: Error,
        title: "Exchange Online will reject the peer's certificate chain",
        remedy: "With TlsSettings CertificateValidation or DomainValidation, the peer needs a valid certificate from a public CA with its full chain. Fix the chain problem shown in the chain's verdict, or (only if the peer cannot) lower the connector to EncryptionOnly.",
        reference: MS_OUTBOUND },
    Entry { finding: OutboundTlsDomainMismatch, id: "outbound-tls-domain-mismatch", severity: Error,
        title: "The outbound connector's TlsDomain is not a name on the peer's certificate",
        remedy: "Set TlsDomain to a name the certificate carries (its CN or a DNS SAN; *.domain covers the domain and its subdomains), or bind the right certificate on the peer.",
        reference: MS_OUTBOUND },
    Entry { finding: InboundSenderChainRejected, id: "inbound-sender-chain-rejected", severity: Error,
        title: "Exchange Online will not accept the sending server's certificate chain",
        remedy: "The on-premises or partner server must present a public-CA certificate, valid, with its full chain (KB3212877). Fix the chain problem shown in the chain's verdict.",
        reference: MS_INBOUND },
    Entry { finding: InboundCertificateNameMismatch, id: "inbound-certificate-name-mismatch", severity: Error,
        title: "The sender's certificate does not match the inbound connector's TlsSenderCertificateName",
        remedy: "Set TlsSenderCertificateName to a name on the certificate (OnPremises: CN or SAN; Partner with RestrictDomainsToCertificate: the subject CN), or make the send connector present the right certificate.",
        reference: MS_INBOUND },
    Entry { finding: TlsCertificateNameStale, id: "tls-certificate-name-stale", severity: Error,
        title: "TlsCertificateName still names the old certificate (the issuer changed at renewal)",
        remedy: "Update the connector to the renewed certificate's exact issuer and subject (the command is shown).",
        reference: MS_SEND },
    Entry { finding: SendConnectorIgnoresStarttls, id: "send-connector-ignores-starttls", severity: Error,
        title: "The send connector requires TLS but ignores STARTTLS",
        remedy: "Set-SendConnector -IgnoreSTARTTLS $false; with both set, no TLS session can start.",
        reference: MS_SEND },
    Entry { finding: ReceiveConnectorNoTls, id: "receive-connector-no-tls", severity: Error,
        title: "The receive connector does not offer STARTTLS (AuthMechanism lacks Tls)",
        remedy: "Add Tls to AuthMechanism and bind a valid certificate; otherwise forced TLS from Exchange Online fails with 451 5.7.3 STARTTLS is required.",
        reference: "Microsoft: Set-ReceiveConnector, https://learn.microsoft.com/powershell/module/exchangepowershell/set-receiveconnector; Selection of inbound STARTTLS certificates, https://learn.microsoft.com/exchange/mail-flow/mail-routing/inbound-starttls-certificates-selection" },
    Entry { finding: OnpremDoesNotTrustExo, id: "onprem-does-not-trust-exo", severity: Error,
        title: "The on-premises side does not trust Exchange Online's root at the evaluation date",
        remedy: "Import the root into the Trusted Root Certification Authorities store of every transport server (or enable the Windows root certificate updater), and allow the CA's CRL and OCSP endpoints through the firewall.",
        reference: MS_TLS },
    Entry { finding: SendConnectorTlsDomainUnexpected, id: "send-connector-tls-domain-unexpected", severity: Error,
        title: "The send connector to Exchange Online validates a name other than mail.protection.outlook.com",
        remedy: "Exchange Online presents mail.protection.outlook.com; set TlsDomain to it.",
        reference: "Microsoft: Set-SendConnector (TlsDomain), https://learn.microsoft.com/powershell/module/exchangepowershell/set-sendconnector; CSS-Exchange HealthChecker, https://microsoft.github.io/CSS-Exchange/Diagnostics/HealthChecker/" },
    Entry { finding: BinaryUnreadable, id: "binary-unreadable", severity: Error,
        title: "A binary file is neither a DER certificate nor a PKCS#7 bundle",
        remedy: "Export the certificate as Base-64 (PEM) or DER X.509 (.cer), or the chain as PKCS#7 (.p7b). PFX/PKCS#12 files contain the private key: do not paste them.",
        reference: "RFC 5280 §4.1 (Certificate ASN.1) and RFC 2315 (PKCS #7), https://www.rfc-editor.org/rfc/rfc5280#section-4.1" },
    Entry { finding: PemBlockUnreadable, id: "pem-block-unreadable", severity: Error,
        title: "A PEM block's Base64 cannot be decoded",
        remedy: "Copy the block again from its source, including the BEGIN and END lines, without changing or losing characters.",
        reference: RFC7468 },
    Entry { finding: PemBlockTruncated, id: "pem-block-truncated", severity: Error,
        title: "A PEM block has no END line",
        remedy: "The paste was cut off. Copy the whole block, up to and including its -----END ...----- line.",
        reference: RFC7468 },
    Entry { finding: CertificateUnparseable, id: "certificate-unparseable", severity: Error,
        title: "A certificate block does not contain a valid X.509 certificate",
        remedy: "Copy the certificate again from its source; if it came from a file, open it with `openssl x509 -in FILE -text` or Windows' certificate viewer to check it.",
        reference: "RFC 5280 §4.1 (Basic Certificate Fields), https://www.rfc-editor.org/rfc/rfc5280#section-4.1" },
    Entry { finding: Pkcs7Unreadable, id: "pkcs7-unreadable", severity: Error,
        title: "A PKCS#7 bundle cannot be read",
        remedy: "Export the chain again (Windows: Export → Cryptographic Message Syntax Standard - PKCS #7 (.P7B), \"Include all certificates in the certification path\"), or export each certificate as Base-64.",
        reference: "RFC 2315 §9.1 (SignedData), https://www.rfc-editor.org/rfc/rfc2315#section-9.1" },
    Entry { finding: CertificateExpired, id: "certificate-expired", severity: Error,
        title: "A certificate has expired at the evaluation date",
        remedy: "Renew the certificate and bind the new one to the connector (Exchange: Enable-ExchangeCertificate -Services SMTP); for an expired CA certificate, install the CA's current intermediate.",
        reference: RFC5280_VALIDITY },
    Entry { finding: CertificateNotYetValid, id: "certificate-not-yet-valid", severity: Error,
        title: "A certificate is not yet valid at the evaluation date",
        remedy: "Wait until its validity starts before switching to it, or check the server's clock and the evaluation date.",
        reference: RFC5280_VALIDITY },
    Entry { finding: SelfSignedLeaf, id: "self-signed-leaf", severity: Error,
        title: "The server certificate is self-signed",
        remedy: "Exchange Online requires a certificate from a public CA for forced TLS (CertificateValidation/DomainValidation). Get a certificate from a public CA and assign it to SMTP (Enable-ExchangeCertificate -Services SMTP); Exchange's default self-signed certificate is only fit for opportunistic TLS.",
        reference: MS_TLS },
    Entry { finding: SignatureInvalid, id: "signature-invalid", severity: Error,
        title: "A certificate's signature does not verify with its issuer's key",
        remedy: "The issuer found by name is not the key that signed this certificate (a re-keyed or look-alike intermediate), or the certificate was altered. Install the intermediate your CA issued together with this certificate (its AIA CA-issuers URL names it).",
        reference: "RFC 5280 §6.1.3(a)(1), https://www.rfc-editor.org/rfc/rfc5280#section-6.1.3" },
    Entry { finding: SelfIssuedNotSelfSigned, id: "self-issued-not-self-signed", severity: Error,
        title: "A certificate names itself as its issuer but is not signed by its own key",
        remedy: "No validator can build a path from it. Reissue it from a real CA, or paste the certificate of the CA that signed it.",
        reference: "RFC 5280 §3.2 and §6.1, https://www.rfc-editor.org/rfc/rfc5280#section-3.2" },
    Entry { finding: IssuerNotCa, id: "issuer-not-ca", severity: Error,
        title: "A certificate used as an issuer is not a CA certificate",
        remedy: "Its basic constraints are missing or say CA:FALSE, so validators refuse it as an issuer. Use the CA's real intermediate certificate.",
        reference: RFC5280_BC },
    Entry { finding: V1Intermediate, id: "v1-intermediate", severity: Error,
        title: "An intermediate is an X.509 version 1 certificate",
        remedy: "Version 1 certificates cannot carry basic constraints, so modern validators do not accept them as CAs. Replace the intermediate with the CA's current version 3 certificate.",
        reference: RFC5280_BC },
    Entry { finding: PathLengthExceeded, id: "path-length-exceeded", severity: Error,
        title: "An issuer's path length constraint is exceeded",
        remedy: "A CA with pathLenConstraint n may have at most n intermediates below it. Use a chain your CA supports (ask for the correct issuing CA).",
        reference: RFC5280_BC },
    Entry { finding: IssuerKeyUsageNoCertSign, id: "issuer-key-usage-no-cert-sign", severity: Error,
        title: "An issuer's key usage does not allow signing certificates",
        remedy: "The issuer's key usage extension lacks keyCertSign. Use the CA's real intermediate certificate.",
        reference: "RFC 5280 §4.2.1.3 (Key Usage) and §6.1.4(n), https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.3" },
    Entry { finding: LeafEkuNoServerAuth, id: "leaf-eku-no-server-auth", severity: Error,
        title: "The server certificate is not valid for server authentication",
        remedy: "Its extended key usage lacks Server Authentication (1.3.6.1.5.5.7.3.1). Request a certificate with the Server Authentication purpose (every public TLS certificate has it).",
        reference: RFC5280_EKU },
    Entry { finding: IntermediateEkuExcludesServerAuth, id: "intermediate-eku-excludes-server-auth", severity: Error,
        title: "An intermediate's extended key usage excludes server authentication",
        remedy: "Windows and most validators require every CA in the path to allow the purpose. Use an intermediate issued for TLS server certificates.",
        reference: RFC5280_EKU },
    Entry { finding: NameConstraintsViolated, id: "name-constraints-violated", severity: Error,
        title: "The certificate's names are outside an issuer's name constraints",
        remedy: "The CA may only issue for the domains in its name constraints. Get the certificate from a CA allowed to issue for this domain.",
        reference: "RFC 5280 §4.2.1.10 (Name Constraints), https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.10" },
    Entry { finding: WeakKey, id: "weak-key", severity: Error,
        title: "A certificate has an RSA key shorter than 2048 bits",
        remedy: "Keys under 2048 bits are refused by current validators and cannot be issued by public CAs. Create a new key of at least 2048 bits and get a new certificate.",
        reference: CABF_BR },
    Entry { finding: Sha1Signature, id: "sha1-signature", severity: Error,
        title: "A certificate below the root is signed with SHA-1 (or MD5)",
        remedy: "SHA-1 signatures are no longer trusted on leaf and intermediate certificates (a root's own signature does not matter). Reissue with SHA-256.",
        reference: CABF_BR },
    Entry { finding: UnknownCriticalExtension, id: "unknown-critical-extension", severity: Error,
        title: "A certificate has a critical extension validators do not understand",
        remedy: "A validator must reject a certificate with an unrecognised critical extension. Reissue the certificate without it.",
        reference: "RFC 5280 §4.2 (Certificate Extensions), https://www.rfc-editor.org/rfc/rfc5280#section-4.2" },
    Entry { finding: CommandValueRefused, id: "command-value-refused", severity: Warning,
        title: "A fix was left out because a value in it cannot be put into a command safely",
        remedy: "The value (shown with its control characters escaped) holds a line break, a control character or a bidirectional control. Check where it came from; if it is genuine, type the command yourself with the value as PowerShell shows it.",
        reference: "Microsoft: about_Quoting_Rules, https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules" },
    Entry { finding: EndpointUrlRefused, id: "endpoint-url-refused", severity: Warning,
        title: "A CA endpoint URL was left out of the firewall worksheet and its scripts",
        remedy: "The certificate names an OCSP, CA-issuers or CRL URL that is not a well-formed http, https or ldap URL with a valid host (shown with control characters escaped). Validators cannot use it either; if it should work, ask the CA to fix the certificate. It was kept out of the generated scripts so that it cannot run as a command.",
        reference: "RFC 3986 (URI syntax), https://www.rfc-editor.org/rfc/rfc3986; RFC 5280 §4.2.1.13 and §4.2.2.1, https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.13" },
    Entry { finding: DuplicateExtension, id: "duplicate-extension", severity: Error,
        title: "A certificate contains the same extension twice",
        remedy: "RFC 5280 forbids more than one instance of an extension, and validators reject such certificates. The CA must reissue the certificate.",
        reference: "RFC 5280 §4.2 (A certificate MUST NOT include more than one instance of a particular extension), https://www.rfc-editor.org/rfc/rfc5280#section-4.2" },
    Entry { finding: SanMalformed, id: "san-malformed", severity: Error,
        title: "A certificate's subject alternative names are malformed",
        remedy: "The SAN extension is unreadable, empty, or holds an invalid entry (a DNS name with a leading dot or an underscore, an IP address of the wrong length, an invalid mailbox). Request a new certificate with valid names.",
        reference: "RFC 5280 §4.2.1.6 (Subject Alternative Name), https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.6" },
    Entry { finding: CertificateProfileViolation, id: "certificate-profile-violation", severity: Error,
        title: "A certificate breaks a rule of the X.509 profile that strict validators enforce",
        remedy: "The evidence names the rule and its section. Such a certificate is rejected by validators that follow RFC 5280 and the CA/Browser Forum rules (rustls, pyca/cryptography, browsers). The CA must reissue it.",
        reference: RFC5280_PROFILE },
    Entry { finding: RsaKeyRefused, id: "rsa-key-refused", severity: Error,
        title: "An RSA key is outside what validators accept, so its signatures are not checked",
        remedy: "Validators refuse RSA moduli over 8192 bits and public exponents that are even, below 3 or of 2^33 and more (rustls-webpki/ring; Go and OpenSSL have similar caps). Use a key of 2048 to 4096 bits with exponent 65537.",
        reference: "RFC 8017 §3.1 (RSA public key) and CA/Browser Forum BR §6.1.6, https://www.rfc-editor.org/rfc/rfc8017#section-3.1" },
    Entry { finding: NameConstraintsUnchecked, id: "name-constraints-unchecked", severity: Error,
        title: "Name constraints could not be checked: too many constraints times names",
        remedy: "A CA on the path has so many name constraints, and the certificates below it so many names, that checking them exceeds forcetls's work budget; validators reject such chains for the same reason. Use a chain with a reasonable number of names.",
        reference: "RFC 5280 §6.1.3(b)-(c); OpenSSL's name-constraint work limit, https://www.rfc-editor.org/rfc/rfc5280#section-6.1.3" },
    Entry { finding: CertificateRevoked, id: "certificate-revoked", severity: Error,
        title: "A certificate on the path is revoked by a pasted CRL",
        remedy: "The CA has revoked this certificate: validators that check revocation refuse it. Install a new certificate.",
        reference: RFC5280_CRL },
    Entry { finding: CrlInvalid, id: "crl-invalid", severity: Error,
        title: "A pasted CRL for a certificate on the path cannot be used, so its revocation status is unknown",
        remedy: "The CRL's signature, validity (thisUpdate/nextUpdate), CRL number or its issuer's key usage (cRLSign) is wrong. Download the CA's current CRL from the CRL distribution point and paste it again.",
        reference: RFC5280_CRL },
    Entry { finding: MaxDepthExceeded, id: "max-depth-exceeded", severity: Error,
        title: "The path has more intermediate CAs than the maximum depth allows",
        remedy: "Send a shorter chain (a cross-signed path may be avoidable), or raise --max-depth if your validator allows more.",
        reference: "RFC 5280 §6.1.4(l)-(m) (path length) and OpenSSL's -verify_depth, https://www.rfc-editor.org/rfc/rfc5280#section-6.1.4" },
    Entry { finding: WorkBudgetExhausted, id: "work-budget-exhausted", severity: Error,
        title: "The input asked for more work than forcetls allows, so part of it was not examined",
        remedy: "The verdicts below are incomplete. Paste only the certificates and connectors of the mail flow you are checking; an input this large is unusual and may have been made to slow forcetls down.",
        reference: "CWE-400 (Uncontrolled Resource Consumption) and CWE-407 (Inefficient Algorithmic Complexity), https://cwe.mitre.org/data/definitions/407.html" },
    Entry { finding: PathBudgetExhausted, id: "path-budget-exhausted", severity: Error,
        title: "Path building gave up: too many candidate paths",
        remedy: "The pasted certificates form too many cross-signed combinations to explore. Paste only the server's own chain.",
        reference: "rustls-webpki path building budget; RFC 4158 (Certification Path Building), https://www.rfc-editor.org/rfc/rfc4158" },
    Entry { finding: ChainLoop, id: "chain-loop", severity: Error,
        title: "The certificates certify each other in a loop without reaching a trusted root",
        remedy: "Cross-signed CA certificates lead back to themselves. Paste the server's own chain (leaf and its intermediates) and check which root the validating side trusts.",
        reference: "RFC 4158 §2.4.2 (loops in path building), https://www.rfc-editor.org/rfc/rfc4158#section-2.4.2" },
    Entry { finding: MissingIntermediate, id: "missing-intermediate", severity: Error,
        title: "The chain is incomplete: an issuer is neither pasted nor in the trust store",
        remedy: "If the missing issuer is an intermediate, configure the server to send it (on Exchange: import it into the computer's Intermediate Certification Authorities store and restart the Transport service); download it from the CA-issuers URL shown, or from your CA. If it is a private root, the validating side must trust it, which Exchange Online never does: use a public CA.",
        reference: RFC8446_CHAIN },
    Entry { finding: UntrustedRoot, id: "untrusted-root", severity: Error,
        title: "The chain ends at a root the validating side does not trust",
        remedy: "Exchange Online trusts public CAs only (UntrustedRoot). Use a certificate from a public CA; for a private CA the validating side must import its root (for Exchange Online that is not possible).",
        reference: MS_TLS },
    Entry { finding: TrustAnchorExpired, id: "trust-anchor-expired", severity: Error,
        title: "The trusted root at the end of the chain has expired",
        remedy: "Move to a chain under the CA's current root (for example Baltimore CyberTrust Root expired on 2025-05-12); update the validating side's root store.",
        reference: RFC5280_VALIDITY },
    Entry { finding: PeerNameInvalid, id: "peer-name-invalid", severity: Error,
        title: "The server name given is not a host name or IP address",
        remedy: "Give the name the client connects to: a host name such as mail.contoso.com (no wildcard, no URL) or an IP address.",
        reference: RFC6125 },
    Entry { finding: NameMismatch, id: "name-mismatch", severity: Error,
        title: "The certificate is not valid for the name the client connects to",
        remedy: "The server's certificate must carry the name as a DNS subject alternative name (a wildcard covers one label: *.contoso.com covers mail.contoso.com but not contoso.com), or the IP address as an IP SAN; the common name is not used. Get a certificate that includes the name, or connect by a name it has.",
        reference: RFC6125 },
    Entry { finding: PrivateKeyPasted, id: "private-key-pasted", severity: Warning,
        title: "A private key was pasted; it was ignored and is never shown",
        remedy: "forcetls needs only certificates. Nothing left your browser, but treat the key as exposed if you pasted it anywhere else, and remove it before sharing a link or a screenshot.",
        reference: RFC7468 },
    Entry { finding: ConnectorListTruncated, id: "connector-list-truncated", severity: Warning,
        title: "A connector list was cut short by Format-List ({a, b, c, d...}): data was lost",
        remedy: "Re-export with $FormatEnumerationLimit = -1 before Format-List, or use ConvertTo-Json -Depth 3 / Export-Clixml.",
        reference: "Microsoft: about_Preference_Variables ($FormatEnumerationLimit), https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_preference_variables" },
    Entry { finding: ConnectorTableOutput, id: "connector-table-output", severity: Warning,
        title: "Connector output is a table, which omits the TLS settings",
        remedy: "Run the cmdlet with | Format-List * (or ConvertTo-Json -Depth 3, or Export-Clixml) and paste that.",
        reference: "Microsoft: Format-List, https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/format-list" },
    Entry { finding: OutboundDomainValidationNoTlsDomain, id: "outbound-domain-validation-no-tls-domain", severity: Warning,
        title: "The outbound connector uses DomainValidation without a TlsDomain",
        remedy: "Microsoft documents TlsDomain as the name DomainValidation checks; set it (the command is shown).",
        reference: MS_OUTBOUND },
    Entry { finding: TlsCertificateNameNotFound, id: "tls-certificate-name-not-found", severity: Warning,
        title: "TlsCertificateName names a certificate other than the pasted one",
        remedy: "Paste the certificate the connector names (Get-ExchangeCertificate on the server) so the verdict can judge it; if the pasted certificate is the one the server should use, set TlsCertificateName to \"<I>$($cert.Issuer)<S>$($cert.Subject)\" of it.",
        reference: MS_SEND },
    Entry { finding: SendConnectorNoTlsCertificateName, id: "send-connector-no-tls-certificate-name", severity: Warning,
        title: "The send connector to Exchange Online has no TlsCertificateName",
        remedy: "Without it Exchange picks a certificate by FQDN and Exchange Online may not attribute the mail to your tenant. Set it to the public certificate.",
        reference: MS_SEND },
    Entry { finding: SendConnectorInvalidCombination, id: "send-connector-invalid-combination", severity: Warning,
        title: "The send connector has a combination of TLS settings Set-SendConnector would refuse",
        remedy: "The export was edited or is inconsistent: TlsAuthLevel needs RequireTLS $true, and TlsDomain needs TlsAuthLevel DomainValidation.",
        reference: MS_SEND },
    Entry { finding: WrongIntermediate, id: "wrong-intermediate", severity: Warning,
        title: "A CA certificate was sent that does not issue anything in this chain",
        remedy: "It is probably the wrong intermediate (for example from an older certificate or another CA). Replace it with the intermediate that issued the server certificate.",
        reference: RFC8446_CHAIN },
    Entry { finding: ExpiredIntermediateSent, id: "expired-intermediate-sent", severity: Warning,
        title: "An expired intermediate is sent although a valid path exists without it",
        remedy: "Some validators (older Windows, OpenSSL 1.0, Java) build through the expired certificate and fail. Remove it from the server's chain.",
        reference: RFC8446_CHAIN },
    Entry { finding: LeafEkuNoClientAuth, id: "leaf-eku-no-client-auth", severity: Warning,
        title: "The certificate the sending server presents lacks the Client Authentication purpose",
        remedy: "Exchange on-premises presents this certificate as its TLS client certificate when sending to Exchange Online. Public CAs are dropping Client Authentication from TLS certificates; check your CA's plan and test the send connector before renewal.",
        reference: MS_CONNECTORS },
    Entry { finding: LeafIsCa, id: "leaf-is-ca", severity: Error,
        title: "The certificate at the start of the chain is a CA certificate",
        remedy: "A server certificate should say CA:FALSE. If you pasted only an intermediate, add the server certificate; otherwise reissue it as an end-entity certificate.",
        reference: RFC5280_BC },
    Entry { finding: LeafNoSan, id: "leaf-no-san", severity: Warning,
        title: "The certificate has no DNS subject alternative name",
        remedy: "Exchange matches the subject CN or SANs, but most other MTAs and libraries match SANs only. Reissue with the host name(s) as DNS SANs.",
        reference: "RFC 6125 §6.4.4 and CA/Browser Forum BR §7.1.2.7.12, https://www.rfc-editor.org/rfc/rfc6125#section-6.4.4" },
    Entry { finding: ChainOrderWrong, id: "chain-order-wrong", severity: Warning,
        title: "The certificates are not in chain order",
        remedy: "Send the server certificate first, then each issuer in turn (leaf → intermediate(s)); some MTAs reject out-of-order chains.",
        reference: RFC8446_CHAIN },
    Entry { finding: OpensslVerifyFailed, id: "openssl-verify-failed", severity: Warning,
        title: "OpenSSL could not verify the chain the server sent",
        remedy: "Read OpenSSL's error below: 'unable to get local issuer certificate' usually means the server does not send its intermediate certificate; configure the full chain on the server.",
        reference: "OpenSSL verification options, https://docs.openssl.org/3.0/man1/openssl-verification-options/" },
    Entry { finding: CertificateExpiresSoon, id: "certificate-expires-soon", severity: Warning,
        title: "A certificate expires within 30 days of the evaluation date",
        remedy: "Renew it now and update any connector that names it (TlsCertificateName holds issuer and subject, so a renewal with a new issuer needs Set-SendConnector / Set-ReceiveConnector).",
        reference: RFC5280_VALIDITY },
    Entry { finding: PemBlockUnsupported, id: "pem-block-unsupported", severity: Warning,
        title: "A PEM block of a kind forcetls does not use was ignored",
        remedy: "forcetls reads certificates (CERTIFICATE, X509 CERTIFICATE, TRUSTED CERTIFICATE) and PKCS#7 bundles; remove other blocks or convert them.",
        reference: RFC7468 },
    Entry { finding: UnrelatedCertificate, id: "unrelated-certificate", severity: Info,
        title: "A certificate is not part of any chain that was built",
        remedy: "If the server sends it, remove it from the server's chain; if you pasted it on purpose, nothing to do.",
        reference: RFC8446_CHAIN },
    Entry { finding: TooManyChains, id: "too-many-chains", severity: Info,
        title: "Only the first chains were analysed",
        remedy: "Paste one server's chain at a time to analyse it.",
        reference: "RFC 4158 (Certification Path Building), https://www.rfc-editor.org/rfc/rfc4158" },
    Entry { finding: RootSent, id: "root-sent", severity: Info,
        title: "The root certificate is included in the chain",
        remedy: "Harmless but unnecessary: validators use their own copy of the root. Servers may leave it out to save bytes.",
        reference: RFC8446_CHAIN },
    Entry { finding: OutboundTlsNotForced, id: "outbound-tls-not-forced", severity: Info,
        title: "The outbound connector does not force TLS (TlsSettings is empty)",
        remedy: "Mail is encrypted only if the peer offers STARTTLS (opportunistic). To force it, set TlsSettings (the command is shown).",
        reference: MS_TLS },
    Entry { finding: InboundTlsNotForced, id: "inbound-tls-not-forced", severity: Info,
        title: "The inbound connector does not require TLS",
        remedy: "Mail from this peer is accepted without TLS. To force it, set RequireTls $true (the command is shown).",
        reference: MS_INBOUND },
    Entry { finding: ConnectorDisabled, id: "connector-disabled", severity: Info,
        title: "A connector is disabled and plays no part",
        remedy: "Nothing to do if intended; Enable it with Set-*Connector -Enabled $true.",
        reference: MS_CONNECTORS },
    Entry { finding: ExchangeErrorExplained, id: "exchange-error-explained", severity: Info,
        title: "An Exchange error message was recognised",
        remedy: "See its meaning, likely cause and fix below.",
        reference: "Microsoft: Email non-delivery reports and SMTP errors in Exchange Online, https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online" },
    Entry { finding: CertificateRequestIgnored, id: "certificate-request-ignored", severity: Info,
        title: "A certificate signing request (CSR) was ignored",
        remedy: "A CSR is not a certificate. Paste the certificate the CA issued for it.",
        reference: "RFC 2986 (PKCS #10), https://www.rfc-editor.org/rfc/rfc2986" },
    Entry { finding: CrlIgnored, id: "crl-ignored", severity: Info,
        title: "A certificate revocation list (CRL) was not used",
        remedy: "forcetls checks a pasted CRL against the certificates its issuer issued; this one could not be read, or its issuer issued none of the pasted certificates. CRLs are never downloaded: paste the issuing CA's current CRL to check revocation.",
        reference: "RFC 5280 §5 (CRL Profile), https://www.rfc-editor.org/rfc/rfc5280#section-5" },
    Entry { finding: DuplicateCertificate, id: "duplicate-certificate", severity: Info,
        title: "The same certificate appears more than once",
        remedy: "Harmless here. If a server sends the same certificate twice in its chain, remove the copy from its chain file.",
        reference: "RFC 8446 §4.4.2 (Certificate), https://www.rfc-editor.org/rfc/rfc8446#section-4.4.2" },
    Entry { finding: TextIgnored, id: "text-ignored", severity: Info,
        title: "Some pasted text is not a certificate and was not used",
        remedy: "Nothing to do if it is commentary; if you expected it to be read, check that certificates keep their BEGIN/END lines.",
        reference: RFC7468 },
    Entry { finding: InputEmpty, id: "input-empty", severity: Info,
        title: "Nothing to diagnose yet",
        remedy: "Paste certificates (PEM), an `openssl s_client -starttls smtp -showcerts` transcript, or drop .cer/.crt/.pem/.p7b files.",
        reference: MS_TLS },
];

/// The catalogue row for an id.
pub fn entry(id: FindingId) -> &'static Entry {
    CATALOG.iter().find(|e| e.finding == id).expect("every FindingId has a catalogue row")
}

/// The catalogue row for a kebab-case id.
pub fn entry_by_id(id: &str) -> Option<&'static Entry> {
    CATALOG.iter().find(|e| e.id == id)
}

/// The position of an id in the catalogue, used to rank findings of equal severity.
pub fn rank(id: FindingId) -> usize {
    CATALOG.iter().position(|e| e.finding == id).unwrap_or(usize::MAX)
}

/// Renders the catalogue as the Markdown of `docs/findings.md`.
pub fn markdown() -> String {
    let mut out = String::from(
        "# Finding ids\n\nGenerated from `src/catalog.rs` by `UPDATE_DOCS=1 cargo test --test docs`; do not edit by hand.\n\
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
            e.title,
            e.remedy.replace('|', "\\|"),
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
