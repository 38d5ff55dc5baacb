#![cfg(not(target_arch = "wasm32"))]
//! Importing real-shaped price lists and offer matrices, and exporting a catalog back.

mod common;

use common::*;
use csp_catalog::app::buy_options::{price_change, BuyOptions};
use csp_catalog::domain::catalog::{default_catalog, Catalog, PriceChange, Segment};
use csp_catalog::domain::country::country;
use csp_catalog::domain::rules::{Context, Reason};
use csp_catalog::domain::term::{BillingFrequency, TermDuration};
use csp_catalog::formats::pricelist::{
    build_catalog, export_price_list, FileProblem, ImportSummary, OfferMatrixReader, PriceListReader,
};
use time::macros::date;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn import(prices: &str, matrix: Option<&str>) -> Result<(Catalog, ImportSummary), FileProblem> {
    let prices = PriceListReader::open_price_list(prices.to_string())?.read_all();
    let matrix = match matrix {
        Some(text) => Some(OfferMatrixReader::open_offer_matrix(text.to_string())?.read_all()),
        None => None,
    };
    build_catalog(prices, matrix)
}

fn problems(summary: &ImportSummary) -> Vec<String> {
    summary.problems.iter().map(|p| p.to_string()).collect()
}

#[test]
fn a_real_shaped_price_list_imports_with_its_bom_quotes_newlines_and_crlf() {
    let (catalog, summary) = import(&fixture("price-list.csv"), None).unwrap();
    assert_eq!(summary.problems, vec![], "{:?}", problems(&summary));
    assert_eq!((summary.rows, summary.used_rows), (12, 12));
    assert_eq!((summary.products, summary.skus), (6, 8));
    assert_eq!(
        summary.to_string(),
        "12 rows became 6 products and 8 SKUs (9 offers); 0 skipped."
    );

    let e3 = offer_titled(&catalog, "Microsoft 365 E3");
    assert_eq!(
        e3.sku.description,
        "Office apps, Windows Enterprise\nand Intune, on two lines"
    );
    assert_eq!(e3.availability.effective_end, Some(date!(2026 - 11 - 30)));
    assert_eq!(
        e3.availability
            .price_for(TermDuration::ThreeYears, BillingFrequency::Triennial)
            .unwrap()
            .to_string(),
        "$1,296.00"
    );
    let basic = offer_titled(&catalog, "Microsoft 365 Business Basic");
    assert_eq!(basic.sku.description, "Identity, email and Teams; web apps");
    // Billing monthly for a year costs more than paying up front: both prices are kept.
    assert_eq!(
        basic
            .availability
            .price_for(TermDuration::OneYear, BillingFrequency::Annual)
            .unwrap()
            .to_string(),
        "$72.00"
    );
    assert_eq!(
        basic
            .availability
            .price_for(TermDuration::OneYear, BillingFrequency::Monthly)
            .unwrap()
            .to_string(),
        "$75.60"
    );
    assert_eq!(
        offer_titled(&catalog, "Microsoft 365 Business Basic (Nonprofit Staff Pricing)")
            .availability
            .segment,
        Segment::Nonprofit
    );
    assert_eq!(
        offer_titled(&catalog, "Microsoft 365 A3 for faculty")
            .availability
            .segment,
        Segment::Education
    );
    assert_eq!(
        offer_titled(&catalog, "Microsoft 365 G3 GCC").availability.segment,
        Segment::Government
    );
    assert!(offer_titled(&catalog, "Microsoft 365 Business Basic Trial").sku.trial);
    let acme = offer_titled(&catalog, "Acme Backup per user");
    assert_eq!(acme.product.publisher.to_string(), "Acme Software Ltd.");
    assert_eq!(
        acme.availability.effective_start,
        date!(2026 - 11 - 01),
        "M/D/YYYY dates are read too"
    );
    // Without an offer matrix, the Market column says whose prices these are, not where the
    // offer is sold (issue 26): no country but the embargoed ones is held back.
    assert!(basic.availability.is_sold_in(country("US")) && basic.availability.is_sold_in(country("DE")));
    assert!(!catalog.countries_known());
}

#[test]
fn each_unusable_row_is_reported_with_its_line_column_and_reason() {
    let (catalog, summary) = import(&fixture("price-list-awkward.csv"), None).unwrap();
    assert_eq!(
        problems(&summary),
        [
            "Price list line 3, TermDuration: \"P2Y\" is not a term this app sells (P1M, P1Y or P3Y)",
            "Price list line 4, BillingPlan: a trial must be P1M, billed None, with a price of 0",
            "Price list line 5, ProductId: \"cfq7ttc0l3pb\" is not a product id: expected 12 upper-case letters or digits, like CFQ7TTC0LH18",
            "Price list line 6, BillingPlan: a P1M term can't be billed Annual",
            "Price list line 8, UnitPrice: \"abc\" is not a price (a number like 12.50)",
            "Price list line 9: repeats an earlier row's product, SKU, segment, dates, term, billing plan and price tier",
            "Price list line 10, EffectiveEndDate: is before EffectiveStartDate",
            "Price list line 11, SkuTitle: is empty",
        ]
    );
    assert_eq!(summary.rows, 10, "the blank line is not a row");
    assert_eq!(summary.used_rows, 2);
    assert_eq!(
        summary.to_string(),
        "10 rows became 1 product and 1 SKU (1 offer); 8 skipped."
    );
    let pbi = offer_titled(&catalog, "Power BI Pro");
    assert_eq!(pbi.availability.terms.len(), 2);
}

#[test]
fn the_offer_matrix_adds_limits_add_on_bases_and_countries() {
    let (catalog, summary) = import(&fixture("price-list.csv"), Some(&fixture("offer-matrix.csv"))).unwrap();
    assert_eq!(
        problems(&summary),
        [
            "Offer matrix line 2, ProductSkuConversion: the upgrade target CFQ7TTC0LDPB:0001 is not in the price list, so it is left out",
            "Offer matrix line 3, ProductSkuPreRequisites: the base offer CFQ7TTC0XXXX:0001 is not in the price list, so it is left out",
            "Offer matrix line 5, MaxLicenses: \"abc\" is not a whole number",
            "Offer matrix line 6, AllowedCountries: \"QQ\" is not an ISO 3166-1 country code (two letters, such as DE or US)",
        ]
    );
    assert_eq!(catalog.market(), Some(country("US")), "every row is the US market's");
    let basic = offer_titled(&catalog, "Microsoft 365 Business Basic");
    assert_eq!(basic.sku.max_quantity, 300);
    assert_eq!(
        basic.sku.upgrades,
        ["CFQ7TTC0LFLZ:0001"
            .parse::<csp_catalog::domain::ids::ProductSkuId>()
            .unwrap()],
        "the matrix's upgrade column, a target missing from the price list left out"
    );
    assert_eq!(
        basic.availability.countries.iter().collect::<Vec<_>>(),
        vec![country("CA"), country("DE"), country("SK"), country("US")]
    );
    let e3 = offer_titled(&catalog, "Microsoft 365 E3");
    assert_eq!(e3.sku.min_quantity, 5);

    // Teams Phone is an add-on of Business Basic or E3: the rules now treat it so.
    let phone = offer_titled(&catalog, "Microsoft Teams Phone Standard");
    assert_eq!(phone.sku.prerequisites.len(), 2);
    let (partner, customer) = (partner_in("US"), customer_in("US"));
    let reasons = Context::new(&catalog, &partner, &customer, TODAY)
        .evaluate(phone)
        .reasons()
        .to_vec();
    assert!(
        matches!(&reasons[..], [Reason::AddOnWithoutBase { bases }] if bases[..] == ["Microsoft 365 Business Basic", "Microsoft 365 E3"])
    );
}

#[test]
fn a_file_without_the_required_columns_is_refused_whole() {
    let err = import(&fixture("price-list-missing-columns.csv"), None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "The price list is missing the columns SkuId, Publisher, TermDuration, BillingPlan, EffectiveStartDate."
    );
    assert_eq!(import("", None).unwrap_err(), FileProblem::Empty);
    let only_bad = "ProductTitle,ProductId,SkuId,SkuTitle,Publisher,TermDuration,BillingPlan,UnitPrice,EffectiveStartDate\nX,BAD,0001,X,Microsoft,P1Y,Annual,1,2026-01-01\n";
    assert_eq!(import(only_bad, None).unwrap_err(), FileProblem::NoUsableRow(1));
    let mixed = "ProductTitle,ProductId,SkuId,SkuTitle,Publisher,TermDuration,BillingPlan,UnitPrice,EffectiveStartDate,Currency\n\
        A,CFQ7TTC0AAAA,0001,A,Microsoft,P1Y,Annual,1,2026-01-01,USD\nB,CFQ7TTC0BBBB,0001,B,Microsoft,P1Y,Annual,1,2026-01-01,EUR\n";
    assert_eq!(
        import(mixed, None).unwrap_err().to_string(),
        "The price list mixes currencies (EUR, USD); import one market's list at a time."
    );
}

#[test]
fn exporting_an_imported_price_list_keeps_every_field() {
    let original = fixture("price-list.csv");
    let (catalog, _) = import(&original, None).unwrap();
    let exported = export_price_list(&catalog);

    let records = |text: &str| {
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let header = reader.headers().unwrap().clone();
        let mut rows: Vec<Vec<(String, String)>> = reader
            .records()
            .map(|r| {
                header
                    .iter()
                    .zip(r.unwrap().iter())
                    .map(|(h, v)| (h.to_string(), v.to_string()))
                    .collect()
            })
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(records(&exported), records(&original));
    let (again, _) = import(&exported, None).unwrap();
    assert_eq!(again.products(), catalog.products());
}

#[test]
fn the_built_in_catalog_exports_as_a_price_list_that_imports_back() {
    let catalog = default_catalog();
    let exported = export_price_list(&catalog);
    assert!(exported.starts_with("ProductTitle,ProductId,SkuId,SkuTitle,Publisher,SkuDescription,UnitOfMeasure,TermDuration,BillingPlan,Market,Currency,UnitPrice,PricingTierRangeMin,PricingTierRangeMax,EffectiveStartDate,EffectiveEndDate,Tags,ERP Price,Segment\r\n"));
    let (again, summary) = import(&exported, None).unwrap();
    assert!(summary.problems.is_empty(), "{:?}", problems(&summary));
    let license_offers = catalog.offers().filter(|o| !o.availability.terms.is_empty()).count();
    assert_eq!(
        summary.offers, license_offers,
        "every license offer comes back (usage items have no price-list row)"
    );
    let e3 = again.offers().filter(|o| o.sku.title == "Microsoft 365 E3").count();
    assert_eq!(
        e3, 3,
        "every price-list entry of the repriced SKU: before the monthly-billing premium, and both sides of the July 2026 rise"
    );
    for offer in again.offers() {
        let original = catalog
            .offers()
            .find(|o| {
                o.id().product_sku() == offer.id().product_sku()
                    && o.availability.effective_start == offer.availability.effective_start
            })
            .unwrap();
        for (plan, price) in offer.availability.plans() {
            assert_eq!(
                original.availability.price_for(plan.term, plan.billing_frequency),
                Some(price),
                "{}",
                offer.sku.title
            );
        }
    }
}

#[test]
fn a_large_price_list_is_read_in_steps_with_progress() {
    let mut text = String::from(
        "ProductTitle,ProductId,SkuId,SkuTitle,Publisher,TermDuration,BillingPlan,UnitPrice,EffectiveStartDate\n",
    );
    for i in 0..20_000u32 {
        text.push_str(&format!(
            "Product {i},CFQ7TTC{:05},0001,SKU {i},Microsoft,P1Y,Annual,{}.50,2026-01-01\n",
            i,
            10 + i % 90
        ));
    }
    let mut reader = PriceListReader::open_price_list(text).unwrap();
    let mut progress = Vec::new();
    while !reader.is_finished() {
        progress.push(reader.read(2_500));
    }
    assert!(progress.len() >= 8);
    assert!(progress.windows(2).all(|w| w[0] <= w[1]), "progress only grows");
    assert_eq!(progress.last(), Some(&1.0));
    let (catalog, summary) = build_catalog(reader, None).unwrap();
    assert_eq!(summary.used_rows, 20_000);
    assert_eq!(catalog.stats().skus, 20_000);
}

const HEADER: &str = "ProductTitle,ProductId,SkuId,SkuTitle,Publisher,SkuDescription,UnitOfMeasure,TermDuration,BillingPlan,Market,Currency,UnitPrice,PricingTierRangeMin,PricingTierRangeMax,EffectiveStartDate,EffectiveEndDate,Tags,ERP Price";

/// A price list of the given rows (after the header), each `sku, title, term, billing, market, price, start, end, tags`.
fn price_list(rows: &[[&str; 9]]) -> String {
    let mut text = format!("{HEADER}\r\n");
    for [sku, title, term, billing, market, price, start, end, tags] in rows {
        text.push_str(&format!(
            "Contoso Thing,CFQ7TTC0ABCD,{sku},{title},Microsoft Corporation,A thing,1,{term},{billing},{market},USD,{price},,,{start},{end},{tags},{price}\r\n"
        ));
    }
    text
}

#[test]
fn a_sku_mixing_trial_and_paid_rows_imports_its_first_kind_and_skips_the_rest() {
    let text = price_list(&[
        [
            "0001",
            "Contoso Thing",
            "P1M",
            "Monthly",
            "US",
            "10.00",
            "2026-11-01",
            "",
            "License",
        ],
        [
            "0001",
            "Contoso Thing",
            "P1M",
            "None",
            "US",
            "0",
            "2026-11-01",
            "",
            "License; Trial",
        ],
        [
            "0002",
            "Contoso Thing Trial",
            "P1M",
            "None",
            "US",
            "0",
            "2026-11-01",
            "",
            "License; Trial",
        ],
    ]);
    let (catalog, summary) = import(&text, None).expect("not rejected whole");
    assert_eq!(
        problems(&summary),
        ["Price list line 3, BillingPlan: SKU CFQ7TTC0ABCD:0001 is paid in its first row, so a trial row can't join it"]
    );
    assert!(!offer_titled(&catalog, "Contoso Thing").sku.trial);
    assert!(offer_titled(&catalog, "Contoso Thing Trial").sku.trial);
}

#[test]
fn two_entries_of_one_sku_whose_dates_overlap_are_reported_and_the_later_skipped() {
    let text = price_list(&[
        [
            "0001",
            "Contoso Thing",
            "P1M",
            "Monthly",
            "US",
            "10.00",
            "2026-11-01",
            "2026-12-31",
            "License",
        ],
        [
            "0001",
            "Contoso Thing",
            "P1Y",
            "Annual",
            "US",
            "100.00",
            "2026-11-01",
            "2026-12-31",
            "License",
        ],
        [
            "0001",
            "Contoso Thing",
            "P1M",
            "Monthly",
            "US",
            "11.00",
            "2026-12-01",
            "",
            "License",
        ],
        [
            "0001",
            "Contoso Thing",
            "P1M",
            "Monthly",
            "US",
            "12.00",
            "2027-01-01",
            "",
            "License",
        ],
    ]);
    let (catalog, summary) = import(&text, None).unwrap();
    assert_eq!(
        problems(&summary),
        ["Price list line 4, EffectiveStartDate: its dates overlap the SKU's Commercial price for 1 month, billed monthly, from 1 November 2026 to 31 December 2026: one price per term and billing plan at a time"]
    );
    let entries = &offer_titled(&catalog, "Contoso Thing").sku.availabilities;
    assert_eq!(entries.len(), 2, "November-December, and from January");
}

#[test]
fn with_no_market_and_no_offer_matrix_embargoed_countries_are_still_excluded() {
    let text = price_list(&[[
        "0001",
        "Contoso Thing",
        "P1M",
        "Monthly",
        "",
        "10.00",
        "2026-11-01",
        "",
        "License",
    ]]);
    let (catalog, _) = import(&text, None).unwrap();
    let offer = offer_titled(&catalog, "Contoso Thing");
    assert!(offer.availability.is_sold_in(country("DE")) && offer.availability.is_sold_in(country("US")));
    for embargoed in ["CU", "IR", "KP", "SY", "RU", "BY"] {
        assert!(!offer.availability.is_sold_in(country(embargoed)), "{embargoed}");
    }
}

#[test]
fn price_tiers_are_kept_priced_by_quantity_and_exported_back() {
    // One SKU, one term, three volume tiers (rows in any order), and an ordinary monthly row.
    let row = |term: &str, billing: &str, price: &str, min: &str, max: &str| {
        format!(
            "Contoso Thing,CFQ7TTC0ABCD,0001,Contoso Thing,Microsoft Corporation,A thing,1,{term},{billing},US,USD,{price},{min},{max},2026-11-01T00:00:00Z,,License,{price}\r\n"
        )
    };
    let text = format!(
        "{HEADER}\r\n{}{}{}{}",
        row("P1Y", "Annual", "120.00", "1", "99"),
        row("P1Y", "Annual", "84.00", "1000", ""),
        row("P1Y", "Annual", "96.00", "100.0", "999"),
        row("P1M", "Monthly", "12.00", "", ""),
    );
    let (catalog, summary) = import(&text, None).unwrap();
    assert_eq!(
        summary.problems,
        vec![],
        "tiers are not repeats: {:?}",
        problems(&summary)
    );
    let offer = offer_titled(&catalog, "Contoso Thing");
    let year = offer
        .availability
        .term_price(TermDuration::OneYear, BillingFrequency::Annual)
        .unwrap();
    let tiers: Vec<(u32, Option<u32>, String)> = year
        .tiers
        .iter()
        .map(|t| (t.from, t.to, t.unit_price.to_string()))
        .collect();
    assert_eq!(
        tiers,
        [
            (1, Some(99), "$120.00".to_string()),
            (100, Some(999), "$96.00".to_string()),
            (1000, None, "$84.00".to_string())
        ]
    );
    assert_eq!(
        year.unit_price.to_string(),
        "$120.00",
        "the list price is the first tier's"
    );
    let price = |quantity| {
        offer
            .availability
            .price_for_quantity(TermDuration::OneYear, BillingFrequency::Annual, quantity)
            .unwrap()
            .to_string()
    };
    assert_eq!(
        [price(1), price(99), price(100), price(999), price(5000)],
        ["$120.00", "$120.00", "$96.00", "$96.00", "$84.00"]
    );

    // The buy card shows the price of the tier the typed quantity falls in, and the list
    // price while nothing valid is typed.
    let card = BuyOptions::of(offer);
    let year_at = card.position(Some(csp_catalog::domain::term::Plan {
        term: TermDuration::OneYear,
        billing_frequency: BillingFrequency::Annual,
    }));
    assert_eq!(card.tiers(year_at).len(), 3);
    let card_price = |quantity| card.unit_price(year_at, quantity).unwrap().to_string();
    assert_eq!(
        [
            card_price(None),
            card_price(Some(1)),
            card_price(Some(150)),
            card_price(Some(1000))
        ],
        ["$120.00", "$120.00", "$96.00", "$84.00"]
    );
    let month_at = (year_at + 1) % 2;
    assert!(card.tiers(month_at).is_empty(), "the monthly plan has one price");
    assert_eq!(card.unit_price(month_at, Some(150)).unwrap().to_string(), "$12.00");
    assert_eq!(card.tiers(7), &[], "a position past the plans has no tiers");

    // Review prices a line at its quantity's tier.
    let partner = partner_in("US");
    let customer = customer_in("US");
    let cart = csp_catalog::domain::cart::Cart::from_iter([csp_catalog::domain::cart::NewLine {
        offer: offer.id(),
        quantity: 150,
        plan: Some(csp_catalog::domain::term::Plan {
            term: TermDuration::OneYear,
            billing_frequency: BillingFrequency::Annual,
        }),
    }]);
    let checked = csp_catalog::domain::orders::review(&Context::new(&catalog, &partner, &customer, TODAY), &cart);
    assert_eq!(checked.lines[0].unit_price.unwrap().to_string(), "$96.00");
    assert_eq!(checked.total.to_string(), "$14,400.00");

    // Exported, every tier is a row again, and the file imports to the same catalog.
    let exported = export_price_list(&catalog);
    assert_eq!(exported.lines().filter(|l| l.contains(",P1Y,Annual,")).count(), 3);
    let (again, summary) = import(&exported, None).unwrap();
    assert_eq!(summary.problems, vec![]);
    assert_eq!(again.products(), catalog.products());
}

#[test]
fn sku_ids_a_spreadsheet_stripped_of_their_zeros_are_repaired_and_said_so() {
    // Opened and saved in Excel, `0001` becomes `1` and `0010` becomes `10`; `000F` keeps its
    // zeros. Every row is used, none is skipped, and the report counts the repairs.
    let row = |sku: &str, title: &str| {
        format!(
            "Contoso Suite,CFQ7TTC0ABCD,{sku},{title},Microsoft Corporation,A suite,,P1Y,Annual,US,USD,120.00,,,2026-11-01T00:00:00.0000000Z,9999-11-30T23:59:59.0000000Z,License,150.00\r\n"
        )
    };
    let text = format!(
        "{HEADER}\r\n{}{}{}{}",
        row("1", "Suite Basic"),
        row("10", "Suite Plus"),
        row("000F", "Suite Frontline"),
        row("0002", "Suite Standard"),
    );
    let matrix = "ProductId,SkuId,MinLicenses,MaxLicenses,ProductSkuPreRequisites,AllowedCountries\r\n\
                  CFQ7TTC0ABCD,10,1,300,CFQ7TTC0ABCD:1,US\r\n";
    let (catalog, summary) = import(&text, Some(matrix)).unwrap();
    assert_eq!(summary.problems, vec![], "{:?}", problems(&summary));
    assert_eq!((summary.rows, summary.used_rows, summary.repaired_ids), (4, 4, 3));
    let ids: Vec<String> = catalog.offers().map(|o| o.sku.id.to_string()).collect();
    assert_eq!(ids, ["0001", "0010", "000F", "0002"]);
    let plus = offer_titled(&catalog, "Suite Plus");
    assert_eq!(
        plus.sku.prerequisites[0].to_string(),
        "CFQ7TTC0ABCD:0001",
        "the matrix's ids too"
    );
    assert_eq!(plus.sku.max_quantity, 300, "the matrix row found its SKU");
    assert_eq!(
        plus.availability.effective_end, None,
        "9999-11-30 is Microsoft's open end"
    );
    // Exported, the ids read as Partner Center writes them.
    let exported = export_price_list(&catalog);
    assert!(exported.contains(",CFQ7TTC0ABCD,0001,"), "{exported}");
    assert!(!exported.contains(",CFQ7TTC0ABCD,1,"), "{exported}");
    // Too long to be a stripped id: still refused, with the id's own reason.
    let (_, summary) = import(
        &format!("{HEADER}\r\n{}{}", row("12345", "Odd"), row("0002", "Fine")),
        None,
    )
    .unwrap();
    assert_eq!(summary.problems.len(), 1);
    assert_eq!(summary.repaired_ids, 0);
}

#[test]
fn education_and_government_trials_in_microsofts_list_are_imported() {
    let row = |sku: &str, title: &str, segment: &str| {
        format!(
            "Microsoft 365 A5,CFQ7TTC0TRIA,{sku},{title},Microsoft Corporation,Trial,,P1M,None,US,USD,0.00,,,2026-11-01T00:00:00Z,,License;Trial,0.00,{segment}\r\n"
        )
    };
    let text = format!(
        "{HEADER},Segment\r\n{}{}",
        row("0001", "Microsoft 365 A5 for faculty Trial", "Education"),
        row("0002", "SharePoint Advanced Management GCC Trial", "Government"),
    );
    let (catalog, summary) = import(&text, None).unwrap();
    assert_eq!(summary.problems, vec![], "{:?}", problems(&summary));
    let segments: Vec<Segment> = catalog.offers().map(|o| o.availability.segment).collect();
    assert_eq!(segments, [Segment::Education, Segment::Government]);
    assert!(catalog.offers().all(|o| o.sku.trial));
}

/// Rows of one SKU as Microsoft's list has them: each term and billing plan with its dates.
fn plan_rows(rows: &[(&str, &str, &str, &str, &str)]) -> String {
    let mut text = format!("{HEADER}\r\n");
    for (term, billing, price, start, end) in rows {
        text.push_str(&format!(
            "Contoso Suite,CFQ7TTC0ABCD,0001,Contoso Suite,Microsoft Corporation,A suite,,{term},{billing},US,USD,{price},,,{start}T00:00:00.0000000Z,{end},License,{price}\r\n"
        ));
    }
    text
}

fn plans_on(catalog: &Catalog, day: time::Date) -> Vec<String> {
    let offer = catalog
        .offers()
        .find(|o| o.availability.is_effective_on(day))
        .expect("an entry in force");
    let mut plans: Vec<String> = offer
        .availability
        .plans()
        .map(|(plan, price)| format!("{plan:?} {price}"))
        .collect();
    plans.sort();
    plans
}

#[test]
fn each_term_and_billing_plan_keeps_its_own_dates() {
    const OPEN: &str = "9999-11-30T23:59:59.0000000Z";
    // Billed monthly, a year costs 5% more since 1 April 2025: that row starts a year after
    // the others, and is no contradiction of them.
    let text = plan_rows(&[
        ("P1Y", "Annual", "100.00", "2024-05-01", OPEN),
        ("P1M", "Monthly", "10.00", "2024-05-01", OPEN),
        ("P1Y", "Monthly", "105.00", "2025-04-01", OPEN),
    ]);
    let (catalog, summary) = import(&text, None).unwrap();
    assert_eq!(summary.problems, vec![], "{:?}", problems(&summary));
    assert_eq!(summary.used_rows, 3);
    let plans = plans_on(&catalog, TODAY);
    assert_eq!(plans.len(), 3, "{plans:?}");
    assert!(
        plans
            .iter()
            .any(|p| p.contains("OneYear") && p.contains("Monthly") && p.ends_with("$105.00")),
        "{plans:?}"
    );
    let before = plans_on(&catalog, date!(2025 - 01 - 15));
    assert_eq!(
        before.len(),
        2,
        "before April 2025 a year was billed annually only: {before:?}"
    );
    assert!(
        before.iter().all(|p| !(p.contains("OneYear") && p.contains("Monthly"))),
        "{before:?}"
    );

    // A price change of one plan moves no other: from 1 December the year costs $110,
    // the month still $10.
    let text = plan_rows(&[
        ("P1Y", "Annual", "100.00", "2024-05-01", "2026-11-30T23:59:59.0000000Z"),
        ("P1Y", "Annual", "110.00", "2026-12-01", OPEN),
        ("P1M", "Monthly", "10.00", "2024-05-01", OPEN),
    ]);
    let (catalog, summary) = import(&text, None).unwrap();
    assert_eq!(summary.problems, vec![], "{:?}", problems(&summary));
    let now = plans_on(&catalog, TODAY);
    let december = plans_on(&catalog, date!(2026 - 12 - 01));
    assert!(
        now.iter().any(|p| p.ends_with("$100.00")) && now.iter().any(|p| p.ends_with("$10.00")),
        "{now:?}"
    );
    assert!(
        december.iter().any(|p| p.ends_with("$110.00")) && december.iter().any(|p| p.ends_with("$10.00")),
        "{december:?}"
    );
    let offer = catalog
        .offers()
        .find(|o| o.availability.is_effective_on(TODAY))
        .unwrap();
    let index = catalog.offer_index(&offer.id()).unwrap();
    let month = csp_catalog::domain::term::Plan {
        term: TermDuration::OneMonth,
        billing_frequency: BillingFrequency::Monthly,
    };
    let year = csp_catalog::domain::term::Plan {
        term: TermDuration::OneYear,
        billing_frequency: BillingFrequency::Annual,
    };
    assert_eq!(
        price_change(&catalog, index, TODAY, Some(month)),
        None,
        "the month's price doesn't change"
    );
    let change = price_change(&catalog, index, TODAY, Some(year)).unwrap();
    assert_eq!(
        (change.0, change.1.to_string()),
        (date!(2026 - 12 - 01), "$110.00".to_string())
    );

    // Exported, each row comes back once, with its own dates.
    let exported = export_price_list(&catalog);
    assert_eq!(exported.lines().count(), 4, "{exported}");
    let (again, summary) = import(&exported, None).unwrap();
    assert_eq!(summary.problems, vec![], "{:?}", problems(&summary));
    assert_eq!(plans_on(&again, date!(2026 - 12 - 01)), december);
}

/// What `scripts/real-price-list.mjs` says it wrote.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Generated {
    rows: usize,
    products: usize,
    skus: usize,
    stripped_ids: usize,
    stripped_matrix_ids: usize,
    trials: std::collections::BTreeMap<String, usize>,
}

/// Microsoft's file shape, written by the generator into a folder of its own.
fn generated(flags: &[&str]) -> (String, String, Generated) {
    let dir = std::env::temp_dir().join(format!("csp-real-{}-{}", std::process::id(), flags.join("")));
    let script = format!("{}/scripts/real-price-list.mjs", env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("node")
        .arg(script)
        .arg(&dir)
        .args(flags)
        .output()
        .expect("node runs the fixture generator (scripts/setup.sh installs it)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let facts = serde_json::from_slice(&out.stdout).expect("the generator prints what it wrote");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect("the generator wrote it");
    let files = (read("price-list.csv"), read("offer-matrix.csv"), facts);
    let _ = std::fs::remove_dir_all(&dir);
    files
}

#[test]
fn microsofts_file_shape_imports_whole_as_published_after_a_spreadsheet_with_us_dates_and_european_separators() {
    for flags in [
        &[][..],
        &["--spreadsheet"],
        &["--us-dates"],
        &["--european", "--spreadsheet"],
    ] {
        let (prices, matrix, facts) = generated(flags);
        let (catalog, summary) = import(&prices, Some(&matrix)).unwrap();
        let skipped = problems(&summary);
        assert_eq!(skipped, Vec::<String>::new(), "{flags:?}: {} skipped", skipped.len());
        assert!(facts.rows > 3_000, "several thousand rows");
        assert_eq!((summary.rows, summary.used_rows), (facts.rows, facts.rows), "{flags:?}");
        assert_eq!(
            (summary.products, summary.skus),
            (facts.products, facts.skus),
            "{flags:?}"
        );
        assert_eq!(
            summary.repaired_ids,
            facts.stripped_ids + facts.stripped_matrix_ids,
            "{flags:?}"
        );
        // Education and Government trials, as Microsoft lists them.
        let trials = |segment: Segment| {
            catalog
                .offers()
                .filter(|o| o.sku.trial && o.availability.segment == segment)
                .count()
        };
        assert_eq!(trials(Segment::Government), facts.trials["Government"], "{flags:?}");
        assert_eq!(trials(Segment::Education), facts.trials["Education"], "{flags:?}");
        // Every paid SKU sells a year billed monthly today, at its own row's price.
        let in_force: Vec<_> = catalog
            .offers()
            .filter(|o| o.availability.is_effective_on(TODAY))
            .collect();
        assert!(in_force.iter().filter(|o| !o.sku.trial).all(|o| o
            .availability
            .price_for(TermDuration::OneYear, BillingFrequency::Monthly)
            .is_some()));
    }
}

#[test]
fn the_offer_matrix_says_no_maximum_with_ten_million_and_limits_what_a_customer_may_own() {
    let text = format!(
        "{HEADER}\r\nTeams Rooms Pro,CFQ7TTC0ROOM,0001,Teams Rooms Pro,Microsoft Corporation,Rooms,,P1Y,Annual,US,USD,480.00,,,2026-11-01T00:00:00Z,,License,600.00\r\n"
    );
    let matrix = "ProductTitle,ProductId,SkuId,SkuTitle,Publisher,ProvisioningId,ProvisioningString,AssetOwnershipLimit,AssetOwnershipLimitType,ProductSkuConversion,ProductSkuPreRequisites,MinLicenses,MaxLicenses,AllowedCountries\r\n\
                  Teams Rooms Pro,CFQ7TTC0ROOM,1,Teams Rooms Pro,Microsoft Corporation,CFQ7TTC0ROOM:0001,MS-ROOM,5,Customer,,,1,10000000,US\r\n";
    let (catalog, summary) = import(&text, Some(matrix)).unwrap();
    assert_eq!(summary.problems, vec![], "{:?}", problems(&summary));
    let rooms = offer_titled(&catalog, "Teams Rooms Pro");
    assert_eq!(rooms.sku.max_quantity, csp_catalog::domain::catalog::UNLIMITED_LICENSES);
    assert_eq!(rooms.sku.customer_limit, Some(5));
    let (partner, customer) = (partner_in("US"), customer_in("US"));
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    assert_eq!(context.check_quantity(rooms, "5"), Ok(5));
    let refused = context.check_quantity(rooms, "6").unwrap_err();
    assert!(
        matches!(refused[..], [Reason::ExceedsCustomerLimit { .. }]),
        "{refused:?}"
    );
}

#[test]
fn partner_cost_and_estimated_retail_price_are_kept_with_the_margin_between_them() {
    let text = format!(
        "{HEADER}\r\nContoso Suite,CFQ7TTC0ABCD,0001,Contoso Suite,Microsoft Corporation,A suite,,P1Y,Annual,US,USD,1008,,,2026-11-01T00:00:00Z,,License,1440\r\n"
    );
    let (catalog, _) = import(&text, None).unwrap();
    let offer = offer_titled(&catalog, "Contoso Suite");
    let year = csp_catalog::domain::term::Plan {
        term: TermDuration::OneYear,
        billing_frequency: BillingFrequency::Annual,
    };
    let margin = offer.availability.margin_for(year, 10).unwrap();
    assert_eq!(
        (margin.cost.to_string(), margin.retail.to_string()),
        ("$1,008.00".into(), "$1,440.00".into())
    );
    assert_eq!(
        (margin.amount().to_string(), margin.percent()),
        ("$432.00".into(), Some(30))
    );
    // The buy card and Review price by it; the order keeps it; the exports carry both.
    let card = BuyOptions::of(offer);
    assert_eq!(card.margin(card.position(Some(year)), Some(10)), Some(margin));
    let (partner, customer) = (partner_in("US"), customer_in("US"));
    let cart = csp_catalog::domain::cart::Cart::from_iter([csp_catalog::domain::cart::NewLine {
        offer: offer.id(),
        quantity: 10,
        plan: Some(year),
    }]);
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let checked = csp_catalog::domain::orders::review(&context, &cart);
    assert_eq!(
        checked.margin_total().map(|m| m.amount().to_string()),
        Some("$4,320.00".into())
    );
    let order = csp_catalog::domain::orders::place_order(
        &context,
        &cart,
        "7F3A9C21E04B56D8".parse().unwrap(),
        time::macros::datetime!(2026-11-21 10:00 UTC),
    )
    .unwrap();
    assert_eq!(
        order.lines[0].erp_price.map(|p| p.to_string()),
        Some("$1,440.00".into())
    );
    assert_eq!(order.margin_total().and_then(|m| m.percent()), Some(30));
    let csv = csp_catalog::formats::orders_export::orders_csv(&[order], std::slice::from_ref(&customer));
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(",ErpUnitPrice,LineMargin"), "{header}");
    assert!(csv.lines().nth(1).unwrap().ends_with(",1440.00,4320.00"), "{csv}");
    assert!(export_price_list(&catalog).contains(",1008.00,") || export_price_list(&catalog).contains(",1008,"));
}

#[test]
fn the_built_in_catalog_has_retail_prices_in_the_relation_microsofts_list_has() {
    let catalog = default_catalog();
    for offer in catalog.offers() {
        for (plan, cost) in offer.availability.plans() {
            let margin = offer.availability.margin_for(plan, 1).unwrap();
            assert_eq!(margin.cost, cost);
            if let Some(percent) = margin.percent() {
                let expected = offer.availability.segment.typical_partner_discount();
                assert!(
                    u64::from(percent).abs_diff(expected) <= 1,
                    "{} {plan:?}: {percent}%",
                    offer.sku.title
                );
            }
        }
    }
}

#[test]
fn what_changed_this_month_comes_from_the_change_indicator_and_previous_values() {
    let header = format!("{HEADER},ChangeIndicator,PreviousValues");
    let row = |sku: &str, title: &str, price: &str, change: &str, previous: &str| {
        format!(
            "Contoso Suite,CFQ7TTC0ABCD,{sku},{title},Microsoft Corporation,A suite,,P1Y,Annual,US,USD,{price},,,2026-11-01T00:00:00Z,,License,{price},{change},\"{previous}\"\r\n"
        )
    };
    let text = format!(
        "{header}\r\n{}{}{}{}",
        row("0001", "Suite Basic", "120", "Unchanged", ""),
        row(
            "0002",
            "Suite Plus",
            "1120",
            "Change",
            "{'ERP Price': '1440', 'UnitPrice': '1008'}"
        ),
        row("0003", "Suite New", "200", "Add", ""),
        row("0004", "Suite Odd", "300", "Change", "not a dictionary"),
    );
    let (catalog, summary) = import(&text, None).unwrap();
    assert_eq!(summary.problems, vec![], "{:?}", problems(&summary));
    assert_eq!((summary.changes.prices_changed, summary.changes.skus_added), (2, 1));
    let change = |title: &str| {
        offer_titled(&catalog, title)
            .availability
            .headline_change()
            .map(|(_, c, now)| (c, now.to_string()))
    };
    assert_eq!(change("Suite Basic"), None);
    assert_eq!(
        change("Suite Plus"),
        Some((
            PriceChange::Changed {
                previous: Some(csp_catalog::domain::money::Money::usd(1008, 0))
            },
            "$1,120.00".into()
        ))
    );
    assert_eq!(change("Suite New").map(|c| c.0), Some(PriceChange::Added));
    assert_eq!(
        change("Suite Odd").map(|c| c.0),
        Some(PriceChange::Changed { previous: None }),
        "an unreadable previous price loses only that"
    );

    // The "Changed this month" filter keeps exactly those, through its URL key.
    let (filters, notices) =
        csp_catalog::app::browse::Filters::from_query(|key| (key == "changed").then(|| "1".to_string()));
    assert!(notices.is_empty() && filters.changed_only);
    let index = csp_catalog::app::browse::FacetIndex::of(&catalog);
    let titles: Vec<String> = index
        .matching(&filters)
        .into_iter()
        .map(|i| catalog.offer_at(i).sku.title.clone())
        .collect();
    assert_eq!(titles, ["Suite New", "Suite Odd", "Suite Plus"]);
    assert!(
        catalog.offers().filter(|o| filters.matches(*o)).count() == 3,
        "the slow path agrees"
    );

    // Exported, the month's columns come back as they were.
    let exported = export_price_list(&catalog);
    assert!(exported
        .lines()
        .next()
        .unwrap()
        .ends_with(",ChangeIndicator,PreviousValues"));
    let (again, _) = import(&exported, None).unwrap();
    assert_eq!(again.changes(), catalog.changes());
    assert!(
        default_catalog().changes().is_empty(),
        "the built-in catalog has no month"
    );
}

#[test]
fn the_price_list_export_is_spreadsheet_safe_and_reads_back_title_for_title() {
    // A title a spreadsheet would run, and tier rows whose titles differ.
    let row = |title: &str, price: &str, min: &str, max: &str| {
        format!(
            "\"{title}\",CFQ7TTC0ABCD,0001,\"{title}\",@Contoso,-A suite,,P1Y,Annual,US,USD,{price},{min},{max},2026-11-01T00:00:00Z,,License,{price}\r\n"
        )
    };
    let text = format!(
        "{HEADER}\r\n{}{}",
        row("=SUM(1;2) suite", "100", "1000", ""),
        row("Contoso Suite, big tier", "120", "1", "999"),
    );
    let (catalog, summary) = import(&text, None).unwrap();
    assert_eq!(summary.problems, vec![], "{:?}", problems(&summary));
    let exported = export_price_list(&catalog);
    for line in exported.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        assert!(
            fields
                .iter()
                .all(|f| !f.trim_matches('"').starts_with(['=', '+', '-', '@'])),
            "{line}"
        );
    }
    let (again, summary) = import(&exported, None).unwrap();
    assert_eq!(summary.problems, vec![], "{:?}", problems(&summary));
    let (before, after) = (first_offer(&catalog), first_offer(&again));
    assert_eq!(
        after.sku.title, before.sku.title,
        "one SKU, one title, read back as it was"
    );
    assert_eq!(after.sku.title, "=SUM(1;2) suite");
    assert_eq!(after.sku.description, "-A suite");
    assert_eq!(after.product.publisher.to_string(), "@Contoso");
    let tiers = |offer: csp_catalog::domain::catalog::Offer<'_>| -> Vec<(u32, Option<u32>, String)> {
        offer.availability.terms[0]
            .tiers
            .iter()
            .map(|t| (t.from, t.to, t.unit_price.to_string()))
            .collect()
    };
    assert_eq!(tiers(after), tiers(before));
    assert_eq!(tiers(after).len(), 2);
}

#[test]
fn tiers_that_overlap_are_reported_and_the_later_skipped() {
    let row = |price: &str, min: &str, max: &str| {
        format!(
            "Contoso Suite,CFQ7TTC0ABCD,0001,Contoso Suite,Microsoft Corporation,A suite,,P1Y,Annual,US,USD,{price},{min},{max},2026-11-01T00:00:00Z,,License,{price}\r\n"
        )
    };
    // 0 and above beside 1,000 and above: two prices for 1,200 seats.
    let text = format!(
        "{HEADER}\r\n{}{}{}",
        row("120", "0", ""),
        row("100", "1000", ""),
        row("110", "", "")
    );
    let (catalog, summary) = import(&text, None).unwrap();
    assert_eq!(
        problems(&summary),
        [
            "Price list line 3, PricingTierRangeMin: its quantities overlap another row of the same price, for 0 and above: one price per quantity",
            "Price list line 4, PricingTierRangeMin: its quantities overlap another row of the same price, for 0 and above: one price per quantity",
        ]
    );
    let year = first_offer(&catalog)
        .availability
        .term_price(TermDuration::OneYear, BillingFrequency::Annual)
        .unwrap();
    assert_eq!(year.tiers.len(), 1);
}

#[test]
fn a_price_past_what_a_unit_price_can_be_is_reported_not_wrapped_to_free() {
    // 184467440737095516.15 is the largest number of cents a u64 holds: it once imported and
    // showed as "Free" once shared into months (issue 27).
    let row = |sku, price| {
        [
            sku,
            "Contoso Thing",
            "P1Y",
            "Monthly",
            "US",
            price,
            "2026-11-01",
            "",
            "License",
        ]
    };
    let text = price_list(&[
        row("0001", "184467440737095516.15"),
        row("0002", "99999999999999999999999"),
        row("0003", "10000000.01"),
        row("0004", "10000000.00"),
    ]);
    let (catalog, summary) = import(&text, None).expect("not rejected whole");
    assert_eq!(
        problems(&summary),
        [
            "Price list line 2, UnitPrice: \"184467440737095516.15\" is more than a unit price can be here (at most $10,000,000.00)",
            "Price list line 3, UnitPrice: \"99999999999999999999999\" is more than a unit price can be here (at most $10,000,000.00)",
            "Price list line 4, UnitPrice: \"10000000.01\" is more than a unit price can be here (at most $10,000,000.00)",
        ]
    );
    assert_eq!(catalog.offers().count(), 1);
}

#[test]
fn a_list_that_does_not_say_what_changed_is_compared_with_the_one_imported_before() {
    // Last month: Business Basic's yearly price was $66, and Teams Phone was not listed.
    let this_month = fixture("price-list.csv");
    let last_month: String = this_month
        .split_inclusive('\n')
        .filter(|line| !line.starts_with("Microsoft Teams Phone Standard,"))
        .map(|line| line.replace("P1Y,Annual,US,USD,72.0000", "P1Y,Annual,US,USD,66.0000"))
        .collect();
    let (previous, _) = import(&last_month, None).unwrap();
    let (current, summary) = import(&this_month, None).unwrap();
    assert!(
        !current.marks_changes() && summary.changes.is_empty(),
        "the fixture has no ChangeIndicator"
    );

    let compared = current.compared_with(&previous).unwrap();
    let changes = compared.changes();
    assert_eq!((changes.prices_changed, changes.skus_added), (1, 1), "{changes:?}");
    let basic = offer_titled(&compared, "Microsoft 365 Business Basic");
    let marked: Vec<_> = basic.availability.changes().collect();
    assert_eq!(marked.len(), 1, "{marked:?}");
    assert_eq!(
        marked[0].1,
        csp_catalog::domain::catalog::PriceChange::Changed {
            previous: Some(csp_catalog::domain::money::Money::usd(66, 0))
        }
    );
    // The import use case compares and keeps the list as exported.
    let files = csp_catalog::formats::envelope::ImportedFiles {
        price_list_name: "november.csv".into(),
        price_list: this_month.clone(),
        offer_matrix_name: None,
        offer_matrix: None,
    };
    let (again, summary_again) = import(&this_month, None).unwrap();
    let previous = Some((std::sync::Arc::new(previous), "october.csv".to_string()));
    let (_, said, kept) = csp_catalog::app::price_list::since_last_month(again, summary_again, files, previous);
    assert_eq!(
        (said.compared_with.as_deref(), said.changes),
        (Some("october.csv"), changes)
    );
    assert!(kept.price_list.starts_with("ProductTitle") && kept.price_list.contains("ChangeIndicator"));
    // Kept as the list exported, the changes come back with it after a reload.
    let (restored, summary) = import(&export_price_list(&compared), None).unwrap();
    assert_eq!(summary.changes, changes);
    assert_eq!(restored.changes(), changes);
}

#[test]
fn a_european_spreadsheets_semicolons_decimal_commas_and_day_first_dates_read_as_meant() {
    let prices = "ProductTitle;ProductId;SkuId;SkuTitle;Publisher;TermDuration;BillingPlan;UnitPrice;EffectiveStartDate;Market\r\n\
        Microsoft 365 E3;CFQ7TTC0LFLZ;0001;Microsoft 365 E3;Microsoft Corporation;P1Y;Annual;432,5;01/11/2026;FR\r\n\
        \"Teams; Premium\";CFQ7TTC0TEAM;0001;Teams Premium;Microsoft Corporation;P1Y;Annual;120;2.11.2026;FR\r\n";
    let (catalog, summary) = import(prices, None).unwrap();
    assert_eq!(summary.problems, vec![], "{:?}", problems(&summary));
    let e3 = offer_titled(&catalog, "Microsoft 365 E3");
    let annual = e3
        .availability
        .price_for(TermDuration::OneYear, BillingFrequency::Annual);
    assert_eq!(annual.map(|p| p.to_string()), Some("$432.50".to_string()));
    assert_eq!(e3.availability.effective_start, date!(2026 - 11 - 01), "day first");
    let teams = offer_titled(&catalog, "Teams Premium");
    assert_eq!(teams.product.title, "Teams; Premium");
    assert_eq!(teams.availability.effective_start, date!(2026 - 11 - 02));
}

#[test]
fn a_workbook_utf16_text_or_any_binary_file_is_told_what_it_is_not_missing_columns() {
    use csp_catalog::formats::pricelist::NotText;
    let refused = |text: &str| PriceListReader::open_price_list(text.to_string()).err();
    // What the browser's UTF-8 decoding makes of an .xlsx and of Excel's "Unicode Text".
    assert_eq!(
        refused("PK\u{3}\u{4}\u{14}\0\u{6}\0\u{8}\0\0\0!\0"),
        Some(FileProblem::NotText(NotText::Workbook))
    );
    let utf16: String = "\u{fffd}\u{fffd}ProductTitle\tProductId\r\n"
        .chars()
        .flat_map(|c| [c, '\0'])
        .collect();
    assert_eq!(refused(&utf16), Some(FileProblem::NotText(NotText::Utf16)));
    let png: String = "\u{fffd}PNG\r\n\u{1a}\n\0\0\0\rIHDR\u{fffd}\u{fffd}".repeat(20);
    assert_eq!(refused(&png), Some(FileProblem::NotText(NotText::Binary)));
    let sentence = csp_catalog::i18n::files::file_problem(
        csp_catalog::i18n::Language::English,
        &FileProblem::NotText(NotText::Workbook),
    );
    assert!(sentence.contains("Save As › CSV UTF-8"), "{sentence}");
}

mod the_import_use_case {
    use super::*;
    use csp_catalog::app::price_list::{self, FileKeeper, KeptInMemory};
    use csp_catalog::app::store::Notice;
    use csp_catalog::formats::envelope::ImportedFiles;

    fn files(name: &str, price_list: String) -> ImportedFiles {
        ImportedFiles {
            price_list_name: name.to_string(),
            price_list,
            offer_matrix_name: None,
            offer_matrix: None,
        }
    }

    #[test]
    fn a_list_is_read_in_steps_kept_and_brought_back_as_it_was() {
        let (prices, matrix, facts) = generated(&[]);
        let chosen = ImportedFiles {
            offer_matrix_name: Some("offer-matrix.csv".into()),
            offer_matrix: Some(matrix),
            ..files("price-list.csv", prices)
        };
        let mut steps = Vec::new();
        let list = block_on(price_list::read(chosen, None, async |share| steps.push(share))).unwrap();
        assert_eq!(steps.last(), Some(&1.0), "told when the whole file is read: {steps:?}");
        assert!(!list.mostly_skipped());
        let keeper = KeptInMemory::new();
        let imported = block_on(price_list::keep(list, &keeper));
        assert_eq!((imported.not_kept, imported.summary.rows), (None, facts.rows));

        let kept = block_on(price_list::kept_files(&keeper)).unwrap().expect("kept");
        let restored = block_on(price_list::restore(kept, async |_| {})).unwrap();
        assert_eq!(restored.file, "price-list.csv");
        assert_eq!(restored.catalog.stats(), imported.catalog.stats());

        block_on(price_list::forget(&keeper)).unwrap();
        assert_eq!(block_on(price_list::kept_files(&keeper)), Ok(None));
    }

    #[test]
    fn a_list_that_lost_most_of_its_rows_is_asked_about_first() {
        let header = "ProductTitle,ProductId,SkuId,SkuTitle,Publisher,TermDuration,BillingPlan,UnitPrice,EffectiveStartDate,Market\n";
        let good =
            "Microsoft 365 E3,CFQ7TTC0LFLZ,0001,Microsoft 365 E3,Microsoft Corporation,P1Y,Annual,432,2026-11-01,US\n";
        let bad =
            "Microsoft 365 E3,CFQ7TTC0LFLZ,0002,Microsoft 365 E3,Microsoft Corporation,P1Y,Annual,free,2026-11-01,US\n";
        let read = |rows: &str| {
            block_on(price_list::read(
                files("november.csv", format!("{header}{rows}")),
                None,
                async |_| {},
            ))
            .unwrap()
        };
        assert!(read(&format!("{good}{bad}{bad}")).mostly_skipped());
        assert!(!read(&format!("{good}{good}{bad}").replacen("0001", "0003", 1)).mostly_skipped());
    }

    #[test]
    fn what_the_browser_refuses_to_keep_or_cannot_read_back_is_said() {
        let list = block_on(price_list::read(
            files("p.csv", fixture("price-list.csv")),
            None,
            async |_| {},
        ))
        .unwrap();
        let imported = block_on(price_list::keep(list, &KeptInMemory::refusing("QuotaExceededError")));
        assert_eq!(imported.not_kept.as_deref(), Some("QuotaExceededError"));

        let damaged = KeptInMemory::holding("{\"kind\":\"imported-catalog\"");
        assert!(matches!(
            block_on(price_list::kept_files(&damaged)),
            Err(Notice::SavedCatalogUnreadable { .. })
        ));
        // Kept by an earlier version that read what this one refuses: the built-in catalog, and why.
        let refused = files("old.csv", "only,a,header\n".into());
        assert!(matches!(
            block_on(price_list::restore(refused, async |_| {})),
            Err(Notice::SavedCatalogNotLoaded { file, why: FileProblem::MissingColumns { .. } }) if file == "old.csv"
        ));
        let nothing = KeptInMemory::new();
        assert_eq!(block_on(nothing.kept()), Ok(None));
    }
}

#[test]
fn a_currency_that_is_not_an_iso_code_is_reported_on_its_row() {
    let prices = "ProductTitle,ProductId,SkuId,SkuTitle,Publisher,TermDuration,BillingPlan,UnitPrice,EffectiveStartDate,Currency\n\
        Microsoft 365 E3,CFQ7TTC0LFLZ,0001,Microsoft 365 E3,Microsoft Corporation,P1Y,Annual,432,2026-11-01,eur\n\
        Microsoft 365 E5,CFQ7TTC0LFLZ,0002,Microsoft 365 E5,Microsoft Corporation,P1Y,Annual,684,2026-11-01,Euro\n";
    let (catalog, summary) = import(prices, None).unwrap();
    assert_eq!(catalog.currency().as_str(), "EUR", "read in either case");
    assert_eq!(
        problems(&summary),
        ["Price list line 3, Currency: \"Euro\" is not an ISO 4217 currency code (three letters, such as USD or EUR)"]
    );
}

#[test]
fn a_price_list_without_its_offer_matrix_holds_no_offer_back_for_a_country_and_says_it_does_not_know() {
    // Microsoft's US list: US prices, in USD. Where each offer is sold is the offer matrix's to say.
    let (catalog, _) = import(&fixture("price-list.csv"), None).unwrap();
    assert!(!catalog.countries_known());
    let basic = offer_titled(&catalog, "Microsoft 365 Business Basic");
    let german = customer_in("DE");
    let from_slovakia = partner_in("SK");
    let blocked = sentences(&reasons(&catalog, &from_slovakia, &german, basic));
    assert!(
        blocked.iter().all(|r| !r.contains("Not available in")),
        "no invented country reason: {blocked:?}"
    );
    assert!(
        !basic.availability.is_sold_in(country("KP")),
        "never an embargoed country"
    );

    // With the matrix, its AllowedCountries say where.
    let (with_matrix, _) = import(&fixture("price-list.csv"), Some(&fixture("offer-matrix.csv"))).unwrap();
    assert!(with_matrix.countries_known());

    // Compared with last month's list, a list keeps its market, currency and what it knows.
    let euro = fixture("price-list.csv").replace(",US,USD,", ",DE,EUR,");
    let (this_month, _) = import(&euro, None).unwrap();
    let compared = this_month.compared_with(&catalog).unwrap();
    assert_eq!(
        (
            compared.currency().as_str(),
            compared.market(),
            compared.countries_known()
        ),
        ("EUR", Some(country("DE")), false)
    );
}

#[test]
fn every_plan_of_a_sku_side_by_side_per_month_per_term_and_the_monthly_billing_premium() {
    // Issue 26.11: presales compare a SKU's terms and billings at a glance.
    use csp_catalog::domain::term::Plan;
    let catalog = default_catalog();
    let rows = BuyOptions::of(offer_titled(&catalog, "Microsoft 365 E3")).side_by_side();
    let row = |term, billing_frequency| {
        let plan = Plan {
            term,
            billing_frequency,
        };
        let r = rows.iter().find(|r| r.plan == plan).unwrap();
        (r.per_month.to_string(), r.whole_term.to_string(), r.premium_tenths)
    };
    // $39.00 a month in the price list: a year paid at once $468.00, billed monthly 5% more.
    assert_eq!(
        row(TermDuration::OneYear, BillingFrequency::Annual),
        ("$39.00".into(), "$468.00".into(), None)
    );
    assert_eq!(
        row(TermDuration::OneYear, BillingFrequency::Monthly),
        ("$40.95".into(), "$491.40".into(), Some(50))
    );
    // A month's term is its own price: nothing to be dearer than.
    assert_eq!(row(TermDuration::OneMonth, BillingFrequency::Monthly).2, None);
    assert_eq!(
        rows.len(),
        BuyOptions::of(offer_titled(&catalog, "Microsoft 365 E3"))
            .plans()
            .count()
    );
}
