//! How to collect the input: the PowerShell an Exchange admin runs to export connectors and
//! certificates, and a script that reads a mail server's STARTTLS certificate chain with .NET alone
//! (no openssl on Windows). The page's Collect panel shows these; the NDR cards use
//! [`probe_command`] with the host an error line names. Everything here is constant text except
//! the host, which goes through [`crate::quote`].
//!
//! References: `$FormatEnumerationLimit` (about_Preference_Variables,
//! <https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_preference_variables>);
//! `SslStream.AuthenticateAsClient` and `RemoteCertificateValidationCallback`
//! (<https://learn.microsoft.com/dotnet/api/system.net.security.sslstream>); SMTP STARTTLS (RFC 3207,
//! <https://www.rfc-editor.org/rfc/rfc3207>).

use crate::quote::{self, Refused};

/// One thing to collect: a key for its words (`collect-<key>` in `ui.ftl`) and the PowerShell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Snippet {
    /// The stable key (`exo-connectors`, `server-connectors`, …).
    pub key: &'static str,
    /// The commands, one per line.
    pub script: &'static str,
}

/// Exchange Online connectors, every list in full, as Format-List (the page also reads JSON).
pub const EXO_CONNECTORS: Snippet = Snippet {
    key: "exo-connectors",
    script: "Connect-ExchangeOnline\n$FormatEnumerationLimit = -1\nGet-OutboundConnector | Format-List\nGet-InboundConnector | Format-List",
};

/// The same as JSON, for exports that must keep every value's type.
pub const EXO_CONNECTORS_JSON: Snippet = Snippet {
    key: "exo-connectors-json",
    script: "Connect-ExchangeOnline\nGet-OutboundConnector | ConvertTo-Json -Depth 4\nGet-InboundConnector | ConvertTo-Json -Depth 4",
};

/// Exchange Server send and receive connectors (Exchange Management Shell).
pub const SERVER_CONNECTORS: Snippet = Snippet {
    key: "server-connectors",
    script: "$FormatEnumerationLimit = -1\nGet-SendConnector | Format-List\nGet-ReceiveConnector | Format-List",
};

/// Exchange Server certificates: the records (for TlsCertificateName) and the SMTP certificate as PEM.
pub const SERVER_CERTIFICATES: Snippet = Snippet {
    key: "server-certificates",
    script: "$FormatEnumerationLimit = -1\nGet-ExchangeCertificate | Format-List\nGet-ExchangeCertificate | Where-Object { $_.Services -match 'SMTP' } | ForEach-Object {\n    '-----BEGIN CERTIFICATE-----'\n    [Convert]::ToBase64String($_.RawData, 'InsertLineBreaks')\n    '-----END CERTIFICATE-----'\n}",
};

/// Defines `Get-StartTlsChain`: connects to port 25, says EHLO, starts TLS, and prints the
/// certificate the server presented and the chain Windows built from it as PEM blocks, each after
/// a `#` comment line (the page ignores comment lines around PEM blocks).
pub const PROBE_FUNCTION: &str = r##"function Get-StartTlsChain {
    param([Parameter(Mandatory = $true)][string]$ComputerName, [int]$Port = 25, [string]$HeloName = [System.Net.Dns]::GetHostName())
    $client = New-Object System.Net.Sockets.TcpClient($ComputerName, $Port)
    try {
        $stream = $client.GetStream()
        $stream.ReadTimeout = 30000
        $reader = New-Object System.IO.StreamReader($stream, [System.Text.Encoding]::ASCII)
        $writer = New-Object System.IO.StreamWriter($stream, [System.Text.Encoding]::ASCII)
        $writer.NewLine = "`r`n"
        $writer.AutoFlush = $true
        $readReply = { $lines = @(); do { $line = $reader.ReadLine(); $lines += $line } while ($line -match '^\d{3}-'); $lines }
        $null = & $readReply
        $writer.WriteLine("EHLO $HeloName")
        $ehlo = & $readReply
        if (-not ($ehlo -match '^250[- ]STARTTLS')) { throw "$ComputerName does not offer STARTTLS: $($ehlo -join ' | ')" }
        $writer.WriteLine('STARTTLS')
        $reply = & $readReply
        if ($reply[-1] -notmatch '^220') { throw "STARTTLS refused: $($reply -join ' | ')" }
        $captured = @{}
        $callback = [System.Net.Security.RemoteCertificateValidationCallback] {
            param($sender, $certificate, $chain, $errors)
            $captured.Leaf = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2($certificate)
            $captured.Chain = @($chain.ChainElements | ForEach-Object { $_.Certificate })
            $captured.Errors = $errors
            $true
        }
        $tls = New-Object System.Net.Security.SslStream($stream, $false, $callback)
        $tls.AuthenticateAsClient($ComputerName)
        "# forcetls STARTTLS probe: ${ComputerName}:$Port, $($tls.SslProtocol), $($tls.CipherAlgorithm), policy errors: $($captured.Errors)"
        $n = 0
        foreach ($cert in @($captured.Leaf) + @($captured.Chain | Select-Object -Skip 1)) {
            $b64 = [Convert]::ToBase64String($cert.RawData)
            "# $n s:$($cert.Subject)"
            "#   i:$($cert.Issuer)"
            '-----BEGIN CERTIFICATE-----'
            for ($i = 0; $i -lt $b64.Length; $i += 64) { $b64.Substring($i, [Math]::Min(64, $b64.Length - $i)) }
            '-----END CERTIFICATE-----'
            $n++
        }
        $tls.Dispose()
    } finally {
        $client.Dispose()
    }
}"##;

/// The line that runs the probe against `host` (checked as a host name or address, then quoted).
pub fn probe_command(host: &str) -> Result<String, Refused> {
    let host = quote::host::host(host)?;
    Ok(format!("Get-StartTlsChain -ComputerName {}", quote::powershell::literal(&host)?))
}

/// The whole probe script for `host`: the function, then the call.
pub fn probe_script(host: &str) -> Result<String, Refused> {
    Ok(format!("{PROBE_FUNCTION}\n{}", probe_command(host)?))
}

/// `Test-NetConnection` to port 25 of `host` (checked and quoted).
pub fn reach_command(host: &str) -> Result<String, Refused> {
    let host = quote::host::host(host)?;
    Ok(format!("Test-NetConnection -ComputerName {} -Port 25", quote::powershell::literal(&host)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_checked_and_quoted() {
        assert_eq!(probe_command("MX1.Fabrikam.com.").unwrap(), "Get-StartTlsChain -ComputerName 'mx1.fabrikam.com'");
        assert_eq!(reach_command("192.0.2.25").unwrap(), "Test-NetConnection -ComputerName '192.0.2.25' -Port 25");
        for hostile in ["mx1.fabrikam.com'; Remove-Item C:\\", "$(whoami).fabrikam.com", "mx1\nfabrikam"] {
            assert!(probe_command(hostile).is_err(), "{hostile}");
            assert!(reach_command(hostile).is_err(), "{hostile}");
        }
        assert!(probe_script("mx1.fabrikam.com").unwrap().ends_with("\nGet-StartTlsChain -ComputerName 'mx1.fabrikam.com'"));
    }
}
