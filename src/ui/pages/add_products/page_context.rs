//! What every row of Add products reads: the page's context and its wording helpers.

use std::sync::Arc;

use leptos::prelude::*;

use super::kept::RowMemory;
use crate::app::browse::Filters;
use crate::domain::catalog::Unit;
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
pub(super) fn per_month(unit: Option<Unit>) -> Key {
    match unit {
        Some(Unit::User) => keys::PER_USER_PER_MONTH,
        Some(Unit::Device) => keys::PER_DEVICE_PER_MONTH,
        Some(Unit::Room) => keys::PER_ROOM_PER_MONTH,
        Some(Unit::Workload) => keys::PER_WORKLOAD_PER_MONTH,
        Some(Unit::Environment) => keys::PER_ENVIRONMENT_PER_MONTH,
        Some(Unit::Gigabyte) => keys::PER_GIGABYTE_PER_MONTH,
        Some(Unit::CorePack) => keys::PER_CORE_PACK_PER_MONTH,
        Some(Unit::Server) => keys::PER_SERVER_PER_MONTH,
        Some(Unit::Licence) => keys::PER_LICENCE_PER_MONTH,
        // A product whose SKUs count different things.
        None => keys::PER_UNIT_PER_MONTH,
    }
}
