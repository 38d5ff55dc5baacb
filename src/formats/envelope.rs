//! How the app's data is written to browser storage: a documented, versioned format.
//!
//! Every value lives under one key prefix, `csp-catalog/`, as a JSON envelope:
//!
//! ```json
//! {"kind": "cart", "version": 1, "data": { ... }}
//! ```
//!
//! `kind` says what the value is, so a value from another app or written under the wrong key
//! is recognised. `version` is the format version of `data`: older versions are migrated on
//! read ([`migrate`]); newer ones (from a future release) are refused, never overwritten.
//! A value that cannot be read is moved aside to a quarantine key by the browser layer.
//!
//! | key | kind | data |
//! |---|---|---|
//! | `csp-catalog/partner` | `partner` | [`crate::domain::partner::Partner`] |
//! | `csp-catalog/customers` | `customers` | a list of [`crate::domain::customer::Customer`] |
//! | `csp-catalog/cart/<customer-id>` | `cart` | [`crate::domain::cart::Cart`] |
//! | `csp-catalog/order/<customer-id>/<order-id>` | `order` | [`crate::domain::orders::Order`] |
//! | `csp-catalog/quarantine/<original key>` | — | the raw text that could not be read |
//!
//! An imported catalog is too big for localStorage. Its files are kept in IndexedDB
//! (database `csp-catalog`, store `files`, key [`IMPORTED_CATALOG_KEY`]) as an envelope of kind
//! `imported-catalog` around [`ImportedFiles`], and imported again at start.
//!
//! Each order has its own key, so Buy writes one new key and never rewrites another order:
//! two tabs cannot lose each other's orders, and buying the same cart twice writes the same
//! key (its order number is fixed when the cart starts). An export file is the same
//! envelope with kind `export` around a [`Snapshot`].
//!
//! This module is pure (text in, values out) so it is tested natively; [`crate::browser::local_storage`]
//! talks to `localStorage` in the browser.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use thiserror::Error;

use crate::domain::cart::Cart;
use crate::domain::customer::Customer;
use crate::domain::ids::CustomerId;
use crate::domain::orders::{Order, OrderId};
use crate::domain::partner::Partner;

pub const PREFIX: &str = "csp-catalog/";
pub const QUARANTINE_PREFIX: &str = "csp-catalog/quarantine/";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Partner,
    Customers,
    Cart,
    Order,
    Export,
    ImportedCatalog,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Partner => "partner",
            Kind::Customers => "customers",
            Kind::Cart => "cart",
            Kind::Order => "order",
            Kind::Export => "export",
            Kind::ImportedCatalog => "imported-catalog",
        }
    }

    /// The format version this build writes. Every kind is at its first version.
    pub fn current_version(self) -> u64 {
        1
    }
}

pub const IMPORTED_CATALOG_KEY: &str = "imported-catalog";

/// The files of an imported catalog, as the user chose them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ImportedFiles {
    pub price_list_name: String,
    pub price_list: String,
    pub offer_matrix_name: Option<String>,
    pub offer_matrix: Option<String>,
}

/// Everything the app stores, as one value: what Export writes and Import reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Snapshot {
    pub partner: Partner,
    pub customers: Vec<Customer>,
    pub carts: BTreeMap<CustomerId, Cart>,
    pub orders: Vec<Order>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("The file can't be read as a CSP Catalog export: {0}.")]
    Unreadable(DecodeError),
    #[error("The file lists the customer id \"{0}\" twice.")]
    DuplicateCustomer(CustomerId),
    #[error("The file has a cart for \"{0}\", which is not one of its customers.")]
    CartForUnknownCustomer(CustomerId),
    #[error("Order {order} in the file belongs to \"{customer}\", which is not one of its customers.")]
    OrderForUnknownCustomer { order: String, customer: CustomerId },
    #[error("The file lists order {0} twice.")]
    DuplicateOrder(String),
}

pub fn export(snapshot: &Snapshot) -> String {
    let envelope = serde_json::json!({
        "kind": Kind::Export.name(),
        "version": Kind::Export.current_version(),
        "data": snapshot,
    });
    serde_json::to_string_pretty(&envelope).expect("a snapshot always serializes")
}

/// Reads an export file and checks that it hangs together. Nothing is changed until this
/// succeeds, so a bad file loses nothing.
pub fn import(text: &str) -> Result<Snapshot, ImportError> {
    let snapshot: Snapshot =
        decode(Kind::Export, text.trim_start_matches('\u{feff}')).map_err(ImportError::Unreadable)?;
    let mut ids = std::collections::BTreeSet::new();
    for customer in &snapshot.customers {
        if !ids.insert(&customer.id) {
            return Err(ImportError::DuplicateCustomer(customer.id.clone()));
        }
    }
    if let Some(id) = snapshot.carts.keys().find(|id| !ids.contains(id)) {
        return Err(ImportError::CartForUnknownCustomer(id.clone()));
    }
    let mut orders = std::collections::BTreeSet::new();
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

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DecodeError {
    #[error("it is not valid JSON ({0})")]
    NotJson(String),
    #[error("it is not a CSP Catalog value (no kind and version)")]
    Foreign,
    #[error("it holds a {found} where a {expected} was expected")]
    WrongKind { expected: &'static str, found: String },
    #[error("it was written by a newer version of CSP Catalog (format {found}; this version reads up to {supported})")]
    FutureVersion { found: u64, supported: u64 },
    #[error("its content is not a valid {kind} ({detail})")]
    Invalid { kind: &'static str, detail: String },
}

pub const PARTNER_KEY: &str = "csp-catalog/partner";
pub const CUSTOMERS_KEY: &str = "csp-catalog/customers";
pub const ORDERS_PREFIX: &str = "csp-catalog/order/";

pub fn cart_key(customer: &CustomerId) -> String {
    format!("{PREFIX}cart/{customer}")
}

pub fn order_key(customer: &CustomerId, order: &OrderId) -> String {
    format!("{ORDERS_PREFIX}{customer}/{order}")
}

pub fn quarantine_key(key: &str) -> String {
    format!("{QUARANTINE_PREFIX}{}", key.strip_prefix(PREFIX).unwrap_or(key))
}

pub fn encode<T: Serialize>(kind: Kind, data: &T) -> String {
    let envelope = serde_json::json!({
        "kind": kind.name(),
        "version": kind.current_version(),
        "data": data,
    });
    envelope.to_string()
}

pub fn decode<T: DeserializeOwned>(kind: Kind, raw: &str) -> Result<T, DecodeError> {
    let value: Value = serde_json::from_str(raw).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let (Some(found_kind), Some(version)) = (
        value.get("kind").and_then(Value::as_str),
        value.get("version").and_then(Value::as_u64),
    ) else {
        return Err(DecodeError::Foreign);
    };
    if found_kind != kind.name() {
        return Err(DecodeError::WrongKind {
            expected: kind.name(),
            found: found_kind.to_string(),
        });
    }
    if version > kind.current_version() {
        return Err(DecodeError::FutureVersion {
            found: version,
            supported: kind.current_version(),
        });
    }
    let data = value.get("data").cloned().unwrap_or(Value::Null);
    let data = migrate(kind, version, data)?;
    serde_json::from_value(data).map_err(|e| DecodeError::Invalid {
        kind: kind.name(),
        detail: e.to_string(),
    })
}

/// Brings `data` written in format `version` up to the current format, one version at a time.
/// Version 1 is the first format of every kind, so there is nothing to migrate yet; a format
/// change adds a step here (and a test with a stored value of the old version).
pub fn migrate(kind: Kind, version: u64, data: Value) -> Result<Value, DecodeError> {
    match version {
        1 => Ok(data),
        _ => Err(DecodeError::Invalid {
            kind: kind.name(),
            detail: format!("unknown format version {version}"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cart::CartLine;

    fn cart() -> Cart {
        Cart {
            lines: vec![CartLine {
                offer: "CFQ7TTC0LH18:0001:CFQ7TTC0K971".parse().unwrap(),
                quantity: 3,
                plan: None,
            }],
            checkout: Some("7F3A9C21E04B56D8".into()),
        }
    }

    #[test]
    fn a_cart_round_trips_through_its_envelope() {
        let text = encode(Kind::Cart, &cart());
        assert!(text.contains("\"kind\":\"cart\"") && text.contains("\"version\":1"));
        assert_eq!(decode::<Cart>(Kind::Cart, &text), Ok(cart()));
    }

    #[test]
    fn unreadable_values_say_why() {
        assert!(matches!(
            decode::<Cart>(Kind::Cart, "{not json"),
            Err(DecodeError::NotJson(_))
        ));
        assert_eq!(
            decode::<Cart>(Kind::Cart, "{\"theme\":\"dark\"}"),
            Err(DecodeError::Foreign)
        );
        assert_eq!(
            decode::<Cart>(Kind::Cart, "{\"kind\":\"order\",\"version\":1,\"data\":{}}"),
            Err(DecodeError::WrongKind {
                expected: "cart",
                found: "order".into()
            })
        );
        assert_eq!(
            decode::<Cart>(Kind::Cart, "{\"kind\":\"cart\",\"version\":7,\"data\":{}}"),
            Err(DecodeError::FutureVersion { found: 7, supported: 1 })
        );
        let bad_line = "{\"kind\":\"cart\",\"version\":1,\"data\":{\"lines\":[{\"offer\":\"nope\",\"quantity\":1,\"plan\":null}]}}";
        let err = decode::<Cart>(Kind::Cart, bad_line).unwrap_err();
        assert!(matches!(err, DecodeError::Invalid { .. }), "{err:?}");
        assert!(err.to_string().contains("catalog item id"), "{err}");
    }

    #[test]
    fn keys_live_under_one_prefix() {
        let key = cart_key(&"contoso-pharma".parse().unwrap());
        assert_eq!(key, "csp-catalog/cart/contoso-pharma");
        assert_eq!(quarantine_key(&key), "csp-catalog/quarantine/cart/contoso-pharma");
    }
}
