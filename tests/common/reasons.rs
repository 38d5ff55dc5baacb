//! Every reason the engine can give, over every value of its enums and every form of its
//! counts: for the tests that read all of them (wording, one sentence each, a rule each).

use std::sync::Arc;

use csp_catalog::domain::catalog::{ProductCategory, Segment};
use csp_catalog::domain::country::{country, CountryCode};
use csp_catalog::domain::customer::{Qualification, QualificationStatus};
use csp_catalog::domain::partner::ResellerQualification;
use csp_catalog::domain::rules::Reason;
use csp_catalog::domain::subscription::SubscriptionStatus;
use csp_catalog::domain::term::{BillingFrequency, Plan, TermDuration};
use time::macros::{date, datetime};

/// Counts that pick every form of a noun: none, one, a few, thousands.
pub const COUNTS: [u32; 5] = [0, 1, 2, 25, 1_000];

/// The name of each reason, with no wildcard: a new reason fails to compile here until it
/// is rendered below.
pub fn variant(reason: &Reason) -> &'static str {
    match reason {
        Reason::BoughtInAzurePortal => "BoughtInAzurePortal",
        Reason::BoughtInGovernmentPartnerCenter => "BoughtInGovernmentPartnerCenter",
        Reason::AgreementNotAccepted { .. } => "AgreementNotAccepted",
        Reason::SegmentNotAllowed { .. } => "SegmentNotAllowed",
        Reason::QualificationNotApproved { .. } => "QualificationNotApproved",
        Reason::LockedToGovernment { .. } => "LockedToGovernment",
        Reason::PartnerNotQualified { .. } => "PartnerNotQualified",
        Reason::OrderedByIndirectProvider { .. } => "OrderedByIndirectProvider",
        Reason::OutsideRegion { .. } => "OutsideRegion",
        Reason::AddOnWithoutBase { .. } => "AddOnWithoutBase",
        Reason::TeamsSuiteForExistingCustomers { .. } => "TeamsSuiteForExistingCustomers",
        Reason::SeatsNotReducible { .. } => "SeatsNotReducible",
        Reason::TrialOfOwnedProduct { .. } => "TrialOfOwnedProduct",
        Reason::ReservationWithoutAzurePlan => "ReservationWithoutAzurePlan",
        Reason::TermOnlyLonger { .. } => "TermOnlyLonger",
        Reason::NotInPartnerCountry { .. } => "NotInPartnerCountry",
        Reason::NotInCustomerCountry { .. } => "NotInCustomerCountry",
        Reason::NotYetInPriceList { .. } => "NotYetInPriceList",
        Reason::NoLongerInPriceList { .. } => "NoLongerInPriceList",
        Reason::TrialAlreadyUsed { .. } => "TrialAlreadyUsed",
        Reason::QuantityMissing => "QuantityMissing",
        Reason::QuantityNotWholeNumber { .. } => "QuantityNotWholeNumber",
        Reason::QuantityBelowMinimum { .. } => "QuantityBelowMinimum",
        Reason::QuantityAboveMaximum { .. } => "QuantityAboveMaximum",
        Reason::ExceedsPooledLimit { .. } => "ExceedsPooledLimit",
        Reason::TrialSeatsFixed { .. } => "TrialSeatsFixed",
        Reason::ExceedsCustomerLimit { .. } => "ExceedsCustomerLimit",
        Reason::LineAboveMaximum { .. } => "LineAboveMaximum",
        Reason::TrialAlreadyInCart { .. } => "TrialAlreadyInCart",
        Reason::SubscriptionNotActive { .. } => "SubscriptionNotActive",
        Reason::UsageBilledHasNoSeats => "UsageBilledHasNoSeats",
        Reason::TrialSeatsCannotChange { .. } => "TrialSeatsCannotChange",
        Reason::SubscriptionAboveMaximum { .. } => "SubscriptionAboveMaximum",
        Reason::SubscriptionBelowMinimum { .. } => "SubscriptionBelowMinimum",
        Reason::ReductionWindowClosed { .. } => "ReductionWindowClosed",
        Reason::UpgradeNotAllowed { .. } => "UpgradeNotAllowed",
        Reason::UpgradeMoreThanOwned { .. } => "UpgradeMoreThanOwned",
        Reason::PlanNotOffered { .. } => "PlanNotOffered",
        Reason::OnlyRecentSeatsRemovable { .. } => "OnlyRecentSeatsRemovable",
    }
}

fn names(count: usize) -> Vec<String> {
    ["Microsoft 365 E3", "Office 365 E3", "Microsoft 365 E5"]
        .iter()
        .take(count)
        .map(|s| s.to_string())
        .collect()
}

/// Every reason, over every value of its enums and every form of its counts.
pub fn every_reason() -> Vec<Reason> {
    let mut all = vec![
        Reason::BoughtInAzurePortal,
        Reason::BoughtInGovernmentPartnerCenter,
        Reason::ReservationWithoutAzurePlan,
        Reason::TermOnlyLonger {
            current: csp_catalog::domain::term::TermDuration::OneYear,
        },
        Reason::AgreementNotAccepted { accepted_on: None },
        Reason::AgreementNotAccepted {
            accepted_on: Some(date!(2026 - 12 - 01)),
        },
        Reason::LockedToGovernment {
            subscription: "Office 365 G3 GCC".into(),
        },
        Reason::OrderedByIndirectProvider { provider: None },
        Reason::OrderedByIndirectProvider {
            provider: Some("Adatum Distribution".into()),
        },
        Reason::NotYetInPriceList {
            starts: date!(2027 - 01 - 01),
        },
        Reason::NoLongerInPriceList {
            ended: date!(2026 - 06 - 30),
        },
        Reason::TrialAlreadyUsed {
            started_on: date!(2026 - 05 - 04),
        },
        Reason::TeamsSuiteForExistingCustomers {
            since: date!(2024 - 04 - 01),
        },
        Reason::SeatsNotReducible {
            kind: csp_catalog::domain::rules::NotReducible::Software,
        },
        Reason::TrialOfOwnedProduct {
            owned: "Microsoft 365 Business Standard".into(),
        },
        Reason::SeatsNotReducible {
            kind: csp_catalog::domain::rules::NotReducible::Reservation,
        },
        Reason::QuantityMissing,
        Reason::QuantityNotWholeNumber { input: "2.5".into() },
        Reason::UsageBilledHasNoSeats,
        Reason::ReductionWindowClosed {
            closed: datetime!(2026-02-17 00:00 UTC),
            term_ends: date!(2027 - 02 - 09),
        },
    ];
    for segment in Segment::ALL {
        for qualification in Qualification::ALL {
            all.push(Reason::SegmentNotAllowed { segment, qualification });
            // The engine names a qualification's status only for a qualification applied for.
            if qualification == Qualification::None {
                continue;
            }
            for status in [
                QualificationStatus::Approved,
                QualificationStatus::InReview {
                    since: date!(2026 - 11 - 02),
                },
                QualificationStatus::Denied {
                    reason: qualification.denial_example().to_string(),
                },
            ] {
                all.push(Reason::QualificationNotApproved {
                    qualification,
                    status,
                    segment,
                });
            }
        }
        for category in ProductCategory::ALL {
            for needs in ResellerQualification::ALL {
                all.push(Reason::PartnerNotQualified {
                    needs,
                    segment,
                    category,
                });
            }
        }
    }
    let places: Vec<CountryCode> = ["US", "SK", "CA", "DE", "GB", "NL", "AE", "AQ"].map(country).to_vec();
    for &partner_country in &places {
        all.push(Reason::NotInPartnerCountry {
            country: partner_country,
        });
        all.push(Reason::NotInCustomerCountry {
            country: partner_country,
        });
        for &customer_country in &places {
            all.push(Reason::OutsideRegion {
                partner_country,
                customer_country,
            });
        }
    }
    for n in 1..=3 {
        all.push(Reason::AddOnWithoutBase {
            bases: Arc::from(names(n)),
        });
    }
    for n in 0..=3 {
        all.push(Reason::UpgradeNotAllowed {
            from: "Microsoft 365 F3".into(),
            to: "Office 365 E5".into(),
            allowed: names(n),
        });
    }
    for status in [
        SubscriptionStatus::Active,
        SubscriptionStatus::Expired,
        SubscriptionStatus::Cancelled,
        SubscriptionStatus::Upgraded,
        SubscriptionStatus::Converted,
    ] {
        all.push(Reason::SubscriptionNotActive { status });
    }
    for term in TermDuration::ALL {
        for billing_frequency in [
            BillingFrequency::Monthly,
            BillingFrequency::Annual,
            BillingFrequency::Triennial,
            BillingFrequency::None,
        ] {
            all.push(Reason::PlanNotOffered {
                plan: Plan {
                    term,
                    billing_frequency,
                },
            });
        }
    }
    for a in COUNTS {
        for b in COUNTS {
            let requested = i64::from(a);
            all.extend([
                Reason::QuantityBelowMinimum { requested, minimum: b },
                Reason::QuantityAboveMaximum { requested, maximum: b },
                Reason::ExceedsPooledLimit {
                    requested,
                    remaining: b,
                    limit: 300,
                },
                Reason::TrialSeatsFixed { requested, seats: b },
                Reason::ExceedsCustomerLimit {
                    requested,
                    remaining: b,
                    limit: b.max(1),
                },
                Reason::LineAboveMaximum {
                    requested,
                    in_cart: b,
                    maximum: b,
                },
                Reason::SubscriptionAboveMaximum {
                    requested,
                    owned: b,
                    maximum: b,
                },
                Reason::SubscriptionBelowMinimum {
                    requested,
                    owned: b,
                    minimum: b,
                },
                Reason::UpgradeMoreThanOwned { requested, owned: b },
                Reason::OnlyRecentSeatsRemovable {
                    requested,
                    removable: b,
                    until: datetime!(2026-12-01 10:00 UTC),
                },
            ]);
        }
        all.push(Reason::TrialAlreadyInCart { seats: a });
        all.push(Reason::TrialSeatsCannotChange { seats: a });
        all.push(Reason::QuantityBelowMinimum {
            requested: -i64::from(a),
            minimum: 1,
        });
    }
    all
}
