# The report: everything `report::explain` words, except Exchange's directions and errors
# (exchange.ftl) and the findings catalogue (findings.ftl). Placeables are snake_case.
# Conventions and the glossary: docs/i18n.md.

## Dates and counts

# A UTC date as people read it; $month is 1 to 12.
date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
count-days = { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
dash = —

## Summary line

summary-certificates = { $count ->
        [one] { $count } certificate
       *[other] { $count } certificates
    }
summary-duplicates = { $count ->
        [one] { $count } duplicate
       *[other] { $count } duplicates
    }
summary-handshakes = { $count ->
        [one] { $count } s_client transcript
       *[other] { $count } s_client transcripts
    }
summary-connectors = { $count ->
        [one] { $count } connector
       *[other] { $count } connectors
    }
summary-certificate-records = { $count ->
        [one] { $count } Get-ExchangeCertificate record
       *[other] { $count } Get-ExchangeCertificate records
    }
summary-exchange-errors = { $count ->
        [one] { $count } Exchange error explained
       *[other] { $count } Exchange errors explained
    }
summary-private-keys = { $count ->
        [one] { $count } private key ignored
       *[other] { $count } private keys ignored
    }
summary-requests = { $count ->
        [one] { $count } certificate request ignored
       *[other] { $count } certificate requests ignored
    }
summary-crls = { $count ->
        [one] { $count } CRL
       *[other] { $count } CRLs
    }
summary-other-blocks = { $count ->
        [one] { $count } other block ignored
       *[other] { $count } other blocks ignored
    }
summary-unreadable = { $count ->
        [one] { $count } unreadable block
       *[other] { $count } unreadable blocks
    }
summary-unreadable-at = { $count ->
        [one] { $count } unreadable block at { $at }
       *[other] { $count } unreadable blocks (first at { $at })
    }
summary-ignored-lines = { $count ->
        [one] { $count } line of other text ignored
       *[other] { $count } lines of other text ignored
    }
summary-separator = {", "}

## Locations

location-line = line { $line }
location-bundle-item = PKCS#7 item { $item }
location-separator = {", "}

## Trust store

store-microsoft = Microsoft (approximation: Mozilla's store from { $version } plus { $extras } roots of Exchange Online's history that Mozilla removed)
store-mozilla = Mozilla ({ $version })
store-none = No built-in roots (only roots you added)

## Findings: what a finding concerns

concerns-input = At { $at }
concerns-certificate = Certificate #{ $number } ({ $subject })
concerns-handshake-at = Transcript at { $at }
concerns-handshake = Transcript #{ $number }
concerns-chain = Chain #{ $number } ({ $name })
concerns-connector = Connector "{ $name }"
detail-separator = {": "}
severity-error = error
severity-warning = warning
severity-info = info

## Findings: evidence

evidence-pem-block = -----BEGIN { $label }-----
evidence-decode-error = { $what }: { $error }
decoded-certificate = certificate
decoded-trusted-root = trusted root
decoded-file = file
evidence-too-large = { $bytes } bytes; the limit is { $limit } bytes
evidence-expired = valid { $not_before } to { $not_after }; expired { $count ->
        [one] { $count } day
       *[other] { $count } days
    } before { $on }
evidence-not-yet-valid = valid { $not_before } to { $not_after }; starts after { $on }
evidence-expires = valid { $not_before } to { $not_after }; expires { $count ->
        [one] { $count } day
       *[other] { $count } days
    } after { $on }
evidence-duplicate = seen { $times } times: first at { $first }, again at { $again }
evidence-ignored-text = { $count ->
        [one] { $count } line not used, the first at line { $first_line }
       *[other] { $count } lines not used, the first at line { $first_line }
    }
evidence-openssl-verify = Verify return code: { $code } ({ $text })
evidence-missing-issuer = issuer not found: { $issuer } (the certificate names no CA-issuers URL)
evidence-missing-issuer-download = issuer not found: { $issuer }; download it from { $urls }
evidence-signature = checked with { $issuer }: { $error }
evidence-signature-other-key = checked with { $issuer }: { $error }; its key identifier differs from the authority key identifier: a different key with the same name
evidence-signature-altered = checked with { $issuer }: { $error }; the key identifiers match, so the certificate itself was altered or damaged
signature-invalid = the signature does not match the issuer's key
signature-bad-key = the issuer's key cannot verify it: { $detail }
signature-unsupported = { $what } is not supported by forcetls
signature-key-refused = the issuer's key is refused: { $key }
signature-over-budget = not checked: the work budget for signatures ran out
key-modulus-too-large = an RSA modulus of { $bits } bits (the limit is { $limit })
key-exponent-over-64-bits = an RSA public exponent over 64 bits
key-exponent-too-large = an RSA public exponent of { $exponent } (the limit is 2^33 - 1)
key-exponent-invalid = an RSA public exponent of { $exponent } (it must be odd and at least 3)
evidence-constraints = X.509 v{ $version }, { $constraints }
evidence-constraints-below = X.509 v{ $version }, { $constraints }; { $below ->
        [one] { $below } intermediate
       *[other] { $below } intermediates
    } below it
constraints-none = no basic constraints
evidence-usage = has { $present }; lacks { $missing }
usage-nothing = nothing
purpose-server-auth = Server Authentication
purpose-client-auth = Client Authentication
purpose-key-cert-sign = Certificate Sign
evidence-name-constraints = { $names } outside permitted [{ $permitted }] or inside excluded [{ $excluded }]
violation-not-permitted = { $certificate }: { $name } (outside every permitted subtree)
violation-excluded = { $certificate }: { $name } (inside excluded { $subtree })
violation-malformed-name = { $certificate }: { $name } (malformed, so it cannot be judged)
violation-malformed-constraint = { $certificate }: the constraint { $name } is malformed
violation-unsupported = { $certificate }: { $name } (a name form forcetls does not process is under constraint)
evidence-key = { $algorithm } { $bits } bits
evidence-profile = { $rule } ({ $section }): { $detail }
evidence-order = sent { $sent }; expected { $expected }
evidence-work-budget = { $work }: limit { $limit }
work-decoded-bytes = decoded bytes
work-clixml-expansion = Clixml reference expansion
work-connector-pairs = connector pairs
work-name-comparisons = name comparisons
work-signature-cost = signature verification cost
work-endpoint-urls = endpoint URLs
evidence-budget = stopped after { $steps } steps, { $signature_checks } signature checks and { $paths } paths
evidence-count = { $shown } of { $total } analysed
evidence-grouped = { $more } more like this left out: { $total } in all, the first { $shown } are listed
evidence-related = { $subject }: { $relation }
evidence-setting = { $property }: { $value }
setting-server-name = server name
evidence-conflict-separator = {" with "}
evidence-truncated = { $properties }: the list ends with "..."
evidence-exchange = Exchange will report "{ $error }" because: { $why }
exchange-chain-not-trusted = the chain is not trusted
evidence-name-mismatch = expects { $expected }; the certificate presents { $presented }
name-mismatch-no-name = no name
evidence-exo-root = Exchange Online's root since { $from }: { $root } (SHA-1 { $sha1 })
evidence-refused = { $value } ({ $reason })
refusal-line-break = it contains a line break
refusal-control-character = it contains a control character
refusal-bidi-control = it contains a bidirectional control character
refusal-not-a-host = it is not a host name or IP address
refusal-not-a-url = it is not a well-formed http, https or ldap URL
evidence-panic = panic: { $message }
evidence-revoked = { $subject }: serial { $serial } is listed on the CRL pasted at { $crl }
evidence-crl-unusable = { $subject }: the CRL pasted at { $crl } cannot be used: { $problem }
evidence-key-refused = { $subject }: its key is { $problem }
evidence-san-unreadable = { $subject }: the subject alternative name extension cannot be read: { $error }
evidence-san-invalid = { $subject }: invalid entry { $name }
crl-no-crl-sign = its issuer's key usage lacks cRLSign
crl-no-crl-number = it has no CRL number (RFC 5280 §5.2.3)
crl-critical-crl-number = its CRL number is marked critical (RFC 5280 §5.2.3)
crl-unknown-critical-extension = it has an unknown critical extension { $oid }
crl-not-yet-issued = its thisUpdate is after the evaluation time
crl-stale = its nextUpdate has passed: it is stale
crl-key-refused = its issuer's key is refused: { $key }
crl-over-budget = the work budget for signatures ran out
crl-bad-signature = its signature does not verify with the issuer's key
relation-no-san-name = no DNS name or IP address in the subject alternative name extension
relation-self-issued-bad-signature = names itself as issuer, but its own key does not verify its signature
relation-issued-by-itself = issued by itself
relation-not-in-trust-store = not in the trust store
relation-issuer-on-path = its issuer is already on the path
relation-expired-alternative-issuer = expired alternative issuer
relation-cross-sign = an alternative issuer (cross-sign) for a certificate on the path; validators that trust the path's root do not need it
relation-same-name-other-key = has the name of an issuer on the path but a different key
relation-issues-nothing = issues nothing on the path
relation-not-on-any-chain = not on any chain

## Certificate profile rules (RFC 5280 §4, CA/B Forum BR §7.1) and what was found

profile-rule-extension-criticality = an extension has the wrong criticality
profile-rule-extension-malformed = an extension is malformed or empty
profile-rule-authority-key-id-missing = the authority key identifier is missing
profile-rule-authority-key-id-invalid = a self-signed certificate's authority key identifier must be its own key identifier alone
profile-rule-subject-key-id-missing = a CA certificate must have a subject key identifier
profile-rule-ca-subject-empty = a CA certificate must have a non-empty subject
profile-rule-issuer-empty = the issuer name must not be empty
profile-rule-not-version-3 = a server certificate must be X.509 version 3
profile-rule-key-cert-sign-without-ca = only a CA may assert keyCertSign
profile-rule-name-constraints-on-leaf = name constraints belong in CA certificates only
profile-rule-signature-algorithm-mismatch = the signature algorithm fields differ
profile-rule-rsa-modulus-size = an RSA modulus must be a multiple of 8 bits
profile-extension-critical = the { $extension ->
        [authority-key-identifier] authority key identifier
        [subject-key-identifier] subject key identifier
       *[other] authority information access
    } extension is critical
profile-ca-basic-constraints-not-critical = a CA's basic constraints extension is not critical
profile-policy-constraints-not-critical = the policy constraints extension is not critical
profile-san-not-critical-empty-subject = the subject is empty but the SAN extension is not critical
profile-san-critical-with-subject = the SAN extension is critical although the subject is not empty
profile-extension-malformed = extension { $oid }: { $error }
profile-root-aki-not-key-id-only = a self-signed root's authority key identifier must hold only its keyIdentifier
profile-root-aki-differs = a self-signed root's authority key identifier differs from its subject key identifier
profile-no-authority-key-id = no authority key identifier extension
profile-authority-key-id-no-key-id = the authority key identifier has no keyIdentifier
profile-no-subject-key-id = no subject key identifier
profile-subject-empty = the subject is an empty sequence
profile-issuer-empty = the issuer is an empty sequence
profile-version = X.509 version { $version }
profile-key-cert-sign-without-ca = keyCertSign without cA
profile-name-constraints-on-leaf = a name constraints extension in an end-entity certificate
profile-signature-algorithms-differ = the outer and inner signature algorithms differ
profile-rsa-modulus = RSA-{ $bits }

## Chains

chain-title = Chain for { $name }
chain-trusted = Trusted: the path ends at a root the validating side trusts
chain-not-trusted-because = Not trusted: { $reason }
chain-not-trusted = Not trusted
empty-subject = (empty subject)
role-root = Root (trust anchor)
role-server = Server certificate
role-last-found = Last certificate found
role-intermediate = Intermediate
status-valid = valid
status-expired = expired
status-not-yet-valid = not yet valid
origin-pasted-number = pasted (certificate #{ $number })
origin-pasted = pasted
origin-mozilla = from the trust store (Mozilla)
origin-microsoft = from the trust store (roots Microsoft trusts beyond Mozilla)
origin-user = a root you chose to trust
signature-status-verified = signature verified with the next certificate's key
signature-status-failed = signature does NOT verify
signature-status-self-signed = self-signed
signature-status-anchor = trusted as an anchor
signature-status-not-checked = signature not checked (no issuer)
chain-note-only-path = Path shown: the only path ({ $signatures ->
        [one] { $signatures } signature
       *[other] { $signatures } signatures
    } verified).
chain-note-best = Path shown: the best of { $paths } paths to a trusted root ({ $signatures ->
        [one] { $signatures } signature
       *[other] { $signatures } signatures
    } verified).
chain-note-none-trusted = Path shown: no path reaches a trusted root; the most complete of { $paths ->
        [one] { $paths } path
       *[other] { $paths } paths
    } is shown ({ $signatures ->
        [one] { $signatures } signature
       *[other] { $signatures } signatures
    } verified).

## Directions (the words around Exchange's own)

outcome-will-work = Forced TLS will work
outcome-will-fail = Forced TLS will fail
outcome-not-forced = Not forced: opportunistic TLS (mail flows in clear text if TLS fails)
outcome-not-used = Not used
outcome-cannot-tell = Cannot tell: need { $need }
fix-placeholder-peer-name = { $placeholder }: put a name the peer's certificate carries (its CN or a DNS SAN) in place of this placeholder.
fix-placeholder-root-file = { $placeholder }: the file of the { $root } certificate; run the command on every server in SourceTransportServers.
exo-certificate-unknown = Exchange Online's certificate on { $on }: not known to forcetls (it knows them from { $since } on).
exo-certificate = Exchange Online's certificate on { $on }: issued by { $issuing_ca } under { $root } (SHA-1 { $sha1 }). { $trusted ->
        [yes] The validating store ({ $store }) trusts this root.
       *[no] The validating store ({ $store }) does NOT trust this root at that date.
    } (source: { $source })

## Connectors

connector-kind-exo-outbound = Exchange Online outbound connector (Get-OutboundConnector)
connector-kind-exo-inbound = Exchange Online inbound connector (Get-InboundConnector)
connector-kind-on-prem-send = Exchange Server send connector (Get-SendConnector)
connector-kind-on-prem-receive = Exchange Server receive connector (Get-ReceiveConnector)
connector-kind-exchange-certificate = Exchange Server certificate (Get-ExchangeCertificate)
connector-kind-unknown = Unrecognised PowerShell object
tls-settings-null = $null (opportunistic)
row-truncated = Truncated lists
row-found-at = Found at
connector-found-at = { $source } ({ $format })
connector-found-at-line = { $source }, line { $line } ({ $format })

## Rollover

row-certificate = Certificate
row-root = Root
row-expires = Expires
row-endpoints-added = Endpoints to open
row-endpoints-removed = Endpoints no longer needed
row-coverage = Name coverage
rollover-root-unchanged = unchanged: { $root }
rollover-root-changes = { $current } → { $next } (trust the new root on every validating server before the switch)
rollover-issuer-not-found = { $issuer } (issuer not found)
rollover-coverage = { $property } of "{ $connector }" = { $pattern }: { $state }
coverage-kept = still covered
coverage-lost = NO LONGER covered: update the connector or the certificate
coverage-gained = newly covered
coverage-never = not covered before or after
rollover-name-change = "{ $connector }" will no longer match; after the switch run: { $command } (Set-ReceiveConnector for a receive connector)
rollover-name-change-refused = "{ $connector }" will no longer match; the command is left out: { $value } cannot be put into a command safely ({ $reason })

## Certificates

cert-expired-ago = expired { $count ->
        [one] { $count } day
       *[other] { $count } days
    } ago
cert-not-valid-before = not valid before { $date }
cert-expires-in = expires in { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
cert-key-curve = { $algorithm } { $curve }
cert-key-bits = { $algorithm } { $bits } bits
cert-ca = CA
cert-ca-path-length = CA, path length ≤ { $length }
cert-end-entity = end entity
cert-critical = { $constraints } (critical)
cert-absent = absent
cert-valid-until = { $date } ({ $status })
row-subject = Subject
row-issuer = Issuer
row-serial = Serial number
row-valid-from = Valid from
row-valid-until = Valid until
row-sans = Subject alternative names
row-public-key = Public key
row-signature-algorithm = Signature algorithm
row-sha256 = SHA-256 fingerprint
row-sha1 = Thumbprint (SHA-1)
row-basic-constraints = Basic constraints
row-key-usage = Key usage
row-extended-key-usage = Extended key usage
row-subject-key-id = Subject key identifier
row-authority-key-id = Authority key identifier
row-policies = Certificate policies
row-ocsp = OCSP
row-ca-issuers = CA issuers
row-crl = CRL distribution points
row-scts = Embedded SCTs
row-version = Version

## Transcripts

handshake-at = openssl s_client transcript at { $at }
handshake = openssl s_client transcript
handshake-verify-error = depth { $depth } ({ $subject }): { $num } { $message }
row-starttls = STARTTLS
row-protocol = Protocol
row-cipher = Cipher
row-peer-signing-digest = Peer signing digest
row-peer-signature-type = Peer signature type
row-server-temp-key = Server temp key
row-verify-return-code = Verify return code
row-verify-errors = Verify errors
row-certificates-sent = Certificates sent

## Firewall worksheet

purpose-ca-issuers = CA issuers
purpose-ocsp = OCSP
purpose-crl = CRL
side-ours = ours
side-theirs = theirs
script-powershell-header = forcetls firewall check: run on each mail server (PowerShell 5.1 or later).
script-every-endpoint = Every endpoint below must be reachable for certificate validation (AIA, OCSP, CRL).
script-retrieval-per-url = Retrieval test per URL (opens certutil's URL retrieval tool; see Microsoft's TLS article):
script-full-chain-check = Full chain and revocation check of a certificate file, fetching every URL:
script-shell-header = forcetls firewall check for Linux MTAs (Postfix, Exim, …): run on each mail server.
script-ocsp-needs-files = OCSP { $host }: needs the certificate and its issuer as PEM files
script-left-out = { $count ->
        [one] { $count } endpoint left out: not a well-formed URL or host (see the findings).
       *[other] { $count } endpoints left out: not well-formed URLs or hosts (see the findings).
    }

## The text report (CLI) and the Markdown export

text-heading = forcetls report (evaluated on { $date }; trust store: { $store })
text-exchange-will-report = Exchange will report:
text-certificate-judged = Certificate judged:
text-rule = Rule:
text-fix = Fix:
text-note = Note:
text-findings = Findings
text-remedy = Remedy:
text-reference = Reference:
text-certificate = Certificate
text-connector = Connector
text-rollover = Rollover to the new chain
text-worksheet = Firewall worksheet (CA endpoints validators must reach)
md-heading = forcetls diagnosis
md-evaluated = Evaluated on { $date }; trust store: { $store }.
md-directions = Forced TLS by direction
md-directions-columns = direction | outcome | Exchange would report
md-fixes = Fixes:
md-findings = Findings
md-findings-columns = severity | id | finding | details | remedy
md-worksheet = Firewall worksheet
md-worksheet-columns = scheme | host | port | purpose | side | certificates
md-certificates = Certificates
md-certificates-columns = # | subject | issuer | valid until | SHA-1 thumbprint
