//! What every row of Add products reads: the page's context and its wording helpers.

use std::sync::Arc;

use leptos::prelude::*;

use super::kept::RowMemory;
use crate::app::browse::Filters;
use crate::domain::catalog::ProductCategory;
use crate::domain::ids::CustomerId;
use crate::domain::rules::{Parties, Verdicts};
use crate::domain::whatif::WhatIf;
use crate::i18n::{keys, Key};

/// What every row of the page needs.
#[derive(Clone, Copy)]
pub(super) struct PageContext {
    pub customer_id: StoredValue<CustomerId>,
    /// The parties as the verdicts see them: the real ones, or a what-if's.
    pub parties: Memo<Parties>,
    pub real_parties: Memo<Parties>,
    pub verdicts: Memo<Arc<Verdicts>>,
    /// The verdicts for the real facts, whether or not a what-if is on.
    pub real_verdicts: Memo<Arc<Verdicts>>,
    pub filters: Memo<Filters>,
    pub what_if: RwSignal<WhatIf>,
    pub rows: StoredValue<RowMemory>,
}

/// "per user per month": licenses of online services are counted in users, other offers
/// (reservations, software, SaaS) in units of their own.
pub(super) fn per_month(category: ProductCategory) -> Key {
    match category {
        ProductCategory::OnlineServices => keys::PER_USER_PER_MONTH,
        ProductCategory::Azure | ProductCategory::Software => keys::PER_UNIT_PER_MONTH,
    }
}
