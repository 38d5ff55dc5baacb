//! The browser's clock and randomness. The domain and the use cases never read either: they
//! are handed a date, an instant, or an [`OrderNumbers`] source.

use time::{Date, Month, OffsetDateTime};

use super::local_storage::Area;
use crate::app::cart::OrderNumbers;
use crate::app::day::{read_day, DayError, SESSION_KEY};
use crate::domain::dates::iso;
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

/// The day a trainee chose for this tab: a `?today=` link first, then the session.
/// `Err` carries what was there and could not be read.
pub fn chosen_day() -> Option<Result<Date, (String, DayError)>> {
    let text = crate::browser::query_param("today").or_else(|| Area::Session.get(SESSION_KEY))?;
    Some(read_day(&text).map_err(|e| (text, e)))
}

/// Keeps the chosen day for this tab (`None`: back to the real date).
pub fn remember_day(day: Option<Date>) {
    match day {
        Some(day) => {
            let _ = Area::Session.set(SESSION_KEY, &iso(day));
        }
        None => Area::Session.remove(SESSION_KEY),
    }
}

/// The user's UTC offset at `at`, as the browser's time zone gives it (daylight saving
/// included); `None` if it is not a whole offset the calendar can hold.
pub fn local_offset_at(at: OffsetDateTime) -> Option<time::UtcOffset> {
    let millis = (at.unix_timestamp_nanos() / 1_000_000) as f64;
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis));
    // Minutes *behind* UTC: Paris in winter is -60.
    let minutes = -(date.get_timezone_offset() as i32);
    time::UtcOffset::from_whole_seconds(minutes.checked_mul(60)?).ok()
}
