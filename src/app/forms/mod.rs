//! The customer and partner forms: text as typed in, checked values or every field's problem
//! out. Nothing is saved until the whole form is valid.
//!
//! This module holds what both forms share: the fields, their problems and those problems'
//! sentences; [`customer`] and [`partner`] hold each form.

mod customer;
mod partner;

pub use customer::{slug_from_name, CustomerForm, StatusChoice};
pub use partner::PartnerForm;

use std::fmt;

use crate::i18n::labels::{self, Label};
use crate::i18n::{format, keys, text, text_with, Args, Language};

use time::Date;

use crate::domain::country::CountryCode;
use crate::domain::customer::{Qualification, QualificationChange};
use crate::domain::ids::CustomerId;
use crate::domain::region::CspRegion;

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
pub(super) fn in_form_order(mut errors: Vec<FieldError>) -> Vec<FieldError> {
    errors.sort_by_key(|e| e.field);
    errors
}

pub(super) fn error(field: Field, problem: FormProblem) -> FieldError {
    FieldError { field, problem }
}

/// The longest company name the form takes.
pub(super) const MAX_NAME: usize = 120;

/// "Your tenants sell only in the United States and the Europe region: ..."
pub(super) fn outside_regions(language: Language, tenants: &[CountryCode], country: CountryCode) -> String {
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

/// "the United States" at the start of a sentence.
pub(super) fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
