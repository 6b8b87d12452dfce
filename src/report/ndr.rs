//! The answer first: the result bar's lines (one per direction, per chain when no connector was
//! pasted, per Exchange error line) and the NDR cards (meaning, likely cause, who must act, next
//! steps with commands that use the host the line names). Messages: `locales/<lang>/report.ftl`
//! (`result-*`, `actor-*`, `ndr-*`) and `exchange.ftl` (the meanings).

use super::{ChainView, DirectionView, NdrView, ResultLine};
use crate::catalog::FindingId;
use crate::collect;
use crate::connectors::actor::Actor;
use crate::connectors::errors::{Code, ErrorLine, Message};
use crate::finding::Evidence;
use crate::i18n::Words;
use crate::model::{ChainVerdict, Diagnosis, Location};
use crate::w;

/// Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online.
const NDR_PAGE: &str = "https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online";
/// Microsoft Learn: Fix NDR error 550 5.7.64 TenantAttribution (relay access denied).
const RELAY_DENIED: &str = "https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/relay-access-denied-smtp";
/// Microsoft Learn: socket errors and 4.4.2 in hybrid mail flow.
const SOCKET_ERROR: &str = "https://learn.microsoft.com/exchange/troubleshoot/email-delivery/send-receive-emails-socketerror";
/// Microsoft Learn: 454 4.7.5 after the April 2016 certificate change (KB3156771).
const KB3156771: &str = "https://learn.microsoft.com/exchange/troubleshoot/email-delivery/mails-issues-occur-after-april-15-2016";
/// RFC 3207 §4: the STARTTLS replies (454 TLS not available; 530 Must issue a STARTTLS command first).
const RFC3207: &str = "https://www.rfc-editor.org/rfc/rfc3207#section-4";

/// The public page for an error line's code.
fn reference(code: Code) -> &'static str {
    match code {
        Code::TenantAttribution | Code::TenantInboundAttribution => RELAY_DENIED,
        Code::ConnectionDropped => SOCKET_ERROR,
        Code::SendCertificateNotFound | Code::CertificateValidationFailure => KB3156771,
        Code::TlsNotAvailable | Code::MustIssueStarttls => RFC3207,
        _ => NDR_PAGE,
    }
}

/// Which connectors or certificates to look at next, by what the error is about.
enum Look {
    /// The outbound connector (TlsSettings, TlsDomain).
    Outbound,
    /// The inbound connectors (5.7.64, 5.7.51).
    Inbound,
    /// The on-premises send connector and its certificate.
    Send,
    /// The receiving server's STARTTLS certificate.
    Receiver,
}

fn look(e: &ErrorLine) -> Look {
    match (e.code, e.message) {
        (_, Some(Message::SubjectMismatch)) => Look::Outbound,
        (Code::TenantAttribution | Code::TenantInboundAttribution, _) => Look::Inbound,
        (Code::SendCertificateNotFound | Code::CertificateValidationFailure | Code::NoCredentials | Code::UnknownCredentials | Code::MustIssueStarttls | Code::ConnectionDropped | Code::Tls10NotSupported, _) => Look::Send,
        (Code::StarttlsRequired, _) => Look::Send,
        _ => Look::Receiver,
    }
}

/// The next steps for an error line, in order: read the server's chain (with the host from
/// `LastAttemptedServerName` when the line names one), check it is reachable, look at the settings
/// the error is about, and paste everything back.
fn steps(words: &Words, e: &ErrorLine) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let host = e.specifics.server.as_deref().and_then(|h| collect::probe_command(h).ok().map(|c| (h, c)));
    match &host {
        Some((h, probe)) => {
            out.push((w!(words, "ndr-step-probe", host = *h), Some(probe.clone())));
            if let Ok(reach) = collect::reach_command(h) {
                out.push((w!(words, "ndr-step-reach", host = *h), Some(reach)));
            }
        }
        None => out.push((w!(words, "ndr-step-probe-no-host"), None)),
    }
    match look(e) {
        Look::Outbound => out.push((w!(words, "ndr-step-outbound"), Some("Get-OutboundConnector | Format-List Name,ConnectorType,TlsSettings,TlsDomain,SmartHosts,RecipientDomains".into()))),
        Look::Inbound => out.push((w!(words, "ndr-step-inbound"), Some("Get-InboundConnector | Format-List Name,ConnectorType,SenderDomains,RequireTls,TlsSenderCertificateName,RestrictDomainsToCertificate,RestrictDomainsToIPAddresses".into()))),
        Look::Send => {
            out.push((w!(words, "ndr-step-send"), Some("Get-SendConnector | Format-List Name,AddressSpaces,SmartHosts,RequireTLS,IgnoreSTARTTLS,TlsAuthLevel,TlsDomain,TlsCertificateName,Fqdn".into())));
            out.push((w!(words, "ndr-step-certificate"), Some("Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,Services,NotAfter,Status".into())));
        }
        Look::Receiver => out.push((w!(words, "ndr-step-receiver"), Some("Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,Services,NotAfter,Status".into()))),
    }
    out.push((w!(words, "ndr-step-paste"), None));
    out
}

/// One card per Exchange error line pasted, in the order found.
pub fn views(words: &Words, d: &Diagnosis, at: &dyn Fn(&Location) -> String) -> Vec<NdrView> {
    d.findings
        .iter()
        .filter(|f| f.id == FindingId::ExchangeErrorExplained)
        .filter_map(|f| match (&f.evidence, &f.concerns) {
            (Evidence::ErrorLine { error }, crate::finding::Concerns::Input { location }) => Some((error, at(location))),
            _ => None,
        })
        .enumerate()
        .map(|(index, (e, at))| {
            let parts = super::exchange::parts(words, e);
            let actor = e.actor();
            NdrView {
                index,
                label: parts.label,
                at,
                line: e.line(),
                meaning: parts.meaning,
                specifics: parts.specifics,
                cause: parts.cause,
                fix: parts.fix,
                actor,
                actor_text: w!(words, &format!("actor-{actor}")),
                steps: steps(words, e),
                reference: reference(e.code).to_string(),
            }
        })
        .collect()
}

/// The result bar: directions first, then chains when there are no directions, then NDRs.
pub fn results(words: &Words, directions: &[DirectionView], chains: &[ChainView], ndrs: &[NdrView]) -> Vec<ResultLine> {
    let mut out: Vec<ResultLine> = directions
        .iter()
        .enumerate()
        .map(|(i, x)| ResultLine {
            target: format!("direction-{i}"),
            state: x.outcome.as_str().to_string(),
            text: w!(words, "result-direction", arrow = w!(words, &format!("result-arrow-{}", x.id)), outcome = &x.outcome_text, title = &x.title),
            actor: x.actor,
            actor_text: x.actor_text.clone(),
        })
        .collect();
    if directions.is_empty() {
        out.extend(chains.iter().map(|c| ResultLine {
            target: format!("chain-{}", c.index),
            state: c.verdict.as_str().to_string(),
            text: w!(words, "result-chain", title = &c.title, verdict = &c.verdict_text, view = &c.viewpoint_text),
            // NOTE: without connectors nothing says whose server this is; its certificate's owner acts.
            actor: (c.verdict == ChainVerdict::NotTrusted).then_some(Actor::ReceivingServer),
            actor_text: if c.verdict == ChainVerdict::NotTrusted { w!(words, "actor-receiving-server") } else { String::new() },
        }));
    }
    out.extend(ndrs.iter().map(|n| ResultLine {
        target: format!("ndr-{}", n.index),
        state: "error".into(),
        text: w!(words, "result-ndr", label = &n.label, meaning = &n.meaning),
        actor: Some(n.actor),
        actor_text: n.actor_text.clone(),
    }));
    out
}
