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
//!
//! - `text`: what kind of text a file is (not text at all, or CSV with which separator);
//! - `columns`, `values`: a file's columns by name, and one field's text into a value;
//! - `rows`: the columns and what makes a row usable (one row in, a typed row or a problem out);
//! - `reader`: reading a file in steps, keeping the usable rows and the problems;
//! - `slices`: one price per plan at a time, and each plan's own dates cut into periods;
//! - `screen`: rows that read well alone but not together (repeats, trials of add-ons);
//! - `group`: rows grouped into products, SKUs, price-list entries and priced plans;
//! - `build`: the steps in order, into a validated catalog and the import's summary;
//! - `export`: writing a catalog back as a price list.

mod build;
mod columns;
mod export;
mod group;
mod reader;
mod rows;
mod screen;
mod slices;
mod text;
mod values;

use time::Date;

use crate::domain::catalog::Segment;
use crate::domain::ids::{IdError, ProductSkuId};
use crate::domain::term::{BillingFrequency, Plan, TermDuration};

pub use build::{build_catalog, ImportSummary};
pub use export::export_price_list;
pub use reader::{CsvFileReader, OfferMatrixReader, PriceListReader};
pub use rows::{MatrixRow, PriceRow, PRICE_LIST_COLUMNS, SEGMENT_COLUMN};
pub use text::{NotText, Separator};
pub use values::{parse_date, parse_price, MAX_UNIT_PRICE};

/// Which of the two files a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvFile {
    PriceList,
    OfferMatrix,
}

/// A row that could not be used. Its sentence is written per language in
/// [`crate::i18n::files`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub file: CsvFile,
    /// 1-based line in the file (the header is line 1).
    pub line: u64,
    pub column: Option<String>,
    pub reason: RowReason,
}

/// Why a row could not be used, with the text it found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowReason {
    /// The csv reader's own words, kept as a technical detail.
    NotCsv(String),
    Empty,
    BadId(IdError),
    NotAPrice(String),
    /// More than [`MAX_UNIT_PRICE`]: no Microsoft price comes near it, and amounts this large
    /// would overflow once multiplied by a quantity.
    PriceTooHigh(String),
    NotADate(String),
    NotATerm(String),
    NotABillingPlan(String),
    NotASegment(String),
    NotACountry(String),
    NotACurrency(String),
    NotWholeLicenses(String),
    NotAWholeNumber(String),
    NotAQuantityRange {
        min: u32,
        max: u32,
    },
    EndBeforeStart,
    TierMaxBelowMin,
    /// Another row of the same price already covers part of this row's quantities.
    TierOverlaps {
        from: u32,
        to: Option<u32>,
    },
    TrialShape,
    TermNotBilled {
        term: TermDuration,
        billing: BillingFrequency,
    },
    RepeatsEarlierRow,
    TrialOfAddOn,
    /// A SKU is a trial or a paid offer, as its first row says.
    KindChanges {
        sku: ProductSkuId,
        first_is_trial: bool,
    },
    /// Another price of the same SKU, segment, term and billing plan has overlapping dates.
    OverlapsEntry {
        segment: Segment,
        plan: Plan,
        start: Date,
        end: Option<Date>,
    },
    UnknownBase(ProductSkuId),
    UnknownUpgradeTarget(ProductSkuId),
}

/// Why a whole file can't be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    Empty,
    /// A workbook, UTF-16 text or another binary file, not CSV text.
    NotText(NotText),
    /// The csv reader's own words.
    NotCsv(String),
    MissingColumns {
        file: CsvFile,
        missing: Vec<String>,
    },
    /// The price list has no usable row (this many skipped).
    NoUsableRow(usize),
    /// The currencies found, joined.
    MixedCurrencies(String),
    /// The catalog's own check, as a technical detail.
    InvalidCatalog(String),
}

impl std::error::Error for FileProblem {}
