//! Cancelling a line of an order within the cancellation window, with a prorated refund.

use thiserror::Error;
use time::Date;

use super::{Cancellation, Order, OrderLine, OrderStatus};
use crate::domain::money::Money;
use crate::domain::term::BillingFrequency;

/// A new subscription can be cancelled with a prorated refund within this many days.
pub const CANCELLATION_DAYS: i64 = 7;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CancelError {
    #[error("There is no line {0} on this order.")]
    NoSuchLine(u32),
    #[error("This subscription was already cancelled on {}.", crate::domain::dates::long(*.0))]
    AlreadyCancelled(Date),
    #[error("Subscriptions can be cancelled only within {CANCELLATION_DAYS} days of purchase; the last day for this one was {}.", crate::domain::dates::long(*.last_day))]
    WindowClosed { last_day: Date },
}

/// The last day a line bought on `purchased_on` can be cancelled.
pub fn last_cancellation_day(purchased_on: Date) -> Date {
    purchased_on + time::Duration::days(CANCELLATION_DAYS)
}

/// What cancelling a line today would refund: the first invoice, prorated for the days used.
pub fn refund_for(order: &Order, line: &OrderLine, today: Date) -> Result<Money, CancelError> {
    if let Some(c) = &line.cancellation {
        return Err(CancelError::AlreadyCancelled(c.on));
    }
    let last_day = last_cancellation_day(order.purchased_on());
    if today > last_day {
        return Err(CancelError::WindowClosed { last_day });
    }
    let Some(plan) = line.plan else { return Ok(Money::ZERO) };
    let invoices = u64::from(plan.billing_frequency.invoices_per_term(plan.term).max(1));
    let first_invoice = line.line_total.cents() / invoices;
    let period_days: u64 = match plan.billing_frequency {
        BillingFrequency::Monthly | BillingFrequency::None => 30,
        BillingFrequency::Annual => 365,
        BillingFrequency::Triennial => 1095,
    };
    let used = u64::try_from((today - order.purchased_on()).whole_days().max(0)).unwrap_or(0);
    Ok(Money::from_cents(
        first_invoice * period_days.saturating_sub(used) / period_days,
    ))
}

/// Cancels one line of an order, returning the refund.
pub fn cancel_line(order: &mut Order, number: u32, today: Date) -> Result<Money, CancelError> {
    let index = order
        .lines
        .iter()
        .position(|l| l.number == number)
        .ok_or(CancelError::NoSuchLine(number))?;
    let refund = refund_for(order, &order.lines[index], today)?;
    order.lines[index].cancellation = Some(Cancellation { on: today, refund });
    if order.lines.iter().all(|l| l.cancellation.is_some()) {
        order.status = OrderStatus::Cancelled;
    }
    Ok(refund)
}
