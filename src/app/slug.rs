//! Stable text for enum values a user picks: in URLs (`?segment=education`) and as the values
//! of form selects. Never `Debug` output, which would change with a rename.

use crate::app::forms::StatusChoice;
use crate::app::training::Theme;
use crate::domain::catalog::{BillingType, BusinessCategory, ProductCategory, PublisherType, Segment};
use crate::domain::customer::Qualification;
use crate::domain::partner::PartnerType;
use crate::domain::rules::Rule;

/// Every value of an enum a user can pick, each with its stable text.
pub trait Slug: Sized + Copy + 'static {
    const ALL: &'static [Self];
    fn slug(self) -> &'static str;
    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.slug() == slug)
    }
}

impl Slug for ProductCategory {
    const ALL: &'static [Self] = &ProductCategory::ALL;
    fn slug(self) -> &'static str {
        match self {
            ProductCategory::Azure => "azure",
            ProductCategory::OnlineServices => "online-services",
            ProductCategory::Software => "software",
        }
    }
}

impl Slug for Segment {
    const ALL: &'static [Self] = &Segment::ALL;
    fn slug(self) -> &'static str {
        match self {
            Segment::Commercial => "commercial",
            Segment::Education => "education",
            Segment::Nonprofit => "nonprofit",
            Segment::Government => "government",
        }
    }
}

impl Slug for PublisherType {
    const ALL: &'static [Self] = &[PublisherType::Microsoft, PublisherType::Partner];
    fn slug(self) -> &'static str {
        match self {
            PublisherType::Microsoft => "microsoft",
            PublisherType::Partner => "partner",
        }
    }
}

impl Slug for BillingType {
    const ALL: &'static [Self] = &[BillingType::License, BillingType::Usage];
    fn slug(self) -> &'static str {
        match self {
            BillingType::License => "license",
            BillingType::Usage => "usage",
        }
    }
}

impl Slug for BusinessCategory {
    const ALL: &'static [Self] = &BusinessCategory::ALL;
    fn slug(self) -> &'static str {
        use BusinessCategory::*;
        match self {
            Productivity => "productivity",
            Collaboration => "collaboration",
            Communications => "communications",
            Security => "security",
            Compliance => "compliance",
            IdentityAndAccess => "identity",
            BusinessApplications => "business-applications",
            Analytics => "analytics",
            Compute => "compute",
            Databases => "databases",
            Storage => "storage",
            DeveloperTools => "developer-tools",
            Education => "education",
        }
    }
}

impl Slug for Qualification {
    const ALL: &'static [Self] = &Qualification::ALL;
    fn slug(self) -> &'static str {
        match self {
            Qualification::None => "none",
            Qualification::Education => "education",
            Qualification::Nonprofit => "nonprofit",
            Qualification::GovernmentCommunityCloud => "gcc",
            Qualification::StateOwnedEntity => "soe",
            Qualification::EducationStateOwnedEntity => "education-soe",
            Qualification::GovernmentCommunityCloudStateOwnedEntity => "gcc-soe",
        }
    }
}

impl Slug for PartnerType {
    const ALL: &'static [Self] = &PartnerType::ALL;
    fn slug(self) -> &'static str {
        match self {
            PartnerType::DirectBill => "direct-bill",
            PartnerType::IndirectProvider => "indirect-provider",
            PartnerType::IndirectReseller => "indirect-reseller",
        }
    }
}

impl Slug for StatusChoice {
    const ALL: &'static [Self] = &[StatusChoice::Approved, StatusChoice::InReview, StatusChoice::Denied];
    fn slug(self) -> &'static str {
        match self {
            StatusChoice::Approved => "approved",
            StatusChoice::InReview => "review",
            StatusChoice::Denied => "denied",
        }
    }
}

impl Slug for Rule {
    const ALL: &'static [Self] = &Rule::ALL;
    fn slug(self) -> &'static str {
        match self {
            Rule::PurchaseChannel => "purchase-channel",
            Rule::CustomerAgreement => "customer-agreement",
            Rule::SegmentPurchaseRules => "segment-purchase-rules",
            Rule::QualificationApproved => "qualification-approved",
            Rule::GovernmentLock => "government-lock",
            Rule::ResellerQualification => "reseller-qualification",
            Rule::IndirectReseller => "indirect-reseller",
            Rule::RegionalAuthorization => "regional-authorization",
            Rule::TeamsSuites => "teams-suites",
            Rule::AddOnBase => "add-on-base",
            Rule::ReservationAzurePlan => "reservation-azure-plan",
            Rule::PartnerCountry => "partner-country",
            Rule::CustomerCountry => "customer-country",
            Rule::PriceList => "price-list",
            Rule::OneTrialPerOffer => "one-trial-per-offer",
            Rule::Quantity => "quantity",
            Rule::SeatChanges => "seat-changes",
            Rule::Upgrades => "upgrades",
        }
    }
}

impl Slug for Theme {
    const ALL: &'static [Self] = &Theme::ALL;
    fn slug(self) -> &'static str {
        match self {
            Theme::SpecialSegments => "special-segments",
            Theme::PartnerAndAgreement => "partner-and-agreement",
            Theme::Countries => "countries",
            Theme::AddOns => "add-ons",
            Theme::PriceListsAndTrials => "price-lists-and-trials",
            Theme::Quantities => "quantities",
            Theme::AfterTheSale => "after-the-sale",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distinct_and_round_trip<T: Slug + PartialEq + std::fmt::Debug>() {
        let mut seen = std::collections::BTreeSet::new();
        for &value in T::ALL {
            assert!(seen.insert(value.slug()), "{} twice", value.slug());
            assert_eq!(T::from_slug(value.slug()), Some(value));
            assert!(value
                .slug()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        }
        assert_eq!(T::from_slug("no-such-value"), None);
    }

    #[test]
    fn every_slug_is_distinct_url_safe_and_reads_back() {
        distinct_and_round_trip::<ProductCategory>();
        distinct_and_round_trip::<Segment>();
        distinct_and_round_trip::<PublisherType>();
        distinct_and_round_trip::<BillingType>();
        distinct_and_round_trip::<BusinessCategory>();
        distinct_and_round_trip::<Qualification>();
        distinct_and_round_trip::<PartnerType>();
        distinct_and_round_trip::<StatusChoice>();
        distinct_and_round_trip::<Rule>();
        distinct_and_round_trip::<crate::app::browse::CategoryFilter>();
        distinct_and_round_trip::<crate::app::browse::SortOrder>();
        distinct_and_round_trip::<crate::app::browse::ViewMode>();
        distinct_and_round_trip::<Theme>();
    }
}
