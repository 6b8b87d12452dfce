//! The answer first (issue 14), natively: the report's result lines, who must act, whose view a
//! chain card is, and the NDR cards, for every example and for pasted error lines.
#![cfg(not(target_arch = "wasm32"))]

use forcetls::civil_time::parse_date;
use forcetls::connectors::actor::Actor;
use forcetls::connectors::verdict::{DirectionId, Outcome};
use forcetls::examples::EXAMPLES;
use forcetls::i18n::Lang;
use forcetls::model::{PeerOptions, TrustOptions};
use forcetls::report::{explain, Viewpoint};
use forcetls::{diagnose, Diagnosis, Input, Source};

fn example(id: &str) -> Diagnosis {
    let e = EXAMPLES.iter().find(|e| e.id == id).expect("example");
    let text = |name: &str, t: &str| if t.trim().is_empty() { Vec::new() } else { vec![Source::text(name, t.to_string())] };
    let input = Input {
        sources: vec![Source::text("pasted text", e.text.to_string())],
        evaluated_at: parse_date(e.date).unwrap(),
        trust: TrustOptions { store: e.store, roots: text("roots", e.roots), public_roots: text("public roots", e.public_roots) },
        next: Vec::new(),
        peer: PeerOptions::default(),
    };
    diagnose(&input)
}

fn pasted(text: &str) -> Diagnosis {
    diagnose(&Input::new(vec![Source::text("pasted text", text.to_string())], parse_date("2026-06-01").unwrap()))
}

/// Every direction that will not simply work names who must act; one that works names nobody;
/// the result bar has one line per direction, in order, each linking to its card.
#[test]
fn every_example_says_who_must_act_and_links_each_line() {
    for e in EXAMPLES {
        let d = example(e.id);
        for x in &d.directions {
            match x.outcome {
                Outcome::WillWork | Outcome::NotUsed => assert_eq!(x.actor, None, "{}: {}", e.id, x.id),
                _ => assert!(x.actor.is_some(), "{}: {} {} has no actor", e.id, x.id, x.outcome),
            }
        }
        let r = explain(&d, Lang::En);
        assert_eq!(r.results.len(), r.directions.len() + r.ndrs.len(), "{}", e.id);
        for (i, (line, x)) in r.results.iter().zip(&r.directions).enumerate() {
            assert_eq!(line.target, format!("direction-{i}"));
            assert_eq!(line.actor, x.actor);
            assert_eq!(line.state, x.outcome.as_str());
        }
    }
}

/// Who must act follows the side of the decision-table row: a partner's expired certificate is
/// the partner's; Exchange Online's root missing from the on-premises store is yours.
#[test]
fn who_must_act_follows_the_row_and_the_peer() {
    let d = example("partner-expired");
    let out = d.directions.iter().find(|x| x.id == DirectionId::ExoToPeer).unwrap();
    assert_eq!((out.outcome, out.actor), (Outcome::WillFail, Some(Actor::Partner)));
    // And the way to check the partner's server again once they have renewed.
    let view = explain(&d, Lang::En).directions.into_iter().find(|x| x.id == DirectionId::ExoToPeer).unwrap();
    assert_eq!(view.collect, ["Get-StartTlsChain -ComputerName 'old.contoso.test'"]);
    let d = example("exo-root-change");
    let trust = d.directions.iter().find(|x| x.id == DirectionId::OnpremTrustsExo).unwrap();
    assert_eq!((trust.outcome, trust.actor), (Outcome::WillFail, Some(Actor::You)));
    // The fix names what to fetch, and the note who runs it, the URL and the thumbprint.
    assert!(trust.fixes.iter().any(|f| f == "Invoke-WebRequest -Uri 'https://cacerts.digicert.com/DigiCertGlobalRootG2.crt' -OutFile 'DigiCertGlobalRootG2.crt'"), "{:?}", trust.fixes);
    let r = explain(&d, Lang::En);
    let view = r.directions.iter().find(|x| x.id == DirectionId::OnpremTrustsExo).unwrap();
    assert!(view.fix_notes.iter().any(|n| n.starts_with("Who runs it: you") && n.contains("DF3C24F9BFD666761B268073FE06D1CC8D4F82A4")), "{:?}", view.fix_notes);
}

/// A chain card is Exchange Online's view with Microsoft's roots (roots added as public CAs
/// included), and the selected store's otherwise, said in words.
#[test]
fn chain_cards_say_whose_view_they_are() {
    let r = explain(&example("partner-expired"), Lang::En);
    assert!(r.chains.iter().all(|c| c.viewpoint == Viewpoint::ExchangeOnline), "public roots do not change the view");
    let r = explain(&example("exo-root-change"), Lang::En);
    assert!(r.chains.iter().all(|c| c.viewpoint == Viewpoint::SelectedStore && c.viewpoint_text.contains("not Exchange Online's view")));
    let r = explain(&example("exo-root-change"), Lang::De);
    assert!(r.chains.iter().all(|c| c.viewpoint_text.contains("nicht die Sicht von Exchange Online")));
}

/// An error line becomes an NDR card whose steps use the server the line names, quoted; a line
/// whose server is not a host name gets the steps without a command for it.
#[test]
fn ndr_cards_use_the_host_the_line_names() {
    let r = explain(&pasted("450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot] [LastAttemptedServerName=mx1.fabrikam.com]"), Lang::En);
    assert_eq!(r.ndrs.len(), 1);
    let n = &r.ndrs[0];
    assert_eq!((n.label.as_str(), n.actor), ("450 4.4.317 [UntrustedRoot]", Actor::ReceivingServer));
    let commands: Vec<&str> = n.steps.iter().filter_map(|(_, c)| c.as_deref()).collect();
    assert!(commands.contains(&"Get-StartTlsChain -ComputerName 'mx1.fabrikam.com'"), "{commands:?}");
    assert!(commands.contains(&"Test-NetConnection -ComputerName 'mx1.fabrikam.com' -Port 25"));
    assert_eq!(r.results.len(), 1);
    assert_eq!(r.results[0].target, "ndr-0");

    let r = explain(&pasted("450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot] [LastAttemptedServerName=mx1.fabrikam.com';calc;']"), Lang::En);
    let commands: Vec<&str> = r.ndrs[0].steps.iter().filter_map(|(_, c)| c.as_deref()).collect();
    assert!(commands.iter().all(|c| !c.contains("calc")), "{commands:?}");

    // The codes the issue names are each recognised, with who must act.
    for (line, actor) in [
        ("451 5.7.3 STARTTLS is required to send mail", Actor::ReceivingServer),
        ("550 5.7.64 TenantAttribution; Relay Access Denied", Actor::You),
        ("550 5.7.51 TenantInboundAttribution; There is a partner connector configured", Actor::You),
        ("454 4.7.5 Certificate validation failure", Actor::You),
        ("454 4.7.0 TLS not available due to local problem", Actor::ReceivingServer),
        ("454 4.7.0 TLS not available due to local problem [LastAttemptedServerName=contoso-com.mail.protection.outlook.com]", Actor::Microsoft),
        ("421 4.4.2 Connection dropped due to SocketError", Actor::You),
    ] {
        let r = explain(&pasted(line), Lang::En);
        assert_eq!(r.ndrs.len(), 1, "{line}");
        assert_eq!(r.ndrs[0].actor, actor, "{line}");
        assert!(r.ndrs[0].reference.starts_with("https://"), "{line}");
    }
}

/// Connectors alone are something to diagnose: no "Nothing to diagnose yet", and the direction
/// that cannot tell carries the command that collects what it needs.
#[test]
fn connectors_alone_are_no_dead_end() {
    let d = pasted("Name             : To Fabrikam\nEnabled          : True\nConnectorType    : Partner\nRecipientDomains : {fabrikam.com}\nSmartHosts       : {mx1.fabrikam.com}\nTlsSettings      : DomainValidation\nTlsDomain        : mx1.fabrikam.com\n");
    assert!(!d.findings.iter().any(|f| f.id.as_str() == "input-empty"));
    let r = explain(&d, Lang::En);
    assert_eq!(r.directions[0].outcome, Outcome::CannotTell);
    assert_eq!(r.directions[0].collect, ["Get-StartTlsChain -ComputerName 'mx1.fabrikam.com'"]);
    assert_eq!(r.results[0].actor, Some(Actor::You));
}
