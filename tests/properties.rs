#![cfg(not(target_arch = "wasm32"))]
//! Properties of the rules engine over random partners, customers, days and offers of the
//! built-in catalog.

mod common;

use std::sync::OnceLock;

use common::*;
use csp_catalog::domain::catalog::{default_catalog, Catalog};
use csp_catalog::domain::country::country;
use csp_catalog::domain::customer::{Customer, Qualification, QualificationStatus};
use csp_catalog::domain::partner::{Partner, PartnerType, ResellerQualification};
use csp_catalog::domain::rules::{Context, Verdict, Verdicts};
use csp_catalog::domain::subscription::SubscriptionStatus;
use proptest::prelude::*;
use time::{Date, Duration};

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(default_catalog)
}

const COUNTRIES: [&str; 8] = ["US", "DE", "SK", "GB", "FR", "JP", "CA", "NO"];

fn any_day() -> impl Strategy<Value = Date> {
    // 2019-06-01 .. 2028-06-01: spans the agreement cut-off and every price-list boundary.
    (0i64..3288).prop_map(|n| Date::from_calendar_date(2019, time::Month::June, 1).unwrap() + Duration::days(n))
}

fn any_status() -> impl Strategy<Value = QualificationStatus> {
    prop_oneof![
        Just(QualificationStatus::Approved),
        any_day().prop_map(|since| QualificationStatus::InReview { since }),
        Just(QualificationStatus::Denied {
            reason: "Not eligible".into()
        }),
    ]
}

fn any_partner() -> impl Strategy<Value = Partner> {
    (
        prop::sample::select(COUNTRIES.to_vec()),
        prop::sample::select(PartnerType::ALL.to_vec()),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(code, partner_type, validated, provider)| {
            let mut partner = partner_in(code);
            partner.partner_type = partner_type;
            if validated {
                partner
                    .reseller_qualifications
                    .push(ResellerQualification::UsGovernmentCloud);
            }
            partner.indirect_provider = provider.then(|| "Provider".to_string());
            partner
        })
}

fn any_customer() -> impl Strategy<Value = Customer> {
    let offer_count = catalog().offers().count();
    (
        prop::sample::select(COUNTRIES.to_vec()),
        prop::option::of((prop::sample::select(Qualification::ALL.to_vec()), any_status())),
        prop::option::of(any_day()),
        prop::collection::vec((0..offer_count, 1u32..400, any_day(), 0u8..3), 0..6),
    )
        .prop_map(|(code, qualification, agreement, owned)| {
            let mut customer = customer_in(code);
            if let Some((q, status)) = qualification {
                customer = with_qualification(customer, q, status);
            }
            match agreement {
                Some(day) => customer.agreement.as_mut().unwrap().accepted_on = day,
                None => customer.agreement = None,
            }
            for (index, quantity, day, status) in owned {
                let offer = catalog().offers().nth(index).unwrap();
                let status = [
                    SubscriptionStatus::Active,
                    SubscriptionStatus::Expired,
                    SubscriptionStatus::Cancelled,
                ][usize::from(status)];
                subscribe(&mut customer, offer.id(), offer, quantity, day, status);
            }
            customer.tenant_country = country(code);
            customer
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_verdict_allows_exactly_when_it_has_no_reasons(
        partner in any_partner(),
        customer in any_customer(),
        day in any_day(),
    ) {
        let context = Context::new(catalog(), &partner, &customer, day);
        for (_, verdict) in context.verdicts().iter() {
            prop_assert_eq!(verdict.is_allowed(), verdict.reasons().is_empty());
            if let Verdict::Blocked(reasons) = &verdict {
                prop_assert!(!reasons.is_empty());
                // Reasons come in rule order, each rule at most once.
                let rules: Vec<_> = reasons.iter().map(|r| r.rule()).collect();
                let mut sorted = rules.clone();
                sorted.sort();
                sorted.dedup();
                prop_assert_eq!(rules, sorted);
            }
        }
    }

    #[test]
    fn evaluation_is_deterministic(
        partner in any_partner(),
        customer in any_customer(),
        day in any_day(),
    ) {
        let first: Verdicts = Context::new(catalog(), &partner, &customer, day).verdicts();
        let again: Verdicts = Context::new(catalog(), &partner.clone(), &customer.clone(), day).verdicts();
        prop_assert_eq!(first, again);
    }

    #[test]
    fn the_whole_catalog_pass_agrees_with_evaluating_each_offer_alone(
        partner in any_partner(),
        customer in any_customer(),
        day in any_day(),
    ) {
        let context = Context::new(catalog(), &partner, &customer, day);
        let one_by_one: Verdicts = catalog().offers().map(|offer| context.evaluate(offer)).collect();
        prop_assert_eq!(context.verdicts(), one_by_one);
    }

    #[test]
    fn any_typed_quantity_is_accepted_or_explained_never_a_panic(
        customer in any_customer(),
        input in prop_oneof!["[0-9]{0,12}", "-?[0-9]{1,4}", "\\PC{0,12}"],
        index in 0usize..165,
    ) {
        let partner = partner_in("US");
        let context = Context::new(catalog(), &partner, &customer, TODAY);
        let offer = catalog().offers().nth(index % catalog().offers().count()).unwrap();
        match context.check_quantity(offer, &input) {
            Ok(quantity) => {
                let limits = context.quantity_limits(offer);
                prop_assert!(quantity >= limits.minimum && quantity <= limits.maximum);
            }
            Err(reasons) => prop_assert!(!reasons.is_empty()),
        }
    }
}
