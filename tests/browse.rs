#![cfg(not(target_arch = "wasm32"))]
//! Browsing: filters in the URL, search, views, sorting, "Why can't I find…?", and what-if.

mod common;

use csp_catalog::domain::catalog::builder::MONTHLY_PREMIUM_FROM;

use std::collections::HashMap;

use common::*;
use csp_catalog::app::browse::{
    find_anywhere, group_by_product, sort_offers, CategoryFilter, Filters, HiddenBy, SortOrder, ViewMode,
};
use csp_catalog::domain::cart::{Cart, NewLine};
use csp_catalog::domain::catalog::{
    default_catalog, BillingType, BusinessCategory, OfferIndex, ProductCategory, PublisherType, Segment,
};
use csp_catalog::domain::country::country;
use csp_catalog::domain::customer::Qualification;
use csp_catalog::domain::rules::{Context, Reason, Verdict, Verdicts};
use csp_catalog::domain::sample::{sample_customers, sample_partner};
use csp_catalog::domain::whatif::{compare, WhatIf};

fn parse(query: &str) -> (Filters, Vec<String>) {
    let pairs: HashMap<String, String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), percent_decode(v))
        })
        .collect();
    let (filters, notices) = Filters::from_query(|k| pairs.get(k).cloned());
    (filters, notices.iter().map(|n| n.to_string()).collect())
}

fn percent_decode(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&v[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn default_filters_make_an_empty_query() {
    assert_eq!(Filters::default().to_query_string(), "");
    assert_eq!(parse(""), (Filters::default(), vec![]));
}

#[test]
fn every_filter_round_trips_through_the_url() {
    let filters = Filters {
        tab: ProductCategory::Azure,
        segment: Some(Segment::Government),
        publisher: Some(PublisherType::Partner),
        billing: Some(BillingType::Usage),
        category: Some(CategoryFilter::Trial),
        search: "E3 & co/50% \"quoted\" é".to_string(),
        view: ViewMode::Skus,
        sort: SortOrder::PriceHighToLow,
        show_blocked: true,
        changed_only: true,
    };
    let query = filters.to_query_string();
    assert!(query.ends_with("&blocked=1&changed=1"), "{query}");
    assert!(query.starts_with("?category=azure&segment=government&publisher=partner&billing=usage&type=trial&q="));
    assert_eq!(parse(&query), (filters, vec![]));
    let business = Filters {
        category: Some(CategoryFilter::Business(BusinessCategory::IdentityAndAccess)),
        ..Filters::default()
    };
    assert_eq!(parse(&business.to_query_string()).0, business);
}

#[test]
fn unknown_query_values_fall_back_to_any_with_a_notice() {
    let (filters, notices) = parse("?segment=martian&billing=free&category=hardware&view=grid&sort=random&type=weird&blocked=maybe&utm_source=mail");
    assert_eq!(filters, Filters::default());
    assert_eq!(notices.len(), 7, "{notices:?}");
    assert_eq!(
        notices[1],
        "The link's segment \"martian\" isn't one this page knows, so it shows Any instead."
    );
    assert!(notices[0].contains("Online services"));
}

#[test]
fn any_is_accepted_and_values_are_case_insensitive() {
    let (filters, notices) = parse("?segment=any&publisher=MICROSOFT&view=SKUs");
    assert!(notices.is_empty());
    assert_eq!(filters.segment, None);
    assert_eq!(filters.publisher, Some(PublisherType::Microsoft));
    assert_eq!(filters.view, ViewMode::Skus);
}

#[test]
fn clearing_filters_keeps_the_tab_and_view() {
    let (filters, _) = parse("?category=software&segment=education&q=sql&view=skus&sort=price-asc");
    assert!(filters.has_filters());
    let cleared = filters.cleared();
    assert!(!cleared.has_filters());
    assert_eq!(cleared.to_query_string(), "?category=software&view=skus&sort=price-asc");
}

#[test]
fn search_matches_titles_descriptions_and_ids_word_by_word() {
    let catalog = default_catalog();
    let search = |q: &str| {
        let f = Filters {
            search: q.to_string(),
            ..Filters::default()
        };
        // Entries in force now or later (not the one before the monthly-billing premium).
        catalog
            .offers()
            .filter(|o| f.matches(*o) && o.availability.effective_end.is_none_or(|end| end >= TODAY))
            .map(|o| o.sku.title.clone())
            .collect::<Vec<_>>()
    };
    assert!(search("business premium").contains(&"Microsoft 365 Business Premium".to_string()));
    assert_eq!(search("CFQ7TTC0LHWM"), ["Dynamics 365 Business Central Premium"]);
    assert!(search("BUSINESS central").len() >= 3);
    assert!(search("no such thing anywhere").is_empty());
}

#[test]
fn filters_combine_and_say_what_hides_an_offer() {
    let catalog = default_catalog();
    let filters = Filters {
        segment: Some(Segment::Education),
        category: Some(CategoryFilter::Trial),
        ..Filters::default()
    };
    assert_eq!(
        catalog.offers().filter(|o| filters.matches(*o)).count(),
        0,
        "no education trials exist"
    );
    let reservation = offer_titled(&catalog, "Standard_D2s_v5 US East");
    assert_eq!(
        filters.hidden_by(reservation, &Verdict::Allowed),
        vec![
            HiddenBy::CategoryTab(ProductCategory::Azure),
            HiddenBy::Segment,
            HiddenBy::Category
        ]
    );
    let blocked = Verdict::Blocked(vec![Reason::BoughtInAzurePortal]);
    assert_eq!(
        filters.hidden_by(reservation, &blocked).last(),
        Some(&HiddenBy::CannotBuy)
    );
    let showing = Filters {
        show_blocked: true,
        ..filters.clone()
    };
    assert!(!showing.hidden_by(reservation, &blocked).contains(&HiddenBy::CannotBuy));
    assert_eq!(
        HiddenBy::CannotBuy.to_string(),
        "offers this customer can't buy are hidden"
    );
    assert_eq!(
        HiddenBy::CategoryTab(ProductCategory::Azure).to_string(),
        "it is under the Azure tab"
    );
}

#[test]
fn the_products_view_lists_each_product_once_with_its_sku_count_and_monthly_price_range() {
    let catalog = default_catalog();
    let filters = Filters {
        search: "Microsoft 365 Business".to_string(),
        ..Filters::default()
    };
    let mut indexes: Vec<OfferIndex> = catalog
        .offer_indexes()
        .zip(catalog.offers())
        .filter(|(_, o)| filters.matches(*o))
        .map(|(i, _)| i)
        .collect();
    sort_offers(&catalog, &mut indexes, SortOrder::Name);
    let groups = group_by_product(&catalog, &indexes);
    let premium = groups
        .iter()
        .find(|g| catalog.offer_at(g.offers[0]).product.title == "Microsoft 365 Business Premium")
        .unwrap();
    assert_eq!(premium.sku_count, 3);
    // Like with like: the trial's nothing to the one-month term's $26.40 a month, not a
    // month against a year's $277.20 billed monthly (which is $23.10 a month).
    let (low, high) = premium.monthly_price_range.unwrap();
    assert_eq!(
        (low.to_string(), high.to_string()),
        ("$0.00".to_string(), "$26.40".to_string())
    );
    let ids: Vec<_> = groups
        .iter()
        .map(|g| catalog.offer_at(g.offers[0]).product.id.clone())
        .collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(ids, unique);
}

#[test]
fn offers_sort_by_name_or_price_with_usage_last() {
    let catalog = default_catalog();
    let mut all: Vec<OfferIndex> = catalog.offer_indexes().collect();
    sort_offers(&catalog, &mut all, SortOrder::PriceLowToHigh);
    let prices: Vec<_> = all
        .iter()
        .map(|&i| csp_catalog::app::browse::lowest_price(catalog.offer_at(i)))
        .collect();
    let priced: Vec<_> = prices.iter().take_while(|p| p.is_some()).collect();
    assert!(priced.windows(2).all(|w| w[0] <= w[1]));
    assert!(prices[priced.len()..].iter().all(Option::is_none), "usage offers last");
    sort_offers(&catalog, &mut all, SortOrder::PriceHighToLow);
    assert!(
        csp_catalog::app::browse::lowest_price(catalog.offer_at(all[0]))
            >= csp_catalog::app::browse::lowest_price(catalog.offer_at(all[1]))
    );
    sort_offers(&catalog, &mut all, SortOrder::Name);
    // Natural order: case ignored, numbers compared as numbers.
    let keys: Vec<_> = all
        .iter()
        .map(|&i| csp_catalog::app::browse::natural_key(&catalog.offer_at(i).sku.title))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn why_cant_i_find_searches_the_whole_catalog_best_match_first() {
    let catalog = default_catalog();
    let found = find_anywhere(&catalog, "Business Central Premium", 8);
    assert_eq!(
        catalog.offer_at(found[0]).sku.title,
        "Dynamics 365 Business Central Premium"
    );
    let by_id = find_anywhere(&catalog, "cfq7ttc0lhwm", 8);
    assert_eq!(catalog.offer_at(by_id[0]).product.id.as_str(), "CFQ7TTC0LHWM");
    assert!(find_anywhere(&catalog, "   ", 8).is_empty());
    assert_eq!(find_anywhere(&catalog, "microsoft", 5).len(), 5);
}

#[test]
fn the_seeds_story_a_german_customer_served_from_slovakia_cant_have_business_central_premium() {
    // "If your tenant is located in Slovakia and the customer's tenant is in Germany, you
    // won't be able to sell Dynamics 365 Business Central Premium to that customer."
    let catalog = default_catalog();
    let partner = sample_partner();
    let customers = sample_customers(&catalog);
    let fabrikam = customers.iter().find(|c| c.id.as_str() == "fabrikam-gmbh").unwrap();
    assert_eq!(partner.tenant_for(fabrikam.tenant_country), country("SK"));
    let premium = offer_titled(&catalog, "Dynamics 365 Business Central Premium");
    let before = Context::new(&catalog, &partner, fabrikam, TODAY).verdicts();
    let at = catalog.offer_index(&premium.id()).unwrap();
    assert_eq!(
        before.get(at).unwrap().reasons(),
        [Reason::NotInPartnerCountry { country: country("SK") }],
        "only the partner's country is in the way"
    );

    // What if the partner sold from a tenant in Germany instead?
    let what_if = WhatIf {
        partner_country: Some(country("DE")),
        ..WhatIf::default()
    };
    let (p2, c2) = what_if.apply(&partner, fabrikam, TODAY);
    assert_eq!(
        partner.tenant_for(fabrikam.tenant_country),
        country("SK"),
        "the real partner is untouched"
    );
    let comparison = compare(&before, &Context::new(&catalog, &p2, &c2, TODAY).verdicts());
    let gained: Vec<&str> = comparison
        .gained
        .iter()
        .map(|&i| catalog.offer_at(i).sku.title.as_str())
        .collect();
    assert!(gained.contains(&"Dynamics 365 Business Central Premium"), "{gained:?}");
    assert!(comparison.lost.is_empty(), "Germany loses nothing Slovakia had here");
}

#[test]
fn what_if_can_change_every_fact_it_offers() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customers = sample_customers(&catalog);
    let contoso = customers.iter().find(|c| c.id.as_str() == "contoso-pharma").unwrap();
    let what_if = WhatIf {
        qualification: Some(Qualification::Education),
        customer_country: Some(country("FR")),
        agreement_accepted: Some(false),
        partner_country: Some(country("SK")),
        partner_type: Some(csp_catalog::domain::partner::PartnerType::IndirectReseller),
        us_government_cloud: Some(true),
        gcc_validated: Some(true),
    };
    let (p, c) = what_if.apply(&partner, contoso, TODAY);
    assert_eq!(c.effective_qualification(), Qualification::Education);
    assert_eq!(c.tenant_country, country("FR"));
    assert!(c.agreement.is_none());
    assert_eq!(p.tenant_country, country("SK"));
    assert!(p.has(csp_catalog::domain::partner::ResellerQualification::UsGovernmentCloud));
    assert!(p.has(csp_catalog::domain::partner::ResellerQualification::GovernmentCommunityCloud));
    let none = WhatIf {
        qualification: Some(Qualification::None),
        agreement_accepted: Some(true),
        ..WhatIf::default()
    };
    let mut unsigned = contoso.clone();
    unsigned.agreement = None;
    let (_, c) = none.apply(&partner, &unsigned, TODAY);
    assert!(c.qualification.is_none());
    assert!(c.has_accepted_agreement_on(TODAY));
}

#[test]
fn seats_already_in_the_cart_count_against_the_pool() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customers = sample_customers(&catalog);
    let contoso = customers.iter().find(|c| c.id.as_str() == "contoso-pharma").unwrap();
    let basic = offer_titled(&catalog, "Microsoft 365 Business Basic");
    let mut cart = Cart::default();
    cart.add(NewLine {
        offer: basic.id(),
        quantity: 15,
        plan: None,
    });
    let context = Context::new(&catalog, &partner, contoso, TODAY).with_cart(&cart);
    assert_eq!(context.check_quantity(basic, "5"), Ok(5));
    assert_eq!(
        context.check_quantity(basic, "6"),
        Err(vec![Reason::ExceedsPooledLimit {
            requested: 6,
            remaining: 5,
            limit: 300
        }])
    );
}

#[test]
fn the_facet_index_gives_the_same_lists_as_testing_every_offer() {
    for catalog in [
        default_catalog(),
        csp_catalog::domain::catalog::synthetic::synthetic_catalog(2_000, 7),
    ] {
        let index = csp_catalog::app::browse::FacetIndex::of(&catalog);
        let kinds = [
            None,
            Some(CategoryFilter::Trial),
            Some(CategoryFilter::Business(BusinessCategory::Security)),
        ];
        for tab in ProductCategory::ALL {
            for segment in [None, Some(Segment::Commercial), Some(Segment::Education)] {
                for category in kinds {
                    for (sort, search) in [
                        (SortOrder::Name, ""),
                        (SortOrder::PriceLowToHigh, "pro"),
                        (SortOrder::PriceHighToLow, "CFQ7 plan"),
                    ] {
                        let filters = Filters {
                            tab,
                            segment,
                            category,
                            sort,
                            search: search.to_string(),
                            publisher: Some(PublisherType::Microsoft),
                            ..Filters::default()
                        };
                        let mut expected: Vec<OfferIndex> = catalog
                            .offer_indexes()
                            .zip(catalog.offers())
                            .filter(|(_, o)| filters.matches(*o))
                            .map(|(i, _)| i)
                            .collect();
                        sort_offers(&catalog, &mut expected, sort);
                        assert_eq!(index.matching(&filters), expected, "{filters:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn the_list_leaves_out_what_the_customer_cannot_buy_unless_asked_and_counts_it() {
    let allowed = Verdict::Allowed;
    let blocked = Verdict::Blocked(vec![Reason::BoughtInAzurePortal]);
    let verdicts: Verdicts = [allowed.clone(), blocked.clone(), allowed, blocked]
        .into_iter()
        .collect();
    let [zero, one, two, three] = [0, 1, 2, 3].map(OfferIndex::new);
    let _ = zero;
    let matching = [three, two, one];
    let hiding = csp_catalog::app::browse::listed(&matching, &verdicts, false, &Default::default());
    assert_eq!(hiding.offers, vec![two]);
    assert_eq!(hiding.cannot_buy_hidden, 2);
    let showing = csp_catalog::app::browse::listed(&matching, &verdicts, true, &Default::default());
    assert_eq!(showing.offers, vec![three, two, one], "in the order they matched");
    assert_eq!(showing.cannot_buy_hidden, 0);
}

#[test]
fn a_product_row_says_which_of_its_listed_skus_cant_be_sold_and_the_first_reason() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let customers = sample_customers(&catalog);
    let tatra = customers.iter().find(|c| c.id.as_str() == "tatra-logistics").unwrap();
    let verdicts = Context::new(&catalog, &partner, tatra, TODAY).verdicts();
    let filters = Filters {
        search: "Business Central".to_string(),
        show_blocked: true,
        ..Filters::default()
    };
    let matching: Vec<OfferIndex> = catalog
        .offer_indexes()
        .zip(catalog.offers())
        .filter(|(_, o)| filters.matches(*o))
        .map(|(i, _)| i)
        .collect();
    let groups = group_by_product(&catalog, &matching);
    let central = groups
        .iter()
        .find(|g| catalog.offer_at(g.offers[0]).product.title.contains("Business Central"))
        .unwrap();
    let blocked = csp_catalog::app::browse::blocked_skus(central, &verdicts).expect("some SKUs are blocked");
    assert!(blocked.blocked >= 1 && blocked.blocked <= blocked.listed);
    assert_eq!(
        blocked.to_string(),
        "Can't be sold: Not available in Slovakia, the partner's tenant country (and more)."
    );

    let power_bi = group_by_product(
        &catalog,
        &[catalog
            .offer_index(&offer_titled(&catalog, "Power BI Pro").id())
            .unwrap()],
    );
    let contoso = customers.iter().find(|c| c.id.as_str() == "contoso-pharma").unwrap();
    let allowed = Context::new(&catalog, &partner, contoso, TODAY).verdicts();
    assert_eq!(
        csp_catalog::app::browse::blocked_skus(&power_bi[0], &allowed),
        None,
        "nothing to say"
    );
}

#[test]
fn a_partly_blocked_product_counts_its_blocked_skus_and_says_when_there_are_more_reasons() {
    let [a, b, c] = [0, 1, 2].map(OfferIndex::new);
    let two_reasons = Verdict::Blocked(vec![
        Reason::BoughtInAzurePortal,
        Reason::AgreementNotAccepted { accepted_on: None },
    ]);
    let verdicts: Verdicts = [
        two_reasons,
        Verdict::Allowed,
        Verdict::Blocked(vec![Reason::BoughtInAzurePortal]),
    ]
    .into_iter()
    .collect();
    let summary = csp_catalog::app::browse::ProductSummary {
        product: "CFQ7TTC0LF8Q".parse().unwrap(),
        offers: vec![a, b, c],
        sku_count: 3,
        monthly_price_range: None,
        unit: None,
    };
    let blocked = csp_catalog::app::browse::blocked_skus(&summary, &verdicts).unwrap();
    assert_eq!(
        blocked.to_string(),
        "2 of 3 SKUs can't be sold: Bought in the Azure portal, not here: listed for information only (and more)."
    );
}

#[test]
fn a_scheduled_price_change_is_one_row_that_says_when_the_next_price_starts() {
    let catalog = default_catalog();
    let e3: Vec<OfferIndex> = catalog
        .offer_indexes()
        .filter(|&i| catalog.offer_at(i).sku.title == "Microsoft 365 E3")
        .filter(|&i| catalog.offer_at(i).availability.effective_start >= MONTHLY_PREMIUM_FROM)
        .collect();
    assert_eq!(e3.len(), 2, "two price-list entries, before and after 1 July 2026");
    let (before, after) = (e3[0], e3[1]);

    // In June, the July price is scheduled.
    let june = time::macros::date!(2026 - 06 - 15);
    let in_june = catalog.superseded_entries(june);
    assert!(in_june.contains(&after) && !in_june.contains(&before));
    let next = catalog.next_entry(before, june).expect("a price change is scheduled");
    assert_eq!(next.availability.effective_start, time::macros::date!(2026 - 07 - 01));

    // Since July the new price is in force, and none is scheduled.
    let in_november = catalog.superseded_entries(TODAY);
    assert!(in_november.contains(&before) && !in_november.contains(&after));
    assert!(catalog.next_entry(after, TODAY).is_none());

    // The list shows one E3 row, even with the offers the customer can't buy shown.
    let contoso = sample_customers(&catalog)
        .into_iter()
        .find(|c| c.id.as_str() == "contoso-pharma")
        .unwrap();
    let verdicts = Context::new(&catalog, &sample_partner(), &contoso, TODAY).verdicts();
    let shown = csp_catalog::app::browse::listed(&e3, &verdicts, true, &in_november);
    assert_eq!(shown.offers, vec![after]);
    assert_eq!(shown.cannot_buy_hidden, 0);
    // A SKU with one entry, or an offer not yet listed at all (SQL Server 2025), is not superseded.
    let sql_2025 = offer_titled(&catalog, "SQL Server 2025 Standard - 2 Core License Pack").id();
    assert!(!in_november.contains(&catalog.offer_index(&sql_2025).unwrap()));
}

#[test]
fn assumed_facts_travel_in_a_link_and_a_bad_one_is_reported() {
    use csp_catalog::app::browse::{what_if_from_query, what_if_query_pairs};
    use csp_catalog::domain::country::country;
    use csp_catalog::domain::customer::Qualification;
    use csp_catalog::domain::partner::PartnerType;
    use csp_catalog::domain::whatif::WhatIf;

    let what_if = WhatIf {
        qualification: Some(Qualification::Education),
        customer_country: Some(country("CA")),
        agreement_accepted: Some(false),
        partner_country: Some(country("DE")),
        partner_type: Some(PartnerType::IndirectReseller),
        us_government_cloud: Some(true),
        gcc_validated: Some(false),
    };
    let pairs = what_if_query_pairs(&what_if);
    let get = |key: &str| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone());
    assert_eq!(what_if_from_query(get), (what_if, Vec::new()));
    assert!(what_if_query_pairs(&WhatIf::default()).is_empty());

    let (read, notices) = what_if_from_query(|key| match key {
        "assume-customer-country" => Some("XX".to_string()),
        "assume-agreement" => Some("yes".to_string()),
        _ => None,
    });
    assert_eq!(read.customer_country, None);
    assert_eq!(read.agreement_accepted, Some(true));
    assert_eq!(
        notices.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["The link's assume-customer-country \"XX\" isn't one this page knows, so it shows the facts as they are instead."]
    );
}

/// Issue 22, bug 3: a bad `?type=` was reported under the key "category", which is another
/// parameter (the tab); every notice names the parameter the link gave.
#[test]
fn a_notice_names_the_parameter_the_link_gave() {
    let (_, raw) = Filters::from_query(|key| {
        ["type", "billing", "sort", "category"]
            .contains(&key)
            .then(|| "weird".to_string())
    });
    let keys: Vec<&str> = raw.iter().map(|n| n.key).collect();
    assert_eq!(keys, ["category", "billing", "type", "sort"]);
    assert_eq!(
        raw[2].to_string(),
        "The link's type \"weird\" isn't one this page knows, so it shows Any instead."
    );
}

#[test]
fn a_product_says_the_unit_its_skus_are_sold_by_and_none_when_they_differ() {
    use csp_catalog::domain::catalog::Unit;
    let catalog = default_catalog();
    let all: Vec<_> = (0..catalog.offer_count())
        .map(csp_catalog::domain::catalog::OfferIndex::new)
        .collect();
    let groups = csp_catalog::app::browse::group_by_product(&catalog, &all);
    let unit_of = |title: &str| {
        let product = catalog
            .products()
            .iter()
            .find(|p| p.title == title)
            .expect("in the built-in catalog");
        groups.iter().find(|g| g.product == product.id).and_then(|g| g.unit)
    };
    assert_eq!(unit_of("Microsoft 365 E3"), Some(Unit::User));
    assert_eq!(unit_of("Microsoft Teams Rooms"), Some(Unit::Room));
    assert_eq!(unit_of("Acronis Cyber Protect Cloud"), Some(Unit::Workload));
    // User and Device CALs under one product.
    assert_eq!(unit_of("Windows Server 2025 Remote Desktop Services"), None);
}
