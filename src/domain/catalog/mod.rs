//! The catalog: products, their SKUs, and each SKU's availabilities (segment, countries,
//! terms and prices, validity in the monthly price list).
//!
//! A customer buys an *offer*: one availability of one SKU of one product, named by its
//! [`CatalogItemId`]. The catalog is plain data; what may be sold to whom is decided in
//! [`crate::domain::rules`].

pub mod builder;
mod default_catalog;
mod kinds;
mod months;
mod offer;
mod product;
pub mod synthetic;
mod validate;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use time::Date;

use crate::domain::country::CountryCode;
use crate::domain::ids::{CatalogItemId, ProductId, ProductSkuId};
use crate::domain::money::{Currency, Money};

pub use builder::PRICE_LIST_START;
pub use default_catalog::default_catalog;
pub use kinds::{
    is_enterprise_suite_with_teams, BillingType, BusinessCategory, ProductCategory, Publisher, PublisherType,
    PurchaseChannel, SeatPool, Segment, Unit,
};
pub use offer::{Offer, OfferFacts, OfferIndex, SkuPosition};
pub use product::{
    Availability, PriceChange, PriceTier, Product, Sku, SourceFields, TermPrice, TRIAL_DAYS, TRIAL_SEATS,
    UNLIMITED_LICENSES,
};
pub use validate::CatalogProblem;

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
    currency: Currency,
    /// The market whose price list this is, when it is one market's (the built-in one is the
    /// United States').
    market: Option<CountryCode>,
    /// Whether each offer's countries are known. A price list imported without its offer
    /// matrix says in which market its prices are, not where each offer is sold: its offers
    /// are then held back for no country (but the embargoed ones).
    countries_known: bool,
    /// For each product and SKU, the titles of the base offers an add-on needs: computed once
    /// so that evaluating a blocked add-on does not look them up every time.
    base_titles: Vec<Vec<Arc<[String]>>>,
    /// For each product and SKU, where the base offers an add-on needs are.
    base_positions: Vec<Vec<Box<[SkuPosition]>>>,
    /// Every offer's [`OfferFacts`], in catalog order.
    offer_facts: Vec<OfferFacts>,
}

/// Are a catalog's prices the ones this customer is billed?
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PriceListFit {
    /// Its market's price list, or a catalog of no single market.
    Matches,
    OtherMarket {
        catalog_market: CountryCode,
        catalog_currency: Currency,
        customer_market: CountryCode,
        customer_currency: Option<Currency>,
    },
}

impl std::fmt::Display for PriceListFit {
    /// The note shown beside the prices when they are another market's.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let PriceListFit::OtherMarket {
            catalog_market,
            catalog_currency,
            customer_market,
            customer_currency,
        } = self
        else {
            return Ok(());
        };
        let billed_in = customer_currency.map(|c| format!(", in {c}")).unwrap_or_default();
        write!(
            f,
            "This customer is billed from the {} price list{billed_in}. These are the {} price list's prices, in {catalog_currency}, shown for reference: import the {} price list on the Data page for the prices Partner Center would charge.",
            customer_market.name(),
            catalog_market.name(),
            customer_market.name()
        )
    }
}

/// Counts for the catalog summary.
/// What a month's price list says changed since the last one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChangeCounts {
    pub prices_changed: usize,
    pub skus_added: usize,
}

impl ChangeCounts {
    pub fn is_empty(&self) -> bool {
        self.prices_changed == 0 && self.skus_added == 0
    }
}

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
                .and_then(|&p| products.get(p)?.skus.iter().find(|s| s.id == base.sku))
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
            currency: Currency::USD,
            market: None,
            countries_known: true,
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
        let s = self.products.get(p)?.skus.iter().position(|s| s.id == id.sku)?;
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
    pub fn with_currency(mut self, currency: Currency) -> Catalog {
        self.currency = currency;
        self
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// The same catalog, as the price list of `market`.
    pub fn with_market(mut self, market: Option<CountryCode>) -> Catalog {
        self.market = market;
        self
    }

    pub fn market(&self) -> Option<CountryCode> {
        self.market
    }

    /// The same catalog, saying that where its offers are sold is not known.
    pub fn with_countries_unknown(mut self) -> Catalog {
        self.countries_known = false;
        self
    }

    /// Whether each offer's countries come from the source (the built-in data, an offer
    /// matrix), rather than standing for every market.
    pub fn countries_known(&self) -> bool {
        self.countries_known
    }

    /// Whether these prices are the ones a customer in `customer_country` is billed: a customer
    /// is billed from its own market's price list, in that market's currency.
    pub fn price_list_for(&self, customer_country: CountryCode) -> PriceListFit {
        match self.market {
            Some(market) if market != customer_country => PriceListFit::OtherMarket {
                catalog_market: market,
                catalog_currency: self.currency,
                customer_market: customer_country,
                customer_currency: crate::domain::country::billing_currency(customer_country),
            },
            _ => PriceListFit::Matches,
        }
    }

    /// A price as people read it, in this catalog's currency.
    pub fn price(&self, amount: Money) -> String {
        amount.in_currency(self.currency)
    }

    /// A unit price as people read it: "Free" for an offer Microsoft gives away or a trial.
    pub fn unit_price(&self, amount: Money) -> String {
        if amount.is_zero() {
            "Free".to_string()
        } else {
            self.price(amount)
        }
    }

    pub fn products(&self) -> &[Product] {
        &self.products
    }

    pub fn product(&self, id: &ProductId) -> Option<&Product> {
        self.by_product.get(id).and_then(|&i| self.products.get(i))
    }

    pub fn sku(&self, id: &ProductSkuId) -> Option<(&Product, &Sku)> {
        let product = self.product(&id.product)?;
        let sku = product.skus.iter().find(|s| s.id == id.sku)?;
        Some((product, sku))
    }

    /// The SKU's title, or its id if the catalog doesn't have it.
    pub fn sku_title(&self, id: &ProductSkuId) -> String {
        self.sku(id).map_or_else(|| id.to_string(), |(_, s)| s.title.clone())
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
        self.offer_indexes().map(|i| self.offer_at(i))
    }

    /// Every offer's index, in catalog order.
    pub fn offer_indexes(&self) -> impl ExactSizeIterator<Item = OfferIndex> + Clone {
        (0..self.offer_positions.len()).map(OfferIndex::new)
    }

    pub fn offer_count(&self) -> usize {
        self.offer_positions.len()
    }

    /// The offer at `index` in catalog order. Panics if out of range, like slice indexing:
    /// only for indexes this catalog gave out (its `offer_indexes`, its facet index, verdicts
    /// built from it). An index kept from another catalog goes through [`Catalog::get_offer_at`].
    #[allow(
        clippy::indexing_slicing,
        reason = "offer positions are built with the catalog and point into it; a stale index is a bug, as with a slice"
    )]
    pub fn offer_at(&self, index: OfferIndex) -> Offer<'_> {
        let (p, s, a) = self.offer_positions[index.get()];
        let product = &self.products[p];
        let sku = &product.skus[s];
        Offer {
            product,
            sku,
            availability: &sku.availabilities[a],
            at: SkuPosition::new(p, s),
        }
    }

    /// The offer at `index`, if this catalog has one there.
    pub fn get_offer_at(&self, index: OfferIndex) -> Option<Offer<'_>> {
        let &(p, s, a) = self.offer_positions.get(index.get())?;
        let product = self.products.get(p)?;
        let sku = product.skus.get(s)?;
        Some(Offer {
            product,
            sku,
            availability: sku.availabilities.get(a)?,
            at: SkuPosition::new(p, s),
        })
    }

    /// Price-list entries not in force on `today` of a SKU and segment that has an entry in
    /// force: the other side of a scheduled price change (the next price before it, the old
    /// price after it). The list shows the entry in force, so a SKU is one row.
    pub fn superseded_entries(&self, today: Date) -> HashSet<OfferIndex> {
        self.offer_indexes()
            .filter(|&i| {
                let offer = self.offer_at(i);
                let entries = &offer.sku.availabilities;
                entries.len() > 1
                    && !offer.availability.is_effective_on(today)
                    && entries
                        .iter()
                        .any(|a| a.segment == offer.availability.segment && a.is_effective_on(today))
            })
            .collect()
    }

    /// The next price-list entry of the offer's SKU and segment, if one starts after `today`
    /// while this one is in force: a scheduled price change.
    pub fn next_entry(&self, index: OfferIndex, today: Date) -> Option<Offer<'_>> {
        let offer = self.offer_at(index);
        if !offer.availability.is_effective_on(today) {
            return None;
        }
        let next = offer
            .sku
            .availabilities
            .iter()
            .filter(|a| a.segment == offer.availability.segment && a.effective_start > today)
            .min_by_key(|a| a.effective_start)?;
        Some(Offer {
            availability: next,
            ..offer
        })
    }

    /// The position of an offer in catalog order.
    pub fn offer_index(&self, id: &CatalogItemId) -> Option<OfferIndex> {
        let &p = self.by_product.get(&id.product)?;
        self.offer_positions
            .iter()
            .position(|&(pp, s, a)| {
                let sku = self.products.get(pp).and_then(|product| product.skus.get(s));
                pp == p
                    && sku.is_some_and(|sku| {
                        sku.id == id.sku && sku.availabilities.get(a).is_some_and(|av| av.id == id.availability)
                    })
            })
            .map(OfferIndex::new)
    }

    /// What this month's price list marks as changed: prices changed (one per SKU,
    /// segment and plan) and SKUs added.
    pub fn changes(&self) -> ChangeCounts {
        let mut changed = HashSet::new();
        let mut added = HashSet::new();
        for offer in self.offers() {
            for (plan, change, _) in offer.availability.changes() {
                match change {
                    PriceChange::Added => {
                        added.insert(offer.id().product_sku());
                    }
                    PriceChange::Changed { .. } => {
                        changed.insert((offer.id().product_sku(), offer.availability.segment, plan));
                    }
                }
            }
        }
        ChangeCounts {
            prices_changed: changed.len(),
            skus_added: added.len(),
        }
    }

    pub fn stats(&self) -> CatalogStats {
        CatalogStats {
            products: self.products.len(),
            skus: self.products.iter().map(|p| p.skus.len()).sum(),
            offers: self.offer_count(),
        }
    }
}
