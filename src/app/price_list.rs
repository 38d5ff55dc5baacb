//! Importing a price list: what the app does with a catalog read from Microsoft's files
//! before it is used.

use std::sync::Arc;

use crate::domain::catalog::Catalog;
use crate::formats::envelope::ImportedFiles;
use crate::formats::pricelist::{export_price_list, ImportSummary};

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
