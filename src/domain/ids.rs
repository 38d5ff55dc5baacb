//! Identifiers in the formats Partner Center uses.
//!
//! Each is checked once, when it is built, so the rest of the code never re-validates.
//! - product: 12 upper-case letters or digits, e.g. `CFQ7TTC0LH18`
//! - SKU: 4 upper-case letters or digits, e.g. `0001`
//! - availability: 12 upper-case letters or digits, e.g. `CFQ7TTC0K971`
//! - catalog item: `product:sku:availability`, e.g. `CFQ7TTC0LH18:0001:CFQ7TTC0K971`

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Which kind of id a text was meant to be; its sentence, with what was expected, is written
/// per language in [`crate::i18n::files`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Product,
    Sku,
    Availability,
    ProductSku,
    CatalogItem,
    Customer,
    Order,
    Subscription,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdError {
    Malformed { kind: IdKind, value: String },
}

impl std::error::Error for IdError {}

/// Serde reads every id through its `FromStr` (so a stored id is checked like a typed one)
/// and writes it as its text.
macro_rules! string_conversions {
    ($name:ident) => {
        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(s: String) -> Result<Self, IdError> {
                s.parse()
            }
        }
        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.to_string()
            }
        }
    };
}

/// An id held as its text: `$valid` says which texts are ids; `$kind` says what a rejected
/// text should have been.
macro_rules! text_id {
    ($(#[$doc:meta])* $name:ident, $kind:expr, $valid:expr) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $name {
            type Err = IdError;
            fn from_str(s: &str) -> Result<Self, IdError> {
                let valid: fn(&str) -> bool = $valid;
                if valid(s) {
                    Ok($name(s.to_string()))
                } else {
                    Err(IdError::Malformed { kind: $kind, value: s.to_string() })
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        string_conversions!($name);
    };
}

/// Partner Center's catalog ids: a fixed number of upper-case letters or digits.
fn is_catalog_code(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

text_id!(
    /// A product, e.g. `CFQ7TTC0LH18` (Microsoft 365 Business Basic).
    ProductId, IdKind::Product, |s| is_catalog_code(s, 12)
);
text_id!(
    /// A SKU within its product, e.g. `0001`.
    SkuId, IdKind::Sku, |s| is_catalog_code(s, 4)
);
text_id!(
    /// One availability of a SKU (segment, countries, terms, validity), e.g. `CFQ7TTC0K971`.
    AvailabilityId, IdKind::Availability, |s| is_catalog_code(s, 12)
);

/// A product and one of its SKUs, as the offer matrix writes prerequisites: `CFQ7TTC0LFLZ:0002`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ProductSkuId {
    pub product: ProductId,
    pub sku: SkuId,
}

/// What a customer buys: `product:sku:availability`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CatalogItemId {
    pub product: ProductId,
    pub sku: SkuId,
    pub availability: AvailabilityId,
}

impl CatalogItemId {
    pub fn product_sku(&self) -> ProductSkuId {
        ProductSkuId {
            product: self.product.clone(),
            sku: self.sku.clone(),
        }
    }
}

fn split_parts<const N: usize>(s: &str, kind: IdKind) -> Result<[&str; N], IdError> {
    let parts: Vec<&str> = s.split(':').collect();
    parts.try_into().map_err(|_| IdError::Malformed {
        kind,
        value: s.to_string(),
    })
}

impl FromStr for ProductSkuId {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, IdError> {
        let [product, sku] = split_parts(s, IdKind::ProductSku)?;
        Ok(ProductSkuId {
            product: product.parse()?,
            sku: sku.parse()?,
        })
    }
}

impl FromStr for CatalogItemId {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, IdError> {
        let [product, sku, availability] = split_parts(s, IdKind::CatalogItem)?;
        Ok(CatalogItemId {
            product: product.parse()?,
            sku: sku.parse()?,
            availability: availability.parse()?,
        })
    }
}

impl fmt::Display for ProductSkuId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.product, self.sku)
    }
}

impl fmt::Display for CatalogItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.product, self.sku, self.availability)
    }
}

string_conversions!(ProductSkuId);
string_conversions!(CatalogItemId);

text_id!(
    /// A customer's id in this app (Partner Center uses tenant GUIDs; we keep short slugs that
    /// read well in URLs): lower-case letters, digits and dashes, 1 to 64 characters.
    CustomerId, IdKind::Customer, |s| {
        (1..=64).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
    }
);

text_id!(
    /// An order number: upper-case letters, digits and dashes, 4 to 40 characters
    /// (Partner Center's are 16 hexadecimal digits, `7F3A9C21E04B56D8`).
    OrderId, IdKind::Order, |s| {
        (4..=40).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
    }
);

text_id!(
    /// A subscription: a GUID in Partner Center (`0f6c54d2-5a3e-4c1d-9f20-000000000001`), or
    /// the order number and line it was bought on (`7f3a9c21e04b56d8-00`): letters, digits and
    /// dashes, 1 to 64 characters.
    SubscriptionId, IdKind::Subscription, |s| {
        (1..=64).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    }
);

/// An order line's number: stored from 0, as Partner Center numbers line items, and shown
/// to people from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LineNumber(pub u32);

impl LineNumber {
    /// The number a person reads: the first line is line 1.
    pub fn shown(self) -> u32 {
        self.0.saturating_add(1)
    }
}

impl SubscriptionId {
    /// The id of the subscription an order line creates: the order number in lower case and
    /// the line's number, `7f3a9c21e04b56d8-00`. Both parts are letters, digits and dashes.
    pub fn of_order_line(order: &OrderId, number: LineNumber) -> SubscriptionId {
        SubscriptionId(format!("{}-{:02}", order.as_str().to_lowercase(), number.0))
    }

    /// A GUID-shaped id for the demo data: `0f6c54d2-5a3e-4c1d-9f20-000000000001`.
    pub fn demo(seed: u32, n: u64) -> SubscriptionId {
        SubscriptionId(format!("{seed:08x}-5a3e-4c1d-9f20-{n:012x}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_item_id_round_trips_through_its_text_form() {
        let text = "CFQ7TTC0LH18:0001:CFQ7TTC0K971";
        let id: CatalogItemId = text.parse().unwrap();
        assert_eq!(id.product.as_str(), "CFQ7TTC0LH18");
        assert_eq!(id.sku.as_str(), "0001");
        assert_eq!(id.availability.as_str(), "CFQ7TTC0K971");
        assert_eq!(id.to_string(), text);
        assert_eq!(id.product_sku().to_string(), "CFQ7TTC0LH18:0001");
    }

    #[test]
    fn malformed_ids_are_rejected_with_the_expected_format() {
        for bad in ["", "cfq7ttc0lh18", "CFQ7TTC0LH1", "CFQ7TTC0LH18X", "CFQ7-TC0LH18"] {
            let err = bad.parse::<ProductId>().unwrap_err();
            assert!(err.to_string().contains("12 upper-case"), "{err}");
        }
        assert!("001".parse::<SkuId>().is_err());
        assert!("CFQ7TTC0LH18:0001".parse::<CatalogItemId>().is_err());
        assert!("CFQ7TTC0LH18:0001:CFQ7TTC0K971:X".parse::<CatalogItemId>().is_err());
        assert!("CFQ7TTC0LH18:01:CFQ7TTC0K971".parse::<CatalogItemId>().is_err());
    }

    #[test]
    fn customer_ids_are_url_safe_slugs() {
        assert!("contoso-pharma".parse::<CustomerId>().is_ok());
        for bad in ["", "Contoso", "a b", "-x", "x-", "ü", &"a".repeat(65)] {
            assert!(bad.parse::<CustomerId>().is_err(), "{bad}");
        }
    }

    #[test]
    fn order_numbers_are_upper_case_letters_digits_and_dashes() {
        assert!("7F3A9C21E04B56D8".parse::<OrderId>().is_ok());
        assert!("ORD-0100".parse::<OrderId>().is_ok());
        for bad in ["", "ABC", "7f3a9c21", "ORD 1", &"A".repeat(41)] {
            let err = bad.parse::<OrderId>().unwrap_err();
            assert!(err.to_string().contains("order number"), "{err}");
        }
    }

    #[test]
    fn ids_deserialize_only_when_valid() {
        assert!(serde_json::from_str::<ProductId>("\"CFQ7TTC0LH18\"").is_ok());
        assert!(serde_json::from_str::<ProductId>("\"nope\"").is_err());
        let id: CatalogItemId = serde_json::from_str("\"CFQ7TTC0LH18:0001:CFQ7TTC0K971\"").unwrap();
        assert_eq!(
            serde_json::to_string(&id).unwrap(),
            "\"CFQ7TTC0LH18:0001:CFQ7TTC0K971\""
        );
    }
}
