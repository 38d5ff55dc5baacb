//! Term and billing, quantity and Add to cart for an offer this customer can buy.

use leptos::prelude::*;

use super::page_context::{per_month, PageContext};
use crate::app::buy_options::{price_change, BuyOptions};
use crate::app::cart::CartError;
use crate::domain::cart::NewLine;
use crate::domain::catalog::OfferIndex;
use crate::domain::rules::QuantityLimits;
use crate::i18n::labels::plan as plan_label;
use crate::i18n::{format, keys, Args};
use crate::ui::components::{HandOn, QuantityInput, ReasonList};
use crate::ui::state::{use_catalog, use_ledger, use_visit};
use crate::ui::words::{use_words, Words};

#[component]
pub fn BuyControls(index: OfferIndex, options: StoredValue<BuyOptions>) -> impl IntoView {
    let ledger = use_ledger();
    let words = use_words();
    let page = expect_context::<PageContext>();
    let offer_id = StoredValue::new(options.with_value(|f| f.offer.clone()));
    // Scrolled out of the page and back, the row comes back as the reader left it.
    let draft = page
        .rows
        .with_value(|rows| offer_id.with_value(|id| rows.drafts.get(id).cloned()));
    let plan = RwSignal::new(options.with_value(|f| f.position(draft.as_ref().and_then(|(p, _)| *p))));
    let quantity =
        RwSignal::new(draft.map_or_else(|| options.with_value(|f| f.default_quantity.to_string()), |(_, q)| q));
    let remember = move || {
        let draft = (
            options.with_value(|f| f.plan(plan.get_untracked())),
            quantity.get_untracked(),
        );
        page.rows.update_value(|rows| {
            rows.drafts.insert(offer_id.get_value(), draft);
        });
    };
    // What the last Add to cart did: whether the line went in, and a sentence.
    let added = RwSignal::new(None::<(bool, String)>);

    let chosen_plan = move || options.with_value(|f| f.plan(plan.get()));
    // The line this addition would make: the same offer on the same plan in the cart counts.
    let check = Memo::new(move |_| {
        let (text, plan) = (quantity.get(), chosen_plan());
        page.customer_id.with_value(|id| {
            page.parties
                .with(|parties| ledger.typed_addition(id, parties, index, plan, &text))
        })
    });
    let limits = Memo::new(move |_| {
        page.customer_id
            .with_value(|id| page.parties.with(|parties| ledger.addition_limits(id, parties, index)))
    });
    let what_if_on = move || !page.what_if.with(|w| w.is_empty());
    // Right after a successful Add, its confirmation is the one outcome shown: the same text
    // checked again against the fuller cart would contradict it. Typing starts over.
    let just_added = move || added.with(|a| matches!(a, Some((true, _))));
    let invalid = move || !just_added() && check.with(|c| c.is_err());
    let add = move |_| {
        let qty = match check.get_untracked() {
            Ok(qty) => qty,
            Err(error) => {
                added.set(Some((false, not_added(words, &error))));
                return;
            }
        };
        let line = NewLine {
            offer: offer_id.get_value(),
            quantity: qty,
            plan: untrack(chosen_plan),
        };
        let result = page.customer_id.with_value(|id| ledger.add_to_cart(id, line));
        let args = Args::new()
            .text("quantity", words.number(qty))
            .text("title", options.with_value(|f| f.title.clone()));
        added.set(Some(match result {
            Ok(total) if total > qty => (
                true,
                words.with(keys::ADDED_MORE, &args.text("total", words.number(total))),
            ),
            Ok(_) => (true, words.with(keys::ADDED, &args)),
            Err(CartError::NotSaved { .. }) => (true, words.with(keys::ADDED_NOT_SAVED, &args)),
            // Refused by the rules for the cart as stored (another tab filled the line), or
            // the stored cart could not be read: the sentence says which.
            Err(other) => (false, not_added(words, &other)),
        }));
    };

    let qty_id = format!("qty-{}", index.get());
    let msg_id = format!("qty-msg-{}", index.get());
    view! {
        <div class="buy">
            <PlanField id=format!("plan-{}", index.get()) options plan remember />
            <PriceField index options plan typed=Signal::derive(move || check.with(|c| c.as_ref().ok().copied())) />
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
            <BuyMessages id=msg_id added check limits />
        </div>
        <PlansSideBySide options />
    }
}

/// Every term and billing of the SKU in one table, for comparing them at a glance: per month,
/// for the whole term, and the premium a billing adds. Folded away: most buyers pick one.
#[component]
fn PlansSideBySide(options: StoredValue<BuyOptions>) -> impl IntoView {
    let (words, in_use) = (use_words(), use_catalog());
    let rows = options.with_value(BuyOptions::side_by_side);
    let language = words.language();
    (rows.len() > 1).then(|| {
        let price = move |m| in_use.catalog().with_untracked(|c| words.price(c, m));
        view! {
            <details class="plans-side" data-testid="plans-side-by-side">
                <summary>{words.with(keys::PLANS_SIDE_BY_SIDE, &Args::new().number("count", rows.len() as i64))}</summary>
                <table class="grid compact">
                    <caption class="visually-hidden">{options.with_value(|f| f.title.clone())}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{words.t(keys::COL_TERM_AND_BILLING)}</th>
                            <th scope="col" class="num">{words.t(keys::COL_PER_MONTH)}</th>
                            <th scope="col" class="num">{words.t(keys::COL_WHOLE_TERM)}</th>
                            <th scope="col" class="num">{words.t(keys::COL_BILLING_PREMIUM)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.iter().map(|row| view! {
                            <tr>
                                <th scope="row">{plan_label(language, row.plan)}</th>
                                <td class="num">{price(row.per_month)}</td>
                                <td class="num">{price(row.whole_term)}</td>
                                <td class="num">{row.premium_tenths.map_or_else(|| "—".to_string(), |t| format::premium_percent(language, t))}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <p class="hint">{words.t(keys::PLANS_PREMIUM_NOTE)}</p>
            </details>
        }
    })
}

/// Term and billing: the plans to choose from, or "Pay as you go".
#[component]
fn PlanField(
    id: String,
    options: StoredValue<BuyOptions>,
    plan: RwSignal<usize>,
    remember: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let words = use_words();
    if !options.with_value(|f| f.has_plans()) {
        return view! { <div class="field"><span class="field-label">{words.t(keys::BILLING)}</span><span>{words.t(keys::PAY_AS_YOU_GO)}</span></div> }.into_any();
    }
    view! {
        <div class="field">
            <label for=id.clone()>{words.t(keys::TERM_AND_BILLING)}</label>
            <select
                id=id
                on:change=move |ev| {
                    plan.set(event_target_value(&ev).parse().unwrap_or(0));
                    remember();
                }
            >
                {options.with_value(|f| {
                    f.plans()
                        .enumerate()
                        .map(|(i, p)| view! { <option value=i.to_string() selected=move || plan.get() == i>{plan_label(words.language(), p)}</option> })
                        .collect_view()
                })}
            </select>
        </div>
    }
    .into_any()
}

/// The unit price for the plan and quantity typed, with what partners compare by: per
/// month, Microsoft's estimated retail price and the margin, volume tiers, a price change
/// to come.
#[component]
fn PriceField(
    index: OfferIndex,
    options: StoredValue<BuyOptions>,
    plan: RwSignal<usize>,
    typed: Signal<Option<u32>>,
) -> impl IntoView {
    let (visit, in_use) = (use_visit(), use_catalog());
    let words = use_words();
    let chosen_plan = move || options.with_value(|f| f.plan(plan.get()));
    let price = move || options.with_value(|f| f.unit_price(plan.get(), typed.get()));
    let tiers_text = move || {
        let tiers = options.with_value(|f| f.tiers(plan.get()).to_vec());
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
        let unit = words.t(options.with_value(|f| per_month(Some(f.unit))));
        Some(format!(
            "{} {unit}",
            in_use.catalog().with(|c| words.price(c, plan.term.per_month(whole)))
        ))
    };
    let margin = move || {
        let margin = options.with_value(|f| f.margin(plan.get(), typed.get()))?;
        in_use.catalog().with(|c| words.margin(margin, c.currency()))
    };
    let next_price = move || {
        in_use.catalog().with(|c| {
            let (day, price) = price_change(c, index, visit.today(), chosen_plan())?;
            let args = Args::new()
                .text("day", words.date(day))
                .text("price", words.unit_price(c, price));
            Some(words.with(keys::PRICE_FROM, &args))
        })
    };
    view! {
        <div class="field price">
            <span class="field-label">{words.t(keys::UNIT_PRICE_WHOLE_TERM)}</span>
            <span class="price-value" data-testid="unit-price">
                {move || match price() {
                    Some(p) => in_use.catalog().with(|c| words.unit_price(c, p)),
                    None => words.t(keys::USAGE_BASED),
                }}
            </span>
            {move || monthly().map(|text| view! { <span class="price-monthly" data-testid="price-per-month">{text}</span> })}
            {move || margin().map(|text| view! { <span class="price-erp" data-testid="price-erp" title=words.t(keys::PRICE_ERP_MARGIN_TITLE)>{text}</span> })}
            {move || tiers_text().map(|text| view! { <span class="price-next" data-testid="price-tiers">{text}</span> })}
            {move || next_price().map(|text| view! { <span class="price-next">{text}</span> })}
        </div>
    }
}

/// One outcome at a time: what the last click did, else what the typed text means.
#[component]
fn BuyMessages(
    id: String,
    added: RwSignal<Option<(bool, String)>>,
    check: Memo<Result<u32, CartError>>,
    limits: Memo<Option<QuantityLimits>>,
) -> impl IntoView {
    let words = use_words();
    view! {
        <div class="buy-messages" id=id aria-live="polite">
            {move || match (added.get(), check.get()) {
                (Some((true, text)), _) => view! {
                    <p class="added" role="status">"✓ " {text}</p>
                    <p class="hint">{limits_hint(words, limits.get())}</p>
                }
                .into_any(),
                (Some((false, text)), _) => view! { <p class="field-error" role="alert">{text}</p> }.into_any(),
                (None, Err(CartError::Refused(reasons))) => view! { <ReasonList reasons /> }.into_any(),
                (None, Err(other)) => view! { <p class="field-error" role="alert">{words.cart_error(&other)}</p> }.into_any(),
                (None, Ok(_)) => view! { <p class="hint">{limits_hint(words, limits.get())}</p> }.into_any(),
            }}
        </div>
    }
}

/// "Not added: …", with every reason the rules gave, or what went wrong.
fn not_added(words: Words, error: &CartError) -> String {
    let why = match error {
        CartError::Refused(reasons) => reasons.iter().map(|r| words.reason(r)).collect::<Vec<_>>().join(" "),
        other => words.cart_error(other),
    };
    words.with(keys::NOT_ADDED, &Args::new().text("why", why))
}

fn limits_hint(words: Words, limits: Option<QuantityLimits>) -> String {
    let Some(limits) = limits else {
        return String::new();
    };
    if let Some(fixed) = limits.fixed {
        return words.with(
            keys::LIMITS_TRIAL,
            &Args::new()
                .text("seats", words.seats(fixed))
                .number("days", crate::domain::catalog::TRIAL_DAYS),
        );
    }
    let mut hint = if limits.maximum >= crate::domain::catalog::UNLIMITED_LICENSES {
        words.with(
            keys::LIMITS_NO_MAXIMUM,
            &Args::new().text("minimum", words.number(limits.minimum)),
        )
    } else {
        words.with(
            keys::LIMITS_RANGE,
            &Args::new()
                .text("minimum", words.number(limits.minimum))
                .text("maximum", words.number(limits.maximum)),
        )
    };
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
    if let Some(owned) = limits.per_customer {
        hint.push_str(
            &words.with(
                keys::LIMITS_PER_CUSTOMER,
                &Args::new()
                    .text("remaining", words.number(owned.remaining))
                    .text("limit", words.number(owned.limit)),
            ),
        );
    }
    hint
}
