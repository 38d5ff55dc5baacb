//! Orders for spreadsheets and programs: CSV with one row per line item (no cell can start a
//! formula), and JSON in the stored order format.

use crate::domain::customer::Customer;
use crate::domain::orders::Order;

/// A cell a spreadsheet will show as text, never run as a formula: a value starting with
/// `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe.
pub fn spreadsheet_safe(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

/// Orders as CSV, one row per line item, for spreadsheets.
pub fn orders_csv(orders: &[Order], customers: &[Customer]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = writer.write_record([
        "OrderId",
        "CustomerId",
        "CustomerName",
        "CreatedAt",
        "Status",
        "LineNumber",
        "CatalogItemId",
        "FriendlyName",
        "Quantity",
        "TermDuration",
        "BillingFrequency",
        "UnitPrice",
        "LinePrice",
        "Currency",
        "SubscriptionId",
        "CancelledOn",
        "Refund",
        "ErpUnitPrice",
        "LineMargin",
    ]);
    for order in orders {
        let name = customers
            .iter()
            .find(|c| c.id == order.customer)
            .map_or("", |c| c.name.as_str());
        let created = order
            .created_at
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        for line in &order.lines {
            let record = [
                order.id.to_string(),
                order.customer.to_string(),
                name.to_string(),
                created.clone(),
                order.status().code().to_string(),
                // Numbered from 1, as the order page shows them.
                line.number.shown().to_string(),
                line.offer.to_string(),
                line.friendly_name.clone(),
                line.quantity.to_string(),
                line.plan.map(|p| p.term.code().to_string()).unwrap_or_default(),
                line.plan
                    .map(|p| p.billing_frequency.code().to_string())
                    .unwrap_or_default(),
                line.unit_price.decimal(),
                line.line_total.decimal(),
                order.currency.to_string(),
                line.subscription_id.to_string(),
                line.cancellation
                    .as_ref()
                    .map(|c| crate::domain::dates::iso(c.at.date()))
                    .unwrap_or_default(),
                line.cancellation
                    .as_ref()
                    .map(|c| c.refund.decimal())
                    .unwrap_or_default(),
                line.erp_price.map(|p| p.decimal()).unwrap_or_default(),
                line.margin()
                    .map(|m| m.times(line.quantity).amount().decimal())
                    .unwrap_or_default(),
            ];
            let _ = writer.write_record(record.iter().map(|v| spreadsheet_safe(v)));
        }
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// What the JSON file says about its amounts: the stored format counts in cents, which a
/// reader of the file would otherwise take for dollars.
pub const JSON_AMOUNTS: &str =
    "Every amount is in cents, hundredths of the order's currency: unit_price 17640 with currency USD is $176.40.";

/// The orders JSON file: the orders in the stored order format, said to be so.
#[derive(serde::Serialize)]
struct OrdersJson<'a> {
    /// `csp-catalog-orders`.
    format: &'static str,
    /// The stored order format's version (see [`crate::formats::envelope`]).
    version: u64,
    amounts: &'static str,
    orders: &'a [Order],
}

/// Orders as JSON: the stored order format, with a note on its amounts.
#[allow(
    clippy::expect_used,
    reason = "plain data with string keys: serde_json cannot fail to write it"
)]
pub fn orders_json(orders: &[Order]) -> String {
    let file = OrdersJson {
        format: "csp-catalog-orders",
        version: crate::formats::envelope::Kind::Order.current_version(),
        amounts: JSON_AMOUNTS,
        orders,
    };
    serde_json::to_string_pretty(&file).expect("orders always serialize")
}
