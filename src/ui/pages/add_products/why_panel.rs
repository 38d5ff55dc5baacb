//! "Why can't I find…?": look up any offer across the whole catalog and get its verdict for
//! this customer, and which of the page's settings hide it.

use leptos::prelude::*;

use super::page_context::PageContext;
use crate::app::browse::find_anywhere;
use crate::domain::catalog::OfferIndex;
use crate::domain::rules::Verdict;
use crate::i18n::{keys, Args};
use crate::ui::components::ReasonList;
use crate::ui::state::use_catalog;
use crate::ui::words::use_words;

const MAX_RESULTS: usize = 8;

#[component]
pub fn WhyPanel() -> impl IntoView {
    let in_use = use_catalog();
    let words = use_words();
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| {
        let catalog = in_use.catalog().get();
        query.with(|q| find_anywhere(&catalog, q, MAX_RESULTS))
    });

    view! {
        <section class="panel" aria-labelledby="why-title">
            <h2 id="why-title">{words.t(keys::WHY_CANT_I_FIND)}</h2>
            <label for="why-search" class="field-label">{words.t(keys::WHY_SEARCH_LABEL)}</label>
            <input
                id="why-search"
                type="search"
                placeholder=words.t(keys::WHY_SEARCH_PLACEHOLDER)
                autocomplete="off"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <Show when=move || !query.with(|q| q.trim().is_empty())>
                <div aria-live="polite">
                    <Show
                        when=move || !found.with(Vec::is_empty)
                        fallback=move || view! { <p class="hint">{words.t(keys::WHY_NONE)}</p> }
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
    let in_use = use_catalog();
    let words = use_words();
    let page = expect_context::<PageContext>();
    let catalog = in_use.catalog().get_untracked();
    // An index of another catalog (the catalog just changed; the result is about to go).
    let Some(offer) = catalog.get_offer_at(index) else {
        return ().into_any();
    };
    let title = offer.sku.title.clone();
    let id = offer.id().to_string();
    let verdict = move || {
        page.verdicts
            .with(|v| v.get(index).cloned().unwrap_or(Verdict::Blocked(Vec::new())))
    };
    let hidden_by = move || {
        let catalog = in_use.catalog().get();
        let hidden = page.verdicts.with(|v| {
            page.filters
                .with(|f| match (catalog.get_offer_at(index), v.get(index)) {
                    (Some(offer), Some(verdict)) => f.hidden_by(offer, verdict),
                    _ => Vec::new(),
                })
        });
        hidden.iter().map(|h| h.sentence(words.language())).collect::<Vec<_>>()
    };
    view! {
        <li class="why-result">
            <p class="why-name"><strong>{title}</strong><br /><code>{id}</code></p>
            {move || {
                let v = verdict();
                if v.is_allowed() {
                    view! { <p class="verdict-ok">{words.t(keys::CAN_BE_SOLD)}</p> }.into_any()
                } else {
                    view! {
                        <div class="verdict-blocked">
                            <p class="verdict-title">{words.t(keys::CANT_BE_SOLD)}</p>
                            <ReasonList reasons=v.reasons().to_vec() />
                        </div>
                    }
                    .into_any()
                }
            }}
            {move || {
                let hidden = hidden_by();
                (!hidden.is_empty()).then(|| view! { <p class="hint">{words.with(keys::HIDDEN_BECAUSE, &Args::new().text("why", hidden.join("; ")))}</p> })
            }}
        </li>
    }
    .into_any()
}
