//! PowerShell commands with every input-derived value as a single-quoted string literal.
//!
//! In a single-quoted string PowerShell expands nothing (`$`, `` ` ``, `$( )` and double quotes are
//! literal); the only special characters are the single quotes themselves, and PowerShell's
//! tokenizer treats U+2018, U+2019, U+201A and U+201B as single quotes too. Each of them is escaped
//! by doubling it. Line breaks and other control characters are refused (see [`super::check`]).
//! Reference: about_Quoting_Rules,
//! <https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules>.

use super::{check, Refused};

/// Every character PowerShell's tokenizer treats as a single quote.
pub const SINGLE_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201a}', '\u{201b}'];

/// `value` as a PowerShell single-quoted string literal, or why it cannot be one.
pub fn literal(value: &str) -> Result<String, Refused> {
    check(value)?;
    let mut out = String::with_capacity(value.len() + 2);
    out.push('\'');
    for c in value.chars() {
        out.push(c);
        if SINGLE_QUOTES.contains(&c) {
            out.push(c);
        }
    }
    out.push('\'');
    Ok(out)
}

/// A cmdlet invocation built one parameter at a time. Values from input go through [`literal`];
/// tokens (`$true`, enum names) come only from forcetls's own constants.
#[derive(Clone, Debug)]
pub struct Command {
    text: String,
    refused: Option<Refused>,
}

impl Command {
    /// Starts a command with a cmdlet name (a constant, never input).
    pub fn new(cmdlet: &'static str) -> Self {
        Command { text: cmdlet.to_string(), refused: None }
    }

    /// Adds `-name 'value'`.
    pub fn arg(mut self, name: &'static str, value: &str) -> Self {
        match literal(value) {
            Ok(v) => self.text.push_str(&format!(" -{name} {v}")),
            Err(r) => self.refused = self.refused.or(Some(r)),
        }
        self
    }

    /// Adds `-name 'a','b'` (a string array; PowerShell converts it to the parameter's type).
    pub fn list(mut self, name: &'static str, values: &[String]) -> Self {
        let quoted: Result<Vec<String>, Refused> = values.iter().map(|v| literal(v)).collect();
        match quoted {
            Ok(items) if !items.is_empty() => self.text.push_str(&format!(" -{name} {}", items.join(","))),
            Ok(_) => self.text.push_str(&format!(" -{name} @()")),
            Err(r) => self.refused = self.refused.or(Some(r)),
        }
        self
    }

    /// Adds `-name token` for a token forcetls itself chose (`$true`, `DomainValidation`).
    pub fn token(mut self, name: &'static str, token: &'static str) -> Self {
        self.text.push_str(&format!(" -{name} {token}"));
        self
    }

    /// The command line, or the first value that could not be quoted.
    pub fn build(self) -> Result<String, Refused> {
        match self.refused {
            Some(r) => Err(r),
            None => Ok(self.text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_single_quote_is_doubled_and_nothing_else_is_touched() {
        assert_eq!(literal("O'Brien").unwrap(), "'O''Brien'");
        assert_eq!(literal("a\u{2018}b\u{2019}c\u{201a}d\u{201b}").unwrap(), "'a\u{2018}\u{2018}b\u{2019}\u{2019}c\u{201a}\u{201a}d\u{201b}\u{201b}'");
        assert_eq!(literal("$(Remove-Item C:\\) `\"x\" \u{201c}y\u{201d}").unwrap(), "'$(Remove-Item C:\\) `\"x\" \u{201c}y\u{201d}'");
        assert!(literal("a\nb").is_err());
    }

    #[test]
    fn commands_quote_values_and_keep_tokens() {
        let cmd = Command::new("Set-OutboundConnector").arg("Identity", "To 'Fabrikam'").token("TlsSettings", "DomainValidation").arg("TlsDomain", "mail.fabrikam.com");
        assert_eq!(cmd.build().unwrap(), "Set-OutboundConnector -Identity 'To ''Fabrikam''' -TlsSettings DomainValidation -TlsDomain 'mail.fabrikam.com'");
        let list = Command::new("Set-ReceiveConnector").arg("Identity", "EX1\\Default").list("AuthMechanism", &["Tls".into(), "BasicAuth".into()]);
        assert_eq!(list.build().unwrap(), "Set-ReceiveConnector -Identity 'EX1\\Default' -AuthMechanism 'Tls','BasicAuth'");
        assert!(Command::new("Set-SendConnector").arg("Identity", "x\ny").build().is_err());
    }
}
