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
//! - `rows`: the columns and what makes a row usable (one row in, a typed row or a problem out);
//! - `reader`: reading a file in steps, keeping the usable rows and the problems;
//! - `build`: turning the rows into a validated catalog;
//! - `export`: writing a catalog back as a price list.

mod build;
mod export;
mod reader;
mod rows;

use std::fmt;

use thiserror::Error;

pub use build::{build_catalog, ImportSummary};
pub use export::export_price_list;
pub use reader::{CsvFileReader, OfferMatrixReader, PriceListReader};
pub use rows::{parse_date, parse_price, MatrixRow, PriceRow, PRICE_LIST_COLUMNS, SEGMENT_COLUMN};

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
