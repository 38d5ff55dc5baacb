//! Browsing the catalog as the Add products page does.
//!
//! - [`filters`]: the page's state as data, which offers match it, what hides an offer;
//! - [`query`]: that state to and from the URL query;
//! - [`facet_index`]: matching and sorting 100,000 offers in a millisecond;
//! - [`results`]: the list the page shows (products or SKUs, blocked ones or not), and
//!   "Why can't I find…?" across the whole catalog.

pub mod facet_index;
pub mod filters;
pub mod query;
pub mod results;

pub use facet_index::{lowest_price, natural_key, sort_offers, FacetIndex};
pub use filters::{matches_search, CategoryFilter, Filters, HiddenBy, SortOrder, ViewMode};
pub use query::{encode_component, what_if_from_query, what_if_query_pairs, QueryNotice};
pub use results::{blocked_skus, find_anywhere, group_by_product, listed, BlockedSkus, Listed, ProductSummary};
