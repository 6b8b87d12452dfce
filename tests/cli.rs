//! The command-line entry point: same core, JSON that parses and carries the versioned schema.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Command;

fn forcetls(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_forcetls")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn json_output_has_schema_version_certificates_and_findings() {
    let (code, out, _) = forcetls(&["diagnose", "tests/fixtures/chain-rsa.pem", "tests/fixtures/leaf-mail.key", "--at", "2026-06-01", "--store", "none", "--trust", "tests/fixtures/root-rsa.pem", "--lang", "de", "--json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["schema"], "forcetls.diagnosis");
    assert_eq!(json["version"], 2);
    // The JSON is language-free: no title or remedy, whatever --lang says.
    assert!(json["findings"][0].get("title").is_none() && json["findings"][0].get("remedy").is_none());
    assert_eq!(json["evaluated_at"], "2026-06-01T00:00:00Z");
    assert_eq!(json["summary"]["certificates"], 3);
    assert_eq!(json["certificates"][0]["sha1_thumbprint"], "9A96A004A1CFB0904203A394858328A41490EEC2");
    assert_eq!(json["certificates"][0]["occurrences"][0]["source"], "tests/fixtures/chain-rsa.pem");
    assert_eq!(json["trust"]["choice"], "none");
    assert_eq!(json["trust"]["user_roots"], 1);
    assert_eq!(json["chains"][0]["verdict"], "trusted");
    assert_eq!(json["chains"][0]["path"].as_array().unwrap().len(), 3);
    assert_eq!(json["chains"][0]["path"][2]["anchor"], true);
    assert_eq!(json["findings"][0]["id"], "private-key-pasted");
    assert_eq!(json["findings"][0]["severity"], "warning");
    assert_eq!(json["findings"][0]["concerns"]["location"]["line"], 1);
    assert_eq!(json["findings"][1]["id"], "root-sent");
    assert_eq!(json["findings"][1]["chain"], 0);
    assert!(!out.contains(std::str::from_utf8(&common::fixture("leaf-mail.key")).unwrap().lines().nth(1).unwrap()), "key material in output");
}

#[test]
fn text_output_and_every_fixture_chain() {
    for file in ["chain-rsa.pem", "chain-rsa.p7b", "s_client-starttls-smtp.txt", "mixed-paste.txt"] {
        let (code, out, err) = forcetls(&["diagnose", &format!("tests/fixtures/{file}"), "--at", "2026-06-01"]);
        // The test PKI's root is not in the Microsoft store: the chains are not trusted (exit 1).
        assert_eq!((code, err.as_str()), (1, ""), "{file}");
        assert!(out.starts_with("forcetls report (evaluated on 1 June 2026; trust store: Microsoft (approximation"), "{file}: {out}");
        let (_, out, _) = forcetls(&["diagnose", &format!("tests/fixtures/{file}"), "--at", "2026-06-01", "--lang", "de"]);
        assert!(out.starts_with("forcetls-Bericht (ausgewertet am 1. Juni 2026; Vertrauensspeicher: Microsoft (Näherung"), "{file}: {out}");
        let (_, out, _) = forcetls(&["diagnose", &format!("tests/fixtures/{file}"), "--at", "2026-06-01", "--lang", "zh-TW"]);
        assert!(out.starts_with("forcetls 報告（評估日期：2026年6月1日；信任存放區：Microsoft（近似"), "{file}: {out}");
    }
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    for (args, message) in [
        (&["diagnose"][..], "no FILE given"),
        (&["diagnose", "x.pem", "--at", "2026-02-30"], "is not a date"),
        (&["frobnicate"], "unknown command"),
        (&["diagnose", "does-not-exist.pem"], "cannot read does-not-exist.pem"),
        (&["diagnose", "x.pem", "--store", "windows"], "is not microsoft, mozilla or none"),
        (&["diagnose", "x.pem", "--at", "2026-11-22T25:00:00Z"], "is not a date"),
        (&["diagnose", "x.pem", "--max-depth", "many"], "is not a number"),
        (&["diagnose", "x.pem", "--name"], "--name needs"),
        (&["diagnose", "x.pem", "--lang", "fr"], "--lang: 'fr' is not en, de or zh-TW"),
        (&["diagnose", "x.pem", "--lang", "de", "--store", "windows"], "--store: 'windows' ist nicht microsoft, mozilla oder none"),
        (&["diagnose", "tests/fixtures/leaf-mail.pem", "--trust", "missing-root.pem"], "cannot read missing-root.pem"),
    ] {
        let (code, _, err) = forcetls(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
    assert_eq!(forcetls(&["--help"]).0, 0);
}

#[test]
fn exit_status_says_whether_every_chain_is_trusted_for_the_name() {
    let base = ["diagnose", "tests/fixtures/names/wildcard.pem", "--store", "none", "--trust", "tests/fixtures/names/root.pem"];
    for (extra, code) in [
        (&["--at", "2026-06-01"][..], 0),
        (&["--at", "2026-06-01", "--name", "mail.contoso.test"], 0),
        (&["--at", "2026-06-01", "--name", "contoso.test"], 1),
        (&["--at", "2026-06-01", "--name", "not a name"], 1),
        (&["--at", "2025-12-31T23:59:59Z"], 1),
        (&["--at", "2026-01-01T00:00:00Z"], 0),
        (&["--at", "2026-01-01T01:00:00+01:00"], 0),
    ] {
        let args: Vec<&str> = base.iter().chain(extra).copied().collect();
        assert_eq!(forcetls(&args).0, code, "{extra:?}");
    }
    let (code, out, _) = forcetls(&["diagnose", "tests/fixtures/names/two-intermediates.pem", "--store", "none", "--trust", "tests/fixtures/names/root.pem", "--at", "2026-06-01", "--max-depth", "1", "--json"]);
    assert_eq!(code, 1);
    assert!(out.contains("\"max-depth-exceeded\""));
}
