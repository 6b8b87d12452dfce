# 頁面自己的文字：標題、標籤、按鈕、提示、範例與分享連結訊息。
# 報告的文字在 report.ftl、exchange.ftl 與 findings.ftl。

## 頁面

page-title = forcetls — 強制 TLS 能否運作？
page-noscript = forcetls 在您的瀏覽器中執行，需要 JavaScript 與 WebAssembly。
tagline = 兩個郵件系統之間的強制 TLS 能否運作？貼上憑證或拖放檔案；所有資料都留在您的瀏覽器中。
footer = forcetls 完全在此頁面中執行：您貼上的任何內容都不會上傳。
language-label = 語言
panic-banner = forcetls 發生內部錯誤並已停止：{ $message }。請重新載入頁面以重新開始，並回報造成此錯誤的輸入（不含私密金鑰）。
worker-failure-banner = forcetls 處理此輸入時發生內部錯誤，已停止診斷：{ $message }。下次變更時會重新開始診斷；請回報造成此問題的輸入（不含私密金鑰）。
worker-load-banner = forcetls 無法載入其診斷程式：{ $message }。正在重試；若此訊息持續出現，請檢查與本網站的連線並重新載入頁面。
worker-stalled-banner = forcetls 在 { $message } 內未收到診斷的回應，已重新要求。若此情況持續發生，請重新載入頁面，並回報造成此問題的輸入（不含私密金鑰）。
worker-stopped-banner = forcetls 連續數次在 { $message } 內未收到診斷的回應，已停止要求。請重新載入頁面以重新開始，並回報造成此問題的輸入（不含私密金鑰）。
evaluated = 評估時間：{ $date } { $time } UTC
diagnosed-in = {" · "}診斷耗時 { $ms } 毫秒
trust-store = 信任存放區：{ $store }

## 範例

gallery-label = 範例
gallery-try = 試用範例：
example-hybrid-working = 混合部署，正常運作
    .description = 雙向皆為混合式設定精靈風格的連接器，且憑證鏈有效：強制 TLS 在每個方向都能運作。
example-partner-expired = 合作夥伴的憑證已過期
    .description = Exchange Online 會針對合作夥伴的伺服器回報 CertificateExpired。
example-stale-tls-certificate-name = 更新後 TlsCertificateName 已過時
    .description = 憑證在新的中繼憑證下更新；傳送連接器仍指向舊的簽發者。
example-missing-intermediate = 缺少中繼憑證
    .description = 伺服器只傳送自己的憑證：UntrustedRoot，以及從何處下載中繼憑證。
example-exo-root-change = Exchange Online 根憑證變更
    .description = Exchange Online 現在鏈結至 DigiCert Global Root G2，但此內部部署伺服器只信任舊的 G1 根憑證。

## 輸入

input-label-before = 憑證、{" "}
input-label-after = {" "}記錄、連接器設定（Get-OutboundConnector、Get-InboundConnector、Get-SendConnector、Get-ReceiveConnector 的 Format-List、JSON 或 Clixml 輸出）或 NDR 行
input-placeholder = -----BEGIN CERTIFICATE-----
    …
    -----END CERTIFICATE-----

    或將 .pem / .cer / .crt / .p7b 檔案拖放到這裡
add-files = 新增檔案…
evaluate-at = 評估時間 (UTC)
server-name = 用戶端連線的伺服器名稱
server-name-placeholder = mail.contoso.com 或 192.0.2.25（選填）
store-label = 驗證端信任
store-microsoft = Microsoft（Exchange、Windows）
store-mozilla = Mozilla（多數 Linux MTA）
store-none = 僅下方的根憑證
clear = 清除
roots-summary = 要信任的根憑證（選填）：在此貼上私人或測試用根憑證
roots-placeholder = -----BEGIN CERTIFICATE-----
    （驗證端信任的根憑證）
    -----END CERTIFICATE-----
public-roots-label = 視為公用 CA 的根憑證（Exchange Online 也信任）：用於 forcetls 尚不認識的公用根憑證
file-entry = { $name }（{ $bytes } 位元組）{" "}
remove = 移除

## 憑證更換

rollover-summary = 憑證更換：新憑證或新根憑證會帶來哪些變化
rollover-next-label = 將取代目前憑證鏈的憑證鏈（PEM、PKCS#7 或 s_client 記錄）：
copy-comparison = 複製比較結果
rollover-eras = 或比較 Exchange Online 在兩個期間的憑證：
era-option = { $from } – { $until }：{ $root }
era-now = 現在

## 分享與匯出

share = 複製分享連結
export-markdown = 匯出 Markdown
export-json = 匯出 JSON
share-warning-intro = 連結會包含您貼上的所有內容。分享之前請注意，其中包括：
share-warning-fragment = 連結的資料位於 # 之後的部分，瀏覽器永遠不會將其傳送給伺服器；任何拿到連結的人都能讀取。
share-anyway = 仍然建立連結
cancel = 取消
close = 關閉
share-link-label = 分享連結（{ $chars } 個字元）：
export-label = { $kind } 匯出
sensitive-private-keys = { $count } 個私密金鑰：已從連結中移除，但在您曾貼上它們的其他地方，請視為已外洩
sensitive-connectors = { $count } 個連接器：您租用戶的連接器名稱、網域、智慧主機與 IP 位址
sensitive-files = { $count } 個檔案及其名稱
sensitive-headers = 郵件標頭或 NDR 文字，其中可能提及人員與伺服器
share-unknown-version = 此分享連結的格式為「{ $version }」，此版本的 forcetls 無法辨識。請使用建立它的 forcetls 版本開啟，或索取原始輸入。
share-damaged = 此分享連結已損毀（{ $why }）；可能在複製時被截斷。請重新索取完整的連結。
share-damaged-base64 = 不是 Base64：{ $detail }
share-damaged-inflates = 解壓縮後超過 { $limit } 位元組，forcetls 從不建立這種連結
share-damaged-inflate = 無法解壓縮：{ $detail }
share-damaged-data = 不是預期的資料：{ $detail }
share-too-long = 輸入內容太大，無法放入分享連結（{ $chars } 個字元；上限為 { $limit }）。請改為分享 JSON 或 Markdown 匯出，或移除大型檔案。
share-link-too-long = 此分享連結比 forcetls 建立的任何連結都長（{ $chars } 個字元；上限為 { $limit }），因此未開啟。請索取原始輸入，或 JSON、Markdown 匯出。
copy = 複製
copied = 已複製

## 結果

findings-heading = 發現事項
remedy = 補救方式：
forced-tls-heading = 各方向的強制 TLS
arrow-exo-to-peer = Exchange Online ⟶ 對方伺服器
arrow-peer-to-exo = 對方伺服器 ⟶ Exchange Online
arrow-onprem-trusts-exo = 對方伺服器驗證 Exchange Online 的憑證
certificate-judged = 評估的憑證：{ $certificate }
rule-link = 此判定所依據的規則 (Microsoft)
other-properties = 其他全部 { $count } 個屬性
side-exchange-online = Exchange Online（我方租用戶）
side-peer = 對方（內部部署 Exchange 或合作夥伴）
worksheet-heading = 防火牆工作表：驗證端必須能連線的 CA 端點
worksheet-note = 「我方」：您的郵件伺服器必須能連線到它（它們會驗證 Exchange Online 的憑證）。「對方」：驗證所貼上憑證的一方（Exchange Online、合作夥伴）必須能連線到它。
copy-host-list = 複製主機清單
copy-csv = 複製 CSV
export-hosts = 主機清單
export-csv = CSV
export-powershell = PowerShell 測試指令碼（Windows 郵件伺服器）
export-shell = Shell 測試指令碼（Linux MTA：curl、openssl ocsp）

## 先看答案、收集輸入、對話方塊

skip-link = 跳到結果
input-region = 輸入
details-region = 診斷詳細資料
roots-label = 要信任的根憑證
era-from-label = 比較起點
era-to-label = 比較對象
result-heading = 結果
result-empty = 請在上方貼上內容、拖放檔案，或試試範例：答案會顯示在這裡。
result-nothing = 目前還沒有任何內容能判斷強制 TLS 或憑證鏈：請見下方詳細資料。
who-must-act = 誰該處理：{ $actor }
example-banner = 範例「{ $name }」：評估日期 { $date }
example-option-test-root = 信任一個測試根憑證
example-option-public-root = 一個測試根憑證被視為公用憑證授權單位
example-option-store-none = 只信任提供的根憑證
example-option-store-mozilla = Mozilla 的存放區
start-fresh = 重新開始
copy-named = 複製：{ $what }
copy-failed = 複製失敗：瀏覽器拒絕存取剪貼簿。請選取文字並按 Ctrl+C。
copy-fixes = 複製修正命令
copy-collect-command = 複製收集命令
copy-share-link = 複製分享連結
copy-export = 複製 { $kind } 文字
copy-step = 複製步驟 { $step } 的命令
copy-probe = 複製 STARTTLS 探測指令碼
dialog-share-title = 分享連結
export-text-label = { $kind } 文字
download-file = 下載 { $file }
collect-summary = 如何收集輸入（PowerShell；不需要 openssl）
collect-exo-connectors = Exchange Online 連接器（Exchange Online PowerShell；完整列出每個清單）
collect-exo-connectors-json = 以 JSON 匯出 Exchange Online 連接器
collect-server-connectors = Exchange Server 傳送與接收連接器（Exchange 管理命令介面）
collect-server-certificates = Exchange Server 憑證，以及 PEM 格式的 SMTP 憑證
collect-probe = 伺服器在連接埠 25 STARTTLS 之後的憑證鏈（僅需 .NET）
collect-probe-note = 請在能連到該伺服器連接埠 25 的電腦上以 PowerShell 執行：它會定義 Get-StartTlsChain，然後讀取憑證鏈；請將輸出貼到上方的方塊。它會輸出伺服器的憑證，以及 Windows 據此建立的憑證鏈（可能以本機存放區的根憑證結尾）。
collect-probe-host = 要讀取的伺服器（MX 主機或智慧主機）
collect-probe-refused = 這不是主機名稱或 IP 位址，因此不會為它產生命令。
ndrs-heading = Exchange 錯誤說明
ndr-heading = Exchange 錯誤 { $label }
ndr-meaning = 意義
ndr-specifics = 此行內容
ndr-cause = 可能原因
ndr-fix = 修正方式
ndr-actor = 誰該處理
ndr-steps = 後續步驟
ndr-reference = Microsoft（或 RFC）關於此錯誤的頁面
chain-viewpoint = 誰的觀點：{ $view }。
chains-heading = 憑證鏈
handshakes-heading = openssl s_client 記錄
certificates-heading = 憑證
