//! Cancelling a line of an order: which policy applies, until when, and what it refunds.
//!
//! Sources: Partner Center, "New commerce experience cancellation policy" (license-based and
//! software subscriptions: a prorated refund within seven days, counted as 168 hours from the
//! purchase; marketplace SaaS: a full refund within 72 hours; free trials: any time during the
//! trial); Azure, "Self-service exchanges and refunds for Azure Reservations" (the remaining
//! commitment refunded, at most USD 50,000 cancelled in any rolling 12 months).

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

use super::{Cancellation, Order, OrderLine};
use crate::domain::catalog::{BillingType, Offer, PublisherType, TRIAL_DAYS};
use crate::domain::dates::{later, long};
use crate::domain::ids::LineNumber;
use crate::domain::money::{Currency, Money};
use crate::domain::rules::history::window_hours;
use crate::domain::term::{BillingFrequency, Plan};

/// The term a line's subscription is in when it is cancelled: the one the order bought, or a
/// renewal, which opens a new cancellation window and is billed on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermInForce {
    /// The purchase, or midnight UTC of the renewal's first day.
    pub began_at: OffsetDateTime,
    pub plan: Option<Plan>,
    /// The subscription's seats now.
    pub seats: u32,
    /// What the whole term costs for those seats, at the price it began with.
    pub price: Money,
    pub opened_by: WindowOpening,
}

/// What opened a cancellation window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowOpening {
    Purchase,
    Renewal,
    /// The purchase or renewal of the subscription an upgrade came from: the upgrade keeps its
    /// window.
    UpgradedFrom,
}

impl TermInForce {
    /// The term the order bought, with the seats the line was bought with.
    pub fn bought(order: &Order, line: &OrderLine) -> Self {
        TermInForce::bought_with(order, line, line.quantity)
    }

    /// The term the order bought, for a subscription that has `seats` now: seats removed since
    /// were refunded on their own, seats added charged on their own.
    pub fn bought_with(order: &Order, line: &OrderLine, seats: u32) -> Self {
        // A co-termed line (an upgrade) keeps the window of the subscription it came from, and
        // its first invoice is a full period's, as if bought for the whole term.
        let (began_at, price, opened_by) = match line.coterm {
            Some(coterm) => (
                coterm.window_opened.unwrap_or(order.created_at),
                line.unit_price.times(seats),
                if coterm.window_opened.is_some() {
                    WindowOpening::UpgradedFrom
                } else {
                    WindowOpening::Purchase
                },
            ),
            None => (
                order.created_at,
                prorated(line.line_total.cents(), u64::from(seats), u64::from(line.quantity)),
                WindowOpening::Purchase,
            ),
        };
        TermInForce {
            began_at,
            plan: line.plan,
            seats,
            price,
            opened_by,
        }
    }
}

/// How long after its purchase or renewal a license-based or software subscription can be
/// cancelled, today (72 hours before 1 March 2022: see [`window_hours`]).
pub const CANCELLATION_HOURS: i64 = crate::domain::rules::history::WINDOW_HOURS;
/// How long after its purchase a third-party SaaS subscription can be cancelled.
pub const SAAS_CANCELLATION_HOURS: i64 = 72;
/// Most reservation commitment a customer can cancel in any 12 months, in whole currency units
/// (Microsoft states USD 50,000; this app applies 50,000 in the order's own currency).
pub const RESERVATION_REFUND_LIMIT: u64 = 50_000;

/// How a line can be cancelled, decided from its offer when it was bought.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CancellationPolicy {
    /// License-based and software subscriptions: a prorated refund within 168 hours.
    Prorated,
    /// Third-party SaaS: a full refund within 72 hours.
    SaasFullRefund,
    /// A trial: cancelled at any time during the trial; nothing was paid.
    Trial,
    /// An Azure reservation: at any time in its term, the remaining commitment refunded.
    Reservation,
    /// Billed for what was used (the Azure plan): nothing to cancel or refund here.
    UsageBilled,
}

/// Where the cancellation rules come from.
pub const CANCELLATION_SOURCE: &str = "Partner Center, \"New commerce experience cancellation policy\"; Azure, \"Self-service exchanges and refunds for Azure Reservations\". Applying the USD 50,000 limit in the order's own currency is this app's simplification.";

impl CancellationPolicy {
    pub const ALL: [CancellationPolicy; 5] = [
        CancellationPolicy::Prorated,
        CancellationPolicy::SaasFullRefund,
        CancellationPolicy::Trial,
        CancellationPolicy::Reservation,
        CancellationPolicy::UsageBilled,
    ];

    /// The policy in one sentence, for the rules page.
    pub fn explanation(self) -> String {
        match self {
            CancellationPolicy::Prorated => format!("License-based and software subscriptions can be cancelled within {CANCELLATION_HOURS} hours of their purchase or of a renewal, for that term's first invoice less the days used (a day begun counts); the window was 72 hours until 28 February 2022."),
            CancellationPolicy::SaasFullRefund => format!("Third-party SaaS can be cancelled within {SAAS_CANCELLATION_HOURS} hours of its purchase, for a full refund."),
            CancellationPolicy::Trial => "A trial can be cancelled at any time during the trial; nothing was paid.".to_string(),
            CancellationPolicy::Reservation => format!(
                "An Azure reservation can be cancelled at any time in its term, for the commitment left, up to USD {} of reservations cancelled per customer in any 12 months.",
                crate::domain::money::group_thousands(RESERVATION_REFUND_LIMIT as i64)
            ),
            CancellationPolicy::UsageBilled => "The Azure plan is billed for what was used: there is nothing to cancel or refund.".to_string(),
        }
    }

    pub fn of(offer: Offer<'_>) -> Self {
        if offer.sku.trial {
            CancellationPolicy::Trial
        } else if offer.product.billing_type == BillingType::Usage || offer.availability.terms.is_empty() {
            CancellationPolicy::UsageBilled
        } else if offer.product.publisher_type() == PublisherType::Partner {
            CancellationPolicy::SaasFullRefund
        } else if offer.product.is_reservation(offer.availability) {
            CancellationPolicy::Reservation
        } else {
            CancellationPolicy::Prorated
        }
    }

    /// The last instant a line bought at `bought` can be cancelled in `term` (`None`: never).
    /// License-based and software subscriptions get a window after the purchase and after
    /// each renewal, of the hours in force that day; the others count from the purchase.
    pub fn window_closes(self, bought: OffsetDateTime, term: &TermInForce, line: &OrderLine) -> Option<OffsetDateTime> {
        match self {
            CancellationPolicy::Prorated => Some(later(term.began_at, Duration::hours(self.window_hours(term)))),
            CancellationPolicy::SaasFullRefund => Some(later(bought, Duration::hours(SAAS_CANCELLATION_HOURS))),
            CancellationPolicy::Trial => Some(later(bought, Duration::days(i64::from(TRIAL_DAYS)))),
            CancellationPolicy::Reservation => {
                let months = line.plan.map_or(12, |p| p.term.months());
                Some(later(bought, Duration::days(term_days(months))))
            }
            CancellationPolicy::UsageBilled => None,
        }
    }

    /// How many hours the cancellation window of `term` lasts.
    fn window_hours(self, term: &TermInForce) -> i64 {
        match self {
            CancellationPolicy::Prorated => window_hours(term.began_at.date()),
            _ => SAAS_CANCELLATION_HOURS,
        }
    }
}

/// A term's length in days, as refunds prorate it (a month is 30 days, a year 365).
fn term_days(months: u32) -> i64 {
    match months {
        12 => 365,
        36 => 1095,
        m => i64::from(m).saturating_mul(30),
    }
}

/// "21 November 2026 at 09:30 UTC"
pub fn instant(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!("{} at {:02}:{:02} UTC", long(at.date()), at.hour(), at.minute())
}

/// Why a line can't be cancelled; its sentence is written per language in
/// [`crate::i18n::reasons`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CancelError {
    /// The order has no line with this number (numbered from 0).
    NoSuchLine(LineNumber),
    AlreadyCancelled(OffsetDateTime),
    /// The day in use is before the purchase (the day was moved back): nothing was bought yet.
    NotYetBought(OffsetDateTime),
    WindowClosed {
        hours: i64,
        closed: OffsetDateTime,
        opened_by: WindowOpening,
    },
    TrialEnded(OffsetDateTime),
    TermEnded(OffsetDateTime),
    UsageBilled,
    /// The refund would go past what a customer may have refunded on reservations in 12 months.
    ReservationLimit {
        refund: Money,
        left: Money,
        limit: Money,
        currency: Currency,
    },
}

impl std::error::Error for CancelError {}

/// Reservation commitment already refunded to the customer in the 12 months before `now`.
pub fn reservation_refunds<'a>(orders: impl IntoIterator<Item = &'a Order>, now: OffsetDateTime) -> Money {
    let year_ago = now.saturating_sub(Duration::days(365));
    orders
        .into_iter()
        .flat_map(|order| &order.lines)
        .filter(|line| line.cancellation_policy == CancellationPolicy::Reservation)
        .filter_map(|line| line.cancellation.as_ref())
        .filter(|c| c.at > year_ago)
        .map(|c| c.refund)
        .sum()
}

/// What cancelling a line at `now` would refund, or why it can't be cancelled, for the seats
/// it was bought with. `reservations_refunded` is [`reservation_refunds`] for the customer.
pub fn refund_for(
    order: &Order,
    line: &OrderLine,
    now: OffsetDateTime,
    reservations_refunded: Money,
) -> Result<Money, CancelError> {
    refund_in_term(
        order,
        line,
        &TermInForce::bought(order, line),
        now,
        reservations_refunded,
    )
}

/// [`refund_for`] a line whose subscription is in `term` now: a cancellation credits what was
/// billed for that term's seats, less the days used.
pub fn refund_in_term(
    order: &Order,
    line: &OrderLine,
    term: &TermInForce,
    now: OffsetDateTime,
    reservations_refunded: Money,
) -> Result<Money, CancelError> {
    if let Some(c) = &line.cancellation {
        return Err(CancelError::AlreadyCancelled(c.at));
    }
    let policy = line.cancellation_policy;
    let bought = order.created_at;
    if now < bought {
        return Err(CancelError::NotYetBought(bought));
    }
    let Some(closes) = policy.window_closes(bought, term, line) else {
        return Err(CancelError::UsageBilled);
    };
    if now > closes {
        return Err(match policy {
            CancellationPolicy::Prorated | CancellationPolicy::SaasFullRefund => CancelError::WindowClosed {
                hours: policy.window_hours(term),
                closed: closes,
                // Third-party SaaS counts from its purchase only.
                opened_by: if policy == CancellationPolicy::Prorated {
                    term.opened_by
                } else {
                    WindowOpening::Purchase
                },
            },
            CancellationPolicy::Trial => CancelError::TrialEnded(closes),
            CancellationPolicy::Reservation | CancellationPolicy::UsageBilled => CancelError::TermEnded(closes),
        });
    }
    // The window and the days used count from the term's start for license-based and
    // software subscriptions, from the purchase for the others.
    let opened = if policy == CancellationPolicy::Prorated {
        term.began_at
    } else {
        bought
    };
    // A day begun is a day used ("cancel on the third day: the remaining paid period minus
    // the three days").
    let elapsed = now.unix_timestamp().saturating_sub(opened.unix_timestamp()).max(0);
    let used_days = u64::try_from(elapsed.saturating_add(86_399) / 86_400).unwrap_or(0);
    let Some(plan) = term.plan else { return Ok(Money::ZERO) };
    let invoices = u64::from(plan.billing_frequency.invoices_per_term(plan.term).max(1));
    let for_seats = term.price;
    let first_invoice = for_seats.cents().checked_div(invoices).unwrap_or(0);
    match policy {
        CancellationPolicy::Trial | CancellationPolicy::UsageBilled => Ok(Money::ZERO),
        CancellationPolicy::SaasFullRefund => Ok(Money::from_cents(first_invoice)),
        CancellationPolicy::Prorated => {
            // The first invoice, less the days used of the period it paid for.
            let period_days: u64 = match plan.billing_frequency {
                BillingFrequency::Monthly | BillingFrequency::None => 30,
                BillingFrequency::Annual => 365,
                BillingFrequency::Triennial => 1095,
            };
            Ok(prorated(
                first_invoice,
                period_days.saturating_sub(used_days),
                period_days,
            ))
        }
        CancellationPolicy::Reservation => {
            // The commitment left: the whole term's price, less the days used.
            let days = u64::try_from(term_days(plan.term.months())).unwrap_or(365);
            let refund = prorated(for_seats.cents(), days.saturating_sub(used_days), days);
            let limit = Money::from_cents(RESERVATION_REFUND_LIMIT * 100);
            let left = Money::from_cents(limit.cents().saturating_sub(reservations_refunded.cents()));
            if refund > left {
                return Err(CancelError::ReservationLimit {
                    refund,
                    left,
                    limit,
                    currency: order.currency,
                });
            }
            Ok(refund)
        }
    }
}

/// `cents` × `left` / `of`, in wide integers so that no amount a file can hold wraps.
fn prorated(cents: u64, left: u64, of: u64) -> Money {
    let share = u128::from(cents)
        .saturating_mul(u128::from(left))
        .checked_div(u128::from(of))
        .unwrap_or(0);
    Money::from_cents(u64::try_from(share).unwrap_or(u64::MAX))
}

/// Cancels one line of an order at `now`, returning the refund.
pub fn cancel_line(
    order: &mut Order,
    number: LineNumber,
    now: OffsetDateTime,
    reservations_refunded: Money,
) -> Result<Money, CancelError> {
    cancel_line_in_term(order, number, None, now, reservations_refunded)
}

/// [`cancel_line`] for a subscription in `term` now (`None`: the term bought, all its seats).
pub fn cancel_line_in_term(
    order: &mut Order,
    number: LineNumber,
    term: Option<TermInForce>,
    now: OffsetDateTime,
    reservations_refunded: Money,
) -> Result<Money, CancelError> {
    let line = order
        .lines
        .iter()
        .find(|l| l.number == number)
        .ok_or(CancelError::NoSuchLine(number))?;
    let term = term.unwrap_or_else(|| TermInForce::bought(order, line));
    let refund = refund_in_term(order, line, &term, now, reservations_refunded)?;
    if let Some(line) = order.lines.iter_mut().find(|l| l.number == number) {
        line.cancellation = Some(Cancellation { at: now, refund });
    }
    Ok(refund)
}
