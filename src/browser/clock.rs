//! Today's date, from the browser. The domain never reads a clock: it is handed a date.

use time::{Date, Month};

/// The user's local calendar date.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let month = Month::try_from(now.get_month() as u8 + 1).unwrap_or(Month::January);
    Date::from_calendar_date(now.get_full_year() as i32, month, now.get_date() as u8)
        // A browser always reports a real date; fall back to a fixed day rather than panic.
        .unwrap_or(crate::domain::catalog::PRICE_LIST_START)
}
