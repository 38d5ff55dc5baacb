//! What the reader set on Add products that outlives the rows and the page itself.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::domain::ids::{CatalogItemId, CustomerId, ProductId};
use crate::domain::term::Plan;
use crate::domain::whatif::WhatIf;

/// What the reader set in rows that the windowed list takes out of the page and puts back as
/// they scroll: which products are expanded, and plans and quantities chosen but not yet
/// added to the cart. Rows read it when they are created and write to it as it changes.
#[derive(Default)]
pub struct RowMemory {
    pub open_products: HashSet<ProductId>,
    pub drafts: HashMap<CatalogItemId, (Option<Plan>, String)>,
}

/// What the reader set on the Add products page, kept outside the pages so that switching
/// language, which builds the pages again, gives it back (issue 22, bug 6): the rows' plans,
/// quantities and open products, and What-if. Any other arrival on the page starts afresh.
#[derive(Clone, Copy)]
pub struct KeptAcrossLanguages {
    customer: StoredValue<Option<CustomerId>>,
    rows: StoredValue<RowMemory>,
    what_if: RwSignal<WhatIf>,
    /// Set by the language menu just before it switches.
    switching: StoredValue<bool>,
}

impl KeptAcrossLanguages {
    /// Provided once by the app, above what a language switch builds again.
    pub fn provide() {
        provide_context(KeptAcrossLanguages {
            customer: StoredValue::new(None),
            rows: StoredValue::new(RowMemory::default()),
            what_if: RwSignal::new(WhatIf::default()),
            switching: StoredValue::new(false),
        });
    }

    /// The language is about to switch: the page built next is the same page.
    pub fn language_switching() {
        if let Some(kept) = use_context::<KeptAcrossLanguages>() {
            kept.switching.set_value(true);
            // Once the pages are built again, a later arrival is no switch, wherever it was.
            request_animation_frame(move || kept.switching.set_value(false));
        }
    }

    /// The memory for this page about `customer`: what it had before a language switch, or a
    /// fresh one with the What-if a link asked for.
    pub(super) fn for_page(self, customer: &CustomerId, assumed: WhatIf) -> (StoredValue<RowMemory>, RwSignal<WhatIf>) {
        let same_page = self.switching.get_value() && self.customer.with_value(|c| c.as_ref() == Some(customer));
        self.switching.set_value(false);
        if !same_page {
            self.customer.set_value(Some(customer.clone()));
            self.rows.set_value(RowMemory::default());
            self.what_if.set(assumed);
        }
        (self.rows, self.what_if)
    }
}
