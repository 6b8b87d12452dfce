# 報告：`report::explain` 所措辭的一切，Exchange 的方向與錯誤（exchange.ftl）及發現事項目錄
# （findings.ftl）除外。繁體中文只有 other 複數類別。詞彙表：docs/i18n.md。

## 日期與數量

date = { $year }年{ $month }月{ $day }日
count-days = { $count } 天
dash = —

## 摘要

summary-certificates = { $count } 個憑證
summary-duplicates = { $count } 個重複
summary-handshakes = { $count } 份 s_client 記錄
summary-connectors = { $count } 個連接器
summary-certificate-records = { $count } 筆 Get-ExchangeCertificate 記錄
summary-exchange-errors = 已說明 { $count } 個 Exchange 錯誤
summary-private-keys = 已忽略 { $count } 個私密金鑰
summary-requests = 已忽略 { $count } 個憑證要求
summary-crls = { $count } 個 CRL
summary-other-blocks = 已忽略 { $count } 個其他區塊
summary-unreadable = { $count } 個無法讀取的區塊
summary-unreadable-at = { $count } 個無法讀取的區塊（第一個位於 { $at }）
summary-ignored-lines = 已忽略 { $count } 行其他文字
summary-separator = {"，"}

## 位置

location-line = 第 { $line } 行
location-bundle-item = PKCS#7 第 { $item } 項
location-separator = {"，"}

## 信任存放區

store-microsoft = Microsoft（近似：{ $version } 的 Mozilla 存放區，加上 { $extras } 個 Mozilla 已移除、但 Exchange Online 歷來使用的根憑證）
store-mozilla = Mozilla（{ $version }）
store-none = 無內建根憑證（僅您新增的根憑證）

## 發現事項：關於什麼

concerns-input = 位於 { $at }
concerns-certificate = 憑證 #{ $number }（{ $subject }）
concerns-handshake-at = 位於 { $at } 的記錄
concerns-handshake = 記錄 #{ $number }
concerns-chain = 憑證鏈 #{ $number }（{ $name }）
concerns-connector = 連接器「{ $name }」
detail-separator = {"："}
severity-error = 錯誤
severity-warning = 警告
severity-info = 資訊

## 發現事項：證據

evidence-pem-block = -----BEGIN { $label }-----
evidence-decode-error = { $what }：{ $error }
decoded-certificate = 憑證
decoded-trusted-root = 信任的根憑證
decoded-file = 檔案
evidence-too-large = { $bytes } 位元組；上限為 { $limit } 位元組
evidence-expired = 有效期間 { $not_before } 至 { $not_after }；在 { $on } 之前 { $count } 天已過期
evidence-not-yet-valid = 有效期間 { $not_before } 至 { $not_after }；於 { $on } 之後才生效
evidence-expires = 有效期間 { $not_before } 至 { $not_after }；於 { $on } 之後 { $count } 天到期
evidence-duplicate = 出現 { $times } 次：首次位於 { $first }，再次位於 { $again }
evidence-ignored-text = 未使用 { $count } 行，第一行為第 { $first_line } 行
evidence-openssl-verify = Verify return code: { $code } ({ $text })
evidence-missing-issuer = 找不到簽發者：{ $issuer }（憑證未提供 CA 簽發者 URL）
evidence-missing-issuer-download = 找不到簽發者：{ $issuer }；請從 { $urls } 下載
evidence-signature = 以 { $issuer } 檢查：{ $error }
evidence-signature-other-key = 以 { $issuer } 檢查：{ $error }；其金鑰識別碼與授權金鑰識別碼不同：是同名但不同的金鑰
evidence-signature-altered = 以 { $issuer } 檢查：{ $error }；金鑰識別碼相符，因此憑證本身已遭修改或損毀
signature-invalid = 簽章與簽發者的金鑰不相符
signature-bad-key = 簽發者的金鑰無法驗證它：{ $detail }
signature-unsupported = forcetls 不支援 { $what }
signature-key-refused = 簽發者的金鑰遭拒：{ $key }
signature-over-budget = 未檢查：簽章的工作預算已用盡
key-modulus-too-large = { $bits } 位元的 RSA 模數（上限為 { $limit }）
key-exponent-over-64-bits = 超過 64 位元的 RSA 公開指數
key-exponent-too-large = RSA 公開指數 { $exponent }（上限為 2^33 - 1）
key-exponent-invalid = RSA 公開指數 { $exponent }（必須為奇數且至少為 3）
evidence-constraints = X.509 v{ $version }，{ $constraints }
evidence-constraints-below = X.509 v{ $version }，{ $constraints }；其下有 { $below } 個中繼憑證
constraints-none = 無基本限制
evidence-usage = 具有 { $present }；缺少 { $missing }
usage-nothing = （無）
purpose-server-auth = 伺服器驗證
purpose-client-auth = 用戶端驗證
purpose-key-cert-sign = 憑證簽章
evidence-name-constraints = { $names } 不在允許的 [{ $permitted }] 內，或位於排除的 [{ $excluded }] 內
violation-not-permitted = { $certificate }：{ $name }（不在任何允許的子樹內）
violation-excluded = { $certificate }：{ $name }（位於排除的 { $subtree } 內）
violation-malformed-name = { $certificate }：{ $name }（格式錯誤，無法判斷）
violation-malformed-constraint = { $certificate }：限制 { $name } 格式錯誤
violation-unsupported = { $certificate }：{ $name }（受限制的是 forcetls 不處理的名稱形式）
evidence-key = { $algorithm } { $bits } 位元
evidence-profile = { $rule }（{ $section }）：{ $detail }
evidence-order = 傳送順序 { $sent }；預期順序 { $expected }
evidence-work-budget = { $work }：上限 { $limit }
work-decoded-bytes = 解碼的位元組
work-clixml-expansion = Clixml 參照展開
work-connector-pairs = 連接器配對
work-name-comparisons = 名稱比對
work-signature-cost = 簽章驗證成本
work-endpoint-urls = 端點 URL
evidence-budget = 在 { $steps } 個步驟、{ $signature_checks } 次簽章檢查與 { $paths } 條路徑後停止
evidence-count = 已分析 { $total } 個中的 { $shown } 個
evidence-grouped = 另有 { $more } 個同類項目未列出：共 { $total } 個，只列出前 { $shown } 個
evidence-related = { $subject }：{ $relation }
evidence-setting = { $property }：{ $value }
setting-server-name = 伺服器名稱
evidence-conflict-separator = {" 搭配 "}
evidence-truncated = { $properties }：清單以「...」結尾
evidence-exchange = Exchange 會回報「{ $error }」，原因：{ $why }
exchange-chain-not-trusted = 憑證鏈不受信任
evidence-name-mismatch = 預期 { $expected }；憑證提供的是 { $presented }
name-mismatch-no-name = （無名稱）
evidence-exo-root = Exchange Online 自 { $from } 起的根憑證：{ $root }（SHA-1 { $sha1 }）
evidence-refused = { $value }（{ $reason }）
refusal-line-break = 其中含有換行
refusal-control-character = 其中含有控制字元
refusal-bidi-control = 其中含有雙向控制字元
refusal-not-a-host = 不是主機名稱或 IP 位址
refusal-not-a-url = 不是格式正確的 http、https 或 ldap URL
evidence-panic = 異常終止（panic）：{ $message }
evidence-revoked = { $subject }：序號 { $serial } 列於貼在 { $crl } 的 CRL 上
evidence-crl-unusable = { $subject }：貼在 { $crl } 的 CRL 無法使用：{ $problem }
evidence-key-refused = { $subject }：其金鑰為{ $problem }
evidence-san-unreadable = { $subject }：無法讀取主體別名延伸：{ $error }
evidence-san-invalid = { $subject }：無效的項目 { $name }
crl-no-crl-sign = 其簽發者的金鑰使用方式缺少 cRLSign
crl-no-crl-number = 沒有 CRL 編號（RFC 5280 §5.2.3）
crl-critical-crl-number = 其 CRL 編號標示為重要（RFC 5280 §5.2.3）
crl-unknown-critical-extension = 含有未知的重要延伸 { $oid }
crl-not-yet-issued = 其 thisUpdate 晚於評估時間
crl-stale = 已超過其 nextUpdate：已過時
crl-key-refused = 其簽發者的金鑰遭拒：{ $key }
crl-over-budget = 簽章的工作預算已用盡
crl-bad-signature = 其簽章無法以簽發者的金鑰驗證
relation-no-san-name = 主體別名延伸中沒有 DNS 名稱或 IP 位址
relation-self-issued-bad-signature = 將自己列為簽發者，但自己的金鑰無法驗證其簽章
relation-issued-by-itself = 由自己簽發
relation-not-in-trust-store = 不在信任存放區中
relation-issuer-on-path = 其簽發者已在路徑上
relation-expired-alternative-issuer = 已過期的替代簽發者
relation-cross-sign = 路徑上某憑證的替代簽發者（交互簽署）；信任該路徑根憑證的驗證端不需要它
relation-same-name-other-key = 與路徑上的簽發者同名，但金鑰不同
relation-issues-nothing = 未簽發路徑上的任何憑證
relation-not-on-any-chain = 不在任何憑證鏈上

## 憑證設定檔規則（RFC 5280 §4、CA/B Forum BR §7.1）與所發現的內容

profile-rule-extension-criticality = 延伸的重要性設定錯誤
profile-rule-extension-malformed = 延伸格式錯誤或為空
profile-rule-authority-key-id-missing = 缺少授權金鑰識別碼
profile-rule-authority-key-id-invalid = 自我簽署憑證的授權金鑰識別碼只能是它自己的金鑰識別碼
profile-rule-subject-key-id-missing = CA 憑證必須有主體金鑰識別碼
profile-rule-ca-subject-empty = CA 憑證的主體不得為空
profile-rule-issuer-empty = 簽發者名稱不得為空
profile-rule-not-version-3 = 伺服器憑證必須是 X.509 第 3 版
profile-rule-key-cert-sign-without-ca = 只有 CA 可以宣告 keyCertSign
profile-rule-name-constraints-on-leaf = 名稱限制只能用於 CA 憑證
profile-rule-signature-algorithm-mismatch = 簽章演算法欄位不一致
profile-rule-rsa-modulus-size = RSA 模數必須是 8 位元的倍數
profile-extension-critical = { $extension ->
        [authority-key-identifier] 授權金鑰識別碼
        [subject-key-identifier] 主體金鑰識別碼
       *[other] 授權資訊存取
    }延伸標示為重要
profile-ca-basic-constraints-not-critical = CA 的基本限制延伸未標示為重要
profile-policy-constraints-not-critical = 原則限制延伸未標示為重要
profile-san-not-critical-empty-subject = 主體為空，但主體別名延伸未標示為重要
profile-san-critical-with-subject = 主體不為空，主體別名延伸卻標示為重要
profile-extension-malformed = 延伸 { $oid }：{ $error }
profile-root-aki-not-key-id-only = 自我簽署根憑證的授權金鑰識別碼只能包含其 keyIdentifier
profile-root-aki-differs = 自我簽署根憑證的授權金鑰識別碼與其主體金鑰識別碼不同
profile-no-authority-key-id = 沒有授權金鑰識別碼延伸
profile-authority-key-id-no-key-id = 授權金鑰識別碼沒有 keyIdentifier
profile-no-subject-key-id = 沒有主體金鑰識別碼
profile-subject-empty = 主體為空序列
profile-issuer-empty = 簽發者為空序列
profile-version = X.509 第 { $version } 版
profile-key-cert-sign-without-ca = 有 keyCertSign 卻沒有 cA
profile-name-constraints-on-leaf = 終端實體憑證中有名稱限制延伸
profile-signature-algorithms-differ = 外層與內層的簽章演算法不同
profile-rsa-modulus = RSA-{ $bits }

## 憑證鏈

chain-title = { $name } 的憑證鏈
chain-trusted = 受信任：路徑終止於驗證端信任的根憑證
chain-not-trusted-because = 不受信任：{ $reason }
chain-not-trusted = 不受信任
empty-subject = （主體為空）
role-root = 根憑證（信任錨點）
role-server = 伺服器憑證
role-last-found = 找到的最後一個憑證
role-intermediate = 中繼憑證
status-valid = 有效
status-expired = 已過期
status-not-yet-valid = 尚未生效
origin-pasted-number = 已貼上（憑證 #{ $number }）
origin-pasted = 已貼上
origin-mozilla = 來自信任存放區 (Mozilla)
origin-microsoft = 來自信任存放區（Microsoft 在 Mozilla 之外信任的根憑證）
origin-user = 您選擇信任的根憑證
signature-status-verified = 已用下一個憑證的金鑰驗證簽章
signature-status-failed = 簽章驗證「失敗」
signature-status-self-signed = 自我簽署
signature-status-anchor = 作為錨點受信任
signature-status-not-checked = 未檢查簽章（沒有簽發者）
chain-note-only-path = 顯示的路徑：唯一的路徑（已驗證 { $signatures } 個簽章）。
chain-note-best = 顯示的路徑：通往受信任根憑證的 { $paths } 條路徑中最佳的一條（已驗證 { $signatures } 個簽章）。
chain-note-none-trusted = 顯示的路徑：沒有路徑能抵達受信任的根憑證；顯示 { $paths } 條路徑中最完整的一條（已驗證 { $signatures } 個簽章）。

## 方向（Exchange 自身文字以外的說明）

outcome-will-work = 強制 TLS 可以運作
outcome-will-fail = 強制 TLS 會失敗
outcome-not-forced = 未強制：隨機 TLS（TLS 失敗時郵件以明文傳送）
outcome-not-used = 未使用
outcome-cannot-tell = 無法判斷：需要{ $need }
fix-placeholder-peer-name = { $placeholder }：請以對方憑證上的名稱（其 CN 或 DNS SAN）取代此預留位置。
fix-placeholder-root-file = { $placeholder }：{ $root } 憑證的檔案；請在 SourceTransportServers 中的每部伺服器上執行此命令。
exo-certificate-unknown = Exchange Online 在 { $on } 的憑證：forcetls 不認識（它認識 { $since } 以後的憑證）。
exo-certificate = Exchange Online 在 { $on } 的憑證：由 { $issuing_ca } 簽發，根憑證為 { $root }（SHA-1 { $sha1 }）。{ $trusted ->
        [yes] 驗證端的存放區（{ $store }）信任此根憑證。
       *[no] 驗證端的存放區（{ $store }）在該日期「不」信任此根憑證。
    }（來源：{ $source }）

## 連接器

connector-kind-exo-outbound = Exchange Online 輸出連接器 (Get-OutboundConnector)
connector-kind-exo-inbound = Exchange Online 輸入連接器 (Get-InboundConnector)
connector-kind-on-prem-send = Exchange Server 傳送連接器 (Get-SendConnector)
connector-kind-on-prem-receive = Exchange Server 接收連接器 (Get-ReceiveConnector)
connector-kind-exchange-certificate = Exchange Server 憑證 (Get-ExchangeCertificate)
connector-kind-unknown = 無法辨識的 PowerShell 物件
tls-settings-null = $null（隨機）
row-truncated = 被截斷的清單
row-found-at = 位置
connector-found-at = { $source }（{ $format }）
connector-found-at-line = { $source }，第 { $line } 行（{ $format }）

## 憑證更換

row-certificate = 憑證
row-root = 根憑證
row-expires = 到期
row-endpoints-added = 需開放的端點
row-endpoints-removed = 不再需要的端點
row-coverage = 名稱涵蓋
rollover-root-unchanged = 不變：{ $root }
rollover-root-changes = { $current } → { $next }（請在切換前讓每部驗證伺服器信任新的根憑證）
rollover-issuer-not-found = { $issuer }（找不到簽發者）
rollover-coverage = 「{ $connector }」的 { $property } = { $pattern }：{ $state }
coverage-kept = 仍涵蓋
coverage-lost = 「不再」涵蓋：請更新連接器或憑證
coverage-gained = 新涵蓋
coverage-never = 前後皆未涵蓋
rollover-name-change = 「{ $connector }」將不再相符；切換後請執行：{ $command }（接收連接器請用 Set-ReceiveConnector）
rollover-name-change-refused = 「{ $connector }」將不再相符；已省略命令：{ $value } 無法安全地放入命令中（{ $reason }）

## 憑證

cert-expired-ago = 已過期 { $count } 天
cert-not-valid-before = { $date } 之前無效
cert-expires-in = { $count } 天後到期
cert-key-curve = { $algorithm } { $curve }
cert-key-bits = { $algorithm } { $bits } 位元
cert-ca = CA
cert-ca-path-length = CA，路徑長度 ≤ { $length }
cert-end-entity = 終端實體
cert-critical = { $constraints }（重要）
cert-absent = 無
cert-valid-until = { $date }（{ $status }）
row-subject = 主體
row-issuer = 簽發者
row-serial = 序號
row-valid-from = 有效期自
row-valid-until = 有效期至
row-sans = 主體別名
row-public-key = 公開金鑰
row-signature-algorithm = 簽章演算法
row-sha256 = SHA-256 指紋
row-sha1 = 指紋 (SHA-1)
row-basic-constraints = 基本限制
row-key-usage = 金鑰使用方式
row-extended-key-usage = 增強金鑰使用方式
row-subject-key-id = 主體金鑰識別碼
row-authority-key-id = 授權金鑰識別碼
row-policies = 憑證原則
row-ocsp = OCSP
row-ca-issuers = CA 簽發者
row-crl = CRL 發佈點
row-scts = 內嵌 SCT
row-version = 版本

## 記錄

handshake-at = 位於 { $at } 的 openssl s_client 記錄
handshake = openssl s_client 記錄
handshake-verify-error = 深度 { $depth }（{ $subject }）：{ $num } { $message }
row-starttls = STARTTLS
row-protocol = 通訊協定
row-cipher = 加密套件
row-peer-signing-digest = 對方簽章雜湊
row-peer-signature-type = 對方簽章類型
row-server-temp-key = 伺服器暫時金鑰
row-verify-return-code = Verify return code
row-verify-errors = 驗證錯誤
row-certificates-sent = 傳送的憑證

## 防火牆工作表

purpose-ca-issuers = CA 簽發者
purpose-ocsp = OCSP
purpose-crl = CRL
side-ours = 我方
side-theirs = 對方
script-powershell-header = forcetls 防火牆檢查：請在每部郵件伺服器上執行（PowerShell 5.1 或更新版本）。
script-every-endpoint = 下列每個端點都必須能連線，才能驗證憑證（AIA、OCSP、CRL）。
script-retrieval-per-url = 逐一 URL 的擷取測試（開啟 certutil 的 URL 擷取工具；請參閱 Microsoft 的 TLS 文章）：
script-full-chain-check = 憑證檔的完整憑證鏈與撤銷檢查，會擷取每個 URL：
script-shell-header = 適用於 Linux MTA（Postfix、Exim…）的 forcetls 防火牆檢查：請在每部郵件伺服器上執行。
script-ocsp-needs-files = OCSP { $host }：需要憑證及其簽發者的 PEM 檔案
script-left-out = 已省略 { $count } 個端點：URL 或主機格式不正確（請參閱發現事項）。

## 文字報告（CLI）與 Markdown 匯出

text-heading = forcetls 報告（評估日期：{ $date }；信任存放區：{ $store }）
text-exchange-will-report = Exchange 會回報：
text-certificate-judged = 評估的憑證：
text-rule = 規則：
text-fix = 修正：
text-note = 說明：
text-findings = 發現事項
text-remedy = 補救方式：
text-reference = 參考資料：
text-certificate = 憑證
text-connector = 連接器
text-rollover = 更換為新的憑證鏈
text-worksheet = 防火牆工作表（驗證端必須能連線的 CA 端點）
md-heading = forcetls 診斷
md-evaluated = 評估日期：{ $date }；信任存放區：{ $store }。
md-directions = 各方向的強制 TLS
md-directions-columns = 方向 | 結果 | Exchange 會回報
md-fixes = 修正：
md-findings = 發現事項
md-findings-columns = 嚴重性 | ID | 發現事項 | 詳細資料 | 補救方式
md-worksheet = 防火牆工作表
md-worksheet-columns = 配置 | 主機 | 連接埠 | 用途 | 方 | 憑證
md-certificates = 憑證
md-certificates-columns = # | 主體 | 簽發者 | 有效期至 | SHA-1 指紋
