//! Beside prices: whether they are the ones this customer is billed.

use leptos::prelude::*;

use crate::domain::catalog::PriceListFit;
use crate::domain::ids::CustomerId;
use crate::ui::state::AppState;

/// Says when the catalog's prices are another market's than the customer's.
#[component]
pub fn PriceListNote(customer: CustomerId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let fit = Memo::new(move |_| {
        let country = state.customer(customer.as_str()).map(|c| c.tenant_country)?;
        Some(state.catalog().with(|c| c.price_list_for(country)))
    });
    move || {
        fit.get().filter(|f| *f != PriceListFit::Matches).map(
            |f| view! { <p class="banner banner-info price-note" data-testid="price-list-note">{f.to_string()}</p> },
        )
    }
}
