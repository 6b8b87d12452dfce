//! Facts from an `openssl s_client -connect host:25 -starttls smtp -showcerts` transcript.
//!
//! The certificates in a transcript are ordinary PEM blocks and are read by the text scanner; this
//! module reads the lines around them: the `depth=… verify error:num=…` lines, the negotiated
//! protocol and cipher, the peer signature and temp key, and the final `Verify return code`.
//! Line formats follow OpenSSL 1.1 and 3.x `apps/s_client.c` and `apps/lib/s_cb.c`.

use crate::model::{Handshake, VerifyError};

/// Whether a line starts an `s_client` transcript.
pub fn starts_transcript(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("CONNECTED(") || (line.contains("s_client") && line.contains("-connect"))
}

/// Whether a line is one `s_client` prints, so a transcript can be recognised without `CONNECTED(`.
pub fn is_transcript_line(line: &str) -> bool {
    let line = line.trim_start();
    ["depth=", "verify error:num=", "verify return:", "Verify return code:", "Certificate chain", "Server certificate", "SSL handshake has read", "New, TLSv", "New, SSLv", "SSL-Session:", "Peer signing digest:", "Server Temp Key:"]
        .iter()
        .any(|p| line.starts_with(p))
}

/// Reads one transcript line into the handshake facts; lines it does not know are left alone.
pub fn read_line(line: &str, hs: &mut Handshake, last_depth: &mut Option<(u32, String)>) {
    let line = line.trim();
    if let Some(pos) = line.find("-starttls") {
        hs.starttls = line[pos + "-starttls".len()..].split_whitespace().next().map(str::to_string);
    }
    if let Some(rest) = line.strip_prefix("depth=") {
        let (depth, subject) = rest.split_once(' ').unwrap_or((rest, ""));
        if let Ok(depth) = depth.parse() {
            *last_depth = Some((depth, subject.trim().to_string()));
        }
    } else if let Some(rest) = line.strip_prefix("verify error:num=") {
        let (num, message) = rest.split_once(':').unwrap_or((rest, ""));
        let (depth, subject) = last_depth.clone().unwrap_or((0, String::new()));
        if let Ok(num) = num.trim().parse() {
            hs.verify_errors.push(VerifyError { depth, num, message: message.trim().to_string(), subject });
        }
    } else if let Some(rest) = line.strip_prefix("Verify return code:") {
        // TLS 1.3 sessions print the code again for each session ticket; the first one is the handshake's.
        if hs.verify_return_code.is_none() {
            let rest = rest.trim();
            let (code, text) = rest.split_once(' ').unwrap_or((rest, ""));
            hs.verify_return_code = code.parse().ok();
            hs.verify_return_text = Some(text.trim().trim_start_matches('(').trim_end_matches(')').to_string());
        }
    } else if let Some(rest) = line.strip_prefix("New, ") {
        // "New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384"
        if let Some((protocol, cipher)) = rest.split_once(", Cipher is ") {
            set_once(&mut hs.protocol, protocol);
            set_once(&mut hs.cipher, cipher);
        }
    } else if let Some(value) = field(line, "Protocol") {
        set_once(&mut hs.protocol, value);
    } else if let Some(value) = field(line, "Cipher") {
        set_once(&mut hs.cipher, value);
    } else if let Some(value) = field(line, "Peer signing digest") {
        set_once(&mut hs.peer_signing_digest, value);
    } else if let Some(value) = field(line, "Peer signature type") {
        set_once(&mut hs.peer_signature_type, value);
    } else if let Some(value) = field(line, "Server Temp Key").or_else(|| field(line, "Peer Temp Key")) {
        set_once(&mut hs.server_temp_key, value);
    }
}

/// Reads `Name : value` or `Name: value`, with any spacing before the colon.
fn field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(name)?;
    let value = rest.trim_start().strip_prefix(':')?.trim();
    (!value.is_empty()).then_some(value)
}

fn set_once(slot: &mut Option<String>, value: &str) {
    if slot.is_none() && !value.is_empty() && value != "(NONE)" && value != "0000" {
        *slot = Some(value.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_openssl3_lines() {
        let mut hs = Handshake::default();
        let mut depth = None;
        for line in [
            "$ openssl s_client -connect mail.contoso.test:25 -starttls smtp -showcerts",
            "depth=0 C = DE, O = Contoso Ltd, CN = mail.contoso.test",
            "verify error:num=20:unable to get local issuer certificate",
            "Peer signing digest: SHA256",
            "Peer signature type: RSA-PSS",
            "Server Temp Key: X25519, 253 bits",
            "New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384",
            "    Protocol  : TLSv1.2",
            "Verify return code: 20 (unable to get local issuer certificate)",
            "    Verify return code: 0 (ok)",
        ] {
            read_line(line, &mut hs, &mut depth);
        }
        assert_eq!(hs.starttls.as_deref(), Some("smtp"));
        assert_eq!(hs.protocol.as_deref(), Some("TLSv1.3"));
        assert_eq!(hs.cipher.as_deref(), Some("TLS_AES_256_GCM_SHA384"));
        assert_eq!(hs.server_temp_key.as_deref(), Some("X25519, 253 bits"));
        assert_eq!(hs.verify_return_code, Some(20));
        assert_eq!(hs.verify_return_text.as_deref(), Some("unable to get local issuer certificate"));
        assert_eq!(hs.verify_errors, vec![VerifyError { depth: 0, num: 20, message: "unable to get local issuer certificate".into(), subject: "C = DE, O = Contoso Ltd, CN = mail.contoso.test".into() }]);
    }
}
