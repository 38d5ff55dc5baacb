//! The browser shell: the app, its header and its routes. Pages render what the layers
//! below decide; they hold no business rules.

mod components;
mod links;
mod pages;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes, A};
use leptos_router::path;

pub use crate::browser::clock::today;
use crate::browser::perf::measured;
use components::{CatalogFooter, DayControl, MovedDayBanner, StorageBanner};
pub use links::{link, BasePath};
use pages::{
    AddProductsPage, CustomerFormPage, CustomerRoute, CustomersPage, DataPage, NotFoundPage, OrderPage, OrdersPage,
    PartnerPage, ReviewPage, RulesPage, SubscriptionsPage, TrainingPage,
};
use state::AppState;

/// Starts the app in the page: replaces the frame `index.html` draws while the wasm
/// downloads (the same header, heading and lead, so nothing moves) with the app itself.
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
    match pages::synthetic_from_url() {
        Some(name) => pages::use_synthetic_catalog(state, &name),
        None => pages::restore_imported_catalog(state),
    }
    provide_context(state);

    let base = links::set_base_path();
    provide_context(BasePath(base.clone()));

    view! {
        <Router base=base>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="topbar no-print">
                <A href=crate::ui::link("/") attr:class="brand">"CSP Catalog"</A>
                <MainMenu />
                <DayControl />
                <span class="topbar-partner" title="Partner profile">
                    {move || state.partner().with(|p| format!("{} · {}", p.name, p.tenants().map(|c| c.name()).collect::<Vec<_>>().join(", ")))}
                </span>
            </header>
            <MovedDayBanner />
            <StorageBanner />
            <main class="page" id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=CustomersPage />
                    <Route path=path!("/rules") view=RulesPage />
                    <Route path=path!("/training") view=TrainingPage />
                    <Route path=path!("/partner") view=PartnerPage />
                    <Route path=path!("/data") view=DataPage />
                    <Route path=path!("/customers/new") view=CustomerFormPage />
                    <ParentRoute path=path!("/customers/:id") view=CustomerRoute>
                        <Route path=path!("edit") view=CustomerFormPage />
                        <Route path=path!("add-products") view=AddProductsPage />
                        <Route path=path!("review") view=ReviewPage />
                        <Route path=path!("orders") view=OrdersPage />
                        <Route path=path!("orders/:order") view=OrderPage />
                        <Route path=path!("subscriptions") view=SubscriptionsPage />
                    </ParentRoute>
                </Routes>
            </main>
            <CatalogFooter />
        </Router>
    }
}

/// The main navigation. On a phone it folds behind a Menu button, and following a link
/// folds it again.
#[component]
fn MainMenu() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button
            class="menu-button"
            aria-expanded=move || open.get().to_string()
            aria-controls="main-nav"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            <span class="menu-icon" aria-hidden="true"></span>
            "Menu"
        </button>
        // A link followed (any click in the menu lands on one) folds it.
        <nav class="topnav" class:open=open id="main-nav" aria-label="Main" on:click=move |_| open.set(false)>
            <A href=crate::ui::link("/") exact=true>"Customers"</A>
            <A href=crate::ui::link("/partner")>"Partner profile"</A>
            <A href=crate::ui::link("/rules")>"Rules"</A>
            <A href=crate::ui::link("/training")>"Training"</A>
            <A href=crate::ui::link("/data")>"Data"</A>
        </nav>
    }
}

/// Moves focus to the element with this id once the page has drawn it.
pub fn focus_after_render(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(&id)
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = element.focus();
        }
    });
}
