//! The Collect panel's PowerShell (`src/collect.rs`): what `Get-StartTlsChain` prints is read by
//! the page as the chain it is (the fixture is that format, made by
//! `tests/fixtures/collect/make-probe-output.sh`), and the generated commands quote the host as one
//! verbatim string whatever the host.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/powershell.rs"]
mod powershell;

use common::fixture;
use forcetls::civil_time::parse_date;
use forcetls::collect;
use forcetls::model::{ChainVerdict, PeerOptions, TrustOptions};
use forcetls::trust::StoreChoice;
use forcetls::{diagnose, Input, Source};
use powershell::{tokenize, verbatim_values, Token};

/// The probe's output reads as three certificates and one trusted chain for the server's name,
/// with no unreadable block: the comment lines are ignored, CRLF line ends too.
#[test]
fn the_probe_output_is_read_as_the_chain_it_prints() {
    let mut input = Input::new(vec![Source::bytes("probe.txt", fixture("collect/starttls-probe-output.txt"))], parse_date("2026-06-01").unwrap());
    input.trust = TrustOptions { store: StoreChoice::None, roots: vec![Source::bytes("root-a.pem", fixture("chains/root-a.pem"))], public_roots: Vec::new() };
    input.peer = PeerOptions { name: Some("mail.contoso.test".into()), max_depth: None };
    let d = diagnose(&input);
    assert_eq!(d.summary.certificates, 3, "{:?}", d.summary);
    assert_eq!(d.summary.unreadable, 0);
    assert_eq!(d.chains.len(), 1);
    assert_eq!(d.chains[0].verdict, ChainVerdict::Trusted, "{:?}", d.findings.iter().map(|f| f.id).collect::<Vec<_>>());
}

/// The probe function is fixed text: its only input is the host, which ends up as one verbatim
/// string in the call, hostile or not (or is refused).
#[test]
fn the_probe_call_quotes_the_host() {
    let script = collect::probe_script("mx1.fabrikam.com").unwrap();
    let call = script.lines().last().unwrap();
    assert_eq!(tokenize(call), [Token::Word("Get-StartTlsChain".into()), Token::Word("-ComputerName".into()), Token::Verbatim("mx1.fabrikam.com".into())]);
    for hostile in ["mx1.fabrikam.com'; Remove-Item -Recurse C:\\ #", "$(Invoke-Expression x)", "mx1\u{2019};calc;\u{2018}", "a b"] {
        assert!(collect::probe_command(hostile).is_err(), "{hostile}");
        assert!(collect::reach_command(hostile).is_err(), "{hostile}");
    }
    // An IPv6 address is one verbatim string too.
    assert_eq!(verbatim_values(&tokenize(&collect::reach_command("[2001:db8::25]").unwrap())), ["2001:db8::25"]);
}

/// The function does what the page says: EHLO, STARTTLS, SslStream with a validation callback
/// that captures the chain, PEM blocks out; and it never disables validation for anything else.
#[test]
fn the_probe_function_speaks_starttls_and_prints_pem() {
    let f = collect::PROBE_FUNCTION;
    for needle in ["System.Net.Sockets.TcpClient", "EHLO", "'STARTTLS'", "System.Net.Security.SslStream", "RemoteCertificateValidationCallback", "AuthenticateAsClient", "'-----BEGIN CERTIFICATE-----'", "'-----END CERTIFICATE-----'"] {
        assert!(f.contains(needle), "{needle}");
    }
    assert!(!f.contains("ServicePointManager"), "the callback is local to this SslStream");
    // Every snippet is a list of commands for Exchange's shells, with lists in full.
    for s in [collect::EXO_CONNECTORS, collect::SERVER_CONNECTORS, collect::SERVER_CERTIFICATES] {
        assert!(s.script.contains("$FormatEnumerationLimit = -1"), "{}", s.key);
    }
    assert!(collect::EXO_CONNECTORS.script.contains("Get-OutboundConnector | Format-List") && collect::EXO_CONNECTORS.script.contains("Get-InboundConnector | Format-List"));
    assert!(collect::EXO_CONNECTORS_JSON.script.contains("ConvertTo-Json"));
    assert!(collect::SERVER_CONNECTORS.script.contains("Get-SendConnector") && collect::SERVER_CONNECTORS.script.contains("Get-ReceiveConnector"));
}
