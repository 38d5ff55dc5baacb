//! Rows grouped into the catalog's shape: product → SKU → price-list entry (segment and
//! dates) → priced term and billing plan, in the order the file first names each.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use time::Date;

use super::rows::{MatrixRow, PriceRow};
use super::{CsvFile, RowProblem, RowReason};
use crate::domain::catalog::builder::{derived_availability_id, every_market};
use crate::domain::catalog::{
    Availability, BillingType, BusinessCategory, PriceTier, Product, ProductCategory, Publisher, PurchaseChannel,
    Segment, Sku, TermPrice, TRIAL_SEATS,
};
use crate::domain::ids::{ProductId, ProductSkuId, SkuId};

/// The products the rows describe. The offer matrix adds each SKU's quantity limits, add-on
/// bases, upgrades and countries; a base or upgrade not in the price list is reported.
pub(super) fn into_products(
    rows: Vec<PriceRow>,
    matrix: &HashMap<ProductSkuId, MatrixRow>,
    problems: &mut Vec<RowProblem>,
) -> Vec<Product> {
    let known: HashSet<ProductSkuId> = rows.iter().map(PriceRow::sku).collect();
    let mut products: Vec<Product> = Vec::new();
    let mut product_index: HashMap<ProductId, usize> = HashMap::default();
    for row in rows {
        let p = *product_index.entry(row.product_id.clone()).or_insert_with(|| {
            products.push(new_product(&row));
            products.len().saturating_sub(1)
        });
        // Each position was just found or pushed.
        let Some(product) = products.get_mut(p) else { continue };
        let info = matrix.get(&row.sku());
        let s = match product.skus.iter().position(|s| s.id == row.sku_id) {
            Some(s) => s,
            None => {
                product.skus.push(new_sku(&row, info, &known, problems));
                product.skus.len().saturating_sub(1)
            }
        };
        let Some(sku) = product.skus.get_mut(s) else { continue };
        let a = match sku
            .availabilities
            .iter()
            .position(|a| a.segment == row.segment && a.effective_start == row.start && a.effective_end == row.end)
        {
            Some(a) => a,
            None => {
                let entry = new_availability(sku, &row, info);
                sku.availabilities.push(entry);
                sku.availabilities.len().saturating_sub(1)
            }
        };
        if let Some(availability) = sku.availabilities.get_mut(a) {
            add_price(&mut availability.terms, row);
        }
    }
    products
}

fn new_product(row: &PriceRow) -> Product {
    Product {
        id: row.product_id.clone(),
        title: row.product_title.clone(),
        description: row.sku_description.clone(),
        category: ProductCategory::OnlineServices,
        publisher: if row.publisher.to_lowercase().starts_with("microsoft") {
            Publisher::Microsoft
        } else {
            Publisher::Partner {
                name: row.publisher.clone(),
            }
        },
        billing_type: BillingType::License,
        business_category: guess_business_category(&row.product_title),
        channel: PurchaseChannel::PartnerCenter,
        skus: Vec::new(),
    }
}

fn new_sku(
    row: &PriceRow,
    info: Option<&MatrixRow>,
    known: &HashSet<ProductSkuId>,
    problems: &mut Vec<RowProblem>,
) -> Sku {
    let line = info.map_or(0, |m| m.line);
    let mut in_price_list = |ids: Option<&Vec<ProductSkuId>>, column: &str, unknown: fn(ProductSkuId) -> RowReason| {
        in_the_price_list(ids, known, line, column, unknown, problems)
    };
    let prerequisites = in_price_list(
        info.map(|m| &m.prerequisites),
        "ProductSkuPreRequisites",
        RowReason::UnknownBase,
    );
    let upgrades = in_price_list(
        info.map(|m| &m.upgrades),
        "ProductSkuConversion",
        RowReason::UnknownUpgradeTarget,
    );
    let (min, max) = if row.trial {
        (TRIAL_SEATS, TRIAL_SEATS)
    } else {
        (
            info.and_then(|m| m.min).unwrap_or(1),
            info.and_then(|m| m.max).unwrap_or(10_000),
        )
    };
    Sku {
        id: row.sku_id.clone(),
        title: row.sku_title.clone(),
        description: row.sku_description.clone(),
        trial: row.trial,
        min_quantity: min,
        max_quantity: max.max(min),
        seat_pool: None,
        customer_limit: info.and_then(|m| m.owner_limit),
        prerequisites,
        upgrades,
        availabilities: Vec::new(),
    }
}

/// A new price-list entry of `sku` for the row's segment and dates, sold where the offer
/// matrix says. Without it, the row's `Market` says whose prices these are, not where the
/// offer is sold: every market then (never an embargoed country), and the catalog says
/// that it doesn't know.
fn new_availability(sku: &Sku, row: &PriceRow, info: Option<&MatrixRow>) -> Availability {
    let countries = match info.filter(|m| !m.countries.is_empty()) {
        Some(m) => m.countries,
        None => every_market(),
    };
    let key = availability_key(&row.sku_id, row.segment, row.start, row.end);
    let mut attempt = 0;
    let mut id = derived_availability_id(row.product_id.as_str(), &key, attempt);
    while sku.availabilities.iter().any(|a| a.id == id) {
        attempt = attempt.saturating_add(1);
        id = derived_availability_id(row.product_id.as_str(), &key, attempt);
    }
    Availability {
        id,
        segment: row.segment,
        countries,
        terms: Vec::new(),
        effective_start: row.start,
        effective_end: row.end,
    }
}

/// The row's price: a term and billing plan of its own, or another volume tier of one
/// already read (lowest tier first, the term priced at it).
fn add_price(terms: &mut Vec<TermPrice>, row: PriceRow) {
    let Some((from, to)) = row.tier else {
        return terms.push(priced(row, Vec::new()));
    };
    let tier = PriceTier {
        from,
        to,
        unit_price: row.unit_price,
        erp_price: row.erp_price,
        source: Some(row.source.clone()),
    };
    match terms
        .iter_mut()
        .find(|t| t.term == row.term && t.frequencies == [row.billing] && !t.tiers.is_empty())
    {
        Some(term) => {
            term.tiers.push(tier);
            term.tiers.sort_by_key(|t| t.from);
            if let Some(first) = term.tiers.first() {
                term.unit_price = first.unit_price;
                term.erp_price = first.erp_price;
                term.source = first.source.clone();
            }
        }
        None => terms.push(priced(row, vec![tier])),
    }
}

fn priced(row: PriceRow, tiers: Vec<PriceTier>) -> TermPrice {
    TermPrice {
        term: row.term,
        frequencies: vec![row.billing],
        unit_price: row.unit_price,
        erp_price: row.erp_price,
        change: row.change,
        source: Some(row.source),
        tiers,
    }
}

/// A guess at the business category from a product's title, for the Category filter (price
/// lists carry none).
fn guess_business_category(title: &str) -> BusinessCategory {
    let t = title.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    if has(&[
        "dynamics",
        "business central",
        "sales",
        "customer service",
        "field service",
    ]) {
        BusinessCategory::BusinessApplications
    } else if has(&["defender", "security", "sentinel", "intune", "purview"]) {
        BusinessCategory::Security
    } else if has(&["entra", "identity", "azure active directory"]) {
        BusinessCategory::IdentityAndAccess
    } else if has(&["teams", "phone", "calling", "audio conferencing"]) {
        BusinessCategory::Communications
    } else if has(&["power bi", "fabric", "analytics"]) {
        BusinessCategory::Analytics
    } else if has(&["exchange", "sharepoint", "onedrive"]) {
        BusinessCategory::Collaboration
    } else if has(&[
        "power apps",
        "power automate",
        "copilot studio",
        "github",
        "visual studio",
    ]) {
        BusinessCategory::DeveloperTools
    } else if has(&[" a1", " a3", " a5", "education", "minecraft", "student", "faculty"]) {
        BusinessCategory::Education
    } else if has(&["windows 365", "windows server", "azure"]) {
        BusinessCategory::Compute
    } else if has(&["storage", "backup"]) {
        BusinessCategory::Storage
    } else {
        BusinessCategory::Productivity
    }
}

/// What an availability without an id of its own is named by, to derive a stable id from.
/// Ids derived from it are stored in carts and orders, so this text must never change; it is
/// written out here as the first release wrote it.
fn availability_key(sku: &SkuId, segment: Segment, start: Date, end: Option<Date>) -> String {
    let segment = match segment {
        Segment::Commercial => "Commercial",
        Segment::Education => "Education",
        Segment::Nonprofit => "Nonprofit",
        Segment::Government => "Government",
    };
    let end = match end {
        Some(day) => format!("Some({day})"),
        None => "None".to_string(),
    };
    format!("{sku}:{segment}:{start}:{end}")
}

/// The SKUs of a matrix column that are in the price list; each other one is reported and
/// left out.
fn in_the_price_list(
    ids: Option<&Vec<ProductSkuId>>,
    known: &HashSet<ProductSkuId>,
    line: u64,
    column: &str,
    unknown: fn(ProductSkuId) -> RowReason,
    problems: &mut Vec<RowProblem>,
) -> Vec<ProductSkuId> {
    let ids = ids.map_or(&[][..], Vec::as_slice);
    ids.iter()
        .filter(|id| {
            let ok = known.contains(*id);
            if !ok {
                problems.push(RowProblem {
                    file: CsvFile::OfferMatrix,
                    line,
                    column: Some(column.into()),
                    reason: unknown((*id).clone()),
                });
            }
            ok
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod availability_key_tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_key_is_the_text_the_first_release_derived_ids_from() {
        let sku: SkuId = "0001".parse().unwrap();
        for segment in Segment::ALL {
            for end in [None, Some(date!(2027 - 01 - 31))] {
                let start = date!(2026 - 11 - 01);
                let first_release = format!("{}:{:?}:{}:{:?}", sku, segment, start, end);
                assert_eq!(availability_key(&sku, segment, start, end), first_release);
            }
        }
    }
}
