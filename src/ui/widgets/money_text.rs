//! An amount as the owner reads it: ¥ form, 万 form, and the estimate mark when it applies.

use yew::prelude::*;

use crate::engine::format::{wan_aside, yuan_deducted, yuan_in, yuan_signed_in, Precision};
use crate::engine::money::Money;
use crate::engine::text::Lang;
use crate::ui::i18n::{t, Msg};

/// Props of [`MoneyText`].
#[derive(Properties, PartialEq)]
pub struct MoneyTextProps {
    /// Display language.
    pub lang: Lang,
    /// The amount.
    pub amount: Money,
    /// True when an estimate went into it.
    #[prop_or_default]
    pub estimate: bool,
    /// Show a `+` on positive amounts (differences).
    #[prop_or_default]
    pub signed: bool,
    /// Show as a deduction: `−¥5,000.00`.
    #[prop_or_default]
    pub deducted: bool,
    /// Also show the 万 form, on the Chinese screen: `¥38,168（约3.82万）`.
    #[prop_or_default]
    pub wan: bool,
    /// Whole yuan (the default, for overviews) or fen (itemised lines).
    #[prop_or_default]
    pub precision: Precision,
    /// Marks the decision figure (`elementtiming="decision"`, the Element Timing API's
    /// attribute), so the paint benchmark (`./x bench-web`) can time when the answer is shown.
    #[prop_or_default]
    pub decision: bool,
}

/// `¥219,900（约21.99万）[估]`, kept on one line.
#[component]
pub fn MoneyText(props: &MoneyTextProps) -> Html {
    let main = if props.deducted {
        yuan_deducted(props.amount)
    } else if props.signed {
        yuan_signed_in(props.amount, props.precision)
    } else {
        yuan_in(props.amount, props.precision)
    };
    let wan = wan_aside(props.amount).filter(|_| props.wan && props.lang == Lang::Zh).map(|w| format!("（约{w}）"));
    html! {
        <span class="money-text">
            <span class="money" elementtiming={props.decision.then_some("decision")}>{ main }</span>
            if let Some(w) = wan { <span class="wan">{ w }</span> }
            if props.estimate {
                <span class="est" title={t(props.lang, Msg::IncludesEstimates)}>{ t(props.lang, Msg::Estimate) }</span>
            }
        </span>
    }
}

/// How the decision number is said where a label says which way it goes: a cost as
/// "升级需多付 ¥X", a saving as "升级可省 ¥X" (its amount, never a negative cost). Returns the
/// label, the amount to show, and whether it is a saving.
#[must_use]
pub fn decision_words(extra: Money) -> (Msg, Money, bool) {
    if extra.is_negative() {
        (Msg::SwitchSaves, extra.abs(), true)
    } else {
        (Msg::ExtraCash, extra, false)
    }
}

/// A decision number where no label says which way it goes: a cost as `+¥X`, a saving as
/// "可省 ¥X" — never a negative cost.
pub fn decision_figure(lang: Lang, extra: Money, estimate: bool, wan: bool) -> Html {
    if extra.is_negative() {
        html! { <span class="saves">{ t(lang, Msg::SavesShort) }<MoneyText {lang} amount={extra.abs()} {estimate} {wan} decision=true /></span> }
    } else {
        html! { <MoneyText {lang} amount={extra} signed=true {estimate} {wan} decision=true /> }
    }
}
