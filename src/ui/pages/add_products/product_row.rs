//! The products view's row: one product, expanding to its SKUs.

use leptos::prelude::*;

use super::offer_row::OfferRow;
use super::page_context::{per_month, PageContext};
use crate::app::browse::{self, BlockedSkus};
use crate::i18n::labels::Label;
use crate::i18n::{keys, Args};
use crate::ui::state::use_catalog;
use crate::ui::words::{use_words, Words};

/// The products view: one line per product, expanding to its SKUs.
#[component]
pub fn ProductRow(
    summary: browse::ProductSummary,
    /// Where this row stands among the products and how many there are, for screen readers.
    place: Signal<(usize, usize)>,
) -> impl IntoView {
    let in_use = use_catalog();
    let catalog = in_use.catalog().get_untracked();
    // A summary of another catalog (the catalog just changed; the row is about to go).
    let Some(product) = catalog.product(&summary.product) else {
        return ().into_any();
    };
    let page = expect_context::<PageContext>();
    let id = StoredValue::new(product.id.clone());
    // Expanded stays expanded when the row scrolls out of the page and back.
    let open = RwSignal::new(
        page.rows
            .with_value(|rows| id.with_value(|id| rows.open_products.contains(id))),
    );
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        let now = open.get_untracked();
        page.rows.update_value(|rows| {
            let id = id.get_value();
            if now {
                rows.open_products.insert(id);
            } else {
                rows.open_products.remove(&id);
            }
        });
    };
    let panel_id = format!("skus-{}", product.id);
    // Per month whatever the term, so a one-month term and a year compare like with like.
    let words = use_words();
    let unit_price = |amount| words.unit_price(&catalog, amount);
    let per_month = || Some(words.t(per_month(summary.unit)));
    let (price, unit) = match summary.monthly_price_range {
        Some((low, high)) if high.is_zero() => (unit_price(low), None),
        Some((low, high)) if low == high => (unit_price(low), per_month()),
        Some((low, high)) => (format!("{} – {}", unit_price(low), unit_price(high)), per_month()),
        None => (words.t(keys::USAGE_BASED), None),
    };
    let offers = summary.offers.clone();
    let sku_count = summary.sku_count;
    // Shown only when blocked offers are in the list: a trainee scanning it sees why.
    let summary = StoredValue::new(summary);
    let blocked = Memo::new(move |_| {
        page.verdicts
            .with(|v| summary.with_value(|s| browse::blocked_skus(s, v)))
            .map(|b| blocked_text(words, &b))
    });
    view! {
        <li
            class="product"
            class:open=open
            aria-posinset=move || (place.get().0 + 1).to_string()
            aria-setsize=move || place.get().1.to_string()
        >
            <div class="product-line">
                <button
                    class="row-toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=panel_id.clone()
                    on:click=toggle
                >
                    <span class="chevron" aria-hidden="true"></span>
                    <span class="product-title">{product.title.clone()}</span>
                </button>
                <span class="product-meta">{product.publisher.to_string()} " · " {product.billing_type.label(words.language())}</span>
                <span class="product-skus">{words.with(keys::SKUS_COUNT, &Args::new().number("count", sku_count as i64))}</span>
                <span class="product-price">{price}" "{unit.map(|unit| view! { <span class="price-unit">{unit}</span> })}</span>
            </div>
            {move || blocked.get().map(|text| view! { <p class="product-blocked">{text}</p> })}
            // Microsoft publishes its descriptions in English, in the French Partner Center too.
            <p class="product-description" lang="en">{product.description.clone()}</p>
            <Show when=move || open.get()>
                <ul class="offer-list nested" id=panel_id.clone()>
                    {offers.iter().map(|&i| view! { <OfferRow index=i /> }).collect_view()}
                </ul>
            </Show>
        </li>
    }
    .into_any()
}

/// "Can't be sold: Not available in Slovakia, the partner's tenant country (and more)."
fn blocked_text(words: Words, blocked: &BlockedSkus) -> String {
    let reason = words.reason(&blocked.first_reason);
    let args = Args::new()
        .text("reason", reason.trim_end_matches('.').to_string())
        .number("blocked", blocked.blocked as i64)
        .number("listed", blocked.listed as i64);
    let key = match (blocked.blocked == blocked.listed, blocked.more) {
        (true, false) => keys::BLOCKED_ALL,
        (true, true) => keys::BLOCKED_ALL_MORE,
        (false, false) => keys::BLOCKED_SOME,
        (false, true) => keys::BLOCKED_SOME_MORE,
    };
    words.with(key, &args)
}
