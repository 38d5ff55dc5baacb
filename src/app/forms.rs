//! The customer and partner forms: text as typed in, checked values or every field's problem
//! out. Nothing is saved until the whole form is valid.

use std::fmt;

use crate::i18n::labels::Label;
use crate::i18n::{keys, Key};

use time::Date;

use crate::domain::country::CountryCode;
use crate::domain::customer::{AgreementAcceptance, Customer, Qualification, QualificationRecord, QualificationStatus};
use crate::domain::dates::{iso, long, parse_iso};
use crate::domain::ids::CustomerId;
use crate::domain::partner::{Partner, PartnerType, ResellerQualification};
use crate::domain::region::{same_region, CspRegion};

/// A form's fields, declared in the order the forms show them: errors are listed in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Name,
    Id,
    TenantCountry,
    Qualification,
    InReviewSince,
    DeniedReason,
    SignerName,
    SignerEmail,
    AcceptedOn,
    /// The partner's tenants in other CSP regions.
    OtherTenants,
    IndirectProvider,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// The errors in the order of the fields on screen, so the summary reads top to bottom.
fn in_form_order(mut errors: Vec<FieldError>) -> Vec<FieldError> {
    errors.sort_by_key(|e| e.field);
    errors
}

fn error(field: Field, message: impl Into<String>) -> FieldError {
    FieldError {
        field,
        message: message.into(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StatusChoice {
    #[default]
    Approved,
    InReview,
    Denied,
}

impl Label for StatusChoice {
    fn key(&self) -> Key {
        match self {
            StatusChoice::Approved => keys::STATUS_APPROVED,
            StatusChoice::InReview => keys::STATUS_IN_REVIEW,
            StatusChoice::Denied => keys::STATUS_DENIED,
        }
    }
}

impl fmt::Display for StatusChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StatusChoice::Approved => "Approved",
            StatusChoice::InReview => "In review",
            StatusChoice::Denied => "Denied",
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CustomerForm {
    pub id: String,
    pub name: String,
    pub tenant_country: String,
    pub qualification: Option<Qualification>,
    pub status: StatusChoice,
    pub in_review_since: String,
    pub denied_reason: String,
    pub agreement_accepted: bool,
    pub signer_name: String,
    pub signer_email: String,
    pub accepted_on: String,
}

/// `Contoso Ltd.` → `contoso-ltd`, for a new customer's id.
pub fn slug_from_name(name: &str) -> String {
    let mut slug = String::new();
    for ch in name.chars().flat_map(char::to_lowercase) {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-')
        .chars()
        .take(64)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.contains(char::is_whitespace)
        && !domain.contains('@')
}

impl CustomerForm {
    pub fn from_customer(customer: &Customer) -> Self {
        let (qualification, status, since, reason) = match &customer.qualification {
            None => (None, StatusChoice::Approved, String::new(), String::new()),
            Some(record) => match &record.status {
                QualificationStatus::Approved => (
                    Some(record.qualification),
                    StatusChoice::Approved,
                    String::new(),
                    String::new(),
                ),
                QualificationStatus::InReview { since } => (
                    Some(record.qualification),
                    StatusChoice::InReview,
                    iso(*since),
                    String::new(),
                ),
                QualificationStatus::Denied { reason } => (
                    Some(record.qualification),
                    StatusChoice::Denied,
                    String::new(),
                    reason.clone(),
                ),
            },
        };
        let agreement = customer.agreement.as_ref();
        CustomerForm {
            id: customer.id.to_string(),
            name: customer.name.clone(),
            tenant_country: customer.tenant_country.to_string(),
            qualification: qualification.filter(|q| *q != Qualification::None),
            status,
            in_review_since: since,
            denied_reason: reason,
            agreement_accepted: agreement.is_some(),
            signer_name: agreement.map(|a| a.signer_name.clone()).unwrap_or_default(),
            signer_email: agreement.map(|a| a.signer_email.clone()).unwrap_or_default(),
            accepted_on: agreement.map(|a| iso(a.accepted_on)).unwrap_or_default(),
        }
    }

    /// Checks every field. `existing` is the customer being edited (its id and subscriptions
    /// are kept), or `None` for a new customer whose id must not be in `taken`.
    pub fn validate(
        &self,
        today: Date,
        existing: Option<&Customer>,
        taken: &[CustomerId],
        partner: &Partner,
    ) -> Result<Customer, Vec<FieldError>> {
        let mut errors = Vec::new();

        let id = match existing {
            Some(customer) => Some(customer.id.clone()),
            None => match self.id.trim().parse::<CustomerId>() {
                Ok(id) if taken.contains(&id) => {
                    errors.push(error(
                        Field::Id,
                        format!("Another customer already has the id \"{id}\"."),
                    ));
                    None
                }
                Ok(id) => Some(id),
                // The id follows the name: with neither, the name's message says it all.
                Err(_) if self.id.trim().is_empty() && self.name.trim().is_empty() => None,
                Err(_) if self.id.trim().is_empty() => {
                    errors.push(error(
                        Field::Id,
                        "Enter an id for the customer's links (like contoso-ltd).",
                    ));
                    None
                }
                Err(_) => {
                    errors.push(error(
                        Field::Id,
                        "The id may use lower-case letters, digits and dashes (like contoso-ltd).",
                    ));
                    None
                }
            },
        };

        let name = self.name.trim();
        if name.is_empty() {
            errors.push(error(Field::Name, "Enter the customer's company name."));
        } else if name.chars().count() > 120 {
            errors.push(error(Field::Name, "The name can be at most 120 characters."));
        }

        let country = self.tenant_country.parse::<CountryCode>().ok();
        match country {
            None => errors.push(error(Field::TenantCountry, "Choose the customer's tenant country.")),
            // Partner Center creates customers only where one of the partner's tenants sells.
            Some(country)
                if existing.is_none_or(|c| c.tenant_country != country)
                    && !same_region(partner.tenant_for(country), country) =>
            {
                errors.push(error(Field::TenantCountry, outside_regions(partner, country)));
            }
            Some(_) => {}
        }

        let was = existing.and_then(|c| c.qualification.as_ref()).map(|r| r.qualification);
        if let Err(why) = self.qualification.unwrap_or(Qualification::None).set_by_partner(was) {
            errors.push(error(Field::Qualification, why.to_string()));
        }
        let qualification = match self.qualification {
            None | Some(Qualification::None) => None,
            Some(qualification) => {
                let status = match self.status {
                    StatusChoice::Approved => Some(QualificationStatus::Approved),
                    StatusChoice::InReview => match parse_iso(&self.in_review_since) {
                        Some(since) if since <= today => Some(QualificationStatus::InReview { since }),
                        Some(_) => {
                            errors.push(error(Field::InReviewSince, "The review can't start in the future."));
                            None
                        }
                        None => {
                            errors.push(error(
                                Field::InReviewSince,
                                "Enter the date the review started (YYYY-MM-DD).",
                            ));
                            None
                        }
                    },
                    StatusChoice::Denied => {
                        let reason = self.denied_reason.trim();
                        if reason.is_empty() {
                            errors.push(error(
                                Field::DeniedReason,
                                format!(
                                    "Say why the qualification was denied, e.g. \"{}\".",
                                    qualification.denial_example()
                                ),
                            ));
                            None
                        } else {
                            Some(QualificationStatus::Denied {
                                reason: reason.to_string(),
                            })
                        }
                    }
                };
                status.map(|status| QualificationRecord { qualification, status })
            }
        };

        let agreement = if self.agreement_accepted {
            let signer = self.signer_name.trim();
            if signer.is_empty() {
                errors.push(error(
                    Field::SignerName,
                    "Enter the name of the person who accepted the agreement.",
                ));
            }
            let email = self.signer_email.trim();
            if !looks_like_email(email) {
                errors.push(error(
                    Field::SignerEmail,
                    "Enter the signer's email address, like name@example.com.",
                ));
            }
            let accepted_on = match parse_iso(&self.accepted_on) {
                Some(day) if day > today => {
                    errors.push(error(
                        Field::AcceptedOn,
                        format!("The acceptance date can't be in the future (today is {}).", long(today)),
                    ));
                    None
                }
                Some(day) => Some(day),
                None => {
                    errors.push(error(
                        Field::AcceptedOn,
                        "Enter the date the agreement was accepted (YYYY-MM-DD).",
                    ));
                    None
                }
            };
            accepted_on.map(|accepted_on| AgreementAcceptance {
                signer_name: signer.to_string(),
                signer_email: email.to_string(),
                accepted_on,
            })
        } else {
            None
        };

        match (id, country, errors.is_empty()) {
            (Some(id), Some(tenant_country), true) => Ok(Customer {
                id,
                name: name.to_string(),
                tenant_country,
                qualification,
                agreement,
                subscriptions: existing.map(|c| c.subscriptions.clone()).unwrap_or_default(),
            }),
            _ => Err(in_form_order(errors)),
        }
    }
}

/// "Your tenants sell only in the United States and Europe regions: ..."
fn outside_regions(partner: &Partner, country: CountryCode) -> String {
    let regions: Vec<String> = partner
        .tenants()
        .filter_map(|tenant| {
            CspRegion::of(tenant).map(|r| {
                if r.is_single_country() {
                    tenant.name_in_sentence()
                } else {
                    format!("the {r} region")
                }
            })
        })
        .collect();
    let sold_in = match regions.as_slice() {
        [] => "no CSP region".to_string(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    let wanted = match CspRegion::of(country) {
        Some(region) => format!(
            "add a tenant in the {region} region on the partner profile to serve a customer in {}",
            country.name_in_sentence()
        ),
        None => format!("{} is in no CSP region", country.name_in_sentence()),
    };
    format!("Your tenants sell only in {sold_in}: {wanted}.")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerForm {
    pub name: String,
    pub partner_type: PartnerType,
    pub tenant_country: String,
    /// Countries of the tenants in other regions, as picked (empty rows are ignored).
    pub other_tenants: Vec<String>,
    pub us_government_cloud: bool,
    pub indirect_provider: String,
}

/// "the United States" at the start of a sentence.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

impl PartnerForm {
    pub fn from_partner(partner: &Partner) -> Self {
        PartnerForm {
            name: partner.name.clone(),
            partner_type: partner.partner_type,
            tenant_country: partner.tenant_country.to_string(),
            other_tenants: partner.other_tenants.iter().map(ToString::to_string).collect(),
            us_government_cloud: partner.has(ResellerQualification::UsGovernmentCloud),
            indirect_provider: partner.indirect_provider.clone().unwrap_or_default(),
        }
    }

    pub fn validate(&self) -> Result<Partner, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.push(error(Field::Name, "Enter your company's name."));
        }
        let country = self.tenant_country.parse::<CountryCode>().ok();
        if country.is_none() {
            errors.push(error(Field::TenantCountry, "Choose your tenant country."));
        }
        let other_tenants = self.other_tenants(country, &mut errors);
        let provider = self.indirect_provider.trim();
        if self.partner_type != PartnerType::IndirectReseller && !provider.is_empty() {
            errors.push(error(
                Field::IndirectProvider,
                "Only an indirect reseller is connected to an indirect provider.",
            ));
        }
        match country {
            Some(tenant_country) if errors.is_empty() => Ok(Partner {
                name: name.to_string(),
                partner_type: self.partner_type,
                tenant_country,
                other_tenants,
                reseller_qualifications: if self.us_government_cloud {
                    vec![ResellerQualification::UsGovernmentCloud]
                } else {
                    Vec::new()
                },
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
                errors.push(error(Field::OtherTenants, format!("\"{picked}\" is not a country.")));
                continue;
            };
            let Some(region) = CspRegion::of(country) else {
                errors.push(error(
                    Field::OtherTenants,
                    format!("{} is in no CSP region: a tenant can't be there.", country.name()),
                ));
                continue;
            };
            match taken.iter().find(|(r, _)| *r == region) {
                Some((_, other)) if *other == country => errors.push(error(
                    Field::OtherTenants,
                    if Some(country) == main {
                        format!(
                            "{} is already your main tenant's country.",
                            capitalized(&country.name_in_sentence())
                        )
                    } else {
                        format!("{} is listed twice.", capitalized(&country.name_in_sentence()))
                    },
                )),
                Some((_, other)) => errors.push(error(
                    Field::OtherTenants,
                    format!(
                        "{} and {} are both in the {region} region: a partner has one tenant per region.",
                        other.name(),
                        country.name()
                    ),
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
