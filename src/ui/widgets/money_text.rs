//! An amount as the owner reads it: ¥ form, 万 form, and the estimate mark when it applies.

use yew::prelude::*;

use crate::ui::words::{self as w, fill_html};
use engine::format::{wan_aside, yuan_deducted, yuan_in, yuan_signed_in, Precision};
use engine::money::Money;
use engine::text::{Lang, Words};

/// What [`money_text`] shows: an amount and how to read it. Start from [`MoneyText::new`] and
/// set what differs: `MoneyText { signed: true, ..MoneyText::new(lang, amount) }`.
#[derive(Clone, Copy)]
pub struct MoneyText {
    /// Display language.
    pub lang: Lang,
    /// The amount.
    pub amount: Money,
    /// True when an estimate went into it.
    pub estimate: bool,
    /// Show a `+` on positive amounts (differences).
    pub signed: bool,
    /// Show as a deduction: `−¥5,000.00`.
    pub deducted: bool,
    /// Also show the 万 form, on the Chinese screen: `¥38,168（约3.82万）`.
    pub wan: bool,
    /// Whole yuan (the default, for overviews) or fen (itemised lines).
    pub precision: Precision,
    /// Marks the decision figure (`elementtiming="decision"`, the Element Timing API's
    /// attribute), so the paint benchmark (`./x bench-web`) can time when the answer is shown.
    pub decision: bool,
}

impl MoneyText {
    /// `amount` in whole yuan, unsigned, not an estimate.
    #[must_use]
    pub fn new(lang: Lang, amount: Money) -> MoneyText {
        MoneyText {
            lang,
            amount,
            estimate: false,
            signed: false,
            deducted: false,
            wan: false,
            precision: Precision::default(),
            decision: false,
        }
    }
}

/// `¥219,900（约21.99万）[估]`, kept on one line. A function, not a component: a screen shows
/// dozens of amounts, and a component each would cost a scope, its scheduling and its
/// hydration markers for nothing it keeps.
pub fn money_text(m: MoneyText) -> Html {
    let main = if m.deducted {
        yuan_deducted(m.amount)
    } else if m.signed {
        yuan_signed_in(m.amount, m.precision)
    } else {
        yuan_in(m.amount, m.precision)
    };
    let wan =
        wan_aside(m.amount).filter(|_| m.wan && m.lang == Lang::Zh).map(|a| w::WAN_ASIDE.fill(m.lang, &[("wan", &a)]));
    html! {
        <span class="money-text">
            <span class="money" elementtiming={m.decision.then_some("decision")}>{ main }</span>
            if let Some(w) = wan { <span class="wan">{ w }</span> }
            if m.estimate {
                <span class="est" title={w::INCLUDES_ESTIMATES.get(m.lang)}>{ w::ESTIMATE.get(m.lang) }</span>
            }
        </span>
    }
}

/// How the decision number is said where a label says which way it goes: a cost as
/// "升级需多付 ¥X", a saving as "升级可省 ¥X" (its amount, never a negative cost). Returns the
/// label, the amount to show, and whether it is a saving.
#[must_use]
pub fn decision_words(extra: Money) -> (Words, Money, bool) {
    if extra.is_negative() {
        (w::SWITCH_SAVES, extra.abs(), true)
    } else {
        (w::EXTRA_CASH, extra, false)
    }
}

/// A decision number where no label says which way it goes: a cost as `+¥X`, a saving as
/// "可省 ¥X" — never a negative cost.
pub fn decision_figure(lang: Lang, extra: Money, estimate: bool, wan: bool) -> Html {
    if extra.is_negative() {
        let amount = money_text(MoneyText { estimate, wan, decision: true, ..MoneyText::new(lang, extra.abs()) });
        html! { <span class="saves">{ fill_html(lang, w::SAVES, &[("amount", amount)]) }</span> }
    } else {
        html! { { money_text(MoneyText { signed: true, estimate, wan, decision: true, ..MoneyText::new(lang, extra) }) } }
    }
}
