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
    BinaryUnreadable,
    PemBlockUnreadable,
    PemBlockTruncated,
    CertificateUnparseable,
    Pkcs7Unreadable,
    CertificateExpired,
    CertificateNotYetValid,
    PrivateKeyPasted,
    OpensslVerifyFailed,
    CertificateExpiresSoon,
    PemBlockUnsupported,
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
const MS_TLS: &str = "Microsoft: How Exchange Online uses TLS to secure email connections, https://learn.microsoft.com/purview/exchange-online-uses-tls-to-secure-email-connections";

use FindingId::*;
use Severity::*;

/// The catalogue, in ranking order: when two findings have the same severity, the earlier row is the more specific.
pub const CATALOG: &[Entry] = &[
    Entry { finding: CorePanic, id: "core-panic", severity: Error,
        title: "forcetls hit an internal error while reading this input",
        remedy: "This is a bug in forcetls, not in your certificates. The rest of the page may be incomplete; please report the input that caused it (without private keys).",
        reference: "forcetls ARCHITECTURE.md, invariant: the diagnosis always returns" },
    Entry { finding: InputTooLarge, id: "input-too-large", severity: Error,
        title: "Input is too large to read",
        remedy: "Paste only the certificates and connector output you need (a certificate is about 2 KB); split very large bundles into several files.",
        reference: "forcetls limit: 5 MiB per source" },
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
    Entry { finding: PrivateKeyPasted, id: "private-key-pasted", severity: Warning,
        title: "A private key was pasted; it was ignored and is never shown",
        remedy: "forcetls needs only certificates. Nothing left your browser, but treat the key as exposed if you pasted it anywhere else, and remove it before sharing a link or a screenshot.",
        reference: RFC7468 },
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
    Entry { finding: CertificateRequestIgnored, id: "certificate-request-ignored", severity: Info,
        title: "A certificate signing request (CSR) was ignored",
        remedy: "A CSR is not a certificate. Paste the certificate the CA issued for it.",
        reference: "RFC 2986 (PKCS #10), https://www.rfc-editor.org/rfc/rfc2986" },
    Entry { finding: CrlIgnored, id: "crl-ignored", severity: Info,
        title: "A certificate revocation list (CRL) was ignored",
        remedy: "forcetls lists the CRL endpoints your servers must reach instead of reading CRLs; nothing to do.",
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
