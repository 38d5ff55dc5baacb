//! Reading the order history, and cancelling a line of an order.

use crate::i18n::{keys, reasons, text, Language};
use time::OffsetDateTime;

use crate::app::buy::stored_order;
use crate::app::store::{load, save, set_aside, StorageNotice, Store, StoredKey};
use crate::domain::ids::{CustomerId, OrderId};
use crate::domain::money::Money;
use crate::domain::orders::{self, CancelError, Order};

/// Every stored order, newest first, and what could not be read.
pub fn stored_orders(store: &mut impl Store) -> (Vec<Order>, Vec<StorageNotice>) {
    orders_where(store, |_| true)
}

/// The stored orders whose customer `keep` accepts (read from their keys, so the others are
/// never decoded), newest first, and what could not be read.
fn orders_where(store: &mut impl Store, keep: impl Fn(&CustomerId) -> bool) -> (Vec<Order>, Vec<StorageNotice>) {
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
    Storage(StorageNotice),
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

/// An add-on that ended because its base subscription was cancelled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndedAddOn {
    pub name: String,
    pub order: OrderId,
    /// Refunded by the add-on's own policy if its window was still open, else nothing.
    pub refund: Money,
}

/// What cancelling a line did: the order as saved, its refund, and the add-ons that were on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancelled {
    pub order: Order,
    pub refund: Money,
    pub add_ons: Vec<EndedAddOn>,
    /// Every order that changed (the line's, and those of its add-ons), as saved.
    pub saved: Vec<Order>,
}

/// Cancels one line of a stored order (read again first) at `now`. Reservations count what the
/// customer's other orders already refunded. Add-ons bought on the cancelled subscription end
/// with it: each refunded by its own policy if its window is still open.
pub fn cancel_line(
    store: &mut impl Store,
    customer: &CustomerId,
    number: &OrderId,
    line: u32,
    now: OffsetDateTime,
) -> Result<Cancelled, CancelFailure> {
    let mut order = stored_order(store, customer, number)
        .map_err(CancelFailure::Storage)?
        .ok_or(CancelFailure::NoSuchOrder)?;
    let (own, _) = orders_where(store, |c| c == customer);
    let refunded = orders::reservation_refunds(&own, now);
    let refund = orders::cancel_line(&mut order, line, now, refunded)?;
    let Some(base) = order
        .lines
        .iter()
        .find(|l| l.number == line)
        .map(|l| l.subscription_id.clone())
    else {
        return Err(orders::CancelError::NoSuchLine(line).into());
    };
    let mut add_ons = Vec::new();
    let mut saved = Vec::new();
    // The cancelled order itself may hold add-ons of the base too, so it is ended in place.
    let mut changed: Vec<Order> = vec![order];
    changed.extend(own.into_iter().filter(|o| o.id != *number));
    for candidate in &mut changed {
        let ended = end_add_ons_of(candidate, &base, now, refunded);
        if !ended.is_empty() || candidate.id == *number {
            add_ons.extend(ended);
            save(
                store,
                &StoredKey::Order(customer.clone(), candidate.id.clone()),
                &*candidate,
            )
            .map_err(CancelFailure::Storage)?;
            saved.push(candidate.clone());
        }
    }
    // The cancelled order was saved first (its id is `number`).
    let order = saved.first().cloned().ok_or(CancelFailure::NoSuchOrder)?;
    Ok(Cancelled {
        order,
        refund,
        add_ons,
        saved,
    })
}

/// Ends the order's active add-on lines bought on `base`.
fn end_add_ons_of(order: &mut Order, base: &str, now: OffsetDateTime, refunded: Money) -> Vec<EndedAddOn> {
    let numbers: Vec<u32> = orders::active_add_ons_of([&*order], base)
        .iter()
        .map(|l| l.number)
        .collect();
    numbers
        .into_iter()
        .filter_map(|number| {
            let refund = orders::cancel_line(order, number, now, refunded).unwrap_or_else(|_| {
                // Its own window is closed: it ends with its base, refunding nothing.
                orders::end_line(order, number, now);
                Money::ZERO
            });
            let line = order.lines.iter().find(|l| l.number == number)?;
            Some(EndedAddOn {
                name: line.friendly_name.clone(),
                order: order.id.clone(),
                refund,
            })
        })
        .collect()
}
