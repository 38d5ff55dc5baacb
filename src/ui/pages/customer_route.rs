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
    move || match found.get() {
        Some(id) => {
            provide_context(CurrentCustomer(id));
            view! { <Outlet /> }.into_any()
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

/// The id of the customer this page is about (only under [`CustomerRoute`]).
pub fn current_customer() -> Option<CustomerId> {
    use_context::<CurrentCustomer>().map(|c| c.0)
}
