//! Cart edits: add a line, change a line's quantity or plan, remove a line.
//!
//! Each edit reads the cart as stored now, changes it and writes it back, so what another tab
//! did in between is kept; lines are named by id, so an edit never lands on another line.
//! The order number Buy will use is reserved when the first line goes in and released when
//! the cart empties (`reserve_or_release`): that is what makes a second Buy, in this tab or
//! another, find the first order instead of placing a second one.

use crate::i18n::{keys, reasons, text, Language};
use time::Date;

use crate::app::store::{load, save, Notice, Store, StoredKey};
use crate::domain::cart::{Cart, CartLine, LineId, NewLine};
use crate::domain::catalog::Catalog;
use crate::domain::ids::{CustomerId, OrderId};
use crate::domain::rules::{Parties, Reason};
use crate::domain::term::Plan;

/// Where new order numbers come from: random in the browser, a sequence in tests.
pub trait OrderNumbers {
    fn next_number(&mut self) -> OrderId;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CartError {
    /// The line was changed in another tab.
    LineGone,
    /// The rules refuse the addition, counting what the cart holds as stored now.
    Refused(Vec<Reason>),
    /// The offer or the customer is gone: another tab switched the catalog or removed the
    /// customer.
    Gone,
    /// The stored cart could not be read; it was set aside and nothing was changed.
    Unreadable(Notice),
    /// The change could not be saved. `cart` is the cart with the change, for the page to
    /// keep showing (nothing typed is lost); the stored cart is as it was.
    NotSaved { notice: Notice, cart: Box<Cart> },
}

impl CartError {
    pub fn sentence(&self, language: Language) -> String {
        match self {
            CartError::LineGone => text(language, keys::CART_LINE_GONE),
            CartError::Refused(reasons) => reasons::sentences(language, reasons),
            CartError::Gone => text(language, keys::CART_GONE),
            CartError::Unreadable(notice) | CartError::NotSaved { notice, .. } => notice.sentence(language),
        }
    }
}

english_display!(CartError);
impl std::error::Error for CartError {}

/// The customer's cart as stored now (empty if there is none).
pub fn stored_cart(store: &mut impl Store, customer: &CustomerId) -> Result<Cart, Notice> {
    Ok(load(store, &StoredKey::Cart(customer.clone()))?.unwrap_or_default())
}

/// Adds a line, if `check` (the rules, given the cart as stored now) allows it: another tab
/// may have filled the line since the page checked it. `check` answers
/// [`CartError::Refused`] with the rules' reasons, or [`CartError::Gone`].
pub fn add_line(
    store: &mut impl Store,
    customer: &CustomerId,
    line: NewLine,
    numbers: &mut impl OrderNumbers,
    check: impl FnOnce(&Cart) -> Result<(), CartError>,
) -> Result<Cart, CartError> {
    edit(store, customer, Some(numbers as &mut dyn OrderNumbers), |cart| {
        check(cart)?;
        cart.add(line);
        Ok(())
    })
}

/// Add to cart: the line goes in if the rules for these parties allow it, counted with what
/// the cart holds as stored now. Gives the cart and how many of the offer, on that plan, it
/// now holds.
pub fn add_to_cart(
    store: &mut impl Store,
    customer: &CustomerId,
    line: NewLine,
    numbers: &mut impl OrderNumbers,
    parties: Option<&Parties>,
    catalog: &Catalog,
    today: Date,
) -> Result<(Cart, u32), CartError> {
    let (offer, plan) = (line.offer.clone(), line.plan);
    let cart = edit(store, customer, Some(numbers as &mut dyn OrderNumbers), |cart| {
        allowed_addition(parties, catalog, today, &line, cart)?;
        cart.add(line);
        Ok(())
    })?;
    let total = cart.quantity_of(&offer, plan);
    Ok((cart, total))
}

/// Whether the rules for these parties allow adding `line` to the cart as stored.
fn allowed_addition(
    parties: Option<&Parties>,
    catalog: &Catalog,
    today: Date,
    line: &NewLine,
    stored: &Cart,
) -> Result<(), CartError> {
    let parties = parties.ok_or(CartError::Gone)?;
    let offer = catalog.offer(&line.offer).ok_or(CartError::Gone)?;
    let context = parties.context(catalog, today).with_cart(stored);
    context
        .check_addition(offer, line.plan, &line.quantity.to_string())
        .map(|_| ())
        .map_err(CartError::Refused)
}

/// Review's check of a typed quantity: read and checked exactly as Add to cart does (the
/// SKU's limits, trial seats, pools counting the cart's other lines).
pub fn quantity_check<'a>(
    parties: Option<&'a Parties>,
    catalog: &'a Catalog,
    today: Date,
    typed: &'a str,
) -> impl FnOnce(&Cart, &CartLine) -> Result<u32, CartError> + 'a {
    move |stored, current| {
        let parties = parties.ok_or(CartError::Gone)?;
        let offer = catalog.offer(&current.offer).ok_or(CartError::Gone)?;
        let others = stored.without(current.id);
        let context = parties.context(catalog, today).with_cart(&others);
        context.check_quantity(offer, typed).map_err(CartError::Refused)
    }
}

/// Sets a line's quantity from what was typed: `check` reads the text and checks it against
/// the cart as stored now (the line, and the others), as Add to cart does; a refused quantity
/// changes nothing.
pub fn set_quantity(
    store: &mut impl Store,
    customer: &CustomerId,
    line: LineId,
    check: impl FnOnce(&Cart, &CartLine) -> Result<u32, CartError>,
) -> Result<Cart, CartError> {
    edit(store, customer, None, |cart| {
        let current = cart.line(line).cloned().ok_or(CartError::LineGone)?;
        let quantity = check(cart, &current)?;
        found(cart.set_quantity(line, quantity))
    })
}

pub fn set_plan(
    store: &mut impl Store,
    customer: &CustomerId,
    line: LineId,
    plan: Option<Plan>,
) -> Result<Cart, CartError> {
    edit(store, customer, None, |cart| found(cart.set_plan(line, plan)))
}

/// Co-terms a line with a subscription the customer owns (its first term ends on `ends_on`), or
/// gives it a full term again (`None`). Review checks the day is within the line's term.
pub fn set_ends_on(
    store: &mut impl Store,
    customer: &CustomerId,
    line: LineId,
    ends_on: Option<time::Date>,
) -> Result<Cart, CartError> {
    edit(store, customer, None, |cart| found(cart.set_ends_on(line, ends_on)))
}

pub fn remove_line(store: &mut impl Store, customer: &CustomerId, line: LineId) -> Result<Cart, CartError> {
    edit(store, customer, None, |cart| found(cart.remove(line)))
}

/// A cart with lines holds the number its order will get; an empty cart holds none. Only
/// adding can turn an empty cart into one that needs a number, so only it passes `numbers`.
fn reserve_or_release(cart: &mut Cart, numbers: Option<&mut dyn OrderNumbers>) {
    if cart.is_empty() {
        cart.release_order();
    } else if cart.reserved_order().is_none() {
        if let Some(numbers) = numbers {
            cart.reserve_order(numbers.next_number());
        }
    }
}

/// An edit of a line that is no longer there is refused, not applied elsewhere.
fn found(line_was_there: bool) -> Result<(), CartError> {
    line_was_there.then_some(()).ok_or(CartError::LineGone)
}

/// Read, change, write back. A change that fails leaves the stored cart as it was.
fn edit(
    store: &mut impl Store,
    customer: &CustomerId,
    numbers: Option<&mut dyn OrderNumbers>,
    change: impl FnOnce(&mut Cart) -> Result<(), CartError>,
) -> Result<Cart, CartError> {
    let key = StoredKey::Cart(customer.clone());
    let mut cart = stored_cart(store, customer).map_err(CartError::Unreadable)?;
    change(&mut cart)?;
    reserve_or_release(&mut cart, numbers);
    // An empty cart is stored too: it keeps the line counter, so ids are never reused.
    match save(store, &key, &cart) {
        Ok(()) => Ok(cart),
        Err(notice) => Err(CartError::NotSaved {
            notice,
            cart: Box::new(cart),
        }),
    }
}
