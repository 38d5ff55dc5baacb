//! Moving seats to another offer: an upgrade to a higher SKU, or a trial converted to paid.
//! Each buys a new subscription on an order of its own and records the move on the old one.

use time::OffsetDateTime;

use super::{record, situation, ChangeError, Situation};
use crate::app::cart::OrderNumbers;
use crate::app::store::{save, Store, StoredKey};
use crate::domain::cart::{Cart, NewLine};
use crate::domain::catalog::{Catalog, Offer};
use crate::domain::customer::Customer;
use crate::domain::ids::{CatalogItemId, ProductSkuId, SubscriptionId};
use crate::domain::orders::{coterm_line, place_order, Order, PlaceOrderError};
use crate::domain::rules::{Context, Parties, Reason};
use crate::domain::subscription::lifecycle::{changes_to, standing, Change, Changed, Lifecycle};
use crate::domain::subscription::{Subscription, SubscriptionStatus};
use crate::domain::term::{Coterm, Plan};

/// Where seats go when a subscription is upgraded or a trial converted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Destination {
    pub to: ProductSkuId,
    /// `None`: the subscription's own term and billing if the target offers it, else the
    /// target's first.
    pub plan: Option<Plan>,
}

/// What an upgrade or a conversion bought, and how many seats it moved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    pub order: Order,
    pub seats: u32,
}

/// The offers a subscription can be upgraded to (for an active paid one) or converted to (for
/// an active trial: the paid base SKUs of its product), with their titles.
pub fn destinations(catalog: &Catalog, subscription: &Subscription) -> Vec<(ProductSkuId, String)> {
    let Some((product, sku)) = catalog.sku(&subscription.offer.product_sku()) else {
        return Vec::new();
    };
    if subscription.trial {
        product
            .skus
            .iter()
            .filter(|s| !s.trial && !s.is_add_on())
            .filter(|s| s.availabilities.iter().any(|a| a.segment == subscription.segment))
            .map(|s| {
                let id = ProductSkuId {
                    product: product.id.clone(),
                    sku: s.id.clone(),
                };
                (id, s.title.clone())
            })
            .collect()
    } else {
        sku.upgrades
            .iter()
            .filter_map(|id| catalog.sku(id).map(|(_, s)| (id.clone(), s.title.clone())))
            .collect()
    }
}

/// The target SKU's offer for the subscription's segment in force on the day.
pub(crate) fn target_offer<'a>(
    catalog: &'a Catalog,
    to: &ProductSkuId,
    subscription: &Subscription,
    now: OffsetDateTime,
) -> Option<Offer<'a>> {
    let (product, sku) = catalog.sku(to)?;
    let availability = sku
        .availabilities
        .iter()
        .filter(|a| a.segment == subscription.segment)
        .find(|a| a.is_effective_on(now.date()))
        .or_else(|| sku.availabilities.iter().find(|a| a.segment == subscription.segment))?;
    catalog.offer(&CatalogItemId {
        product: product.id.clone(),
        sku: sku.id.clone(),
        availability: availability.id.clone(),
    })
}

/// What a user asked to move: from which subscription, to where, how many seats (as typed;
/// empty for an upgrade means all of them).
#[derive(Clone, Copy, Debug)]
pub struct MoveRequest<'a> {
    pub subscription: &'a SubscriptionId,
    pub destination: &'a Destination,
    pub seats: &'a str,
}

/// Moves seats of a paid subscription (all of them by default) to a new subscription of a
/// higher SKU, bought as an order at `now`.
pub fn upgrade(
    store: &mut impl Store,
    catalog: &Catalog,
    parties: &Parties,
    request: MoveRequest<'_>,
    now: OffsetDateTime,
    numbers: &mut impl OrderNumbers,
) -> Result<Moved, ChangeError> {
    let found = situation(store, catalog, &parties.customer, request.subscription, now)?;
    let (subscription, life) = (found.subscription, &found.life);
    if life.is_active() && (subscription.trial || life.plan.is_none()) {
        return Err(ChangeError::NotUpgradable);
    }
    let to = &request.destination.to;
    let context = Context::new(catalog, &parties.partner, &parties.customer, now.date());
    let seats = context
        .check_upgrade(found.offer, subscription, life, to, request.seats)
        .map_err(ChangeError::Refused)?;
    let mut order = buy_destination(catalog, parties, &found, request.destination, seats, now, numbers)?;
    // New commerce: the upgraded subscription keeps the term end of the one it came from and
    // inherits its cancellation window, so an upgrade is not a way to a fresh week to cancel in.
    if let Some(term) = life.term {
        let coterm = Coterm {
            ends: term.ends,
            window_opened: Some(term.began_at),
        };
        for number in order.lines.iter().map(|l| l.number).collect::<Vec<_>>() {
            coterm_line(&mut order, number, coterm);
        }
    }
    let change = Change::Upgraded {
        seats,
        to: to.clone(),
        order: order.id.clone(),
        at: now,
    };
    save_moved(
        store,
        &parties.customer,
        found.changes,
        request.subscription,
        change,
        order,
        seats,
    )
}

/// Converts an active trial into a paid subscription of its product, bought as an order.
pub fn convert_trial(
    store: &mut impl Store,
    catalog: &Catalog,
    parties: &Parties,
    request: MoveRequest<'_>,
    now: OffsetDateTime,
    numbers: &mut impl OrderNumbers,
) -> Result<Moved, ChangeError> {
    let found = situation(store, catalog, &parties.customer, request.subscription, now)?;
    if !found.subscription.trial {
        return Err(ChangeError::NotATrial);
    }
    if !found.life.is_active() {
        return Err(ChangeError::Refused(vec![Reason::SubscriptionNotActive {
            status: found.life.status,
        }]));
    }
    let to = &request.destination.to;
    if !destinations(catalog, found.subscription).iter().any(|(id, _)| id == to) {
        return Err(ChangeError::NotAConversion);
    }
    let seats = crate::domain::rules::read_line_quantity(request.seats).map_err(|r| ChangeError::Refused(vec![r]))?;
    let order = buy_destination(catalog, parties, &found, request.destination, seats, now, numbers)?;
    let change = Change::Converted {
        to: to.clone(),
        order: order.id.clone(),
        at: now,
    };
    save_moved(
        store,
        &parties.customer,
        found.changes,
        request.subscription,
        change,
        order,
        seats,
    )
}

/// What a trial converts to at the end of its 30 days when auto-renew is on: its product's first
/// paid edition for its segment, on that offer's default term and billing.
pub fn conversion_at_end(catalog: &Catalog, subscription: &Subscription) -> Option<Destination> {
    let (to, _) = destinations(catalog, subscription).into_iter().next()?;
    Some(Destination { to, plan: None })
}

/// A trial whose 30 days ended with auto-renew on, and what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndedTrial {
    pub name: String,
    /// The day it converted: the day after its last.
    pub on: time::Date,
    /// The paid subscription's order, or why none could be bought (the trial then ended).
    pub outcome: Result<Moved, ChangeError>,
}

/// Converts every trial of the customer whose 30 days ended by `now` with auto-renew on, as
/// Partner Center does at the trial's end: each paid subscription is bought (checked by the
/// rules like any order) at midnight UTC of the day after the trial's last, with the trial's
/// seats. A trial whose conversion can't be bought ends instead, its auto-renew turned off at
/// that instant. Run when a customer's pages are shown; a trial already dealt with is left.
pub fn convert_ended_trials(
    store: &mut impl Store,
    catalog: &Catalog,
    parties: &Parties,
    now: OffsetDateTime,
    numbers: &mut impl OrderNumbers,
) -> Vec<EndedTrial> {
    let Ok(changes) = super::stored_changes(store, &parties.customer.id) else {
        return Vec::new();
    };
    let due: Vec<(Subscription, OffsetDateTime)> = parties
        .customer
        .subscriptions
        .iter()
        .filter(|s| s.trial)
        .filter(|s| {
            !changes_to(&changes, &s.id)
                .iter()
                .any(|c| matches!(c, Change::Converted { .. } | Change::Upgraded { .. }))
        })
        .filter_map(|s| {
            // Auto-renew as it stood on the trial's last day decides.
            let life = Lifecycle::of(s, &changes_to(&changes, &s.id), now);
            let term = life.term?;
            let at = crate::domain::dates::days_after(term.ends, 1)
                .with_time(time::Time::MIDNIGHT)
                .assume_utc();
            (life.status == SubscriptionStatus::Converted && at <= now).then(|| (s.clone(), at))
        })
        .collect();
    due.into_iter()
        .map(|(trial, at)| {
            let outcome = convert_at(store, catalog, parties, &trial, at, numbers);
            if outcome.is_err() {
                if let Ok(changes) = super::stored_changes(store, &parties.customer.id) {
                    let _ = record(
                        store,
                        &parties.customer.id,
                        changes,
                        &trial.id,
                        Change::AutoRenew {
                            on: false,
                            at: at.saturating_sub(time::Duration::SECOND),
                        },
                    );
                }
            }
            EndedTrial {
                name: trial.friendly_name.clone(),
                on: at.date(),
                outcome,
            }
        })
        .collect()
}

/// Buys a trial's paid subscription at `at`, the end of its 30 days.
fn convert_at(
    store: &mut impl Store,
    catalog: &Catalog,
    parties: &Parties,
    trial: &Subscription,
    at: OffsetDateTime,
    numbers: &mut impl OrderNumbers,
) -> Result<Moved, ChangeError> {
    let destination = conversion_at_end(catalog, trial).ok_or(ChangeError::NotAConversion)?;
    // The trial as it stood on its last day, so that its conversion is checked then.
    let found = situation(
        store,
        catalog,
        &parties.customer,
        &trial.id,
        at.saturating_sub(time::Duration::SECOND),
    )?;
    let seats = found.life.quantity;
    let order = buy_destination(catalog, parties, &found, &destination, seats, at, numbers)?;
    let change = Change::Converted {
        to: destination.to.clone(),
        order: order.id.clone(),
        at,
    };
    save_moved(store, &parties.customer, found.changes, &trial.id, change, order, seats)
}

/// Buys the destination as a one-line order, checked by the rules like any purchase. The
/// rules see the customer without the seats being moved (they must not count twice in a pool).
fn buy_destination(
    catalog: &Catalog,
    parties: &Parties,
    from: &Situation<'_>,
    destination: &Destination,
    seats: u32,
    now: OffsetDateTime,
    numbers: &mut impl OrderNumbers,
) -> Result<Order, ChangeError> {
    let target =
        target_offer(catalog, &destination.to, from.subscription, now).ok_or(ChangeError::OfferNotInCatalog)?;
    let plans: Vec<Plan> = target.availability.plans().map(|(plan, _)| plan).collect();
    let own_plan = if from.subscription.trial { None } else { from.life.plan };
    let plan = destination
        .plan
        .or(own_plan.filter(|p| plans.contains(p)))
        .or_else(|| target.availability.default_plan());
    let mut as_it_stands = standing(&parties.customer, &from.changes, now);
    if let Some(moving) = as_it_stands
        .subscriptions
        .iter_mut()
        .find(|s| s.id == from.subscription.id)
    {
        moving.quantity = moving.quantity.saturating_sub(seats);
    }
    let context = Context::new(catalog, &parties.partner, &as_it_stands, now.date());
    let cart = Cart::from_iter([NewLine {
        offer: target.id(),
        quantity: seats,
        plan,
    }]);
    place_order(&context, &cart, numbers.next_number(), now).map_err(|e| match e {
        PlaceOrderError::EmptyCart => ChangeError::OfferNotInCatalog,
        PlaceOrderError::LinesBlocked(review) => {
            ChangeError::Blocked(review.lines.into_iter().flat_map(|l| l.problems).collect())
        }
    })
}

/// Stores the new order, then the change on the subscription it came from; if the change
/// can't be stored, the order is taken back, so nothing is half done.
fn save_moved(
    store: &mut impl Store,
    customer: &Customer,
    changes: Vec<Changed>,
    subscription_id: &SubscriptionId,
    change: Change,
    order: Order,
    seats: u32,
) -> Result<Moved, ChangeError> {
    let key = StoredKey::Order(customer.id.clone(), order.id.clone());
    save(store, &key, &order).map_err(ChangeError::Storage)?;
    if let Err(e) = record(store, &customer.id, changes, subscription_id, change) {
        store.remove(&key.to_string());
        return Err(e);
    }
    Ok(Moved { order, seats })
}
