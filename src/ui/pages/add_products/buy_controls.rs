//! Term and billing, quantity and Add to cart for an offer this customer can buy.

use leptos::prelude::*;

use super::page_context::{per_month, PageContext};
use crate::app::cart::CartError;
use crate::domain::cart::NewLine;
use crate::domain::catalog::{Offer, OfferIndex, PriceTier, ProductCategory};
use crate::domain::money::Money;
use crate::domain::rules::Context;
use crate::domain::term::Plan;
use crate::i18n::labels::plan as plan_label;
use crate::i18n::{keys, Args};
use crate::ui::components::{HandOn, QuantityInput, ReasonList};
use crate::ui::state::{use_catalog, use_ledger, use_visit, CatalogInUse, LedgerState, Visit};
use crate::ui::words::{use_words, Words};

/// What buying an offer offers, copied out of the catalog once.
#[derive(Clone)]
pub struct BuyOptions {
    plans: Vec<(Plan, Money)>,
    /// Each plan's volume tiers, empty for a single price.
    tiers: Vec<Vec<PriceTier>>,
    default_plan: Option<Plan>,
    default_quantity: u32,
    title: String,
    category: ProductCategory,
}

impl BuyOptions {
    pub fn of(offer: Offer<'_>) -> Self {
        BuyOptions {
            plans: offer.availability.plans().collect(),
            tiers: offer
                .availability
                .plans()
                .map(|(plan, _)| {
                    offer
                        .availability
                        .term_price(plan.term, plan.billing_frequency)
                        // The rows they were imported from are not needed here.
                        .map(|t| {
                            t.tiers
                                .iter()
                                .map(|tier| PriceTier {
                                    source: None,
                                    ..tier.clone()
                                })
                                .collect()
                        })
                        .unwrap_or_default()
                })
                .collect(),
            default_plan: offer.availability.default_plan(),
            default_quantity: offer.sku.min_quantity,
            title: offer.sku.title.clone(),
            category: offer.product.category,
        }
    }
}

#[component]
pub fn BuyControls(index: OfferIndex, options: StoredValue<BuyOptions>) -> impl IntoView {
    let (visit, in_use, ledger) = (use_visit(), use_catalog(), use_ledger());
    let words = use_words();
    let page = expect_context::<PageContext>();
    let offer_id = in_use.catalog().with_untracked(|c| c.offer_at(index).id());
    let draft = page.rows.with_value(|rows| rows.drafts.get(&offer_id).cloned());
    let start_plan = match &draft {
        Some((plan, _)) => *plan,
        None => options.with_value(|f| f.default_plan),
    };
    let plan =
        RwSignal::new(options.with_value(|f| f.plans.iter().position(|(p, _)| Some(*p) == start_plan).unwrap_or(0)));
    let quantity =
        RwSignal::new(draft.map_or_else(|| options.with_value(|f| f.default_quantity.to_string()), |(_, q)| q));
    // Scrolled out of the page and back, the row comes back as the reader left it.
    let offer_id = StoredValue::new(offer_id);
    let remember = move || {
        let chosen = options.with_value(|f| f.plans.get(plan.get_untracked()).map(|(p, _)| *p));
        let draft = (chosen, quantity.get_untracked());
        page.rows.update_value(|rows| {
            rows.drafts.insert(offer_id.get_value(), draft);
        });
    };
    // What the last Add to cart did: whether the line went in, and a sentence.
    let added = RwSignal::new(None::<(bool, String)>);

    let chosen_plan = move || options.with_value(|f| f.plans.get(plan.get()).map(|(p, _)| *p));
    // The line this addition would make: the same offer on the same plan in the cart counts.
    let check = Memo::new(move |_| {
        let text = quantity.get();
        let plan = chosen_plan();
        with_cart_context((visit, in_use, ledger), page, |context| {
            context.check_addition(context.catalog.offer_at(index), plan, &text)
        })
    });
    let limits = Memo::new(move |_| {
        with_cart_context((visit, in_use, ledger), page, |context| {
            context.quantity_limits(context.catalog.offer_at(index))
        })
    });
    let what_if_on = move || !page.what_if.with(|w| w.is_empty());
    // Right after a successful Add, its confirmation is the one outcome shown: the same text
    // checked again against the fuller cart would contradict it. Typing starts over.
    let just_added = move || added.with(|a| matches!(a, Some((true, _))));
    let invalid = move || !just_added() && check.with(|c| c.is_err());
    // With volume tiers, the price of the tier the typed quantity falls in.
    let price = move || {
        let typed = check.with(|c| c.as_ref().ok().copied());
        options.with_value(|f| {
            let at = plan.get();
            let tiered = typed.and_then(|q| f.tiers.get(at)?.iter().find(|t| t.holds(q)).map(|t| t.unit_price));
            tiered.or_else(|| f.plans.get(at).map(|(_, p)| *p))
        })
    };
    let tiers_text = move || {
        let tiers = options.with_value(|f| f.tiers.get(plan.get()).cloned().unwrap_or_default());
        (!tiers.is_empty()).then(|| {
            let parts: Vec<String> = tiers
                .iter()
                .map(|tier| {
                    let from = words.number(tier.from);
                    let range = match tier.to {
                        Some(to) => format!("{from}–{}", words.number(to)),
                        None => format!("{from}+"),
                    };
                    format!(
                        "{range}: {}",
                        in_use.catalog().with(|c| words.price(c, tier.unit_price))
                    )
                })
                .collect();
            words.with(keys::VOLUME_TIERS, &Args::new().text("tiers", parts.join(" · ")))
        })
    };
    // The figure partners compare by; shown for every paid plan so the card keeps its shape.
    let monthly = move || {
        let plan = chosen_plan()?;
        let whole = price().filter(|p| !p.is_zero())?;
        let unit = words.t(options.with_value(|f| per_month(f.category)));
        Some(format!(
            "{} {unit}",
            in_use.catalog().with(|c| words.price(c, plan.term.per_month(whole)))
        ))
    };
    // A scheduled price change: the price the chosen plan will have, and from when.
    let next_price = move || {
        let plan = chosen_plan()?;
        in_use.catalog().with(|c| {
            let next = c.next_entry(index, visit.today())?;
            let price = next.availability.price_for(plan.term, plan.billing_frequency)?;
            Some(
                words.with(
                    keys::PRICE_FROM,
                    &Args::new()
                        .text("day", words.date(next.availability.effective_start))
                        .text("price", words.unit_price(c, price)),
                ),
            )
        })
    };

    let add = move |_| {
        let qty = match check.get_untracked() {
            Ok(qty) => qty,
            Err(reasons) => {
                let why: Vec<String> = reasons.iter().map(|r| words.reason(r)).collect();
                added.set(Some((
                    false,
                    words.with(keys::NOT_ADDED, &Args::new().text("why", why.join(" "))),
                )));
                return;
            }
        };
        let chosen = untrack(chosen_plan);
        let offer = in_use.catalog().with_untracked(|c| c.offer_at(index).id());
        let title = options.with_value(|f| f.title.clone());
        let in_cart: u32 = page.customer_id.with_value(|id| {
            ledger
                .cart(id)
                .lines()
                .iter()
                .filter(|l| l.offer == offer && l.plan == chosen)
                .map(|l| l.quantity)
                .sum()
        });
        let result = page.customer_id.with_value(|id| {
            ledger.add_to_cart(
                id,
                NewLine {
                    offer,
                    quantity: qty,
                    plan: chosen,
                },
            )
        });
        let args = Args::new().text("quantity", words.number(qty)).text("title", title);
        added.set(Some(match result {
            Ok(()) if in_cart > 0 => (
                true,
                words.with(keys::ADDED_MORE, &args.text("total", words.number(in_cart + qty))),
            ),
            Ok(()) => (true, words.with(keys::ADDED, &args)),
            Err(CartError::NotSaved { .. }) => (true, words.with(keys::ADDED_NOT_SAVED, &args)),
            // Refused by the rules for the cart as stored (another tab filled the line), or
            // the stored cart could not be read: the sentence says which.
            Err(other) => (
                false,
                words.with(keys::NOT_ADDED, &Args::new().text("why", words.cart_error(&other))),
            ),
        }));
    };

    let qty_id = format!("qty-{}", index.get());
    let plan_id = format!("plan-{}", index.get());
    let msg_id = format!("qty-msg-{}", index.get());
    let has_plans = options.with_value(|f| !f.plans.is_empty());
    view! {
        <div class="buy">
            {if has_plans {
                view! {
                    <div class="field">
                        <label for=plan_id.clone()>{words.t(keys::TERM_AND_BILLING)}</label>
                        <select
                            id=plan_id.clone()
                            on:change=move |ev| {
                                plan.set(event_target_value(&ev).parse().unwrap_or(0));
                                remember();
                            }
                        >
                            {options.with_value(|f| {
                                f.plans
                                    .iter()
                                    .enumerate()
                                    .map(|(i, (p, _))| view! { <option value=i.to_string() selected=move || plan.get() == i>{plan_label(words.language(), *p)}</option> })
                                    .collect_view()
                            })}
                        </select>
                    </div>
                }
                .into_any()
            } else {
                view! { <div class="field"><span class="field-label">{words.t(keys::BILLING)}</span><span>{words.t(keys::PAY_AS_YOU_GO)}</span></div> }.into_any()
            }}
            <div class="field price">
                <span class="field-label">{words.t(keys::UNIT_PRICE_WHOLE_TERM)}</span>
                <span class="price-value" data-testid="unit-price">
                    {move || match price() {
                        Some(p) => in_use.catalog().with(|c| words.unit_price(c, p)),
                        None => words.t(keys::USAGE_BASED),
                    }}
                </span>
                {move || monthly().map(|text| view! { <span class="price-monthly" data-testid="price-per-month">{text}</span> })}
                {move || tiers_text().map(|text| view! { <span class="price-next" data-testid="price-tiers">{text}</span> })}
                {move || next_price().map(|text| view! { <span class="price-next">{text}</span> })}
            </div>
            <div class="field qty">
                <label for=qty_id.clone()>{words.t(keys::QUANTITY)}</label>
                <QuantityInput
                    id=qty_id
                    described_by=msg_id.clone()
                    text=quantity
                    invalid=Signal::derive(invalid)
                    hand_on=HandOn::AsTyped
                    on_text=move |text| {
                        quantity.set(text);
                        added.set(None);
                        remember();
                    }
                />
            </div>
            <button
                class="button primary"
                disabled=move || invalid() || what_if_on()
                on:click=add
                // The visible words first, so "click Add to cart" works by voice (WCAG 2.5.3).
                aria-label=options.with_value(|f| words.with(keys::ADD_TO_CART_NAMED, &Args::new().text("title", f.title.clone())))
            >
                {words.t(keys::ADD_TO_CART)}
            </button>
            <div class="buy-messages" id=msg_id.clone() aria-live="polite">
                // One outcome at a time: what the last click did, else what the typed text means.
                {move || match (added.get(), check.get()) {
                    (Some((true, text)), _) => view! {
                        <p class="added" role="status">"✓ " {text}</p>
                        <p class="hint">{limits_hint(words, limits.get())}</p>
                    }
                    .into_any(),
                    (Some((false, text)), _) => view! { <p class="field-error" role="alert">{text}</p> }.into_any(),
                    (None, Err(reasons)) => view! { <ReasonList reasons /> }.into_any(),
                    (None, Ok(_)) => view! { <p class="hint">{limits_hint(words, limits.get())}</p> }.into_any(),
                }}
            </div>
        </div>
    }
}

/// Runs `f` with the page's rules context, counting the customer's cart against seat pools.
fn with_cart_context<T>(
    (visit, in_use, ledger): (Visit, CatalogInUse, LedgerState),
    page: PageContext,
    f: impl FnOnce(&Context<'_>) -> T,
) -> T {
    let catalog = in_use.catalog().get();
    let cart = page.customer_id.with_value(|id| ledger.cart(id));
    page.parties.with(|parties| {
        let context = parties.context(&catalog, visit.today()).with_cart(&cart);
        f(&context)
    })
}

fn limits_hint(words: Words, limits: crate::domain::rules::QuantityLimits) -> String {
    if let Some(fixed) = limits.fixed {
        return words.with(
            keys::LIMITS_TRIAL,
            &Args::new()
                .text("seats", words.seats(fixed))
                .number("days", crate::domain::catalog::TRIAL_DAYS),
        );
    }
    let mut hint = words.with(
        keys::LIMITS_RANGE,
        &Args::new()
            .text("minimum", words.number(limits.minimum))
            .text("maximum", words.number(limits.maximum)),
    );
    if let Some(pool) = limits.pooled {
        hint.push_str(
            &words.with(
                keys::LIMITS_POOL,
                &Args::new()
                    .text("remaining", words.number(pool.remaining))
                    .text("limit", words.number(pool.limit)),
            ),
        );
    }
    hint
}
