#![cfg(target_arch = "wasm32")]
//! Components in real headless Chromium (`cargo test --target wasm32-unknown-unknown --test browser`).

use csp_catalog::catalog::default_catalog;
use csp_catalog::ui::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh App into its own element and returns that element.
fn mount_app() -> web_sys::HtmlElement {
    let document = document();
    let host: web_sys::HtmlElement = document
        .create_element("div")
        .expect("create a host element")
        .unchecked_into();
    document
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("attach the host");
    mount_to(host.clone(), App).forget();
    host
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn app_shell_shows_the_catalog_product_and_sku_counts() {
    let host = mount_app();
    let stats = default_catalog().stats();
    assert_eq!(
        text_of(&host, "[data-testid=product-count]"),
        stats.products.to_string()
    );
    assert_eq!(text_of(&host, "[data-testid=sku-count]"), stats.skus.to_string());
    assert!(stats.products >= 60 && stats.skus >= 150);
}
