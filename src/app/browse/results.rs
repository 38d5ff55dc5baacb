//! What the page shows of the matching offers: grouped into products, without the blocked
//! ones unless asked, and any offer found across the whole catalog.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use super::filters::matches_search;
use crate::domain::catalog::{Catalog, OfferIndex, Unit};
use crate::domain::ids::ProductId;
use crate::domain::money::Money;
use crate::domain::rules::{Reason, Verdict, Verdicts};

/// What the list shows of the offers that match the filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listed {
    /// Offer indexes, in the order they matched.
    pub offers: Vec<OfferIndex>,
    /// How many matching offers are left out because the customer can't buy them.
    pub cannot_buy_hidden: usize,
}

/// The matching offers the list shows: all of them if blocked offers are shown, otherwise
/// only those the customer can buy; never the `superseded` side of a scheduled price change
/// ([`Catalog::superseded_entries`]), so a SKU is one row.
pub fn listed(
    matching: &[OfferIndex],
    verdicts: &Verdicts,
    show_blocked: bool,
    superseded: &HashSet<OfferIndex>,
) -> Listed {
    let offers: Vec<OfferIndex> = matching
        .iter()
        .copied()
        .filter(|i| !superseded.contains(i))
        .filter(|&i| show_blocked || verdicts.allows(i))
        .collect();
    let cannot_buy_hidden = if show_blocked {
        0
    } else {
        matching
            .iter()
            .filter(|&&i| !superseded.contains(&i) && !verdicts.allows(i))
            .count()
    };
    Listed {
        cannot_buy_hidden,
        offers,
    }
}

/// One line of the products view: a product and what the filtered offers show of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductSummary {
    pub product: ProductId,
    /// Offers of this product that passed, in the current sort order.
    pub offers: Vec<OfferIndex>,
    pub sku_count: usize,
    /// Per month, whatever the term: partners compare offers that way.
    pub monthly_price_range: Option<(Money, Money)>,
    /// What one license counts, when every listed SKU counts the same.
    pub unit: Option<Unit>,
}

/// What a product's collapsed row says about its offers in the list that can't be sold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockedSkus {
    /// How many of the product's listed offers the customer can't buy, and of how many.
    pub blocked: usize,
    pub listed: usize,
    /// The first reason of the first blocked offer: what a trainee scanning the list reads.
    pub first_reason: Reason,
    /// Whether that offer has more reasons than the first.
    pub more: bool,
}

impl fmt::Display for BlockedSkus {
    /// "Can't be sold: Not available in Slovakia, the partner's tenant country (and more)."
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let first = self.first_reason.to_string();
        let first = first.trim_end_matches('.');
        let more = if self.more { " (and more)" } else { "" };
        if self.blocked == self.listed {
            write!(f, "Can't be sold: {first}{more}.")
        } else {
            let of = if self.listed == 1 { "SKU" } else { "SKUs" };
            write!(
                f,
                "{} of {} {of} can't be sold: {first}{more}.",
                self.blocked, self.listed
            )
        }
    }
}

/// Whether any of the product's listed offers can't be sold to the customer, and the first
/// reason why (`None` when all can be).
pub fn blocked_skus(summary: &ProductSummary, verdicts: &Verdicts) -> Option<BlockedSkus> {
    let blocked: Vec<&[Reason]> = summary
        .offers
        .iter()
        .filter_map(|&i| verdicts.get(i).map(Verdict::reasons))
        .filter(|reasons| !reasons.is_empty())
        .collect();
    let first = blocked.first()?;
    Some(BlockedSkus {
        blocked: blocked.len(),
        listed: summary.offers.len(),
        first_reason: first.first()?.clone(),
        more: first.len() > 1,
    })
}

/// Groups sorted offer indexes by product, keeping the order of each product's first offer.
pub fn group_by_product(catalog: &Catalog, sorted: &[OfferIndex]) -> Vec<ProductSummary> {
    let mut order: Vec<&ProductId> = Vec::new();
    let mut groups: BTreeMap<&ProductId, Vec<OfferIndex>> = BTreeMap::new();
    for &i in sorted {
        let id = &catalog.offer_at(i).product.id;
        groups
            .entry(id)
            .or_insert_with(|| {
                order.push(id);
                Vec::new()
            })
            .push(i);
    }
    order
        .into_iter()
        .map(|id| {
            let offers = groups.remove(id).unwrap_or_default();
            let mut skus: Vec<&str> = offers.iter().map(|&i| catalog.offer_at(i).sku.id.as_str()).collect();
            skus.sort_unstable();
            skus.dedup();
            let ranges: Vec<(Money, Money)> = offers
                .iter()
                .filter_map(|&i| catalog.offer_at(i).availability.monthly_price_range())
                .collect();
            let low = ranges.iter().map(|(low, _)| *low).min();
            let monthly_price_range = low.zip(ranges.iter().map(|(_, high)| *high).max());
            let mut units = offers.iter().map(|&i| catalog.offer_at(i).unit());
            let first = units.next();
            let unit = first.filter(|u| units.all(|other| other == *u));
            ProductSummary {
                product: id.clone(),
                sku_count: skus.len(),
                monthly_price_range,
                unit,
                offers,
            }
        })
        .collect()
}

/// Offers anywhere in the catalog whose name or id matches, best matches first: an exact
/// id, then the exact title, then titles holding the whole phrase, then the rest. For
/// "Why can't I find…?".
pub fn find_anywhere(catalog: &Catalog, query: &str, limit: usize) -> Vec<OfferIndex> {
    let needle = query.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(u8, String, OfferIndex)> = catalog
        .offer_indexes()
        .zip(catalog.offers())
        .filter(|(_, offer)| matches_search(*offer, &needle))
        .map(|(i, offer)| {
            let title = offer.sku.title.to_lowercase();
            let id = offer.id().to_string().to_lowercase();
            let rank = if id == needle || offer.product.id.as_str().eq_ignore_ascii_case(&needle) {
                0
            } else if title == needle {
                1
            } else if title.contains(&needle) {
                2
            } else {
                3
            };
            (rank, title, i)
        })
        .collect();
    found.sort();
    found.into_iter().take(limit).map(|(_, _, i)| i).collect()
}
