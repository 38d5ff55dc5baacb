//! Reading the order history, and cancelling a line of an order.

use crate::i18n::{keys, reasons, text, Language};
use time::OffsetDateTime;

use crate::app::buy::stored_order;
use crate::app::store::{load, save, set_aside, Notice, Store, StoredKey};
use crate::domain::catalog::Catalog;
use crate::domain::ids::{CustomerId, LineNumber, OrderId};
use crate::domain::money::Money;
use crate::domain::orders::{self, CancelError, Order, OrderLine, TermInForce};
use crate::domain::subscription::lifecycle::{changes_to, Change, Changed, Lifecycle};
use crate::domain::subscription::Subscription;

/// Every stored order, newest first, and what could not be read.
pub fn stored_orders(store: &mut impl Store) -> (Vec<Order>, Vec<Notice>) {
    orders_where(store, |_| true)
}

/// The stored orders whose customer `keep` accepts (read from their keys, so the others are
/// never decoded), newest first, and what could not be read.
fn orders_where(store: &mut impl Store, keep: impl Fn(&CustomerId) -> bool) -> (Vec<Order>, Vec<Notice>) {
    let mut orders = Vec::new();
    let mut notices = Vec::new();
    let keys: Vec<StoredKey> = store.keys().iter().filter_map(|k| k.parse().ok()).collect();
    for key in keys
        .iter()
        .filter(|k| matches!(k, StoredKey::Order(customer, _) if keep(customer)))
    {
        match load::<Order>(store, key) {
            Ok(Some(order)) => match misfiled(&order, key) {
                None => orders.push(order),
                Some(detail) => notices.extend(set_aside(store, key, "order", detail)),
            },
            Ok(None) => {}
            Err(notice) => notices.push(notice),
        }
    }
    orders::sort_newest_first(&mut orders);
    (orders, notices)
}

/// Why an order read from `key` is not the order the key names (the key is what the app
/// looks it up by, and what an export writes), if it isn't.
fn misfiled(order: &Order, key: &StoredKey) -> Option<String> {
    let StoredKey::Order(customer, number) = key else {
        return None;
    };
    (order.customer != *customer || order.id != *number).then(|| {
        format!(
            "it holds order {} of customer {}, not the order {number} of {customer} its key names",
            order.id, order.customer
        )
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CancelFailure {
    /// Removed in another tab.
    NoSuchOrder,
    Refused(CancelError),
    Storage(Notice),
}

impl From<CancelError> for CancelFailure {
    fn from(error: CancelError) -> Self {
        CancelFailure::Refused(error)
    }
}

impl CancelFailure {
    pub fn sentence(&self, language: Language) -> String {
        match self {
            CancelFailure::NoSuchOrder => text(language, keys::CANCEL_NO_SUCH_ORDER),
            CancelFailure::Refused(error) => reasons::cancel_error(language, error),
            CancelFailure::Storage(notice) => notice.sentence(language),
        }
    }
}

english_display!(CancelFailure);
impl std::error::Error for CancelFailure {}

/// What cancelling a line did: the order as saved, and its refund. In new commerce an add-on
/// is a subscription of its own: cancelling the subscription that met its prerequisite leaves
/// it as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancelled {
    pub order: Order,
    pub refund: Money,
}

/// Cancels one line of a stored order (read again first) at `now`, in the term its subscription
/// is in (a renewal opens a new window). Reservations count what the customer's other orders
/// already refunded.
pub fn cancel_line(
    store: &mut impl Store,
    catalog: &Catalog,
    customer: &CustomerId,
    number: &OrderId,
    line: LineNumber,
    now: OffsetDateTime,
) -> Result<Cancelled, CancelFailure> {
    let mut order = stored_order(store, customer, number)
        .map_err(CancelFailure::Storage)?
        .ok_or(CancelFailure::NoSuchOrder)?;
    let (own, _) = orders_where(store, |c| c == customer);
    let refunded = orders::reservation_refunds(&own, now);
    let changes = crate::app::subscriptions::stored_changes(store, customer).map_err(CancelFailure::Storage)?;
    let terms = terms_now(catalog, &order, &changes, now);
    let refund = orders::cancel_line_in_term(&mut order, line, terms(line), now, refunded)?;
    save(store, &StoredKey::Order(customer.clone(), order.id.clone()), &order).map_err(CancelFailure::Storage)?;
    Ok(Cancelled { order, refund })
}

/// The term each line's subscription is in at `now`, with the seats it has after the seats
/// added and removed.
fn terms_now(
    catalog: &Catalog,
    order: &Order,
    changes: &[Changed],
    now: OffsetDateTime,
) -> impl Fn(LineNumber) -> Option<TermInForce> {
    let subscriptions = orders::subscriptions_from([order]);
    let terms: Vec<(LineNumber, TermInForce)> = order
        .lines
        .iter()
        .filter_map(|line| {
            let subscription = subscriptions.iter().find(|s| s.id == line.subscription_id)?;
            let life = Lifecycle::of(subscription, &changes_to(changes, &subscription.id), now);
            Some((line.number, term_of(catalog, order, line, subscription, &life)))
        })
        .collect();
    move |number| terms.iter().find(|(n, _)| *n == number).map(|(_, term)| *term)
}

/// The term `life` is in, for a line of `order`: a renewal is priced at the entry in force on
/// its first day (new commerce locks a price for the term and changes it at renewal).
fn term_of(
    catalog: &Catalog,
    order: &Order,
    line: &OrderLine,
    subscription: &Subscription,
    life: &Lifecycle,
) -> TermInForce {
    let (Some(term), true) = (life.term, life.terms > 1) else {
        return TermInForce::bought_with(order, line, life.quantity);
    };
    let per_seat = life
        .plan
        .zip(catalog.offer(life.offer.as_ref().unwrap_or(&line.offer)))
        .map(|(plan, offer)| {
            crate::app::subscriptions::unit_price(offer, subscription, plan, life.quantity, term.starts)
        })
        .unwrap_or(line.unit_price);
    TermInForce {
        began_at: term.began_at,
        plan: life.plan,
        seats: life.quantity,
        price: per_seat.times(life.quantity),
        opened_by: orders::WindowOpening::Renewal,
    }
}

/// Whether, and how, a line of an order can be cancelled at the instant the page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cancellable {
    /// Cancelled already, with the refund it got.
    Cancelled { at: OffsetDateTime, refund: Money },
    /// Cancellable until `until`, for `refund`.
    Open { refund: Money, until: OffsetDateTime },
    /// Not cancellable, and why (its window closed, its term ended, billed for use, …).
    Closed(CancelError),
}

/// An order line as its page shows it: what cancelling it would do now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineStanding {
    pub number: LineNumber,
    pub cancellable: Cancellable,
}

/// Each line of `order` at `now`, among the customer's `orders` (reservation refunds count
/// what the others refunded) and the `changes` made to their
/// subscriptions (a refund is for the seats a subscription has now).
pub fn line_standings(
    catalog: &Catalog,
    order: &Order,
    orders: &[Order],
    changes: &[Changed],
    now: OffsetDateTime,
) -> Vec<LineStanding> {
    let refunded = orders::reservation_refunds(orders, now);
    let terms = terms_now(catalog, order, changes, now);
    order
        .lines
        .iter()
        .map(|line| {
            let term = terms(line.number).unwrap_or_else(|| TermInForce::bought(order, line));
            let refund = orders::refund_in_term(order, line, &term, now, refunded);
            let cancellable = match (&line.cancellation, refund) {
                (Some(c), _) => Cancellable::Cancelled {
                    at: c.at,
                    refund: c.refund,
                },
                (None, Ok(refund)) => match line.cancellation_policy.window_closes(order.created_at, &term, line) {
                    Some(until) => Cancellable::Open { refund, until },
                    None => Cancellable::Closed(CancelError::UsageBilled),
                },
                (None, Err(why)) => Cancellable::Closed(why),
            };
            LineStanding {
                number: line.number,
                cancellable,
            }
        })
        .collect()
}

/// The files a customer's orders export to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrdersFile {
    /// A spreadsheet: one row per line.
    Csv,
    /// The orders as stored.
    Json,
}

/// A customer's orders as a file to download: its name, media type and text.
pub fn orders_file(
    kind: OrdersFile,
    orders: &[Order],
    customers: &[crate::domain::customer::Customer],
    customer: &CustomerId,
) -> (String, &'static str, String) {
    match kind {
        OrdersFile::Csv => (
            format!("orders-{customer}.csv"),
            "text/csv",
            crate::formats::orders_export::orders_csv(orders, customers),
        ),
        OrdersFile::Json => (
            format!("orders-{customer}.json"),
            "application/json",
            crate::formats::orders_export::orders_json(orders),
        ),
    }
}

/// One amount charged or refunded on an order after Buy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountEntry {
    pub at: OffsetDateTime,
    /// The subscription's name.
    pub name: String,
    pub what: EntryKind,
    pub amount: Money,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A renewal into a new term, with its seats: billed like a new purchase.
    Renewed(u32),
    SeatsAdded(u32),
    SeatsRemoved(u32),
    /// A longer term from that day, its first billing period charged.
    TermLengthened,
    /// The rest of the billing period a longer term replaced, credited.
    TermCredit,
    Cancelled,
}

impl EntryKind {
    /// Whether the customer paid this (a charge) or got it back (a refund).
    pub fn is_charge(self) -> bool {
        matches!(
            self,
            EntryKind::SeatsAdded(_) | EntryKind::Renewed(_) | EntryKind::TermLengthened
        )
    }
}

/// What an order came to: its total at Buy, then every seat charge and refund, oldest first,
/// and what is left after them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderAccount {
    pub entries: Vec<AccountEntry>,
    pub net: Money,
}

/// Each renewal of a line's subscription up to `now`, billed as a new term at the price in
/// force on its first day.
fn renewals(
    catalog: &Catalog,
    order: &Order,
    line: &OrderLine,
    subscription: &Subscription,
    changes: &[Changed],
    now: OffsetDateTime,
) -> Vec<AccountEntry> {
    let changes = changes_to(changes, &subscription.id);
    let mut entries = Vec::new();
    let mut life = Lifecycle::of(subscription, &changes, order.created_at);
    // Each pass looks at the day after the term ends: a renewal, or the end.
    while let Some(term) = life.term {
        let next_day = crate::domain::dates::days_after(term.ends, 1);
        let at = next_day.with_time(time::Time::MIDNIGHT).assume_utc();
        if at > now {
            break;
        }
        let next = Lifecycle::of(subscription, &changes, at);
        if !next.is_active() || next.terms <= life.terms {
            break;
        }
        let term = term_of(catalog, order, line, subscription, &next);
        entries.push(AccountEntry {
            at: term.began_at,
            name: line.friendly_name.clone(),
            what: EntryKind::Renewed(term.seats),
            amount: term.price,
        });
        life = next;
    }
    entries
}

/// The order's account at `now`, from its lines' renewals and cancellations and the `changes`
/// made to their subscriptions.
pub fn order_account(catalog: &Catalog, order: &Order, changes: &[Changed], now: OffsetDateTime) -> OrderAccount {
    let mut entries = Vec::new();
    let subscriptions = orders::subscriptions_from([order]);
    for line in &order.lines {
        if let Some(subscription) = subscriptions.iter().find(|s| s.id == line.subscription_id) {
            entries.extend(renewals(catalog, order, line, subscription, changes, now));
        }
        for change in changes_to(changes, &line.subscription_id) {
            let found: &[(EntryKind, Money)] = match *change {
                Change::SeatsAdded { seats, charge, .. } => &[(EntryKind::SeatsAdded(seats), charge)],
                Change::SeatsRemoved { seats, refund, .. } => &[(EntryKind::SeatsRemoved(seats), refund)],
                Change::TermLengthened { charge, credit, .. } => {
                    &[(EntryKind::TermLengthened, charge), (EntryKind::TermCredit, credit)]
                }
                _ => continue,
            };
            for &(what, amount) in found {
                entries.push(AccountEntry {
                    at: change.at(),
                    name: line.friendly_name.clone(),
                    what,
                    amount,
                });
            }
        }
        if let Some(cancellation) = &line.cancellation {
            entries.push(AccountEntry {
                at: cancellation.at,
                name: line.friendly_name.clone(),
                what: EntryKind::Cancelled,
                amount: cancellation.refund,
            });
        }
    }
    entries.sort_by_key(|e| e.at);
    let charged: Money = entries.iter().filter(|e| e.what.is_charge()).map(|e| e.amount).sum();
    let refunded: Money = entries.iter().filter(|e| !e.what.is_charge()).map(|e| e.amount).sum();
    OrderAccount {
        net: Money::from_cents(order.total.plus(charged).cents().saturating_sub(refunded.cents())),
        entries,
    }
}
