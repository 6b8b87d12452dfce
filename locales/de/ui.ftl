# Die eigenen Texte der Seite: Überschriften, Beschriftungen, Schaltflächen, Hinweise, Beispiele,
# Meldungen zu Freigabelinks. Die Texte des Berichts stehen in report.ftl, exchange.ftl und findings.ftl.

## Die Seite

page-title = forcetls — funktioniert erzwungenes TLS?
page-noscript = forcetls läuft in Ihrem Browser und benötigt JavaScript und WebAssembly.
tagline = Funktioniert erzwungenes TLS zwischen zwei E-Mail-Systemen? Fügen Sie Zertifikate ein oder legen Sie Dateien ab; alles bleibt in Ihrem Browser.
footer = forcetls läuft vollständig auf dieser Seite: Nichts, was Sie einfügen, wird hochgeladen.
language-label = Sprache
panic-banner = forcetls ist auf einen internen Fehler gestoßen und wurde angehalten: { $message }. Laden Sie die Seite neu, um von vorn zu beginnen, und melden Sie bitte die Eingabe, die ihn ausgelöst hat (ohne private Schlüssel).
worker-failure-banner = forcetls ist bei dieser Eingabe auf einen internen Fehler gestoßen und hat die Diagnose abgebrochen: { $message }. Bei Ihrer nächsten Änderung beginnt eine neue Diagnose; bitte melden Sie die Eingabe, die den Fehler auslöste (ohne private Schlüssel).
worker-load-banner = forcetls konnte seine Diagnose nicht laden: { $message }. Es versucht es erneut; bleibt diese Meldung, prüfen Sie die Verbindung zu dieser Website und laden Sie die Seite neu.
worker-stalled-banner = forcetls hat von seiner Diagnose innerhalb von { $message } keine Antwort erhalten und fragt erneut. Geschieht das wiederholt, laden Sie die Seite neu; bitte melden Sie die Eingabe, die es auslöste (ohne private Schlüssel).
worker-stopped-banner = forcetls hat von seiner Diagnose mehrmals hintereinander innerhalb von { $message } keine Antwort erhalten und fragt nicht mehr. Laden Sie die Seite neu, um von vorn zu beginnen; bitte melden Sie die Eingabe, die es auslöste (ohne private Schlüssel).
evaluated = Ausgewertet am { $date } um { $time } UTC
diagnosed-in = {" · "}Diagnose in { $ms } ms
trust-store = Vertrauensspeicher: { $store }

## Beispiele

gallery-label = Beispiele
gallery-try = Beispiel ausprobieren:
example-hybrid-working = Hybrid, funktionierend
    .description = Connectors wie vom Hybrid-Konfigurations-Assistenten in beide Richtungen und eine gültige Kette: Erzwungenes TLS funktioniert in jeder Richtung.
example-partner-expired = Partner mit abgelaufenem Zertifikat
    .description = Exchange Online meldet CertificateExpired für den Server des Partners.
example-stale-tls-certificate-name = Veralteter TlsCertificateName nach Verlängerung
    .description = Das Zertifikat wurde unter einem neuen Zwischenzertifikat verlängert; der Sendeconnector nennt noch den alten Aussteller.
example-missing-intermediate = Fehlendes Zwischenzertifikat
    .description = Der Server sendet nur sein eigenes Zertifikat: UntrustedRoot, und woher das Zwischenzertifikat zu laden ist.
example-exo-root-change = Stammwechsel bei Exchange Online
    .description = Exchange Online verkettet jetzt zu DigiCert Global Root G2, dieser lokale Server vertraut aber nur dem alten G1-Stamm.

## Eingabe

input-label-before = Zertifikate, ein Protokoll von{" "}
input-label-after = , Connector-Einstellungen (Get-OutboundConnector, Get-InboundConnector, Get-SendConnector, Get-ReceiveConnector als Format-List, JSON oder Clixml) oder eine NDR-Zeile
input-placeholder = -----BEGIN CERTIFICATE-----
    …
    -----END CERTIFICATE-----

    oder .pem-, .cer-, .crt-, .p7b-Dateien hier ablegen
add-files = Dateien hinzufügen …
evaluate-at = Auswerten am (UTC)
server-name = Servername, mit dem Clients sich verbinden
server-name-placeholder = mail.contoso.com oder 192.0.2.25 (optional)
store-label = Die prüfende Seite vertraut
store-microsoft = Microsoft (Exchange, Windows)
store-mozilla = Mozilla (die meisten Linux-MTAs)
store-none = Nur den Stammzertifikaten unten
clear = Leeren
roots-summary = Vertrauenswürdige Stammzertifikate (optional): ein privates oder Test-Stammzertifikat hier einfügen
roots-placeholder = -----BEGIN CERTIFICATE-----
    (ein Stammzertifikat, dem die prüfende Seite vertraut)
    -----END CERTIFICATE-----
public-roots-label = Als öffentliche Zertifizierungsstellen zu behandelnde Stammzertifikate (auch Exchange Online vertraut ihnen): für einen öffentlichen Stamm, den forcetls noch nicht kennt
file-entry = { $name } ({ $bytes } Bytes){" "}
remove = Entfernen

## Zertifikatwechsel

rollover-summary = Zertifikatwechsel: Was sich mit einem neuen Zertifikat oder Stamm ändert
rollover-next-label = Die Kette, die die aktuelle ersetzen wird (PEM, PKCS#7 oder ein s_client-Protokoll):
copy-comparison = Vergleich kopieren
rollover-eras = Oder das Zertifikat von Exchange Online zwischen zwei Zeiträumen vergleichen:
era-option = { $from } – { $until }: { $root }
era-now = heute

## Freigeben und exportieren

share = Freigabelink kopieren
export-markdown = Als Markdown exportieren
export-json = Als JSON exportieren
share-warning-intro = Der Link enthält alles, was Sie eingefügt haben. Bevor Sie ihn weitergeben, beachten Sie, dass er Folgendes enthält:
share-warning-fragment = Die Daten des Links stehen im Teil nach #, den Browser nie an einen Server senden; jeder, dem Sie den Link geben, kann sie lesen.
share-anyway = Link trotzdem erstellen
cancel = Abbrechen
close = Schließen
share-link-label = Freigabelink ({ $chars } Zeichen):
export-label = Export als { $kind }
sensitive-private-keys = { $count ->
        [one] { $count } privater Schlüssel: Er wird aus dem Link entfernt, gilt aber überall dort als offengelegt, wo Sie ihn sonst eingefügt haben
       *[other] { $count } private Schlüssel: Sie werden aus dem Link entfernt, gelten aber überall dort als offengelegt, wo Sie sie sonst eingefügt haben
    }
sensitive-connectors = { $count ->
        [one] { $count } Connector: Connector-Namen, Domänen, Smarthosts und IP-Adressen Ihres Mandanten
       *[other] { $count } Connectors: Connector-Namen, Domänen, Smarthosts und IP-Adressen Ihres Mandanten
    }
sensitive-files = { $count ->
        [one] { $count } Datei mit ihrem Namen
       *[other] { $count } Dateien mit ihren Namen
    }
sensitive-headers = Nachrichtenkopfzeilen oder NDR-Text, die Personen und Server nennen können
share-unknown-version = Dieser Freigabelink hat das Format „{ $version }“, das diese Version von forcetls nicht kennt. Öffnen Sie ihn mit der forcetls-Version, mit der er erstellt wurde, oder fragen Sie nach der Eingabe selbst.
share-damaged = Dieser Freigabelink ist beschädigt ({ $why }); vermutlich wurde er beim Kopieren abgeschnitten. Fragen Sie nach dem vollständigen Link.
share-damaged-base64 = kein Base64: { $detail }
share-damaged-inflates = er entpackt sich zu mehr als { $limit } Bytes, was forcetls nie erzeugt
share-damaged-inflate = Entpacken nicht möglich: { $detail }
share-damaged-data = nicht die erwarteten Daten: { $detail }
share-too-long = Die Eingabe ist zu groß für einen Freigabelink ({ $chars } Zeichen; die Grenze ist { $limit }). Geben Sie stattdessen den JSON- oder Markdown-Export weiter oder entfernen Sie große Dateien.
share-link-too-long = Dieser Freigabelink ist länger, als forcetls sie je erstellt ({ $chars } Zeichen; die Grenze ist { $limit }), daher wurde er nicht geöffnet. Fragen Sie nach der Eingabe selbst oder nach dem JSON- oder Markdown-Export.
copy = Kopieren
copied = Kopiert

## Ergebnisse

findings-heading = Befunde
remedy = Abhilfe:{" "}
forced-tls-heading = Erzwungenes TLS, Richtung für Richtung
arrow-exo-to-peer = Exchange Online ⟶ deren Server
arrow-peer-to-exo = deren Server ⟶ Exchange Online
arrow-onprem-trusts-exo = deren Server prüft das Zertifikat von Exchange Online
certificate-judged = Beurteiltes Zertifikat: { $certificate }
rule-link = Die Regel hinter diesem Ergebnis (Microsoft)
other-properties = { $count ->
        [one] Die { $count } weitere Eigenschaft
       *[other] Alle { $count } weiteren Eigenschaften
    }
side-exchange-online = Exchange Online (unser Mandant)
side-peer = Deren Seite (lokales Exchange oder Partner)
worksheet-heading = Firewall-Arbeitsblatt: Endpunkte der Zertifizierungsstellen, die Prüfende erreichen müssen
worksheet-note = „eigene“: Ihre E-Mail-Server müssen ihn erreichen (sie prüfen das Zertifikat von Exchange Online). „fremde“: Wer die eingefügten Zertifikate prüft (Exchange Online, Partner), muss ihn erreichen.
copy-host-list = Hostliste kopieren
copy-csv = CSV kopieren
export-hosts = Hostliste
export-csv = CSV
export-powershell = PowerShell-Testskript (Windows-E-Mail-Server)
export-shell = Shell-Testskript (Linux-MTAs: curl, openssl ocsp)

## Die Antwort zuerst, Eingabe sammeln, Dialoge

skip-link = Zum Ergebnis springen
input-region = Eingabe
details-region = Einzelheiten der Diagnose
roots-label = Vertrauenswürdige Stammzertifikate
era-from-label = Vergleichen von
era-to-label = Vergleichen mit
result-heading = Ergebnis
result-empty = Fügen Sie oben etwas ein, ziehen Sie Dateien hierher oder probieren Sie ein Beispiel: Die Antwort erscheint hier.
result-nothing = Noch entscheidet hier nichts über erzwungenes TLS oder eine Kette: Einzelheiten stehen unten.
who-must-act = Wer handeln muss: { $actor }
example-banner = Beispiel „{ $name }“: ausgewertet am { $date }
example-option-test-root = einem Test-Stammzertifikat wird vertraut
example-option-public-root = ein Test-Stammzertifikat gilt als öffentliche Zertifizierungsstelle
example-option-store-none = nur den angegebenen Stammzertifikaten wird vertraut
example-option-store-mozilla = Speicher von Mozilla
start-fresh = Neu beginnen
copy-named = Kopieren: { $what }
copy-failed = Kopieren fehlgeschlagen: Der Browser hat die Zwischenablage verweigert. Markieren Sie den Text und drücken Sie Strg+C.
copy-fixes = Korrekturbefehle kopieren
copy-collect-command = Befehl zum Sammeln kopieren
copy-share-link = Freigabelink kopieren
copy-export = { $kind }-Text kopieren
copy-step = Befehl von Schritt { $step } kopieren
copy-probe = STARTTLS-Prüfskript kopieren
dialog-share-title = Freigabelink
export-text-label = { $kind }-Text
download-file = { $file } herunterladen
collect-summary = So sammeln Sie die Eingabe (PowerShell; ohne openssl)
collect-exo-connectors = Connectors von Exchange Online (Exchange Online PowerShell; jede Liste vollständig)
collect-exo-connectors-json = Connectors von Exchange Online als JSON
collect-server-connectors = Sende- und Empfangsconnectors von Exchange Server (Exchange-Verwaltungsshell)
collect-server-certificates = Zertifikate von Exchange Server und das SMTP-Zertifikat als PEM
collect-probe = Die Zertifikatskette eines Servers nach STARTTLS auf Port 25 (nur .NET)
collect-probe-note = Führen Sie es in PowerShell auf einem Rechner aus, der den Server auf Port 25 erreicht: Es definiert Get-StartTlsChain und liest dann die Kette; fügen Sie die Ausgabe oben in das Feld ein. Es gibt das Zertifikat des Servers und die daraus von Windows gebildete Kette aus (die bei einem Stammzertifikat aus dem lokalen Speicher enden kann).
collect-probe-host = Zu lesender Server (MX-Host oder Smarthost)
collect-probe-refused = Das ist kein Hostname und keine IP-Adresse, daher wird dafür kein Befehl erzeugt.
ndrs-heading = Exchange-Fehler erklärt
ndr-heading = Exchange-Fehler { $label }
ndr-meaning = Bedeutung
ndr-specifics = Diese Zeile sagt
ndr-cause = Wahrscheinliche Ursache
ndr-fix = Behebung
ndr-actor = Wer handeln muss
ndr-steps = Nächste Schritte
ndr-reference = Seite von Microsoft (oder des RFC) zu diesem Fehler
chain-viewpoint = Wessen Sicht: { $view }.
chains-heading = Zertifikatsketten
handshakes-heading = Mitschnitte von openssl s_client
certificates-heading = Zertifikate
