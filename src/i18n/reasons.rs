//! Each reason the rules engine gives, as one plain sentence in the reader's language, with
//! its facts (countries, offers, numbers, dates) in place. The engine returns the reasons as
//! data; this is the only place they become words.

use std::fmt;

use super::format::{country_in_sentence, date, instant, money};
use super::labels::{customer_kind, denial_reason, one_of, plan, seats, segment_offers, Label};
use super::{keys, text_with, Args, Key, Language};
use crate::domain::customer::QualificationStatus;
use crate::domain::orders::{CancelError, LineProblem, WindowOpening};
use crate::domain::region::CspRegion;
use crate::domain::rules::Reason;

/// Several reasons, one sentence after the other.
pub fn sentences(language: Language, reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(|r| sentence(language, r))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why a cart line can't be bought.
pub fn line_problem(language: Language, problem: &LineProblem) -> String {
    match problem {
        LineProblem::NotInCatalog => super::text(language, keys::PROBLEM_NOT_IN_CATALOG),
        LineProblem::PlanNotOffered => super::text(language, keys::PROBLEM_PLAN_NOT_OFFERED),
        LineProblem::EndOutsideTerm { ends, full_term_ends } => text_with(
            language,
            keys::PROBLEM_END_OUTSIDE_TERM,
            &Args::new()
                .text("ends", date(language, *ends))
                .text("full", date(language, *full_term_ends)),
        ),
        LineProblem::Rule(reason) => sentence(language, reason),
    }
}

/// Why an order line can't be cancelled.
pub fn cancel_error(language: Language, error: &CancelError) -> String {
    let (key, args) = match error {
        CancelError::NoSuchLine(line) => (
            keys::CANCEL_NO_SUCH_LINE,
            Args::new().number("line", i64::from(line.shown())),
        ),
        CancelError::AlreadyCancelled(at) => (keys::CANCEL_ALREADY, Args::new().text("day", date(language, at.date()))),
        CancelError::NotYetBought(at) => (
            keys::CANCEL_NOT_YET_BOUGHT,
            Args::new().text("at", instant(language, *at)),
        ),
        CancelError::WindowClosed {
            hours,
            closed,
            opened_by,
        } => (
            keys::CANCEL_WINDOW_CLOSED,
            Args::new()
                .number("hours", *hours)
                .text(
                    "opened",
                    match opened_by {
                        WindowOpening::Purchase => "purchase",
                        WindowOpening::Renewal => "renewal",
                        WindowOpening::UpgradedFrom => "upgraded-from",
                    },
                )
                .text("closed", instant(language, *closed)),
        ),
        CancelError::TrialEnded(at) => (keys::CANCEL_TRIAL_ENDED, Args::new().text("at", instant(language, *at))),
        CancelError::TermEnded(at) => (keys::CANCEL_TERM_ENDED, Args::new().text("at", instant(language, *at))),
        CancelError::UsageBilled => (keys::CANCEL_USAGE_BILLED, Args::new()),
        CancelError::ReservationLimit {
            refund,
            left,
            limit,
            currency,
        } => (
            keys::CANCEL_RESERVATION_LIMIT,
            Args::new()
                .text("refund", money(language, *refund, *currency))
                .text("left", money(language, *left, *currency))
                .text("limit", money(language, *limit, *currency)),
        ),
    };
    text_with(language, key, &args)
}

impl fmt::Display for LineProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&line_problem(Language::English, self))
    }
}

impl fmt::Display for CancelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&cancel_error(Language::English, self))
    }
}

/// The reason's sentence.
pub fn sentence(language: Language, reason: &Reason) -> String {
    let (key, args) = message(language, reason);
    text_with(language, key, &args)
}

/// The message and its facts, written for the language.
fn message(language: Language, reason: &Reason) -> (Key, Args<'static>) {
    let n = |count: i64| seats(language, count);
    let day = |d| date(language, d);
    let args = Args::new();
    match reason {
        Reason::BoughtInAzurePortal => (keys::REASON_BOUGHT_IN_AZURE_PORTAL, args),
        Reason::BoughtInGovernmentPartnerCenter => (keys::REASON_BOUGHT_IN_GOVERNMENT_PARTNER_CENTER, args),
        Reason::AgreementNotAccepted { accepted_on: None } => (keys::REASON_AGREEMENT_NOT_ACCEPTED, args),
        Reason::AgreementNotAccepted { accepted_on: Some(on) } => {
            (keys::REASON_AGREEMENT_ACCEPTED_LATER, args.text("day", day(*on)))
        }
        Reason::SegmentNotAllowed { segment, qualification } => (
            keys::REASON_SEGMENT_NOT_ALLOWED,
            args.text("offers", segment_offers(language, *segment))
                .text("customer", customer_kind(language, *qualification)),
        ),
        Reason::QualificationNotApproved {
            qualification,
            status,
            segment,
        } => {
            let args = args
                .text("offers", segment_offers(language, *segment))
                .text("qualification", qualification.label(language));
            match status {
                QualificationStatus::InReview { since } => {
                    (keys::REASON_QUALIFICATION_IN_REVIEW, args.text("since", day(*since)))
                }
                QualificationStatus::Denied { reason } => {
                    let why = denial_reason(language, *qualification, reason);
                    (keys::REASON_QUALIFICATION_DENIED, args.text("why", why))
                }
                QualificationStatus::Approved => (keys::REASON_QUALIFICATION_APPROVED, args),
            }
        }
        Reason::LockedToGovernment { subscription } => (
            keys::REASON_LOCKED_TO_GOVERNMENT,
            args.text("subscription", subscription.clone()),
        ),
        Reason::PartnerNotQualified {
            needs,
            segment,
            category,
        } => (
            keys::REASON_PARTNER_NOT_QUALIFIED,
            args.text("category", category.label(language))
                .text("segment", segment.label(language))
                .text("needs", needs.label(language)),
        ),
        Reason::OrderedByIndirectProvider {
            provider: Some(provider),
        } => (
            keys::REASON_INDIRECT_PROVIDER_NAMED,
            args.text("provider", provider.clone()),
        ),
        Reason::OrderedByIndirectProvider { provider: None } => (keys::REASON_INDIRECT_PROVIDER_NONE, args),
        Reason::OutsideRegion {
            partner_country,
            customer_country,
        } => {
            let (partner_kind, partner_region) = match CspRegion::of(*partner_country) {
                Some(region) if region.is_single_country() => ("own", region.label(language)),
                Some(region) => ("named", region.label(language)),
                None => ("none", String::new()),
            };
            let (customer_kind, customer_region) = match CspRegion::of(*customer_country) {
                Some(region) => ("named", region.label(language)),
                None => ("none", String::new()),
            };
            (
                keys::REASON_OUTSIDE_REGION,
                args.text("partner_country", country_in_sentence(language, *partner_country))
                    .text("partner_region_kind", partner_kind)
                    .text("partner_region", partner_region)
                    .text("customer_country", country_in_sentence(language, *customer_country))
                    .text("customer_region_kind", customer_kind)
                    .text("customer_region", customer_region),
            )
        }
        Reason::AddOnWithoutBase { bases } => (
            keys::REASON_ADD_ON_WITHOUT_BASE,
            args.text("bases", one_of(language, bases)),
        ),
        Reason::ReservationWithoutAzurePlan => (keys::REASON_RESERVATION_WITHOUT_AZURE_PLAN, args),
        Reason::TermOnlyLonger { current } => (
            keys::REASON_TERM_ONLY_LONGER,
            args.text("term", crate::i18n::labels::Label::label(current, language)),
        ),
        Reason::TrialOfOwnedProduct { owned } => {
            (keys::REASON_TRIAL_OF_OWNED_PRODUCT, args.text("owned", owned.clone()))
        }
        Reason::SeatsNotReducible { kind } => (
            match kind {
                crate::domain::rules::NotReducible::Software => keys::REASON_SOFTWARE_NOT_REDUCIBLE,
                crate::domain::rules::NotReducible::Reservation => keys::REASON_RESERVATION_NOT_REDUCIBLE,
            },
            args,
        ),
        Reason::TeamsSuiteForExistingCustomers { since } => (
            keys::REASON_TEAMS_SUITE_FOR_EXISTING_CUSTOMERS,
            args.text("since", day(*since)),
        ),
        Reason::NotInPartnerCountry { country } => (
            keys::REASON_NOT_IN_PARTNER_COUNTRY,
            args.text("country", country_in_sentence(language, *country)),
        ),
        Reason::NotInCustomerCountry { country } => (
            keys::REASON_NOT_IN_CUSTOMER_COUNTRY,
            args.text("country", country_in_sentence(language, *country)),
        ),
        Reason::NotYetInPriceList { starts } => (keys::REASON_NOT_YET_IN_PRICE_LIST, args.text("starts", day(*starts))),
        Reason::NoLongerInPriceList { ended } => {
            (keys::REASON_NO_LONGER_IN_PRICE_LIST, args.text("ended", day(*ended)))
        }
        Reason::TrialAlreadyUsed { started_on } => {
            (keys::REASON_TRIAL_ALREADY_USED, args.text("started", day(*started_on)))
        }
        Reason::QuantityMissing => (keys::REASON_QUANTITY_MISSING, args),
        Reason::QuantityNotWholeNumber { input } => (
            keys::REASON_QUANTITY_NOT_WHOLE_NUMBER,
            args.text("input", input.clone()),
        ),
        Reason::QuantityBelowMinimum { requested, minimum } => (
            keys::REASON_QUANTITY_BELOW_MINIMUM,
            args.text("requested", n(*requested))
                .text("minimum", n((*minimum).into())),
        ),
        Reason::QuantityAboveMaximum { requested, maximum } => (
            keys::REASON_QUANTITY_ABOVE_MAXIMUM,
            args.text("requested", n(*requested))
                .text("maximum", n((*maximum).into())),
        ),
        Reason::ExceedsPooledLimit {
            requested,
            remaining,
            limit,
        } => (
            keys::REASON_EXCEEDS_POOLED_LIMIT,
            args.text("requested", n(*requested))
                .text("remaining", n((*remaining).into()))
                .text("limit", n((*limit).into())),
        ),
        Reason::TrialSeatsFixed {
            requested,
            seats: fixed,
        } => (
            keys::REASON_TRIAL_SEATS_FIXED,
            args.text("seats", n((*fixed).into())).number("requested", *requested),
        ),
        Reason::ExceedsCustomerLimit {
            requested,
            remaining,
            limit,
        } => (
            keys::REASON_EXCEEDS_CUSTOMER_LIMIT,
            args.text("requested", n(*requested))
                .text("remaining", n((*remaining).into()))
                .text("limit", n((*limit).into())),
        ),
        Reason::LineAboveMaximum {
            requested,
            in_cart,
            maximum,
        } => (
            keys::REASON_LINE_ABOVE_MAXIMUM,
            args.text("in_cart", n((*in_cart).into()))
                .text("requested", n(*requested))
                .text("total", n(i64::from(*in_cart) + requested))
                .text("maximum", n((*maximum).into())),
        ),
        Reason::TrialAlreadyInCart { seats: fixed } => (
            keys::REASON_TRIAL_ALREADY_IN_CART,
            args.text("seats", n((*fixed).into())),
        ),
        Reason::SubscriptionNotActive { status } => (
            keys::REASON_SUBSCRIPTION_NOT_ACTIVE,
            args.text("status", status.label(language).to_lowercase()),
        ),
        Reason::UsageBilledHasNoSeats => (keys::REASON_USAGE_BILLED_HAS_NO_SEATS, args),
        Reason::TrialSeatsCannotChange { seats: fixed } => (
            keys::REASON_TRIAL_SEATS_CANNOT_CHANGE,
            args.text("seats", n((*fixed).into())),
        ),
        Reason::SubscriptionAboveMaximum {
            requested,
            owned,
            maximum,
        } => (
            keys::REASON_SUBSCRIPTION_ABOVE_MAXIMUM,
            args.text("owned", n((*owned).into()))
                .text("requested", n(*requested))
                .text("total", n(i64::from(*owned) + requested))
                .text("maximum", n((*maximum).into())),
        ),
        Reason::SubscriptionBelowMinimum {
            requested,
            owned,
            minimum,
        } => (
            keys::REASON_SUBSCRIPTION_BELOW_MINIMUM,
            args.text("owned", n((*owned).into()))
                .text("requested", n(*requested))
                .text("minimum", n((*minimum).into())),
        ),
        Reason::ReductionWindowClosed { closed, term_ends } => (
            keys::REASON_REDUCTION_WINDOW_CLOSED,
            args.text("closed", instant(language, *closed))
                .text("term_ends", day(*term_ends)),
        ),
        Reason::PlanNotOffered { plan: p } => (keys::REASON_PLAN_NOT_OFFERED, args.text("plan", plan(language, *p))),
        Reason::UpgradeNotAllowed { from, to, allowed } if allowed.is_empty() => (
            keys::REASON_UPGRADE_NO_PATH,
            args.text("from", from.clone()).text("to", to.clone()),
        ),
        Reason::UpgradeNotAllowed { from, to, allowed } => (
            keys::REASON_UPGRADE_NOT_ALLOWED,
            args.text("from", from.clone())
                .text("to", to.clone())
                .text("allowed", one_of(language, allowed)),
        ),
        Reason::UpgradeMoreThanOwned { requested, owned } => (
            keys::REASON_UPGRADE_MORE_THAN_OWNED,
            args.text("owned", n((*owned).into())).text("requested", n(*requested)),
        ),
        Reason::OnlyRecentSeatsRemovable {
            requested,
            removable,
            until,
        } => (
            keys::REASON_ONLY_RECENT_SEATS_REMOVABLE,
            args.text("removable", n((*removable).into()))
                .text("until", instant(language, *until))
                .number("requested", *requested),
        ),
    }
}

/// A reason reads as its English sentence wherever the language isn't known (logs, errors
/// joined into one message, tests).
impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&sentence(Language::English, self))
    }
}
