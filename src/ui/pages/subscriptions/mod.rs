//! `/customers/:id/subscriptions`: the customer's subscriptions as they stand on the app's
//! day, and what the partner can change on each: seats, auto-renew, the next term (in
//! [`manage`]).

mod manage;

use manage::ManagePanel;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::route::{CustomerPage, Page};
use crate::app::subscriptions::{unmanageable, ChangeError, SeatAction, SeatsChanged, SubscriptionRow, Unmanageable};
use crate::domain::ids::CustomerId;
use crate::domain::money::Currency;
use crate::domain::subscription::lifecycle::Lifecycle;
use crate::domain::subscription::SubscriptionStatus;
use crate::domain::term::Plan;
use crate::i18n::labels::{plan as plan_label, Label};
use crate::i18n::{keys, Args};
use crate::ui::pages::customer_route::current_customer;
use crate::ui::state::{use_catalog, use_ledger, use_visit};
use crate::ui::words::{use_words, Words};

#[component]
pub fn SubscriptionsPage() -> impl IntoView {
    let (visit, ledger) = (use_visit(), use_ledger());
    let Some(id) = current_customer() else {
        // The customer route shows "Customer not found" instead of this page.
        return ().into_any();
    };
    let name = ledger.customer(&id).map(|c| c.name).unwrap_or_default();
    let rows = {
        let id = id.clone();
        Memo::new(move |_| ledger.subscription_rows(&id))
    };
    let add = Page::customer(&id, CustomerPage::AddProducts).href();
    let orders = Page::customer(&id, CustomerPage::Orders).href();
    let customer = StoredValue::new(id);
    let words = use_words();
    view! {
        <nav class="breadcrumb" aria-label=words.t(keys::BREADCRUMB)>
            <A href=Page::Customers.href()>{words.t(keys::NAV_CUSTOMERS)}</A>
            <span aria-hidden="true">" / "</span>
            <span>{name}</span>
            <span aria-hidden="true">" / "</span>
            <span>{words.t(keys::SUBSCRIPTIONS)}</span>
        </nav>
        <div class="page-head">
            <h1>{words.t(keys::SUBSCRIPTIONS)}</h1>
            <div class="actions tight">
                <A href=add attr:class="button primary">{words.t(keys::ADD_PRODUCTS)}</A>
                <A href=orders attr:class="button">{words.t(keys::ORDER_HISTORY)}</A>
            </div>
        </div>
        <p class="lead">
            {move || words.with(keys::SUBSCRIPTIONS_LEAD, &Args::new().text("day", words.date(visit.today())))}
        </p>
        <Show
            when=move || !rows.with(Vec::is_empty)
            fallback=move || view! { <div class="empty"><p><strong>{words.t(keys::NO_SUBSCRIPTIONS)}</strong></p><p>{words.t(keys::NO_SUBSCRIPTIONS_HINT)}</p></div> }
        >
            <div class="table-scroll">
                <table class="grid subscriptions reflow">
                    <caption class="visually-hidden">{words.t(keys::SUBSCRIPTIONS)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{words.t(keys::COL_SUBSCRIPTION)}</th>
                            <th scope="col" class="num">{words.t(keys::COL_SEATS)}</th>
                            <th scope="col">{words.t(keys::COL_TERM_AND_BILLING)}</th>
                            <th scope="col">{words.t(keys::COL_CURRENT_TERM)}</th>
                            <th scope="col">{words.t(keys::COL_AUTO_RENEW)}</th>
                            <th scope="col">{words.t(keys::COL_STATUS)}</th>
                        </tr>
                    </thead>
                    <For
                        each=move || rows.get()
                        key=|row| row.subscription.id.clone()
                        children=move |row| {
                            let id = row.subscription.id.clone();
                            let current = Memo::new(move |_| {
                                rows.with(|all| all.iter().find(|r| r.subscription.id == id).cloned())
                            });
                            view! { <SubscriptionEntry customer=customer.get_value() row=current /> }
                        }
                    />
                </table>
            </div>
        </Show>
    }
    .into_any()
}

/// One subscription: its row, and the panel to manage it.
#[component]
fn SubscriptionEntry(customer: CustomerId, row: Memo<Option<SubscriptionRow>>) -> impl IntoView {
    let words = use_words();
    let open = RwSignal::new(false);
    let message = RwSignal::new(None::<Outcome>);
    let Some(first) = row.get_untracked() else {
        return ().into_any();
    };
    let sub_id = first.subscription.id.clone();
    let name = first.subscription.friendly_name.clone();
    let panel_id = format!("manage-{sub_id}");
    let get = move || row.get().map(|r| r.life);
    // The title of the edition a scheduled renewal changes to, from the catalog in use.
    let in_use = use_catalog();
    let renews_as = move |life: &Lifecycle| {
        let to = life.at_renewal.as_ref()?.to.as_ref()?;
        in_use
            .catalog()
            .with_untracked(|c| c.sku(&to.product_sku()).map(|(_, s)| s.title.clone()))
    };
    view! {
        <tbody class="subscription" class:open=move || open.get() id=format!("subscription-{sub_id}")>
            <tr>
                <th scope="row">
                    <button
                        class="row-toggle"
                        aria-expanded=move || open.get().to_string()
                        aria-controls=panel_id.clone()
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        <span class="chevron" aria-hidden="true"></span>
                        {name.clone()}
                    </button>
                    <span class="sub mono">{sub_id.to_string()}</span>
                </th>
                <td class="num" data-label=words.t(keys::COL_SEATS)>{move || get().map(|l| words.number(l.quantity))}</td>
                <td data-label=words.t(keys::COL_TERM_AND_BILLING)>{move || get().map(|l| plan_text(words, l.plan))}</td>
                <td data-label=words.t(keys::COL_CURRENT_TERM)>{move || get().map(|l| term_cells(words, &l, renews_as(&l)))}</td>
                <td data-label=words.t(keys::COL_AUTO_RENEW)>{move || get().map(|l| match (l.status, l.auto_renew) {
                    // An ended subscription renews no more, whatever it was set to.
                    (SubscriptionStatus::Active, true) => words.t(keys::ON),
                    (SubscriptionStatus::Active, false) => words.t(keys::OFF),
                    _ => "—".to_string(),
                })}</td>
                <td data-label=words.t(keys::COL_STATUS)>{move || get().map(|l| status_badge(words, l.status))}</td>
            </tr>
            <tr id=panel_id class="row-actions" hidden=move || !open.get()>
                <td colspan="6">
                    <ManagePanel customer row message />
                </td>
            </tr>
        </tbody>
    }
    .into_any()
}

fn plan_text(words: Words, plan: Option<Plan>) -> String {
    plan.map_or_else(|| words.t(keys::BILLED_FOR_USAGE), |p| plan_label(words.language(), p))
}

fn status_badge(words: Words, status: SubscriptionStatus) -> impl IntoView {
    let class = match status {
        SubscriptionStatus::Active => "badge badge-ok",
        SubscriptionStatus::Expired => "badge",
        SubscriptionStatus::Cancelled => "badge badge-bad",
        SubscriptionStatus::Upgraded | SubscriptionStatus::Converted => "badge badge-info",
    };
    view! { <span class=class>{status.label(words.language())}</span> }
}

/// "1 Sep 2026 – 31 Aug 2027", and what happens at its end.
fn term_cells(words: Words, life: &Lifecycle, renews_as: Option<String>) -> impl IntoView {
    let Some(term) = life.term else {
        return view! { <span>{words.t(keys::NO_TERM)}</span> }.into_any();
    };
    let next = term.ends + time::Duration::days(1);
    let day = |d| Args::new().text("day", words.date_short(d));
    let end = match (life.status, life.auto_renew, &life.at_renewal) {
        (SubscriptionStatus::Active, true, Some(r)) => {
            let args = day(next)
                .text("seats", words.seats(r.quantity))
                .text("plan", plan_label(words.language(), r.plan));
            match renews_as {
                Some(edition) => words.with(keys::RENEWS_ON_AS, &args.text("edition", edition)),
                None => words.with(keys::RENEWS_ON_WITH, &args),
            }
        }
        (SubscriptionStatus::Active, true, _) if life.trial => words.with(keys::CONVERTS_ON, &day(next)),
        (SubscriptionStatus::Active, true, None) => words.with(keys::RENEWS_ON, &day(next)),
        (SubscriptionStatus::Active, false, _) => words.with(keys::ENDS_ON, &day(term.ends)),
        (SubscriptionStatus::Expired, ..) => words.with(keys::ENDED_ON, &day(term.ends)),
        (SubscriptionStatus::Cancelled, ..) => words.t(keys::TERM_CANCELLED),
        (SubscriptionStatus::Upgraded, ..) => words.t(keys::TERM_UPGRADED),
        (SubscriptionStatus::Converted, ..) => words.t(keys::TERM_CONVERTED),
    };
    view! {
        <span>{format!("{} – {}", words.date_short(term.starts), words.date_short(term.ends))}</span>
        <span class="sub">{end}</span>
    }
    .into_any()
}

/// What the last action on a subscription did.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Done(String),
    Refused(ChangeError),
}

fn done_text(words: Words, currency: Currency, name: &str, changed: SeatsChanged) -> String {
    let args = Args::new()
        .text("seats", words.seats(changed.seats))
        .text("name", name.to_string())
        .text("now", words.seats(changed.quantity_now))
        .text("amount", words.money(changed.amount, currency))
        .text(
            "days",
            words.with(keys::DAYS_LEFT, &Args::new().number("count", changed.days_left)),
        );
    let done = match changed.action {
        SeatAction::Add => words.with(keys::SEATS_ADDED, &args),
        SeatAction::Remove => words.with(keys::SEATS_REMOVED, &args),
    };
    if changed.cleared_renewal {
        format!("{done} {}", words.t(keys::SCHEDULE_CLEARED))
    } else {
        done
    }
}

/// Why nothing can be managed on a subscription, if that is so, in words.
fn unmanageable_text(words: Words, row: &SubscriptionRow) -> Option<String> {
    Some(match unmanageable(&row.life)? {
        Unmanageable::NotActive(status) => words.with(
            keys::UNMANAGEABLE_STATUS,
            &Args::new().text("status", status.label(words.language()).to_lowercase()),
        ),
        Unmanageable::UsageBilled => words.t(keys::UNMANAGEABLE_USAGE),
    })
}
