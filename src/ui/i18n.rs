//! UI strings in Chinese and English. Table data carries its own names; these are the app's words.

use crate::engine::error::{EngineError, ErrorCode};
use crate::engine::text::Lang;
use crate::session::{Alteration, LinkError, SavedError};
use crate::ui::state::DealerProblem;

/// A UI message.
#[allow(missing_docs)] // each variant is its own text, in `t` below
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    Title,
    Subtitle,
    Language,
    Offer,
    YourOrder,
    OldTrim,
    OldOptions,
    LockedOn,
    AmountPaid,
    AmountPaidHint,
    YourNewCar,
    NewTrim,
    FollowProposal,
    Customised,
    ProposalHeading,
    OldListPrice,
    Difference,
    PricesOnEachList,
    NoSuccessor,
    Decision,
    ExtraCash,
    SwitchSaves,
    KeepOnly,
    Gifts,
    GiftValueUnknown,
    PriceList,
    KeepInvoice,
    SwitchInvoice,
    InvoiceYearHint,
    Keep,
    Switch,
    ListPrice,
    Paid,
    Guarantee,
    Owed,
    PurchaseTax,
    CashNeeded,
    TaxSteps,
    TaxPrice,
    TaxBase,
    TaxFull,
    TaxRelief,
    TaxPayable,
    CapApplied,
    NoRelief,
    Items,
    OldVsNew,
    Spec,
    FirstGen,
    NewGen,
    NotFound,
    HowComputed,
    Rounding,
    TaxRules,
    GuaranteeTerms,
    OfferTerms,
    Estimate,
    EstimateLegend,
    NotFoundLegend,
    IncludesEstimates,
    Source,
    TablesBroken,
    Share,
    ShareHint,
    Print,
    QuoteDate,
    SharedView,
    KeepShared,
    BackToMine,
    LinkUnreadable,
    SavedUnreadable,
    SharedValuesReplaced,
    LockQuestion,
    DateTo,
    LastValid,
    DetailsAssume,
    DetailsAssumeTail,
    SavesShort,
    DefaultDate,
    GotFree,
    ClosedSuffix,
    OfferClosed,
    OfferClosedTail,
    GivenUp,
    WasPriced,
    OpenParen,
    CloseParen,
    ListSeparator,
    RangeLead,
    RangeTo,
    RangeTail,
    ByLockDate,
    GuaranteeHeading,
    GuaranteeIneligible,
    GuaranteeNotApplicable,
    GuaranteeInvoiceOutside,
    GuaranteeNotRetained,
    LockedAfter,
    TaxDiff,
    GuaranteeDiff,
    NetTax,
    Colon,
    OrEarlier,
    OrLater,
    LockDateHint,
    ImpossibleDates,
    UseDate,
    ComputedAsEntered,
    StartFresh,
    Dismiss,
    QuoteFailed,
    ReasonCarriedOver,
    ReasonNowStandard,
    ReasonDiscontinuedNearest,
    ReasonDiscontinued,
    ReasonNoEquivalent,
    ReasonDefault,
    ReasonSameTrim,
    ReasonNearestTrim,
    ReasonNoSuccessor,
    NothingChosen,
    BreakdownLead,
    More,
    Less,
    Comma,
    Semicolon,
    FullStop,
}

/// The message in `lang`.
#[must_use]
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Msg::*;
    let (zh, en) = match msg {
        Title => ("SU7 升级费用计算器", "SU7 upgrade cost calculator"),
        Subtitle => ("锁单未交付的一代SU7：升级新一代要多付多少钱、保留多少购置税权益", "A locked, undelivered first-gen order: what switching costs and what tax benefit you keep"),
        Language => ("语言", "Language"),
        Offer => ("升级活动", "Offer"),
        YourOrder => ("1. 您已锁定的订单", "1. Your locked order"),
        OldTrim => ("原订单版本", "Trim ordered"),
        OldOptions => ("原订单选装", "Options ordered"),
        LockedOn => ("锁单日期", "Lock date"),
        AmountPaid => ("已付金额（抵车款，元）", "Amount paid (¥)"),
        AmountPaidHint => ("通常即定金；如另有付款，请改为实际金额", "Usually the deposit; edit if you paid more"),
        YourNewCar => ("2. 您的新车", "2. Your new car"),
        NewTrim => ("新车版本", "New trim"),
        FollowProposal => ("恢复建议配置", "Back to the proposal"),
        Customised => ("已按您的选择修改", "Changed by you"),
        ProposalHeading => ("建议的新车配置（逐项对应）", "Item by item"),
        OldListPrice => ("一代指导价", "First-gen list price"),
        Difference => ("差价", "Difference"),
        PricesOnEachList => ("各价格表", "On each price list"),
        NoSuccessor => ("资料中未找到与您的版本对应的新车版本。", "No successor for your trim was found in this offer's sources."),
        Decision => ("3. 结论", "3. The decision"),
        ExtraCash => ("升级需多付现金", "Extra cash to switch"),
        SwitchSaves => ("升级可省", "Switching saves you"),
        KeepOnly => ("只能保留原订单", "Keeping the order is the only path"),
        Gifts => ("赠品", "Gifts"),
        GiftValueUnknown => ("价值未公布", "value not published"),
        PriceList => ("新车价格表", "New car price list"),
        KeepInvoice => ("保留原订单：预计提车（开票）月份", "Keep: expected delivery (invoice) month"),
        SwitchInvoice => ("升级新车：预计提车（开票）月份", "Switch: expected delivery (invoice) month"),
        InvoiceYearHint => ("购置税按开票日期所在年份计算", "Purchase tax follows the invoice date's year"),
        Keep => ("保留原订单", "Keep the order"),
        Switch => ("升级新车", "Switch"),
        ListPrice => ("车价（含选装）", "List price (with options)"),
        Paid => ("已付款（抵车款）", "Paid (counts toward the price)"),
        Guarantee => ("跨年购置税补贴（抵尾款）", "Tax guarantee (off the final payment)"),
        Owed => ("应付尾款", "Still owed to Xiaomi"),
        PurchaseTax => ("购置税", "Purchase tax"),
        CashNeeded => ("尾款与购置税合计", "Cash still needed"),
        TaxSteps => ("计算步骤", "Steps"),
        TaxPrice => ("车价", "price"),
        TaxBase => ("计税价格", "Taxable base"),
        TaxFull => ("全额购置税", "Full tax"),
        TaxRelief => ("减免额", "Relief"),
        TaxPayable => ("应纳税额", "Payable"),
        CapApplied => ("已达减免上限", "cap reached"),
        NoRelief => ("该开票日期无新能源减免", "no NEV relief on this invoice date"),
        Items => ("明细", "Items"),
        OldVsNew => ("4. 新旧对比", "4. Old vs new"),
        Spec => ("项目", "Spec"),
        FirstGen => ("原订单车型", "Ordered car"),
        NewGen => ("新车", "New car"),
        NotFound => ("暂无公开数据", "not found"),
        HowComputed => ("计算方法", "How this is computed"),
        Rounding => ("舍入规则", "Rounding"),
        TaxRules => ("购置税规则", "Purchase-tax rules"),
        GuaranteeTerms => ("跨年购置税补贴条款", "Cross-year tax guarantee"),
        OfferTerms => ("活动条款", "Offer terms"),
        Estimate => ("估", "est."),
        EstimateLegend => ("标“估”的数字未经任何来源证实，是我们的估计；含估计值的合计同样标注。", "Figures marked “est.” are not confirmed by any source; they are our estimates, and so is any total they go into."),
        NotFoundLegend => ("“暂无公开数据”表示我们查阅的资料中没有这个数据。", "“not found” means no source we read gives the figure."),
        IncludesEstimates => ("含估计值", "includes estimates"),
        Source => ("来源", "Source"),
        TablesBroken => ("内置数据表无法读取，请刷新页面或联系我们：", "The bundled tables could not be read; reload the page or contact us:"),
        Share => ("生成分享链接", "Make a share link"),
        ShareHint => ("复制这个链接，打开后显示同样的报价：", "Copy this link; it opens the same quote:"),
        Print => ("打印报价", "Print the quote"),
        QuoteDate => ("报价日期", "Quote date"),
        SharedView => ("您正在查看分享的报价，您自己保存的配置没有改动。", "You are viewing a shared quote; your own saved configuration is untouched."),
        KeepShared => ("用这个报价替换我的配置", "Replace my configuration with this one"),
        BackToMine => ("回到我的配置", "Back to mine"),
        LinkUnreadable => ("这个链接无法读取，显示的是您自己的配置：", "This link could not be read; showing your own configuration:"),
        SavedUnreadable => ("之前保存的配置无法读取，暂不覆盖它：", "Your saved configuration could not be read; it is not overwritten yet:"),
        GuaranteeHeading => ("小米跨年购置税补贴（抵尾款），保留原订单与升级新车分别为：", "Xiaomi's cross-year tax guarantee (off the final payment), on each path:"),
        GuaranteeIneligible => ("两种方案均不享受小米跨年购置税补贴：", "No cross-year tax guarantee on either path: "),
        GuaranteeNotApplicable => ("不适用，", "does not apply, "),
        GuaranteeInvoiceOutside => ("开票日期不在补贴期内：", "invoice date outside "),
        GuaranteeNotRetained => ("本活动不保留补贴", "the offer does not keep it"),
        LockedAfter => ("锁单日期晚于 ", "locked after "),
        TaxDiff => ("升级后购置税变化 ", "Switching changes the purchase tax by "),
        GuaranteeDiff => ("，补贴变化 ", ", the guarantee by "),
        NetTax => ("，两者相抵后净变化 ", "; net of the guarantee "),
        Colon => ("：", ": "),
        ByLockDate => ("升级需多付（按锁单日期）", "Extra cash (by lock date)"),
        RangeLead => ("这个数字基于以下假设；若不成立，它在 ", "This number rests on the assumptions below; if they do not hold it lies between "),
        RangeTo => (" 至 ", " and "),
        RangeTail => (" 之间（各项影响直接相加，实际范围可能更窄）：", " (effects added up; the real range may be narrower):"),
        GivenUp => ("差价中包含您放弃的原选装：", "The price difference includes options you give up: "),
        WasPriced => ("（原价", " (was "),
        OpenParen => ("（", " ("),
        CloseParen => ("）", ")"),
        ListSeparator => ("、", ", "),
        ClosedSuffix => ("（已结束）", " (closed)"),
        OfferClosed => ("本活动已于 ", "This offer closed on "),
        OfferClosedTail => (" 结束：以下按当时的条款计算，供回顾和核对，不再是可以选择的方案。", ": the figures below follow its terms at the time, for review, not as a live choice."),
        GotFree => ("我的订单获赠此项（权益）：", "My order got this free (a benefit): "),
        DefaultDate => ("默认是我们估计的日期 ", "Our estimated default: "),
        DateTo => ("至", " to "),
        LastValid => ("部分输入无效：以下按最近一次有效输入计算（见各项下方说明）。", "Some input is not valid: the figures below use the last valid input (see the notes under the fields)."),
        DetailsAssume => ("以下明细按 ", "The details below assume a lock on "),
        DetailsAssumeTail => ("计算。", "."),
        SavesShort => ("可省 ", "saves "),
        LockQuestion => ("结论取决于您的锁单日期（请在第1步填写）：", "The answer depends on your lock date (enter it in step 1):"),
        OrEarlier => ("及之前锁单", " or earlier"),
        OrLater => ("及之后锁单", " or later"),
        LockDateHint => ("请填写锁单日期；未填写时，第3步分两种情况显示。", "Only you know it; until you enter it, step 3 shows both cases."),
        ImpossibleDates => ("这个日期组合不可能发生：", "This combination of dates cannot happen:"),
        UseDate => ("改为", "Use"),
        ComputedAsEntered => ("按所填日期计算（不可能发生，仅供核对）：", "As entered (cannot happen; for checking only):"),
        SharedValuesReplaced => ("链接中有些数值无效，已用默认值代替（见各项下方的说明）。", "Some values in the link are not valid and were replaced (see the notes under the fields)."),
        StartFresh => ("丢弃并重新开始保存", "Discard it and save from now on"),
        Dismiss => ("知道了", "Dismiss"),
        QuoteFailed => ("无法计算：", "This could not be computed:"),
        ReasonCarriedOver => ("新车同款", "carried over"),
        ReasonNowStandard => ("新车标配", "now standard"),
        ReasonDiscontinuedNearest => ("已停售，改选最接近的一项", "discontinued, nearest choice"),
        ReasonDiscontinued => ("已停售", "discontinued"),
        ReasonNoEquivalent => ("新车无对应项", "no equivalent"),
        ReasonDefault => ("默认", "default"),
        ReasonSameTrim => ("同版本对应", "same trim"),
        ReasonNearestTrim => ("最接近的版本", "nearest trim"),
        ReasonNoSuccessor => ("无对应新车", "no successor"),
        NothingChosen => ("未选", "none"),
        BreakdownLead => ("其中", "Made of"),
        More => ("多", "more"),
        Less => ("少", "less"),
        Comma => ("，", ", "),
        Semicolon => ("；", "; "),
        FullStop => ("。", "."),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// The stable snake_case code of a typed value (its serde name, e.g. `locked_after_cutoff`),
/// for DOM data attributes that tests and styles select on.
#[must_use]
pub fn code<T: serde::Serialize>(value: &T) -> String {
    // Through text, not serde_json::Value: the app already carries the text serialiser.
    let text = serde_json::to_string(value).unwrap_or_default();
    text.trim_matches('"').to_string()
}

/// Why a share link could not be read, in `lang`.
#[must_use]
pub fn link_problem(lang: Lang, e: &LinkError) -> String {
    let zh = lang == Lang::Zh;
    match e {
        LinkError::NotALink if zh => "这不是报价链接。".into(),
        LinkError::NotALink => "this is not a quote link.".into(),
        LinkError::Outdated(v) if zh => format!("链接来自其他版本（{v}），请对方重新生成链接。"),
        LinkError::Outdated(v) => format!("the link is from another version of the app ({v}); ask for a new link."),
        LinkError::Truncated(_) if zh => "链接不完整，可能复制时被截断了。".into(),
        LinkError::Truncated(k) => format!("the link is incomplete (no '{k}'); it was probably cut off when copied."),
        LinkError::TooLong if zh => "链接过长，不是本应用生成的报价链接。".into(),
        LinkError::TooLong => "the link is too long to be a quote link.".into(),
        LinkError::Altered(a) => altered(zh, a),
    }
}

fn altered(zh: bool, a: &Alteration) -> String {
    let what = match (a, zh) {
        (Alteration::PartWithoutValue, true) => "缺少“=”的部分".to_string(),
        (Alteration::PartWithoutValue, false) => "a part without '='".to_string(),
        (Alteration::UnknownPart(k), true) => format!("未知的部分“{k}”"),
        (Alteration::UnknownPart(k), false) => format!("an unknown part '{k}'"),
        (Alteration::Repeated(k), true) => format!("“{k}”出现了两次"),
        (Alteration::Repeated(k), false) => format!("'{k}' appears twice"),
        (Alteration::BadEscape, true) => "无效的转义字符".to_string(),
        (Alteration::BadEscape, false) => "a bad escape".to_string(),
        (Alteration::Language, true) => "未知的语言".to_string(),
        (Alteration::Language, false) => "an unknown language".to_string(),
        (Alteration::NewConfiguration, true) => "新车配置格式不对".to_string(),
        (Alteration::NewConfiguration, false) => "a malformed new configuration".to_string(),
    };
    if zh {
        format!("链接被改动过（{what}）。")
    } else {
        format!("the link was altered ({what}).")
    }
}

/// Why saved data could not be read, in `lang`.
#[must_use]
pub fn saved_problem(lang: Lang, e: &SavedError) -> String {
    match (e, lang) {
        (SavedError::OtherVersion(v), Lang::Zh) => format!("它由其他版本保存（格式 {v}）。"),
        (SavedError::OtherVersion(v), Lang::En) => format!("it was saved by another version of the app (format {v})."),
        (SavedError::Corrupted(_), Lang::Zh) => "数据已损坏。".into(),
        (SavedError::Corrupted(_), Lang::En) => "the data is damaged.".into(),
    }
}

/// Why a dealer table could not be used, in `lang`.
#[must_use]
pub fn dealer_problem(lang: Lang, p: &DealerProblem) -> String {
    match (p, lang) {
        (DealerProblem::NotJson, Lang::Zh) => "数据不是 JSON。".into(),
        (DealerProblem::NotJson, Lang::En) => "the table is not JSON.".into(),
        (DealerProblem::Invalid(e), Lang::Zh) => format!("第一处问题在 {}：{}。", e.path, error_code_zh(e.code)),
        (DealerProblem::Invalid(e), Lang::En) => format!("first problem at {}: {}", e.path, e.message),
        (DealerProblem::Unreachable { url }, Lang::Zh) => format!("无法读取 {url}。"),
        (DealerProblem::Unreachable { url }, Lang::En) => format!("could not fetch {url}."),
    }
}

/// An error code in Chinese words (the English message says the same in detail).
fn error_code_zh(c: ErrorCode) -> &'static str {
    match c {
        ErrorCode::UnknownOffer => "没有这个活动",
        ErrorCode::UnknownTrim => "没有这个版本",
        ErrorCode::UnknownOption => "没有这个选装",
        ErrorCode::UnknownPriceList => "没有这个价格表",
        ErrorCode::NegativeAmount => "金额为负数",
        ErrorCode::Overflow => "金额过大，无法计算",
        ErrorCode::InvalidConfiguration => "配置不符合规则",
        ErrorCode::TablesIncomplete | ErrorCode::TablesBroken => "内置数据表不完整（不是您的输入有误）",
        ErrorCode::TooLarge => "数据过大",
        ErrorCode::InvalidJson => "不是有效的 JSON",
        ErrorCode::InvalidValue => "数值不符合要求",
        ErrorCode::WrongType | ErrorCode::InvalidRequest | ErrorCode::InvalidConfig | ErrorCode::InvalidOptions => {
            "数据格式不对"
        }
        ErrorCode::InvalidAmount => "金额格式不对",
        ErrorCode::InvalidDate => "日期格式不对",
        ErrorCode::InvalidMountPoint => "挂载位置不是页面元素",
        ErrorCode::NotReady => "尚未加载完成",
        ErrorCode::Destroyed => "组件已被移除",
        ErrorCode::Internal => "程序内部错误",
    }
}

/// An engine error in `lang`: Chinese words for its code and where it is, or the English message.
#[must_use]
pub fn engine_error_text(lang: Lang, e: &EngineError) -> String {
    match lang {
        Lang::Zh => format!("{}（{}）。", error_code_zh(e.code()), e.path()),
        Lang::En => e.to_string(),
    }
}
