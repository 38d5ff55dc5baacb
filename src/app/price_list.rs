//! Importing a price list: reading Microsoft's files in steps, comparing with last month's,
//! asking before a list that lost most of its rows replaces the catalog, keeping the files
//! for the next visit and bringing them back at start.
//!
//! Where the files are kept is a port, [`FileKeeper`]: IndexedDB in the browser
//! (`crate::browser::idb`), [`KeptInMemory`] natively. Pausing between steps (so a browser
//! paints its progress bar and answers clicks) is the caller's `between_steps`.

use std::cell::RefCell;
use std::sync::Arc;

use crate::app::store::Notice;
use crate::domain::catalog::Catalog;
use crate::formats::envelope::{self, ImportedFiles, Kind};
use crate::formats::pricelist::{
    build_catalog, export_price_list, FileProblem, ImportSummary, OfferMatrixReader, PriceListReader,
};

/// Where an imported list's files are kept between visits. Errors are the browser's words.
#[allow(
    async_fn_in_trait,
    reason = "the app runs on the browser's one thread: no future is sent to another"
)]
pub trait FileKeeper {
    async fn keep(&self, text: String) -> Result<(), String>;
    async fn kept(&self) -> Result<Option<String>, String>;
    async fn forget(&self) -> Result<(), String>;
}

/// A [`FileKeeper`] in memory, optionally refusing to keep anything (a browser's full disk).
#[derive(Debug, Default)]
pub struct KeptInMemory {
    text: RefCell<Option<String>>,
    refuses: Option<String>,
}

impl KeptInMemory {
    pub fn new() -> Self {
        KeptInMemory::default()
    }

    /// A keeper that refuses every write with these words.
    pub fn refusing(why: &str) -> Self {
        KeptInMemory {
            text: RefCell::new(None),
            refuses: Some(why.to_string()),
        }
    }

    /// Puts a value in as a visit before would have left it.
    pub fn holding(text: &str) -> Self {
        KeptInMemory {
            text: RefCell::new(Some(text.to_string())),
            refuses: None,
        }
    }
}

impl FileKeeper for KeptInMemory {
    async fn keep(&self, text: String) -> Result<(), String> {
        match &self.refuses {
            Some(why) => Err(why.clone()),
            None => {
                self.text.replace(Some(text));
                Ok(())
            }
        }
    }

    async fn kept(&self) -> Result<Option<String>, String> {
        Ok(self.text.borrow().clone())
    }

    async fn forget(&self) -> Result<(), String> {
        self.text.replace(None);
        Ok(())
    }
}

/// Rows read between two pauses: a browser stays responsive on a 100,000-row file.
pub const ROWS_PER_STEP: usize = 4_000;

/// Reads the files in steps, telling `between_steps` the share read so far, and builds the
/// catalog.
pub async fn read_files(
    files: &ImportedFiles,
    mut between_steps: impl AsyncFnMut(f64),
) -> Result<(Catalog, ImportSummary), FileProblem> {
    let mut reader = PriceListReader::open_price_list(files.price_list.clone())?;
    let matrix = match &files.offer_matrix {
        Some(text) => Some(OfferMatrixReader::open_offer_matrix(text.clone())?),
        None => None,
    };
    while !reader.is_finished() {
        between_steps(reader.read(ROWS_PER_STEP)).await;
    }
    build_catalog(reader, matrix.map(OfferMatrixReader::read_all))
}

/// A list read and built, not yet in use.
#[derive(Debug)]
pub struct ReadList {
    pub catalog: Catalog,
    pub summary: ImportSummary,
    files: ImportedFiles,
}

impl ReadList {
    pub fn file(&self) -> &str {
        &self.files.price_list_name
    }

    /// More than half of its rows could not be used: a file that is probably not the one
    /// meant, or damaged. Replacing the catalog with it should be asked first.
    pub fn mostly_skipped(&self) -> bool {
        let skipped = self.summary.rows.saturating_sub(self.summary.used_rows);
        skipped.saturating_mul(2) > self.summary.rows
    }
}

/// Reads a list the user chose. `previous` is the imported list in use, if any: a list that
/// doesn't say what changed is compared with it.
pub async fn read(
    files: ImportedFiles,
    previous: Option<(Arc<Catalog>, String)>,
    between_steps: impl AsyncFnMut(f64),
) -> Result<ReadList, FileProblem> {
    let (catalog, summary) = read_files(&files, between_steps).await?;
    let (catalog, summary, files) = since_last_month(catalog, summary, files, previous);
    Ok(ReadList {
        catalog,
        summary,
        files,
    })
}

/// A list in use, from an import or brought back at start.
#[derive(Debug)]
pub struct Imported {
    pub file: String,
    pub catalog: Catalog,
    pub summary: ImportSummary,
    /// Why the browser could not keep it for the next visit, in the browser's words.
    pub not_kept: Option<String>,
}

/// Keeps a list read for the next visit, and gives it to use.
pub async fn keep(list: ReadList, keeper: &impl FileKeeper) -> Imported {
    let text = envelope::encode(Kind::ImportedCatalog, &list.files);
    let not_kept = keeper.keep(text).await.err();
    Imported {
        file: list.files.price_list_name,
        catalog: list.catalog,
        summary: list.summary,
        not_kept,
    }
}

/// The files an earlier visit kept, if any. A keeper that can't be read (a browser without
/// IndexedDB) keeps nothing, which is not worth a notice.
pub async fn kept_files(keeper: &impl FileKeeper) -> Result<Option<ImportedFiles>, Notice> {
    match keeper.kept().await {
        Ok(Some(text)) => envelope::decode(Kind::ImportedCatalog, &text)
            .map(Some)
            .map_err(|why| Notice::SavedCatalogUnreadable { why }),
        Ok(None) | Err(_) => Ok(None),
    }
}

/// Reads kept files again. They were kept as compared, so they are not compared again.
pub async fn restore(files: ImportedFiles, between_steps: impl AsyncFnMut(f64)) -> Result<Imported, Notice> {
    match read_files(&files, between_steps).await {
        Ok((catalog, summary)) => Ok(Imported {
            file: files.price_list_name,
            catalog,
            summary,
            not_kept: None,
        }),
        Err(why) => Err(Notice::SavedCatalogNotLoaded {
            file: files.price_list_name,
            why,
        }),
    }
}

/// Forgets the kept files, so that a reload can't bring them back.
pub async fn forget(keeper: &impl FileKeeper) -> Result<(), Notice> {
    keeper
        .forget()
        .await
        .map_err(|why| Notice::SavedCatalogNotRemoved { why })
}

/// A list that doesn't say what changed, compared with the list imported before it. What is
/// kept for the next visit is then the list as exported, which carries the changes found.
pub fn since_last_month(
    catalog: Catalog,
    mut summary: ImportSummary,
    files: ImportedFiles,
    previous: Option<(Arc<Catalog>, String)>,
) -> (Catalog, ImportSummary, ImportedFiles) {
    let Some((previous, previous_file)) = previous.filter(|_| !catalog.marks_changes()) else {
        return (catalog, summary, files);
    };
    match catalog.compared_with(&previous) {
        Ok(compared) => {
            summary.changes = compared.changes();
            summary.compared_with = Some(previous_file);
            let files = ImportedFiles {
                price_list: export_price_list(&compared),
                ..files
            };
            (compared, summary, files)
        }
        Err(_) => (catalog, summary, files),
    }
}
