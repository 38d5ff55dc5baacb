//! The Data page's catalog section: import a price list (and offer matrix) in steps with a
//! progress bar, switch back to the built-in catalog, export the catalog as a price list.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use std::sync::Arc;

use crate::app::store::Notice;
use crate::browser::download::download;
use crate::browser::idb;
use crate::domain::catalog::Catalog;
use crate::formats::envelope::{self, ImportedFiles, Kind, IMPORTED_CATALOG_KEY};
use crate::formats::pricelist::{
    build_catalog, CsvFile, FileProblem, ImportSummary, OfferMatrixReader, PriceListReader, RowProblem,
};
use crate::i18n::files::{file_problem, import_summary, row_problem};
use crate::i18n::{keys, Args};
use crate::ui::state::{use_catalog, use_notices, CatalogInUse, CatalogSource, Notices};
use crate::ui::words::{use_words, Words};

/// Rows read between two paints, so the page stays responsive on a large file.
const ROWS_PER_STEP: usize = 4_000;
const PROBLEMS_SHOWN: usize = 50;

#[derive(Clone, Debug, PartialEq)]
enum ImportState {
    Idle,
    Reading {
        file: String,
        progress: f64,
    },
    Done {
        summary: Arc<ImportSummary>,
        not_kept: Option<String>,
    },
    Failed(ImportFailure),
}

/// Why nothing was imported.
#[derive(Clone, Debug, PartialEq)]
enum ImportFailure {
    NoPriceList,
    Unreadable(CsvFile),
    Refused(FileProblem),
}

impl ImportFailure {
    fn sentence(&self, words: Words) -> String {
        match self {
            ImportFailure::NoPriceList => words.t(keys::CHOOSE_PRICE_LIST_FIRST),
            ImportFailure::Unreadable(CsvFile::PriceList) => words.t(keys::FILE_NOT_READ_PRICE_LIST),
            ImportFailure::Unreadable(CsvFile::OfferMatrix) => words.t(keys::FILE_NOT_READ_OFFER_MATRIX),
            ImportFailure::Refused(problem) => words.with(
                keys::NOTHING_IMPORTED,
                &Args::new().text("why", file_problem(words.language(), problem)),
            ),
        }
    }
}

/// "10 rows became 1 product …", with why it lasts only this visit if it does.
fn imported_summary_line(words: Words, summary: &ImportSummary, not_kept: Option<&str>) -> String {
    let mut text = import_summary(words.language(), summary);
    if let Some(why) = not_kept {
        text.push(' ');
        text.push_str(&words.with(keys::CATALOG_NOT_KEPT, &Args::new().text("why", why.to_string())));
    }
    text
}

/// "In use: prices.csv. 10 rows became …".
fn imported_text(words: Words, file: &str, summary: &ImportSummary, not_kept: Option<&str>) -> String {
    words.with(
        keys::CATALOG_IN_USE_IMPORTED,
        &Args::new()
            .text("file", file.to_string())
            .text("summary", imported_summary_line(words, summary, not_kept)),
    )
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
    let (in_use, notices) = (use_catalog(), use_notices());
    let words = use_words();
    let import_state = RwSignal::new(ImportState::Idle);
    let price_file = RwSignal::new(None::<String>);
    let matrix_file = RwSignal::new(None::<String>);

    let start = move |_| {
        let Some(prices) = chosen_file("price-list-file") else {
            import_state.set(ImportState::Failed(ImportFailure::NoPriceList));
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
                return import_state.set(ImportState::Failed(ImportFailure::Unreadable(CsvFile::PriceList)));
            };
            let offer_matrix = match &matrix {
                None => None,
                Some(file) => match file_text(file).await {
                    Some(text) => Some(text),
                    None => {
                        return import_state.set(ImportState::Failed(ImportFailure::Unreadable(CsvFile::OfferMatrix)))
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
                Err(e) => import_state.set(ImportState::Failed(ImportFailure::Refused(e))),
                Ok((catalog, summary)) => {
                    let previous = match in_use.source().get_untracked() {
                        CatalogSource::Imported { file, .. } => Some((in_use.catalog().get_untracked(), file)),
                        _ => None,
                    };
                    let (catalog, summary, files) =
                        crate::app::price_list::since_last_month(catalog, summary, files, previous);
                    // Keep the files so the catalog comes back after a reload.
                    let not_kept = idb::put(IMPORTED_CATALOG_KEY, &envelope::encode(Kind::ImportedCatalog, &files))
                        .await
                        .err()
                        .map(|why| why.to_string());
                    let summary = Arc::new(summary);
                    in_use.switch_to(
                        catalog,
                        CatalogSource::Imported {
                            file: name,
                            summary: summary.clone(),
                            not_kept: not_kept.clone(),
                        },
                    );
                    import_state.set(ImportState::Done { summary, not_kept });
                }
            }
        });
    };

    let export = move |_| {
        let text = in_use
            .catalog()
            .with_untracked(|c| crate::formats::pricelist::export_price_list(c));
        download("price-list.csv", "text/csv", &text);
    };

    view! {
        <section class="panel wide" aria-labelledby="catalog-title">
            <h2 id="catalog-title">{words.t(keys::CATALOG_TITLE)}</h2>
            <p data-testid="catalog-source">
                {move || match in_use.source().get() {
                    CatalogSource::BuiltIn => words.t(keys::CATALOG_IN_USE_BUILT_IN),
                    CatalogSource::Restoring { file } => words.with(keys::CATALOG_IN_USE_RESTORING, &Args::new().text("file", file)),
                    CatalogSource::Synthetic { name } => words.with(keys::CATALOG_IN_USE_SYNTHETIC, &Args::new().text("name", name)),
                    CatalogSource::Imported { file, summary, not_kept } => imported_text(words, &file, &summary, not_kept.as_deref()),
                }}
            </p>
            <p>{words.t(keys::CATALOG_IMPORT_HELP)}</p>
            <div class="file-row">
                <label class="button file-button">
                    {words.t(keys::PRICE_LIST_CSV_BUTTON)}
                    <input id="price-list-file" class="visually-hidden" type="file" accept=".csv,text/csv"
                        on:change=move |ev| price_file.set(file_name(&ev)) />
                </label>
                <span class="hint">{move || price_file.get().unwrap_or_else(|| words.t(keys::NO_FILE_CHOSEN))}</span>
            </div>
            <div class="file-row">
                <label class="button file-button">
                    {words.t(keys::OFFER_MATRIX_CSV_BUTTON)}
                    <input id="offer-matrix-file" class="visually-hidden" type="file" accept=".csv,text/csv"
                        on:change=move |ev| matrix_file.set(file_name(&ev)) />
                </label>
                <span class="hint">{move || matrix_file.get().unwrap_or_else(|| words.t(keys::NO_FILE_CHOSEN))}</span>
            </div>
            <div class="actions">
                <button class="button primary" on:click=start
                    disabled=move || matches!(import_state.get(), ImportState::Reading { .. })>{words.t(keys::IMPORT_PRICE_LIST)}</button>
                <button class="button" on:click=move |_| {
                    // Forget the saved files first, so a reload can't bring them back.
                    leptos::task::spawn_local(async move {
                        if let Err(why) = idb::delete(IMPORTED_CATALOG_KEY).await {
                            notices.report(Notice::SavedCatalogNotRemoved { why: why.to_string() });
                        }
                        in_use.switch_to_built_in();
                        import_state.set(ImportState::Idle);
                    });
                } disabled=move || in_use.source().get() == CatalogSource::BuiltIn>{words.t(keys::USE_BUILT_IN_CATALOG)}</button>
                <button class="button subtle" on:click=export>{words.t(keys::EXPORT_CATALOG)}</button>
            </div>
            <p class="hint">{words.t(keys::SYNTHETIC_HINT)}</p>
            <div class="actions tight">
                {["synthetic-1k", "synthetic-10k", "synthetic-100k"].into_iter().map(|name| view! {
                    <button class="button subtle" on:click=move |_| use_synthetic_catalog(in_use, name)>
                        {words.with(keys::USE_SYNTHETIC, &Args::new().text("name", name))}
                    </button>
                }).collect_view()}
            </div>
            {move || match import_state.get() {
                ImportState::Idle => None,
                ImportState::Reading { file, progress } => Some(view! {
                    <div class="import-progress">
                        <label for="import-progress">{words.with(keys::READING_FILE, &Args::new().text("file", file))}</label>
                        <progress id="import-progress" max="100" value=((progress * 100.0).round() as u32).to_string()></progress>
                    </div>
                }.into_any()),
                ImportState::Failed(failure) => Some(view! { <div class="banner banner-warn" role="alert">{failure.sentence(words)}</div> }.into_any()),
                ImportState::Done { summary, not_kept } => {
                    let problems: &[RowProblem] = &summary.problems;
                    let more = problems.len().saturating_sub(PROBLEMS_SHOWN);
                    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
                    let done = words.with(
                        keys::IMPORTED_SUMMARY,
                        &Args::new().text("summary", imported_summary_line(words, &summary, not_kept.as_deref())),
                    );
                    Some(view! {
                        <div class="banner banner-ok" role="status" data-testid="import-summary">{done}</div>
                        {(!summary.changes.is_empty()).then(|| {
                            let args = Args::new()
                                .number("prices", count(summary.changes.prices_changed))
                                .number("skus", count(summary.changes.skus_added));
                            let text = match &summary.compared_with {
                                Some(file) => words.with(keys::IMPORT_CHANGES_SINCE, &args.text("file", file.clone())),
                                None => words.with(keys::IMPORT_CHANGES, &args),
                            };
                            view! { <p class="hint" data-testid="import-changes">{text}</p> }
                        })}
                        {(summary.repaired_ids > 0).then(|| view! {
                            <p class="hint" data-testid="import-repaired">{words.with(keys::IDS_REPAIRED, &Args::new().number("count", count(summary.repaired_ids)))}</p>
                        })}
                        {(!problems.is_empty()).then(|| view! {
                            <details class="import-problems" open=true>
                                <summary>{words.with(keys::ROWS_SKIPPED, &Args::new().number("count", count(problems.len())))}</summary>
                                <ul class="compact">
                                    {problems.iter().take(PROBLEMS_SHOWN).map(|p| view! { <li>{row_problem(words.language(), p)}</li> }).collect_view()}
                                    {(more > 0).then(|| view! { <li class="hint">{words.with(keys::AND_MORE, &Args::new().number("count", count(more)))}</li> })}
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
pub fn restore_imported_catalog(in_use: CatalogInUse, notices: Notices) {
    leptos::task::spawn_local(async move {
        let stored = match idb::get(IMPORTED_CATALOG_KEY).await {
            Ok(Some(text)) => text,
            Ok(None) | Err(_) => return,
        };
        let files: ImportedFiles = match envelope::decode(Kind::ImportedCatalog, &stored) {
            Ok(files) => files,
            Err(why) => return notices.report(Notice::SavedCatalogUnreadable { why }),
        };
        in_use.restoring(files.price_list_name.clone());
        match import_files(&files, |_| {}).await {
            Ok((catalog, summary)) => in_use.switch_to(
                catalog,
                CatalogSource::Imported {
                    file: files.price_list_name.clone(),
                    summary: Arc::new(summary),
                    not_kept: None,
                },
            ),
            Err(why) => {
                in_use.switch_to_built_in();
                notices.report(Notice::SavedCatalogNotLoaded {
                    file: files.price_list_name.clone(),
                    why,
                });
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
pub fn use_synthetic_catalog(in_use: CatalogInUse, name: &str) {
    if let Some(size) = crate::domain::catalog::synthetic::size_from_name(name) {
        let catalog =
            crate::domain::catalog::synthetic::synthetic_catalog(size, crate::domain::catalog::synthetic::SEED);
        in_use.switch_to(catalog, CatalogSource::Synthetic { name: name.to_string() });
    }
}
