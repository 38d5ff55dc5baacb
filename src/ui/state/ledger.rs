//! What this tab knows ([`Ledger`]) as a signal, and the user's actions on it: each calls
//! one use case of [`crate::app`] against `localStorage`, then shows the ledger what it
//! stored. A `storage` event from another tab reloads what that tab changed.

use leptos::prelude::*;

use crate::app::all_data::{self, Loaded};
use crate::app::buy::{self, BuyError};
use crate::app::buy_options;
use crate::app::cart::{self, CartError};
use crate::app::forms::CustomerForm;
use crate::app::ledger::Ledger;
use crate::app::orders::{self as order_cases, CancelFailure, Cancelled};
use crate::app::profile::{self, SaveCustomerError};
use crate::app::store::{Notice, StoredKey};
use crate::app::subscriptions::{self, ChangeError, MoveRequest, Moved, SeatAction, SeatsChanged, SubscriptionRow};
use crate::browser::clock::RandomOrderNumbers;
use crate::browser::local_storage::LocalStore;
use crate::domain::cart::{Cart, LineId, NewLine};
use crate::domain::catalog::{Catalog, OfferIndex};
use crate::domain::customer::Customer;
use crate::domain::ids::{CustomerId, LineNumber, OrderId, SubscriptionId};
use crate::domain::orders::Order;
use crate::domain::partner::Partner;
use crate::domain::rules::{Parties, QuantityLimits};
use crate::domain::term::Plan;
use crate::formats::export::Snapshot;
use crate::ui::state::{CatalogInUse, Notices, Visit};

#[derive(Clone, Copy)]
pub struct LedgerState {
    ledger: RwSignal<Ledger>,
    visit: Visit,
    catalog: CatalogInUse,
    notices: Notices,
}

impl LedgerState {
    /// Reads everything stored (the demo data for what is not there).
    pub fn load(visit: Visit, catalog: CatalogInUse, notices: Notices) -> LedgerState {
        let state = LedgerState {
            ledger: RwSignal::new(Ledger::new(crate::domain::sample::sample_partner())),
            visit,
            catalog,
            notices,
        };
        state.reload_all();
        state
    }

    // ---- What pages read (tracked) ------------------------------------------------------

    pub fn with<R>(&self, read: impl FnOnce(&Ledger) -> R) -> R {
        self.ledger.with(read)
    }

    pub fn with_untracked<R>(&self, read: impl FnOnce(&Ledger) -> R) -> R {
        self.ledger.with_untracked(read)
    }

    pub fn partner(&self) -> Partner {
        self.with(|l| l.partner.clone())
    }

    pub fn customer(&self, id: &CustomerId) -> Option<Customer> {
        self.with(|l| l.customer(id).cloned())
    }

    /// The partner and the customer as the rules see them on the app's day.
    pub fn parties(&self, id: &CustomerId) -> Option<Parties> {
        let now = self.visit.now_tracked();
        self.with(|l| l.parties(id, now))
    }

    /// The customer's subscriptions as they stand on the app's day.
    pub fn subscription_rows(&self, id: &CustomerId) -> Vec<SubscriptionRow> {
        let now = self.visit.now_tracked();
        self.with(|l| l.subscription_rows(id, now))
    }

    pub fn orders_of(&self, id: &CustomerId) -> Vec<Order> {
        self.with(|l| l.orders_of(id).cloned().collect())
    }

    /// The customer's cart as this page knows it (see [`LedgerState::load_cart`]).
    pub fn cart(&self, id: &CustomerId) -> Cart {
        self.with(|l| l.cart(id))
    }

    pub fn cart_len(&self, id: &CustomerId) -> usize {
        self.with(|l| l.cart_len(id))
    }

    // ---- Loading and other tabs ---------------------------------------------------------

    /// Reads everything from storage again, falling back to the demo data.
    pub fn reload_all(&self) {
        let Loaded { ledger, notices } = self
            .catalog
            .catalog()
            .with_untracked(|catalog| all_data::load_all(&mut LocalStore, catalog));
        self.ledger.set(ledger);
        notices.into_iter().for_each(|n| self.notices.report(n));
    }

    /// Another tab changed `key` (`None`: it cleared storage): reload what it holds.
    pub fn storage_changed(&self, key: Option<String>) {
        let Some(key) = key else { return self.reload_all() };
        match key.parse::<StoredKey>() {
            Ok(StoredKey::Partner | StoredKey::Customers) => self.reload_all(),
            Ok(StoredKey::Order(..)) => {
                let (orders, notices) = order_cases::stored_orders(&mut LocalStore);
                self.ledger.update(|l| l.orders = orders);
                notices.into_iter().for_each(|n| self.notices.report(n));
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

    /// What a use case needs to check the rules for this customer, read without tracking.
    fn checks_for(&self, customer: &CustomerId) -> (Option<Parties>, std::sync::Arc<Catalog>) {
        let now = self.visit.now();
        (
            self.with_untracked(|l| l.parties(customer, now)),
            self.catalog.catalog().get_untracked(),
        )
    }

    // ---- Carts --------------------------------------------------------------------------

    /// Reads the customer's cart from storage if this page has not yet: pages that show a
    /// cart call it once when they start.
    pub fn load_cart(&self, customer: &CustomerId) {
        if !self.with_untracked(|l| l.carts.contains_key(customer)) {
            self.refresh_cart(customer);
        }
    }

    /// Shows the customer's cart as stored now.
    pub fn refresh_cart(&self, customer: &CustomerId) {
        let cart = cart::stored_cart(&mut LocalStore, customer).unwrap_or_else(|notice| {
            self.notices.report(notice);
            Cart::default()
        });
        self.ledger.update(|l| l.show_cart(customer, cart));
    }

    /// Shows what a cart edit left: the saved cart, or the unsaved change with a notice.
    fn mirror_cart(&self, customer: &CustomerId, result: Result<Cart, CartError>) -> Result<(), CartError> {
        match &result {
            Ok(cart) => self.ledger.update(|l| l.show_cart(customer, cart.clone())),
            Err(CartError::NotSaved { notice, cart }) => {
                self.notices.report(notice.clone());
                self.ledger.update(|l| l.show_unsaved_cart(customer, Cart::clone(cart)));
            }
            Err(CartError::Unreadable(notice)) => {
                self.notices.report(notice.clone());
                self.refresh_cart(customer);
            }
            Err(_) => self.refresh_cart(customer),
        }
        result.map(|_| ())
    }

    /// Add to cart: the line, checked by the rules against the cart as stored now. Answers
    /// how many of the offer on that plan the cart holds afterwards.
    pub fn add_to_cart(&self, customer: &CustomerId, line: NewLine) -> Result<u32, CartError> {
        let (parties, catalog) = self.checks_for(customer);
        let today = self.visit.today_untracked();
        let result = cart::add_to_cart(
            &mut LocalStore,
            customer,
            line,
            &mut RandomOrderNumbers,
            parties.as_ref(),
            &catalog,
            today,
        );
        let total = result.as_ref().map_or(0, |(_, total)| *total);
        self.mirror_cart(customer, result.map(|(cart, _)| cart)).map(|()| total)
    }

    /// Add to cart's check of what is typed, as it would go in (tracked: it follows the
    /// catalog, the day and the cart). `parties` are the page's, a what-if's maybe.
    pub fn typed_addition(
        &self,
        customer: &CustomerId,
        parties: &Parties,
        index: OfferIndex,
        plan: Option<Plan>,
        typed: &str,
    ) -> Result<u32, CartError> {
        let catalog = self.catalog.catalog().get();
        buy_options::typed_addition(
            parties,
            &catalog,
            self.visit.today(),
            &self.cart(customer),
            index,
            plan,
            typed,
        )
    }

    /// The quantities the customer may still add of an offer, counting the cart (tracked).
    pub fn addition_limits(
        &self,
        customer: &CustomerId,
        parties: &Parties,
        index: OfferIndex,
    ) -> Option<QuantityLimits> {
        let catalog = self.catalog.catalog().get();
        buy_options::addition_limits(parties, &catalog, self.visit.today(), &self.cart(customer), index)
    }

    /// Sets a line's quantity as typed, read and checked exactly as Add to cart does; a
    /// refused quantity changes nothing.
    pub fn set_line_quantity(&self, customer: &CustomerId, line: LineId, typed: &str) -> Result<(), CartError> {
        let (parties, catalog) = self.checks_for(customer);
        let check = cart::quantity_check(parties.as_ref(), &catalog, self.visit.today_untracked(), typed);
        let result = cart::set_quantity(&mut LocalStore, customer, line, check);
        self.mirror_cart(customer, result)
    }

    pub fn set_line_plan(&self, customer: &CustomerId, line: LineId, plan: Option<Plan>) -> Result<(), CartError> {
        let result = cart::set_plan(&mut LocalStore, customer, line, plan);
        self.mirror_cart(customer, result)
    }

    pub fn set_line_ends_on(
        &self,
        customer: &CustomerId,
        line: LineId,
        ends_on: Option<time::Date>,
    ) -> Result<(), CartError> {
        let result = cart::set_ends_on(&mut LocalStore, customer, line, ends_on);
        self.mirror_cart(customer, result)
    }

    pub fn remove_line(&self, customer: &CustomerId, line: LineId) -> Result<(), CartError> {
        let result = cart::remove_line(&mut LocalStore, customer, line);
        self.mirror_cart(customer, result)
    }

    // ---- Orders -------------------------------------------------------------------------

    /// Buys the customer's stored cart, or the cart shown if storage refused its last edit.
    /// `shown` is the order number of the cart the page showed.
    pub fn buy(&self, customer: &CustomerId, shown: Option<&OrderId>) -> Result<Order, BuyError> {
        let (Some(parties), catalog) = self.checks_for(customer) else {
            return Err(BuyError::CartEmpty);
        };
        let context = parties.context(&catalog, self.visit.today_untracked());
        let now = self.visit.now();
        let unsaved = self.with_untracked(|l| l.unsaved_cart(customer).cloned());
        let result = match &unsaved {
            Some(cart) => buy::buy_unsaved(&mut LocalStore, &context, cart, now, &mut RandomOrderNumbers),
            None => buy::buy(&mut LocalStore, &context, shown, now, &mut RandomOrderNumbers),
        };
        match &result {
            Ok(order) => self.ledger.update(|l| l.show_new_order(order.clone())),
            Err(BuyError::Storage(notice)) => self.notices.report(notice.clone()),
            Err(_) => {}
        }
        // Show what is stored now, unless the page's unsaved cart was not bought: it is then
        // still the only copy of the user's work.
        if result.is_ok() || unsaved.is_none() {
            self.refresh_cart(customer);
        }
        result
    }

    /// Cancels one line of an order (and the add-ons bought on it).
    pub fn cancel_line(
        &self,
        customer: &CustomerId,
        order: &OrderId,
        line: LineNumber,
    ) -> Result<Cancelled, CancelFailure> {
        let catalog = self.catalog.catalog().get_untracked();
        let cancelled = order_cases::cancel_line(&mut LocalStore, &catalog, customer, order, line, self.visit.now())?;
        self.ledger
            .update(|l| l.show_saved_orders(std::slice::from_ref(&cancelled.order)));
        Ok(cancelled)
    }

    // ---- Subscriptions after Buy --------------------------------------------------------

    fn refresh_changes(&self, customer: &CustomerId) {
        match subscriptions::stored_changes(&mut LocalStore, customer) {
            Ok(changes) => self.ledger.update(|l| l.show_changes(customer, changes)),
            Err(notice) => self.notices.report(notice),
        }
    }

    /// Runs a change on the customer's subscriptions (given the parties as bought, before
    /// any change, the catalog and now), then shows what is stored and reports a storage
    /// problem.
    fn change_subscriptions<T>(
        &self,
        customer: &CustomerId,
        change: impl FnOnce(&mut LocalStore, &Catalog, Parties, time::OffsetDateTime) -> Result<T, ChangeError>,
    ) -> Result<T, ChangeError> {
        let now = self.visit.now();
        let Some(bought) = self.with_untracked(|l| l.as_bought(customer)) else {
            return Err(ChangeError::NotFound);
        };
        let catalog = self.catalog.catalog().get_untracked();
        let result = change(&mut LocalStore, &catalog, bought, now);
        if let Err(ChangeError::Storage(notice)) = &result {
            self.notices.report(notice.clone());
        }
        self.refresh_changes(customer);
        result
    }

    /// Adds or removes seats as typed.
    pub fn change_seats(
        &self,
        customer: &CustomerId,
        subscription: &SubscriptionId,
        action: SeatAction,
        input: &str,
    ) -> Result<SeatsChanged, ChangeError> {
        self.change_subscriptions(customer, |store, catalog, parties, now| {
            subscriptions::change_seats(store, catalog, &parties, subscription, action, input, now)
        })
    }

    /// Upgrades a subscription or converts a trial; the new order is shown at once.
    pub fn move_seats(
        &self,
        customer: &CustomerId,
        request: MoveRequest<'_>,
        conversion: bool,
    ) -> Result<Moved, ChangeError> {
        let result = self.change_subscriptions(customer, |store, catalog, parties, now| {
            if conversion {
                subscriptions::convert_trial(store, catalog, &parties, request, now, &mut RandomOrderNumbers)
            } else {
                subscriptions::upgrade(store, catalog, &parties, request, now, &mut RandomOrderNumbers)
            }
        });
        if let Ok(moved) = &result {
            self.ledger.update(|l| l.show_new_order(moved.order.clone()));
        }
        result
    }

    /// Converts the customer's trials whose 30 days ended with auto-renew on (see
    /// [`subscriptions::convert_ended_trials`]); the new orders are shown at once.
    pub fn convert_ended_trials(&self, customer: &CustomerId) -> Vec<subscriptions::EndedTrial> {
        let now = self.visit.now();
        let Some(bought) = self.with_untracked(|l| l.as_bought(customer)) else {
            return Vec::new();
        };
        let catalog = self.catalog.catalog().get_untracked();
        let ended =
            subscriptions::convert_ended_trials(&mut LocalStore, &catalog, &bought, now, &mut RandomOrderNumbers);
        if !ended.is_empty() {
            for trial in &ended {
                if let Ok(moved) = &trial.outcome {
                    self.ledger.update(|l| l.show_new_order(moved.order.clone()));
                }
            }
            self.refresh_changes(customer);
        }
        ended
    }

    pub fn set_auto_renew(
        &self,
        customer: &CustomerId,
        subscription: &SubscriptionId,
        on: bool,
    ) -> Result<(), ChangeError> {
        self.change_subscriptions(customer, |store, catalog, parties, now| {
            subscriptions::set_auto_renew(store, catalog, &parties.customer, subscription, on, now)
        })
    }

    /// Moves a subscription to a longer term from now.
    pub fn lengthen_term(
        &self,
        customer: &CustomerId,
        subscription: &SubscriptionId,
        plan: Plan,
    ) -> Result<subscriptions::TermChanged, ChangeError> {
        self.change_subscriptions(customer, |store, catalog, parties, now| {
            subscriptions::lengthen_term(store, catalog, &parties.customer, subscription, plan, now)
        })
    }

    pub fn set_renewal(
        &self,
        customer: &CustomerId,
        subscription: &SubscriptionId,
        request: subscriptions::RenewalRequest<'_>,
    ) -> Result<(), ChangeError> {
        self.change_subscriptions(customer, |store, catalog, parties, now| {
            subscriptions::set_renewal(store, catalog, &parties, subscription, request, now)
        })
    }

    // ---- Customers and partner ----------------------------------------------------------

    /// Saves the customer form (a new customer, or the edit of `editing`), checked against
    /// the customers stored now.
    pub fn save_customer(
        &self,
        form: &CustomerForm,
        editing: Option<&CustomerId>,
    ) -> Result<CustomerId, SaveCustomerError> {
        let (shown, partner) = self.with_untracked(|l| (l.customers.clone(), l.partner.clone()));
        let today = self.visit.today_untracked();
        match profile::save_customer(&mut LocalStore, form, editing, &shown, &partner, today) {
            Ok(saved) => {
                self.ledger.update(|l| l.customers = saved.customers);
                Ok(saved.id)
            }
            Err(error) => {
                if let SaveCustomerError::Storage(notice) = &error {
                    self.notices.report(notice.clone());
                }
                Err(error)
            }
        }
    }

    pub fn save_partner(&self, partner: Partner) -> Result<(), Notice> {
        match profile::save_partner(&mut LocalStore, &partner) {
            Ok(()) => {
                self.ledger.update(|l| l.partner = partner);
                Ok(())
            }
            Err(notice) => {
                self.notices.report(notice.clone());
                Err(notice)
            }
        }
    }

    // ---- All data -----------------------------------------------------------------------

    pub fn snapshot(&self) -> Snapshot {
        let (partner, customers, orders) =
            self.with_untracked(|l| (l.partner.clone(), l.customers.clone(), l.orders.clone()));
        all_data::snapshot(&mut LocalStore, partner, customers, orders)
    }

    /// Replaces all stored data with `snapshot`; all or nothing.
    pub fn replace_all(&self, snapshot: &Snapshot) -> Result<(), Notice> {
        let result = all_data::replace_all(&mut LocalStore, snapshot);
        if let Err(notice) = &result {
            self.notices.report(notice.clone());
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
