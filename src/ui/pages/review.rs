//! `/customers/:id/review`: Review your orders. Every line is re-evaluated by the rules engine;
//! lines can be changed or removed; Buy creates the order.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::app::route::{CustomerPage, Page};
use crate::domain::cart::{Cart, LineId};
use crate::domain::ids::CustomerId;
use crate::domain::ids::OrderId;
use crate::domain::orders::{self, BaseChoice, LineProblem, Review};
use crate::domain::term::Plan;
use crate::i18n::labels::plan as plan_label;
use crate::i18n::{keys, Args};
use crate::ui::components::{HandOn, PriceListNote, QuantityInput};
use crate::ui::pages::customer_route::current_customer;
use crate::ui::state::{use_catalog, use_ledger, use_visit};
use crate::ui::words::use_words;

/// Shown under [`crate::ui::pages::customer_route::CustomerRoute`], which found the customer.
#[component]
pub fn ReviewPage() -> impl IntoView {
    current_customer().map(|customer_id| view! { <ReviewOrder customer_id /> })
}

#[component]
fn ReviewOrder(customer_id: CustomerId) -> impl IntoView {
    let (visit, in_use, ledger) = (use_visit(), use_catalog(), use_ledger());
    let words = use_words();
    ledger.load_cart(&customer_id);
    let id = StoredValue::new(customer_id);
    let cart = Memo::new(move |_| id.with_value(|id| ledger.cart(id)));
    let review = Memo::new(move |_| {
        let catalog = in_use.catalog().get();
        let Some(parties) = id.with_value(|id| ledger.parties(id)) else {
            return Review::default();
        };
        cart.with(|cart| orders::review(&parties.context(&catalog, visit.today()), cart))
    });
    // Lines whose quantity box holds text that isn't a usable number yet.
    let bad_inputs = RwSignal::new(BTreeSet::<LineId>::new());
    let message = RwSignal::new(None::<String>);
    let buying = RwSignal::new(false);
    let navigate = StoredValue::new_local(use_navigate());
    let name = move || id.with_value(|id| ledger.customer(id).map(|c| c.name).unwrap_or_default());
    // The order number of the cart this page last showed, so an empty cart can say where it went.
    let last_reserved = RwSignal::new(None::<OrderId>);
    Effect::new(move |_| {
        if let Some(number) = cart.with(|c| c.reserved_order().cloned()) {
            last_reserved.set(Some(number));
        }
    });
    let bought = Memo::new(move |_| {
        let number = last_reserved.get()?;
        cart.with(Cart::is_empty).then_some(())?;
        ledger.with(|l| l.orders.iter().find(|o| o.id == number).map(|o| o.id.clone()))
    });

    let buy_now = move || {
        // The page may have gone in the frame since the click: then nothing is bought.
        let (Some(customer), Some(shown)) = (
            id.try_get_value(),
            cart.try_with_untracked(|c| c.reserved_order().cloned()),
        ) else {
            return;
        };
        let result = ledger.buy(&customer, shown.as_ref());
        buying.set(false);
        match result {
            Ok(order) => {
                let _ = navigate.try_with_value(|nav| {
                    nav(
                        &Page::customer(&customer, CustomerPage::Order(order.id))
                            .with_query([("placed", "1".to_string())])
                            .path(),
                        Default::default(),
                    )
                });
            }
            Err(e) => message.set(Some(words.buy_error(&e))),
        }
    };
    let buy = move |_| {
        if buying.get_untracked() {
            return;
        }
        buying.set(true);
        // Buy runs in one go: let the browser paint the busy button first, so the user sees
        // the click was taken (a second click meets the guard above).
        request_animation_frame(move || set_timeout(buy_now, std::time::Duration::ZERO));
    };

    view! {
        <nav class="breadcrumb" aria-label=words.t(keys::BREADCRUMB)>
            <A href=Page::Customers.href()>{words.t(keys::NAV_CUSTOMERS)}</A>
            <span aria-hidden="true">" / "</span>
            <A href=move || id.with_value(|id| Page::customer(id, CustomerPage::AddProducts).href())>{name}</A>
            <span aria-hidden="true">" / "</span>
            <span>{words.t(keys::REVIEW)}</span>
        </nav>
        <h1>{words.t(keys::REVIEW_TITLE)}</h1>
        <p class="lead">{words.t(keys::REVIEW_LEAD)}</p>
        <PriceListNote customer=id.get_value() />
        {move || message.get().map(|text| view! { <div class="banner banner-warn" role="alert">{text}</div> })}
        <Show
            when=move || !cart.with(Cart::is_empty)
            fallback=move || view! {
                <div class="empty">
                    <p><strong>{words.t(keys::CART_EMPTY)}</strong></p>
                    {move || bought.get().map(|number| {
                        let href = id.with_value(|id| Page::customer(id, CustomerPage::Order(number.clone())).href());
                        view! { <p>{words.t(keys::CART_BOUGHT_AS)} " " <A href=href>{number.to_string()}</A> "."</p> }
                    })}
                    <p><A href=move || id.with_value(|id| Page::customer(id, CustomerPage::AddProducts).href())>{words.t(keys::ADD_PRODUCTS)}</A></p>
                </div>
            }
        >
            <table class="grid review reflow">
                <caption class="visually-hidden">{words.t(keys::ORDER_LINES)}</caption>
                // Fixed widths: a message under a line grows its row, never moves a column.
                <colgroup>
                    <col class="col-offer" />
                    <col class="col-plan" />
                    <col class="col-qty" />
                    <col class="col-price" />
                    <col class="col-price" />
                    <col class="col-action" />
                </colgroup>
                <thead>
                    <tr>
                        <th scope="col">{words.t(keys::COL_OFFER)}</th>
                        <th scope="col">{words.t(keys::COL_TERM_AND_BILLING)}</th>
                        <th scope="col">{words.t(keys::COL_QUANTITY)}</th>
                        <th scope="col" class="num">{words.t(keys::COL_UNIT_PRICE)}</th>
                        <th scope="col" class="num">{words.t(keys::COL_LINE_PRICE)}</th>
                        <th scope="col"><span class="visually-hidden">{words.t(keys::REMOVE)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || review.with(|r| r.lines.clone())
                        key=|line| line.line
                        children=move |line| {
                            let line_id = line.line;
                            let current = Memo::new(move |_| {
                                review.with(|r| r.lines.iter().find(|l| l.line == line_id).cloned())
                            });
                            view! { <ReviewRow line current customer=id bad_inputs /> }
                        }
                    />
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="4">{words.t(keys::TOTAL)}</th>
                        <td class="num total" data-testid="order-total">{move || review.with(|r| in_use.catalog().with(|c| words.price(c, r.total)))}</td>
                        <td></td>
                    </tr>
                    {move || {
                        let margin = review.with(Review::margin_total)?;
                        let text = in_use.catalog().with(|c| words.margin(margin, c.currency()))?;
                        Some(view! {
                            <tr class="margin-row">
                                <th scope="row" colspan="4">{words.t(keys::MARGIN_TOTAL)}</th>
                                <td class="num" colspan="2" data-testid="order-margin">{text}</td>
                            </tr>
                        })
                    }}
                </tfoot>
            </table>
            <div class="actions">
                <A href=move || id.with_value(|id| Page::customer(id, CustomerPage::AddProducts).href()) attr:class="button">{words.t(keys::ADD_MORE_PRODUCTS)}</A>
                <span class="grow"></span>
                {move || {
                    let problems = review.with(Review::problem_count);
                    (problems > 0).then(|| view! {
                        <span class="warn-text">{words.with(keys::LINES_BLOCKED, &Args::new().number("count", problems as i64))}</span>
                    })
                }}
                <button
                    class="button primary big"
                    disabled=move || !review.with(Review::can_buy) || !bad_inputs.with(BTreeSet::is_empty) || buying.get()
                    aria-busy=move || buying.get().then_some("true")
                    on:click=buy
                >
                    {words.t(keys::BUY)}
                </button>
            </div>
        </Show>
    }
}

#[component]
fn ReviewRow(
    line: orders::ReviewLine,
    /// The line as the review shows it now (its price, problems, quantity kept).
    current: Memo<Option<orders::ReviewLine>>,
    customer: StoredValue<CustomerId>,
    bad_inputs: RwSignal<BTreeSet<LineId>>,
) -> impl IntoView {
    let (in_use, ledger) = (use_catalog(), use_ledger());
    let words = use_words();
    let line_id = line.line;
    let plans: Vec<(Plan, crate::domain::money::Money)> = line
        .offer_index
        .map(|i| {
            in_use
                .catalog()
                .with_untracked(|c| c.offer_at(i).availability.plans().collect())
        })
        .unwrap_or_default();
    let quantity_text = RwSignal::new(line.quantity.to_string());
    // Why the typed text was refused; the cart keeps its last valid quantity meanwhile.
    let input_problem = RwSignal::new(None::<String>);
    Owner::on_cleanup(move || {
        bad_inputs.update(|b| {
            b.remove(&line_id);
        })
    });
    let kept = Memo::new(move |_| current.with(|l| l.as_ref().map(|l| l.quantity)));
    // Another tab (or a refused entry fixed) changed the stored quantity: show it.
    Effect::new(move |_| {
        if let Some(q) = kept.get() {
            if input_problem.with_untracked(Option::is_none) {
                quantity_text.set(q.to_string());
            }
        }
    });

    let set_quantity = move |text: String| {
        quantity_text.set(text.clone());
        match customer.with_value(|id| ledger.set_line_quantity(id, line_id, &text)) {
            Ok(()) => {
                input_problem.set(None);
                bad_inputs.update(|b| {
                    b.remove(&line_id);
                });
            }
            Err(e) => {
                input_problem.set(Some(words.cart_error(&e)));
                bad_inputs.update(|b| {
                    b.insert(line_id);
                });
            }
        }
    };
    let plans_offered = StoredValue::new(plans.iter().map(|(p, _)| *p).collect::<Vec<Plan>>());
    let set_plan = move |choice: usize| {
        let plan = plans_offered.with_value(|p| p.get(choice).copied());
        if let Err(e) = customer.with_value(|id| ledger.set_line_plan(id, line_id, plan)) {
            input_problem.set(Some(words.cart_error(&e)));
        }
    };
    let set_base = move |subscription: String| {
        let base = (!subscription.is_empty()).then_some(subscription);
        if let Err(e) = customer.with_value(|id| ledger.set_line_base(id, line_id, base)) {
            input_problem.set(Some(words.cart_error(&e)));
        }
    };
    let base_id = format!("review-base-{line_id}");
    // An add-on is bought on one of the customer's subscriptions: with several that fit, the
    // user picks one, as in Partner Center.
    let base_picker = move || {
        let (bases, chosen) = current.with(|l| {
            l.as_ref()
                .map(|l| (l.bases.clone(), l.base.clone()))
                .unwrap_or_default()
        });
        let describe = |b: &BaseChoice| {
            words.with(
                keys::BASE_DESCRIBE,
                &Args::new()
                    .text("name", b.name.clone())
                    .text("seats", words.seats(b.quantity))
                    .text("day", words.date_short(b.purchased_on)),
            )
        };
        match bases.as_slice() {
            [] => None,
            [only] => Some(view! { <p class="line-base">{words.with(keys::ON_BASE, &Args::new().text("base", describe(only)))}</p> }.into_any()),
            several => Some(
                view! {
                    <div class="line-base">
                        <label for=base_id.clone()>{words.t(keys::BASE_SUBSCRIPTION)}</label>
                        <select id=base_id.clone() on:change=move |ev| set_base(event_target_value(&ev))>
                            {several.iter().map(|b| {
                                let selected = chosen.as_deref() == Some(b.subscription.as_str());
                                view! { <option value=b.subscription.clone() selected=selected>{describe(b)}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                }
                .into_any(),
            ),
        }
    };
    let remove = move |_| {
        if let Err(e) = customer.with_value(|id| ledger.remove_line(id, line_id)) {
            input_problem.set(Some(words.cart_error(&e)));
        }
    };
    let qty_id = format!("review-qty-{line_id}");
    let msg_id = format!("review-msg-{line_id}");
    let plan_id = format!("review-plan-{line_id}");
    let title = line.title.clone();
    let problems = move || current.with(|l| l.as_ref().map(|l| l.problems.clone()).unwrap_or_default());
    let blocked = move || !problems().is_empty();
    view! {
        <tr class:blocked-row=blocked data-line=line_id.to_string()>
            <th scope="row">
                <span class="line-title">{line.title.clone()}</span>
                {base_picker}
                <div id=msg_id.clone()>
                    {move || {
                        let found = problems();
                        (!found.is_empty()).then(|| view! {
                            <ul class="reasons">
                                {found.iter().map(|p: &LineProblem| view! { <li>{words.line_problem(p)}</li> }).collect_view()}
                            </ul>
                        })
                    }}
                    {move || input_problem.get().map(|p| view! {
                        <p class="field-error" role="alert">{p}</p>
                        <p class="hint">{words.with(keys::CART_KEEPS, &Args::new().text("quantity", words.number(kept.get().unwrap_or(0))))}</p>
                    })}
                </div>
            </th>
            <td data-label=words.t(keys::COL_TERM_AND_BILLING)>
                {if plans.is_empty() {
                    view! { <span>{words.t(keys::PAY_AS_YOU_GO_SHORT)}</span> }.into_any()
                } else {
                    view! {
                        <label class="visually-hidden" for=plan_id.clone()>{words.with(keys::TERM_AND_BILLING_FOR, &Args::new().text("title", title.clone()))}</label>
                        <select id=plan_id.clone() on:change=move |ev| set_plan(event_target_value(&ev).parse().unwrap_or(0))>
                            {plans.iter().enumerate().map(|(i, (p, _))| {
                                let p = *p;
                                view! {
                                    <option value=i.to_string() selected=move || current.with(|l| l.as_ref().and_then(|l| l.plan)) == Some(p)>
                                        {plan_label(words.language(), p)}
                                    </option>
                                }
                            }).collect_view()}
                        </select>
                    }.into_any()
                }}
            </td>
            <td data-label=words.t(keys::COL_QUANTITY)>
                <label class="visually-hidden" for=qty_id.clone()>{words.with(keys::QUANTITY_OF, &Args::new().text("title", line.title.clone()))}</label>
                <QuantityInput
                    id=qty_id
                    class="qty-input"
                    described_by=msg_id
                    text=quantity_text
                    invalid=Signal::derive(move || input_problem.with(Option::is_some) || blocked())
                    hand_on=HandOn::WhenDone
                    on_text=set_quantity
                />
            </td>
            <td class="num" data-label=words.t(keys::COL_UNIT_PRICE)>
                {move || current.with(|l| l.as_ref().and_then(|l| l.unit_price)).map(|p| in_use.catalog().with(|c| words.unit_price(c, p))).unwrap_or_else(|| "—".into())}
                {move || {
                    let margin = current.with(|l| l.as_ref().and_then(|l| l.margin))?;
                    let text = in_use.catalog().with(|c| words.margin(margin, c.currency()))?;
                    Some(view! { <br /><span class="price-erp" title=words.t(keys::PRICE_ERP_MARGIN_TITLE)>{text}</span> })
                }}
            </td>
            <td class="num" data-label=words.t(keys::COL_LINE_PRICE)>
                {move || current.with(|l| l.as_ref().and_then(|l| l.line_total)).map(|p| in_use.catalog().with(|c| words.price(c, p))).unwrap_or_else(|| "—".into())}
            </td>
            <td class="row-end">
                <button class="button subtle" on:click=remove aria-label=words.with(keys::REMOVE_FROM_CART, &Args::new().text("title", line.title.clone()))>{words.t(keys::REMOVE)}</button>
            </td>
        </tr>
    }
}
