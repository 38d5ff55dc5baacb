//! The Data page's catalog section: import a price list (and offer matrix) in steps with a
//! progress bar, asking first when most of its rows were skipped; switch back to the
//! built-in catalog; export the catalog as a price list. The import itself is
//! [`crate::app::price_list`]'s; what is on screen is [`CatalogImport`]'s.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::price_list;
use crate::browser::download::download;
use crate::browser::idb::ImportedCatalogFiles;
use crate::formats::envelope::ImportedFiles;
use crate::formats::pricelist::{CsvFile, ImportSummary, RowProblem};
use crate::i18n::files::{file_problem, import_summary, row_problem};
use crate::i18n::{keys, Args};
use crate::ui::state::{
    use_catalog, use_catalog_import, use_notices, CatalogImport, CatalogInUse, CatalogSource, ImportFailure,
    ImportState,
};
use crate::ui::words::{use_words, Words};

const PROBLEMS_SHOWN: usize = 50;

fn failure_sentence(failure: &ImportFailure, words: Words) -> String {
    match failure {
        ImportFailure::NoPriceList => words.t(keys::CHOOSE_PRICE_LIST_FIRST),
        ImportFailure::Unreadable(CsvFile::PriceList) => words.t(keys::FILE_NOT_READ_PRICE_LIST),
        ImportFailure::Unreadable(CsvFile::OfferMatrix) => words.t(keys::FILE_NOT_READ_OFFER_MATRIX),
        ImportFailure::Refused(problem) => words.with(
            keys::NOTHING_IMPORTED,
            &Args::new().text("why", file_problem(words.language(), problem)),
        ),
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

fn file_name(ev: &leptos::ev::Event) -> Option<String> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    Some(input.files()?.get(0)?.name())
}

/// The files chosen, as text.
async fn chosen_files() -> Result<ImportedFiles, ImportFailure> {
    let prices = chosen_file("price-list-file").ok_or(ImportFailure::NoPriceList)?;
    let price_list = file_text(&prices)
        .await
        .ok_or(ImportFailure::Unreadable(CsvFile::PriceList))?;
    let matrix = chosen_file("offer-matrix-file");
    let offer_matrix = match &matrix {
        None => None,
        Some(file) => Some(
            file_text(file)
                .await
                .ok_or(ImportFailure::Unreadable(CsvFile::OfferMatrix))?,
        ),
    };
    Ok(ImportedFiles {
        price_list_name: prices.name(),
        price_list,
        offer_matrix_name: matrix.map(|m| m.name()),
        offer_matrix,
    })
}

/// Import price list: reads the files chosen in steps, then uses the list or asks.
async fn import_chosen(in_use: CatalogInUse, import: CatalogImport) {
    let files = match chosen_files().await {
        Ok(files) => files,
        Err(failure) => return import.state.set(ImportState::Failed(failure)),
    };
    let file = files.price_list_name.clone();
    import.state.set(ImportState::Reading {
        file: file.clone(),
        percent: 0,
    });
    let between_steps = async |share: f64| {
        let percent = (share * 100.0).clamp(0.0, 100.0) as u8;
        import.state.set(ImportState::Reading {
            file: file.clone(),
            percent,
        });
        crate::browser::yield_to_browser().await;
    };
    match price_list::read(files, in_use.imported_untracked(), between_steps).await {
        Ok(list) => import.offer(in_use, list).await,
        Err(problem) => import.state.set(ImportState::Failed(ImportFailure::Refused(problem))),
    }
}

#[component]
pub fn CatalogSection() -> impl IntoView {
    let (in_use, notices, import) = (use_catalog(), use_notices(), use_catalog_import());
    let words = use_words();
    let price_file = RwSignal::new(None::<String>);
    let matrix_file = RwSignal::new(None::<String>);
    let reading = move || matches!(import.state.get(), ImportState::Reading { .. });
    let built_in = move |_| {
        leptos::task::spawn_local(async move {
            if let Err(notice) = price_list::forget(&ImportedCatalogFiles).await {
                notices.report(notice);
            }
            import.state.set(ImportState::Idle);
            in_use.switch_to_built_in();
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
            <p data-testid="catalog-source">{move || source_sentence(words, in_use.source().get())}</p>
            <p>{words.t(keys::CATALOG_IMPORT_HELP)}</p>
            <FilePicker id="price-list-file" label=words.t(keys::PRICE_LIST_CSV_BUTTON) chosen=price_file />
            <FilePicker id="offer-matrix-file" label=words.t(keys::OFFER_MATRIX_CSV_BUTTON) chosen=matrix_file />
            <div class="actions">
                <button class="button primary" disabled=reading
                    on:click=move |_| leptos::task::spawn_local(import_chosen(in_use, import))>
                    {words.t(keys::IMPORT_PRICE_LIST)}
                </button>
                <button class="button" on:click=built_in disabled=move || in_use.source().get() == CatalogSource::BuiltIn>
                    {words.t(keys::USE_BUILT_IN_CATALOG)}
                </button>
                <button class="button subtle" on:click=export>{words.t(keys::EXPORT_CATALOG)}</button>
            </div>
            <ImportResult />
            <p class="hint">{words.t(keys::SYNTHETIC_HINT)}</p>
            <div class="actions tight">
                {["synthetic-1k", "synthetic-10k", "synthetic-100k"].into_iter().map(|name| view! {
                    <button class="button subtle" on:click=move |_| in_use.use_synthetic(name)>
                        {words.with(keys::USE_SYNTHETIC, &Args::new().text("name", name))}
                    </button>
                }).collect_view()}
            </div>
        </section>
    }
}

fn source_sentence(words: Words, source: CatalogSource) -> String {
    match source {
        CatalogSource::BuiltIn => words.t(keys::CATALOG_IN_USE_BUILT_IN),
        CatalogSource::Restoring { file, .. } => {
            words.with(keys::CATALOG_IN_USE_RESTORING, &Args::new().text("file", file))
        }
        CatalogSource::Synthetic { name } => {
            words.with(keys::CATALOG_IN_USE_SYNTHETIC, &Args::new().text("name", name))
        }
        CatalogSource::Imported {
            file,
            summary,
            not_kept,
        } => imported_text(words, &file, &summary, not_kept.as_deref()),
    }
}

/// A file input drawn as a button, with the name of the file chosen beside it.
#[component]
fn FilePicker(id: &'static str, label: String, chosen: RwSignal<Option<String>>) -> impl IntoView {
    let words = use_words();
    view! {
        <div class="file-row">
            <label class="button file-button">
                {label}
                <input id=id class="visually-hidden" type="file" accept=".csv,text/csv"
                    on:change=move |ev| chosen.set(file_name(&ev)) />
            </label>
            <span class="hint">{move || chosen.get().unwrap_or_else(|| words.t(keys::NO_FILE_CHOSEN))}</span>
        </div>
    }
}

/// Under the import's buttons: its progress, its question, its result or why it failed.
#[component]
fn ImportResult() -> impl IntoView {
    let (in_use, import) = (use_catalog(), use_catalog_import());
    let words = use_words();
    move || {
        match import.state.get() {
        ImportState::Idle => None,
        ImportState::Reading { file, percent } => Some(view! {
            <div class="import-progress">
                <label for="import-progress">{words.with(keys::READING_FILE, &Args::new().text("file", file))}</label>
                <progress id="import-progress" max="100" value=percent.to_string()></progress>
            </div>
        }.into_any()),
        ImportState::Failed(failure) => Some(view! {
            <div class="banner banner-warn" role="alert">{failure_sentence(&failure, words)}</div>
        }.into_any()),
        ImportState::Asking { file, summary } => {
            let question = words.with(
                keys::IMPORT_MOSTLY_SKIPPED,
                &Args::new().text("file", file).text("summary", import_summary(words.language(), &summary)),
            );
            Some(view! {
                <div class="banner banner-warn" role="alertdialog" aria-labelledby="import-question" data-testid="import-question">
                    <p id="import-question">{question}</p>
                    <div class="actions tight">
                        <button class="button primary" on:click=move |_| leptos::task::spawn_local(import.confirm(in_use))>
                            {words.t(keys::IMPORT_USE_ANYWAY)}
                        </button>
                        <button class="button" on:click=move |_| import.decline()>{words.t(keys::IMPORT_KEEP_CURRENT)}</button>
                    </div>
                </div>
                <SkippedRows summary />
            }.into_any())
        }
        ImportState::Done { summary, not_kept } => Some(view! { <ImportDone summary not_kept /> }.into_any()),
    }
    }
}

#[component]
fn ImportDone(summary: std::sync::Arc<ImportSummary>, not_kept: Option<String>) -> impl IntoView {
    let words = use_words();
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let done = words.with(
        keys::IMPORTED_SUMMARY,
        &Args::new().text("summary", imported_summary_line(words, &summary, not_kept.as_deref())),
    );
    let changes = (!summary.changes.is_empty()).then(|| {
        let args = Args::new()
            .number("prices", count(summary.changes.prices_changed))
            .number("skus", count(summary.changes.skus_added));
        let text = match &summary.compared_with {
            Some(file) => words.with(keys::IMPORT_CHANGES_SINCE, &args.text("file", file.clone())),
            None => words.with(keys::IMPORT_CHANGES, &args),
        };
        view! { <p class="hint" data-testid="import-changes">{text}</p> }
    });
    let repaired = (summary.repaired_ids > 0).then(|| view! {
        <p class="hint" data-testid="import-repaired">{words.with(keys::IDS_REPAIRED, &Args::new().number("count", count(summary.repaired_ids)))}</p>
    });
    view! {
        <div class="banner banner-ok" role="status" data-testid="import-summary">{done}</div>
        {changes}
        {repaired}
        <SkippedRows summary />
    }
}

/// The rows skipped, the first [`PROBLEMS_SHOWN`] of them listed with their reasons.
#[component]
fn SkippedRows(summary: std::sync::Arc<ImportSummary>) -> impl IntoView {
    let words = use_words();
    let problems: &[RowProblem] = &summary.problems;
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let more = problems.len().saturating_sub(PROBLEMS_SHOWN);
    (!problems.is_empty()).then(|| view! {
        <details class="import-problems" open=true>
            <summary>{words.with(keys::ROWS_SKIPPED, &Args::new().number("count", count(problems.len())))}</summary>
            <ul class="compact">
                {problems.iter().take(PROBLEMS_SHOWN).map(|p| view! { <li>{row_problem(words.language(), p)}</li> }).collect_view()}
                {(more > 0).then(|| view! { <li class="hint">{words.with(keys::AND_MORE, &Args::new().number("count", count(more)))}</li> })}
            </ul>
        </details>
    })
}
