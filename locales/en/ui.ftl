# The page's own words (chrome): headings, labels, buttons, hints, the gallery, share messages.
# The report's words are in report.ftl, exchange.ftl and findings.ftl. Placeables are snake_case.

## The page

page-title = forcetls — will forced TLS work?
page-noscript = forcetls runs in your browser and needs JavaScript and WebAssembly.
tagline = Will forced TLS between two mail systems work? Paste certificates or drop files; everything stays in your browser.
footer = forcetls runs entirely in this page: nothing you paste is uploaded.
language-label = Language
panic-banner = forcetls hit an internal error and stopped: { $message }. Reload the page to start again; please report the input that caused it (without private keys).
worker-failure-banner = forcetls hit an internal error on this input and stopped diagnosing it: { $message }. A fresh diagnosis has been started for your next change; please report the input that caused it (without private keys).
worker-load-banner = forcetls could not load its diagnosis: { $message }. It is trying again; if this message stays, check the connection to this site and reload the page.
worker-stalled-banner = forcetls got no answer from its diagnosis within { $message } and has asked again. If this keeps happening, reload the page; please report the input that caused it (without private keys).
worker-stopped-banner = forcetls got no answer from its diagnosis within { $message }, several times in a row, and has stopped asking. Reload the page to start again; please report the input that caused it (without private keys).
evaluated = Evaluated on { $date } at { $time } UTC
diagnosed-in = {" · "}diagnosed in { $ms } ms
trust-store = Trust store: { $store }

## Examples gallery

gallery-label = Examples
gallery-try = Try an example:
example-hybrid-working = Hybrid, working
    .description = HCW-style connectors both ways and a valid chain: forced TLS works in every direction.
example-partner-expired = Partner with an expired certificate
    .description = Exchange Online will report CertificateExpired for the partner's server.
example-stale-tls-certificate-name = Stale TlsCertificateName after renewal
    .description = The certificate was renewed under a new intermediate; the send connector still names the old issuer.
example-missing-intermediate = Missing intermediate
    .description = The server sends only its own certificate: UntrustedRoot, and where to download the intermediate.
example-exo-root-change = Exchange Online root change
    .description = Exchange Online now chains to DigiCert Global Root G2, but this on-premises server trusts only the old G1 root.

## Input

input-label-before = Certificates, an{" "}
input-label-after = {" "}transcript, connector settings (Get-OutboundConnector, Get-InboundConnector, Get-SendConnector, Get-ReceiveConnector as Format-List, JSON or Clixml) or an NDR line
input-placeholder = -----BEGIN CERTIFICATE-----
    …
    -----END CERTIFICATE-----

    or drop .pem / .cer / .crt / .p7b files here
add-files = Add files…
evaluate-at = Evaluate at (UTC)
server-name = Server name clients connect to
server-name-placeholder = mail.contoso.com or 192.0.2.25 (optional)
store-label = Validating side trusts
store-microsoft = Microsoft (Exchange, Windows)
store-mozilla = Mozilla (most Linux MTAs)
store-none = Only the roots below
clear = Clear
roots-summary = Roots to trust (optional): paste a private or test root here
roots-placeholder = -----BEGIN CERTIFICATE-----
    (a root certificate the validating side trusts)
    -----END CERTIFICATE-----
public-roots-label = Roots to treat as public CAs (trusted by Exchange Online too): for a public root forcetls does not know yet
file-entry = { $name } ({ $bytes } bytes){" "}
remove = Remove

## Rollover

rollover-summary = Rollover: what changes with a new certificate or root
rollover-next-label = The chain that will replace the current one (PEM, PKCS#7 or an s_client transcript):
copy-comparison = Copy comparison
rollover-eras = Or compare Exchange Online's certificate between two periods:
era-option = { $from } – { $until }: { $root }
era-now = now

## Share and export

share = Copy share link
export-markdown = Export Markdown
export-json = Export JSON
share-warning-intro = The link will contain everything you pasted. Before you share it, note that it includes:
share-warning-fragment = The link's data stays in the part after #, which browsers never send to a server; anyone you give the link to can read it.
share-anyway = Create the link anyway
cancel = Cancel
close = Close
share-link-label = Share link ({ $chars } characters):
export-label = { $kind } export
sensitive-private-keys = { $count ->
        [one] { $count } private key: it is removed from the link, but treat it as exposed wherever else you pasted it
       *[other] { $count } private keys: they are removed from the link, but treat them as exposed wherever else you pasted them
    }
sensitive-connectors = { $count ->
        [one] { $count } connector: your tenant's connector names, domains, smart hosts and IP addresses
       *[other] { $count } connectors: your tenant's connector names, domains, smart hosts and IP addresses
    }
sensitive-files = { $count ->
        [one] { $count } file with its name
       *[other] { $count } files with their names
    }
sensitive-headers = message headers or NDR text, which can name people and servers
share-unknown-version = This share link has format "{ $version }", which this version of forcetls does not know. Open it with the forcetls it was made with, or ask for the input itself.
share-damaged = This share link is damaged ({ $why }); it was probably cut off when it was copied. Ask for the whole link again.
share-damaged-base64 = not Base64: { $detail }
share-damaged-inflates = it inflates to more than { $limit } bytes, which forcetls never makes
share-damaged-inflate = cannot inflate: { $detail }
share-damaged-data = not the expected data: { $detail }
share-too-long = The input is too large for a share link ({ $chars } characters; the limit is { $limit }). Share the JSON or Markdown export instead, or remove large files.
share-link-too-long = This share link is longer than forcetls ever makes them ({ $chars } characters; the limit is { $limit }), so it was not opened. Ask for the input itself, or for the JSON or Markdown export.
copy = Copy
copied = Copied

## Results

findings-heading = Findings
remedy = Remedy:{" "}
forced-tls-heading = Forced TLS, direction by direction
arrow-exo-to-peer = Exchange Online ⟶ their server
arrow-peer-to-exo = their server ⟶ Exchange Online
arrow-onprem-trusts-exo = their server checks Exchange Online's certificate
certificate-judged = Certificate judged: { $certificate }
rule-link = The rule behind this verdict (Microsoft)
other-properties = { $count ->
        [one] The { $count } other property
       *[other] All { $count } other properties
    }
side-exchange-online = Exchange Online (our tenant)
side-peer = Their side (on-premises Exchange or partner)
worksheet-heading = Firewall worksheet: CA endpoints validators must reach
worksheet-note = "ours": your mail servers must reach it (they validate Exchange Online's certificate). "theirs": whoever validates the pasted certificates (Exchange Online, partners) must reach it.
copy-host-list = Copy host list
copy-csv = Copy CSV
export-hosts = Host list
export-csv = CSV
export-powershell = PowerShell test script (Windows mail servers)
export-shell = Shell test script (Linux MTAs: curl, openssl ocsp)

## The answer first, collecting the input, dialogs

skip-link = Skip to the result
input-region = Input
details-region = Details of the diagnosis
roots-label = Roots to trust
era-from-label = Compare from
era-to-label = Compare with
result-heading = Result
result-empty = Paste or drop something above, or try an example: the answer appears here.
result-nothing = Nothing here decides forced TLS or a chain yet: see the details below.
who-must-act = Who must act: { $actor }
example-banner = Example "{ $name }": evaluated on { $date }
example-option-test-root = a test root is trusted
example-option-public-root = a test root counts as a public CA
example-option-store-none = only the roots given are trusted
example-option-store-mozilla = Mozilla's store
start-fresh = Start fresh
copy-named = Copy: { $what }
copy-failed = Copy failed: the browser refused the clipboard. Select the text and press Ctrl+C.
copy-fixes = Copy fix commands
copy-collect-command = Copy collect command
copy-share-link = Copy share link
copy-export = Copy { $kind } text
copy-step = Copy the command of step { $step }
copy-probe = Copy the STARTTLS probe script
dialog-share-title = Share link
export-text-label = { $kind } text
download-file = Download { $file }
collect-summary = How to collect the input (PowerShell; no openssl needed)
collect-exo-connectors = Exchange Online connectors (Exchange Online PowerShell; every list in full)
collect-exo-connectors-json = Exchange Online connectors as JSON
collect-server-connectors = Exchange Server send and receive connectors (Exchange Management Shell)
collect-server-certificates = Exchange Server certificates, and the SMTP certificate as PEM
collect-probe = A server's certificate chain after STARTTLS on port 25 (.NET only)
collect-probe-note = Run it in PowerShell on a machine that can reach the server on port 25: it defines Get-StartTlsChain, then reads the chain; paste what it prints into the box above. It prints the server's certificate and the chain Windows built from it (which can end at a root from the local store).
collect-probe-host = Server to read (MX host or smart host)
collect-probe-refused = That is not a host name or IP address, so no command is made for it.
ndrs-heading = Exchange errors explained
ndr-heading = Exchange error { $label }
ndr-meaning = Meaning
ndr-specifics = This line says
ndr-cause = Likely cause
ndr-fix = Fix
ndr-actor = Who must act
ndr-steps = Next steps
ndr-reference = Microsoft's (or the RFC's) page on this error
chain-viewpoint = Whose view: { $view }.
chains-heading = Certificate chains
handshakes-heading = openssl s_client transcripts
certificates-heading = Certificates
