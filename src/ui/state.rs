//! The app's state, shared through context: the catalog, the partner, the customers, their
//! carts and orders, and notices about stored data. Pages derive everything else with memos.
//!
//! Every write re-reads what is stored first and changes only its own key, so another tab's
//! work is never overwritten; a `storage` event from another tab reloads what it changed.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use time::{Date, OffsetDateTime};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::browser::local_storage::{self as local, StorageNotice};
use crate::domain::cart::{Cart, CartLine};
use crate::domain::catalog::{default_catalog, Catalog};
use crate::domain::customer::Customer;
use crate::domain::ids::CustomerId;
use crate::domain::orders::{self, Order, OrderId};
use crate::domain::partner::Partner;
use crate::domain::sample::{sample_customers, sample_partner};
use crate::formats::envelope::{
    cart_key, order_key, Kind, Snapshot, CUSTOMERS_KEY, ORDERS_PREFIX, PARTNER_KEY, QUARANTINE_PREFIX,
};

/// Where the catalog in use came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogSource {
    BuiltIn,
    /// A generated catalog for trying the app at scale (`?catalog=synthetic-100k`).
    Synthetic {
        name: String,
    },
    /// An imported catalog is being read again from IndexedDB.
    Restoring {
        file: String,
    },
    Imported {
        file: String,
        summary: String,
    },
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub catalog: RwSignal<Arc<Catalog>>,
    pub catalog_source: RwSignal<CatalogSource>,
    pub partner: RwSignal<Partner>,
    pub customers: RwSignal<Vec<Customer>>,
    pub carts: RwSignal<HashMap<CustomerId, Cart>>,
    pub orders: RwSignal<Vec<Order>>,
    pub notices: RwSignal<Vec<StorageNotice>>,
    pub today: Date,
}

/// Now, from the browser's clock.
pub fn now() -> OffsetDateTime {
    let millis = js_sys::Date::now() as i128;
    OffsetDateTime::from_unix_timestamp_nanos(millis * 1_000_000).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// A new order number: 16 random upper-case hex digits.
pub fn new_order_number() -> String {
    (0..16)
        .map(|_| {
            char::from_digit((js_sys::Math::random() * 16.0) as u32 % 16, 16)
                .unwrap_or('0')
                .to_ascii_uppercase()
        })
        .collect()
}

impl AppState {
    pub fn new(today: Date) -> Self {
        let catalog = default_catalog();
        let state = AppState {
            customers: RwSignal::new(sample_customers(&catalog)),
            catalog: RwSignal::new(Arc::new(catalog)),
            catalog_source: RwSignal::new(CatalogSource::BuiltIn),
            partner: RwSignal::new(sample_partner()),
            carts: RwSignal::new(HashMap::new()),
            orders: RwSignal::new(Vec::new()),
            notices: RwSignal::new(Vec::new()),
            today,
        };
        state.reload_all();
        state
    }

    /// Tells the user something went wrong with stored data.
    pub fn report(&self, text: String) {
        self.notify(StorageNotice::Other(text));
    }

    fn notify(&self, notice: StorageNotice) {
        self.notices.update(|all| {
            if !all.contains(&notice) {
                all.push(notice);
            }
        });
    }

    fn load_or_notify<T: serde::de::DeserializeOwned>(&self, kind: Kind, key: &str) -> Option<T> {
        local::load(kind, key).unwrap_or_else(|notice| {
            self.notify(notice);
            None
        })
    }

    /// Reads everything from storage, falling back to the demo data for what is not there.
    pub fn reload_all(&self) {
        let partner = self
            .load_or_notify(Kind::Partner, PARTNER_KEY)
            .unwrap_or_else(sample_partner);
        let customers = self
            .load_or_notify(Kind::Customers, CUSTOMERS_KEY)
            .unwrap_or_else(|| self.catalog.with_untracked(|c| sample_customers(c)));
        self.partner.set(partner);
        self.customers.set(customers);
        self.reload_orders();
        self.carts.set(HashMap::new());
        for notice in local::quarantined_keys()
            .into_iter()
            .filter_map(|key| self.quarantine_notice(&key))
        {
            self.notify(notice);
        }
    }

    /// A banner for a value quarantined in an earlier visit, so it is never forgotten.
    fn quarantine_notice(&self, quarantine_key: &str) -> Option<StorageNotice> {
        let already = self.notices.with_untracked(|all| {
            all.iter().any(|n| match n {
                StorageNotice::Quarantined { quarantine_key: q, .. }
                | StorageNotice::StillQuarantined { quarantine_key: q } => q == quarantine_key,
                _ => false,
            })
        });
        (!already).then(|| StorageNotice::StillQuarantined {
            quarantine_key: quarantine_key.to_string(),
        })
    }

    fn reload_orders(&self) {
        let mut orders: Vec<Order> = local::keys()
            .into_iter()
            .filter(|k| k.starts_with(ORDERS_PREFIX))
            .filter_map(|key| self.load_or_notify(Kind::Order, &key))
            .collect();
        orders::sort_newest_first(&mut orders);
        self.orders.set(orders);
    }

    /// Another tab changed `key`: reload what it holds.
    pub fn storage_changed(&self, key: Option<String>) {
        match key.as_deref() {
            // `None`: the other tab cleared storage.
            None => self.reload_all(),
            Some(PARTNER_KEY) | Some(CUSTOMERS_KEY) => self.reload_all(),
            Some(k) if k.starts_with(ORDERS_PREFIX) => self.reload_orders(),
            Some(k) if k.starts_with("csp-catalog/cart/") => {
                let id = k.trim_start_matches("csp-catalog/cart/");
                if let Ok(id) = id.parse::<CustomerId>() {
                    let cart = self.stored_cart(&id);
                    self.carts.update(|carts| {
                        carts.insert(id, cart);
                    });
                }
            }
            _ => {}
        }
    }

    /// Listens for changes other tabs make, for the life of the page.
    pub fn listen_to_other_tabs(&self) {
        let state = *self;
        let on_storage = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            state.storage_changed(event.key());
        });
        if let Some(window) = web_sys::window() {
            let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        }
        // The listener lives as long as the page.
        on_storage.forget();
    }

    pub fn customer(&self, id: &str) -> Option<Customer> {
        self.customers
            .with(|all| all.iter().find(|c| c.id.as_str() == id).cloned())
    }

    /// The customer as the rules see it: with the subscriptions its orders created.
    pub fn customer_for_rules(&self, id: &str) -> Option<Customer> {
        let customer = self.customer(id)?;
        Some(
            self.orders
                .with(|orders| orders::with_orders(&customer, orders.iter(), self.today)),
        )
    }

    pub fn orders_of(&self, id: &CustomerId) -> Vec<Order> {
        self.orders
            .with(|orders| orders.iter().filter(|o| &o.customer == id).cloned().collect())
    }

    // ---- Carts ---------------------------------------------------------------------------

    /// The customer's cart as stored now. Read before every write, so another tab's
    /// additions are never lost.
    pub fn stored_cart(&self, customer: &CustomerId) -> Cart {
        self.load_or_notify(Kind::Cart, &cart_key(customer)).unwrap_or_default()
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

    /// Changes the stored cart and saves it. If saving fails, the change is kept in memory
    /// (nothing typed is lost), the stored cart is unchanged, and a banner says so.
    pub fn update_cart(&self, customer: &CustomerId, change: impl Fn(&mut Cart)) -> Result<(), StorageNotice> {
        let mut cart = self.stored_cart(customer);
        change(&mut cart);
        if cart.lines.is_empty() {
            cart.checkout = None;
        } else if cart.checkout.is_none() {
            cart.checkout = Some(new_order_number());
        }
        let saved = if cart.is_empty() {
            local::remove(&cart_key(customer));
            Ok(())
        } else {
            local::save(Kind::Cart, &cart_key(customer), &cart)
        };
        if let Err(notice) = &saved {
            self.notify(notice.clone());
            cart = self
                .carts
                .with_untracked(|c| c.get(customer).cloned())
                .unwrap_or_default();
            change(&mut cart);
        }
        self.carts.update(|carts| {
            carts.insert(customer.clone(), cart);
        });
        saved
    }

    pub fn add_to_cart(&self, customer: &CustomerId, line: CartLine) -> Result<(), StorageNotice> {
        self.update_cart(customer, |cart| cart.add(line.clone()))
    }

    pub fn cart_len(&self, customer: &CustomerId) -> usize {
        self.carts.with(|carts| carts.get(customer).map_or(0, Cart::len))
    }

    // ---- Orders --------------------------------------------------------------------------

    pub fn stored_order(&self, customer: &CustomerId, id: &OrderId) -> Option<Order> {
        self.load_or_notify(Kind::Order, &order_key(customer, id))
    }

    /// Saves a new order under its own key, unless an order with that number exists (Buy
    /// pressed twice, or in two tabs): then the existing one is returned, unchanged.
    pub fn save_new_order(&self, order: Order) -> Result<Order, StorageNotice> {
        if let Some(existing) = self.stored_order(&order.customer, &order.id) {
            return Ok(existing);
        }
        local::save(Kind::Order, &order_key(&order.customer, &order.id), &order)?;
        local::remove(&cart_key(&order.customer));
        self.carts.update(|carts| {
            carts.insert(order.customer.clone(), Cart::default());
        });
        // Newest first: the new order goes in front, without reading every stored order again.
        self.orders.update(|orders| orders.insert(0, order.clone()));
        Ok(order)
    }

    pub fn update_order(&self, order: &Order) -> Result<(), StorageNotice> {
        let saved = local::save(Kind::Order, &order_key(&order.customer, &order.id), order);
        match &saved {
            Ok(()) => self.orders.update(|orders| {
                if let Some(stored) = orders
                    .iter_mut()
                    .find(|o| o.id == order.id && o.customer == order.customer)
                {
                    *stored = order.clone();
                }
            }),
            Err(notice) => self.notify(notice.clone()),
        }
        saved
    }

    // ---- Customers and partner -----------------------------------------------------------

    /// Saves one customer (new or edited) into the stored list, re-read first.
    pub fn save_customer(&self, customer: Customer) -> Result<(), StorageNotice> {
        let mut all: Vec<Customer> = self
            .load_or_notify(Kind::Customers, CUSTOMERS_KEY)
            .unwrap_or_else(|| self.customers.get_untracked());
        match all.iter_mut().find(|c| c.id == customer.id) {
            Some(existing) => *existing = customer,
            None => all.push(customer),
        }
        let saved = local::save(Kind::Customers, CUSTOMERS_KEY, &all);
        match &saved {
            Ok(()) => self.customers.set(all),
            Err(notice) => self.notify(notice.clone()),
        }
        saved
    }

    pub fn save_partner(&self, partner: Partner) -> Result<(), StorageNotice> {
        let saved = local::save(Kind::Partner, PARTNER_KEY, &partner);
        match &saved {
            Ok(()) => self.partner.set(partner),
            Err(notice) => self.notify(notice.clone()),
        }
        saved
    }

    // ---- Catalog ---------------------------------------------------------------------------

    /// Uses an imported catalog from now on.
    pub fn use_catalog(&self, catalog: Catalog, source: CatalogSource) {
        self.catalog.set(Arc::new(catalog));
        self.catalog_source.set(source);
    }

    pub fn use_built_in_catalog(&self) {
        self.use_catalog(default_catalog(), CatalogSource::BuiltIn);
    }

    // ---- All data ------------------------------------------------------------------------

    pub fn snapshot(&self) -> Snapshot {
        let customers = self.customers.get_untracked();
        let carts = customers
            .iter()
            .map(|c| (c.id.clone(), self.stored_cart(&c.id)))
            .filter(|(_, cart)| !cart.is_empty())
            .collect();
        Snapshot {
            partner: self.partner.get_untracked(),
            customers,
            carts,
            orders: self.orders.get_untracked(),
        }
    }

    /// Keys this app owns, quarantined values excepted (they are the user's to discard).
    fn own_keys() -> Vec<String> {
        local::keys()
            .into_iter()
            .filter(|k| !k.starts_with(QUARANTINE_PREFIX))
            .collect()
    }

    /// Replaces all stored data with `snapshot`. All or nothing: if any write fails, what was
    /// stored before is put back.
    pub fn replace_all(&self, snapshot: &Snapshot) -> Result<(), StorageNotice> {
        let before: Vec<(String, String)> = Self::own_keys()
            .into_iter()
            .filter_map(|k| local::raw(&k).map(|v| (k, v)))
            .collect();
        let result = (|| -> Result<(), StorageNotice> {
            for (key, _) in &before {
                local::remove(key);
            }
            local::save(Kind::Partner, PARTNER_KEY, &snapshot.partner)?;
            local::save(Kind::Customers, CUSTOMERS_KEY, &snapshot.customers)?;
            for (id, cart) in &snapshot.carts {
                local::save(Kind::Cart, &cart_key(id), cart)?;
            }
            for order in &snapshot.orders {
                local::save(Kind::Order, &order_key(&order.customer, &order.id), order)?;
            }
            Ok(())
        })();
        if let Err(notice) = &result {
            for key in Self::own_keys() {
                local::remove(&key);
            }
            for (key, value) in &before {
                let _ = local::save_raw(key, value);
            }
            self.notify(notice.clone());
        }
        self.reload_all();
        result
    }

    /// Back to the demo data: removes everything the app stored except quarantined values.
    pub fn reset_demo_data(&self) {
        for key in Self::own_keys() {
            local::remove(&key);
        }
        self.reload_all();
    }
}
