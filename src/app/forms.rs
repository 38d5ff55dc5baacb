//! The customer and partner forms: text as typed in, checked values or every field's problem
//! out. Nothing is saved until the whole form is valid.

use std::fmt;

use crate::i18n::labels::{self, Label};
use crate::i18n::{format, keys, text, text_with, Args, Key, Language};

use time::Date;

use crate::domain::country::CountryCode;
use crate::domain::customer::{
    AgreementAcceptance, Customer, Qualification, QualificationChange, QualificationRecord, QualificationStatus,
};
use crate::domain::dates::{iso, parse_iso};
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
    pub problem: FormProblem,
}

/// What is wrong with a field, with the facts its sentence needs; worded per language by
/// [`FormProblem::sentence`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormProblem {
    IdTaken(CustomerId),
    IdMissing,
    IdInvalid,
    CustomerNameMissing,
    NameTooLong {
        max: usize,
    },
    CustomerCountryMissing,
    /// Partner Center creates customers only where one of the partner's tenants sells.
    OutsideTenantRegions {
        tenants: Vec<CountryCode>,
        country: CountryCode,
    },
    Qualification(QualificationChange),
    ReviewInFuture,
    ReviewDateMissing,
    DenialReasonMissing(Qualification),
    SignerNameMissing,
    SignerEmailInvalid,
    AcceptedInFuture {
        today: Date,
    },
    AcceptedDateMissing,
    /// In a file: a date after the last day the app's day can be moved to.
    DateAfterLatest {
        field: Field,
        latest: Date,
    },
    PartnerNameMissing,
    PartnerCountryMissing,
    ProviderOnlyForIndirectResellers,
    NotACountry(String),
    TenantInNoRegion(CountryCode),
    AlreadyMainTenant(CountryCode),
    TenantListedTwice(CountryCode),
    OneTenantPerRegion {
        first: CountryCode,
        second: CountryCode,
        region: CspRegion,
    },
}

impl FormProblem {
    pub fn sentence(&self, language: Language) -> String {
        let country = |c: CountryCode| format::country(language, c);
        let at_start = |c: CountryCode| capitalized(&format::country_in_sentence(language, c));
        let (key, args) = match self {
            FormProblem::IdTaken(id) => (keys::FORM_ID_TAKEN, Args::new().text("id", id.to_string())),
            FormProblem::IdMissing => (keys::FORM_ID_MISSING, Args::new()),
            FormProblem::IdInvalid => (keys::FORM_ID_INVALID, Args::new()),
            FormProblem::CustomerNameMissing => (keys::FORM_CUSTOMER_NAME_MISSING, Args::new()),
            FormProblem::NameTooLong { max } => (
                keys::FORM_NAME_TOO_LONG,
                Args::new().number("max", i64::try_from(*max).unwrap_or(i64::MAX)),
            ),
            FormProblem::CustomerCountryMissing => (keys::FORM_CUSTOMER_COUNTRY_MISSING, Args::new()),
            FormProblem::OutsideTenantRegions {
                tenants,
                country: wanted,
            } => {
                return outside_regions(language, tenants, *wanted);
            }
            FormProblem::Qualification(change) => return change.label(language),
            FormProblem::ReviewInFuture => (keys::FORM_REVIEW_IN_FUTURE, Args::new()),
            FormProblem::ReviewDateMissing => (keys::FORM_REVIEW_DATE_MISSING, Args::new()),
            FormProblem::DenialReasonMissing(qualification) => (
                keys::FORM_DENIAL_REASON_MISSING,
                Args::new().text(
                    "example",
                    labels::denial_reason(language, *qualification, qualification.denial_example()),
                ),
            ),
            FormProblem::SignerNameMissing => (keys::FORM_SIGNER_NAME_MISSING, Args::new()),
            FormProblem::SignerEmailInvalid => (keys::FORM_SIGNER_EMAIL_INVALID, Args::new()),
            FormProblem::AcceptedInFuture { today } => (
                keys::FORM_ACCEPTED_IN_FUTURE,
                Args::new().text("today", format::date(language, *today)),
            ),
            FormProblem::AcceptedDateMissing => (keys::FORM_ACCEPTED_DATE_MISSING, Args::new()),
            FormProblem::DateAfterLatest { field, latest } => (
                if *field == Field::AcceptedOn {
                    keys::FORM_ACCEPTED_AFTER_LATEST
                } else {
                    keys::FORM_REVIEW_AFTER_LATEST
                },
                Args::new().text("latest", format::date(language, *latest)),
            ),
            FormProblem::PartnerNameMissing => (keys::FORM_PARTNER_NAME_MISSING, Args::new()),
            FormProblem::PartnerCountryMissing => (keys::FORM_PARTNER_COUNTRY_MISSING, Args::new()),
            FormProblem::ProviderOnlyForIndirectResellers => (keys::FORM_PROVIDER_ONLY_INDIRECT, Args::new()),
            FormProblem::NotACountry(picked) => (keys::FORM_NOT_A_COUNTRY, Args::new().text("picked", picked.clone())),
            FormProblem::TenantInNoRegion(c) => {
                (keys::FORM_TENANT_IN_NO_REGION, Args::new().text("country", country(*c)))
            }
            FormProblem::AlreadyMainTenant(c) => (
                keys::FORM_ALREADY_MAIN_TENANT,
                Args::new().text("country", at_start(*c)),
            ),
            FormProblem::TenantListedTwice(c) => (
                keys::FORM_TENANT_LISTED_TWICE,
                Args::new().text("country", at_start(*c)),
            ),
            FormProblem::OneTenantPerRegion { first, second, region } => (
                keys::FORM_ONE_TENANT_PER_REGION,
                Args::new()
                    .text("first", country(*first))
                    .text("second", country(*second))
                    .text("region", region.label(language)),
            ),
        };
        text_with(language, key, &args)
    }
}

impl fmt::Display for FormProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.problem.fmt(f)
    }
}

/// The errors in the order of the fields on screen, so the summary reads top to bottom.
fn in_form_order(mut errors: Vec<FieldError>) -> Vec<FieldError> {
    errors.sort_by_key(|e| e.field);
    errors
}

fn error(field: Field, problem: FormProblem) -> FieldError {
    FieldError { field, problem }
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

/// The longest company name the form takes.
const MAX_NAME: usize = 120;

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
                    errors.push(error(Field::Id, FormProblem::IdTaken(id.clone())));
                    None
                }
                Ok(id) => Some(id),
                // The id follows the name: with neither, the name's message says it all.
                Err(_) if self.id.trim().is_empty() && self.name.trim().is_empty() => None,
                Err(_) if self.id.trim().is_empty() => {
                    errors.push(error(Field::Id, FormProblem::IdMissing));
                    None
                }
                Err(_) => {
                    errors.push(error(Field::Id, FormProblem::IdInvalid));
                    None
                }
            },
        };

        let name = self.name.trim();
        if name.is_empty() {
            errors.push(error(Field::Name, FormProblem::CustomerNameMissing));
        } else if name.chars().count() > MAX_NAME {
            errors.push(error(Field::Name, FormProblem::NameTooLong { max: MAX_NAME }));
        }

        let country = self.tenant_country.parse::<CountryCode>().ok();
        match country {
            None => errors.push(error(Field::TenantCountry, FormProblem::CustomerCountryMissing)),
            // Partner Center creates customers only where one of the partner's tenants sells.
            Some(country)
                if existing.is_none_or(|c| c.tenant_country != country)
                    && !same_region(partner.tenant_for(country), country) =>
            {
                errors.push(error(
                    Field::TenantCountry,
                    FormProblem::OutsideTenantRegions {
                        tenants: partner.tenants().collect(),
                        country,
                    },
                ));
            }
            Some(_) => {}
        }

        let was = existing.and_then(|c| c.qualification.as_ref()).map(|r| r.qualification);
        if let Err(why) = self.qualification.unwrap_or(Qualification::None).set_by_partner(was) {
            errors.push(error(Field::Qualification, FormProblem::Qualification(why)));
        }
        let qualification = match self.qualification {
            None | Some(Qualification::None) => None,
            Some(qualification) => {
                let status = match self.status {
                    StatusChoice::Approved => Some(QualificationStatus::Approved),
                    StatusChoice::InReview => match parse_iso(&self.in_review_since) {
                        Some(since) if since <= today => Some(QualificationStatus::InReview { since }),
                        Some(_) => {
                            errors.push(error(Field::InReviewSince, FormProblem::ReviewInFuture));
                            None
                        }
                        None => {
                            errors.push(error(Field::InReviewSince, FormProblem::ReviewDateMissing));
                            None
                        }
                    },
                    StatusChoice::Denied => {
                        let reason = self.denied_reason.trim();
                        if reason.is_empty() {
                            errors.push(error(
                                Field::DeniedReason,
                                FormProblem::DenialReasonMissing(qualification),
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
                errors.push(error(Field::SignerName, FormProblem::SignerNameMissing));
            }
            let email = self.signer_email.trim();
            if !looks_like_email(email) {
                errors.push(error(Field::SignerEmail, FormProblem::SignerEmailInvalid));
            }
            let accepted_on = match parse_iso(&self.accepted_on) {
                Some(day) if day > today => {
                    errors.push(error(Field::AcceptedOn, FormProblem::AcceptedInFuture { today }));
                    None
                }
                Some(day) => Some(day),
                None => {
                    errors.push(error(Field::AcceptedOn, FormProblem::AcceptedDateMissing));
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

/// "Your tenants sell only in the United States and the Europe region: ..."
fn outside_regions(language: Language, tenants: &[CountryCode], country: CountryCode) -> String {
    let regions: Vec<String> = tenants
        .iter()
        .filter_map(|&tenant| {
            CspRegion::of(tenant).map(|r| {
                if r.is_single_country() {
                    format::country_in_sentence(language, tenant)
                } else {
                    text_with(
                        language,
                        keys::FORM_REGION_IN_LIST,
                        &Args::new().text("region", r.label(language)),
                    )
                }
            })
        })
        .collect();
    let sold_in = if regions.is_empty() {
        text(language, keys::FORM_NO_CSP_REGION)
    } else {
        labels::all_of(language, &regions)
    };
    let (kind, region) = match CspRegion::of(country) {
        Some(region) => ("named", region.label(language)),
        None => ("none", String::new()),
    };
    text_with(
        language,
        keys::FORM_OUTSIDE_TENANT_REGIONS,
        &Args::new()
            .text("sold_in", sold_in)
            .text("region_kind", kind)
            .text("region", region)
            .text("country", format::country_in_sentence(language, country)),
    )
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
