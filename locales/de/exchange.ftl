# Die Exchange-Seite des Berichts: Überschriften der Richtungen, was eine nicht feststellbare Richtung
# benötigt, und Bedeutung, wahrscheinliche Ursache und Korrektur der Fehlerzeilen von Exchange.
# Fehlertexte, Cmdlets, Parameter und PowerShell von Exchange bleiben unverändert; übersetzt wird, was sie bedeuten.

## Überschriften der Richtungen

direction-outbound = Exchange Online → { $target } (ausgehender Connector „{ $connector }“)
direction-peer = die Gegenseite
direction-inbound-partner = Partner → Exchange Online ({ $connectors })
direction-inbound-on-premises = Lokal → Exchange Online ({ $connectors })
direction-trusts-exo = Lokaler Connector „{ $connector }“ prüft das Zertifikat von Exchange Online
quoted-name = „{ $name }“
list-separator = {", "}

## Was eine nicht feststellbare Richtung benötigt

need-peer-chain-command = die Zertifikatkette der Gegenseite: Fügen Sie die Ausgabe von { $command } ein
need-peer-chain-domain = die Zertifikatkette des Servers, der E-Mails für { $domain } empfängt: Fügen Sie die Ausgabe von { $command } ein, ausgeführt gegen dessen MX-Host
need-peer-chain = die Zertifikatkette der Gegenseite: Fügen Sie die Ausgabe von { $command } ein, ausgeführt gegen den Server, an den der Connector zustellt
need-tls-domain = eine TlsDomain am ausgehenden Connector „{ $connector }“: DomainValidation ohne TlsDomain ist nicht dokumentiert
need-named-certificate = das Zertifikat, das „{ $connector }“ in TlsCertificateName nennt ({ $name }): Suchen Sie es auf dem Exchange-Server mit Get-ExchangeCertificate und fügen Sie es ein, damit es mit dem eingefügten verglichen werden kann
need-partner-certificate = das Zertifikat des Partnerservers samt Kette (fragen Sie den Partner oder fügen Sie die Ausgabe von { $command } gegen dessen MX ein)
need-partner-certificate-named = das Zertifikat des Partnerservers samt Kette (fragen Sie den Partner oder fügen Sie die Ausgabe von { $command } gegen dessen MX ein); es muss { $name } tragen
need-on-premises-certificate = das Zertifikat des lokalen Servers samt Kette (Get-ExchangeCertificate | Export-Certificate, oder fügen Sie das PEM ein)
need-on-premises-certificate-named = das Zertifikat des lokalen Servers samt Kette (Get-ExchangeCertificate | Export-Certificate, oder fügen Sie das PEM ein); es muss { $name } tragen
need-partner-starttls = eine Bestätigung, dass die Server des Partners mit STARTTLS und TLS 1.2 oder neuer senden: Nichts Eingefügtes zeigt, wie sie senden
need-on-premises-starttls = der lokale Sendeconnector zu Exchange Online (Get-SendConnector | Format-List), um zu sehen, ob er TLS verlangt
need-known-date = ein Auswertungsdatum ab dem { $from } (forcetls kennt die Zertifikate von Exchange Online seitdem)
need-not-examined = eine kleinere Eingabe: Das Arbeitsbudget war aufgebraucht, bevor diese Richtung untersucht wurde

## Eine Fehlerzeile erklärt

label-tls-negotiation-failed = TLS-Aushandlung gescheitert
label-starttls-required = STARTTLS ist erforderlich
error-explained = { $label }: { $meaning }{ $specifics } Wahrscheinliche Ursache: { $cause } Korrektur: { $fix }
specifics-presented-expected = Der Server hat `{ $presented }` vorgelegt; der Connector erwartet `{ $expected }`.
specifics-presented = Der Server hat `{ $presented }` vorgelegt.
specifics-expected = Der Connector erwartet `{ $expected }`.
specifics-presented-expired = Der Server hat `{ $presented }` vorgelegt, und es ist abgelaufen.
specifics-thumbprint = Sein Fingerabdruck ist { $thumbprint }: Vergleichen Sie ihn mit Get-ExchangeCertificate auf dem Server.
specifics-server-ip = Exchange Online hat an { $server } ({ $ip }) zugestellt.
specifics-server = Exchange Online hat an { $server } zugestellt.
specifics-tls-error = Der TLS-Fehler war { $error }.

## Bedeutung, wahrscheinliche Ursache (.cause) und Korrektur (.fix) jeder Meldung und jedes Codes

message-subject-mismatch = Exchange Online hat sich verbunden, aber das Zertifikat der Gegenseite trägt nicht den Namen, den der ausgehende Connector erwartet.
    .cause = Exchange Online → Gegenseite: Ausgehender Connector mit TlsSettings DomainValidation und einer TlsDomain, die weder zum CN noch zu einem SAN des vorgelegten Zertifikats passt (oft hat der Empfangsconnector das selbstsignierte Exchange-Zertifikat CN=<Server> vorgelegt).
    .fix = Binden Sie das öffentliche Zertifikat an den Empfangsconnector (TlsCertificateName) oder setzen Sie die TlsDomain des ausgehenden Connectors auf einen Namen im Zertifikat: Set-OutboundConnector -Identity <Name> -TlsDomain <Name im Zertifikat>.
message-certificate-expired = Die Gegenseite hat ein abgelaufenes Zertifikat vorgelegt.
    .cause = Exchange Online → Gegenseite: Das Serverzertifikat der Gegenseite (oder ein Zwischenzertifikat) ist nach seinem notAfter.
    .fix = Verlängern Sie das Zertifikat auf der Gegenseite und binden Sie es an SMTP (Enable-ExchangeCertificate -Services SMTP).
message-untrusted-root = Exchange Online konnte aus dem Zertifikat der Gegenseite keine vertrauenswürdige Kette bilden.
    .cause = Exchange Online → Gegenseite: selbstsigniertes Zertifikat oder eines einer privaten Zertifizierungsstelle, fehlendes Zwischenzertifikat oder nicht erreichbare Sperrendpunkte, mit TlsSettings CertificateValidation oder DomainValidation.
    .fix = Verwenden Sie ein Zertifikat einer öffentlichen Zertifizierungsstelle und senden Sie die vollständige Kette; stellen Sie sicher, dass die CRL-/OCSP-Endpunkte der Zertifizierungsstelle aus dem Internet erreichbar sind.
message-starttls-required = TLS ist erforderlich, aber der empfangende Server hat STARTTLS nicht angeboten.
    .cause = Empfangsconnector der Gegenseite: AuthMechanism enthält Tls nicht, oder das Zertifikat, das sein TlsCertificateName nennt, ist nicht installiert (oft nach einer Verlängerung mit neuem Aussteller), daher wird STARTTLS nicht angeboten.
    .fix = Set-ReceiveConnector <Name> -AuthMechanism Tls,… und binden Sie ein gültiges Zertifikat (TlsCertificateName "<I>Aussteller<S>Antragsteller" des installierten Zertifikats).
message-tls-negotiation-failed = Der TLS-Handshake ist gescheitert.
    .cause = Protokoll oder Verschlüsselung passen nicht (nur TLS 1.0/1.1), eine SMTP prüfende Firewall oder ein Zertifikat, dessen privater Schlüssel nicht verwendbar ist.
    .fix = Aktivieren Sie TLS 1.2 auf der Gegenseite, schalten Sie die SMTP-Prüfung der Firewall ab und prüfen Sie den privaten Schlüssel des Zertifikats.
message-illegal-message = Der TLS-Handshake wurde mit einer unzulässigen Nachricht abgebrochen.
    .cause = Meist eine Firewall oder ein Load Balancer, die SMTP prüfen, oder TLS-Einstellungen, die nicht zusammenpassen.
    .fix = Schalten Sie SMTP-Prüfung bzw. das Entfernen von STARTTLS an der Firewall ab und aktivieren Sie TLS 1.2 auf der Gegenseite.
code-certificate-validation-failed = Die Zertifikatprüfung ist gescheitert (die ältere Form von 4.4.317).
    .cause = Exchange Online → Gegenseite: abgelaufenes Zertifikat, abweichender Antragsteller oder nicht vertrauenswürdige Kette.
    .fix = Siehe den MSG-Teil: SubjectMismatch → TlsDomain oder das gebundene Zertifikat korrigieren; sonst verlängern oder die Kette vervollständigen.
code-message-expired = Die Nachricht ist nach 48 Stunden 4.4.317-Wiederholungen abgelaufen und wurde zurückgesandt.
    .cause = Exchange Online → Gegenseite: ein Fehler beim erzwungenen TLS, der nicht rechtzeitig behoben wurde; der innere Text sagt, welcher.
    .fix = Beheben Sie die Ursache in den Klammern und bitten Sie die Absender, erneut zu senden.
code-cannot-connect = Exchange Online hat sich verbunden, aber der Server hat die Anforderungen des Connectors nicht erfüllt.
    .cause = Exchange Online → Gegenseite: Die Meldung in Klammern nennt die Anforderung.
    .fix = Lesen Sie den Teil [Message=…]; fügen Sie hier die Zertifikatkette der Gegenseite ein, um sie zu prüfen.
code-tenant-attribution = TenantAttribution; Relay Access Denied: Exchange Online konnte die Verbindung nicht Ihrem Mandanten zuordnen.
    .cause = Gegenseite → Exchange Online: Das Zertifikat des lokalen Servers (TlsCertificateName) passt nicht mehr zum TlsSenderCertificateName des eingehenden Connectors, seine Kette ist unvollständig oder nicht vertrauenswürdig, oder die sendende IP-Adresse hat sich geändert.
    .fix = Lassen Sie den Sendeconnector das öffentliche Zertifikat vorlegen, dessen Name zu TlsSenderCertificateName passt, mit vollständiger Kette (Set-SendConnector -TlsCertificateName "<I>Aussteller<S>Antragsteller"), oder passen Sie den eingehenden Connector an.
code-tenant-inbound-attribution = TenantInboundAttribution: Ein Partner-Connector hat gepasst, aber IP-Adresse oder Zertifikat des Absenders nicht.
    .cause = Gegenseite → Exchange Online: RestrictDomainsToCertificate (Antragsteller des Zertifikats ≠ TlsSenderCertificateName) oder RestrictDomainsToIPAddresses.
    .fix = Gleichen Sie den Antragsteller des Partnerzertifikats an TlsSenderCertificateName an oder den Connector an die IP-Adressen des Partners.
code-send-certificate-not-found = Das im TlsCertificateName des Sendeconnectors genannte Zertifikat wurde nicht gefunden.
    .cause = Lokaler Sendeconnector: TlsCertificateName nennt einen Aussteller/Antragsteller, den kein installiertes Zertifikat hat, typischerweise nach einer Verlängerung mit neuem Aussteller.
    .fix = Set-SendConnector <Name> -TlsCertificateName "<I>$($cert.Issuer)<S>$($cert.Subject)" mit dem neuen Zertifikat.
code-certificate-validation-failure = Die Zertifikatprüfung auf dem sendenden Exchange-Server ist gescheitert.
    .cause = Lokaler Sendeconnector: Das vorgelegte Zertifikat (TlsCertificateName) ist ungültig, oder das Zertifikat von Exchange Online hat die Prüfungen seines TlsAuthLevel nicht bestanden (Stammzertifikat nicht vertrauenswürdig oder TlsDomain kein Name darin).
    .fix = Prüfen Sie TlsCertificateName und TlsDomain (mail.protection.outlook.com) des Sendeconnectors und dass der Server dem Stammzertifikat von Exchange Online vertraut.
code-no-credentials = TLS-Aushandlung gescheitert: Der Server hat kein verwendbares Zertifikat für TLS.
    .cause = Lokaler Sendeconnector: Das Zertifikat ist nicht für SMTP aktiviert, oder sein privater Schlüssel ist nicht zugänglich.
    .fix = Enable-ExchangeCertificate -Thumbprint <Fingerabdruck> -Services SMTP, und prüfen Sie die Berechtigungen auf den privaten Schlüssel.
code-unknown-credentials = TLS-Aushandlung gescheitert: Die Anmeldeinformationen des Zertifikats konnten nicht verwendet werden.
    .cause = Lokaler Sendeconnector: Zertifikat ohne zugänglichen privaten Schlüssel oder nicht für SMTP aktiviert.
    .fix = Enable-ExchangeCertificate -Services SMTP für ein Zertifikat mit seinem privaten Schlüssel.
code-must-issue-starttls = Der Empfänger verlangt STARTTLS, und der Absender hat es nicht verwendet.
    .cause = Ein Sendeconnector, der STARTTLS ignoriert, oder ein lokaler Server, der mit Exchange Online nur TLS 1.0/1.1 spricht, sodass STARTTLS scheitert und er zurückfällt.
    .fix = Set-SendConnector <Name> -IgnoreSTARTTLS $false, und aktivieren Sie TLS 1.2 auf dem Exchange-Server (und starke Kryptografie für .NET).
code-connection-dropped = Die Verbindung ist während TLS abgebrochen.
    .cause = Nur TLS 1.0/1.1 auf dem sendenden Server oder ein Netzwerkgerät, das SMTP unterbricht.
    .fix = Aktivieren Sie TLS 1.2; prüfen Sie die Firewalls zwischen dem Server und Exchange Online.
code-connection-refused = Verbindung abgelehnt.
    .cause = Eine Firewall blockiert die IP-Adressen von Exchange Online, oder der Zielserver ist nicht erreichbar.
    .fix = Lassen Sie die IP-Bereiche von Exchange Online auf Port 25 zum Smarthost zu.
code-connection-timed-out = Zeitüberschreitung der Verbindung.
    .cause = Ziel nicht erreichbar: falscher Smarthost, Server ausgefallen oder Port 25 gesperrt.
    .fix = Prüfen Sie die Smarthosts des ausgehenden Connectors und die Erreichbarkeit von Port 25.
code-dns-query-failed = DNS-Abfrage gescheitert.
    .cause = Smarthost oder MX konnten nicht aufgelöst werden.
    .fix = Korrigieren Sie den Namen des Smarthosts oder den MX-Eintrag der Domäne.
code-closed-abruptly = Die Verbindung wurde abrupt geschlossen.
    .cause = Eine SMTP prüfende Firewall, ein abstürzender Dienst oder das Netzwerk.
    .fix = Schalten Sie die SMTP-Prüfung ab und prüfen Sie die Protokolle des empfangenden Servers.
code-dane-starttls-not-supported = SMTP DANE: Der Zielserver bietet STARTTLS nicht an.
    .cause = Das Ziel veröffentlicht TLSA-Einträge (DANE), daher ist TLS Pflicht, aber sein Server hat STARTTLS nicht angeboten.
    .fix = Aktivieren Sie STARTTLS auf dem Zielserver oder entfernen Sie seine TLSA-Einträge.
code-dane-certificate-expired = SMTP DANE: Das Zertifikat des Zielservers ist abgelaufen.
    .cause = Das Ziel veröffentlicht TLSA-Einträge und hat ein abgelaufenes Zertifikat vorgelegt.
    .fix = Verlängern Sie das Zertifikat und passen Sie die TLSA-Einträge daran an.
code-dane-tlsa-invalid = SMTP DANE: Das Zertifikat passt nicht zu den TLSA-Einträgen des Ziels.
    .cause = Das Zertifikat wurde gewechselt, ohne die TLSA-Einträge anzupassen (oder umgekehrt).
    .fix = Veröffentlichen Sie TLSA-Einträge für das aktuelle Zertifikat (oder den Schlüssel seines Ausstellers), bevor Sie Zertifikate wechseln.
code-dane-dnssec-invalid = SMTP DANE: Die Zieldomäne hat ungültige DNSSEC-Einträge geliefert.
    .cause = Defekte DNSSEC-Signaturen oder ein DS-Eintrag, der nicht zu den Schlüsseln der Zone passt.
    .fix = Reparieren Sie die DNSSEC-Signierung der Zone (oder ihren DS-Eintrag in der übergeordneten Zone).
code-dane-host-mismatch = SMTP DANE: Das Zertifikat trägt den Namen des MX-Hosts nicht.
    .cause = Das Zertifikat des Ziels hat weder einen CN noch einen SAN, der zum MX-Hostnamen passt.
    .fix = Stellen Sie das Zertifikat für den MX-Hostnamen aus.
code-tls10-not-supported = TLS 1.0 und 1.1 werden abgelehnt (SMTP-Clientübermittlung, nicht Connectors).
    .cause = Ein Gerät oder eine Anwendung übermittelt E-Mails mit TLS 1.0 oder 1.1.
    .fix = Aktivieren Sie TLS 1.2 auf dem Client oder verwenden Sie den Legacy-Endpunkt, bis Sie ihn aktualisiert haben.
