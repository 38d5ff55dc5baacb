//! What happens to a subscription after Buy: terms that renew, seats added and removed, auto-renew
//! turned off, changes that take effect at renewal.
//!
//! What the partner did is stored as [`Change`]s; everything else (the current term, the
//! quantity, whether it renewed or expired, which seats can still be removed) is worked out
//! from the subscription, its changes and the app's day by [`Lifecycle::of`], so moving the day
//! forward shows a window closing or a term renewing without rewriting anything stored.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, OffsetDateTime, Time};

use super::{Subscription, SubscriptionStatus};
use crate::domain::catalog::TRIAL_DAYS;
use crate::domain::customer::Customer;
use crate::domain::dates::{add_months, days_after, later};
use crate::domain::ids::{CatalogItemId, OrderId, ProductSkuId, SubscriptionId};
use crate::domain::money::Money;
use crate::domain::term::{BillingFrequency, Plan};

/// Seats can be removed within 168 hours of the purchase, of a renewal, or of their addition
/// (72 hours before 1 March 2022).
pub const SEAT_REDUCTION_HOURS: i64 = crate::domain::rules::history::WINDOW_HOURS;

/// The instant a reduction window opened at `opened` closes, by the rule of that day.
fn window_after(opened: OffsetDateTime) -> OffsetDateTime {
    later(
        opened,
        Duration::hours(crate::domain::rules::history::window_hours(opened.date())),
    )
}

/// One thing the partner did to a subscription.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind")]
pub enum Change {
    /// Seats added mid-term, charged for what is left of the term.
    SeatsAdded {
        seats: u32,
        #[serde(with = "time::serde::rfc3339")]
        at: OffsetDateTime,
        charge: Money,
    },
    /// Seats removed within a reduction window, refunded for what is left of the term.
    SeatsRemoved {
        seats: u32,
        #[serde(with = "time::serde::rfc3339")]
        at: OffsetDateTime,
        refund: Money,
    },
    AutoRenew {
        on: bool,
        #[serde(with = "time::serde::rfc3339")]
        at: OffsetDateTime,
    },
    /// Seats moved to a new subscription of a higher SKU, bought by `order`.
    Upgraded {
        seats: u32,
        to: ProductSkuId,
        order: OrderId,
        #[serde(with = "time::serde::rfc3339")]
        at: OffsetDateTime,
    },
    /// A trial converted to a paid subscription of `to`, bought by `order`.
    Converted {
        to: ProductSkuId,
        order: OrderId,
        #[serde(with = "time::serde::rfc3339")]
        at: OffsetDateTime,
    },
    /// A longer term from `at` (billed on `plan`): charged for its first billing period, and
    /// credited for what was left of the billing period it replaced.
    TermLengthened {
        plan: Plan,
        #[serde(with = "time::serde::rfc3339")]
        at: OffsetDateTime,
        charge: Money,
        credit: Money,
    },
    /// What the next term will be: its quantity, term and billing frequency, and the offer it
    /// renews as when that changes (another edition of the product, a downgrade included).
    AtRenewal {
        quantity: u32,
        plan: Plan,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<CatalogItemId>,
        #[serde(with = "time::serde::rfc3339")]
        at: OffsetDateTime,
    },
}

impl Change {
    pub fn at(&self) -> OffsetDateTime {
        match self {
            Change::SeatsAdded { at, .. }
            | Change::SeatsRemoved { at, .. }
            | Change::AutoRenew { at, .. }
            | Change::Upgraded { at, .. }
            | Change::Converted { at, .. }
            | Change::TermLengthened { at, .. }
            | Change::AtRenewal { at, .. } => *at,
        }
    }
}

/// A change, with the subscription it was made to: what is stored, per customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changed {
    pub subscription: SubscriptionId,
    pub change: Change,
}

/// One term of a subscription, from its first day to its last, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub starts: Date,
    pub ends: Date,
    /// The instant it began: the purchase for the first term, midnight UTC for a renewal.
    pub began_at: OffsetDateTime,
}

impl Term {
    fn after(starts: Date, began_at: OffsetDateTime, plan: Plan) -> Term {
        // A trial lasts its 30 days, not a calendar month.
        let ends = if plan.billing_frequency == BillingFrequency::None {
            days_after(starts, i64::from(TRIAL_DAYS).saturating_sub(1))
        } else {
            plan.term.last_day_from(starts)
        };
        // At the calendar's end a term is held to its last day, never before its start, so
        // that each renewal ends later than the one before.
        let ends = ends.max(starts);
        Term { starts, ends, began_at }
    }

    pub fn days(&self) -> i64 {
        days_between(self.starts, self.ends).saturating_add(1)
    }

    /// Days of the term left on `today`, today included.
    pub fn days_left(&self, today: Date) -> i64 {
        days_between(today, self.ends).saturating_add(1).clamp(0, self.days())
    }
}

/// A subscription's first term: a full one from its purchase, or, co-termed, one that ends with
/// another subscription's and whose windows opened with that one's.
fn first_term(subscription: &Subscription, bought_at: OffsetDateTime, plan: Plan) -> Term {
    let full = Term::after(subscription.purchased_on, bought_at, plan);
    match subscription.coterm {
        Some(coterm) => Term {
            ends: coterm.ends.max(full.starts),
            began_at: coterm.window_opened.unwrap_or(bought_at),
            ..full
        },
        None => full,
    }
}

/// What the next term will be, when it differs from this one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renewal {
    pub quantity: u32,
    pub plan: Plan,
    /// The offer it renews as, when another than the one in force.
    pub to: Option<CatalogItemId>,
}

/// Seats added within the last 168 hours, which can still be removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecentSeats {
    pub seats: u32,
    pub added_at: OffsetDateTime,
}

/// When seats can be removed: 168 hours after the purchase or a renewal, or after their own
/// addition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RemovalWindow {
    /// Any seats, until `until`.
    AllSeats { until: OffsetDateTime },
    /// Only the seats added in the last 168 hours; the first of them can be removed until
    /// `until`.
    RecentSeats { seats: u32, until: OffsetDateTime },
    /// The seats are committed until the term ends.
    Closed { closed: OffsetDateTime, term_ends: Date },
}

/// A subscription as it stands on a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lifecycle {
    pub quantity: u32,
    /// `None` for usage-billed items (the Azure plan).
    pub plan: Option<Plan>,
    /// The term in force, or the last one if the subscription expired.
    pub term: Option<Term>,
    /// How many terms have begun, the first included.
    pub terms: u32,
    pub auto_renew: bool,
    /// Changes that will take effect at the next renewal.
    pub at_renewal: Option<Renewal>,
    pub status: SubscriptionStatus,
    /// Seats added in the current term that are still within their 168 hours, newest first.
    pub recent: Vec<RecentSeats>,
    /// A trial: at the end of its 30 days it converts to paid if auto-renew is on, else ends.
    pub trial: bool,
    /// The offer of the term in force, when a renewal changed it from the one bought.
    pub offer: Option<CatalogItemId>,
}

impl Lifecycle {
    /// The subscription on the day of `now`, with the changes made up to then.
    pub fn of(subscription: &Subscription, changes: &[&Change], now: OffsetDateTime) -> Lifecycle {
        let bought_at = subscription
            .purchased_at
            .unwrap_or_else(|| subscription.purchased_on.with_time(Time::MIDNIGHT).assume_utc());
        let plan = subscription
            .term
            .zip(subscription.billing_frequency)
            .map(|(term, billing_frequency)| Plan {
                term,
                billing_frequency,
            });
        let mut life = Lifecycle {
            quantity: subscription.quantity,
            plan,
            term: plan.map(|plan| first_term(subscription, bought_at, plan)),
            terms: 1,
            // Paid terms renew by default, and a new-commerce trial converts to paid at the end
            // of its 30 days unless auto-renew is turned off.
            auto_renew: plan.is_some(),
            at_renewal: None,
            // A trial bought here is active until its lifecycle ends it; one stored as expired
            // (the demo's) ran out.
            status: subscription.status,
            recent: Vec::new(),
            trial: subscription.trial,
            offer: None,
        };
        let mut in_order: Vec<&Change> = changes.iter().copied().filter(|c| c.at() <= now).collect();
        in_order.sort_by_key(|c| c.at());
        if life.status == SubscriptionStatus::Cancelled {
            // No change is made after a cancellation: the seats it had when cancelled are
            // those bought, added and removed before.
            for change in in_order {
                match *change {
                    Change::SeatsAdded { seats, .. } => life.quantity = life.quantity.saturating_add(seats),
                    Change::SeatsRemoved { seats, .. } => life.quantity = life.quantity.saturating_sub(seats),
                    _ => {}
                }
            }
            return life;
        }
        for change in in_order {
            life.roll_terms(change.at().date());
            life.apply(change);
        }
        life.roll_terms(now.date());
        life.recent.retain(|r| window_after(r.added_at) >= now);
        life.recent.reverse();
        life
    }

    pub fn is_active(&self) -> bool {
        self.status == SubscriptionStatus::Active
    }

    /// The day an active trial converts to paid (the day after its last), when auto-renew is on.
    pub fn converts_on(&self) -> Option<Date> {
        let term = self
            .term
            .filter(|_| self.trial && self.auto_renew && self.is_active())?;
        Some(days_after(term.ends, 1))
    }

    /// The last instant all seats can be removed: 168 hours after the term began.
    pub fn reduction_window_closes(&self) -> Option<OffsetDateTime> {
        self.term.map(|t| window_after(t.began_at))
    }

    /// Which seats can be removed at `now` (the instant this lifecycle was worked out for),
    /// and until when; `None` without a term.
    pub fn removal_window(&self, now: OffsetDateTime) -> Option<RemovalWindow> {
        let term = self.term?;
        let closes = window_after(term.began_at);
        if now <= closes {
            return Some(RemovalWindow::AllSeats { until: closes });
        }
        let first = self.recent.iter().map(|r| r.added_at).min();
        Some(match first {
            Some(added_at) => RemovalWindow::RecentSeats {
                seats: self.recent.iter().map(|r| r.seats).sum(),
                until: window_after(added_at),
            },
            None => RemovalWindow::Closed {
                closed: closes,
                term_ends: term.ends,
            },
        })
    }

    /// Renews (or ends) every term that ended before `day`.
    fn roll_terms(&mut self, day: Date) {
        while self.is_active() {
            let (Some(term), Some(plan)) = (self.term, self.plan) else {
                return;
            };
            if day <= term.ends {
                return;
            }
            if self.trial {
                // Its paid subscription is bought at the end (see `convert_ended_trials`).
                self.status = if self.auto_renew {
                    SubscriptionStatus::Converted
                } else {
                    SubscriptionStatus::Expired
                };
                return;
            }
            if !self.auto_renew {
                self.status = SubscriptionStatus::Expired;
                return;
            }
            let starts = days_after(term.ends, 1);
            let plan = match self.at_renewal.take() {
                Some(renewal) => {
                    self.quantity = renewal.quantity;
                    if renewal.to.is_some() {
                        self.offer = renewal.to;
                    }
                    renewal.plan
                }
                None => plan,
            };
            self.plan = Some(plan);
            self.term = Some(Term::after(starts, starts.with_time(Time::MIDNIGHT).assume_utc(), plan));
            self.terms = self.terms.saturating_add(1);
            self.recent.clear();
        }
    }

    fn apply(&mut self, change: &Change) {
        if !self.is_active() {
            return;
        }
        match *change {
            // A change mid-term clears what was scheduled for the renewal, as in Partner Center.
            Change::SeatsAdded { seats, at, .. } => {
                self.quantity = self.quantity.saturating_add(seats);
                self.recent.push(RecentSeats { seats, added_at: at });
                self.at_renewal = None;
            }
            Change::SeatsRemoved { seats, .. } => {
                self.quantity = self.quantity.saturating_sub(seats);
                self.at_renewal = None;
                // The newest additions go first: they are the ones still within their window.
                let mut left = seats;
                for recent in self.recent.iter_mut().rev() {
                    let taken = recent.seats.min(left);
                    recent.seats = recent.seats.saturating_sub(taken);
                    left = left.saturating_sub(taken);
                }
                self.recent.retain(|r| r.seats > 0);
            }
            Change::AutoRenew { on, .. } => self.auto_renew = on,
            Change::Upgraded { seats, .. } => {
                self.quantity = self.quantity.saturating_sub(seats);
                self.at_renewal = None;
                if self.quantity == 0 {
                    self.status = SubscriptionStatus::Upgraded;
                }
            }
            Change::Converted { .. } => self.status = SubscriptionStatus::Converted,
            // A new, longer term from that day; its window stays the one the subscription had
            // (this app's reading: lengthening the term is no new week to cancel in).
            Change::TermLengthened { plan, at, .. } => {
                if let Some(term) = self.term {
                    let longer = Term::after(at.date(), at, plan);
                    self.term = Some(Term {
                        began_at: term.began_at,
                        ..longer
                    });
                    self.plan = Some(plan);
                    self.at_renewal = None;
                }
            }
            Change::AtRenewal {
                quantity, plan, ref to, ..
            } => {
                let same = Some(plan) == self.plan && quantity == self.quantity && to.is_none();
                self.at_renewal = (!same).then(|| Renewal {
                    quantity,
                    plan,
                    to: to.clone(),
                });
            }
        }
    }
}

/// The billing period of `term` that holds `day`, first and last day: a month when billed
/// monthly, a year when billed annually, else the whole term. An invoice covers one.
pub fn billing_period(term: &Term, plan: Plan, day: Date) -> (Date, Date) {
    let months = match plan.billing_frequency {
        BillingFrequency::Monthly => 1,
        BillingFrequency::Annual => 12,
        BillingFrequency::Triennial | BillingFrequency::None => return (term.starts, term.ends),
    };
    let mut start = term.starts;
    // At most 36 periods in a term (three years billed monthly).
    for k in 1..=36u32 {
        let next = add_months(term.starts, k.saturating_mul(months));
        if next > day || next > term.ends {
            return (start, days_after(next, -1).min(term.ends));
        }
        start = next;
    }
    (start, term.ends)
}

/// What `seats` more or fewer seats cost or are credited for the rest of the billing period
/// that holds `today`, `unit_price` being a seat's price for the whole term: an invoice
/// covers one period, so a credit is never more than what was billed for those seats.
pub fn prorated(unit_price: Money, plan: Plan, seats: u32, term: &Term, today: Date) -> Money {
    let (first, last) = billing_period(term, plan, today);
    let days = u64::try_from(days_between(first, last).saturating_add(1).max(1)).unwrap_or(1);
    let left = u64::try_from(days_left_in_period(term, plan, today)).unwrap_or(0);
    let per_period = unit_price.share_of(plan.billing_frequency.invoices_per_term(plan.term));
    let cents = u128::from(per_period.cents())
        .saturating_mul(u128::from(seats))
        .saturating_mul(u128::from(left))
        .checked_div(u128::from(days))
        .unwrap_or(0);
    Money::from_cents(u64::try_from(cents).unwrap_or(u64::MAX))
}

/// Days of the billing period holding `today` left, today included.
pub fn days_left_in_period(term: &Term, plan: Plan, today: Date) -> i64 {
    let (first, last) = billing_period(term, plan, today);
    days_between(today, last)
        .saturating_add(1)
        .clamp(0, days_between(first, last).saturating_add(1))
}

/// The changes made to one subscription.
pub fn changes_to<'a>(changes: &'a [Changed], subscription: &SubscriptionId) -> Vec<&'a Change> {
    changes
        .iter()
        .filter(|c| c.subscription == *subscription)
        .map(|c| &c.change)
        .collect()
}

/// Each subscription with how it stands at `now`. In new commerce an add-on is a subscription
/// of its own: it doesn't end when the subscription that met its prerequisite does.
pub fn lifecycles(subscriptions: &[Subscription], changes: &[Changed], now: OffsetDateTime) -> Vec<Lifecycle> {
    subscriptions
        .iter()
        .map(|s| Lifecycle::of(s, &changes_to(changes, &s.id), now))
        .collect()
}

/// The customer as it stands at `now`: each subscription with its quantity and status after
/// its changes, renewals and expiry. This is what the rules see.
pub fn standing(customer: &Customer, changes: &[Changed], now: OffsetDateTime) -> Customer {
    let mut customer = customer.clone();
    let lives = lifecycles(&customer.subscriptions, changes, now);
    for (subscription, life) in customer.subscriptions.iter_mut().zip(lives) {
        subscription.quantity = life.quantity;
        subscription.status = life.status;
        if let Some(offer) = life.offer {
            subscription.offer = offer;
        }
    }
    customer
}

/// Days from `from` to `to` (negative when `to` is earlier).
fn days_between(from: Date, to: Date) -> i64 {
    i64::from(to.to_julian_day()).saturating_sub(i64::from(from.to_julian_day()))
}
