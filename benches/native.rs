//! Native benchmarks: `cargo bench --bench native` (or `bash scripts/bench.sh`). Each figure is
//! the median of several runs; nothing here asserts a time.

use std::hint::black_box;
use std::time::{Duration, Instant};

use csp_catalog::app::browse::{sort_offers, FacetIndex, Filters, SortOrder};
use csp_catalog::domain::cart::{Cart, NewLine};
use csp_catalog::domain::catalog::synthetic::{synthetic_catalog, SEED};
use csp_catalog::domain::catalog::{BillingType, OfferIndex, PublisherType, Segment};
use csp_catalog::domain::orders::{place_order, with_orders, Order};
use csp_catalog::domain::rules::Context;
use csp_catalog::domain::sample::{sample_customers, sample_partner};
use csp_catalog::domain::term::Plan;
use csp_catalog::domain::term::{BillingFrequency, TermDuration};
use csp_catalog::formats::pricelist::{build_catalog, OfferMatrixReader, PriceListReader};
use time::macros::{date, datetime};

const RUNS: usize = 9;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn measure<T>(mut work: impl FnMut() -> T) -> Duration {
    median(
        (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                black_box(work());
                start.elapsed()
            })
            .collect(),
    )
}

fn row(what: &str, time: Duration, target: Option<Duration>) {
    let verdict = match target {
        Some(t) if time <= t => format!("≤ {t:?} ✓"),
        Some(t) => format!("≤ {t:?} ✗"),
        None => String::new(),
    };
    println!(
        "| {what:<58} | {:>10.3} ms | {verdict:<14} |",
        time.as_secs_f64() * 1000.0
    );
}

fn main() {
    println!(
        "| {:<58} | {:>13} | {:<14} |",
        "native (median of 9 runs)", "time", "target"
    );
    println!("|{}|{}|{}|", "-".repeat(60), "-".repeat(15), "-".repeat(16));
    let today = date!(2026 - 11 - 21);
    for size in [1_000, 10_000, 100_000] {
        let generated = measure(|| synthetic_catalog(size, SEED));
        row(&format!("generate and validate a {size}-SKU catalog"), generated, None);
    }

    let catalog = synthetic_catalog(100_000, SEED);
    let partner = sample_partner();
    let customers = sample_customers(&csp_catalog::domain::catalog::default_catalog());
    let customer = &customers[0];
    let context = Context::new(&catalog, &partner, customer, today);
    let evaluate = measure(|| context.verdicts().iter().filter(|(_, v)| v.is_allowed()).count());
    row(
        "evaluate all 100k SKUs for one customer",
        evaluate,
        Some(Duration::from_millis(10)),
    );

    let filters = Filters {
        segment: Some(Segment::Commercial),
        publisher: Some(PublisherType::Microsoft),
        billing: Some(BillingType::License),
        ..Filters::default()
    };
    let filter = measure(|| catalog.offers().filter(|o| filters.matches(*o)).count());
    row("three-facet filter over 100k SKUs (testing every offer)", filter, None);
    let built = measure(|| FacetIndex::of(&catalog));
    row("build the facet index of 100k SKUs (once per catalog)", built, None);
    let index = FacetIndex::of(&catalog);
    let indexed = measure(|| index.matching(&filters).len());
    row(
        "three-facet filter over 100k SKUs, sorted (facet index)",
        indexed,
        Some(Duration::from_millis(5)),
    );
    let searched = Filters {
        search: "secure vault".into(),
        ..filters.clone()
    };
    let search = measure(|| index.matching(&searched).len());
    row(
        "three facets + two-word search over 100k SKUs (facet index)",
        search,
        None,
    );
    let mut matching: Vec<OfferIndex> = catalog
        .offer_indexes()
        .zip(catalog.offers())
        .filter(|(_, o)| filters.matches(*o))
        .map(|(i, _)| i)
        .collect();
    let sort = measure(|| sort_offers(&catalog, &mut matching, SortOrder::Name));
    row(&format!("sort {} matching SKUs by name", matching.len()), sort, None);

    // Buy with 1,000 orders already stored: the customer's subscriptions come from its orders.
    let builtin = csp_catalog::domain::catalog::default_catalog();
    let offer = builtin.offers().find(|o| o.sku.title == "Visio Plan 1").unwrap();
    let plan = Some(Plan {
        term: TermDuration::OneYear,
        billing_frequency: BillingFrequency::Monthly,
    });
    let cart = Cart::from_iter([NewLine {
        offer: offer.id(),
        quantity: 1,
        plan,
    }]);
    let base_context = Context::new(&builtin, &partner, customer, today);
    let orders: Vec<Order> = (0..1_000)
        .map(|i| {
            place_order(
                &base_context,
                &cart,
                format!("ORD-{i:06}").parse().unwrap(),
                datetime!(2026-01-01 0:00 UTC),
            )
            .unwrap()
        })
        .collect();
    let buy = measure(|| {
        let owned = with_orders(customer, orders.iter());
        let context = Context::new(&builtin, &partner, &owned, today);
        place_order(
            &context,
            &cart,
            "ORD-NEW".parse().unwrap(),
            datetime!(2026-11-21 10:00 UTC),
        )
        .unwrap()
    });
    row(
        "Buy (review + order) with 1,000 orders stored",
        buy,
        Some(Duration::from_millis(30)),
    );

    import_real_shape();
    import_100k_rows();
}

/// The browser test's 100,000-row file (one SKU per product), read and built natively.
fn import_100k_rows() {
    let mut text = String::from("ProductTitle,ProductId,SkuId,SkuTitle,Publisher,TermDuration,BillingPlan,UnitPrice,EffectiveStartDate,Market,Currency\n");
    for i in 0..100_000 {
        text.push_str(&format!(
            "Product {i},CFQ7TTC{i:05},0001,\"SKU {i}, per user\",Microsoft Corporation,P1Y,Annual,{}.50,2026-01-01,US,USD\n",
            10 + i % 90
        ));
    }
    let time = measure(|| {
        let prices = PriceListReader::open_price_list(text.clone()).unwrap().read_all();
        build_catalog(prices, None).unwrap()
    });
    row("import a 100,000-row price list", time, None);
}

/// Microsoft's file shape (`scripts/real-price-list.mjs`, spreadsheet-saved), read and built
/// with its offer matrix, as the Data page imports it.
fn import_real_shape() {
    let dir = std::env::temp_dir().join(format!("csp-bench-real-{}", std::process::id()));
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/real-price-list.mjs");
    let generated = std::process::Command::new("node")
        .arg(script)
        .arg(&dir)
        .arg("--spreadsheet")
        .output();
    let (Ok(prices), Ok(matrix)) = (
        generated
            .map(|_| std::fs::read_to_string(dir.join("price-list.csv")))
            .and_then(|r| r),
        std::fs::read_to_string(dir.join("offer-matrix.csv")),
    ) else {
        println!("| (node is needed to generate the real-shaped price list) | | |");
        return;
    };
    let _ = std::fs::remove_dir_all(&dir);
    let rows = prices.lines().count();
    let time = measure(|| {
        let prices = PriceListReader::open_price_list(prices.clone()).unwrap().read_all();
        let matrix = OfferMatrixReader::open_offer_matrix(matrix.clone()).unwrap().read_all();
        build_catalog(prices, Some(matrix)).unwrap()
    });
    row(
        &format!("import a real-shaped price list (~{rows} lines) + offer matrix"),
        time,
        Some(Duration::from_millis(500)),
    );
}
