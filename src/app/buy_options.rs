//! What Add products' buy card offers for one offer: its plans, its prices (with volume
//! tiers) and the checks of a typed quantity, so the card only shows them.

use time::Date;

use crate::app::cart::CartError;
use crate::domain::cart::Cart;
use crate::domain::catalog::{Availability, Catalog, Offer, OfferIndex, PriceTier, ProductCategory, Unit};
use crate::domain::ids::CatalogItemId;
use crate::domain::money::{Margin, Money};
use crate::domain::rules::{Parties, QuantityLimits};
use crate::domain::term::Plan;

/// An offer's plans and prices, copied out of the catalog once: a card outlives the catalog
/// value it was built from, and keeps no borrow of it.
#[derive(Clone, Debug, PartialEq)]
pub struct BuyOptions {
    pub offer: CatalogItemId,
    plans: Vec<(Plan, Money)>,
    /// Each plan's estimated retail price, if the price list gives one.
    retail: Vec<Option<Money>>,
    /// Each plan's volume tiers, empty for a single price.
    tiers: Vec<Vec<PriceTier>>,
    default_plan: Option<Plan>,
    pub default_quantity: u32,
    pub title: String,
    pub category: ProductCategory,
    /// What one license counts.
    pub unit: Unit,
}

impl BuyOptions {
    pub fn of(offer: Offer<'_>) -> Self {
        let plans: Vec<(Plan, Money)> = offer.availability.plans().collect();
        let tiers = plans
            .iter()
            .map(|(plan, _)| {
                offer
                    .availability
                    .term_price(plan.term, plan.billing_frequency)
                    // The rows they were imported from are not needed here.
                    .map(|t| {
                        t.tiers
                            .iter()
                            .map(|tier| PriceTier {
                                source: None,
                                ..tier.clone()
                            })
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect();
        let retail = plans
            .iter()
            .map(|(plan, _)| {
                let term = offer.availability.term_price(plan.term, plan.billing_frequency);
                term.and_then(|t| t.erp_price)
            })
            .collect();
        BuyOptions {
            offer: offer.id(),
            retail,
            plans,
            tiers,
            default_plan: offer.availability.default_plan(),
            default_quantity: offer.sku.min_quantity,
            title: offer.sku.title.clone(),
            category: offer.product.category,
            unit: offer.unit(),
        }
    }

    /// The partner's cost and the estimated retail price per unit, at the tier `quantity`
    /// falls in, as [`BuyOptions::unit_price`] prices it.
    pub fn margin(&self, at: usize, quantity: Option<u32>) -> Option<Margin> {
        let tier = quantity.and_then(|q| self.tiers(at).iter().find(|t| t.holds(q)));
        match tier {
            Some(tier) => Some(Margin {
                cost: tier.unit_price,
                retail: tier.erp_price?,
            }),
            None => Some(Margin {
                cost: self.plans.get(at)?.1,
                retail: (*self.retail.get(at)?)?,
            }),
        }
    }

    /// Usage-based offers have no plan to choose.
    pub fn has_plans(&self) -> bool {
        !self.plans.is_empty()
    }

    pub fn plans(&self) -> impl Iterator<Item = Plan> + '_ {
        self.plans.iter().map(|(plan, _)| *plan)
    }

    /// The plan at a position of the term-and-billing list.
    pub fn plan(&self, at: usize) -> Option<Plan> {
        self.plans.get(at).map(|(plan, _)| *plan)
    }

    /// Where `plan` stands in the list; the offer's default plan when it isn't there.
    pub fn position(&self, plan: Option<Plan>) -> usize {
        let of = |wanted: Option<Plan>| self.plans.iter().position(|(p, _)| Some(*p) == wanted);
        of(plan).or_else(|| of(self.default_plan)).unwrap_or(0)
    }

    /// The plan's volume tiers, empty for a single price.
    pub fn tiers(&self, at: usize) -> &[PriceTier] {
        self.tiers.get(at).map_or(&[], Vec::as_slice)
    }

    /// The unit price for the whole term: with volume tiers, the tier `quantity` falls in
    /// (the plan's own price while no valid quantity is typed). `None`: usage-based.
    pub fn unit_price(&self, at: usize, quantity: Option<u32>) -> Option<Money> {
        let tiered = quantity.and_then(|q| self.tiers(at).iter().find(|t| t.holds(q)).map(|t| t.unit_price));
        tiered.or_else(|| self.plans.get(at).map(|(_, price)| *price))
    }
}

/// One plan of a SKU beside the others: a unit's price per month and for the whole term, and
/// what billing it this way adds to the term's lowest price.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanSideBySide {
    pub plan: Plan,
    pub per_month: Money,
    pub whole_term: Money,
    /// Tenths of a percent above the cheapest plan of the same term (50 for Microsoft's 5%
    /// on a year billed monthly); `None` where this plan is the cheapest.
    pub premium_tenths: Option<u32>,
}

impl BuyOptions {
    /// Every plan side by side, in the list's order, at the plans' own prices (volume tiers
    /// aside).
    pub fn side_by_side(&self) -> Vec<PlanSideBySide> {
        self.plans
            .iter()
            .map(|&(plan, price)| {
                let lowest = self
                    .plans
                    .iter()
                    .filter(|(other, _)| other.term == plan.term)
                    .map(|(_, p)| *p)
                    .min()
                    .unwrap_or(price);
                PlanSideBySide {
                    plan,
                    per_month: plan.term.per_month(price),
                    whole_term: price,
                    premium_tenths: premium_tenths(price, lowest),
                }
            })
            .collect()
    }
}

/// How much more `price` is than `lowest`, in tenths of a percent, rounded to the nearest.
fn premium_tenths(price: Money, lowest: Money) -> Option<u32> {
    let extra = u128::from(price.cents().checked_sub(lowest.cents()).filter(|e| *e > 0)?);
    let base = u128::from(lowest.cents());
    let tenths = extra.checked_mul(1000)?.checked_add(base / 2)?.checked_div(base)?;
    u32::try_from(tenths).ok()
}

/// Add to cart's check of a typed quantity, before the click: the rules for these parties,
/// counting what the cart holds on the same offer and plan and in the same seat pools.
pub fn typed_addition(
    parties: &Parties,
    catalog: &Catalog,
    today: Date,
    cart: &Cart,
    index: OfferIndex,
    plan: Option<Plan>,
    typed: &str,
) -> Result<u32, CartError> {
    // An index kept from a catalog another tab has since replaced.
    let offer = catalog.get_offer_at(index).ok_or(CartError::Gone)?;
    parties
        .context(catalog, today)
        .with_cart(cart)
        .check_addition(offer, plan, typed)
        .map_err(CartError::Refused)
}

/// The quantities the customer may still add of an offer, counting the cart.
pub fn addition_limits(
    parties: &Parties,
    catalog: &Catalog,
    today: Date,
    cart: &Cart,
    index: OfferIndex,
) -> Option<QuantityLimits> {
    let offer = catalog.get_offer_at(index)?;
    Some(parties.context(catalog, today).with_cart(cart).quantity_limits(offer))
}

/// A scheduled change of a plan's price: the first later price-list entry of the SKU and
/// segment where the plan costs something else, and that price. (Entries also start where
/// another plan of the SKU starts or ends; this plan's price need not move with them.)
pub fn price_change(catalog: &Catalog, index: OfferIndex, today: Date, plan: Option<Plan>) -> Option<(Date, Money)> {
    let plan = plan?;
    let offer = catalog.get_offer_at(index)?;
    if !offer.availability.is_effective_on(today) {
        return None;
    }
    let price = |entry: &Availability| entry.price_for(plan.term, plan.billing_frequency);
    let now = price(offer.availability)?;
    let mut later: Vec<&Availability> = offer
        .sku
        .availabilities
        .iter()
        .filter(|a| a.segment == offer.availability.segment && a.effective_start > today)
        .collect();
    later.sort_by_key(|a| a.effective_start);
    later
        .into_iter()
        .find_map(|entry| price(entry).filter(|p| *p != now).map(|p| (entry.effective_start, p)))
}
