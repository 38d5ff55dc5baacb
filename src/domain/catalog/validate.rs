//! What makes a set of products a usable catalog. Checked once when a [`super::Catalog`]
//! is built, so the rules engine can rely on it.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use thiserror::Error;

use super::{BillingType, Product, TRIAL_SEATS};
use crate::domain::ids::{AvailabilityId, ProductId, ProductSkuId, SkuId};
use crate::domain::term::{BillingFrequency, TermDuration};

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CatalogProblem {
    #[error("product {0} appears more than once")]
    DuplicateProduct(ProductId),
    #[error("SKU {0} appears more than once")]
    DuplicateSku(ProductSkuId),
    #[error("availability {1} appears more than once in SKU {0}")]
    DuplicateAvailability(ProductSkuId, AvailabilityId),
    #[error("{0}: a title is required")]
    MissingTitle(String),
    #[error("product {0} has no SKUs")]
    ProductWithoutSkus(ProductId),
    #[error("SKU {0} has no availability")]
    SkuWithoutAvailability(ProductSkuId),
    #[error("add-on {add_on} requires {base}, which is not in the catalog")]
    MissingBase { add_on: ProductSkuId, base: ProductSkuId },
    #[error("SKU {from} upgrades to {to}, which is not in the catalog")]
    MissingUpgrade { from: ProductSkuId, to: ProductSkuId },
    #[error("add-on {0} needs itself, through the bases it requires")]
    AddOnNeedsItself(ProductSkuId),
    #[error("SKU {0}: minimum quantity must be at least 1 and not above the maximum")]
    QuantityRange(ProductSkuId),
    #[error("availability {0} lists no countries")]
    NoCountries(AvailabilityId),
    #[error("availability {0} ends before it starts")]
    EndsBeforeStart(AvailabilityId),
    #[error("availability {0}: a license offer needs at least one term, a usage offer none")]
    TermsDoNotMatchBilling(AvailabilityId),
    #[error("availability {availability}: term {term} billed {frequency} is priced twice")]
    DuplicatePlan {
        availability: AvailabilityId,
        term: &'static str,
        frequency: BillingFrequency,
    },
    #[error("availability {availability}: term {term} cannot be billed {frequency}")]
    FrequencyNotAllowed {
        availability: AvailabilityId,
        term: &'static str,
        frequency: BillingFrequency,
    },
    #[error("availability {0}: a term has no billing frequency")]
    TermWithoutBilling(AvailabilityId),
    #[error("trial {0} must be one month, billed None, free, for exactly {TRIAL_SEATS} seats")]
    TrialShape(ProductSkuId),
    #[error("trial {0}: there are no trials of add-on offers")]
    TrialNotAllowed(ProductSkuId),
}

pub(super) fn problems(products: &[Product]) -> Vec<CatalogProblem> {
    // Ids are borrowed, not copied: validating 100,000 SKUs must not allocate for each.
    let mut found = Vec::new();
    let mut product_ids = HashSet::default();
    let mut sku_ids = HashSet::default();

    for product in products {
        if !product_ids.insert(&product.id) {
            found.push(CatalogProblem::DuplicateProduct(product.id.clone()));
        }
        if product.title.trim().is_empty() {
            found.push(CatalogProblem::MissingTitle(product.id.to_string()));
        }
        if product.skus.is_empty() {
            found.push(CatalogProblem::ProductWithoutSkus(product.id.clone()));
        }
        for sku in &product.skus {
            let sku_ref = || ProductSkuId {
                product: product.id.clone(),
                sku: sku.id.clone(),
            };
            if !sku_ids.insert((&product.id, &sku.id)) {
                found.push(CatalogProblem::DuplicateSku(sku_ref()));
            }
            if sku.title.trim().is_empty() {
                found.push(CatalogProblem::MissingTitle(sku_ref().to_string()));
            }
            if sku.availabilities.is_empty() {
                found.push(CatalogProblem::SkuWithoutAvailability(sku_ref()));
            }
            if sku.min_quantity == 0 || sku.min_quantity > sku.max_quantity {
                found.push(CatalogProblem::QuantityRange(sku_ref()));
            }
            if sku.trial {
                // Education and Government offers have trials in Microsoft's own price list.
                if sku.is_add_on() {
                    found.push(CatalogProblem::TrialNotAllowed(sku_ref()));
                }
                let shaped = sku.min_quantity == TRIAL_SEATS
                    && sku.max_quantity == TRIAL_SEATS
                    && sku.availabilities.iter().all(|a| {
                        matches!(a.terms.as_slice(), [t] if t.term == TermDuration::OneMonth
                            && t.frequencies == [BillingFrequency::None]
                            && t.unit_price.is_zero())
                    });
                if !shaped {
                    found.push(CatalogProblem::TrialShape(sku_ref()));
                }
            }
            // A catalog item id is product:sku:availability, so availability ids need only be
            // unique within their SKU (a handful: a list beats a hash set).
            let mut availability_ids = Vec::with_capacity(sku.availabilities.len());
            for availability in &sku.availabilities {
                let id = &availability.id;
                if availability_ids.contains(&id) {
                    found.push(CatalogProblem::DuplicateAvailability(sku_ref(), id.clone()));
                }
                availability_ids.push(id);
                if availability.countries.is_empty() {
                    found.push(CatalogProblem::NoCountries(id.clone()));
                }
                if availability
                    .effective_end
                    .is_some_and(|end| end < availability.effective_start)
                {
                    found.push(CatalogProblem::EndsBeforeStart(id.clone()));
                }
                let wants_terms = product.billing_type == BillingType::License;
                if availability.terms.is_empty() == wants_terms {
                    found.push(CatalogProblem::TermsDoNotMatchBilling(id.clone()));
                }
                // One price per term and billing frequency; a term may be split across entries
                // when billing monthly costs more than billing up front.
                let mut seen_plans = Vec::new();
                for term in &availability.terms {
                    for &frequency in &term.frequencies {
                        if seen_plans.contains(&(term.term, frequency)) {
                            found.push(CatalogProblem::DuplicatePlan {
                                availability: id.clone(),
                                term: term.term.code(),
                                frequency,
                            });
                        }
                        seen_plans.push((term.term, frequency));
                    }
                    if sku.trial {
                        continue; // the trial shape check above covers these
                    }
                    for &frequency in &term.frequencies {
                        if !term.term.allows(frequency) {
                            found.push(CatalogProblem::FrequencyNotAllowed {
                                availability: id.clone(),
                                term: term.term.code(),
                                frequency,
                            });
                        }
                    }
                    // A price of 0 is a free offer (Teams Rooms Basic), not a mistake.
                    if term.frequencies.is_empty() {
                        found.push(CatalogProblem::TermWithoutBilling(id.clone()));
                    }
                }
            }
        }
    }

    // Add-on prerequisites need the whole catalog, so they are checked last. A base may be an
    // add-on itself (a calling plan on Teams Phone), as long as no add-on needs itself.
    let bases_of: HashMap<(&ProductId, &SkuId), &[ProductSkuId]> = products
        .iter()
        .flat_map(|p| p.skus.iter().map(move |s| ((&p.id, &s.id), s.prerequisites.as_slice())))
        .collect();
    let needs_itself = |start: (&ProductId, &SkuId)| {
        let mut stack: Vec<&ProductSkuId> = bases_of.get(&start).map_or(&[][..], |b| *b).iter().collect();
        let mut seen = HashSet::default();
        while let Some(base) = stack.pop() {
            if (&base.product, &base.sku) == start {
                return true;
            }
            if seen.insert(base) {
                stack.extend(bases_of.get(&(&base.product, &base.sku)).map_or(&[][..], |b| *b));
            }
        }
        false
    };
    for product in products {
        for sku in &product.skus {
            let add_on = || ProductSkuId {
                product: product.id.clone(),
                sku: sku.id.clone(),
            };
            for base in &sku.prerequisites {
                if !bases_of.contains_key(&(&base.product, &base.sku)) {
                    found.push(CatalogProblem::MissingBase {
                        add_on: add_on(),
                        base: base.clone(),
                    });
                }
            }
            for target in &sku.upgrades {
                if !bases_of.contains_key(&(&target.product, &target.sku)) {
                    found.push(CatalogProblem::MissingUpgrade {
                        from: add_on(),
                        to: target.clone(),
                    });
                }
            }
            if sku.is_add_on() && needs_itself((&product.id, &sku.id)) {
                found.push(CatalogProblem::AddOnNeedsItself(add_on()));
            }
        }
    }
    found
}
