//! Dates as people read them in sentences: "2 November 2026".

use time::Date;

pub fn long(day: Date) -> String {
    format!("{} {} {}", day.day(), day.month(), day.year())
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    #[test]
    fn long_dates_read_naturally() {
        assert_eq!(super::long(date!(2026 - 11 - 02)), "2 November 2026");
    }
}
