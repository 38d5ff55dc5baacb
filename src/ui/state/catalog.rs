//! The catalog in use, where it came from, and the Data page's import of a new one.

use std::sync::Arc;

use leptos::prelude::*;

use super::Notices;
use crate::app::price_list::{self, Imported, ReadList};
use crate::browser::idb::ImportedCatalogFiles;
use crate::domain::catalog::{default_catalog, synthetic, Catalog};
use crate::formats::pricelist::{CsvFile, FileProblem, ImportSummary};

/// Where the catalog in use came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogSource {
    BuiltIn,
    /// A generated catalog for trying the app at scale (`?catalog=synthetic-100k`).
    Synthetic {
        name: String,
    },
    /// An imported catalog is being read again from IndexedDB; the pages wait for it.
    Restoring {
        file: String,
        percent: u8,
    },
    Imported {
        file: String,
        summary: Arc<ImportSummary>,
        /// Why the browser could not keep it for the next visit, in the browser's words.
        not_kept: Option<String>,
    },
}

#[derive(Clone, Copy)]
pub struct CatalogInUse {
    catalog: RwSignal<Arc<Catalog>>,
    source: RwSignal<CatalogSource>,
    /// Counts switches: offer positions and rows are only meaningful within one catalog.
    generation: StoredValue<u64>,
}

impl CatalogInUse {
    pub fn built_in() -> CatalogInUse {
        CatalogInUse {
            catalog: RwSignal::new(Arc::new(default_catalog())),
            source: RwSignal::new(CatalogSource::BuiltIn),
            generation: StoredValue::new(0),
        }
    }

    pub fn catalog(&self) -> ReadSignal<Arc<Catalog>> {
        self.catalog.read_only()
    }

    pub fn source(&self) -> ReadSignal<CatalogSource> {
        self.source.read_only()
    }

    /// Which catalog this is, of those this tab used: a key for what is built from it.
    pub fn generation(&self) -> u64 {
        self.generation.get_value()
    }

    /// Uses another catalog from now on.
    pub fn switch_to(&self, catalog: Catalog, source: CatalogSource) {
        // Before the catalog: whatever its change runs reads the new generation.
        self.generation.update_value(|g| *g = g.wrapping_add(1));
        self.catalog.set(Arc::new(catalog));
        self.source.set(source);
    }

    pub fn switch_to_built_in(&self) {
        self.switch_to(default_catalog(), CatalogSource::BuiltIn);
    }

    /// Uses an imported list from now on.
    pub fn switch_to_imported(&self, imported: Imported) {
        let source = CatalogSource::Imported {
            file: imported.file,
            summary: Arc::new(imported.summary),
            not_kept: imported.not_kept,
        };
        self.switch_to(imported.catalog, source);
    }

    /// The imported list in use and its file, to compare a new month's list with.
    pub fn imported_untracked(&self) -> Option<(Arc<Catalog>, String)> {
        match self.source.get_untracked() {
            CatalogSource::Imported { file, .. } => Some((self.catalog.get_untracked(), file)),
            _ => None,
        }
    }

    /// At start: brings back the list imported in an earlier visit, if any, saying how far
    /// reading it has come meanwhile.
    pub fn restore_kept(self, notices: Notices) {
        leptos::task::spawn_local(async move {
            let files = match price_list::kept_files(&ImportedCatalogFiles).await {
                Ok(Some(files)) => files,
                Ok(None) => return,
                Err(notice) => return notices.report(notice),
            };
            let file = files.price_list_name.clone();
            let source = self.source;
            source.set(CatalogSource::Restoring {
                file: file.clone(),
                percent: 0,
            });
            let between_steps = async |share: f64| {
                let percent = (share * 100.0).clamp(0.0, 100.0) as u8;
                source.set(CatalogSource::Restoring {
                    file: file.clone(),
                    percent,
                });
                crate::browser::yield_to_browser().await;
            };
            match price_list::restore(files, between_steps).await {
                Ok(imported) => self.switch_to_imported(imported),
                Err(notice) => {
                    self.switch_to_built_in();
                    notices.report(notice);
                }
            }
        });
    }

    /// Uses a generated catalog for this visit (`synthetic-1k`, `-10k`, `-100k`).
    pub fn use_synthetic(&self, name: &str) {
        if let Some(size) = synthetic::size_from_name(name) {
            let catalog = synthetic::synthetic_catalog(size, synthetic::SEED);
            self.switch_to(catalog, CatalogSource::Synthetic { name: name.to_string() });
        }
    }
}

/// `?catalog=synthetic-100k` (or -1k, -10k) in the address picks a generated catalog.
pub fn synthetic_from_url() -> Option<String> {
    crate::browser::query_param("catalog").filter(|value| synthetic::size_from_name(value).is_some())
}

/// Why nothing was imported.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportFailure {
    NoPriceList,
    Unreadable(CsvFile),
    Refused(FileProblem),
}

/// Where the Data page's import is.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportState {
    Idle,
    Reading {
        file: String,
        percent: u8,
    },
    /// Most rows were skipped: the user is asked before it replaces the catalog.
    Asking {
        file: String,
        summary: Arc<ImportSummary>,
    },
    Done {
        summary: Arc<ImportSummary>,
        not_kept: Option<String>,
    },
    Failed(ImportFailure),
}

/// The Data page's import, kept above the pages: they are built again when the catalog
/// changes (or the language), and its result stays on screen through that.
#[derive(Clone, Copy)]
pub struct CatalogImport {
    pub state: RwSignal<ImportState>,
    /// The list read, while the user is asked whether to use it.
    pending: StoredValue<Option<ReadList>>,
}

impl Default for CatalogImport {
    fn default() -> Self {
        CatalogImport {
            state: RwSignal::new(ImportState::Idle),
            pending: StoredValue::new(None),
        }
    }
}

impl CatalogImport {
    /// A list read: used at once, or asked about when most of its rows were skipped.
    pub async fn offer(self, in_use: CatalogInUse, list: ReadList) {
        if list.mostly_skipped() {
            let asking = ImportState::Asking {
                file: list.file().to_string(),
                summary: Arc::new(list.summary.clone()),
            };
            self.pending.set_value(Some(list));
            self.state.set(asking);
        } else {
            self.use_list(in_use, list).await;
        }
    }

    /// The user chose to use the list they were asked about.
    pub async fn confirm(self, in_use: CatalogInUse) {
        if let Some(list) = self.pending.try_update_value(Option::take).flatten() {
            self.use_list(in_use, list).await;
        }
    }

    /// The user chose to keep the catalog in use.
    pub fn decline(self) {
        self.pending.set_value(None);
        self.state.set(ImportState::Idle);
    }

    async fn use_list(self, in_use: CatalogInUse, list: ReadList) {
        let imported = price_list::keep(list, &ImportedCatalogFiles).await;
        let done = ImportState::Done {
            summary: Arc::new(imported.summary.clone()),
            not_kept: imported.not_kept.clone(),
        };
        // The state first: the pages built again for the new catalog show the result.
        self.state.set(done);
        in_use.switch_to_imported(imported);
    }
}
