//! The app's state, shared through context: the catalog, the partner, the customers, their
//! carts, and notices about stored data. Pages derive everything else with memos.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use time::Date;

use crate::cart::{Cart, CartLine};
use crate::catalog::{default_catalog, Catalog};
use crate::customer::Customer;
use crate::ids::CustomerId;
use crate::partner::Partner;
use crate::sample::{sample_customers, sample_partner};
use crate::storage::local::{self, StorageNotice};
use crate::storage::{cart_key, Kind};

#[derive(Clone, Copy)]
pub struct AppState {
    pub catalog: RwSignal<Arc<Catalog>>,
    pub partner: RwSignal<Partner>,
    pub customers: RwSignal<Vec<Customer>>,
    pub carts: RwSignal<HashMap<CustomerId, Cart>>,
    pub notices: RwSignal<Vec<StorageNotice>>,
    pub today: Date,
}

impl AppState {
    pub fn new(today: Date) -> Self {
        let catalog = default_catalog();
        let customers = sample_customers(&catalog);
        AppState {
            catalog: RwSignal::new(Arc::new(catalog)),
            partner: RwSignal::new(sample_partner()),
            customers: RwSignal::new(customers),
            carts: RwSignal::new(HashMap::new()),
            notices: RwSignal::new(Vec::new()),
            today,
        }
    }

    pub fn customer(&self, id: &str) -> Option<Customer> {
        self.customers
            .with(|all| all.iter().find(|c| c.id.as_str() == id).cloned())
    }

    fn notify(&self, notice: StorageNotice) {
        self.notices.update(|all| {
            if !all.contains(&notice) {
                all.push(notice);
            }
        });
    }

    /// The customer's cart as stored now. Read before every write, so another tab's
    /// additions are never lost.
    fn stored_cart(&self, customer: &CustomerId) -> Cart {
        match local::load::<Cart>(Kind::Cart, &cart_key(customer)) {
            Ok(cart) => cart.unwrap_or_default(),
            Err(notice) => {
                self.notify(notice);
                Cart::default()
            }
        }
    }

    /// Loads a customer's cart into memory if it isn't there yet.
    pub fn ensure_cart_loaded(&self, customer: &CustomerId) {
        if self.carts.with_untracked(|carts| carts.contains_key(customer)) {
            return;
        }
        let cart = self.stored_cart(customer);
        self.carts.update(|carts| {
            carts.insert(customer.clone(), cart);
        });
    }

    /// Adds a line to the customer's cart and saves it.
    pub fn add_to_cart(&self, customer: &CustomerId, line: CartLine) -> Result<(), StorageNotice> {
        let mut cart = self.stored_cart(customer);
        cart.add(line.clone());
        let saved = local::save(Kind::Cart, &cart_key(customer), &cart);
        if let Err(notice) = &saved {
            // Keep the line in memory so nothing is lost; the banner says it is not saved.
            self.notify(notice.clone());
            cart = self
                .carts
                .with_untracked(|c| c.get(customer).cloned())
                .unwrap_or_default();
            cart.add(line);
        }
        self.carts.update(|carts| {
            carts.insert(customer.clone(), cart);
        });
        saved
    }

    pub fn cart_len(&self, customer: &CustomerId) -> usize {
        self.carts.with(|carts| carts.get(customer).map_or(0, Cart::len))
    }
}
