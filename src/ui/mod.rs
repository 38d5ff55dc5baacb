//! The browser shell. Components read the domain and render it; they hold no business rules.

mod clock;

use leptos::prelude::*;

use crate::catalog::{default_catalog, ProductCategory};
use crate::sample::sample_partner;

pub use clock::today;

#[component]
pub fn App() -> impl IntoView {
    let catalog = default_catalog();
    let stats = catalog.stats();
    let partner = sample_partner();
    let per_category: Vec<(ProductCategory, usize, usize)> = ProductCategory::ALL
        .into_iter()
        .map(|category| {
            let products: Vec<_> = catalog.products().iter().filter(|p| p.category == category).collect();
            let skus = products.iter().map(|p| p.skus.len()).sum();
            (category, products.len(), skus)
        })
        .collect();

    view! {
        <header class="topbar">
            <span class="brand">"CSP Catalog"</span>
            <span class="topbar-partner" title="Partner profile">
                {partner.name.clone()} " · " {partner.tenant_country.name()}
            </span>
        </header>
        <main class="page" id="main">
            <h1>"Catalog"</h1>
            <p class="lead">
                "The built-in price list, shaped like Partner Center's US new-commerce catalog, as of "
                {crate::dates::long(today())} "."
            </p>
            <section class="stats" aria-label="Catalog size">
                <div class="stat">
                    <span class="stat-value" data-testid="product-count">{stats.products}</span>
                    <span class="stat-label">"products"</span>
                </div>
                <div class="stat">
                    <span class="stat-value" data-testid="sku-count">{stats.skus}</span>
                    <span class="stat-label">"SKUs"</span>
                </div>
                <div class="stat">
                    <span class="stat-value" data-testid="offer-count">{stats.offers}</span>
                    <span class="stat-label">"offers in the price list"</span>
                </div>
            </section>
            <table class="grid">
                <caption>"By product category"</caption>
                <thead>
                    <tr><th scope="col">"Category"</th><th scope="col" class="num">"Products"</th><th scope="col" class="num">"SKUs"</th></tr>
                </thead>
                <tbody>
                    {per_category
                        .into_iter()
                        .map(|(category, products, skus)| view! {
                            <tr>
                                <th scope="row">{category.to_string()}</th>
                                <td class="num">{products}</td>
                                <td class="num">{skus}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </main>
    }
}
