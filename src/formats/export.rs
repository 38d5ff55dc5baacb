//! The "Export all data" file: one envelope of kind `export` around a [`Snapshot`], and the
//! checks an imported file must pass before anything is replaced.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::domain::cart::Cart;
use crate::domain::customer::Customer;
use crate::domain::ids::CustomerId;
use crate::domain::orders::Order;
use crate::domain::partner::Partner;
use crate::domain::subscription::lifecycle::Changed;
use crate::formats::envelope::{decode, envelope, DecodeError, Kind};

/// Everything the app stores, as one value: what Export writes and Import reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub partner: Partner,
    pub customers: Vec<Customer>,
    pub carts: BTreeMap<CustomerId, Cart>,
    pub orders: Vec<Order>,
    /// What was changed on each customer's subscriptions after Buy.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub subscription_changes: BTreeMap<CustomerId, Vec<Changed>>,
}

/// Why an export file was refused; its sentence is written per language in
/// [`crate::i18n::files`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Unreadable(DecodeError),
    DuplicateCustomer(CustomerId),
    CartForUnknownCustomer(CustomerId),
    OrderForUnknownCustomer { order: String, customer: CustomerId },
    DuplicateOrder(String),
    ChangesForUnknownCustomer(CustomerId),
}

impl std::error::Error for ImportError {}

#[allow(
    clippy::expect_used,
    reason = "plain data with string keys: serde_json cannot fail to write it"
)]
pub fn export(snapshot: &Snapshot) -> String {
    serde_json::to_string_pretty(&envelope(Kind::Export, snapshot)).expect("a snapshot always serializes")
}

/// Reads an export file and checks that it hangs together. Nothing is changed until this
/// succeeds, so a bad file loses nothing.
pub fn import(text: &str) -> Result<Snapshot, ImportError> {
    let snapshot: Snapshot =
        decode(Kind::Export, text.trim_start_matches('\u{feff}')).map_err(ImportError::Unreadable)?;
    let mut ids = BTreeSet::new();
    for customer in &snapshot.customers {
        if !ids.insert(&customer.id) {
            return Err(ImportError::DuplicateCustomer(customer.id.clone()));
        }
    }
    if let Some(id) = snapshot.carts.keys().find(|id| !ids.contains(id)) {
        return Err(ImportError::CartForUnknownCustomer(id.clone()));
    }
    if let Some(id) = snapshot.subscription_changes.keys().find(|id| !ids.contains(id)) {
        return Err(ImportError::ChangesForUnknownCustomer(id.clone()));
    }
    let mut orders = BTreeSet::new();
    for order in &snapshot.orders {
        if !ids.contains(&order.customer) {
            return Err(ImportError::OrderForUnknownCustomer {
                order: order.id.to_string(),
                customer: order.customer.clone(),
            });
        }
        if !orders.insert((&order.customer, &order.id)) {
            return Err(ImportError::DuplicateOrder(order.id.to_string()));
        }
    }
    Ok(snapshot)
}
