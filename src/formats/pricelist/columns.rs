//! A file's columns, found by name, and one row's fields read through them: the text of a
//! field, a required field, a field parsed into a value with the row's line and column kept
//! for the problem it may be.

use std::cell::RefCell;

use rustc_hash::FxHashMap as HashMap;
use time::Date;

use super::values::{parse_date_in, parse_price};
use super::{CsvFile, RowProblem, RowReason};
use crate::domain::money::Money;

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
    pub(super) fn get(&self, column: &'static str) -> &str {
        self.columns
            .position(column)
            .and_then(|i| self.record.get(i))
            .unwrap_or("")
    }

    pub(super) fn problem(&self, column: &str, reason: RowReason) -> RowProblem {
        RowProblem {
            file: self.file,
            line: self.line,
            column: Some(column.to_string()),
            reason,
        }
    }

    pub(super) fn required(&self, column: &'static str) -> Result<&str, RowProblem> {
        match self.get(column) {
            "" => Err(self.problem(column, RowReason::Empty)),
            value => Ok(value),
        }
    }

    pub(super) fn price(&self, text: &str) -> Result<Money, RowReason> {
        if self.european {
            parse_price(&text.replacen(',', ".", 1))
        } else {
            parse_price(text)
        }
    }

    pub(super) fn date(&self, text: &str) -> Result<Date, RowReason> {
        parse_date_in(text, self.european)
    }

    pub(super) fn parse<T>(
        &self,
        column: &'static str,
        parse: impl Fn(&str) -> Result<T, RowReason>,
    ) -> Result<T, RowProblem> {
        let value = self.required(column)?;
        parse(value).map_err(|reason| self.problem(column, reason))
    }
}
