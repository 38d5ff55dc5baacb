#![cfg(not(target_arch = "wasm32"))]
//! Review, Buy, orders, the subscriptions they create, cancellation, and export/import.

mod common;

use common::*;
use csp_catalog::domain::cart::{Cart, NewLine};
use csp_catalog::domain::catalog::default_catalog;
use csp_catalog::domain::ids::LineNumber;
use csp_catalog::domain::money::Money;
use csp_catalog::domain::orders::{
    cancel_line, place_order, refund_for, reservation_refunds, review, sort_newest_first, with_orders, CancelError,
    CancellationPolicy, LineProblem, OrderStatus, PlaceOrderError,
};
use csp_catalog::domain::rules::{Context, Reason};
use csp_catalog::domain::sample::{sample_customers, sample_partner};
use csp_catalog::domain::term::Plan;
use csp_catalog::domain::term::{BillingFrequency, TermDuration};
use csp_catalog::formats::envelope;
use csp_catalog::formats::export::{self, ImportError, Snapshot};
use time::macros::datetime;

const YEARLY_MONTHLY: Option<Plan> = Some(Plan {
    term: TermDuration::OneYear,
    billing_frequency: BillingFrequency::Monthly,
});

fn line(catalog: &csp_catalog::domain::catalog::Catalog, title: &str, quantity: u32, plan: Option<Plan>) -> NewLine {
    NewLine {
        offer: offer_titled(catalog, title).id(),
        quantity,
        plan,
    }
}

fn reserved(mut cart: Cart, number: &str) -> Cart {
    cart.reserve_order(number.parse().unwrap());
    cart
}

fn demo(id: &str) -> csp_catalog::domain::customer::Customer {
    sample_customers(&default_catalog())
        .into_iter()
        .find(|c| c.id.as_str() == id)
        .unwrap()
}

#[test]
fn review_prices_every_line_and_totals_them() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customer = demo("contoso-pharma");
    let cart = Cart::from_iter([
        line(&catalog, "Power BI Pro", 10, YEARLY_MONTHLY),
        line(&catalog, "Dynamics 365 Business Central Premium", 2, YEARLY_MONTHLY),
    ]);
    let checked = review(&Context::new(&catalog, &partner, &customer, TODAY), &cart);
    assert!(checked.can_buy(), "{checked:?}");
    // A year billed monthly: $14 a month, 5% more than the $168 billed annually.
    assert_eq!(checked.lines[0].unit_price.unwrap().to_string(), "$176.40");
    assert_eq!(checked.lines[0].line_total.unwrap().to_string(), "$1,764.00");
    assert_eq!(checked.total.to_string(), "$4,536.00");
}

#[test]
fn a_line_that_became_ineligible_blocks_buy_with_its_reasons() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let mut customer = demo("fabrikam-gmbh");
    let cart = Cart::from_iter([line(&catalog, "Power BI Pro", 10, YEARLY_MONTHLY)]);
    // Facts changed after the line was added: the customer's agreement is gone.
    customer.agreement = None;
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let checked = review(&context, &cart);
    assert!(!checked.can_buy());
    assert_eq!(
        checked.lines[0].problems,
        vec![LineProblem::Rule(Reason::AgreementNotAccepted { accepted_on: None })]
    );
    let err = place_order(
        &context,
        &cart,
        "ORD-TEST-0001".parse().unwrap(),
        datetime!(2026-11-21 10:00 UTC),
    )
    .unwrap_err();
    assert!(matches!(err, PlaceOrderError::LinesBlocked(_)));
    assert_eq!(err.to_string(), "1 line can't be bought; fix or remove it first.");
}

#[test]
fn review_checks_each_line_against_the_others_for_pooled_seats() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let contoso = demo("contoso-pharma"); // 280 of 300 small-business seats used
    let cart = Cart::from_iter([
        line(&catalog, "Microsoft 365 Business Basic", 15, YEARLY_MONTHLY),
        line(&catalog, "Microsoft 365 Business Standard", 10, YEARLY_MONTHLY),
    ]);
    let checked = review(&Context::new(&catalog, &partner, &contoso, TODAY), &cart);
    assert_eq!(
        checked.lines[0].problems,
        vec![LineProblem::Rule(Reason::ExceedsPooledLimit {
            requested: 15,
            remaining: 10,
            limit: 300
        })]
    );
    assert_eq!(
        checked.lines[1].problems,
        vec![LineProblem::Rule(Reason::ExceedsPooledLimit {
            requested: 10,
            remaining: 5,
            limit: 300
        })]
    );
}

#[test]
fn a_plan_the_offer_does_not_have_or_an_unknown_offer_is_a_problem() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customer = demo("fabrikam-gmbh");
    let triennial = Some(Plan {
        term: TermDuration::ThreeYears,
        billing_frequency: BillingFrequency::Triennial,
    });
    let cart = Cart::from_iter([
        line(&catalog, "Power BI Pro", 1, triennial),
        NewLine {
            offer: "CFQ7TTC0ZZZZ:0001:CFQ7TTC0ZZZZ".parse().unwrap(),
            quantity: 1,
            plan: None,
        },
    ]);
    let checked = review(&Context::new(&catalog, &partner, &customer, TODAY), &cart);
    assert_eq!(checked.lines[0].problems, vec![LineProblem::PlanNotOffered]);
    assert_eq!(checked.lines[1].problems, vec![LineProblem::NotInCatalog]);
    assert_eq!(
        LineProblem::NotInCatalog.to_string(),
        "This offer is no longer in the catalog."
    );
}

#[test]
fn buy_creates_an_order_with_lines_numbered_from_zero() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customer = demo("fabrikam-gmbh");
    let cart = reserved(
        Cart::from_iter([
            line(&catalog, "Power BI Pro", 10, YEARLY_MONTHLY),
            line(&catalog, "Azure plan", 1, None),
        ]),
        "7F3A9C21E04B56D8",
    );
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let order = place_order(
        &context,
        &cart,
        "7F3A9C21E04B56D8".parse().unwrap(),
        datetime!(2026-11-21 10:30 UTC),
    )
    .unwrap();
    assert_eq!(order.status(), OrderStatus::Completed);
    assert_eq!(order.customer.as_str(), "fabrikam-gmbh");
    assert_eq!(
        order.lines.iter().map(|l| l.number).collect::<Vec<_>>(),
        [LineNumber(0), LineNumber(1)]
    );
    assert_eq!(order.lines[0].friendly_name, "Power BI Pro");
    assert_eq!(order.lines[1].plan, None);
    assert_eq!(order.total.to_string(), "$1,764.00");
    assert!(place_order(
        &context,
        &Cart::default(),
        "7F3A9C21E04B56D9".parse().unwrap(),
        order.created_at
    )
    .is_err());
}

#[test]
fn orders_give_the_customer_subscriptions_that_the_rules_use() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customer = demo("wide-world-importers");
    let mut customer = customer;
    customer.agreement = demo("fabrikam-gmbh").agreement;
    // A customer new to the suites buys E3 without Teams (Microsoft's rule since April 2024).
    let e3 = line(&catalog, "Microsoft 365 E3 (no Teams)", 20, YEARLY_MONTHLY);
    let trial = line(
        &catalog,
        "Power BI Pro Trial",
        25,
        Some(Plan {
            term: TermDuration::OneMonth,
            billing_frequency: BillingFrequency::None,
        }),
    );
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let add_on = offer_titled(&catalog, "Microsoft 365 E5 Security");
    assert!(!context.evaluate(add_on).is_allowed(), "no base yet");

    let order = place_order(
        &context,
        &Cart::from_iter([e3, trial]),
        "ORD-0001".parse().unwrap(),
        datetime!(2026-11-20 09:00 UTC),
    )
    .unwrap();
    let after = with_orders(&customer, [&order]);
    let context = Context::new(&catalog, &partner, &after, TODAY);
    assert!(
        context.evaluate(add_on).is_allowed(),
        "the add-on is buyable once its base is owned"
    );
    let trial_offer = offer_titled(&catalog, "Power BI Pro Trial");
    assert!(matches!(
        context.evaluate(trial_offer).reasons(),
        [Reason::TrialAlreadyUsed { .. }]
    ));
}

#[test]
fn a_gcc_order_locks_the_customer_to_gcc() {
    let catalog = default_catalog();
    let mut partner = sample_partner();
    partner
        .reseller_qualifications
        .push(csp_catalog::domain::partner::ResellerQualification::GovernmentCommunityCloud);
    let alder = demo("alder-county");
    let context = Context::new(&catalog, &partner, &alder, TODAY);
    let g5 = line(&catalog, "Microsoft 365 G5 GCC", 5, YEARLY_MONTHLY);
    let order = place_order(
        &context,
        &Cart::from_iter([g5]),
        "ORD-0002".parse().unwrap(),
        datetime!(2026-11-21 09:00 UTC),
    )
    .unwrap();
    let mut commercial = with_orders(&alder, [&order]);
    commercial.qualification = None; // even without the qualification, the lock holds
    let context = Context::new(&catalog, &partner, &commercial, TODAY);
    let reasons = context
        .evaluate(offer_titled(&catalog, "Power BI Pro"))
        .reasons()
        .to_vec();
    assert!(
        reasons.iter().any(|r| matches!(r, Reason::LockedToGovernment { .. })),
        "{reasons:?}"
    );
}

/// Fabrikam's order of 14 November 2026 at 12:00 UTC: 10 Power BI Pro and 1 Visio Plan 2, a
/// year billed monthly.
fn fabrikam_power_bi_and_visio(number: &str) -> csp_catalog::domain::orders::Order {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customer = demo("fabrikam-gmbh");
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let cart = Cart::from_iter([
        line(&catalog, "Power BI Pro", 10, YEARLY_MONTHLY),
        line(&catalog, "Visio Plan 2", 1, YEARLY_MONTHLY),
    ]);
    place_order(
        &context,
        &cart,
        number.parse().unwrap(),
        datetime!(2026-11-14 12:00 UTC),
    )
    .unwrap()
}

#[test]
fn a_subscription_can_be_cancelled_within_168_hours_with_a_prorated_refund() {
    let mut order = fabrikam_power_bi_and_visio("ORD-0003");
    assert!(order
        .lines
        .iter()
        .all(|l| l.cancellation_policy == CancellationPolicy::Prorated));

    // $1,764 a year billed monthly: the first invoice is $147; 3 of 30 days used.
    let refund = refund_for(&order, &order.lines[0], datetime!(2026-11-17 12:00 UTC), Money::ZERO).unwrap();
    assert_eq!(refund.to_string(), "$132.30");
    assert_eq!(
        cancel_line(&mut order, LineNumber(0), datetime!(2026-11-21 11:59 UTC), Money::ZERO)
            .unwrap()
            .to_string(),
        "$112.70",
        "one minute before the 168 hours are up"
    );
    assert_eq!(order.status(), OrderStatus::PartlyCancelled, "one line is still live");
    assert_eq!(order.refunded().to_string(), "$112.70");
    assert_eq!(order.net_total().cents(), order.total.cents() - 11_270);
    assert!(matches!(
        cancel_line(&mut order, LineNumber(0), datetime!(2026-11-21 11:59 UTC), Money::ZERO),
        Err(CancelError::AlreadyCancelled(_))
    ));
    // Still 21 November, but past the 168 hours: whole days are not the rule.
    let late = cancel_line(&mut order, LineNumber(1), datetime!(2026-11-21 12:01 UTC), Money::ZERO).unwrap_err();
    assert_eq!(
        late.to_string(),
        "This subscription could be cancelled only within 168 hours of its purchase; that window closed on 21 November 2026 at 12:00 UTC."
    );
    // A day moved back before the purchase: nothing was bought yet (issue 27).
    let early = cancel_line(&mut order, LineNumber(1), datetime!(2020-01-01 00:00 UTC), Money::ZERO).unwrap_err();
    assert_eq!(
        early.to_string(),
        "This subscription was bought on 14 November 2026 at 12:00 UTC, after the day in use: move the day forward to cancel it."
    );
    assert!(matches!(
        cancel_line(&mut order, LineNumber(9), datetime!(2026-11-15 00:00 UTC), Money::ZERO),
        Err(CancelError::NoSuchLine(LineNumber(9)))
    ));
    cancel_line(&mut order, LineNumber(1), datetime!(2026-11-21 12:00 UTC), Money::ZERO).unwrap();
    assert_eq!(order.status(), OrderStatus::Cancelled);
    let subscriptions = csp_catalog::domain::orders::subscriptions_from([&order]);
    assert!(subscriptions.iter().all(|s| !s.is_active()));
}

mod cancellation_policies {
    use super::*;
    use csp_catalog::domain::orders::{Order, OrderLine};

    const BOUGHT: time::OffsetDateTime = datetime!(2026-11-02 09:30 UTC);

    /// An order of one line under `policy`, for `total` over the plan's whole term.
    fn order(policy: CancellationPolicy, plan: Option<Plan>, total: Money) -> Order {
        let catalog = default_catalog();
        let partner = sample_partner();
        let customer = demo("fabrikam-gmbh");
        let context = Context::new(&catalog, &partner, &customer, TODAY);
        let cart = Cart::from_iter([line(&catalog, "Power BI Pro", 1, YEARLY_MONTHLY)]);
        let mut order = place_order(&context, &cart, "ORD-0042".parse().unwrap(), BOUGHT).unwrap();
        let first: &mut OrderLine = &mut order.lines[0];
        first.cancellation_policy = policy;
        first.plan = plan;
        first.line_total = total;
        order
    }

    fn at(order: &Order, when: time::OffsetDateTime) -> Result<Money, CancelError> {
        refund_for(order, &order.lines[0], when, Money::ZERO)
    }

    #[test]
    fn each_offer_gets_the_policy_microsoft_documents_for_its_kind() {
        let catalog = default_catalog();
        let policy = |title: &str| CancellationPolicy::of(offer_titled(&catalog, title));
        assert_eq!(policy("Power BI Pro"), CancellationPolicy::Prorated);
        assert_eq!(policy("Microsoft 365 Business Basic Trial"), CancellationPolicy::Trial);
        assert_eq!(policy("Azure plan"), CancellationPolicy::UsageBilled);
        assert_eq!(
            policy("Kahoot! EDU Pro for teachers"),
            CancellationPolicy::SaasFullRefund
        );
        assert_eq!(policy("Standard_D2s_v5 US East"), CancellationPolicy::Reservation);
    }

    #[test]
    fn a_trial_can_be_cancelled_at_any_time_during_the_trial_and_refunds_nothing() {
        let trial = order(CancellationPolicy::Trial, None, Money::ZERO);
        assert_eq!(at(&trial, datetime!(2026-11-30 09:00 UTC)), Ok(Money::ZERO), "day 28");
        let err = at(&trial, datetime!(2026-12-02 09:31 UTC)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "This trial ended on 2 December 2026 at 09:30 UTC; there is nothing left to cancel."
        );
    }

    #[test]
    fn third_party_saas_is_refunded_in_full_within_72_hours_only() {
        let saas = order(CancellationPolicy::SaasFullRefund, YEARLY_MONTHLY, Money::usd(1200, 0));
        // Two days in, the whole first invoice ($1,200 a year billed monthly: $100).
        assert_eq!(at(&saas, datetime!(2026-11-04 09:00 UTC)), Ok(Money::usd(100, 0)));
        let err = at(&saas, datetime!(2026-11-05 09:31 UTC)).unwrap_err();
        assert!(err.to_string().contains("only within 72 hours"), "{err}");
    }

    #[test]
    fn the_azure_plan_is_billed_for_usage_and_has_nothing_to_cancel() {
        let plan = order(CancellationPolicy::UsageBilled, None, Money::ZERO);
        assert_eq!(
            at(&plan, datetime!(2026-11-02 10:00 UTC)),
            Err(CancelError::UsageBilled)
        );
        assert_eq!(
            CancelError::UsageBilled.to_string(),
            "The Azure plan is billed for what was used, so there is nothing to cancel or refund."
        );
    }

    #[test]
    fn a_reservation_refunds_the_commitment_left_within_the_12_month_limit() {
        let year = Some(Plan {
            term: TermDuration::OneYear,
            billing_frequency: BillingFrequency::Annual,
        });
        let reservation = order(CancellationPolicy::Reservation, year, Money::usd(3650, 0));
        // 73 of 365 days used: 292 days of $10 a day are left.
        assert_eq!(
            at(&reservation, datetime!(2027-01-14 09:30 UTC)),
            Ok(Money::usd(2920, 0))
        );
        let near_limit = Money::usd(48_000, 0);
        let err = refund_for(
            &reservation,
            &reservation.lines[0],
            datetime!(2027-01-14 09:30 UTC),
            near_limit,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "Cancelling this reservation would refund $2,920.00, more than the $2,000.00 left of the $50,000.00 of reservations a customer can cancel in any 12 months."
        );
        assert!(matches!(
            at(&reservation, datetime!(2027-11-03 10:00 UTC)),
            Err(CancelError::TermEnded(_))
        ));
    }

    #[test]
    fn only_reservation_refunds_of_the_last_12_months_count_against_the_limit() {
        let year = Some(Plan {
            term: TermDuration::OneYear,
            billing_frequency: BillingFrequency::Annual,
        });
        let mut old = order(CancellationPolicy::Reservation, year, Money::usd(3650, 0));
        cancel_line(&mut old, LineNumber(0), datetime!(2026-11-03 09:30 UTC), Money::ZERO).unwrap();
        let refunded = old.lines[0].cancellation.as_ref().unwrap().refund;
        let orders = [old];
        assert_eq!(reservation_refunds(&orders, datetime!(2027-06-01 00:00 UTC)), refunded);
        assert_eq!(
            reservation_refunds(&orders, datetime!(2027-11-04 00:00 UTC)),
            Money::ZERO,
            "a year later it no longer counts"
        );
    }
}

#[test]
fn order_history_is_newest_first() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customer = demo("fabrikam-gmbh");
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let cart = Cart::from_iter([line(&catalog, "Power BI Pro", 1, YEARLY_MONTHLY)]);
    let older = place_order(
        &context,
        &cart,
        "ORD-0010".parse().unwrap(),
        datetime!(2026-11-01 09:00 UTC),
    )
    .unwrap();
    let newer = place_order(
        &context,
        &cart,
        "ORD-0009".parse().unwrap(),
        datetime!(2026-11-20 09:00 UTC),
    )
    .unwrap();
    let mut orders = vec![older, newer];
    sort_newest_first(&mut orders);
    assert_eq!(orders[0].id.as_str(), "ORD-0009");
}

fn snapshot() -> Snapshot {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customers = sample_customers(&catalog);
    let fabrikam = customers.iter().find(|c| c.id.as_str() == "fabrikam-gmbh").unwrap();
    let cart = reserved(
        Cart::from_iter([line(&catalog, "Power BI Pro", 3, YEARLY_MONTHLY)]),
        "ABCD1234",
    );
    let order = place_order(
        &Context::new(&catalog, &partner, fabrikam, TODAY),
        &cart,
        "ABCD1234".parse().unwrap(),
        datetime!(2026-11-21 08:00 UTC),
    )
    .unwrap();
    let mut carts = std::collections::BTreeMap::new();
    carts.insert(fabrikam.id.clone(), cart);
    let seats_added = csp_catalog::domain::subscription::lifecycle::Changed {
        subscription: order.lines[0].subscription_id.clone(),
        change: csp_catalog::domain::subscription::lifecycle::Change::SeatsAdded {
            seats: 2,
            at: datetime!(2026-11-22 08:00 UTC),
            charge: csp_catalog::domain::money::Money::from_cents(1234),
        },
    };
    let subscription_changes = std::collections::BTreeMap::from([(fabrikam.id.clone(), vec![seats_added])]);
    Snapshot {
        partner,
        customers,
        carts,
        orders: vec![order],
        subscription_changes,
    }
}

#[test]
fn export_then_import_gives_back_the_same_data() {
    let original = snapshot();
    let text = export::export(&original);
    assert!(text.contains("\"kind\": \"export\""));
    assert_eq!(export::import(&text), Ok(original.clone()));
    assert_eq!(
        export::import(&format!("\u{feff}{text}")),
        Ok(original),
        "a byte-order mark is fine"
    );
}

#[test]
fn a_malformed_import_file_is_refused_with_a_reason() {
    let cases: Vec<(String, &str)> = vec![
        ("{\"kind\":\"export\"".into(), "not valid JSON"),
        ("[1,2,3]".into(), "not a CSP Catalog value"),
        (
            envelope::encode(envelope::Kind::Cart, &Cart::default()),
            "holds a cart where an export was expected",
        ),
        (
            "{\"kind\":\"export\",\"version\":99,\"data\":{}}".into(),
            "newer version",
        ),
        (
            "{\"kind\":\"export\",\"version\":1,\"data\":{\"partner\":1}}".into(),
            "not a valid export",
        ),
    ];
    for (text, expected) in cases {
        let err = export::import(&text).unwrap_err().to_string();
        assert!(err.contains(expected), "{err} should mention {expected}");
    }

    let mut twice = snapshot();
    twice.customers.push(twice.customers[0].clone());
    assert!(matches!(
        export::import(&export::export(&twice)),
        Err(ImportError::DuplicateCustomer(_))
    ));
    let mut orphan = snapshot();
    orphan.customers.retain(|c| c.id.as_str() != "fabrikam-gmbh");
    let err = export::import(&export::export(&orphan)).unwrap_err();
    assert_eq!(
        err,
        ImportError::CartForUnknownCustomer("fabrikam-gmbh".parse().unwrap())
    );
}

#[test]
fn orders_export_as_spreadsheet_safe_csv_and_as_json() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let mut customer = demo("fabrikam-gmbh");
    customer.name = "=HYPERLINK(\"http://evil\",\"click\")".to_string();
    let cart = Cart::from_iter([line(&catalog, "Power BI Pro", 10, YEARLY_MONTHLY)]);
    let order = place_order(
        &Context::new(&catalog, &partner, &customer, TODAY),
        &cart,
        "ORD-0100".parse().unwrap(),
        datetime!(2026-11-21 10:30 UTC),
    )
    .unwrap();
    let csv = csp_catalog::formats::orders_export::orders_csv(std::slice::from_ref(&order), &[customer]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let field = |name: &str| {
        row.get(header.iter().position(|h| h == name).unwrap())
            .unwrap()
            .to_string()
    };
    assert_eq!(field("CustomerName"), "'=HYPERLINK(\"http://evil\",\"click\")");
    assert_eq!(field("OrderId"), "ORD-0100");
    assert_eq!(field("LineNumber"), "1", "numbered from 1, as the order page shows");
    assert_eq!(field("UnitPrice"), "176.40");
    assert_eq!(field("LinePrice"), "1764.00");
    assert_eq!(field("CreatedAt"), "2026-11-21T10:30:00Z");
    for cell in ["-1", "+1", "@SUM(A1)", "\tx"] {
        assert!(csp_catalog::formats::orders_export::spreadsheet_safe(cell).starts_with('\''));
    }
    assert_eq!(
        csp_catalog::formats::orders_export::spreadsheet_safe("Power BI Pro"),
        "Power BI Pro"
    );

    // The JSON is the stored format, which counts in cents, and says so (issue 26.10).
    let json = csp_catalog::formats::orders_export::orders_json(std::slice::from_ref(&order));
    let file: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(file["format"], "csp-catalog-orders");
    assert!(file["amounts"]
        .as_str()
        .unwrap()
        .starts_with("Every amount is in cents"));
    assert_eq!(file["orders"][0]["lines"][0]["unit_price"], 17640);
    let back: Vec<csp_catalog::domain::orders::Order> = serde_json::from_value(file["orders"].clone()).unwrap();
    assert_eq!(back, vec![order]);
}

#[test]
fn an_export_file_from_the_first_format_imports_with_its_carts() {
    // Written by the first release: carts had no line ids and called their order number
    // `checkout`.
    let mut v1: serde_json::Value = serde_json::from_str(&export::export(&snapshot())).unwrap();
    v1["version"] = 1.into();
    let cart = v1["data"]["carts"]["fabrikam-gmbh"].as_object_mut().unwrap();
    let reserved = cart.remove("reserved_order").unwrap();
    cart.remove("next_line");
    cart.insert("checkout".into(), reserved);
    for line in cart["lines"].as_array_mut().unwrap() {
        line.as_object_mut().unwrap().remove("id");
    }
    let imported = export::import(&v1.to_string()).unwrap();
    assert_eq!(imported, snapshot());
}

#[test]
fn an_add_on_is_a_subscription_of_its_own_that_outlives_the_prerequisite_it_was_bought_for() {
    // New commerce ("Introduction: New commerce add-ons"): an add-on is bought from the catalog
    // as its own subscription once the tenant owns a prerequisite; the 2020 seeds bought it
    // onto a chosen base that it ended with.
    use csp_catalog::app::orders::cancel_line as cancel_stored;
    use csp_catalog::app::store::{save, MemoryStore, StoredKey};
    use csp_catalog::domain::subscription::lifecycle::lifecycles;
    let catalog = default_catalog();
    let partner = sample_partner();
    let customer = demo("fabrikam-gmbh");
    let bought = datetime!(2026-11-20 09:00 UTC);
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let base = place_order(
        &context,
        &Cart::from_iter([line(&catalog, "Microsoft 365 E3 (no Teams)", 10, YEARLY_MONTHLY)]),
        "ORD-ADDON-0001".parse().unwrap(),
        bought,
    )
    .unwrap();
    let with_base = with_orders(&customer, [&base]);
    let context = Context::new(&catalog, &partner, &with_base, TODAY);
    let add_on = place_order(
        &context,
        &Cart::from_iter([line(&catalog, "Microsoft 365 E5 Security", 10, YEARLY_MONTHLY)]),
        "ORD-ADDON-0002".parse().unwrap(),
        bought + time::Duration::hours(1),
    )
    .unwrap();
    let mut store = MemoryStore::new();
    for order in [&base, &add_on] {
        save(
            &mut store,
            &StoredKey::Order(order.customer.clone(), order.id.clone()),
            order,
        )
        .unwrap();
    }

    // The prerequisite is cancelled within its window: the add-on stays, as bought.
    let cancelled = cancel_stored(
        &mut store,
        &catalog,
        &customer.id,
        &base.id,
        LineNumber(0),
        bought + time::Duration::hours(2),
    )
    .unwrap();
    let owned = with_orders(&customer, [&cancelled.order, &add_on]);
    let lives = lifecycles(&owned.subscriptions, &[], bought + time::Duration::hours(3));
    let security = owned
        .subscriptions
        .iter()
        .zip(&lives)
        .find(|(s, _)| s.friendly_name == "Microsoft 365 E5 Security")
        .unwrap();
    assert!(security.1.is_active(), "the add-on is a subscription of its own");
    let stored: csp_catalog::domain::orders::Order =
        csp_catalog::app::store::load(&mut store, &StoredKey::Order(customer.id.clone(), add_on.id.clone()))
            .unwrap()
            .unwrap();
    assert!(stored.lines[0].cancellation.is_none());
}

/// Issue 22, bug 2: the order list read a stored status ("Completed") while the order's page
/// worked it out from the lines ("Partly cancelled"). An order has one status, from its lines.
#[test]
fn a_partly_cancelled_order_has_one_status_wherever_it_is_read() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customer = demo("fabrikam-gmbh");
    let cart = Cart::from_iter([
        line(&catalog, "Power BI Pro", 10, YEARLY_MONTHLY),
        line(&catalog, "Microsoft 365 Business Premium", 5, YEARLY_MONTHLY),
    ]);
    let mut order = place_order(
        &Context::new(&catalog, &partner, &customer, TODAY),
        &cart,
        "ORD-0101".parse().unwrap(),
        datetime!(2026-11-21 10:30 UTC),
    )
    .unwrap();
    cancel_line(&mut order, LineNumber(0), datetime!(2026-11-22 10:30 UTC), Money::ZERO).unwrap();

    assert_eq!(order.status(), OrderStatus::PartlyCancelled);
    let csv = csp_catalog::formats::orders_export::orders_csv(std::slice::from_ref(&order), &[customer]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let status = reader.headers().unwrap().iter().position(|h| h == "Status").unwrap();
    let statuses: Vec<String> = reader.records().map(|r| r.unwrap()[status].to_string()).collect();
    assert_eq!(statuses, ["PartlyCancelled", "PartlyCancelled"]);

    // A stored order from before keeps reading, whatever status it carried.
    let mut stored: serde_json::Value = serde_json::to_value(&order).unwrap();
    stored["status"] = "Completed".into();
    let back: csp_catalog::domain::orders::Order = serde_json::from_value(stored).unwrap();
    assert_eq!(back.status(), OrderStatus::PartlyCancelled);
}

#[test]
fn each_order_line_says_whether_it_can_be_cancelled_and_why_not() {
    use csp_catalog::app::orders::{line_standings, Cancellable};
    let mut order = fabrikam_power_bi_and_visio("ORD-0009");
    let open = line_standings(
        &csp_catalog::domain::catalog::default_catalog(),
        &order,
        std::slice::from_ref(&order),
        &[],
        datetime!(2026-11-15 12:00 UTC),
    );
    assert!(matches!(open[0].cancellable, Cancellable::Open { until, .. } if until == datetime!(2026-11-21 12:00 UTC)));

    cancel_line(&mut order, LineNumber(1), datetime!(2026-11-15 12:00 UTC), Money::ZERO).unwrap();
    // After the 168 hours, a line says when and why its window closed (issue 26).
    let later = line_standings(
        &csp_catalog::domain::catalog::default_catalog(),
        &order,
        std::slice::from_ref(&order),
        &[],
        datetime!(2026-11-30 09:00 UTC),
    );
    let Cancellable::Closed(why) = &later[0].cancellable else {
        panic!("{:?}", later[0])
    };
    assert_eq!(
        why.to_string(),
        "This subscription could be cancelled only within 168 hours of its purchase; that window closed on 21 November 2026 at 12:00 UTC."
    );
    assert!(matches!(later[1].cancellable, Cancellable::Cancelled { .. }));
}

// ---------------------------------------------------------------------------------------
// New commerce's cancellation window: it opens again at each renewal (row 1 of issue 24),
// and it was 72 hours until 28 February 2022.
// ---------------------------------------------------------------------------------------

#[test]
fn the_cancellation_window_opens_again_when_the_subscription_renews() {
    use csp_catalog::app::orders::{
        cancel_line as cancel_stored, line_standings, order_account, Cancellable, EntryKind,
    };
    use csp_catalog::app::store::{save, MemoryStore, StoredKey};

    let catalog = default_catalog();
    let order = fabrikam_power_bi_and_visio("ORD-0031");
    let mut store = MemoryStore::new();
    let key = StoredKey::Order(order.customer.clone(), order.id.clone());
    save(&mut store, &key, &order).unwrap();
    let standing_at = |at| {
        line_standings(&catalog, &order, std::slice::from_ref(&order), &[], at)
            .into_iter()
            .next()
            .unwrap()
            .cancellable
    };

    // Bought on 14 November 2026 at 12:00: the day before it renews, the window is long closed.
    let before = standing_at(datetime!(2027-11-13 12:00 UTC));
    assert!(
        matches!(
            before,
            Cancellable::Closed(CancelError::WindowClosed {
                hours: 168,
                opened_by: csp_catalog::domain::orders::WindowOpening::Purchase,
                ..
            })
        ),
        "{before:?}"
    );
    // It renewed on 14 November 2027 at 00:00 UTC: cancellable again until 21 November 00:00.
    let renewed = standing_at(datetime!(2027-11-16 09:00 UTC));
    let Cancellable::Open { refund, until } = renewed else {
        panic!("not cancellable after the renewal: {renewed:?}")
    };
    assert_eq!(until, datetime!(2027-11-21 00:00 UTC));
    // The renewal's first invoice is a month of 10 Power BI Pro seats at the price of its first
    // day; 3 of its 30 days are used.
    let account = order_account(&catalog, &order, &[], datetime!(2027-11-16 09:00 UTC));
    let renewal = account
        .entries
        .iter()
        .find(|e| e.what == EntryKind::Renewed(10))
        .expect("the renewal is billed on the order");
    assert_eq!(renewal.at, datetime!(2027-11-14 00:00 UTC));
    let first_invoice = renewal.amount.cents() / 12;
    assert_eq!(refund.cents(), first_invoice * 27 / 30);
    // A week and a minute after the renewal: closed again, and the sentence says why.
    let closed = standing_at(datetime!(2027-11-21 00:01 UTC));
    let Cancellable::Closed(error) = closed else {
        panic!("{closed:?}")
    };
    assert_eq!(
        error.to_string(),
        "This subscription could be cancelled only within 168 hours of its renewal; that window closed on 21 November 2027 at 00:00 UTC."
    );

    // Cancelled within the renewal's window, from the stored order.
    let cancelled = cancel_stored(
        &mut store,
        &catalog,
        &order.customer,
        &order.id,
        LineNumber(0),
        datetime!(2027-11-16 09:00 UTC),
    )
    .unwrap();
    assert_eq!(cancelled.refund, refund);
    let after = order_account(&catalog, &cancelled.order, &[], datetime!(2027-11-16 09:00 UTC));
    let charged: u64 = after
        .entries
        .iter()
        .filter(|e| e.what.is_charge())
        .map(|e| e.amount.cents())
        .sum();
    let refunded: u64 = after
        .entries
        .iter()
        .filter(|e| !e.what.is_charge())
        .map(|e| e.amount.cents())
        .sum();
    assert!(
        refunded <= charged,
        "a refund is never more than what the renewal billed"
    );
}

#[test]
fn the_cancellation_window_was_72_hours_until_28_february_2022() {
    let mut order = fabrikam_power_bi_and_visio("ORD-0032");
    let hours = |h| time::Duration::hours(h);
    // Bought on 28 February 2022: 72 hours, by the rule of its day.
    order.created_at = datetime!(2022-02-28 12:00 UTC);
    let line = order.lines[0].clone();
    assert!(refund_for(&order, &line, order.created_at + hours(71), Money::ZERO).is_ok());
    assert!(matches!(
        refund_for(&order, &line, order.created_at + hours(73), Money::ZERO),
        Err(CancelError::WindowClosed { hours: 72, .. })
    ));
    // Bought a day later, on 1 March 2022: 168 hours.
    order.created_at = datetime!(2022-03-01 12:00 UTC);
    assert!(refund_for(&order, &line, order.created_at + hours(73), Money::ZERO).is_ok());
    assert!(matches!(
        refund_for(&order, &line, order.created_at + hours(169), Money::ZERO),
        Err(CancelError::WindowClosed { hours: 168, .. })
    ));
}

#[test]
fn a_purchase_can_be_co_termed_with_a_subscription_the_customer_owns() {
    // Partner Center offers at purchase to align a new subscription's end date with an
    // existing one's: the first term ends then, priced for those days.
    use csp_catalog::domain::subscription::lifecycle::Lifecycle;
    let catalog = default_catalog();
    let partner = sample_partner();
    let customer = demo("fabrikam-gmbh");
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let mut cart = Cart::from_iter([line(&catalog, "Power BI Pro", 10, YEARLY_MONTHLY)]);
    let full = review(&context, &cart).lines[0].line_total.unwrap();
    let id = cart.lines()[0].id;
    // Fabrikam's Office 365 E3 renews on 1 April 2027: 131 of the full term's 365 days.
    let ends = time::macros::date!(2027 - 03 - 31);
    assert!(cart.set_ends_on(id, Some(ends)));
    let reviewed = review(&context, &cart).lines[0].clone();
    assert_eq!(reviewed.ends_on, Some(ends));
    let days = (ends - TODAY).whole_days() as u64 + 1;
    assert_eq!(reviewed.line_total.unwrap().cents(), full.cents() * days / 365);
    let order = place_order(
        &context,
        &reserved(cart.clone(), "ORD-COTERM-01"),
        "ORD-COTERM-01".parse().unwrap(),
        datetime!(2026-11-21 10:00 UTC),
    )
    .unwrap();
    assert_eq!(order.lines[0].coterm.map(|c| c.ends), Some(ends));
    assert_eq!(order.total, reviewed.line_total.unwrap());
    let subscription = csp_catalog::domain::orders::subscriptions_from([&order]).remove(0);
    let life = Lifecycle::of(&subscription, &[], datetime!(2026-11-22 10:00 UTC));
    assert_eq!(life.term.map(|t| t.ends), Some(ends));
    // Then it renews for a full year from 1 April 2027.
    let renewed = Lifecycle::of(&subscription, &[], datetime!(2027-04-02 10:00 UTC));
    assert_eq!(
        renewed.term.map(|t| (t.starts, t.ends)),
        Some((time::macros::date!(2027 - 04 - 01), time::macros::date!(2028 - 03 - 31)))
    );

    // A day past a full term is refused at Review, and nothing is bought.
    cart.set_ends_on(id, Some(time::macros::date!(2028 - 01 - 01)));
    assert!(matches!(
        review(&context, &cart).lines[0].problems.as_slice(),
        [LineProblem::EndOutsideTerm { .. }]
    ));
}
