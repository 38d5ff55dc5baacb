//! Filtering and sorting a whole catalog fast: bit sets per facet value, lower-cased search
//! text and sort orders, built once per catalog.

use super::filters::{search_text, CategoryFilter, Filters, SortOrder};
use crate::app::slug::Slug;
use crate::domain::catalog::{
    BillingType, BusinessCategory, Catalog, Offer, OfferIndex, ProductCategory, PublisherType, Segment,
};
use crate::domain::money::Money;

/// The lowest unit price of an offer, for sorting; usage offers have none.
pub fn lowest_price(offer: Offer<'_>) -> Option<Money> {
    offer.availability.terms.iter().map(|t| t.unit_price).min()
}

/// One piece of a name as people sort it: runs of digits compare as numbers.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum NamePart {
    Number(u64),
    Text(String),
}

/// A name's natural sort key: case ignored, "Plan 2" before "Plan 10".
pub fn natural_key(name: &str) -> Vec<NamePart> {
    let mut parts = Vec::new();
    let mut chars = name.chars().peekable();
    while let Some(&c) = chars.peek() {
        let digits = c.is_ascii_digit();
        let mut run = String::new();
        while let Some(&c) = chars.peek().filter(|c| c.is_ascii_digit() == digits) {
            run.push(c);
            chars.next();
        }
        parts.push(match run.parse::<u64>() {
            Ok(n) if digits => NamePart::Number(n),
            _ => NamePart::Text(run.to_lowercase()),
        });
    }
    parts
}

/// Sorts offer indexes of `catalog` in place.
pub fn sort_offers(catalog: &Catalog, indexes: &mut [OfferIndex], order: SortOrder) {
    let title = |i: OfferIndex| natural_key(&catalog.offer_at(i).sku.title);
    match order {
        SortOrder::Name => indexes.sort_by_cached_key(|&i| (title(i), i)),
        // Usage offers have no price: they go last either way.
        SortOrder::PriceLowToHigh => indexes.sort_by_cached_key(|&i| {
            (
                lowest_price(catalog.offer_at(i)).is_none(),
                lowest_price(catalog.offer_at(i)),
                i,
            )
        }),
        SortOrder::PriceHighToLow => indexes.sort_by_cached_key(|&i| {
            let price = lowest_price(catalog.offer_at(i));
            (price.is_none(), std::cmp::Reverse(price), i)
        }),
    }
}

/// Every offer in each sort order, computed once per catalog so that a filter change is one
/// pass over the catalog with no sorting.
#[derive(Clone, Debug, PartialEq, Eq)]
struct SortOrders {
    name: Vec<OfferIndex>,
    price_low_to_high: Vec<OfferIndex>,
    price_high_to_low: Vec<OfferIndex>,
}

impl SortOrders {
    fn in_order(&self, sort: SortOrder) -> &[OfferIndex] {
        match sort {
            SortOrder::Name => &self.name,
            SortOrder::PriceLowToHigh => &self.price_low_to_high,
            SortOrder::PriceHighToLow => &self.price_high_to_low,
        }
    }

    fn of(catalog: &Catalog) -> Self {
        let all: Vec<OfferIndex> = catalog.offer_indexes().collect();
        let sorted = |order| {
            let mut indexes = all.clone();
            sort_offers(catalog, &mut indexes, order);
            indexes
        };
        SortOrders {
            name: sorted(SortOrder::Name),
            price_low_to_high: sorted(SortOrder::PriceLowToHigh),
            price_high_to_low: sorted(SortOrder::PriceHighToLow),
        }
    }
}

/// A set of offer positions, one bit each.
#[derive(Clone, Debug, PartialEq, Eq)]
struct BitSet(Vec<u64>);

impl BitSet {
    fn empty(len: usize) -> Self {
        BitSet(vec![0; len.div_ceil(64)])
    }

    fn insert(&mut self, i: usize) {
        if let Some(word) = self.0.get_mut(i / 64) {
            *word |= 1 << (i % 64);
        }
    }

    fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|word| word & (1 << (i % 64)) != 0)
    }

    fn and(&mut self, other: &BitSet) {
        for (i, a) in self.0.iter_mut().enumerate() {
            *a &= other.0.get(i).copied().unwrap_or(0);
        }
    }
}

/// Everything a filter change needs, computed once per catalog: one bit set per facet
/// value, each offer's searchable text in lower case, and the sort orders. A filter change
/// is then a few ANDs and one pass in the chosen order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetIndex {
    category: Vec<BitSet>,
    segment: Vec<BitSet>,
    publisher: Vec<BitSet>,
    billing: Vec<BitSet>,
    business: Vec<BitSet>,
    trial: BitSet,
    /// Offers this month's price list marks as new or changed.
    changed: BitSet,
    text: Vec<String>,
    orders: SortOrders,
}

/// The set of the offers with `value`, one set per value of `all` (every enum value is in
/// its `ALL` list, so this finds one).
fn set_of<'a, T: PartialEq>(sets: &'a [BitSet], all: &[T], value: &T) -> Option<&'a BitSet> {
    sets.get(all.iter().position(|v| v == value)?)
}

fn set_of_mut<'a, T: PartialEq>(sets: &'a mut [BitSet], all: &[T], value: &T) -> Option<&'a mut BitSet> {
    sets.get_mut(all.iter().position(|v| v == value)?)
}

impl FacetIndex {
    pub fn of(catalog: &Catalog) -> Self {
        let n = catalog.offer_count();
        let sets = |count: usize| vec![BitSet::empty(n); count];
        let mut index = FacetIndex {
            category: sets(ProductCategory::ALL.len()),
            segment: sets(Segment::ALL.len()),
            publisher: sets(PublisherType::ALL.len()),
            billing: sets(BillingType::ALL.len()),
            business: sets(BusinessCategory::ALL.len()),
            trial: BitSet::empty(n),
            changed: BitSet::empty(n),
            text: Vec::with_capacity(n),
            orders: SortOrders::of(catalog),
        };
        for (i, offer) in catalog.offers().enumerate() {
            let facets = [
                set_of_mut(&mut index.category, &ProductCategory::ALL, &offer.product.category),
                set_of_mut(&mut index.segment, &Segment::ALL, &offer.availability.segment),
                set_of_mut(
                    &mut index.publisher,
                    PublisherType::ALL,
                    &offer.product.publisher_type(),
                ),
                set_of_mut(&mut index.billing, BillingType::ALL, &offer.product.billing_type),
                set_of_mut(
                    &mut index.business,
                    &BusinessCategory::ALL,
                    &offer.product.business_category,
                ),
            ];
            for set in facets.into_iter().flatten() {
                set.insert(i);
            }
            if offer.sku.trial {
                index.trial.insert(i);
            }
            if offer.availability.has_changes() {
                index.changed.insert(i);
            }
            index.text.push(search_text(offer));
        }
        index
    }

    /// The offers that pass `filters` (eligibility aside), in the filters' sort order; the
    /// same answer as testing every offer with [`Filters::matches`].
    pub fn matching(&self, filters: &Filters) -> Vec<OfferIndex> {
        let Some(mut set) = set_of(&self.category, &ProductCategory::ALL, &filters.tab).cloned() else {
            return Vec::new();
        };
        let none = BitSet(Vec::new());
        let and = |set: &mut BitSet, other: Option<&BitSet>| set.and(other.unwrap_or(&none));
        if let Some(s) = filters.segment {
            and(&mut set, set_of(&self.segment, &Segment::ALL, &s));
        }
        if let Some(p) = filters.publisher {
            and(&mut set, set_of(&self.publisher, PublisherType::ALL, &p));
        }
        if let Some(b) = filters.billing {
            and(&mut set, set_of(&self.billing, BillingType::ALL, &b));
        }
        match filters.category {
            None => {}
            Some(CategoryFilter::Trial) => set.and(&self.trial),
            Some(CategoryFilter::Business(b)) => and(&mut set, set_of(&self.business, &BusinessCategory::ALL, &b)),
        }
        if filters.changed_only {
            set.and(&self.changed);
        }
        let words: Vec<String> = filters.search.split_whitespace().map(str::to_lowercase).collect();
        self.orders
            .in_order(filters.sort)
            .iter()
            .copied()
            .filter(|&i| {
                set.contains(i.get())
                    && self
                        .text
                        .get(i.get())
                        .is_some_and(|text| words.iter().all(|w| text.contains(w.as_str())))
            })
            .collect()
    }
}

#[cfg(test)]
mod natural_order {
    use super::natural_key;

    #[test]
    fn names_sort_with_numbers_as_numbers_and_case_ignored() {
        let mut names = vec![
            "Plan 10",
            "plan 2",
            "SQL Server 2022 Standard",
            "SQL Server 2022 Enterprise",
            "SQL Server 2019 Standard",
            "Azure",
        ];
        names.sort_by_key(|n| natural_key(n));
        assert_eq!(
            names,
            [
                "Azure",
                "plan 2",
                "Plan 10",
                "SQL Server 2019 Standard",
                "SQL Server 2022 Enterprise",
                "SQL Server 2022 Standard",
            ]
        );
    }
}
