# Der Bericht: alles, was `report::explain` formuliert, außer den Richtungen und Fehlern von
# Exchange (exchange.ftl) und dem Befundkatalog (findings.ftl). Glossar: docs/i18n.md.

## Datumsangaben und Anzahlen

date = { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }
count-days = { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
dash = —

## Zusammenfassung

summary-certificates = { $count ->
        [one] { $count } Zertifikat
       *[other] { $count } Zertifikate
    }
summary-duplicates = { $count ->
        [one] { $count } Duplikat
       *[other] { $count } Duplikate
    }
summary-handshakes = { $count ->
        [one] { $count } s_client-Protokoll
       *[other] { $count } s_client-Protokolle
    }
summary-connectors = { $count ->
        [one] { $count } Connector
       *[other] { $count } Connectors
    }
summary-certificate-records = { $count ->
        [one] { $count } Get-ExchangeCertificate-Datensatz
       *[other] { $count } Get-ExchangeCertificate-Datensätze
    }
summary-exchange-errors = { $count ->
        [one] { $count } Exchange-Fehler erklärt
       *[other] { $count } Exchange-Fehler erklärt
    }
summary-private-keys = { $count ->
        [one] { $count } privater Schlüssel ignoriert
       *[other] { $count } private Schlüssel ignoriert
    }
summary-requests = { $count ->
        [one] { $count } Zertifikatanforderung ignoriert
       *[other] { $count } Zertifikatanforderungen ignoriert
    }
summary-crls = { $count ->
        [one] { $count } CRL
       *[other] { $count } CRLs
    }
summary-other-blocks = { $count ->
        [one] { $count } anderer Block ignoriert
       *[other] { $count } andere Blöcke ignoriert
    }
summary-unreadable = { $count ->
        [one] { $count } unlesbarer Block
       *[other] { $count } unlesbare Blöcke
    }
summary-unreadable-at = { $count ->
        [one] { $count } unlesbarer Block bei { $at }
       *[other] { $count } unlesbare Blöcke (der erste bei { $at })
    }
summary-ignored-lines = { $count ->
        [one] { $count } Zeile sonstiger Text ignoriert
       *[other] { $count } Zeilen sonstiger Text ignoriert
    }
summary-separator = {", "}

## Fundstellen

location-line = Zeile { $line }
location-bundle-item = PKCS#7-Element { $item }
location-separator = {", "}

## Vertrauensspeicher

store-microsoft = Microsoft (Näherung: der Speicher von Mozilla aus { $version } plus { $extras } Stammzertifikate aus der Geschichte von Exchange Online, die Mozilla entfernt hat)
store-mozilla = Mozilla ({ $version })
store-none = Keine eingebauten Stammzertifikate (nur die von Ihnen hinzugefügten)

## Befunde: worauf sich ein Befund bezieht

concerns-input = Bei { $at }
concerns-certificate = Zertifikat Nr. { $number } ({ $subject })
concerns-handshake-at = Protokoll bei { $at }
concerns-handshake = Protokoll Nr. { $number }
concerns-chain = Kette Nr. { $number } ({ $name })
concerns-connector = Connector „{ $name }“
detail-separator = {": "}
severity-error = Fehler
severity-warning = Warnung
severity-info = Hinweis

## Befunde: Belege

evidence-pem-block = -----BEGIN { $label }-----
evidence-decode-error = { $what }: { $error }
decoded-certificate = Zertifikat
decoded-trusted-root = vertrauenswürdiges Stammzertifikat
decoded-file = Datei
evidence-too-large = { $bytes } Bytes; die Grenze ist { $limit } Bytes
evidence-expired = gültig von { $not_before } bis { $not_after }; { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    } vor dem { $on } abgelaufen
evidence-not-yet-valid = gültig von { $not_before } bis { $not_after }; beginnt nach dem { $on }
evidence-expires = gültig von { $not_before } bis { $not_after }; läuft { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    } nach dem { $on } ab
evidence-duplicate = { $times }-mal gesehen: zuerst bei { $first }, erneut bei { $again }
evidence-ignored-text = { $count ->
        [one] { $count } Zeile nicht verwendet, die erste in Zeile { $first_line }
       *[other] { $count } Zeilen nicht verwendet, die erste in Zeile { $first_line }
    }
evidence-openssl-verify = Verify return code: { $code } ({ $text })
evidence-missing-issuer = Aussteller nicht gefunden: { $issuer } (das Zertifikat nennt keine URL für Zertifizierungsstellenaussteller)
evidence-missing-issuer-download = Aussteller nicht gefunden: { $issuer }; laden Sie ihn von { $urls } herunter
evidence-signature = geprüft mit { $issuer }: { $error }
evidence-signature-other-key = geprüft mit { $issuer }: { $error }; dessen Schlüsselkennung weicht von der Stellenschlüsselkennung ab: ein anderer Schlüssel mit demselben Namen
evidence-signature-altered = geprüft mit { $issuer }: { $error }; die Schlüsselkennungen stimmen überein, also wurde das Zertifikat selbst verändert oder beschädigt
signature-invalid = die Signatur passt nicht zum Schlüssel des Ausstellers
signature-bad-key = der Schlüssel des Ausstellers kann sie nicht prüfen: { $detail }
signature-unsupported = { $what } wird von forcetls nicht unterstützt
signature-key-refused = der Schlüssel des Ausstellers wird abgelehnt: { $key }
signature-over-budget = nicht geprüft: das Arbeitsbudget für Signaturen ist aufgebraucht
key-modulus-too-large = ein RSA-Modulus mit { $bits } Bit (die Grenze ist { $limit })
key-exponent-over-64-bits = ein öffentlicher RSA-Exponent mit mehr als 64 Bit
key-exponent-too-large = ein öffentlicher RSA-Exponent von { $exponent } (die Grenze ist 2^33 - 1)
key-exponent-invalid = ein öffentlicher RSA-Exponent von { $exponent } (er muss ungerade und mindestens 3 sein)
evidence-constraints = X.509 v{ $version }, { $constraints }
evidence-constraints-below = X.509 v{ $version }, { $constraints }; { $below ->
        [one] { $below } Zwischenzertifikat
       *[other] { $below } Zwischenzertifikate
    } darunter
constraints-none = keine Basiseinschränkungen
evidence-usage = hat { $present }; es fehlt { $missing }
usage-nothing = nichts
purpose-server-auth = Serverauthentifizierung
purpose-client-auth = Clientauthentifizierung
purpose-key-cert-sign = Zertifikatsignatur
evidence-name-constraints = { $names } außerhalb der erlaubten [{ $permitted }] oder innerhalb der ausgeschlossenen [{ $excluded }]
violation-not-permitted = { $certificate }: { $name } (außerhalb jedes erlaubten Teilbaums)
violation-excluded = { $certificate }: { $name } (innerhalb des ausgeschlossenen { $subtree })
violation-malformed-name = { $certificate }: { $name } (fehlerhaft, daher nicht beurteilbar)
violation-malformed-constraint = { $certificate }: die Einschränkung { $name } ist fehlerhaft
violation-unsupported = { $certificate }: { $name } (eine Namensform, die forcetls nicht verarbeitet, ist eingeschränkt)
evidence-key = { $algorithm } { $bits } Bit
evidence-profile = { $rule } ({ $section }): { $detail }
evidence-order = gesendet { $sent }; erwartet { $expected }
evidence-work-budget = { $work }: Grenze { $limit }
work-decoded-bytes = dekodierte Bytes
work-clixml-expansion = Auflösung von Clixml-Verweisen
work-connector-pairs = Connector-Paare
work-name-comparisons = Namensvergleiche
work-signature-cost = Aufwand für Signaturprüfungen
work-endpoint-urls = Endpunkt-URLs
evidence-budget = abgebrochen nach { $steps } Schritten, { $signature_checks } Signaturprüfungen und { $paths } Pfaden
evidence-count = { $shown } von { $total } analysiert
evidence-grouped = { $more } weitere dieser Art ausgelassen: insgesamt { $total }, die ersten { $shown } sind aufgeführt
evidence-related = { $subject }: { $relation }
evidence-setting = { $property }: { $value }
setting-server-name = Servername
evidence-conflict-separator = {" zusammen mit "}
evidence-truncated = { $properties }: die Liste endet mit „...“
evidence-exchange = Exchange meldet „{ $error }“, weil: { $why }
exchange-chain-not-trusted = die Kette nicht vertrauenswürdig ist
evidence-name-mismatch = erwartet { $expected }; das Zertifikat weist { $presented } aus
name-mismatch-no-name = keinen Namen
evidence-exo-root = Stammzertifikat von Exchange Online seit dem { $from }: { $root } (SHA-1 { $sha1 })
evidence-refused = { $value } ({ $reason })
refusal-line-break = enthält einen Zeilenumbruch
refusal-control-character = enthält ein Steuerzeichen
refusal-bidi-control = enthält ein bidirektionales Steuerzeichen
refusal-not-a-host = ist kein Hostname und keine IP-Adresse
refusal-not-a-url = ist keine wohlgeformte http-, https- oder ldap-URL
evidence-panic = Panik: { $message }
evidence-revoked = { $subject }: Seriennummer { $serial } steht auf der CRL, eingefügt bei { $crl }
evidence-crl-unusable = { $subject }: die CRL, eingefügt bei { $crl }, ist nicht verwendbar: { $problem }
evidence-key-refused = { $subject }: sein Schlüssel ist { $problem }
evidence-san-unreadable = { $subject }: die Erweiterung „Alternativer Antragstellername“ ist nicht lesbar: { $error }
evidence-san-invalid = { $subject }: ungültiger Eintrag { $name }
crl-no-crl-sign = der Schlüsselverwendung ihres Ausstellers fehlt cRLSign
crl-no-crl-number = sie hat keine CRL-Nummer (RFC 5280 §5.2.3)
crl-critical-crl-number = ihre CRL-Nummer ist als kritisch markiert (RFC 5280 §5.2.3)
crl-unknown-critical-extension = sie hat eine unbekannte kritische Erweiterung { $oid }
crl-not-yet-issued = ihr thisUpdate liegt nach dem Auswertungszeitpunkt
crl-stale = ihr nextUpdate ist überschritten: sie ist veraltet
crl-key-refused = der Schlüssel ihres Ausstellers wird abgelehnt: { $key }
crl-over-budget = das Arbeitsbudget für Signaturen ist aufgebraucht
crl-bad-signature = ihre Signatur lässt sich mit dem Schlüssel des Ausstellers nicht bestätigen
relation-no-san-name = kein DNS-Name und keine IP-Adresse in der Erweiterung „Alternativer Antragstellername“
relation-self-issued-bad-signature = nennt sich selbst als Aussteller, aber der eigene Schlüssel bestätigt die Signatur nicht
relation-issued-by-itself = von sich selbst ausgestellt
relation-not-in-trust-store = nicht im Vertrauensspeicher
relation-issuer-on-path = sein Aussteller ist bereits im Pfad
relation-expired-alternative-issuer = abgelaufener alternativer Aussteller
relation-cross-sign = ein alternativer Aussteller (Kreuzsignatur) eines Zertifikats im Pfad; Prüfende, die dem Stamm des Pfads vertrauen, brauchen ihn nicht
relation-same-name-other-key = trägt den Namen eines Ausstellers im Pfad, aber einen anderen Schlüssel
relation-issues-nothing = stellt nichts im Pfad aus
relation-not-on-any-chain = gehört zu keiner Kette

## Regeln des Zertifikatprofils (RFC 5280 §4, CA/B Forum BR §7.1) und was gefunden wurde

profile-rule-extension-criticality = eine Erweiterung hat die falsche Kritikalität
profile-rule-extension-malformed = eine Erweiterung ist fehlerhaft oder leer
profile-rule-authority-key-id-missing = die Stellenschlüsselkennung fehlt
profile-rule-authority-key-id-invalid = die Stellenschlüsselkennung eines selbstsignierten Zertifikats darf nur seine eigene Schlüsselkennung enthalten
profile-rule-subject-key-id-missing = ein CA-Zertifikat muss eine Schlüsselkennung des Antragstellers haben
profile-rule-ca-subject-empty = ein CA-Zertifikat muss einen nicht leeren Antragsteller haben
profile-rule-issuer-empty = der Ausstellername darf nicht leer sein
profile-rule-not-version-3 = ein Serverzertifikat muss X.509 Version 3 sein
profile-rule-key-cert-sign-without-ca = nur eine Zertifizierungsstelle darf keyCertSign setzen
profile-rule-name-constraints-on-leaf = Namenseinschränkungen gehören nur in CA-Zertifikate
profile-rule-signature-algorithm-mismatch = die Felder des Signaturalgorithmus weichen voneinander ab
profile-rule-rsa-modulus-size = ein RSA-Modulus muss ein Vielfaches von 8 Bit sein
profile-extension-critical = die Erweiterung { $extension ->
        [authority-key-identifier] „Stellenschlüsselkennung“
        [subject-key-identifier] „Schlüsselkennung des Antragstellers“
       *[other] „Zugriff auf Stelleninformationen“
    } ist kritisch
profile-ca-basic-constraints-not-critical = die Basiseinschränkungen einer Zertifizierungsstelle sind nicht kritisch
profile-policy-constraints-not-critical = die Erweiterung für Richtlinieneinschränkungen ist nicht kritisch
profile-san-not-critical-empty-subject = der Antragsteller ist leer, aber die SAN-Erweiterung ist nicht kritisch
profile-san-critical-with-subject = die SAN-Erweiterung ist kritisch, obwohl der Antragsteller nicht leer ist
profile-extension-malformed = Erweiterung { $oid }: { $error }
profile-root-aki-not-key-id-only = die Stellenschlüsselkennung eines selbstsignierten Stammzertifikats darf nur seine keyIdentifier enthalten
profile-root-aki-differs = die Stellenschlüsselkennung eines selbstsignierten Stammzertifikats weicht von seiner Schlüsselkennung ab
profile-no-authority-key-id = keine Erweiterung „Stellenschlüsselkennung“
profile-authority-key-id-no-key-id = die Stellenschlüsselkennung hat keine keyIdentifier
profile-no-subject-key-id = keine Schlüsselkennung des Antragstellers
profile-subject-empty = der Antragsteller ist eine leere Sequenz
profile-issuer-empty = der Aussteller ist eine leere Sequenz
profile-version = X.509 Version { $version }
profile-key-cert-sign-without-ca = keyCertSign ohne cA
profile-name-constraints-on-leaf = eine Erweiterung für Namenseinschränkungen in einem Endentitätszertifikat
profile-signature-algorithms-differ = äußerer und innerer Signaturalgorithmus weichen voneinander ab
profile-rsa-modulus = RSA-{ $bits }

## Ketten

chain-title = Kette für { $name }
chain-trusted = Vertrauenswürdig: der Pfad endet bei einem Stammzertifikat, dem die prüfende Seite vertraut
chain-not-trusted-because = Nicht vertrauenswürdig: { $reason }
chain-not-trusted = Nicht vertrauenswürdig
empty-subject = (leerer Antragsteller)
role-root = Stammzertifikat (Vertrauensanker)
role-server = Serverzertifikat
role-last-found = Letztes gefundenes Zertifikat
role-intermediate = Zwischenzertifikat
status-valid = gültig
status-expired = abgelaufen
status-not-yet-valid = noch nicht gültig
origin-pasted-number = eingefügt (Zertifikat Nr. { $number })
origin-pasted = eingefügt
origin-mozilla = aus dem Vertrauensspeicher (Mozilla)
origin-microsoft = aus dem Vertrauensspeicher (Stammzertifikate, denen Microsoft über Mozilla hinaus vertraut)
origin-user = ein Stammzertifikat, dem Sie zu vertrauen gewählt haben
signature-status-verified = Signatur mit dem Schlüssel des nächsten Zertifikats bestätigt
signature-status-failed = Signatur lässt sich NICHT bestätigen
signature-status-self-signed = selbstsigniert
signature-status-anchor = als Anker vertrauenswürdig
signature-status-not-checked = Signatur nicht geprüft (kein Aussteller)
chain-note-only-path = Angezeigter Pfad: der einzige Pfad ({ $signatures ->
        [one] { $signatures } Signatur
       *[other] { $signatures } Signaturen
    } geprüft).
chain-note-best = Angezeigter Pfad: der beste von { $paths } Pfaden zu einem vertrauenswürdigen Stammzertifikat ({ $signatures ->
        [one] { $signatures } Signatur
       *[other] { $signatures } Signaturen
    } geprüft).
chain-note-none-trusted = Angezeigter Pfad: Kein Pfad erreicht ein vertrauenswürdiges Stammzertifikat; der vollständigste von { $paths ->
        [one] { $paths } Pfad
       *[other] { $paths } Pfaden
    } wird gezeigt ({ $signatures ->
        [one] { $signatures } Signatur
       *[other] { $signatures } Signaturen
    } geprüft).

## Richtungen (die Worte um die von Exchange)

outcome-will-work = Erzwungenes TLS wird funktionieren
outcome-will-fail = Erzwungenes TLS wird scheitern
outcome-not-forced = Nicht erzwungen: opportunistisches TLS (E-Mails gehen im Klartext, wenn TLS scheitert)
outcome-not-used = Nicht verwendet
outcome-cannot-tell = Nicht feststellbar: benötigt wird { $need }
fix-placeholder-peer-name = { $placeholder }: Setzen Sie an die Stelle dieses Platzhalters einen Namen, den das Zertifikat der Gegenseite trägt (seinen CN oder einen DNS-SAN).
fix-placeholder-root-file = { $placeholder }: die Datei des Zertifikats { $root }; führen Sie den Befehl auf jedem Server in SourceTransportServers aus.
exo-certificate-unknown = Zertifikat von Exchange Online am { $on }: forcetls unbekannt (es kennt sie ab dem { $since }).
exo-certificate = Zertifikat von Exchange Online am { $on }: ausgestellt von { $issuing_ca } unter { $root } (SHA-1 { $sha1 }). { $trusted ->
        [yes] Der prüfende Speicher ({ $store }) vertraut diesem Stammzertifikat.
       *[no] Der prüfende Speicher ({ $store }) vertraut diesem Stammzertifikat zu diesem Datum NICHT.
    } (Quelle: { $source })

## Connectors

connector-kind-exo-outbound = Ausgehender Connector von Exchange Online (Get-OutboundConnector)
connector-kind-exo-inbound = Eingehender Connector von Exchange Online (Get-InboundConnector)
connector-kind-on-prem-send = Sendeconnector von Exchange Server (Get-SendConnector)
connector-kind-on-prem-receive = Empfangsconnector von Exchange Server (Get-ReceiveConnector)
connector-kind-exchange-certificate = Zertifikat von Exchange Server (Get-ExchangeCertificate)
connector-kind-unknown = Nicht erkanntes PowerShell-Objekt
tls-settings-null = $null (opportunistisch)
row-truncated = Gekürzte Listen
row-found-at = Gefunden bei
connector-found-at = { $source } ({ $format })
connector-found-at-line = { $source }, Zeile { $line } ({ $format })

## Zertifikatwechsel

row-certificate = Zertifikat
row-root = Stammzertifikat
row-expires = Läuft ab
row-endpoints-added = Zu öffnende Endpunkte
row-endpoints-removed = Nicht mehr benötigte Endpunkte
row-coverage = Namensabdeckung
rollover-root-unchanged = unverändert: { $root }
rollover-root-changes = { $current } → { $next } (vertrauen Sie dem neuen Stammzertifikat vor dem Wechsel auf jedem prüfenden Server)
rollover-issuer-not-found = { $issuer } (Aussteller nicht gefunden)
rollover-coverage = { $property } von „{ $connector }“ = { $pattern }: { $state }
coverage-kept = weiterhin abgedeckt
coverage-lost = NICHT MEHR abgedeckt: Passen Sie den Connector oder das Zertifikat an
coverage-gained = neu abgedeckt
coverage-never = weder vorher noch nachher abgedeckt
rollover-name-change = „{ $connector }“ passt dann nicht mehr; führen Sie nach dem Wechsel aus: { $command } (Set-ReceiveConnector für einen Empfangsconnector)
rollover-name-change-refused = „{ $connector }“ passt dann nicht mehr; der Befehl fehlt: { $value } lässt sich nicht sicher in einen Befehl einsetzen ({ $reason })

## Zertifikate

cert-expired-ago = seit { $count ->
        [one] { $count } Tag
       *[other] { $count } Tagen
    } abgelaufen
cert-not-valid-before = nicht gültig vor dem { $date }
cert-expires-in = läuft in { $count ->
        [one] { $count } Tag
       *[other] { $count } Tagen
    } ab
cert-key-curve = { $algorithm } { $curve }
cert-key-bits = { $algorithm } { $bits } Bit
cert-ca = CA
cert-ca-path-length = CA, Pfadlänge ≤ { $length }
cert-end-entity = Endentität
cert-critical = { $constraints } (kritisch)
cert-absent = nicht vorhanden
cert-valid-until = { $date } ({ $status })
row-subject = Antragsteller
row-issuer = Aussteller
row-serial = Seriennummer
row-valid-from = Gültig ab
row-valid-until = Gültig bis
row-sans = Alternative Antragstellernamen
row-public-key = Öffentlicher Schlüssel
row-signature-algorithm = Signaturalgorithmus
row-sha256 = SHA-256-Fingerabdruck
row-sha1 = Fingerabdruck (SHA-1)
row-basic-constraints = Basiseinschränkungen
row-key-usage = Schlüsselverwendung
row-extended-key-usage = Erweiterte Schlüsselverwendung
row-subject-key-id = Schlüsselkennung des Antragstellers
row-authority-key-id = Stellenschlüsselkennung
row-policies = Zertifikatrichtlinien
row-ocsp = OCSP
row-ca-issuers = Zertifizierungsstellenaussteller
row-crl = CRL-Verteilungspunkte
row-scts = Eingebettete SCTs
row-version = Version

## Protokolle

handshake-at = openssl-s_client-Protokoll bei { $at }
handshake = openssl-s_client-Protokoll
handshake-verify-error = Tiefe { $depth } ({ $subject }): { $num } { $message }
row-starttls = STARTTLS
row-protocol = Protokoll
row-cipher = Verschlüsselung
row-peer-signing-digest = Hash der Gegenseitensignatur
row-peer-signature-type = Signaturtyp der Gegenseite
row-server-temp-key = Temporärer Serverschlüssel
row-verify-return-code = Verify return code
row-verify-errors = Prüffehler
row-certificates-sent = Gesendete Zertifikate

## Firewall-Arbeitsblatt

purpose-ca-issuers = Zertifizierungsstellenaussteller
purpose-ocsp = OCSP
purpose-crl = CRL
side-ours = eigene
side-theirs = fremde
script-powershell-header = forcetls-Firewallprüfung: auf jedem E-Mail-Server ausführen (PowerShell 5.1 oder neuer).
script-every-endpoint = Jeder Endpunkt unten muss für die Zertifikatprüfung erreichbar sein (AIA, OCSP, CRL).
script-retrieval-per-url = Abruftest je URL (öffnet das URL-Abruftool von certutil; siehe den TLS-Artikel von Microsoft):
script-full-chain-check = Vollständige Ketten- und Sperrprüfung einer Zertifikatdatei, die jede URL abruft:
script-shell-header = forcetls-Firewallprüfung für Linux-MTAs (Postfix, Exim, …): auf jedem E-Mail-Server ausführen.
script-ocsp-needs-files = OCSP { $host }: benötigt das Zertifikat und seinen Aussteller als PEM-Dateien
script-left-out = { $count ->
        [one] { $count } Endpunkt ausgelassen: keine wohlgeformte URL bzw. kein gültiger Host (siehe die Befunde).
       *[other] { $count } Endpunkte ausgelassen: keine wohlgeformten URLs bzw. Hosts (siehe die Befunde).
    }

## Der Textbericht (CLI) und der Markdown-Export

text-heading = forcetls-Bericht (ausgewertet am { $date }; Vertrauensspeicher: { $store })
text-exchange-will-report = Exchange meldet:
text-certificate-judged = Beurteiltes Zertifikat:
text-rule = Regel:
text-fix = Korrektur:
text-note = Hinweis:
text-findings = Befunde
text-remedy = Abhilfe:
text-reference = Referenz:
text-certificate = Zertifikat
text-connector = Connector
text-rollover = Wechsel zur neuen Kette
text-worksheet = Firewall-Arbeitsblatt (Endpunkte der Zertifizierungsstellen, die Prüfende erreichen müssen)
md-heading = forcetls-Diagnose
md-evaluated = Ausgewertet am { $date }; Vertrauensspeicher: { $store }.
md-directions = Erzwungenes TLS nach Richtung
md-directions-columns = Richtung | Ergebnis | Exchange würde melden
md-fixes = Korrekturen:
md-findings = Befunde
md-findings-columns = Schweregrad | ID | Befund | Details | Abhilfe
md-worksheet = Firewall-Arbeitsblatt
md-worksheet-columns = Schema | Host | Port | Zweck | Seite | Zertifikate
md-certificates = Zertifikate
md-certificates-columns = Nr. | Antragsteller | Aussteller | gültig bis | SHA-1-Fingerabdruck
