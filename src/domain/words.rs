//! Counted nouns for sentences: "1 seat", "2 seats", "1,000 seats", never "seat(s)". Every
//! sentence with a number in it goes through here, so singular and plural are each written
//! once and tested together.

use crate::domain::money::group_thousands;

/// `n` and the noun that fits it: `count(1, "line", "lines")` is "1 line".
pub fn count(n: impl Into<i64>, one: &str, many: &str) -> String {
    let n = n.into();
    let noun = if n.unsigned_abs() == 1 { one } else { many };
    format!("{} {noun}", group_thousands(n))
}

/// "1 seat", "25 seats".
pub fn seats(n: impl Into<i64>) -> String {
    count(n, "seat", "seats")
}

/// "1 line", "2 lines".
pub fn lines(n: impl Into<i64>) -> String {
    count(n, "line", "lines")
}

/// "an Education customer", "a Nonprofit customer": the article that fits the sound of the
/// word, as far as the app's own names go (none starts with a silent h or a "you" sound).
pub fn with_article(phrase: &str) -> String {
    let article = if phrase.starts_with(['A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {phrase}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_everything_else_plural() {
        assert_eq!(seats(1), "1 seat");
        assert_eq!(seats(-1), "-1 seat");
        assert_eq!(seats(0), "0 seats");
        assert_eq!(seats(2), "2 seats");
        assert_eq!(seats(1_000), "1,000 seats");
        assert_eq!(lines(1), "1 line");
        assert_eq!(count(3u32, "day", "days"), "3 days");
    }

    #[test]
    fn the_article_follows_the_first_letter() {
        assert_eq!(with_article("Education customer"), "an Education customer");
        assert_eq!(with_article("Nonprofit customer"), "a Nonprofit customer");
        assert_eq!(
            with_article("State Owned Entity customer"),
            "a State Owned Entity customer"
        );
    }
}
