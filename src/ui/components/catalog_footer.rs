use leptos::prelude::*;

use crate::i18n::{keys, Args};
use crate::ui::state::{use_catalog, use_visit, CatalogSource};
use crate::ui::words::use_words;

/// Which catalog and price list the app is showing.
#[component]
pub fn CatalogFooter() -> impl IntoView {
    let (visit, in_use) = (use_visit(), use_catalog());
    let words = use_words();
    let restoring = Memo::new(move |_| match in_use.source().get() {
        CatalogSource::Restoring { file, .. } => Some(file),
        _ => None,
    });
    move || match restoring.get() {
        // The counts would be the built-in catalog's, which no page shows meanwhile.
        Some(file) => view! {
            <footer class="footer">{words.with(keys::FOOTER_RESTORING, &Args::new().text("file", file))}</footer>
        }
        .into_any(),
        None => counts(visit, in_use).into_any(),
    }
}

fn counts(visit: crate::ui::state::Visit, in_use: crate::ui::state::CatalogInUse) -> impl IntoView {
    let stats = Memo::new(move |_| in_use.catalog().with(|c| c.stats()));
    let words = use_words();
    let n = |count: usize| i64::try_from(count).unwrap_or(i64::MAX);
    // "119,863", "119 863": grouped as the language groups thousands.
    let count = move |count: usize| words.number(n(count));
    view! {
        <footer class="footer">
            {move || match in_use.source().get() {
                CatalogSource::BuiltIn => words.t(keys::FOOTER_BUILT_IN),
                CatalogSource::Synthetic { name } => words.with(keys::FOOTER_SYNTHETIC, &Args::new().text("name", name)),
                CatalogSource::Restoring { file, .. } => words.with(keys::FOOTER_RESTORING, &Args::new().text("file", file)),
                CatalogSource::Imported { file, .. } => words.with(
                    keys::FOOTER_IMPORTED,
                    &Args::new()
                        .text("file", file)
                        .text("currency", in_use.catalog().with(|c| c.currency().to_string())),
                ),
            }}
            " "
            <span data-testid="product-count">{move || count(stats.get().products)}</span>
            " " {move || words.with(keys::FOOTER_PRODUCTS, &Args::new().number("count", n(stats.get().products)))} " "
            <span data-testid="sku-count">{move || count(stats.get().skus)}</span>
            " " {move || words.with(keys::FOOTER_SKUS, &Args::new().number("count", n(stats.get().skus)))} " "
            <span data-testid="offer-count">{move || count(stats.get().offers)}</span>
            " " {move || words.with(keys::FOOTER_OFFERS, &Args::new().number("count", n(stats.get().offers)).text("day", words.date(visit.today())))}
        </footer>
    }
}
