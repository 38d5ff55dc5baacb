//! Customers: tenant country, special qualification, the Microsoft Customer Agreement, and
//! the subscriptions they already own.

use std::fmt;

use serde::{Deserialize, Serialize};
use time::{macros::date, Date};

use crate::domain::country::CountryCode;
use crate::domain::ids::CustomerId;
use crate::domain::subscription::Subscription;

/// A customer's special qualification: the rows of the purchase-rules table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Qualification {
    /// No special qualification: a commercial customer.
    None,
    Education,
    Nonprofit,
    GovernmentCommunityCloud,
    StateOwnedEntity,
    EducationStateOwnedEntity,
    GovernmentCommunityCloudStateOwnedEntity,
}

/// Only an approved qualification counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QualificationStatus {
    InReview { since: Date },
    Approved,
    Denied { reason: String },
}

/// A special qualification the customer has applied for, and where that stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QualificationRecord {
    pub qualification: Qualification,
    pub status: QualificationStatus,
}

/// Acceptance of the Microsoft Customer Agreement, required for every purchase since
/// [`AGREEMENT_REQUIRED_FROM`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementAcceptance {
    pub signer_name: String,
    pub signer_email: String,
    pub accepted_on: Date,
}

pub const AGREEMENT_REQUIRED_FROM: Date = date!(2020 - 01 - 31);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    pub id: CustomerId,
    pub name: String,
    pub tenant_country: CountryCode,
    /// `None` when the customer never applied for a special qualification.
    pub qualification: Option<QualificationRecord>,
    pub agreement: Option<AgreementAcceptance>,
    pub subscriptions: Vec<Subscription>,
}

impl Customer {
    /// The qualification the rules use: the approved one, otherwise none.
    pub fn effective_qualification(&self) -> Qualification {
        match &self.qualification {
            Some(QualificationRecord {
                qualification,
                status: QualificationStatus::Approved,
            }) => *qualification,
            _ => Qualification::None,
        }
    }

    /// Has the customer accepted the agreement by `day`?
    pub fn has_accepted_agreement_on(&self, day: Date) -> bool {
        self.agreement.as_ref().is_some_and(|a| a.accepted_on <= day)
    }
}

/// Why a partner can't give a customer a qualification. Sources: Partner Center API, "Update
/// a customer's qualifications asynchronously" (a partner can set Education, Government
/// Community Cloud or State Owned Entity; "None" and "Nonprofit" can't be set) and the
/// `CustomerQualification` reference (setting Education "is irreversible").
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QualificationChange {
    #[error("An Education qualification can't be changed or removed once it is set.")]
    EducationIsFinal,
    #[error("Nonprofit comes from Microsoft's nonprofit program, not from the partner: the customer registers with Microsoft, and its qualification follows.")]
    NonprofitFromProgram,
    #[error("A partner can't remove a customer's qualification; it can set Education, Government Community Cloud or State Owned Entity.")]
    CantRemove,
}

impl Qualification {
    /// Once set, a partner can't change or remove it (Education, alone or with SOE).
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Qualification::Education | Qualification::EducationStateOwnedEntity
        )
    }

    /// Whether a partner may change a customer's qualification from `from` (none set yet:
    /// `None`) to `self`.
    pub fn set_by_partner(self, from: Option<Qualification>) -> Result<(), QualificationChange> {
        let from = from.unwrap_or(Qualification::None);
        if self == from {
            return Ok(());
        }
        if from.is_final() {
            return Err(QualificationChange::EducationIsFinal);
        }
        match self {
            Qualification::Nonprofit => Err(QualificationChange::NonprofitFromProgram),
            Qualification::None => Err(QualificationChange::CantRemove),
            _ => Ok(()),
        }
    }

    pub const ALL: [Qualification; 7] = [
        Qualification::None,
        Qualification::Education,
        Qualification::Nonprofit,
        Qualification::GovernmentCommunityCloud,
        Qualification::StateOwnedEntity,
        Qualification::EducationStateOwnedEntity,
        Qualification::GovernmentCommunityCloudStateOwnedEntity,
    ];
}

impl Qualification {
    /// A typical reason Microsoft gives when it denies this qualification, for form hints.
    pub fn denial_example(self) -> &'static str {
        match self {
            Qualification::None => "",
            Qualification::Education | Qualification::EducationStateOwnedEntity => {
                "Not an accredited academic institution"
            }
            Qualification::Nonprofit => "Not registered with the Microsoft nonprofit program",
            Qualification::GovernmentCommunityCloud | Qualification::GovernmentCommunityCloudStateOwnedEntity => {
                "Not a US government entity or a qualifying contractor"
            }
            Qualification::StateOwnedEntity => "Not owned or controlled by the state",
        }
    }
}

impl fmt::Display for Qualification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Qualification::None => "Commercial (no special qualification)",
            Qualification::Education => "Education",
            Qualification::Nonprofit => "Nonprofit",
            Qualification::GovernmentCommunityCloud => "Government Community Cloud",
            Qualification::StateOwnedEntity => "State Owned Entity",
            Qualification::EducationStateOwnedEntity => "Education + State Owned Entity",
            Qualification::GovernmentCommunityCloudStateOwnedEntity => {
                "Government Community Cloud + State Owned Entity"
            }
        })
    }
}

impl fmt::Display for QualificationStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QualificationStatus::InReview { since } => {
                write!(f, "in review since {}", crate::domain::dates::long(*since))
            }
            QualificationStatus::Approved => f.write_str("approved"),
            QualificationStatus::Denied { reason } => write!(f, "denied ({reason})"),
        }
    }
}
