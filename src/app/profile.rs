//! The partner profile and the customer list, as stored.

use crate::app::forms::{CustomerForm, FieldError};
use crate::app::store::{load, save, Notice, Store, StoredKey};
use crate::domain::catalog::Catalog;
use crate::domain::customer::Customer;
use crate::domain::ids::CustomerId;
use crate::domain::partner::Partner;
use crate::domain::sample::{sample_customers, sample_partner};
use crate::i18n::Language;
use time::Date;

/// The stored partner, or the demo partner if none is stored.
pub fn stored_partner(store: &mut impl Store) -> (Partner, Option<Notice>) {
    match load(store, &StoredKey::Partner) {
        Ok(partner) => (partner.unwrap_or_else(sample_partner), None),
        Err(notice) => (sample_partner(), Some(notice)),
    }
}

/// The stored customers, or the demo customers if none are stored.
pub fn stored_customers(store: &mut impl Store, catalog: &Catalog) -> (Vec<Customer>, Option<Notice>) {
    match load(store, &StoredKey::Customers) {
        Ok(customers) => (customers.unwrap_or_else(|| sample_customers(catalog)), None),
        Err(notice) => (sample_customers(catalog), Some(notice)),
    }
}

/// A customer saved: its id, and the list as saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedCustomer {
    pub id: CustomerId,
    pub customers: Vec<Customer>,
}

/// Why a customer was not saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveCustomerError {
    /// The form's problems, field by field, checked against the customers stored now.
    Invalid(Vec<FieldError>),
    Storage(Notice),
}

impl SaveCustomerError {
    pub fn sentence(&self, language: Language) -> String {
        match self {
            SaveCustomerError::Invalid(errors) => errors
                .iter()
                .map(|e| e.problem.sentence(language))
                .collect::<Vec<_>>()
                .join(" "),
            SaveCustomerError::Storage(notice) => notice.sentence(language),
        }
    }
}

english_display!(SaveCustomerError);

/// Saves the customer form: a new customer (`editing` is `None`) or the edit of the customer
/// `editing`. The list is read again first and the form is checked against it, so another
/// tab's customers are kept and a new id can't take one another tab gave. `shown` is the list
/// the page shows, used when none is stored yet (the demo customers).
pub fn save_customer(
    store: &mut impl Store,
    form: &CustomerForm,
    editing: Option<&CustomerId>,
    shown: &[Customer],
    partner: &Partner,
    today: Date,
) -> Result<SavedCustomer, SaveCustomerError> {
    let mut all: Vec<Customer> = load(store, &StoredKey::Customers)
        .ok()
        .flatten()
        .unwrap_or_else(|| shown.to_vec());
    let existing = editing.and_then(|id| all.iter().chain(shown).find(|c| &c.id == id).cloned());
    let taken: Vec<CustomerId> = all.iter().map(|c| c.id.clone()).collect();
    let customer = form
        .validate(today, existing.as_ref(), &taken, partner)
        .map_err(SaveCustomerError::Invalid)?;
    let id = customer.id.clone();
    match all.iter_mut().find(|c| c.id == id) {
        Some(stored) => *stored = customer,
        None => all.push(customer),
    }
    save(store, &StoredKey::Customers, &all).map_err(SaveCustomerError::Storage)?;
    Ok(SavedCustomer { id, customers: all })
}

pub fn save_partner(store: &mut impl Store, partner: &Partner) -> Result<(), Notice> {
    save(store, &StoredKey::Partner, partner)
}
