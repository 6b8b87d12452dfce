//! The normalised connector model: one shape for all four cmdlets and all three export formats.
//! Property meanings follow the cmdlet references on Microsoft Learn (Set-OutboundConnector,
//! Set-InboundConnector, Set-SendConnector, Set-ReceiveConnector).

use serde::{Deserialize, Serialize};

use crate::closed_set;

use crate::model::Location;

/// Which cmdlet's object a record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Exchange Online `Get-OutboundConnector` (Exchange Online → peer).
    ExoOutbound,
    /// Exchange Online `Get-InboundConnector` (peer → Exchange Online).
    ExoInbound,
    /// Exchange Server `Get-SendConnector` (on-premises → next hop, e.g. Exchange Online).
    OnPremSend,
    /// Exchange Server `Get-ReceiveConnector` (next hop → on-premises).
    OnPremReceive,
    /// Exchange Server `Get-ExchangeCertificate` (not a connector; shown only).
    ExchangeCertificate,
    /// Not recognised.
    Unknown,
}

/// Exchange's TLS authentication level (`TlsSettings` on Exchange Online, `TlsAuthLevel` on Exchange Server).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TlsLevel {
    /// TLS required, no certificate checks.
    EncryptionOnly,
    /// TLS plus chain and revocation checks.
    CertificateValidation,
    /// Chain checks plus the certificate's names must match `TlsDomain`.
    DomainValidation,
}

impl TlsLevel {
    /// The name Exchange uses.
    pub fn as_str(self) -> &'static str {
        match self {
            TlsLevel::EncryptionOnly => "EncryptionOnly",
            TlsLevel::CertificateValidation => "CertificateValidation",
            TlsLevel::DomainValidation => "DomainValidation",
        }
    }
}

/// A decoded `TlsCertificateName` (`<I>issuer<S>subject`, an SmtpX509Identifier).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertName {
    /// The value as exported.
    pub raw: String,
    /// The issuer DN, Windows form.
    pub issuer: String,
    /// The subject DN, Windows form.
    pub subject: String,
}

/// One connector, normalised.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Connector {
    /// Its position among connectors.
    pub index: usize,
    /// What it is.
    pub kind: Kind,
    /// `Name` (or `Identity`).
    pub name: String,
    /// Where it was found.
    pub location: Location,
    /// The export format it was read from.
    pub format: Format,
    /// `Enabled`.
    pub enabled: Option<bool>,
    /// `ConnectorType` (`OnPremises`, `Partner`; on-premises send connectors say `Default`).
    pub connector_type: Option<String>,
    /// `TlsSettings` (Exchange Online outbound) or `TlsAuthLevel` (Exchange Server send); None = not set.
    pub tls_level: Option<TlsLevel>,
    /// `TlsDomain`.
    pub tls_domain: Option<String>,
    /// `SmartHosts`.
    pub smart_hosts: Vec<String>,
    /// `RecipientDomains`, `SenderDomains` or `AddressSpaces`, without `smtp:` and `;cost`.
    pub domains: Vec<String>,
    /// `RequireTls` / `RequireTLS`.
    pub require_tls: Option<bool>,
    /// `TlsSenderCertificateName` (Exchange Online inbound).
    pub tls_sender_certificate_name: Option<String>,
    /// `RestrictDomainsToCertificate` (Exchange Online inbound, Partner).
    pub restrict_domains_to_certificate: Option<bool>,
    /// `TlsCertificateName` (Exchange Server send and receive).
    pub tls_certificate_name: Option<CertName>,
    /// `IgnoreSTARTTLS` (Exchange Server send).
    pub ignore_starttls: Option<bool>,
    /// `Fqdn`.
    pub fqdn: Option<String>,
    /// `AuthMechanism` flags (Exchange Server receive).
    pub auth_mechanism: Vec<String>,
    /// `TlsDomainCapabilities` (Exchange Server receive).
    pub tls_domain_capabilities: Vec<String>,
    /// Properties whose list the export truncated.
    pub truncated: Vec<String>,
    /// Every other property, as text, in export order: kept and shown.
    pub other: Vec<(String, String)>,
}

closed_set! {
    /// The PowerShell export format a connector was read from.
    pub enum Format {
        /// `Format-List` text.
        FormatList = "format-list",
        /// `ConvertTo-Json`.
        Json = "json",
        /// `Export-Clixml`.
        Clixml = "clixml",
    }
}
