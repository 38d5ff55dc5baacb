//! Subscriptions a customer already owns. The rules read them: add-on bases, the GCC lock,
//! one trial per offer, pooled seat limits. [`lifecycle`] carries them through their terms.

// Money, dates, quantities and windows computed from stored and imported values: no
// arithmetic that can overflow or wrap unnoticed.
#![deny(clippy::arithmetic_side_effects)]

pub mod lifecycle;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::domain::catalog::Segment;
use crate::domain::ids::{CatalogItemId, SubscriptionId};
use crate::domain::term::{BillingFrequency, Coterm, TermDuration};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SubscriptionStatus {
    Active,
    /// Ended at the end of its term, or a trial that ran out.
    Expired,
    Cancelled,
    /// Every seat moved to a subscription of a higher SKU.
    Upgraded,
    /// A trial that became a paid subscription.
    Converted,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub id: SubscriptionId,
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
    /// The instant of the purchase, when known (subscriptions bought here); windows of 168
    /// hours run from it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub purchased_at: Option<OffsetDateTime>,
    pub status: SubscriptionStatus,
    /// When its first term ends with another subscription's (an upgrade, a co-termed purchase).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coterm: Option<Coterm>,
}

impl std::fmt::Display for SubscriptionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SubscriptionStatus::Active => "Active",
            SubscriptionStatus::Expired => "Expired",
            SubscriptionStatus::Cancelled => "Cancelled",
            SubscriptionStatus::Upgraded => "Upgraded",
            SubscriptionStatus::Converted => "Converted to paid",
        })
    }
}

impl Subscription {
    pub fn is_active(&self) -> bool {
        self.status == SubscriptionStatus::Active
    }
}
