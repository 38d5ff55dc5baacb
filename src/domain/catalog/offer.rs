//! An offer, what a customer buys: one availability of one SKU of one product; and the
//! packed facts the rules engine reads of it.

use super::kinds::{ProductCategory, PurchaseChannel, Segment, Unit};
use super::product::{Availability, Product, Sku};
use crate::domain::country::{CountryCode, CountrySet};
use crate::domain::ids::{CatalogItemId, ProductSkuId};
use time::Date;

/// Where an offer stands in its catalog's order (the order of [`super::Catalog::offers`]): the
/// handle that lists, caches and verdicts hold instead of the offer itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OfferIndex(u32);

impl OfferIndex {
    /// The offer at `position` in catalog order.
    pub fn new(position: usize) -> Self {
        // A catalog of four billion offers would not fit in memory anyway.
        OfferIndex(position as u32)
    }

    pub fn get(self) -> usize {
        self.0 as usize
    }
}

/// One purchasable thing: an availability of a SKU of a product.
#[derive(Clone, Copy, Debug)]
pub struct Offer<'a> {
    pub product: &'a Product,
    pub sku: &'a Sku,
    pub availability: &'a Availability,
    /// Where its SKU is in the catalog, for the catalog's precomputed tables.
    pub(super) at: SkuPosition,
}

impl Offer<'_> {
    /// What one license of this offer counts (a user, a device…).
    pub fn unit(&self) -> Unit {
        Unit::of(&self.sku.title, self.product.category)
    }

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
/// keeps these side by side in catalog order (see [`super::Catalog::offer_facts`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OfferFacts {
    pub segment: Segment,
    pub category: ProductCategory,
    pub channel: PurchaseChannel,
    pub add_on: bool,
    pub trial: bool,
    /// A commercial enterprise suite with Teams, sold only to customers that own one.
    pub teams_suite: bool,
    /// An Azure reservation: bought for a customer with an Azure plan.
    pub reservation: bool,
    pub countries: CountrySet,
    pub effective_start: Date,
    pub effective_end: Option<Date>,
    /// Positions of the product and the SKU, for the catalog's side tables.
    pub at: SkuPosition,
}

/// Where a SKU sits in the catalog: an index into its products and that product's SKUs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SkuPosition {
    pub(super) product: u32,
    pub(super) sku: u32,
}

impl SkuPosition {
    /// Whether both SKUs belong to the same product.
    pub fn same_product(self, other: SkuPosition) -> bool {
        self.product == other.product
    }

    pub(super) fn new(product: usize, sku: usize) -> Self {
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
            reservation: product.is_reservation(availability),
            teams_suite: availability.segment == Segment::Commercial
                && super::kinds::is_enterprise_suite_with_teams(&sku.title),
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
