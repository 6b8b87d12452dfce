//! The firewall worksheet: every CA endpoint (AIA CA issuers, OCSP, CRL) that validators of the
//! chains involved must reach, deduplicated into rows, with exports for a firewall request and
//! scripts that test reachability from a mail server.
//!
//! The seed document: "the validating side must be able to reach the CA's OCSP, CRL and AIA
//! endpoints through its firewall" (How Exchange Online uses TLS, "certificate revocation").

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::budget::{Budget, Work};
use crate::catalog::FindingId;
use crate::closed_set;
use crate::finding::{Concerns, Evidence, Finding};
use crate::model::Diagnosis;
use crate::quote::{self, Refused};

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

/// Splits a URL into scheme, host and port (default ports per scheme), when it passes
/// [`quote::url::url`].
pub fn split_url(url: &str) -> Option<(String, String, u16)> {
    let checked = quote::url::url(url).ok()?;
    let port = checked.port_or_default();
    Some((checked.scheme, checked.host, port))
}

/// The rows being built, with indexes so that adding a URL costs O(1) on average, not a scan of
/// every row and every URL (a certificate can name hundreds of thousands of URLs). The indexes
/// borrow the URLs and names from the diagnosis.
#[derive(Default)]
struct Rows<'a> {
    rows: Vec<Endpoint>,
    by_key: HashMap<(String, String, u16, Purpose, Side), usize>,
    urls: HashSet<(usize, &'a str)>,
    certificates: HashSet<(usize, &'a str)>,
}

impl<'a> Rows<'a> {
    /// Adds one URL, merging rows with the same scheme, host, port, purpose and side. Each URL
    /// charges the budget's `endpoint-urls` meter; once it is spent, URLs are skipped. A URL that
    /// is not a well-formed CA endpoint URL is left out and returned as the reason.
    fn add(&mut self, budget: &Budget, url: &'a str, purpose: Purpose, certificate: &'a str, side: Side) -> Result<(), Refused> {
        if !budget.charge(Work::EndpointUrls, 1) {
            return Ok(());
        }
        let checked = quote::url::url(url)?;
        let port = checked.port_or_default();
        let key = (checked.scheme, checked.host, port, purpose, side);
        let index = match self.by_key.get(&key) {
            Some(&i) => i,
            None => {
                let (scheme, host, port, purpose, side) = key.clone();
                self.rows.push(Endpoint { scheme, host, port, purpose, urls: Vec::new(), certificates: Vec::new(), side });
                self.by_key.insert(key, self.rows.len() - 1);
                self.rows.len() - 1
            }
        };
        if self.urls.insert((index, url)) {
            self.rows[index].urls.push(url.to_string());
        }
        if self.certificates.insert((index, certificate)) {
            self.rows[index].certificates.push(certificate.to_string());
        }
        Ok(())
    }
}

/// The worksheet for a diagnosis: the endpoints of every pasted certificate on a chain (or every
/// pasted certificate when no chain was built), and, when connectors involve Exchange Online, the
/// endpoints of Exchange Online's own certificate at the evaluation date. URLs that are not
/// well-formed `http`/`https`/`ldap` URLs with a valid host are left out, each with an
/// `endpoint-url-refused` finding, so they never reach the scripts.
pub fn build(d: &Diagnosis, budget: &Budget) -> (Vec<Endpoint>, Vec<Finding>) {
    let mut rows = Rows::default();
    let mut findings = Vec::new();
    let on_chain: HashSet<usize> = d.chains.iter().flat_map(|c| c.path.iter().filter_map(|n| n.certificate)).collect();
    let names: Vec<String> = d.certificates.iter().map(|c| c.name()).collect();
    for (c, name) in d.certificates.iter().zip(&names).filter(|(c, _)| on_chain.is_empty() || on_chain.contains(&c.index)) {
        let urls = c.ca_issuers_urls.iter().map(|u| (u, Purpose::CaIssuers)).chain(c.ocsp_urls.iter().map(|u| (u, Purpose::Ocsp))).chain(c.crl_urls.iter().map(|u| (u, Purpose::Crl)));
        for (url, purpose) in urls {
            if budget.is_exhausted(Work::EndpointUrls) {
                break;
            }
            if let Err(refused) = rows.add(budget, url, purpose, name, Side::Theirs) {
                let concerns = Concerns::Certificate { index: c.index, subject: c.subject.clone() };
                findings.push(Finding::new(FindingId::EndpointUrlRefused, concerns, Evidence::Refused { value: refused.value, reason: refused.reason }));
            }
        }
    }
    let validates_exo = d.directions.iter().any(|x| x.id == crate::connectors::verdict::DirectionId::OnpremTrustsExo) || !d.connectors.is_empty();
    if let (true, Some(era)) = (validates_exo, &d.exchange_online.era) {
        for url in era.endpoints {
            let purpose = if url.contains("ocsp") { Purpose::Ocsp } else if url.contains("crl") { Purpose::Crl } else { Purpose::CaIssuers };
            // Exchange Online's endpoints are forcetls's own data, and well-formed.
            let _ = rows.add(budget, url, purpose, "mail.protection.outlook.com (Exchange Online)", Side::Ours);
        }
    }
    let mut rows = rows.rows;
    rows.sort_by(|a, b| (a.side, &a.host, a.port, a.purpose).cmp(&(b.side, &b.host, b.port, b.purpose)));
    (rows, findings)
}

/// The URLs of a row that pass [`quote::url::url`] (rows read back from JSON are checked again),
/// and how many did not.
fn checked_urls(row: &Endpoint) -> (Vec<quote::url::CheckedUrl>, usize) {
    let checked: Vec<_> = row.urls.iter().filter_map(|u| quote::url::url(u).ok()).collect();
    let refused = row.urls.len() - checked.len();
    (checked, refused)
}

/// The row's host, when it is a host (rows read back from JSON are checked again).
fn checked_host(row: &Endpoint) -> Option<String> {
    quote::host::host(&row.host).ok()
}

/// One `host:port` per line, deduplicated: for a firewall request. Rows whose host is not a host
/// name or address are left out.
pub fn host_list(rows: &[Endpoint]) -> String {
    let mut lines: Vec<String> = rows.iter().filter_map(|r| Some(format!("{}:{}", checked_host(r)?, r.port))).collect();
    lines.sort();
    lines.dedup();
    lines.join("\n") + if lines.is_empty() { "" } else { "\n" }
}

/// CSV with a header: scheme, host, port, purpose, side, certificates, urls. Every cell goes
/// through [`quote::csv::cell`], so no cell starts a spreadsheet formula.
pub fn csv(rows: &[Endpoint]) -> String {
    let mut out = quote::csv::row(&["scheme", "host", "port", "purpose", "side", "certificates", "urls"]);
    for r in rows {
        out.push_str(&quote::csv::row(&[r.scheme.clone(), r.host.clone(), r.port.to_string(), r.purpose.to_string(), r.side.to_string(), r.certificates.join("; "), r.urls.join(" ")]));
    }
    out
}

/// A comment line of the generated scripts; the report words it in the user's language
/// (`report::script_comments(lang)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comment<'a> {
    /// What the PowerShell script is and where to run it.
    PowerShellHeader,
    /// That every endpoint must be reachable for validation.
    EveryEndpoint,
    /// Introduces the retrieval test per URL.
    RetrievalPerUrl,
    /// Introduces the full chain and revocation check.
    FullChainCheck,
    /// What the shell script is and where to run it.
    ShellHeader,
    /// An OCSP check of this host needs the certificate and its issuer as PEM files.
    OcspNeedsFiles { host: &'a str },
    /// This many endpoints were left out (not well-formed URLs or hosts).
    LeftOut { count: usize },
}

/// A comment as a script line: `# ` and the words on one line (line breaks in a translation
/// become spaces, so a comment can never end early and start a command).
fn comment_line(words: &dyn Fn(Comment<'_>) -> String, comment: Comment<'_>) -> String {
    format!("# {}\n", words(comment).replace(['\r', '\n'], " "))
}

/// A PowerShell script that tests every endpoint from a Windows mail server: TCP reachability with
/// `Test-NetConnection`, and retrieval with `certutil -URL` (as Microsoft's TLS page describes).
/// Every host and URL is checked and written as a single-quoted literal
/// ([`quote::powershell::literal`]); one that fails the check is left out with a note that does
/// not repeat it.
pub fn powershell(rows: &[Endpoint], words: &dyn Fn(Comment<'_>) -> String) -> String {
    let mut out = comment_line(words, Comment::PowerShellHeader) + &comment_line(words, Comment::EveryEndpoint) + "$results = @()\n";
    let mut left_out = 0;
    for r in rows {
        let Some(host) = checked_host(r).and_then(|h| quote::powershell::literal(&h).ok()) else {
            left_out += 1;
            continue;
        };
        let purpose = quote::powershell::literal(r.purpose.as_str()).unwrap_or_default();
        out.push_str(&format!(
            "$t = Test-NetConnection -ComputerName {host} -Port {} -WarningAction SilentlyContinue\n$results += [pscustomobject]@{{ Host = {host}; Port = {}; Purpose = {purpose}; Reachable = $t.TcpTestSucceeded }}\n",
            r.port, r.port
        ));
    }
    out.push_str("$results | Format-Table -AutoSize\n\n");
    out.push_str(&comment_line(words, Comment::RetrievalPerUrl));
    for r in rows {
        let (urls, refused) = checked_urls(r);
        left_out += refused;
        for url in urls.iter().filter(|u| u.scheme.starts_with("http")) {
            if let Ok(literal) = quote::powershell::literal(&url.text) {
                out.push_str(&format!("# certutil -URL {literal}\n"));
            }
        }
    }
    out.push('\n');
    out.push_str(&comment_line(words, Comment::FullChainCheck));
    out.push_str("# certutil -verify -urlfetch .\\server.cer\n");
    if left_out > 0 {
        out.push('\n');
        out.push_str(&comment_line(words, Comment::LeftOut { count: left_out }));
    }
    out
}

/// The same checks for a Linux MTA: `curl` for HTTP endpoints, `openssl ocsp` for OCSP and `nc`
/// for LDAP. Every URL and host is checked and single-quoted ([`quote::posix::quote`]); one that
/// fails the check is left out with a note that does not repeat it.
pub fn shell(rows: &[Endpoint], words: &dyn Fn(Comment<'_>) -> String) -> String {
    let mut out = String::from("#!/bin/sh\n") + &comment_line(words, Comment::ShellHeader);
    let mut left_out = 0;
    for r in rows {
        let (urls, refused) = checked_urls(r);
        left_out += refused;
        for url in &urls {
            let Ok(quoted) = quote::posix::quote(&url.text) else {
                left_out += 1;
                continue;
            };
            match (r.purpose, url.scheme.as_str()) {
                (Purpose::Ocsp, "http" | "https") => {
                    out.push_str(&comment_line(words, Comment::OcspNeedsFiles { host: &url.host }));
                    out.push_str(&format!("openssl ocsp -issuer issuer.pem -cert server.pem -url {quoted} -resp_text -noverify | head -n 5\n"));
                }
                (_, "http" | "https") => out.push_str(&format!("curl -sS -o /dev/null -w '%{{http_code}} %{{url_effective}}\\n' --max-time 10 {quoted}\n")),
                _ => match quote::posix::quote(&url.host) {
                    Ok(host) => out.push_str(&format!("nc -z -w 10 {host} {port} && echo {host}' reachable on port {port}'\n", port = url.port_or_default())),
                    Err(_) => left_out += 1,
                },
            }
        }
    }
    if left_out > 0 {
        out.push_str(&comment_line(words, Comment::LeftOut { count: left_out }));
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
