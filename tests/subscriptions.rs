#![cfg(not(target_arch = "wasm32"))]
//! After Buy: terms that renew or expire, seats added and removed, auto-renew and changes at
//! renewal, over the demo customers and an in-memory store.

mod common;

use csp_catalog::app::store::{MemoryStore, Store, StoredKey};
use csp_catalog::app::subscriptions::{
    change_seats, convert_trial, destinations, set_auto_renew, set_renewal, stored_changes, subscription_rows, upgrade,
    ChangeError, Destination, MoveRequest, RenewalRequest, SeatAction,
};
use csp_catalog::domain::catalog::default_catalog;
use csp_catalog::domain::rules::{Parties, Reason, Rule};
use csp_catalog::domain::sample::{sample_customers, sample_partner};
use csp_catalog::domain::subscription::lifecycle::{standing, Change, Changed, Lifecycle};
use csp_catalog::domain::subscription::{Subscription, SubscriptionStatus};
use csp_catalog::domain::term::{BillingFrequency, Plan, TermDuration};
use time::macros::{date, datetime};
use time::OffsetDateTime;

const NOW: OffsetDateTime = datetime!(2026-11-24 10:00 UTC);

fn contoso() -> Parties {
    Parties {
        partner: sample_partner(),
        customer: sample_customers(&default_catalog())
            .into_iter()
            .find(|c| c.id.as_str() == "contoso-pharma")
            .unwrap(),
    }
}

fn owned(parties: &Parties, title: &str) -> Subscription {
    parties
        .customer
        .subscriptions
        .iter()
        .find(|s| s.friendly_name == title)
        .unwrap_or_else(|| panic!("Contoso owns no {title}"))
        .clone()
}

fn life(subscription: &Subscription, changes: &[Change], now: OffsetDateTime) -> Lifecycle {
    Lifecycle::of(subscription, &changes.iter().collect::<Vec<_>>(), now)
}

fn refused(result: Result<impl std::fmt::Debug, ChangeError>) -> Vec<String> {
    match result {
        Err(ChangeError::Refused(reasons)) => {
            assert!(reasons
                .iter()
                .all(|r| matches!(r.rule(), Rule::SeatChanges | Rule::Quantity | Rule::Upgrades)));
            reasons.iter().map(ToString::to_string).collect()
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

const YEAR_MONTHLY: Plan = Plan {
    term: TermDuration::OneYear,
    billing_frequency: BillingFrequency::Monthly,
};

#[test]
fn a_yearly_subscription_renews_on_its_anniversary_unless_auto_renew_is_off() {
    let premium = owned(&contoso(), "Microsoft 365 Business Premium");
    assert_eq!(premium.purchased_on, date!(2025 - 09 - 01));

    let first = life(&premium, &[], datetime!(2026-08-31 23:00 UTC));
    assert_eq!((first.terms, first.term.unwrap().ends), (1, date!(2026 - 08 - 31)));
    let now = life(&premium, &[], NOW);
    assert!(now.is_active() && now.auto_renew);
    let term = now.term.unwrap();
    assert_eq!(
        (now.terms, term.starts, term.ends),
        (2, date!(2026 - 09 - 01), date!(2027 - 08 - 31))
    );

    let off = [Change::AutoRenew {
        on: false,
        at: datetime!(2026-08-01 09:00 UTC),
    }];
    assert!(life(&premium, &off, datetime!(2026-08-31 12:00 UTC)).is_active());
    let ended = life(&premium, &off, datetime!(2026-09-01 00:00 UTC));
    assert_eq!(ended.status, SubscriptionStatus::Expired);
    assert_eq!(ended.term.unwrap().ends, date!(2026 - 08 - 31), "the last term is kept");

    // A change made after the day being looked at has not happened yet.
    assert!(life(&premium, &off, datetime!(2026-07-31 12:00 UTC)).auto_renew);
}

#[test]
fn changes_at_renewal_take_effect_on_the_next_term_only() {
    let premium = owned(&contoso(), "Microsoft 365 Business Premium");
    let at_renewal = [Change::AtRenewal {
        quantity: 250,
        plan: YEAR_MONTHLY,
        to: None,
        at: datetime!(2027-01-10 09:00 UTC),
    }];
    let before = life(&premium, &at_renewal, datetime!(2027-08-31 12:00 UTC));
    assert_eq!(before.quantity, 280);
    assert_eq!(
        before.at_renewal.as_ref().map(|r| (r.quantity, r.plan)),
        Some((250, YEAR_MONTHLY))
    );
    let after = life(&premium, &at_renewal, datetime!(2027-09-01 12:00 UTC));
    assert_eq!(
        (after.quantity, after.plan, after.at_renewal),
        (250, Some(YEAR_MONTHLY), None)
    );
    assert_eq!(after.terms, 3);
}

#[test]
fn added_seats_are_charged_for_the_days_left_at_the_price_the_term_began_with() {
    let catalog = default_catalog();
    let parties = contoso();
    let e3 = owned(&parties, "Microsoft 365 E3");
    let mut store = MemoryStore::default();

    // Bought on 10 February 2026 at $432 a seat for the year. New commerce locks the price for
    // the term: seats added after Microsoft's rise of 1 July 2026 ($468) still cost $432, for
    // 78 of the term's 365 days.
    let added = change_seats(&mut store, &catalog, &parties, &e3.id, SeatAction::Add, "10", NOW).unwrap();
    assert_eq!((added.seats, added.quantity_now), (10, 60));
    assert_eq!(added.amount.to_string(), "$923.17");

    // With the app's day moved back to June, before the rise: $432 a seat too, 240 days left.
    let june = datetime!(2026-06-15 10:00 UTC);
    let earlier = change_seats(&mut store, &catalog, &parties, &e3.id, SeatAction::Add, "10", june).unwrap();
    assert_eq!(earlier.amount.to_string(), "$2,840.54");

    // After the renewal of 10 February 2027 the new term is priced at the entry in force that
    // day, $468: 10 seats on 1 March 2027, 346 of 365 days left.
    let renewed = datetime!(2027-03-01 10:00 UTC);
    let after = change_seats(&mut store, &catalog, &parties, &e3.id, SeatAction::Add, "10", renewed).unwrap();
    assert_eq!(after.amount.to_string(), "$4,436.38");

    let stored = stored_changes(&mut store, &parties.customer.id).unwrap();
    assert_eq!(stored.len(), 3);
    let text = store
        .get(&StoredKey::SubscriptionChanges(parties.customer.id.clone()).to_string())
        .unwrap();
    let envelope: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        (envelope["kind"].as_str(), envelope["version"].as_u64()),
        (Some("subscription-changes"), Some(1))
    );
}

#[test]
fn seats_are_removed_only_within_168_hours_of_the_purchase_renewal_or_their_addition() {
    let catalog = default_catalog();
    let parties = contoso();
    let e3 = owned(&parties, "Microsoft 365 E3");
    let mut store = MemoryStore::default();

    // Bought on 10 February 2026: the term's window closed long ago.
    assert_eq!(
        refused(change_seats(&mut store, &catalog, &parties, &e3.id, SeatAction::Remove, "5", NOW)),
        ["Seats can be removed only within 168 hours of the purchase, a renewal or their addition; this term's window closed on 17 February 2026 at 00:00 UTC, so its seats are committed until the term ends on 9 February 2027."]
    );

    change_seats(&mut store, &catalog, &parties, &e3.id, SeatAction::Add, "10", NOW).unwrap();
    let next_day = datetime!(2026-11-25 10:00 UTC);
    assert_eq!(
        refused(change_seats(&mut store, &catalog, &parties, &e3.id, SeatAction::Remove, "12", next_day)),
        ["Only the 10 seats added in the last 168 hours can be removed now (until 1 December 2026 at 10:00 UTC), not 12."]
    );
    let removed = change_seats(
        &mut store,
        &catalog,
        &parties,
        &e3.id,
        SeatAction::Remove,
        "4",
        next_day,
    )
    .unwrap();
    assert_eq!(removed.quantity_now, 56);
    assert!(removed.amount.cents() > 0, "refunded for the days left");

    // 168 hours after the addition, the 6 seats left of it are committed too.
    let week_later = datetime!(2026-12-01 10:00:01 UTC);
    assert_eq!(
        refused(change_seats(
            &mut store,
            &catalog,
            &parties,
            &e3.id,
            SeatAction::Remove,
            "1",
            week_later
        ))
        .len(),
        1
    );
    let stands = Lifecycle::of(
        &e3,
        &stored_changes(&mut store, &parties.customer.id)
            .unwrap()
            .iter()
            .map(|c| &c.change)
            .collect::<Vec<_>>(),
        week_later,
    );
    assert_eq!((stands.quantity, stands.recent.len()), (56, 0));
}

#[test]
fn a_renewal_opens_a_new_168_hour_window_for_every_seat() {
    let catalog = default_catalog();
    let parties = contoso();
    let premium = owned(&parties, "Microsoft 365 Business Premium");
    let mut store = MemoryStore::default();
    // Renewed on 1 September 2026 at midnight UTC: until 8 September, any seats can go.
    let in_window = datetime!(2026-09-03 12:00 UTC);
    let removed = change_seats(
        &mut store,
        &catalog,
        &parties,
        &premium.id,
        SeatAction::Remove,
        "30",
        in_window,
    )
    .unwrap();
    assert_eq!(removed.quantity_now, 250);
    assert_eq!(
        refused(change_seats(&mut store, &catalog, &parties, &premium.id, SeatAction::Remove, "250", in_window)),
        ["The subscription has 250 seats; removing 250 seats would leave fewer than its minimum of 1 seat: to stop it, turn off auto-renew or cancel its order line."]
    );
}

#[test]
fn seat_additions_respect_the_shared_pool_and_the_maximum() {
    let catalog = default_catalog();
    let parties = contoso();
    let premium = owned(&parties, "Microsoft 365 Business Premium");
    let e3 = owned(&parties, "Microsoft 365 E3");
    let mut store = MemoryStore::default();
    // 280 of the 300 small-business seats are used.
    assert_eq!(
        refused(change_seats(&mut store, &catalog, &parties, &premium.id, SeatAction::Add, "25", NOW)),
        ["The requested number of 25 seats exceeds the remaining limit of 20 seats (small-business SKUs share 300 seats per customer)."]
    );
    change_seats(&mut store, &catalog, &parties, &premium.id, SeatAction::Add, "20", NOW).unwrap();
    // The rules see the added seats: the pool is now full for any other Business plan.
    let changes = stored_changes(&mut store, &parties.customer.id).unwrap();
    let customer = standing(&parties.customer, &changes, NOW);
    let context = csp_catalog::domain::rules::Context::new(&catalog, &parties.partner, &customer, NOW.date());
    let basic = common::offer_titled(&catalog, "Microsoft 365 Business Basic");
    assert_eq!(context.quantity_limits(basic).pooled.map(|p| p.remaining), Some(0));

    assert_eq!(
        refused(change_seats(&mut store, &catalog, &parties, &e3.id, SeatAction::Add, "9990", NOW)),
        ["The subscription has 50 seats; adding 9,990 seats would make 10,040 seats, above the maximum of 10,000 seats."]
    );
    for bad in ["", "abc", "-3", "0", "2.5"] {
        assert!(
            matches!(
                change_seats(&mut store, &catalog, &parties, &e3.id, SeatAction::Add, bad, NOW),
                Err(ChangeError::Refused(_))
            ),
            "{bad:?}"
        );
    }
}

#[test]
fn expired_trial_and_usage_subscriptions_keep_their_seats() {
    let catalog = default_catalog();
    let parties = contoso();
    let expired = parties
        .customer
        .subscriptions
        .iter()
        .find(|s| s.status == SubscriptionStatus::Expired)
        .unwrap()
        .clone();
    let mut store = MemoryStore::default();
    assert_eq!(
        refused(change_seats(
            &mut store,
            &catalog,
            &parties,
            &expired.id,
            SeatAction::Add,
            "1",
            NOW
        )),
        ["This subscription is expired: its seats can't change."]
    );
    assert_eq!(
        change_seats(
            &mut store,
            &catalog,
            &parties,
            &"no-such-id".parse().unwrap(),
            SeatAction::Add,
            "1",
            NOW
        ),
        Err(ChangeError::NotFound)
    );
    assert_eq!(
        Reason::TrialSeatsCannotChange { seats: 25 }.to_string(),
        "A trial is for exactly 25 seats: convert it to a paid subscription to change them."
    );
}

#[test]
fn auto_renew_and_the_next_term_are_set_and_checked() {
    let catalog = default_catalog();
    let parties = contoso();
    let customer = &parties.customer;
    let e3 = owned(&parties, "Microsoft 365 E3");
    let mut store = MemoryStore::default();

    set_auto_renew(&mut store, &catalog, customer, &e3.id, false, NOW).unwrap();
    let changes = stored_changes(&mut store, &customer.id).unwrap();
    let ends = life(&e3, &[changes[0].change.clone()], datetime!(2027-02-10 00:00 UTC));
    assert_eq!(ends.status, SubscriptionStatus::Expired);

    let three_years_triennial = Plan {
        term: TermDuration::ThreeYears,
        billing_frequency: BillingFrequency::Triennial,
    };
    let renew = |quantity: &'static str, plan: Plan| RenewalRequest {
        quantity,
        plan,
        sku: None,
    };
    assert_eq!(
        refused(set_renewal(
            &mut store,
            &catalog,
            &parties,
            &e3.id,
            renew("40", three_years_triennial),
            NOW
        )),
        ["This offer is not sold on a term of 3 years, billed every three years."]
    );
    assert_eq!(
        refused(set_renewal(
            &mut store,
            &catalog,
            &parties,
            &e3.id,
            renew("0", YEAR_MONTHLY),
            NOW
        )),
        ["The requested number of 0 seats is below the minimum of 1 seat."]
    );
    set_renewal(&mut store, &catalog, &parties, &e3.id, renew("40", YEAR_MONTHLY), NOW).unwrap();
    set_auto_renew(&mut store, &catalog, customer, &e3.id, true, NOW).unwrap();
    let rows = subscription_rows(customer, &stored_changes(&mut store, &customer.id).unwrap(), NOW);
    let row = rows.iter().find(|r| r.subscription.id == e3.id).unwrap();
    assert!(row.life.auto_renew);
    assert_eq!(row.life.at_renewal.as_ref().map(|r| r.quantity), Some(40));
    assert!(
        rows[0].life.is_active() && !rows.last().unwrap().life.is_active(),
        "active ones first"
    );
}

#[test]
fn a_changes_list_that_cannot_be_read_is_set_aside_and_reported() {
    let mut store = MemoryStore::default();
    let parties = contoso();
    let key = StoredKey::SubscriptionChanges(parties.customer.id.clone()).to_string();
    store.set(&key, "{not json").unwrap();
    assert!(stored_changes(&mut store, &parties.customer.id).is_err());
    assert!(store.get(&key).is_none(), "moved to quarantine");
    let ok: Vec<Changed> = stored_changes(&mut store, &parties.customer.id).unwrap();
    assert!(ok.is_empty());
}

/// Order numbers UPG-0001, UPG-0002, …
#[derive(Default)]
struct Numbers(u32);

impl csp_catalog::app::cart::OrderNumbers for Numbers {
    fn next_number(&mut self) -> csp_catalog::domain::ids::OrderId {
        self.0 += 1;
        format!("UPG-{:04}", self.0).parse().unwrap()
    }
}

fn to(catalog: &csp_catalog::domain::catalog::Catalog, title: &str) -> Destination {
    Destination {
        to: common::offer_titled(catalog, title).product_sku(),
        plan: None,
    }
}

#[test]
fn an_upgrade_moves_seats_to_a_new_subscription_along_an_allowed_path() {
    let catalog = default_catalog();
    let parties = contoso();
    let premium = owned(&parties, "Microsoft 365 Business Premium");
    let mut store = MemoryStore::default();
    let mut numbers = Numbers::default();

    assert_eq!(
        refused(upgrade(&mut store, &catalog, &parties, MoveRequest { subscription: &premium.id, destination: &to(&catalog, "Office 365 E5"), seats: "" }, NOW, &mut numbers)),
        ["Microsoft 365 Business Premium can't be upgraded to Office 365 E5: it can be upgraded only to Microsoft 365 E3 (no Teams), Microsoft 365 E5 (no Teams), Microsoft 365 E3 or Microsoft 365 E5."]
    );
    assert_eq!(
        refused(upgrade(
            &mut store,
            &catalog,
            &parties,
            MoveRequest {
                subscription: &premium.id,
                destination: &to(&catalog, "Microsoft 365 E5"),
                seats: "300"
            },
            NOW,
            &mut numbers
        )),
        ["The subscription has 280 seats; 300 seats can't be moved."]
    );

    // Part of the seats: a new E5 subscription on the same term and billing, bought today.
    let moved = upgrade(
        &mut store,
        &catalog,
        &parties,
        MoveRequest {
            subscription: &premium.id,
            destination: &to(&catalog, "Microsoft 365 E5"),
            seats: "30",
        },
        NOW,
        &mut numbers,
    )
    .unwrap();
    assert_eq!(moved.seats, 30);
    let line = &moved.order.lines[0];
    assert_eq!((line.friendly_name.as_str(), line.quantity), ("Microsoft 365 E5", 30));
    assert_eq!(
        line.plan.map(|p| p.to_string()).as_deref(),
        Some("1 year, billed annually")
    );
    assert!(store
        .get(&StoredKey::Order(parties.customer.id.clone(), moved.order.id.clone()).to_string())
        .is_some());
    let changes = stored_changes(&mut store, &parties.customer.id).unwrap();
    let rows = subscription_rows(&parties.customer, &changes, NOW);
    let left = rows.iter().find(|r| r.subscription.id == premium.id).unwrap();
    assert_eq!(
        (left.life.quantity, left.life.status),
        (250, SubscriptionStatus::Active)
    );

    // The rest: the subscription is upgraded whole and ends.
    upgrade(
        &mut store,
        &catalog,
        &parties,
        MoveRequest {
            subscription: &premium.id,
            destination: &to(&catalog, "Microsoft 365 E3"),
            seats: "",
        },
        NOW,
        &mut numbers,
    )
    .unwrap();
    let changes = stored_changes(&mut store, &parties.customer.id).unwrap();
    let gone = subscription_rows(&parties.customer, &changes, NOW)
        .into_iter()
        .find(|r| r.subscription.id == premium.id)
        .unwrap();
    assert_eq!(
        (gone.life.quantity, gone.life.status),
        (0, SubscriptionStatus::Upgraded)
    );
}

#[test]
fn an_upgrade_is_a_purchase_the_rules_check() {
    // Wide World Importers never accepted the Microsoft Customer Agreement.
    let catalog = default_catalog();
    let wide_world = sample_customers(&catalog)
        .into_iter()
        .find(|c| c.id.as_str() == "wide-world-importers")
        .unwrap();
    let basic = wide_world.subscriptions[0].clone();
    let parties = Parties {
        partner: sample_partner(),
        customer: wide_world,
    };
    let mut store = MemoryStore::default();
    let result = upgrade(
        &mut store,
        &catalog,
        &parties,
        MoveRequest {
            subscription: &basic.id,
            destination: &to(&catalog, "Microsoft 365 Business Standard"),
            seats: "",
        },
        NOW,
        &mut Numbers::default(),
    );
    match result {
        Err(ChangeError::Blocked(problems)) => assert_eq!(
            problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["The customer has not accepted the Microsoft Customer Agreement."]
        ),
        other => panic!("{other:?}"),
    }
    assert!(store.keys().is_empty(), "nothing was stored");
}

#[test]
fn a_trial_converts_to_a_paid_edition_during_its_30_days() {
    let catalog = default_catalog();
    let mut parties = contoso();
    // A Power BI Pro trial started five days ago.
    let trial = common::offer_titled(&catalog, "Power BI Pro Trial");
    let started = datetime!(2026-11-19 09:00 UTC);
    let order = csp_catalog::domain::orders::place_order(
        &csp_catalog::domain::rules::Context::new(&catalog, &parties.partner, &parties.customer, started.date()),
        &csp_catalog::domain::cart::Cart::from_iter([csp_catalog::domain::cart::NewLine {
            offer: trial.id(),
            quantity: 25,
            plan: trial.availability.default_plan(),
        }]),
        "TRIAL-01".parse().unwrap(),
        started,
    )
    .unwrap();
    parties.customer = csp_catalog::domain::orders::with_orders(&parties.customer, [&order]);
    let trial_id = order.lines[0].subscription_id.clone();
    let mut store = MemoryStore::default();
    let mut numbers = Numbers::default();

    let paid = to(&catalog, "Power BI Pro");
    assert_eq!(
        destinations(
            &catalog,
            &parties
                .customer
                .subscriptions
                .iter()
                .find(|s| s.id == trial_id)
                .unwrap()
                .clone()
        )
        .into_iter()
        .map(|(_, t)| t)
        .collect::<Vec<_>>(),
        ["Power BI Pro"],
        "the paid base SKUs of its product, not its add-on"
    );
    let moved = convert_trial(
        &mut store,
        &catalog,
        &parties,
        MoveRequest {
            subscription: &trial_id,
            destination: &paid,
            seats: "10",
        },
        NOW,
        &mut numbers,
    )
    .unwrap();
    assert_eq!(
        (moved.order.lines[0].friendly_name.as_str(), moved.seats),
        ("Power BI Pro", 10)
    );
    let changes = stored_changes(&mut store, &parties.customer.id).unwrap();
    let rows = subscription_rows(&parties.customer, &changes, NOW);
    let converted = rows.iter().find(|r| r.subscription.id == trial_id).unwrap();
    assert_eq!(converted.life.status, SubscriptionStatus::Converted);
    // Thirty days on, it still reads as converted, not as a trial that ran out.
    let later = subscription_rows(&parties.customer, &changes, datetime!(2026-12-30 09:00 UTC));
    assert_eq!(
        later
            .iter()
            .find(|r| r.subscription.id == trial_id)
            .unwrap()
            .life
            .status,
        SubscriptionStatus::Converted
    );

    // The demo's Dynamics 365 Sales trial ran out in June.
    let expired = owned(&parties, "Dynamics 365 Sales Enterprise Trial");
    assert_eq!(
        refused(convert_trial(
            &mut store,
            &catalog,
            &parties,
            MoveRequest {
                subscription: &expired.id,
                destination: &to(&catalog, "Dynamics 365 Sales Enterprise"),
                seats: "5"
            },
            NOW,
            &mut numbers
        )),
        ["This subscription is expired: its seats can't change."]
    );
}

#[test]
fn an_add_on_is_its_own_subscription_and_runs_on_when_its_prerequisite_ends() {
    use csp_catalog::domain::cart::{Cart, NewLine};
    use csp_catalog::domain::orders::{place_order, with_orders};
    use csp_catalog::domain::rules::Context;

    let catalog = default_catalog();
    let parties = contoso();
    let buy = |customer: &csp_catalog::domain::customer::Customer, title: &str, number: &str, at: OffsetDateTime| {
        let offer = common::offer_titled(&catalog, title);
        place_order(
            &Context::new(&catalog, &parties.partner, customer, at.date()),
            &Cart::from_iter([NewLine {
                offer: offer.id(),
                quantity: 10,
                plan: offer.availability.default_plan(),
            }]),
            number.parse().unwrap(),
            at,
        )
        .unwrap()
    };
    // A new E3 subscription, then an add-on on it an hour later.
    let bought = datetime!(2026-11-24 09:00 UTC);
    let base_order = buy(&parties.customer, "Microsoft 365 E3", "BASE-01", bought);
    let with_base = with_orders(&parties.customer, [&base_order]);
    let add_on_order = buy(
        &with_base,
        "Microsoft 365 E5 Security",
        "ADDON-01",
        bought + time::Duration::hours(1),
    );
    // New commerce: the add-on is a subscription of its own. When the demo's E3 (February)
    // expires with auto-renew off, the add-on runs on to the end of its own term.
    let e3 = owned(&parties, "Microsoft 365 E3");
    let customer = with_orders(&parties.customer, [&base_order, &add_on_order]);
    let off = [Changed {
        subscription: e3.id.clone(),
        change: Change::AutoRenew { on: false, at: NOW },
    }];
    let later = subscription_rows(&customer, &off, datetime!(2027-02-10 09:00 UTC));
    let status_of = |name: &str, id: Option<&csp_catalog::domain::ids::SubscriptionId>| {
        later
            .iter()
            .find(|r| r.subscription.friendly_name == name && id.is_none_or(|id| r.subscription.id == *id))
            .unwrap()
            .life
            .status
    };
    assert_eq!(status_of("Microsoft 365 E3", Some(&e3.id)), SubscriptionStatus::Expired);
    assert_eq!(status_of("Microsoft 365 E5 Security", None), SubscriptionStatus::Active);
}

mod money_after_the_sale {
    //! Over random sequences of seats added and removed and a cancellation, on random hours
    //! of a subscription's first weeks (issue 26): the money refunded never exceeds the money
    //! billed, and the seats are always those bought plus those added less those removed.
    use super::*;
    use csp_catalog::app::buy::stored_order;
    use csp_catalog::app::orders::{cancel_line, order_account};
    use csp_catalog::app::store::save;
    use csp_catalog::domain::cart::{Cart, NewLine};
    use csp_catalog::domain::ids::CustomerId;
    use csp_catalog::domain::money::Money;
    use csp_catalog::domain::orders::{place_order, subscriptions_from, with_orders, Order};
    use csp_catalog::domain::rules::Context;
    use csp_catalog::domain::subscription::lifecycle::changes_to;
    use proptest::prelude::*;

    const BOUGHT: OffsetDateTime = datetime!(2026-11-02 09:00 UTC);

    #[derive(Clone, Copy, Debug)]
    enum Step {
        Add(u32),
        Remove(u32),
        Cancel,
    }

    fn step() -> impl Strategy<Value = (u32, Step)> {
        let what = prop_oneof![
            (1u32..6).prop_map(Step::Add),
            (1u32..6).prop_map(Step::Remove),
            Just(Step::Cancel),
        ];
        // Hours after the purchase, within its first billing month.
        (1u32..(24 * 26), what)
    }

    fn fabrikam() -> CustomerId {
        "fabrikam-gmbh".parse().unwrap()
    }

    pub(super) fn parties_after(orders: &[&Order]) -> Parties {
        let catalog = default_catalog();
        let customer = sample_customers(&catalog)
            .into_iter()
            .find(|c| c.id == fabrikam())
            .unwrap();
        Parties {
            partner: sample_partner(),
            customer: with_orders(&customer, orders.iter().copied()),
        }
    }

    fn buy(store: &mut MemoryStore, plan: Plan) -> Order {
        let catalog = default_catalog();
        let parties = parties_after(&[]);
        let context = Context::new(&catalog, &parties.partner, &parties.customer, BOUGHT.date());
        let offer = catalog.offers().find(|o| o.sku.title == "Power BI Pro").unwrap();
        let cart = Cart::from_iter([NewLine {
            offer: offer.id(),
            quantity: 10,
            plan: Some(plan),
        }]);
        let order = place_order(&context, &cart, "00000000000000B1".parse().unwrap(), BOUGHT).unwrap();
        save(store, &StoredKey::Order(fabrikam(), order.id.clone()), &order).unwrap();
        order
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn refunds_never_exceed_what_was_billed_and_seats_add_up(
            monthly in any::<bool>(),
            mut steps in proptest::collection::vec(step(), 1..8),
        ) {
            let catalog = default_catalog();
            let plan = Plan {
                term: TermDuration::OneYear,
                billing_frequency: if monthly { BillingFrequency::Monthly } else { BillingFrequency::Annual },
            };
            let mut store = MemoryStore::default();
            let mut order = buy(&mut store, plan);
            let subscription = order.lines[0].subscription_id.clone();
            steps.sort_by_key(|(hours, _)| *hours);
            let (mut added, mut removed) = (0u32, 0u32);
            let mut last = BOUGHT;
            for (hours, step) in steps {
                let now = BOUGHT + time::Duration::hours(i64::from(hours));
                last = now;
                let parties = parties_after(&[&order]);
                match step {
                    Step::Add(n) => if change_seats(&mut store, &catalog, &parties, &subscription, SeatAction::Add, &n.to_string(), now).is_ok() {
                        added += n;
                    },
                    Step::Remove(n) => if change_seats(&mut store, &catalog, &parties, &subscription, SeatAction::Remove, &n.to_string(), now).is_ok() {
                        removed += n;
                    },
                    Step::Cancel => {
                        let _ = cancel_line(&mut store,&csp_catalog::domain::catalog::default_catalog(), &fabrikam(), &order.id, csp_catalog::domain::ids::LineNumber(0), now);
                    }
                }
                order = stored_order(&mut store, &fabrikam(), &order.id).unwrap().unwrap();
            }
            let changes = stored_changes(&mut store, &fabrikam()).unwrap();
            let account = order_account(&csp_catalog::domain::catalog::default_catalog(), &order, &changes, last);
            let invoices = u64::from(plan.billing_frequency.invoices_per_term(plan.term));
            let first_invoice = Money::from_cents(order.lines[0].line_total.cents() / invoices);
            let charged: Money = account.entries.iter().filter(|e| e.what.is_charge()).map(|e| e.amount).sum();
            let refunded: Money = account.entries.iter().filter(|e| !e.what.is_charge()).map(|e| e.amount).sum();
            prop_assert!(refunded <= first_invoice + charged, "refunded {refunded} of {first_invoice} billed and {charged} charged: {:#?}", account.entries);
            let subscription = subscriptions_from([&order]).into_iter().next().unwrap();
            let life = Lifecycle::of(&subscription, &changes_to(&changes, &subscription.id), last);
            prop_assert_eq!(life.quantity, 10 + added - removed);
        }
    }
}

mod trials_convert_at_their_end {
    //! New-commerce trials convert to paid at the end of their 30 days unless auto-renew is
    //! turned off (issue 24, row 5): the surprise bill a trainee learns to prevent.
    use super::*;
    use csp_catalog::app::cart::OrderNumbers;
    use csp_catalog::app::store::save;
    use csp_catalog::app::subscriptions::convert_ended_trials;
    use csp_catalog::domain::cart::{Cart, NewLine};
    use csp_catalog::domain::ids::CustomerId;
    use csp_catalog::domain::orders::{place_order, Order};
    use csp_catalog::domain::rules::Context;

    const BOUGHT: OffsetDateTime = datetime!(2026-11-02 09:00 UTC);

    fn fabrikam() -> CustomerId {
        "fabrikam-gmbh".parse().unwrap()
    }

    struct Numbers(u32);
    impl OrderNumbers for Numbers {
        fn next_number(&mut self) -> csp_catalog::domain::ids::OrderId {
            self.0 += 1;
            format!("{:016X}", 0xC0_0000 + self.0).parse().unwrap()
        }
    }

    fn parties_with(orders: &[&Order]) -> Parties {
        super::money_after_the_sale::parties_after(orders)
    }

    fn buy_trial(store: &mut MemoryStore, title: &str) -> Order {
        let catalog = default_catalog();
        let parties = parties_with(&[]);
        let context = Context::new(&catalog, &parties.partner, &parties.customer, BOUGHT.date());
        let offer = catalog.offers().find(|o| o.sku.title == title).unwrap();
        let cart = Cart::from_iter([NewLine {
            offer: offer.id(),
            quantity: 25,
            plan: offer.availability.default_plan(),
        }]);
        let order = place_order(&context, &cart, "00000000000000A1".parse().unwrap(), BOUGHT).unwrap();
        save(store, &StoredKey::Order(fabrikam(), order.id.clone()), &order).unwrap();
        order
    }

    #[test]
    fn a_trial_with_auto_renew_on_becomes_a_paid_subscription_the_day_after_its_30_days() {
        let catalog = default_catalog();
        let mut store = MemoryStore::default();
        let order = buy_trial(&mut store, "Microsoft 365 Business Standard Trial");
        let trial_id = order.lines[0].subscription_id.clone();
        let rows = |store: &mut MemoryStore, orders: &[&Order], now| {
            let parties = parties_with(orders);
            subscription_rows(&parties.customer, &stored_changes(store, &fabrikam()).unwrap(), now)
        };

        // Just bought: auto-renew shows on, and the day it converts is known.
        let now = BOUGHT + time::Duration::hours(1);
        let trial = rows(&mut store, &[&order], now)
            .into_iter()
            .find(|r| r.subscription.id == trial_id)
            .unwrap();
        assert!(
            trial.life.auto_renew,
            "new-commerce trials convert unless auto-renew is turned off"
        );
        assert_eq!(trial.life.converts_on(), Some(date!(2026 - 12 - 02)));

        // On its 30th day nothing happens yet.
        let last_day = datetime!(2026-12-01 18:00 UTC);
        let parties = parties_with(&[&order]);
        assert!(convert_ended_trials(&mut store, &catalog, &parties, last_day, &mut Numbers(0)).is_empty());

        // The day after, the paid subscription is bought at midnight UTC with the trial's seats.
        let after = datetime!(2026-12-02 08:00 UTC);
        let parties = parties_with(&[&order]);
        let ended = convert_ended_trials(&mut store, &catalog, &parties, after, &mut Numbers(0));
        assert_eq!(ended.len(), 1);
        assert_eq!(ended[0].on, date!(2026 - 12 - 02));
        let moved = ended[0].outcome.clone().unwrap();
        assert_eq!(moved.order.created_at, datetime!(2026-12-02 00:00 UTC));
        let line = &moved.order.lines[0];
        assert_eq!(
            (line.friendly_name.as_str(), line.quantity),
            ("Microsoft 365 Business Standard", 25)
        );
        assert!(line.line_total.cents() > 0, "a bill");
        // Done once: shown again, nothing more is bought.
        let parties = parties_with(&[&order, &moved.order]);
        assert!(convert_ended_trials(&mut store, &catalog, &parties, after, &mut Numbers(1)).is_empty());
        let trial = rows(&mut store, &[&order, &moved.order], after)
            .into_iter()
            .find(|r| r.subscription.id == trial_id)
            .unwrap();
        assert_eq!(trial.life.status, SubscriptionStatus::Converted);
    }

    #[test]
    fn turning_auto_renew_off_lets_the_trial_end_with_no_bill() {
        let catalog = default_catalog();
        let mut store = MemoryStore::default();
        let order = buy_trial(&mut store, "Microsoft 365 Business Standard Trial");
        let trial_id = order.lines[0].subscription_id.clone();
        let soon = BOUGHT + time::Duration::days(3);
        let parties = parties_with(&[&order]);
        set_auto_renew(&mut store, &catalog, &parties.customer, &trial_id, false, soon).unwrap();
        let after = datetime!(2026-12-05 08:00 UTC);
        let parties = parties_with(&[&order]);
        assert!(convert_ended_trials(&mut store, &catalog, &parties, after, &mut Numbers(0)).is_empty());
        let rows = subscription_rows(
            &parties.customer,
            &stored_changes(&mut store, &fabrikam()).unwrap(),
            after,
        );
        let trial = rows.iter().find(|r| r.subscription.id == trial_id).unwrap();
        assert_eq!(trial.life.status, SubscriptionStatus::Expired);
        assert_eq!(trial.life.converts_on(), None);
    }
}

/// Upgrades `seats` of `from` to the SKU titled `title` at [`NOW`].
fn upgrade_now(
    store: &mut MemoryStore,
    parties: &Parties,
    from: &Subscription,
    title: &str,
    seats: &str,
) -> csp_catalog::app::subscriptions::Moved {
    let catalog = default_catalog();
    let request = MoveRequest {
        subscription: &from.id,
        destination: &to(&catalog, title),
        seats,
    };
    upgrade(store, &catalog, parties, request, NOW, &mut Numbers::default()).unwrap()
}

#[test]
fn an_upgrade_keeps_the_term_end_and_the_cancellation_window_of_the_subscription_it_came_from() {
    use csp_catalog::domain::orders::{refund_for, CancelError};
    let parties = contoso();
    let premium = owned(&parties, "Microsoft 365 Business Premium");
    let premium_life = Lifecycle::of(&premium, &[], NOW);
    let premium_term = premium_life.term.unwrap();
    let mut store = MemoryStore::default();
    let moved = upgrade_now(&mut store, &parties, &premium, "Microsoft 365 E5", "30");
    let line = &moved.order.lines[0];
    // Not a fresh year from today: the term ends with Business Premium's, priced for those days.
    assert_eq!(line.coterm.map(|c| c.ends), Some(premium_term.ends));
    let full_year = line.unit_price.cents() * 30;
    let days = (premium_term.ends - NOW.date()).whole_days() + 1;
    assert_eq!(line.line_total.cents(), full_year * days as u64 / 365);
    assert_eq!(moved.order.total, line.line_total);
    let changes = stored_changes(&mut store, &parties.customer.id).unwrap();
    let mut customer = parties.customer.clone();
    customer
        .subscriptions
        .extend(csp_catalog::domain::orders::subscriptions_from([&moved.order]));
    let rows = subscription_rows(&customer, &changes, NOW);
    let e5 = rows.iter().find(|r| r.subscription.id == line.subscription_id).unwrap();
    assert_eq!(e5.life.term.map(|t| t.ends), Some(premium_term.ends));
    // And no fresh week to cancel in: Business Premium's window closed long ago.
    assert!(matches!(
        refund_for(
            &moved.order,
            line,
            NOW + time::Duration::hours(1),
            csp_catalog::domain::money::Money::ZERO
        ),
        Err(CancelError::WindowClosed { .. })
    ));
}

#[test]
fn a_partial_upgrade_made_within_the_window_can_be_cancelled_only_until_the_original_window_closes() {
    use csp_catalog::domain::orders::refund_for;
    let catalog = default_catalog();
    let mut parties = contoso();
    // A Business Standard bought two days ago: its window closes in five days.
    let bought = NOW - time::Duration::days(2);
    let standard = catalog
        .offers()
        .find(|o| o.sku.title == "Microsoft 365 Business Standard")
        .unwrap();
    common::subscribe(
        &mut parties.customer,
        standard.id(),
        standard,
        10,
        bought.date(),
        SubscriptionStatus::Active,
    );
    let standard_sub = parties.customer.subscriptions.last().unwrap().clone();
    let mut store = MemoryStore::default();
    let moved = upgrade_now(
        &mut store,
        &parties,
        &standard_sub,
        "Microsoft 365 Business Premium",
        "4",
    );
    let line = &moved.order.lines[0];
    let window_opened = bought.date().midnight().assume_utc();
    assert_eq!(line.coterm.and_then(|c| c.window_opened), Some(window_opened));
    let closes = window_opened + time::Duration::hours(168);
    let zero = csp_catalog::domain::money::Money::ZERO;
    assert!(refund_for(&moved.order, line, closes - time::Duration::minutes(1), zero).is_ok());
    assert!(
        refund_for(&moved.order, line, closes + time::Duration::minutes(1), zero).is_err(),
        "not 168 hours from the upgrade"
    );
}

#[test]
fn software_subscriptions_and_azure_reservations_never_have_seats_removed() {
    use csp_catalog::domain::catalog::ProductCategory;
    use csp_catalog::domain::orders::CancellationPolicy;
    let catalog = default_catalog();
    let mut parties = contoso();
    let software = catalog
        .offers()
        .find(|o| o.product.category == ProductCategory::Software && !o.availability.terms.is_empty())
        .unwrap();
    let reservation = catalog
        .offers()
        .find(|o| CancellationPolicy::of(*o) == CancellationPolicy::Reservation)
        .unwrap();
    let mut store = MemoryStore::default();
    for (offer, said) in [
        (software, "Partner Center allows no license reduction on a software subscription: it can be cancelled within its window, and its quantity changed for the next term."),
        (reservation, "An Azure reservation's quantity is never reduced: it is exchanged or refunded (cancelled) instead."),
    ] {
        // Bought an hour ago: even within the window, no seats come off.
        common::subscribe(&mut parties.customer, offer.id(), offer, 3, NOW.date(), SubscriptionStatus::Active);
        let id = parties.customer.subscriptions.last().unwrap().id.clone();
        assert_eq!(
            refused(change_seats(&mut store, &catalog, &parties, &id, SeatAction::Remove, "1", NOW)),
            [said]
        );
    }
}

#[test]
fn a_renewal_can_change_the_edition_and_a_change_mid_term_clears_what_was_scheduled() {
    // Partner Center, "Schedule changes for a new commerce subscription": the quantity, term,
    // billing frequency and SKU of the next term, a downgrade included; a change made mid-term
    // removes what was scheduled.
    let catalog = default_catalog();
    let parties = contoso();
    let e3 = owned(&parties, "Microsoft 365 E3");
    let mut store = MemoryStore::default();
    let sku = |title: &str| common::offer_titled(&catalog, title).product_sku();
    let editions: Vec<String> = csp_catalog::app::subscriptions::renewal_editions(&catalog, &e3)
        .into_iter()
        .map(|(_, title)| title)
        .collect();
    assert!(editions.contains(&"Microsoft 365 E5".to_string()), "up: {editions:?}");
    assert!(
        editions.contains(&"Microsoft 365 Business Premium".to_string()),
        "down: {editions:?}"
    );
    let as_e5 = sku("Microsoft 365 E5");
    let request = |quantity, sku| RenewalRequest {
        quantity,
        plan: YEAR_MONTHLY,
        sku,
    };
    let power_bi = sku("Power BI Pro");
    assert!(matches!(
        set_renewal(
            &mut store,
            &catalog,
            &parties,
            &e3.id,
            request("40", Some(&power_bi)),
            NOW
        ),
        Err(ChangeError::NotARenewalEdition)
    ));
    set_renewal(&mut store, &catalog, &parties, &e3.id, request("40", Some(&as_e5)), NOW).unwrap();
    let changes = stored_changes(&mut store, &parties.customer.id).unwrap();
    let scheduled = life(&e3, &changes.iter().map(|c| c.change.clone()).collect::<Vec<_>>(), NOW);
    let renewal = scheduled.at_renewal.clone().unwrap();
    assert_eq!(
        (renewal.quantity, renewal.to.map(|t| t.product_sku())),
        (40, Some(as_e5.clone()))
    );

    // On 10 February 2027 it renews as E5 with 40 seats, and the rules see E5.
    let renewed_at = datetime!(2027-02-10 09:00 UTC);
    let after = standing(&parties.customer, &changes, renewed_at);
    let renewed = after.subscriptions.iter().find(|s| s.id == e3.id).unwrap();
    assert_eq!((renewed.offer.product_sku(), renewed.quantity), (as_e5, 40));

    // Seats added mid-term clear the schedule: the next term is this one again.
    change_seats(
        &mut store,
        &catalog,
        &parties,
        &e3.id,
        SeatAction::Add,
        "5",
        NOW + time::Duration::hours(1),
    )
    .unwrap();
    let changes = stored_changes(&mut store, &parties.customer.id).unwrap();
    let cleared = subscription_rows(&parties.customer, &changes, NOW + time::Duration::hours(2));
    let row = cleared.iter().find(|r| r.subscription.id == e3.id).unwrap();
    assert_eq!(row.life.at_renewal, None);
    assert_eq!(
        standing(&parties.customer, &changes, renewed_at)
            .subscriptions
            .iter()
            .find(|s| s.id == e3.id)
            .map(|s| (s.offer.product_sku(), s.quantity)),
        Some((e3.offer.product_sku(), 55))
    );
}

#[test]
fn a_term_can_get_longer_mid_term_but_never_shorter() {
    // "Manage term duration and billing frequency": to a longer term at any time, never back.
    use csp_catalog::app::orders::{order_account, EntryKind};
    use csp_catalog::app::store::save;
    use csp_catalog::app::subscriptions::lengthen_term;
    use csp_catalog::domain::cart::{Cart, NewLine};
    use csp_catalog::domain::orders::place_order;
    use csp_catalog::domain::rules::Context;
    let catalog = default_catalog();
    let bought = datetime!(2026-11-02 09:00 UTC);
    let parties = money_after_the_sale::parties_after(&[]);
    let offer = catalog.offers().find(|o| o.sku.title == "Power BI Pro").unwrap();
    let monthly_term = Plan {
        term: TermDuration::OneMonth,
        billing_frequency: BillingFrequency::Monthly,
    };
    let cart = Cart::from_iter([NewLine {
        offer: offer.id(),
        quantity: 10,
        plan: Some(monthly_term),
    }]);
    let context = Context::new(&catalog, &parties.partner, &parties.customer, bought.date());
    let order = place_order(&context, &cart, "00000000000000D1".parse().unwrap(), bought).unwrap();
    let mut store = MemoryStore::default();
    save(
        &mut store,
        &StoredKey::Order(parties.customer.id.clone(), order.id.clone()),
        &order,
    )
    .unwrap();
    let parties = money_after_the_sale::parties_after(&[&order]);
    let id = order.lines[0].subscription_id.clone();
    let now = datetime!(2026-11-12 09:00 UTC);

    let changed = lengthen_term(&mut store, &catalog, &parties.customer, &id, YEAR_MONTHLY, now).unwrap();
    assert!(changed.charge.cents() > 0 && changed.credit.cents() > 0);
    let changes = stored_changes(&mut store, &parties.customer.id).unwrap();
    let rows = subscription_rows(&parties.customer, &changes, now);
    let row = rows.iter().find(|r| r.subscription.id == id).unwrap();
    assert_eq!(row.life.plan, Some(YEAR_MONTHLY));
    assert_eq!(
        row.life.term.map(|t| (t.starts, t.ends)),
        Some((date!(2026 - 11 - 12), date!(2027 - 11 - 11))),
        "a new term from the day of the change"
    );
    let account = order_account(&catalog, &order, &changes, now);
    let kinds: Vec<EntryKind> = account.entries.iter().map(|e| e.what).collect();
    assert_eq!(kinds, [EntryKind::TermLengthened, EntryKind::TermCredit]);

    // Back to a month: never mid-term.
    assert_eq!(
        refused(lengthen_term(&mut store, &catalog, &parties.customer, &id, monthly_term, now)),
        ["Mid-term a term can only get longer than its 1 year, never shorter; a shorter term or another billing frequency is set for the renewal."]
    );
}
