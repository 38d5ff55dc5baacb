//! Each term and billing plan of a SKU has its own dates in Microsoft's price list: P1Y
//! billed annually since May 2024, P1Y billed monthly since April 2025 (its 5% premium), a
//! price change of one plan from next month. The catalog's price-list entries
//! (`Availability`) are periods in which a SKU's prices stand still, so the rows of one SKU
//! and segment are cut at every date where one of its plans starts or ends: each period
//! holds the plans in force throughout it, at the price each had then.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap as HashMap;

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
    // Each plan's dates read so far, with the quantity ranges priced for them (none: a
    // price for any quantity).
    type Priced = (Window, Vec<Option<Range>>);
    let mut plans: HashMap<PlanKey, Vec<Priced>> = HashMap::default();
    rows.retain(|r| {
        let key = (r.product_id.clone(), r.sku_id.clone(), r.segment, r.term, r.billing);
        let seen = plans.entry(key).or_default();
        let window = (r.start, r.end);
        let problem = match seen.iter_mut().find(|(w, _)| *w == window) {
            // The same dates: another tier of the price, unless its quantities are taken.
            Some((_, ranges)) => match ranges.iter().find(|taken| ranges_overlap(**taken, r.tier)) {
                Some(&taken) => {
                    let (from, to) = taken.unwrap_or((1, None));
                    Some(("PricingTierRangeMin", RowReason::TierOverlaps { from, to }))
                }
                None => {
                    ranges.push(r.tier);
                    None
                }
            },
            None => match seen.iter().find(|(w, _)| overlaps(*w, window)) {
                Some(&((start, end), _)) => Some((
                    "EffectiveStartDate",
                    RowReason::OverlapsEntry {
                        segment: r.segment,
                        plan: Plan {
                            term: r.term,
                            billing_frequency: r.billing,
                        },
                        start,
                        end,
                    },
                )),
                None => {
                    seen.push((window, vec![r.tier]));
                    None
                }
            },
        };
        let Some((column, reason)) = problem else {
            return true;
        };
        problems.push(RowProblem {
            file: CsvFile::PriceList,
            line: r.line,
            column: Some(column.into()),
            reason,
        });
        false
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
    // Most lists date every plan of a SKU alike: then there is nothing to cut.
    let mut dates: HashMap<(&ProductId, &SkuId, Segment), Window> = HashMap::default();
    let alike = rows.iter().all(|r| {
        *dates
            .entry((&r.product_id, &r.sku_id, r.segment))
            .or_insert((r.start, r.end))
            == (r.start, r.end)
    });
    drop(dates);
    if alike {
        return rows;
    }
    type EntryKey = (ProductId, SkuId, Segment);
    let mut order: Vec<EntryKey> = Vec::new();
    let mut groups: HashMap<EntryKey, Vec<PriceRow>> = HashMap::default();
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
        let Some(mut group) = groups.remove(&key) else {
            continue;
        };
        // Most SKUs of a large list: one row, one period, as it is.
        if group.len() == 1 {
            cut.append(&mut group);
            continue;
        }
        let periods = periods(&group);
        // Which rows each period holds; a row held by one period only is moved, not copied
        // (most rows: a SKU whose plans share their dates is one period).
        let held: Vec<Vec<usize>> = periods
            .iter()
            .map(|&(start, _)| {
                (0..group.len())
                    .filter(|&i| group.get(i).is_some_and(|r| in_force_from(r, start)))
                    .collect()
            })
            .collect();
        let mut uses = vec![0usize; group.len()];
        for &i in held.iter().flatten() {
            if let Some(n) = uses.get_mut(i) {
                *n = n.saturating_add(1);
            }
        }
        let mut rows: Vec<Option<PriceRow>> = group.into_iter().map(Some).collect();
        for (&(start, end), indexes) in periods.iter().zip(&held) {
            for &i in indexes {
                let (Some(slot), Some(left)) = (rows.get_mut(i), uses.get_mut(i)) else {
                    continue;
                };
                *left = left.saturating_sub(1);
                let row = if *left == 0 { slot.take() } else { slot.clone() };
                if let Some(row) = row {
                    cut.push(PriceRow { start, end, ..row });
                }
            }
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
        let end = starts.get(i.saturating_add(1)).and_then(|next| next.previous_day());
        if group.iter().any(|r| in_force_from(r, start)) {
            periods.push((start, end));
        }
    }
    periods
}
