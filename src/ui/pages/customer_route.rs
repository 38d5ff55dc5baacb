//! `/customers/:id/...`: every page about one customer. The id in the address is resolved to
//! a customer here, once, for all of them; an unknown or malformed id gets one clear "Customer
//! not found" instead of one per page.

use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

use crate::domain::ids::CustomerId;
use crate::i18n::{keys, Args};
use crate::ui::pages::not_found::NotFound;
use crate::ui::state::use_ledger;
use crate::ui::words::use_words;

#[derive(Params, Clone, Debug, PartialEq)]
struct CustomerParams {
    id: Option<String>,
}

/// The customer the page under `/customers/:id` is about: an id known to exist when the page
/// was built. Pages read the customer's facts from the `LedgerState` with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrentCustomer(pub CustomerId);

#[component]
pub fn CustomerRoute() -> impl IntoView {
    let ledger = use_ledger();
    let words = use_words();
    let params = use_params::<CustomerParams>();
    let typed = Memo::new(move |_| params.get().ok().and_then(|p| p.id).unwrap_or_default());
    // Only the id: the pages are built again when it changes, not when the customer is edited.
    let found = Memo::new(move |_| {
        let id = typed.with(|t| t.parse::<CustomerId>().ok())?;
        ledger.customer(&id).map(|_| id)
    });
    let converted = RwSignal::new(Vec::<String>::new());
    let visit = crate::ui::state::use_visit();
    // Microsoft converts a trial at its end whether or not anyone looks: when a customer's
    // pages open, and whenever the day moves, the trials that ended are dealt with first.
    Effect::new(move |_| {
        visit.today();
        if let Some(id) = found.get() {
            let said: Vec<String> = ledger
                .convert_ended_trials(&id)
                .iter()
                .map(|trial| ended_trial_text(words, trial))
                .collect();
            if !said.is_empty() {
                converted.set(said);
            }
        }
    });
    move || match found.get() {
        Some(id) => {
            provide_context(CurrentCustomer(id));
            view! {
                <Show when=move || !converted.with(Vec::is_empty)>
                    <div class="banner banner-info" role="status" data-testid="trials-converted">
                        {move || converted.get().into_iter().map(|t| view! { <p>{t}</p> }).collect_view()}
                    </div>
                </Show>
                <Outlet />
            }
            .into_any()
        }
        None => view! {
            <NotFound
                title=words.t(keys::CUSTOMER_NOT_FOUND)
                detail=words.with(keys::CUSTOMER_NOT_FOUND_DETAIL, &Args::new().text("id", typed.get_untracked()))
            />
        }
        .into_any(),
    }
}

/// What became of a trial at its end, in one sentence.
fn ended_trial_text(words: crate::ui::words::Words, trial: &crate::app::subscriptions::EndedTrial) -> String {
    let args = Args::new()
        .text("name", trial.name.clone())
        .text("day", words.date(trial.on));
    match &trial.outcome {
        Ok(moved) => {
            let paid = moved
                .order
                .lines
                .first()
                .map(|l| l.friendly_name.clone())
                .unwrap_or_default();
            words.with(
                keys::TRIAL_CONVERTED,
                &args
                    .text("order", moved.order.id.to_string())
                    .text("seats", words.seats(moved.seats))
                    .text("paid", paid),
            )
        }
        Err(why) => words.with(keys::TRIAL_NOT_CONVERTED, &args.text("why", words.change_error(why))),
    }
}

/// The id of the customer this page is about (only under [`CustomerRoute`]).
pub fn current_customer() -> Option<CustomerId> {
    use_context::<CurrentCustomer>().map(|c| c.0)
}
