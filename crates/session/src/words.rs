//! The session's words: what the owner is told about their input, at the field it belongs to,
//! each message declared once in both languages with named slots (see `engine::words!`).

engine::words! {
    UNKNOWN_OFFER:
        "没有“{offer}”这个活动（链接或保存的数据可能已过时），已显示可用的活动。",
        "There is no offer '{offer}' (an outdated link or saved data?); an available offer is shown.";
    UNKNOWN_PRICE_LIST: "没有这个价格表。", "Unknown price list.";
    UNKNOWN_TRADE_IN:
        "没有“{id}”这项以旧换新补贴（链接或保存的数据可能已过时），已按不申请计算。",
        "There is no trade-in subsidy '{id}' (an outdated link or saved data?); none is applied.";
    UNKNOWN_TRIM: "没有这个版本。", "Unknown trim.";
    NOT_A_BENEFIT:
        "“{option}”不是已选且曾作为订单权益赠送的选装。",
        "'{option}' is not a chosen option that was ever given as an order benefit.";
    LOCKED_AFTER_TODAY: "锁单日期不能晚于今天（{today}），您填写的是{locked}。", "The lock date cannot be after today ({today}); you entered {locked}.";
    LOCK_DATE_FORMAT: "请按 年-月-日 输入锁单日期，如 2025-11-20。", "Enter the lock date as YYYY-MM-DD, e.g. 2025-11-20.";
    INVOICE_DATE_FORMAT:
        "请输入预计提车的年月（如 2026-04）或开票日期。",
        "Enter the expected delivery month (e.g. 2026-04) or the invoice date.";
    LOAN_RATE_RANGE:
        "请输入0到50之间的年化费率或利率（百分比），如 2.5。",
        "Enter the annual rate in percent, 0 to 50, e.g. 2.5.";
    LOAN_MONTHS_RANGE:
        "贷款期限须在{min}至{max}个月之间；原数据为{given}个月，已按{months}个月计算。",
        "A loan runs {min} to {max} months; the data said {given}, so {months} months are priced.";
    AMOUNT_NEGATIVE: "已付金额不能为负数。", "The amount paid cannot be negative.";
    AMOUNT_FORMAT: "请输入金额（元），如5000、5千或0.5万。", "Enter an amount in yuan, e.g. 5000, 5k or 0.5w (万).";
    PAPER_AMOUNT_FORMAT: "请按票据上的金额输入（元），如215900或21.59万。", "Enter the amount on the paper in yuan, e.g. 215900 or 21.59w (万).";
    PAPER_NEGATIVE: "票据上的金额不能为负数。", "An amount on a paper cannot be negative.";
    INVOICE_DAY_FORMAT: "请按“年-月-日”格式输入发票上的开票日期，如2026-03-28。", "Enter the invoice's date as YYYY-MM-DD, e.g. 2026-03-28.";
}
