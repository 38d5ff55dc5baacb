//! Quantity checks: the typed-in text, the SKU's minimum and maximum, fixed trial seats, and
//! seat pools shared across the customer's subscriptions.

use super::{Context, Reason};
use crate::domain::catalog::{Offer, TRIAL_SEATS};
use crate::domain::term::Plan;

/// What quantity the customer may still buy of one offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuantityLimits {
    pub minimum: u32,
    pub maximum: u32,
    /// Seats left in the SKU's pool, if it belongs to one.
    pub pooled: Option<PooledRemaining>,
    /// Seats left of the SKU's per-customer limit, if it has one.
    pub per_customer: Option<PooledRemaining>,
    /// Trials are for exactly this many seats.
    pub fixed: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PooledRemaining {
    pub remaining: u32,
    pub limit: u32,
}

impl Context<'_> {
    pub fn quantity_limits(&self, offer: Offer<'_>) -> QuantityLimits {
        let pooled = offer.sku.seat_pool.map(|pool| {
            let used: u32 = self
                .customer
                .subscriptions
                .iter()
                .filter(|s| s.is_active() && !s.trial)
                .filter(|s| {
                    self.catalog
                        .sku(&s.offer.product_sku())
                        .is_some_and(|(_, sku)| sku.seat_pool == Some(pool))
                })
                .map(|s| s.quantity)
                .sum::<u32>()
                .saturating_add(self.cart.map_or(0, |cart| cart.seats_in_pool(self.catalog, pool)));
            PooledRemaining {
                remaining: pool.limit().saturating_sub(used),
                limit: pool.limit(),
            }
        });
        let per_customer = offer.sku.customer_limit.map(|limit| {
            let sku = offer.product_sku();
            let owned: u32 = self
                .customer
                .subscriptions
                .iter()
                .filter(|s| s.is_active() && !s.trial && s.offer.product_sku() == sku)
                .map(|s| s.quantity)
                .sum();
            let in_cart: u32 = self.cart.map_or(0, |cart| {
                cart.lines()
                    .iter()
                    .filter(|l| l.offer.product_sku() == sku)
                    .map(|l| l.quantity)
                    .sum()
            });
            PooledRemaining {
                remaining: limit.saturating_sub(owned.saturating_add(in_cart)),
                limit,
            }
        });
        QuantityLimits {
            minimum: offer.sku.min_quantity,
            maximum: offer.sku.max_quantity,
            pooled,
            per_customer,
            fixed: offer.sku.trial.then_some(TRIAL_SEATS),
        }
    }

    /// Reads a quantity as typed and checks it, returning every problem with it.
    pub fn check_quantity(&self, offer: Offer<'_>, input: &str) -> Result<u32, Vec<Reason>> {
        let requested = read_quantity(input).map_err(|reason| vec![reason])?;

        let limits = self.quantity_limits(offer);
        let mut reasons = Vec::new();
        if let Some(seats) = limits.fixed {
            if requested != i64::from(seats) {
                reasons.push(Reason::TrialSeatsFixed { requested, seats });
            }
            return finish(reasons, requested);
        }
        if requested < i64::from(limits.minimum) {
            reasons.push(Reason::QuantityBelowMinimum {
                requested,
                minimum: limits.minimum,
            });
        }
        if requested > i64::from(limits.maximum) {
            reasons.push(Reason::QuantityAboveMaximum {
                requested,
                maximum: limits.maximum,
            });
        }
        reasons.extend(beyond_pool(limits, requested));
        finish(implied_maximum_dropped(reasons, limits), requested)
    }
}

impl Context<'_> {
    /// Reads a quantity typed at Add to cart and checks the line it would make. The same offer
    /// on the same plan already in the cart becomes one line with it, so those seats count: a
    /// line holding 20 of a 25-seat maximum takes 5 more at most, and a trial in the cart is
    /// already full.
    pub fn check_addition(&self, offer: Offer<'_>, plan: Option<Plan>, input: &str) -> Result<u32, Vec<Reason>> {
        let id = offer.id();
        let in_cart = self
            .cart
            .and_then(|cart| cart.lines().iter().find(|l| l.offer == id && l.plan == plan))
            .map_or(0, |line| line.quantity);
        if in_cart == 0 {
            return self.check_quantity(offer, input);
        }
        let requested = read_quantity(input).map_err(|reason| vec![reason])?;
        let limits = self.quantity_limits(offer);
        if let Some(seats) = limits.fixed {
            return Err(vec![Reason::TrialAlreadyInCart { seats }]);
        }
        let mut reasons = Vec::new();
        if requested < 1 {
            reasons.push(Reason::QuantityBelowMinimum { requested, minimum: 1 });
        } else if i64::from(in_cart).saturating_add(requested) > i64::from(limits.maximum) {
            reasons.push(Reason::LineAboveMaximum {
                requested,
                in_cart,
                maximum: limits.maximum,
            });
        }
        // The pool already counts the seats in the cart, this line's among them.
        reasons.extend(beyond_pool(limits, requested));
        finish(implied_maximum_dropped(reasons, limits), requested)
    }
}

/// The requested seats don't fit in what is left of the SKU's pool, or of its per-customer
/// limit (both count what the customer owns and what the cart holds).
pub(super) fn beyond_pool(limits: QuantityLimits, requested: i64) -> impl Iterator<Item = Reason> {
    // The number as typed, however large: sentences repeat what the user wrote.
    let seats = requested;
    let exceeded = |left: Option<PooledRemaining>| left.filter(|left| requested > i64::from(left.remaining));
    let pool = exceeded(limits.pooled).map(|PooledRemaining { remaining, limit }| Reason::ExceedsPooledLimit {
        requested: seats,
        remaining,
        limit,
    });
    let customer =
        exceeded(limits.per_customer).map(|PooledRemaining { remaining, limit }| Reason::ExceedsCustomerLimit {
            requested: seats,
            remaining,
            limit,
        });
    pool.into_iter().chain(customer)
}

/// A per-customer limit no larger than the per-subscription maximum says all the maximum
/// would: when both are exceeded, the maximum's sentence is left out (Teams Rooms Basic: 25
/// per subscription and 25 per customer).
fn implied_maximum_dropped(reasons: Vec<Reason>, limits: QuantityLimits) -> Vec<Reason> {
    let implied = limits.per_customer.is_some_and(|c| c.limit <= limits.maximum)
        && reasons.iter().any(|r| matches!(r, Reason::ExceedsCustomerLimit { .. }));
    if !implied {
        return reasons;
    }
    reasons
        .into_iter()
        .filter(|r| !matches!(r, Reason::QuantityAboveMaximum { .. } | Reason::LineAboveMaximum { .. }))
        .collect()
}

/// Reads a quantity as typed: a whole number (perhaps negative), or why it isn't one.
pub fn read_quantity(input: &str) -> Result<i64, Reason> {
    let text = input.trim();
    if text.is_empty() {
        return Err(Reason::QuantityMissing);
    }
    text.parse().map_err(|_| Reason::QuantityNotWholeNumber {
        input: text.chars().take(40).collect(),
    })
}

/// A quantity a cart line can hold: a whole number of at least one seat. The SKU's own
/// limits are checked on review, with the rest of the rules.
pub fn read_line_quantity(input: &str) -> Result<u32, Reason> {
    let requested = read_quantity(input)?;
    u32::try_from(requested)
        .ok()
        .filter(|q| *q >= 1)
        .ok_or(Reason::QuantityBelowMinimum { requested, minimum: 1 })
}

fn finish(reasons: Vec<Reason>, requested: i64) -> Result<u32, Vec<Reason>> {
    if reasons.is_empty() {
        // Every path that reaches here checked requested >= minimum >= 1 and <= a u32 limit.
        as_quantity(requested)
    } else {
        Err(reasons)
    }
}

/// A requested quantity the checks passed, as a count of licences; past what a count holds it
/// is refused like any quantity above a maximum.
pub(crate) fn as_quantity(requested: i64) -> Result<u32, Vec<Reason>> {
    u32::try_from(requested).map_err(|_| {
        vec![Reason::QuantityAboveMaximum {
            requested,
            maximum: u32::MAX,
        }]
    })
}
