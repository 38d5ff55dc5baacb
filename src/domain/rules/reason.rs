//! Why an offer cannot be sold, as data: every fact a sentence needs, and the rule it comes
//! from. The sentences are written per language in [`crate::i18n::reasons`].

use time::{Date, OffsetDateTime};

use super::book::Rule;
use crate::domain::catalog::{ProductCategory, Segment};
use crate::domain::country::CountryCode;
use crate::domain::customer::{Qualification, QualificationStatus};
use crate::domain::partner::ResellerQualification;
use crate::domain::subscription::SubscriptionStatus;
use crate::domain::term::{Plan, TermDuration};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    BoughtInAzurePortal,
    /// Sold from Partner Center for Microsoft Cloud for US Government.
    BoughtInGovernmentPartnerCenter,
    AgreementNotAccepted {
        accepted_on: Option<Date>,
    },
    SegmentNotAllowed {
        segment: Segment,
        qualification: Qualification,
    },
    QualificationNotApproved {
        qualification: Qualification,
        status: QualificationStatus,
        segment: Segment,
    },
    LockedToGovernment {
        subscription: String,
    },
    PartnerNotQualified {
        needs: ResellerQualification,
        segment: Segment,
        category: ProductCategory,
    },
    /// Indirect resellers don't order in Partner Center: their indirect provider does.
    OrderedByIndirectProvider {
        provider: Option<String>,
    },
    /// Regional authorization: the partner has no tenant in the customer's region.
    OutsideRegion {
        partner_country: CountryCode,
        customer_country: CountryCode,
    },
    AddOnWithoutBase {
        /// Shared with the catalog: blocked add-ons don't copy their bases' titles.
        bases: std::sync::Arc<[String]>,
    },
    NotInPartnerCountry {
        country: CountryCode,
    },
    NotInCustomerCountry {
        country: CountryCode,
    },
    NotYetInPriceList {
        starts: Date,
    },
    NoLongerInPriceList {
        ended: Date,
    },
    TrialAlreadyUsed {
        started_on: Date,
    },
    QuantityMissing,
    QuantityNotWholeNumber {
        input: String,
    },
    QuantityBelowMinimum {
        requested: i64,
        minimum: u32,
    },
    QuantityAboveMaximum {
        requested: i64,
        maximum: u32,
    },
    ExceedsPooledLimit {
        requested: i64,
        remaining: u32,
        limit: u32,
    },
    TrialSeatsFixed {
        requested: i64,
        seats: u32,
    },
    /// The SKU allows only so many seats per customer, owned and in the cart together.
    ExceedsCustomerLimit {
        requested: i64,
        remaining: u32,
        limit: u32,
    },
    /// Adding to a line already in the cart would take it past the maximum.
    LineAboveMaximum {
        requested: i64,
        in_cart: u32,
        maximum: u32,
    },
    /// The trial is already in the cart, with its fixed seats.
    TrialAlreadyInCart {
        seats: u32,
    },
    /// Seat changes on an owned subscription.
    SubscriptionNotActive {
        status: SubscriptionStatus,
    },
    UsageBilledHasNoSeats,
    TrialSeatsCannotChange {
        seats: u32,
    },
    SubscriptionAboveMaximum {
        requested: i64,
        owned: u32,
        maximum: u32,
    },
    SubscriptionBelowMinimum {
        requested: i64,
        owned: u32,
        minimum: u32,
    },
    /// The 168 hours after the purchase or renewal are over, and no seats were added since.
    ReductionWindowClosed {
        closed: OffsetDateTime,
        term_ends: Date,
    },
    /// The target is not on the subscription's upgrade paths.
    UpgradeNotAllowed {
        from: String,
        to: String,
        allowed: Vec<String>,
    },
    /// More seats to move than the subscription has.
    UpgradeMoreThanOwned {
        requested: i64,
        owned: u32,
    },
    /// A renewal on a term and billing frequency the offer is not sold on.
    PlanNotOffered {
        plan: Plan,
    },
    /// An enterprise suite with Teams, for a customer that owns none: since `since` (in its
    /// country) it buys the suite without Teams and Teams Enterprise.
    TeamsSuiteForExistingCustomers {
        since: Date,
    },
    /// Mid-term, a term can only get longer than `current`.
    TermOnlyLonger {
        current: TermDuration,
    },
    /// An Azure reservation for a customer without an Azure plan.
    ReservationWithoutAzurePlan,
    /// A trial of a product whose paid edition the customer owns.
    TrialOfOwnedProduct {
        owned: String,
    },
    /// Seats can't be removed from this kind of subscription at all.
    SeatsNotReducible {
        kind: NotReducible,
    },
    /// Only the seats added in the last 168 hours can still be removed.
    OnlyRecentSeatsRemovable {
        requested: i64,
        removable: u32,
        until: OffsetDateTime,
    },
}

/// Subscriptions whose quantity is never reduced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NotReducible {
    /// Partner Center allows no license reduction on software subscriptions.
    Software,
    /// An Azure reservation is exchanged or refunded, not reduced.
    Reservation,
}

impl Reason {
    /// The rule this reason comes from.
    pub fn rule(&self) -> Rule {
        match self {
            Reason::BoughtInAzurePortal | Reason::BoughtInGovernmentPartnerCenter => Rule::PurchaseChannel,
            Reason::AgreementNotAccepted { .. } => Rule::CustomerAgreement,
            Reason::SegmentNotAllowed { .. } => Rule::SegmentPurchaseRules,
            Reason::QualificationNotApproved { .. } => Rule::QualificationApproved,
            Reason::LockedToGovernment { .. } => Rule::GovernmentLock,
            Reason::PartnerNotQualified { .. } => Rule::ResellerQualification,
            Reason::OrderedByIndirectProvider { .. } => Rule::IndirectReseller,
            Reason::OutsideRegion { .. } => Rule::RegionalAuthorization,
            Reason::AddOnWithoutBase { .. } => Rule::AddOnBase,
            Reason::TeamsSuiteForExistingCustomers { .. } => Rule::TeamsSuites,
            Reason::ReservationWithoutAzurePlan => Rule::ReservationAzurePlan,
            Reason::NotInPartnerCountry { .. } => Rule::PartnerCountry,
            Reason::NotInCustomerCountry { .. } => Rule::CustomerCountry,
            Reason::NotYetInPriceList { .. } | Reason::NoLongerInPriceList { .. } => Rule::PriceList,
            Reason::TrialAlreadyUsed { .. } | Reason::TrialOfOwnedProduct { .. } => Rule::OneTrialPerOffer,
            Reason::QuantityMissing
            | Reason::QuantityNotWholeNumber { .. }
            | Reason::QuantityBelowMinimum { .. }
            | Reason::QuantityAboveMaximum { .. }
            | Reason::ExceedsPooledLimit { .. }
            | Reason::TrialSeatsFixed { .. }
            | Reason::ExceedsCustomerLimit { .. }
            | Reason::LineAboveMaximum { .. }
            | Reason::TrialAlreadyInCart { .. } => Rule::Quantity,
            Reason::SubscriptionNotActive { .. }
            | Reason::UsageBilledHasNoSeats
            | Reason::TrialSeatsCannotChange { .. }
            | Reason::SubscriptionAboveMaximum { .. }
            | Reason::SubscriptionBelowMinimum { .. }
            | Reason::ReductionWindowClosed { .. }
            | Reason::OnlyRecentSeatsRemovable { .. }
            | Reason::SeatsNotReducible { .. }
            | Reason::TermOnlyLonger { .. }
            | Reason::PlanNotOffered { .. } => Rule::SeatChanges,
            Reason::UpgradeNotAllowed { .. } | Reason::UpgradeMoreThanOwned { .. } => Rule::Upgrades,
        }
    }
}
