//! The app's state, shared through context: the catalog, the partner, the customers, their
//! carts and orders, and notices about stored data.
//!
//! The signals are private. Pages read them through the accessors and act through the methods
//! below, each of which calls one use case of [`crate::app`] against `localStorage` and then
//! mirrors its result into the signals. A `storage` event from another tab reloads what it
//! changed.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use leptos::prelude::*;
use time::{Date, OffsetDateTime};

use crate::app::all_data::{self, Loaded};
use crate::app::buy::{self, BuyError};
use crate::app::cart::{self, CartError};
use crate::app::day;
use crate::app::forms::CustomerForm;
use crate::app::orders::{self as order_cases, CancelFailure, Cancelled};
use crate::app::profile::{self, SaveCustomerError};
use crate::app::store::{StorageNotice, Store, StoredKey};
use crate::app::subscriptions::{self, ChangeError, MoveRequest, Moved, SeatAction, SeatsChanged, SubscriptionRow};
use crate::browser::clock::{chosen_day, now, remember_day, RandomOrderNumbers};
use crate::browser::local_storage::LocalStore;
use crate::domain::cart::{Cart, LineId, NewLine};
use crate::domain::catalog::{default_catalog, Catalog};
use crate::domain::customer::Customer;
use crate::domain::ids::{CustomerId, OrderId};
use crate::domain::orders::{self, Order};
use crate::domain::partner::Partner;
use crate::domain::rules::Parties;
use crate::domain::subscription::lifecycle::{self, Changed};
use crate::domain::term::Plan;
use crate::formats::export::Snapshot;
use crate::formats::pricelist::ImportSummary;
use crate::i18n::Language;

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
        summary: Arc<ImportSummary>,
        /// Why the browser could not keep it for the next visit, in the browser's words.
        not_kept: Option<String>,
    },
}

#[derive(Clone, Copy)]
pub struct AppState {
    catalog: RwSignal<Arc<Catalog>>,
    catalog_source: RwSignal<CatalogSource>,
    partner: RwSignal<Partner>,
    customers: RwSignal<Vec<Customer>>,
    carts: RwSignal<HashMap<CustomerId, Cart>>,
    orders: RwSignal<Vec<Order>>,
    /// What was changed on each customer's subscriptions after Buy.
    subscription_changes: RwSignal<BTreeMap<CustomerId, Vec<Changed>>>,
    notices: RwSignal<Vec<StorageNotice>>,
    /// The browser's date when the app started.
    real_today: Date,
    /// The app's day: the real date unless a trainee moved it ("Today is …").
    day: RwSignal<Date>,
    /// The language every page speaks.
    language: RwSignal<Language>,
}

impl AppState {
    pub fn new(today: Date) -> Self {
        let catalog = default_catalog();
        let state = AppState {
            catalog: RwSignal::new(Arc::new(catalog)),
            catalog_source: RwSignal::new(CatalogSource::BuiltIn),
            partner: RwSignal::new(crate::domain::sample::sample_partner()),
            customers: RwSignal::new(Vec::new()),
            carts: RwSignal::new(HashMap::new()),
            orders: RwSignal::new(Vec::new()),
            subscription_changes: RwSignal::new(BTreeMap::new()),
            notices: RwSignal::new(Vec::new()),
            real_today: today,
            day: RwSignal::new(today),
            language: RwSignal::new(Language::default()),
        };
        let (language, unknown) = crate::browser::language::initial();
        state.language.set(language);
        crate::browser::language::mark_document(language);
        if let Some(tag) = unknown {
            state.report(StorageNotice::UnknownLanguage { tag });
        }
        match chosen_day() {
            Some(Ok(day)) => {
                state.day.set(day);
                remember_day(Some(day));
            }
            Some(Err((text, why))) => {
                remember_day(None);
                state.report(StorageNotice::DayNotUsed { text, why });
            }
            None => {}
        }
        state.reload_all();
        state
    }

    // ---- The app's day --------------------------------------------------------------------------

    /// The app's day, tracked: verdicts, prices and windows follow it.
    pub fn today(&self) -> Date {
        self.day.get()
    }

    pub fn today_untracked(&self) -> Date {
        self.day.get_untracked()
    }

    /// The browser's real date.
    pub fn real_today(&self) -> Date {
        self.real_today
    }

    /// Now, on the app's day (the real time of day).
    pub fn now(&self) -> OffsetDateTime {
        let real = now();
        let day = self.day.get_untracked();
        if day == self.real_today {
            real
        } else {
            day::now_on(day, real)
        }
    }

    /// Now on the app's day, tracked: what depends on it follows the day as it moves.
    fn now_tracked(&self) -> OffsetDateTime {
        self.day.track();
        self.now()
    }

    // ---- The language ---------------------------------------------------------------------------

    /// The language pages speak, tracked: every word follows it.
    pub fn language(&self) -> Language {
        self.language.get()
    }

    pub fn language_untracked(&self) -> Language {
        self.language.get_untracked()
    }

    /// Switches every page to `language`, and keeps the choice for the next visit.
    pub fn choose_language(&self, language: Language) {
        crate::browser::language::remember(language);
        crate::browser::language::mark_document(language);
        self.language.set(language);
    }

    /// Moves the app's day for this tab; `None` goes back to the real date.
    pub fn move_to_day(&self, day: Option<Date>) {
        let day = day.filter(|d| *d != self.real_today);
        remember_day(day);
        self.day.set(day.unwrap_or(self.real_today));
    }

    // ---- What pages read ----------------------------------------------------------------------

    pub fn catalog(&self) -> ReadSignal<Arc<Catalog>> {
        self.catalog.read_only()
    }

    pub fn catalog_source(&self) -> ReadSignal<CatalogSource> {
        self.catalog_source.read_only()
    }

    pub fn partner(&self) -> ReadSignal<Partner> {
        self.partner.read_only()
    }

    pub fn customers(&self) -> ReadSignal<Vec<Customer>> {
        self.customers.read_only()
    }

    pub fn orders(&self) -> ReadSignal<Vec<Order>> {
        self.orders.read_only()
    }

    pub fn notices(&self) -> ReadSignal<Vec<StorageNotice>> {
        self.notices.read_only()
    }

    pub fn customer(&self, id: &str) -> Option<Customer> {
        self.customers
            .with(|all| all.iter().find(|c| c.id.as_str() == id).cloned())
    }

    /// The customer with the subscriptions its orders created, before any change made to them.
    fn customer_with_orders(&self, id: &str) -> Option<Customer> {
        let customer = self.customer(id)?;
        Some(
            self.orders
                .with(|orders| orders::with_orders(&customer, orders.iter(), self.today())),
        )
    }

    /// The customer as the rules see it: with the subscriptions its orders created, as they
    /// stand on the app's day after every change made to them.
    pub fn customer_for_rules(&self, id: &str) -> Option<Customer> {
        let customer = self.customer_with_orders(id)?;
        let now = self.now_tracked();
        Some(
            self.subscription_changes
                .with(|all| lifecycle::standing(&customer, all.get(&customer.id).map_or(&[], Vec::as_slice), now)),
        )
    }

    /// The customer's subscriptions as they stand on the app's day.
    pub fn subscription_rows(&self, id: &CustomerId) -> Vec<SubscriptionRow> {
        let Some(customer) = self.customer_with_orders(id.as_str()) else {
            return Vec::new();
        };
        let now = self.now_tracked();
        self.subscription_changes
            .with(|all| subscriptions::subscription_rows(&customer, all.get(id).map_or(&[], Vec::as_slice), now))
    }

    /// The partner and the customer as the rules see them (with what its orders gave it).
    pub fn parties_for(&self, customer: &CustomerId) -> Option<Parties> {
        Some(Parties {
            customer: self.customer_for_rules(customer.as_str())?,
            partner: self.partner.get(),
        })
    }

    pub fn orders_of(&self, id: &CustomerId) -> Vec<Order> {
        self.orders
            .with(|orders| orders.iter().filter(|o| &o.customer == id).cloned().collect())
    }

    /// The customer's cart as this page knows it (see [`AppState::load_cart`]).
    pub fn cart(&self, customer: &CustomerId) -> Cart {
        self.carts
            .with(|carts| carts.get(customer).cloned().unwrap_or_default())
    }

    pub fn cart_len(&self, customer: &CustomerId) -> usize {
        self.carts.with(|carts| carts.get(customer).map_or(0, Cart::len))
    }

    // ---- Loading and other tabs -------------------------------------------------------------

    /// Reads everything from storage, falling back to the demo data for what is not there.
    pub fn reload_all(&self) {
        let loaded = self
            .catalog
            .with_untracked(|catalog| all_data::load_all(&mut LocalStore, catalog));
        let Loaded {
            partner,
            customers,
            orders,
            subscription_changes,
            notices,
        } = loaded;
        self.partner.set(partner);
        self.customers.set(customers);
        self.orders.set(orders);
        self.subscription_changes.set(subscription_changes);
        self.carts.set(HashMap::new());
        for notice in notices {
            self.notify(notice);
        }
    }

    /// Another tab changed `key` (`None`: it cleared storage): reload what it holds.
    pub fn storage_changed(&self, key: Option<String>) {
        let Some(key) = key else { return self.reload_all() };
        match key.parse::<StoredKey>() {
            Ok(StoredKey::Partner | StoredKey::Customers) => self.reload_all(),
            Ok(StoredKey::Order(..)) => {
                let (orders, notices) = order_cases::stored_orders(&mut LocalStore);
                self.orders.set(orders);
                notices.into_iter().for_each(|n| self.notify(n));
            }
            Ok(StoredKey::Cart(customer)) => self.refresh_cart(&customer),
            Ok(StoredKey::SubscriptionChanges(customer)) => self.refresh_changes(&customer),
            // The Training page reads its progress again before each answer it records.
            Ok(StoredKey::TrainingProgress | StoredKey::Quarantine { .. }) | Err(_) => {}
        }
    }

    /// Listens for changes other tabs make, until the app that called it is unmounted.
    pub fn listen_to_other_tabs(&self) {
        let state = *self;
        let handle = window_event_listener(leptos::ev::storage, move |event| state.storage_changed(event.key()));
        on_cleanup(move || handle.remove());
    }

    // ---- Notices --------------------------------------------------------------------------------

    /// Tells the user something went wrong with stored data or a link's setting.
    pub fn report(&self, notice: StorageNotice) {
        self.notify(notice);
    }

    fn notify(&self, notice: StorageNotice) {
        self.notices.update(|all| {
            if !all.contains(&notice) {
                all.push(notice);
            }
        });
    }

    pub fn dismiss(&self, notice: &StorageNotice) {
        self.notices.update(|all| all.retain(|n| n != notice));
    }

    /// The raw text of a value set aside as unreadable, for the user to download.
    pub fn quarantined_text(&self, key: &StoredKey) -> String {
        LocalStore.get(&key.to_string()).unwrap_or_default()
    }

    /// Deletes a value set aside as unreadable, and its notice.
    pub fn discard(&self, notice: &StorageNotice) {
        if let Some(key) = notice.quarantine_key() {
            LocalStore.remove(&key.to_string());
        }
        self.dismiss(notice);
    }

    // ---- Carts ------------------------------------------------------------------------------------

    /// Reads the customer's cart from storage if this page has not yet: pages that show a cart
    /// call it once when they start.
    pub fn load_cart(&self, customer: &CustomerId) {
        if !self.carts.with_untracked(|carts| carts.contains_key(customer)) {
            self.refresh_cart(customer);
        }
    }

    /// Shows the customer's cart as stored now.
    pub fn refresh_cart(&self, customer: &CustomerId) {
        let cart = cart::stored_cart(&mut LocalStore, customer).unwrap_or_else(|notice| {
            self.notify(notice);
            Cart::default()
        });
        self.show_cart(customer, cart);
    }

    fn show_cart(&self, customer: &CustomerId, cart: Cart) {
        self.carts.update(|carts| {
            carts.insert(customer.clone(), cart);
        });
    }

    /// Shows what a cart edit left: the saved cart, or the unsaved change with a notice.
    fn mirror_cart(&self, customer: &CustomerId, result: Result<Cart, CartError>) -> Result<(), CartError> {
        match &result {
            Ok(cart) => self.show_cart(customer, cart.clone()),
            Err(CartError::NotSaved { notice, cart }) => {
                self.notify(notice.clone());
                self.show_cart(customer, Cart::clone(cart));
            }
            Err(CartError::Unreadable(notice)) => {
                self.notify(notice.clone());
                self.refresh_cart(customer);
            }
            Err(_) => self.refresh_cart(customer),
        }
        result.map(|_| ())
    }

    /// Adds a line, checked by the rules against the cart as stored now (the plan and the
    /// quantity as typed by the user).
    pub fn add_to_cart(&self, customer: &CustomerId, line: NewLine) -> Result<(), CartError> {
        let parties = untrack(|| self.parties_for(customer));
        let catalog = self.catalog.get_untracked();
        let check = |stored: &Cart| -> Result<(), CartError> {
            let parties = parties.as_ref().ok_or(CartError::Gone)?;
            let offer = catalog.offer(&line.offer).ok_or(CartError::Gone)?;
            let context = parties.context(&catalog, self.today_untracked()).with_cart(stored);
            context
                .check_addition(offer, line.plan, &line.quantity.to_string())
                .map(|_| ())
                .map_err(CartError::Refused)
        };
        let result = cart::add_line(&mut LocalStore, customer, line.clone(), &mut RandomOrderNumbers, check);
        self.mirror_cart(customer, result)
    }

    /// Sets a line's quantity as typed, read and checked exactly as Add to cart does (the
    /// SKU's limits, trial seats, pools counting the cart's other lines); a refused quantity
    /// changes nothing.
    pub fn set_line_quantity(&self, customer: &CustomerId, line: LineId, typed: &str) -> Result<(), CartError> {
        let parties = untrack(|| self.parties_for(customer));
        let catalog = self.catalog.get_untracked();
        let check = cart::quantity_check(parties.as_ref(), &catalog, self.today_untracked(), typed);
        let result = cart::set_quantity(&mut LocalStore, customer, line, check);
        self.mirror_cart(customer, result)
    }

    pub fn set_line_plan(&self, customer: &CustomerId, line: LineId, plan: Option<Plan>) -> Result<(), CartError> {
        let result = cart::set_plan(&mut LocalStore, customer, line, plan);
        self.mirror_cart(customer, result)
    }

    pub fn set_line_base(&self, customer: &CustomerId, line: LineId, base: Option<String>) -> Result<(), CartError> {
        let result = cart::set_base(&mut LocalStore, customer, line, base);
        self.mirror_cart(customer, result)
    }

    pub fn remove_line(&self, customer: &CustomerId, line: LineId) -> Result<(), CartError> {
        let result = cart::remove_line(&mut LocalStore, customer, line);
        self.mirror_cart(customer, result)
    }

    // ---- Orders ---------------------------------------------------------------------------------

    /// Buys the customer's stored cart. `shown` is the order number of the cart the page showed.
    pub fn buy(&self, customer: &CustomerId, shown: Option<&OrderId>) -> Result<Order, BuyError> {
        let Some(parties) = untrack(|| self.parties_for(customer)) else {
            return Err(BuyError::CartEmpty);
        };
        let catalog = self.catalog.get_untracked();
        let context = parties.context(&catalog, self.today_untracked());
        let result = buy::buy(&mut LocalStore, &context, shown, self.now(), &mut RandomOrderNumbers);
        if let Ok(order) = &result {
            self.orders.update(|orders| {
                if !orders.iter().any(|o| o.id == order.id && o.customer == order.customer) {
                    // Newest first: the new order goes in front, without reading every order again.
                    orders.insert(0, order.clone());
                }
            });
        }
        if let Err(BuyError::Storage(notice)) = &result {
            self.notify(notice.clone());
        }
        // Show what is stored now, whatever happened.
        self.refresh_cart(customer);
        result
    }

    /// Cancels one line of an order (and the add-ons bought on it).
    pub fn cancel_line(&self, customer: &CustomerId, order: &OrderId, line: u32) -> Result<Cancelled, CancelFailure> {
        let cancelled = order_cases::cancel_line(&mut LocalStore, customer, order, line, self.now())?;
        self.orders.update(|orders| {
            for saved in &cancelled.saved {
                if let Some(shown) = orders
                    .iter_mut()
                    .find(|o| o.id == saved.id && o.customer == saved.customer)
                {
                    *shown = saved.clone();
                }
            }
        });
        Ok(cancelled)
    }

    // ---- Subscriptions after Buy ----------------------------------------------------------------

    /// Shows the customer's subscription changes as stored now.
    fn refresh_changes(&self, customer: &CustomerId) {
        match subscriptions::stored_changes(&mut LocalStore, customer) {
            Ok(changes) => self.subscription_changes.update(|all| {
                all.insert(customer.clone(), changes);
            }),
            Err(notice) => self.notify(notice),
        }
    }

    /// Runs a change on the customer's subscriptions (given the customer with its orders'
    /// subscriptions, the catalog and now), then shows what is stored, and reports a storage
    /// problem.
    fn change_subscriptions<T>(
        &self,
        customer: &CustomerId,
        change: impl FnOnce(&mut LocalStore, &Catalog, Customer, OffsetDateTime) -> Result<T, ChangeError>,
    ) -> Result<T, ChangeError> {
        let Some(with_orders) = untrack(|| self.customer_with_orders(customer.as_str())) else {
            return Err(ChangeError::NotFound);
        };
        let catalog = self.catalog.get_untracked();
        let result = change(&mut LocalStore, &catalog, with_orders, self.now());
        if let Err(ChangeError::Storage(notice)) = &result {
            self.notify(notice.clone());
        }
        self.refresh_changes(customer);
        result
    }

    /// Adds or removes seats as typed.
    pub fn change_seats(
        &self,
        customer: &CustomerId,
        subscription: &str,
        action: SeatAction,
        input: &str,
    ) -> Result<SeatsChanged, ChangeError> {
        let partner = self.partner.get_untracked();
        self.change_subscriptions(customer, |store, catalog, customer, now| {
            let parties = Parties { partner, customer };
            subscriptions::change_seats(store, catalog, &parties, subscription, action, input, now)
        })
    }

    /// Upgrades a subscription (`upgrade`) or converts a trial; the new order is shown at once.
    pub fn move_seats(
        &self,
        customer: &CustomerId,
        request: MoveRequest<'_>,
        conversion: bool,
    ) -> Result<Moved, ChangeError> {
        let partner = self.partner.get_untracked();
        let result = self.change_subscriptions(customer, |store, catalog, customer, now| {
            let parties = Parties { partner, customer };
            if conversion {
                subscriptions::convert_trial(store, catalog, &parties, request, now, &mut RandomOrderNumbers)
            } else {
                subscriptions::upgrade(store, catalog, &parties, request, now, &mut RandomOrderNumbers)
            }
        });
        if let Ok(moved) = &result {
            self.orders.update(|orders| orders.insert(0, moved.order.clone()));
        }
        result
    }

    pub fn set_auto_renew(&self, customer: &CustomerId, subscription: &str, on: bool) -> Result<(), ChangeError> {
        self.change_subscriptions(customer, |store, catalog, customer, now| {
            subscriptions::set_auto_renew(store, catalog, &customer, subscription, on, now)
        })
    }

    pub fn set_renewal(
        &self,
        customer: &CustomerId,
        subscription: &str,
        quantity: &str,
        plan: Plan,
    ) -> Result<(), ChangeError> {
        self.change_subscriptions(customer, |store, catalog, customer, now| {
            subscriptions::set_renewal(store, catalog, &customer, subscription, quantity, plan, now)
        })
    }

    // ---- Customers and partner --------------------------------------------------------------------

    /// Saves the customer form (a new customer, or the edit of `editing`), checked against the
    /// customers stored now.
    pub fn save_customer(
        &self,
        form: &CustomerForm,
        editing: Option<&CustomerId>,
    ) -> Result<CustomerId, SaveCustomerError> {
        let shown = self.customers.get_untracked();
        let partner = self.partner.get_untracked();
        match profile::save_customer(&mut LocalStore, form, editing, &shown, &partner, self.today_untracked()) {
            Ok(saved) => {
                self.customers.set(saved.customers);
                Ok(saved.id)
            }
            Err(error) => {
                if let SaveCustomerError::Storage(notice) = &error {
                    self.notify(notice.clone());
                }
                Err(error)
            }
        }
    }

    pub fn save_partner(&self, partner: Partner) -> Result<(), StorageNotice> {
        match profile::save_partner(&mut LocalStore, &partner) {
            Ok(()) => {
                self.partner.set(partner);
                Ok(())
            }
            Err(notice) => {
                self.notify(notice.clone());
                Err(notice)
            }
        }
    }

    // ---- Catalog ----------------------------------------------------------------------------------

    /// Uses another catalog from now on.
    pub fn use_catalog(&self, catalog: Catalog, source: CatalogSource) {
        self.catalog.set(Arc::new(catalog));
        self.catalog_source.set(source);
    }

    pub fn use_built_in_catalog(&self) {
        self.use_catalog(default_catalog(), CatalogSource::BuiltIn);
    }

    /// An imported catalog is being read again; the built-in one stands in meanwhile.
    pub fn restoring_catalog(&self, file: String) {
        self.catalog_source.set(CatalogSource::Restoring { file });
    }

    // ---- All data -------------------------------------------------------------------------------

    pub fn snapshot(&self) -> Snapshot {
        all_data::snapshot(
            &mut LocalStore,
            self.partner.get_untracked(),
            self.customers.get_untracked(),
            self.orders.get_untracked(),
        )
    }

    /// Replaces all stored data with `snapshot`; all or nothing.
    pub fn replace_all(&self, snapshot: &Snapshot) -> Result<(), StorageNotice> {
        let result = all_data::replace_all(&mut LocalStore, snapshot);
        if let Err(notice) = &result {
            self.notify(notice.clone());
        }
        self.reload_all();
        result
    }

    /// Back to the demo data: removes everything the app stored except quarantined values.
    pub fn reset_demo_data(&self) {
        all_data::reset(&mut LocalStore);
        self.reload_all();
    }
}
