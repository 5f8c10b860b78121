//! The app's words: every message of the page, each declared once with its Chinese and English
//! side by side (table data carries its own names). A message with slots (`{amount}`) is
//! filled by name, so each language orders its own sentence: [`Words::fill`] for text,
//! [`fill_html`] where a slot is markup (an amount with its estimate mark).
//!
//! To add a message: declare it below and use it (`w::NAME.get(lang)`, or filled); a browser
//! test checks that both languages of every message have the same slots.

use engine::text::{pieces, Lang, Piece, Words};
use yew::{html, Html};

engine::words! {
    TITLE: "SU7 升级费用计算器", "SU7 upgrade cost calculator";
    SUBTITLE: "锁单未交付的一代SU7：升级新一代要多付多少钱、保留多少购置税权益", "A locked, undelivered first-gen order: what switching costs and what tax benefit you keep";
    LANGUAGE: "语言", "Language";
    OFFER: "活动", "Offer";
    YOUR_ORDER: "您已锁定的订单", "Your locked order";
    OLD_TRIM: "原订单版本", "Trim ordered";
    OLD_OPTIONS: "原订单选装", "Options ordered";
    LOCKED_ON: "锁单日期", "Lock date";
    AMOUNT_PAID: "已付金额（抵车款，元）", "Amount paid (¥)";
    AMOUNT_PAID_HINT: "通常即定金；如另有付款，请改为实际金额", "Usually the deposit; edit if you paid more";
    YOUR_NEW_CAR: "您的新车", "Your new car";
    NEW_TRIM: "新车版本", "New trim";
    FOLLOW_PROPOSAL: "恢复建议配置", "Back to the proposal";
    CUSTOMISED: "已按您的选择修改", "Changed by you";
    PROPOSAL_HEADING: "建议的新车配置（逐项对应）", "Item by item";
    OLD_LIST_PRICE: "一代指导价：{trim}", "First-gen list price: {trim}";
    DIFFERENCE: "差价", "Difference";
    PRICES_ON_EACH_LIST: "各价格表", "On each price list";
    NO_SUCCESSOR: "资料中未找到与您的版本对应的新车版本。", "No successor for your trim was found in this offer's sources.";
    DECISION: "计算明细", "Details: how it is worked out";
    CONCLUSION: "结论", "The answer";
    THE_NEW_CAR: "新车", "new car";
    EXTRA_CASH: "换成新车需多付", "Extra cash to switch";
    SWITCH_SAVES: "换成新车合计少付", "Switching, you pay less by";
    KEEP_ONLY: "只能保留原订单", "Keeping the order is the only path";
    GIFT_VALUE_UNKNOWN: "价值未公布", "value not published";
    PRICE_LIST: "新车价格表", "New car price list";
    KEEP_INVOICE: "保留原订单：预计提车（开票）月份", "Keep: expected delivery (invoice) month";
    SWITCH_INVOICE: "升级新车：预计提车（开票）月份", "Switch: expected delivery (invoice) month";
    INVOICE_YEAR_HINT: "购置税按开票日期所在年份计算", "Purchase tax follows the invoice date's year";
    KEEP: "保留原订单", "Keep the order";
    KEEPING_THE_ORDER: "保留原订单：还需支付和可得补贴", "Keeping your order: what is still to pay, and the guarantee";
    SWITCH: "升级新车", "Switch";
    LIST_PRICE: "车价（含选装）", "List price (with options)";
    PAID: "已付款（抵车款）", "Paid (counts toward the price)";
    GUARANTEE: "跨年购置税补贴（抵尾款）", "Tax guarantee (off the final payment)";
    OWED: "应付尾款", "Still owed to Xiaomi";
    PURCHASE_TAX: "购置税", "Purchase tax";
    CASH_NEEDED: "尾款与购置税合计", "Cash still needed";
    NO_RELIEF: "该开票日期无新能源减免", "no NEV relief on this invoice date";
    ITEMS: "明细", "Items";
    OLD_VS_NEW: "新旧对比", "Old vs new";
    SPEC: "项目", "Spec";
    FIRST_GEN: "原订单车型", "Ordered car";
    NOT_FOUND: "暂无公开数据", "not found";
    HOW_COMPUTED: "计算方法", "How this is computed";
    ROUNDING: "舍入规则", "Rounding";
    TAX_RULES: "购置税规则", "Purchase-tax rules";
    GUARANTEE_TERMS: "跨年购置税补贴条款", "Cross-year tax guarantee";
    OFFER_TERMS: "活动条款", "Offer terms";
    ESTIMATE: "估", "est.";
    ESTIMATE_LEGEND: "标“估”的数字未经任何来源证实，是我们的估计；含估计值的合计同样标注。", "Figures marked “est.” are not confirmed by any source; they are our estimates, and so is any total they go into.";
    NOT_FOUND_LEGEND: "“暂无公开数据”表示我们查阅的资料中没有这个数据。", "“not found” means no source we read gives the figure.";
    INCLUDES_ESTIMATES: "含估计值", "includes estimates";
    SOURCE: "来源", "Source";
    TABLES_BROKEN: "内置数据表无法读取（{why}），请刷新页面或联系我们。", "The bundled tables could not be read; reload the page or contact us: {why}";
    PRINT: "打印报价", "Print the quote";
    SHARED_VIEW: "您正在查看分享的报价，您自己保存的配置没有改动。", "You are viewing a shared quote; your own saved configuration is untouched.";
    KEEP_SHARED: "用这个报价替换我的配置", "Replace my configuration with this one";
    BACK_TO_MINE: "回到我的配置", "Back to mine";
    LINK_UNREADABLE: "这个链接无法读取：{why}显示的是您自己的配置。", "This link could not be read; showing your own configuration: {why}";
    SAVED_UNREADABLE: "之前保存的配置无法读取：{why}暂不覆盖它。", "Your saved configuration could not be read; it is not overwritten yet: {why}";
    GUARANTEE_HEADING: "小米跨年购置税补贴（抵尾款），保留原订单与升级新车分别为：", "Xiaomi's cross-year tax guarantee (off the final payment), on each path:";
    BY_LOCK_DATE: "换成新车需多付（锁单早 / 晚）", "Extra cash (locked early / late)";
    GIVEN_UP: "差价中包含您放弃的原选装：{options}", "The price difference includes options you give up: {options}";
    LIST_SEPARATOR: "、", ", ";
    CLOSED_MARK: "已结束", "closed";
    OFFER_CLOSED: "本活动已于{closed}结束：以下按当时的条款计算，供回顾和核对，不再是可以选择的方案。", "This offer closed on {closed}: the figures below follow its terms at the time, for review, not as a live choice.";
    GOT_FREE: "我的订单获赠此项（权益）：{benefit}", "My order got this free (a benefit): {benefit}";
    DEFAULT_DATE: "默认日期（我们的估计）：{date}", "Our estimated default: {date}";
    LAST_VALID: "部分输入无效：以下按最近一次有效输入计算（见各项下方说明）。", "Some input is not valid: the figures below use the last valid input (see the notes under the fields).";
    DETAILS_ASSUME: "以下明细按{date}及之前锁单计算。", "The details below assume a lock on {date} or earlier.";
    SAVES: "少付{amount}", "{amount} less";
    LOCK_DATE_HINT: "请填写锁单日期；未填写时，第3步分两种情况显示。", "Only you know it; until you enter it, step 3 shows both cases.";
    LOCK_DATE_HINT_ONE_CASE: "请填写锁单日期；未填写时，按{when}计算。", "Only you know it; until you enter it, the figures assume a lock on {when}.";
    IMPOSSIBLE_DATES: "这个日期组合不可能发生：", "This combination of dates cannot happen:";
    USE_DATE: "改为{date}", "Use {date}";
    COMPUTED_AS_ENTERED: "按所填日期计算（不可能发生，仅供核对）：{amount}", "As entered (cannot happen; for checking only): {amount}";
    SHARED_VALUES_REPLACED: "链接中有些数值无效，已用默认值代替（见各项下方的说明）。", "Some values in the link are not valid and were replaced (see the notes under the fields).";
    START_FRESH: "丢弃并重新开始保存", "Discard it and save from now on";
    DISMISS: "知道了", "Dismiss";
    QUOTE_FAILED: "无法计算：{why}", "This could not be computed: {why}";
    REASON_CARRIED_OVER: "新车同款", "carried over";
    REASON_NOW_STANDARD: "新车标配", "now standard";
    REASON_DISCONTINUED_NEAREST: "已停售，改选最接近的一项", "discontinued, nearest choice";
    REASON_DISCONTINUED: "已停售", "discontinued";
    REASON_NO_EQUIVALENT: "新车无对应项", "no equivalent";
    REASON_DEFAULT: "默认", "default";
    REASON_SAME_TRIM: "同版本对应", "same trim";
    REASON_NEAREST_TRIM: "最接近的版本", "nearest trim";
    REASON_NO_SUCCESSOR: "无对应新车", "no successor";
    NOTHING_CHOSEN: "未选", "none";
    SOURCES: "数据来源", "Sources";
    SHOW_SOURCES: "展开数据来源", "Show sources";
    HIDE_SOURCES: "收起数据来源", "Hide sources";
    NEXT_STEP: "下一步：", "Next step: ";
    ON_ROAD_ON: "计入落地费用（保险、上牌）", "Add on-road costs (insurance, registration)";
    ON_ROAD_OFF: "不计落地费用", "No on-road costs";
    ON_ROAD_HEADING: "落地费用（非小米收费）", "On-road costs (not Xiaomi's)";
    ON_ROAD_METHOD: "落地价 = 车价 − 跨年购置税补贴 + 购置税 + 以上各项 − 以旧换新补贴（如申请，审核后另行发放）；以上各项均非小米收费。", "Landed price = car price − tax guarantee + purchase tax + the lines above − any trade-in subsidy (paid out separately after review); none of the lines is charged by Xiaomi.";
    TRADE_IN_HEADING: "以旧换新补贴", "Trade-in subsidy";
    TRADE_IN_NONE: "不申请（无旧车可报废或转让）", "None (no old car to scrap or sell)";
    TRADE_IN_NOT_OLD_CAR: "已锁单的小米订单不算旧车：申请这项补贴，须另有一辆登记在您名下的旧车报废或转让。", "Your locked order does not count as the old car: the subsidy needs another car registered in your name, scrapped or sold.";
    TRADE_IN_OUTSIDE: "不适用，开票日期不在补贴期（{window}）内", "does not apply, invoiced outside {window}";
    TRADE_IN_SAME: "两种方案的补贴都达到上限{cap}：两者落地价降低相同金额，差额不变。", "Both paths reach the cap, {cap}: both landed prices fall by the same amount, and the difference stays.";
    TRADE_IN_DIFFERS: "两种方案的补贴相差{amount}，已计入落地价差额。", "The subsidy differs by {amount} between the paths; the landed difference includes it.";
    LANDED_PRICE: "{path}的落地价：{price}", "{path}, landed price: {price}";
    LANDED_MORE: "升级后落地价高出{amount}", "Switching lands higher by {amount}";
    LANDED_LESS: "升级后落地价低了{amount}", "Switching lands lower by {amount}";
    SAME_LINES_ASSUMED: "两种方案的保险和上牌费用按相同计算；两车车价不同，商业险保费可能略有差别，现有来源未给出差额。", "Insurance and registration are taken as the same on both paths: the cars' prices differ, so the commercial premium may differ a little; no source gives by how much.";
    OVERRIDDEN_BY_DEALER: "（经销商报价）", " (dealer's price)";
    IN_LANDED_PRICE: "{amount}（已计入落地价，不再计入合计）", "{amount} (in the landed price already, not in this total)";
    DELIVERY_HEADING: "交付时间与办理步骤", "Delivery and what to do";
    EXPECTED_DELIVERY: "{path}：预计交付时间", "{path}: expected delivery";
    INVOICE_IN_WINDOW: "（开票月份在此期间）", " (the invoice month is in this window)";
    INVOICE_OUTSIDE_WINDOW: "（开票月份不在此期间）", " (the invoice month is not in this window)";
    USE_WINDOW: "按此交付计算（开票月份：{month}）", "Quote with this delivery (invoice {month})";
    DEADLINES: "截止时间", "Deadlines";
    PASSED: "已截止", "passed";
    STEPS_TO_SWITCH: "升级办理步骤", "Steps to switch";
    APP_DECIDES: "交付时间、尾款及购车协议以小米汽车App订单详情为准。", "Your order in the Xiaomi Auto app has the delivery time, final payment and terms that count.";
    KEEP_ONLY_NEXT_STEP: "继续等待原订单交付，交付时间及购车协议以小米汽车App订单详情为准。", "wait for delivery of the order you have; its delivery time and terms are those of your order in the Xiaomi Auto app.";
    FEE_RATE: "年化费率", "Annual fee rate";
    INTEREST_RATE: "年化利率（等额本息）", "Annual interest (equal instalments)";
    DOWN_SHARE: "首付比例", "Down payment";
    TERM: "贷款期数", "Term";
    RATE_KIND: "利率类型", "Rate stated as";
    FEE_RATE_PERCENT: "年化费率（%）", "Annual fee rate (%)";
    INTEREST_RATE_PERCENT: "年化利率（%）", "Annual interest rate (%)";
    SELLER_FINANCE: "小米汽车金融方案（媒体报道，以小米汽车App为准）", "Xiaomi's finance terms as reported (the Xiaomi Auto app's are what count)";
    DOWN_PAYMENT_LINE: "首付（含已付定金）", "Down payment (deposit included)";
    PRINCIPAL: "贷款金额", "Amount borrowed";
    INSTALMENT: "月供", "Monthly instalment";
    LAST_INSTALMENT: "末期月供", "Last instalment";
    LOAN_INTEREST: "利息或手续费合计", "Interest or fee, in all";
    MONTHLY_MORE: "换成新车后月供多{amount}，共{months}期", "Switching raises the monthly payment by {amount}, for {months} months";
    MONTHLY_LESS: "换成新车后月供少{amount}，共{months}期", "Switching lowers the monthly payment by {amount}, for {months} months";
    LOAN_ON: "按贷款计算月供", "Work out a loan's monthly payment";
    LOAN_OFF: "不按贷款计算", "No loan";
    LOAN_HEADING: "贷款月供", "Loan: monthly payment";
    LOAN_METHOD: "贷款只覆盖车价，购置税和补贴在提车时现金结算。年化利率按剩余本金每月计息（等额本息）；年化费率按首次借款额计收，同样的数字比利率贵：2.5%的费率约相当于4.7%的利率（60期）。每期四舍五入到分，末期多退少补。", "The loan covers the car's price; purchase tax and the guarantee are settled in cash at delivery. An interest rate is charged monthly on the balance left (equal instalments); a fee rate is charged on the amount first borrowed, so the same number costs more: a 2.5 % fee is about a 4.7 % interest rate over 60 months. Each instalment is rounded to the fen; the last one settles the difference.";
    TRADE_HEADING: "升级的得与失（车价以外）", "What switching gains and loses, besides the price";
    GETS: "升级获得赠品：", "Switching comes with: ";
    DEPOSIT_CARRIED: "转入新订单，计入新车车款", "carries over to the new order, toward its price";
    DEPOSIT_NOT_CARRIED: "不能转入新订单", "does not carry over to the new order";
    EXAMPLE_LOAN: "示例条款，没有来源：请改为您的贷款条件", "Example terms, from no source: enter your loan's";
    LOCK_NOT_GIVEN: "未填写（按两种情况分别计算）", "not given (both cases shown)";
    LOCK_NOT_GIVEN_ONE_CASE: "未填写（按{when}计算）", "not given (assumed locked on {when})";
    BASIS_PAID: "已付金额", "Amount paid";
    BASIS_KEEP_INVOICE: "原订单开票（提车）月份", "Keep: delivery (invoice) month";
    BASIS_SWITCH_INVOICE: "新车开票（提车）月份", "Switch: delivery (invoice) month";
    BASIS: "计算依据", "What this quote assumes";
    SCAN_FOR_QUOTE: "扫码查看完整报价及数据来源", "Scan to open this quote, with all sources";
    COPY_LINK: "复制链接", "Copy link";
    COPIED: "链接已复制，可粘贴到微信发给好友", "Link copied; paste it into a chat";
    COPY_FAILED: "自动复制失败，已选中下方链接，请手动复制", "Could not copy automatically: select the link below and copy it";
    SHARE_SHEET: "分享", "Share";
    SHARE_TEXT: "【我的SU7升级报价】{lines}", "My SU7 upgrade quote: {lines}";
    SHARE_TEXT_KEPT: "【我的订单核算】{lines}", "My order, costed: {lines}";
    SHARE_WITH_HISTORY: "{text}。注意：{history}", "{text}. Note: {history}";
    MAKE_POSTER: "生成分享图", "Make a quote image";
    POSTER_HINT: "长按图片可保存或转发给微信好友，也可{download}", "Long-press the image to save or send it; {download}";
    SAVE_POSTER: "下载图片", "download it";
    POSTER_ALT: "报价图片（另含两种方案的金额、报价依据和二维码）：{says}", "Quote image (with both paths, what it assumes, and a QR code): {says}";
    PRICE_HIGHER: "车价高{amount}", "the car costs {amount} more";
    PRICE_LOWER: "车价低{amount}", "the car costs {amount} less";
    PAID_LOST: "已付的{amount}不能抵新车车款", "the {amount} paid does not carry over";
    PAID_GAINED: "已付款可多抵车款{amount}", "{amount} more of what you paid counts";
    TAX_MORE: "购置税多交{amount}", "{amount} more purchase tax";
    TAX_LESS: "购置税少交{amount}", "{amount} less purchase tax";
    GUARANTEE_COVERS_ALL: "由小米补贴全额抵扣", "all covered by Xiaomi's guarantee";
    GUARANTEE_MORE: "小米补贴多{amount}", "Xiaomi's guarantee covers {amount} more";
    GUARANTEE_LESS: "小米补贴少{amount}", "Xiaomi's guarantee covers {amount} less";
    NET_ZERO: "相抵后为¥0", "net ¥0";
    NET_MORE: "相抵后多{amount}", "net {amount} more";
    NET_LESS: "相抵后少{amount}", "net {amount} less";
    MADE_OF: "其中：{clauses}。", "Made of: {clauses}.";
    CLAUSE_SEPARATOR: "，", ", ";
    SENTENCE_SEPARATOR: "；", "; ";
    RANGE: "上述金额基于以下假设。按各假设成立或不成立的所有组合计算，结果在{low}（最乐观）至{high}（最悲观）之间。", "This figure rests on the assumptions below. Quoting every combination of them holding or not, it lies between {low} (best case) and {high} (worst case).";
    LABELLED: "{label}：{value}", "{label}: {value}";
    GUARANTEE_OUTSIDE_WINDOW: "不适用，开票日期不在补贴期（{from}至{to}）内", "does not apply, invoice date outside {from} to {to}";
    GUARANTEE_NOT_KEPT: "不适用，本活动不保留补贴", "does not apply, the offer does not keep it";
    GUARANTEE_LOCKED_LATE: "不适用，锁单日期晚于{date}", "does not apply, locked after {date}";
    GUARANTEE_NONE_LOCKED_LATE: "两种方案均不享受小米跨年购置税补贴：锁单日期晚于{date}。", "No cross-year tax guarantee on either path: locked after {date}";
    TAX_CHANGE: "升级后购置税变化 {tax}，补贴变化 {guarantee}，两者相抵后净变化 {net}", "Switching changes the purchase tax by {tax}, the guarantee by {guarantee}; net of the guarantee {net}";
    LOCKED_BY: "{date}及之前锁单", "{date} or earlier";
    LOCKED_FROM: "{date}及之后锁单", "{date} or later";
    CASH_NEEDED_IF: "尾款与购置税合计（{when}）", "Cash still needed ({when})";
    PATH_CASH_NEEDED: "{path}：尾款与购置税合计", "{path}: Cash still needed";
    GIFT: "{name}（{value}）", "{name} ({value})";
    GIFT_VALUE_RANGE: "价值未公布，{low}–{high}", "value not published, {low}–{high}";
    GIVEN_UP_OPTION: "{name}（原价{price}）", "{name} (was {price})";
    TAX_STEPS_FOR: "计算步骤（{date}）", "Steps ({date})";
    TAX_STEP_BASE: "计税价格 = 车价 ÷ {divisor}：{price} ÷ {divisor} = {base}", "Taxable base = price ÷ {divisor}: {price} ÷ {divisor} = {base}";
    TAX_STEP_FULL: "全额购置税 = 计税价格 × {rate}：{full}", "Full tax = Taxable base × {rate}: {full}";
    TAX_STEP_RELIEF: "减免额：{relief}", "Relief: {relief}";
    TAX_STEP_RELIEF_CAPPED: "减免额：{relief}（已达减免上限）", "Relief: {relief} (cap reached)";
    TAX_STEP_PAYABLE: "应纳税额：{payable}", "Payable: {payable}";
    QUOTE_LINE: "报价日期：{date}；资料截至{as_of}（数据版本 {version}）", "Quote date: {date}; data as of {as_of} (tables {version})";
    DEALER_TITLE: "经销商项目（非小米官方价格）", "Dealer items (not Xiaomi's prices)";
    DEALER_TOTAL: "经销商费用合计：{amount}", "Dealer items total: {amount}";
    DEALER_ACCESSORIES: "可选精品（未计入）", "Accessories offered (not included)";
    DEALER_LOADING: "正在读取经销商数据…", "Loading the dealer table…";
    DEALER_FAILED: "经销商信息暂不可用，以下金额未含经销商费用和优惠。", "Dealer information is unavailable; the amounts below leave out the dealer's fees and offers.";
    GROUP_LABEL: "{group}：", "{group}: ";
    MONTHS: "{months}个月", "{months} months";
    OPTION_PRICED: "{option} +{price}", "{option} +{price}";
    ESTIMATED: "{figure}（估）", "{figure} (est.)";
    QUOTE_DATE: "报价日期", "Quote date";
    STATUS_OFFICIAL: "官方", "official";
    STATUS_PRESS: "媒体报道", "press report";
    STATUS_REPORTED: "网站转载", "repeated by a website";
    STATUS_DERIVED: "由来源推算", "derived from sources";
    STATUS_ESTIMATE: "估计", "estimate";
    WAN_ASIDE: "（约{wan}）", " (about {wan})";
    WITH_WAN: "{amount}（约{wan}）", "{amount} (about {wan})";
    LINK_NOT_A_LINK: "这不是报价链接。", "this is not a quote link.";
    LINK_OUTDATED: "链接来自其他版本（{version}），请对方重新生成链接。", "the link is from another version of the app ({version}); ask for a new link.";
    LINK_TRUNCATED: "链接不完整（缺少“{part}”），可能复制时被截断了。", "the link is incomplete (no '{part}'); it was probably cut off when copied.";
    LINK_TOO_LONG: "链接过长，不是本应用生成的报价链接。", "the link is too long to be a quote link.";
    LINK_ALTERED: "链接被改动过（{what}）。", "the link was altered ({what}).";
    ALTERED_NO_VALUE: "缺少“=”的部分", "a part without '='";
    ALTERED_UNKNOWN_PART: "未知的部分“{part}”", "an unknown part '{part}'";
    ALTERED_REPEATED: "“{part}”出现了两次", "'{part}' appears twice";
    ALTERED_ESCAPE: "无效的转义字符", "a bad escape";
    ALTERED_LANGUAGE: "未知的语言", "an unknown language";
    ALTERED_CONFIGURATION: "新车配置格式不对", "a malformed new configuration";
    ALTERED_LOAN: "贷款部分格式不对", "a malformed loan part";
    ALTERED_ON_ROAD: "落地费用部分格式不对", "a malformed on-road part";
    ALTERED_PAPERS: "票据核对部分格式不对", "a malformed papers part";
    SAVED_OTHER_VERSION: "它由其他版本保存（格式 {format}）。", "it was saved by another version of the app (format {format}).";
    SAVED_DAMAGED: "数据已损坏。", "the data is damaged.";
    CODE_UNKNOWN_OFFER: "没有这个活动", "no such offer";
    CODE_UNKNOWN_TRIM: "没有这个版本", "no such trim";
    CODE_UNKNOWN_OPTION: "没有这个选装", "no such option";
    CODE_UNKNOWN_PRICE_LIST: "没有这个价格表", "no such price list";
    CODE_NEGATIVE_AMOUNT: "金额为负数", "a negative amount";
    CODE_OVERFLOW: "金额过大，无法计算", "an amount too large to compute";
    CODE_INVALID_CONFIGURATION: "配置不符合规则", "a configuration that breaks the rules";
    CODE_TABLES_INCOMPLETE: "内置数据表不完整（不是您的输入有误）", "incomplete bundled tables (not your input)";
    CODE_TOO_LARGE: "数据过大", "too large";
    CODE_INVALID_JSON: "不是有效的 JSON", "not valid JSON";
    CODE_INVALID_VALUE: "数值不符合要求", "a value out of range";
    ENGINE_ERROR: "{what}（{path}）。", "{what} ({path}).";
    OTHERWISE: "；{otherwise}，多付金额变化{effect}", "; {otherwise}: {effect}";
    PRECEDENT: "先例：{precedent}。", "Precedent: {precedent}.";
    SETTLED: "已获证实：", "Since confirmed by a source: ";
    CHIP_LOCK_UNKNOWN: "填写锁单日期", "Add the lock date";
    CHIP_LOCKED: "{date}锁单", "Locked {date}";
    CHIP_PAID: "已付{amount}", "Paid {amount}";
    SHEET_DONE: "完成", "Done";
    SHEET_WHOLE_ORDER: "填写选装和其他订单信息", "Options and the rest of your order";
    HERO_MORE: "换成{car}，需多付", "Switching to the {car} costs you";
    HERO_LESS: "换成{car}，合计少付", "Switching to the {car}, you pay less in total";
    HERO_BY_LOCK: "换成{car}要多付多少，取决于锁单日期：", "Switching to the {car}: what it costs depends on your lock date:";
    ESTIMATES_INSIDE: "合计中有{count}项为估计值：{names}", "The totals include {count} estimated item(s): {names}";
    BARS_CAPTION: "两种方案的车款与购置税（同一比例尺；右侧为尾款与购置税合计）", "Each path's car and tax, on one scale (right: cash still needed)";
    BAR_PAID: "已付", "Paid";
    BAR_SUBSIDY: "补贴", "Subsidy";
    BAR_OWED: "尾款", "Still owed";
    BAR_TAX: "购置税", "Purchase tax";
    OTHER_OFFERS: "资料中另有适用于您这个版本的活动（已结束的活动仅供回顾）：", "Another offer in our data takes your trim (a closed one for review only):";
    REPLACE_QUESTION: "原订单的{option}（{price}）新车不再提供，换成哪一种？", "The new car no longer offers your {option} ({price}). Instead:";
    REPLACE_CHOICE: "{name}（{price}）：{answer}", "{name} ({price}): {answer}";
    PAY_CASH: "全款", "Cash";
    PAY_LOAN: "贷款", "Loan";
    PAY_HOW: "付款方式", "How you pay";
    TIMELINE_CAPTION: "什么时候付多少", "What is paid when";
    TIMELINE_AT_LOCK: "锁单时", "At lock";
    TIMELINE_PAID: "已付{paid}，计入车价（两种方案相同）", "{paid} paid, counted toward the price (the same on both paths)";
    TIMELINE_PAID_NOT_MOVED: "已付{paid}，计入原订单车价；升级新车时计入{moved}", "{paid} paid, counted toward the kept order; {moved} of it toward the new car";
    TIMELINE_REFUND: "{path}：提车开票时应退还您{refund}，另付购置税{tax}", "{path}: at delivery and invoice, {refund} is due back to you; pay the purchase tax {tax}";
    TIMELINE_CASH: "{path}：提车开票时付尾款{owed}和购置税{tax}", "{path}: at delivery and invoice, pay the final {owed} and the purchase tax {tax}";
    TIMELINE_LOAN: "{path}：提车开票时付首付{down}（含已付）和购置税{tax}，之后每月{instalment}，共{months}期", "{path}: at delivery and invoice, pay the down payment {down} (what you paid included) and the purchase tax {tax}, then {instalment} a month for {months} months";
    HERO_LOAN: "若贷款，与保留原订单相比：首付{down}，月供{monthly}，共{months}期", "With a loan, against keeping the order: down payment {down}, monthly {monthly}, {months} months";
    RANGE_BEST: "最乐观", "Best case";
    RANGE_LIKELY: "最可能", "Most likely";
    RANGE_WORST: "最悲观", "Worst case";
    HISTORY_LINE: "活动已于{closed}结束 · 仅供回顾 · 资料截至{as_of}", "Offer closed {closed} · for review only · data as of {as_of}";
    DETAILS: "查看明细和依据", "See the details and sources";
    SHOW_DETAILS: "展开明细：价格、开票月份、税费、交付、参数", "Show the details: prices, invoice months, tax, delivery, specs";
    HIDE_DETAILS: "收起明细", "Hide the details";
    PAPERS_OPEN: "已提车？按票据核对购置税和补贴", "Delivered? Check the tax and guarantee on your papers";
    PAPERS_HEADING: "核对：购置税和补贴是否有误", "Check: are my purchase tax and guarantee right?";
    PAPERS_INTRO: "请照票据填写，将按您的订单和公开规则精确到分核对；留空的项不核对。", "Enter what your papers say: they are checked to the fen for your order, by the published rules. What you leave empty is not checked.";
    PAPERS_WAITING: "填写发票价税合计和开票日期后显示核对结果。", "The check shows once the invoice total and date are in.";
    PAPERS_CLOSE: "返回报价", "Back to the quote";
    CAR_TAKEN: "开票的是", "The car invoiced";
    INVOICE_TOTAL: "发票价税合计（元）", "Invoice total, VAT included (¥)";
    INVOICE_TOTAL_HINT: "机动车销售统一发票上的“价税合计（小写）”", "“价税合计（小写）”, in figures, on the vehicle sales invoice";
    INVOICE_DATE: "开票日期", "Invoice date";
    TAX_PAID: "已缴购置税（元，选填）", "Purchase tax paid (¥, optional)";
    TAX_PAID_HINT: "完税证明上的实缴金额", "As on the tax payment certificate (完税证明)";
    GUARANTEE_CREDITED: "尾款中减免的购置税补贴（元，选填）", "Guarantee taken off the final payment (¥, optional)";
    GUARANTEE_CREDITED_HINT: "见小米汽车App订单详情或付款凭证；未减免请填0", "See the order details in the Xiaomi car app or the payment receipt; enter 0 if none";
    TAX_DUE: "应缴购置税", "Purchase tax due";
    GUARANTEE_DUE: "应得跨年购置税补贴", "Cross-year tax guarantee due";
    GUARANTEE_NEEDS_LOCK: "补贴取决于锁单日期，请先填写：", "The guarantee depends on the lock date; enter it first:";
    GUARANTEE_ASSUMES: "假定以下补贴条件均满足：{terms}", "Assuming its conditions hold: {terms}";
    VERDICT_MATCHES: "与您填写的{stated}相符。", "Matches the {stated} you entered.";
    VERDICT_SHORT: "您填写的{stated}比按规则算出的少{by}。", "The {stated} you entered is {by} less than the rules give.";
    VERDICT_OVER: "您填写的{stated}比按规则算出的多{by}。", "The {stated} you entered is {by} more than the rules give.";
    TAX_SHORT_NEXT: "请先核对所填的发票金额和开票日期；如无误，可能存在少缴，可向主管税务机关或拨打12366纳税服务热线咨询。", "First check the invoice total and date you entered; if they are right, the tax may be underpaid: ask your tax office or the 12366 tax hotline.";
    TAX_OVER_NEXT: "请先核对所填的发票金额和开票日期；如无误，一般可自结算缴纳税款之日起三年内，凭发票和完税证明向主管税务机关申请退还多缴税款（《税收征收管理法》第五十一条）。", "First check the invoice total and date you entered; if they are right, tax paid in excess can usually be reclaimed from your tax office within three years of payment, with the invoice and the certificate (Tax Collection Administration Law, art. 51).";
    GUARANTEE_SHORT_NEXT: "可联系小米汽车客服或交付中心，出示锁单记录、发票和尾款付款凭证，请其说明或补足差额。", "Contact Xiaomi's customer service or your delivery centre with the lock record, the invoice and the final payment's receipt, and ask them to explain or make up the difference.";
    GUARANTEE_READINGS: "升级后的补贴按本活动以下条款的推测计算（未经来源证实），故标“估”：", "A switched order's guarantee rests on these readings of the offer, which no source confirms, so it is marked est.:";
    GUARANTEE_SHORT_ESTIMATE_NEXT: "应得金额含推测（见上），差额未必是少给：可请小米汽车客服说明其计算依据，并出示锁单记录、发票和尾款付款凭证。", "The amount due rests on readings no source confirms (above), so the difference may be no shortfall: ask Xiaomi's customer service how it was worked out, with the lock record, the invoice and the final payment's receipt.";
    GUARANTEE_OVER_NEXT: "多出的部分对您有利；如想了解原因，可请小米说明计算方法。", "The difference is in your favour; ask Xiaomi how it was worked out if you want to know why.";
}

/// The message in `lang` as markup, each slot filled with its markup; a slot given no value
/// stays written as `{name}`, so a test sees it.
pub fn fill_html(lang: Lang, words: Words, values: &[(&str, Html)]) -> Html {
    pieces(words.get(lang))
        .map(|p| match p {
            Piece::Text(t) => html! { { t } },
            Piece::Slot(name) => match values.iter().find(|(n, _)| *n == name) {
                Some((_, v)) => v.clone(),
                None => html! { { format!("{{{name}}}") } },
            },
        })
        .collect()
}

/// "2025年11月30日及之前锁单" / "2025-11-30 or earlier": one side of an unknown lock date, its
/// date written as the other dates beside it (the offer's closing) are.
#[must_use]
pub fn locked_by(lang: Lang, date: engine::date::Date) -> String {
    LOCKED_BY.fill(lang, &[("date", &crate::ui::dates::day(lang, date))])
}

/// "`date`及之后锁单" / "`date` or later": the other side.
#[must_use]
pub fn locked_from(lang: Lang, date: engine::date::Date) -> String {
    LOCKED_FROM.fill(lang, &[("date", &crate::ui::dates::day(lang, date))])
}
