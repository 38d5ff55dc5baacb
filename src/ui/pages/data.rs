//! `/data`: export all data as one JSON file, import it back, reset to the demo data.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::all_data::read_export;
use crate::browser::download::download;
use crate::formats::export;
use crate::i18n::{keys, Args, Key};
use crate::ui::state::{use_ledger, use_visit};
use crate::ui::words::{use_words, Words};
use crate::ui::Later;

/// "3 customers", "3 clients".
fn counted(words: Words, key: Key, n: usize) -> String {
    words.with(key, &Args::new().number("count", i64::try_from(n).unwrap_or(i64::MAX)))
}

/// What a section's last action did, said under its buttons: green when it worked.
#[component]
fn Outcome(status: RwSignal<Option<(bool, String)>>, #[prop(optional)] testid: &'static str) -> impl IntoView {
    move || {
        status.get().map(|(ok, text)| {
            view! {
                <div class=if ok { "banner banner-ok" } else { "banner banner-warn" } role="status" data-testid=testid>{text}</div>
            }
        })
    }
}

#[component]
pub fn DataPage() -> impl IntoView {
    let words = use_words();
    view! {
        <h1>{words.t(keys::DATA_TITLE)}</h1>
        <p class="lead">
            {words.t(keys::DATA_LEAD_BEFORE)} " " <code>"csp-catalog/"</code> {words.t(keys::DATA_LEAD_AFTER)}
        </p>
        <crate::ui::pages::catalog_import::CatalogSection />
        <Later><OrdersExport /></Later>
        <Later><ExportAll /></Later>
        <Later><ImportAll /></Later>
        <Later><ResetDemoData /></Later>
    }
}

#[component]
fn OrdersExport() -> impl IntoView {
    let words = use_words();
    let ledger = use_ledger();
    view! {
        <section class="panel wide" aria-labelledby="orders-export-title">
            <h2 id="orders-export-title">{words.t(keys::EXPORT_ORDERS_TITLE)}</h2>
            <p>{words.t(keys::EXPORT_ORDERS_HELP)}</p>
            <div class="actions">
                <button class="button" on:click=move |_| {
                    let text = crate::formats::orders_export::orders_csv(&ledger.with_untracked(|l| l.orders.clone()), &ledger.with_untracked(|l| l.customers.clone()));
                    download("orders.csv", "text/csv", &text);
                }>{words.t(keys::ALL_ORDERS_CSV)}</button>
                <button class="button" on:click=move |_| {
                    download("orders.json", "application/json", &crate::formats::orders_export::orders_json(&ledger.with_untracked(|l| l.orders.clone())));
                }>{words.t(keys::ALL_ORDERS_JSON)}</button>
            </div>
        </section>
    }
}

#[component]
fn ExportAll() -> impl IntoView {
    let words = use_words();
    let (visit, ledger) = (use_visit(), use_ledger());
    let status = RwSignal::new(None::<(bool, String)>);
    let export = move |_| {
        let text = export::export(&ledger.snapshot());
        let name = format!(
            "csp-catalog-{}.json",
            crate::domain::dates::iso(visit.today_untracked())
        );
        status.set(Some(if download(&name, "application/json", &text) {
            (true, words.with(keys::EXPORTED_AS, &Args::new().text("name", name)))
        } else {
            (false, words.t(keys::DOWNLOAD_REFUSED))
        }));
    };
    view! {
        <section class="panel wide" aria-labelledby="export-title">
            <h2 id="export-title">{words.t(keys::EXPORT_ALL)}</h2>
            <p>{words.t(keys::EXPORT_ALL_HELP)}</p>
            <button class="button primary" on:click=export>{words.t(keys::EXPORT_ALL)}</button>
            <Outcome status testid="export-outcome" />
        </section>
    }
}

#[component]
fn ImportAll() -> impl IntoView {
    let words = use_words();
    let ledger = use_ledger();
    let status = RwSignal::new(None::<(bool, String)>);
    let pending = RwSignal::new(None::<export::Snapshot>);
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
            match text.map(|t| read_export(&t)) {
                None => status.set(Some((false, words.t(keys::FILE_NOT_READ)))),
                Some(Err(e)) => {
                    pending.set(None);
                    let why = e.sentence(words.language());
                    status.set(Some((
                        false,
                        words.with(keys::NOTHING_IMPORTED, &Args::new().text("why", why)),
                    )));
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
        status.set(Some(match ledger.replace_all(&snapshot) {
            Ok(()) => (
                true,
                words.with(
                    keys::IMPORTED_COUNTS,
                    &Args::new()
                        .text(
                            "customers",
                            counted(words, keys::CUSTOMERS_COUNT, snapshot.customers.len()),
                        )
                        .text("orders", counted(words, keys::ORDERS_COUNT, snapshot.orders.len())),
                ),
            ),
            Err(notice) => (
                false,
                words.with(keys::NOTHING_IMPORTED, &Args::new().text("why", words.notice(&notice))),
            ),
        }));
    };

    view! {
        <section class="panel wide" aria-labelledby="import-title">
            <h2 id="import-title">{words.t(keys::IMPORT_ALL)}</h2>
            <p>{words.t(keys::IMPORT_ALL_HELP)}</p>
            <label class="button file-button">
                {words.t(keys::CHOOSE_IMPORT_FILE)}
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=choose_file />
            </label>
            {move || pending.get().map(|s| view! {
                <div class="confirm" role="alert">
                    <p>{words.with(
                        keys::IMPORT_CONFIRM,
                        &Args::new()
                            .text("customers", counted(words, keys::CUSTOMERS_COUNT, s.customers.len()))
                            .text("carts", counted(words, keys::CARTS_COUNT, s.carts.len()))
                            .text("orders", counted(words, keys::ORDERS_COUNT, s.orders.len())),
                    )}</p>
                    <button class="button primary" on:click=apply_import>{words.t(keys::REPLACE_MY_DATA)}</button>
                    <button class="button subtle" on:click=move |_| pending.set(None)>{words.t(keys::KEEP_MY_DATA)}</button>
                </div>
            })}
            <Outcome status testid="import-outcome" />
        </section>
    }
}

#[component]
fn ResetDemoData() -> impl IntoView {
    let words = use_words();
    let ledger = use_ledger();
    let status = RwSignal::new(None::<(bool, String)>);
    let confirm_reset = RwSignal::new(false);
    view! {
        <section class="panel wide" aria-labelledby="reset-title">
            <h2 id="reset-title">{words.t(keys::RESET_TITLE)}</h2>
            <p>{words.t(keys::RESET_HELP)}</p>
            <Show
                when=move || confirm_reset.get()
                fallback=move || view! { <button class="button" on:click=move |_| confirm_reset.set(true)>{words.t(keys::RESET_BUTTON)}</button> }
            >
                <div class="confirm" role="alert">
                    <p>{words.t(keys::RESET_CONFIRM)}</p>
                    <button class="button danger" on:click=move |_| {
                        ledger.reset_demo_data();
                        confirm_reset.set(false);
                        status.set(Some((true, words.t(keys::DEMO_DATA_BACK))));
                    }>{words.t(keys::RESET)}</button>
                    <button class="button subtle" on:click=move |_| confirm_reset.set(false)>{words.t(keys::FORM_CANCEL)}</button>
                </div>
            </Show>
            <Outcome status testid="reset-outcome" />
        </section>
    }
}
