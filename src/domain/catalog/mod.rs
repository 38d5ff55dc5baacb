//! The catalog: products, their SKUs, and each SKU's availabilities (segment, countries,
//! terms and prices, validity in the monthly price list).
//!
//! A customer buys an *offer*: one availability of one SKU of one product, named by its
//! [`CatalogItemId`]. The catalog is plain data; what may be sold to whom is decided in
//! [`crate::domain::rules`].

pub mod builder;
mod default_catalog;
pub mod synthetic;
mod validate;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::domain::country::{CountryCode, CountrySet};
use crate::domain::ids::{AvailabilityId, CatalogItemId, ProductId, ProductSkuId, SkuId};
use crate::domain::money::Money;
use crate::domain::term::{BillingFrequency, Plan, TermDuration};

pub use builder::PRICE_LIST_START;
pub use default_catalog::default_catalog;
pub use validate::CatalogProblem;

/// The three tabs of the Add products page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ProductCategory {
    /// Azure plan, reserved VM instances, and items bought in the Azure portal.
    Azure,
    /// License-based subscriptions (Microsoft 365, Dynamics 365, ...) and third-party SaaS.
    OnlineServices,
    /// Windows Server and SQL Server subscriptions, 1 or 3 years.
    Software,
}

/// The customer segment an offer is priced for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Segment {
    Commercial,
    Education,
    Nonprofit,
    /// Government Community Cloud.
    Government,
}

/// Who publishes the product: Microsoft, or an independent software vendor (shown as
/// Publisher = Partner on the Add products page).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Publisher {
    Microsoft,
    Partner { name: String },
}

/// The Publisher filter's two values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PublisherType {
    Microsoft,
    Partner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BillingType {
    /// Billed per license (seat) for a term.
    License,
    /// Billed for what was consumed (Azure plan, metered services).
    Usage,
}

/// The type of business a product supports (the Category filter, beside Trial).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BusinessCategory {
    Productivity,
    Collaboration,
    Communications,
    Security,
    Compliance,
    IdentityAndAccess,
    BusinessApplications,
    Analytics,
    Compute,
    Databases,
    Storage,
    DeveloperTools,
    Education,
}

/// Where an item is bought. Some items are listed for information only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PurchaseChannel {
    PartnerCenter,
    AzurePortal,
}

/// A limit on seats shared by several SKUs across all of a customer's subscriptions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SeatPool {
    /// Microsoft 365 Business Basic, Standard, Premium and Apps for business: 300 seats
    /// per customer, all of them together.
    SmallBusiness,
}

impl SeatPool {
    pub fn limit(self) -> u32 {
        match self {
            SeatPool::SmallBusiness => 300,
        }
    }
}

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
    /// Base offers this add-on needs on the customer; empty for a base offer.
    pub prerequisites: Vec<ProductSkuId>,
    pub availabilities: Vec<Availability>,
}

/// Trials: 30 days, a fixed 25 licenses, free.
pub const TRIAL_SEATS: u32 = 25;
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
    /// The price-list row this price was imported from, kept whole so that exporting the
    /// catalog gives back every field. `None` for the built-in catalog.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceFields>,
}

/// The raw text of the price-list row a price was read from, by column name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFields(pub BTreeMap<String, String>);

impl Product {
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
        self.terms
            .iter()
            .find(|t| t.term == term && t.frequencies.contains(&frequency))
            .map(|t| t.unit_price)
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

    /// The cheapest and dearest unit price over all terms, for a price range.
    pub fn price_range(&self) -> Option<(Money, Money)> {
        let prices = self.terms.iter().map(|t| t.unit_price);
        Some((prices.clone().min()?, prices.max()?))
    }
}

/// One purchasable thing: an availability of a SKU of a product.
#[derive(Clone, Copy, Debug)]
pub struct Offer<'a> {
    pub product: &'a Product,
    pub sku: &'a Sku,
    pub availability: &'a Availability,
    /// Where its SKU is in the catalog, for the catalog's precomputed tables.
    at: SkuPosition,
}

impl Offer<'_> {
    pub fn id(&self) -> CatalogItemId {
        CatalogItemId {
            product: self.product.id.clone(),
            sku: self.sku.id.clone(),
            availability: self.availability.id.clone(),
        }
    }

    pub fn product_sku(&self) -> ProductSkuId {
        ProductSkuId {
            product: self.product.id.clone(),
            sku: self.sku.id.clone(),
        }
    }

    /// The name the customer sees: the SKU title, which in price lists repeats the product's.
    pub fn title(&self) -> &str {
        &self.sku.title
    }
}

/// What the rules engine reads of an offer, packed into one small value.
///
/// Products, SKUs and availabilities live in separate heap blocks; reading them for every one
/// of 100,000 offers costs two cache misses per offer and dominated evaluation. The catalog
/// keeps these side by side in catalog order (see [`Catalog::offer_facts`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OfferFacts {
    pub segment: Segment,
    pub category: ProductCategory,
    pub channel: PurchaseChannel,
    pub add_on: bool,
    pub trial: bool,
    pub countries: CountrySet,
    pub effective_start: Date,
    pub effective_end: Option<Date>,
    /// Positions of the product and the SKU, for the catalog's side tables.
    pub at: SkuPosition,
}

/// Where a SKU sits in the catalog: an index into its products and that product's SKUs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SkuPosition {
    product: u32,
    sku: u32,
}

impl SkuPosition {
    fn new(product: usize, sku: usize) -> Self {
        // A catalog of four billion products would not fit in memory anyway.
        SkuPosition {
            product: product as u32,
            sku: sku as u32,
        }
    }
}

impl OfferFacts {
    pub fn of(offer: Offer<'_>) -> OfferFacts {
        let Offer {
            product,
            sku,
            availability,
            at,
        } = offer;
        OfferFacts {
            segment: availability.segment,
            category: product.category,
            channel: product.channel,
            add_on: sku.is_add_on(),
            trial: sku.trial,
            countries: availability.countries,
            effective_start: availability.effective_start,
            effective_end: availability.effective_end,
            at,
        }
    }

    pub fn is_sold_in(&self, country: CountryCode) -> bool {
        self.countries.contains(country)
    }
}

/// A validated catalog: ids are unique, every add-on's base exists, prices and terms are
/// consistent (see [`CatalogProblem`]).
#[derive(Clone, Debug)]
pub struct Catalog {
    products: Vec<Product>,
    by_product: HashMap<ProductId, usize>,
    /// Every offer as (product, SKU, availability) positions, so an offer has a stable
    /// index that views and caches can hold on to.
    offer_positions: Vec<(usize, usize, usize)>,
    /// ISO 4217 code of every price in the catalog.
    currency: String,
    /// For each product and SKU, the titles of the base offers an add-on needs: computed once
    /// so that evaluating a blocked add-on does not look them up every time.
    base_titles: Vec<Vec<Arc<[String]>>>,
    /// For each product and SKU, where the base offers an add-on needs are.
    base_positions: Vec<Vec<Box<[SkuPosition]>>>,
    /// Every offer's [`OfferFacts`], in catalog order.
    offer_facts: Vec<OfferFacts>,
}

/// Counts for the catalog summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CatalogStats {
    pub products: usize,
    pub skus: usize,
    pub offers: usize,
}

impl Catalog {
    /// Checks the products and builds the catalog, or returns every problem found.
    pub fn new(products: Vec<Product>) -> Result<Catalog, Vec<CatalogProblem>> {
        let problems = validate::problems(&products);
        if !problems.is_empty() {
            return Err(problems);
        }
        let by_product: HashMap<ProductId, usize> =
            products.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
        let offer_positions = products
            .iter()
            .enumerate()
            .flat_map(|(p, product)| {
                product
                    .skus
                    .iter()
                    .enumerate()
                    .flat_map(move |(s, sku)| (0..sku.availabilities.len()).map(move |a| (p, s, a)))
            })
            .collect();
        let title_of = |base: &ProductSkuId| {
            by_product
                .get(&base.product)
                .and_then(|&p| products[p].skus.iter().find(|s| s.id == base.sku))
                .map_or_else(|| base.to_string(), |s| s.title.clone())
        };
        let base_titles = products
            .iter()
            .map(|p| {
                p.skus
                    .iter()
                    .map(|s| s.prerequisites.iter().map(title_of).collect())
                    .collect()
            })
            .collect();
        let mut catalog = Catalog {
            products,
            by_product,
            offer_positions,
            currency: "USD".to_string(),
            base_titles,
            base_positions: Vec::new(),
            offer_facts: Vec::new(),
        };
        // Validation guarantees every base exists, so none is dropped here.
        catalog.base_positions = catalog
            .products
            .iter()
            .map(|p| {
                p.skus
                    .iter()
                    .map(|s| {
                        s.prerequisites
                            .iter()
                            .filter_map(|base| catalog.sku_position(base))
                            .collect()
                    })
                    .collect()
            })
            .collect();
        catalog.offer_facts = catalog.offers().map(OfferFacts::of).collect();
        Ok(catalog)
    }

    /// Every offer's [`OfferFacts`], in catalog order (the order of [`Catalog::offers`]).
    pub fn offer_facts(&self) -> &[OfferFacts] {
        &self.offer_facts
    }

    /// Where a SKU is in this catalog, if it is in it.
    pub fn sku_position(&self, id: &ProductSkuId) -> Option<SkuPosition> {
        let &p = self.by_product.get(&id.product)?;
        let s = self.products[p].skus.iter().position(|s| s.id == id.sku)?;
        Some(SkuPosition::new(p, s))
    }

    /// Where the base offers the SKU at `at` needs are (empty for a base offer, and for a
    /// position that is not in this catalog).
    pub fn base_positions(&self, at: SkuPosition) -> &[SkuPosition] {
        self.base_positions
            .get(at.product as usize)
            .and_then(|skus| skus.get(at.sku as usize))
            .map_or(&[], |bases| bases)
    }

    /// The titles of the base offers the SKU at `at` needs, shared: a blocked add-on's
    /// reason holds them without copying.
    pub fn base_titles(&self, at: SkuPosition) -> Arc<[String]> {
        self.base_titles
            .get(at.product as usize)
            .and_then(|skus| skus.get(at.sku as usize))
            .map_or_else(|| Arc::from([]), Arc::clone)
    }

    /// The titles of the base offers `offer` needs, if it is an add-on.
    pub fn base_titles_of(&self, offer: Offer<'_>) -> Arc<[String]> {
        self.base_titles(offer.at)
    }

    /// The same catalog with prices in `currency` (an ISO 4217 code such as EUR).
    pub fn with_currency(mut self, currency: &str) -> Catalog {
        self.currency = currency.to_ascii_uppercase();
        self
    }

    pub fn currency(&self) -> &str {
        &self.currency
    }

    /// A price as people read it, in this catalog's currency.
    pub fn price(&self, amount: Money) -> String {
        amount.in_currency(&self.currency)
    }

    pub fn products(&self) -> &[Product] {
        &self.products
    }

    pub fn product(&self, id: &ProductId) -> Option<&Product> {
        self.by_product.get(id).map(|&i| &self.products[i])
    }

    pub fn sku(&self, id: &ProductSkuId) -> Option<(&Product, &Sku)> {
        let product = self.product(&id.product)?;
        let sku = product.skus.iter().find(|s| s.id == id.sku)?;
        Some((product, sku))
    }

    pub fn offer(&self, id: &CatalogItemId) -> Option<Offer<'_>> {
        let (product, sku) = self.sku(&id.product_sku())?;
        let availability = sku.availabilities.iter().find(|a| a.id == id.availability)?;
        let p = *self.by_product.get(&id.product)?;
        let s = product.skus.iter().position(|s| s.id == id.sku)?;
        Some(Offer {
            product,
            sku,
            availability,
            at: SkuPosition::new(p, s),
        })
    }

    /// Every offer, in catalog order (the order of [`Catalog::offer_at`]).
    pub fn offers(&self) -> impl ExactSizeIterator<Item = Offer<'_>> + Clone {
        (0..self.offer_positions.len()).map(|i| self.offer_at(i))
    }

    pub fn offer_count(&self) -> usize {
        self.offer_positions.len()
    }

    /// The offer at `index` in catalog order. Panics if out of range, like slice indexing.
    pub fn offer_at(&self, index: usize) -> Offer<'_> {
        let (p, s, a) = self.offer_positions[index];
        let product = &self.products[p];
        let sku = &product.skus[s];
        Offer {
            product,
            sku,
            availability: &sku.availabilities[a],
            at: SkuPosition::new(p, s),
        }
    }

    /// The position of an offer in catalog order.
    pub fn offer_index(&self, id: &CatalogItemId) -> Option<usize> {
        let &p = self.by_product.get(&id.product)?;
        self.offer_positions.iter().position(|&(pp, s, a)| {
            let sku = &self.products[pp].skus[s];
            pp == p && sku.id == id.sku && sku.availabilities[a].id == id.availability
        })
    }

    pub fn stats(&self) -> CatalogStats {
        CatalogStats {
            products: self.products.len(),
            skus: self.products.iter().map(|p| p.skus.len()).sum(),
            offers: self.offer_count(),
        }
    }
}

impl ProductCategory {
    pub const ALL: [ProductCategory; 3] = [
        ProductCategory::Azure,
        ProductCategory::OnlineServices,
        ProductCategory::Software,
    ];
}

impl BusinessCategory {
    pub const ALL: [BusinessCategory; 13] = [
        BusinessCategory::Productivity,
        BusinessCategory::Collaboration,
        BusinessCategory::Communications,
        BusinessCategory::Security,
        BusinessCategory::Compliance,
        BusinessCategory::IdentityAndAccess,
        BusinessCategory::BusinessApplications,
        BusinessCategory::Analytics,
        BusinessCategory::Compute,
        BusinessCategory::Databases,
        BusinessCategory::Storage,
        BusinessCategory::DeveloperTools,
        BusinessCategory::Education,
    ];
}

impl Segment {
    pub const ALL: [Segment; 4] = [
        Segment::Commercial,
        Segment::Education,
        Segment::Nonprofit,
        Segment::Government,
    ];
}

impl fmt::Display for ProductCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ProductCategory::Azure => "Azure",
            ProductCategory::OnlineServices => "Online services",
            ProductCategory::Software => "Software",
        })
    }
}

impl fmt::Display for Segment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Segment::Commercial => "Commercial",
            Segment::Education => "Education",
            Segment::Nonprofit => "Nonprofit",
            Segment::Government => "Government Community Cloud",
        })
    }
}

impl fmt::Display for Publisher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Publisher::Microsoft => f.write_str("Microsoft"),
            Publisher::Partner { name } => f.write_str(name),
        }
    }
}

impl fmt::Display for PublisherType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PublisherType::Microsoft => "Microsoft",
            PublisherType::Partner => "Partner",
        })
    }
}

impl fmt::Display for BillingType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BillingType::License => "License",
            BillingType::Usage => "Usage",
        })
    }
}

impl fmt::Display for BusinessCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BusinessCategory::Productivity => "Productivity",
            BusinessCategory::Collaboration => "Collaboration",
            BusinessCategory::Communications => "Communications",
            BusinessCategory::Security => "Security",
            BusinessCategory::Compliance => "Compliance",
            BusinessCategory::IdentityAndAccess => "Identity and access",
            BusinessCategory::BusinessApplications => "Business applications",
            BusinessCategory::Analytics => "Analytics",
            BusinessCategory::Compute => "Compute",
            BusinessCategory::Databases => "Databases",
            BusinessCategory::Storage => "Storage",
            BusinessCategory::DeveloperTools => "Developer tools",
            BusinessCategory::Education => "Education",
        })
    }
}
