//! Writing a catalog back as a price list.

use std::collections::{HashMap, HashSet};

use super::rows::{CHANGE_COLUMNS, PRICE_LIST_COLUMNS, SEGMENT_COLUMN};
use crate::domain::catalog::{Catalog, PriceChange, Publisher, Segment, SourceFields, TermPrice};
use crate::domain::money::{Currency, Money};
use crate::domain::term::BillingFrequency;
use crate::formats::orders_export::spreadsheet_safe;

/// Columns written from the catalog even for an imported row: the titles it shows.
const MODEL_COLUMNS: [&str; 2] = ["ProductTitle", "SkuTitle"];
/// Free text a spreadsheet could take for a formula (`=HYPERLINK(…)` as a title).
const TEXT_COLUMNS: [&str; 4] = ["ProductTitle", "SkuTitle", "Publisher", "SkuDescription"];

/// The catalog as a price list: one row per offer, term and billing plan. Rows that came
/// from an imported file are written back exactly as they were read.
pub fn export_price_list(catalog: &Catalog) -> String {
    let has_segment = catalog.offers().any(|o| o.availability.segment != Segment::Commercial)
        || catalog.offers().any(|o| {
            o.availability
                .terms
                .iter()
                .any(|t| t.source.as_ref().is_some_and(|s| s.0.contains_key(SEGMENT_COLUMN)))
        });
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let has_changes = catalog.offers().any(|o| {
        o.availability
            .terms
            .iter()
            .any(|t| t.change.is_some() || t.source.as_ref().is_some_and(|s| s.0.contains_key(CHANGE_COLUMNS[0])))
    });
    let mut header: Vec<&str> = PRICE_LIST_COLUMNS.to_vec();
    if has_segment {
        header.push(SEGMENT_COLUMN);
    }
    if has_changes {
        header.extend(CHANGE_COLUMNS);
    }
    let _ = writer.write_record(&header);
    // A row of the file covers every period its plan is in force in (see `slices`): it is
    // written back once.
    let mut written: HashSet<Vec<String>> = HashSet::new();
    for offer in catalog.offers() {
        for term in &offer.availability.terms {
            for &frequency in &term.frequencies {
                let generated = generated_row(offer, term, frequency, catalog.currency());
                // A tiered term is one row per tier, each with its own range and price.
                let rows: Vec<(Option<&SourceFields>, HashMap<&'static str, String>)> = if term.tiers.is_empty() {
                    vec![(term.source.as_ref(), generated)]
                } else {
                    term.tiers
                        .iter()
                        .map(|tier| {
                            let mut row = generated.clone();
                            row.insert("UnitPrice", tier.unit_price.decimal());
                            row.insert("ERP Price", tier.erp_price.unwrap_or(tier.unit_price).decimal());
                            row.insert("PricingTierRangeMin", tier.from.to_string());
                            row.insert(
                                "PricingTierRangeMax",
                                tier.to.map(|to| to.to_string()).unwrap_or_default(),
                            );
                            (tier.source.as_ref(), row)
                        })
                        .collect()
                };
                for (source, generated) in rows {
                    let record: Vec<String> = header
                        .iter()
                        .map(|column| {
                            // One SKU, one title: rows of its tiers or plans read back as one.
                            let from_file = source
                                .filter(|_| !MODEL_COLUMNS.contains(column))
                                .and_then(|s| s.0.get(*column))
                                .cloned();
                            let value =
                                from_file.unwrap_or_else(|| generated.get(*column).cloned().unwrap_or_default());
                            if TEXT_COLUMNS.contains(column) {
                                spreadsheet_safe(&value)
                            } else {
                                value
                            }
                        })
                        .collect();
                    if source.is_some() && !written.insert(record.clone()) {
                        continue;
                    }
                    let _ = writer.write_record(&record);
                }
            }
        }
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

fn generated_row(
    offer: crate::domain::catalog::Offer<'_>,
    term: &TermPrice,
    frequency: BillingFrequency,
    currency: Currency,
) -> HashMap<&'static str, String> {
    let price = term.unit_price.decimal();
    let billing = frequency.code();
    let segment = match offer.availability.segment {
        Segment::Commercial => "Commercial",
        Segment::Education => "Education",
        Segment::Nonprofit => "Charity",
        Segment::Government => "Government",
    };
    let mut row = HashMap::new();
    row.insert("ProductTitle", offer.product.title.clone());
    row.insert("ProductId", offer.product.id.to_string());
    row.insert("SkuId", offer.sku.id.to_string());
    row.insert("SkuTitle", offer.sku.title.clone());
    row.insert(
        "Publisher",
        match &offer.product.publisher {
            Publisher::Microsoft => "Microsoft Corporation".to_string(),
            Publisher::Partner { name } => name.clone(),
        },
    );
    row.insert("SkuDescription", offer.sku.description.clone());
    row.insert("UnitOfMeasure", "1".to_string());
    // What changed, as Microsoft's list says it (found by comparing two months, say).
    let (indicator, previous) = match term.change {
        None => ("Unchanged", String::new()),
        Some(PriceChange::Added) => ("Add", String::new()),
        Some(PriceChange::Changed { previous }) => (
            "Change",
            previous.map_or_else(String::new, |p| format!("{{'UnitPrice': '{}'}}", p.decimal())),
        ),
    };
    row.insert("ChangeIndicator", indicator.to_string());
    row.insert("PreviousValues", previous);
    row.insert("TermDuration", term.term.code().to_string());
    row.insert("BillingPlan", billing.to_string());
    row.insert("Market", "US".to_string());
    row.insert("Currency", currency.to_string());
    row.insert("UnitPrice", price.clone());
    row.insert("PricingTierRangeMin", String::new());
    row.insert("PricingTierRangeMax", String::new());
    row.insert(
        "EffectiveStartDate",
        format!(
            "{}T00:00:00Z",
            crate::domain::dates::iso(offer.availability.effective_start)
        ),
    );
    row.insert(
        "EffectiveEndDate",
        offer
            .availability
            .effective_end
            .map(|d| format!("{}T23:59:59Z", crate::domain::dates::iso(d)))
            .unwrap_or_default(),
    );
    row.insert(
        "Tags",
        if offer.sku.trial {
            "License;Trial".to_string()
        } else {
            "License".to_string()
        },
    );
    row.insert("ERP Price", term.erp_price.map_or(price, Money::decimal));
    row.insert(SEGMENT_COLUMN, segment.to_string());
    row
}
