# 報告的 Exchange 部分：方向標題、無法判斷的方向需要什麼，以及 Exchange 錯誤行的意義、可能原因與修正。
# Exchange 本身的錯誤字串、Cmdlet、參數與 PowerShell 維持原文；翻譯的是其意義。

## 方向標題

direction-outbound = Exchange Online → { $target }（輸出連接器「{ $connector }」）
direction-peer = 對方
direction-inbound-partner = 合作夥伴 → Exchange Online（{ $connectors }）
direction-inbound-on-premises = 內部部署 → Exchange Online（{ $connectors }）
direction-trusts-exo = 內部部署連接器「{ $connector }」驗證 Exchange Online 的憑證
quoted-name = 「{ $name }」
list-separator = {"、"}

## 無法判斷的方向需要什麼（接在「無法判斷：需要」之後）

need-peer-chain-command = 對方的憑證鏈：請貼上 { $command } 的輸出
need-peer-chain-domain = 接收 { $domain } 郵件之伺服器的憑證鏈：請貼上對其 MX 主機執行 { $command } 的輸出
need-peer-chain = 對方的憑證鏈：請貼上對連接器所遞送之伺服器執行 { $command } 的輸出
need-tls-domain = 輸出連接器「{ $connector }」上的 TlsDomain：沒有 TlsDomain 的 DomainValidation 並無文件說明
need-named-certificate = 「{ $connector }」在 TlsCertificateName 中指定的憑證（{ $name }）：請在 Exchange 伺服器上用 Get-ExchangeCertificate 找出並貼上，以便與已貼上的憑證比較
need-partner-certificate = 合作夥伴伺服器的憑證及其憑證鏈（請向合作夥伴索取，或貼上對其 MX 執行 { $command } 的輸出）
need-partner-certificate-named = 合作夥伴伺服器的憑證及其憑證鏈（請向合作夥伴索取，或貼上對其 MX 執行 { $command } 的輸出）；憑證必須帶有 { $name }
need-on-premises-certificate = 內部部署伺服器的憑證及其憑證鏈（Get-ExchangeCertificate | Export-Certificate，或貼上 PEM）
need-on-premises-certificate-named = 內部部署伺服器的憑證及其憑證鏈（Get-ExchangeCertificate | Export-Certificate，或貼上 PEM）；憑證必須帶有 { $name }
need-partner-starttls = 確認合作夥伴的伺服器以 STARTTLS 及 TLS 1.2 或更新版本傳送：貼上的內容都無法顯示其傳送方式
need-on-premises-starttls = 內部部署通往 Exchange Online 的傳送連接器（Get-SendConnector | Format-List），以確認它是否要求 TLS
need-known-date = { $from } 或之後的評估日期（forcetls 從那時起認識 Exchange Online 的憑證）
need-not-examined = 較小的輸入：在檢查此方向之前工作預算已用盡

## 錯誤行說明

label-tls-negotiation-failed = TLS 協商失敗
label-starttls-required = 需要 STARTTLS
error-explained = { $label }：{ $meaning }{ $specifics } 可能原因：{ $cause } 修正方式：{ $fix }
specifics-presented-expected = 伺服器提供的是 `{ $presented }`；連接器預期 `{ $expected }`。
specifics-presented = 伺服器提供的是 `{ $presented }`。
specifics-expected = 連接器預期 `{ $expected }`。
specifics-presented-expired = 伺服器提供的 `{ $presented }` 已過期。
specifics-thumbprint = 其指紋為 { $thumbprint }：請與伺服器上 Get-ExchangeCertificate 的結果比對。
specifics-server-ip = Exchange Online 當時正遞送至 { $server }（{ $ip }）。
specifics-server = Exchange Online 當時正遞送至 { $server }。
specifics-tls-error = TLS 錯誤為 { $error }。

## 每個括號訊息與代碼的意義、可能原因 (.cause) 與修正 (.fix)

message-subject-mismatch = Exchange Online 已連線，但對方的憑證不帶有輸出連接器預期的名稱。
    .cause = Exchange Online → 對方：輸出連接器的 TlsSettings 為 DomainValidation，且 TlsDomain 與對方所提供憑證的主體 CN 或任何 SAN 都不相符（常見情況是接收連接器提供了 Exchange 的自我簽署憑證 CN=<伺服器>）。
    .fix = 將公用憑證繫結到接收連接器 (TlsCertificateName)，或把輸出連接器的 TlsDomain 設為憑證上的名稱：Set-OutboundConnector -Identity <名稱> -TlsDomain <憑證上的名稱>。
message-certificate-expired = 對方提供的憑證已過期。
    .cause = Exchange Online → 對方：對方的伺服器憑證（或中繼憑證）已超過其 notAfter。
    .fix = 在對方更新憑證並將其繫結到 SMTP (Enable-ExchangeCertificate -Services SMTP)。
message-untrusted-root = Exchange Online 無法從對方的憑證建立受信任的憑證鏈。
    .cause = Exchange Online → 對方：自我簽署或私人 CA 的憑證、缺少中繼憑證，或撤銷端點無法連線，且 TlsSettings 為 CertificateValidation 或 DomainValidation。
    .fix = 使用公用 CA 的憑證並傳送完整的憑證鏈；確認 CA 的 CRL/OCSP 端點可從網際網路連線。
message-starttls-required = 要求使用 TLS，但接收伺服器未提供 STARTTLS。
    .cause = 對方的接收連接器：AuthMechanism 缺少 Tls，或其 TlsCertificateName 指定的憑證未安裝（常見於以新簽發者更新之後），因此未宣告 STARTTLS。
    .fix = Set-ReceiveConnector <名稱> -AuthMechanism Tls,… 並繫結有效的憑證（已安裝憑證的 TlsCertificateName "<I>簽發者<S>主體"）。
message-tls-negotiation-failed = TLS 交握失敗。
    .cause = 通訊協定或加密套件不相符（僅有 TLS 1.0/1.1）、會檢查 SMTP 的防火牆，或憑證的私密金鑰無法使用。
    .fix = 在對方啟用 TLS 1.2、停用防火牆的 SMTP 檢查，並檢查憑證的私密金鑰。
message-illegal-message = TLS 交握因不合法的訊息而中斷。
    .cause = 通常是會檢查 SMTP 的防火牆或負載平衡器，或雙方的 TLS 設定不一致。
    .fix = 停用防火牆上的 SMTP 檢查／STARTTLS 移除，並在對方啟用 TLS 1.2。
code-certificate-validation-failed = 憑證驗證失敗（4.4.317 的舊形式）。
    .cause = Exchange Online → 對方：憑證過期、主體不符或憑證鏈不受信任。
    .fix = 請看 MSG 部分：SubjectMismatch → 修正 TlsDomain 或繫結的憑證；否則請更新憑證或補齊憑證鏈。
code-message-expired = 郵件在 48 小時的 4.4.317 重試後過期並被退回。
    .cause = Exchange Online → 對方：強制 TLS 的失敗未及時修正；括號內的文字說明是哪一種。
    .fix = 修正括號中的原因，再請寄件者重新傳送。
code-cannot-connect = Exchange Online 已連線，但伺服器不符合連接器的要求。
    .cause = Exchange Online → 對方：括號內的訊息指出是哪一項要求。
    .fix = 閱讀 [Message=…] 部分；在此貼上對方的憑證鏈以進行檢查。
code-tenant-attribution = TenantAttribution; Relay Access Denied：Exchange Online 無法將此連線對應到您的租用戶。
    .cause = 對方 → Exchange Online：內部部署伺服器的憑證 (TlsCertificateName) 已不再符合輸入連接器的 TlsSenderCertificateName、其憑證鏈不完整或不受信任，或傳送端 IP 已變更。
    .fix = 讓傳送連接器提供名稱符合 TlsSenderCertificateName 的公用憑證及其完整憑證鏈 (Set-SendConnector -TlsCertificateName "<I>簽發者<S>主體")，或更新輸入連接器。
code-tenant-inbound-attribution = TenantInboundAttribution：符合了合作夥伴連接器，但寄件者的 IP 或憑證不符合。
    .cause = 對方 → Exchange Online：RestrictDomainsToCertificate（憑證主體 ≠ TlsSenderCertificateName）或 RestrictDomainsToIPAddresses。
    .fix = 讓合作夥伴憑證的主體與 TlsSenderCertificateName 一致，或讓連接器與合作夥伴的 IP 一致。
code-send-certificate-not-found = 找不到傳送連接器 TlsCertificateName 中指定的憑證。
    .cause = 內部部署傳送連接器：TlsCertificateName 指定的簽發者／主體沒有任何已安裝的憑證具備，通常發生在以新簽發者更新之後。
    .fix = 以新憑證執行 Set-SendConnector <名稱> -TlsCertificateName "<I>$($cert.Issuer)<S>$($cert.Subject)"。
code-certificate-validation-failure = 傳送端 Exchange 伺服器上的憑證驗證失敗。
    .cause = 內部部署傳送連接器：其提供的憑證 (TlsCertificateName) 無效，或 Exchange Online 的憑證未通過其 TlsAuthLevel 檢查（根憑證不受信任，或 TlsDomain 不是其上的名稱）。
    .fix = 檢查傳送連接器的 TlsCertificateName 與 TlsDomain (mail.protection.outlook.com)，並確認伺服器信任 Exchange Online 的根憑證。
code-no-credentials = TLS 協商失敗：伺服器沒有可用於 TLS 的憑證。
    .cause = 內部部署傳送連接器：憑證未啟用 SMTP，或無法存取其私密金鑰。
    .fix = Enable-ExchangeCertificate -Thumbprint <指紋> -Services SMTP，並檢查私密金鑰的權限。
code-unknown-credentials = TLS 協商失敗：無法使用憑證的認證。
    .cause = 內部部署傳送連接器：憑證沒有可存取的私密金鑰，或未啟用 SMTP。
    .fix = 對具有私密金鑰的憑證執行 Enable-ExchangeCertificate -Services SMTP。
code-must-issue-starttls = 接收端要求 STARTTLS，但傳送端未使用。
    .cause = 忽略 STARTTLS 的傳送連接器，或內部部署伺服器與 Exchange Online 只使用 TLS 1.0/1.1，導致 STARTTLS 失敗而退回。
    .fix = Set-SendConnector <名稱> -IgnoreSTARTTLS $false，並在 Exchange 伺服器上啟用 TLS 1.2（以及 .NET 強式加密）。
code-connection-dropped = TLS 期間連線中斷。
    .cause = 傳送伺服器僅有 TLS 1.0/1.1，或有網路裝置切斷 SMTP。
    .fix = 啟用 TLS 1.2；檢查伺服器與 Exchange Online 之間的防火牆。
code-connection-refused = 連線遭拒。
    .cause = 防火牆封鎖了 Exchange Online 的 IP 位址，或目標伺服器已關閉。
    .fix = 允許 Exchange Online 的 IP 範圍透過連接埠 25 連線到智慧主機。
code-connection-timed-out = 連線逾時。
    .cause = 無法連線到目標：智慧主機錯誤、伺服器關閉，或連接埠 25 被封鎖。
    .fix = 檢查輸出連接器的智慧主機與連接埠 25 的連線能力。
code-dns-query-failed = DNS 查詢失敗。
    .cause = 無法解析智慧主機或 MX。
    .fix = 修正智慧主機名稱或網域的 MX 記錄。
code-closed-abruptly = 連線被突然關閉。
    .cause = 會檢查 SMTP 的防火牆、當機的服務，或網路問題。
    .fix = 停用 SMTP 檢查，並查看接收伺服器的記錄。
code-dane-starttls-not-supported = SMTP DANE：目的地伺服器未提供 STARTTLS。
    .cause = 目的地發佈了 TLSA 記錄 (DANE)，因此必須使用 TLS，但其伺服器未提供 STARTTLS。
    .fix = 在目的地伺服器上啟用 STARTTLS，或移除其 TLSA 記錄。
code-dane-certificate-expired = SMTP DANE：目的地伺服器的憑證已過期。
    .cause = 目的地發佈了 TLSA 記錄，並提供了已過期的憑證。
    .fix = 更新憑證，並更新 TLSA 記錄使其相符。
code-dane-tlsa-invalid = SMTP DANE：憑證與目的地的 TLSA 記錄不符。
    .cause = 憑證已更換但未更新 TLSA 記錄（或反之）。
    .fix = 在更換憑證之前，為目前的憑證（或其簽發者的金鑰）發佈 TLSA 記錄。
code-dane-dnssec-invalid = SMTP DANE：目的地網域傳回無效的 DNSSEC 記錄。
    .cause = DNSSEC 簽章損壞，或 DS 記錄與區域的金鑰不符。
    .fix = 修復區域的 DNSSEC 簽署（或其上層區域中的 DS 記錄）。
code-dane-host-mismatch = SMTP DANE：憑證不帶有 MX 主機的名稱。
    .cause = 目的地的憑證沒有與 MX 主機名稱相符的 CN 或 SAN。
    .fix = 為 MX 主機名稱簽發憑證。
code-tls10-not-supported = 拒絕 TLS 1.0 與 1.1（SMTP 用戶端提交，而非連接器）。
    .cause = 某個裝置或應用程式以 TLS 1.0 或 1.1 提交郵件。
    .fix = 在用戶端啟用 TLS 1.2，或在更新期間使用舊版端點。
