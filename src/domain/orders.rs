//! Review, Buy, the order that Buy creates, and the subscriptions orders give the customer.
//!
//! Every cart line is re-evaluated at review and again at Buy: a line that became
//! ineligible (the customer's facts changed since it was added) carries its reasons and
//! blocks Buy until it is removed.

use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;
use time::{Date, OffsetDateTime};

use crate::domain::cart::{Cart, LineId};
use crate::domain::catalog::Segment;
use crate::domain::customer::Customer;
use crate::domain::ids::{CatalogItemId, CustomerId, OrderId};
use crate::domain::money::Money;
use crate::domain::rules::{Context, Reason};
use crate::domain::subscription::{Subscription, SubscriptionStatus};
use crate::domain::term::BillingFrequency;
use crate::domain::term::Plan;

/// A new subscription can be cancelled with a prorated refund within this many days.
pub const CANCELLATION_DAYS: i64 = 7;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrderStatus {
    Completed,
    /// Every line was cancelled.
    Cancelled,
}

impl fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            OrderStatus::Completed => "Completed",
            OrderStatus::Cancelled => "Cancelled",
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cancellation {
    pub on: Date,
    pub refund: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderLine {
    /// Line items are numbered from 0, as in Partner Center.
    pub number: u32,
    pub offer: CatalogItemId,
    pub friendly_name: String,
    pub segment: Segment,
    pub trial: bool,
    pub quantity: u32,
    pub plan: Option<Plan>,
    /// For the whole term, per license.
    pub unit_price: Money,
    pub line_total: Money,
    pub subscription_id: String,
    pub cancellation: Option<Cancellation>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    pub id: OrderId,
    pub customer: CustomerId,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    pub status: OrderStatus,
    pub lines: Vec<OrderLine>,
    pub total: Money,
    /// The currency of every amount on the order (ISO 4217).
    #[serde(default = "usd")]
    pub currency: String,
}

fn usd() -> String {
    "USD".to_string()
}

impl Order {
    pub fn purchased_on(&self) -> Date {
        self.created_at.date()
    }
}

/// What is wrong with one cart line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineProblem {
    NotInCatalog,
    PlanNotOffered,
    Rule(Reason),
}

impl fmt::Display for LineProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineProblem::NotInCatalog => f.write_str("This offer is no longer in the catalog."),
            LineProblem::PlanNotOffered => {
                f.write_str("This term and billing frequency is not offered for it; choose another.")
            }
            LineProblem::Rule(reason) => reason.fmt(f),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewLine {
    /// The cart line this reviews.
    pub line: LineId,
    /// Position of the offer in the catalog, if it is still there.
    pub offer_index: Option<usize>,
    pub title: String,
    pub plan: Option<Plan>,
    pub quantity: u32,
    pub unit_price: Option<Money>,
    pub line_total: Option<Money>,
    pub problems: Vec<LineProblem>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Review {
    pub lines: Vec<ReviewLine>,
    pub total: Money,
}

impl Review {
    pub fn can_buy(&self) -> bool {
        !self.lines.is_empty() && self.lines.iter().all(|l| l.problems.is_empty())
    }

    pub fn problem_count(&self) -> usize {
        self.lines.iter().filter(|l| !l.problems.is_empty()).count()
    }
}

/// Re-evaluates every line of `cart` against the rules, as on the Review your order page.
/// Each line's quantity is checked with the *other* lines counted against pooled limits.
pub fn review(context: &Context<'_>, cart: &Cart) -> Review {
    let catalog = context.catalog;
    let mut total = Money::ZERO;
    let lines = cart
        .lines()
        .iter()
        .map(|line| {
            let Some(index) = catalog.offer_index(&line.offer) else {
                return ReviewLine {
                    line: line.id,
                    offer_index: None,
                    title: line.offer.to_string(),
                    plan: line.plan,
                    quantity: line.quantity,
                    unit_price: None,
                    line_total: None,
                    problems: vec![LineProblem::NotInCatalog],
                };
            };
            let offer = catalog.offer_at(index);
            let mut problems: Vec<LineProblem> = context
                .evaluate(offer)
                .reasons()
                .iter()
                .cloned()
                .map(LineProblem::Rule)
                .collect();
            let unit_price = match line.plan {
                Some(plan) => offer.availability.price_for(plan.term, plan.billing_frequency),
                None if offer.availability.terms.is_empty() => Some(Money::ZERO),
                None => None,
            };
            if unit_price.is_none() {
                problems.push(LineProblem::PlanNotOffered);
            }
            let others = cart.without(line.id);
            if let Err(reasons) = context
                .with_cart(&others)
                .check_quantity(offer, &line.quantity.to_string())
            {
                problems.extend(reasons.into_iter().map(LineProblem::Rule));
            }
            let line_total = unit_price.map(|p| p * line.quantity);
            total = total + line_total.unwrap_or(Money::ZERO);
            ReviewLine {
                line: line.id,
                offer_index: Some(index),
                title: offer.sku.title.clone(),
                plan: line.plan,
                quantity: line.quantity,
                unit_price,
                line_total,
                problems,
            }
        })
        .collect();
    Review { lines, total }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BuyError {
    #[error("The cart is empty.")]
    EmptyCart,
    #[error("{} line(s) can't be bought; fix or remove them first.", .0.problem_count())]
    LinesBlocked(Review),
}

/// Buy: re-evaluates the cart and, if every line passes, creates the order.
pub fn place_order(
    context: &Context<'_>,
    cart: &Cart,
    id: OrderId,
    created_at: OffsetDateTime,
) -> Result<Order, BuyError> {
    if cart.is_empty() {
        return Err(BuyError::EmptyCart);
    }
    let checked = review(context, cart);
    if !checked.can_buy() {
        return Err(BuyError::LinesBlocked(checked));
    }
    let catalog = context.catalog;
    let lines: Vec<OrderLine> = checked
        .lines
        .iter()
        .zip(0u32..)
        .map(|(line, number)| {
            let offer = catalog.offer_at(line.offer_index.expect("a line that passed review is in the catalog"));
            OrderLine {
                number,
                offer: offer.id(),
                friendly_name: offer.sku.title.clone(),
                segment: offer.availability.segment,
                trial: offer.sku.trial,
                quantity: line.quantity,
                plan: line.plan,
                unit_price: line.unit_price.unwrap_or(Money::ZERO),
                line_total: line.line_total.unwrap_or(Money::ZERO),
                subscription_id: format!("{}-{number:02}", id.as_str().to_lowercase()),
                cancellation: None,
            }
        })
        .collect();
    Ok(Order {
        id,
        customer: context.customer.id.clone(),
        created_at,
        status: OrderStatus::Completed,
        total: checked.total,
        lines,
        currency: catalog.currency().to_string(),
    })
}

/// The subscriptions an order history gives a customer, as of `today`.
pub fn subscriptions_from<'a>(orders: impl IntoIterator<Item = &'a Order>, today: Date) -> Vec<Subscription> {
    let mut subscriptions = Vec::new();
    for order in orders {
        let purchased_on = order.purchased_on();
        for line in &order.lines {
            let status = if line.cancellation.is_some() {
                SubscriptionStatus::Cancelled
            } else if line.trial && (today - purchased_on).whole_days() >= i64::from(crate::domain::catalog::TRIAL_DAYS)
            {
                SubscriptionStatus::Expired
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
                status,
            });
        }
    }
    subscriptions
}

/// The customer with the subscriptions its orders created, which is what the rules see.
pub fn with_orders<'a>(customer: &Customer, orders: impl IntoIterator<Item = &'a Order>, today: Date) -> Customer {
    let mut customer = customer.clone();
    let own = orders.into_iter().filter(|o| o.customer == customer.id);
    customer.subscriptions.extend(subscriptions_from(own, today));
    customer
}

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

/// Newest first, then by id so the order is stable.
pub fn sort_newest_first(orders: &mut [Order]) {
    orders.sort_by(|a, b| b.created_at.cmp(&a.created_at).then_with(|| b.id.cmp(&a.id)));
}
