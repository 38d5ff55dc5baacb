//! The app's state, one context per concern, so a component takes what it shows:
//!
//! | context | holds | read with |
//! |---|---|---|
//! | [`Visit`] | the app's day and the language | [`use_visit`] |
//! | [`CatalogInUse`] | the catalog and where it came from | [`use_catalog`] |
//! | [`CatalogImport`] | the Data page's import of a price list, through page rebuilds | [`use_catalog_import`] |
//! | [`LedgerState`] | what the tab knows of stored data ([`crate::app::ledger::Ledger`]) and the user's actions on it | [`use_ledger`] |
//! | [`Notices`] | what the user is told about stored data and links | [`use_notices`] |
//! | [`Training`] | Training's demo world, its built pools and the trainee's progress | [`use_training`] |

mod catalog;
mod ledger;
mod notices;
mod training;
mod visit;

use leptos::prelude::*;
use time::Date;

pub use catalog::{synthetic_from_url, CatalogImport, CatalogInUse, CatalogSource, ImportFailure, ImportState};
pub use ledger::LedgerState;
pub use notices::Notices;
pub use training::{Training, World};
pub use visit::Visit;

/// Starts the state of a visit that begins `today`, and provides every context. The ledger
/// hears what other tabs store until the app is unmounted.
pub fn provide_state(today: Date) -> LedgerState {
    let catalog = provide_built_in_catalog();
    provide_visit(today, catalog)
}

/// The first step of [`provide_state`]: the built-in catalog, the longest part, alone so that
/// a start in steps gives the browser a turn after it.
pub fn provide_built_in_catalog() -> CatalogInUse {
    let catalog = CatalogInUse::built_in();
    provide_context(catalog);
    catalog
}

/// The rest of [`provide_state`]: the visit, what is stored, and every other context.
pub fn provide_visit(today: Date, catalog: CatalogInUse) -> LedgerState {
    let notices = Notices::default();
    let (visit, visit_notices) = Visit::start(today);
    visit_notices.into_iter().for_each(|n| notices.report(n));
    let ledger = LedgerState::load(visit, catalog, notices);
    ledger.listen_to_other_tabs();
    provide_context(notices);
    provide_context(visit);
    provide_context(ledger);
    provide_context(Training::new(catalog));
    provide_context(CatalogImport::default());
    ledger
}

pub fn use_visit() -> Visit {
    expect_context()
}

pub fn use_catalog() -> CatalogInUse {
    expect_context()
}

pub fn use_ledger() -> LedgerState {
    expect_context()
}

pub fn use_notices() -> Notices {
    expect_context()
}

pub fn use_training() -> Training {
    expect_context()
}

pub fn use_catalog_import() -> CatalogImport {
    expect_context()
}
