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
use crate::domain::orders::{self, Review};
use crate::i18n::{keys, Args};
use crate::ui::components::{BuyCurrencyNote, PriceListNote};
use crate::ui::pages::customer_route::current_customer;
use crate::ui::state::{use_catalog, use_ledger, use_visit};
use crate::ui::words::use_words;
use line::ReviewRow;

mod line;

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
            fallback=move || view! { <EmptyCart customer=id bought /> }
        >
            <ReviewTable review customer=id bad_inputs />
            <div class="actions">
                <A href=move || id.with_value(|id| Page::customer(id, CustomerPage::AddProducts).href()) attr:class="button">{words.t(keys::ADD_MORE_PRODUCTS)}</A>
                <span class="grow"></span>
                {move || {
                    let problems = review.with(Review::problem_count);
                    (problems > 0).then(|| view! {
                        <span class="warn-text">{words.with(keys::LINES_BLOCKED, &Args::new().number("count", problems as i64))}</span>
                    })
                }}
                <BuyCurrencyNote customer=id.get_value() />
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

/// An empty cart: where its last order went, if it was just bought.
#[component]
fn EmptyCart(customer: StoredValue<CustomerId>, bought: Memo<Option<OrderId>>) -> impl IntoView {
    let words = use_words();
    let id = customer;
    view! {
        <div class="empty">
            <p><strong>{words.t(keys::CART_EMPTY)}</strong></p>
            {move || bought.get().map(|number| {
                let href = id.with_value(|id| Page::customer(id, CustomerPage::Order(number.clone())).href());
                view! { <p>{words.t(keys::CART_BOUGHT_AS)} " " <A href=href>{number.to_string()}</A> "."</p> }
            })}
            <p><A href=move || id.with_value(|id| Page::customer(id, CustomerPage::AddProducts).href())>{words.t(keys::ADD_PRODUCTS)}</A></p>
        </div>
    }
}

/// The cart's lines, each checked by the rules again, with the total and the margin.
#[component]
fn ReviewTable(
    review: Memo<Review>,
    customer: StoredValue<CustomerId>,
    bad_inputs: RwSignal<BTreeSet<LineId>>,
) -> impl IntoView {
    let in_use = use_catalog();
    let words = use_words();
    let id = customer;
    view! {
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
    }
}
