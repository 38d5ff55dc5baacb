//! Every in-app link is built from a `Page`: the paths the router declares, ids and query
//! values encoded, and the base path the app is served from in front of every `href`.

use csp_catalog::app::route::{set_base_path, CustomerPage, Page};
use csp_catalog::domain::ids::{CustomerId, OrderId};

fn contoso() -> CustomerId {
    "contoso".parse::<CustomerId>().expect("a valid id")
}

#[test]
fn each_page_has_the_path_the_router_declares() {
    let id = contoso();
    let order = "ORD-2026-0001".parse::<OrderId>().expect("a valid order number");
    let paths: Vec<String> = [
        Page::Customers,
        Page::NewCustomer,
        Page::Partner,
        Page::Rules,
        Page::Training,
        Page::Data,
        Page::customer(&id, CustomerPage::Edit),
        Page::customer(&id, CustomerPage::AddProducts),
        Page::customer(&id, CustomerPage::Review),
        Page::customer(&id, CustomerPage::Orders),
        Page::customer(&id, CustomerPage::Order(order)),
        Page::customer(&id, CustomerPage::Subscriptions),
    ]
    .iter()
    .map(Page::path)
    .collect();
    assert_eq!(
        paths,
        [
            "/",
            "/customers/new",
            "/partner",
            "/rules",
            "/training",
            "/data",
            "/customers/contoso/edit",
            "/customers/contoso/add-products",
            "/customers/contoso/review",
            "/customers/contoso/orders",
            "/customers/contoso/orders/ORD-2026-0001",
            "/customers/contoso/subscriptions",
        ]
    );
}

#[test]
fn a_query_is_encoded_and_the_base_path_goes_in_front_of_every_href() {
    let link = Page::customer(&contoso(), CustomerPage::AddProducts).with_query([
        ("q", "Microsoft 365 E3 & more".to_string()),
        ("view", "skus".to_string()),
    ]);
    assert_eq!(
        link.path(),
        "/customers/contoso/add-products?q=Microsoft%20365%20E3%20%26%20more&view=skus"
    );
    assert_eq!(Page::Rules.with_query(Vec::<(&str, String)>::new()).path(), "/rules");

    // The one test of this file that sets the base path, so no other reads it meanwhile.
    set_base_path("/csp-catalog".to_string());
    assert_eq!(Page::Customers.href(), "/csp-catalog/");
    assert_eq!(link.href(), format!("/csp-catalog{}", link.path()));
    // `navigate` adds the base itself: a path never carries it.
    assert_eq!(Page::Rules.path(), "/rules");
}
