//! `/customers/:id/subscriptions`: the customer's subscriptions as they stand on the app's
//! day, and what the partner can change on each: seats, auto-renew, the next term.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::subscriptions::{ChangeError, SeatAction, SeatsChanged, SubscriptionRow};
use crate::domain::dates::{long, short};
use crate::domain::ids::CustomerId;
use crate::domain::orders::instant;
use crate::domain::subscription::lifecycle::{Lifecycle, RemovalWindow};
use crate::domain::subscription::SubscriptionStatus;
use crate::domain::term::Plan;
use crate::domain::words::seats;
use crate::ui::components::ReasonList;
use crate::ui::pages::current_customer;
use crate::ui::state::AppState;

#[component]
pub fn SubscriptionsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(id) = current_customer() else {
        // The customer route shows "Customer not found" instead of this page.
        return ().into_any();
    };
    let name = state.customer(id.as_str()).map(|c| c.name).unwrap_or_default();
    let rows = {
        let id = id.clone();
        Memo::new(move |_| state.subscription_rows(&id))
    };
    let add = crate::ui::link(&format!("/customers/{id}/add-products"));
    let orders = crate::ui::link(&format!("/customers/{id}/orders"));
    let customer = StoredValue::new(id);
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <A href=crate::ui::link("/")>"Customers"</A>
            <span aria-hidden="true">" / "</span>
            <span>{name}</span>
            <span aria-hidden="true">" / "</span>
            <span>"Subscriptions"</span>
        </nav>
        <div class="page-head">
            <h1>"Subscriptions"</h1>
            <div class="actions tight">
                <A href=add attr:class="button primary">"Add products"</A>
                <A href=orders attr:class="button">"Order history"</A>
            </div>
        </div>
        <p class="lead">
            "Each subscription as it stands on " {move || long(state.today())}
            ". Seats can be added at any time; they can be removed only within 168 hours of the purchase, a renewal or their addition. Select a subscription to manage it."
        </p>
        <Show
            when=move || !rows.with(Vec::is_empty)
            fallback=|| view! { <div class="empty"><p><strong>"No subscriptions yet."</strong></p><p>"What this customer buys appears here."</p></div> }
        >
            <div class="table-scroll">
                <table class="grid subscriptions reflow">
                    <caption class="visually-hidden">"Subscriptions"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Subscription"</th>
                            <th scope="col" class="num">"Seats"</th>
                            <th scope="col">"Term and billing"</th>
                            <th scope="col">"Current term"</th>
                            <th scope="col">"Auto-renew"</th>
                            <th scope="col">"Status"</th>
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
    let open = RwSignal::new(false);
    let message = RwSignal::new(None::<Outcome>);
    let Some(first) = row.get_untracked() else {
        return ().into_any();
    };
    let sub_id = first.subscription.id.clone();
    let name = first.subscription.friendly_name.clone();
    let base_name = first.base_name.clone();
    let is_add_on = base_name.is_some();
    let panel_id = format!("manage-{sub_id}");
    let get = move || row.get().map(|r| r.life);
    view! {
        <tbody class="subscription" class:open=move || open.get() class:add-on=is_add_on>
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
                    {base_name.map(|base| view! { <span class="sub">{format!("Add-on of {base}")}</span> })}
                    <span class="sub mono">{sub_id.clone()}</span>
                </th>
                <td class="num" data-label="Seats">{move || get().map(|l| l.quantity)}</td>
                <td data-label="Term and billing">{move || get().map(|l| plan_text(l.plan))}</td>
                <td data-label="Current term">{move || get().map(|l| term_cells(&l))}</td>
                <td data-label="Auto-renew">{move || get().map(|l| if l.auto_renew { "On" } else { "Off" })}</td>
                <td data-label="Status">{move || get().map(|l| status_badge(l.status))}</td>
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

fn plan_text(plan: Option<Plan>) -> String {
    plan.map_or_else(|| "Billed for what is used".to_string(), |p| p.to_string())
}

fn status_badge(status: SubscriptionStatus) -> impl IntoView {
    let class = match status {
        SubscriptionStatus::Active => "badge badge-ok",
        SubscriptionStatus::Expired => "badge",
        SubscriptionStatus::Cancelled => "badge badge-bad",
        SubscriptionStatus::Upgraded | SubscriptionStatus::Converted => "badge badge-info",
    };
    view! { <span class=class>{status.to_string()}</span> }
}

/// "1 Sep 2026 – 31 Aug 2027", and what happens at its end.
fn term_cells(life: &Lifecycle) -> impl IntoView {
    let Some(term) = life.term else {
        return view! { <span>"No term"</span> }.into_any();
    };
    let next = term.ends + time::Duration::days(1);
    let end = match (life.status, life.auto_renew, life.at_renewal) {
        (SubscriptionStatus::Active, true, Some(r)) => {
            format!("Renews on {} with {}, {}", short(next), seats(r.quantity), r.plan)
        }
        (SubscriptionStatus::Active, true, None) => format!("Renews on {}", short(next)),
        (SubscriptionStatus::Active, false, _) => format!("Ends on {}", short(term.ends)),
        (SubscriptionStatus::Expired, ..) => format!("Ended on {}", short(term.ends)),
        (SubscriptionStatus::Cancelled, ..) => "Cancelled".to_string(),
        (SubscriptionStatus::Upgraded, ..) => "Its seats moved to a higher edition".to_string(),
        (SubscriptionStatus::Converted, ..) => "Became a paid subscription".to_string(),
    };
    view! {
        <span>{format!("{} – {}", short(term.starts), short(term.ends))}</span>
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

fn done_text(name: &str, changed: SeatsChanged) -> String {
    let days = if changed.days_left == 1 {
        "the last day".to_string()
    } else {
        format!("the {} days left", changed.days_left)
    };
    match changed.action {
        SeatAction::Add => format!(
            "Added {} to {name}: {} now. Charged {} for {days} of the term.",
            seats(changed.seats),
            seats(changed.quantity_now),
            changed.amount
        ),
        SeatAction::Remove => format!(
            "Removed {} from {name}: {} now. Refund: {} for {days} of the term.",
            seats(changed.seats),
            seats(changed.quantity_now),
            changed.amount
        ),
    }
}

/// Why nothing can be managed on a subscription, if that is so.
fn unmanageable(row: &SubscriptionRow) -> Option<String> {
    let life = &row.life;
    if !life.is_active() {
        Some(format!(
            "This subscription is {}: nothing can change on it.",
            life.status.to_string().to_lowercase()
        ))
    } else if life.plan.is_none() {
        Some("This subscription is billed for what is used: it has no seats or term to manage.".to_string())
    } else {
        None
    }
}

/// Seats, auto-renew and the next term of one subscription. Built once, so focus stays on
/// the button just pressed; what changes after an action is read from `row`.
#[component]
fn ManagePanel(
    customer: CustomerId,
    row: Memo<Option<SubscriptionRow>>,
    message: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let blocked = Memo::new(move |_| row.with(|r| r.as_ref().and_then(unmanageable)));
    let outcome = move || {
        message.get().map(|m| match m {
            Outcome::Done(text) => view! { <p class="banner banner-ok">{text}</p> }.into_any(),
            Outcome::Refused(ChangeError::Refused(reasons)) => {
                view! { <div class="banner banner-warn"><ReasonList reasons /></div> }.into_any()
            }
            Outcome::Refused(ChangeError::Blocked(problems)) => view! {
                <div class="banner banner-warn">
                    <ul class="reasons">{problems.iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any(),
            Outcome::Refused(other) => view! { <p class="banner banner-warn">{other.to_string()}</p> }.into_any(),
        })
    };
    view! {
        {move || match blocked.get() {
            Some(why) => view! { <p class="hint">{why}</p> }.into_any(),
            None => view! { <ManageForms customer=customer.clone() row message /> }.into_any(),
        }}
        <div role="status" aria-live="polite">{outcome}</div>
    }
}

#[component]
fn ManageForms(
    customer: CustomerId,
    row: Memo<Option<SubscriptionRow>>,
    message: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(first) = row.get_untracked() else {
        return ().into_any();
    };
    let subscription = first.subscription.clone();
    if subscription.trial {
        return view! { <MoveForm customer row message conversion=true /> }.into_any();
    }
    let name = subscription.friendly_name.clone();
    let life = move || row.get().map(|r| r.life);
    let seats_typed = RwSignal::new(String::new());
    let change = {
        let customer = customer.clone();
        let id = subscription.id.clone();
        move |action: SeatAction| {
            let text = seats_typed.get_untracked();
            message.set(Some(match state.change_seats(&customer, &id, action, &text) {
                Ok(changed) => {
                    seats_typed.set(String::new());
                    Outcome::Done(done_text(&name, changed))
                }
                Err(e) => Outcome::Refused(e),
            }));
        }
    };
    let add = change.clone();
    let remove = change;
    let auto_renew = {
        let customer = customer.clone();
        let id = subscription.id.clone();
        move |on: bool| {
            message.set(Some(match state.set_auto_renew(&customer, &id, on) {
                Ok(()) if on => {
                    Outcome::Done("Auto-renew is on: the subscription renews at the end of its term.".into())
                }
                Ok(()) => Outcome::Done("Auto-renew is off: the subscription ends with its term.".into()),
                Err(e) => Outcome::Refused(e),
            }));
        }
    };
    let seats_id = format!("seats-{}", subscription.id);
    view! {
        <div class="manage">
            <div class="manage-block">
                <label for=seats_id.clone()>
                    {move || format!("Seats to add or remove ({} now)", life().map_or(0, |l| l.quantity))}
                </label>
                <div class="inline">
                    <input
                        id=seats_id
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        class="qty"
                        prop:value=move || seats_typed.get()
                        on:input=move |ev| seats_typed.set(event_target_value(&ev))
                    />
                    <button type="button" class="button primary" on:click=move |_| add(SeatAction::Add)>"Add seats"</button>
                    <button type="button" class="button" on:click=move |_| remove(SeatAction::Remove)>"Remove seats"</button>
                </div>
                <p class="hint">{move || life().map(|l| window_text(&l, state.now()))}</p>
            </div>
            <div class="manage-block">
                <label class="switch">
                    <input
                        type="checkbox"
                        role="switch"
                        prop:checked=move || life().is_some_and(|l| l.auto_renew)
                        on:change=move |ev| auto_renew(event_target_checked(&ev))
                    />
                    <span>"Renew automatically at the end of the term"</span>
                </label>
            </div>
            <RenewalForm customer=customer.clone() subscription=first row message />
            <MoveForm customer row message conversion=false />
        </div>
    }
    .into_any()
}

/// Upgrade a paid subscription, or convert a trial to paid: the target, the seats, the button.
#[component]
fn MoveForm(
    customer: CustomerId,
    row: Memo<Option<SubscriptionRow>>,
    message: RwSignal<Option<Outcome>>,
    conversion: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(first) = row.get_untracked() else {
        return ().into_any();
    };
    let subscription = first.subscription.clone();
    let targets = state
        .catalog()
        .with_untracked(|c| crate::app::subscriptions::destinations(c, &subscription));
    if targets.is_empty() {
        return view! { <p class="hint manage-block">{format!("{} has no upgrade path.", subscription.friendly_name)}</p> }.into_any();
    }
    let chosen = RwSignal::new(0usize);
    let seats = RwSignal::new(if conversion {
        subscription.quantity.to_string()
    } else {
        String::new()
    });
    let options = StoredValue::new(targets);
    let id = subscription.id.clone();
    let (t_id, s_id) = (format!("move-to-{id}"), format!("move-seats-{id}"));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((to, title)) = options.with_value(|o| o.get(chosen.get_untracked()).cloned()) else {
            return;
        };
        let destination = crate::app::subscriptions::Destination { to, plan: None };
        let typed = seats.get_untracked();
        let request = crate::app::subscriptions::MoveRequest {
            subscription: &id,
            destination: &destination,
            seats: &typed,
        };
        message.set(Some(match state.move_seats(&customer, request, conversion) {
            Ok(moved) => {
                let plan = moved.order.lines[0].plan.map(|p| format!(", {p}")).unwrap_or_default();
                let what = if conversion { "Converted to paid" } else { "Upgraded" };
                Outcome::Done(format!(
                    "{what}: {} seats of {title}{plan}, on order {} from today.",
                    moved.seats, moved.order.id
                ))
            }
            Err(e) => Outcome::Refused(e),
        }));
    };
    let (legend, target_label, seats_label, button, hint) = if conversion {
        (
            "Convert to paid",
            "Paid edition",
            "Seats",
            "Convert to paid",
            "A trial becomes a paid subscription of its product during its 30 days, from today; otherwise it ends.",
        )
    } else {
        (
            "Upgrade",
            "Upgrade to",
            "Seats to move (empty: all)",
            "Upgrade",
            "The seats move to a new subscription of the higher edition, with a new term from today; what is left stays here.",
        )
    };
    view! {
        <form class="manage-block" on:submit=submit novalidate=true>
            <fieldset>
                <legend>{legend}</legend>
                <div class="inline">
                    <div class="field">
                        <label for=t_id.clone()>{target_label}</label>
                        <select id=t_id on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {options.with_value(|o| o.iter().enumerate().map(|(i, (_, title))| view! {
                                <option value=i.to_string() selected=move || chosen.get() == i>{title.clone()}</option>
                            }).collect_view())}
                        </select>
                    </div>
                    <div class="field">
                        <label for=s_id.clone()>{seats_label}</label>
                        <input id=s_id type="text" inputmode="numeric" class="qty" autocomplete="off"
                            prop:value=move || seats.get()
                            on:input=move |ev| seats.set(event_target_value(&ev)) />
                    </div>
                    <button type="submit" class="button">{button}</button>
                </div>
                <p class="hint">{hint}</p>
            </fieldset>
        </form>
    }
    .into_any()
}

/// When seats can be removed, in one sentence.
fn window_text(life: &Lifecycle, now: time::OffsetDateTime) -> String {
    match life.removal_window(now) {
        Some(RemovalWindow::AllSeats { until }) => {
            format!(
                "Any seats can be removed until {} (168 hours after the term began).",
                instant(until)
            )
        }
        Some(RemovalWindow::RecentSeats { seats, until }) => format!(
            "Only the {seats} seats added in the last 168 hours can be removed, until {}.",
            instant(until)
        ),
        Some(RemovalWindow::Closed { term_ends, .. }) => format!(
            "The 168-hour window to remove seats is closed: they are committed until the term ends on {}.",
            long(term_ends)
        ),
        None => String::new(),
    }
}

/// The quantity, term and billing frequency of the next term.
#[component]
fn RenewalForm(
    customer: CustomerId,
    subscription: SubscriptionRow,
    row: Memo<Option<SubscriptionRow>>,
    message: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plans: Vec<Plan> = state.catalog().with_untracked(|c| {
        c.offer(&subscription.subscription.offer)
            .map(|o| o.availability.plans().map(|(plan, _)| plan).collect())
            .unwrap_or_default()
    });
    let life = &subscription.life;
    let next = life
        .at_renewal
        .map_or((life.quantity, life.plan), |r| (r.quantity, Some(r.plan)));
    let quantity = RwSignal::new(next.0.to_string());
    // After seats are added, removed or upgraded away, the next term starts from what is left.
    let next_quantity = Memo::new(move |_| {
        row.with(|r| {
            r.as_ref()
                .map(|r| r.life.at_renewal.map_or(r.life.quantity, |n| n.quantity))
        })
    });
    Effect::new(move |_| {
        if let Some(n) = next_quantity.get() {
            quantity.set(n.to_string());
        }
    });
    let chosen = RwSignal::new(next.1.and_then(|p| plans.iter().position(|q| *q == p)).unwrap_or(0));
    let id = subscription.subscription.id.clone();
    let (q_id, p_id) = (format!("renew-qty-{id}"), format!("renew-plan-{id}"));
    let options = StoredValue::new(plans);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(plan) = options.with_value(|p| p.get(chosen.get_untracked()).copied()) else {
            return;
        };
        message.set(Some(
            match state.set_renewal(&customer, &id, &quantity.get_untracked(), plan) {
                Ok(()) => Outcome::Done(format!(
                    "At renewal: {} seats, {plan}.",
                    quantity.get_untracked().trim()
                )),
                Err(e) => Outcome::Refused(e),
            },
        ));
    };
    view! {
        <form class="manage-block renewal" on:submit=save novalidate=true>
            <fieldset>
                <legend>"At renewal"</legend>
                <div class="inline">
                    <div class="field">
                        <label for=q_id.clone()>"Seats"</label>
                        <input id=q_id type="text" inputmode="numeric" class="qty"
                            prop:value=move || quantity.get()
                            on:input=move |ev| quantity.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for=p_id.clone()>"Term and billing"</label>
                        <select id=p_id on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {options.with_value(|plans| plans.iter().enumerate().map(|(i, plan)| view! {
                                <option value=i.to_string() selected=move || chosen.get() == i>{plan.to_string()}</option>
                            }).collect_view())}
                        </select>
                    </div>
                    <button type="submit" class="button">"Save renewal changes"</button>
                </div>
            </fieldset>
        </form>
    }
}
