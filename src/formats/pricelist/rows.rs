//! The columns of a price list and an offer matrix, and what makes one row usable.

use std::collections::BTreeMap;

use time::Date;

use super::columns::Row;
use super::values::{parse_billing, parse_price, parse_segment, parse_term};
use super::{RowProblem, RowReason};
use crate::domain::catalog::{PriceChange, Segment, SourceFields, UNLIMITED_LICENSES};
use crate::domain::country::{CountryCode, CountrySet};
use crate::domain::ids::{IdError, ProductId, ProductSkuId, SkuId};
use crate::domain::money::{Currency, Money};
use crate::domain::term::{BillingFrequency, TermDuration};
/// The price list's columns, in Partner Center's order.
pub const PRICE_LIST_COLUMNS: [&str; 18] = [
    "ProductTitle",
    "ProductId",
    "SkuId",
    "SkuTitle",
    "Publisher",
    "SkuDescription",
    "UnitOfMeasure",
    "TermDuration",
    "BillingPlan",
    "Market",
    "Currency",
    "UnitPrice",
    "PricingTierRangeMin",
    "PricingTierRangeMax",
    "EffectiveStartDate",
    "EffectiveEndDate",
    "Tags",
    "ERP Price",
];
/// Some price lists add this column: Commercial, Education, Charity, Government.
pub const SEGMENT_COLUMN: &str = "Segment";
/// Microsoft's monthly list says what changed since the last one; kept for export.
pub const CHANGE_COLUMNS: [&str; 2] = ["ChangeIndicator", "PreviousValues"];

pub(super) const REQUIRED_PRICE_COLUMNS: [&str; 9] = [
    "ProductTitle",
    "ProductId",
    "SkuId",
    "SkuTitle",
    "Publisher",
    "TermDuration",
    "BillingPlan",
    "UnitPrice",
    "EffectiveStartDate",
];
pub(super) const REQUIRED_MATRIX_COLUMNS: [&str; 2] = ["ProductId", "SkuId"];

/// An end date in this year means "until further notice".
const OPEN_END_YEAR: i32 = 9999;

/// One usable price-list row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceRow {
    pub line: u64,
    pub product_id: ProductId,
    pub sku_id: SkuId,
    pub product_title: String,
    pub sku_title: String,
    pub sku_description: String,
    pub publisher: String,
    pub term: TermDuration,
    pub billing: BillingFrequency,
    pub market: String,
    /// `None` where the row names none.
    pub currency: Option<Currency>,
    pub unit_price: Money,
    /// Microsoft's estimated retail price (`ERP Price`), if the row gives one.
    pub erp_price: Option<Money>,
    /// New or changed in this month's list (`ChangeIndicator`, `PreviousValues`).
    pub change: Option<PriceChange>,
    pub start: Date,
    pub end: Option<Date>,
    pub trial: bool,
    pub segment: Segment,
    /// The quantity range this row prices (`PricingTierRangeMin`/`Max`), if it is one tier of
    /// several.
    pub tier: Option<(u32, Option<u32>)>,
    pub source: SourceFields,
    /// The `SkuId` had lost its leading zeros (`5` for `0005`) and was given them back.
    pub repaired_id: bool,
}

impl PriceRow {
    /// The product and SKU the row prices, as the offer matrix names them.
    pub fn sku(&self) -> ProductSkuId {
        ProductSkuId {
            product: self.product_id.clone(),
            sku: self.sku_id.clone(),
        }
    }
}

/// One usable offer-matrix row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatrixRow {
    pub line: u64,
    pub sku: ProductSkuId,
    pub min: Option<u32>,
    pub max: Option<u32>,
    pub prerequisites: Vec<ProductSkuId>,
    /// SKUs a subscription can be upgraded to (`ProductSkuConversion`).
    pub upgrades: Vec<ProductSkuId>,
    pub countries: CountrySet,
    /// How many a customer may own (`AssetOwnershipLimit`), counting every subscription.
    pub owner_limit: Option<u32>,
    /// The `SkuId` had lost its leading zeros and was given them back.
    pub repaired_id: bool,
}

pub(super) fn price_row(row: &Row<'_>, has_segment: bool) -> Result<PriceRow, RowProblem> {
    let product_id: ProductId = row.parse("ProductId", id)?;
    let (sku_id, repaired_id) = row.parse("SkuId", sku_id)?;
    let term = row.parse("TermDuration", parse_term)?;
    let billing = row.parse("BillingPlan", parse_billing)?;
    let unit_price = row.parse("UnitPrice", |text| row.price(text))?;
    let erp_price = match row.get("ERP Price") {
        "" => None,
        text => Some(row.price(text).map_err(|e| row.problem("ERP Price", e))?),
    };
    let change = price_change(row.get("ChangeIndicator"), row.get("PreviousValues"));
    let start = row.parse("EffectiveStartDate", |text| row.date(text))?;
    let end = match row.get("EffectiveEndDate") {
        "" => None,
        text => Some(row.date(text).map_err(|e| row.problem("EffectiveEndDate", e))?),
    }
    // Microsoft writes "no end" as 9999-11-30T23:59:59: a date no term may run up to.
    .filter(|end| end.year() < OPEN_END_YEAR);
    if end.is_some_and(|end| end < start) {
        return Err(row.problem("EffectiveEndDate", RowReason::EndBeforeStart));
    }
    let segment = if has_segment {
        parse_segment(row.get(SEGMENT_COLUMN)).map_err(|e| row.problem(SEGMENT_COLUMN, e))?
    } else {
        Segment::Commercial
    };
    let trial = billing == BillingFrequency::None
        || row
            .get("Tags")
            .split(';')
            .any(|t| t.trim().eq_ignore_ascii_case("trial"));
    if trial {
        if billing != BillingFrequency::None || !unit_price.is_zero() || term != TermDuration::OneMonth {
            return Err(row.problem("BillingPlan", RowReason::TrialShape));
        }
    } else {
        if !term.allows(billing) {
            return Err(row.problem("BillingPlan", RowReason::TermNotBilled { term, billing }));
        }
    }
    let tier = price_tier(row)?;
    let mut source = BTreeMap::new();
    for column in PRICE_LIST_COLUMNS.iter().chain(has_segment.then_some(&SEGMENT_COLUMN)) {
        source.insert(column.to_string(), row.get(column).to_string());
    }
    for column in CHANGE_COLUMNS {
        if !row.get(column).is_empty() {
            source.insert(column.to_string(), row.get(column).to_string());
        }
    }
    // Exported again, the id reads as Partner Center wrote it.
    if repaired_id {
        source.insert("SkuId".to_string(), sku_id.to_string());
    }
    Ok(PriceRow {
        line: row.line,
        product_title: unguarded(row.required("ProductTitle")?).to_string(),
        sku_title: unguarded(row.required("SkuTitle")?).to_string(),
        sku_description: unguarded(row.get("SkuDescription")).to_string(),
        publisher: unguarded(row.required("Publisher")?).to_string(),
        market: row.get("Market").to_ascii_uppercase(),
        currency: match row.get("Currency") {
            "" => None,
            text => Some(
                text.parse()
                    .map_err(|_| row.problem("Currency", RowReason::NotACurrency(text.to_string())))?,
            ),
        },
        product_id,
        sku_id,
        term,
        billing,
        unit_price,
        erp_price,
        change,
        start,
        end,
        trial,
        segment,
        tier,
        source: SourceFields(source),
        repaired_id,
    })
}

/// A row's tier range: none when `PricingTierRangeMin` is empty; `1.0` reads as 1.
fn price_tier(row: &Row<'_>) -> Result<Option<(u32, Option<u32>)>, RowProblem> {
    let bound = |column: &'static str| -> Result<Option<u32>, RowProblem> {
        let text = row.get(column);
        if text.is_empty() {
            return Ok(None);
        }
        let whole = text
            .strip_suffix(".0")
            .or_else(|| text.strip_suffix(".00"))
            .unwrap_or(text);
        whole
            .parse::<u32>()
            .map(Some)
            .map_err(|_| row.problem(column, RowReason::NotWholeLicenses(text.to_string())))
    };
    let Some(min) = bound("PricingTierRangeMin")? else {
        return Ok(None);
    };
    let max = bound("PricingTierRangeMax")?;
    if max.is_some_and(|max| max < min) {
        return Err(row.problem("PricingTierRangeMax", RowReason::TierMaxBelowMin));
    }
    Ok(Some((min, max)))
}

/// Text as written before a spreadsheet's guard: an exported `=title` reads `'=title`, so
/// that no spreadsheet runs it; read back, it is `=title` again.
fn unguarded(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

/// `ChangeIndicator` (Unchanged, Change, Add) with the price before from `PreviousValues`
/// (`{'ERP Price': '1440', 'UnitPrice': '1008'}`). A marker this app doesn't know, or a
/// previous price it can't read, loses only that detail: the row's price stands.
fn price_change(indicator: &str, previous: &str) -> Option<PriceChange> {
    match indicator.trim().to_ascii_lowercase().as_str() {
        "add" | "added" | "new" => Some(PriceChange::Added),
        "change" | "changed" => Some(PriceChange::Changed {
            previous: previous_value(previous, "UnitPrice").and_then(|text| parse_price(text).ok()),
        }),
        _ => None,
    }
}

/// One value of `PreviousValues`, a Python-style dictionary of the fields that changed.
fn previous_value<'a>(values: &'a str, field: &str) -> Option<&'a str> {
    let inner = values.trim().strip_prefix('{')?.strip_suffix('}')?;
    inner.split(',').find_map(|pair| {
        let (key, value) = pair.split_once(':')?;
        let unquote = |s: &'a str| s.trim().trim_matches(|c| c == '\'' || c == '"');
        (unquote(key) == field).then(|| unquote(value))
    })
}

/// A SKU id, as a spreadsheet may have left it: opened and saved in Excel, `0005` becomes
/// the number `5`. Numeric ids are always four digits in Partner Center's files, so one to
/// three digits are padded back (and said to be repaired); anything else must be an id.
fn sku_id(text: &str) -> Result<(SkuId, bool), RowReason> {
    let lost_zeros = (1..4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
    if lost_zeros {
        return id(&format!("{text:0>4}")).map(|id| (id, true));
    }
    id(text).map(|id| (id, false))
}

/// `CFQ7TTC0LH18:1` or `CFQ7TTC0LH18/0001`, as an offer matrix lists related SKUs.
fn product_sku(text: &str) -> Result<ProductSkuId, RowReason> {
    let Some((product, sku)) = text.split_once([':', '/']) else {
        // Parsed whole, the id's own error names what a product:SKU id looks like.
        return id(text);
    };
    Ok(ProductSkuId {
        product: id(product)?,
        sku: sku_id(sku)?.0,
    })
}

/// An id of the kind the column holds.
fn id<T: std::str::FromStr<Err = IdError>>(text: &str) -> Result<T, RowReason> {
    text.parse().map_err(RowReason::BadId)
}

pub(super) fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split([';', ',', '|']).map(str::trim).filter(|s| !s.is_empty())
}

pub(super) fn matrix_row(row: &Row<'_>) -> Result<MatrixRow, RowProblem> {
    let product: ProductId = row.parse("ProductId", id)?;
    let (sku, repaired_id) = row.parse("SkuId", sku_id)?;
    let number = |column: &'static str| -> Result<Option<u32>, RowProblem> {
        match row.get(column) {
            "" => Ok(None),
            text => text
                .parse::<u32>()
                .map(Some)
                .map_err(|_| row.problem(column, RowReason::NotAWholeNumber(text.to_string()))),
        }
    };
    let min = number("MinLicenses")?;
    // 10,000,000 and above is how the matrix says "no maximum".
    let max = number("MaxLicenses")?.map(|max| max.min(UNLIMITED_LICENSES));
    let owner_limit = number("AssetOwnershipLimit")?.filter(|&limit| limit > 0);
    if let (Some(min), Some(max)) = (min, max) {
        if min == 0 || min > max {
            return Err(row.problem("MinLicenses", RowReason::NotAQuantityRange { min, max }));
        }
    }
    let related = |column: &'static str| {
        split_list(row.get(column))
            .map(|item| product_sku(item).map_err(|e| row.problem(column, e)))
            .collect::<Result<Vec<_>, _>>()
    };
    let prerequisites = related("ProductSkuPreRequisites")?;
    let upgrades = related("ProductSkuConversion")?;
    let countries = split_list(row.get("AllowedCountries"))
        .map(|code| {
            code.parse::<CountryCode>()
                .map_err(|_| row.problem("AllowedCountries", RowReason::NotACountry(code.to_string())))
        })
        .collect::<Result<CountrySet, _>>()?;
    Ok(MatrixRow {
        line: row.line,
        sku: ProductSkuId { product, sku },
        min,
        max,
        prerequisites,
        upgrades,
        countries,
        owner_limit,
        repaired_id,
    })
}
