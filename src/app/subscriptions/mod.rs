//! After Buy: the customer's subscriptions as they stand, and what the partner changes on them
//! (seats added or removed, auto-renew, what the next term will be). Each change is checked by
//! the rules, then appended to the customer's stored list of changes. Upgrades and trial
//! conversions, which buy a new subscription, are in [`moves`].

mod moves;

pub(crate) use moves::target_offer;
pub use moves::{
    conversion_at_end, convert_ended_trials, convert_trial, destinations, upgrade, Destination, EndedTrial,
    MoveRequest, Moved,
};

use std::collections::BTreeMap;

use crate::i18n::{keys, reasons, text, Language};
use time::{Date, OffsetDateTime};

use crate::app::store::{load, save, Notice, Store, StoredKey};
use crate::domain::catalog::{Catalog, Offer};
use crate::domain::customer::Customer;
use crate::domain::ids::{CustomerId, ProductSkuId, SubscriptionId};
use crate::domain::money::Money;
use crate::domain::orders::LineProblem;
use crate::domain::rules::{read_quantity, Context, Parties, Reason};
use crate::domain::subscription::lifecycle::{
    changes_to, days_left_in_period, lifecycles, prorated, standing, Change, Changed, Lifecycle,
};
use crate::domain::subscription::{Subscription, SubscriptionStatus};
use crate::domain::term::Plan;

/// One customer's stored changes (none stored: none made).
pub fn stored_changes(store: &mut impl Store, customer: &CustomerId) -> Result<Vec<Changed>, Notice> {
    Ok(load(store, &StoredKey::SubscriptionChanges(customer.clone()))?.unwrap_or_default())
}

/// Every customer's stored changes, and what could not be read.
pub fn all_changes(store: &mut impl Store) -> (BTreeMap<CustomerId, Vec<Changed>>, Vec<Notice>) {
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
}

/// The customer's subscriptions (its own and its orders'): active ones first, newest first.
pub fn subscription_rows(customer: &Customer, changes: &[Changed], now: OffsetDateTime) -> Vec<SubscriptionRow> {
    let mut rows: Vec<SubscriptionRow> = customer
        .subscriptions
        .iter()
        .zip(lifecycles(&customer.subscriptions, changes, now))
        .map(|(s, life)| SubscriptionRow {
            subscription: s.clone(),
            life,
        })
        .collect();
    rows.sort_by_key(|r| (!r.life.is_active(), std::cmp::Reverse(r.subscription.purchased_on)));
    rows
}

/// A day a new subscription can be co-termed to, as Partner Center offers at purchase: the
/// term end of one of the customer's active paid subscriptions, with its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CotermChoice {
    pub ends: time::Date,
    pub name: String,
}

/// The days a line bought on `today` on `plan` can end with, soonest first: the current term
/// ends of the customer's active paid subscriptions, from today to the end of a full term.
/// None for a trial: it has no paid term to co-term.
pub fn coterm_choices(rows: &[SubscriptionRow], today: time::Date, plan: Plan) -> Vec<CotermChoice> {
    if plan.billing_frequency == crate::domain::term::BillingFrequency::None {
        return Vec::new();
    }
    let full = plan.term.last_day_from(today);
    let mut choices: Vec<CotermChoice> = rows
        .iter()
        .filter(|r| r.life.is_active() && !r.life.trial)
        .filter_map(|r| {
            let ends = r.life.term?.ends;
            (today <= ends && ends < full).then(|| CotermChoice {
                ends,
                name: r.subscription.friendly_name.clone(),
            })
        })
        .collect();
    choices.sort_by(|a, b| a.ends.cmp(&b.ends).then_with(|| a.name.cmp(&b.name)));
    choices.dedup_by(|a, b| a.ends == b.ends);
    choices
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
    /// What was scheduled for the renewal was cleared by this change.
    pub cleared_renewal: bool,
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
    /// Not an edition this subscription can renew as.
    NotARenewalEdition,
    Refused(Vec<Reason>),
    /// The order for the new subscription can't be placed, for these reasons.
    Blocked(Vec<LineProblem>),
    Storage(Notice),
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
            ChangeError::NotARenewalEdition => text(language, keys::CHANGE_NOT_A_RENEWAL_EDITION),
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
    subscription_id: &SubscriptionId,
    now: OffsetDateTime,
) -> Result<Situation<'a>, ChangeError> {
    let changes = stored_changes(store, &customer.id).map_err(ChangeError::Storage)?;
    let subscription = customer
        .subscriptions
        .iter()
        .find(|s| s.id == *subscription_id)
        .ok_or(ChangeError::NotFound)?;
    let life = Lifecycle::of(subscription, &changes_to(&changes, subscription_id), now);
    // The offer of the term in force: a renewal may have changed the edition.
    let offer = catalog
        .offer(life.offer.as_ref().unwrap_or(&subscription.offer))
        .ok_or(ChangeError::OfferNotInCatalog)?;
    Ok(Situation {
        changes,
        subscription,
        life,
        offer,
    })
}

/// The price per seat for a whole term of `plan`, locked for the term: the SKU's price-list
/// entry in force on the term's first day (a price change applies from the next renewal),
/// else the one it was bought from; with volume tiers, the tier of the subscription's `seats`.
pub(crate) fn unit_price(
    offer: Offer<'_>,
    subscription: &Subscription,
    plan: Plan,
    seats: u32,
    term_began: Date,
) -> Money {
    offer
        .sku
        .availabilities
        .iter()
        .find(|a| a.segment == subscription.segment && a.is_effective_on(term_began))
        .unwrap_or(offer.availability)
        .price_for_quantity(plan.term, plan.billing_frequency, seats)
        .unwrap_or(Money::ZERO)
}

fn record(
    store: &mut impl Store,
    customer: &CustomerId,
    mut changes: Vec<Changed>,
    subscription: &SubscriptionId,
    change: Change,
) -> Result<(), ChangeError> {
    changes.push(Changed {
        subscription: subscription.clone(),
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
    subscription_id: &SubscriptionId,
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
    let price = unit_price(offer, subscription, plan, life.quantity, term.starts);
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
        cleared_renewal: life.at_renewal.is_some(),
    })
}

/// What lengthening a term did: the new plan, what its first billing period costs, and what
/// was credited for the rest of the billing period it replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermChanged {
    pub plan: Plan,
    pub charge: Money,
    pub credit: Money,
}

/// The plans of `offer` a subscription on `current` can move to mid-term: only longer terms.
pub fn longer_plans(offer: Offer<'_>, current: Plan) -> Vec<Plan> {
    offer
        .availability
        .plans()
        .map(|(plan, _)| plan)
        .filter(|plan| is_longer(*plan, current))
        .collect()
}

/// Whether `plan`'s term is longer than `current`'s: the only change of term made mid-term.
fn is_longer(plan: Plan, current: Plan) -> bool {
    plan.term.months() > current.term.months()
}

/// Moves a paid subscription to a longer term from `now` ("Manage term duration and billing
/// frequency": a term can get longer at any time, never shorter): a new term starts that day
/// at the price in force, its first billing period charged, and the rest of the current
/// billing period credited. Anything else waits for the renewal.
pub fn lengthen_term(
    store: &mut impl Store,
    catalog: &Catalog,
    customer: &Customer,
    subscription_id: &SubscriptionId,
    plan: Plan,
    now: OffsetDateTime,
) -> Result<TermChanged, ChangeError> {
    let found = renewable(situation(store, catalog, customer, subscription_id, now)?)?;
    let (Some(current), Some(term)) = (found.life.plan, found.life.term) else {
        return Err(ChangeError::NotRenewable);
    };
    if !is_longer(plan, current) {
        return Err(ChangeError::Refused(vec![Reason::TermOnlyLonger {
            current: current.term,
        }]));
    }
    if found
        .offer
        .availability
        .price_for(plan.term, plan.billing_frequency)
        .is_none()
    {
        return Err(ChangeError::Refused(vec![Reason::PlanNotOffered { plan }]));
    }
    let seats = found.life.quantity;
    let new_price = unit_price(found.offer, found.subscription, plan, seats, now.date());
    let charge = new_price
        .share_of(plan.billing_frequency.invoices_per_term(plan.term))
        .times(seats);
    let old_price = unit_price(found.offer, found.subscription, current, seats, term.starts);
    let credit = prorated(old_price, current, seats, &term, now.date());
    record(
        store,
        &customer.id,
        found.changes,
        subscription_id,
        Change::TermLengthened {
            plan,
            at: now,
            charge,
            credit,
        },
    )?;
    Ok(TermChanged { plan, charge, credit })
}

/// Why nothing can be changed on a subscription as it stands, when that is so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unmanageable {
    /// Cancelled, expired, suspended or upgraded: only an active subscription changes.
    NotActive(SubscriptionStatus),
    /// Billed for what is used: no seats, no term.
    UsageBilled,
}

/// The check every change makes first, for a page to say at once why it offers none.
pub fn unmanageable(life: &Lifecycle) -> Option<Unmanageable> {
    if !life.is_active() {
        Some(Unmanageable::NotActive(life.status))
    } else if life.plan.is_none() {
        Some(Unmanageable::UsageBilled)
    } else {
        None
    }
}

/// Only an active subscription with a term has auto-renew: a paid one renews, a trial converts
/// to paid at its end.
fn auto_renewable(situation: Situation<'_>) -> Result<Situation<'_>, ChangeError> {
    if let Some(Unmanageable::NotActive(status)) = unmanageable(&situation.life) {
        return Err(ChangeError::Refused(vec![Reason::SubscriptionNotActive { status }]));
    }
    if situation.life.plan.is_none() {
        return Err(ChangeError::NotRenewable);
    }
    Ok(situation)
}

/// Only an active subscription with a paid term renews.
fn renewable(situation: Situation<'_>) -> Result<Situation<'_>, ChangeError> {
    let situation = auto_renewable(situation)?;
    if situation.subscription.trial {
        return Err(ChangeError::NotRenewable);
    }
    Ok(situation)
}

/// Turns auto-renew on or off; for a trial, whether it converts to paid at its end.
pub fn set_auto_renew(
    store: &mut impl Store,
    catalog: &Catalog,
    customer: &Customer,
    subscription_id: &SubscriptionId,
    on: bool,
    now: OffsetDateTime,
) -> Result<(), ChangeError> {
    let Situation { changes, .. } = auto_renewable(situation(store, catalog, customer, subscription_id, now)?)?;
    record(
        store,
        &customer.id,
        changes,
        subscription_id,
        Change::AutoRenew { on, at: now },
    )
}

/// What the next term will be, as asked on the page: the quantity as typed, the plan, and the
/// edition it renews as (`None`: the one in force).
#[derive(Clone, Copy, Debug)]
pub struct RenewalRequest<'a> {
    pub quantity: &'a str,
    pub plan: Plan,
    pub sku: Option<&'a ProductSkuId>,
}

/// The editions a subscription can renew as besides its own: those it upgrades to and those
/// that upgrade to it (a downgrade at renewal), with their titles.
pub fn renewal_editions(catalog: &Catalog, subscription: &Subscription) -> Vec<(ProductSkuId, String)> {
    let own = subscription.offer.product_sku();
    let Some((_, sku)) = catalog.sku(&own) else {
        return Vec::new();
    };
    let mut editions: Vec<(ProductSkuId, String)> = sku
        .upgrades
        .iter()
        .filter_map(|id| catalog.sku(id).map(|(_, s)| (id.clone(), s.title.clone())))
        .collect();
    for product in catalog.products() {
        for lower in product.skus.iter().filter(|s| s.upgrades.contains(&own)) {
            let id = ProductSkuId {
                product: product.id.clone(),
                sku: lower.id.clone(),
            };
            if !editions.iter().any(|(e, _)| *e == id) {
                editions.push((id, lower.title.clone()));
            }
        }
    }
    editions
}

/// Sets the quantity, term and billing frequency of the next term, and the edition it renews
/// as (checked by the rules as a purchase would be, on the day it is set).
pub fn set_renewal(
    store: &mut impl Store,
    catalog: &Catalog,
    parties: &Parties,
    subscription_id: &SubscriptionId,
    request: RenewalRequest<'_>,
    now: OffsetDateTime,
) -> Result<(), ChangeError> {
    let customer = &parties.customer;
    let found = renewable(situation(store, catalog, customer, subscription_id, now)?)?;
    let plan = request.plan;
    let target = match request.sku {
        Some(sku) if *sku != found.offer.product_sku() => {
            if !renewal_editions(catalog, found.subscription)
                .iter()
                .any(|(id, _)| id == sku)
            {
                return Err(ChangeError::NotARenewalEdition);
            }
            let target = target_offer(catalog, sku, found.subscription, now).ok_or(ChangeError::OfferNotInCatalog)?;
            let as_it_stands = standing(customer, &found.changes, now);
            let verdict = Context::new(catalog, &parties.partner, &as_it_stands, now.date()).evaluate(target);
            if !verdict.is_allowed() {
                return Err(ChangeError::Refused(verdict.reasons().to_vec()));
            }
            Some(target)
        }
        _ => None,
    };
    let Situation { changes, offer, .. } = found;
    let offer = target.unwrap_or(offer);
    let quantity = request.quantity;
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
            to: target.map(|t| t.id()),
            at: now,
        },
    )
}
