#![cfg(not(target_arch = "wasm32"))]
//! The ledger: what a tab knows, and the one answer to "who do the rules see" that every page,
//! use case and bench asks for.

mod common;

use common::*;
use csp_catalog::app::ledger::Ledger;
use csp_catalog::app::store::MemoryStore;
use csp_catalog::app::subscriptions::{set_auto_renew, stored_changes};
use csp_catalog::domain::cart::{Cart, NewLine};
use csp_catalog::domain::catalog::{default_catalog, Catalog};
use csp_catalog::domain::ids::CustomerId;
use csp_catalog::domain::orders::{place_order, Order};
use csp_catalog::domain::rules::Context;
use csp_catalog::domain::sample::{sample_customers, sample_partner};
use time::macros::datetime;
use time::OffsetDateTime;

const NOW: OffsetDateTime = datetime!(2026-11-21 10:30 UTC);

fn id(text: &str) -> CustomerId {
    text.parse().expect("a demo customer id")
}

fn demo_ledger(catalog: &Catalog) -> Ledger {
    Ledger {
        customers: sample_customers(catalog),
        ..Ledger::new(sample_partner())
    }
}

/// Fabrikam buys 10 Power BI Pro on the default plan.
fn power_bi_order(catalog: &Catalog, ledger: &Ledger) -> Order {
    let offer = offer_titled(catalog, "Power BI Pro");
    let mut cart = Cart::from_iter([NewLine {
        offer: offer.id(),
        quantity: 10,
        plan: offer.availability.default_plan(),
    }]);
    cart.reserve_order("7F3A9C21E04B56D8".parse().expect("an order number"));
    let parties = ledger
        .parties(&id("fabrikam-gmbh"), NOW)
        .expect("Fabrikam is a demo customer");
    let context = Context::new(catalog, &parties.partner, &parties.customer, TODAY);
    place_order(
        &context,
        &cart,
        "7F3A9C21E04B56D8".parse().expect("an order number"),
        NOW,
    )
    .expect("Power BI Pro sells")
}

fn owns(ledger: &Ledger, customer: &str, title: &str) -> bool {
    ledger
        .parties(&id(customer), NOW)
        .is_some_and(|p| p.customer.subscriptions.iter().any(|s| s.friendly_name.contains(title)))
}

#[test]
fn the_rules_see_what_the_customers_own_orders_gave_it_and_no_one_elses() {
    let catalog = default_catalog();
    let mut ledger = demo_ledger(&catalog);
    assert!(!owns(&ledger, "fabrikam-gmbh", "Power BI Pro"));
    let order = power_bi_order(&catalog, &ledger);
    ledger.show_new_order(order.clone());
    ledger.show_new_order(order);
    assert_eq!(ledger.orders.len(), 1, "an order shown twice is listed once");
    assert_eq!(ledger.orders_of(&id("fabrikam-gmbh")).count(), 1);
    assert_eq!(ledger.orders_of(&id("contoso-pharma")).count(), 0);
    assert!(owns(&ledger, "fabrikam-gmbh", "Power BI Pro"));
    assert!(!owns(&ledger, "contoso-pharma", "Power BI Pro"));
    assert!(ledger.parties(&id("no-such-customer"), NOW).is_none());
    assert!(ledger.subscription_rows(&id("no-such-customer"), NOW).is_empty());
}

#[test]
fn subscription_rows_and_the_rules_follow_the_changes_made_after_buy() {
    let catalog = default_catalog();
    let mut ledger = demo_ledger(&catalog);
    let fabrikam = id("fabrikam-gmbh");
    ledger.show_new_order(power_bi_order(&catalog, &ledger));
    let row = |ledger: &Ledger| {
        ledger
            .subscription_rows(&fabrikam, NOW)
            .into_iter()
            .find(|r| r.subscription.friendly_name.contains("Power BI Pro"))
            .expect("the order's subscription is listed")
    };
    assert!(row(&ledger).life.auto_renew);

    let mut store = MemoryStore::new();
    let bought = ledger.as_bought(&fabrikam).expect("Fabrikam is known");
    let subscription = row(&ledger).subscription.id;
    set_auto_renew(&mut store, &catalog, &bought.customer, &subscription, false, NOW).expect("auto-renew turns off");
    ledger.show_changes(
        &fabrikam,
        stored_changes(&mut store, &fabrikam).expect("changes are readable"),
    );

    assert!(!row(&ledger).life.auto_renew, "the row shows the change");
    assert_eq!(ledger.changes_of(&fabrikam).len(), 1);
    assert!(ledger.changes_of(&id("contoso-pharma")).is_empty());
}

#[test]
fn an_order_dated_at_the_end_of_the_calendar_is_shown_not_a_dead_page() {
    // An export file may say an order was placed on 31 December 9999 (issue 27): a year's
    // term, a 168-hour window and a renewal all run past the calendar's last day.
    let catalog = default_catalog();
    let mut ledger = demo_ledger(&catalog);
    let mut order = power_bi_order(&catalog, &ledger);
    order.created_at = datetime!(9999-12-31 23:00 UTC);
    ledger.show_new_order(order.clone());
    for now in [datetime!(9999-12-31 23:30 UTC), NOW] {
        let rows = ledger.subscription_rows(&id("fabrikam-gmbh"), now);
        assert!(rows
            .iter()
            .any(|r| r.subscription.friendly_name.contains("Power BI Pro")));
        assert!(ledger.parties(&id("fabrikam-gmbh"), now).is_some());
        for row in &rows {
            let _ = row.life.removal_window(now);
            let _ = row.life.reduction_window_closes();
        }
        let _ = order.status();
        for line in &order.lines {
            let term = csp_catalog::domain::orders::TermInForce::bought(&order, line);
            let _ = line.cancellation_policy.window_closes(order.created_at, &term, line);
        }
    }
}
