//! `/data`: export all data as one JSON file, import it back, reset to the demo data.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::download::download;
use crate::formats::export;
use crate::i18n::keys;
use crate::ui::state::AppState;

#[component]
pub fn DataPage() -> impl IntoView {
    let words = crate::ui::words::use_words();
    let state = expect_context::<AppState>();
    let status = RwSignal::new(None::<(bool, String)>);
    let pending = RwSignal::new(None::<export::Snapshot>);
    let confirm_reset = RwSignal::new(false);

    let export = move |_| {
        let text = export::export(&state.snapshot());
        let name = format!(
            "csp-catalog-{}.json",
            crate::domain::dates::iso(state.today_untracked())
        );
        if download(&name, "application/json", &text) {
            status.set(Some((true, format!("Exported all data as {name}."))));
        } else {
            status.set(Some((false, "The browser did not allow the download.".into())));
        }
    };

    let choose_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            match text.map(|t| export::import(&t)) {
                None => status.set(Some((false, "The file could not be read.".into()))),
                Some(Err(e)) => {
                    pending.set(None);
                    status.set(Some((false, format!("Nothing was imported. {e}"))));
                }
                Some(Ok(snapshot)) => {
                    status.set(None);
                    pending.set(Some(snapshot));
                }
            }
        });
    };

    let apply_import = move |_| {
        let Some(snapshot) = pending.get_untracked() else {
            return;
        };
        pending.set(None);
        status.set(Some(match state.replace_all(&snapshot) {
            Ok(()) => (
                true,
                format!(
                    "Imported {} customers and {} orders.",
                    snapshot.customers.len(),
                    snapshot.orders.len()
                ),
            ),
            Err(notice) => (false, format!("Nothing was imported. {notice}")),
        }));
    };

    view! {
        <h1>{words.t(keys::DATA_TITLE)}</h1>
        <p class="lead">
            "Customers, carts and orders live in this browser's local storage, under keys starting with "
            <code>"csp-catalog/"</code> ". The built-in catalog is part of the app; an imported one is kept in this browser's IndexedDB."
        </p>
        {move || status.get().map(|(ok, text)| view! {
            <div class=if ok { "banner banner-ok" } else { "banner banner-warn" } role="status">{text}</div>
        })}
        <crate::ui::pages::catalog_import::CatalogSection />
        <section class="panel wide" aria-labelledby="orders-export-title">
            <h2 id="orders-export-title">"Export orders"</h2>
            <p>"Every customer's orders, one row per line item (safe to open in a spreadsheet), or as JSON."</p>
            <div class="actions">
                <button class="button" on:click=move |_| {
                    let text = crate::formats::orders_export::orders_csv(&state.orders().get_untracked(), &state.customers().get_untracked());
                    download("orders.csv", "text/csv", &text);
                }>"All orders as CSV"</button>
                <button class="button" on:click=move |_| {
                    download("orders.json", "application/json", &crate::formats::orders_export::orders_json(&state.orders().get_untracked()));
                }>"All orders as JSON"</button>
            </div>
        </section>
        <section class="panel wide" aria-labelledby="export-title">
            <h2 id="export-title">"Export all data"</h2>
            <p>"One JSON file with the partner profile, every customer, cart and order."</p>
            <button class="button primary" on:click=export>"Export all data"</button>
        </section>
        <section class="panel wide" aria-labelledby="import-title">
            <h2 id="import-title">"Import all data"</h2>
            <p>"Replaces everything stored here with an exported file. A file that can't be read changes nothing."</p>
            <label class="button file-button">
                "Choose a file to import…"
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=choose_file />
            </label>
            {move || pending.get().map(|s| view! {
                <div class="confirm" role="alert">
                    <p>{format!(
                        "The file holds {} customers, {} carts and {} orders. Importing replaces all data stored here.",
                        s.customers.len(), s.carts.len(), s.orders.len()
                    )}</p>
                    <button class="button primary" on:click=apply_import>"Replace my data"</button>
                    <button class="button subtle" on:click=move |_| pending.set(None)>"Keep my data"</button>
                </div>
            })}
        </section>
        <section class="panel wide" aria-labelledby="reset-title">
            <h2 id="reset-title">"Reset demo data"</h2>
            <p>"Removes your customers, carts and orders and brings back the demo customers. Values set aside as unreadable are kept until you discard them."</p>
            <Show
                when=move || confirm_reset.get()
                fallback=move || view! { <button class="button" on:click=move |_| confirm_reset.set(true)>"Reset demo data…"</button> }
            >
                <div class="confirm" role="alert">
                    <p>"Remove everything you changed? Export first if you want to keep it."</p>
                    <button class="button danger" on:click=move |_| {
                        state.reset_demo_data();
                        confirm_reset.set(false);
                        status.set(Some((true, "The demo data is back.".into())));
                    }>"Reset"</button>
                    <button class="button subtle" on:click=move |_| confirm_reset.set(false)>"Cancel"</button>
                </div>
            </Show>
        </section>
    }
}
