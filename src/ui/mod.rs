//! The browser shell. Components read the domain and render it; they hold no business rules.

mod clock;
mod components;
mod download;
mod pages;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

pub use clock::today;
use pages::{
    AddProductsPage, CustomerFormPage, CustomersPage, DataPage, NotFoundPage, OrderPage, OrdersPage, PartnerPage,
    ReviewPage, RulesPage,
};
use state::AppState;

/// Which catalog and price list the app is showing.
#[component]
fn CatalogFooter() -> impl IntoView {
    let state = expect_context::<AppState>();
    let stats = Memo::new(move |_| state.catalog.with(|c| c.stats()));
    view! {
        <footer class="footer">
            "Built-in catalog (US market, prices in USD): "
            <span data-testid="product-count">{move || stats.get().products}</span>
            " products, "
            <span data-testid="sku-count">{move || stats.get().skus}</span>
            " SKUs, "
            <span data-testid="offer-count">{move || stats.get().offers}</span>
            " price-list entries. Verdicts as of "
            {crate::dates::long(state.today)}
            "."
        </footer>
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(today());
    state.listen_to_other_tabs();
    provide_context(state);

    view! {
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="topbar">
                <A href="/" attr:class="brand">"CSP Catalog"</A>
                <nav class="topnav" aria-label="Main">
                    <A href="/" exact=true>"Customers"</A>
                    <A href="/partner">"Partner profile"</A>
                    <A href="/rules">"Rules"</A>
                    <A href="/data">"Data"</A>
                </nav>
                <span class="topbar-partner" title="Partner profile">
                    {move || state.partner.with(|p| format!("{} · {}", p.name, p.tenant_country.name()))}
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
                    <Route path=path!("/customers/:id/edit") view=CustomerFormPage />
                    <Route path=path!("/customers/:id/add-products") view=AddProductsPage />
                    <Route path=path!("/customers/:id/review") view=ReviewPage />
                    <Route path=path!("/customers/:id/orders") view=OrdersPage />
                    <Route path=path!("/customers/:id/orders/:order") view=OrderPage />
                </Routes>
            </main>
            <CatalogFooter />
        </Router>
    }
}
