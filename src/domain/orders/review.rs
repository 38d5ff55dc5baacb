//! Review your orders, and Buy: every line checked against the rules again.

use thiserror::Error;
use time::OffsetDateTime;

use super::{CancellationPolicy, Order, OrderLine};
use crate::domain::cart::{Cart, LineId};
use crate::domain::catalog::OfferIndex;
use crate::domain::ids::{LineNumber, OrderId, SubscriptionId};
use crate::domain::money::{Margin, Money};
use crate::domain::rules::{Context, Reason};
use crate::domain::term::{Coterm, Plan};
use crate::domain::words::lines;

/// What is wrong with one cart line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineProblem {
    NotInCatalog,
    PlanNotOffered,
    /// The day chosen for a co-termed line to end is not within its first full term.
    EndOutsideTerm {
        ends: time::Date,
        full_term_ends: time::Date,
    },
    Rule(Reason),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewLine {
    /// The cart line this reviews.
    pub line: LineId,
    /// Position of the offer in the catalog, if it is still there.
    pub offer_index: Option<OfferIndex>,
    pub title: String,
    pub plan: Option<Plan>,
    pub quantity: u32,
    pub unit_price: Option<Money>,
    /// The partner's cost and Microsoft's estimated retail price per license, if known.
    pub margin: Option<Margin>,
    pub line_total: Option<Money>,
    /// Co-termed: the day its first term ends, its total the share for the days until then.
    pub ends_on: Option<time::Date>,
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

    /// Cost against estimated retail price over the lines that have both.
    pub fn margin_total(&self) -> Option<Margin> {
        Margin::total(self.lines.iter().filter_map(|l| Some(l.margin?.times(l.quantity))))
    }

    pub fn problem_count(&self) -> usize {
        self.lines.iter().filter(|l| !l.problems.is_empty()).count()
    }
}

/// Re-evaluates every line of `cart` against the rules, as on the Review your orders page.
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
                    margin: None,
                    line_total: None,
                    ends_on: line.ends_on,
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
                Some(plan) => offer
                    .availability
                    .price_for_quantity(plan.term, plan.billing_frequency, line.quantity),
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
            let margin = line
                .plan
                .and_then(|plan| offer.availability.margin_for(plan, line.quantity));
            let mut line_total = unit_price.map(|p| p.times(line.quantity));
            // Co-termed with a subscription the customer owns: priced for the days until then.
            if let (Some(ends), Some(plan), Some(full)) = (line.ends_on, line.plan, line_total) {
                match super::coterm_share(full, context.today, ends, plan) {
                    Some(share) => line_total = Some(share),
                    None => problems.push(LineProblem::EndOutsideTerm {
                        ends,
                        full_term_ends: plan.term.last_day_from(context.today),
                    }),
                }
            }
            total = total.plus(line_total.unwrap_or(Money::ZERO));
            ReviewLine {
                line: line.id,
                offer_index: Some(index),
                title: offer.sku.title.clone(),
                plan: line.plan,
                quantity: line.quantity,
                unit_price,
                margin,
                line_total,
                ends_on: line.ends_on.filter(|_| line.plan.is_some()),
                problems,
            }
        })
        .collect();
    Review { lines, total }
}

/// "1 line can't be bought; fix or remove it", "2 lines can't be bought; fix or remove them".
pub fn blocked_lines(count: usize) -> String {
    let it = if count == 1 { "it" } else { "them" };
    format!("{} can't be bought; fix or remove {it}", lines(count as i64))
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlaceOrderError {
    #[error("The cart is empty.")]
    EmptyCart,
    #[error("{} first.", blocked_lines(.0.problem_count()))]
    LinesBlocked(Review),
}

/// Buy: re-evaluates the cart and, if every line passes, creates the order.
pub fn place_order(
    context: &Context<'_>,
    cart: &Cart,
    id: OrderId,
    created_at: OffsetDateTime,
) -> Result<Order, PlaceOrderError> {
    if cart.is_empty() {
        return Err(PlaceOrderError::EmptyCart);
    }
    let checked = review(context, cart);
    if !checked.can_buy() {
        return Err(PlaceOrderError::LinesBlocked(checked));
    }
    let catalog = context.catalog;
    // A line that passed review is in the catalog; were one not, nothing is bought.
    let lines: Option<Vec<OrderLine>> = checked
        .lines
        .iter()
        .zip((0u32..).map(LineNumber))
        .map(|(line, number)| {
            let offer = catalog.get_offer_at(line.offer_index?)?;
            Some(OrderLine {
                number,
                offer: offer.id(),
                friendly_name: offer.sku.title.clone(),
                segment: offer.availability.segment,
                trial: offer.sku.trial,
                quantity: line.quantity,
                plan: line.plan,
                unit_price: line.unit_price.unwrap_or(Money::ZERO),
                erp_price: line.margin.map(|m| m.retail),
                line_total: line.line_total.unwrap_or(Money::ZERO),
                subscription_id: SubscriptionId::of_order_line(&id, number),
                cancellation_policy: CancellationPolicy::of(offer),
                cancellation: None,
                coterm: line.ends_on.map(|ends| Coterm {
                    ends,
                    window_opened: None,
                }),
            })
        })
        .collect();
    let Some(lines) = lines else {
        return Err(PlaceOrderError::LinesBlocked(checked));
    };
    Ok(Order {
        id,
        customer: context.customer.id.clone(),
        created_at,
        total: checked.total,
        lines,
        currency: catalog.currency(),
    })
}
