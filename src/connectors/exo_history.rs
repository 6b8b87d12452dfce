//! Exchange Online's own certificate over time, as data (each era with its public source), so a
//! user can ask "will my on-premises server trust Exchange Online on date X" without pasting
//! Microsoft's chain. Each era names its root, the root's file in `data/roots/`, the endpoints
//! its validation needs, and the source.

use serde::Serialize;

use crate::civil_time::parse_date;

/// One period of Exchange Online's `mail.protection.outlook.com` certificate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Era {
    /// First day (inclusive), `YYYY-MM-DD`.
    pub from: &'static str,
    /// Last day (exclusive), when it ended.
    pub until: Option<&'static str>,
    /// The issuing CA of the leaf.
    pub issuing_ca: &'static str,
    /// The root's common name.
    pub root: &'static str,
    /// The root's SHA-1 thumbprint.
    pub root_sha1: &'static str,
    /// Where the CA publishes the root's certificate (DER), for admins who must install it.
    pub root_url: &'static str,
    /// The endpoints validators fetched (AIA, OCSP, CRL).
    pub endpoints: &'static [&'static str],
    /// Where this comes from.
    pub source: &'static str,
}

/// An era is compiled-in data, so reading one back from JSON finds it by its first day.
impl<'de> serde::Deserialize<'de> for Era {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        struct Key {
            from: String,
        }
        let key = Key::deserialize(deserializer)?;
        ERAS.iter().find(|e| e.from == key.from).copied().ok_or_else(|| serde::de::Error::custom(format!("no Exchange Online era starts on {}", key.from)))
    }
}

/// The eras, oldest first.
pub const ERAS: &[Era] = &[
    Era {
        from: "2016-04-15",
        until: Some("2018-09-03"),
        issuing_ca: "Microsoft IT SSL SHA2",
        root: "Baltimore CyberTrust Root",
        root_sha1: "D4DE20D05E66FC53FE1A50882C78DB2852CAE474",
        root_url: "https://cacerts.digicert.com/BaltimoreCyberTrustRoot.crt",
        endpoints: &["http://crl3.digicert.com", "http://ocsp.digicert.com", "http://mscrl.microsoft.com", "http://www.microsoft.com/pki"],
        source: "Microsoft: How Exchange Online uses TLS to secure email connections (2018 version, \"deprecated certificate\"), https://learn.microsoft.com/purview/exchange-online-uses-tls-to-secure-email-connections; KB3156771 (the 2016-04-15 renewal), https://learn.microsoft.com/exchange/troubleshoot/email-delivery/mails-issues-occur-after-april-15-2016",
    },
    Era {
        from: "2018-09-03",
        until: Some("2020-09-24"),
        issuing_ca: "GlobalSign Organization Validation CA - SHA256 - G3",
        root: "GlobalSign Root CA",
        root_sha1: "B1BC968BD4F49D622AA89A81F2150152A41D829C",
        root_url: "https://secure.globalsign.com/cacert/root-r1.crt",
        endpoints: &["http://ocsp.globalsign.com", "http://crl.globalsign.com", "http://secure.globalsign.com"],
        source: "Microsoft: How Exchange Online uses TLS to secure email connections (2018 version), https://learn.microsoft.com/purview/exchange-online-uses-tls-to-secure-email-connections",
    },
    Era {
        from: "2020-09-24",
        until: Some("2026-03-22"),
        issuing_ca: "DigiCert Cloud Services CA-1",
        root: "DigiCert Global Root CA",
        root_sha1: "A8985D3A65E5E5C4B2D7D66D40C6DD2FB19C5436",
        root_url: "https://cacerts.digicert.com/DigiCertGlobalRootCA.crt",
        endpoints: &["http://crl3.digicert.com", "http://crl4.digicert.com", "http://ocsp.digicert.com", "http://cacerts.digicert.com"],
        source: "Microsoft: How Exchange Online uses TLS to secure email connections (2021 version), https://learn.microsoft.com/purview/exchange-online-uses-tls-to-secure-email-connections; Azure Certificate Authority details, https://learn.microsoft.com/azure/security/fundamentals/azure-ca-details",
    },
    Era {
        from: "2026-03-22",
        until: None,
        issuing_ca: "DigiCert Cloud Services CA-1 (G2-signed)",
        root: "DigiCert Global Root G2",
        root_sha1: "DF3C24F9BFD666761B268073FE06D1CC8D4F82A4",
        root_url: "https://cacerts.digicert.com/DigiCertGlobalRootG2.crt",
        endpoints: &["http://crl3.digicert.com", "http://crl4.digicert.com", "http://ocsp.digicert.com", "http://cacerts.digicert.com"],
        source: "Exchange Team blog: Trust DigiCert Global Root G2 certificate authority to avoid Exchange Online email disruptions, https://techcommunity.microsoft.com/blog/exchange/trust-digicert-global-root-g2-certificate-authority-to-avoid-exchange-online-ema/4488311",
    },
];

/// The era in force at `at` (Unix seconds), or None before 2016-04-15.
pub fn era_at(at: i64) -> Option<&'static Era> {
    ERAS.iter().rev().find(|e| parse_date(e.from).is_some_and(|from| at >= from))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eras_are_contiguous_and_found_by_date() {
        for pair in ERAS.windows(2) {
            assert_eq!(pair[0].until, Some(pair[1].from));
        }
        let root = |d: &str| era_at(parse_date(d).unwrap()).map(|e| e.root);
        assert_eq!(root("2015-01-01"), None);
        assert_eq!(root("2017-06-01"), Some("Baltimore CyberTrust Root"));
        assert_eq!(root("2019-06-01"), Some("GlobalSign Root CA"));
        assert_eq!(root("2026-03-21"), Some("DigiCert Global Root CA"));
        assert_eq!(root("2026-03-22"), Some("DigiCert Global Root G2"));
    }

    /// Every source shown is a public document with its URL.
    #[test]
    fn every_source_is_a_public_document() {
        for era in ERAS {
            assert!(era.source.contains("https://"), "{}", era.source);
            assert!(era.root_url.starts_with("https://") && era.root_url.ends_with(".crt"), "{}", era.root_url);
            assert!(!era.source.contains("message center") && !era.source.contains("headers"), "not a public document: {}", era.source);
        }
    }
}
