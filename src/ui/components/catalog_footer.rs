use leptos::prelude::*;

use crate::ui::state::{AppState, CatalogSource};

/// Which catalog and price list the app is showing.
#[component]
pub fn CatalogFooter() -> impl IntoView {
    let state = expect_context::<AppState>();
    let stats = Memo::new(move |_| state.catalog().with(|c| c.stats()));
    view! {
        <footer class="footer">
            {move || match state.catalog_source().get() {
                CatalogSource::BuiltIn => "Built-in catalog (US market, prices in USD): ".to_string(),
                CatalogSource::Synthetic { name } => format!("Synthetic catalog ({name}, for scale tests, prices in USD): "),
                CatalogSource::Restoring { file } => format!("Loading the imported catalog {file}… Meanwhile, the built-in catalog: "),
                CatalogSource::Imported { file, .. } => {
                    format!("Imported catalog ({file}, prices in {}): ", state.catalog().with(|c| c.currency().to_string()))
                }
            }}
            <span data-testid="product-count">{move || stats.get().products}</span>
            " products, "
            <span data-testid="sku-count">{move || stats.get().skus}</span>
            " SKUs, "
            <span data-testid="offer-count">{move || stats.get().offers}</span>
            " price-list entries. Verdicts as of "
            {crate::domain::dates::long(state.today())}
            "."
        </footer>
    }
}
