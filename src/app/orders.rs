//! Reading the order history, and cancelling a line of an order.

use thiserror::Error;
use time::OffsetDateTime;

use crate::app::buy::stored_order;
use crate::app::store::{load, save, StorageNotice, Store, StoredKey};
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
        match load(store, key) {
            Ok(Some(order)) => orders.push(order),
            Ok(None) => {}
            Err(notice) => notices.push(notice),
        }
    }
    orders::sort_newest_first(&mut orders);
    (orders, notices)
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CancelFailure {
    #[error("This order is no longer stored here: it may have been removed in another tab.")]
    NoSuchOrder,
    #[error(transparent)]
    Refused(#[from] CancelError),
    #[error("{0}")]
    Storage(StorageNotice),
}

/// Cancels one line of a stored order (read again first) at `now`, returning the order as
/// saved and the refund. Reservations count what the customer's other orders already refunded.
pub fn cancel_line(
    store: &mut impl Store,
    customer: &CustomerId,
    number: &OrderId,
    line: u32,
    now: OffsetDateTime,
) -> Result<(Order, Money), CancelFailure> {
    let mut order = stored_order(store, customer, number)
        .map_err(CancelFailure::Storage)?
        .ok_or(CancelFailure::NoSuchOrder)?;
    let (own, _) = orders_where(store, |c| c == customer);
    let refunded = orders::reservation_refunds(&own, now);
    let refund = orders::cancel_line(&mut order, line, now, refunded)?;
    save(store, &StoredKey::Order(customer.clone(), number.clone()), &order).map_err(CancelFailure::Storage)?;
    Ok((order, refund))
}
