//! The app's day: the real date, or a day a trainee moved to ("Today is …") to watch a 7-day
//! window close, a price-list row take effect or a term renew.
//!
//! Moving the day changes what "today" and "now" are for every verdict and every new action;
//! it never rewrites what is stored (a purchase keeps the instant it was made).

use std::fmt;

use time::macros::date;
use time::{Date, OffsetDateTime};

use crate::domain::dates::parse_iso;
use crate::i18n::{format, keys, text_with, Args, Language};

/// The session key that holds the chosen day, as `YYYY-MM-DD`.
pub const SESSION_KEY: &str = "csp-catalog/today";

/// The days a trainee can move to: the new-commerce years the catalog can speak of.
pub const EARLIEST: Date = date!(2020 - 01 - 01);
pub const LATEST: Date = date!(2035 - 12 - 31);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayError {
    NotADate(String),
    OutOfRange,
}

impl DayError {
    pub fn sentence(&self, language: Language) -> String {
        match self {
            DayError::NotADate(text) => {
                text_with(language, keys::DAY_NOT_A_DATE, &Args::new().text("text", text.clone()))
            }
            DayError::OutOfRange => text_with(
                language,
                keys::DAY_OUT_OF_RANGE,
                &Args::new()
                    .text("earliest", format::date(language, EARLIEST))
                    .text("latest", format::date(language, LATEST)),
            ),
        }
    }
}

impl fmt::Display for DayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for DayError {}

/// Reads a day typed or linked (`?today=2026-12-05`).
pub fn read_day(text: &str) -> Result<Date, DayError> {
    let day = parse_iso(text).ok_or_else(|| DayError::NotADate(text.trim().to_string()))?;
    if (EARLIEST..=LATEST).contains(&day) {
        Ok(day)
    } else {
        Err(DayError::OutOfRange)
    }
}

/// Now, on the chosen day: the real time of day, on that date.
pub fn now_on(day: Date, real_now: OffsetDateTime) -> OffsetDateTime {
    real_now.replace_date(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_day_is_read_as_an_iso_date_in_range() {
        assert_eq!(read_day(" 2026-12-05 "), Ok(date!(2026 - 12 - 05)));
        assert_eq!(read_day("5/12/2026"), Err(DayError::NotADate("5/12/2026".into())));
        assert_eq!(read_day("2026-02-30"), Err(DayError::NotADate("2026-02-30".into())));
        assert_eq!(read_day("1999-12-31"), Err(DayError::OutOfRange));
        assert_eq!(
            DayError::OutOfRange.to_string(),
            "Choose a day between 1 January 2020 and 31 December 2035."
        );
    }

    #[test]
    fn now_keeps_the_time_of_day_on_the_chosen_date() {
        let real = datetime!(2026-11-24 10:15:30 UTC);
        assert_eq!(now_on(date!(2026 - 12 - 05), real), datetime!(2026-12-05 10:15:30 UTC));
    }
}
