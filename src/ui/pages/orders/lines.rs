//! An order's lines, each with its subscription and what can be done with it, and the
//! order's totals after every charge and refund.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::orders::{Cancellable, EntryKind, LineStanding, OrderAccount};
use crate::domain::ids::LineNumber;
use crate::domain::money::Currency;
use crate::domain::orders::{Order, OrderLine};
use crate::i18n::labels::plan as plan_label;
use crate::i18n::{keys, Args};
use crate::ui::focus::focus_after_render;
use crate::ui::words::use_words;

/// A line's subscription status: cancelled, cancellable (with the Cancel button and its
/// confirmation), or why not any more.
#[component]
pub(super) fn LineStatus(
    standing: LineStanding,
    name: String,
    currency: Currency,
    /// The line whose cancellation waits for the user's confirmation.
    pending: RwSignal<Option<LineNumber>>,
    cancel: Callback<LineNumber>,
) -> impl IntoView {
    let words = use_words();
    let number = standing.number;
    // Asking and keeping only move the question and the focus.
    let ask = move || {
        pending.set(Some(number));
        focus_after_render(&format!("confirm-cancel-{}", number.0));
    };
    let keep = move || {
        pending.set(None);
        focus_after_render(&format!("cancel-{}", number.0));
    };
    match standing.cancellable {
        Cancellable::Cancelled { at, refund } => view! { <span class="badge badge-bad">{words.with(keys::CANCELLED_REFUNDED, &Args::new().text("day", words.date(at.date())).text("refund", words.money(refund, currency)))}</span> }.into_any(),
        Cancellable::Open { refund, until } => {
            let amount = words.money(refund, currency);
            let shown = number.shown();
            let question = words.with(
                keys::CANCEL_QUESTION,
                &Args::new()
                    .text("name", name.clone())
                    .number("line", i64::from(shown))
                    .text("refund", amount.clone()),
            );
            let window = words.with(
                keys::CANCELLABLE_UNTIL,
                &Args::new().text("until", words.instant(until)),
            );
            let cancel_label = words.with(keys::CANCEL_LINE, &Args::new().number("line", i64::from(shown)).text("refund", amount.clone()));
            let confirm_label = words.with(keys::CONFIRM_CANCEL_LINE, &Args::new().number("line", i64::from(shown)));
            view! {
                <span class="badge badge-ok">{words.t(keys::SUBSCRIPTION_ACTIVE)}</span>
                " "
                <button class="button subtle" id=format!("cancel-{}", number.0) on:click=move |_| ask()>
                    {cancel_label}
                </button>
                <br /><span class="hint">{window}</span>
                {move || (pending.get() == Some(number)).then(|| view! {
                    <div class="confirm" role="group" aria-label=confirm_label.clone()>
                        <p>{question.clone()}</p>
                        <button class="button danger" id=format!("confirm-cancel-{}", number.0) on:click=move |_| cancel.run(number)>
                            {words.t(keys::YES_CANCEL)}
                        </button>
                        <button class="button" on:click=move |_| keep()>{words.t(keys::KEEP_IT)}</button>
                    </div>
                })}
            }.into_any()
        }
        // Why it can no longer be cancelled: a closed window says when it closed.
        Cancellable::Closed(why) => view! {
            <span class="badge badge-ok">{words.t(keys::SUBSCRIPTION_ACTIVE)}</span>
            <br /><span class="hint" data-testid="cancel-closed">{crate::i18n::reasons::cancel_error(words.language(), &why)}</span>
        }.into_any(),
    }
}

/// The order's total and margin, then every seat charge and refund after Buy with its day,
/// and what the order came to.
#[component]
pub(super) fn OrderTotals(order: Order, account: OrderAccount) -> impl IntoView {
    let words = use_words();
    view! {
    <tfoot>
        <tr><th scope="row" colspan="5">{words.t(keys::TOTAL)}</th><td class="num total">{words.money(order.total, order.currency)}</td><td></td></tr>
        {order.margin_total().and_then(|m| words.margin(m, order.currency)).map(|text| view! {
            <tr class="margin-row"><th scope="row" colspan="5">{words.t(keys::MARGIN_TOTAL)}</th><td class="num" colspan="2" data-testid="order-margin">{text}</td></tr>
        })}
        // Every seat charge and refund after Buy, with its day, then what the order came to.
        {(!account.entries.is_empty()).then(|| {
            let currency = order.currency;
            view! {
                {account.entries.iter().map(|entry| {
                    let args = Args::new()
                        .text("name", entry.name.clone())
                        .text("day", words.date(entry.at.date()));
                    let (what, sign) = match entry.what {
                        EntryKind::Renewed(seats) => (words.with(keys::ACCOUNT_RENEWED, &args.number("seats", i64::from(seats))), ""),
                        EntryKind::SeatsAdded(seats) => (words.with(keys::ACCOUNT_SEATS_ADDED, &args.number("seats", i64::from(seats))), ""),
                        EntryKind::SeatsRemoved(seats) => (words.with(keys::ACCOUNT_SEATS_REMOVED, &args.number("seats", i64::from(seats))), "−"),
                        EntryKind::TermLengthened => (words.with(keys::ACCOUNT_TERM_LENGTHENED, &args), ""),
                        EntryKind::TermCredit => (words.with(keys::ACCOUNT_TERM_CREDIT, &args), "−"),
                        EntryKind::Cancelled => (words.with(keys::ACCOUNT_CANCELLED, &args), "−"),
                    };
                    view! { <tr class="account-entry"><th scope="row" colspan="5">{what}</th><td class="num">{format!("{sign}{}", words.money(entry.amount, currency))}</td><td></td></tr> }
                }).collect_view()}
                <tr><th scope="row" colspan="5">{words.t(keys::TOTAL_AFTER_REFUNDS)}</th><td class="num total" data-testid="order-net-total">{words.money(account.net, currency)}</td><td></td></tr>
            }
        })}
    </tfoot>
    }
}

/// One line of the order, with its subscription and what can be done with it.
#[component]
pub(super) fn OrderLineRow(
    line: OrderLine,
    standing: LineStanding,
    currency: Currency,
    /// The customer's Subscriptions page, where the line's subscription has its row.
    subscriptions: String,
    /// The line whose cancellation waits for the user's confirmation.
    pending: RwSignal<Option<LineNumber>>,
    cancel: Callback<LineNumber>,
) -> impl IntoView {
    let words = use_words();
    let subscription_id = line.subscription_id.clone();
    let subscription_link = format!("{subscriptions}#subscription-{subscription_id}");
    let plan = line
        .plan
        .map(|p| plan_label(words.language(), p))
        .unwrap_or_else(|| words.t(keys::PAY_AS_YOU_GO_SHORT));
    let margin = line.margin().and_then(|m| words.margin(m, currency));
    view! {
        <tr>
            <td data-label=words.t(keys::COL_LINE)>{line.number.shown()}</td>
            <th scope="row">
                {line.friendly_name.clone()}
                <br /><code class="small">{line.offer.to_string()}</code>
            </th>
            <td data-label=words.t(keys::COL_TERM_AND_BILLING)>{plan}</td>
            <td class="num" data-label=words.t(keys::COL_QUANTITY)>{words.number(line.quantity)}</td>
            <td class="num" data-label=words.t(keys::COL_UNIT_PRICE)>
                {words.money(line.unit_price, currency)}
                {margin.map(|text| view! { <br /><span class="price-erp">{text}</span> })}
            </td>
            <td class="num" data-label=words.t(keys::COL_PRICE)>{words.money(line.line_total, currency)}</td>
            <td data-label=words.t(keys::COL_SUBSCRIPTION)>
                <A href=subscription_link>
                    <code class="small">{subscription_id.to_string()}</code>
                </A>
                <br />
                <LineStatus standing name=line.friendly_name.clone() currency pending cancel />
            </td>
        </tr>
    }
}
