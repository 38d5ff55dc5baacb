//! Reading a CSV file in steps, so a browser can show progress on a 100,000-row file.

use std::io::Cursor;

use super::columns::{missing, Columns, Row};
use super::rows::{
    matrix_row, price_row, MatrixRow, PriceRow, REQUIRED_MATRIX_COLUMNS, REQUIRED_PRICE_COLUMNS, SEGMENT_COLUMN,
};
use super::text::{csv_reader, sniff};
use super::{CsvFile, FileProblem, RowProblem, RowReason};

/// Reads a CSV file row by row, in steps, keeping the usable rows and the problems.
pub struct CsvFileReader<T> {
    reader: csv::Reader<Cursor<Vec<u8>>>,
    columns: Columns,
    parse_row: fn(&Row<'_>, &Columns) -> Result<T, RowProblem>,
    file: CsvFile,
    total_bytes: u64,
    european: bool,
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
        file: CsvFile,
        required: &[&'static str],
        parse_row: fn(&Row<'_>, &Columns) -> Result<T, RowProblem>,
    ) -> Result<Self, FileProblem> {
        if text.trim().is_empty() {
            return Err(FileProblem::Empty);
        }
        let dialect = sniff(&text)?;
        let total_bytes = text.len() as u64;
        let mut reader = csv_reader(text, dialect);
        let headers = reader
            .headers()
            .map_err(|e| FileProblem::NotCsv(e.to_string()))?
            .clone();
        let columns = Columns::of(&headers);
        let missing = missing(&columns, required);
        if !missing.is_empty() {
            return Err(FileProblem::MissingColumns { file, missing });
        }
        Ok(CsvFileReader {
            reader,
            columns,
            parse_row,
            file,
            total_bytes,
            european: dialect.european(),
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
                    self.rows_read = self.rows_read.saturating_add(1);
                    let line = record.position().map_or(0, |p| self.first_line_of(p));
                    let row = Row {
                        record: &record,
                        columns: &self.columns,
                        line,
                        file: self.file,
                        european: self.european,
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
                        reason: RowReason::NotCsv(e.to_string()),
                    });
                    self.rows_read = self.rows_read.saturating_add(1);
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
        let blank_lines = bytes
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .filter(|b| **b == b'\n')
            .count();
        position.line().saturating_add(blank_lines as u64)
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
        fn parse(row: &Row<'_>, columns: &Columns) -> Result<PriceRow, RowProblem> {
            price_row(row, columns.has(SEGMENT_COLUMN))
        }
        CsvFileReader::open(text, CsvFile::PriceList, &REQUIRED_PRICE_COLUMNS, parse)
    }
}

impl OfferMatrixReader {
    pub fn open_offer_matrix(text: String) -> Result<Self, FileProblem> {
        fn parse(row: &Row<'_>, _: &Columns) -> Result<MatrixRow, RowProblem> {
            matrix_row(row)
        }
        CsvFileReader::open(text, CsvFile::OfferMatrix, &REQUIRED_MATRIX_COLUMNS, parse)
    }
}
