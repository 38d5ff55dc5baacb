//! The columns of a price list and an offer matrix, and what makes one row usable.

use std::cell::RefCell;
use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use time::Date;

use super::{CsvFile, RowProblem, RowReason};
use crate::domain::catalog::{PriceChange, Segment, SourceFields, UNLIMITED_LICENSES};
use crate::domain::country::{CountryCode, CountrySet};
use crate::domain::ids::{IdError, ProductId, ProductSkuId, SkuId};
use crate::domain::money::Money;
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
    pub currency: String,
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

/// A file's columns: a name's position, matched case-insensitively and ignoring spaces.
/// Each name asked for is matched once and remembered: a 100,000-row file asks ~20 per row.
pub(super) struct Columns {
    by_name: HashMap<String, usize>,
    asked: RefCell<HashMap<&'static str, Option<usize>>>,
}

impl Columns {
    pub(super) fn of(headers: &csv::StringRecord) -> Columns {
        Columns {
            by_name: headers.iter().enumerate().map(|(i, h)| (normalize(h), i)).collect(),
            asked: RefCell::new(HashMap::default()),
        }
    }

    pub(super) fn position(&self, column: &'static str) -> Option<usize> {
        if let Some(known) = self.asked.borrow().get(column) {
            return *known;
        }
        let found = self.by_name.get(&normalize(column)).copied();
        self.asked.borrow_mut().insert(column, found);
        found
    }

    pub(super) fn has(&self, column: &'static str) -> bool {
        self.position(column).is_some()
    }
}

pub(super) fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

pub(super) fn missing(columns: &Columns, required: &[&'static str]) -> Vec<String> {
    required
        .iter()
        .filter(|c| !columns.has(c))
        .map(|c| c.to_string())
        .collect()
}

pub(super) struct Row<'a> {
    pub(super) record: &'a csv::StringRecord,
    pub(super) columns: &'a Columns,
    pub(super) line: u64,
    pub(super) file: CsvFile,
    /// Decimal commas and day-first dates (a semicolon-separated file).
    pub(super) european: bool,
}

impl Row<'_> {
    fn get(&self, column: &'static str) -> &str {
        self.columns
            .position(column)
            .and_then(|i| self.record.get(i))
            .unwrap_or("")
    }

    fn problem(&self, column: &str, reason: RowReason) -> RowProblem {
        RowProblem {
            file: self.file,
            line: self.line,
            column: Some(column.to_string()),
            reason,
        }
    }

    fn required(&self, column: &'static str) -> Result<&str, RowProblem> {
        match self.get(column) {
            "" => Err(self.problem(column, RowReason::Empty)),
            value => Ok(value),
        }
    }

    fn price(&self, text: &str) -> Result<Money, RowReason> {
        if self.european {
            parse_price(&text.replacen(',', ".", 1))
        } else {
            parse_price(text)
        }
    }

    fn date(&self, text: &str) -> Result<Date, RowReason> {
        parse_date_in(text, self.european)
    }

    fn parse<T>(&self, column: &'static str, parse: impl Fn(&str) -> Result<T, RowReason>) -> Result<T, RowProblem> {
        let value = self.required(column)?;
        parse(value).map_err(|reason| self.problem(column, reason))
    }
}

/// The highest unit price a price list may hold: 10,000,000.00 (the dearest Microsoft prices,
/// three-year reservations of the largest machines, are a small fraction of it).
pub const MAX_UNIT_PRICE: Money = Money::from_cents(1_000_000_000);

/// `12.5`, `7.2000`, `0` → cents, rounded to the nearest cent; at most [`MAX_UNIT_PRICE`].
pub fn parse_price(text: &str) -> Result<Money, RowReason> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return Err(RowReason::NotAPrice(text.to_string()));
    }
    let too_high = || RowReason::PriceTooHigh(text.to_string());
    // Only digits: the parse fails only when the number is past u64.
    let whole: u64 = whole.parse().map_err(|_| too_high())?;
    let mut digits = fraction.bytes().map(|b| u64::from(b.saturating_sub(b'0')));
    let tens = digits.next().unwrap_or(0).saturating_mul(10);
    let cents = tens.saturating_add(digits.next().unwrap_or(0));
    let round_up = u64::from(digits.next().unwrap_or(0) >= 5);
    match whole
        .checked_mul(100)
        .and_then(|c| c.checked_add(cents))
        .and_then(|c| c.checked_add(round_up))
    {
        Some(cents) if Money::from_cents(cents) <= MAX_UNIT_PRICE => Ok(Money::from_cents(cents)),
        _ => Err(too_high()),
    }
}

/// `2026-11-01`, `2026-11-01T00:00:00Z`, `11/1/2026` (month first, as Partner Center's
/// US files and an English spreadsheet write it), `1.11.2026` (day first).
pub fn parse_date(text: &str) -> Result<Date, RowReason> {
    parse_date_in(text, false)
}

/// As [`parse_date`], with `1/11/2026` read day first when `day_first` (a European
/// spreadsheet's file).
fn parse_date_in(text: &str, day_first: bool) -> Result<Date, RowReason> {
    let bad = || RowReason::NotADate(text.to_string());
    let day_part = text.split(['T', ' ']).next().unwrap_or(text);
    if let Some(date) = crate::domain::dates::parse_iso(day_part) {
        return Ok(date);
    }
    let slashed: Vec<&str> = day_part.split('/').collect();
    let dotted: Vec<&str> = day_part.split('.').collect();
    let (d, m, y) = match (slashed.as_slice(), dotted.as_slice()) {
        (&[m, d, y], _) if !day_first => (d, m, y),
        (&[d, m, y], _) | (_, &[d, m, y]) => (d, m, y),
        _ => return Err(bad()),
    };
    crate::domain::dates::parse_iso(&format!("{y}-{m:0>2}-{d:0>2}")).ok_or_else(bad)
}

pub(super) fn parse_term(text: &str) -> Result<TermDuration, RowReason> {
    TermDuration::ALL
        .into_iter()
        .find(|t| t.code().eq_ignore_ascii_case(text))
        .ok_or_else(|| RowReason::NotATerm(text.to_string()))
}

pub(super) fn parse_billing(text: &str) -> Result<BillingFrequency, RowReason> {
    match text.to_ascii_lowercase().as_str() {
        "monthly" => Ok(BillingFrequency::Monthly),
        "annual" | "yearly" => Ok(BillingFrequency::Annual),
        "triennial" => Ok(BillingFrequency::Triennial),
        "none" => Ok(BillingFrequency::None),
        _ => Err(RowReason::NotABillingPlan(text.to_string())),
    }
}

pub(super) fn parse_segment(text: &str) -> Result<Segment, RowReason> {
    match text.to_ascii_lowercase().as_str() {
        "" | "commercial" => Ok(Segment::Commercial),
        "education" | "academic" => Ok(Segment::Education),
        "charity" | "nonprofit" => Ok(Segment::Nonprofit),
        "government" | "gcc" => Ok(Segment::Government),
        _ => Err(RowReason::NotASegment(text.to_string())),
    }
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
        currency: row.get("Currency").to_ascii_uppercase(),
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
