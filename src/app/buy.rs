//! Buy: turn the stored cart into an order, exactly once.
//!
//! The order's number was reserved when the cart started, and each order has its own key.
//! So a second Buy (a double press, or the same cart bought in another tab) finds the order
//! already stored under that number and returns it instead of placing another.

use crate::i18n::{keys, text, Language};
use time::OffsetDateTime;

use crate::app::cart::{stored_cart, OrderNumbers};
use crate::app::store::{load, save, Notice, Store, StoredKey};
use crate::domain::cart::Cart;
use crate::domain::ids::{CustomerId, OrderId};
use crate::domain::orders::{self, Order, Review};
use crate::domain::rules::Context;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuyError {
    /// Bought or emptied in another tab.
    CartEmpty,
    /// Some lines can't be bought any more; the review marks them.
    LinesBlocked(Review),
    Storage(Notice),
}

impl BuyError {
    pub fn sentence(&self, language: Language) -> String {
        match self {
            BuyError::CartEmpty => text(language, keys::BUY_CART_EMPTY),
            BuyError::LinesBlocked(_) => text(language, keys::BUY_LINES_BLOCKED),
            BuyError::Storage(notice) => notice.sentence(language),
        }
    }
}

english_display!(BuyError);
impl std::error::Error for BuyError {}

/// Buys the customer's stored cart (the customer is `context.customer`, with what it owns).
/// `shown` is the order number of the cart the page showed, so that a Buy pressed again after
/// the cart went finds that order.
pub fn buy(
    store: &mut impl Store,
    context: &Context<'_>,
    shown: Option<&OrderId>,
    now: OffsetDateTime,
    numbers: &mut impl OrderNumbers,
) -> Result<Order, BuyError> {
    let customer = &context.customer.id;
    let cart = stored_cart(store, customer).map_err(BuyError::Storage)?;
    if cart.is_empty() {
        let earlier = match shown {
            Some(number) => stored_order(store, customer, number).map_err(BuyError::Storage)?,
            None => None,
        };
        return earlier.ok_or(BuyError::CartEmpty);
    }
    place(store, context, cart, now, numbers)
}

/// Buys the cart this page shows but could not save (the browser's storage was full when it
/// was edited): it is the cart the user reviewed, so it is what is bought. If storage is
/// still full, saving the order fails and says so.
pub fn buy_unsaved(
    store: &mut impl Store,
    context: &Context<'_>,
    cart: &Cart,
    now: OffsetDateTime,
    numbers: &mut impl OrderNumbers,
) -> Result<Order, BuyError> {
    if cart.is_empty() {
        return Err(BuyError::CartEmpty);
    }
    place(store, context, cart.clone(), now, numbers)
}

fn place(
    store: &mut impl Store,
    context: &Context<'_>,
    cart: Cart,
    now: OffsetDateTime,
    numbers: &mut impl OrderNumbers,
) -> Result<Order, BuyError> {
    let customer = &context.customer.id;
    let number = cart.reserved_order().cloned().unwrap_or_else(|| numbers.next_number());
    if let Some(existing) = stored_order(store, customer, &number).map_err(BuyError::Storage)? {
        // Bought in another tab that has not emptied the cart yet.
        empty_cart(store, customer, cart);
        return Ok(existing);
    }
    let order = orders::place_order(context, &cart, number, now).map_err(|e| match e {
        orders::PlaceOrderError::EmptyCart => BuyError::CartEmpty,
        orders::PlaceOrderError::LinesBlocked(review) => BuyError::LinesBlocked(review),
    })?;
    save(store, &StoredKey::Order(customer.clone(), order.id.clone()), &order).map_err(BuyError::Storage)?;
    empty_cart(store, customer, cart);
    Ok(order)
}

/// Empties the bought cart, keeping its line counter. If that write fails the cart stays as
/// it was, still reserving the order's number, so buying it again finds this order.
fn empty_cart(store: &mut impl Store, customer: &CustomerId, mut cart: Cart) {
    cart.clear();
    let _ = save(store, &StoredKey::Cart(customer.clone()), &cart);
}

/// The order stored under this number for this customer, if there is one.
pub fn stored_order(store: &mut impl Store, customer: &CustomerId, number: &OrderId) -> Result<Option<Order>, Notice> {
    load(store, &StoredKey::Order(customer.clone(), number.clone()))
}
