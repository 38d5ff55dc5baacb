//! The catalog in use, and where it came from.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::catalog::{default_catalog, Catalog};
use crate::formats::pricelist::ImportSummary;

/// Where the catalog in use came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogSource {
    BuiltIn,
    /// A generated catalog for trying the app at scale (`?catalog=synthetic-100k`).
    Synthetic {
        name: String,
    },
    /// An imported catalog is being read again from IndexedDB.
    Restoring {
        file: String,
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

    /// An imported catalog is being read again; the built-in one stands in meanwhile.
    pub fn restoring(&self, file: String) {
        self.source.set(CatalogSource::Restoring { file });
    }
}
