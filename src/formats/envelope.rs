//! How a value is written to storage: a documented, versioned JSON envelope.
//!
//! ```json
//! {"kind": "cart", "version": 2, "data": { ... }}
//! ```
//!
//! `kind` says what the value is, so a value from another app or written under the wrong key
//! is recognised. `version` is the format version of `data`: older versions are migrated on
//! read ([`migrate`]); newer ones (from a future release) are refused, never overwritten.
//! Which key holds which kind is [`crate::app::store::StoredKey`]; what happens to a value
//! that cannot be read is [`crate::app::store::load`].
//!
//! | kind | version | data |
//! |---|---|---|
//! | `partner` | 1 | [`crate::domain::partner::Partner`] |
//! | `customers` | 1 | a list of [`crate::domain::customer::Customer`] |
//! | `cart` | 2 | [`crate::domain::cart::Cart`]: lines with ids, the next line id, the reserved order number |
//! | `order` | 3 | [`crate::domain::orders::Order`]: each line with its cancellation policy, an add-on line with its base subscription; a cancellation's instant |
//! | `subscription-changes` | 1 | a list of [`crate::domain::subscription::lifecycle::Changed`]: seats added and removed, auto-renew, changes at renewal |
//! | `training-progress` | 1 | [`crate::app::training::Progress`]: the latest answer to each training exercise, right or not, and the rule families missed |
//! | `export` | 5 | [`crate::formats::export::Snapshot`]: everything above but training progress, in one file |
//! | `imported-catalog` | 1 | [`ImportedFiles`] |
//!
//! Export version 3 had no subscription changes; order version 2 (export 4) no base
//! subscription on add-on lines.
//! Cart version 1 had no line ids and called the reserved order number `checkout`. Order
//! version 1 had no cancellation policy per line, and dated a cancellation by its day.
//!
//! An imported catalog is too big for localStorage. Its files are kept in IndexedDB
//! (database `csp-catalog`, store `files`, key [`IMPORTED_CATALOG_KEY`]) as an envelope of kind
//! `imported-catalog` around [`ImportedFiles`], and imported again at start.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Partner,
    Customers,
    Cart,
    Order,
    SubscriptionChanges,
    TrainingProgress,
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
            Kind::SubscriptionChanges => "subscription-changes",
            Kind::TrainingProgress => "training-progress",
            Kind::Export => "export",
            Kind::ImportedCatalog => "imported-catalog",
        }
    }

    /// The format version this build writes.
    pub fn current_version(self) -> u64 {
        match self {
            Kind::Export => 5,
            Kind::Order => 3,
            Kind::Cart => 2,
            Kind::Partner
            | Kind::Customers
            | Kind::SubscriptionChanges
            | Kind::TrainingProgress
            | Kind::ImportedCatalog => 1,
        }
    }
}

pub const IMPORTED_CATALOG_KEY: &str = "imported-catalog";

/// The files of an imported catalog, as the user chose them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedFiles {
    pub price_list_name: String,
    pub price_list: String,
    pub offer_matrix_name: Option<String>,
    pub offer_matrix: Option<String>,
}

/// Why a value could not be read; its sentence is written per language in
/// [`crate::i18n::files`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// serde_json's own words.
    NotJson(String),
    /// No kind and version: not written by this app.
    Foreign,
    WrongKind {
        expected: &'static str,
        found: String,
    },
    FutureVersion {
        found: u64,
        supported: u64,
    },
    Invalid {
        kind: &'static str,
        detail: String,
    },
    /// A field the format refuses, and where it is (`orders[0].lines[1].quantity`).
    Refused {
        kind: &'static str,
        at: String,
        problem: Box<ValueProblem>,
    },
}

/// What the format refused in a field, in terms a sentence can say in any language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueProblem {
    /// A field the format requires is absent.
    Missing(String),
    /// A value the field can't have (`-3` for a quantity).
    OutOfRange(String),
    /// A value of another kind (`"abc"` where a number goes).
    WrongType(String),
    /// A word the format doesn't know (`"Platinum"` for a qualification).
    UnknownWord(String),
    /// Anything else, in serde's words.
    Other(String),
}

impl ValueProblem {
    /// Reads serde's message, whose shapes serde itself writes (`serde::de::Error`).
    fn of(message: &str) -> ValueProblem {
        let quoted = |text: &str| {
            let found = text.split(", expected").next().unwrap_or(text);
            // "integer `-3`", "string \"abc\"": the value without its kind.
            match found.split_once(['`', '"']) {
                Some((_, rest)) => rest.trim_end_matches(['`', '"']).to_string(),
                None => found.to_string(),
            }
        };
        if let Some(rest) = message.strip_prefix("missing field ") {
            ValueProblem::Missing(rest.trim_matches('`').to_string())
        } else if let Some(rest) = message.strip_prefix("invalid value: ") {
            ValueProblem::OutOfRange(quoted(rest))
        } else if let Some(rest) = message.strip_prefix("invalid type: ") {
            ValueProblem::WrongType(quoted(rest))
        } else if let Some(rest) = message.strip_prefix("unknown variant ") {
            ValueProblem::UnknownWord(quoted(rest))
        } else {
            ValueProblem::Other(message.to_string())
        }
    }
}

impl std::error::Error for DecodeError {}

/// The envelope around `data`, as a JSON value.
pub fn envelope<T: Serialize>(kind: Kind, data: &T) -> Value {
    json!({
        "kind": kind.name(),
        "version": kind.current_version(),
        "data": data,
    })
}

pub fn encode<T: Serialize>(kind: Kind, data: &T) -> String {
    envelope(kind, data).to_string()
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
    // Read from the value's compact text, not from the value itself: serde then says at
    // which byte it refused something, and the path is found there by reading the text
    // (`path_at`). A deserializer that tracks the path as it goes did the same at the cost of
    // a second copy of every stored type's reading code: 29 KB of the app's WebAssembly.
    let text = data.to_string();
    serde_json::from_str(&text).map_err(|e| {
        let message = e.to_string();
        let position = format!(" at line {} column {}", e.line(), e.column());
        DecodeError::Refused {
            kind: kind.name(),
            at: path_at(&text, e.column()),
            problem: Box::new(ValueProblem::of(message.strip_suffix(&position).unwrap_or(&message))),
        }
    })
}

/// The path (`orders[0].lines[1].quantity`, `.` for the whole value) of what ends at byte
/// `end` of `json`, a compact JSON text: where serde stops when it refuses a value, just after
/// it (for a missing field, the object that lacks it).
fn path_at(json: &str, end: usize) -> String {
    enum Open {
        /// An object, with the key of the member being read.
        Object(Option<String>),
        /// An array, with the index of the element being read.
        Array(usize),
    }
    let mut open: Vec<Open> = Vec::new();
    let mut chars = json.char_indices().take_while(|&(at, _)| at < end);
    while let Some((_, c)) = chars.next() {
        match c {
            '{' => open.push(Open::Object(None)),
            '[' => open.push(Open::Array(0)),
            '}' | ']' => {
                open.pop();
            }
            ',' => {
                if let Some(Open::Array(index)) = open.last_mut() {
                    *index = index.saturating_add(1);
                }
            }
            '"' => {
                let mut text = String::new();
                let mut after = json.len();
                while let Some((at, c)) = chars.next() {
                    match c {
                        '"' => {
                            after = at.saturating_add(1);
                            break;
                        }
                        '\\' => text.extend(chars.next().map(|(_, escaped)| escaped)),
                        c => text.push(c),
                    }
                }
                // A text followed by a colon is a key.
                if let (true, Some(Open::Object(key))) = (
                    json.get(after..).is_some_and(|rest| rest.starts_with(':')),
                    open.last_mut(),
                ) {
                    *key = Some(text);
                }
            }
            _ => {}
        }
    }
    let mut path = String::new();
    for step in &open {
        match step {
            Open::Object(Some(key)) if path.is_empty() => path.push_str(key),
            Open::Object(Some(key)) => {
                path.push('.');
                path.push_str(key);
            }
            Open::Object(None) => {}
            Open::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// Brings `data` written in format `version` up to the current format, one version at a time.
pub fn migrate(kind: Kind, version: u64, data: Value) -> Result<Value, DecodeError> {
    let mut data = data;
    let mut version = version;
    while version < kind.current_version() {
        data = match (kind, version) {
            (Kind::Cart, 1) => cart_v1_to_v2(data),
            (Kind::Order, 1) => order_v1_to_v2(data),
            (Kind::Export, 1) => export_v1_to_v2(data),
            (Kind::Export, 2) => export_v2_to_v3(data),
            // Version 4 added the subscription changes; a version 3 file has none.
            (Kind::Export, 3) => data,
            // Order 3 and export 5 added an add-on line's base subscription; older ones have none.
            (Kind::Order, 2) | (Kind::Export, 4) => data,
            _ => {
                return Err(DecodeError::Invalid {
                    kind: kind.name(),
                    detail: format!("unknown format version {version}"),
                })
            }
        };
        version = version.saturating_add(1);
    }
    if version == 0 {
        return Err(DecodeError::Invalid {
            kind: kind.name(),
            detail: "unknown format version 0".to_string(),
        });
    }
    Ok(data)
}

/// Cart 1 → 2: lines get ids 1, 2, … in their order; `checkout` becomes `reserved_order`.
/// What is not shaped like a v1 cart is passed on unchanged, for the reader to refuse.
fn cart_v1_to_v2(data: Value) -> Value {
    let Value::Object(mut cart) = data else { return data };
    let mut count = 0;
    if let Some(Value::Array(lines)) = cart.get_mut("lines") {
        for (line, id) in lines.iter_mut().zip(1u64..) {
            if let Value::Object(line) = line {
                line.insert("id".to_string(), json!(id));
            }
            count = id;
        }
    }
    let reserved = cart.remove("checkout").unwrap_or(Value::Null);
    cart.insert("reserved_order".to_string(), reserved);
    cart.insert("next_line".to_string(), json!(count.saturating_add(1)));
    Value::Object(cart)
}

/// Order 1 → 2: each line gets the cancellation policy its stored facts allow (a trial, a
/// usage item without a plan, otherwise a license-based subscription: version 1 did not
/// record the product's publisher or category), and a cancellation's day becomes the instant
/// of that day's start, in UTC.
fn order_v1_to_v2(data: Value) -> Value {
    let Value::Object(mut order) = data else { return data };
    if let Some(Value::Array(lines)) = order.get_mut("lines") {
        for line in lines.iter_mut() {
            let Value::Object(line) = line else { continue };
            let policy = if line.get("trial") == Some(&Value::Bool(true)) {
                "Trial"
            } else if line.get("plan").is_none_or(Value::is_null) {
                "UsageBilled"
            } else {
                "Prorated"
            };
            line.insert("cancellation_policy".to_string(), json!(policy));
            if let Some(Value::Object(cancellation)) = line.get_mut("cancellation") {
                if let Some(Value::String(day)) = cancellation.remove("on") {
                    cancellation.insert("at".to_string(), json!(format!("{day}T00:00:00Z")));
                }
            }
        }
    }
    Value::Object(order)
}

/// Export 2 → 3: the orders inside are version 1 orders.
fn export_v2_to_v3(data: Value) -> Value {
    let Value::Object(mut snapshot) = data else { return data };
    if let Some(Value::Array(orders)) = snapshot.get_mut("orders") {
        for order in orders.iter_mut() {
            *order = order_v1_to_v2(order.take());
        }
    }
    Value::Object(snapshot)
}

/// Export 1 → 2: the carts inside are version 1 carts.
fn export_v1_to_v2(data: Value) -> Value {
    let Value::Object(mut snapshot) = data else { return data };
    if let Some(Value::Object(carts)) = snapshot.get_mut("carts") {
        for cart in carts.values_mut() {
            *cart = cart_v1_to_v2(cart.take());
        }
    }
    Value::Object(snapshot)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cart::{Cart, NewLine};

    fn cart() -> Cart {
        let mut cart = Cart::default();
        cart.add(NewLine {
            offer: "CFQ7TTC0LH18:0001:CFQ7TTC0K971".parse().unwrap(),
            quantity: 3,
            plan: None,
        });
        cart.reserve_order("7F3A9C21E04B56D8".parse().unwrap());
        cart
    }

    #[test]
    fn a_cart_round_trips_through_its_envelope() {
        let text = encode(Kind::Cart, &cart());
        assert!(text.contains("\"kind\":\"cart\"") && text.contains("\"version\":2"));
        assert_eq!(decode::<Cart>(Kind::Cart, &text), Ok(cart()));
    }

    #[test]
    fn a_version_1_cart_is_read_with_line_ids_and_its_reserved_order() {
        let v1 = r#"{"kind":"cart","version":1,"data":{"lines":[
            {"offer":"CFQ7TTC0LH18:0001:CFQ7TTC0K971","quantity":3,"plan":null},
            {"offer":"CFQ7TTC0LHSF:0001:CFQ7TTC0K5Q1","quantity":1,"plan":null}],
            "checkout":"7F3A9C21E04B56D8"}}"#;
        let cart: Cart = decode(Kind::Cart, v1).unwrap();
        let ids: Vec<u32> = cart.lines().iter().map(|l| l.id.get()).collect();
        assert_eq!(ids, [1, 2]);
        assert_eq!(cart.lines()[0].quantity, 3);
        assert_eq!(cart.reserved_order().map(|o| o.as_str()), Some("7F3A9C21E04B56D8"));
        let mut cart = cart;
        assert_eq!(
            cart.add(NewLine {
                offer: "CFQ7TTC0LHRQ:0001:CFQ7TTC0K5N6".parse().unwrap(),
                quantity: 1,
                plan: None,
            })
            .get(),
            3
        );
    }

    #[test]
    fn a_version_1_order_is_read_with_cancellation_policies_and_instants() {
        let v1 = r#"{"kind":"order","version":1,"data":{"id":"ORD-0001","customer":"contoso-pharma",
            "created_at":"2026-11-14T12:00:00Z","status":"Completed","total":0,"currency":"USD","lines":[
            {"number":0,"offer":"CFQ7TTC0LH18:0001:CFQ7TTC0K971","friendly_name":"Basic","segment":"Commercial",
             "trial":false,"quantity":1,"plan":{"term":"P1Y","billing_frequency":"Monthly"},"unit_price":7200,
             "line_total":7200,"subscription_id":"ord-0001-00","cancellation":{"on":"2026-11-15","refund":600}},
            {"number":1,"offer":"CFQ7TTC0LH18:0003:CFQ7TTC0K972","friendly_name":"Basic Trial","segment":"Commercial",
             "trial":true,"quantity":25,"plan":{"term":"P1M","billing_frequency":"None"},"unit_price":0,
             "line_total":0,"subscription_id":"ord-0001-01","cancellation":null},
            {"number":2,"offer":"DZH318Z0BPS6:0001:DZH318Z0BPS7","friendly_name":"Azure plan","segment":"Commercial",
             "trial":false,"quantity":1,"plan":null,"unit_price":0,"line_total":0,"subscription_id":"ord-0001-02",
             "cancellation":null}]}}"#;
        let order: crate::domain::orders::Order = decode(Kind::Order, v1).unwrap();
        use crate::domain::orders::CancellationPolicy::*;
        let policies: Vec<_> = order.lines.iter().map(|l| l.cancellation_policy).collect();
        assert_eq!(policies, [Prorated, Trial, UsageBilled]);
        let cancelled = order.lines[0].cancellation.as_ref().unwrap();
        assert_eq!(cancelled.at, time::macros::datetime!(2026-11-15 00:00 UTC));
        assert_eq!(cancelled.refund.cents(), 600);
    }

    /// Where a refused value is, as a reader finds it in the file: the field, or for a
    /// missing field the object that lacks it.
    #[test]
    fn a_refused_value_is_placed_by_its_path() {
        let order = |line: &str| {
            format!(
                r#"{{"kind":"order","version":3,"data":{{"id":"ORD-0001","customer":"contoso","created_at":"2026-11-14T12:00:00Z",
                "status":"Completed","total":0,"currency":"USD","lines":[{line}]}}}}"#
            )
        };
        let good = r#"{"number":0,"offer":"CFQ7TTC0LH18:0001:CFQ7TTC0K971","friendly_name":"Basic","segment":"Commercial",
            "trial":false,"quantity":1,"plan":null,"unit_price":0,"line_total":0,"subscription_id":"ord-0001-00",
            "cancellation":null,"cancellation_policy":"Prorated"}"#;
        let refused = |raw: &str| match decode::<crate::domain::orders::Order>(Kind::Order, raw) {
            Err(DecodeError::Refused { at, problem, .. }) => (at, *problem),
            other => panic!("{other:?}"),
        };
        assert!(decode::<crate::domain::orders::Order>(Kind::Order, &order(good)).is_ok());
        let second = |from: &str, to: &str| order(&format!("{good},{}", good.replacen(from, to, 1)));
        let (at, problem) = refused(&second(r#""quantity":1"#, r#""quantity":"abc""#));
        assert_eq!(at, "lines[1].quantity");
        assert_eq!(problem, ValueProblem::WrongType("abc".into()));
        let (at, problem) = refused(&second(r#""quantity":1"#, r#""quantity":-3"#));
        assert_eq!(
            (at.as_str(), problem),
            ("lines[1].quantity", ValueProblem::OutOfRange("-3".into()))
        );
        let (at, problem) = refused(&second(r#""segment":"Commercial""#, r#""segment":"Platinum""#));
        assert_eq!(at, "lines[1].segment");
        assert!(matches!(problem, ValueProblem::UnknownWord(w) if w.contains("Platinum")));
        let (at, problem) = refused(&second(r#""friendly_name":"Basic","#, ""));
        assert_eq!(
            (at.as_str(), problem),
            ("lines[1]", ValueProblem::Missing("friendly_name".into()))
        );
        let (at, _) = refused(&second("CFQ7TTC0LH18:0001:CFQ7TTC0K971", "nope"));
        assert_eq!(at, "lines[1].offer");
        // A text with a quote, a bracket, a brace or a letter of two bytes before the refused value
        // doesn't lead the path astray.
        let (at, _) = refused(&order(
            &good
                .replacen(
                    r#""friendly_name":"Basic""#,
                    r#""friendly_name":"Basic \"[{,:}]\" Éducation ""#,
                    1,
                )
                .replacen(r#""trial":false"#, r#""trial":"no""#, 1),
        ));
        assert_eq!(at, "lines[0].trial");
        // The whole value, when what is missing is at its top.
        let (at, problem) = refused(r#"{"kind":"order","version":3,"data":{"id":"ORD-0001"}}"#);
        assert_eq!((at.as_str(), problem), (".", ValueProblem::Missing("customer".into())));
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
            Err(DecodeError::FutureVersion { found: 7, supported: 2 })
        );
        let bad_line = "{\"kind\":\"cart\",\"version\":1,\"data\":{\"lines\":[{\"offer\":\"nope\",\"quantity\":1,\"plan\":null}]}}";
        let err = decode::<Cart>(Kind::Cart, bad_line).unwrap_err();
        assert!(matches!(err, DecodeError::Refused { .. }), "{err:?}");
        assert!(err.to_string().contains("catalog item id"), "{err}");
        let version_0 = "{\"kind\":\"cart\",\"version\":0,\"data\":{}}";
        assert!(matches!(
            decode::<Cart>(Kind::Cart, version_0),
            Err(DecodeError::Invalid { .. })
        ));
    }
}
