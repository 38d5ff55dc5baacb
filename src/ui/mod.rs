//! The browser shell. Components read the domain and render it; they hold no business rules.

mod components;
mod pages;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes, A};
use leptos_router::path;

pub use crate::browser::clock::today;
use pages::{
    AddProductsPage, CustomerFormPage, CustomerRoute, CustomersPage, DataPage, NotFoundPage, OrderPage, OrdersPage,
    PartnerPage, ReviewPage, RulesPage,
};
use state::AppState;

/// Where the app is served from, without a trailing slash: "" at the root of a site, or
/// "/csp-catalog" when hosted under a sub-path (`trunk build --public-url /csp-catalog/`).
#[derive(Clone, Debug)]
pub struct BasePath(pub String);

/// The WebAssembly memory in bytes, for the browser benchmarks (`scripts/bench-browser.mjs`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| m.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64)
        .unwrap_or(0.0)
}

/// Times `work` as a User Timing measure named `name` (visible in the browser's performance
/// tools and read by the benchmarks).
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    result
}

/// `?catalog=synthetic-100k` (or -1k, -10k) in the address picks a generated catalog.
fn synthetic_from_url() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "catalog")
        .map(|(_, value)| value.to_string())
        .filter(|value| crate::domain::catalog::synthetic::size_from_name(value).is_some())
}

/// Uses a generated catalog for this visit.
pub fn use_synthetic_catalog(state: AppState, name: &str) {
    if let Some(size) = crate::domain::catalog::synthetic::size_from_name(name) {
        let catalog =
            crate::domain::catalog::synthetic::synthetic_catalog(size, crate::domain::catalog::synthetic::SEED);
        state.use_catalog(catalog, state::CatalogSource::Synthetic { name: name.to_string() });
    }
}

static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// An in-app link: `path` (like "/rules") under the base path the app is served from.
/// `<A>` does not add the base to absolute paths, so every internal href goes through here;
/// `navigate` adds it itself and takes plain paths.
pub fn link(path: &str) -> String {
    format!("{}{path}", BASE.get().map_or("", String::as_str))
}

fn base_path() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default();
    // Only a path on this site counts; anything else is ignored.
    if href.starts_with('/') && !href.starts_with("//") {
        href.trim_end_matches('/').to_string()
    } else {
        String::new()
    }
}

/// Which catalog and price list the app is showing.
#[component]
fn CatalogFooter() -> impl IntoView {
    let state = expect_context::<AppState>();
    let stats = Memo::new(move |_| state.catalog().with(|c| c.stats()));
    view! {
        <footer class="footer">
            {move || match state.catalog_source().get() {
                state::CatalogSource::BuiltIn => "Built-in catalog (US market, prices in USD): ".to_string(),
                state::CatalogSource::Synthetic { name } => format!("Synthetic catalog ({name}, for scale tests, prices in USD): "),
                state::CatalogSource::Restoring { file } => format!("Loading the imported catalog {file}… Meanwhile, the built-in catalog: "),
                state::CatalogSource::Imported { file, .. } => {
                    format!("Imported catalog ({file}, prices in {}): ", state.catalog().with(|c| c.currency().to_string()))
                }
            }}
            <span data-testid="product-count">{move || stats.get().products}</span>
            " products, "
            <span data-testid="sku-count">{move || stats.get().skus}</span>
            " SKUs, "
            <span data-testid="offer-count">{move || stats.get().offers}</span>
            " price-list entries. Verdicts as of "
            {crate::domain::dates::long(state.today)}
            "."
        </footer>
    }
}

/// Starts the app in the page: replaces the loading message `index.html` shows while the
/// wasm downloads with the app itself.
pub fn start() {
    console_error_panic_hook::set_once();
    // Building the first page, start to end (scripts/bench-browser.mjs reads it).
    measured("csp:mount", || leptos::mount::mount_to_body(App));
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = measured("csp:state", || AppState::new(today()));
    state.listen_to_other_tabs();
    match synthetic_from_url() {
        Some(name) => use_synthetic_catalog(state, &name),
        None => pages::restore_imported_catalog(state),
    }
    provide_context(state);

    let base = base_path();
    let _ = BASE.set(base.clone());
    provide_context(BasePath(base.clone()));

    view! {
        <Router base=base>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="topbar no-print">
                <A href=crate::ui::link("/") attr:class="brand">"CSP Catalog"</A>
                <nav class="topnav" aria-label="Main">
                    <A href=crate::ui::link("/") exact=true>"Customers"</A>
                    <A href=crate::ui::link("/partner")>"Partner profile"</A>
                    <A href=crate::ui::link("/rules")>"Rules"</A>
                    <A href=crate::ui::link("/data")>"Data"</A>
                </nav>
                <span class="topbar-partner" title="Partner profile">
                    {move || state.partner().with(|p| format!("{} · {}", p.name, p.tenant_country.name()))}
                </span>
            </header>
            <components::StorageBanner />
            <main class="page" id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=CustomersPage />
                    <Route path=path!("/rules") view=RulesPage />
                    <Route path=path!("/partner") view=PartnerPage />
                    <Route path=path!("/data") view=DataPage />
                    <Route path=path!("/customers/new") view=CustomerFormPage />
                    <ParentRoute path=path!("/customers/:id") view=CustomerRoute>
                        <Route path=path!("edit") view=CustomerFormPage />
                        <Route path=path!("add-products") view=AddProductsPage />
                        <Route path=path!("review") view=ReviewPage />
                        <Route path=path!("orders") view=OrdersPage />
                        <Route path=path!("orders/:order") view=OrderPage />
                    </ParentRoute>
                </Routes>
            </main>
            <CatalogFooter />
        </Router>
    }
}
