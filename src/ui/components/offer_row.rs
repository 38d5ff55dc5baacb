//! One SKU (one offer) on the Add products page: what it is, its verdict, and for a sellable
//! offer the term, billing, quantity and Add to cart.

use leptos::prelude::*;

use crate::app::browse;
use crate::domain::cart::NewLine;
use crate::domain::catalog::Offer;
use crate::domain::money::{group_thousands, Money};
use crate::domain::rules::Context;
use crate::domain::term::Plan;
use crate::domain::term::{BillingFrequency, TermDuration};
use crate::ui::components::ReasonList;
use crate::ui::pages::add_products::PageContext;
use crate::ui::state::AppState;

/// Facts about an offer that a row shows, copied out of the catalog once.
struct RowFacts {
    id: String,
    title: String,
    product_title: String,
    publisher: String,
    billing: String,
    segment: String,
    trial: bool,
    add_on_for: Vec<String>,
    plans: Vec<(Plan, Money)>,
    default_quantity: u32,
}

impl RowFacts {
    fn of(offer: Offer<'_>, catalog: &crate::domain::catalog::Catalog) -> Self {
        RowFacts {
            id: offer.id().to_string(),
            title: offer.sku.title.clone(),
            product_title: offer.product.title.clone(),
            publisher: offer.product.publisher.to_string(),
            billing: offer.product.billing_type.to_string(),
            segment: offer.availability.segment.to_string(),
            trial: offer.sku.trial,
            add_on_for: offer
                .sku
                .prerequisites
                .iter()
                .map(|base| {
                    catalog
                        .sku(base)
                        .map_or_else(|| base.to_string(), |(_, s)| s.title.clone())
                })
                .collect(),
            plans: offer.availability.plans().collect(),
            default_quantity: offer.sku.min_quantity,
        }
    }
}

#[component]
pub fn OfferRow(
    index: usize,
    /// In a flat list: where this row stands and how many rows there are, so a screen reader
    /// says "item 5 of 36,939" although only a page of rows is in the document.
    #[prop(optional)]
    place: Option<Signal<(usize, usize)>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let page = expect_context::<PageContext>();
    let catalog = state.catalog().get_untracked();
    let facts = RowFacts::of(catalog.offer_at(index), &catalog);
    let verdict = Memo::new(move |_| page.verdicts.with(|v| v[index].clone()));
    let buy_facts = StoredValue::new(BuyFacts::from(&facts));
    view! {
        <li
            class="offer"
            class:blocked=move || !verdict.with(|v| v.is_allowed())
            data-offer=facts.id.clone()
            // The first row is the list's one tab stop; arrow keys move between rows from there.
            tabindex=move || if place.is_some_and(|p| p.get().0 == 0) { "0" } else { "-1" }
            aria-posinset=move || place.map(|p| (p.get().0 + 1).to_string())
            aria-setsize=move || place.map(|p| p.get().1.to_string())
        >
            <div class="offer-head">
                <h3 class="offer-title">{facts.title.clone()}</h3>
                <span class="badge">{facts.segment.clone()}</span>
                {facts.trial.then(|| view! { <span class="badge badge-info">"Trial"</span> })}
                {(!facts.add_on_for.is_empty()).then(|| view! { <span class="badge badge-info">"Add-on"</span> })}
            </div>
            <p class="offer-meta">
                {facts.product_title.clone()} " · " {facts.publisher.clone()} " · " {facts.billing.clone()} " · "
                <code title="Catalog item id">{facts.id.clone()}</code>
            </p>
            {(!facts.add_on_for.is_empty()).then(|| {
                view! { <p class="offer-addon">"Add-on for: " {facts.add_on_for.join(", ")}</p> }
            })}
            {move || {
                if verdict.with(|v| v.is_allowed()) {
                    view! { <BuyControls index facts=buy_facts /> }.into_any()
                } else {
                    let reasons = verdict.with(|v| v.reasons().to_vec());
                    view! {
                        <div class="verdict-blocked">
                            <p class="verdict-title" id=format!("why-{index}")>"Can't be sold to this customer:"</p>
                            <ReasonList reasons />
                        </div>
                    }
                    .into_any()
                }
            }}
        </li>
    }
}

#[derive(Clone)]
struct BuyFacts {
    plans: Vec<(Plan, Money)>,
    default_quantity: u32,
    title: String,
}

impl From<&RowFacts> for BuyFacts {
    fn from(f: &RowFacts) -> Self {
        BuyFacts {
            plans: f.plans.clone(),
            default_quantity: f.default_quantity,
            title: f.title.clone(),
        }
    }
}

#[component]
fn BuyControls(index: usize, facts: StoredValue<BuyFacts>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let page = expect_context::<PageContext>();
    // Most new-commerce licenses are bought for a year, billed monthly: start there.
    let preferred = Plan {
        term: TermDuration::OneYear,
        billing_frequency: BillingFrequency::Monthly,
    };
    let offer_id = state.catalog().with_untracked(|c| c.offer_at(index).id());
    let draft = page.rows.with_value(|rows| rows.drafts.get(&offer_id).cloned());
    let start_plan = draft.as_ref().map_or(preferred, |(plan, _)| *plan);
    let plan = RwSignal::new(facts.with_value(|f| f.plans.iter().position(|(p, _)| *p == start_plan).unwrap_or(0)));
    let quantity =
        RwSignal::new(draft.map_or_else(|| facts.with_value(|f| f.default_quantity.to_string()), |(_, q)| q));
    // Scrolled out of the page and back, the row comes back as the reader left it.
    let offer_id = StoredValue::new(offer_id);
    let remember = move || {
        let chosen = facts.with_value(|f| f.plans.get(plan.get_untracked()).map_or(preferred, |(p, _)| *p));
        let draft = (chosen, quantity.get_untracked());
        page.rows.update_value(|rows| {
            rows.drafts.insert(offer_id.get_value(), draft);
        });
    };
    let added = RwSignal::new(None::<String>);

    let check = Memo::new(move |_| {
        let text = quantity.get();
        with_cart_context(state, page, |context| {
            context.check_quantity(context.catalog.offer_at(index), &text)
        })
    });
    let limits = Memo::new(move |_| {
        with_cart_context(state, page, |context| {
            context.quantity_limits(context.catalog.offer_at(index))
        })
    });
    let what_if_on = move || !page.what_if.with(|w| w.is_empty());
    let invalid = move || check.with(|c| c.is_err());
    let price = move || facts.with_value(|f| f.plans.get(plan.get()).map(|(_, p)| *p));

    let add = move |_| {
        let Ok(qty) = check.get_untracked() else { return };
        let chosen = facts.with_value(|f| f.plans.get(plan.get_untracked()).map(|(p, _)| *p));
        let offer = state.catalog().with_untracked(|c| c.offer_at(index).id());
        let title = facts.with_value(|f| f.title.clone());
        let result = page.customer_id.with_value(|id| {
            state.add_to_cart(
                id,
                NewLine {
                    offer,
                    quantity: qty,
                    plan: chosen,
                },
            )
        });
        added.set(Some(match result {
            Ok(()) => format!("Added {qty} × {title} to the cart."),
            Err(_) => format!("Added {qty} × {title} to the cart on this page, but it could not be saved."),
        }));
    };

    let qty_id = format!("qty-{index}");
    let plan_id = format!("plan-{index}");
    let msg_id = format!("qty-msg-{index}");
    let has_plans = facts.with_value(|f| !f.plans.is_empty());
    view! {
        <div class="buy">
            {if has_plans {
                view! {
                    <div class="field">
                        <label for=plan_id.clone()>"Term and billing"</label>
                        <select
                            id=plan_id.clone()
                            on:change=move |ev| {
                                plan.set(event_target_value(&ev).parse().unwrap_or(0));
                                remember();
                            }
                        >
                            {facts.with_value(|f| {
                                f.plans
                                    .iter()
                                    .enumerate()
                                    .map(|(i, (p, _))| view! { <option value=i.to_string() selected=move || plan.get() == i>{p.to_string()}</option> })
                                    .collect_view()
                            })}
                        </select>
                    </div>
                }
                .into_any()
            } else {
                view! { <div class="field"><span class="field-label">"Billing"</span><span>"Pay as you go, monthly in arrears"</span></div> }.into_any()
            }}
            <div class="field price">
                <span class="field-label">"Unit price, whole term"</span>
                <span class="price-value" data-testid="unit-price">
                    {move || match price() {
                        Some(p) => state.catalog().with(|c| c.price(p)),
                        None => "Usage-based".to_string(),
                    }}
                </span>
            </div>
            <div class="field qty">
                <label for=qty_id.clone()>"Quantity"</label>
                <input
                    id=qty_id
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    prop:value=move || quantity.get()
                    aria-invalid=move || invalid().to_string()
                    aria-describedby=msg_id.clone()
                    on:input=move |ev| {
                        quantity.set(event_target_value(&ev));
                        added.set(None);
                        remember();
                    }
                />
            </div>
            <button
                class="button primary"
                disabled=move || invalid() || what_if_on()
                on:click=add
                aria-label=move || facts.with_value(|f| format!("Add {} to cart", f.title))
            >
                "Add to cart"
            </button>
            <div class="buy-messages" id=msg_id.clone() aria-live="polite">
                {move || match check.get() {
                    Err(reasons) => view! { <ReasonList reasons /> }.into_any(),
                    Ok(_) => view! { <p class="hint">{limits_hint(limits.get())}</p> }.into_any(),
                }}
                {move || added.get().map(|text| view! { <p class="added" role="status">"✓ " {text}</p> })}
            </div>
        </div>
    }
}

/// Runs `f` with the page's rules context, counting the customer's cart against seat pools.
fn with_cart_context<T>(state: AppState, page: PageContext, f: impl FnOnce(&Context<'_>) -> T) -> T {
    let catalog = state.catalog().get();
    let cart = page.customer_id.with_value(|id| state.cart(id));
    page.facts.with(|facts| {
        let context = Context::new(&catalog, &facts.partner, &facts.customer, state.today).with_cart(&cart);
        f(&context)
    })
}

fn limits_hint(limits: crate::domain::rules::QuantityLimits) -> String {
    if let Some(fixed) = limits.fixed {
        return format!(
            "Trials are for exactly {fixed} licenses, for {} days.",
            crate::domain::catalog::TRIAL_DAYS
        );
    }
    let mut hint = format!(
        "{}–{} per subscription",
        group_thousands(i64::from(limits.minimum)),
        group_thousands(i64::from(limits.maximum))
    );
    if let Some(pool) = limits.pooled {
        hint.push_str(&format!(
            "; {} of the {} small-business seats left",
            pool.remaining, pool.limit
        ));
    }
    hint
}

/// The products view: one line per product, expanding to its SKUs.
#[component]
pub fn ProductRow(
    summary: browse::ProductSummary,
    /// Where this row stands among the products and how many there are, for screen readers.
    place: Signal<(usize, usize)>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let catalog = state.catalog().get_untracked();
    let product = catalog.offer_at(summary.offers[0]).product;
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
    let price = match summary.price_range {
        Some((low, high)) if low == high => catalog.price(low),
        Some((low, high)) => format!("{} – {}", catalog.price(low), catalog.price(high)),
        None => "Usage-based".to_string(),
    };
    let offers = summary.offers.clone();
    let sku_count = summary.sku_count;
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
                <span class="product-meta">{product.publisher.to_string()} " · " {product.billing_type.to_string()}</span>
                <span class="product-skus">{format!("{sku_count} SKU{}", if sku_count == 1 { "" } else { "s" })}</span>
                <span class="product-price">{price}</span>
            </div>
            <p class="product-description">{product.description.clone()}</p>
            <Show when=move || open.get()>
                <ul class="offer-list nested" id=panel_id.clone()>
                    {offers.iter().map(|&i| view! { <OfferRow index=i /> }).collect_view()}
                </ul>
            </Show>
        </li>
    }
}
