//! Turning price-list and offer-matrix rows into a catalog.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
// Hashed with FxHash: the keys come from the user's own files, and SipHash's guard against
// crafted keys costs a third of a 100,000-row import.

use time::Date;

use super::reader::{OfferMatrixReader, PriceListReader};
use super::rows::MatrixRow;
use super::slices;
use super::{CsvFile, FileProblem, RowProblem, RowReason};
use crate::domain::catalog::builder::{derived_availability_id, every_market};
use crate::domain::catalog::{
    Availability, BillingType, BusinessCategory, Catalog, ChangeCounts, PriceTier, Product, ProductCategory, Publisher,
    PurchaseChannel, Segment, Sku, TermPrice, TRIAL_SEATS,
};
use crate::domain::country::CountryCode;
use crate::domain::ids::{ProductId, ProductSkuId, SkuId};

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportSummary {
    pub rows: usize,
    pub used_rows: usize,
    pub products: usize,
    pub skus: usize,
    pub offers: usize,
    pub problems: Vec<RowProblem>,
    pub currency: String,
    /// Rows whose `SkuId` had lost its leading zeros in a spreadsheet, repaired (used, not
    /// skipped).
    pub repaired_ids: usize,
    /// What the file marks as changed this month (`ChangeIndicator`), or what changed since
    /// the list imported before it when it marks nothing.
    pub changes: ChangeCounts,
    /// The list imported before, when `changes` come from comparing with it.
    pub compared_with: Option<String>,
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

/// Turns price-list rows (and, if given, offer-matrix rows) into a catalog.
///
/// Price-list rows for one product and SKU become one SKU; its rows with the same segment
/// and validity become one availability, each row one priced term and billing plan. The
/// offer matrix adds quantity limits, add-on prerequisites, upgrade paths and allowed countries; without
/// it an offer is sold in its price list's market only.
pub fn build_catalog(
    prices: PriceListReader,
    matrix: Option<OfferMatrixReader>,
) -> Result<(Catalog, ImportSummary), FileProblem> {
    let rows_total = prices.rows_read;
    let repaired_ids = prices.rows.iter().filter(|r| r.repaired_id).count().saturating_add(
        matrix
            .as_ref()
            .map_or(0, |m| m.rows.iter().filter(|r| r.repaired_id).count()),
    );
    let mut problems = prices.problems;
    let mut rows = prices.rows;
    let matrix_rows: HashMap<ProductSkuId, MatrixRow> = match matrix {
        Some(m) => {
            problems.extend(m.problems);
            m.rows.into_iter().map(|r| (r.sku.clone(), r)).collect()
        }
        None => HashMap::default(),
    };

    let currencies: HashSet<&str> = rows
        .iter()
        .map(|r| r.currency.as_str())
        .filter(|c| !c.is_empty())
        .collect();
    if currencies.len() > 1 {
        let mut list: Vec<&str> = currencies.into_iter().collect();
        list.sort_unstable();
        return Err(FileProblem::MixedCurrencies(list.join(", ")));
    }
    let currency = currencies.into_iter().next().unwrap_or("USD").to_string();
    // One market's price list, if every row names the same market.
    let markets: HashSet<&str> = rows.iter().map(|r| r.market.as_str()).collect();
    let market = match markets.into_iter().collect::<Vec<_>>().as_slice() {
        [one] => one.parse::<CountryCode>().ok(),
        _ => None,
    };

    // One price per product, SKU, segment, validity, term and billing plan: later rows repeat.
    let mut seen = HashSet::default();
    rows.retain(|r| {
        let key = (
            r.product_id.clone(),
            r.sku_id.clone(),
            r.segment,
            r.start,
            r.end,
            r.term,
            r.billing,
            r.tier.map(|(from, _)| from),
        );
        if seen.insert(key) {
            true
        } else {
            problems.push(RowProblem {
                file: CsvFile::PriceList,
                line: r.line,
                column: None,
                reason: RowReason::RepeatsEarlierRow,
            });
            false
        }
    });
    // Trials of add-ons don't exist.
    rows.retain(|r| {
        let add_on = matrix_rows
            .get(&ProductSkuId {
                product: r.product_id.clone(),
                sku: r.sku_id.clone(),
            })
            .is_some_and(|m| !m.prerequisites.is_empty());
        if r.trial && add_on {
            problems.push(RowProblem {
                file: CsvFile::PriceList,
                line: r.line,
                column: None,
                reason: RowReason::TrialOfAddOn,
            });
            false
        } else {
            true
        }
    });
    // A SKU is a trial or a paid offer, as its first row says; a row of the other kind is
    // skipped, and the rest of the file still imports.
    let mut kind: HashMap<(ProductId, SkuId), bool> = HashMap::default();
    rows.retain(|r| {
        let first = *kind.entry((r.product_id.clone(), r.sku_id.clone())).or_insert(r.trial);
        if first == r.trial {
            return true;
        }
        problems.push(RowProblem {
            file: CsvFile::PriceList,
            line: r.line,
            column: Some("BillingPlan".into()),
            reason: RowReason::KindChanges {
                sku: ProductSkuId {
                    product: r.product_id.clone(),
                    sku: r.sku_id.clone(),
                },
                first_is_trial: first,
            },
        });
        false
    });
    slices::one_price_per_plan(&mut rows, &mut problems);
    if rows.is_empty() {
        return Err(FileProblem::NoUsableRow(problems.len()));
    }
    let used_rows = rows.len();
    let rows = slices::cut_into_periods(rows);

    // Group: product → SKU → (segment, start, end) → rows, keeping first-seen order.
    let mut products: Vec<Product> = Vec::new();
    let mut product_index: HashMap<ProductId, usize> = HashMap::default();
    let known_skus: HashSet<ProductSkuId> = rows
        .iter()
        .map(|r| ProductSkuId {
            product: r.product_id.clone(),
            sku: r.sku_id.clone(),
        })
        .collect();
    for row in rows {
        let p = *product_index.entry(row.product_id.clone()).or_insert_with(|| {
            products.push(Product {
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
            });
            products.len().saturating_sub(1)
        });
        // Each position was just found or pushed.
        let Some(product) = products.get_mut(p) else { continue };
        let sku_ref = ProductSkuId {
            product: row.product_id.clone(),
            sku: row.sku_id.clone(),
        };
        let info = matrix_rows.get(&sku_ref);
        let s = match product.skus.iter().position(|s| s.id == row.sku_id) {
            Some(s) => s,
            None => {
                let line = info.map_or(0, |m| m.line);
                let mut in_price_list =
                    |ids: Option<&Vec<ProductSkuId>>, column: &str, unknown: fn(ProductSkuId) -> RowReason| {
                        in_the_price_list(ids, &known_skus, line, column, unknown, &mut problems)
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
                product.skus.push(Sku {
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
                });
                product.skus.len().saturating_sub(1)
            }
        };
        let Some(sku) = product.skus.get_mut(s) else { continue };
        let countries = match info.filter(|m| !m.countries.is_empty()) {
            Some(m) => m.countries,
            None => row
                .market
                .parse::<CountryCode>()
                .map(|c| std::iter::once(c).collect())
                // No market and no offer matrix: every market, never an embargoed country.
                .unwrap_or_else(|_| every_market()),
        };
        let key = availability_key(&row.sku_id, row.segment, row.start, row.end);
        let a = match sku
            .availabilities
            .iter()
            .position(|a| a.segment == row.segment && a.effective_start == row.start && a.effective_end == row.end)
        {
            Some(a) => a,
            None => {
                let mut attempt = 0;
                let mut id = derived_availability_id(row.product_id.as_str(), &key, attempt);
                while sku.availabilities.iter().any(|a| a.id == id) {
                    attempt = attempt.saturating_add(1);
                    id = derived_availability_id(row.product_id.as_str(), &key, attempt);
                }
                sku.availabilities.push(Availability {
                    id,
                    segment: row.segment,
                    countries,
                    terms: Vec::new(),
                    effective_start: row.start,
                    effective_end: row.end,
                });
                sku.availabilities.len().saturating_sub(1)
            }
        };
        let Some(availability) = sku.availabilities.get_mut(a) else {
            continue;
        };
        let terms = &mut availability.terms;
        match row.tier {
            // Another tier of a term already read: the term gains it, lowest tier first.
            Some((from, to)) => {
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
                    None => terms.push(TermPrice {
                        term: row.term,
                        frequencies: vec![row.billing],
                        unit_price: row.unit_price,
                        erp_price: row.erp_price,
                        change: row.change,
                        source: Some(row.source),
                        tiers: vec![tier],
                    }),
                }
            }
            None => terms.push(TermPrice {
                term: row.term,
                frequencies: vec![row.billing],
                unit_price: row.unit_price,
                erp_price: row.erp_price,
                change: row.change,
                source: Some(row.source),
                tiers: Vec::new(),
            }),
        }
    }

    let catalog = Catalog::new(products)
        .map_err(|found| {
            let list: Vec<String> = found.iter().take(5).map(|p| p.to_string()).collect();
            FileProblem::InvalidCatalog(list.join("; "))
        })?
        .with_currency(&currency)
        .with_market(market);
    let stats = catalog.stats();
    let changes = catalog.changes();
    problems.sort_by_key(|p| (p.file != CsvFile::PriceList, p.line));
    Ok((
        catalog,
        ImportSummary {
            rows: rows_total,
            used_rows,
            products: stats.products,
            skus: stats.skus,
            offers: stats.offers,
            problems,
            currency,
            repaired_ids,
            changes,
            compared_with: None,
        },
    ))
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
