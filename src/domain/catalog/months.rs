//! What changed since last month, when this month's price list doesn't say: the list compared
//! with the one imported before it. Partners compare two months by hand today.

use std::collections::HashMap;

use time::Date;

use super::{Catalog, CatalogProblem, PriceChange, Segment};
use crate::domain::ids::ProductSkuId;
use crate::domain::money::Money;
use crate::domain::term::{BillingFrequency, TermDuration};

/// A SKU's price for one segment, term and billing plan.
type PriceKey = (ProductSkuId, Segment, TermDuration, BillingFrequency);

/// Every price of each SKU, segment and plan in `catalog`, with the dates it is in force.
fn prices_by_plan(catalog: &Catalog) -> HashMap<PriceKey, Vec<(Date, Option<Date>, Money)>> {
    let mut prices: HashMap<PriceKey, Vec<_>> = HashMap::new();
    for offer in catalog.offers() {
        let (start, end) = (offer.availability.effective_start, offer.availability.effective_end);
        for (plan, price) in offer.availability.plans() {
            let key = (
                offer.product_sku(),
                offer.availability.segment,
                plan.term,
                plan.billing_frequency,
            );
            prices.entry(key).or_default().push((start, end, price));
        }
    }
    prices
}

/// The price in force on `day` of those given, or else the first one (a list that starts
/// earlier than last month's is compared with its first price).
fn in_force_on(prices: &[(Date, Option<Date>, Money)], day: Date) -> Option<Money> {
    prices
        .iter()
        .filter(|(start, end, _)| *start <= day && end.is_none_or(|end| day <= end))
        .max_by_key(|(start, ..)| *start)
        .or_else(|| prices.iter().min_by_key(|(start, ..)| *start))
        .map(|(.., price)| *price)
}

impl Catalog {
    /// Whether the list says what changed this month (`ChangeIndicator` on any price).
    pub fn marks_changes(&self) -> bool {
        self.offers()
            .any(|o| o.availability.terms.iter().any(|t| t.change.is_some()))
    }

    /// This catalog with what changed since `previous` marked on each price, as a list's
    /// `ChangeIndicator` and `PreviousValues` would: a SKU `previous` didn't have is added, a
    /// price that differs from `previous`'s price in force on the same day for that SKU, segment
    /// and plan is changed from it. A price the list already marks keeps the list's word.
    pub fn compared_with(&self, previous: &Catalog) -> Result<Catalog, Vec<CatalogProblem>> {
        let before = prices_by_plan(previous);
        let had_sku: std::collections::HashSet<ProductSkuId> = before.keys().map(|(sku, ..)| sku.clone()).collect();
        let mut products = self.products().to_vec();
        for product in &mut products {
            for sku in &mut product.skus {
                let id = ProductSkuId {
                    product: product.id.clone(),
                    sku: sku.id.clone(),
                };
                let is_new = !had_sku.contains(&id);
                for availability in &mut sku.availabilities {
                    let (segment, start) = (availability.segment, availability.effective_start);
                    for term in availability.terms.iter_mut().filter(|t| t.change.is_none()) {
                        term.change = if is_new {
                            Some(PriceChange::Added)
                        } else {
                            // A price shared by several billing plans is changed if any plan's was.
                            term.frequencies.iter().find_map(|&billing| {
                                let old = in_force_on(before.get(&(id.clone(), segment, term.term, billing))?, start)?;
                                (old != term.unit_price).then_some(PriceChange::Changed { previous: Some(old) })
                            })
                        };
                    }
                }
            }
        }
        // The same list, as the same market's, in the same currency.
        let compared = Catalog::new(products)?
            .with_currency(self.currency())
            .with_market(self.market());
        Ok(if self.countries_known() {
            compared
        } else {
            compared.with_countries_unknown()
        })
    }
}
