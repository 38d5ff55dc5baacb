//! The customer form: a new customer or an existing one, as Partner Center's fields.

use crate::i18n::labels::Label;
use crate::i18n::{keys, Key};

use time::Date;

use super::{error, in_form_order, Field, FieldError, FormProblem, MAX_NAME};
use crate::domain::country::CountryCode;
use crate::domain::customer::{AgreementAcceptance, Customer, Qualification, QualificationRecord, QualificationStatus};
use crate::domain::dates::{iso, parse_iso};
use crate::domain::ids::CustomerId;
use crate::domain::partner::Partner;
use crate::domain::region::same_region;

/// Where a qualification stands. A new one starts in review, as in Partner Center, where
/// Microsoft's check comes before any approval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StatusChoice {
    Approved,
    #[default]
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
        } else if let Some(letters) = latin_base(ch) {
            slug.push_str(letters);
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

/// The plain letters of an accented Latin letter, as an address would write it: "Lycée
/// Victor-Hugo" becomes `lycee-victor-hugo`, "Škoda" `skoda`.
fn latin_base(ch: char) -> Option<&'static str> {
    const FOLDS: &[(&str, &str)] = &[
        ("àáâãäåāăą", "a"),
        ("çćčĉ", "c"),
        ("ďđ", "d"),
        ("èéêëēėęěĕ", "e"),
        ("ğĝ", "g"),
        ("ìíîïīįı", "i"),
        ("ķ", "k"),
        ("ĺļľł", "l"),
        ("ñńņň", "n"),
        ("òóôõöøōőŏ", "o"),
        ("ŕř", "r"),
        ("śşšș", "s"),
        ("ţťț", "t"),
        ("ùúûüūůűų", "u"),
        ("ýÿ", "y"),
        ("źżž", "z"),
        ("ß", "ss"),
        ("æ", "ae"),
        ("œ", "oe"),
        ("þ", "th"),
    ];
    FOLDS.iter().find(|(from, _)| from.contains(ch)).map(|(_, to)| *to)
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
            None => (None, StatusChoice::InReview, String::new(), String::new()),
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

    /// A qualification chosen on this form starts in review from `today`, unless the form
    /// already says since when.
    pub fn starting_review_on(mut self, today: Date) -> Self {
        if self.in_review_since.is_empty() {
            self.in_review_since = iso(today);
        }
        self
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
