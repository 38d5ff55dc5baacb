//! Rows that read well one by one but not together, skipped with their reason before the
//! rows become a catalog: a repeat of an earlier row, a trial of an add-on, a SKU that is a
//! trial in one row and paid in another.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::rows::{MatrixRow, PriceRow};
use super::{CsvFile, RowProblem, RowReason};
use crate::domain::ids::{ProductId, ProductSkuId, SkuId};

fn skipped(row: &PriceRow, column: Option<&str>, reason: RowReason) -> RowProblem {
    RowProblem {
        file: CsvFile::PriceList,
        line: row.line,
        column: column.map(str::to_string),
        reason,
    }
}

/// One price per product, SKU, segment, validity, term, billing plan and tier: a later row
/// that says it again is skipped.
pub(super) fn drop_repeats(rows: &mut Vec<PriceRow>, problems: &mut Vec<RowProblem>) {
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
        let first = seen.insert(key);
        if !first {
            problems.push(skipped(r, None, RowReason::RepeatsEarlierRow));
        }
        first
    });
}

/// Trials of add-ons don't exist: an add-on is the offer matrix's SKU with prerequisites.
pub(super) fn drop_trials_of_add_ons(
    rows: &mut Vec<PriceRow>,
    matrix: &HashMap<ProductSkuId, MatrixRow>,
    problems: &mut Vec<RowProblem>,
) {
    rows.retain(|r| {
        let add_on = matrix.get(&r.sku()).is_some_and(|m| !m.prerequisites.is_empty());
        if r.trial && add_on {
            problems.push(skipped(r, None, RowReason::TrialOfAddOn));
        }
        !(r.trial && add_on)
    });
}

/// A SKU is a trial or a paid offer, as its first row says; a row of the other kind is
/// skipped, and the rest of the file still imports.
pub(super) fn one_kind_per_sku(rows: &mut Vec<PriceRow>, problems: &mut Vec<RowProblem>) {
    let mut kind: HashMap<(ProductId, SkuId), bool> = HashMap::default();
    rows.retain(|r| {
        let first = *kind.entry((r.product_id.clone(), r.sku_id.clone())).or_insert(r.trial);
        if first != r.trial {
            let reason = RowReason::KindChanges {
                sku: r.sku(),
                first_is_trial: first,
            };
            problems.push(skipped(r, Some("BillingPlan"), reason));
        }
        first == r.trial
    });
}
