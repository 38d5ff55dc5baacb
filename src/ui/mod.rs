//! The browser shell: the app, its header and its routes. Pages render what the layers
//! below decide; they hold no business rules.

mod components;
pub mod focus;
mod links;
mod pages;
mod start;
pub mod state;
pub mod words;

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes, A};
use leptos_router::path;

use crate::app::route::Page;
pub use crate::browser::clock::today;
use components::{CatalogFooter, DayControl, MovedDayBanner, StorageBanner};
use focus::focus_after_render;
use pages::{
    AddProductsPage, CustomerFormPage, CustomerRoute, CustomersPage, DataPage, NotFoundPage, OrderPage, OrdersPage,
    PartnerPage, ReviewPage, RulesPage, SubscriptionsPage, TrainingPage,
};
use state::{use_catalog, use_ledger, use_notices, use_visit, CatalogSource};
use words::use_words;

use crate::i18n::{keys, Args, Language};

pub use start::{start, Later, SHOWN_EVENT};

/// The whole app, its state and its shell, as one component (the browser tests mount it;
/// [`start`] builds them in separate steps).
#[component]
pub fn App() -> impl IntoView {
    let catalog = state::provide_built_in_catalog();
    provide_app_state(catalog);
    view! { <Shell /> }
}

/// The visit's state, every context the pages read, and the catalog kept from an import.
fn provide_app_state(catalog: state::CatalogInUse) {
    let _ = state::provide_visit(today(), catalog);
    let notices = use_notices();
    match state::synthetic_from_url() {
        Some(name) => catalog.use_synthetic(&name),
        None => catalog.restore_kept(notices),
    }
    pages::add_products::KeptAcrossLanguages::provide();
}

/// The router and the frame, in the language of the visit.
#[component]
fn Shell() -> impl IntoView {
    let visit = use_visit();
    let base = links::set_base_path();
    view! {
        <Router base=base>
            // Switching language builds the pages again, as Partner Center reloads: every word
            // is read once, when its view is built, and nothing has to follow the language.
            {move || {
                visit.language();
                view! { <Frame /> }
            }}
        </Router>
    }
}

/// The header, the page the address names, and the footer.
#[component]
fn Frame() -> impl IntoView {
    let ledger = use_ledger();
    let words = use_words();
    view! {
            <a class="skip-link" href="#main">{words.t(keys::SKIP_TO_CONTENT)}</a>
            <header class="topbar no-print">
                <A href=Page::Customers.href() attr:class="brand">"CSP Catalog"</A>
                <MainMenu />
                <Later><DayControl /></Later>
                <Later>
                    <LanguageMenu />
                    <span class="topbar-partner" title=words.t(keys::PARTNER_PROFILE_TITLE)>
                        {move || ledger.with(|l| {
                            let p = &l.partner;
                            let countries: Vec<String> = p.tenants().map(|c| crate::i18n::format::country(words.language(), c)).collect();
                            format!("{} · {}", p.name, countries.join(", "))
                        })}
                    </span>
                </Later>
            </header>
            <Later>
                <MovedDayBanner />
                <StorageBanner />
            </Later>
            <main class="page" id="main" tabindex="-1">
                <Later><CatalogPages /></Later>
            </main>
            <Later><CatalogFooter /></Later>
    }
}

/// The page the address names, built for the catalog in use: built again when it changes,
/// so that nothing on screen is left from the one before. While an imported catalog is
/// read again at start, the page waits for it.
#[component]
fn CatalogPages() -> impl IntoView {
    let in_use = use_catalog();
    let restoring = Memo::new(move |_| match in_use.source().get() {
        CatalogSource::Restoring { file, .. } => Some(file),
        _ => None,
    });
    move || {
        if let Some(file) = restoring.get() {
            return view! { <CatalogLoading file /> }.into_any();
        }
        in_use.catalog().track();
        view! {
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
        }
        .into_any()
    }
}

/// What the page shows while the imported catalog is read again.
#[component]
fn CatalogLoading(file: String) -> impl IntoView {
    let in_use = use_catalog();
    let words = use_words();
    let percent = move || match in_use.source().get() {
        CatalogSource::Restoring { percent, .. } => percent,
        _ => 100,
    };
    view! {
        <section class="panel catalog-loading" role="status" aria-live="polite">
            <h1>{words.t(keys::RESTORING_TITLE)}</h1>
            <p>{words.with(keys::RESTORING_TEXT, &Args::new().text("file", file))}</p>
            <label class="import-progress">
                {words.t(keys::RESTORING_PROGRESS)}
                <progress max="100" value=move || percent().to_string()></progress>
            </label>
        </section>
    }
}

/// The main navigation. On a phone it folds behind a Menu button, and following a link
/// folds it again.
#[component]
fn MainMenu() -> impl IntoView {
    let open = RwSignal::new(false);
    let words = use_words();
    view! {
        <button
            class="menu-button"
            aria-expanded=move || open.get().to_string()
            aria-controls="main-nav"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            <span class="menu-icon" aria-hidden="true"></span>
            {words.t(keys::MENU)}
        </button>
        // A link followed (any click in the menu lands on one) folds it.
        <nav class="topnav" class:open=open id="main-nav" aria-label=words.t(keys::NAV_MAIN) on:click=move |_| open.set(false)>
            <A href=Page::Customers.href() exact=true>{words.t(keys::NAV_CUSTOMERS)}</A>
            <A href=Page::Partner.href()>{words.t(keys::NAV_PARTNER)}</A>
            <A href=Page::Rules.href()>{words.t(keys::NAV_RULES)}</A>
            <A href=Page::Training.href()>{words.t(keys::NAV_TRAINING)}</A>
            <A href=Page::Data.href()>{words.t(keys::NAV_DATA)}</A>
        </nav>
    }
}

/// The language menu: each language named in itself. The choice is kept for the next visit,
/// and a `?lang=` in the address follows it, so a link copied now opens in this language.
#[component]
fn LanguageMenu() -> impl IntoView {
    let visit = use_visit();
    let words = use_words();
    let navigate = leptos_router::hooks::use_navigate();
    let location = leptos_router::hooks::use_location();
    let notices = use_notices();
    let switch = move |language: Language| {
        let query = location.query.get_untracked();
        if query.get("lang").is_some() {
            let mut query = query;
            query.replace("lang", language.tag().to_string());
            let path = location.pathname.get_untracked();
            navigate(
                &format!("{path}{}", query.to_query_string()),
                leptos_router::NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
        pages::add_products::KeptAcrossLanguages::language_switching();
        visit.choose_language(language);
        // The pages are built again in the new language: keep the keyboard where it was.
        focus_after_render(LANGUAGE_MENU);
    };
    let choose = move |ev: leptos::ev::Event| {
        let Some(language) = Language::from_tag(&event_target_value(&ev)) else {
            return;
        };
        let menu = event_target::<web_sys::HtmlSelectElement>(&ev);
        let switch = switch.clone();
        // A language the app does not carry is fetched first; until it comes, nothing changes.
        // Scoped: the switch reads what the page keeps across languages from its context.
        leptos::task::spawn_local_scoped(async move {
            if words::fetch_words(language, notices).await {
                switch(language);
            } else {
                menu.set_value(visit.language_untracked().tag());
            }
        });
    };
    let current = visit.language_untracked();
    view! {
        <label class="language-menu">
            <span class="visually-hidden">{words.t(keys::LANGUAGE)}</span>
            <select id=LANGUAGE_MENU on:change=choose>
                {Language::ALL.into_iter().map(|language| view! {
                    <option value=language.tag() lang=language.tag() selected=language == current>
                        {language.name_in_itself()}
                    </option>
                }).collect_view()}
            </select>
        </label>
    }
}

const LANGUAGE_MENU: &str = "language-menu";
