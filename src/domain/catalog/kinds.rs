//! The enums that describe a product, a SKU and a price-list entry: the Add products tab
//! (`ProductCategory`), the customer segment, the publisher, how it is billed, its business
//! category, where it is bought, and the seat pools shared by several SKUs.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::money::Money;

/// The three tabs of the Add products page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ProductCategory {
    /// Azure plan, reserved VM instances, and items bought in the Azure portal.
    Azure,
    /// License-based subscriptions (Microsoft 365, Dynamics 365, ...) and third-party SaaS.
    OnlineServices,
    /// Windows Server and SQL Server subscriptions, 1 or 3 years.
    Software,
}

/// The customer segment an offer is priced for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Segment {
    Commercial,
    Education,
    Nonprofit,
    /// Government Community Cloud.
    Government,
}

/// Who publishes the product: Microsoft, or an independent software vendor (shown as
/// Publisher = Partner on the Add products page).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Publisher {
    Microsoft,
    Partner { name: String },
}

/// The Publisher filter's two values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PublisherType {
    Microsoft,
    Partner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BillingType {
    /// Billed per license (seat) for a term.
    License,
    /// Billed for what was consumed (Azure plan, metered services).
    Usage,
}

/// The type of business a product supports (the Category filter, beside Trial).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BusinessCategory {
    Productivity,
    Collaboration,
    Communications,
    Security,
    Compliance,
    IdentityAndAccess,
    BusinessApplications,
    Analytics,
    Compute,
    Databases,
    Storage,
    DeveloperTools,
    Education,
}

/// Where an item is bought. Some items are listed for information only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PurchaseChannel {
    PartnerCenter,
    AzurePortal,
    /// Partner Center for Microsoft Cloud for US Government: a separate Partner Center, where
    /// Azure Government is sold.
    GovernmentPartnerCenter,
}

/// A limit on seats shared by several SKUs across all of a customer's subscriptions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SeatPool {
    /// Microsoft 365 Business Basic, Standard, Premium and Apps for business: 300 seats
    /// per customer, all of them together.
    SmallBusiness,
}

impl SeatPool {
    pub fn limit(self) -> u32 {
        match self {
            SeatPool::SmallBusiness => 300,
        }
    }
}

impl ProductCategory {
    pub const ALL: [ProductCategory; 3] = [
        ProductCategory::Azure,
        ProductCategory::OnlineServices,
        ProductCategory::Software,
    ];
}

impl BusinessCategory {
    pub const ALL: [BusinessCategory; 13] = [
        BusinessCategory::Productivity,
        BusinessCategory::Collaboration,
        BusinessCategory::Communications,
        BusinessCategory::Security,
        BusinessCategory::Compliance,
        BusinessCategory::IdentityAndAccess,
        BusinessCategory::BusinessApplications,
        BusinessCategory::Analytics,
        BusinessCategory::Compute,
        BusinessCategory::Databases,
        BusinessCategory::Storage,
        BusinessCategory::DeveloperTools,
        BusinessCategory::Education,
    ];
}

impl Segment {
    pub const ALL: [Segment; 4] = [
        Segment::Commercial,
        Segment::Education,
        Segment::Nonprofit,
        Segment::Government,
    ];

    /// The usual discount of a partner's cost from Microsoft's estimated retail price in
    /// this segment, in percent: the median of Microsoft's November 2025 US list (about 20%
    /// commercial, 25% education, 20% government, 10% nonprofit). The built-in catalog's
    /// retail prices are derived with it.
    pub const fn typical_partner_discount(self) -> u64 {
        match self {
            Segment::Commercial | Segment::Government => 20,
            Segment::Education => 25,
            Segment::Nonprofit => 10,
        }
    }

    /// The retail price whose typical discount is `cost`, to the nearest cent.
    pub fn estimated_retail(self, cost: Money) -> Money {
        let share = 100 - self.typical_partner_discount();
        Money::from_cents(cost.cents().saturating_mul(100).saturating_add(share / 2) / share)
    }
}

impl fmt::Display for ProductCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ProductCategory::Azure => "Azure",
            ProductCategory::OnlineServices => "Online services",
            ProductCategory::Software => "Software",
        })
    }
}

impl fmt::Display for Segment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Segment::Commercial => "Commercial",
            Segment::Education => "Education",
            Segment::Nonprofit => "Nonprofit",
            Segment::Government => "Government Community Cloud",
        })
    }
}

impl fmt::Display for Publisher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Publisher::Microsoft => f.write_str("Microsoft"),
            Publisher::Partner { name } => f.write_str(name),
        }
    }
}

impl fmt::Display for PublisherType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PublisherType::Microsoft => "Microsoft",
            PublisherType::Partner => "Partner",
        })
    }
}

impl fmt::Display for BillingType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BillingType::License => "License",
            BillingType::Usage => "Usage",
        })
    }
}

impl fmt::Display for BusinessCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BusinessCategory::Productivity => "Productivity",
            BusinessCategory::Collaboration => "Collaboration",
            BusinessCategory::Communications => "Communications",
            BusinessCategory::Security => "Security",
            BusinessCategory::Compliance => "Compliance",
            BusinessCategory::IdentityAndAccess => "Identity and access",
            BusinessCategory::BusinessApplications => "Business applications",
            BusinessCategory::Analytics => "Analytics",
            BusinessCategory::Compute => "Compute",
            BusinessCategory::Databases => "Databases",
            BusinessCategory::Storage => "Storage",
            BusinessCategory::DeveloperTools => "Developer tools",
            BusinessCategory::Education => "Education",
        })
    }
}

/// What one license of an offer counts: a user, a device, a meeting room, a protected
/// workload… Partner Center's price list rarely says (its `UnitOfMeasure` is mostly `1`), so
/// it is read from the SKU's title as Microsoft and publishers write it, and the price is
/// said "per device per month" where the SKU is per device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    User,
    Device,
    Room,
    Workload,
    Environment,
    Gigabyte,
    CorePack,
    Server,
    /// A software license, or an online service not counted per user.
    Licence,
}

impl Unit {
    /// The unit a SKU titled `title`, of a product of `category`, is sold by.
    pub fn of(title: &str, category: ProductCategory) -> Unit {
        let t = title.to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
        if has(&["user cal", "per user"]) {
            Unit::User
        } else if has(&["device"]) {
            Unit::Device
        } else if has(&["teams rooms"]) {
            Unit::Room
        } else if has(&["per workload"]) {
            Unit::Workload
        } else if has(&["environment"]) {
            Unit::Environment
        } else if has(&["(1 gb)", "capacity"]) {
            Unit::Gigabyte
        } else if has(&["core license pack"]) {
            Unit::CorePack
        } else if t.ends_with("- server") {
            Unit::Server
        } else {
            match category {
                ProductCategory::OnlineServices => Unit::User,
                ProductCategory::Software | ProductCategory::Azure => Unit::Licence,
            }
        }
    }
}

/// Whether a SKU is one of the enterprise suites that include Teams, which customers new to
/// them no longer buy (see `Rule::TeamsSuites`). Matched on the exact title, as Microsoft's
/// price lists write it: "Microsoft 365 E3 (no Teams)" and "Microsoft 365 E5 Security" are not.
pub fn is_enterprise_suite_with_teams(sku_title: &str) -> bool {
    const SUITES: [&str; 5] = [
        "Office 365 E1",
        "Office 365 E3",
        "Office 365 E5",
        "Microsoft 365 E3",
        "Microsoft 365 E5",
    ];
    let title = sku_title.trim();
    SUITES.iter().any(|suite| title.eq_ignore_ascii_case(suite))
}

#[cfg(test)]
mod unit_tests {
    use super::*;

    #[test]
    fn a_sku_is_counted_by_what_its_title_says_it_is_sold_by() {
        let online = |title| Unit::of(title, ProductCategory::OnlineServices);
        let software = |title| Unit::of(title, ProductCategory::Software);
        assert_eq!(online("Microsoft 365 E3"), Unit::User);
        assert_eq!(online("Microsoft 365 A1 for devices"), Unit::Device);
        assert_eq!(online("Microsoft Teams Rooms Pro"), Unit::Room);
        assert_eq!(
            online("Acronis Cyber Protect Cloud - Standard, per workload"),
            Unit::Workload
        );
        assert_eq!(
            online("Dynamics 365 Business Central Additional Environment Addon"),
            Unit::Environment
        );
        assert_eq!(online("Office 365 Extra File Storage (1 GB)"), Unit::Gigabyte);
        assert_eq!(online("AvePoint Cloud Backup - per user (Nonprofit)"), Unit::User);
        assert_eq!(
            software("Windows Server 2025 Standard - 2 Core License Pack"),
            Unit::CorePack
        );
        assert_eq!(
            software("Windows Server 2025 Remote Desktop Services - 1 Device CAL"),
            Unit::Device
        );
        assert_eq!(software("SQL Server 2022 - 1 User CAL"), Unit::User);
        assert_eq!(software("SQL Server 2022 Standard - Server"), Unit::Server);
        assert_eq!(software("Nitro PDF Pro - Annual"), Unit::Licence);
    }
}
