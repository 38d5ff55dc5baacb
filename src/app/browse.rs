//! Browsing the catalog as the Add products page does: the product-category tab, the
//! Segment / Publisher / Billing type / Category filters (each can be Any), free-text search,
//! View products or View SKUs, sort order, and whether to show offers the customer can't buy.
//!
//! The state round-trips through the URL query string, so a link reproduces a view. Parsing
//! never fails: an unknown value falls back to Any and is reported as a [`QueryNotice`].

use std::collections::BTreeMap;
use std::fmt;

use crate::domain::catalog::{BillingType, BusinessCategory, Catalog, Offer, ProductCategory, PublisherType, Segment};
use crate::domain::money::Money;

/// The Category filter: a business category, or trials.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CategoryFilter {
    Business(BusinessCategory),
    Trial,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ViewMode {
    #[default]
    Products,
    Skus,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortOrder {
    #[default]
    Name,
    PriceLowToHigh,
    PriceHighToLow,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Filters {
    pub category: ProductCategory,
    pub segment: Option<Segment>,
    pub publisher: Option<PublisherType>,
    pub billing: Option<BillingType>,
    pub kind: Option<CategoryFilter>,
    pub search: String,
    pub view: ViewMode,
    pub sort: SortOrder,
    pub show_blocked: bool,
}

impl Default for Filters {
    fn default() -> Self {
        Filters {
            category: ProductCategory::OnlineServices,
            segment: None,
            publisher: None,
            billing: None,
            kind: None,
            search: String::new(),
            view: ViewMode::default(),
            sort: SortOrder::default(),
            show_blocked: false,
        }
    }
}

/// A query value that was not understood and was replaced by the default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryNotice {
    pub key: &'static str,
    pub value: String,
    pub fallback: &'static str,
}

impl fmt::Display for QueryNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "The link's {} \"{}\" isn't one this page knows, so it shows {} instead.",
            self.key, self.value, self.fallback
        )
    }
}

/// URL slugs for every enum value a filter can hold.
pub trait Slug: Sized + Copy + 'static {
    const ALL: &'static [Self];
    fn slug(self) -> &'static str;
    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.slug() == slug)
    }
}

impl Slug for ProductCategory {
    const ALL: &'static [Self] = &ProductCategory::ALL;
    fn slug(self) -> &'static str {
        match self {
            ProductCategory::Azure => "azure",
            ProductCategory::OnlineServices => "online-services",
            ProductCategory::Software => "software",
        }
    }
}

impl Slug for Segment {
    const ALL: &'static [Self] = &Segment::ALL;
    fn slug(self) -> &'static str {
        match self {
            Segment::Commercial => "commercial",
            Segment::Education => "education",
            Segment::Nonprofit => "nonprofit",
            Segment::Government => "government",
        }
    }
}

impl Slug for PublisherType {
    const ALL: &'static [Self] = &[PublisherType::Microsoft, PublisherType::Partner];
    fn slug(self) -> &'static str {
        match self {
            PublisherType::Microsoft => "microsoft",
            PublisherType::Partner => "partner",
        }
    }
}

impl Slug for BillingType {
    const ALL: &'static [Self] = &[BillingType::License, BillingType::Usage];
    fn slug(self) -> &'static str {
        match self {
            BillingType::License => "license",
            BillingType::Usage => "usage",
        }
    }
}

impl Slug for BusinessCategory {
    const ALL: &'static [Self] = &BusinessCategory::ALL;
    fn slug(self) -> &'static str {
        use BusinessCategory::*;
        match self {
            Productivity => "productivity",
            Collaboration => "collaboration",
            Communications => "communications",
            Security => "security",
            Compliance => "compliance",
            IdentityAndAccess => "identity",
            BusinessApplications => "business-applications",
            Analytics => "analytics",
            Compute => "compute",
            Databases => "databases",
            Storage => "storage",
            DeveloperTools => "developer-tools",
            Education => "education",
        }
    }
}

impl CategoryFilter {
    pub fn all() -> impl Iterator<Item = CategoryFilter> {
        BusinessCategory::ALL
            .into_iter()
            .map(CategoryFilter::Business)
            .chain([CategoryFilter::Trial])
    }

    pub fn slug(self) -> &'static str {
        match self {
            CategoryFilter::Business(b) => b.slug(),
            CategoryFilter::Trial => "trial",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::all().find(|c| c.slug() == slug)
    }
}

impl fmt::Display for CategoryFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CategoryFilter::Business(b) => b.fmt(f),
            CategoryFilter::Trial => f.write_str("Trial"),
        }
    }
}

impl ViewMode {
    fn slug(self) -> &'static str {
        match self {
            ViewMode::Products => "products",
            ViewMode::Skus => "skus",
        }
    }
}

impl SortOrder {
    pub const ALL: [SortOrder; 3] = [SortOrder::Name, SortOrder::PriceLowToHigh, SortOrder::PriceHighToLow];

    pub fn slug(self) -> &'static str {
        match self {
            SortOrder::Name => "name",
            SortOrder::PriceLowToHigh => "price-asc",
            SortOrder::PriceHighToLow => "price-desc",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

impl fmt::Display for SortOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SortOrder::Name => "Name",
            SortOrder::PriceLowToHigh => "Price: low to high",
            SortOrder::PriceHighToLow => "Price: high to low",
        })
    }
}

/// Reads one optional enum filter: absent or `any` is Any; anything unknown is Any plus a notice.
fn read_facet<T: Slug>(value: Option<&str>, key: &'static str, notices: &mut Vec<QueryNotice>) -> Option<T> {
    match value {
        None | Some("") | Some("any") => None,
        Some(v) => T::from_slug(v).or_else(|| {
            notices.push(QueryNotice {
                key,
                value: v.to_string(),
                fallback: "Any",
            });
            None
        }),
    }
}

impl Filters {
    /// Reads the filters from query parameters (`get("segment")` and so on).
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> (Filters, Vec<QueryNotice>) {
        let mut notices = Vec::new();
        let mut filters = Filters::default();
        let value = |key: &str| get(key).map(|v| v.trim().to_ascii_lowercase());

        if let Some(v) = value("category") {
            match ProductCategory::from_slug(&v) {
                Some(category) => filters.category = category,
                None => notices.push(QueryNotice {
                    key: "category",
                    value: v,
                    fallback: "Online services",
                }),
            }
        }
        filters.segment = read_facet(value("segment").as_deref(), "segment", &mut notices);
        filters.publisher = read_facet(value("publisher").as_deref(), "publisher", &mut notices);
        filters.billing = read_facet(value("billing").as_deref(), "billing type", &mut notices);
        match value("type").as_deref() {
            None | Some("") | Some("any") => {}
            Some(v) => match CategoryFilter::from_slug(v) {
                Some(kind) => filters.kind = Some(kind),
                None => notices.push(QueryNotice {
                    key: "category",
                    value: v.to_string(),
                    fallback: "Any",
                }),
            },
        }
        filters.search = get("q").map(|q| q.chars().take(200).collect()).unwrap_or_default();
        match value("view").as_deref() {
            None | Some("products") => {}
            Some("skus") => filters.view = ViewMode::Skus,
            Some(v) => notices.push(QueryNotice {
                key: "view",
                value: v.to_string(),
                fallback: "products",
            }),
        }
        if let Some(v) = value("sort") {
            match SortOrder::from_slug(&v) {
                Some(sort) => filters.sort = sort,
                None => notices.push(QueryNotice {
                    key: "sort order",
                    value: v,
                    fallback: "by name",
                }),
            }
        }
        match value("blocked").as_deref() {
            None | Some("0") | Some("false") => {}
            Some("1") | Some("true") => filters.show_blocked = true,
            Some(v) => notices.push(QueryNotice {
                key: "blocked",
                value: v.to_string(),
                fallback: "sellable offers only",
            }),
        }
        (filters, notices)
    }

    /// The query parameters that differ from the defaults, in a fixed order.
    pub fn to_query_pairs(&self) -> Vec<(&'static str, String)> {
        let default = Filters::default();
        let mut pairs = Vec::new();
        if self.category != default.category {
            pairs.push(("category", self.category.slug().to_string()));
        }
        if let Some(s) = self.segment {
            pairs.push(("segment", s.slug().to_string()));
        }
        if let Some(p) = self.publisher {
            pairs.push(("publisher", p.slug().to_string()));
        }
        if let Some(b) = self.billing {
            pairs.push(("billing", b.slug().to_string()));
        }
        if let Some(k) = self.kind {
            pairs.push(("type", k.slug().to_string()));
        }
        if !self.search.trim().is_empty() {
            pairs.push(("q", self.search.clone()));
        }
        if self.view != default.view {
            pairs.push(("view", self.view.slug().to_string()));
        }
        if self.sort != default.sort {
            pairs.push(("sort", self.sort.slug().to_string()));
        }
        if self.show_blocked {
            pairs.push(("blocked", "1".to_string()));
        }
        pairs
    }

    /// `?segment=education&q=a3`, or an empty string for the defaults.
    pub fn to_query_string(&self) -> String {
        let pairs = self.to_query_pairs();
        if pairs.is_empty() {
            return String::new();
        }
        let encoded: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode_component(v)))
            .collect();
        format!("?{}", encoded.join("&"))
    }

    /// The same tab, view and sort with every filter back to Any.
    pub fn cleared(&self) -> Filters {
        Filters {
            category: self.category,
            view: self.view,
            sort: self.sort,
            show_blocked: self.show_blocked,
            ..Filters::default()
        }
    }

    pub fn has_filters(&self) -> bool {
        *self != self.cleared()
    }

    /// Does the offer pass the tab, the facets and the search (eligibility aside)? The same
    /// tests as [`Filters::hidden_by`], without allocating: this runs for every offer.
    pub fn matches(&self, offer: Offer<'_>) -> bool {
        offer.product.category == self.category
            && self.segment.is_none_or(|s| s == offer.availability.segment)
            && self.publisher.is_none_or(|p| p == offer.product.publisher_type())
            && self.billing.is_none_or(|b| b == offer.product.billing_type)
            && self.kind_matches(offer)
            && matches_search(offer, &self.search)
    }

    fn kind_matches(&self, offer: Offer<'_>) -> bool {
        match self.kind {
            None => true,
            Some(CategoryFilter::Trial) => offer.sku.trial,
            Some(CategoryFilter::Business(b)) => offer.product.business_category == b,
        }
    }

    /// Which of the current settings hide this offer, for "Why can't I find…?".
    pub fn hidden_by(&self, offer: Offer<'_>) -> Vec<HiddenBy> {
        let mut hidden = Vec::new();
        if offer.product.category != self.category {
            hidden.push(HiddenBy::CategoryTab(offer.product.category));
        }
        if self.segment.is_some_and(|s| s != offer.availability.segment) {
            hidden.push(HiddenBy::Segment);
        }
        if self.publisher.is_some_and(|p| p != offer.product.publisher_type()) {
            hidden.push(HiddenBy::Publisher);
        }
        if self.billing.is_some_and(|b| b != offer.product.billing_type) {
            hidden.push(HiddenBy::BillingType);
        }
        if !self.kind_matches(offer) {
            hidden.push(HiddenBy::Category);
        }
        if !matches_search(offer, &self.search) {
            hidden.push(HiddenBy::Search);
        }
        hidden
    }
}

/// A page setting that keeps an offer out of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HiddenBy {
    CategoryTab(ProductCategory),
    Segment,
    Publisher,
    BillingType,
    Category,
    Search,
}

impl fmt::Display for HiddenBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HiddenBy::CategoryTab(c) => write!(f, "it is under the {c} tab"),
            HiddenBy::Segment => f.write_str("the Segment filter hides it"),
            HiddenBy::Publisher => f.write_str("the Publisher filter hides it"),
            HiddenBy::BillingType => f.write_str("the Billing type filter hides it"),
            HiddenBy::Category => f.write_str("the Category filter hides it"),
            HiddenBy::Search => f.write_str("the search text doesn't match it"),
        }
    }
}

/// Every word of the query appears in the offer's titles, description or ids (case-insensitive).
pub fn matches_search(offer: Offer<'_>, query: &str) -> bool {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return true;
    }
    let haystack = search_text(offer);
    words.iter().all(|w| haystack.contains(w.as_str()))
}

/// What search looks in, in lower case.
fn search_text(offer: Offer<'_>) -> String {
    format!(
        "{} {} {} {} {}",
        offer.product.title,
        offer.sku.title,
        offer.sku.description,
        offer.id(),
        offer.product.publisher
    )
    .to_lowercase()
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay as they are).
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The lowest unit price of an offer, for sorting; usage offers have none.
pub fn lowest_price(offer: Offer<'_>) -> Option<Money> {
    offer.availability.terms.iter().map(|t| t.unit_price).min()
}

/// Sorts offer indexes of `catalog` in place.
pub fn sort_offers(catalog: &Catalog, indexes: &mut [usize], order: SortOrder) {
    let title = |i: usize| catalog.offer_at(i).sku.title.to_lowercase();
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
    name: Vec<usize>,
    price_low_to_high: Vec<usize>,
    price_high_to_low: Vec<usize>,
}

impl SortOrders {
    fn in_order(&self, sort: SortOrder) -> &[usize] {
        match sort {
            SortOrder::Name => &self.name,
            SortOrder::PriceLowToHigh => &self.price_low_to_high,
            SortOrder::PriceHighToLow => &self.price_high_to_low,
        }
    }

    fn of(catalog: &Catalog) -> Self {
        let all: Vec<usize> = (0..catalog.offer_count()).collect();
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
        self.0[i / 64] |= 1 << (i % 64);
    }

    fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }

    fn and(&mut self, other: &BitSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
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
    text: Vec<String>,
    orders: SortOrders,
}

fn position<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter()
        .position(|v| v == value)
        .expect("every enum value is in its ALL list")
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
            text: Vec::with_capacity(n),
            orders: SortOrders::of(catalog),
        };
        for (i, offer) in catalog.offers().enumerate() {
            index.category[position(&ProductCategory::ALL, &offer.product.category)].insert(i);
            index.segment[position(&Segment::ALL, &offer.availability.segment)].insert(i);
            index.publisher[position(PublisherType::ALL, &offer.product.publisher_type())].insert(i);
            index.billing[position(BillingType::ALL, &offer.product.billing_type)].insert(i);
            index.business[position(&BusinessCategory::ALL, &offer.product.business_category)].insert(i);
            if offer.sku.trial {
                index.trial.insert(i);
            }
            index.text.push(search_text(offer));
        }
        index
    }

    /// The offers that pass `filters` (eligibility aside), in the filters' sort order; the
    /// same answer as testing every offer with [`Filters::matches`].
    pub fn matching(&self, filters: &Filters) -> Vec<usize> {
        let mut set = self.category[position(&ProductCategory::ALL, &filters.category)].clone();
        if let Some(s) = filters.segment {
            set.and(&self.segment[position(&Segment::ALL, &s)]);
        }
        if let Some(p) = filters.publisher {
            set.and(&self.publisher[position(PublisherType::ALL, &p)]);
        }
        if let Some(b) = filters.billing {
            set.and(&self.billing[position(BillingType::ALL, &b)]);
        }
        match filters.kind {
            None => {}
            Some(CategoryFilter::Trial) => set.and(&self.trial),
            Some(CategoryFilter::Business(b)) => set.and(&self.business[position(&BusinessCategory::ALL, &b)]),
        }
        let words: Vec<String> = filters.search.split_whitespace().map(str::to_lowercase).collect();
        self.orders
            .in_order(filters.sort)
            .iter()
            .copied()
            .filter(|&i| set.contains(i) && words.iter().all(|w| self.text[i].contains(w.as_str())))
            .collect()
    }
}

/// One line of the products view: a product and what the filtered offers show of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductSummary {
    /// Offer indexes of this product that passed, in the current sort order.
    pub offers: Vec<usize>,
    pub sku_count: usize,
    pub price_range: Option<(Money, Money)>,
}

/// Groups sorted offer indexes by product, keeping the order of each product's first offer.
pub fn group_by_product(catalog: &Catalog, sorted: &[usize]) -> Vec<ProductSummary> {
    let mut order: Vec<&crate::domain::ids::ProductId> = Vec::new();
    let mut groups: BTreeMap<&crate::domain::ids::ProductId, Vec<usize>> = BTreeMap::new();
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
            let prices = offers
                .iter()
                .flat_map(|&i| catalog.offer_at(i).availability.terms.iter().map(|t| t.unit_price));
            let price_range = prices.clone().min().zip(prices.max());
            ProductSummary {
                sku_count: skus.len(),
                price_range,
                offers,
            }
        })
        .collect()
}

/// Offers anywhere in the catalog whose name or id matches, best matches first: an exact
/// id, then the exact title, then titles holding the whole phrase, then the rest. For
/// "Why can't I find…?".
pub fn find_anywhere(catalog: &Catalog, query: &str, limit: usize) -> Vec<usize> {
    let needle = query.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(u8, String, usize)> = catalog
        .offers()
        .enumerate()
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
