//! Partner Center's license-based new-commerce **price list** and **offer matrix** CSV files:
//! reading them into a catalog, and writing a catalog back as a price list.
//!
//! Real exports are messy: a UTF-8 byte-order mark, quoted fields with commas and newlines,
//! CRLF line ends, extra or reordered columns, empty optional fields. Columns are found by
//! name. A row that cannot be used is skipped and reported with its line, column and reason;
//! the file as a whole fails only when a required column is missing.
//!
//! Reading works in steps ([`PriceListReader::read`]) so a browser can show progress and stay
//! responsive on a 100,000-row file.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::io::Cursor;

use thiserror::Error;
use time::Date;

use crate::domain::catalog::builder::derived_availability_id;
use crate::domain::catalog::{
    Availability, BillingType, BusinessCategory, Catalog, Product, ProductCategory, Publisher, PurchaseChannel,
    Segment, Sku, SourceFields, TermPrice, TRIAL_SEATS,
};
use crate::domain::country::{CountryCode, CountrySet};
use crate::domain::ids::{ProductId, ProductSkuId, SkuId};
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

const REQUIRED_PRICE_COLUMNS: [&str; 9] = [
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
const REQUIRED_MATRIX_COLUMNS: [&str; 2] = ["ProductId", "SkuId"];

/// A row that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// "Price list" or "Offer matrix".
    pub file: &'static str,
    /// 1-based line in the file (the header is line 1).
    pub line: u64,
    pub column: Option<String>,
    pub reason: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(f, "{} line {}, {column}: {}", self.file, self.line, self.reason),
            None => write!(f, "{} line {}: {}", self.file, self.line, self.reason),
        }
    }
}

/// Why a whole file can't be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FileProblem {
    #[error("The file is empty.")]
    Empty,
    #[error("The file is not a CSV file this app can read: {0}.")]
    NotCsv(String),
    #[error("The {file} is missing the column{} {}.", if .missing.len() == 1 { "" } else { "s" }, .missing.join(", "))]
    MissingColumns { file: &'static str, missing: Vec<String> },
    #[error("The price list has no usable row ({0} skipped).")]
    NoUsableRow(usize),
    #[error("The price list mixes currencies ({0}); import one market's list at a time.")]
    MixedCurrencies(String),
    #[error("The imported rows don't make a valid catalog: {0}")]
    InvalidCatalog(String),
}

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
    pub start: Date,
    pub end: Option<Date>,
    pub trial: bool,
    pub segment: Segment,
    pub source: SourceFields,
}

/// One usable offer-matrix row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatrixRow {
    pub line: u64,
    pub sku: ProductSkuId,
    pub min: Option<u32>,
    pub max: Option<u32>,
    pub prerequisites: Vec<ProductSkuId>,
    pub countries: CountrySet,
}

fn csv_reader(text: String) -> csv::Reader<Cursor<Vec<u8>>> {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(Cursor::new(text.into_bytes()))
}

/// Column name → position, matched case-insensitively and ignoring spaces.
fn column_index(headers: &csv::StringRecord) -> HashMap<String, usize> {
    headers.iter().enumerate().map(|(i, h)| (normalize(h), i)).collect()
}

fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

fn missing(columns: &HashMap<String, usize>, required: &[&str]) -> Vec<String> {
    required
        .iter()
        .filter(|c| !columns.contains_key(&normalize(c)))
        .map(|c| c.to_string())
        .collect()
}

struct Row<'a> {
    record: &'a csv::StringRecord,
    columns: &'a HashMap<String, usize>,
    line: u64,
    file: &'static str,
}

impl Row<'_> {
    fn get(&self, column: &str) -> &str {
        self.columns
            .get(&normalize(column))
            .and_then(|&i| self.record.get(i))
            .unwrap_or("")
    }

    fn problem(&self, column: &str, reason: impl Into<String>) -> RowProblem {
        RowProblem {
            file: self.file,
            line: self.line,
            column: Some(column.to_string()),
            reason: reason.into(),
        }
    }

    fn required(&self, column: &str) -> Result<&str, RowProblem> {
        match self.get(column) {
            "" => Err(self.problem(column, "is empty")),
            value => Ok(value),
        }
    }

    fn parse<T, E: fmt::Display>(&self, column: &str, parse: impl Fn(&str) -> Result<T, E>) -> Result<T, RowProblem> {
        let value = self.required(column)?;
        parse(value).map_err(|e| self.problem(column, e.to_string()))
    }
}

/// `12.5`, `7.2000`, `0` → cents, rounded to the nearest cent.
pub fn parse_price(text: &str) -> Result<Money, String> {
    let bad = || format!("\"{text}\" is not a price (a number like 12.50)");
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let whole: u64 = whole.parse().map_err(|_| bad())?;
    let mut digits = fraction.bytes().map(|b| u64::from(b - b'0'));
    let cents = digits.next().unwrap_or(0) * 10 + digits.next().unwrap_or(0);
    let round_up = u64::from(digits.next().unwrap_or(0) >= 5);
    whole
        .checked_mul(100)
        .and_then(|c| c.checked_add(cents + round_up))
        .map(Money::from_cents)
        .ok_or_else(bad)
}

/// `2026-11-01`, `2026-11-01T00:00:00Z`, `11/1/2026`.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let bad = || format!("\"{text}\" is not a date (like 2026-11-01)");
    let day_part = text.split(['T', ' ']).next().unwrap_or(text);
    if let Some(date) = crate::domain::dates::parse_iso(day_part) {
        return Ok(date);
    }
    let parts: Vec<&str> = day_part.split('/').collect();
    if let [m, d, y] = parts[..] {
        let iso = format!("{y}-{m:0>2}-{d:0>2}");
        return crate::domain::dates::parse_iso(&iso).ok_or_else(bad);
    }
    Err(bad())
}

fn parse_term(text: &str) -> Result<TermDuration, String> {
    TermDuration::ALL
        .into_iter()
        .find(|t| t.code().eq_ignore_ascii_case(text))
        .ok_or_else(|| format!("\"{text}\" is not a term this app sells (P1M, P1Y or P3Y)"))
}

fn parse_billing(text: &str) -> Result<BillingFrequency, String> {
    match text.to_ascii_lowercase().as_str() {
        "monthly" => Ok(BillingFrequency::Monthly),
        "annual" | "yearly" => Ok(BillingFrequency::Annual),
        "triennial" => Ok(BillingFrequency::Triennial),
        "none" => Ok(BillingFrequency::None),
        _ => Err(format!(
            "\"{text}\" is not a billing plan (Monthly, Annual, Triennial or None)"
        )),
    }
}

fn parse_segment(text: &str) -> Result<Segment, String> {
    match text.to_ascii_lowercase().as_str() {
        "" | "commercial" => Ok(Segment::Commercial),
        "education" | "academic" => Ok(Segment::Education),
        "charity" | "nonprofit" => Ok(Segment::Nonprofit),
        "government" | "gcc" => Ok(Segment::Government),
        _ => Err(format!(
            "\"{text}\" is not a segment (Commercial, Education, Charity or Government)"
        )),
    }
}

fn price_row(row: &Row<'_>, has_segment: bool) -> Result<PriceRow, RowProblem> {
    let product_id: ProductId = row.parse("ProductId", str::parse)?;
    let sku_id: SkuId = row.parse("SkuId", str::parse)?;
    let term = row.parse("TermDuration", parse_term)?;
    let billing = row.parse("BillingPlan", parse_billing)?;
    let unit_price = row.parse("UnitPrice", parse_price)?;
    let start = row.parse("EffectiveStartDate", parse_date)?;
    let end = match row.get("EffectiveEndDate") {
        "" => None,
        text => Some(parse_date(text).map_err(|e| row.problem("EffectiveEndDate", e))?),
    };
    if end.is_some_and(|end| end < start) {
        return Err(row.problem("EffectiveEndDate", "is before EffectiveStartDate"));
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
            return Err(row.problem("BillingPlan", "a trial must be P1M, billed None, with a price of 0"));
        }
        if matches!(segment, Segment::Education | Segment::Government) {
            return Err(row.problem(SEGMENT_COLUMN, "there are no trials of Government or Education offers"));
        }
    } else {
        if !term.allows(billing) {
            return Err(row.problem(
                "BillingPlan",
                format!("a {} term can't be billed {billing}", term.code()),
            ));
        }
        if unit_price.is_zero() {
            return Err(row.problem("UnitPrice", "a paid plan can't cost 0"));
        }
    }
    let mut source = BTreeMap::new();
    for column in PRICE_LIST_COLUMNS.iter().chain(has_segment.then_some(&SEGMENT_COLUMN)) {
        source.insert(column.to_string(), row.get(column).to_string());
    }
    Ok(PriceRow {
        line: row.line,
        product_title: row.required("ProductTitle")?.to_string(),
        sku_title: row.required("SkuTitle")?.to_string(),
        sku_description: row.get("SkuDescription").to_string(),
        publisher: row.required("Publisher")?.to_string(),
        market: row.get("Market").to_ascii_uppercase(),
        currency: row.get("Currency").to_ascii_uppercase(),
        product_id,
        sku_id,
        term,
        billing,
        unit_price,
        start,
        end,
        trial,
        segment,
        source: SourceFields(source),
    })
}

fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split([';', ',', '|']).map(str::trim).filter(|s| !s.is_empty())
}

fn matrix_row(row: &Row<'_>) -> Result<MatrixRow, RowProblem> {
    let product: ProductId = row.parse("ProductId", str::parse)?;
    let sku: SkuId = row.parse("SkuId", str::parse)?;
    let number = |column: &str| -> Result<Option<u32>, RowProblem> {
        match row.get(column) {
            "" => Ok(None),
            text => text
                .parse::<u32>()
                .map(Some)
                .map_err(|_| row.problem(column, format!("\"{text}\" is not a whole number"))),
        }
    };
    let min = number("MinLicenses")?;
    let max = number("MaxLicenses")?;
    if let (Some(min), Some(max)) = (min, max) {
        if min == 0 || min > max {
            return Err(row.problem("MinLicenses", format!("{min} to {max} is not a quantity range")));
        }
    }
    let prerequisites = split_list(row.get("ProductSkuPreRequisites"))
        .map(|item| {
            item.replace('/', ":")
                .parse::<ProductSkuId>()
                .map_err(|e| row.problem("ProductSkuPreRequisites", e.to_string()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let countries = split_list(row.get("AllowedCountries"))
        .map(|code| {
            code.parse::<CountryCode>()
                .map_err(|e| row.problem("AllowedCountries", e.to_string()))
        })
        .collect::<Result<CountrySet, _>>()?;
    Ok(MatrixRow {
        line: row.line,
        sku: ProductSkuId { product, sku },
        min,
        max,
        prerequisites,
        countries,
    })
}

/// Reads a CSV file row by row, in steps, keeping the usable rows and the problems.
pub struct CsvFileReader<T> {
    reader: csv::Reader<Cursor<Vec<u8>>>,
    columns: HashMap<String, usize>,
    parse_row: fn(&Row<'_>, &HashMap<String, usize>) -> Result<T, RowProblem>,
    file: &'static str,
    total_bytes: u64,
    pub rows: Vec<T>,
    pub problems: Vec<RowProblem>,
    pub rows_read: usize,
    finished: bool,
}

/// Reading a price list.
pub type PriceListReader = CsvFileReader<PriceRow>;
/// Reading an offer matrix.
pub type OfferMatrixReader = CsvFileReader<MatrixRow>;

impl<T> CsvFileReader<T> {
    fn open(
        text: String,
        file: &'static str,
        label: &'static str,
        required: &[&str],
        parse_row: fn(&Row<'_>, &HashMap<String, usize>) -> Result<T, RowProblem>,
    ) -> Result<Self, FileProblem> {
        if text.trim().is_empty() {
            return Err(FileProblem::Empty);
        }
        let total_bytes = text.len() as u64;
        let mut reader = csv_reader(text);
        let headers = reader
            .headers()
            .map_err(|e| FileProblem::NotCsv(e.to_string()))?
            .clone();
        let columns = column_index(&headers);
        let missing = missing(&columns, required);
        if !missing.is_empty() {
            return Err(FileProblem::MissingColumns { file, missing });
        }
        Ok(CsvFileReader {
            reader,
            columns,
            parse_row,
            file: label,
            total_bytes,
            rows: Vec::new(),
            problems: Vec::new(),
            rows_read: 0,
            finished: false,
        })
    }

    /// Reads up to `max_rows` more rows; returns the share of the file read so far (0 to 1).
    pub fn read(&mut self, max_rows: usize) -> f64 {
        let mut record = csv::StringRecord::new();
        for _ in 0..max_rows {
            match self.reader.read_record(&mut record) {
                Ok(true) => {
                    if record.iter().all(str::is_empty) {
                        continue; // a blank line
                    }
                    self.rows_read += 1;
                    let line = record.position().map_or(0, |p| self.first_line_of(p));
                    let row = Row {
                        record: &record,
                        columns: &self.columns,
                        line,
                        file: self.file,
                    };
                    match (self.parse_row)(&row, &self.columns) {
                        Ok(parsed) => self.rows.push(parsed),
                        Err(problem) => self.problems.push(problem),
                    }
                }
                Ok(false) => {
                    self.finished = true;
                    break;
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    self.problems.push(RowProblem {
                        file: self.file,
                        line,
                        column: None,
                        reason: format!("can't be read as CSV ({e})"),
                    });
                    self.rows_read += 1;
                    // The csv reader moves past a malformed record, so reading goes on.
                }
            }
        }
        if self.finished {
            1.0
        } else {
            (self.reader.position().byte() as f64 / self.total_bytes.max(1) as f64).min(0.999)
        }
    }

    /// The line a record's text starts on. The reader's position counts blank lines skipped
    /// before the record as part of it, so step over them.
    fn first_line_of(&self, position: &csv::Position) -> u64 {
        let bytes = self.reader.get_ref().get_ref();
        let start = usize::try_from(position.byte()).unwrap_or(usize::MAX).min(bytes.len());
        let blank_lines = bytes[start..]
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .filter(|b| **b == b'\n')
            .count();
        position.line() + blank_lines as u64
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    pub fn read_all(mut self) -> Self {
        while !self.finished {
            self.read(10_000);
        }
        self
    }
}

impl PriceListReader {
    pub fn open_price_list(text: String) -> Result<Self, FileProblem> {
        fn parse(row: &Row<'_>, columns: &HashMap<String, usize>) -> Result<PriceRow, RowProblem> {
            price_row(row, columns.contains_key(&normalize(SEGMENT_COLUMN)))
        }
        CsvFileReader::open(text, "price list", "Price list", &REQUIRED_PRICE_COLUMNS, parse)
    }
}

impl OfferMatrixReader {
    pub fn open_offer_matrix(text: String) -> Result<Self, FileProblem> {
        fn parse(row: &Row<'_>, _: &HashMap<String, usize>) -> Result<MatrixRow, RowProblem> {
            matrix_row(row)
        }
        CsvFileReader::open(text, "offer matrix", "Offer matrix", &REQUIRED_MATRIX_COLUMNS, parse)
    }
}

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
}

impl fmt::Display for ImportSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = |n: usize, one: &str, many: &str| {
            format!(
                "{} {}",
                crate::domain::money::group_thousands(n as i64),
                if n == 1 { one } else { many }
            )
        };
        write!(
            f,
            "{} became {} and {} ({}); {} skipped.",
            count(self.rows, "row", "rows"),
            count(self.products, "product", "products"),
            count(self.skus, "SKU", "SKUs"),
            count(self.offers, "offer", "offers"),
            crate::domain::money::group_thousands((self.rows - self.used_rows) as i64),
        )
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

/// Turns price-list rows (and, if given, offer-matrix rows) into a catalog.
///
/// Price-list rows for one product and SKU become one SKU; its rows with the same segment
/// and validity become one availability, each row one priced term and billing plan. The
/// offer matrix adds quantity limits, add-on prerequisites and allowed countries; without
/// it an offer is sold in its price list's market only.
pub fn build_catalog(
    prices: PriceListReader,
    matrix: Option<OfferMatrixReader>,
) -> Result<(Catalog, ImportSummary), FileProblem> {
    let rows_total = prices.rows_read;
    let mut problems = prices.problems;
    let mut rows = prices.rows;
    let matrix_rows: HashMap<ProductSkuId, MatrixRow> = match matrix {
        Some(m) => {
            problems.extend(m.problems);
            m.rows.into_iter().map(|r| (r.sku.clone(), r)).collect()
        }
        None => HashMap::new(),
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

    // One price per product, SKU, segment, validity, term and billing plan: later rows repeat.
    let mut seen = HashSet::new();
    rows.retain(|r| {
        let key = (
            r.product_id.clone(),
            r.sku_id.clone(),
            r.segment,
            r.start,
            r.end,
            r.term,
            r.billing,
        );
        if seen.insert(key) {
            true
        } else {
            problems.push(RowProblem {
                file: "Price list",
                line: r.line,
                column: None,
                reason: "repeats an earlier row's product, SKU, segment, dates, term and billing plan".into(),
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
                file: "Price list",
                line: r.line,
                column: None,
                reason: "there are no trials of add-ons".into(),
            });
            false
        } else {
            true
        }
    });
    if rows.is_empty() {
        return Err(FileProblem::NoUsableRow(problems.len()));
    }
    let used_rows = rows.len();

    // Group: product → SKU → (segment, start, end) → rows, keeping first-seen order.
    let mut products: Vec<Product> = Vec::new();
    let mut product_index: HashMap<ProductId, usize> = HashMap::new();
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
            products.len() - 1
        });
        let product = &mut products[p];
        let sku_ref = ProductSkuId {
            product: row.product_id.clone(),
            sku: row.sku_id.clone(),
        };
        let info = matrix_rows.get(&sku_ref);
        let s = match product.skus.iter().position(|s| s.id == row.sku_id) {
            Some(s) => s,
            None => {
                let prerequisites: Vec<ProductSkuId> = info
                    .map(|m| m.prerequisites.clone())
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|base| {
                        let ok = known_skus.contains(base);
                        if !ok {
                            problems.push(RowProblem {
                                file: "Offer matrix",
                                line: info.map_or(0, |m| m.line),
                                column: Some("ProductSkuPreRequisites".into()),
                                reason: format!("the base offer {base} is not in the price list, so it is left out"),
                            });
                        }
                        ok
                    })
                    .collect();
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
                    prerequisites,
                    availabilities: Vec::new(),
                });
                product.skus.len() - 1
            }
        };
        let sku = &mut product.skus[s];
        let countries = match info.filter(|m| !m.countries.is_empty()) {
            Some(m) => m.countries,
            None => row
                .market
                .parse::<CountryCode>()
                .map(|c| std::iter::once(c).collect())
                .unwrap_or_else(|_| CountryCode::all().collect()),
        };
        let key = format!("{}:{:?}:{}:{:?}", row.sku_id, row.segment, row.start, row.end);
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
                    attempt += 1;
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
                sku.availabilities.len() - 1
            }
        };
        sku.availabilities[a].terms.push(TermPrice {
            term: row.term,
            frequencies: vec![row.billing],
            unit_price: row.unit_price,
            source: Some(row.source),
        });
    }

    let catalog = Catalog::new(products)
        .map_err(|found| {
            let list: Vec<String> = found.iter().take(5).map(|p| p.to_string()).collect();
            FileProblem::InvalidCatalog(list.join("; "))
        })?
        .with_currency(&currency);
    let stats = catalog.stats();
    problems.sort_by_key(|p| (p.file != "Price list", p.line));
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
        },
    ))
}

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
    let mut header: Vec<&str> = PRICE_LIST_COLUMNS.to_vec();
    if has_segment {
        header.push(SEGMENT_COLUMN);
    }
    let _ = writer.write_record(&header);
    for offer in catalog.offers() {
        for term in &offer.availability.terms {
            for &frequency in &term.frequencies {
                let generated = generated_row(offer, term, frequency, catalog.currency());
                let record: Vec<String> = header
                    .iter()
                    .map(|column| {
                        let from_file = term.source.as_ref().and_then(|s| s.0.get(*column)).cloned();
                        from_file.unwrap_or_else(|| generated.get(*column).cloned().unwrap_or_default())
                    })
                    .collect();
                let _ = writer.write_record(&record);
            }
        }
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

fn generated_row(
    offer: crate::domain::catalog::Offer<'_>,
    term: &TermPrice,
    frequency: BillingFrequency,
    currency: &str,
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
    row.insert("ERP Price", price);
    row.insert(SEGMENT_COLUMN, segment.to_string());
    row
}
