//! The app's pages as one type: every in-app link and every navigation is built from a
//! [`Page`], so no path is ever spelled by hand and a route renamed here is renamed everywhere.

use std::sync::OnceLock;

use crate::app::browse::encode_component;
use crate::domain::ids::{CustomerId, OrderId};

/// A page of the app, with the ids its path carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// `/`: the customer list.
    Customers,
    NewCustomer,
    Partner,
    Rules,
    Training,
    Data,
    /// A page about one customer, under `/customers/{id}/`.
    Customer(CustomerId, CustomerPage),
}

/// The pages about one customer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CustomerPage {
    Edit,
    AddProducts,
    Review,
    Orders,
    Order(OrderId),
    Subscriptions,
}

impl Page {
    pub fn customer(id: &CustomerId, page: CustomerPage) -> Page {
        Page::Customer(id.clone(), page)
    }

    /// The path inside the app, for the router's `navigate` (which adds the base path itself).
    pub fn path(&self) -> String {
        match self {
            Page::Customers => "/".to_string(),
            Page::NewCustomer => "/customers/new".to_string(),
            Page::Partner => "/partner".to_string(),
            Page::Rules => "/rules".to_string(),
            Page::Training => "/training".to_string(),
            Page::Data => "/data".to_string(),
            Page::Customer(id, page) => {
                let id = encode_component(id.as_str());
                match page {
                    CustomerPage::Edit => format!("/customers/{id}/edit"),
                    CustomerPage::AddProducts => format!("/customers/{id}/add-products"),
                    CustomerPage::Review => format!("/customers/{id}/review"),
                    CustomerPage::Orders => format!("/customers/{id}/orders"),
                    CustomerPage::Order(order) => {
                        format!("/customers/{id}/orders/{}", encode_component(order.as_str()))
                    }
                    CustomerPage::Subscriptions => format!("/customers/{id}/subscriptions"),
                }
            }
        }
    }

    /// The `href` of a link to the page: its path under the base path the app is served from
    /// (a link's `href` does not get the base added, unlike `navigate`).
    pub fn href(&self) -> String {
        format!("{}{}", base_path(), self.path())
    }

    /// The page with a query, built one pair at a time and encoded.
    pub fn with_query<K: Into<String>>(self, pairs: impl IntoIterator<Item = (K, String)>) -> Link {
        Link {
            page: self,
            query: pairs.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        }
    }
}

/// A page and the query its link sets (`/training?theme=gcc&set=4`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub page: Page,
    query: Vec<(String, String)>,
}

impl Link {
    pub fn path(&self) -> String {
        let query: Vec<String> = self
            .query
            .iter()
            .map(|(key, value)| format!("{key}={}", encode_component(value)))
            .collect();
        if query.is_empty() {
            self.page.path()
        } else {
            format!("{}?{}", self.page.path(), query.join("&"))
        }
    }

    pub fn href(&self) -> String {
        format!("{}{}", base_path(), self.path())
    }
}

static BASE: OnceLock<String> = OnceLock::new();

/// Where the app is served from, without a trailing slash: "" at the root of a site, or
/// "/csp-catalog" under a sub-path (`trunk build --public-url /csp-catalog/`). Set once, at start.
/// The address `path` + `search` + `hash` without the query parameter `name`: once the day a
/// link carried (`?today=`) is the tab's own or given up, a reload must not bring it back.
pub fn without_param(path: &str, search: &str, hash: &str, name: &str) -> String {
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(name))
        .collect();
    let query = if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    };
    format!("{path}{query}{hash}")
}

pub fn set_base_path(base: String) {
    let _ = BASE.set(base);
}

/// The base path set at start ("" until then, and natively).
pub fn base_path() -> &'static str {
    BASE.get().map_or("", String::as_str)
}

#[cfg(test)]
mod address_tests {
    use super::without_param;

    #[test]
    fn a_parameter_leaves_the_address_and_the_rest_stays() {
        assert_eq!(without_param("/rules", "?today=2026-12-11", "", "today"), "/rules");
        assert_eq!(
            without_param(
                "/customers/x/add-products",
                "?view=skus&today=2026-12-11&q=E3",
                "#top",
                "today"
            ),
            "/customers/x/add-products?view=skus&q=E3#top"
        );
        assert_eq!(without_param("/", "", "", "today"), "/");
        assert_eq!(without_param("/", "?todays=1", "", "today"), "/?todays=1");
    }
}
