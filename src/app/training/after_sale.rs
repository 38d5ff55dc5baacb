//! Exercises after the sale: seats added to or removed from a subscription the customer owns,
//! and upgrades to a higher SKU, on days chosen around the 168-hour windows (three days after
//! the purchase, ten days after, two days into a renewed term, today).

use time::{Date, Duration, OffsetDateTime, Time};

use crate::app::subscriptions::target_offer;
use crate::domain::catalog::Catalog;
use crate::domain::customer::Customer;
use crate::domain::ids::{ProductSkuId, SubscriptionId};
use crate::domain::money::Money;
use crate::domain::partner::Partner;
use crate::domain::rules::{Context, Reason};
use crate::domain::subscription::lifecycle::{Change, Lifecycle};
use crate::domain::subscription::{Subscription, SubscriptionStatus};
use crate::i18n::labels::{plan, seats, Label};
use crate::i18n::{format, keys, text, text_with, Args, Language};

/// A change to a subscription the customer owns, asked about at [`HOUR`] on the situation's day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AfterSale {
    pub subscription: SubscriptionId,
    /// Seats added two days before, still within their own 168 hours.
    pub recently_added: Option<u32>,
    pub change: SeatChange,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SeatChange {
    Add(u32),
    Remove(u32),
    /// Move this many seats to a new subscription of the SKU `to`.
    Upgrade {
        to: ProductSkuId,
        seats: u32,
    },
}

/// The time of day every after-sale question is asked at: far from midnight, where the
/// windows of the demo subscriptions (bought at midnight UTC) open and close.
pub const HOUR: Time = time::macros::time!(10:00);

/// How long before the question the recently added seats were added.
const ADDED_BEFORE: Duration = Duration::days(2);

fn at(day: Date) -> OffsetDateTime {
    day.with_time(HOUR).assume_utc()
}

/// The customer as it stood on `day`: without the subscriptions bought later.
fn as_on(customer: &Customer, day: Date) -> Customer {
    let mut then = customer.clone();
    then.subscriptions.retain(|s| s.purchased_on <= day);
    then
}

impl AfterSale {
    /// The changes the situation assumes were made before the question.
    fn changes(&self, day: Date) -> Vec<Change> {
        self.recently_added
            .map(|added| Change::SeatsAdded {
                seats: added,
                at: at(day) - ADDED_BEFORE,
                charge: Money::ZERO,
            })
            .into_iter()
            .collect()
    }

    /// The subscription on `day`, and how it stands then.
    fn subscription<'a>(&self, customer: &'a Customer, day: Date) -> Option<(&'a Subscription, Lifecycle)> {
        let subscription = customer
            .subscriptions
            .iter()
            .find(|s| s.id == self.subscription && s.purchased_on <= day)?;
        let changes = self.changes(day);
        let life = Lifecycle::of(subscription, &changes.iter().collect::<Vec<_>>(), at(day));
        Some((subscription, life))
    }

    /// "add 1 seat to the Microsoft 365 E3 subscription of Contoso Pharmaceuticals", as the
    /// question asks it.
    pub fn what(&self, catalog: &Catalog, customer: &Customer, language: Language) -> String {
        let name = customer
            .subscriptions
            .iter()
            .find(|s| s.id == self.subscription)
            .map_or(self.subscription.as_str(), |s| s.friendly_name.as_str());
        let args = |n: u32| {
            Args::new()
                .text("seats", seats(language, n))
                .text("subscription", name.to_string())
                .text("customer", customer.name.clone())
        };
        match &self.change {
            SeatChange::Add(n) => text_with(language, keys::AFTER_SALE_ADD, &args(*n)),
            SeatChange::Remove(n) => text_with(language, keys::AFTER_SALE_REMOVE, &args(*n)),
            SeatChange::Upgrade { to, seats: n } => text_with(
                language,
                keys::AFTER_SALE_UPGRADE,
                &args(*n).text("to", catalog.sku_title(to)),
            ),
        }
    }

    /// What the trainee needs to know about the subscription on the day, as sentences.
    pub fn facts(&self, customer: &Customer, day: Date, language: Language) -> Vec<String> {
        let Some((subscription, life)) = self.subscription(customer, day) else {
            return Vec::new();
        };
        let mut facts = Vec::new();
        let plan = match life.plan {
            Some(p) => text_with(
                language,
                keys::FACT_PLAN_TERM,
                &Args::new().text("plan", plan(language, p)),
            ),
            None => text(language, keys::FACT_PLAN_USAGE),
        };
        let bought = if subscription.trial {
            keys::FACT_BOUGHT_TRIAL
        } else {
            keys::FACT_BOUGHT_SUBSCRIPTION
        };
        facts.push(text_with(
            language,
            bought,
            &Args::new()
                .text("day", format::date(language, subscription.purchased_on))
                .text("plan", plan),
        ));
        if let Some(term) = life.term.filter(|_| life.terms > 1) {
            facts.push(text_with(
                language,
                keys::FACT_RENEWED,
                &Args::new().text("day", format::date(language, term.starts)),
            ));
        }
        if life.status != SubscriptionStatus::Active {
            facts.push(text_with(
                language,
                keys::FACT_STATUS,
                &Args::new().text("status", life.status.label(language).to_lowercase()),
            ));
        }
        match self.recently_added {
            Some(added) => facts.push(text_with(
                language,
                keys::FACT_SEATS_ADDED,
                &Args::new()
                    .text("seats", seats(language, life.quantity))
                    .text("added", format::number(language, i64::from(added)))
                    .text("day", format::date(language, (at(day) - ADDED_BEFORE).date()))
                    .text("time", hour_text()),
            )),
            None if life.plan.is_some() => facts.push(text_with(
                language,
                keys::FACT_SEATS,
                &Args::new().text("seats", seats(language, life.quantity)),
            )),
            None => {}
        }
        facts
    }
}

/// "10:00": the time of day every after-sale question is asked at.
pub fn hour_text() -> String {
    format!("{:02}:{:02}", HOUR.hour(), HOUR.minute())
}

/// The engine's reasons for the change (none: it can be done), or `None` if the subscription
/// or its offer isn't there.
pub(super) fn judge(
    catalog: &Catalog,
    partner: &Partner,
    customer: &Customer,
    day: Date,
    ask: &AfterSale,
) -> Option<Vec<Reason>> {
    let customer = as_on(customer, day);
    let (subscription, life) = ask.subscription(&customer, day)?;
    let offer = catalog.offer(&subscription.offer)?;
    let context = Context::new(catalog, partner, &customer, day);
    let checked = match &ask.change {
        SeatChange::Add(n) => context
            .check_seat_addition(offer, subscription, &life, &n.to_string())
            .map(drop),
        SeatChange::Remove(n) => context
            .check_seat_removal(offer, subscription, &life, &n.to_string(), at(day))
            .map(drop),
        SeatChange::Upgrade { to, seats } => context
            .check_upgrade(offer, subscription, &life, to, &seats.to_string())
            .and_then(|moved| buying(catalog, partner, &customer, subscription, to, moved, day)),
    };
    Some(checked.err().unwrap_or_default())
}

/// An upgrade buys the new subscription like any purchase, the seats it moves no longer
/// counted on the old one.
fn buying(
    catalog: &Catalog,
    partner: &Partner,
    customer: &Customer,
    from: &Subscription,
    to: &ProductSkuId,
    moved: u32,
    day: Date,
) -> Result<(), Vec<Reason>> {
    let Some(target) = target_offer(catalog, to, from, at(day)) else {
        return Ok(());
    };
    let mut standing = customer.clone();
    if let Some(moving) = standing.subscriptions.iter_mut().find(|s| s.id == from.id) {
        moving.quantity = moving.quantity.saturating_sub(moved);
    }
    let context = Context::new(catalog, partner, &standing, day);
    let mut reasons = context.evaluate(target).reasons().to_vec();
    if let Err(found) = context.check_quantity(target, &moved.to_string()) {
        reasons.extend(found);
    }
    if reasons.is_empty() {
        Ok(())
    } else {
        Err(reasons)
    }
}

/// Every change worth asking about on the customer's subscriptions, each with its day, up to
/// `today`.
pub(super) fn situations(catalog: &Catalog, customer: &Customer, today: Date) -> Vec<(Date, AfterSale)> {
    let mut found = Vec::new();
    for subscription in &customer.subscriptions {
        let Some(offer) = catalog.offer(&subscription.offer) else {
            continue;
        };
        // Only on days the SKU is in a price list: a subscription older than new commerce
        // (Wide World Importers', of 2019) is asked about from today, never on a day of 2019.
        let listed = |day: Date| {
            offer
                .sku
                .availabilities
                .iter()
                .any(|a| a.segment == subscription.segment && a.is_effective_on(day))
        };
        for (day, recently_added) in days(subscription, today).into_iter().filter(|(day, _)| listed(*day)) {
            let ask = |change| AfterSale {
                subscription: subscription.id.clone(),
                recently_added,
                change,
            };
            let Some((_, life)) = ask(SeatChange::Add(1)).subscription(customer, day) else {
                continue;
            };
            let minimum = offer.sku.min_quantity.max(1);
            let mut changes = Vec::new();
            match recently_added {
                Some(added) => {
                    changes.extend([SeatChange::Remove(added), SeatChange::Remove(added + 1)]);
                }
                None => {
                    changes.extend([
                        SeatChange::Add(1),
                        SeatChange::Add(offer.sku.max_quantity.saturating_sub(life.quantity) + 1),
                        SeatChange::Remove(1),
                        SeatChange::Remove(life.quantity.saturating_sub(minimum) + 1),
                    ]);
                    if !subscription.trial && life.plan.is_some() {
                        changes.extend(upgrades(catalog, subscription, life.quantity));
                    }
                }
            }
            changes.dedup();
            found.extend(changes.into_iter().map(|change| (day, ask(change))));
        }
    }
    found
}

/// Days to ask on, each with the seats assumed added two days before: for a paid subscription
/// with a term, inside and outside its windows; for any other, today.
fn days(subscription: &Subscription, today: Date) -> Vec<(Date, Option<u32>)> {
    let mut days = vec![(today, None)];
    if subscription.is_active() && !subscription.trial && subscription.term.is_some() {
        let bought = subscription.purchased_on;
        days.push((bought + Duration::days(3), None));
        days.push((bought + Duration::days(10), None));
        days.push((bought + Duration::days(20), Some(5)));
        let life = Lifecycle::of(subscription, &[], at(today));
        if let Some(term) = life.term.filter(|_| life.terms > 1) {
            days.push((term.starts + Duration::days(2), None));
        }
    }
    days.retain(|(day, _)| *day <= today);
    days.sort_unstable();
    days.dedup();
    days
}

/// Upgrades to ask about: all seats to each target on the SKU's upgrade paths, one seat more
/// than the subscription has, and all seats to a SKU that upgrades to this one (a downgrade).
fn upgrades(catalog: &Catalog, subscription: &Subscription, owned: u32) -> Vec<SeatChange> {
    let Some((_, sku)) = catalog.sku(&subscription.offer.product_sku()) else {
        return Vec::new();
    };
    let mut found: Vec<SeatChange> = sku
        .upgrades
        .iter()
        .map(|to| SeatChange::Upgrade {
            to: to.clone(),
            seats: owned,
        })
        .collect();
    if let Some(to) = sku.upgrades.first() {
        found.push(SeatChange::Upgrade {
            to: to.clone(),
            seats: owned + 1,
        });
    }
    let own = subscription.offer.product_sku();
    let lower = catalog
        .products()
        .iter()
        .flat_map(|p| p.skus.iter().map(move |s| (p, s)))
        .find(|(_, s)| s.upgrades.contains(&own));
    if let Some((product, lower)) = lower {
        found.push(SeatChange::Upgrade {
            to: ProductSkuId {
                product: product.id.clone(),
                sku: lower.id.clone(),
            },
            seats: owned,
        });
    }
    found
}

/// False reasons a trainee might believe of this change, told with its own facts.
pub(super) fn near_misses(catalog: &Catalog, customer: &Customer, day: Date, ask: &AfterSale) -> Vec<Reason> {
    let Some((subscription, life)) = ask.subscription(customer, day) else {
        return Vec::new();
    };
    let mut near = vec![
        Reason::SubscriptionNotActive {
            status: SubscriptionStatus::Expired,
        },
        Reason::UsageBilledHasNoSeats,
        Reason::TrialSeatsCannotChange { seats: life.quantity },
    ];
    // "Seats are committed after the first week": true of the window once it has closed, but
    // no reason to refuse adding seats or an upgrade.
    let closed = life.reduction_window_closes().filter(|closed| *closed < at(day));
    if let (Some(closed), Some(term)) = (closed, life.term) {
        near.push(Reason::ReductionWindowClosed {
            closed,
            term_ends: term.ends,
        });
    }
    // "It has no upgrade path": what a trainee says who doesn't know the SKU's paths.
    if let SeatChange::Upgrade { to, .. } = &ask.change {
        near.push(Reason::UpgradeNotAllowed {
            from: subscription.friendly_name.clone(),
            to: catalog.sku_title(to),
            allowed: Vec::new(),
        });
    }
    near
}
