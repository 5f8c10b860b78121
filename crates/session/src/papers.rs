//! 核对: after delivery, the owner's papers as typed — the invoice's 价税合计 and date, the
//! tax certificate's amount, the guarantee credited — read and checked against the tables by
//! [`engine::check`]. The order (offer, lock date) is the draft's own: the same locked order,
//! now invoiced.

use serde::{Deserialize, Serialize};

use engine::check::{check, Check, Papers};
use engine::date::Date;
use engine::error::EngineError;
use engine::money::Money;
use engine::quote::QuoteRequest;
use engine::tables::Tables;
use engine::text::Words;

use crate::draft::{Field, FieldError};
use crate::typed::typed_yuan;
use crate::words;

/// The owner's papers as typed; an empty amount is one the owner has not given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PapersDraft {
    /// True when the order was switched to the offer's new car, false when it was kept.
    pub switched: bool,
    /// 价税合计 on the 机动车销售统一发票.
    pub invoice_total: String,
    /// The invoice's date (开票日期).
    pub invoice_date: String,
    /// Purchase tax paid (完税证明).
    pub tax_paid: String,
    /// What the guarantee took off the final payment.
    pub guarantee_credited: String,
}

/// One of the papers an owner types, for an edit of that one alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// 价税合计.
    InvoiceTotal,
    /// 开票日期.
    InvoiceDate,
    /// The tax paid.
    TaxPaid,
    /// The guarantee credited.
    GuaranteeCredited,
}

impl Paper {
    /// The control a problem with this paper is written under.
    #[must_use]
    pub fn field(self) -> Field {
        match self {
            Paper::InvoiceTotal => Field::InvoiceTotal,
            Paper::InvoiceDate => Field::InvoiceDate,
            Paper::TaxPaid => Field::TaxPaid,
            Paper::GuaranteeCredited => Field::GuaranteeCredited,
        }
    }
}

impl PapersDraft {
    /// These papers with `paper` as typed.
    #[must_use]
    pub fn with(mut self, paper: Paper, text: String) -> PapersDraft {
        let field = match paper {
            Paper::InvoiceTotal => &mut self.invoice_total,
            Paper::InvoiceDate => &mut self.invoice_date,
            Paper::TaxPaid => &mut self.tax_paid,
            Paper::GuaranteeCredited => &mut self.guarantee_credited,
        };
        *field = text;
        self
    }

    /// Each paper cut to the length [`crate::edit`] keeps of typed text, so a share link stays
    /// short enough to read back.
    #[must_use]
    pub(crate) fn typed(self) -> PapersDraft {
        use crate::edit::typed;
        PapersDraft {
            invoice_total: typed(self.invoice_total),
            invoice_date: typed(self.invoice_date),
            tax_paid: typed(self.tax_paid),
            guarantee_credited: typed(self.guarantee_credited),
            ..self
        }
    }
}

/// The check the screen shows for the papers.
#[derive(Clone, Debug, PartialEq)]
pub struct PapersCheck {
    /// The check, once the invoice's total and date read; `None` until then.
    pub outcome: Option<Result<Check, EngineError>>,
    /// One entry per paper that does not read, at its field.
    pub problems: Vec<FieldError>,
    /// False while the lock date is not given: the guarantee's eligibility is then unknown,
    /// and its verdict is not said.
    pub lock_given: bool,
    /// The tax paid as read, for its verdict's sentence.
    pub tax_paid: Option<Money>,
    /// The guarantee credited as read.
    pub guarantee_credited: Option<Money>,
}

/// The order the papers are for, as the screen has quoted it.
#[derive(Clone, Copy, Debug)]
pub struct Quoted<'a> {
    /// The request quoted: offer, lock date.
    pub request: &'a QuoteRequest,
    /// False while the lock date is the one assumed.
    pub lock_given: bool,
    /// The locked order's list total, as ordered.
    pub original_total: Option<Money>,
    /// True when the order has a new car to switch to.
    pub can_switch: bool,
}

/// An amount that reads, `None` when left empty; a problem at `field` when it does not read.
fn amount(text: &str, paper: Paper, problems: &mut Vec<FieldError>) -> Option<Money> {
    if text.trim().is_empty() {
        return None;
    }
    let refuse = |message: Words| FieldError { field: paper.field(), group: None, message: message.both() };
    match typed_yuan(text) {
        Ok(m) if !m.is_negative() => Some(m),
        Ok(_) => {
            problems.push(refuse(words::PAPER_NEGATIVE));
            None
        }
        Err(_) => {
            problems.push(refuse(words::PAPER_AMOUNT_FORMAT));
            None
        }
    }
}

impl PapersDraft {
    /// Reads the papers and checks them for the order `quoted`: its offer and lock date
    /// (`lock_given` false when that date is the one assumed while the owner has not said it),
    /// its price as ordered, and whether it has a new car at all (without one, the papers are
    /// for the car kept, whatever an old link says).
    #[must_use]
    pub fn check(&self, tables: &Tables, quoted: &Quoted<'_>) -> PapersCheck {
        let Quoted { request, lock_given, original_total, can_switch } = *quoted;
        let mut problems = Vec::new();
        let invoice_total = amount(&self.invoice_total, Paper::InvoiceTotal, &mut problems);
        let date = self.invoice_date.trim();
        let invoice_date = match date.parse::<Date>() {
            Ok(d) => Some(d),
            Err(_) if date.is_empty() => None,
            Err(_) => {
                problems.push(FieldError {
                    field: Paper::InvoiceDate.field(),
                    group: None,
                    message: words::INVOICE_DAY_FORMAT.both(),
                });
                None
            }
        };
        let tax_paid = amount(&self.tax_paid, Paper::TaxPaid, &mut problems);
        let guarantee_credited = amount(&self.guarantee_credited, Paper::GuaranteeCredited, &mut problems);
        let outcome = invoice_total.zip(invoice_date).map(|(invoice_total, invoice_date)| {
            let papers = Papers {
                offer: request.offer.clone(),
                locked_on: request.old_order.locked_on,
                switched: self.switched && can_switch,
                original_total,
                invoice_total,
                invoice_date,
                tax_paid,
                guarantee_credited,
            };
            check(tables, &papers)
        });
        PapersCheck { outcome, problems, lock_given, tax_paid, guarantee_credited }
    }
}
