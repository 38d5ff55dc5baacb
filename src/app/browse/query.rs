//! The page state in the URL query string, so a link reproduces a view. Reading never fails:
//! an unknown value falls back to its default and is reported as a [`QueryNotice`].

use std::fmt;

use super::filters::{Filters, SortOrder, ViewMode};
use crate::app::slug::Slug;
use crate::domain::catalog::ProductCategory;
use crate::domain::country::CountryCode;
use crate::domain::customer::Qualification;
use crate::domain::partner::PartnerType;
use crate::domain::whatif::WhatIf;
use crate::i18n::labels::Label;
use crate::i18n::{keys, text_with, Args, Key, Language};

/// A query value that was not understood and was replaced by the default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryNotice {
    pub key: &'static str,
    pub value: String,
    pub fallback: Fallback,
}

/// What the page shows instead of a value it didn't understand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback {
    Any,
    OnlineServices,
    Products,
    ByName,
    SellableOnly,
    RealFacts,
    Everything,
}

impl Label for Fallback {
    fn key(&self) -> Key {
        match self {
            Fallback::Any => keys::FALLBACK_ANY,
            Fallback::OnlineServices => keys::FALLBACK_ONLINE_SERVICES,
            Fallback::Products => keys::FALLBACK_PRODUCTS,
            Fallback::ByName => keys::FALLBACK_BY_NAME,
            Fallback::SellableOnly => keys::FALLBACK_SELLABLE_ONLY,
            Fallback::RealFacts => keys::FALLBACK_REAL_FACTS,
            Fallback::Everything => keys::FALLBACK_EVERYTHING,
        }
    }
}

impl QueryNotice {
    /// The notice in the language.
    pub fn sentence(&self, language: Language) -> String {
        text_with(
            language,
            keys::QUERY_NOTICE,
            &Args::new()
                .text("key", self.key)
                .text("value", self.value.clone())
                .text("fallback", self.fallback.label(language)),
        )
    }
}

impl fmt::Display for QueryNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

/// The Add products filters' query parameters. Reading, writing and notices all name a
/// parameter through this, so a notice can't name another parameter than the one it read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterParam {
    /// The tab: Azure, Online services, Software.
    Category,
    Segment,
    Publisher,
    Billing,
    /// The business category or Trial.
    Type,
    Search,
    View,
    Sort,
    Blocked,
    Changed,
}

impl FilterParam {
    /// The parameter as it stands in a link.
    pub fn name(self) -> &'static str {
        match self {
            FilterParam::Category => "category",
            FilterParam::Segment => "segment",
            FilterParam::Publisher => "publisher",
            FilterParam::Billing => "billing",
            FilterParam::Type => "type",
            FilterParam::Search => "q",
            FilterParam::View => "view",
            FilterParam::Sort => "sort",
            FilterParam::Blocked => "blocked",
            FilterParam::Changed => "changed",
        }
    }

    fn notice(self, value: impl Into<String>, fallback: Fallback) -> QueryNotice {
        QueryNotice {
            key: self.name(),
            value: value.into(),
            fallback,
        }
    }
}

/// Reads one optional enum filter: absent or `any` is Any; anything unknown is Any plus a notice.
fn read_facet<T: Slug>(
    value: impl Fn(FilterParam) -> Option<String>,
    param: FilterParam,
    notices: &mut Vec<QueryNotice>,
) -> Option<T> {
    match value(param).as_deref() {
        None | Some("") | Some("any") => None,
        Some(v) => T::from_slug(v).or_else(|| {
            notices.push(param.notice(v, Fallback::Any));
            None
        }),
    }
}

impl Filters {
    /// Reads the filters from query parameters (`get("segment")` and so on).
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> (Filters, Vec<QueryNotice>) {
        let mut notices = Vec::new();
        let mut filters = Filters::default();
        let value = |param: FilterParam| get(param.name()).map(|v| v.trim().to_ascii_lowercase());

        if let Some(v) = value(FilterParam::Category) {
            match ProductCategory::from_slug(&v) {
                Some(category) => filters.tab = category,
                None => notices.push(FilterParam::Category.notice(v, Fallback::OnlineServices)),
            }
        }
        filters.segment = read_facet(value, FilterParam::Segment, &mut notices);
        filters.publisher = read_facet(value, FilterParam::Publisher, &mut notices);
        filters.billing = read_facet(value, FilterParam::Billing, &mut notices);
        filters.category = read_facet(value, FilterParam::Type, &mut notices);
        // Only spaces search for nothing, as a link would say by leaving `q` out.
        filters.search = get(FilterParam::Search.name())
            .filter(|q| !q.trim().is_empty())
            .map(|q| q.chars().take(200).collect())
            .unwrap_or_default();
        match value(FilterParam::View).as_deref() {
            None | Some("products") => {}
            Some("skus") => filters.view = ViewMode::Skus,
            Some(v) => notices.push(FilterParam::View.notice(v, Fallback::Products)),
        }
        if let Some(v) = value(FilterParam::Sort) {
            match SortOrder::from_slug(&v) {
                Some(sort) => filters.sort = sort,
                None => notices.push(FilterParam::Sort.notice(v, Fallback::ByName)),
            }
        }
        match value(FilterParam::Blocked).as_deref() {
            None | Some("0") | Some("false") => {}
            Some("1") | Some("true") => filters.show_blocked = true,
            Some(v) => notices.push(FilterParam::Blocked.notice(v, Fallback::SellableOnly)),
        }
        match value(FilterParam::Changed).as_deref() {
            None | Some("0") | Some("false") => {}
            Some("1") | Some("true") => filters.changed_only = true,
            Some(v) => notices.push(FilterParam::Changed.notice(v, Fallback::Everything)),
        }
        (filters, notices)
    }

    /// The query parameters that differ from the defaults, in a fixed order.
    pub fn to_query_pairs(&self) -> Vec<(&'static str, String)> {
        let default = Filters::default();
        let mut pairs = Vec::new();
        let mut put = |param: FilterParam, value: String| pairs.push((param.name(), value));
        if self.tab != default.tab {
            put(FilterParam::Category, self.tab.slug().to_string());
        }
        if let Some(s) = self.segment {
            put(FilterParam::Segment, s.slug().to_string());
        }
        if let Some(p) = self.publisher {
            put(FilterParam::Publisher, p.slug().to_string());
        }
        if let Some(b) = self.billing {
            put(FilterParam::Billing, b.slug().to_string());
        }
        if let Some(k) = self.category {
            put(FilterParam::Type, k.slug().to_string());
        }
        if !self.search.trim().is_empty() {
            put(FilterParam::Search, self.search.clone());
        }
        if self.view != default.view {
            put(FilterParam::View, self.view.slug().to_string());
        }
        if self.sort != default.sort {
            put(FilterParam::Sort, self.sort.slug().to_string());
        }
        if self.show_blocked {
            put(FilterParam::Blocked, "1".to_string());
        }
        if self.changed_only {
            put(FilterParam::Changed, "1".to_string());
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

/// The facts a link asks Add products to assume, as What-if would (`?assume-qualification=
/// education&assume-customer-country=CA`): a training exercise opens in exactly its situation.
/// A value not understood is left out, with a notice.
pub fn what_if_from_query(value: impl Fn(&str) -> Option<String>) -> (WhatIf, Vec<QueryNotice>) {
    let mut notices = Vec::new();
    let mut read = |key: &'static str, parse: &dyn Fn(&str) -> Option<()>| -> Option<String> {
        let text = value(key).filter(|v| !v.is_empty())?;
        if parse(&text).is_none() {
            notices.push(QueryNotice {
                key,
                value: text,
                fallback: Fallback::RealFacts,
            });
            return None;
        }
        Some(text)
    };
    let country = |v: &str| v.parse::<CountryCode>().ok().map(|_| ());
    let yes_no = |v: &str| matches!(v, "yes" | "no").then_some(());
    let what_if = WhatIf {
        qualification: read("assume-qualification", &|v| Qualification::from_slug(v).map(|_| ()))
            .and_then(|v| Qualification::from_slug(&v)),
        customer_country: read("assume-customer-country", &country).and_then(|v| v.parse().ok()),
        agreement_accepted: read("assume-agreement", &yes_no).map(|v| v == "yes"),
        partner_country: read("assume-partner-country", &country).and_then(|v| v.parse().ok()),
        partner_type: read("assume-partner-type", &|v| PartnerType::from_slug(v).map(|_| ()))
            .and_then(|v| PartnerType::from_slug(&v)),
        us_government_cloud: read("assume-us-government-cloud", &yes_no).map(|v| v == "yes"),
        gcc_validated: read("assume-gcc-validation", &yes_no).map(|v| v == "yes"),
    };
    (what_if, notices)
}

/// The query pairs that make Add products assume these facts.
pub fn what_if_query_pairs(what_if: &WhatIf) -> Vec<(&'static str, String)> {
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    let mut pairs = Vec::new();
    if let Some(q) = what_if.qualification {
        pairs.push(("assume-qualification", q.slug().to_string()));
    }
    if let Some(c) = what_if.customer_country {
        pairs.push(("assume-customer-country", c.to_string()));
    }
    if let Some(a) = what_if.agreement_accepted {
        pairs.push(("assume-agreement", yes_no(a)));
    }
    if let Some(c) = what_if.partner_country {
        pairs.push(("assume-partner-country", c.to_string()));
    }
    if let Some(t) = what_if.partner_type {
        pairs.push(("assume-partner-type", t.slug().to_string()));
    }
    if let Some(v) = what_if.us_government_cloud {
        pairs.push(("assume-us-government-cloud", yes_no(v)));
    }
    if let Some(v) = what_if.gcc_validated {
        pairs.push(("assume-gcc-validation", yes_no(v)));
    }
    pairs
}
