//! `/`: the customer list. Each row expands to the customer's actions.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::app::route::{CustomerPage, Page};
use crate::domain::country::CountryCode;
use crate::domain::customer::Customer;
use crate::domain::ids::CustomerId;
use crate::i18n::{format, keys, Args, Language};
use crate::ui::components::QualificationBadge;
use crate::ui::state::use_ledger;
use crate::ui::words::{use_words, Words};
use crate::ui::Later;

#[component]
pub fn CustomersPage() -> impl IntoView {
    let ledger = use_ledger();
    // `?saved=<id>`: the customer the form just saved, opened and confirmed.
    let query = use_query_map();
    let saved = Memo::new(move |_| {
        let id: CustomerId = query.with(|q| q.get("saved"))?.parse().ok()?;
        ledger.customer(&id).map(|c| (c.id.to_string(), c.name))
    });
    let expanded = RwSignal::new(saved.get_untracked().map(|(id, _)| id));
    let words = use_words();

    view! {
        <div class="page-head">
            <h1>{words.t(keys::CUSTOMERS_TITLE)}</h1>
            <A href=Page::NewCustomer.href() attr:class="button primary">{words.t(keys::NEW_CUSTOMER)}</A>
        </div>
        <p class="lead">{words.t(keys::CUSTOMERS_LEAD)}</p>
        {move || saved.get().map(|(_, name)| view! {
            <div class="banner banner-ok" role="status">{words.with(keys::CUSTOMER_SAVED, &Args::new().text("name", name))}</div>
        })}
        <div class="table-scroll">
        <table class="grid customers reflow">
            <caption class="visually-hidden">{words.t(keys::CUSTOMERS_TITLE)}</caption>
            <thead>
                <tr>
                    <th scope="col">{words.t(keys::COL_CUSTOMER)}</th>
                    <th scope="col">{words.t(keys::COL_TENANT_COUNTRY)}</th>
                    <th scope="col">{words.t(keys::COL_SPECIAL_QUALIFICATION)}</th>
                    <th scope="col">{words.t(keys::COL_CUSTOMER_AGREEMENT)}</th>
                    <th scope="col" class="num">{words.t(keys::COL_SUBSCRIPTIONS)}</th>
                </tr>
            </thead>
            // The rows in a turn of their own as the app starts: with the page's head, one
            // long task on a phone.
            <Later>
                <For
                    each=move || ledger.with(|l| l.customers.clone())
                    key=|customer| customer.id.clone()
                    children=move |customer| view! { <CustomerRow customer expanded /> }
                />
            </Later>
        </table>
        </div>
        <p class="hint" data-testid="data-stays-here">
            {words.t(keys::DATA_STAYS_HERE)} " "
            <A href=Page::Data.href()>{words.t(keys::DATA_STAYS_HERE_LINK)}</A>
        </p>
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
    let words = use_words();
    let agreement = match &customer.agreement {
        Some(a) => view! {
            <span>{words.with(keys::ACCEPTED_SHORT, &Args::new().text("day", words.date_short(a.accepted_on)))}</span>
            <span class="sub">{words.with(keys::ACCEPTED_BY, &Args::new().text("name", a.signer_name.clone()))}</span>
        }
        .into_any(),
        None => view! { <span>{words.t(keys::AGREEMENT_NOT_ACCEPTED)}</span> }.into_any(),
    };
    let agreement_missing = customer.agreement.is_none();
    // Which of the partner's tenants sells to it, when that is another country.
    let ledger = use_ledger();
    let country = customer.tenant_country;
    let served_from = move || {
        let tenant = ledger.with(|l| l.partner.tenant_for(country));
        (tenant != country).then(|| view! { <span class="sub">{served_from_text(words, tenant)}</span> })
    };
    // Its own subscriptions and its orders', as they stand: it follows purchases and changes.
    let active = {
        let id = customer.id.clone();
        move || {
            ledger
                .parties(&id)
                .map_or(0, |p| p.customer.subscriptions.iter().filter(|s| s.is_active()).count())
        }
    };
    let add_products = Page::customer(&customer.id, CustomerPage::AddProducts).href();
    let orders = Page::customer(&customer.id, CustomerPage::Orders).href();
    let subscriptions = Page::customer(&customer.id, CustomerPage::Subscriptions).href();
    let edit = Page::customer(&customer.id, CustomerPage::Edit).href();
    let name = customer.name.clone();
    let named = move |key| words.with(key, &Args::new().text("name", name.clone()));
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
                <td data-label=words.t(keys::COL_TENANT_COUNTRY)>
                    {format::country(words.language(), customer.tenant_country)}
                    {served_from}
                </td>
                <td data-label=words.t(keys::COL_SPECIAL_QUALIFICATION)><QualificationBadge record=qualification /></td>
                <td class="agreement" data-label=words.t(keys::COL_CUSTOMER_AGREEMENT) class:warn-text=agreement_missing>{agreement}</td>
                <td class="num" data-label=words.t(keys::COL_SUBSCRIPTIONS)>{active}</td>
            </tr>
            <tr id=panel_id.clone() class="row-actions" hidden=move || !is_open.get()>
                <td colspan="5">
                    <A href=add_products attr:class="button primary" attr:aria-label=named(keys::ADD_PRODUCTS_FOR)>
                        {words.t(keys::ADD_PRODUCTS)}
                    </A>
                    <A href=subscriptions attr:class="button" attr:aria-label=named(keys::SUBSCRIPTIONS_OF)>{words.t(keys::SUBSCRIPTIONS)}</A>
                    <A href=orders attr:class="button" attr:aria-label=named(keys::VIEW_ORDERS_OF)>{words.t(keys::VIEW_ORDERS)}</A>
                    <A href=edit attr:class="button subtle" attr:aria-label=named(keys::EDIT_CUSTOMER_NAMED)>{words.t(keys::EDIT_CUSTOMER)}</A>
                </td>
            </tr>
        </tbody>
    }
}

/// "served from Slovakia": the partner's tenant that sells to this customer.
fn served_from_text(words: Words, tenant: CountryCode) -> String {
    let country = match words.language() {
        Language::English => tenant.name_in_sentence(),
        language => format::country(language, tenant),
    };
    words.with(keys::SERVED_FROM, &Args::new().text("country", country))
}
