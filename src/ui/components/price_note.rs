//! Beside prices: whether they are the ones this customer is billed.

use leptos::prelude::*;

use crate::domain::catalog::PriceListFit;
use crate::domain::ids::CustomerId;
use crate::i18n::{format, keys, Args};
use crate::ui::state::{use_catalog, use_ledger};
use crate::ui::words::{use_words, Words};

/// Whether the catalog's prices are the ones this customer is billed (`None`: no such
/// customer), following the catalog and the customer.
fn price_list_fit(customer: CustomerId) -> Memo<Option<PriceListFit>> {
    let (in_use, ledger) = (use_catalog(), use_ledger());
    Memo::new(move |_| {
        let country = ledger.customer(&customer).map(|c| c.tenant_country)?;
        Some(in_use.catalog().with(|c| c.price_list_for(country)))
    })
}

/// Says when the catalog's prices are another market's than the customer's.
#[component]
pub fn PriceListNote(customer: CustomerId) -> impl IntoView {
    let fit = price_list_fit(customer);
    let words = use_words();
    move || {
        fit.get()
            .and_then(|f| price_list_note(words, &f))
            .map(|text| view! { <p class="banner banner-info price-note" data-testid="price-list-note">{text}</p> })
    }
}

/// The note shown beside the prices when they are another market's.
fn price_list_note(words: Words, fit: &PriceListFit) -> Option<String> {
    let PriceListFit::OtherMarket {
        catalog_market,
        catalog_currency,
        customer_market,
        customer_currency,
    } = fit
    else {
        return None;
    };
    let language = words.language();
    let billed_in = customer_currency
        .map(|c| words.with(keys::BILLED_IN, &Args::new().text("currency", c)))
        .unwrap_or_default();
    Some(
        words.with(
            keys::PRICE_LIST_OTHER_MARKET,
            &Args::new()
                .text("customer_market", format::country(language, *customer_market))
                .text("billed_in", billed_in)
                .text("catalog_market", format::country(language, *catalog_market))
                .text("catalog_currency", catalog_currency.to_string()),
        ),
    )
}

/// Once per page: the catalog doesn't say where its offers are sold (a price list imported
/// without its offer matrix), so no offer is held back for a country.
#[component]
pub fn CountriesUnknownNote() -> impl IntoView {
    let in_use = use_catalog();
    let words = use_words();
    move || {
        (!in_use.catalog().with(|c| c.countries_known())).then(|| {
            view! { <p class="banner banner-info" data-testid="countries-unknown">{words.t(keys::COUNTRIES_UNKNOWN)}</p> }
        })
    }
}

/// Beside Buy: the order is placed in the catalog's currency when it is another market's list.
#[component]
pub fn BuyCurrencyNote(customer: CustomerId) -> impl IntoView {
    let fit = price_list_fit(customer);
    let words = use_words();
    move || {
        let Some(PriceListFit::OtherMarket {
            catalog_market,
            catalog_currency,
            ..
        }) = fit.get()
        else {
            return None;
        };
        let text = words.with(
            keys::BUY_IN_CATALOG_CURRENCY,
            &Args::new()
                .text("currency", catalog_currency.to_string())
                .text("catalog_market", format::country(words.language(), catalog_market)),
        );
        Some(view! { <span class="hint buy-currency" data-testid="buy-currency">{text}</span> })
    }
}
