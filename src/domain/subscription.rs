//! Subscriptions a customer already owns. The rules read them: add-on bases, the GCC lock,
//! one trial per offer, pooled seat limits.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::domain::catalog::Segment;
use crate::domain::ids::CatalogItemId;
use crate::domain::term::{BillingFrequency, TermDuration};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SubscriptionStatus {
    Active,
    /// Ended at the end of its term, or a trial that ran out.
    Expired,
    Cancelled,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    /// Partner Center subscription ids are GUIDs.
    pub id: String,
    pub offer: CatalogItemId,
    pub friendly_name: String,
    /// Copied from the offer at purchase, so the GCC lock holds even if the catalog changes.
    pub segment: Segment,
    pub trial: bool,
    pub quantity: u32,
    /// `None` for usage-billed items such as the Azure plan.
    pub term: Option<TermDuration>,
    pub billing_frequency: Option<BillingFrequency>,
    pub purchased_on: Date,
    pub status: SubscriptionStatus,
}

impl Subscription {
    pub fn is_active(&self) -> bool {
        self.status == SubscriptionStatus::Active
    }
}
