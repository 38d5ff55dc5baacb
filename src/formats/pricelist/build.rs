//! Turning price-list and offer-matrix rows into a catalog.

// Hashed with FxHash here and in the steps: the keys come from the user's own files, and
// SipHash's guard against crafted keys costs a third of a 100,000-row import.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::reader::{OfferMatrixReader, PriceListReader};
use super::rows::MatrixRow;
use super::{group, screen, slices};
use super::{CsvFile, FileProblem, RowProblem};
use crate::domain::catalog::{Catalog, ChangeCounts};
use crate::domain::country::CountryCode;
use crate::domain::ids::ProductSkuId;
use crate::domain::money::Currency;

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportSummary {
    pub rows: usize,
    pub used_rows: usize,
    pub products: usize,
    pub skus: usize,
    pub offers: usize,
    pub problems: Vec<RowProblem>,
    pub currency: Currency,
    /// Rows whose `SkuId` had lost its leading zeros in a spreadsheet, repaired (used, not
    /// skipped).
    pub repaired_ids: usize,
    /// What the file marks as changed this month (`ChangeIndicator`), or what changed since
    /// the list imported before it when it marks nothing.
    pub changes: ChangeCounts,
    /// The list imported before, when `changes` come from comparing with it.
    pub compared_with: Option<String>,
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
    let countries_known = matrix.is_some();
    let matrix_rows: HashMap<ProductSkuId, MatrixRow> = match matrix {
        Some(m) => {
            problems.extend(m.problems);
            m.rows.into_iter().map(|r| (r.sku.clone(), r)).collect()
        }
        None => HashMap::default(),
    };

    let currencies: HashSet<Currency> = rows.iter().filter_map(|r| r.currency).collect();
    if currencies.len() > 1 {
        let mut list: Vec<&str> = currencies.iter().map(Currency::as_str).collect();
        list.sort_unstable();
        return Err(FileProblem::MixedCurrencies(list.join(", ")));
    }
    let currency = currencies.into_iter().next().unwrap_or(Currency::USD);
    // One market's price list, if every row names the same market.
    let markets: HashSet<&str> = rows.iter().map(|r| r.market.as_str()).collect();
    let market = match markets.into_iter().collect::<Vec<_>>().as_slice() {
        [one] => one.parse::<CountryCode>().ok(),
        _ => None,
    };

    screen::drop_repeats(&mut rows, &mut problems);
    screen::drop_trials_of_add_ons(&mut rows, &matrix_rows, &mut problems);
    screen::one_kind_per_sku(&mut rows, &mut problems);
    slices::one_price_per_plan(&mut rows, &mut problems);
    if rows.is_empty() {
        return Err(FileProblem::NoUsableRow(problems.len()));
    }
    let used_rows = rows.len();
    let rows = slices::cut_into_periods(rows);

    let products = group::into_products(rows, &matrix_rows, &mut problems);

    let catalog = Catalog::new(products)
        .map_err(|found| {
            let list: Vec<String> = found.iter().take(5).map(|p| p.to_string()).collect();
            FileProblem::InvalidCatalog(list.join("; "))
        })?
        .with_currency(currency)
        .with_market(market);
    let catalog = if countries_known {
        catalog
    } else {
        catalog.with_countries_unknown()
    };
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
