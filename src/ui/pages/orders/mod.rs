//! `/customers/:id/orders`: the order history, newest first; and
//! `/customers/:id/orders/:order`: one order, which is also Buy's confirmation page (its
//! lines and totals in [`lines`]).

mod lines;

use lines::{OrderLineRow, OrderTotals};

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params, use_query_map};
use leptos_router::params::Params;

use crate::app::orders::{line_standings, order_account, orders_file, Cancelled, OrdersFile};
use crate::app::route::{CustomerPage, Page};
use crate::domain::customer::Customer;
use crate::domain::ids::{LineNumber, OrderId};
use crate::domain::money::Currency;
use crate::domain::orders::{self, Order};
use crate::i18n::labels::Label;
use crate::i18n::{keys, Args};
use crate::ui::focus::focus_after_render;
use crate::ui::pages::customer_route::current_customer;
use crate::ui::pages::not_found::NotFound;
use crate::ui::state::{use_catalog, use_ledger, use_visit, LedgerState};
use crate::ui::words::{use_words, Words};

fn when(words: Words, order: &Order) -> String {
    let t = order.created_at.to_offset(time::UtcOffset::UTC);
    let utc = words.with(
        keys::CREATED_AT,
        &Args::new()
            .text("day", words.date(t.date()))
            .text("time", format!("{:02}:{:02}", t.hour(), t.minute())),
    );
    words.beside_local_time(utc, t)
}

/// "Completed", "Partly cancelled", "Cancelled".
fn order_status(words: Words, order: &Order) -> String {
    order.status().label(words.language())
}

#[component]
fn Crumbs(customer: Customer, #[prop(optional)] order: Option<String>) -> impl IntoView {
    let history = Page::customer(&customer.id, CustomerPage::Orders).href();
    let words = use_words();
    view! {
        <nav class="breadcrumb" aria-label=words.t(keys::BREADCRUMB)>
            <A href=Page::Customers.href()>{words.t(keys::NAV_CUSTOMERS)}</A>
            <span aria-hidden="true">" / "</span>
            <span>{customer.name.clone()}</span>
            <span aria-hidden="true">" / "</span>
            {match order {
                None => view! { <span>{words.t(keys::ORDER_HISTORY)}</span> }.into_any(),
                Some(number) => view! {
                    <A href=history>{words.t(keys::ORDER_HISTORY)}</A>
                    <span aria-hidden="true">" / "</span>
                    <span>{number}</span>
                }.into_any(),
            }}
        </nav>
    }
}

fn download_orders(ledger: LedgerState, kind: OrdersFile, customer: &crate::domain::ids::CustomerId) {
    let customers = ledger.with_untracked(|l| l.customers.clone());
    let (name, media_type, text) = orders_file(kind, &ledger.orders_of(customer), &customers, customer);
    crate::browser::download::download(&name, media_type, &text);
}

#[component]
pub fn OrdersPage() -> impl IntoView {
    let ledger = use_ledger();
    let words = use_words();
    let id = StoredValue::new(current_customer());
    let customer = Memo::new(move |_| id.with_value(|id| ledger.customer(id.as_ref()?)));
    move || {
        match customer.get() {
            // The customer route shows "Customer not found" instead of this page.
            None => ().into_any(),
            Some(customer) => {
                let id = customer.id.clone();
                let orders = Memo::new(move |_| ledger.orders_of(&id));
                let add = Page::customer(&customer.id, CustomerPage::AddProducts).href();
                view! {
                <Crumbs customer=customer.clone() />
                <div class="page-head">
                    <h1>{words.t(keys::ORDER_HISTORY)}</h1>
                    <div class="actions tight">
                        <button class="button" on:click={
                            let id = customer.id.clone();
                            move |_| download_orders(ledger, OrdersFile::Csv, &id)
                        }>{words.t(keys::EXPORT_CSV)}</button>
                        <button class="button" on:click={
                            let id = customer.id.clone();
                            move |_| download_orders(ledger, OrdersFile::Json, &id)
                        }>{words.t(keys::EXPORT_JSON)}</button>
                        <A href=add attr:class="button primary">{words.t(keys::ADD_PRODUCTS)}</A>
                    </div>
                </div>
                <Show
                    when=move || !orders.with(Vec::is_empty)
                    fallback=move || view! { <div class="empty"><p>{words.t(keys::NO_ORDERS)}</p></div> }
                >
                    <table class="grid orders reflow">
                        <caption class="visually-hidden">{words.t(keys::ORDERS_NEWEST_FIRST)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{words.t(keys::COL_ORDER_NUMBER)}</th>
                                <th scope="col">{words.t(keys::COL_CREATED)}</th>
                                <th scope="col">{words.t(keys::COL_ITEMS)}</th>
                                <th scope="col">{words.t(keys::COL_STATUS)}</th>
                                <th scope="col" class="num">{words.t(keys::COL_TOTAL)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {
                                let id = customer.id.clone();
                                move || orders.get().into_iter().map(|order| {
                                    let href = Page::customer(&id, CustomerPage::Order(order.id.clone())).href();
                                    let items: Vec<String> = order.lines.iter().map(|l| format!("{} × {}", words.number(l.quantity), l.friendly_name)).collect();
                                    let number = order.id.to_string();
                                    let created = when(words, &order);
                                    view! {
                                        <tr>
                                            <th scope="row"><A href=href>{number}</A></th>
                                            <td data-label=words.t(keys::COL_CREATED)>{created}</td>
                                            <td data-label=words.t(keys::COL_ITEMS)>{items.join(", ")}</td>
                                            <td data-label=words.t(keys::COL_STATUS)>{order_status(words, &order)}</td>
                                            <td class="num" data-label=words.t(keys::COL_TOTAL)>{words.money(order.total, order.currency)}</td>
                                        </tr>
                                    }
                                }).collect_view()
                            }
                        </tbody>
                    </table>
                </Show>
            }
            .into_any()
            }
        }
    }
}

#[derive(Params, Clone, Debug, PartialEq)]
struct OrderParams {
    order: Option<String>,
}

#[component]
pub fn OrderPage() -> impl IntoView {
    let (visit, ledger) = (use_visit(), use_ledger());
    let words = use_words();
    let id = StoredValue::new(current_customer());
    let params = use_params::<OrderParams>();
    let query = use_query_map();
    let found = Memo::new(move |_| {
        let customer = id.with_value(|id| ledger.customer(id.as_ref()?))?;
        let number: OrderId = params.get().ok()?.order?.parse().ok()?;
        let order = ledger.with(|l| {
            let all = &l.orders;
            all.iter()
                .find(|o| o.id == number && o.customer == customer.id)
                .cloned()
        })?;
        Some((customer, order))
    });
    let placed = Memo::new(move |_| query.read().get("placed").is_some());
    // Lives here, not in the detail view, so it survives the re-render a cancellation causes.
    let message = RwSignal::new(None::<String>);
    move || {
        // Cancellation windows close as the app's day moves.
        visit.today();
        match found.get() {
            None => {
                view! { <NotFound title=words.t(keys::ORDER_NOT_FOUND) detail=words.t(keys::ORDER_NOT_FOUND_DETAIL) /> }
                    .into_any()
            }
            Some((customer, order)) => view! { <OrderDetail customer order placed message /> }.into_any(),
        }
    }
}

/// "Line 1 was cancelled. Refund: $99.47."
fn cancelled_text(words: Words, cancelled: &Cancelled, number: LineNumber, currency: Currency) -> String {
    words.with(
        keys::LINE_CANCELLED,
        &Args::new()
            .number("line", i64::from(number.shown()))
            .text("refund", words.money(cancelled.refund, currency)),
    )
}

#[component]
fn OrderDetail(
    customer: Customer,
    order: Order,
    placed: Memo<bool>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let (visit, ledger) = (use_visit(), use_ledger());
    let words = use_words();
    let navigate = use_navigate();
    let history = Page::customer(&customer.id, CustomerPage::Orders).path();
    let done = {
        let history = history.clone();
        move |_| navigate(&history, Default::default())
    };
    let which = StoredValue::new((customer.id.clone(), order.id.clone(), order.currency));
    // The line whose cancellation waits for the user's confirmation.
    let pending = RwSignal::new(None::<LineNumber>);
    let cancel = Callback::new(move |number: LineNumber| {
        pending.set(None);
        let text = which.with_value(
            |(customer, order, currency)| match ledger.cancel_line(customer, order, number) {
                Ok(cancelled) => cancelled_text(words, &cancelled, number, *currency),
                Err(e) => words.cancel_failure(&e),
            },
        );
        message.set(Some(text));
        focus_after_render("order-message");
    });
    // Windows are instants from the purchase (never the browser's local date).
    let now = visit.now();
    let changes = ledger.with_untracked(|l| l.changes_of(&customer.id).to_vec());
    let catalog = use_catalog().catalog().get_untracked();
    let standings = line_standings(&catalog, &order, &ledger.orders_of(&customer.id), &changes, now);
    let account = order_account(&catalog, &order, &changes, now);
    let subscriptions_link = Page::customer(&customer.id, CustomerPage::Subscriptions).href();
    let line_links = subscriptions_link.clone();
    view! {
        <Crumbs customer=customer.clone() order=order.id.to_string() />
        <Show when=move || placed.get()>
            <div class="banner banner-ok" role="status">
                // One paragraph: the banner lays out its children side by side.
                <p>
                    <strong>{words.t(keys::ORDER_PLACED)}</strong>
                    " " {words.t(keys::ORDER_PLACED_NEXT)} " "
                    <A href=subscriptions_link.clone()>{words.t(keys::SUBSCRIPTIONS)}</A>
                    "."
                </p>
            </div>
        </Show>
        <div class="page-head">
            <div>
                <h1>{words.t(keys::ORDER_TITLE)} " " <span data-testid="order-number">{order.id.to_string()}</span></h1>
                <dl class="facts">
                    <div><dt>{words.t(keys::FACT_CUSTOMER)}</dt><dd>{customer.name.clone()}</dd></div>
                    <div><dt>{words.t(keys::COL_CREATED)}</dt><dd>{when(words, &order)}</dd></div>
                    <div><dt>{words.t(keys::COL_STATUS)}</dt><dd data-testid="order-status">{order_status(words, &order)}</dd></div>
                </dl>
            </div>
            <div class="actions tight no-print">
                <button class="button" on:click=move |_| {
                    if let Some(window) = web_sys::window() {
                        let _ = window.print();
                    }
                }>{words.t(keys::PRINT)}</button>
                <Show when=move || placed.get()>
                    <button class="button primary" on:click=done.clone()>{words.t(keys::DONE)}</button>
                </Show>
            </div>
        </div>
        {move || message.get().map(|text| view! { <div class="banner banner-info" role="status" id="order-message" tabindex="-1">{text}</div> })}
        <table class="grid order-lines reflow">
            <caption class="visually-hidden">{words.t(keys::LINE_ITEMS)}</caption>
            <thead>
                <tr>
                    <th scope="col">"#"</th>
                    <th scope="col">{words.t(keys::COL_OFFER)}</th>
                    <th scope="col">{words.t(keys::COL_TERM_AND_BILLING)}</th>
                    <th scope="col" class="num">{words.t(keys::COL_QUANTITY)}</th>
                    <th scope="col" class="num">{words.t(keys::COL_UNIT_PRICE)}</th>
                    <th scope="col" class="num">{words.t(keys::COL_PRICE)}</th>
                    <th scope="col">{words.t(keys::COL_SUBSCRIPTION)}</th>
                </tr>
            </thead>
            <tbody>
                {order.lines.iter().cloned().zip(standings).map(|(line, standing)| view! {
                    <OrderLineRow line standing currency=order.currency subscriptions=line_links.clone() pending cancel />
                }).collect_view()}
            </tbody>
            <OrderTotals order=order.clone() account />
        </table>
        <p class="hint">{words.with(
            keys::CANCELLATION_POLICY_HINT,
            &Args::new()
                .number("hours", orders::CANCELLATION_HOURS)
                .number("saas_hours", orders::SAAS_CANCELLATION_HOURS),
        )}</p>
    }
}
