//! The firewall worksheet: every CA endpoint (AIA CA issuers, OCSP, CRL) that validators of the
//! chains involved must reach, deduplicated into rows, with exports for a firewall request and
//! scripts that test reachability from a mail server.
//!
//! The seed document: "the validating side must be able to reach the CA's OCSP, CRL and AIA
//! endpoints through its firewall" (How Exchange Online uses TLS, "certificate revocation").

use serde::{Deserialize, Serialize};

use crate::budget::{Budget, Work};
use crate::closed_set;

use crate::model::Diagnosis;

/// One endpoint row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Endpoint {
    /// `http`, `https` or `ldap`.
    pub scheme: String,
    /// The host name.
    pub host: String,
    /// The TCP port: the URL's, else 80 for http, 443 for https, 389 for ldap.
    pub port: u16,
    /// What the endpoint serves.
    pub purpose: Purpose,
    /// The full URLs at this host for this purpose.
    pub urls: Vec<String>,
    /// The certificates that name it (common names).
    pub certificates: Vec<String>,
    /// Who must reach it.
    pub side: Side,
}

// NOTE: declaration order is the worksheet's sort order (alphabetical, as the strings were).
closed_set! {
    /// What a CA endpoint serves (RFC 5280 §4.2.2.1 AIA, §4.2.1.13 CRL distribution points).
    pub enum Purpose {
        /// CA issuers: the issuing CA's certificate.
        CaIssuers = "ca-issuers",
        /// A certificate revocation list.
        Crl = "crl",
        /// An OCSP responder.
        Ocsp = "ocsp",
    }
}

closed_set! {
    /// Whose servers must reach an endpoint.
    pub enum Side {
        /// Your mail servers (they validate Exchange Online's or a partner's certificate).
        Ours = "ours",
        /// Whoever validates the pasted certificates.
        Theirs = "theirs",
    }
}

/// Splits a URL into scheme, host and port (default ports per scheme).
pub fn split_url(url: &str) -> Option<(String, String, u16)> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) if !h.contains(']') || h.ends_with(']') => (h.to_string(), p.parse().ok()),
        _ => (authority.to_string(), None),
    };
    let default = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        "ldap" => 389,
        "ldaps" => 636,
        _ => return None,
    };
    if host.is_empty() {
        return None;
    }
    Some((scheme, host.to_ascii_lowercase(), port.unwrap_or(default)))
}

/// Adds one URL to the rows, merging rows with the same scheme, host, port, purpose and side.
/// Each URL charges the budget's `endpoint-urls` meter; once it is spent, URLs are skipped.
fn add(rows: &mut Vec<Endpoint>, budget: &Budget, url: &str, purpose: Purpose, certificate: &str, side: Side) {
    if !budget.charge(Work::EndpointUrls, 1) {
        return;
    }
    let Some((scheme, host, port)) = split_url(url) else { return };
    match rows.iter_mut().find(|r| r.scheme == scheme && r.host == host && r.port == port && r.purpose == purpose && r.side == side) {
        Some(row) => {
            if !row.urls.iter().any(|u| u == url) {
                row.urls.push(url.to_string());
            }
            if !row.certificates.iter().any(|c| c == certificate) {
                row.certificates.push(certificate.to_string());
            }
        }
        None => rows.push(Endpoint { scheme, host, port, purpose, urls: vec![url.to_string()], certificates: vec![certificate.to_string()], side }),
    }
}

/// The worksheet for a diagnosis: the endpoints of every pasted certificate on a chain (or every
/// pasted certificate when no chain was built), and, when connectors involve Exchange Online, the
/// endpoints of Exchange Online's own certificate at the evaluation date.
pub fn build(d: &Diagnosis, budget: &Budget) -> Vec<Endpoint> {
    let mut rows = Vec::new();
    let on_chain: Vec<usize> = d.chains.iter().flat_map(|c| c.path.iter().filter_map(|n| n.certificate)).collect();
    for c in d.certificates.iter().filter(|c| on_chain.is_empty() || on_chain.contains(&c.index)) {
        let name = c.name();
        for url in &c.ca_issuers_urls {
            add(&mut rows, budget, url, Purpose::CaIssuers, &name, Side::Theirs);
        }
        for url in &c.ocsp_urls {
            add(&mut rows, budget, url, Purpose::Ocsp, &name, Side::Theirs);
        }
        for url in &c.crl_urls {
            add(&mut rows, budget, url, Purpose::Crl, &name, Side::Theirs);
        }
    }
    let validates_exo = d.directions.iter().any(|x| x.id == crate::connectors::verdict::DirectionId::OnpremTrustsExo) || !d.connectors.is_empty();
    if let (true, Some(era)) = (validates_exo, &d.exchange_online.era) {
        for url in era.endpoints {
            let purpose = if url.contains("ocsp") { Purpose::Ocsp } else if url.contains("crl") { Purpose::Crl } else { Purpose::CaIssuers };
            add(&mut rows, budget, url, purpose, "mail.protection.outlook.com (Exchange Online)", Side::Ours);
        }
    }
    rows.sort_by(|a, b| (a.side, &a.host, a.port, a.purpose).cmp(&(b.side, &b.host, b.port, b.purpose)));
    rows
}

/// One `host:port` per line, deduplicated: for a firewall request.
pub fn host_list(rows: &[Endpoint]) -> String {
    let mut lines: Vec<String> = rows.iter().map(|r| format!("{}:{}", r.host, r.port)).collect();
    lines.sort();
    lines.dedup();
    lines.join("\n") + if lines.is_empty() { "" } else { "\n" }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// CSV with a header: scheme, host, port, purpose, side, certificates, urls.
pub fn csv(rows: &[Endpoint]) -> String {
    let mut out = String::from("scheme,host,port,purpose,side,certificates,urls\n");
    for r in rows {
        out.push_str(&format!("{},{},{},{},{},{},{}\n", r.scheme, csv_field(&r.host), r.port, r.purpose, r.side, csv_field(&r.certificates.join("; ")), csv_field(&r.urls.join(" "))));
    }
    out
}

/// Single-quoted for PowerShell.
fn ps_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// A PowerShell script that tests every endpoint from a Windows mail server: TCP reachability with
/// `Test-NetConnection`, and retrieval with `certutil -URL` (as Microsoft's TLS page describes).
pub fn powershell(rows: &[Endpoint]) -> String {
    let mut out = String::from(
        "# forcetls firewall check: run on each mail server (PowerShell 5.1 or later).\n\
         # Every endpoint below must be reachable for certificate validation (AIA, OCSP, CRL).\n\
         $results = @()\n",
    );
    for r in rows {
        out.push_str(&format!(
            "$t = Test-NetConnection -ComputerName {} -Port {} -WarningAction SilentlyContinue\n$results += [pscustomobject]@{{ Host = {}; Port = {}; Purpose = {}; Reachable = $t.TcpTestSucceeded }}\n",
            ps_quote(&r.host), r.port, ps_quote(&r.host), r.port, ps_quote(r.purpose.as_str())
        ));
    }
    out.push_str("$results | Format-Table -AutoSize\n\n# Retrieval test per URL (opens certutil's URL retrieval tool; see Microsoft's TLS article):\n");
    for r in rows {
        for url in r.urls.iter().filter(|u| !u.starts_with("ldap")) {
            out.push_str(&format!("# certutil -URL {url}\n"));
        }
    }
    out.push_str("\n# Full chain and revocation check of a certificate file, fetching every URL:\n# certutil -verify -urlfetch .\\server.cer\n");
    out
}

/// The same checks for a Linux MTA: `curl` for HTTP endpoints and `openssl ocsp` for OCSP.
pub fn shell(rows: &[Endpoint]) -> String {
    let mut out = String::from("#!/bin/sh\n# forcetls firewall check for Linux MTAs (Postfix, Exim, …): run on each mail server.\n");
    for r in rows {
        for url in &r.urls {
            match (r.purpose, r.scheme.as_str()) {
                (Purpose::Ocsp, _) => out.push_str(&format!("# OCSP {url}: needs the certificate and its issuer as PEM files\nopenssl ocsp -issuer issuer.pem -cert server.pem -url {url} -resp_text -noverify | head -n 5\n")),
                (_, "http" | "https") => out.push_str(&format!("curl -sS -o /dev/null -w '%{{http_code}} {url}\\n' --max-time 10 '{url}'\n")),
                _ => out.push_str(&format!("nc -z -w 10 {} {} && echo 'reachable {}:{}'\n", r.host, r.port, r.host, r.port)),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_split_with_default_ports() {
        for (url, want) in [
            ("http://crl.forcetls.test/issuing-ca-1.crl", Some(("http", "crl.forcetls.test", 80))),
            ("https://ocsp.example.test:8443/x", Some(("https", "ocsp.example.test", 8443))),
            ("ldap://ldap.forcetls.test/cn=Issuing%20CA%201?certificateRevocationList", Some(("ldap", "ldap.forcetls.test", 389))),
            ("HTTP://CRL.EXAMPLE.TEST", Some(("http", "crl.example.test", 80))),
            ("ftp://x.test/a", None),
            ("not a url", None),
            ("http:///nohost", None),
        ] {
            let got = split_url(url);
            assert_eq!(got.as_ref().map(|(s, h, p)| (s.as_str(), h.as_str(), *p)), want, "{url}");
        }
    }

    #[test]
    fn csv_quotes_fields() {
        let rows = vec![Endpoint { scheme: "http".into(), host: "a.test".into(), port: 80, purpose: Purpose::Crl, urls: vec!["http://a.test/x".into()], certificates: vec!["Contoso, Ltd".into()], side: Side::Theirs }];
        assert_eq!(csv(&rows), "scheme,host,port,purpose,side,certificates,urls\nhttp,a.test,80,crl,theirs,\"Contoso, Ltd\",http://a.test/x\n");
        assert_eq!(host_list(&rows), "a.test:80\n");
    }
}
