//! Seat changes on a subscription the customer owns: seats are added at any time (within the
//! SKU's maximum and any pool), removed only within 168 hours of the purchase, a renewal or
//! their own addition, and moved to a higher SKU only along the SKU's upgrade paths.

use time::OffsetDateTime;

use super::quantity::read_quantity;
use super::{Context, Reason};
use crate::domain::catalog::Offer;
use crate::domain::ids::ProductSkuId;
use crate::domain::subscription::lifecycle::{Lifecycle, RemovalWindow};
use crate::domain::subscription::Subscription;

impl Context<'_> {
    /// Reads the seats to add to `subscription` (as it stands: `life`) and checks them.
    pub fn check_seat_addition(
        &self,
        offer: Offer<'_>,
        subscription: &Subscription,
        life: &Lifecycle,
        input: &str,
    ) -> Result<u32, Vec<Reason>> {
        unchangeable(subscription, life)?;
        let requested = read_quantity(input).map_err(|r| vec![r])?;
        if requested < 1 {
            return Err(vec![Reason::QuantityBelowMinimum { requested, minimum: 1 }]);
        }
        let limits = self.quantity_limits(offer);
        let mut reasons = Vec::new();
        if i64::from(life.quantity).saturating_add(requested) > i64::from(limits.maximum) {
            reasons.push(Reason::SubscriptionAboveMaximum {
                requested,
                owned: life.quantity,
                maximum: limits.maximum,
            });
        }
        // The customer's subscriptions (this one included) already count against the pool; a
        // pool no larger than the maximum says all the maximum would.
        let beyond: Vec<Reason> = super::quantity::beyond_pool(limits, requested).collect();
        let implied = [limits.pooled, limits.per_customer]
            .into_iter()
            .flatten()
            .any(|p| p.limit <= limits.maximum);
        if !beyond.is_empty() && implied {
            reasons.clear();
        }
        reasons.extend(beyond);
        if reasons.is_empty() {
            super::quantity::as_quantity(requested)
        } else {
            Err(reasons)
        }
    }

    /// Reads the seats to remove from `subscription` at `now` and checks them.
    pub fn check_seat_removal(
        &self,
        offer: Offer<'_>,
        subscription: &Subscription,
        life: &Lifecycle,
        input: &str,
        now: OffsetDateTime,
    ) -> Result<u32, Vec<Reason>> {
        unchangeable(subscription, life)?;
        if let Some(kind) = not_reducible(offer) {
            return Err(vec![Reason::SeatsNotReducible { kind }]);
        }
        let requested = read_quantity(input).map_err(|r| vec![r])?;
        if requested < 1 {
            return Err(vec![Reason::QuantityBelowMinimum { requested, minimum: 1 }]);
        }
        let minimum = offer.sku.min_quantity.max(1);
        if i64::from(life.quantity).saturating_sub(requested) < i64::from(minimum) {
            return Err(vec![Reason::SubscriptionBelowMinimum {
                requested,
                owned: life.quantity,
                minimum,
            }]);
        }
        match life.removal_window(now) {
            Some(RemovalWindow::AllSeats { .. }) => {}
            Some(RemovalWindow::RecentSeats {
                seats: removable,
                until,
            }) if requested > i64::from(removable) => {
                return Err(vec![Reason::OnlyRecentSeatsRemovable {
                    requested,
                    removable,
                    until,
                }]);
            }
            Some(RemovalWindow::RecentSeats { .. }) => {}
            Some(RemovalWindow::Closed { closed, term_ends }) => {
                return Err(vec![Reason::ReductionWindowClosed { closed, term_ends }]);
            }
            // `unchangeable` refused subscriptions without a term.
            None => return Err(vec![Reason::UsageBilledHasNoSeats]),
        }
        super::quantity::as_quantity(requested)
    }
}

/// Whether the offer's subscriptions can never have seats removed, and why.
fn not_reducible(offer: Offer<'_>) -> Option<super::reason::NotReducible> {
    if offer.product.category == crate::domain::catalog::ProductCategory::Software {
        Some(super::reason::NotReducible::Software)
    } else if offer.product.is_reservation(offer.availability) {
        Some(super::reason::NotReducible::Reservation)
    } else {
        None
    }
}

impl Context<'_> {
    /// Reads the seats to move from `subscription` to the SKU `to` (empty: all of them) and
    /// checks the move itself; buying `to` is checked by the rules like any purchase.
    pub fn check_upgrade(
        &self,
        offer: Offer<'_>,
        subscription: &Subscription,
        life: &Lifecycle,
        to: &ProductSkuId,
        input: &str,
    ) -> Result<u32, Vec<Reason>> {
        if !life.is_active() {
            return Err(vec![Reason::SubscriptionNotActive { status: life.status }]);
        }
        if !offer.sku.upgrades.contains(to) {
            return Err(vec![Reason::UpgradeNotAllowed {
                from: subscription.friendly_name.clone(),
                to: self.catalog.sku_title(to),
                allowed: offer
                    .sku
                    .upgrades
                    .iter()
                    .filter_map(|id| self.catalog.sku(id).map(|(_, s)| s.title.clone()))
                    .collect(),
            }]);
        }
        let requested = if input.trim().is_empty() {
            i64::from(life.quantity)
        } else {
            read_quantity(input).map_err(|r| vec![r])?
        };
        if requested < 1 {
            return Err(vec![Reason::QuantityBelowMinimum { requested, minimum: 1 }]);
        }
        if requested > i64::from(life.quantity) {
            return Err(vec![Reason::UpgradeMoreThanOwned {
                requested,
                owned: life.quantity,
            }]);
        }
        super::quantity::as_quantity(requested)
    }
}

/// A subscription whose seats can't change at all, whatever the number.
fn unchangeable(subscription: &Subscription, life: &Lifecycle) -> Result<(), Vec<Reason>> {
    if !life.is_active() {
        return Err(vec![Reason::SubscriptionNotActive { status: life.status }]);
    }
    if life.plan.is_none() {
        return Err(vec![Reason::UsageBilledHasNoSeats]);
    }
    if subscription.trial {
        return Err(vec![Reason::TrialSeatsCannotChange {
            seats: subscription.quantity,
        }]);
    }
    Ok(())
}
