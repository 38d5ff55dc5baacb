//! "Why can't I find…?": look up any offer across the whole catalog and get its verdict for
//! this customer, and which of the page's settings hide it.

use leptos::prelude::*;

use crate::app::browse::{find_anywhere, HiddenBy};
use crate::domain::catalog::OfferIndex;
use crate::ui::components::ReasonList;
use crate::ui::pages::add_products::PageContext;
use crate::ui::state::AppState;

const MAX_RESULTS: usize = 8;

#[component]
pub fn WhyPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| {
        let catalog = state.catalog().get();
        query.with(|q| find_anywhere(&catalog, q, MAX_RESULTS))
    });

    view! {
        <section class="panel" aria-labelledby="why-title">
            <h2 id="why-title">"Why can't I find…?"</h2>
            <label for="why-search" class="field-label">"Offer name or id, anywhere in the catalog"</label>
            <input
                id="why-search"
                type="search"
                placeholder="e.g. Business Central Premium"
                autocomplete="off"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <Show when=move || !query.with(|q| q.trim().is_empty())>
                <div aria-live="polite">
                    <Show
                        when=move || !found.with(Vec::is_empty)
                        fallback=|| view! { <p class="hint">"No offer in the catalog has that name or id."</p> }
                    >
                        <ul class="why-results">
                            {move || found.get().into_iter().map(|i| view! { <WhyResult index=i /> }).collect_view()}
                        </ul>
                    </Show>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn WhyResult(index: OfferIndex) -> impl IntoView {
    let state = expect_context::<AppState>();
    let page = expect_context::<PageContext>();
    let catalog = state.catalog().get_untracked();
    let offer = catalog.offer_at(index);
    let title = offer.sku.title.clone();
    let id = offer.id().to_string();
    let verdict = move || page.verdicts.with(|v| v[index].clone());
    let hidden_by = move || {
        let catalog = state.catalog().get();
        let hidden = page
            .verdicts
            .with(|v| page.filters.with(|f| f.hidden_by(catalog.offer_at(index), &v[index])));
        hidden.iter().map(HiddenBy::to_string).collect::<Vec<_>>()
    };
    view! {
        <li class="why-result">
            <p class="why-name"><strong>{title}</strong><br /><code>{id}</code></p>
            {move || {
                let v = verdict();
                if v.is_allowed() {
                    view! { <p class="verdict-ok">"✓ Can be sold to this customer."</p> }.into_any()
                } else {
                    view! {
                        <div class="verdict-blocked">
                            <p class="verdict-title">"Can't be sold to this customer:"</p>
                            <ReasonList reasons=v.reasons().to_vec() />
                        </div>
                    }
                    .into_any()
                }
            }}
            {move || {
                let hidden = hidden_by();
                (!hidden.is_empty()).then(|| view! { <p class="hint">"Not in the list because " {hidden.join("; ")} "."</p> })
            }}
        </li>
    }
}
