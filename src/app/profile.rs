//! The partner profile and the customer list, as stored.

use crate::app::store::{load, save, StorageNotice, Store, StoredKey};
use crate::domain::catalog::Catalog;
use crate::domain::customer::Customer;
use crate::domain::partner::Partner;
use crate::domain::sample::{sample_customers, sample_partner};

/// The stored partner, or the demo partner if none is stored.
pub fn stored_partner(store: &mut impl Store) -> (Partner, Option<StorageNotice>) {
    match load(store, &StoredKey::Partner) {
        Ok(partner) => (partner.unwrap_or_else(sample_partner), None),
        Err(notice) => (sample_partner(), Some(notice)),
    }
}

/// The stored customers, or the demo customers if none are stored.
pub fn stored_customers(store: &mut impl Store, catalog: &Catalog) -> (Vec<Customer>, Option<StorageNotice>) {
    match load(store, &StoredKey::Customers) {
        Ok(customers) => (customers.unwrap_or_else(|| sample_customers(catalog)), None),
        Err(notice) => (sample_customers(catalog), Some(notice)),
    }
}

/// Saves one customer (new or edited) into the stored list, read again first so another
/// tab's customers are kept. `shown` is the list the page shows, used when none is stored
/// yet (the demo customers). Returns the list as saved.
pub fn save_customer(
    store: &mut impl Store,
    customer: Customer,
    shown: &[Customer],
) -> Result<Vec<Customer>, StorageNotice> {
    let mut all: Vec<Customer> = load(store, &StoredKey::Customers)
        .ok()
        .flatten()
        .unwrap_or_else(|| shown.to_vec());
    match all.iter_mut().find(|c| c.id == customer.id) {
        Some(existing) => *existing = customer,
        None => all.push(customer),
    }
    save(store, &StoredKey::Customers, &all)?;
    Ok(all)
}

pub fn save_partner(store: &mut impl Store, partner: &Partner) -> Result<(), StorageNotice> {
    save(store, &StoredKey::Partner, partner)
}
