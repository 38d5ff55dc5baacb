//! Each term and billing plan of a SKU has its own dates in Microsoft's price list: P1Y
//! billed annually since May 2024, P1Y billed monthly since April 2025 (its 5% premium), a
//! price change of one plan from next month. The catalog's price-list entries
//! (`Availability`) are periods in which a SKU's prices stand still, so the rows of one SKU
//! and segment are cut at every date where one of its plans starts or ends: each period
//! holds the plans in force throughout it, at the price each had then.

use std::collections::{BTreeSet, HashMap};

use time::Date;

use super::rows::PriceRow;
use super::{CsvFile, RowProblem, RowReason};
use crate::domain::catalog::Segment;
use crate::domain::ids::{ProductId, SkuId};
use crate::domain::term::{BillingFrequency, Plan, TermDuration};

type Window = (Date, Option<Date>);

fn overlaps((a_start, a_end): Window, (b_start, b_end): Window) -> bool {
    a_start <= b_end.unwrap_or(Date::MAX) && b_start <= a_end.unwrap_or(Date::MAX)
}

/// One price per plan at a time: a row whose dates overlap another price of the same SKU,
/// segment, term and billing plan contradicts it, and is skipped. Rows with the very same
/// dates are one price (its volume tiers).
pub(super) fn one_price_per_plan(rows: &mut Vec<PriceRow>, problems: &mut Vec<RowProblem>) {
    type PlanKey = (ProductId, SkuId, Segment, TermDuration, BillingFrequency);
    let mut windows: HashMap<PlanKey, Vec<Window>> = HashMap::new();
    // The quantity ranges of each price read so far (none: a price for any quantity).
    let mut ranges: HashMap<(PlanKey, Window), Vec<Option<Range>>> = HashMap::new();
    rows.retain(|r| {
        let key = (r.product_id.clone(), r.sku_id.clone(), r.segment, r.term, r.billing);
        let seen = windows.entry(key.clone()).or_default();
        let window = (r.start, r.end);
        if seen.contains(&window) {
            let read = ranges.entry((key, window)).or_default();
            if let Some(&taken) = read.iter().find(|taken| ranges_overlap(**taken, r.tier)) {
                let (from, to) = taken.unwrap_or((1, None));
                problems.push(RowProblem {
                    file: CsvFile::PriceList,
                    line: r.line,
                    column: Some("PricingTierRangeMin".into()),
                    reason: RowReason::TierOverlaps { from, to },
                });
                return false;
            }
            read.push(r.tier);
            return true;
        }
        if let Some(&(start, end)) = seen.iter().find(|w| overlaps(**w, window)) {
            problems.push(RowProblem {
                file: CsvFile::PriceList,
                line: r.line,
                column: Some("EffectiveStartDate".into()),
                reason: RowReason::OverlapsEntry {
                    segment: r.segment,
                    plan: Plan {
                        term: r.term,
                        billing_frequency: r.billing,
                    },
                    start,
                    end,
                },
            });
            return false;
        }
        seen.push(window);
        ranges.entry((key, window)).or_default().push(r.tier);
        true
    });
}

/// A volume tier's quantities, from and (none: and above) to.
type Range = (u32, Option<u32>);

/// Two prices of one plan and dates that would both price some quantity: tiers whose
/// ranges meet, or a price for any quantity beside a tier.
fn ranges_overlap(a: Option<Range>, b: Option<Range>) -> bool {
    match (a, b) {
        (Some((a_from, a_to)), Some((b_from, b_to))) => {
            a_from <= b_to.unwrap_or(u32::MAX) && b_from <= a_to.unwrap_or(u32::MAX)
        }
        _ => true,
    }
}

/// The rows cut into periods: one copy of a row for each period of its SKU and segment it
/// covers, dated as the period. Rows of one SKU and segment whose plans share their dates
/// come out as they went in. Order: SKUs and segments as first seen, periods oldest first,
/// rows as in the file.
pub(super) fn cut_into_periods(rows: Vec<PriceRow>) -> Vec<PriceRow> {
    type EntryKey = (ProductId, SkuId, Segment);
    let mut order: Vec<EntryKey> = Vec::new();
    let mut groups: HashMap<EntryKey, Vec<PriceRow>> = HashMap::new();
    for row in rows {
        let key = (row.product_id.clone(), row.sku_id.clone(), row.segment);
        groups
            .entry(key.clone())
            .or_insert_with(|| {
                order.push(key);
                Vec::new()
            })
            .push(row);
    }
    let mut cut = Vec::new();
    for key in order {
        let Some(group) = groups.remove(&key) else {
            continue;
        };
        for (start, end) in periods(&group) {
            let in_force = group.iter().filter(|r| in_force_from(r, start));
            cut.extend(in_force.map(|r| PriceRow {
                start,
                end,
                ..r.clone()
            }));
        }
    }
    cut
}

/// Whether a row is in force on a period's first day, and so (no row starting or ending
/// within a period) throughout it.
fn in_force_from(row: &PriceRow, start: Date) -> bool {
    row.start <= start && row.end.is_none_or(|end| end >= start)
}

/// The periods in which no row of the group starts or ends, and some row is in force.
fn periods(group: &[PriceRow]) -> Vec<Window> {
    // Each period starts on a row's first day or the day after a row's last.
    let starts: BTreeSet<Date> = group
        .iter()
        .flat_map(|r| std::iter::once(r.start).chain(r.end.and_then(Date::next_day)))
        .collect();
    let starts: Vec<Date> = starts.into_iter().collect();
    let mut periods = Vec::new();
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).and_then(|next| next.previous_day());
        if group.iter().any(|r| in_force_from(r, start)) {
            periods.push((start, end));
        }
    }
    periods
}
