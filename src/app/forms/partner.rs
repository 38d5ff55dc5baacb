//! The partner profile form: the company, its tenants in each CSP region, its validations.

use super::{error, in_form_order, Field, FieldError, FormProblem, MAX_NAME};
use crate::domain::country::CountryCode;
use crate::domain::partner::{Partner, PartnerType, ResellerQualification};
use crate::domain::region::CspRegion;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerForm {
    pub name: String,
    pub partner_type: PartnerType,
    pub tenant_country: String,
    /// Countries of the tenants in other regions, as picked (empty rows are ignored).
    pub other_tenants: Vec<String>,
    pub us_government_cloud: bool,
    pub gcc_validated: bool,
    pub indirect_provider: String,
}

impl PartnerForm {
    pub fn from_partner(partner: &Partner) -> Self {
        PartnerForm {
            name: partner.name.clone(),
            partner_type: partner.partner_type,
            tenant_country: partner.tenant_country.to_string(),
            other_tenants: partner.other_tenants.iter().map(ToString::to_string).collect(),
            us_government_cloud: partner.has(ResellerQualification::UsGovernmentCloud),
            gcc_validated: partner.has(ResellerQualification::GovernmentCommunityCloud),
            indirect_provider: partner.indirect_provider.clone().unwrap_or_default(),
        }
    }

    pub fn validate(&self) -> Result<Partner, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.push(error(Field::Name, FormProblem::PartnerNameMissing));
        } else if name.chars().count() > MAX_NAME {
            errors.push(error(Field::Name, FormProblem::NameTooLong { max: MAX_NAME }));
        }
        let country = self.tenant_country.parse::<CountryCode>().ok();
        if country.is_none() {
            errors.push(error(Field::TenantCountry, FormProblem::PartnerCountryMissing));
        }
        let other_tenants = self.other_tenants(country, &mut errors);
        let provider = self.indirect_provider.trim();
        if self.partner_type != PartnerType::IndirectReseller && !provider.is_empty() {
            errors.push(error(
                Field::IndirectProvider,
                FormProblem::ProviderOnlyForIndirectResellers,
            ));
        }
        match country {
            Some(tenant_country) if errors.is_empty() => Ok(Partner {
                name: name.to_string(),
                partner_type: self.partner_type,
                tenant_country,
                other_tenants,
                reseller_qualifications: [
                    (self.gcc_validated, ResellerQualification::GovernmentCommunityCloud),
                    (self.us_government_cloud, ResellerQualification::UsGovernmentCloud),
                ]
                .into_iter()
                .filter_map(|(held, qualification)| held.then_some(qualification))
                .collect(),
                indirect_provider: (!provider.is_empty()).then(|| provider.to_string()),
            }),
            _ => Err(in_form_order(errors)),
        }
    }

    /// The other tenants' countries: at most one tenant per CSP region, main tenant included.
    fn other_tenants(&self, main: Option<CountryCode>, errors: &mut Vec<FieldError>) -> Vec<CountryCode> {
        let mut taken: Vec<(CspRegion, CountryCode)> = main
            .and_then(|c| CspRegion::of(c).map(|r| (r, c)))
            .into_iter()
            .collect();
        let mut tenants = Vec::new();
        for picked in self.other_tenants.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
            let Ok(country) = picked.parse::<CountryCode>() else {
                errors.push(error(Field::OtherTenants, FormProblem::NotACountry(picked.to_string())));
                continue;
            };
            let Some(region) = CspRegion::of(country) else {
                errors.push(error(Field::OtherTenants, FormProblem::TenantInNoRegion(country)));
                continue;
            };
            match taken.iter().find(|(r, _)| *r == region) {
                Some((_, other)) if *other == country => errors.push(error(
                    Field::OtherTenants,
                    if Some(country) == main {
                        FormProblem::AlreadyMainTenant(country)
                    } else {
                        FormProblem::TenantListedTwice(country)
                    },
                )),
                Some((_, other)) => errors.push(error(
                    Field::OtherTenants,
                    FormProblem::OneTenantPerRegion {
                        first: *other,
                        second: country,
                        region,
                    },
                )),
                None => {
                    taken.push((region, country));
                    tenants.push(country);
                }
            }
        }
        tenants
    }
}
