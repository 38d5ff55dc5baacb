//! The partner: the user's own company, which sells to its customers.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::country::CountryCode;
use crate::domain::region::same_region;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PartnerType {
    /// Buys from Microsoft and bills its customers itself.
    DirectBill,
    /// Buys from Microsoft and sells through indirect resellers.
    IndirectProvider,
    /// Sells what an indirect provider supplies.
    IndirectReseller,
}

/// Shown in the partner profile under "Program info".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ResellerQualification {
    /// Validated through the Microsoft US Government Cloud validation form: needed to sell
    /// Azure to Government customers.
    UsGovernmentCloud,
    /// Validated through Microsoft's Government Community Cloud eligibility intake form: needed
    /// to sell Government Community Cloud subscriptions (the validation code creates the GCC
    /// customer).
    GovernmentCommunityCloud,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    pub name: String,
    pub partner_type: PartnerType,
    /// The country of the partner's main CSP tenant.
    pub tenant_country: CountryCode,
    /// The countries of the partner's CSP tenants in other regions, one per region: a
    /// customer is served from the tenant in its region.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_tenants: Vec<CountryCode>,
    pub reseller_qualifications: Vec<ResellerQualification>,
    /// The indirect provider an indirect reseller is connected to.
    pub indirect_provider: Option<String>,
}

impl Partner {
    /// The country of the tenant that sells to a customer in `customer_country`: the tenant in
    /// the customer's region, or the main tenant if the partner has none there (regional
    /// authorization then refuses every offer).
    pub fn tenant_for(&self, customer_country: CountryCode) -> CountryCode {
        std::iter::once(self.tenant_country)
            .chain(self.other_tenants.iter().copied())
            .find(|tenant| same_region(*tenant, customer_country))
            .unwrap_or(self.tenant_country)
    }

    /// Every tenant's country, the main one first.
    pub fn tenants(&self) -> impl Iterator<Item = CountryCode> + '_ {
        std::iter::once(self.tenant_country).chain(self.other_tenants.iter().copied())
    }

    pub fn has(&self, qualification: ResellerQualification) -> bool {
        self.reseller_qualifications.contains(&qualification)
    }
}

impl PartnerType {
    pub const ALL: [PartnerType; 3] = [
        PartnerType::DirectBill,
        PartnerType::IndirectProvider,
        PartnerType::IndirectReseller,
    ];
}

impl ResellerQualification {
    pub const ALL: [ResellerQualification; 2] = [
        ResellerQualification::GovernmentCommunityCloud,
        ResellerQualification::UsGovernmentCloud,
    ];
}

impl fmt::Display for PartnerType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PartnerType::DirectBill => "Direct-bill partner",
            PartnerType::IndirectProvider => "Indirect provider",
            PartnerType::IndirectReseller => "Indirect reseller",
        })
    }
}

impl fmt::Display for ResellerQualification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ResellerQualification::UsGovernmentCloud => "US Government Cloud validation",
            ResellerQualification::GovernmentCommunityCloud => "GCC validation",
        })
    }
}
