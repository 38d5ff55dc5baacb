//! "What if?" for trainees: change some facts about the customer or the partner for one page,
//! without touching what is stored, and see which offers are gained and lost.

use time::Date;

use crate::domain::catalog::OfferIndex;
use crate::domain::country::CountryCode;
use crate::domain::customer::{AgreementAcceptance, Customer, Qualification, QualificationRecord, QualificationStatus};
use crate::domain::partner::{Partner, PartnerType, ResellerQualification};
use crate::domain::rules::Verdicts;

/// Each field left `None` keeps the real fact.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WhatIf {
    /// Treated as approved; `Qualification::None` removes the customer's qualification.
    pub qualification: Option<Qualification>,
    pub customer_country: Option<CountryCode>,
    pub agreement_accepted: Option<bool>,
    pub partner_country: Option<CountryCode>,
    pub partner_type: Option<PartnerType>,
    pub us_government_cloud: Option<bool>,
    /// Whether the partner is validated for GCC.
    pub gcc_validated: Option<bool>,
}

impl WhatIf {
    pub fn is_empty(&self) -> bool {
        *self == WhatIf::default()
    }

    /// The partner and customer as they would be, on `today`.
    pub fn apply(&self, partner: &Partner, customer: &Customer, today: Date) -> (Partner, Customer) {
        let mut partner = partner.clone();
        let mut customer = customer.clone();
        if let Some(q) = self.qualification {
            customer.qualification = match q {
                Qualification::None => None,
                q => Some(QualificationRecord {
                    qualification: q,
                    status: QualificationStatus::Approved,
                }),
            };
        }
        if let Some(country) = self.customer_country {
            customer.tenant_country = country;
        }
        match self.agreement_accepted {
            Some(false) => customer.agreement = None,
            Some(true) if !customer.has_accepted_agreement_on(today) => {
                customer.agreement = Some(AgreementAcceptance {
                    signer_name: "What-if".to_string(),
                    signer_email: String::new(),
                    accepted_on: today,
                });
            }
            _ => {}
        }
        // The assumption is the tenant the customer is served from: the partner's other
        // tenants would otherwise still serve customers in their regions.
        if let Some(country) = self.partner_country {
            partner.tenant_country = country;
            partner.other_tenants.clear();
        }
        if let Some(partner_type) = self.partner_type {
            partner.partner_type = partner_type;
        }
        for (assumed, qualification) in [
            (self.us_government_cloud, ResellerQualification::UsGovernmentCloud),
            (self.gcc_validated, ResellerQualification::GovernmentCommunityCloud),
        ] {
            if let Some(validated) = assumed {
                partner.reseller_qualifications.retain(|q| *q != qualification);
                if validated {
                    partner.reseller_qualifications.push(qualification);
                }
            }
        }
        (partner, customer)
    }
}

/// Offers that the what-if makes sellable, and those it makes unsellable.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub gained: Vec<OfferIndex>,
    pub lost: Vec<OfferIndex>,
}

/// Compares the verdicts of the same catalog for the real facts and for the what-if.
pub fn compare(before: &Verdicts, after: &Verdicts) -> Comparison {
    let mut comparison = Comparison::default();
    for ((i, b), (_, a)) in before.iter().zip(after.iter()) {
        match (b.is_allowed(), a.is_allowed()) {
            (false, true) => comparison.gained.push(i),
            (true, false) => comparison.lost.push(i),
            _ => {}
        }
    }
    comparison
}
