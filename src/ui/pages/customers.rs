//! `/`: the customer list. Each row expands to the customer's actions.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::domain::customer::Customer;
use crate::domain::dates::short;
use crate::ui::components::QualificationBadge;
use crate::ui::state::AppState;

#[component]
pub fn CustomersPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    // `?saved=<id>`: the customer the form just saved, opened and confirmed.
    let query = use_query_map();
    let saved = Memo::new(move |_| {
        let id = query.with(|q| q.get("saved"))?;
        state.customer(&id).map(|c| (c.id.to_string(), c.name))
    });
    let expanded = RwSignal::new(saved.get_untracked().map(|(id, _)| id));

    view! {
        <div class="page-head">
            <h1>"Customers"</h1>
            <A href=crate::ui::link("/customers/new") attr:class="button primary">"New customer"</A>
        </div>
        <p class="lead">
            "Select a customer's row to add products for it. Each customer's tenant country, special qualification and "
            "Microsoft Customer Agreement decide what you can sell it."
        </p>
        {move || saved.get().map(|(_, name)| view! {
            <div class="banner banner-ok" role="status">{format!("{name} was saved. Its actions are open below.")}</div>
        })}
        <div class="table-scroll">
        <table class="grid customers reflow">
            <caption class="visually-hidden">"Customers"</caption>
            <thead>
                <tr>
                    <th scope="col">"Customer"</th>
                    <th scope="col">"Tenant country"</th>
                    <th scope="col">"Special qualification"</th>
                    <th scope="col">"Customer Agreement"</th>
                    <th scope="col" class="num">"Subscriptions"</th>
                </tr>
            </thead>
            <For
                each=move || state.customers().get()
                key=|customer| customer.id.clone()
                children=move |customer| view! { <CustomerRow customer expanded /> }
            />
        </table>
        </div>
    }
}

#[component]
fn CustomerRow(customer: Customer, expanded: RwSignal<Option<String>>) -> impl IntoView {
    let id = customer.id.to_string();
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| expanded.with(|e| e.as_deref() == Some(id.as_str())))
    };
    let toggle = {
        let id = id.clone();
        move |_| {
            expanded.update(|e| {
                *e = if e.as_deref() == Some(id.as_str()) {
                    None
                } else {
                    Some(id.clone())
                }
            })
        }
    };
    let panel_id = format!("actions-{id}");
    let agreement = match &customer.agreement {
        Some(a) => view! {
            <span>"Accepted " {short(a.accepted_on)}</span>
            <span class="sub">{format!("by {}", a.signer_name)}</span>
        }
        .into_any(),
        None => view! { <span>"Not accepted"</span> }.into_any(),
    };
    let agreement_missing = customer.agreement.is_none();
    // Which of the partner's tenants sells to it, when that is another country.
    let state = expect_context::<AppState>();
    let country = customer.tenant_country;
    let served_from = move || {
        let tenant = state.partner().with(|p| p.tenant_for(country));
        (tenant != country)
            .then(|| view! { <span class="sub">{format!("served from {}", tenant.name_in_sentence())}</span> })
    };
    // Its own subscriptions and its orders', as they stand: it follows purchases and changes.
    let active = {
        let id = customer.id.clone();
        move || {
            state
                .customer_for_rules(id.as_str())
                .map_or(0, |c| c.subscriptions.iter().filter(|s| s.is_active()).count())
        }
    };
    let add_products = crate::ui::link(&format!("/customers/{id}/add-products"));
    let orders = crate::ui::link(&format!("/customers/{id}/orders"));
    let subscriptions = crate::ui::link(&format!("/customers/{id}/subscriptions"));
    let edit = crate::ui::link(&format!("/customers/{id}/edit"));
    let name = customer.name.clone();
    let qualification = customer.qualification.clone();
    view! {
        <tbody class="customer" class:open=is_open>
            <tr>
                <th scope="row">
                    <button
                        class="row-toggle"
                        aria-expanded=move || is_open.get().to_string()
                        aria-controls=panel_id.clone()
                        on:click=toggle
                    >
                        <span class="chevron" aria-hidden="true"></span>
                        {customer.name.clone()}
                    </button>
                </th>
                <td data-label="Tenant country">
                    {customer.tenant_country.name()}
                    {served_from}
                </td>
                <td data-label="Special qualification"><QualificationBadge record=qualification /></td>
                <td class="agreement" data-label="Customer Agreement" class:warn-text=agreement_missing>{agreement}</td>
                <td class="num" data-label="Subscriptions">{active}</td>
            </tr>
            <tr id=panel_id.clone() class="row-actions" hidden=move || !is_open.get()>
                <td colspan="5">
                    <A href=add_products attr:class="button primary" attr:aria-label=format!("Add products for {name}")>
                        "Add products"
                    </A>
                    <A href=subscriptions attr:class="button" attr:aria-label=format!("Subscriptions of {name}")>"Subscriptions"</A>
                    <A href=orders attr:class="button" attr:aria-label=format!("View orders of {name}")>"View orders"</A>
                    <A href=edit attr:class="button subtle" attr:aria-label=format!("Edit customer {name}")>"Edit customer"</A>
                </td>
            </tr>
        </tbody>
    }
}
