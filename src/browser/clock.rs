//! The browser's clock and randomness. The domain and the use cases never read either: they
//! are handed a date, an instant, or an [`OrderNumbers`] source.

use time::{Date, Month, OffsetDateTime};

use crate::app::cart::OrderNumbers;
use crate::domain::ids::OrderId;

/// The user's local calendar date.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let month = Month::try_from(now.get_month() as u8 + 1).unwrap_or(Month::January);
    Date::from_calendar_date(now.get_full_year() as i32, month, now.get_date() as u8)
        // A browser always reports a real date; fall back to a fixed day rather than panic.
        .unwrap_or(crate::domain::catalog::PRICE_LIST_START)
}

/// Now, from the browser's clock.
pub fn now() -> OffsetDateTime {
    let millis = js_sys::Date::now() as i128;
    OffsetDateTime::from_unix_timestamp_nanos(millis * 1_000_000).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// Order numbers as Partner Center writes them: 16 random upper-case hex digits.
pub struct RandomOrderNumbers;

impl OrderNumbers for RandomOrderNumbers {
    fn next_number(&mut self) -> OrderId {
        let digits: String = (0..16)
            .map(|_| {
                char::from_digit((js_sys::Math::random() * 16.0) as u32 % 16, 16)
                    .unwrap_or('0')
                    .to_ascii_uppercase()
            })
            .collect();
        digits.parse().expect("16 upper-case hex digits are an order number")
    }
}
