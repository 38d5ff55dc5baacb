//! Commitment terms and how often they are billed.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::money::Money;

/// A subscription that ends with another one's term instead of running a full term of its own:
/// an upgrade keeps the term end of the subscription it came from (and, in new commerce, its
/// cancellation window), and a purchase can be co-termed with an existing subscription.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coterm {
    /// The first term's last day; later terms are full ones.
    pub ends: time::Date,
    /// When its cancellation and seat-reduction window opened, if not at its own purchase: the
    /// term start of the subscription an upgrade came from.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub window_opened: Option<time::OffsetDateTime>,
}

/// How long a subscription commits the customer, as ISO 8601 durations in price lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TermDuration {
    #[serde(rename = "P1M")]
    OneMonth,
    #[serde(rename = "P1Y")]
    OneYear,
    #[serde(rename = "P3Y")]
    ThreeYears,
}

/// How often the customer is invoiced during a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BillingFrequency {
    Monthly,
    Annual,
    Triennial,
    /// Trials are free: the price list's `BillingPlan` is `None`.
    None,
}

/// A term and how it is billed: what a customer chooses for a license-based offer. Usage
/// items have no plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Plan {
    pub term: TermDuration,
    pub billing_frequency: BillingFrequency,
}

impl TermDuration {
    pub const ALL: [TermDuration; 3] = [TermDuration::OneMonth, TermDuration::OneYear, TermDuration::ThreeYears];

    /// The price-list code: `P1M`, `P1Y`, `P3Y`.
    pub fn code(self) -> &'static str {
        match self {
            TermDuration::OneMonth => "P1M",
            TermDuration::OneYear => "P1Y",
            TermDuration::ThreeYears => "P3Y",
        }
    }

    /// A whole-term price spread over the term's months, the figure partners compare by.
    pub fn per_month(self, whole_term: Money) -> Money {
        whole_term.share_of(self.months())
    }

    /// The last day of a full term of this length that starts on `starts`.
    pub fn last_day_from(self, starts: time::Date) -> time::Date {
        crate::domain::dates::days_after(crate::domain::dates::add_months(starts, self.months()), -1)
    }

    pub fn months(self) -> u32 {
        match self {
            TermDuration::OneMonth => 1,
            TermDuration::OneYear => 12,
            TermDuration::ThreeYears => 36,
        }
    }

    /// Paid billing frequencies a term allows: P1M monthly; P1Y monthly or annual;
    /// P3Y monthly, annual or triennial.
    pub fn paid_frequencies(self) -> &'static [BillingFrequency] {
        use BillingFrequency::*;
        match self {
            TermDuration::OneMonth => &[Monthly],
            TermDuration::OneYear => &[Monthly, Annual],
            TermDuration::ThreeYears => &[Monthly, Annual, Triennial],
        }
    }

    pub fn allows(self, frequency: BillingFrequency) -> bool {
        self.paid_frequencies().contains(&frequency)
    }
}

impl BillingFrequency {
    /// As price lists write it in the `BillingPlan` column.
    pub fn code(self) -> &'static str {
        match self {
            BillingFrequency::Monthly => "Monthly",
            BillingFrequency::Annual => "Annual",
            BillingFrequency::Triennial => "Triennial",
            BillingFrequency::None => "None",
        }
    }

    /// How many invoices one term produces, for showing the charge per invoice.
    pub fn invoices_per_term(self, term: TermDuration) -> u32 {
        match self {
            BillingFrequency::Monthly => term.months(),
            BillingFrequency::Annual => (term.months() / 12).max(1),
            BillingFrequency::Triennial | BillingFrequency::None => 1,
        }
    }
}

impl fmt::Display for TermDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TermDuration::OneMonth => "1 month",
            TermDuration::OneYear => "1 year",
            TermDuration::ThreeYears => "3 years",
        })
    }
}

impl fmt::Display for BillingFrequency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BillingFrequency::Monthly => "Monthly",
            BillingFrequency::Annual => "Annual",
            BillingFrequency::Triennial => "Triennial",
            BillingFrequency::None => "None (trial)",
        })
    }
}

impl fmt::Display for Plan {
    /// `1 year, billed monthly`; a trial is `1 month, free trial`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let billed = match self.billing_frequency {
            BillingFrequency::Monthly => "billed monthly",
            BillingFrequency::Annual => "billed annually",
            BillingFrequency::Triennial => "billed every three years",
            BillingFrequency::None => "free trial",
        };
        write!(f, "{}, {billed}", self.term)
    }
}

#[cfg(test)]
mod tests {
    use super::BillingFrequency::*;
    use super::TermDuration::*;

    #[test]
    fn each_term_allows_only_its_billing_frequencies() {
        assert!(OneMonth.allows(Monthly));
        assert!(!OneMonth.allows(Annual));
        assert!(OneYear.allows(Monthly) && OneYear.allows(Annual) && !OneYear.allows(Triennial));
        assert!(ThreeYears.allows(Monthly) && ThreeYears.allows(Annual) && ThreeYears.allows(Triennial));
        for term in super::TermDuration::ALL {
            assert!(!term.allows(None), "no paid term is billed 'None'");
        }
    }

    #[test]
    fn terms_serialize_as_price_list_codes() {
        assert_eq!(serde_json::to_string(&ThreeYears).unwrap(), "\"P3Y\"");
        assert_eq!(
            serde_json::from_str::<super::TermDuration>("\"P1M\"").unwrap(),
            OneMonth
        );
        assert_eq!(OneYear.code(), "P1Y");
    }

    #[test]
    fn invoices_per_term() {
        assert_eq!(Monthly.invoices_per_term(ThreeYears), 36);
        assert_eq!(Annual.invoices_per_term(ThreeYears), 3);
        assert_eq!(Triennial.invoices_per_term(ThreeYears), 1);
    }
}
