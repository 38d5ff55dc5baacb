//! The order that Buy creates, and the subscriptions orders give the customer.
//!
//! - `review`: every cart line re-evaluated at review and again at Buy; a line that became
//!   ineligible (the customer's facts changed since it was added) carries its reasons and
//!   blocks Buy until it is removed;
//! - `cancel`: cancelling a line within the cancellation window, with a prorated refund.

// Money, dates, quantities and windows computed from stored and imported values: no
// arithmetic that can overflow or wrap unnoticed.
#![deny(clippy::arithmetic_side_effects)]

mod cancel;
mod review;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::domain::catalog::Segment;
use crate::domain::customer::Customer;
pub use crate::domain::ids::LineNumber;
use crate::domain::ids::{CatalogItemId, CustomerId, OrderId, SubscriptionId};
use crate::domain::money::{Currency, Margin, Money};
use crate::domain::subscription::{Subscription, SubscriptionStatus};
use crate::domain::term::{Coterm, Plan};

pub use cancel::{
    cancel_line, cancel_line_in_term, instant, refund_for, refund_in_term, reservation_refunds, CancelError,
    CancellationPolicy, TermInForce, WindowOpening, CANCELLATION_HOURS, CANCELLATION_SOURCE, RESERVATION_REFUND_LIMIT,
    SAAS_CANCELLATION_HOURS,
};
pub use review::{blocked_lines, place_order, review, LineProblem, PlaceOrderError, Review, ReviewLine};

/// Where an order stands, worked out from its lines: never stored, so the order list and
/// the order's page can't disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderStatus {
    Completed,
    /// Some lines were cancelled, not all.
    PartlyCancelled,
    /// Every line was cancelled.
    Cancelled,
}

impl OrderStatus {
    /// The status as files write it (the orders CSV).
    pub fn code(self) -> &'static str {
        match self {
            OrderStatus::Completed => "Completed",
            OrderStatus::PartlyCancelled => "PartlyCancelled",
            OrderStatus::Cancelled => "Cancelled",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cancellation {
    /// The instant it was cancelled.
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub refund: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderLine {
    pub number: LineNumber,
    pub offer: CatalogItemId,
    pub friendly_name: String,
    pub segment: Segment,
    pub trial: bool,
    pub quantity: u32,
    pub plan: Option<Plan>,
    /// For the whole term, per license.
    pub unit_price: Money,
    /// Microsoft's estimated retail price for the same, when the price list gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erp_price: Option<Money>,
    pub line_total: Money,
    pub subscription_id: SubscriptionId,
    /// Decided from the offer at purchase, like the segment.
    pub cancellation_policy: CancellationPolicy,
    pub cancellation: Option<Cancellation>,
    /// When its first term ends with another subscription's; its total is for that part term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coterm: Option<Coterm>,
}

impl OrderLine {
    /// What the partner paid per license and the estimated retail price, if known.
    pub fn margin(&self) -> Option<Margin> {
        Some(Margin {
            cost: self.unit_price,
            retail: self.erp_price?,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    pub id: OrderId,
    pub customer: CustomerId,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    // Orders stored before this release also carry a `status`; it is read past, as the
    // lines say the same.
    pub lines: Vec<OrderLine>,
    pub total: Money,
    /// The currency of every amount on the order (ISO 4217).
    #[serde(default = "usd")]
    pub currency: Currency,
}

fn usd() -> Currency {
    Currency::USD
}

impl Order {
    pub fn purchased_on(&self) -> Date {
        self.created_at.date()
    }

    /// What was refunded for cancelled lines.
    /// Cost against estimated retail price over the lines that have both.
    pub fn margin_total(&self) -> Option<Margin> {
        Margin::total(self.lines.iter().filter_map(|l| Some(l.margin()?.times(l.quantity))))
    }

    pub fn refunded(&self) -> Money {
        self.lines
            .iter()
            .filter_map(|l| l.cancellation.as_ref())
            .map(|c| c.refund)
            .sum()
    }

    /// The total, less what was refunded.
    pub fn net_total(&self) -> Money {
        Money::from_cents(self.total.cents().saturating_sub(self.refunded().cents()))
    }

    /// Completed, partly cancelled or cancelled, as the order's lines stand.
    pub fn status(&self) -> OrderStatus {
        let cancelled = self.lines.iter().filter(|l| l.cancellation.is_some()).count();
        match cancelled {
            0 => OrderStatus::Completed,
            n if n == self.lines.len() => OrderStatus::Cancelled,
            _ => OrderStatus::PartlyCancelled,
        }
    }
}

/// What a first term from `starts` to `ends` costs when the full term costs `total`: its share
/// for the days it runs. `None` unless `ends` is from `starts` to the full term's last day.
pub fn coterm_share(total: Money, starts: Date, ends: Date, plan: Plan) -> Option<Money> {
    let full_end = plan.term.last_day_from(starts);
    if ends < starts || ends > full_end {
        return None;
    }
    let span = |last: Date| {
        u128::try_from(
            last.to_julian_day()
                .saturating_sub(starts.to_julian_day())
                .saturating_add(1),
        )
        .unwrap_or(1)
    };
    let share = u128::from(total.cents())
        .saturating_mul(span(ends))
        .checked_div(span(full_end))
        .unwrap_or(0);
    Some(Money::from_cents(u64::try_from(share).unwrap_or(u64::MAX)))
}

/// Makes line `number` of `order` end on `coterm.ends` instead of a full term from the order's
/// day: its total becomes the share of the full term's price for the days it runs, and the
/// order's total follows. Nothing changes for a line without a term, for an unknown line, or
/// for an end outside the full term.
pub fn coterm_line(order: &mut Order, number: LineNumber, coterm: Coterm) {
    let starts = order.created_at.date();
    let Some(line) = order.lines.iter_mut().find(|l| l.number == number) else {
        return;
    };
    let Some(plan) = line.plan else { return };
    let Some(share) = coterm_share(line.line_total, starts, coterm.ends, plan) else {
        return;
    };
    line.line_total = share;
    line.coterm = Some(coterm);
    order.total = order.lines.iter().map(|l| l.line_total).sum();
}

/// The subscriptions an order history gives a customer, as bought (its lifecycle says how
/// each stands on a day).
pub fn subscriptions_from<'a>(orders: impl IntoIterator<Item = &'a Order>) -> Vec<Subscription> {
    let mut subscriptions = Vec::new();
    for order in orders {
        let purchased_on = order.purchased_on();
        for line in &order.lines {
            // A trial's end (converted to paid, or ended) is worked out by its lifecycle, from
            // its auto-renew.
            let status = if line.cancellation.is_some() {
                SubscriptionStatus::Cancelled
            } else {
                SubscriptionStatus::Active
            };
            subscriptions.push(Subscription {
                id: line.subscription_id.clone(),
                offer: line.offer.clone(),
                friendly_name: line.friendly_name.clone(),
                segment: line.segment,
                trial: line.trial,
                quantity: line.quantity,
                term: line.plan.map(|p| p.term),
                billing_frequency: line.plan.map(|p| p.billing_frequency),
                purchased_on,
                purchased_at: Some(order.created_at),
                status,
                coterm: line.coterm,
            });
        }
    }
    subscriptions
}

/// The customer with the subscriptions its orders created, which is what the rules see.
pub fn with_orders<'a>(customer: &Customer, orders: impl IntoIterator<Item = &'a Order>) -> Customer {
    let mut customer = customer.clone();
    let own = orders.into_iter().filter(|o| o.customer == customer.id);
    customer.subscriptions.extend(subscriptions_from(own));
    customer
}

/// Newest first, then by id so the order is stable.
pub fn sort_newest_first(orders: &mut [Order]) {
    orders.sort_by(|a, b| b.created_at.cmp(&a.created_at).then_with(|| b.id.cmp(&a.id)));
}
