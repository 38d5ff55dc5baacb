//! One SKU (one offer) on the Add products page: what it is, its verdict, and for a sellable
//! offer the term, billing, quantity and Add to cart.

use leptos::prelude::*;

use super::buy_controls::BuyControls;
use super::page_context::PageContext;
use crate::app::buy_options::BuyOptions;
use crate::domain::catalog::{Catalog, Offer, OfferIndex, PriceChange};
use crate::domain::money::Money;
use crate::domain::rules::Verdict;
use crate::domain::term::Plan;
use crate::i18n::labels::plan as plan_label;
use crate::i18n::labels::Label;
use crate::i18n::{keys, text, text_with, Args, Language};
use crate::ui::components::ReasonList;
use crate::ui::state::use_catalog;
use crate::ui::words::use_words;

/// What a row shows of its offer, copied out of the catalog once.
struct OfferSummary {
    id: String,
    title: String,
    product_title: String,
    publisher: String,
    billing: String,
    segment: String,
    trial: bool,
    add_on_for: Vec<String>,
    /// What this month's price list changed: the badge, and its longer text.
    change: Option<(String, String)>,
}

impl OfferSummary {
    fn of(offer: Offer<'_>, catalog: &Catalog, language: Language) -> Self {
        OfferSummary {
            id: offer.id().to_string(),
            title: offer.sku.title.clone(),
            product_title: offer.product.title.clone(),
            publisher: offer.product.publisher.to_string(),
            billing: offer.product.billing_type.label(language),
            segment: offer.availability.segment.label(language),
            trial: offer.sku.trial,
            add_on_for: catalog.base_titles_of(offer).to_vec(),
            change: offer
                .availability
                .headline_change()
                .map(|(plan, change, now)| change_badge(language, catalog, plan, change, now)),
        }
    }
}

/// "Price changed: $36.00 → $39.00", with the plan in the longer text; "New this month".
fn change_badge(
    language: Language,
    catalog: &Catalog,
    plan: Plan,
    change: PriceChange,
    now: Money,
) -> (String, String) {
    let money = |amount| crate::i18n::format::money(language, amount, catalog.currency());
    match change {
        PriceChange::Added => (text(language, keys::BADGE_ADDED), text(language, keys::BADGE_ADDED)),
        PriceChange::Changed { previous: Some(before) } => {
            let args = Args::new()
                .text("before", money(before))
                .text("now", money(now))
                .text("plan", plan_label(language, plan));
            (
                text_with(language, keys::BADGE_PRICE_CHANGED, &args),
                text_with(language, keys::BADGE_PRICE_CHANGED_PLAN, &args),
            )
        }
        PriceChange::Changed { previous: None } => {
            (text(language, keys::BADGE_CHANGED), text(language, keys::BADGE_CHANGED))
        }
    }
}

#[component]
pub fn OfferRow(
    index: OfferIndex,
    /// In a flat list: where this row stands and how many rows there are, so a screen reader
    /// says "item 5 of 36,939" although only a page of rows is in the document.
    #[prop(optional)]
    place: Option<Signal<(usize, usize)>>,
) -> impl IntoView {
    let in_use = use_catalog();
    let page = expect_context::<PageContext>();
    let catalog = in_use.catalog().get_untracked();
    let words = use_words();
    // An index of another catalog (the catalog just changed; the row is about to go).
    let Some(offer) = catalog.get_offer_at(index) else {
        return ().into_any();
    };
    let summary = OfferSummary::of(offer, &catalog, words.language());
    let verdict = Memo::new(move |_| {
        page.verdicts
            .with(|v| v.get(index).cloned().unwrap_or(Verdict::Blocked(Vec::new())))
    });
    let options = StoredValue::new(BuyOptions::of(offer));
    view! {
        <li
            class="offer"
            class:blocked=move || !verdict.with(|v| v.is_allowed())
            data-offer=summary.id.clone()
            // The first row is the list's one tab stop; arrow keys move between rows from there.
            tabindex=move || if place.is_some_and(|p| p.get().0 == 0) { "0" } else { "-1" }
            aria-posinset=move || place.map(|p| (p.get().0 + 1).to_string())
            aria-setsize=move || place.map(|p| p.get().1.to_string())
        >
            <div class="offer-head">
                <h3 class="offer-title">{summary.title.clone()}</h3>
                <span class="badge">{summary.segment.clone()}</span>
                {summary.trial.then(|| view! { <span class="badge badge-info">{words.t(keys::BADGE_TRIAL)}</span> })}
                {summary.change.clone().map(|(badge, title)| view! { <span class="badge badge-change" data-testid="change-badge" title=title>{badge}</span> })}
                {(!summary.add_on_for.is_empty()).then(|| view! { <span class="badge badge-info">{words.t(keys::BADGE_ADD_ON)}</span> })}
            </div>
            <p class="offer-meta">
                {summary.product_title.clone()} " · " {summary.publisher.clone()} " · " {summary.billing.clone()} " · "
                <code title=words.t(keys::CATALOG_ITEM_ID)>{summary.id.clone()}</code>
            </p>
            {(!summary.add_on_for.is_empty()).then(|| {
                view! { <p class="offer-addon">{words.with(keys::ADD_ON_FOR, &Args::new().text("bases", summary.add_on_for.join(", ")))}</p> }
            })}
            {move || {
                if verdict.with(|v| v.is_allowed()) {
                    view! { <BuyControls index options /> }.into_any()
                } else {
                    let reasons = verdict.with(|v| v.reasons().to_vec());
                    view! {
                        <div class="verdict-blocked">
                            <p class="verdict-title" id=format!("why-{}", index.get())>{words.t(keys::CANT_BE_SOLD)}</p>
                            <ReasonList reasons />
                        </div>
                    }
                    .into_any()
                }
            }}
        </li>
    }
    .into_any()
}
