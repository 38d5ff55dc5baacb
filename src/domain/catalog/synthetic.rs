//! A deterministic synthetic catalog of any size, for benchmarks and for trying the app at
//! the scale of real price lists (tens of thousands of rows per market). Same seed, same
//! catalog, on every machine.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    reason = "generates benchmark catalogs from a seed and the app's own constants"
)]

use time::macros::date;

use crate::domain::catalog::builder::{one_and_three_years, per_month, product, sku, ProductBuilder};
use crate::domain::catalog::{BusinessCategory, Catalog, ProductCategory, Segment};
use crate::domain::country::CountryCode;

use crate::domain::random::SplitMix64 as Rng;

const NOUNS: [&str; 16] = [
    "Workspace",
    "Insight",
    "Defender",
    "Ledger",
    "Studio",
    "Vault",
    "Connect",
    "Planner",
    "Sentinel",
    "Flow",
    "Archive",
    "Desk",
    "Fleet",
    "Forms",
    "Signal",
    "Atlas",
];
const ADJECTIVES: [&str; 12] = [
    "Cloud",
    "Secure",
    "Smart",
    "Unified",
    "Pro",
    "Business",
    "Enterprise",
    "Frontline",
    "Global",
    "Edge",
    "Prime",
    "Team",
];
const EDITIONS: [&str; 6] = ["Basic", "Standard", "Premium", "Plan 1", "Plan 2", "Advanced"];
const PARTNERS: [&str; 8] = [
    "Contoso Software",
    "Fabrikam Apps",
    "Northwind Labs",
    "Tailspin Cloud",
    "Litware",
    "Proseware",
    "Adventure Works",
    "Wingtip Toys",
];
const BUSINESS: [BusinessCategory; 8] = [
    BusinessCategory::Productivity,
    BusinessCategory::Collaboration,
    BusinessCategory::Security,
    BusinessCategory::Analytics,
    BusinessCategory::BusinessApplications,
    BusinessCategory::Communications,
    BusinessCategory::IdentityAndAccess,
    BusinessCategory::Storage,
];

fn id36(mut n: u64, width: usize) -> String {
    const DIGITS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut out = vec![b'0'; width];
    for slot in out.iter_mut().rev() {
        *slot = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    String::from_utf8(out).expect("base-36 digits are ASCII")
}

/// About `sku_count` SKUs (never fewer) spread over products, categories, segments,
/// publishers, countries, terms, add-ons and trials roughly as a real market's lists are.
pub fn synthetic_catalog(sku_count: usize, seed: u64) -> Catalog {
    let mut rng = Rng(seed);
    let all_countries: Vec<String> = CountryCode::all().map(|c| c.to_string()).collect();
    let mut products: Vec<ProductBuilder> = Vec::new();
    let mut bases: Vec<String> = Vec::new();
    let mut made = 0;
    let mut p = 0u64;
    while made < sku_count {
        let product_id = format!("SYN{}", id36(p, 9));
        p += 1;
        let roll = rng.below(100);
        let category = if roll < 12 {
            ProductCategory::Azure
        } else if roll < 22 {
            ProductCategory::Software
        } else {
            ProductCategory::OnlineServices
        };
        let business = match category {
            ProductCategory::Azure | ProductCategory::Software => BusinessCategory::Compute,
            ProductCategory::OnlineServices => *rng.pick(&BUSINESS),
        };
        let title = format!("{} {} {}", rng.pick(&ADJECTIVES), rng.pick(&NOUNS), p);
        let mut builder = product(
            &product_id,
            &title,
            category,
            business,
            &format!("{title}, a synthetic offer for scale tests."),
        );
        let partner = category == ProductCategory::OnlineServices && rng.chance(15);
        if partner {
            builder = builder.publisher(rng.pick::<&str>(&PARTNERS));
        }
        let usage = category == ProductCategory::Azure && rng.chance(10);
        if usage {
            builder = builder.usage();
        }
        let skus_here = (1 + rng.below(5) as usize).min(sku_count - made);
        for s in 0..skus_here {
            let sku_id = format!("{:04}", s + 1);
            let segment_roll = rng.below(100);
            let segment = match segment_roll {
                0..=79 => Segment::Commercial,
                80..=87 => Segment::Education,
                88..=94 => Segment::Nonprofit,
                _ => Segment::Government,
            };
            let mut sku_builder = sku(&sku_id, &format!("{title} {}", EDITIONS[s % EDITIONS.len()])).segment(segment);
            sku_builder = match category {
                ProductCategory::Azure | ProductCategory::Software => {
                    let year = 5_000 + rng.below(300_000);
                    sku_builder.terms(one_and_three_years(year, year * 28 / 10))
                }
                ProductCategory::OnlineServices => sku_builder.terms(per_month(100 + rng.below(6_000))),
            };
            if segment == Segment::Government {
                sku_builder = sku_builder.countries(&["US"]);
            } else if rng.chance(30) {
                let n = 10 + rng.below(30) as usize;
                let chosen: Vec<&str> = (0..n).map(|_| rng.pick(&all_countries).as_str()).collect();
                sku_builder = sku_builder.countries(&chosen);
            }
            let add_on = !usage && !bases.is_empty() && rng.chance(10);
            let trial = !add_on
                && !usage
                && segment == Segment::Commercial
                && category == ProductCategory::OnlineServices
                && rng.chance(3);
            if rng.chance(5) && !trial {
                sku_builder = sku_builder.quantity(5, 5_000);
            }
            if add_on {
                let base_a = rng.pick(&bases).clone();
                let base_b = rng.pick(&bases).clone();
                sku_builder = sku_builder.add_on(&[base_a.as_str(), base_b.as_str()]);
            } else if trial {
                sku_builder = sku_builder.trial();
            } else if !usage {
                bases.push(format!("{product_id}:{sku_id}"));
            }
            match rng.below(20) {
                0 => sku_builder = sku_builder.until(date!(2026 - 06 - 30)),
                1 => sku_builder = sku_builder.from(date!(2027 - 01 - 01)),
                _ => {}
            }
            builder = builder.sku(sku_builder);
            made += 1;
        }
        products.push(builder);
    }
    // Add-ons name two bases; if both picks were the same, the list repeats one, which the
    // rules treat the same as naming it once.
    Catalog::new(products.into_iter().map(ProductBuilder::build).collect()).unwrap_or_else(|problems| {
        panic!(
            "the synthetic catalog is invalid: {:?}",
            &problems[..problems.len().min(3)]
        )
    })
}

/// The sizes the app and the benchmarks offer: `synthetic-1k`, `synthetic-10k`, `synthetic-100k`.
pub fn size_from_name(name: &str) -> Option<usize> {
    match name {
        "synthetic-1k" => Some(1_000),
        "synthetic-10k" => Some(10_000),
        "synthetic-100k" => Some(100_000),
        _ => None,
    }
}

pub const SEED: u64 = 0x00C5_CA7A_1006;
