#![cfg(not(target_arch = "wasm32"))]
//! The synthetic catalog: deterministic, valid, and spread like a real market.

use std::collections::BTreeSet;

use csp_catalog::domain::catalog::synthetic::{size_from_name, synthetic_catalog, SEED};

#[test]
fn the_same_seed_gives_the_same_catalog_and_another_seed_another() {
    let a = synthetic_catalog(1_000, SEED);
    let b = synthetic_catalog(1_000, SEED);
    assert_eq!(a.products(), b.products());
    let c = synthetic_catalog(1_000, SEED + 1);
    assert_ne!(a.products(), c.products());
}

#[test]
fn a_synthetic_catalog_has_the_size_asked_for_and_every_kind_of_offer() {
    let catalog = synthetic_catalog(10_000, SEED);
    assert_eq!(catalog.stats().skus, 10_000);
    let offers: Vec<_> = catalog.offers().collect();
    let segments: BTreeSet<_> = offers.iter().map(|o| o.availability.segment).collect();
    let categories: BTreeSet<_> = offers.iter().map(|o| o.product.category).collect();
    let publishers: BTreeSet<_> = offers.iter().map(|o| o.product.publisher_type()).collect();
    let billing: BTreeSet<_> = offers.iter().map(|o| o.product.billing_type).collect();
    assert_eq!(
        (segments.len(), categories.len(), publishers.len(), billing.len()),
        (4, 3, 2, 2)
    );
    let add_ons = offers.iter().filter(|o| o.sku.is_add_on()).count();
    let trials = offers.iter().filter(|o| o.sku.trial).count();
    assert!((500..2_000).contains(&add_ons), "{add_ons} add-ons");
    assert!((50..600).contains(&trials), "{trials} trials");
    assert!(offers.iter().any(|o| o.availability.countries.len() < 50));
}

#[test]
fn sizes_are_chosen_by_name() {
    assert_eq!(size_from_name("synthetic-100k"), Some(100_000));
    assert_eq!(size_from_name("synthetic-10k"), Some(10_000));
    assert_eq!(size_from_name("synthetic-1k"), Some(1_000));
    assert_eq!(size_from_name("synthetic-2"), None);
}
