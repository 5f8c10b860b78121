//! The engine's words: every sentence a quote carries (notices, assumptions, impossible
//! dates, rule violations, deadlines), each declared once in both languages with named slots.
//! To add one: declare it here, fill it where it is used (`WORDS.text(&[("slot", &value)])`);
//! the test in `tests/engine/words.rs` checks that both languages have the same slots.

crate::words! {
    // Paths, as notices name them.
    KEEP_PATH: "保留原订单", "Keep";
    SWITCH_PATH: "升级新车", "Switch";

    // Rules of a configuration.
    NO_TRIM: "没有“{trim}”这个版本。", "There is no trim '{trim}'.";
    TOO_MANY_OPTIONS: "选装超过{limit}项，不可能是真实订单。", "More than {limit} options: not a real order.";
    CHOSEN_TWICE: "“{option}”重复选择了。", "'{option}' is chosen twice.";
    NO_OPTION: "没有“{option}”这个选装。", "There is no option '{option}'.";
    NOT_ON_TRIM: "{trim}不提供“{option}”。", "{option} is not offered on the {trim}.";
    EXCLUDES: "“{option}”不能与“{other}”同时选择。", "{option} cannot be combined with {other}.";
    REQUIRES: "“{option}”需要同时选择“{other}”。", "{option} requires {other}.";
    ONE_IN_GROUP: "“{group}”只能选一项。", "Choose only one {group}.";

    // Dates the offer makes impossible.
    LOCKED_AFTER_WINDOW:
        "锁单日期{locked}晚于活动截止（{closes}）：这样的订单不在本活动范围内，升级一栏不是可能的结果。",
        "Locked on {locked}, after the offer closed ({closes}): such an order could not use this offer, so the switch column is not a possible outcome.";
    KEEP_INVOICE_BEFORE_LOCK:
        "保留原订单的开票日期{invoice}早于锁单日期{locked}，不可能。最早可能：{earliest}。",
        "Keep: invoiced {invoice}, before the order was locked ({locked}): impossible. Earliest possible: {earliest}.";
    KEEP_INVOICE_BEFORE_WINDOW:
        "保留原订单的开票日期{invoice}早于活动开始（{opens}）：参加活动的订单当时尚未交付，不可能已开票。最早可能：{opens}。",
        "Keep: invoiced {invoice}, before the offer opened ({opens}): an order that could switch was still undelivered then. Earliest possible: {opens}.";
    SWITCH_INVOICE_BEFORE_DELIVERIES:
        "升级新车的开票日期{invoice}早于新车首批交付（{first}），不可能。最早可能：{earliest}。",
        "Switch: invoiced {invoice}, before the new car's first deliveries ({first}): impossible. Earliest possible: {earliest}.";
    SWITCH_INVOICE_BEFORE_LOCK:
        "升级新车的开票日期{invoice}早于锁单日期{locked}，不可能。最早可能：{locked}。",
        "Switch: invoiced {invoice}, before the order was locked ({locked}): impossible. Earliest possible: {locked}.";
    LOCKED_BEFORE_ORDERS:
        "锁单日期{locked}早于{trim}开放下单（{opened}），不可能。",
        "Locked on {locked}, before orders for the {trim} opened ({opened}): impossible.";

    // Deadlines.
    WINDOW_CLOSES:
        "活动登记截止：此后的订单不能再参加本活动。",
        "The offer's window closes: no order can join it after this.";

    // Notices.
    OFFER_ELIGIBILITY:
        "本活动仅适用于已锁单且尚未交付的订单。",
        "The offer is only for orders that are locked and not yet delivered.";
    PAID_MORE_THAN_PRICE:
        "已付金额高于车价，请检查输入。",
        "The amount paid is more than the car's price; check what you entered.";
    LOCKED_AFTER_CUTOFF:
        "锁单日期晚于{cutoff}，不享受跨年购置税补贴。",
        "Locked after {cutoff}: the cross-year tax guarantee does not apply.";
    INVOICE_OUTSIDE_GUARANTEE:
        "{path}：开票日期不在{from}至{to}之间，补贴不适用。",
        "{path}: the invoice date is outside {from} to {to}, so the guarantee does not apply.";
    NO_SUCCESSOR:
        "本活动的资料中未找到这个版本对应的新车型，这里只能计算保留原订单。{note}",
        "No new car for this trim was found in the offer's sources; only keeping the order is priced here. {note}";
    BENEFIT_NOT_CARRIED:
        "{options}是原订单获赠的权益，保留原订单按¥0计；权益随车不随单，升级新车则按新车价格表计价。",
        "{options} came free with your order (a benefit), so the kept order counts ¥0; benefits follow the car, not the order, so the new car prices them from its own list.";
    REFUND_DUE:
        "{path}：{why}，差额{refund}应退还给您（不是还需支付的金额）。",
        "{path}: {why}; the {refund} difference is owed back to you (a refund, not a payment).";
    PAID_OVER_PRICE: "已付金额高于车价", "what was paid is more than the price";
    PAID_AND_GUARANTEE_OVER_PRICE:
        "已付金额加补贴超过车价；补贴以尾款减免兑现，超出尾款的部分能否退还为推测",
        "what was paid plus the guarantee is more than the price; the guarantee is a final-payment reduction, and that it can exceed what is left to pay is our reading";

    // Assumptions: what the number assumes, and what is measured instead.
    PAID_CARRIES_OVER: "原订单已付的{paid}转入新订单、计入车价", "The {paid} already paid counts toward the new car";
    IF_NOT_CARRIED: "若已付款不转入新订单", "If the amount paid does not carry over";
    GUARANTEE_KEPT: "升级后仍享受{guarantee}", "The switched order keeps the {guarantee}";
    IF_NOT_KEPT: "若升级后不保留补贴", "If the switched order loses the guarantee";
    GUARANTEE_ON_INVOICED_CAR: "补贴按实际开票的车计算", "The guarantee is computed on the car invoiced";
    IF_ON_ORIGINAL_ORDER: "若按原订单的车价计算", "If computed on the original order's price";
    PRICE_LIST_PAID: "升级用户按{list}支付", "Upgraders pay the {list}";
    IF_PRICE_LIST: "若按{list}支付", "If they pay the {list}";
    ESTIMATES_HOLD: "估计的价格成立：{names}", "The estimated prices hold: {names}";
    IF_FREE: "若新车上的这些项目免费", "If these were free on the new car";
    SWITCH_INVOICED_ON: "升级新车在{date}开票（{year}年）", "Switch: invoiced on {date} (in {year})";
    IF_INVOICED_IN: "若推迟到{year}年开票", "If invoiced in {year} instead";
}

/// Names joined as a list in each language: 「甲、乙」 / “A, B”.
#[must_use]
pub fn list(names: &[&crate::text::Text]) -> crate::text::Text {
    let join = |lang| names.iter().map(|n| n.get(lang)).collect::<Vec<_>>();
    crate::text::Text::new(join(crate::text::Lang::Zh).join("、"), join(crate::text::Lang::En).join(", "))
}
