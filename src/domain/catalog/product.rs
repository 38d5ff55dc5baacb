//! What the catalog is made of: products, their SKUs, and each SKU's availabilities (segment,
//! countries, terms and prices, validity in the monthly price list). The enums that describe
//! them are in `kinds`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::Date;

use super::kinds::{
    BillingType, BusinessCategory, ProductCategory, Publisher, PublisherType, PurchaseChannel, SeatPool, Segment,
};

use crate::domain::country::{CountryCode, CountrySet};
use crate::domain::ids::{AvailabilityId, ProductId, ProductSkuId, SkuId};
use crate::domain::money::{Margin, Money};
use crate::domain::term::{BillingFrequency, Plan, TermDuration};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Product {
    pub id: ProductId,
    pub title: String,
    pub description: String,
    pub category: ProductCategory,
    pub publisher: Publisher,
    pub billing_type: BillingType,
    pub business_category: BusinessCategory,
    pub channel: PurchaseChannel,
    pub skus: Vec<Sku>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sku {
    pub id: SkuId,
    pub title: String,
    pub description: String,
    pub trial: bool,
    pub min_quantity: u32,
    pub max_quantity: u32,
    pub seat_pool: Option<SeatPool>,
    /// At most this many seats per customer, across all its subscriptions of this SKU
    /// (Teams Rooms Basic: 25 per tenant; the Azure plan: one per customer).
    #[serde(default)]
    pub customer_limit: Option<u32>,
    /// Base offers this add-on needs on the customer; empty for a base offer.
    pub prerequisites: Vec<ProductSkuId>,
    /// SKUs a subscription of this one can be upgraded to, in whole or in part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub upgrades: Vec<ProductSkuId>,
    pub availabilities: Vec<Availability>,
}

/// Trials: 30 days, a fixed 25 licenses, free.
pub const TRIAL_SEATS: u32 = 25;
/// An offer matrix's `MaxLicenses` of 10,000,000 (or more) means "no maximum".
pub const UNLIMITED_LICENSES: u32 = 10_000_000;
pub const TRIAL_DAYS: u32 = 30;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Availability {
    pub id: AvailabilityId,
    pub segment: Segment,
    /// Where the offer may be sold.
    pub countries: CountrySet,
    /// Empty for usage-billed items, which have no term.
    pub terms: Vec<TermPrice>,
    /// First day in the price list.
    pub effective_start: Date,
    /// Last day in the price list, if it is known to leave it.
    pub effective_end: Option<Date>,
}

/// One term of an availability. The unit price is for the whole term, whatever the billing
/// frequency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermPrice {
    pub term: TermDuration,
    pub frequencies: Vec<BillingFrequency>,
    pub unit_price: Money,
    /// Microsoft's estimated retail price for the term (`ERP Price`); `unit_price` is the
    /// partner's cost. `None` when the price list gave none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erp_price: Option<Money>,
    /// The price-list row this price was imported from, kept whole so that exporting the
    /// catalog gives back every field. `None` for the built-in catalog.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceFields>,
    /// What this month's price list says changed about this price (`ChangeIndicator`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<PriceChange>,
    /// Volume tiers, lowest first, when the price list gives the term several prices by
    /// quantity (`PricingTierRangeMin`/`Max`); `unit_price` is then the first tier's. Empty
    /// for a single price.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<PriceTier>,
}

/// A price this month's price list marks as new or changed (`ChangeIndicator` Add or
/// Change); an unchanged price has none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PriceChange {
    Added,
    /// The price before (`PreviousValues`), when the list gives it.
    Changed {
        previous: Option<Money>,
    },
}

/// The price of a term for quantities from `from` to `to` (inclusive; no `to`: and above).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceTier {
    pub from: u32,
    pub to: Option<u32>,
    pub unit_price: Money,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erp_price: Option<Money>,
    /// The price-list row of this tier, for export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceFields>,
}

impl PriceTier {
    pub fn holds(&self, quantity: u32) -> bool {
        quantity >= self.from && self.to.is_none_or(|to| quantity <= to)
    }
}

/// The raw text of the price-list row a price was read from, by column name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFields(pub BTreeMap<String, String>);

impl TermPrice {
    /// The unit price for a line of `quantity`: the tier that quantity falls in prices every
    /// unit of the line (this app's reading of volume tiers; Microsoft's price list gives the
    /// ranges, not how they combine).
    pub fn unit_price_for(&self, quantity: u32) -> Money {
        self.tiers
            .iter()
            .find(|t| t.holds(quantity))
            .map_or(self.unit_price, |t| t.unit_price)
    }

    /// The partner's cost and the estimated retail price for a line of `quantity`, priced
    /// by its tier as [`TermPrice::unit_price_for`] is.
    pub fn margin_for(&self, quantity: u32) -> Option<Margin> {
        let (cost, retail) = match self.tiers.iter().find(|t| t.holds(quantity)) {
            Some(tier) => (tier.unit_price, tier.erp_price),
            None => (self.unit_price, self.erp_price),
        };
        Some(Margin { cost, retail: retail? })
    }

    /// The term's price spread over its months, the figure partners compare offers by.
    pub fn per_month(&self) -> Money {
        self.term.per_month(self.unit_price)
    }
}

impl Product {
    /// Whether `availability` of this product is an Azure reservation: Azure, paid for a term.
    pub fn is_reservation(&self, availability: &Availability) -> bool {
        self.category == ProductCategory::Azure
            && self.billing_type == BillingType::License
            && !availability.terms.is_empty()
    }

    /// Whether this product is an Azure plan: Azure, billed for what is used.
    pub fn is_azure_plan(&self) -> bool {
        self.category == ProductCategory::Azure
            && self.billing_type == BillingType::Usage
            && self.channel == PurchaseChannel::PartnerCenter
    }

    pub fn publisher_type(&self) -> PublisherType {
        match self.publisher {
            Publisher::Microsoft => PublisherType::Microsoft,
            Publisher::Partner { .. } => PublisherType::Partner,
        }
    }
}

impl Sku {
    pub fn is_add_on(&self) -> bool {
        !self.prerequisites.is_empty()
    }
}

impl Availability {
    pub fn is_sold_in(&self, country: CountryCode) -> bool {
        self.countries.contains(country)
    }

    /// Both ends inclusive.
    pub fn is_effective_on(&self, day: Date) -> bool {
        day >= self.effective_start && self.effective_end.is_none_or(|end| day <= end)
    }

    pub fn price_for(&self, term: TermDuration, frequency: BillingFrequency) -> Option<Money> {
        self.term_price(term, frequency).map(|t| t.unit_price)
    }

    /// The unit price for `quantity` units, with volume tiers applied.
    pub fn price_for_quantity(&self, term: TermDuration, frequency: BillingFrequency, quantity: u32) -> Option<Money> {
        self.term_price(term, frequency).map(|t| t.unit_price_for(quantity))
    }

    /// The prices of this entry that this month's price list marks as new or changed, with
    /// their plan and price now.
    pub fn changes(&self) -> impl Iterator<Item = (Plan, PriceChange, Money)> + '_ {
        self.terms.iter().flat_map(|t| {
            t.frequencies.iter().filter_map(move |&billing_frequency| {
                let plan = Plan {
                    term: t.term,
                    billing_frequency,
                };
                Some((plan, t.change?, t.unit_price))
            })
        })
    }

    /// The change a row names first: a new offer, else the default plan's change, else
    /// the first plan's.
    pub fn headline_change(&self) -> Option<(Plan, PriceChange, Money)> {
        let mut changes: Vec<_> = self.changes().collect();
        let default = self.default_plan();
        changes.sort_by_key(|(plan, change, _)| (*change != PriceChange::Added, Some(*plan) != default));
        changes.into_iter().next()
    }

    pub fn has_changes(&self) -> bool {
        self.terms.iter().any(|t| t.change.is_some())
    }

    /// Cost and estimated retail price of a plan for a line of `quantity`.
    pub fn margin_for(&self, plan: Plan, quantity: u32) -> Option<Margin> {
        self.term_price(plan.term, plan.billing_frequency)?.margin_for(quantity)
    }

    pub fn term_price(&self, term: TermDuration, frequency: BillingFrequency) -> Option<&TermPrice> {
        self.terms
            .iter()
            .find(|t| t.term == term && t.frequencies.contains(&frequency))
    }

    /// Every (term, billing frequency) pair this availability allows, with its unit price.
    pub fn plans(&self) -> impl Iterator<Item = (Plan, Money)> + '_ {
        self.terms.iter().flat_map(|t| {
            t.frequencies.iter().map(move |&f| {
                (
                    Plan {
                        term: t.term,
                        billing_frequency: f,
                    },
                    t.unit_price,
                )
            })
        })
    }

    /// The plan the Add products page offers first: a year billed monthly, as most
    /// new-commerce licenses are bought, if this availability has it; otherwise its first
    /// plan. `None` for usage items, which have no plan.
    pub fn default_plan(&self) -> Option<Plan> {
        let year_monthly = Plan {
            term: TermDuration::OneYear,
            billing_frequency: BillingFrequency::Monthly,
        };
        let mut plans = self.plans().map(|(plan, _)| plan);
        let first = plans.next()?;
        Some(
            if self
                .price_for(year_monthly.term, year_monthly.billing_frequency)
                .is_some()
            {
                year_monthly
            } else {
                first
            },
        )
    }

    /// The cheapest and dearest price per month over all terms, for a price range that
    /// compares like with like: a one-month term against a one-year term's twelfth.
    pub fn monthly_price_range(&self) -> Option<(Money, Money)> {
        let prices = self.terms.iter().map(TermPrice::per_month);
        Some((prices.clone().min()?, prices.max()?))
    }
}
