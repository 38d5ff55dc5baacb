//! What this tab knows of the stored data, as one plain value: the partner, the customers,
//! their orders and carts, and the changes made to their subscriptions after Buy.
//!
//! Pages ask it questions (who the rules see, a customer's subscriptions, a customer's
//! orders); use cases read and write the store, and the ledger is told what they stored, so
//! it never holds a value storage does not.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use time::OffsetDateTime;

use crate::app::subscriptions::{subscription_rows, SubscriptionRow};
use crate::domain::cart::Cart;
use crate::domain::customer::Customer;
use crate::domain::ids::CustomerId;
use crate::domain::orders::{self, Order};
use crate::domain::partner::Partner;
use crate::domain::rules::Parties;
use crate::domain::subscription::lifecycle::{self, Changed};

#[derive(Clone, Debug, PartialEq)]
pub struct Ledger {
    pub partner: Partner,
    pub customers: Vec<Customer>,
    /// Newest first.
    pub orders: Vec<Order>,
    /// The carts read so far: a page that shows one reads it first ([`crate::app::cart::stored_cart`]).
    pub carts: HashMap<CustomerId, Cart>,
    pub changes: BTreeMap<CustomerId, Vec<Changed>>,
    /// Customers whose cart, as shown, holds an edit storage refused (it was full).
    pub unsaved_carts: BTreeSet<CustomerId>,
}

impl Ledger {
    /// A ledger that knows the partner and nothing else yet.
    pub fn new(partner: Partner) -> Ledger {
        Ledger {
            partner,
            customers: Vec::new(),
            orders: Vec::new(),
            carts: HashMap::new(),
            changes: BTreeMap::new(),
            unsaved_carts: BTreeSet::new(),
        }
    }

    pub fn customer(&self, id: &CustomerId) -> Option<&Customer> {
        self.customers.iter().find(|c| &c.id == id)
    }

    /// The customer's orders, newest first.
    pub fn orders_of<'a>(&'a self, id: &'a CustomerId) -> impl Iterator<Item = &'a Order> + 'a {
        self.orders.iter().filter(move |o| &o.customer == id)
    }

    /// The customer's cart as this tab last read or saved it (empty if never read).
    pub fn cart(&self, id: &CustomerId) -> Cart {
        self.carts.get(id).cloned().unwrap_or_default()
    }

    pub fn cart_len(&self, id: &CustomerId) -> usize {
        self.carts.get(id).map_or(0, Cart::len)
    }

    pub fn changes_of(&self, id: &CustomerId) -> &[Changed] {
        self.changes.get(id).map_or(&[], Vec::as_slice)
    }

    /// The partner and the customer as they were bought for: the customer owning what its
    /// orders created, before any change made after Buy. Changes to subscriptions start here.
    pub fn as_bought(&self, id: &CustomerId) -> Option<Parties> {
        let customer = self.customer(id)?;
        Some(Parties {
            partner: self.partner.clone(),
            customer: orders::with_orders(customer, self.orders_of(id)),
        })
    }

    /// The partner and the customer as the rules see them `now`: the customer owning what
    /// its orders created, as it stands after every change made to it.
    pub fn parties(&self, id: &CustomerId, now: OffsetDateTime) -> Option<Parties> {
        let mut parties = self.as_bought(id)?;
        parties.customer = lifecycle::standing(&parties.customer, self.changes_of(id), now);
        Some(parties)
    }

    /// The customer's subscriptions as they stand `now`.
    pub fn subscription_rows(&self, id: &CustomerId, now: OffsetDateTime) -> Vec<SubscriptionRow> {
        self.as_bought(id)
            .map(|bought| subscription_rows(&bought.customer, self.changes_of(id), now))
            .unwrap_or_default()
    }

    // ---- Told what was stored ---------------------------------------------------------------

    pub fn show_cart(&mut self, id: &CustomerId, cart: Cart) {
        self.unsaved_carts.remove(id);
        self.carts.insert(id.clone(), cart);
    }

    /// Shows a cart edit the browser's storage refused: the page keeps it, and Buy buys it.
    pub fn show_unsaved_cart(&mut self, id: &CustomerId, cart: Cart) {
        self.carts.insert(id.clone(), cart);
        self.unsaved_carts.insert(id.clone());
    }

    /// The cart shown for the customer if it holds an edit that was not saved.
    pub fn unsaved_cart(&self, id: &CustomerId) -> Option<&Cart> {
        self.unsaved_carts.contains(id).then(|| self.carts.get(id)).flatten()
    }

    /// A new order goes in front (newest first), once.
    pub fn show_new_order(&mut self, order: Order) {
        if !self
            .orders
            .iter()
            .any(|o| o.id == order.id && o.customer == order.customer)
        {
            self.orders.insert(0, order);
        }
    }

    /// Orders saved again (a cancellation) replace the ones shown.
    pub fn show_saved_orders(&mut self, saved: &[Order]) {
        for order in saved {
            if let Some(shown) = self
                .orders
                .iter_mut()
                .find(|o| o.id == order.id && o.customer == order.customer)
            {
                *shown = order.clone();
            }
        }
    }

    pub fn show_changes(&mut self, id: &CustomerId, changes: Vec<Changed>) {
        self.changes.insert(id.clone(), changes);
    }
}
