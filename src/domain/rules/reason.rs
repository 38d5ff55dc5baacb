//! Why an offer cannot be sold, as data. Each reason turns into one plain sentence here and
//! nowhere else.

use std::fmt;

use time::{Date, OffsetDateTime};

use super::book::Rule;
use crate::domain::catalog::{ProductCategory, Segment};
use crate::domain::country::CountryCode;
use crate::domain::customer::{Qualification, QualificationStatus};
use crate::domain::dates::long;
use crate::domain::orders::instant;
use crate::domain::partner::ResellerQualification;
use crate::domain::region::CspRegion;
use crate::domain::subscription::SubscriptionStatus;
use crate::domain::term::Plan;
use crate::domain::words::{seats, with_article};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    BoughtInAzurePortal,
    AgreementNotAccepted {
        accepted_on: Option<Date>,
    },
    SegmentNotAllowed {
        segment: Segment,
        qualification: Qualification,
    },
    QualificationNotApproved {
        qualification: Qualification,
        status: QualificationStatus,
        segment: Segment,
    },
    LockedToGovernment {
        subscription: String,
    },
    PartnerNotQualified {
        needs: ResellerQualification,
        segment: Segment,
        category: ProductCategory,
    },
    /// Indirect resellers don't order in Partner Center: their indirect provider does.
    OrderedByIndirectProvider {
        provider: Option<String>,
    },
    /// Regional authorization: the partner has no tenant in the customer's region.
    OutsideRegion {
        partner_country: CountryCode,
        customer_country: CountryCode,
    },
    AddOnWithoutBase {
        /// Shared with the catalog: blocked add-ons don't copy their bases' titles.
        bases: std::sync::Arc<[String]>,
    },
    NotInPartnerCountry {
        country: CountryCode,
    },
    NotInCustomerCountry {
        country: CountryCode,
    },
    NotYetInPriceList {
        starts: Date,
    },
    NoLongerInPriceList {
        ended: Date,
    },
    TrialAlreadyUsed {
        started_on: Date,
    },
    QuantityMissing,
    QuantityNotWholeNumber {
        input: String,
    },
    QuantityBelowMinimum {
        requested: i64,
        minimum: u32,
    },
    QuantityAboveMaximum {
        requested: i64,
        maximum: u32,
    },
    ExceedsPooledLimit {
        requested: i64,
        remaining: u32,
        limit: u32,
    },
    TrialSeatsFixed {
        requested: i64,
        seats: u32,
    },
    /// The SKU allows only so many seats per customer, owned and in the cart together.
    ExceedsCustomerLimit {
        requested: i64,
        remaining: u32,
        limit: u32,
    },
    /// Adding to a line already in the cart would take it past the maximum.
    LineAboveMaximum {
        requested: i64,
        in_cart: u32,
        maximum: u32,
    },
    /// The trial is already in the cart, with its fixed seats.
    TrialAlreadyInCart {
        seats: u32,
    },
    /// Seat changes on an owned subscription.
    SubscriptionNotActive {
        status: SubscriptionStatus,
    },
    UsageBilledHasNoSeats,
    TrialSeatsCannotChange {
        seats: u32,
    },
    SubscriptionAboveMaximum {
        requested: i64,
        owned: u32,
        maximum: u32,
    },
    SubscriptionBelowMinimum {
        requested: i64,
        owned: u32,
        minimum: u32,
    },
    /// The 168 hours after the purchase or renewal are over, and no seats were added since.
    ReductionWindowClosed {
        closed: OffsetDateTime,
        term_ends: Date,
    },
    /// The target is not on the subscription's upgrade paths.
    UpgradeNotAllowed {
        from: String,
        to: String,
        allowed: Vec<String>,
    },
    /// More seats to move than the subscription has.
    UpgradeMoreThanOwned {
        requested: i64,
        owned: u32,
    },
    /// A renewal on a term and billing frequency the offer is not sold on.
    PlanNotOffered {
        plan: Plan,
    },
    /// Only the seats added in the last 168 hours can still be removed.
    OnlyRecentSeatsRemovable {
        requested: i64,
        removable: u32,
        until: OffsetDateTime,
    },
}

impl Reason {
    /// The rule this reason comes from.
    pub fn rule(&self) -> Rule {
        match self {
            Reason::BoughtInAzurePortal => Rule::PurchaseChannel,
            Reason::AgreementNotAccepted { .. } => Rule::CustomerAgreement,
            Reason::SegmentNotAllowed { .. } => Rule::SegmentPurchaseRules,
            Reason::QualificationNotApproved { .. } => Rule::QualificationApproved,
            Reason::LockedToGovernment { .. } => Rule::GovernmentLock,
            Reason::PartnerNotQualified { .. } => Rule::ResellerQualification,
            Reason::OrderedByIndirectProvider { .. } => Rule::IndirectReseller,
            Reason::OutsideRegion { .. } => Rule::RegionalAuthorization,
            Reason::AddOnWithoutBase { .. } => Rule::AddOnBase,
            Reason::NotInPartnerCountry { .. } => Rule::PartnerCountry,
            Reason::NotInCustomerCountry { .. } => Rule::CustomerCountry,
            Reason::NotYetInPriceList { .. } | Reason::NoLongerInPriceList { .. } => Rule::PriceList,
            Reason::TrialAlreadyUsed { .. } => Rule::OneTrialPerOffer,
            Reason::QuantityMissing
            | Reason::QuantityNotWholeNumber { .. }
            | Reason::QuantityBelowMinimum { .. }
            | Reason::QuantityAboveMaximum { .. }
            | Reason::ExceedsPooledLimit { .. }
            | Reason::TrialSeatsFixed { .. }
            | Reason::ExceedsCustomerLimit { .. }
            | Reason::LineAboveMaximum { .. }
            | Reason::TrialAlreadyInCart { .. } => Rule::Quantity,
            Reason::SubscriptionNotActive { .. }
            | Reason::UsageBilledHasNoSeats
            | Reason::TrialSeatsCannotChange { .. }
            | Reason::SubscriptionAboveMaximum { .. }
            | Reason::SubscriptionBelowMinimum { .. }
            | Reason::ReductionWindowClosed { .. }
            | Reason::OnlyRecentSeatsRemovable { .. }
            | Reason::PlanNotOffered { .. } => Rule::SeatChanges,
            Reason::UpgradeNotAllowed { .. } | Reason::UpgradeMoreThanOwned { .. } => Rule::Upgrades,
        }
    }
}

fn segment_offers(segment: Segment) -> &'static str {
    match segment {
        Segment::Commercial => "Commercial offers",
        Segment::Education => "Education offers",
        Segment::Nonprofit => "Nonprofit offers",
        Segment::Government => "Government Community Cloud offers",
    }
}

fn customer_kind(qualification: Qualification) -> String {
    match qualification {
        Qualification::None => "a commercial customer (no approved special qualification)".to_string(),
        other => with_article(&format!("{other} customer")),
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::BoughtInAzurePortal => {
                f.write_str("Bought in the Azure portal, not here: listed for information only.")
            }
            Reason::AgreementNotAccepted { accepted_on: None } => {
                f.write_str("The customer has not accepted the Microsoft Customer Agreement.")
            }
            Reason::AgreementNotAccepted { accepted_on: Some(day) } => write!(
                f,
                "The customer accepts the Microsoft Customer Agreement only on {}.",
                long(*day)
            ),
            Reason::SegmentNotAllowed { segment, qualification } => write!(
                f,
                "{} can't be sold to {}.",
                segment_offers(*segment),
                customer_kind(*qualification)
            ),
            Reason::QualificationNotApproved { qualification, status, segment } => {
                write!(
                    f,
                    "{} need an approved {qualification} qualification; ",
                    segment_offers(*segment)
                )?;
                match status {
                    QualificationStatus::InReview { since } => {
                        write!(f, "this customer's application has been in review since {}.", long(*since))
                    }
                    QualificationStatus::Denied { reason } => {
                        write!(f, "this customer's application was denied ({reason}).")
                    }
                    QualificationStatus::Approved => f.write_str("this customer's application is approved."),
                }
            }
            Reason::LockedToGovernment { subscription } => write!(
                f,
                "The customer owns a Government Community Cloud subscription ({subscription}), so only Government Community Cloud offers can be bought for it."
            ),
            Reason::PartnerNotQualified { needs, segment, category } => write!(
                f,
                "Selling {category} to {segment} customers needs the partner's {needs}, which the partner doesn't have."
            ),
            Reason::OrderedByIndirectProvider { provider: Some(provider) } => write!(
                f,
                "Indirect resellers don't place orders in Partner Center: {provider}, the partner's indirect provider, places them for its customers."
            ),
            Reason::OrderedByIndirectProvider { provider: None } => f.write_str(
                "Indirect resellers don't place orders in Partner Center: their indirect provider places them, and the partner profile names none.",
            ),
            Reason::OutsideRegion {
                partner_country,
                customer_country,
            } => {
                let sells_to = match CspRegion::of(*partner_country) {
                    Some(region) if region.is_single_country() => {
                        format!("customers in {}, a CSP region of its own", partner_country.name_in_sentence())
                    }
                    Some(region) => format!("customers in the {region} region"),
                    None => "no customer: it is in no CSP region".to_string(),
                };
                let customer_side = match CspRegion::of(*customer_country) {
                    Some(region) => format!(
                        "{} is in the {region} region, where the partner has no tenant",
                        customer_country.name_in_sentence()
                    ),
                    None => format!("{} is in no CSP region", customer_country.name_in_sentence()),
                };
                write!(
                    f,
                    "The partner's tenant in {} may sell only to {}; {}.",
                    partner_country.name_in_sentence(),
                    sells_to,
                    customer_side
                )
            }
            Reason::AddOnWithoutBase { bases } => write!(
                f,
                "This add-on needs a base subscription the customer doesn't own: {}.",
                one_of(bases)
            ),
            Reason::NotInPartnerCountry { country } => {
                write!(f, "Not available in {}, the partner's tenant country.", country.name_in_sentence())
            }
            Reason::NotInCustomerCountry { country } => {
                write!(f, "Not available in {}, the customer's tenant country.", country.name_in_sentence())
            }
            Reason::NotYetInPriceList { starts } => {
                write!(f, "Not in the price list yet: it can be bought from {}.", long(*starts))
            }
            Reason::NoLongerInPriceList { ended } => {
                write!(f, "No longer in the price list: its last day was {}.", long(*ended))
            }
            Reason::TrialAlreadyUsed { started_on } => write!(
                f,
                "The customer already had this trial (started {}); there is one trial per offer.",
                long(*started_on)
            ),
            Reason::QuantityMissing => f.write_str("Enter a quantity."),
            Reason::QuantityNotWholeNumber { input } => {
                write!(f, "The quantity must be a whole number; \"{input}\" is not.")
            }
            Reason::QuantityBelowMinimum { requested, minimum } => write!(
                f,
                "The requested number of {} is below the minimum of {}.",
                seats(*requested),
                seats(*minimum)
            ),
            Reason::QuantityAboveMaximum { requested, maximum } => write!(
                f,
                "The requested number of {} exceeds the maximum of {}.",
                seats(*requested),
                seats(*maximum)
            ),
            Reason::ExceedsPooledLimit { requested, remaining, limit } => write!(
                f,
                "The requested number of {} exceeds the remaining limit of {} (small-business SKUs share {} per customer).",
                seats(*requested),
                seats(*remaining),
                seats(*limit)
            ),
            Reason::TrialSeatsFixed { requested, seats: fixed } => write!(
                f,
                "A trial is for exactly {}, not {}.",
                seats(*fixed),
                requested
            ),
            Reason::ExceedsCustomerLimit { requested, remaining, limit } => write!(
                f,
                "The requested number of {} exceeds the remaining limit of {} (at most {} per customer, counting what it owns and what is in the cart).",
                seats(*requested),
                seats(*remaining),
                seats(*limit)
            ),
            Reason::LineAboveMaximum { requested, in_cart, maximum } => write!(
                f,
                "The cart already holds {} of this offer on this term; adding {} would make {}, above the maximum of {}.",
                seats(*in_cart),
                seats(*requested),
                seats(i64::from(*in_cart) + requested),
                seats(*maximum)
            ),
            Reason::TrialAlreadyInCart { seats: fixed } => write!(
                f,
                "This trial is already in the cart, for its fixed {}; there is one trial per offer.",
                seats(*fixed)
            ),
            Reason::SubscriptionNotActive { status } => {
                write!(f, "This subscription is {}: its seats can't change.", status.to_string().to_lowercase())
            }
            Reason::UsageBilledHasNoSeats => {
                f.write_str("This subscription is billed for what is used: it has no seats to change.")
            }
            Reason::TrialSeatsCannotChange { seats: fixed } => write!(
                f,
                "A trial is for exactly {}: convert it to a paid subscription to change them.",
                seats(*fixed)
            ),
            Reason::SubscriptionAboveMaximum { requested, owned, maximum } => write!(
                f,
                "The subscription has {}; adding {} would make {}, above the maximum of {}.",
                seats(*owned),
                seats(*requested),
                seats(i64::from(*owned) + requested),
                seats(*maximum)
            ),
            Reason::SubscriptionBelowMinimum { requested, owned, minimum } => write!(
                f,
                "The subscription has {}; removing {} would leave fewer than its minimum of {}: to stop it, turn off auto-renew or cancel its order line.",
                seats(*owned),
                seats(*requested),
                seats(*minimum)
            ),
            Reason::ReductionWindowClosed { closed, term_ends } => write!(
                f,
                "Seats can be removed only within 168 hours of the purchase, a renewal or their addition; this term's window closed on {}, so its seats are committed until the term ends on {}.",
                instant(*closed),
                long(*term_ends)
            ),
            Reason::PlanNotOffered { plan } => write!(f, "This offer is not sold on a term of {plan}."),
            Reason::UpgradeNotAllowed { from, to, allowed } if allowed.is_empty() => {
                write!(f, "{from} can't be upgraded to {to}: it has no upgrade path.")
            }
            Reason::UpgradeNotAllowed { from, to, allowed } => write!(
                f,
                "{from} can't be upgraded to {to}: it can be upgraded only to {}.",
                one_of(allowed)
            ),
            Reason::UpgradeMoreThanOwned { requested, owned } => write!(
                f,
                "The subscription has {}; {} can't be moved.",
                seats(*owned),
                seats(*requested)
            ),
            Reason::OnlyRecentSeatsRemovable { requested, removable, until } => write!(
                f,
                "Only the {} added in the last 168 hours can be removed now (until {}), not {}.",
                seats(*removable),
                instant(*until),
                requested
            ),
        }
    }
}

/// "A", "A or B", "A, B or C"
fn one_of(items: &[String]) -> String {
    match items {
        [] => String::from("(none listed)"),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_alternatives() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(one_of(&names(&["A"])), "A");
        assert_eq!(one_of(&names(&["A", "B"])), "A or B");
        assert_eq!(one_of(&names(&["A", "B", "C"])), "A, B or C");
    }
}
