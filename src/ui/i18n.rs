//! UI strings in Chinese and English. Table data carries its own names; these are the app's words.

use crate::engine::text::Lang;

/// A UI message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    /// Page title.
    Title,
    /// Subtitle under the title.
    Subtitle,
    /// Label of the language switch.
    Language,
    /// Heading: the locked order.
    YourOrder,
    /// Label of the trim picker.
    OldTrim,
    /// Heading: the new car.
    YourNewCar,
    /// "List price" of the old trim.
    OldListPrice,
    /// "Difference" column.
    Difference,
    /// Shown when the offer has no successor.
    NoSuccessor,
    /// Label for an estimate mark.
    Estimate,
    /// Legend of the estimate mark.
    EstimateLegend,
    /// "Source" label.
    Source,
    /// Shown when bundled tables fail to load.
    TablesBroken,
}

/// The message in `lang`.
#[must_use]
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Msg::*;
    match (lang, msg) {
        (Lang::Zh, Title) => "SU7 升级费用计算器",
        (Lang::En, Title) => "SU7 upgrade cost calculator",
        (Lang::Zh, Subtitle) => "一代 SU7 锁单升级新一代:选版本、看价格、算差价",
        (Lang::En, Subtitle) => "Switching a locked first-gen SU7 order to the new generation: trim, prices, difference",
        (Lang::Zh, Language) => "语言",
        (Lang::En, Language) => "Language",
        (Lang::Zh, YourOrder) => "你的锁单",
        (Lang::En, YourOrder) => "Your locked order",
        (Lang::Zh, OldTrim) => "一代版本",
        (Lang::En, OldTrim) => "First-gen trim",
        (Lang::Zh, YourNewCar) => "对应的新一代车型",
        (Lang::En, YourNewCar) => "The matching new-generation car",
        (Lang::Zh, OldListPrice) => "一代指导价",
        (Lang::En, OldListPrice) => "First-gen list price",
        (Lang::Zh, Difference) => "差价",
        (Lang::En, Difference) => "Difference",
        (Lang::Zh, NoSuccessor) => "本次升级活动没有对应的新车型。",
        (Lang::En, NoSuccessor) => "This offer has no successor for your trim.",
        (Lang::Zh, Estimate) => "估",
        (Lang::En, Estimate) => "est.",
        (Lang::Zh, EstimateLegend) => "标“估”的数字未经任何来源证实,是我们的估计。",
        (Lang::En, EstimateLegend) => "Figures marked “est.” are not confirmed by any source; they are our estimates.",
        (Lang::Zh, Source) => "来源",
        (Lang::En, Source) => "Source",
        (Lang::Zh, TablesBroken) => "内置数据表无法读取,请刷新页面或联系我们:",
        (Lang::En, TablesBroken) => "The bundled tables could not be read; reload the page or contact us:",
    }
}
