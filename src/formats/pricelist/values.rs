//! One field's text into a value: prices, dates, terms, billing plans and segments as
//! Partner Center's files and spreadsheets write them.

use time::Date;

use super::RowReason;
use crate::domain::catalog::Segment;
use crate::domain::money::Money;
use crate::domain::term::{BillingFrequency, TermDuration};

/// The highest unit price a price list may hold: 10,000,000.00 (the dearest Microsoft prices,
/// three-year reservations of the largest machines, are a small fraction of it).
pub const MAX_UNIT_PRICE: Money = Money::from_cents(1_000_000_000);

/// `12.5`, `7.2000`, `0` → cents, rounded to the nearest cent; at most [`MAX_UNIT_PRICE`].
pub fn parse_price(text: &str) -> Result<Money, RowReason> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return Err(RowReason::NotAPrice(text.to_string()));
    }
    let too_high = || RowReason::PriceTooHigh(text.to_string());
    // Only digits: the parse fails only when the number is past u64.
    let whole: u64 = whole.parse().map_err(|_| too_high())?;
    let mut digits = fraction.bytes().map(|b| u64::from(b.saturating_sub(b'0')));
    let tens = digits.next().unwrap_or(0).saturating_mul(10);
    let cents = tens.saturating_add(digits.next().unwrap_or(0));
    let round_up = u64::from(digits.next().unwrap_or(0) >= 5);
    match whole
        .checked_mul(100)
        .and_then(|c| c.checked_add(cents))
        .and_then(|c| c.checked_add(round_up))
    {
        Some(cents) if Money::from_cents(cents) <= MAX_UNIT_PRICE => Ok(Money::from_cents(cents)),
        _ => Err(too_high()),
    }
}

/// `2026-11-01`, `2026-11-01T00:00:00Z`, `11/1/2026` (month first, as Partner Center's
/// US files and an English spreadsheet write it), `1.11.2026` (day first).
pub fn parse_date(text: &str) -> Result<Date, RowReason> {
    parse_date_in(text, false)
}

/// As [`parse_date`], with `1/11/2026` read day first when `day_first` (a European
/// spreadsheet's file).
pub(super) fn parse_date_in(text: &str, day_first: bool) -> Result<Date, RowReason> {
    let bad = || RowReason::NotADate(text.to_string());
    let day_part = text.split(['T', ' ']).next().unwrap_or(text);
    if let Some(date) = crate::domain::dates::parse_iso(day_part) {
        return Ok(date);
    }
    let slashed: Vec<&str> = day_part.split('/').collect();
    let dotted: Vec<&str> = day_part.split('.').collect();
    let (d, m, y) = match (slashed.as_slice(), dotted.as_slice()) {
        (&[m, d, y], _) if !day_first => (d, m, y),
        (&[d, m, y], _) | (_, &[d, m, y]) => (d, m, y),
        _ => return Err(bad()),
    };
    crate::domain::dates::parse_iso(&format!("{y}-{m:0>2}-{d:0>2}")).ok_or_else(bad)
}

pub(super) fn parse_term(text: &str) -> Result<TermDuration, RowReason> {
    TermDuration::ALL
        .into_iter()
        .find(|t| t.code().eq_ignore_ascii_case(text))
        .ok_or_else(|| RowReason::NotATerm(text.to_string()))
}

pub(super) fn parse_billing(text: &str) -> Result<BillingFrequency, RowReason> {
    match text.to_ascii_lowercase().as_str() {
        "monthly" => Ok(BillingFrequency::Monthly),
        "annual" | "yearly" => Ok(BillingFrequency::Annual),
        "triennial" => Ok(BillingFrequency::Triennial),
        "none" => Ok(BillingFrequency::None),
        _ => Err(RowReason::NotABillingPlan(text.to_string())),
    }
}

pub(super) fn parse_segment(text: &str) -> Result<Segment, RowReason> {
    match text.to_ascii_lowercase().as_str() {
        "" | "commercial" => Ok(Segment::Commercial),
        "education" | "academic" => Ok(Segment::Education),
        "charity" | "nonprofit" => Ok(Segment::Nonprofit),
        "government" | "gcc" => Ok(Segment::Government),
        _ => Err(RowReason::NotASegment(text.to_string())),
    }
}
