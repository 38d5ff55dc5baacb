#![cfg(not(target_arch = "wasm32"))]
//! The rules engine, rule by rule, with the sentences a trainee reads.

mod common;

use common::*;
use csp_catalog::domain::catalog::builder::{product, sku};
use csp_catalog::domain::catalog::{default_catalog, BusinessCategory, ProductCategory, Segment};
use csp_catalog::domain::country::country;
use csp_catalog::domain::customer::{Qualification, QualificationStatus};
use csp_catalog::domain::partner::{PartnerType, ResellerQualification};
use csp_catalog::domain::rules::{purchase_rule, rule_book, Context, Reason, Rule, Verdict};
use csp_catalog::domain::sample::{sample_customers, sample_partner};
use csp_catalog::domain::subscription::SubscriptionStatus;
use time::macros::date;

// ---------------------------------------------------------------------------------------
// Purchase rules for special segments: every cell, written out here independently of the
// engine's table so that a wrong table fails.
// ---------------------------------------------------------------------------------------

/// (customer qualification, [Commercial, Education, Nonprofit, Government] can be sold?)
const EXPECTED_TABLE: [(Qualification, [bool; 4]); 7] = [
    (Qualification::None, [true, false, false, false]),
    (Qualification::Nonprofit, [true, false, true, false]),
    (Qualification::Education, [true, true, false, false]),
    (Qualification::GovernmentCommunityCloud, [false, false, false, true]),
    (Qualification::StateOwnedEntity, [true, false, false, false]),
    (Qualification::EducationStateOwnedEntity, [true, true, false, false]),
    (
        Qualification::GovernmentCommunityCloudStateOwnedEntity,
        [false, false, false, true],
    ),
];
const SEGMENTS: [Segment; 4] = [
    Segment::Commercial,
    Segment::Education,
    Segment::Nonprofit,
    Segment::Government,
];

#[test]
fn every_cell_of_the_purchase_rules_table_decides_the_verdict() {
    // A partner validated for GCC: this test is about the customer's side only.
    let mut partner = partner_in("US");
    partner.reseller_qualifications = vec![ResellerQualification::GovernmentCommunityCloud];
    for (qualification, row) in EXPECTED_TABLE {
        for (segment, expected) in SEGMENTS.into_iter().zip(row) {
            let catalog = one_offer_catalog(plain_sku().segment(segment).countries(&["US"]));
            let customer = match qualification {
                Qualification::None => customer_in("US"),
                q => approved(customer_in("US"), q),
            };
            let got = reasons(&catalog, &partner, &customer, first_offer(&catalog));
            if expected {
                assert!(got.is_empty(), "{qualification:?} should buy {segment:?}: {got:?}");
            } else {
                assert_eq!(
                    got,
                    vec![Reason::SegmentNotAllowed { segment, qualification }],
                    "{qualification:?} must not buy {segment:?}"
                );
            }
        }
    }
}

#[test]
fn the_engine_table_has_one_row_per_qualification_and_matches_the_documented_table() {
    for (qualification, row) in EXPECTED_TABLE {
        let rule = purchase_rule(qualification);
        let can: Vec<bool> = SEGMENTS.iter().map(|s| rule.allows(*s)).collect();
        assert_eq!(can, row, "{qualification:?}");
        let cannot: Vec<Segment> = SEGMENTS
            .into_iter()
            .zip(row)
            .filter(|(_, ok)| !ok)
            .map(|(s, _)| s)
            .collect();
        assert_eq!(rule.cannot_buy(), cannot, "{qualification:?}");
    }
    assert_eq!(rule_book().purchase_rules.len(), 7);
}

#[test]
fn education_offers_need_an_education_customer() {
    let catalog = one_offer_catalog(plain_sku().segment(Segment::Education));
    let got = reasons(&catalog, &partner_in("US"), &customer_in("US"), first_offer(&catalog));
    assert_eq!(
        sentences(&got),
        ["Education offers can't be sold to a commercial customer (no approved special qualification)."]
    );
}

#[test]
fn gcc_customer_cannot_buy_commercial_offers() {
    let catalog = one_offer_catalog(plain_sku());
    let customer = approved(customer_in("US"), Qualification::GovernmentCommunityCloud);
    let got = reasons(&catalog, &partner_in("US"), &customer, first_offer(&catalog));
    assert_eq!(
        sentences(&got),
        ["Commercial offers can't be sold to a Government Community Cloud customer."]
    );
}

#[test]
fn a_segment_sentence_takes_the_article_its_qualification_needs() {
    let catalog = one_offer_catalog(plain_sku().segment(Segment::Nonprofit));
    let education = approved(customer_in("US"), Qualification::Education);
    assert_eq!(
        sentences(&reasons(&catalog, &partner_in("US"), &education, first_offer(&catalog))),
        ["Nonprofit offers can't be sold to an Education customer."]
    );
    let soe = approved(customer_in("NO"), Qualification::StateOwnedEntity);
    assert_eq!(
        sentences(&reasons(&catalog, &partner_in("NO"), &soe, first_offer(&catalog))),
        ["Nonprofit offers can't be sold to a State Owned Entity customer."]
    );
}

// ---------------------------------------------------------------------------------------
// Qualification status
// ---------------------------------------------------------------------------------------

#[test]
fn a_qualification_in_review_does_not_count_yet() {
    let catalog = one_offer_catalog(plain_sku().segment(Segment::Education));
    let customer = with_qualification(
        customer_in("GB"),
        Qualification::Education,
        QualificationStatus::InReview {
            since: date!(2026 - 11 - 02),
        },
    );
    let got = reasons(&catalog, &partner_in("GB"), &customer, first_offer(&catalog));
    assert_eq!(
        sentences(&got),
        ["Education offers need an approved Education qualification; this customer's application has been in review since 2 November 2026."]
    );
    assert_eq!(got[0].rule(), Rule::QualificationApproved);
}

#[test]
fn a_denied_qualification_names_the_reason_it_was_denied() {
    let catalog = one_offer_catalog(plain_sku().segment(Segment::Nonprofit));
    let customer = with_qualification(
        customer_in("US"),
        Qualification::Nonprofit,
        QualificationStatus::Denied {
            reason: "Not registered with the Microsoft nonprofit program".into(),
        },
    );
    let got = reasons(&catalog, &partner_in("US"), &customer, first_offer(&catalog));
    assert_eq!(
        sentences(&got),
        ["Nonprofit offers need an approved Nonprofit qualification; this customer's application was denied (Not registered with the Microsoft nonprofit program)."]
    );
}

#[test]
fn a_customer_whose_qualification_is_pending_still_buys_commercial() {
    let catalog = one_offer_catalog(plain_sku());
    let customer = with_qualification(
        customer_in("US"),
        Qualification::GovernmentCommunityCloud,
        QualificationStatus::InReview {
            since: date!(2026 - 10 - 01),
        },
    );
    assert_eq!(
        verdict(&catalog, &partner_in("US"), &customer, first_offer(&catalog)),
        Verdict::Allowed
    );
}

// ---------------------------------------------------------------------------------------
// GCC lock
// ---------------------------------------------------------------------------------------

#[test]
fn owning_a_gcc_subscription_locks_the_customer_to_gcc() {
    let catalog = catalog_of(vec![
        online_service(
            "TESTGCC00001",
            sku("0001", "Test G3")
                .segment(Segment::Government)
                .monthly(3200)
                .countries(&["US"]),
        ),
        online_service("TESTCOMM0001", plain_sku()),
    ]);
    let gcc = offer_titled(&catalog, "Test G3");
    let commercial = offer_titled(&catalog, "Test license");
    // Qualification was later removed, but the GCC subscription remains.
    let customer = owning(customer_in("US"), gcc, 10, date!(2025 - 01 - 01));
    let got = reasons(&catalog, &partner_in("US"), &customer, commercial);
    assert_eq!(
        sentences(&got),
        ["The customer owns a Government Community Cloud subscription (Test G3), so only Government Community Cloud offers can be bought for it."]
    );
}

#[test]
fn a_cancelled_gcc_subscription_no_longer_locks() {
    let catalog = catalog_of(vec![
        online_service(
            "TESTGCC00001",
            sku("0001", "Test G3")
                .segment(Segment::Government)
                .monthly(3200)
                .countries(&["US"]),
        ),
        online_service("TESTCOMM0001", plain_sku()),
    ]);
    let gcc = offer_titled(&catalog, "Test G3");
    let mut customer = customer_in("US");
    subscribe(
        &mut customer,
        gcc.id(),
        gcc,
        10,
        date!(2025 - 01 - 01),
        SubscriptionStatus::Cancelled,
    );
    let commercial = offer_titled(&catalog, "Test license");
    assert!(verdict(&catalog, &partner_in("US"), &customer, commercial).is_allowed());
}

// ---------------------------------------------------------------------------------------
// Reseller side
// ---------------------------------------------------------------------------------------

fn azure_government_catalog() -> csp_catalog::domain::catalog::Catalog {
    catalog_of(vec![
        product(
            "TESTAZGOV001",
            "Azure plan for US Government",
            ProductCategory::Azure,
            BusinessCategory::Compute,
            "Azure Government.",
        )
        .usage()
        .sku(
            sku("0001", "Azure plan for US Government")
                .segment(Segment::Government)
                .countries(&["US"])
                .quantity(1, 1),
        ),
        online_service(
            "TESTGCC00001",
            sku("0001", "Test G3")
                .segment(Segment::Government)
                .monthly(3200)
                .countries(&["US"]),
        ),
    ])
}

#[test]
fn selling_azure_to_government_needs_the_us_government_cloud_validation() {
    let catalog = azure_government_catalog();
    let customer = approved(customer_in("US"), Qualification::GovernmentCommunityCloud);
    let azure = offer_titled(&catalog, "Azure plan for US Government");
    let got = reasons(&catalog, &partner_in("US"), &customer, azure);
    assert_eq!(
        sentences(&got),
        ["Selling Azure to Government Community Cloud customers needs the partner's US Government Cloud validation, which the partner doesn't have."]
    );

    let mut validated = partner_in("US");
    validated
        .reseller_qualifications
        .push(ResellerQualification::UsGovernmentCloud);
    assert!(verdict(&catalog, &validated, &customer, azure).is_allowed());
}

#[test]
fn license_based_government_subscriptions_need_the_partners_gcc_validation() {
    // Source: Partner Center API, "Get a partner's validation codes": a GCC validation code,
    // given after the Government Community Cloud Eligibility Intake Form, is required to create
    // a GCC customer. The 2020 seeds said license-based GCC needed no reseller qualification.
    let catalog = azure_government_catalog();
    let customer = approved(customer_in("US"), Qualification::GovernmentCommunityCloud);
    let g3 = offer_titled(&catalog, "Test G3");
    let got = reasons(&catalog, &partner_in("US"), &customer, g3);
    assert_eq!(
        sentences(&got),
        vec!["Selling Online services to Government Community Cloud customers needs the partner's GCC validation, which the partner doesn't have."]
    );
    let mut validated = partner_in("US");
    validated.reseller_qualifications = vec![ResellerQualification::GovernmentCommunityCloud];
    assert!(verdict(&catalog, &validated, &customer, g3).is_allowed());
    // GCC validation is not the Azure one: Azure for Government still needs US Government Cloud.
    let azure = offer_titled(&catalog, "Azure plan for US Government");
    assert!(reasons(&catalog, &validated, &customer, azure).iter().any(|r| matches!(
        r,
        Reason::PartnerNotQualified {
            needs: ResellerQualification::UsGovernmentCloud,
            ..
        }
    )));
}

#[test]
fn the_demo_partner_is_not_gcc_validated_so_alder_county_cant_buy_g5_until_it_is() {
    // The story: a partner without GCC validation sold G5 GCC to Alder County.
    let catalog = default_catalog();
    let alder = sample_customers(&catalog)
        .into_iter()
        .find(|c| c.id.as_str() == "alder-county")
        .expect("Alder County");
    let g5 = offer_titled(&catalog, "Microsoft 365 G5 GCC");
    let partner = sample_partner();
    assert!(reasons(&catalog, &partner, &alder, g5)
        .iter()
        .any(|r| r.rule() == Rule::ResellerQualification));
    let mut validated = partner;
    validated
        .reseller_qualifications
        .push(ResellerQualification::GovernmentCommunityCloud);
    assert!(verdict(&catalog, &validated, &alder, g5).is_allowed());
}

#[test]
fn an_indirect_reseller_places_no_order_itself_whatever_the_offer() {
    // Source: Partner Center, "Partner with indirect resellers in the Cloud Solution Provider
    // program" and "Create an order for a customer of an indirect reseller": the indirect
    // provider buys from Microsoft and places the order, with the reseller as partner of record.
    let commercial = one_offer_catalog(plain_sku());
    let education = one_offer_catalog(plain_sku().segment(Segment::Education));
    let mut reseller = partner_in("US");
    reseller.partner_type = PartnerType::IndirectReseller;
    reseller.indirect_provider = Some("Contoso Distribution".into());
    let got = reasons(&commercial, &reseller, &customer_in("US"), first_offer(&commercial));
    assert_eq!(
        sentences(&got),
        vec!["Indirect resellers don't place orders in Partner Center: Contoso Distribution, the partner's indirect provider, places them for its customers."]
    );
    let student = approved(customer_in("US"), Qualification::Education);
    assert_eq!(
        reasons(&education, &reseller, &student, first_offer(&education)),
        got,
        "Education offers are no exception"
    );

    reseller.indirect_provider = None;
    let got = reasons(&commercial, &reseller, &customer_in("US"), first_offer(&commercial));
    assert!(
        sentences(&got)[0].ends_with("the partner profile names none."),
        "{got:?}"
    );

    let mut direct = reseller.clone();
    direct.partner_type = PartnerType::DirectBill;
    assert!(verdict(&commercial, &direct, &customer_in("US"), first_offer(&commercial)).is_allowed());
}

// ---------------------------------------------------------------------------------------
// Add-ons
// ---------------------------------------------------------------------------------------

fn add_on_catalog() -> csp_catalog::domain::catalog::Catalog {
    catalog_of(vec![
        online_service("TESTBASE0001", sku("0001", "Test E3").monthly(3600)),
        online_service("TESTBASE0002", sku("0001", "Test Business Premium").monthly(2200)),
        online_service(
            "TESTADDON001",
            sku("0001", "Test Phone add-on")
                .monthly(800)
                .add_on(&["TESTBASE0001:0001", "TESTBASE0002:0001"]),
        ),
    ])
}

#[test]
fn an_add_on_without_its_base_names_the_bases_it_could_attach_to() {
    let catalog = add_on_catalog();
    let add_on = offer_titled(&catalog, "Test Phone add-on");
    let got = reasons(&catalog, &partner_in("US"), &customer_in("US"), add_on);
    assert_eq!(
        sentences(&got),
        ["This add-on needs a base subscription the customer doesn't own: Test E3 or Test Business Premium."]
    );
}

#[test]
fn an_add_on_becomes_buyable_once_any_compatible_base_is_owned() {
    let catalog = add_on_catalog();
    let base = offer_titled(&catalog, "Test Business Premium");
    let customer = owning(customer_in("US"), base, 20, date!(2026 - 01 - 10));
    let add_on = offer_titled(&catalog, "Test Phone add-on");
    assert_eq!(
        verdict(&catalog, &partner_in("US"), &customer, add_on),
        Verdict::Allowed
    );
}

#[test]
fn an_expired_base_does_not_carry_an_add_on() {
    let catalog = add_on_catalog();
    let base = offer_titled(&catalog, "Test E3");
    let mut customer = customer_in("US");
    subscribe(
        &mut customer,
        base.id(),
        base,
        5,
        date!(2024 - 01 - 10),
        SubscriptionStatus::Expired,
    );
    let add_on = offer_titled(&catalog, "Test Phone add-on");
    assert_eq!(
        reasons(&catalog, &partner_in("US"), &customer, add_on)[0].rule(),
        Rule::AddOnBase
    );
}

// ---------------------------------------------------------------------------------------
// Countries: the partner's and the customer's
// ---------------------------------------------------------------------------------------

#[test]
fn business_central_premium_cannot_be_sold_by_a_slovak_partner_to_a_german_customer() {
    let catalog = default_catalog();
    let offer = offer_titled(&catalog, "Dynamics 365 Business Central Premium");
    let got = reasons(&catalog, &partner_in("SK"), &customer_in("DE"), offer);
    assert_eq!(got, vec![Reason::NotInPartnerCountry { country: country("SK") }]);
    assert_eq!(
        sentences(&got),
        ["Not available in Slovakia, the partner's tenant country."]
    );

    // The same customer, from a partner in Germany, can buy it.
    assert!(verdict(&catalog, &partner_in("DE"), &customer_in("DE"), offer).is_allowed());
}

#[test]
fn an_offer_missing_in_the_customers_country_says_so() {
    let catalog = default_catalog();
    let offer = offer_titled(&catalog, "Dynamics 365 Business Central Premium");
    let got = reasons(&catalog, &partner_in("DE"), &customer_in("SK"), offer);
    assert_eq!(
        sentences(&got),
        ["Not available in Slovakia, the customer's tenant country."]
    );
}

// ---------------------------------------------------------------------------------------
// Regional authorization
// ---------------------------------------------------------------------------------------

#[test]
fn a_us_tenant_sells_to_no_customer_outside_the_united_states() {
    let catalog = default_catalog();
    let offer = offer_titled(&catalog, "Power BI Pro");
    let us = partner_in("US");
    assert!(verdict(&catalog, &us, &customer_in("US"), offer).is_allowed());
    for (customer, sentence) in [
        ("CA", "The partner's tenant in the United States may sell only to customers in the United States, a CSP region of its own; Canada is in the Canada region, where the partner has no tenant."),
        ("DE", "The partner's tenant in the United States may sell only to customers in the United States, a CSP region of its own; Germany is in the Europe region, where the partner has no tenant."),
    ] {
        let got = reasons(&catalog, &us, &customer_in(customer), offer);
        assert_eq!(sentences(&got), [sentence]);
        assert_eq!(got[0].rule(), Rule::RegionalAuthorization);
    }
}

#[test]
fn a_slovak_tenant_sells_across_europe_but_not_to_japan() {
    let catalog = default_catalog();
    let offer = offer_titled(&catalog, "Power BI Pro");
    let sk = partner_in("SK");
    for customer in ["SK", "DE", "GB", "NO", "AT", "CH"] {
        assert!(
            verdict(&catalog, &sk, &customer_in(customer), offer).is_allowed(),
            "{customer}"
        );
    }
    assert_eq!(
        sentences(&reasons(&catalog, &sk, &customer_in("JP"), offer)),
        ["The partner's tenant in Slovakia may sell only to customers in the Europe region; Japan is in the Japan region, where the partner has no tenant."]
    );
}

#[test]
fn a_partner_with_a_tenant_in_each_region_serves_each_customer_from_the_one_in_its_region() {
    let catalog = default_catalog();
    let mut partner = partner_in("US");
    partner.other_tenants = vec![country("SK")];
    let premium = offer_titled(&catalog, "Dynamics 365 Business Central Premium");
    assert!(verdict(&catalog, &partner, &customer_in("US"), premium).is_allowed());
    // Germany is served from Slovakia, where Business Central Premium is not offered.
    assert_eq!(
        reasons(&catalog, &partner, &customer_in("DE"), premium),
        [Reason::NotInPartnerCountry { country: country("SK") }]
    );
    assert!(!reasons(&catalog, &partner, &customer_in("CA"), premium).is_empty());
}

#[test]
fn every_demo_subscription_is_one_the_tenant_serving_its_customer_could_have_sold() {
    let catalog = default_catalog();
    let partner = sample_partner();
    for customer in sample_customers(&catalog) {
        let tenant = partner.tenant_for(customer.tenant_country);
        for subscription in &customer.subscriptions {
            let offer = catalog
                .offers()
                .find(|o| o.id() == subscription.offer)
                .expect("demo subscriptions name catalog offers");
            assert!(
                offer.availability.is_sold_in(tenant) && offer.availability.is_sold_in(customer.tenant_country),
                "{} owns {}, which its tenant in {} could not sell",
                customer.name,
                subscription.friendly_name,
                tenant.name()
            );
        }
    }
}

#[test]
fn every_demo_customer_is_in_a_region_where_the_demo_partner_has_a_tenant() {
    // Partner Center creates customers only in the partner's regions.
    let catalog = default_catalog();
    let partner = sample_partner();
    for customer in sample_customers(&catalog) {
        let tenant = partner.tenant_for(customer.tenant_country);
        assert!(
            csp_catalog::domain::region::same_region(tenant, customer.tenant_country),
            "{} ({}) has no tenant in its region",
            customer.name,
            customer.tenant_country.name()
        );
    }
}

#[test]
fn both_countries_can_fail_at_once() {
    let catalog = one_offer_catalog(plain_sku().countries(&["FR"]));
    let got = reasons(&catalog, &partner_in("SK"), &customer_in("DE"), first_offer(&catalog));
    assert_eq!(
        got,
        vec![
            Reason::NotInPartnerCountry { country: country("SK") },
            Reason::NotInCustomerCountry { country: country("DE") },
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Price list validity: first and last day both count
// ---------------------------------------------------------------------------------------

#[test]
fn an_offer_is_buyable_from_its_first_day_to_its_last_day_inclusive() {
    let catalog = one_offer_catalog(plain_sku().from(date!(2026 - 11 - 01)).until(date!(2026 - 11 - 30)));
    let offer = first_offer(&catalog);
    let (partner, customer) = (partner_in("US"), customer_in("US"));
    let on = |day| Context::new(&catalog, &partner, &customer, day).evaluate(offer);

    assert_eq!(
        on(date!(2026 - 10 - 31)).reasons(),
        [Reason::NotYetInPriceList {
            starts: date!(2026 - 11 - 01)
        }]
    );
    assert!(on(date!(2026 - 11 - 01)).is_allowed(), "first day");
    assert!(on(date!(2026 - 11 - 30)).is_allowed(), "last day");
    let after = on(date!(2026 - 12 - 01));
    assert_eq!(
        after.reasons(),
        [Reason::NoLongerInPriceList {
            ended: date!(2026 - 11 - 30)
        }]
    );
    assert_eq!(
        after.reasons()[0].to_string(),
        "No longer in the price list: its last day was 30 November 2026."
    );
    assert_eq!(
        on(date!(2026 - 10 - 31)).reasons()[0].to_string(),
        "Not in the price list yet: it can be bought from 1 November 2026."
    );
}

#[test]
fn a_repriced_sku_sells_at_the_old_price_until_the_change_and_the_new_price_after() {
    let catalog = default_catalog();
    // The entries from Microsoft's monthly-billing premium of 1 April 2025 on.
    let premium_from = csp_catalog::domain::catalog::builder::MONTHLY_PREMIUM_FROM;
    let e3: Vec<_> = catalog
        .offers()
        .filter(|o| o.sku.title == "Microsoft 365 E3" && o.availability.effective_start >= premium_from)
        .collect();
    assert_eq!(e3.len(), 2, "the current and the next price-list entry");
    // An existing customer of the suite with Teams, which it may still buy.
    let partner = partner_in("US");
    let customer = owning(customer_in("US"), e3[0], 5, date!(2025 - 01 - 10));
    let allowed_on = |day| {
        e3.iter()
            .filter(|o| {
                Context::new(&catalog, &partner, &customer, day)
                    .evaluate(**o)
                    .is_allowed()
            })
            .map(|o| o.availability.effective_start)
            .collect::<Vec<_>>()
    };
    // Microsoft's price rise of 1 July 2026 ($36 to $39 a month).
    assert_eq!(allowed_on(date!(2026 - 06 - 30)), [premium_from]);
    assert_eq!(allowed_on(date!(2026 - 07 - 01)), [date!(2026 - 07 - 01)]);
}

// ---------------------------------------------------------------------------------------
// Microsoft Customer Agreement
// ---------------------------------------------------------------------------------------

#[test]
fn nothing_can_be_bought_without_the_customer_agreement() {
    let catalog = one_offer_catalog(plain_sku());
    let mut customer = customer_in("US");
    customer.agreement = None;
    let got = reasons(&catalog, &partner_in("US"), &customer, first_offer(&catalog));
    assert_eq!(
        sentences(&got),
        ["The customer has not accepted the Microsoft Customer Agreement."]
    );
}

#[test]
fn an_agreement_dated_after_today_does_not_count_yet() {
    let catalog = one_offer_catalog(plain_sku());
    let mut customer = customer_in("US");
    customer.agreement.as_mut().unwrap().accepted_on = date!(2026 - 11 - 22);
    let got = reasons(&catalog, &partner_in("US"), &customer, first_offer(&catalog));
    assert_eq!(
        sentences(&got),
        ["The customer accepts the Microsoft Customer Agreement only on 22 November 2026."]
    );
    customer.agreement.as_mut().unwrap().accepted_on = TODAY;
    assert!(verdict(&catalog, &partner_in("US"), &customer, first_offer(&catalog)).is_allowed());
}

#[test]
fn the_agreement_is_required_only_from_31_january_2020() {
    let catalog = one_offer_catalog(plain_sku().from(date!(2019 - 01 - 01)));
    let mut customer = customer_in("US");
    customer.agreement = None;
    let partner = partner_in("US");
    let on = |day| Context::new(&catalog, &partner, &customer, day).evaluate(first_offer(&catalog));
    assert!(on(date!(2020 - 01 - 30)).is_allowed());
    assert_eq!(on(date!(2020 - 01 - 31)).reasons()[0].rule(), Rule::CustomerAgreement);
}

// ---------------------------------------------------------------------------------------
// Bought in the Azure portal
// ---------------------------------------------------------------------------------------

#[test]
fn azure_portal_items_are_listed_but_never_sold_here() {
    let catalog = default_catalog();
    let offer = offer_titled(&catalog, "Azure savings plan for compute");
    let got = reasons(&catalog, &partner_in("US"), &customer_in("US"), offer);
    assert_eq!(
        sentences(&got),
        ["Bought in the Azure portal, not here: listed for information only."]
    );
}

// ---------------------------------------------------------------------------------------
// Trials
// ---------------------------------------------------------------------------------------

#[test]
fn a_customer_gets_one_trial_per_offer() {
    let catalog = one_offer_catalog(sku("0001", "Test Trial").trial());
    let trial = first_offer(&catalog);
    let partner = partner_in("US");
    assert!(
        verdict(&catalog, &partner, &customer_in("US"), trial).is_allowed(),
        "first trial"
    );

    let mut customer = customer_in("US");
    subscribe(
        &mut customer,
        trial.id(),
        trial,
        25,
        date!(2026 - 05 - 04),
        SubscriptionStatus::Expired,
    );
    let got = reasons(&catalog, &partner, &customer, trial);
    assert_eq!(
        sentences(&got),
        ["The customer already had this trial (started 4 May 2026); there is one trial per offer."]
    );
}

#[test]
fn a_trial_is_for_exactly_25_seats() {
    let catalog = one_offer_catalog(sku("0001", "Test Trial").trial());
    let (partner, customer) = (partner_in("US"), customer_in("US"));
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let trial = first_offer(&catalog);
    assert_eq!(context.check_quantity(trial, "25"), Ok(25));
    let err = context.check_quantity(trial, "10").unwrap_err();
    assert_eq!(sentences(&err), ["A trial is for exactly 25 seats, not 10."]);
}

// ---------------------------------------------------------------------------------------
// Quantities
// ---------------------------------------------------------------------------------------

#[test]
fn typed_quantities_that_are_not_whole_numbers_are_explained() {
    let catalog = one_offer_catalog(plain_sku().quantity(1, 300));
    let (partner, customer) = (partner_in("US"), customer_in("US"));
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let offer = first_offer(&catalog);
    let check = |input| context.check_quantity(offer, input).map_err(|r| sentences(&r));
    assert_eq!(check(" 12 "), Ok(12));
    assert_eq!(check(""), Err(vec!["Enter a quantity.".to_string()]));
    assert_eq!(
        check("abc"),
        Err(vec!["The quantity must be a whole number; \"abc\" is not.".to_string()])
    );
    assert_eq!(
        check("2.5"),
        Err(vec!["The quantity must be a whole number; \"2.5\" is not.".to_string()])
    );
    assert_eq!(
        check("-3"),
        Err(vec![
            "The requested number of -3 seats is below the minimum of 1 seat.".to_string()
        ])
    );
    assert_eq!(check("0").unwrap_err().len(), 1);
    assert_eq!(
        check("301"),
        Err(vec![
            "The requested number of 301 seats exceeds the maximum of 300 seats.".to_string()
        ])
    );
    assert!(
        check("99999999999999999999").is_err(),
        "overflow is not a whole number we accept"
    );
}

#[test]
fn minimum_quantities_above_one_are_enforced() {
    let catalog = one_offer_catalog(plain_sku().quantity(20, 10_000));
    let (partner, customer) = (partner_in("US"), customer_in("US"));
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let err = context.check_quantity(first_offer(&catalog), "19").unwrap_err();
    assert_eq!(
        err,
        vec![Reason::QuantityBelowMinimum {
            requested: 19,
            minimum: 20
        }]
    );
    assert_eq!(context.check_quantity(first_offer(&catalog), "20"), Ok(20));
}

#[test]
fn small_business_seats_are_pooled_across_the_customers_subscriptions() {
    let catalog = catalog_of(vec![
        online_service(
            "TESTBASIC001",
            sku("0001", "Test Business Basic").monthly(600).small_business(),
        ),
        online_service(
            "TESTPREM0001",
            sku("0001", "Test Business Premium").monthly(2200).small_business(),
        ),
    ]);
    let basic = offer_titled(&catalog, "Test Business Basic");
    let premium = offer_titled(&catalog, "Test Business Premium");
    let customer = owning(customer_in("US"), premium, 250, date!(2026 - 01 - 01));
    let partner = partner_in("US");
    let context = Context::new(&catalog, &partner, &customer, TODAY);

    assert_eq!(context.check_quantity(basic, "50"), Ok(50));
    let err = context.check_quantity(basic, "51").unwrap_err();
    assert_eq!(
        sentences(&err),
        ["The requested number of 51 seats exceeds the remaining limit of 50 seats (small-business SKUs share 300 seats per customer)."]
    );
    let limits = context.quantity_limits(basic);
    assert_eq!(limits.pooled.map(|p| (p.remaining, p.limit)), Some((50, 300)));
}

#[test]
fn a_request_can_break_the_maximum_and_the_pool_at_once() {
    let catalog = catalog_of(vec![online_service(
        "TESTBASIC001",
        sku("0001", "Test Business Basic").monthly(600).small_business(),
    )]);
    let basic = first_offer(&catalog);
    let customer = owning(customer_in("US"), basic, 100, date!(2026 - 01 - 01));
    let partner = partner_in("US");
    let err = Context::new(&catalog, &partner, &customer, TODAY)
        .check_quantity(basic, "301")
        .unwrap_err();
    assert_eq!(
        err,
        vec![
            Reason::QuantityAboveMaximum {
                requested: 301,
                maximum: 300
            },
            Reason::ExceedsPooledLimit {
                requested: 301,
                remaining: 200,
                limit: 300
            },
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Several rules at once
// ---------------------------------------------------------------------------------------

#[test]
fn an_offer_failing_three_rules_lists_all_three() {
    let catalog = default_catalog();
    // A Slovak partner and a Slovak customer without the agreement, for an offer that is
    // not sold in Slovakia: three rules fail, and all three are reported.
    let offer = offer_titled(&catalog, "Dynamics 365 Business Central Premium");
    let mut customer = customer_in("SK");
    customer.agreement = None;
    let got = reasons(&catalog, &partner_in("SK"), &customer, offer);
    assert_eq!(
        got,
        vec![
            Reason::AgreementNotAccepted { accepted_on: None },
            Reason::NotInPartnerCountry { country: country("SK") },
            Reason::NotInCustomerCountry { country: country("SK") },
        ]
    );
    assert_eq!(
        sentences(&got),
        [
            "The customer has not accepted the Microsoft Customer Agreement.",
            "Not available in Slovakia, the partner's tenant country.",
            "Not available in Slovakia, the customer's tenant country.",
        ]
    );
}

#[test]
fn every_reason_names_its_rule_and_reads_as_one_sentence() {
    let all = reasons::every_reason();
    let mut rules_seen = std::collections::BTreeSet::new();
    for reason in &all {
        let sentence = reason.to_string();
        assert!(sentence.ends_with('.'), "{sentence}");
        assert!(sentence.chars().next().is_some_and(char::is_uppercase), "{sentence}");
        assert_eq!(sentence.matches(". ").count(), 0, "one sentence: {sentence}");
        rules_seen.insert(reason.rule());
    }
    assert_eq!(rules_seen.len(), Rule::ALL.len(), "every rule has at least one reason");
    for rule in Rule::ALL {
        assert!(!rule.title().is_empty() && rule.explanation().ends_with('.'));
    }
}

#[test]
fn a_cart_line_quantity_is_a_whole_number_of_at_least_one_seat() {
    use csp_catalog::domain::rules::read_line_quantity;
    assert_eq!(read_line_quantity(" 12 "), Ok(12));
    assert_eq!(read_line_quantity(""), Err(Reason::QuantityMissing));
    assert_eq!(
        read_line_quantity("abc"),
        Err(Reason::QuantityNotWholeNumber { input: "abc".into() })
    );
    assert_eq!(
        read_line_quantity("0"),
        Err(Reason::QuantityBelowMinimum {
            requested: 0,
            minimum: 1
        })
    );
    assert_eq!(
        read_line_quantity("-3").unwrap_err().to_string(),
        "The requested number of -3 seats is below the minimum of 1 seat."
    );
}

mod adding_to_a_line {
    use super::*;
    use csp_catalog::domain::cart::{Cart, NewLine};
    use csp_catalog::domain::catalog::default_catalog;

    fn cart_with(offer: csp_catalog::domain::catalog::Offer<'_>, quantity: u32) -> Cart {
        [NewLine {
            offer: offer.id(),
            quantity,
            plan: offer.availability.default_plan(),
        }]
        .into_iter()
        .collect()
    }

    #[test]
    fn adding_to_a_line_counts_the_seats_the_line_already_holds() {
        let catalog = default_catalog();
        let studio = offer_titled(&catalog, "Microsoft Copilot Studio");
        let plan = studio.availability.default_plan();
        let (partner, customer) = (partner_in("US"), customer_in("US"));
        let cart = cart_with(studio, 60);
        let context = Context::new(&catalog, &partner, &customer, TODAY).with_cart(&cart);

        let refused = context.check_addition(studio, plan, "60").unwrap_err();
        assert_eq!(
            sentences(&refused),
            vec!["The cart already holds 60 seats of this offer on this term; adding 60 seats would make 120 seats, above the maximum of 100 seats."]
        );
        assert_eq!(
            context.check_addition(studio, plan, "40"),
            Ok(40),
            "the line may reach its maximum"
        );
        assert!(context.check_addition(studio, plan, "0").is_err());
        // On its own, 60 is a fine quantity: only the line it would make is too big.
        let empty_cart = Context::new(&catalog, &partner, &customer, TODAY);
        assert_eq!(empty_cart.check_addition(studio, plan, "60"), Ok(60));
    }

    #[test]
    fn a_per_customer_limit_counts_what_the_customer_owns_and_what_the_cart_holds() {
        let catalog = default_catalog();
        let rooms = offer_titled(&catalog, "Microsoft Teams Rooms Basic");
        let partner = partner_in("US");
        let customer = owning(customer_in("US"), rooms, 10, date!(2026 - 06 - 01));
        let cart = cart_with(rooms, 10);
        let context = Context::new(&catalog, &partner, &customer, TODAY).with_cart(&cart);
        // 25 per customer: 10 owned and 10 in the cart leave 5.
        assert_eq!(context.check_quantity(rooms, "5"), Ok(5));
        assert_eq!(
            sentences(&context.check_quantity(rooms, "6").unwrap_err()),
            vec!["The requested number of 6 seats exceeds the remaining limit of 5 seats (at most 25 seats per customer, counting what it owns and what is in the cart)."]
        );

        let azure = offer_titled(&catalog, "Azure plan");
        let with_plan = owning(customer_in("US"), azure, 1, date!(2026 - 06 - 01));
        let context = Context::new(&catalog, &partner, &with_plan, TODAY);
        let refused = context.check_quantity(azure, "1").unwrap_err();
        assert!(
            sentences(&refused)[0].contains("at most 1 seat per customer"),
            "one Azure plan per customer: {refused:?}"
        );
    }

    #[test]
    fn only_the_microsoft_365_business_plans_share_the_small_business_pool() {
        let catalog = default_catalog();
        let basic = offer_titled(&catalog, "Microsoft 365 Business Basic");
        let (partner, customer) = (partner_in("US"), customer_in("US"));
        let cart = cart_with(basic, 300);
        let context = Context::new(&catalog, &partner, &customer, TODAY).with_cart(&cart);
        let premium = offer_titled(&catalog, "Microsoft 365 Business Premium");
        assert!(context.check_quantity(premium, "1").is_err(), "the pool is full");
        for own_limit in [
            "Windows 365 Business 2 vCPU, 4 GB, 128 GB",
            "Microsoft Defender for Business",
            "Microsoft Teams Essentials",
        ] {
            let offer = offer_titled(&catalog, own_limit);
            assert_eq!(offer.sku.seat_pool, None, "{own_limit}");
            assert_eq!(
                context.check_quantity(offer, "10"),
                Ok(10),
                "{own_limit} has a limit of its own"
            );
            assert!(
                context.check_quantity(offer, "301").is_err(),
                "{own_limit}: 300 per customer"
            );
        }
    }

    #[test]
    fn a_trial_already_in_the_cart_takes_no_more_seats() {
        let catalog = default_catalog();
        let trial = offer_titled(&catalog, "Microsoft 365 Business Basic Trial");
        let (partner, customer) = (partner_in("US"), customer_in("US"));
        let cart = cart_with(trial, 25);
        let context = Context::new(&catalog, &partner, &customer, TODAY).with_cart(&cart);
        let refused = context
            .check_addition(trial, trial.availability.default_plan(), "25")
            .unwrap_err();
        assert_eq!(
            sentences(&refused),
            vec!["This trial is already in the cart, for its fixed 25 seats; there is one trial per offer."]
        );
    }
}

#[test]
fn a_calling_plan_becomes_buyable_once_the_customer_owns_teams_phone() {
    let catalog = csp_catalog::domain::catalog::default_catalog();
    let plan = offer_titled(&catalog, "Microsoft Teams Domestic Calling Plan");
    let partner = partner_in("US");
    let without = reasons(&catalog, &partner, &customer_in("US"), plan);
    assert!(
        matches!(without.as_slice(), [Reason::AddOnWithoutBase { .. }]),
        "{without:?}"
    );
    let phone = offer_titled(&catalog, "Microsoft Teams Phone Standard");
    let with_phone = owning(customer_in("US"), phone, 10, date!(2026 - 06 - 01));
    assert!(verdict(&catalog, &partner, &with_phone, plan).is_allowed());
}

#[test]
fn a_sentence_repeats_the_number_the_user_typed_however_large() {
    let catalog = csp_catalog::domain::catalog::default_catalog();
    let basic = offer_titled(&catalog, "Microsoft 365 Business Basic");
    let (partner, customer) = (partner_in("US"), customer_in("US"));
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let refused = context.check_quantity(basic, "99999999999").unwrap_err();
    for sentence in sentences(&refused) {
        assert!(sentence.contains("99,999,999,999 seats"), "{sentence}");
    }
}

#[test]
fn when_nothing_can_be_sold_the_reason_every_offer_shares_is_named() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customers = sample_customers(&catalog);
    let wide_world = customers
        .iter()
        .find(|c| c.id.as_str() == "wide-world-importers")
        .unwrap();
    let shared = Context::new(&catalog, &partner, wide_world, TODAY)
        .verdicts()
        .shared_by_all();
    assert_eq!(shared, [Reason::AgreementNotAccepted { accepted_on: None }]);

    // A customer that can buy something has nothing to say here.
    let contoso = customers.iter().find(|c| c.id.as_str() == "contoso-pharma").unwrap();
    assert!(Context::new(&catalog, &partner, contoso, TODAY)
        .verdicts()
        .shared_by_all()
        .is_empty());

    // An indirect reseller can place no order at all.
    let mut reseller = partner.clone();
    reseller.partner_type = PartnerType::IndirectReseller;
    let shared = Context::new(&catalog, &reseller, contoso, TODAY)
        .verdicts()
        .shared_by_all();
    assert!(
        matches!(shared.as_slice(), [Reason::OrderedByIndirectProvider { .. }]),
        "{shared:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Teams unbundling: customers new to the enterprise suites buy them without Teams, from
// 1 October 2023 in the European Economic Area and Switzerland and 1 April 2024 elsewhere.
// ---------------------------------------------------------------------------------------

fn suites_catalog() -> csp_catalog::domain::catalog::Catalog {
    let suite = |id: &str, title: &str| {
        product(
            id,
            title,
            ProductCategory::OnlineServices,
            BusinessCategory::Productivity,
            "A suite.",
        )
    };
    let everywhere = ["US", "DE", "JP", "CH"];
    catalog_of(vec![
        suite("SUITEE300001", "Microsoft 365 E3")
            .sku(sku("0001", "Microsoft 365 E3").monthly(3600).countries(&everywhere)),
        suite("SUITEE3NT001", "Microsoft 365 E3 (no Teams)").sku(
            sku("0001", "Microsoft 365 E3 (no Teams)")
                .monthly(3375)
                .countries(&everywhere),
        ),
        suite("SUITEE500001", "Microsoft 365 E5")
            .sku(sku("0001", "Microsoft 365 E5").monthly(5700).countries(&everywhere)),
        // An Education SKU titled like the commercial suite: the rule is for commercial offers.
        suite("SUITEE3EDU01", "Microsoft 365 E3 for faculty").sku(
            sku("0001", "Microsoft 365 E3")
                .monthly(900)
                .segment(Segment::Education)
                .countries(&["US"]),
        ),
    ])
}

fn on(
    catalog: &csp_catalog::domain::catalog::Catalog,
    customer: &csp_catalog::domain::customer::Customer,
    partner_country: &str,
    title: &str,
    day: time::Date,
) -> Vec<Reason> {
    // The test catalog's price list and the test customer's agreement start later: only this
    // rule's reasons are looked at.
    Context::new(catalog, &partner_in(partner_country), customer, day)
        .evaluate(offer_titled(catalog, title))
        .reasons()
        .iter()
        .filter(|r| r.rule() == Rule::TeamsSuites)
        .cloned()
        .collect()
}

#[test]
fn teams_suites_are_sold_only_to_customers_that_own_one_from_the_day_in_their_country() {
    let catalog = suites_catalog();
    let us = customer_in("US");
    // The United States: with Teams until 31 March 2024, not from 1 April 2024.
    assert!(on(&catalog, &us, "US", "Microsoft 365 E3", date!(2024 - 03 - 31)).is_empty());
    let refused = on(&catalog, &us, "US", "Microsoft 365 E3", date!(2024 - 04 - 01));
    assert_eq!(
        sentences(&refused),
        vec!["Since 1 April 2024, a customer new to the enterprise suites buys the suite without Teams and Microsoft Teams Enterprise; only a customer that already owns a suite with Teams can buy this one."]
    );
    assert!(refused.iter().all(|r| r.rule() == Rule::TeamsSuites));
    // The suite without Teams is for everyone, on every day.
    assert!(on(
        &catalog,
        &us,
        "US",
        "Microsoft 365 E3 (no Teams)",
        date!(2026 - 11 - 21)
    )
    .is_empty());
    // Germany and Switzerland: from 1 October 2023, a day earlier it was still sold.
    for code in ["DE", "CH"] {
        let european = customer_in(code);
        assert!(
            on(&catalog, &european, "DE", "Microsoft 365 E5", date!(2023 - 09 - 30)).is_empty(),
            "{code}"
        );
        assert_eq!(
            on(&catalog, &european, "DE", "Microsoft 365 E5", date!(2023 - 10 - 01)),
            vec![Reason::TeamsSuiteForExistingCustomers {
                since: date!(2023 - 10 - 01)
            }],
            "{code}"
        );
    }
    // Japan is outside Europe: still sold on 1 October 2023.
    assert!(on(
        &catalog,
        &customer_in("JP"),
        "JP",
        "Microsoft 365 E3",
        date!(2023 - 10 - 01)
    )
    .is_empty());
}

#[test]
fn a_customer_that_owns_a_suite_with_teams_keeps_buying_suites_with_teams() {
    let catalog = suites_catalog();
    let day = date!(2026 - 11 - 21);
    let owner = owning(
        customer_in("US"),
        offer_titled(&catalog, "Microsoft 365 E3"),
        10,
        date!(2023 - 06 - 01),
    );
    assert!(
        on(&catalog, &owner, "US", "Microsoft 365 E3", day).is_empty(),
        "more of the same suite"
    );
    assert!(
        on(&catalog, &owner, "US", "Microsoft 365 E5", day).is_empty(),
        "an upgrade to another suite with Teams"
    );
    // Owning only the suite without Teams doesn't make a customer an existing one.
    let without = owning(
        customer_in("US"),
        offer_titled(&catalog, "Microsoft 365 E3 (no Teams)"),
        10,
        date!(2025 - 06 - 01),
    );
    assert!(!on(&catalog, &without, "US", "Microsoft 365 E3", day).is_empty());
    // Education, Nonprofit and Government offers are not affected, whatever their title.
    let school = approved(customer_in("US"), Qualification::Education);
    let edu = catalog
        .offers()
        .find(|o| o.availability.segment == Segment::Education)
        .expect("the Education SKU");
    assert!(!Context::new(&catalog, &partner_in("US"), &school, day)
        .evaluate(edu)
        .reasons()
        .iter()
        .any(|r| r.rule() == Rule::TeamsSuites));
}

#[test]
fn a_trial_is_refused_to_a_customer_that_already_owns_the_product() {
    let catalog = default_catalog();
    let partner = partner_in("US");
    let trial = offer_titled(&catalog, "Microsoft 365 Business Standard Trial");
    assert!(verdict(&catalog, &partner, &customer_in("US"), trial).is_allowed());
    let owner = owning(
        customer_in("US"),
        offer_titled(&catalog, "Microsoft 365 Business Standard"),
        5,
        date!(2026 - 03 - 01),
    );
    assert_eq!(
        sentences(&reasons(&catalog, &partner, &owner, trial)),
        ["The customer already owns Microsoft 365 Business Standard: a trial is for a product it doesn't have yet."]
    );
}

#[test]
fn azure_for_us_government_is_sold_from_its_own_partner_center() {
    let catalog = default_catalog();
    let mut partner = partner_in("US");
    partner.reseller_qualifications = vec![ResellerQualification::UsGovernmentCloud];
    let county = approved(customer_in("US"), Qualification::GovernmentCommunityCloud);
    let plan = offer_titled(&catalog, "Azure plan for US Government");
    assert_eq!(
        sentences(&reasons(&catalog, &partner, &county, plan)),
        ["Sold from Partner Center for Microsoft Cloud for US Government, a separate Partner Center, not from this one."]
    );
}

#[test]
fn a_reservation_is_bought_for_a_customer_with_an_azure_plan() {
    let catalog = default_catalog();
    let partner = partner_in("US");
    let reservation = offer_titled(&catalog, "Standard_D2s_v5 US East");
    assert_eq!(
        reasons(&catalog, &partner, &customer_in("US"), reservation),
        [Reason::ReservationWithoutAzurePlan]
    );
    let with_plan = owning(
        customer_in("US"),
        offer_titled(&catalog, "Azure plan"),
        1,
        date!(2025 - 05 - 01),
    );
    assert!(verdict(&catalog, &partner, &with_plan, reservation).is_allowed());
}

#[test]
fn a_year_billed_monthly_costs_five_percent_more_from_1_april_2025_and_the_same_before() {
    // Microsoft's change of 1 April 2025 for annual terms billed monthly: the walk across it.
    use csp_catalog::domain::term::{BillingFrequency, TermDuration};
    let catalog = default_catalog();
    let price_on = |day| {
        let offer = catalog
            .offers()
            .find(|o| o.sku.title == "Power BI Pro" && o.availability.is_effective_on(day))
            .unwrap();
        let price = |f| offer.availability.price_for(TermDuration::OneYear, f).unwrap().cents();
        (price(BillingFrequency::Annual), price(BillingFrequency::Monthly))
    };
    let (annual, monthly) = price_on(date!(2025 - 03 - 31));
    assert_eq!(monthly, annual, "the day before");
    let (annual, monthly) = price_on(date!(2025 - 04 - 01));
    assert_eq!(monthly, annual * 105 / 100, "from that day");
}

#[test]
fn every_microsoft_page_a_rule_links_is_named_in_its_source_and_searched_on_learn() {
    // Issue 26.10: the Rules page named sources without links.
    use csp_catalog::domain::rules::pages::{learn_search, pages};
    use csp_catalog::i18n::labels::rule_source;
    use csp_catalog::i18n::Language;
    let mut linked = 0;
    for rule in Rule::ALL {
        let source = rule_source(Language::English, rule);
        for title in pages(rule) {
            assert!(
                source.contains(title),
                "{rule:?}: \"{title}\" is not in its source: {source}"
            );
            linked += 1;
        }
    }
    assert!(linked >= 20, "{linked} pages linked");
    assert_eq!(
        learn_search("Upgrade a customer's subscription", "en-us"),
        "https://learn.microsoft.com/en-us/search/?terms=%22Upgrade+a+customer%27s+subscription%22"
    );
}
