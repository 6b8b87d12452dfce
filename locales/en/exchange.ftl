# Exchange's side of the report: direction headings, what a "cannot tell" direction needs, and the
# meaning, likely cause and fix of Exchange's error lines. Exchange's own error strings, cmdlets,
# parameters and PowerShell stay verbatim in every language; what they mean is translated.

## Direction headings

direction-outbound = Exchange Online → { $target } (outbound connector "{ $connector }")
direction-peer = the peer
direction-inbound-partner = Partner → Exchange Online ({ $connectors })
direction-inbound-on-premises = On-premises → Exchange Online ({ $connectors })
direction-trusts-exo = On-premises "{ $connector }" validates Exchange Online's certificate
quoted-name = "{ $name }"
list-separator = {", "}

## What a "cannot tell" direction needs (after "Cannot tell: need ")

need-peer-chain-command = the peer's certificate chain: paste the output of { $command }
need-peer-chain-domain = the certificate chain of the server that receives mail for { $domain }: paste the output of { $command } run against its MX host
need-peer-chain = the peer's certificate chain: paste the output of { $command } run against the server the connector delivers to
need-tls-domain = a TlsDomain on the outbound connector "{ $connector }": DomainValidation without TlsDomain is undocumented
need-named-certificate = the certificate "{ $connector }" names in TlsCertificateName ({ $name }): on the Exchange server, find it with Get-ExchangeCertificate and paste it, so it can be compared with the pasted one
need-partner-certificate = the partner server's certificate and its chain (ask the partner, or paste the output of { $command } against their MX)
need-partner-certificate-named = the partner server's certificate and its chain (ask the partner, or paste the output of { $command } against their MX); it must carry { $name }
need-on-premises-certificate = the on-premises server's certificate and its chain (Get-ExchangeCertificate | Export-Certificate, or paste the PEM)
need-on-premises-certificate-named = the on-premises server's certificate and its chain (Get-ExchangeCertificate | Export-Certificate, or paste the PEM); it must carry { $name }
need-partner-starttls = confirmation that the partner's servers send with STARTTLS and TLS 1.2 or later: nothing pasted shows how they send
need-on-premises-starttls = the on-premises send connector to Exchange Online (Get-SendConnector | Format-List), to see whether it requires TLS
need-known-date = an evaluation date from { $from } on (forcetls knows Exchange Online's certificates since then)
need-not-examined = a smaller paste: the work budget ran out before this direction was examined

## An error line explained

label-tls-negotiation-failed = TLS negotiation failed
label-starttls-required = STARTTLS is required
error-explained = { $label }: { $meaning }{ $specifics } Likely cause: { $cause } Fix: { $fix }
specifics-presented-expected = The server presented `{ $presented }`; the connector expects `{ $expected }`.
specifics-presented = The server presented `{ $presented }`.
specifics-expected = The connector expects `{ $expected }`.
specifics-presented-expired = The server presented `{ $presented }`, which has expired.
specifics-thumbprint = Its thumbprint is { $thumbprint }: compare it with Get-ExchangeCertificate on the server.
specifics-server-ip = Exchange Online was delivering to { $server } ({ $ip }).
specifics-server = Exchange Online was delivering to { $server }.
specifics-tls-error = The TLS error was { $error }.

## Meaning (the message), likely cause (.cause) and fix (.fix) of each bracketed message and code

message-subject-mismatch = Exchange Online connected, but the peer's certificate does not carry the name the outbound connector expects.
    .cause = Exchange Online → peer: Outbound connector TlsSettings DomainValidation with a TlsDomain that matches neither the subject CN nor any SAN of the certificate the peer presented (often the receive connector served Exchange's self-signed CN=<server> certificate).
    .fix = Bind the public certificate to the receive connector (TlsCertificateName) or set the Outbound connector's TlsDomain to a name on the certificate: Set-OutboundConnector -Identity <name> -TlsDomain <name on the certificate>.
message-certificate-expired = The peer presented an expired certificate.
    .cause = Exchange Online → peer: the peer's server certificate (or an intermediate) is past its notAfter.
    .fix = Renew the certificate on the peer and bind it to SMTP (Enable-ExchangeCertificate -Services SMTP).
message-untrusted-root = Exchange Online could not build a trusted chain from the peer's certificate.
    .cause = Exchange Online → peer: self-signed or private-CA certificate, missing intermediate, or unreachable revocation endpoints, with TlsSettings CertificateValidation or DomainValidation.
    .fix = Use a certificate from a public CA and send the full chain; make sure the CA's CRL/OCSP endpoints are reachable from the internet.
message-starttls-required = TLS is required but the receiving server did not offer STARTTLS.
    .cause = Peer's receive connector: AuthMechanism lacks Tls, or the certificate its TlsCertificateName names is not installed (often after a renewal with a new issuer), so STARTTLS is not advertised.
    .fix = Set-ReceiveConnector <name> -AuthMechanism Tls,… and bind a valid certificate (TlsCertificateName "<I>issuer<S>subject" of the installed certificate).
message-tls-negotiation-failed = The TLS handshake failed.
    .cause = Protocol or cipher mismatch (TLS 1.0/1.1 only), an SMTP-inspecting firewall, or a certificate whose private key is unusable.
    .fix = Enable TLS 1.2 on the peer, disable SMTP inspection on the firewall, and check the certificate's private key.
message-illegal-message = The TLS handshake was broken off with an illegal message.
    .cause = Usually a firewall or load balancer that inspects SMTP, or TLS settings that disagree.
    .fix = Disable SMTP inspection / STARTTLS stripping on the firewall and enable TLS 1.2 on the peer.
code-certificate-validation-failed = Certificate validation failed (the older form of 4.4.317).
    .cause = Exchange Online → peer: expired certificate, subject mismatch or untrusted chain.
    .fix = See the MSG part: SubjectMismatch → fix TlsDomain or the bound certificate; otherwise renew or complete the chain.
code-message-expired = The message expired after 48 hours of 4.4.317 retries and was returned.
    .cause = Exchange Online → peer: a forced-TLS failure that was not fixed in time; the inner text says which.
    .fix = Fix the cause in the parentheses, then ask senders to resend.
code-cannot-connect = Exchange Online connected but the server did not meet the connector's requirements.
    .cause = Exchange Online → peer: the bracketed message names the requirement.
    .fix = Read the [Message=…] part; paste the peer's certificate chain here to check it.
code-tenant-attribution = TenantAttribution; Relay Access Denied: Exchange Online could not tie the connection to your tenant.
    .cause = Peer → Exchange Online: the on-premises server's certificate (TlsCertificateName) no longer matches the inbound connector's TlsSenderCertificateName, its chain is incomplete or untrusted, or the sending IP changed.
    .fix = Make the send connector present the public certificate whose name matches TlsSenderCertificateName, with its full chain (Set-SendConnector -TlsCertificateName "<I>issuer<S>subject"), or update the inbound connector.
code-tenant-inbound-attribution = TenantInboundAttribution: a Partner connector matched, but the sender's IP or certificate did not.
    .cause = Peer → Exchange Online: RestrictDomainsToCertificate (certificate subject ≠ TlsSenderCertificateName) or RestrictDomainsToIPAddresses.
    .fix = Align the partner's certificate subject with TlsSenderCertificateName, or the connector with the partner's IPs.
code-send-certificate-not-found = The certificate named in the send connector's TlsCertificateName could not be found.
    .cause = On-premises send connector: TlsCertificateName names an issuer/subject no installed certificate has, typically after a renewal with a new issuer.
    .fix = Set-SendConnector <name> -TlsCertificateName "<I>$($cert.Issuer)<S>$($cert.Subject)" with the new certificate.
code-certificate-validation-failure = Certificate validation failed on the sending Exchange server.
    .cause = On-premises send connector: the certificate it presents (TlsCertificateName) is not valid, or Exchange Online's certificate failed its TlsAuthLevel checks (root not trusted, or TlsDomain not a name on it).
    .fix = Check the send connector's TlsCertificateName and TlsDomain (mail.protection.outlook.com), and that the server trusts Exchange Online's root.
code-no-credentials = TLS negotiation failed: the server has no usable certificate for TLS.
    .cause = On-premises send connector: the certificate is not enabled for SMTP or its private key is not accessible.
    .fix = Enable-ExchangeCertificate -Thumbprint <thumbprint> -Services SMTP, and check the private key permissions.
code-unknown-credentials = TLS negotiation failed: the certificate's credentials could not be used.
    .cause = On-premises send connector: certificate without accessible private key or not SMTP-enabled.
    .fix = Enable-ExchangeCertificate -Services SMTP for a certificate with its private key.
code-must-issue-starttls = The receiver requires STARTTLS and the sender did not use it.
    .cause = A send connector that ignores STARTTLS, or an on-premises server speaking only TLS 1.0/1.1 to Exchange Online, so STARTTLS fails and it falls back.
    .fix = Set-SendConnector <name> -IgnoreSTARTTLS $false, and enable TLS 1.2 on the Exchange server (and .NET strong crypto).
code-connection-dropped = The connection dropped during TLS.
    .cause = TLS 1.0/1.1 only on the sending server, or a network device cutting SMTP.
    .fix = Enable TLS 1.2; check firewalls between the server and Exchange Online.
code-connection-refused = Connection refused.
    .cause = A firewall blocks Exchange Online's IP addresses, or the target server is down.
    .fix = Allow Exchange Online's IP ranges on port 25 to the smart host.
code-connection-timed-out = Connection timed out.
    .cause = Target unreachable: wrong smart host, server down, or port 25 blocked.
    .fix = Check the outbound connector's smart hosts and port 25 reachability.
code-dns-query-failed = DNS query failed.
    .cause = The smart host or MX could not be resolved.
    .fix = Fix the smart host name or the domain's MX record.
code-closed-abruptly = The connection was closed abruptly.
    .cause = An SMTP-inspecting firewall, a crashing service, or the network.
    .fix = Disable SMTP inspection and check the receiving server's logs.
code-dane-starttls-not-supported = SMTP DANE: the destination server does not offer STARTTLS.
    .cause = The destination publishes TLSA records (DANE), so TLS is mandatory, but its server did not offer STARTTLS.
    .fix = Enable STARTTLS on the destination server, or remove its TLSA records.
code-dane-certificate-expired = SMTP DANE: the destination server's certificate has expired.
    .cause = The destination publishes TLSA records and presented an expired certificate.
    .fix = Renew the certificate and update the TLSA records to match it.
code-dane-tlsa-invalid = SMTP DANE: the certificate does not match the destination's TLSA records.
    .cause = The certificate was changed without updating the TLSA records (or the reverse).
    .fix = Publish TLSA records for the current certificate (or its issuer's key) before switching certificates.
code-dane-dnssec-invalid = SMTP DANE: the destination domain returned invalid DNSSEC records.
    .cause = Broken DNSSEC signatures or a DS record that does not match the zone's keys.
    .fix = Repair the zone's DNSSEC signing (or its DS record at the parent).
code-dane-host-mismatch = SMTP DANE: the certificate does not carry the MX host's name.
    .cause = The destination's certificate has neither a CN nor a SAN matching the MX host name.
    .fix = Issue the certificate for the MX host name.
code-tls10-not-supported = TLS 1.0 and 1.1 are refused (SMTP client submission, not connectors).
    .cause = A device or application submits mail with TLS 1.0 or 1.1.
    .fix = Enable TLS 1.2 on the client, or use the legacy endpoint while you update it.
