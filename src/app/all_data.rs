//! Everything at once: load it at start, export it, replace it with an imported file, or go
//! back to the demo data.

use crate::app::cart::stored_cart;
use crate::app::ledger::Ledger;
use crate::app::orders::stored_orders;
use crate::app::profile::{stored_customers, stored_partner};

use crate::app::day;
use crate::app::forms::{CustomerForm, FieldError, FormProblem, PartnerForm};
use crate::app::store::{quarantined, save, set_aside, Notice, Store, StoredKey};
use crate::app::subscriptions::all_changes;
use crate::domain::catalog::Catalog;
use crate::domain::customer::Customer;
use crate::domain::ids::CustomerId;
use crate::domain::orders::Order;
use crate::domain::partner::Partner;
use crate::domain::sample::{sample_customers, sample_partner};
use crate::formats::export::{self, ImportError, Snapshot};
use crate::i18n::{files, keys, text_with, Args, Language};

/// What the app starts with, and what the user should be told about stored data.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// Everything stored, but no cart: a page reads the cart it shows.
    pub ledger: Ledger,
    pub notices: Vec<Notice>,
}

/// Reads everything, falling back to the demo data for what is not stored. Values set aside
/// in an earlier visit are reported again, so they are never forgotten.
pub fn load_all(store: &mut impl Store, catalog: &Catalog) -> Loaded {
    let (mut partner, partner_notice) = stored_partner(store);
    let (mut customers, customers_notice) = stored_customers(store, catalog);
    let (mut orders, mut notices) = stored_orders(store);
    // What the forms would refuse is set aside too, so that what is loaded can be exported and
    // imported again.
    if let Err(errors) = partner_by_its_form(&partner) {
        notices.extend(set_aside(store, &StoredKey::Partner, "partner", in_english(&errors)));
        partner = sample_partner();
    }
    if let Some((id, errors)) = customer_refused_by_its_form(&customers, &partner) {
        let detail = format!("customer {id}: {}", in_english(&errors));
        notices.extend(set_aside(store, &StoredKey::Customers, "customers", detail));
        customers = sample_customers(catalog);
    }
    let (mut subscription_changes, changes_notices) = all_changes(store);
    notices.extend(changes_notices);
    // What belongs to no customer this browser knows could not be shown, exported or
    // imported again: it is set aside, for the user to download, rather than kept unseen.
    let known = |id: &CustomerId| customers.iter().any(|c| c.id == *id);
    let unknown = |id: &CustomerId| format!("it belongs to customer {id}, whom this browser does not know");
    for order in orders.iter().filter(|o| !known(&o.customer)) {
        let key = StoredKey::Order(order.customer.clone(), order.id.clone());
        notices.extend(set_aside(store, &key, "order", unknown(&order.customer)));
    }
    orders.retain(|o| known(&o.customer));
    for id in subscription_changes.keys().filter(|id| !known(id)) {
        let key = StoredKey::SubscriptionChanges(id.clone());
        notices.extend(set_aside(store, &key, "subscription changes", unknown(id)));
    }
    subscription_changes.retain(|id, _| known(id));
    notices.extend(partner_notice);
    notices.extend(customers_notice);
    for quarantine_key in quarantined(store) {
        if !notices
            .iter()
            .any(|n| n.quarantine_key().as_ref() == Some(&quarantine_key))
        {
            notices.push(Notice::StillQuarantined { quarantine_key });
        }
    }
    Loaded {
        ledger: Ledger {
            customers,
            orders,
            changes: subscription_changes,
            ..Ledger::new(partner)
        },
        notices,
    }
}

/// Everything stored, for an export file. Carts and subscription changes are read as stored;
/// unreadable ones are left out (they are set aside and reported).
pub fn snapshot(store: &mut impl Store, partner: Partner, customers: Vec<Customer>, orders: Vec<Order>) -> Snapshot {
    let (subscription_changes, _) = all_changes(store);
    let carts = customers
        .iter()
        .filter_map(|c| Some((c.id.clone(), stored_cart(store, &c.id).ok()?)))
        .filter(|(_, cart)| !cart.is_empty())
        .collect();
    Snapshot {
        partner,
        customers,
        carts,
        orders,
        subscription_changes,
    }
}

/// Keys the app owns, quarantined values excepted (they are the user's to discard).
fn own_keys(store: &impl Store) -> Vec<String> {
    store
        .keys()
        .into_iter()
        .filter(|k| !matches!(k.parse(), Ok(StoredKey::Quarantine { .. })))
        .collect()
}

/// Why an "Export all data" file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataFileError {
    /// The file itself: not an export, or parts that don't hang together.
    File(ImportError),
    /// The partner profile, as its form would refuse it.
    Partner(Vec<FieldError>),
    /// A customer, as the customer form would refuse it on the app's day.
    Customer { id: CustomerId, errors: Vec<FieldError> },
    /// A cart line with no licences.
    EmptyCartLine { customer: CustomerId },
}

impl DataFileError {
    pub fn sentence(&self, language: Language) -> String {
        let problems = |errors: &[FieldError]| {
            errors
                .iter()
                .map(|e| e.problem.sentence(language))
                .collect::<Vec<_>>()
                .join(" ")
        };
        match self {
            DataFileError::File(error) => files::import_error(language, error),
            DataFileError::Partner(errors) => text_with(
                language,
                keys::IMPORT_PARTNER_REFUSED,
                &Args::new().text("why", problems(errors)),
            ),
            DataFileError::Customer { id, errors } => text_with(
                language,
                keys::IMPORT_CUSTOMER_REFUSED,
                &Args::new()
                    .text("customer", id.to_string())
                    .text("why", problems(errors)),
            ),
            DataFileError::EmptyCartLine { customer } => text_with(
                language,
                keys::IMPORT_EMPTY_CART_LINE,
                &Args::new().text("customer", customer.to_string()),
            ),
        }
    }
}

english_display!(DataFileError);
impl std::error::Error for DataFileError {}

/// The partner as its form sees it: `Err` with what the form would refuse.
fn partner_by_its_form(partner: &Partner) -> Result<Partner, Vec<FieldError>> {
    PartnerForm::from_partner(partner).validate()
}

/// The first customer its form would refuse, and why. Dates are checked against the last day
/// the app's day can be moved to: a date a trainee could enter on a moved day is kept.
fn customer_refused_by_its_form<'a>(
    customers: &'a [Customer],
    partner: &Partner,
) -> Option<(&'a CustomerId, Vec<FieldError>)> {
    customers.iter().find_map(|customer| {
        CustomerForm::from_customer(customer)
            .validate(day::LATEST, Some(customer), &[], partner)
            .err()
            .map(|errors| (&customer.id, errors.into_iter().map(after_latest).collect()))
    })
}

/// A form's "not in the future" said of a file, where there is no today: not after the last
/// day the app can be moved to.
fn after_latest(error: FieldError) -> FieldError {
    let problem = match error.problem {
        FormProblem::AcceptedInFuture { .. } | FormProblem::ReviewInFuture => FormProblem::DateAfterLatest {
            field: error.field,
            latest: day::LATEST,
        },
        other => other,
    };
    FieldError { problem, ..error }
}

/// What the form says, as a technical detail of a value set aside.
fn in_english(errors: &[FieldError]) -> String {
    let sentences: Vec<String> = errors.iter().map(|e| e.problem.sentence(Language::English)).collect();
    sentences.join(" ")
}

/// Reads an export file for Import all data, refusing what the app's own forms would refuse
/// (a name past its length, an agreement accepted after any day the app can be moved to, a
/// cart line of no licences): what is imported is what a user could have entered.
pub fn read_export(text: &str) -> Result<Snapshot, DataFileError> {
    let snapshot = export::import(text).map_err(DataFileError::File)?;
    let partner = partner_by_its_form(&snapshot.partner).map_err(DataFileError::Partner)?;
    if let Some((id, errors)) = customer_refused_by_its_form(&snapshot.customers, &partner) {
        return Err(DataFileError::Customer { id: id.clone(), errors });
    }
    if let Some((customer, _)) = snapshot
        .carts
        .iter()
        .find(|(_, cart)| cart.lines().iter().any(|l| l.quantity == 0))
    {
        return Err(DataFileError::EmptyCartLine {
            customer: customer.clone(),
        });
    }
    Ok(snapshot)
}

/// Replaces all stored data with `snapshot`. All or nothing: if any write fails, what was
/// stored before is put back.
pub fn replace_all(store: &mut impl Store, snapshot: &Snapshot) -> Result<(), Notice> {
    let before: Vec<(String, String)> = own_keys(store)
        .into_iter()
        .filter_map(|k| store.get(&k).map(|v| (k, v)))
        .collect();
    for (key, _) in &before {
        store.remove(key);
    }
    let written = write_snapshot(store, snapshot);
    if written.is_err() {
        for key in own_keys(store) {
            store.remove(&key);
        }
        for (key, value) in &before {
            // These values fitted before; putting them back frees what the import used.
            let _ = store.set(key, value);
        }
    }
    written
}

fn write_snapshot(store: &mut impl Store, snapshot: &Snapshot) -> Result<(), Notice> {
    save(store, &StoredKey::Partner, &snapshot.partner)?;
    save(store, &StoredKey::Customers, &snapshot.customers)?;
    for (id, cart) in &snapshot.carts {
        save(store, &StoredKey::Cart(id.clone()), cart)?;
    }
    for (id, changes) in &snapshot.subscription_changes {
        save(store, &StoredKey::SubscriptionChanges(id.clone()), changes)?;
    }
    for order in &snapshot.orders {
        save(
            store,
            &StoredKey::Order(order.customer.clone(), order.id.clone()),
            order,
        )?;
    }
    Ok(())
}

/// Back to the demo data: removes everything the app stored except quarantined values.
pub fn reset(store: &mut impl Store) {
    for key in own_keys(store) {
        store.remove(&key);
    }
}
