//! Where on the screen each input problem and each notice is shown. Both matches are
//! exhaustive, so a new field or notice code cannot be added without deciding its place.

use engine::quote::NoticeCode;
use session::Field;

/// A section of the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// 1: the locked order.
    Order,
    /// 1: under the amount-paid field, where the owner typed the figure it is about.
    AmountPaidField,
    /// 2: the new car.
    NewCar,
    /// 3: the decision.
    Decision,
    /// After delivery: the papers checked (核对).
    Papers,
}

/// The section whose control a field's problems are written under.
#[must_use]
pub fn field_section(field: Field) -> Section {
    match field {
        Field::Offer | Field::OldTrim | Field::OldOptions | Field::LockedOn | Field::AmountPaid => Section::Order,
        Field::NewConfiguration => Section::NewCar,
        Field::PriceList
        | Field::KeepInvoice
        | Field::SwitchInvoice
        | Field::LoanRate
        | Field::LoanMonths
        | Field::TradeIn => Section::Decision,
        Field::InvoiceTotal | Field::InvoiceDate | Field::TaxPaid | Field::GuaranteeCredited => Section::Papers,
    }
}

/// The section that lists a notice.
#[must_use]
pub fn notice_section(code: NoticeCode) -> Section {
    match code {
        NoticeCode::NoSuccessor | NoticeCode::LockedAfterCutoff | NoticeCode::OfferEligibility => Section::Order,
        NoticeCode::PaidMoreThanPrice => Section::AmountPaidField,
        NoticeCode::KeepInvoiceOutsideGuarantee
        | NoticeCode::SwitchInvoiceOutsideGuarantee
        | NoticeCode::GuaranteeConditions
        | NoticeCode::KeepRefundDue
        | NoticeCode::SwitchRefundDue
        | NoticeCode::BenefitNotCarried => Section::Decision,
    }
}
