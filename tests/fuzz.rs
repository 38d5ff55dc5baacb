#![cfg(not(target_arch = "wasm32"))]
//! A mutational fuzzer over what the app is handed from outside (issue 27): price lists and
//! offer matrices, "Export all data" files of every version, stored values of any version, the
//! queries of links, and a language's words fetched beside the app (`fr-….ftl`). Each input is made from real-shaped seeds by a seeded generator, so a
//! run is the same on every machine; a failure names the target, seed and input number to
//! replay it with `FUZZ_SEED=… FUZZ_FROM=…`.
//!
//! It asserts that nothing panics and that what goes round comes back: a price list exported
//! and read again gives the same catalog, an export file the app wrote reads back as it was,
//! whatever the app loads it can export and import, and a stored value set aside is never lost.
//!
//! `cargo test` runs each target for a moment; `scripts/test.sh` gives them a minute in all
//! (`FUZZ_SECONDS`, per target) and prints how many inputs each tried.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use common::TODAY;
use csp_catalog::app::all_data::{load_all, read_export, replace_all, snapshot};
use csp_catalog::app::browse::Filters;
use csp_catalog::app::day::read_day;
use csp_catalog::app::store::{MemoryStore, Store};
use csp_catalog::domain::cart::{Cart, NewLine};
use csp_catalog::domain::catalog::{default_catalog, Catalog};
use csp_catalog::domain::orders::{place_order, refund_for, review};
use csp_catalog::domain::random::SplitMix64;
use csp_catalog::domain::rules::Context;
use csp_catalog::domain::sample::{sample_customers, sample_partner};
use csp_catalog::formats::export::{self, Snapshot};
use csp_catalog::formats::pricelist::{build_catalog, export_price_list, OfferMatrixReader, PriceListReader};
use csp_catalog::i18n::{reasons, Language};
use time::macros::datetime;
use time::OffsetDateTime;

const DEFAULT_SEED: u64 = 0x00C5_0C47;

/// Values that break parsers and arithmetic: limits, the calendar's ends, markup, odd text.
const TOKENS: &[&str] = &[
    "",
    "0",
    "-1",
    "-3",
    "abc",
    "1e309",
    "NaN",
    "4294967295",
    "4294967296",
    "18446744073709551615",
    "184467440737095516.15",
    "99999999999999999999999",
    "0.005",
    "10000000.01",
    ",",
    "\"",
    "\"\"",
    "\n",
    "\r\n",
    ";",
    "P1M",
    "P1Y",
    "P3Y",
    "P0Y",
    "Monthly",
    "Annual",
    "Triennial",
    "None",
    "License;Trial",
    "Trial",
    "Education",
    "Government",
    "Charity",
    "Commercial",
    "9999-12-31T23:59:59Z",
    "9999-11-30T23:59:59.0000000Z",
    "0001-01-01",
    "2099-01-01",
    "2/30/2025 0:00",
    "2026-02-29",
    "US",
    "DE",
    "QQ",
    "0001",
    "1",
    "CFQ7TTC0LH18",
    "<script>alert(1)</script>",
    "=HYPERLINK(\"x\")",
    "é",
    "\u{feff}",
    "\u{202e}",
    "🙂",
    "null",
];

fn tokens_json() -> Vec<serde_json::Value> {
    use serde_json::json;
    vec![
        json!(0),
        json!(-1),
        json!(u32::MAX),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(1e300),
        json!(""),
        json!("9999-12-31T23:59:59Z"),
        json!("+010000-01-01T00:00:00Z"),
        json!("2099-01-01"),
        json!("0000000000000000"),
        json!("ghost-co"),
        json!("N".repeat(500)),
        json!("<b>markup</b>"),
        json!(null),
        json!(true),
        json!([]),
        json!({}),
        json!(99),
    ]
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(default_catalog)
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default()
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.parse().ok()
}

/// Runs `one` on inputs `from, from + 1, …` until the time budget is spent, each input from
/// its own generator seeded by (seed, number); returns how many ran.
fn run(target: &str, default_budget: Duration, mut one: impl FnMut(&mut SplitMix64)) -> u64 {
    let seed = env_u64("FUZZ_SEED").unwrap_or(DEFAULT_SEED);
    let from = env_u64("FUZZ_FROM").unwrap_or(0);
    let budget = env_u64("FUZZ_SECONDS").map_or(default_budget, Duration::from_secs);
    let started = Instant::now();
    let mut n = from;
    // A replay (FUZZ_FROM) runs that one input.
    while started.elapsed() < budget || (n == from && env_u64("FUZZ_FROM").is_some()) {
        let mut rng = SplitMix64(seed ^ n.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        if let Err(panic) = catch_unwind(AssertUnwindSafe(|| one(&mut rng))) {
            let what = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("fuzz {target}: input {n} failed (replay: FUZZ_SEED={seed} FUZZ_FROM={n} cargo test --test fuzz {target}): {what}");
        }
        n += 1;
        if env_u64("FUZZ_FROM").is_some() {
            break;
        }
    }
    let count = n - from;
    eprintln!(
        "fuzz {target}: {count} inputs in {:.1} s, nothing found (seed {seed})",
        started.elapsed().as_secs_f64()
    );
    count
}

// ---- Mutations -----------------------------------------------------------------------------

fn char_boundary(text: &str, rng: &mut SplitMix64) -> usize {
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    *rng.pick(&bounds)
}

/// One to four edits of a CSV text: a field replaced, a line doubled, dropped or cut, a token
/// put anywhere.
fn mutate_csv(text: &str, rng: &mut SplitMix64) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    for _ in 0..=rng.below(3) {
        let at = rng.below(lines.len() as u64) as usize;
        match rng.below(6) {
            0 | 1 => {
                let mut fields: Vec<String> = lines[at].split(',').map(str::to_string).collect();
                let field = rng.below(fields.len() as u64) as usize;
                fields[field] = rng.pick(TOKENS).to_string();
                lines[at] = fields.join(",");
            }
            2 => {
                let copy = lines[at].clone();
                lines.insert(at, copy);
            }
            3 if lines.len() > 1 => {
                lines.remove(at);
            }
            4 => {
                let cut = char_boundary(&lines[at], rng);
                lines[at].truncate(cut);
            }
            _ => {
                let put = char_boundary(&lines[at], rng);
                let token: &&str = rng.pick(TOKENS);
                lines[at].insert_str(put, token);
            }
        }
    }
    lines.join("\n")
}

/// One to four edits of a JSON value: a leaf replaced, a key dropped, an element doubled.
fn mutate_json(value: &mut serde_json::Value, rng: &mut SplitMix64) {
    let tokens = tokens_json();
    for _ in 0..=rng.below(3) {
        let mut paths = Vec::new();
        collect_paths(value, String::new(), &mut paths);
        let path = rng.pick(&paths).clone();
        let Some(node) = value.pointer_mut(&path) else { continue };
        match rng.below(5) {
            0 | 1 => *node = rng.pick(&tokens).clone(),
            2 => {
                if let Some(object) = node.as_object_mut() {
                    let keys: Vec<String> = object.keys().cloned().collect();
                    if !keys.is_empty() {
                        object.remove(rng.pick(&keys));
                    }
                }
            }
            3 => {
                if let Some(array) = node.as_array_mut() {
                    if let Some(first) = array.first().cloned() {
                        array.push(first);
                    }
                }
            }
            _ => {
                if let Some(n) = node.as_u64() {
                    *node = (n.wrapping_add(rng.below(3)).wrapping_sub(1)).into();
                }
            }
        }
    }
}

fn collect_paths(value: &serde_json::Value, at: String, paths: &mut Vec<String>) {
    paths.push(at.clone());
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                collect_paths(
                    child,
                    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                    paths,
                );
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_paths(child, format!("{at}/{i}"), paths);
            }
        }
        _ => {}
    }
}

// ---- What the pages show ---------------------------------------------------------------------

const DAYS: [OffsetDateTime; 4] = [
    datetime!(2020-01-01 00:00 UTC),
    datetime!(2026-11-21 09:30 UTC),
    datetime!(2029-06-30 12:00 UTC),
    datetime!(2035-12-31 23:59 UTC),
];

/// Everything the pages compute from the data, in both languages: the rules for each customer,
/// subscriptions and their windows, order states and refunds, the review of each cart.
fn every_page_model(store: &mut MemoryStore, catalog: &Catalog) -> Snapshot {
    let loaded = load_all(store, catalog);
    let mut ledger = loaded.ledger;
    for notice in &loaded.notices {
        let _ = (notice.sentence(Language::English), notice.sentence(Language::French));
    }
    let now = DAYS[1];
    let customers: Vec<_> = ledger.customers.iter().map(|c| c.id.clone()).collect();
    for id in &customers {
        if let Ok(cart) = csp_catalog::app::cart::stored_cart(store, id) {
            ledger.show_cart(id, cart);
        }
        for at in DAYS {
            let _ = ledger.subscription_rows(id, at);
        }
        let Some(parties) = ledger.parties(id, now) else {
            continue;
        };
        let context = parties.context(catalog, now.date());
        let verdicts = context.verdicts();
        for index in catalog.offer_indexes().take(40) {
            if let Some(verdict) = verdicts.get(index) {
                let _ = reasons::sentences(Language::French, verdict.reasons());
            }
        }
        let checked = review(&context, &ledger.cart(id));
        for problem in checked.lines.iter().flat_map(|l| &l.problems) {
            let _ = reasons::line_problem(Language::English, problem);
        }
        for order in ledger.orders_of(id) {
            let _ = order.status();
            for line in &order.lines {
                for at in DAYS {
                    let _ = refund_for(order, line, at, csp_catalog::domain::money::Money::ZERO);
                }
            }
        }
    }
    snapshot(
        store,
        ledger.partner.clone(),
        ledger.customers.clone(),
        ledger.orders.clone(),
    )
}

/// What the app exports it imports, as it was.
fn exports_and_imports_back(snapshot: &Snapshot) {
    let text = export::export(snapshot);
    match read_export(&text) {
        Ok(read) => assert_eq!(&read, snapshot, "an export read back differs"),
        Err(e) => panic!("the app refused its own export: {e}"),
    }
}

// ---- Targets ---------------------------------------------------------------------------------

fn import(prices: &str, matrix: Option<&str>) -> Option<Catalog> {
    let prices = PriceListReader::open_price_list(prices.to_string()).ok()?.read_all();
    let matrix = match matrix {
        Some(text) => Some(OfferMatrixReader::open_offer_matrix(text.to_string()).ok()?.read_all()),
        None => None,
    };
    let (catalog, summary) = build_catalog(prices, matrix).ok()?;
    let _ = (
        summary.to_string(),
        csp_catalog::i18n::files::import_summary(Language::French, &summary),
    );
    for problem in &summary.problems {
        let _ = csp_catalog::i18n::files::row_problem(Language::French, problem);
    }
    Some(catalog)
}

#[test]
fn price_lists() {
    let seeds = [
        fixture("price-list.csv"),
        export_price_list(catalog()),
        fixture("price-list-awkward.csv"),
    ];
    let matrix = fixture("offer-matrix.csv");
    let inputs = run("price_lists", Duration::from_secs(3), |rng| {
        let seed = rng.pick(&seeds);
        let prices = mutate_csv(seed, rng);
        let with_matrix = rng.chance(40);
        let matrix = with_matrix.then(|| mutate_csv(&matrix, rng));
        let Some(imported) = import(&prices, matrix.as_deref()) else {
            return;
        };
        // The imported catalog in use: the demo customers, the rules, a purchase.
        let partner = sample_partner();
        for customer in sample_customers(&imported).iter().take(4) {
            let context = Context::new(&imported, &partner, customer, TODAY);
            let verdicts = context.verdicts();
            let lines: Vec<NewLine> = imported
                .offer_indexes()
                .filter(|&i| verdicts.allows(i))
                .take(3)
                .map(|i| imported.offer_at(i))
                .map(|o| NewLine {
                    offer: o.id(),
                    quantity: 1 + rng.below(5) as u32,
                    plan: o.availability.plans().next().map(|(plan, _)| plan),
                })
                .collect();
            let cart: Cart = lines.into_iter().collect();
            if let Ok(order) = place_order(&context, &cart, "00000000000000F1".parse().unwrap(), DAYS[1]) {
                for line in &order.lines {
                    for at in DAYS {
                        let _ = refund_for(&order, line, at, csp_catalog::domain::money::Money::ZERO);
                    }
                }
            }
        }
        // Exported and read again, the same catalog (the offer matrix is not in a price list).
        if !with_matrix {
            let again = import(&export_price_list(&imported), None).expect("the app reads the price list it wrote");
            assert_eq!(
                modelled(again.products()),
                modelled(imported.products()),
                "a price list exported and read back differs"
            );
        }
    });
    assert!(inputs > 0);
}

/// The catalog as the app models it: without the raw fields kept of each source row, and each
/// availability's prices in one order (a list's row order is not a fact about the offer).
fn modelled(products: &[csp_catalog::domain::catalog::Product]) -> Vec<csp_catalog::domain::catalog::Product> {
    let mut products = products.to_vec();
    for availability in products
        .iter_mut()
        .flat_map(|p| &mut p.skus)
        .flat_map(|s| &mut s.availabilities)
    {
        availability
            .terms
            .sort_by_key(|t| format!("{:?} {:?}", t.term, t.frequencies));
    }
    for term in products
        .iter_mut()
        .flat_map(|p| &mut p.skus)
        .flat_map(|s| &mut s.availabilities)
        .flat_map(|a| &mut a.terms)
    {
        term.source = None;
        for tier in &mut term.tiers {
            tier.source = None;
        }
    }
    products
}

fn demo_export() -> Snapshot {
    let mut store = MemoryStore::new();
    let catalog = catalog();
    let partner = sample_partner();
    let customers = sample_customers(catalog);
    let mut orders = Vec::new();
    for (n, customer) in customers.iter().enumerate().take(6) {
        let context = Context::new(catalog, &partner, customer, TODAY);
        let verdicts = context.verdicts();
        let cart: Cart = catalog
            .offer_indexes()
            .filter(|&i| verdicts.allows(i))
            .skip(n)
            .take(2)
            .map(|i| catalog.offer_at(i))
            .map(|o| NewLine {
                offer: o.id(),
                quantity: 2,
                plan: o.availability.plans().next().map(|(plan, _)| plan),
            })
            .collect();
        let number = format!("{:016X}", 0xA0 + n).parse().unwrap();
        if let Ok(order) = place_order(&context, &cart, number, DAYS[1]) {
            orders.push(order);
        }
    }
    replace_all(
        &mut store,
        &Snapshot {
            partner,
            customers,
            carts: Default::default(),
            orders,
            subscription_changes: Default::default(),
        },
    )
    .unwrap();
    every_page_model(&mut store, catalog)
}

#[test]
fn export_files() {
    let demo = demo_export();
    exports_and_imports_back(&demo);
    let current: serde_json::Value = serde_json::from_str(&export::export(&demo)).unwrap();
    let inputs = run("export_files", Duration::from_secs(3), |rng| {
        let mut file = current.clone();
        // Every version the app has written, or one it never did.
        file["version"] = rng.pick(&[1u64, 2, 3, 99]).to_owned().into();
        mutate_json(&mut file, rng);
        let text = if rng.chance(20) {
            mutate_csv(&file.to_string(), rng)
        } else {
            file.to_string()
        };
        let Ok(imported) = read_export(&text) else { return };
        let mut store = MemoryStore::new();
        if replace_all(&mut store, &imported).is_err() {
            return;
        }
        let shown = every_page_model(&mut store, catalog());
        exports_and_imports_back(&shown);
    });
    assert!(inputs > 0);
}

#[test]
fn stored_values() {
    let demo = demo_export();
    let mut seeded = MemoryStore::new();
    replace_all(&mut seeded, &demo).unwrap();
    let keys = seeded.keys();
    let inputs = run("stored_values", Duration::from_secs(3), |rng| {
        let mut store = MemoryStore::new();
        let mut written = Vec::new();
        for key in &keys {
            let Some(text) = seeded.get(key) else { continue };
            let text = if rng.chance(30) {
                match serde_json::from_str::<serde_json::Value>(&text) {
                    Ok(mut value) if rng.chance(80) => {
                        mutate_json(&mut value, rng);
                        value.to_string()
                    }
                    _ => mutate_csv(&text, rng),
                }
            } else {
                text
            };
            store.set(key, &text).unwrap();
            written.push((key.clone(), text));
        }
        let shown = every_page_model(&mut store, catalog());
        // A value the app could not use is set aside, never lost.
        let all_stored: Vec<String> = store.keys().iter().filter_map(|k| store.get(k)).collect();
        for (key, text) in &written {
            assert!(
                all_stored.contains(text),
                "the value stored under {key} is gone: {text:.200}"
            );
        }
        exports_and_imports_back(&shown);
    });
    assert!(inputs > 0);
}

#[test]
fn link_queries() {
    let keys = [
        "category",
        "segment",
        "publisher",
        "billing",
        "type",
        "q",
        "view",
        "sort",
        "blocked",
        "changed",
        "today",
        "lang",
        "catalog",
    ];
    let inputs = run("link_queries", Duration::from_secs(2), |rng| {
        let pairs: Vec<(String, String)> = (0..=rng.below(6))
            .map(|_| {
                let value = if rng.chance(50) {
                    rng.pick(TOKENS).to_string()
                } else {
                    Filters::default()
                        .to_query_pairs()
                        .first()
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default()
                };
                (rng.pick(&keys).to_string(), value)
            })
            .collect();
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        let (filters, notices) = Filters::from_query(get);
        for notice in &notices {
            let _ = notice.to_string();
        }
        // Written back into a link and read again: the same filters, and nothing to report.
        let written = filters.to_query_pairs();
        let again = |key: &str| written.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone());
        let (read, notices) = Filters::from_query(again);
        assert_eq!(read, filters, "filters read from a link they wrote differ");
        assert!(notices.is_empty(), "a link the app wrote has notices: {notices:?}");
        if let Some(day) = get("today") {
            let _ = read_day(&day);
        }
    });
    assert!(inputs > 0);
}

/// What a broken or foreign words file may hold: Fluent's own signs, in and out of place.
const FTL_TOKENS: &[&str] = &[
    "{",
    "}",
    "{ $count }",
    "{ $",
    "$",
    "->",
    "[one]",
    "*[other]",
    "*[",
    "[",
    "]",
    ".",
    "*",
    "=",
    "-term",
    "#",
    "\r",
    "\n",
    "\r\n",
    "    ",
    "\t",
    "{ NUMBER($n) }",
    "{ \"x\" }",
    "[-12]",
    "[1.5]",
    "é",
    "\u{202f}",
];

#[test]
fn words_files() {
    use csp_catalog::i18n::ftl::{self, PluralRules, Value};
    let french = include_str!("../locales/fr.ftl");
    let lines: Vec<&str> = french.lines().collect();
    let inputs = run("words_files", Duration::from_secs(2), |rng| {
        // A stretch of the real file, then one to four edits.
        let from = rng.below(lines.len() as u64) as usize;
        let to = (from + 1 + rng.below(60) as usize).min(lines.len());
        let mut text: Vec<String> = lines[from..to].iter().map(|l| l.to_string()).collect();
        for _ in 0..=rng.below(3) {
            let at = rng.below(text.len() as u64) as usize;
            match rng.below(4) {
                0 if text.len() > 1 => {
                    text.remove(at);
                }
                1 => {
                    let cut = char_boundary(&text[at], rng);
                    text[at].truncate(cut);
                }
                _ => {
                    let put = char_boundary(&text[at], rng);
                    let token: &&str = rng.pick(FTL_TOKENS);
                    text[at].insert_str(put, token);
                }
            }
        }
        let source = text.join("\n");
        let Ok(messages) = ftl::read(&source) else { return };
        // Whatever was read formats, with or without values, a number or a word.
        for (_, pattern) in &messages {
            for value in [
                None,
                Some(Value::Number(1)),
                Some(Value::Number(-7)),
                Some(Value::Text("one".into())),
            ] {
                let mut out = String::new();
                ftl::format(
                    pattern,
                    &|_| value.as_ref(),
                    PluralRules::French,
                    &|n| n.to_string(),
                    &mut out,
                );
            }
        }
    });
    assert!(inputs > 0);
}
