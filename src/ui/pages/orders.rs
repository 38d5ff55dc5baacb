//! `/customers/:id/orders`: the order history, newest first; and
//! `/customers/:id/orders/:order`: one order, which is also Buy's confirmation page.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params, use_query_map};
use leptos_router::params::Params;

use crate::domain::customer::Customer;
use crate::domain::dates::long;
use crate::domain::ids::OrderId;
use crate::domain::orders::{self, Order};
use crate::ui::focus_after_render;
use crate::ui::pages::{current_customer, NotFound};
use crate::ui::state::AppState;

fn when(order: &Order) -> String {
    let t = order.created_at;
    format!("{}, {:02}:{:02} UTC", long(t.date()), t.hour(), t.minute())
}

#[component]
fn Crumbs(customer: Customer, #[prop(optional)] order: Option<String>) -> impl IntoView {
    let history = crate::ui::link(&format!("/customers/{}/orders", customer.id));
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <A href=crate::ui::link("/")>"Customers"</A>
            <span aria-hidden="true">" / "</span>
            <span>{customer.name.clone()}</span>
            <span aria-hidden="true">" / "</span>
            {match order {
                None => view! { <span>"Order history"</span> }.into_any(),
                Some(number) => view! {
                    <A href=history>"Order history"</A>
                    <span aria-hidden="true">" / "</span>
                    <span>{number}</span>
                }.into_any(),
            }}
        </nav>
    }
}

#[component]
pub fn OrdersPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(current_customer());
    let customer = Memo::new(move |_| id.with_value(|id| state.customer(id.as_ref()?.as_str())));
    move || {
        match customer.get() {
            // The customer route shows "Customer not found" instead of this page.
            None => ().into_any(),
            Some(customer) => {
                let id = customer.id.clone();
                let orders = Memo::new(move |_| state.orders_of(&id));
                let add = crate::ui::link(&format!("/customers/{}/add-products", customer.id));
                let base = format!("/customers/{}/orders", customer.id);
                view! {
                <Crumbs customer=customer.clone() />
                <div class="page-head">
                    <h1>"Order history"</h1>
                    <div class="actions tight">
                        <button class="button" on:click={
                            let id = customer.id.clone();
                            move |_| {
                                let orders = state.orders_of(&id);
                                let text = crate::formats::orders_export::orders_csv(&orders, &state.customers().get_untracked());
                                crate::browser::download::download(&format!("orders-{id}.csv"), "text/csv", &text);
                            }
                        }>"Export CSV"</button>
                        <button class="button" on:click={
                            let id = customer.id.clone();
                            move |_| {
                                let text = crate::formats::orders_export::orders_json(&state.orders_of(&id));
                                crate::browser::download::download(&format!("orders-{id}.json"), "application/json", &text);
                            }
                        }>"Export JSON"</button>
                        <A href=add attr:class="button primary">"Add products"</A>
                    </div>
                </div>
                <Show
                    when=move || !orders.with(Vec::is_empty)
                    fallback=|| view! { <div class="empty"><p>"No orders yet for this customer."</p></div> }
                >
                    <table class="grid orders reflow">
                        <caption class="visually-hidden">"Orders, newest first"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Order number"</th>
                                <th scope="col">"Created"</th>
                                <th scope="col">"Items"</th>
                                <th scope="col">"Status"</th>
                                <th scope="col" class="num">"Total"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {
                                let base = base.clone();
                                move || orders.get().into_iter().map(|order| {
                                    let href = crate::ui::link(&format!("{base}/{}", order.id));
                                    let items: Vec<String> = order.lines.iter().map(|l| format!("{} × {}", l.quantity, l.friendly_name)).collect();
                                    let number = order.id.to_string();
                                    let created = when(&order);
                                    view! {
                                        <tr>
                                            <th scope="row"><A href=href>{number}</A></th>
                                            <td data-label="Created">{created}</td>
                                            <td data-label="Items">{items.join(", ")}</td>
                                            <td data-label="Status">{order.status.to_string()}</td>
                                            <td class="num" data-label="Total">{order.total.in_currency(&order.currency)}</td>
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
    let state = expect_context::<AppState>();
    let id = StoredValue::new(current_customer());
    let params = use_params::<OrderParams>();
    let query = use_query_map();
    let found = Memo::new(move |_| {
        let customer = id.with_value(|id| state.customer(id.as_ref()?.as_str()))?;
        let number: OrderId = params.get().ok()?.order?.parse().ok()?;
        let order = state.orders().with(|all| {
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
        state.today();
        match found.get() {
        None => view! { <NotFound title="Order not found" detail="There is no order with this number for this customer." /> }.into_any(),
        Some((customer, order)) => view! { <OrderDetail customer order placed message /> }.into_any(),
    }
    }
}

#[component]
fn OrderDetail(
    customer: Customer,
    order: Order,
    placed: Memo<bool>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let history = format!("/customers/{}/orders", customer.id);
    let done = {
        let history = history.clone();
        move |_| navigate(&history, Default::default())
    };
    let which = StoredValue::new((customer.id.clone(), order.id.clone(), order.currency.clone()));
    // The line whose cancellation waits for the user's confirmation.
    let pending = RwSignal::new(None::<u32>);
    let cancel = move |number: u32| {
        pending.set(None);
        let text = which.with_value(
            |(customer, order, currency)| match state.cancel_line(customer, order, number) {
                Ok(cancelled) => {
                    let mut text = format!(
                        "Line {} was cancelled. Refund: {}.",
                        number + 1,
                        cancelled.refund.in_currency(currency)
                    );
                    if !cancelled.add_ons.is_empty() {
                        let ended: Vec<String> = cancelled
                            .add_ons
                            .iter()
                            .map(|a| format!("{} (refund {})", a.name, a.refund.in_currency(currency)))
                            .collect();
                        text.push_str(&format!(" Its add-ons ended with it: {}.", ended.join(", ")));
                    }
                    text
                }
                Err(e) => e.to_string(),
            },
        );
        message.set(Some(text));
        focus_after_render("order-message");
    };
    let ask = move |number: u32| {
        pending.set(Some(number));
        focus_after_render(&format!("confirm-cancel-{number}"));
    };
    let keep = move |number: u32| {
        pending.set(None);
        focus_after_render(&format!("cancel-{number}"));
    };
    // Windows are instants from the purchase (never the browser's local date).
    let now = state.now();
    let own_orders = state.orders_of(&customer.id);
    let reservations_refunded = orders::reservation_refunds(&own_orders, now);
    let subscriptions_link = crate::ui::link(&format!("/customers/{}/subscriptions", customer.id));
    view! {
        <Crumbs customer=customer.clone() order=order.id.to_string() />
        <Show when=move || placed.get()>
            <div class="banner banner-ok" role="status">
                // One paragraph: the banner lays out its children side by side.
                <p>
                    <strong>"Your order was placed."</strong>
                    " The subscriptions are active for the customer now: manage their seats and renewal under "
                    <A href=subscriptions_link.clone()>"Subscriptions"</A>
                    "."
                </p>
            </div>
        </Show>
        <div class="page-head">
            <div>
                <h1>"Order " <span data-testid="order-number">{order.id.to_string()}</span></h1>
                <dl class="facts">
                    <div><dt>"Customer"</dt><dd>{customer.name.clone()}</dd></div>
                    <div><dt>"Created"</dt><dd>{when(&order)}</dd></div>
                    <div><dt>"Status"</dt><dd data-testid="order-status">{order.state_label()}</dd></div>
                </dl>
            </div>
            <div class="actions tight no-print">
                <button class="button" on:click=move |_| {
                    if let Some(window) = web_sys::window() {
                        let _ = window.print();
                    }
                }>"Print"</button>
                <Show when=move || placed.get()>
                    <button class="button primary big" on:click=done.clone()>"Done"</button>
                </Show>
            </div>
        </div>
        {move || message.get().map(|text| view! { <div class="banner banner-info" role="status" id="order-message" tabindex="-1">{text}</div> })}
        <table class="grid order-lines reflow">
            <caption class="visually-hidden">"Line items"</caption>
            <thead>
                <tr>
                    <th scope="col">"#"</th>
                    <th scope="col">"Offer"</th>
                    <th scope="col">"Term and billing"</th>
                    <th scope="col" class="num">"Quantity"</th>
                    <th scope="col" class="num">"Unit price"</th>
                    <th scope="col" class="num">"Price"</th>
                    <th scope="col">"Subscription"</th>
                </tr>
            </thead>
            <tbody>
                {order.lines.iter().map(|line| {
                    let number = line.number;
                    let refund = orders::refund_for(&order, line, now, reservations_refunded);
                    let window = match line.cancellation_policy.window_closes(order.created_at, line) {
                        Some(closes) if closes >= now => format!("Cancellable until {}", orders::instant(closes)),
                        Some(_) => String::new(),
                        None => "Billed for usage: nothing to cancel".to_string(),
                    };
                    let add_ons: Vec<String> = orders::active_add_ons_of(&own_orders, &line.subscription_id)
                        .into_iter()
                        .map(|l| l.friendly_name.clone())
                        .collect();
                    let name = line.friendly_name.clone();
                    let status = match (&line.cancellation, &refund) {
                        (Some(c), _) => view! { <span class="badge badge-bad">{format!("Cancelled {} · refunded {}", long(c.at.date()), c.refund.in_currency(&order.currency))}</span> }.into_any(),
                        (None, Ok(amount)) => {
                            let amount = amount.in_currency(&order.currency);
                            let shown = number + 1;
                            let question = format!(
                                "Cancel {name} (line {shown})? The customer is refunded {amount}. This can't be undone.{}",
                                if add_ons.is_empty() {
                                    String::new()
                                } else {
                                    format!(" Its add-ons end with it: {}.", add_ons.join(", "))
                                }
                            );
                            view! {
                                <span class="badge badge-ok">"Active"</span>
                                " "
                                <button class="button subtle" id=format!("cancel-{number}") on:click=move |_| ask(number)>
                                    {format!("Cancel line {shown} (refund {amount})")}
                                </button>
                                <br /><span class="hint">{window.clone()}</span>
                                {move || (pending.get() == Some(number)).then(|| view! {
                                    <div class="confirm" role="group" aria-label=format!("Confirm cancelling line {shown}")>
                                        <p>{question.clone()}</p>
                                        <button class="button danger" id=format!("confirm-cancel-{number}") on:click=move |_| cancel(number)>
                                            "Yes, cancel it"
                                        </button>
                                        <button class="button" on:click=move |_| keep(number)>"Keep it"</button>
                                    </div>
                                })}
                            }.into_any()
                        }
                        (None, Err(_)) => view! {
                            <span class="badge badge-ok">"Active"</span>
                            <br /><span class="hint">{window.clone()}</span>
                        }.into_any(),
                    };
                    view! {
                        <tr>
                            <td data-label="Line">{number + 1}</td>
                            <th scope="row">
                                {line.friendly_name.clone()}
                                <br /><code class="small">{line.offer.to_string()}</code>
                            </th>
                            <td data-label="Term and billing">{line.plan.map(|p| p.to_string()).unwrap_or_else(|| "Pay as you go".into())}</td>
                            <td class="num" data-label="Quantity">{line.quantity}</td>
                            <td class="num" data-label="Unit price">{line.unit_price.in_currency(&order.currency)}</td>
                            <td class="num" data-label="Price">{line.line_total.in_currency(&order.currency)}</td>
                            <td data-label="Subscription"><code class="small">{line.subscription_id.clone()}</code><br />{status}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
            <tfoot>
                <tr><th scope="row" colspan="5">"Total"</th><td class="num total">{order.total.in_currency(&order.currency)}</td><td></td></tr>
                {(!order.refunded().is_zero()).then(|| view! {
                    <tr><th scope="row" colspan="5">"Refunded"</th><td class="num">{format!("−{}", order.refunded().in_currency(&order.currency))}</td><td></td></tr>
                    <tr><th scope="row" colspan="5">"Total after refunds"</th><td class="num total" data-testid="order-net-total">{order.net_total().in_currency(&order.currency)}</td><td></td></tr>
                })}
            </tfoot>
        </table>
        <p class="hint">{format!(
            "License-based and software subscriptions can be cancelled within {} hours of purchase, with a prorated refund of their first invoice; third-party SaaS within {} hours, with a full refund; a trial at any time during the trial; an Azure reservation at any time in its term, for the commitment left.",
            orders::CANCELLATION_HOURS,
            orders::SAAS_CANCELLATION_HOURS
        )}</p>
    }
}
