//! After Buy: the customer's subscriptions as they stand, and what the partner changes on them
//! (seats added or removed, auto-renew, what the next term will be). Each change is checked by
//! the rules, then appended to the customer's stored list of changes.

use std::collections::BTreeMap;

use crate::i18n::{keys, reasons, text, Language};
use time::OffsetDateTime;

use crate::app::cart::OrderNumbers;
use crate::app::store::{load, save, StorageNotice, Store, StoredKey};
use crate::domain::cart::{Cart, NewLine};
use crate::domain::catalog::{Catalog, Offer};
use crate::domain::customer::Customer;
use crate::domain::ids::{CatalogItemId, CustomerId, ProductSkuId};
use crate::domain::money::Money;
use crate::domain::orders::{place_order, BuyError, LineProblem, Order};
use crate::domain::rules::{read_quantity, Context, Parties, Reason};
use crate::domain::subscription::lifecycle::{
    changes_to, days_left_in_period, lifecycles, prorated, standing, Change, Changed, Lifecycle,
};
use crate::domain::subscription::Subscription;
use crate::domain::term::Plan;

/// One customer's stored changes (none stored: none made).
pub fn stored_changes(store: &mut impl Store, customer: &CustomerId) -> Result<Vec<Changed>, StorageNotice> {
    Ok(load(store, &StoredKey::SubscriptionChanges(customer.clone()))?.unwrap_or_default())
}

/// Every customer's stored changes, and what could not be read.
pub fn all_changes(store: &mut impl Store) -> (BTreeMap<CustomerId, Vec<Changed>>, Vec<StorageNotice>) {
    let keys: Vec<StoredKey> = store.keys().iter().filter_map(|k| k.parse().ok()).collect();
    let mut all = BTreeMap::new();
    let mut notices = Vec::new();
    for key in keys {
        if let StoredKey::SubscriptionChanges(customer) = &key {
            match load(store, &key) {
                Ok(Some(changes)) => {
                    all.insert(customer.clone(), changes);
                }
                Ok(None) => {}
                Err(notice) => notices.push(notice),
            }
        }
    }
    (all, notices)
}

/// A subscription with how it stands on the app's day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscriptionRow {
    pub subscription: Subscription,
    pub life: Lifecycle,
    /// For an add-on: the name of the subscription it is on.
    pub base_name: Option<String>,
}

/// The customer's subscriptions (its own and its orders'): active ones first, newest first,
/// each add-on right after the subscription it is on.
pub fn subscription_rows(customer: &Customer, changes: &[Changed], now: OffsetDateTime) -> Vec<SubscriptionRow> {
    let subscriptions = &customer.subscriptions;
    let name_of = |id: &str| {
        subscriptions
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.friendly_name.clone())
    };
    let mut rows: Vec<SubscriptionRow> = subscriptions
        .iter()
        .zip(lifecycles(subscriptions, changes, now))
        .map(|(s, life)| SubscriptionRow {
            base_name: s.base.as_deref().and_then(name_of),
            subscription: s.clone(),
            life,
        })
        .collect();
    let order = |r: &SubscriptionRow| (!r.life.is_active(), std::cmp::Reverse(r.subscription.purchased_on));
    rows.sort_by_key(order);
    let (add_ons, mut ordered): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| r.base_name.is_some());
    for add_on in add_ons {
        let base = add_on.subscription.base.clone();
        match ordered
            .iter()
            .rposition(|r| Some(&r.subscription.id) == base.as_ref() || r.subscription.base == base)
        {
            Some(at) => ordered.insert(at + 1, add_on),
            None => ordered.push(add_on),
        }
    }
    ordered
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeatAction {
    Add,
    Remove,
}

/// What a seat change did: the seats, and what was charged (added) or refunded (removed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeatsChanged {
    pub action: SeatAction,
    pub seats: u32,
    pub amount: Money,
    pub quantity_now: u32,
    /// Days of the term the amount is for, today included.
    pub days_left: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeError {
    /// Not among the customer's subscriptions (removed in another tab).
    NotFound,
    /// Its offer is not in the catalog in use, so its limits and price are unknown here.
    OfferNotInCatalog,
    /// No term to renew: billed for what is used, or a trial.
    NotRenewable,
    /// A trial is converted to paid, not upgraded.
    NotUpgradable,
    NotATrial,
    /// A trial converts only to a paid edition of its own product.
    NotAConversion,
    Refused(Vec<Reason>),
    /// The order for the new subscription can't be placed, for these reasons.
    Blocked(Vec<LineProblem>),
    Storage(StorageNotice),
}

impl ChangeError {
    pub fn sentence(&self, language: Language) -> String {
        match self {
            ChangeError::NotFound => text(language, keys::CHANGE_NOT_FOUND),
            ChangeError::OfferNotInCatalog => text(language, keys::CHANGE_OFFER_NOT_IN_CATALOG),
            ChangeError::NotRenewable => text(language, keys::CHANGE_NOT_RENEWABLE),
            ChangeError::NotUpgradable => text(language, keys::CHANGE_NOT_UPGRADABLE),
            ChangeError::NotATrial => text(language, keys::CHANGE_NOT_A_TRIAL),
            ChangeError::NotAConversion => text(language, keys::CHANGE_NOT_A_CONVERSION),
            ChangeError::Refused(found) => reasons::sentences(language, found),
            ChangeError::Blocked(problems) => problems
                .iter()
                .map(|p| reasons::line_problem(language, p))
                .collect::<Vec<_>>()
                .join(" "),
            ChangeError::Storage(notice) => notice.sentence(language),
        }
    }
}

english_display!(ChangeError);
impl std::error::Error for ChangeError {}

/// Everything a change is checked against, read again from storage.
struct Situation<'a> {
    changes: Vec<Changed>,
    subscription: &'a Subscription,
    life: Lifecycle,
    offer: Offer<'a>,
}

fn situation<'a>(
    store: &mut impl Store,
    catalog: &'a Catalog,
    customer: &'a Customer,
    subscription_id: &str,
    now: OffsetDateTime,
) -> Result<Situation<'a>, ChangeError> {
    let changes = stored_changes(store, &customer.id).map_err(ChangeError::Storage)?;
    let subscription = customer
        .subscriptions
        .iter()
        .find(|s| s.id == subscription_id)
        .ok_or(ChangeError::NotFound)?;
    let life = Lifecycle::of(subscription, &changes_to(&changes, subscription_id), now);
    let offer = catalog
        .offer(&subscription.offer)
        .ok_or(ChangeError::OfferNotInCatalog)?;
    Ok(Situation {
        changes,
        subscription,
        life,
        offer,
    })
}

/// The price per seat for a whole term of `plan` in force on the day: the SKU's price-list
/// entry for that day (a scheduled change included), else the one it was bought from; with
/// volume tiers, the tier of the subscription's `seats`.
fn unit_price(offer: Offer<'_>, subscription: &Subscription, plan: Plan, seats: u32, now: OffsetDateTime) -> Money {
    offer
        .sku
        .availabilities
        .iter()
        .find(|a| a.segment == subscription.segment && a.is_effective_on(now.date()))
        .unwrap_or(offer.availability)
        .price_for_quantity(plan.term, plan.billing_frequency, seats)
        .unwrap_or(Money::ZERO)
}

fn record(
    store: &mut impl Store,
    customer: &CustomerId,
    mut changes: Vec<Changed>,
    subscription: &str,
    change: Change,
) -> Result<(), ChangeError> {
    changes.push(Changed {
        subscription: subscription.to_string(),
        change,
    });
    save(store, &StoredKey::SubscriptionChanges(customer.clone()), &changes).map_err(ChangeError::Storage)
}

/// Adds or removes seats as typed, at `now`. `parties` has the customer with its orders'
/// subscriptions; the rules see them as they stand after every change made so far.
pub fn change_seats(
    store: &mut impl Store,
    catalog: &Catalog,
    parties: &Parties,
    subscription_id: &str,
    action: SeatAction,
    input: &str,
    now: OffsetDateTime,
) -> Result<SeatsChanged, ChangeError> {
    let customer = &parties.customer;
    let Situation {
        changes,
        subscription,
        life,
        offer,
    } = situation(store, catalog, customer, subscription_id, now)?;
    let as_it_stands = standing(customer, &changes, now);
    let context = Context::new(catalog, &parties.partner, &as_it_stands, now.date());
    let seats = match action {
        SeatAction::Add => context.check_seat_addition(offer, subscription, &life, input),
        SeatAction::Remove => context.check_seat_removal(offer, subscription, &life, input, now),
    }
    .map_err(ChangeError::Refused)?;
    let (Some(plan), Some(term)) = (life.plan, life.term) else {
        return Err(ChangeError::Refused(vec![Reason::UsageBilledHasNoSeats]));
    };
    let price = unit_price(offer, subscription, plan, life.quantity, now);
    let amount = prorated(price, plan, seats, &term, now.date());
    let (change, quantity_now) = match action {
        SeatAction::Add => (
            Change::SeatsAdded {
                seats,
                at: now,
                charge: amount,
            },
            life.quantity + seats,
        ),
        SeatAction::Remove => (
            Change::SeatsRemoved {
                seats,
                at: now,
                refund: amount,
            },
            life.quantity - seats,
        ),
    };
    record(store, &customer.id, changes, subscription_id, change)?;
    Ok(SeatsChanged {
        action,
        seats,
        amount,
        quantity_now,
        days_left: days_left_in_period(&term, plan, now.date()),
    })
}

/// Only an active subscription with a paid term renews.
fn renewable(situation: Situation<'_>) -> Result<Situation<'_>, ChangeError> {
    let life = &situation.life;
    if !life.is_active() {
        return Err(ChangeError::Refused(vec![Reason::SubscriptionNotActive {
            status: life.status,
        }]));
    }
    if life.plan.is_none() || situation.subscription.trial {
        return Err(ChangeError::NotRenewable);
    }
    Ok(situation)
}

/// Turns auto-renew on or off.
pub fn set_auto_renew(
    store: &mut impl Store,
    catalog: &Catalog,
    customer: &Customer,
    subscription_id: &str,
    on: bool,
    now: OffsetDateTime,
) -> Result<(), ChangeError> {
    let Situation { changes, .. } = renewable(situation(store, catalog, customer, subscription_id, now)?)?;
    record(
        store,
        &customer.id,
        changes,
        subscription_id,
        Change::AutoRenew { on, at: now },
    )
}

/// Sets the quantity, term and billing frequency of the next term.
pub fn set_renewal(
    store: &mut impl Store,
    catalog: &Catalog,
    customer: &Customer,
    subscription_id: &str,
    quantity: &str,
    plan: Plan,
    now: OffsetDateTime,
) -> Result<(), ChangeError> {
    let Situation { changes, offer, .. } = renewable(situation(store, catalog, customer, subscription_id, now)?)?;
    let requested = read_quantity(quantity).map_err(|r| ChangeError::Refused(vec![r]))?;
    let (minimum, maximum) = (offer.sku.min_quantity.max(1), offer.sku.max_quantity);
    if requested < i64::from(minimum) {
        return Err(ChangeError::Refused(vec![Reason::QuantityBelowMinimum {
            requested,
            minimum,
        }]));
    }
    let quantity = match u32::try_from(requested) {
        Ok(quantity) if quantity <= maximum => quantity,
        _ => {
            return Err(ChangeError::Refused(vec![Reason::QuantityAboveMaximum {
                requested,
                maximum,
            }]))
        }
    };
    if offer
        .availability
        .price_for(plan.term, plan.billing_frequency)
        .is_none()
    {
        return Err(ChangeError::Refused(vec![Reason::PlanNotOffered { plan }]));
    }
    record(
        store,
        &customer.id,
        changes,
        subscription_id,
        Change::AtRenewal {
            quantity,
            plan,
            at: now,
        },
    )
}

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
    pub subscription: &'a str,
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
    let order = buy_destination(catalog, parties, &found, request.destination, seats, now, numbers)?;
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
        BuyError::EmptyCart => ChangeError::OfferNotInCatalog,
        BuyError::LinesBlocked(review) => {
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
    subscription_id: &str,
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
