//! The panel under a subscription's row: seats, auto-renew, the next term, an upgrade.

use leptos::prelude::*;

use super::{done_text, unmanageable_text, Outcome};
use crate::app::subscriptions::{
    conversion_at_end, longer_plans, renewal_editions, ChangeError, RenewalRequest, SeatAction, SubscriptionRow,
};
use crate::domain::ids::CustomerId;
use crate::domain::ids::ProductSkuId;
use crate::domain::subscription::lifecycle::{Lifecycle, RemovalWindow};
use crate::domain::term::Plan;
use crate::i18n::labels::plan as plan_label;
use crate::i18n::{keys, Args};
use crate::ui::components::ReasonList;
use crate::ui::state::{use_catalog, use_ledger, use_visit};
use crate::ui::words::{use_words, Words};

/// Seats, auto-renew and the next term of one subscription. Built once, so focus stays on
/// the button just pressed; what changes after an action is read from `row`.
#[component]
pub(super) fn ManagePanel(
    customer: CustomerId,
    row: Memo<Option<SubscriptionRow>>,
    message: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let words = use_words();
    let blocked = Memo::new(move |_| row.with(|r| r.as_ref().and_then(|r| unmanageable_text(words, r))));
    let outcome = move || {
        message.get().map(|m| match m {
            Outcome::Done(text) => view! { <p class="banner banner-ok">{text}</p> }.into_any(),
            Outcome::Refused(ChangeError::Refused(reasons)) => {
                view! { <div class="banner banner-warn"><ReasonList reasons /></div> }.into_any()
            }
            Outcome::Refused(ChangeError::Blocked(problems)) => view! {
                <div class="banner banner-warn">
                    <ul class="reasons">{problems.iter().map(|p| view! { <li>{words.line_problem(p)}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any(),
            Outcome::Refused(other) => view! { <p class="banner banner-warn">{words.change_error(&other)}</p> }.into_any(),
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
    let (visit, in_use, ledger) = (use_visit(), use_catalog(), use_ledger());
    let words = use_words();
    let Some(first) = row.get_untracked() else {
        return ().into_any();
    };
    let subscription = first.subscription.clone();
    let life = move || row.get().map(|r| r.life);
    let auto_renew = {
        let customer = customer.clone();
        let id = subscription.id.clone();
        let trial = subscription.trial;
        move |on: bool| {
            let said = match (trial, on) {
                (false, true) => keys::AUTO_RENEW_ON,
                (false, false) => keys::AUTO_RENEW_OFF,
                (true, true) => keys::TRIAL_AUTO_RENEW_ON,
                (true, false) => keys::TRIAL_AUTO_RENEW_OFF,
            };
            message.set(Some(match ledger.set_auto_renew(&customer, &id, on) {
                Ok(()) => Outcome::Done(words.t(said)),
                Err(e) => Outcome::Refused(e),
            }));
        }
    };
    if subscription.trial {
        // What the trial becomes, named in the sentence under the switch.
        let paid = in_use.catalog().with_untracked(|catalog| {
            conversion_at_end(catalog, &subscription).and_then(|d| catalog.sku(&d.to).map(|(_, s)| s.title.clone()))
        });
        let hint = move || {
            let life = life()?;
            let term = life.term?;
            Some(match (life.converts_on(), paid.clone()) {
                (Some(day), Some(paid)) => words.with(
                    keys::TRIAL_CONVERTS_HINT,
                    &Args::new()
                        .text("day", words.date(day))
                        .text("paid", paid)
                        .text("seats", words.seats(life.quantity)),
                ),
                _ => words.with(keys::TRIAL_ENDS_HINT, &Args::new().text("day", words.date(term.ends))),
            })
        };
        return view! {
            <div class="manage">
                <div class="manage-block">
                    <AutoRenewSwitch label=words.t(keys::CONVERT_AUTOMATICALLY) on=Signal::derive(move || life().is_some_and(|l| l.auto_renew)) set=auto_renew />
                    <p class="hint">{hint}</p>
                </div>
                <MoveForm customer row message conversion=true />
            </div>
        }
        .into_any();
    }
    let name = subscription.friendly_name.clone();
    let seats_typed = RwSignal::new(String::new());
    let change = {
        let customer = customer.clone();
        let id = subscription.id.clone();
        move |action: SeatAction| {
            let text = seats_typed.get_untracked();
            message.set(Some(match ledger.change_seats(&customer, &id, action, &text) {
                Ok(changed) => {
                    seats_typed.set(String::new());
                    Outcome::Done(done_text(
                        words,
                        in_use.catalog().with_untracked(|c| c.currency()),
                        &name,
                        changed,
                    ))
                }
                Err(e) => Outcome::Refused(e),
            }));
        }
    };
    let add = change.clone();
    let remove = change;
    let seats_id = format!("seats-{}", subscription.id);
    view! {
        <div class="manage">
            <div class="manage-block">
                <label for=seats_id.clone()>
                    {move || words.with(keys::SEATS_TO_CHANGE, &Args::new().text("now", words.number(life().map_or(0, |l| l.quantity))))}
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
                    <button type="button" class="button primary" on:click=move |_| add(SeatAction::Add)>{words.t(keys::ADD_SEATS)}</button>
                    <button type="button" class="button" on:click=move |_| remove(SeatAction::Remove)>{words.t(keys::REMOVE_SEATS)}</button>
                </div>
                <p class="hint">{move || life().map(|l| window_text(words, &l, visit.now()))}</p>
            </div>
            <div class="manage-block">
                <AutoRenewSwitch label=words.t(keys::RENEW_AUTOMATICALLY) on=Signal::derive(move || life().is_some_and(|l| l.auto_renew)) set=auto_renew />
            </div>
            <LongerTermForm customer=customer.clone() subscription=first.clone() message />
            <RenewalForm customer=customer.clone() subscription=first row message />
            <MoveForm customer row message conversion=false />
        </div>
    }
    .into_any()
}

/// A longer term from today, of those the offer is sold on (a term never gets shorter mid-term).
#[component]
fn LongerTermForm(
    customer: CustomerId,
    subscription: SubscriptionRow,
    message: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let (in_use, ledger) = (use_catalog(), use_ledger());
    let words = use_words();
    let longer: Vec<Plan> = in_use.catalog().with_untracked(|c| {
        let offer = c.offer(
            subscription
                .life
                .offer
                .as_ref()
                .unwrap_or(&subscription.subscription.offer),
        );
        offer
            .zip(subscription.life.plan)
            .map(|(offer, current)| longer_plans(offer, current))
            .unwrap_or_default()
    });
    if longer.is_empty() {
        return ().into_any();
    }
    let id = subscription.subscription.id.clone();
    let select_id = format!("longer-term-{id}");
    let chosen = RwSignal::new(0usize);
    let options = StoredValue::new(longer);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(plan) = options.with_value(|p| p.get(chosen.get_untracked()).copied()) else {
            return;
        };
        let currency = in_use.catalog().with_untracked(|c| c.currency());
        message.set(Some(match ledger.lengthen_term(&customer, &id, plan) {
            Ok(changed) => Outcome::Done(
                words.with(
                    keys::TERM_LENGTHENED,
                    &Args::new()
                        .text("plan", plan_label(words.language(), changed.plan))
                        .text("charge", words.money(changed.charge, currency))
                        .text("credit", words.money(changed.credit, currency)),
                ),
            ),
            Err(e) => Outcome::Refused(e),
        }));
    };
    view! {
        <form class="manage-block" on:submit=submit novalidate=true>
            <fieldset>
                <legend>{words.t(keys::LONGER_TERM)}</legend>
                <div class="inline">
                    <div class="field">
                        <label for=select_id.clone()>{words.t(keys::COL_TERM_AND_BILLING)}</label>
                        <select id=select_id on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {options.with_value(|plans| plans.iter().enumerate().map(|(i, plan)| view! {
                                <option value=i.to_string()>{plan_label(words.language(), *plan)}</option>
                            }).collect_view())}
                        </select>
                    </div>
                    <button type="submit" class="button">{words.t(keys::CHANGE_TERM_NOW)}</button>
                </div>
                <p class="hint">{words.t(keys::LONGER_TERM_HINT)}</p>
            </fieldset>
        </form>
    }
    .into_any()
}

/// The auto-renew switch: a paid subscription's renewal, a trial's conversion to paid.
#[component]
fn AutoRenewSwitch(label: String, on: Signal<bool>, set: impl Fn(bool) + 'static) -> impl IntoView {
    view! {
        <label class="switch">
            <input type="checkbox" role="switch" prop:checked=move || on.get() on:change=move |ev| set(event_target_checked(&ev)) />
            <span>{label}</span>
        </label>
    }
}

/// Upgrade a paid subscription, or convert a trial to paid: the target, the seats, the button.
#[component]
fn MoveForm(
    customer: CustomerId,
    row: Memo<Option<SubscriptionRow>>,
    message: RwSignal<Option<Outcome>>,
    conversion: bool,
) -> impl IntoView {
    let (in_use, ledger) = (use_catalog(), use_ledger());
    let words = use_words();
    let Some(first) = row.get_untracked() else {
        return ().into_any();
    };
    let subscription = first.subscription.clone();
    let targets = in_use
        .catalog()
        .with_untracked(|c| crate::app::subscriptions::destinations(c, &subscription));
    if targets.is_empty() {
        return view! { <p class="hint manage-block">{words.with(keys::NO_UPGRADE_PATH, &Args::new().text("name", subscription.friendly_name.clone()))}</p> }.into_any();
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
        message.set(Some(match ledger.move_seats(&customer, request, conversion) {
            Ok(moved) => {
                let line = moved.order.lines.first();
                let plan = line
                    .and_then(|l| l.plan)
                    .map(|p| format!(", {}", plan_label(words.language(), p)))
                    .unwrap_or_default();
                let ends = line
                    .and_then(|l| l.coterm)
                    .map(|c| words.date(c.ends))
                    .unwrap_or_default();
                let key = if conversion {
                    keys::MOVED_CONVERTED
                } else {
                    keys::MOVED_UPGRADED
                };
                Outcome::Done(
                    words.with(
                        key,
                        &Args::new()
                            .text("seats", words.seats(moved.seats))
                            .text("title", title)
                            .text("plan", plan)
                            .text("ends", ends)
                            .text("order", moved.order.id.to_string()),
                    ),
                )
            }
            Err(e) => Outcome::Refused(e),
        }));
    };
    let (legend, target_label, seats_label, button, hint) = if conversion {
        (
            keys::CONVERT_TO_PAID,
            keys::PAID_EDITION,
            keys::COL_SEATS,
            keys::CONVERT_TO_PAID,
            keys::CONVERT_HINT,
        )
    } else {
        (
            keys::UPGRADE,
            keys::UPGRADE_TO,
            keys::SEATS_TO_MOVE,
            keys::UPGRADE,
            keys::UPGRADE_HINT,
        )
    };
    let (legend, target_label, seats_label, button, hint) = (
        words.t(legend),
        words.t(target_label),
        words.t(seats_label),
        words.t(button),
        words.t(hint),
    );
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
fn window_text(words: Words, life: &Lifecycle, now: time::OffsetDateTime) -> String {
    let instant = |at| words.instant(at);
    match life.removal_window(now) {
        Some(RemovalWindow::AllSeats { until }) => {
            words.with(keys::WINDOW_ALL_SEATS, &Args::new().text("until", instant(until)))
        }
        Some(RemovalWindow::RecentSeats { seats, until }) => words.with(
            keys::WINDOW_RECENT_SEATS,
            &Args::new()
                .text("seats", words.seats(seats))
                .text("until", instant(until)),
        ),
        Some(RemovalWindow::Closed { term_ends, .. }) => {
            words.with(keys::WINDOW_CLOSED, &Args::new().text("day", words.date(term_ends)))
        }
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
    let (in_use, ledger) = (use_catalog(), use_ledger());
    let words = use_words();
    let plans: Vec<Plan> = in_use.catalog().with_untracked(|c| {
        c.offer(&subscription.subscription.offer)
            .map(|o| o.availability.plans().map(|(plan, _)| plan).collect())
            .unwrap_or_default()
    });
    let life = &subscription.life;
    let next = life
        .at_renewal
        .as_ref()
        .map_or((life.quantity, life.plan), |r| (r.quantity, Some(r.plan)));
    let quantity = RwSignal::new(next.0.to_string());
    // After seats are added, removed or upgraded away, the next term starts from what is left.
    let next_quantity = Memo::new(move |_| {
        row.with(|r| {
            r.as_ref()
                .map(|r| r.life.at_renewal.as_ref().map_or(r.life.quantity, |n| n.quantity))
        })
    });
    Effect::new(move |_| {
        if let Some(n) = next_quantity.get() {
            quantity.set(n.to_string());
        }
    });
    let chosen = RwSignal::new(next.1.and_then(|p| plans.iter().position(|q| *q == p)).unwrap_or(0));
    // The edition of the next term: its own (index 0), or another it may renew as.
    let editions: Vec<(Option<ProductSkuId>, String)> = in_use.catalog().with_untracked(|c| {
        let own = c
            .sku(&subscription.subscription.offer.product_sku())
            .map(|(_, s)| s.title.clone())
            .unwrap_or_else(|| subscription.subscription.friendly_name.clone());
        std::iter::once((None, words.with(keys::KEEP_EDITION, &Args::new().text("edition", own))))
            .chain(
                renewal_editions(c, &subscription.subscription)
                    .into_iter()
                    .map(|(id, title)| (Some(id), title)),
            )
            .collect()
    });
    let scheduled_to = life
        .at_renewal
        .as_ref()
        .and_then(|r| r.to.as_ref())
        .map(|to| to.product_sku());
    let edition = RwSignal::new(
        editions
            .iter()
            .position(|(id, _)| id.is_some() && *id == scheduled_to)
            .unwrap_or(0),
    );
    let id = subscription.subscription.id.clone();
    let (q_id, p_id, e_id) = (
        format!("renew-qty-{id}"),
        format!("renew-plan-{id}"),
        format!("renew-sku-{id}"),
    );
    let options = StoredValue::new(plans);
    let editions = StoredValue::new(editions);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(plan) = options.with_value(|p| p.get(chosen.get_untracked()).copied()) else {
            return;
        };
        let (sku, title) = editions
            .with_value(|e| e.get(edition.get_untracked()).cloned())
            .unwrap_or((None, String::new()));
        let typed = quantity.get_untracked();
        let request = RenewalRequest {
            quantity: &typed,
            plan,
            sku: sku.as_ref(),
        };
        message.set(Some(match ledger.set_renewal(&customer, &id, request) {
            Ok(()) => {
                let seats = typed.trim().parse::<i64>().unwrap_or_default();
                let args = Args::new()
                    .text("seats", words.seats(seats))
                    .text("plan", plan_label(words.language(), plan))
                    .text("edition", title);
                Outcome::Done(words.with(
                    if sku.is_some() {
                        keys::AT_RENEWAL_SAVED_AS
                    } else {
                        keys::AT_RENEWAL_SAVED
                    },
                    &args,
                ))
            }
            Err(e) => Outcome::Refused(e),
        }));
    };
    view! {
        <form class="manage-block renewal" on:submit=save novalidate=true>
            <fieldset>
                <legend>{words.t(keys::AT_RENEWAL)}</legend>
                <div class="inline">
                    <div class="field">
                        <label for=q_id.clone()>{words.t(keys::COL_SEATS)}</label>
                        <input id=q_id type="text" inputmode="numeric" class="qty"
                            prop:value=move || quantity.get()
                            on:input=move |ev| quantity.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for=p_id.clone()>{words.t(keys::COL_TERM_AND_BILLING)}</label>
                        <select id=p_id on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {options.with_value(|plans| plans.iter().enumerate().map(|(i, plan)| view! {
                                <option value=i.to_string() selected=move || chosen.get() == i>{plan_label(words.language(), *plan)}</option>
                            }).collect_view())}
                        </select>
                    </div>
                    <div class="field">
                        <label for=e_id.clone()>{words.t(keys::EDITION_AT_RENEWAL)}</label>
                        <select id=e_id on:change=move |ev| edition.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {editions.with_value(|all| all.iter().enumerate().map(|(i, (_, title))| view! {
                                <option value=i.to_string() selected=move || edition.get() == i>{title.clone()}</option>
                            }).collect_view())}
                        </select>
                    </div>
                    <button type="submit" class="button">{words.t(keys::SAVE_RENEWAL)}</button>
                </div>
            </fieldset>
        </form>
    }
}
