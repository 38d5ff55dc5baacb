#![cfg(target_arch = "wasm32")]
//! Components and browser storage in real headless Chromium
//! (`cargo test --target wasm32-unknown-unknown --test browser`).

use csp_catalog::app::store::{load, StoredKey};
use csp_catalog::browser::local_storage::LocalStore;
use csp_catalog::domain::cart::Cart;
use csp_catalog::domain::catalog::default_catalog;
use csp_catalog::domain::sample::sample_customers;
use csp_catalog::formats::envelope::{self, Kind};
use csp_catalog::ui::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

fn local_storage() -> web_sys::Storage {
    window()
        .local_storage()
        .expect("storage allowed")
        .expect("localStorage exists")
}

/// Mounts the whole app at `path` into its own element. Dropping the handle unmounts it.
fn mount_app_at(path: &str) -> (web_sys::HtmlElement, impl Drop) {
    window()
        .history()
        .unwrap()
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = mount_to(host.clone(), App);
    (host, handle)
}

async fn settle() {
    // Effects and memos run as microtasks; a short timer lets every one of them finish.
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn find(host: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> String {
    find(host, selector).text_content().unwrap_or_default()
}

fn type_into(input: &web_sys::HtmlInputElement, text: &str) {
    input.set_value(text);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn app_shell_shows_the_catalog_product_and_sku_counts() {
    let (host, _app) = mount_app_at("/");
    settle().await;
    let stats = default_catalog().stats();
    assert_eq!(
        text_of(&host, "[data-testid=product-count]"),
        stats.products.to_string()
    );
    assert_eq!(text_of(&host, "[data-testid=sku-count]"), stats.skus.to_string());
    assert!(stats.products >= 60 && stats.skus >= 150);
}

#[wasm_bindgen_test]
async fn the_customer_list_shows_every_customer_with_its_facts() {
    let (host, _app) = mount_app_at("/");
    settle().await;
    let customers = sample_customers(&default_catalog());
    let rows = host.query_selector_all("tbody.customer").unwrap();
    assert_eq!(rows.length() as usize, customers.len());
    let text = host.text_content().unwrap();
    assert!(text.contains("Tatra Logistics s.r.o.") && text.contains("Slovakia"));
    assert!(text.contains("In review since 2 Nov 2026"));
    assert!(text.contains("Not accepted"));
}

#[wasm_bindgen_test]
async fn a_bad_quantity_disables_add_to_cart_and_says_why() {
    local_storage().clear().unwrap();
    let (host, _app) = mount_app_at("/customers/contoso-pharma/add-products?view=skus&q=CFQ7TTC0LH18%3A0001");
    settle().await;
    let input: web_sys::HtmlInputElement = find(&host, "li.offer input[inputmode=numeric]").unchecked_into();
    let button: web_sys::HtmlButtonElement = find(&host, "li.offer button.primary").unchecked_into();
    assert!(!button.disabled(), "the default quantity is valid");

    type_into(&input, "abc");
    settle().await;
    assert!(button.disabled());
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text_of(&host, "li.offer .buy-messages").contains("The quantity must be a whole number; \"abc\" is not."));

    type_into(&input, "21");
    settle().await;
    assert!(button.disabled());
    assert!(text_of(&host, "li.offer .buy-messages").contains("exceeds the remaining limit of 20 seats"));

    type_into(&input, "3");
    settle().await;
    assert!(!button.disabled());
}

#[wasm_bindgen_test]
async fn add_to_cart_saves_a_versioned_cart_for_that_customer() {
    local_storage().clear().unwrap();
    let (host, _app) = mount_app_at("/customers/fabrikam-gmbh/add-products?view=skus&q=Power%20BI%20Pro");
    settle().await;
    let input: web_sys::HtmlInputElement = find(&host, "li.offer input[inputmode=numeric]").unchecked_into();
    type_into(&input, "7");
    settle().await;
    let button: web_sys::HtmlButtonElement = find(&host, "li.offer button.primary").unchecked_into();
    button.click();
    settle().await;

    assert_eq!(text_of(&host, "[data-testid=cart-count]"), "1");
    let raw = local_storage()
        .get_item("csp-catalog/cart/fabrikam-gmbh")
        .unwrap()
        .expect("the cart is stored");
    let cart: Cart = envelope::decode(Kind::Cart, &raw).expect("in the documented format");
    assert_eq!(cart.lines().len(), 1);
    assert_eq!(cart.lines()[0].quantity, 7);
    assert!(
        local_storage()
            .get_item("csp-catalog/cart/contoso-pharma")
            .unwrap()
            .is_none(),
        "other carts untouched"
    );
}

#[wasm_bindgen_test]
fn an_unreadable_stored_cart_is_set_aside_not_lost() {
    local_storage().clear().unwrap();
    let key = "csp-catalog/cart/contoso-pharma";
    local_storage().set_item(key, "{\"lines\": [truncated").unwrap();

    let typed: StoredKey = key.parse().unwrap();
    let notice = load::<Cart>(&mut LocalStore, &typed).unwrap_err();
    assert!(notice.to_string().contains("could not be read"), "{notice}");
    assert_eq!(
        local_storage()
            .get_item("csp-catalog/quarantine/cart/contoso-pharma")
            .unwrap()
            .as_deref(),
        Some("{\"lines\": [truncated")
    );
    assert_eq!(
        local_storage().get_item(key).unwrap(),
        None,
        "the bad value no longer blocks the key"
    );
    assert_eq!(load::<Cart>(&mut LocalStore, &typed), Ok(None));
}

#[wasm_bindgen_test]
fn a_cart_from_a_future_version_is_set_aside_and_an_earlier_quarantine_is_kept() {
    local_storage().clear().unwrap();
    let key = "csp-catalog/cart/fabrikam-gmbh";
    local_storage()
        .set_item("csp-catalog/quarantine/cart/fabrikam-gmbh", "older bad value")
        .unwrap();
    local_storage()
        .set_item(key, "{\"kind\":\"cart\",\"version\":9,\"data\":{}}")
        .unwrap();
    let notice = load::<Cart>(&mut LocalStore, &key.parse().unwrap()).unwrap_err();
    assert!(notice.to_string().contains("newer version"), "{notice}");
    assert_eq!(
        local_storage()
            .get_item("csp-catalog/quarantine/cart/fabrikam-gmbh")
            .unwrap()
            .as_deref(),
        Some("older bad value")
    );
    assert_eq!(
        local_storage()
            .get_item("csp-catalog/quarantine/cart/fabrikam-gmbh#2")
            .unwrap()
            .as_deref(),
        Some("{\"kind\":\"cart\",\"version\":9,\"data\":{}}")
    );
}

// ---------------------------------------------------------------------------------------
// Storage that never loses data
// ---------------------------------------------------------------------------------------

use csp_catalog::app::cart::CartError;
use csp_catalog::app::store::Notice;
use csp_catalog::domain::cart::NewLine;
use csp_catalog::ui::state::{provide_state, use_notices};

/// A line of the built-in offer titled `title`, on its first plan.
fn line_of(title: &str, quantity: u32) -> NewLine {
    let catalog = default_catalog();
    let offer = catalog.offers().find(|o| o.sku.title == title).unwrap();
    let plan = offer.availability.plans().next().map(|(p, _)| p);
    NewLine {
        offer: offer.id(),
        quantity,
        plan,
    }
}

fn power_bi_pro_line(quantity: u32) -> NewLine {
    line_of("Power BI Pro", quantity)
}

fn visio_line(quantity: u32) -> NewLine {
    line_of("Visio Plan 1", quantity)
}
/// Fills localStorage until the browser refuses more, and returns the keys it used.
fn fill_storage() -> Vec<String> {
    let chunk = "x".repeat(512 * 1024);
    let mut keys = Vec::new();
    for i in 0..200 {
        let key = format!("filler/{i}");
        if local_storage().set_item(&key, &chunk).is_err() {
            break;
        }
        keys.push(key);
    }
    // Top up with ever smaller pieces so that even a short write fails.
    for size in [16 * 1024, 1024, 64, 1] {
        for i in 0..64 {
            let key = format!("f/{size}/{i}");
            if local_storage().set_item(&key, &"y".repeat(size)).is_err() {
                break;
            }
            keys.push(key);
        }
    }
    keys
}

#[wasm_bindgen_test]
fn a_full_storage_quota_keeps_both_the_page_state_and_what_was_stored() {
    local_storage().clear().unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let state = provide_state(csp_catalog::ui::today());
        let id: csp_catalog::domain::ids::CustomerId = "fabrikam-gmbh".parse().unwrap();
        state.add_to_cart(&id, power_bi_pro_line(2)).unwrap();
        let stored_before = local_storage().get_item("csp-catalog/cart/fabrikam-gmbh").unwrap();

        let filler = fill_storage();
        assert!(!filler.is_empty());
        let err = state.add_to_cart(&id, visio_line(3)).unwrap_err();
        let CartError::NotSaved { notice, .. } = &err else {
            panic!("{err:?}")
        };
        assert!(matches!(notice, Notice::WriteFailed { .. }), "{notice:?}");
        assert!(err.to_string().contains("storage for this site is full"), "{err}");

        assert_eq!(
            local_storage().get_item("csp-catalog/cart/fabrikam-gmbh").unwrap(),
            stored_before,
            "stored cart intact"
        );
        assert_eq!(state.cart(&id).len(), 2, "the page keeps the change");
        assert!(
            use_notices().all().with_untracked(|n| n.contains(notice)),
            "the user is told"
        );
        for key in filler {
            local_storage().remove_item(&key).unwrap();
        }
    });
}

#[wasm_bindgen_test]
async fn a_cart_line_added_in_another_tab_appears_here_and_is_not_lost_on_the_next_add() {
    local_storage().clear().unwrap();
    let owner = Owner::new();
    // The state listens to other tabs from the start.
    let state = owner.with(|| provide_state(csp_catalog::ui::today()));
    let id: csp_catalog::domain::ids::CustomerId = "contoso-pharma".parse().unwrap();
    owner.with(|| state.load_cart(&id));

    // "Another tab" writes the cart and the browser tells this one.
    let mut other = Cart::default();
    other.add(power_bi_pro_line(4));
    let key = "csp-catalog/cart/contoso-pharma";
    local_storage()
        .set_item(key, &envelope::encode(Kind::Cart, &other))
        .unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(key));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    window().dispatch_event(&event).unwrap();
    settle().await;
    assert_eq!(state.cart_len(&id), 1, "the other tab's line shows here");

    // This tab adds a different line: the other tab's line is kept.
    owner.with(|| state.add_to_cart(&id, visio_line(1))).unwrap();
    let stored: Cart = envelope::decode(Kind::Cart, &local_storage().get_item(key).unwrap().unwrap()).unwrap();
    assert_eq!(stored.lines().len(), 2);
}

#[wasm_bindgen_test]
fn buying_the_same_cart_twice_keeps_one_order() {
    local_storage().clear().unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let state = provide_state(csp_catalog::ui::today());
        let id: csp_catalog::domain::ids::CustomerId = "fabrikam-gmbh".parse().unwrap();
        state.add_to_cart(&id, power_bi_pro_line(2)).unwrap();
        let shown = state.cart(&id).reserved_order().cloned();
        let first = state.buy(&id, shown.as_ref()).unwrap();
        let second = state.buy(&id, shown.as_ref()).unwrap();
        assert_eq!(second, first, "the stored order wins");
        assert_eq!(state.orders_of(&id).len(), 1);
        assert_eq!(state.cart_len(&id), 0, "Buy empties the cart");
        let key = format!("csp-catalog/order/fabrikam-gmbh/{}", first.id);
        assert!(
            local_storage().get_item(&key).unwrap().is_some(),
            "stored under its own key"
        );
    });
}
