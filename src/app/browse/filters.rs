//! The state of the Add products page as data: the product-category tab, the Segment /
//! Publisher / Billing type / Category filters (each can be Any), free-text search, View
//! products or View SKUs, sort order, and whether to show offers the customer can't buy; which
//! offers match it, and which settings hide an offer.

use crate::i18n::labels::Label;
use crate::i18n::{keys, text, text_with, Args, Key, Language};

use crate::app::slug::Slug;
use crate::domain::catalog::{BillingType, BusinessCategory, Offer, ProductCategory, PublisherType, Segment};
use crate::domain::rules::Verdict;

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
    /// The product-category tab: Azure, Online services or Software (URL key `category`).
    pub tab: ProductCategory,
    pub segment: Option<Segment>,
    pub publisher: Option<PublisherType>,
    pub billing: Option<BillingType>,
    /// The Category filter: a business category or Trial (URL key `type`).
    pub category: Option<CategoryFilter>,
    pub search: String,
    pub view: ViewMode,
    pub sort: SortOrder,
    pub show_blocked: bool,
    /// Only what this month's price list marks as new or changed (URL key `changed`).
    pub changed_only: bool,
}

impl Default for Filters {
    fn default() -> Self {
        Filters {
            tab: ProductCategory::OnlineServices,
            segment: None,
            publisher: None,
            billing: None,
            category: None,
            search: String::new(),
            view: ViewMode::default(),
            sort: SortOrder::default(),
            show_blocked: false,
            changed_only: false,
        }
    }
}

impl Slug for CategoryFilter {
    // Evaluated by the compiler, where an index out of range is a build error.
    #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
    const ALL: &'static [CategoryFilter] = &{
        let mut all = [CategoryFilter::Trial; BusinessCategory::ALL.len() + 1];
        let mut i = 0;
        while i < BusinessCategory::ALL.len() {
            all[i] = CategoryFilter::Business(BusinessCategory::ALL[i]);
            i += 1;
        }
        all
    };

    fn slug(self) -> &'static str {
        match self {
            CategoryFilter::Business(b) => b.slug(),
            CategoryFilter::Trial => "trial",
        }
    }
}

impl Label for CategoryFilter {
    fn key(&self) -> Key {
        match self {
            CategoryFilter::Business(b) => b.key(),
            CategoryFilter::Trial => keys::CATEGORY_TRIAL,
        }
    }
}

impl Slug for ViewMode {
    const ALL: &'static [ViewMode] = &[ViewMode::Products, ViewMode::Skus];

    fn slug(self) -> &'static str {
        match self {
            ViewMode::Products => "products",
            ViewMode::Skus => "skus",
        }
    }
}

impl Slug for SortOrder {
    const ALL: &'static [SortOrder] = &[SortOrder::Name, SortOrder::PriceLowToHigh, SortOrder::PriceHighToLow];

    fn slug(self) -> &'static str {
        match self {
            SortOrder::Name => "name",
            SortOrder::PriceLowToHigh => "price-asc",
            SortOrder::PriceHighToLow => "price-desc",
        }
    }
}

impl Label for SortOrder {
    fn key(&self) -> Key {
        match self {
            SortOrder::Name => keys::SORT_NAME,
            SortOrder::PriceLowToHigh => keys::SORT_PRICE_LOW_TO_HIGH,
            SortOrder::PriceHighToLow => keys::SORT_PRICE_HIGH_TO_LOW,
        }
    }
}

impl Filters {
    /// The same tab, view and sort with every filter back to Any.
    pub fn cleared(&self) -> Filters {
        Filters {
            tab: self.tab,
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
        offer.product.category == self.tab
            && self.segment.is_none_or(|s| s == offer.availability.segment)
            && self.publisher.is_none_or(|p| p == offer.product.publisher_type())
            && self.billing.is_none_or(|b| b == offer.product.billing_type)
            && self.category_matches(offer)
            && (!self.changed_only || offer.availability.has_changes())
            && matches_search(offer, &self.search)
    }

    fn category_matches(&self, offer: Offer<'_>) -> bool {
        match self.category {
            None => true,
            Some(CategoryFilter::Trial) => offer.sku.trial,
            Some(CategoryFilter::Business(b)) => offer.product.business_category == b,
        }
    }

    /// Which of the current settings hide this offer, for "Why can't I find…?".
    pub fn hidden_by(&self, offer: Offer<'_>, verdict: &Verdict) -> Vec<HiddenBy> {
        let mut hidden = Vec::new();
        if offer.product.category != self.tab {
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
        if !self.category_matches(offer) {
            hidden.push(HiddenBy::Category);
        }
        if self.changed_only && !offer.availability.has_changes() {
            hidden.push(HiddenBy::NotChanged);
        }
        if !matches_search(offer, &self.search) {
            hidden.push(HiddenBy::Search);
        }
        if !self.show_blocked && !verdict.is_allowed() {
            hidden.push(HiddenBy::CannotBuy);
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
    /// "Changed this month" is on, and this month's list doesn't mark it.
    NotChanged,
    /// The customer can't buy it, and such offers are not shown.
    CannotBuy,
}

impl HiddenBy {
    /// Why the filters hide an offer, as a clause of "Not in the list because …".
    pub fn sentence(&self, language: Language) -> String {
        let key = match self {
            HiddenBy::CategoryTab(tab) => {
                return text_with(
                    language,
                    keys::HIDDEN_TAB,
                    &Args::new().text("tab", tab.label(language)),
                )
            }
            HiddenBy::Segment => keys::HIDDEN_SEGMENT,
            HiddenBy::Publisher => keys::HIDDEN_PUBLISHER,
            HiddenBy::BillingType => keys::HIDDEN_BILLING,
            HiddenBy::Category => keys::HIDDEN_CATEGORY,
            HiddenBy::Search => keys::HIDDEN_SEARCH,
            HiddenBy::NotChanged => keys::HIDDEN_NOT_CHANGED,
            HiddenBy::CannotBuy => keys::HIDDEN_CANNOT_BUY,
        };
        text(language, key)
    }
}

english_display!(HiddenBy);

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
pub(super) fn search_text(offer: Offer<'_>) -> String {
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
