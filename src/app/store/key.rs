//! The keys the app stores values under, each naming what it holds.
//!
//! | key | holds |
//! |---|---|
//! | `csp-catalog/partner` | the partner |
//! | `csp-catalog/customers` | every customer |
//! | `csp-catalog/cart/<customer-id>` | one customer's cart |
//! | `csp-catalog/order/<customer-id>/<order-id>` | one order (each order has its own key, so Buy never rewrites another order) |
//! | `csp-catalog/subscriptions/<customer-id>` | the changes made to one customer's subscriptions after Buy |
//! | `csp-catalog/training` | the trainee's answers to training exercises |
//! | `csp-catalog/quarantine/<original key>[#n]` | the raw text of a value that could not be read |

use std::fmt;
use std::str::FromStr;

use crate::domain::ids::{CustomerId, OrderId};
use crate::formats::envelope::Kind;

/// Every key of the app starts with this.
pub const PREFIX: &str = "csp-catalog/";

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StoredKey {
    Partner,
    Customers,
    Cart(CustomerId),
    Order(CustomerId, OrderId),
    SubscriptionChanges(CustomerId),
    TrainingProgress,
    /// The `copy`-th value set aside from `of` (the first copy is 1).
    Quarantine {
        of: Box<StoredKey>,
        copy: u32,
    },
}

impl StoredKey {
    /// What the value under this key is; `None` for quarantined raw text.
    pub fn kind(&self) -> Option<Kind> {
        match self {
            StoredKey::Partner => Some(Kind::Partner),
            StoredKey::Customers => Some(Kind::Customers),
            StoredKey::Cart(_) => Some(Kind::Cart),
            StoredKey::Order(..) => Some(Kind::Order),
            StoredKey::SubscriptionChanges(_) => Some(Kind::SubscriptionChanges),
            StoredKey::TrainingProgress => Some(Kind::TrainingProgress),
            StoredKey::Quarantine { .. } => None,
        }
    }

    /// Where the `copy`-th unreadable value of this key is set aside.
    pub fn quarantine(&self, copy: u32) -> StoredKey {
        StoredKey::Quarantine {
            of: Box::new(self.clone()),
            copy,
        }
    }

    fn write_path(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoredKey::Partner => f.write_str("partner"),
            StoredKey::Customers => f.write_str("customers"),
            StoredKey::Cart(customer) => write!(f, "cart/{customer}"),
            StoredKey::Order(customer, order) => write!(f, "order/{customer}/{order}"),
            StoredKey::SubscriptionChanges(customer) => write!(f, "subscriptions/{customer}"),
            StoredKey::TrainingProgress => f.write_str("training"),
            StoredKey::Quarantine { of, copy } => {
                f.write_str("quarantine/")?;
                of.write_path(f)?;
                if *copy > 1 {
                    write!(f, "#{copy}")?;
                }
                Ok(())
            }
        }
    }

    fn parse_path(path: &str) -> Option<StoredKey> {
        if let Some(rest) = path.strip_prefix("quarantine/") {
            let (of, copy) = match rest.rsplit_once('#') {
                Some((of, n)) => (of, n.parse().ok().filter(|n| *n > 1)?),
                None => (rest, 1),
            };
            let of = StoredKey::parse_path(of).filter(|k| k.kind().is_some())?;
            return Some(of.quarantine(copy));
        }
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["partner"] => Some(StoredKey::Partner),
            ["customers"] => Some(StoredKey::Customers),
            ["cart", customer] => Some(StoredKey::Cart(customer.parse().ok()?)),
            ["order", customer, order] => Some(StoredKey::Order(customer.parse().ok()?, order.parse().ok()?)),
            ["subscriptions", customer] => Some(StoredKey::SubscriptionChanges(customer.parse().ok()?)),
            ["training"] => Some(StoredKey::TrainingProgress),
            _ => None,
        }
    }
}

impl fmt::Display for StoredKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(PREFIX)?;
        self.write_path(f)
    }
}

/// A key the app does not use (another app's, or malformed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForeignKey;

impl FromStr for StoredKey {
    type Err = ForeignKey;
    fn from_str(s: &str) -> Result<Self, ForeignKey> {
        s.strip_prefix(PREFIX).and_then(StoredKey::parse_path).ok_or(ForeignKey)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer() -> CustomerId {
        "contoso-pharma".parse().unwrap()
    }

    #[test]
    fn keys_format_and_parse_themselves() {
        let order: OrderId = "7F3A9C21E04B56D8".parse().unwrap();
        let cases = [
            (StoredKey::Partner, "csp-catalog/partner"),
            (StoredKey::Customers, "csp-catalog/customers"),
            (StoredKey::Cart(customer()), "csp-catalog/cart/contoso-pharma"),
            (StoredKey::TrainingProgress, "csp-catalog/training"),
            (
                StoredKey::SubscriptionChanges(customer()),
                "csp-catalog/subscriptions/contoso-pharma",
            ),
            (
                StoredKey::Order(customer(), order),
                "csp-catalog/order/contoso-pharma/7F3A9C21E04B56D8",
            ),
            (
                StoredKey::Cart(customer()).quarantine(1),
                "csp-catalog/quarantine/cart/contoso-pharma",
            ),
            (StoredKey::Customers.quarantine(3), "csp-catalog/quarantine/customers#3"),
        ];
        for (key, text) in cases {
            assert_eq!(key.to_string(), text);
            assert_eq!(text.parse::<StoredKey>(), Ok(key));
        }
    }

    #[test]
    fn keys_of_other_apps_and_malformed_keys_are_foreign() {
        for text in [
            "theme",
            "csp-catalog/",
            "csp-catalog/cart/Not A Customer",
            "csp-catalog/cart/contoso-pharma/extra",
            "csp-catalog/order/contoso-pharma",
            "csp-catalog/quarantine/cart/contoso-pharma#1",
            "csp-catalog/quarantine/quarantine/customers",
            "other-app/csp-catalog/partner",
        ] {
            assert_eq!(text.parse::<StoredKey>(), Err(ForeignKey), "{text}");
        }
    }
}
