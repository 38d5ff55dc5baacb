//! The Data page's catalog section: import a price list (and offer matrix) in steps with a
//! progress bar, switch back to the built-in catalog, export the catalog as a price list.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::download::download;
use crate::browser::idb;
use crate::domain::catalog::Catalog;
use crate::domain::words::count;
use crate::formats::envelope::{self, ImportedFiles, Kind, IMPORTED_CATALOG_KEY};
use crate::formats::pricelist::{
    build_catalog, FileProblem, ImportSummary, OfferMatrixReader, PriceListReader, RowProblem,
};
use crate::ui::state::{AppState, CatalogSource};

/// Rows read between two paints, so the page stays responsive on a large file.
const ROWS_PER_STEP: usize = 4_000;
const PROBLEMS_SHOWN: usize = 50;

#[derive(Clone, Debug, PartialEq)]
enum ImportState {
    Idle,
    Reading { file: String, progress: f64 },
    Done { summary: String, problems: Vec<RowProblem> },
    Failed(String),
}

async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

async fn file_text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
}

fn chosen_file(input_id: &str) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = web_sys::window()?
        .document()?
        .get_element_by_id(input_id)?
        .dyn_into()
        .ok()?;
    input.files()?.get(0)
}

#[component]
pub fn CatalogSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let import_state = RwSignal::new(ImportState::Idle);
    let price_file = RwSignal::new(None::<String>);
    let matrix_file = RwSignal::new(None::<String>);

    let start = move |_| {
        let Some(prices) = chosen_file("price-list-file") else {
            import_state.set(ImportState::Failed("Choose a price list CSV file first.".into()));
            return;
        };
        let matrix = chosen_file("offer-matrix-file");
        leptos::task::spawn_local(async move {
            let name = prices.name();
            import_state.set(ImportState::Reading {
                file: name.clone(),
                progress: 0.0,
            });
            let Some(price_list) = file_text(&prices).await else {
                return import_state.set(ImportState::Failed("The price list file could not be read.".into()));
            };
            let offer_matrix = match &matrix {
                None => None,
                Some(file) => match file_text(file).await {
                    Some(text) => Some(text),
                    None => {
                        return import_state.set(ImportState::Failed("The offer matrix file could not be read.".into()))
                    }
                },
            };
            let files = ImportedFiles {
                price_list_name: name.clone(),
                price_list,
                offer_matrix_name: matrix.map(|m| m.name()),
                offer_matrix,
            };
            let progress_name = name.clone();
            let result = import_files(&files, move |progress| {
                import_state.set(ImportState::Reading {
                    file: progress_name.clone(),
                    progress,
                })
            })
            .await;
            match result {
                Err(e) => import_state.set(ImportState::Failed(format!("Nothing was imported. {e}"))),
                Ok((catalog, summary)) => {
                    let mut text = summary.to_string();
                    // Keep the files so the catalog comes back after a reload.
                    if let Err(why) =
                        idb::put(IMPORTED_CATALOG_KEY, &envelope::encode(Kind::ImportedCatalog, &files)).await
                    {
                        text.push_str(&format!(
                            " It could not be saved in this browser ({why}), so it lasts until you leave the page."
                        ));
                    }
                    state.use_catalog(
                        catalog,
                        CatalogSource::Imported {
                            file: name,
                            summary: text.clone(),
                        },
                    );
                    import_state.set(ImportState::Done {
                        summary: text,
                        problems: summary.problems,
                    });
                }
            }
        });
    };

    let export = move |_| {
        let text = state
            .catalog()
            .with_untracked(|c| crate::formats::pricelist::export_price_list(c));
        download("price-list.csv", "text/csv", &text);
    };

    view! {
        <section class="panel wide" aria-labelledby="catalog-title">
            <h2 id="catalog-title">"Catalog"</h2>
            <p data-testid="catalog-source">
                {move || match state.catalog_source().get() {
                    CatalogSource::BuiltIn => "In use: the built-in catalog.".to_string(),
                    CatalogSource::Restoring { file } => format!("Loading {file} again…"),
                    CatalogSource::Synthetic { name } => format!("In use: the synthetic catalog {name}, for this visit."),
                    CatalogSource::Imported { file, summary } => format!("In use: {file}. {summary}"),
                }}
            </p>
            <p>"Import a license-based new-commerce price list CSV, and optionally its offer matrix CSV (quantities, add-on bases, allowed countries). Rows that can't be used are listed with their line and reason."</p>
            <div class="file-row">
                <label class="button file-button">
                    "Price list CSV…"
                    <input id="price-list-file" class="visually-hidden" type="file" accept=".csv,text/csv"
                        on:change=move |ev| price_file.set(file_name(&ev)) />
                </label>
                <span class="hint">{move || price_file.get().unwrap_or_else(|| "No file chosen".into())}</span>
            </div>
            <div class="file-row">
                <label class="button file-button">
                    "Offer matrix CSV (optional)…"
                    <input id="offer-matrix-file" class="visually-hidden" type="file" accept=".csv,text/csv"
                        on:change=move |ev| matrix_file.set(file_name(&ev)) />
                </label>
                <span class="hint">{move || matrix_file.get().unwrap_or_else(|| "No file chosen".into())}</span>
            </div>
            <div class="actions">
                <button class="button primary" on:click=start
                    disabled=move || matches!(import_state.get(), ImportState::Reading { .. })>"Import price list"</button>
                <button class="button" on:click=move |_| {
                    // Forget the saved files first, so a reload can't bring them back.
                    leptos::task::spawn_local(async move {
                        if let Err(why) = idb::delete(IMPORTED_CATALOG_KEY).await {
                            state.report(format!("The imported catalog could not be removed from this browser ({why}); it may come back after a reload."));
                        }
                        state.use_built_in_catalog();
                        import_state.set(ImportState::Idle);
                    });
                } disabled=move || state.catalog_source().get() == CatalogSource::BuiltIn>"Use the built-in catalog"</button>
                <button class="button subtle" on:click=export>"Export the catalog as a price list CSV"</button>
            </div>
            <p class="hint">"To try the app at the scale of a real price list, use a generated catalog for this visit:"</p>
            <div class="actions tight">
                {["synthetic-1k", "synthetic-10k", "synthetic-100k"].into_iter().map(|name| view! {
                    <button class="button subtle" on:click=move |_| use_synthetic_catalog(state, name)>
                        {format!("Use {name}")}
                    </button>
                }).collect_view()}
            </div>
            {move || match import_state.get() {
                ImportState::Idle => None,
                ImportState::Reading { file, progress } => Some(view! {
                    <div class="import-progress">
                        <label for="import-progress">{format!("Reading {file}…")}</label>
                        <progress id="import-progress" max="100" value=((progress * 100.0).round() as u32).to_string()></progress>
                    </div>
                }.into_any()),
                ImportState::Failed(text) => Some(view! { <div class="banner banner-warn" role="alert">{text}</div> }.into_any()),
                ImportState::Done { summary, problems } => {
                    let more = problems.len().saturating_sub(PROBLEMS_SHOWN);
                    Some(view! {
                        <div class="banner banner-ok" role="status" data-testid="import-summary">{format!("Imported. {summary}")}</div>
                        {(!problems.is_empty()).then(|| view! {
                            <details class="import-problems" open=true>
                                <summary>{count(problems.len() as i64, "row skipped", "rows skipped")}</summary>
                                <ul class="compact">
                                    {problems.iter().take(PROBLEMS_SHOWN).map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}
                                    {(more > 0).then(|| view! { <li class="hint">{format!("and {more} more")}</li> })}
                                </ul>
                            </details>
                        })}
                    }.into_any())
                }
            }}
        </section>
    }
}

fn file_name(ev: &leptos::ev::Event) -> Option<String> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    Some(input.files()?.get(0)?.name())
}

/// Reads the files in steps, yielding to the browser between steps, and builds the catalog.
pub async fn import_files(
    files: &ImportedFiles,
    progress: impl Fn(f64),
) -> Result<(Catalog, ImportSummary), FileProblem> {
    let mut reader = PriceListReader::open_price_list(files.price_list.clone())?;
    while !reader.is_finished() {
        progress(reader.read(ROWS_PER_STEP));
        next_frame().await;
    }
    let matrix = match &files.offer_matrix {
        Some(text) => Some(OfferMatrixReader::open_offer_matrix(text.clone())?.read_all()),
        None => None,
    };
    build_catalog(reader, matrix)
}

/// At start: brings back the catalog imported in an earlier visit, if any.
pub fn restore_imported_catalog(state: AppState) {
    leptos::task::spawn_local(async move {
        let stored = match idb::get(IMPORTED_CATALOG_KEY).await {
            Ok(Some(text)) => text,
            Ok(None) | Err(_) => return,
        };
        let files: ImportedFiles = match envelope::decode(Kind::ImportedCatalog, &stored) {
            Ok(files) => files,
            Err(why) => {
                return state.report(format!(
                "The imported catalog saved in this browser could not be read ({why}); the built-in catalog is in use."
            ))
            }
        };
        state.restoring_catalog(files.price_list_name.clone());
        match import_files(&files, |_| {}).await {
            Ok((catalog, summary)) => state.use_catalog(
                catalog,
                CatalogSource::Imported {
                    file: files.price_list_name.clone(),
                    summary: summary.to_string(),
                },
            ),
            Err(e) => {
                state.use_built_in_catalog();
                state.report(format!(
                    "The imported catalog {} could not be loaded again ({e}); the built-in catalog is in use.",
                    files.price_list_name
                ));
            }
        }
    });
}

/// `?catalog=synthetic-100k` (or -1k, -10k) in the address picks a generated catalog.
pub fn synthetic_from_url() -> Option<String> {
    crate::browser::query_param("catalog")
        .filter(|value| crate::domain::catalog::synthetic::size_from_name(value).is_some())
}

/// Uses a generated catalog for this visit.
pub fn use_synthetic_catalog(state: AppState, name: &str) {
    if let Some(size) = crate::domain::catalog::synthetic::size_from_name(name) {
        let catalog =
            crate::domain::catalog::synthetic::synthetic_catalog(size, crate::domain::catalog::synthetic::SEED);
        state.use_catalog(catalog, CatalogSource::Synthetic { name: name.to_string() });
    }
}
