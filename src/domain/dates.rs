//! Dates as people read them in sentences: "2 November 2026".

// Money, dates, quantities and windows computed from stored and imported values: no
// arithmetic that can overflow or wrap unnoticed.
#![deny(clippy::arithmetic_side_effects)]

use time::Date;

pub fn long(day: Date) -> String {
    format!("{} {} {}", day.day(), day.month(), day.year())
}

/// "2 Nov 2026", for tables.
pub fn short(day: Date) -> String {
    let month = day.month().to_string();
    format!("{} {} {}", day.day(), &month[..3], day.year())
}

/// `2026-11-02`, as `<input type="date">` and JSON files write it.
pub fn iso(day: Date) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), u8::from(day.month()), day.day())
}

/// Reads `YYYY-MM-DD`; `None` for anything else, including impossible dates.
pub fn parse_iso(text: &str) -> Option<Date> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    if !(1900..=9999).contains(&year) {
        return None;
    }
    Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    #[test]
    fn iso_dates_round_trip_and_impossible_ones_are_refused() {
        let day = date!(2026 - 02 - 28);
        assert_eq!(super::iso(day), "2026-02-28");
        assert_eq!(super::parse_iso("2026-02-28"), Some(day));
        for bad in [
            "",
            "2026-02-30",
            "2026-13-01",
            "26-1-1",
            "abc",
            "2026/02/28",
            "0001-01-01",
        ] {
            assert_eq!(super::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn long_dates_read_naturally() {
        assert_eq!(super::long(date!(2026 - 11 - 02)), "2 November 2026");
        assert_eq!(super::short(date!(2026 - 11 - 02)), "2 Nov 2026");
    }
}

/// `day` moved by `days`, held at the calendar's first or last date rather than past it.
pub fn days_after(day: Date, days: i64) -> Date {
    day.saturating_add(time::Duration::days(days))
}

/// `moment` moved by `by`, held at the calendar's first or last instant rather than past it:
/// a window of 168 hours after a purchase on 31 December 9999 closes then.
pub fn later(moment: time::OffsetDateTime, by: time::Duration) -> time::OffsetDateTime {
    moment.saturating_add(by)
}

/// The calendar date `months` months after `day`, on the same day of the month or the last
/// day of a shorter month (31 January + 1 month = 28 February). Past the last date the
/// calendar holds (31 December 9999) it is that date: a term bought in December 9999 (a
/// stored value can say so) ends then, and no page stops on it.
pub fn add_months(day: Date, months: u32) -> Date {
    let total = i64::from(day.year())
        .saturating_mul(12)
        .saturating_add(i64::from(u8::from(day.month())))
        .saturating_sub(1)
        .saturating_add(i64::from(months));
    let year = i32::try_from(total.div_euclid(12)).unwrap_or(i32::MAX);
    let month = u8::try_from(total.rem_euclid(12).saturating_add(1))
        .ok()
        .and_then(|m| time::Month::try_from(m).ok())
        .unwrap_or(time::Month::December);
    let last = month.length(year);
    Date::from_calendar_date(year, month, day.day().min(last)).unwrap_or(Date::MAX)
}

#[cfg(test)]
mod month_tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn months_are_added_on_the_calendar() {
        assert_eq!(add_months(date!(2025 - 09 - 01), 12), date!(2026 - 09 - 01));
        assert_eq!(add_months(date!(2026 - 01 - 31), 1), date!(2026 - 02 - 28));
        assert_eq!(add_months(date!(2026 - 11 - 24), 1), date!(2026 - 12 - 24));
        assert_eq!(add_months(date!(2026 - 12 - 24), 1), date!(2027 - 01 - 24));
        assert_eq!(add_months(date!(2024 - 02 - 29), 36), date!(2027 - 02 - 28));
    }

    #[test]
    fn months_past_the_calendar_end_on_its_last_day() {
        // An export file can hold a subscription bought on 1 December 9999.
        assert_eq!(add_months(date!(9999 - 12 - 01), 12), Date::MAX);
        assert_eq!(add_months(date!(9999 - 01 - 31), 1), date!(9999 - 02 - 28));
        assert_eq!(add_months(Date::MAX, u32::MAX), Date::MAX);
    }
}
