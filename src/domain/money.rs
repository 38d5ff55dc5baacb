//! Prices. The built-in catalog is the US market price list, so amounts are US dollars held
//! in cents: integer arithmetic, no rounding drift when lines are summed.

// Money, dates, quantities and windows computed from stored and imported values: no
// arithmetic that can overflow or wrap unnoticed.
#![deny(clippy::arithmetic_side_effects)]

use std::fmt;
use std::ops::{Add, Mul};

use serde::{Deserialize, Serialize};

/// An ISO 4217 currency code: three letters, held in upper case (`USD`, `EUR`, `CHF`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency([u8; 3]);

impl Currency {
    pub const USD: Currency = Currency(*b"USD");
    pub const EUR: Currency = Currency(*b"EUR");

    pub fn as_str(&self) -> &str {
        // Three ASCII letters, as `from_str` checked.
        std::str::from_utf8(&self.0).unwrap_or("USD")
    }
}

/// A text that is not three letters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotACurrency(pub String);

impl fmt::Display for NotACurrency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\" is not a currency code (three letters, like USD)", self.0)
    }
}

impl std::error::Error for NotACurrency {}

impl std::str::FromStr for Currency {
    type Err = NotACurrency;
    /// `USD`, `eur`: three letters, in either case.
    fn from_str(text: &str) -> Result<Currency, NotACurrency> {
        match text.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_alphabetic) => Ok(Currency([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => Err(NotACurrency(text.to_string())),
        }
    }
}

impl TryFrom<String> for Currency {
    type Error = NotACurrency;
    fn try_from(text: String) -> Result<Currency, NotACurrency> {
        text.parse()
    }
}

impl From<Currency> for String {
    fn from(currency: Currency) -> String {
        currency.as_str().to_string()
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Money {
    cents: u64,
}

impl Money {
    pub const ZERO: Money = Money { cents: 0 };

    pub const fn from_cents(cents: u64) -> Money {
        Money { cents }
    }

    /// Whole dollars and cents, e.g. `Money::usd(72, 0)` for $72.00.
    pub const fn usd(dollars: u64, cents: u64) -> Money {
        Money {
            cents: dollars.saturating_mul(100).saturating_add(cents),
        }
    }

    pub const fn cents(self) -> u64 {
        self.cents
    }

    /// The two amounts added; at most the largest amount (`+` does the same).
    pub const fn plus(self, other: Money) -> Money {
        Money {
            cents: self.cents.saturating_add(other.cents),
        }
    }

    /// `quantity` times the amount; at most the largest amount (`*` does the same).
    pub const fn times(self, quantity: u32) -> Money {
        Money {
            cents: self.cents.saturating_mul(quantity as u64),
        }
    }

    pub const fn is_zero(self) -> bool {
        self.cents == 0
    }

    /// One of `parts` equal shares, to the nearest cent (half a cent rounds up): a term's
    /// price per month.
    pub const fn share_of(self, parts: u32) -> Money {
        let parts = if parts == 0 { 1 } else { parts as u64 };
        let (Some(whole), Some(rest)) = (self.cents.checked_div(parts), self.cents.checked_rem(parts)) else {
            return self;
        };
        let round_up = rest >= parts.saturating_sub(parts / 2);
        Money {
            cents: whole.saturating_add(round_up as u64),
        }
    }
}

/// What a partner pays for a price and what Microsoft estimates its customer pays
/// (`UnitPrice` and `ERP Price` in the price list), and the margin between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Margin {
    pub cost: Money,
    pub retail: Money,
}

impl Margin {
    /// The retail price less the cost; nothing when the cost is the higher.
    pub fn amount(self) -> Money {
        Money::from_cents(self.retail.cents.saturating_sub(self.cost.cents))
    }

    /// The margin as a whole percentage of the retail price, rounded; `None` when free.
    pub fn percent(self) -> Option<u32> {
        if self.retail.is_zero() {
            return None;
        }
        let share = u128::from(self.amount().cents)
            .saturating_mul(100)
            .saturating_add(u128::from(self.retail.cents) / 2);
        u32::try_from(share.checked_div(u128::from(self.retail.cents))?).ok()
    }

    /// The margins of several lines added up; `None` when no line has one.
    pub fn total(margins: impl IntoIterator<Item = Margin>) -> Option<Margin> {
        margins.into_iter().reduce(|a, b| Margin {
            cost: a.cost.plus(b.cost),
            retail: a.retail.plus(b.retail),
        })
    }

    pub fn times(self, quantity: u32) -> Margin {
        Margin {
            cost: self.cost.times(quantity),
            retail: self.retail.times(quantity),
        }
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        self.plus(rhs)
    }
}

impl Mul<u32> for Money {
    type Output = Money;
    fn mul(self, rhs: u32) -> Money {
        self.times(rhs)
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Money::plus)
    }
}

/// `1234567` → `1,234,567`; negative numbers keep their sign.
pub fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut grouped = String::with_capacity(digits.len().saturating_mul(2));
    if n < 0 {
        grouped.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && digits.len().saturating_sub(i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    grouped
}

impl Money {
    /// The amount as a plain decimal for files: `1234.56` (no grouping, no symbol).
    pub fn decimal(self) -> String {
        format!("{}.{:02}", self.cents / 100, self.cents % 100)
    }

    /// `1,234.56`
    fn grouped(self) -> String {
        let units = i64::try_from(self.cents / 100).unwrap_or(i64::MAX);
        format!("{}.{:02}", group_thousands(units), self.cents % 100)
    }

    /// The amount in a price list's currency: `$1,234.56`, `€1,234.56`, `1,234.56 CHF`.
    pub fn in_currency(self, currency: Currency) -> String {
        let amount = self.grouped();
        match currency.as_str() {
            "USD" => format!("${amount}"),
            "EUR" => format!("€{amount}"),
            "GBP" => format!("£{amount}"),
            other => format!("{amount} {other}"),
        }
    }
}

impl fmt::Display for Money {
    /// `$1,234.56`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}", self.grouped())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_as_dollars_with_thousands_separators() {
        assert_eq!(Money::ZERO.to_string(), "$0.00");
        assert_eq!(Money::from_cents(5).to_string(), "$0.05");
        assert_eq!(Money::usd(72, 0).to_string(), "$72.00");
        assert_eq!(Money::usd(1234, 56).to_string(), "$1,234.56");
        assert_eq!(Money::usd(1_000_000, 0).to_string(), "$1,000,000.00");
    }

    #[test]
    fn a_term_price_splits_into_months_to_the_nearest_cent() {
        assert_eq!(Money::usd(432, 0).share_of(12), Money::usd(36, 0));
        // $1,000 over three years: $27.777… a month.
        assert_eq!(Money::usd(1000, 0).share_of(36), Money::usd(27, 78));
        assert_eq!(Money::from_cents(5).share_of(10), Money::from_cents(1));
        assert_eq!(Money::from_cents(4).share_of(10), Money::ZERO);
        assert_eq!(Money::usd(7, 0).share_of(0), Money::usd(7, 0));
        // The largest amount shares without wrapping round to nothing (issue 27).
        assert_eq!(
            Money::from_cents(u64::MAX).share_of(12),
            Money::from_cents(u64::MAX / 12)
        );
    }

    #[test]
    fn amounts_show_their_currency() {
        assert_eq!(Money::usd(1234, 5).in_currency(Currency::USD), "$1,234.05");
        assert_eq!(Money::usd(12, 0).in_currency(Currency::EUR), "€12.00");
        assert_eq!(Money::usd(12, 0).in_currency("CHF".parse().unwrap()), "12.00 CHF");
    }

    #[test]
    fn counts_group_thousands() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(10_000), "10,000");
        assert_eq!(group_thousands(-1_234_567), "-1,234,567");
    }

    #[test]
    fn line_arithmetic_is_exact() {
        assert_eq!(Money::usd(7, 20) * 3, Money::usd(21, 60));
        let total: Money = [Money::usd(1, 10), Money::usd(2, 20)].into_iter().sum();
        assert_eq!(total, Money::usd(3, 30));
    }
}
