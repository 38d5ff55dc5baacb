//! Stable text for enum values a user picks: in URLs (`?segment=education`) and as the values
//! of form selects. Never `Debug` output, which would change with a rename.

use crate::domain::catalog::{BillingType, BusinessCategory, ProductCategory, PublisherType, Segment};

/// URL slugs for every enum value a filter can hold.
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
