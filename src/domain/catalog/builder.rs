//! A compact way to write catalog data by hand: sensible defaults (commercial, sold in every
//! market, one month and one year terms) that each SKU overrides where the real offer differs.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    reason = "builds the built-in catalog from the app's own constants; tests check every entry"
)]

use time::macros::date;
use time::Date;

use super::{
    Availability, BillingType, BusinessCategory, Product, ProductCategory, Publisher, PublisherType, PurchaseChannel,
    SeatPool, Segment, Sku, TermPrice, TRIAL_DAYS, TRIAL_SEATS,
};
use crate::domain::country::{CountryCode, CountrySet};
use crate::domain::ids::{AvailabilityId, ProductSkuId};
use crate::domain::money::Money;
use crate::domain::term::{BillingFrequency, TermDuration};

/// Where the built-in price list starts: with new commerce for licenses (January 2022), so
/// that a trainee moving the day back meets the rules of that day rather than an empty price
/// list. Its prices are illustrations.
pub const PRICE_LIST_START: Date = date!(2022 - 01 - 10);

/// Countries under embargo, where no offer is sold.
const EMBARGOED: [&str; 6] = ["BY", "CU", "IR", "KP", "RU", "SY"];

pub fn every_market() -> CountrySet {
    static EVERY_MARKET: std::sync::OnceLock<CountrySet> = std::sync::OnceLock::new();
    *EVERY_MARKET.get_or_init(|| {
        CountryCode::all()
            .filter(|c| !EMBARGOED.contains(&c.as_str()))
            .collect()
    })
}

pub fn countries(codes: &[&str]) -> CountrySet {
    codes.iter().map(|c| crate::domain::country::country(c)).collect()
}

pub struct ProductBuilder {
    product: Product,
}

pub fn product(
    id: &str,
    title: &str,
    category: ProductCategory,
    business_category: BusinessCategory,
    description: &str,
) -> ProductBuilder {
    ProductBuilder {
        product: Product {
            id: id.parse().unwrap_or_else(|e| panic!("catalog data: {e}")),
            title: title.to_string(),
            description: description.to_string(),
            category,
            publisher: Publisher::Microsoft,
            billing_type: BillingType::License,
            business_category,
            channel: PurchaseChannel::PartnerCenter,
            skus: Vec::new(),
        },
    }
}

impl ProductBuilder {
    pub fn publisher(mut self, name: &str) -> Self {
        self.product.publisher = Publisher::Partner { name: name.to_string() };
        self
    }

    /// Billed for consumption; its SKUs have no term.
    pub fn usage(mut self) -> Self {
        self.product.billing_type = BillingType::Usage;
        self
    }

    pub fn azure_portal(mut self) -> Self {
        self.product.channel = PurchaseChannel::AzurePortal;
        self
    }

    /// Sold from Partner Center for Microsoft Cloud for US Government, not this one.
    pub fn government_partner_center(mut self) -> Self {
        self.product.channel = PurchaseChannel::GovernmentPartnerCenter;
        self
    }

    pub fn sku(mut self, sku: SkuBuilder) -> Self {
        let usage = self.product.billing_type == BillingType::Usage;
        let mut built = sku.build(&self.product.id.to_string(), usage);
        if built.description.is_empty() {
            built.description = self.product.description.clone();
        }
        self.product.skus.push(built);
        self
    }

    pub fn build(mut self) -> Product {
        // Microsoft's premium for a year billed monthly is Microsoft's pricing; a third-party
        // publisher sets its own, so its year costs the same however it is billed.
        if self.product.publisher_type() == PublisherType::Partner {
            for availability in self.product.skus.iter_mut().flat_map(|s| s.availabilities.iter_mut()) {
                let annual = availability.term_price(TermDuration::OneYear, BillingFrequency::Annual);
                let (price, retail) = (annual.map(|t| t.unit_price), annual.and_then(|t| t.erp_price));
                for term in availability.terms.iter_mut() {
                    if term.term == TermDuration::OneYear && term.frequencies == [BillingFrequency::Monthly] {
                        term.unit_price = price.unwrap_or(term.unit_price);
                        term.erp_price = retail.or(term.erp_price);
                    }
                }
            }
        }
        self.product
    }
}

pub struct SkuBuilder {
    id: String,
    title: String,
    description: String,
    segment: Segment,
    countries: CountrySet,
    terms: Vec<TermPrice>,
    min: u32,
    max: u32,
    pool: Option<SeatPool>,
    customer_limit: Option<u32>,
    prerequisites: Vec<String>,
    upgrades: Vec<String>,
    trial: bool,
    start: Date,
    end: Option<Date>,
    /// A later price-list entry: (first day, new terms).
    next: Option<(Date, Vec<TermPrice>)>,
}

pub fn sku(id: &str, title: &str) -> SkuBuilder {
    SkuBuilder {
        id: id.to_string(),
        title: title.to_string(),
        description: String::new(),
        segment: Segment::Commercial,
        countries: every_market(),
        terms: Vec::new(),
        min: 1,
        max: 10_000,
        pool: None,
        customer_limit: None,
        prerequisites: Vec::new(),
        upgrades: Vec::new(),
        trial: false,
        start: PRICE_LIST_START,
        end: None,
        next: None,
    }
}

/// Terms for a license priced per user per month on a one-year commitment: the one-year
/// term is twelve months, the monthly term costs 20% more, as in new-commerce price lists.
pub fn per_month(cents: u64) -> Vec<TermPrice> {
    let mut terms = vec![term(TermDuration::OneMonth, Money::from_cents(cents * 12 / 10))];
    terms.extend(per_year(cents * 12));
    terms
}

/// A one-year term of a license-based offer, `cents` for the year billed annually. Billed
/// monthly it costs 5% more: Microsoft's change of 1 April 2025 for annual terms billed
/// monthly (the price list shows both rows).
pub fn per_year(cents: u64) -> Vec<TermPrice> {
    vec![
        TermPrice {
            term: TermDuration::OneYear,
            frequencies: vec![BillingFrequency::Annual],
            unit_price: Money::from_cents(cents),
            erp_price: None,
            change: None,
            source: None,
            tiers: Vec::new(),
        },
        TermPrice {
            term: TermDuration::OneYear,
            frequencies: vec![BillingFrequency::Monthly],
            unit_price: Money::from_cents(cents * MONTHLY_BILLING_PERCENT / 100),
            erp_price: None,
            change: None,
            source: None,
            tiers: Vec::new(),
        },
    ]
}

/// A one-year term billed monthly costs this share of the same term billed annually.
pub const MONTHLY_BILLING_PERCENT: u64 = 105;

/// The first day of that premium: before it, a year cost the same however it was billed.
pub const MONTHLY_PREMIUM_FROM: Date = date!(2025 - 04 - 01);
/// The last day before it.
const BEFORE_MONTHLY_PREMIUM_ENDS: Date = date!(2025 - 03 - 31);

/// The terms with a year billed monthly priced as the year billed annually, when they carry
/// the premium; `None` when there is no such premium to take off.
fn without_monthly_premium(terms: &[TermPrice]) -> Option<Vec<TermPrice>> {
    let annual = terms
        .iter()
        .find(|t| t.term == TermDuration::OneYear && t.frequencies == [BillingFrequency::Annual])?
        .unit_price;
    let mut changed = false;
    let earlier = terms
        .iter()
        .map(|t| {
            let mut t = t.clone();
            if t.term == TermDuration::OneYear && t.frequencies == [BillingFrequency::Monthly] && t.unit_price > annual
            {
                t.unit_price = annual;
                changed = true;
            }
            t
        })
        .collect();
    changed.then_some(earlier)
}

/// One- and three-year terms (software subscriptions, reservations), prices for the whole term.
pub fn one_and_three_years(one_year_cents: u64, three_year_cents: u64) -> Vec<TermPrice> {
    vec![
        term(TermDuration::OneYear, Money::from_cents(one_year_cents)),
        term(TermDuration::ThreeYears, Money::from_cents(three_year_cents)),
    ]
}

/// An Azure reservation's terms: one or three years, paid upfront or monthly (Azure, "Purchase
/// Azure reservations"), never a three-year term billed each year.
pub fn reservation_terms(one_year_cents: u64, three_year_cents: u64) -> Vec<TermPrice> {
    use crate::domain::term::BillingFrequency::{Annual, Monthly, Triennial};
    let upfront_or_monthly = |duration, cents, upfront| TermPrice {
        frequencies: vec![Monthly, upfront],
        ..term(duration, Money::from_cents(cents))
    };
    vec![
        upfront_or_monthly(TermDuration::OneYear, one_year_cents, Annual),
        upfront_or_monthly(TermDuration::ThreeYears, three_year_cents, Triennial),
    ]
}

/// The built-in catalog's estimated retail prices, in the relation Microsoft's list has to
/// the partner's cost in each segment; a price given one keeps it.
fn with_retail_prices(mut terms: Vec<TermPrice>, segment: Segment) -> Vec<TermPrice> {
    for term in &mut terms {
        term.erp_price = term.erp_price.or(Some(segment.estimated_retail(term.unit_price)));
        for tier in &mut term.tiers {
            tier.erp_price = tier.erp_price.or(Some(segment.estimated_retail(tier.unit_price)));
        }
    }
    terms
}

/// A term billable at every frequency the term allows.
pub fn term(term: TermDuration, unit_price: Money) -> TermPrice {
    TermPrice {
        term,
        frequencies: term.paid_frequencies().to_vec(),
        unit_price,
        erp_price: None,
        change: None,
        source: None,
        tiers: Vec::new(),
    }
}

impl SkuBuilder {
    pub fn segment(mut self, segment: Segment) -> Self {
        self.segment = segment;
        self
    }
    pub fn countries(mut self, codes: &[&str]) -> Self {
        self.countries = countries(codes);
        self
    }
    pub fn terms(mut self, terms: Vec<TermPrice>) -> Self {
        self.terms = terms;
        self
    }
    pub fn monthly(self, cents: u64) -> Self {
        self.terms(per_month(cents))
    }
    pub fn quantity(mut self, min: u32, max: u32) -> Self {
        self.min = min;
        self.max = max;
        self
    }
    /// Microsoft 365 Business SKUs: at most 300 seats per customer, pooled.
    pub fn small_business(mut self) -> Self {
        self.pool = Some(SeatPool::SmallBusiness);
        self.max = SeatPool::SmallBusiness.limit();
        self
    }
    /// At most `seats` per customer, across all its subscriptions of this SKU.
    pub fn per_customer(mut self, seats: u32) -> Self {
        self.customer_limit = Some(seats);
        self.max = self.max.min(seats);
        self
    }
    /// Free of charge (Teams Rooms Basic): every plan of the year and month terms costs 0.
    pub fn free(self) -> Self {
        self.monthly(0)
    }
    /// An add-on of these base SKUs (`PRODUCTID:SKU`).
    pub fn add_on(mut self, bases: &[&str]) -> Self {
        self.prerequisites = bases.iter().map(|b| b.to_string()).collect();
        self
    }
    /// SKUs (`PRODUCTID:SKU`) a subscription of this one can be upgraded to.
    pub fn upgrades_to(mut self, targets: &[&str]) -> Self {
        self.upgrades = targets.iter().map(|t| t.to_string()).collect();
        self
    }
    pub fn trial(mut self) -> Self {
        self.trial = true;
        self.description = format!("Free {TRIAL_DAYS}-day trial for {TRIAL_SEATS} licenses.");
        self.min = TRIAL_SEATS;
        self.max = TRIAL_SEATS;
        self.terms = vec![TermPrice {
            term: TermDuration::OneMonth,
            frequencies: vec![BillingFrequency::None],
            unit_price: Money::ZERO,
            erp_price: None,
            change: None,
            source: None,
            tiers: Vec::new(),
        }];
        self
    }
    pub fn from(mut self, start: Date) -> Self {
        self.start = start;
        self
    }
    pub fn until(mut self, end: Date) -> Self {
        self.end = Some(end);
        self
    }
    /// The price changes on `start`: the current entry ends the day before, and a new entry
    /// with these terms begins.
    pub fn reprice_from(mut self, start: Date, terms: Vec<TermPrice>) -> Self {
        self.next = Some((start, terms));
        self
    }

    fn build(self, product_id: &str, usage: bool) -> Sku {
        let terms = if usage {
            Vec::new()
        } else if self.terms.is_empty() {
            panic!("catalog data: SKU {product_id}:{} has no price", self.id)
        } else {
            self.terms
        };
        let segment = self.segment;
        let availability = |n: u32, terms: Vec<TermPrice>, start: Date, end: Option<Date>| Availability {
            id: availability_id(product_id, &self.id, n),
            segment,
            countries: self.countries,
            terms: with_retail_prices(terms, segment),
            effective_start: start,
            effective_end: end,
        };
        // Before Microsoft's change of 1 April 2025 a year billed monthly cost what it costs
        // billed annually: the built-in price list holds that entry too, ending the day before.
        // Only for SKUs priced from the start of the built-in price list (not a test's own dates).
        let before_premium = without_monthly_premium(&terms).filter(|_| self.start == PRICE_LIST_START);
        let start = if before_premium.is_some() {
            MONTHLY_PREMIUM_FROM
        } else {
            self.start
        };
        let mut availabilities = Vec::new();
        match self.next {
            None => availabilities.push(availability(0, terms, start, self.end)),
            Some((next_start, next_terms)) => {
                let day_before = next_start.previous_day().expect("repricing dates are in range");
                availabilities.push(availability(0, terms, start, Some(day_before)));
                availabilities.push(availability(1, next_terms, next_start, self.end));
            }
        }
        if let Some(earlier) = before_premium {
            availabilities.push(availability(2, earlier, self.start, Some(BEFORE_MONTHLY_PREMIUM_ENDS)));
        }
        Sku {
            id: self.id.parse().unwrap_or_else(|e| panic!("catalog data: {e}")),
            title: self.title,
            description: self.description,
            trial: self.trial,
            min_quantity: self.min,
            max_quantity: self.max,
            seat_pool: self.pool,
            customer_limit: self.customer_limit,
            prerequisites: self
                .prerequisites
                .iter()
                .map(|b| {
                    b.parse::<ProductSkuId>()
                        .unwrap_or_else(|e| panic!("catalog data: {e}"))
                })
                .collect(),
            upgrades: self
                .upgrades
                .iter()
                .map(|t| {
                    t.parse::<ProductSkuId>()
                        .unwrap_or_else(|e| panic!("catalog data: {e}"))
                })
                .collect(),
            availabilities,
        }
    }
}

/// An availability id for entries that have none of their own (imported price lists):
/// stable for the same parts.
pub fn derived_availability_id(product: &str, key: &str, attempt: u32) -> AvailabilityId {
    availability_id(product, key, attempt)
}

/// Availability ids look like real ones (the product's 8-character family prefix and four
/// more characters) and stay stable when data is reordered, because they derive from the
/// product, the SKU and the entry's position within the SKU only.
fn availability_id(product: &str, sku: &str, n: u32) -> AvailabilityId {
    const DIGITS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    // FNV-1a: tiny, stable across platforms and Rust versions (unlike std's hasher).
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in product.bytes().chain(*b":").chain(sku.bytes()).chain(n.to_le_bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let mut suffix = [0u8; 4];
    for slot in suffix.iter_mut().rev() {
        *slot = DIGITS[(hash % 36) as usize];
        hash /= 36;
    }
    let id = format!(
        "{}{}",
        &product[..8],
        std::str::from_utf8(&suffix).expect("ASCII digits")
    );
    id.parse()
        .expect("8 id characters and 4 base-36 digits form a valid availability id")
}
