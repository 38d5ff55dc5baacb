#![cfg(not(target_arch = "wasm32"))]
//! The built-in catalog and demo data: valid, realistic in size, and covering every segment,
//! category, publisher, billing type and rule.

mod common;

use std::collections::{BTreeSet, HashSet};

use common::*;
use csp_catalog::domain::catalog::builder::{product, sku};
use csp_catalog::domain::catalog::{
    default_catalog, BillingType, BusinessCategory, Catalog, CatalogProblem, ProductCategory, PublisherType,
    PurchaseChannel, Segment,
};
use csp_catalog::domain::customer::{Qualification, QualificationStatus};
use csp_catalog::domain::rules::{Context, Rule};
use csp_catalog::domain::sample::{sample_customers, sample_partner};
use csp_catalog::domain::term::{BillingFrequency, TermDuration};
use time::macros::date;

#[test]
fn built_in_catalog_is_large_enough_to_be_realistic() {
    let stats = default_catalog().stats();
    assert!(stats.products >= 60, "{stats:?}");
    assert!(stats.skus >= 150, "{stats:?}");
}

#[test]
fn built_in_catalog_ids_are_unique_and_in_the_real_formats() {
    let catalog = default_catalog();
    let ids: Vec<String> = catalog.offers().map(|o| o.id().to_string()).collect();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
    for id in &ids {
        let parts: Vec<&str> = id.split(':').collect();
        assert_eq!(parts.iter().map(|p| p.len()).collect::<Vec<_>>(), [12, 4, 12], "{id}");
    }
}

#[test]
fn every_add_on_base_exists_and_only_teams_phone_is_an_add_on_that_is_also_a_base() {
    // A calling plan goes on Teams Phone, itself an add-on (Microsoft's Teams add-on
    // licensing); no other base is an add-on.
    let catalog = default_catalog();
    let mut add_ons = 0;
    for offer in catalog.offers().filter(|o| o.sku.is_add_on()) {
        add_ons += 1;
        for base in &offer.sku.prerequisites {
            let (_, base_sku) = catalog.sku(base).unwrap_or_else(|| panic!("{base} missing"));
            if base_sku.is_add_on() {
                assert!(base_sku.title.starts_with("Microsoft Teams Phone Standard"), "{base}");
                assert!(offer.sku.title.contains("Calling Plan"), "{}", offer.sku.title);
            }
        }
    }
    assert!(add_ons >= 10, "{add_ons} add-ons");
}

/// The titles of the SKUs the add-on titled `title` can go on.
fn prerequisite_titles(catalog: &csp_catalog::domain::catalog::Catalog, title: &str) -> Vec<String> {
    offer_titled(catalog, title)
        .sku
        .prerequisites
        .iter()
        .map(|b| catalog.sku(b).unwrap().1.title.clone())
        .collect()
}

#[test]
fn copilot_and_the_intune_suite_go_on_the_licenses_microsoft_lists() {
    // Microsoft's "License options for Microsoft 365 Copilot": frontline, Apps, Office 365 E5,
    // Teams Essentials and Enterprise, Exchange Online plans among them; the Intune Suite goes
    // on any plan with Intune Plan 1, Intune Plan 1 itself included (issue 24).
    let catalog = default_catalog();
    let bases = |title: &str| prerequisite_titles(&catalog, title);
    let copilot = bases("Microsoft 365 Copilot");
    for base in [
        "Microsoft 365 F1",
        "Microsoft 365 F3",
        "Microsoft 365 Apps for business",
        "Microsoft 365 Apps for enterprise",
        "Office 365 E5",
        "Microsoft Teams Essentials",
        "Microsoft Teams Enterprise",
        "Exchange Online (Plan 1)",
        "Exchange Online (Plan 2)",
        "Exchange Online Kiosk",
    ] {
        assert!(copilot.contains(&base.to_string()), "Copilot on {base}: {copilot:?}");
    }
    let suite = bases("Microsoft Intune Suite");
    for base in [
        "Microsoft Intune Plan 1",
        "Microsoft 365 E3 (no Teams)",
        "Microsoft 365 F3",
    ] {
        assert!(suite.contains(&base.to_string()), "Intune Suite on {base}: {suite:?}");
    }
    let business = offer_titled(&catalog, "Microsoft 365 Copilot Business");
    assert_eq!(
        business.sku.customer_limit,
        Some(300),
        "for businesses of up to 300 users"
    );
}

#[test]
fn teams_add_ons_go_on_the_licenses_microsoft_accepts() {
    let catalog = default_catalog();
    let bases = |title: &str| prerequisite_titles(&catalog, title);
    let premium = bases("Microsoft Teams Premium");
    assert!(premium.contains(&"Microsoft 365 E5".to_string()), "{premium:?}");
    assert!(
        premium.contains(&"Microsoft Teams Enterprise".to_string()),
        "{premium:?}"
    );
    assert!(
        !premium.contains(&"Microsoft 365 E3 (no Teams)".to_string()),
        "no Teams, no Teams Premium"
    );
    let phone = bases("Microsoft Teams Phone Standard");
    assert!(
        !phone.contains(&"Microsoft 365 E5".to_string()),
        "E5 includes Teams Phone"
    );
    for base in [
        "Microsoft 365 F1",
        "Microsoft 365 F3",
        "Microsoft Teams Enterprise",
        "Microsoft 365 Business Premium",
    ] {
        assert!(phone.contains(&base.to_string()), "{base}: {phone:?}");
    }
    let calling = bases("Microsoft Teams Domestic Calling Plan");
    assert!(
        calling.contains(&"Microsoft Teams Phone Standard".to_string()),
        "{calling:?}"
    );
}

#[test]
fn validation_rejects_an_add_on_that_needs_itself() {
    let found = problems(vec![
        online_service("TESTADDONAAA", plain_sku().add_on(&["TESTADDONBBB:0001"])),
        online_service("TESTADDONBBB", plain_sku().add_on(&["TESTADDONAAA:0001"])),
    ]);
    assert!(
        found
            .iter()
            .any(|p| p.to_string() == "add-on TESTADDONAAA:0001 needs itself, through the bases it requires"),
        "{found:?}"
    );
}

/// Offers Microsoft gives away: listed at a price of 0.
const FREE: [&str; 2] = [
    "Microsoft Teams Rooms Basic",
    "Microsoft 365 Business Basic (Nonprofit Grant)",
];

#[test]
fn every_price_is_positive_but_the_free_offers_and_every_term_billed_as_allowed() {
    let catalog = default_catalog();
    for offer in catalog.offers().filter(|o| !o.sku.trial) {
        let free = FREE.contains(&offer.sku.title.as_str());
        for term in &offer.availability.terms {
            assert_eq!(term.unit_price.is_zero(), free, "{}", offer.id());
            assert!(term.frequencies.iter().all(|f| term.term.allows(*f)), "{}", offer.id());
        }
    }
}

#[test]
fn built_in_catalog_covers_every_segment_category_publisher_and_billing_type() {
    let catalog = default_catalog();
    let offers: Vec<_> = catalog.offers().collect();
    let segments: BTreeSet<Segment> = offers.iter().map(|o| o.availability.segment).collect();
    let categories: BTreeSet<ProductCategory> = offers.iter().map(|o| o.product.category).collect();
    let publishers: BTreeSet<PublisherType> = offers.iter().map(|o| o.product.publisher_type()).collect();
    let billing: BTreeSet<BillingType> = offers.iter().map(|o| o.product.billing_type).collect();
    assert_eq!(segments.len(), 4);
    assert_eq!(categories.len(), 3);
    assert_eq!(publishers.len(), 2);
    assert_eq!(billing.len(), 2);
    assert!(offers.iter().any(|o| o.sku.trial));
    assert!(offers.iter().any(|o| o.product.channel == PurchaseChannel::AzurePortal));
    assert!(offers
        .iter()
        .any(|o| o.product.publisher_type() == PublisherType::Partner && o.sku.trial));
    // Every segment appears in more than one category, so filters combine meaningfully.
    for segment in Segment::ALL {
        let in_categories: BTreeSet<_> = offers
            .iter()
            .filter(|o| o.availability.segment == segment)
            .map(|o| o.product.category)
            .collect();
        assert!(in_categories.len() >= 2, "{segment:?} only in {in_categories:?}");
    }
}

#[test]
fn the_named_real_offers_are_there() {
    let catalog = default_catalog();
    let titles: HashSet<&str> = catalog.offers().map(|o| o.sku.title.as_str()).collect();
    for expected in [
        "Microsoft 365 Business Basic",
        "Microsoft 365 Business Standard",
        "Microsoft 365 Business Premium",
        "Microsoft 365 E3",
        "Microsoft 365 E5",
        "Microsoft 365 A1 for devices",
        "Microsoft 365 A3 for faculty",
        "Microsoft 365 A5 for students",
        "Microsoft 365 G3 GCC",
        "Microsoft 365 G5 GCC",
        "Dynamics 365 Business Central Essentials",
        "Dynamics 365 Business Central Premium",
        "Power BI Pro",
        "Microsoft Teams Phone Standard",
        "Microsoft Defender for Business",
        "Azure plan",
        "Standard_D2s_v5 US East",
        "Windows Server 2025 Datacenter - 2 Core License Pack",
        "SQL Server 2022 Standard - 2 Core License Pack",
        "Minecraft Education",
        "Power BI Pro Trial",
    ] {
        assert!(titles.contains(expected), "missing {expected}");
    }
    let business_basic = catalog.product(&"CFQ7TTC0LH18".parse().unwrap()).unwrap();
    assert_eq!(business_basic.title, "Microsoft 365 Business Basic");
}

#[test]
fn reservations_and_software_offer_one_and_three_year_terms() {
    let catalog = default_catalog();
    for offer in catalog.offers().filter(|o| {
        o.product.category == ProductCategory::Software || o.product.title.starts_with("Reserved VM Instance")
    }) {
        let terms: Vec<&str> = offer.availability.terms.iter().map(|t| t.term.code()).collect();
        assert_eq!(terms, ["P1Y", "P3Y"], "{}", offer.sku.title);
    }
}

// ---------------------------------------------------------------------------------------
// Catalog validation catches broken data
// ---------------------------------------------------------------------------------------

fn problems(products: Vec<csp_catalog::domain::catalog::builder::ProductBuilder>) -> Vec<CatalogProblem> {
    Catalog::new(products.into_iter().map(|p| p.build()).collect()).expect_err("the catalog should be rejected")
}

#[test]
fn validation_rejects_duplicate_ids() {
    let found = problems(vec![
        online_service("TESTPROD0001", plain_sku()),
        online_service("TESTPROD0001", plain_sku()),
    ]);
    assert!(
        found.iter().any(|p| matches!(p, CatalogProblem::DuplicateProduct(_))),
        "{found:?}"
    );
    let found = problems(vec![online_service("TESTPROD0001", plain_sku()).sku(plain_sku())]);
    assert!(
        found.iter().any(|p| matches!(p, CatalogProblem::DuplicateSku(_))),
        "{found:?}"
    );
}

#[test]
fn validation_rejects_an_add_on_whose_base_is_missing() {
    let found = problems(vec![online_service(
        "TESTADDON001",
        plain_sku().add_on(&["NOSUCHPROD01:0001"]),
    )]);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].to_string(),
        "add-on TESTADDON001:0001 requires NOSUCHPROD01:0001, which is not in the catalog"
    );
}

#[test]
fn validation_accepts_free_offers_and_rejects_bad_ranges() {
    // Free offers exist (Teams Rooms Basic): a price of 0 is not a mistake.
    let free = vec![online_service("TESTFREE0001", plain_sku().monthly(0)).build()];
    assert!(Catalog::new(free).is_ok());
    let found = problems(vec![online_service(
        "TESTPROD0001",
        plain_sku().monthly(0).quantity(5, 2).countries(&[]),
    )]);
    assert!(
        found.iter().any(|p| matches!(p, CatalogProblem::QuantityRange(_))),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| matches!(p, CatalogProblem::NoCountries(_))),
        "{found:?}"
    );
    let found = problems(vec![online_service(
        "TESTPROD0001",
        plain_sku().from(date!(2026 - 05 - 01)).until(date!(2026 - 04 - 30)),
    )]);
    assert!(matches!(found[..], [CatalogProblem::EndsBeforeStart(_)]), "{found:?}");
}

#[test]
fn validation_rejects_trials_of_add_ons_and_keeps_education_and_government_trials() {
    let found = problems(vec![
        online_service("TESTBASE0001", plain_sku()),
        online_service(
            "TESTTRIAL001",
            sku("0001", "Add-on trial").trial().add_on(&["TESTBASE0001:0001"]),
        ),
    ]);
    assert!(
        found.iter().any(|p| matches!(p, CatalogProblem::TrialNotAllowed(_))),
        "{found:?}"
    );
    // Microsoft's own price list has Education and Government trials (Microsoft 365 A5,
    // SharePoint Advanced Management GCC): the 2020 catalog's "none" was narrower than it.
    for trial in [
        sku("0001", "Edu trial").trial().segment(Segment::Education),
        sku("0001", "Gov trial").trial().segment(Segment::Government),
    ] {
        let built = catalog_of(vec![online_service("TESTTRIAL001", trial)]);
        assert_eq!(built.offer_count(), 1);
    }
}

#[test]
fn validation_rejects_usage_items_with_terms() {
    let usage = product(
        "TESTUSAGE001",
        "Metered",
        ProductCategory::Azure,
        BusinessCategory::Compute,
        "x",
    )
    .usage();
    // The builder drops terms for usage products, so build one by hand.
    let mut built = usage.sku(sku("0001", "Metered")).build();
    built.skus[0].availabilities[0].terms = common::plain_sku_terms();
    let found = Catalog::new(vec![built]).unwrap_err();
    assert!(
        matches!(found[..], [CatalogProblem::TermsDoNotMatchBilling(_)]),
        "{found:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Demo data
// ---------------------------------------------------------------------------------------

#[test]
fn demo_customers_own_the_same_subscriptions_whatever_catalog_is_in_use() {
    let built_in = sample_customers(&default_catalog());
    let owned = |customers: &[csp_catalog::domain::customer::Customer]| -> Vec<String> {
        customers
            .iter()
            .flat_map(|c| {
                c.subscriptions
                    .iter()
                    .map(|s| format!("{} {} {}", c.id, s.offer, s.quantity))
            })
            .collect()
    };
    assert!(owned(&built_in).len() >= 8, "the demo tenants own subscriptions");
    // An imported price list with none of the demo SKUs: the tenants still own what they
    // bought (Reset demo data on such a catalog used to stop the app).
    let unrelated = one_offer_catalog(plain_sku());
    assert_eq!(owned(&sample_customers(&unrelated)), owned(&built_in));
}

#[test]
fn demo_customers_cover_every_qualification_and_status() {
    let catalog = default_catalog();
    let customers = sample_customers(&catalog);
    assert!(customers.len() >= 8);
    let ids: HashSet<_> = customers.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids.len(), customers.len(), "customer ids are unique");

    let qualifications: BTreeSet<Qualification> = customers
        .iter()
        .map(|c| {
            c.qualification
                .as_ref()
                .map_or(Qualification::None, |r| r.qualification)
        })
        .collect();
    assert_eq!(qualifications.len(), Qualification::ALL.len(), "{qualifications:?}");
    let statuses: BTreeSet<&str> = customers
        .iter()
        .filter_map(|c| c.qualification.as_ref())
        .map(|r| match r.status {
            QualificationStatus::InReview { .. } => "in review",
            QualificationStatus::Approved => "approved",
            QualificationStatus::Denied { .. } => "denied",
        })
        .collect();
    assert_eq!(statuses.len(), 3);
    let countries: BTreeSet<_> = customers.iter().map(|c| c.tenant_country).collect();
    assert!(countries.len() >= 5, "{countries:?}");
    assert!(customers.iter().any(|c| c.agreement.is_none()));
    assert!(customers
        .iter()
        .any(|c| c.subscriptions.iter().any(|s| s.segment == Segment::Government)));
}

#[test]
fn demo_data_together_exercise_every_rule() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customers = sample_customers(&catalog);
    let mut rules_hit = BTreeSet::new();
    let mut allowed = 0;
    for customer in &customers {
        let context = Context::new(&catalog, &partner, customer, TODAY);
        for (_, verdict) in context.verdicts().iter() {
            allowed += usize::from(verdict.is_allowed());
            rules_hit.extend(verdict.reasons().iter().map(|r| r.rule()));
        }
    }
    // The indirect-provider rule needs an indirect reseller; the demo partner is direct-bill.
    // Quantities and seat changes are about a number typed, not an offer.
    // Regional authorization never blocks demo data: Partner Center creates customers only in
    // regions where the partner has a tenant (What-if shows it).
    let expected: BTreeSet<Rule> = Rule::ALL
        .into_iter()
        .filter(|r| {
            !matches!(
                r,
                Rule::Quantity
                    | Rule::SeatChanges
                    | Rule::Upgrades
                    | Rule::IndirectReseller
                    | Rule::RegionalAuthorization
            )
        })
        .collect();
    assert_eq!(rules_hit, expected);
    assert!(allowed > 200, "plenty is sellable too: {allowed}");
}

#[test]
fn demo_customers_that_own_bases_can_buy_their_add_ons() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customers = sample_customers(&catalog);
    let contoso = customers.iter().find(|c| c.id.as_str() == "contoso-pharma").unwrap();
    let context = Context::new(&catalog, &partner, contoso, TODAY);
    let phone = offer_titled(&catalog, "Microsoft Teams Phone Standard");
    assert!(context.evaluate(phone).is_allowed());
    // 280 Business Premium seats leave 20 in the small-business pool.
    let basic = offer_titled(&catalog, "Microsoft 365 Business Basic");
    assert_eq!(context.quantity_limits(basic).pooled.map(|p| p.remaining), Some(20));
}

#[test]
fn a_year_billed_monthly_costs_five_percent_more_than_billed_annually() {
    // Microsoft's change of 1 April 2025, as the price-list fixture shows it (Business Basic:
    // P1Y Annual 72.00, P1Y Monthly 75.60). Applied to license-based online services.
    let catalog = default_catalog();
    let mut checked = 0;
    for offer in catalog.offers() {
        if offer.product.category != ProductCategory::OnlineServices || offer.sku.trial {
            continue;
        }
        let price = |frequency| offer.availability.price_for(TermDuration::OneYear, frequency);
        if let (Some(annual), Some(monthly)) = (price(BillingFrequency::Annual), price(BillingFrequency::Monthly)) {
            // Microsoft's pricing from 1 April 2025, not a third-party publisher's: those keep
            // one price; before that day a year cost the same however it was billed.
            let before_premium = offer
                .availability
                .effective_end
                .is_some_and(|end| end < csp_catalog::domain::catalog::builder::MONTHLY_PREMIUM_FROM);
            let premium = if offer.product.publisher_type() == PublisherType::Microsoft && !before_premium {
                105
            } else {
                100
            };
            assert_eq!(monthly.cents(), annual.cents() * premium / 100, "{}", offer.sku.title);
            checked += 1;
        }
    }
    assert!(checked > 50, "checked {checked} offers");
    // In force since Microsoft's price rise of 1 July 2026: $7 a month, was $6.
    let basic = offer_titled(&catalog, "Microsoft 365 Business Basic");
    let year = |frequency| {
        basic
            .availability
            .price_for(TermDuration::OneYear, frequency)
            .unwrap()
            .to_string()
    };
    assert_eq!(
        (year(BillingFrequency::Annual), year(BillingFrequency::Monthly)),
        ("$84.00".into(), "$88.20".into())
    );
}

#[test]
fn the_july_2026_price_rise_is_in_the_price_list_with_both_entries() {
    // Microsoft's commercial price update effective 1 July 2026, per user per month.
    let catalog = default_catalog();
    for (title, before, after) in [
        ("Microsoft 365 Business Basic", 600, 700),
        ("Microsoft 365 Business Standard", 1250, 1400),
        ("Microsoft 365 E3", 3600, 3900),
        ("Microsoft 365 E5", 5700, 6000),
        ("Microsoft 365 F1", 225, 300),
        ("Microsoft 365 F3", 800, 1000),
        ("Office 365 E3", 2300, 2600),
    ] {
        let entries: Vec<_> = catalog
            .offers()
            .filter(|o| o.sku.title == title)
            .filter(|o| o.availability.effective_start >= csp_catalog::domain::catalog::builder::MONTHLY_PREMIUM_FROM)
            .collect();
        let monthly = |o: &csp_catalog::domain::catalog::Offer<'_>| {
            o.availability
                .price_for(TermDuration::OneMonth, BillingFrequency::Monthly)
                .map(|m| m.cents())
        };
        assert_eq!(entries.len(), 2, "{title}");
        assert_eq!(
            entries[0].availability.effective_end,
            Some(time::macros::date!(2026 - 06 - 30)),
            "{title}"
        );
        assert_eq!(
            entries[1].availability.effective_start,
            time::macros::date!(2026 - 07 - 01),
            "{title}"
        );
        // A month-to-month term costs 20% more than a year's monthly price.
        assert_eq!(monthly(&entries[0]), Some(before * 120 / 100), "{title}");
        assert_eq!(monthly(&entries[1]), Some(after * 120 / 100), "{title}");
    }
    let premium = offer_titled(&catalog, "Microsoft 365 Business Premium");
    assert_eq!(
        premium
            .availability
            .price_for(TermDuration::OneYear, BillingFrequency::Annual)
            .unwrap()
            .to_string(),
        "$264.00",
        "Business Premium stays at $22"
    );
}

#[test]
fn a_free_offer_reads_free() {
    let catalog = default_catalog();
    let rooms = offer_titled(&catalog, "Microsoft Teams Rooms Basic");
    let (plan, price) = rooms.availability.plans().next().unwrap();
    assert!(price.is_zero(), "{plan}");
    assert_eq!(catalog.unit_price(price), "Free");
    let power_bi = offer_titled(&catalog, "Power BI Pro");
    let (_, price) = power_bi.availability.plans().next().unwrap();
    assert_eq!(catalog.unit_price(price), catalog.price(price));
}

#[test]
fn no_description_states_what_depends_on_the_partner_or_the_customer() {
    // Where an offer is sold is its availability's countries, which the rules explain for each
    // partner and customer; a description saying "Not offered in Slovakia" would teach it as a
    // property of the product.
    let catalog = default_catalog();
    for product in catalog.products() {
        let texts = std::iter::once(&product.description).chain(product.skus.iter().map(|s| &s.description));
        for text in texts {
            for phrase in ["Not offered in", "not offered in", "Not sold in", "Not available in"] {
                assert!(!text.contains(phrase), "{}: {text}", product.title);
            }
        }
    }
}

#[test]
fn docs_rules_lists_every_rule_with_its_source() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md")).expect("docs/rules.md");
    for rule in Rule::ALL {
        assert!(
            doc.contains(&format!("### {}", rule.title())),
            "{rule:?} has no section"
        );
        assert!(
            doc.contains(rule.explanation()),
            "{rule:?}: the explanation differs from the rule book"
        );
        assert!(
            doc.contains(rule.source()),
            "{rule:?}: the source differs from the rule book"
        );
    }
    assert!(doc.contains(csp_catalog::domain::orders::CANCELLATION_SOURCE));
    // Every rule's dates and earlier versions, as `scripts/rules_doc.py` writes them.
    for rule in Rule::ALL {
        let line = match rule.since() {
            Some(since) => format!("- **In force**: since {}", csp_catalog::domain::dates::long(since)),
            None => "- **In force**: on every day (no source found gives the day it came in force)".to_string(),
        };
        let section = doc
            .split("\n### ")
            .find(|s| s.starts_with(rule.title()))
            .unwrap_or_default();
        assert!(
            section.contains(&line),
            "{rule:?}: no `{line}` (run scripts/rules_doc.py)"
        );
        for earlier in rule.earlier() {
            assert!(
                doc.contains(earlier.explanation),
                "{rule:?}: an earlier version is missing (run scripts/rules_doc.py)"
            );
        }
    }
}

#[test]
fn every_earlier_version_of_a_rule_reads_in_both_languages() {
    use csp_catalog::i18n::{labels::earlier_version, Language};
    for rule in Rule::ALL {
        for earlier in rule.earlier() {
            assert_eq!(
                earlier_version(Language::English, earlier),
                earlier.explanation,
                "{}",
                earlier.key
            );
            let french = earlier_version(Language::French, earlier);
            assert_ne!(french, earlier.explanation, "{}: no French", earlier.key);
        }
    }
}

#[test]
fn every_sku_sits_under_the_product_it_belongs_to() {
    // A product groups the SKUs of one product (its editions and pricing variants), not
    // neighbouring products: Windows 11 E5 is not a SKU of E3, F1 not of F3, Teams Phone
    // for GCC not of G5 Security.
    let catalog = default_catalog();
    for (sku_title, product_title) in [
        ("Windows 11 Enterprise E5", "Windows 11 Enterprise E5"),
        ("Microsoft 365 F1", "Microsoft 365 F1"),
        (
            "Microsoft Teams Phone Standard for GCC",
            "Microsoft Teams Phone Standard for GCC",
        ),
    ] {
        assert_eq!(offer_titled(&catalog, sku_title).product.title, product_title);
    }
}

#[test]
fn no_demo_customer_owns_what_its_qualification_could_not_have_bought() {
    // A state Partner Center can't produce, such as a denied GCC customer owning an active GCC
    // subscription, would teach a false rule.
    let catalog = default_catalog();
    for customer in sample_customers(&catalog) {
        let rule = csp_catalog::domain::rules::purchase_rule(customer.effective_qualification());
        for subscription in customer.subscriptions.iter().filter(|s| s.is_active()) {
            assert!(
                rule.allows(subscription.segment),
                "{} owns {} ({:?}) but is {:?}",
                customer.name,
                subscription.friendly_name,
                subscription.segment,
                customer.qualification
            );
        }
    }
}

#[test]
fn a_customer_outside_the_catalogs_market_is_told_whose_prices_these_are() {
    use csp_catalog::domain::catalog::PriceListFit;
    use csp_catalog::domain::country::country;
    let catalog = default_catalog();
    assert_eq!(catalog.market(), Some(country("US")));
    assert_eq!(catalog.price_list_for(country("US")), PriceListFit::Matches);
    assert_eq!(
        catalog.price_list_for(country("DE")).to_string(),
        "This customer is billed from the Germany price list, in EUR. These are the United States price list's prices, in USD, shown for reference: import the Germany price list on the Data page for the prices Partner Center would charge."
    );
    // A market whose currency this app doesn't know is not said to be billed in USD.
    assert_eq!(
        catalog.price_list_for(country("BR")).to_string(),
        "This customer is billed from the Brazil price list. These are the United States price list's prices, in USD, shown for reference: import the Brazil price list on the Data page for the prices Partner Center would charge."
    );
}

#[test]
fn nonprofits_get_business_basic_free_for_up_to_300_users_and_reservations_are_paid_upfront_or_monthly() {
    use csp_catalog::domain::catalog::Segment;
    use csp_catalog::domain::term::{BillingFrequency, TermDuration};
    let catalog = default_catalog();
    let grant = offer_titled(&catalog, "Microsoft 365 Business Basic (Nonprofit Grant)");
    assert_eq!(grant.availability.segment, Segment::Nonprofit);
    assert_eq!(grant.sku.customer_limit, Some(300));
    assert!(grant.availability.plans().all(|(_, price)| price.is_zero()));
    // Azure reservations: one or three years, upfront or monthly, never three years by the year.
    let reservation = offer_titled(&catalog, "Standard_D2s_v5 US East");
    let plans: Vec<_> = reservation.availability.plans().map(|(plan, _)| plan).collect();
    assert!(!plans
        .iter()
        .any(|p| p.term == TermDuration::ThreeYears && p.billing_frequency == BillingFrequency::Annual));
    assert!(plans
        .iter()
        .any(|p| p.term == TermDuration::ThreeYears && p.billing_frequency == BillingFrequency::Triennial));
    // Teams Phone Standard is not held to the calling plans' countries.
    let phone = offer_titled(&catalog, "Microsoft Teams Phone Standard");
    assert!(phone
        .availability
        .countries
        .contains(csp_catalog::domain::country::country("BR")));
}
