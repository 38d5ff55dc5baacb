//! The domain's names in each language: segments, qualifications, categories, terms and
//! billing, subscription statuses, CSP regions. Each enum value has one message in the
//! translation files.

use super::{keys, text, text_with, Args, Key, Language};
use crate::domain::catalog::{BillingType, BusinessCategory, ProductCategory, PublisherType, Segment};
use crate::domain::customer::{Qualification, QualificationChange};
use crate::domain::orders::OrderStatus;
use crate::domain::partner::{PartnerType, ResellerQualification};
use crate::domain::region::CspRegion;
use crate::domain::rules::Rule;
use crate::domain::subscription::SubscriptionStatus;
use crate::domain::term::{BillingFrequency, Plan, TermDuration};

/// A value with a name in every language.
pub trait Label {
    fn key(&self) -> Key;

    fn label(&self, language: Language) -> String {
        text(language, self.key())
    }
}

impl Label for Segment {
    fn key(&self) -> Key {
        match self {
            Segment::Commercial => keys::SEGMENT_COMMERCIAL,
            Segment::Education => keys::SEGMENT_EDUCATION,
            Segment::Nonprofit => keys::SEGMENT_NONPROFIT,
            Segment::Government => keys::SEGMENT_GOVERNMENT,
        }
    }
}

impl Label for Qualification {
    fn key(&self) -> Key {
        match self {
            Qualification::None => keys::QUALIFICATION_NONE,
            Qualification::Education => keys::QUALIFICATION_EDUCATION,
            Qualification::Nonprofit => keys::QUALIFICATION_NONPROFIT,
            Qualification::GovernmentCommunityCloud => keys::QUALIFICATION_GCC,
            Qualification::StateOwnedEntity => keys::QUALIFICATION_SOE,
            Qualification::EducationStateOwnedEntity => keys::QUALIFICATION_EDUCATION_SOE,
            Qualification::GovernmentCommunityCloudStateOwnedEntity => keys::QUALIFICATION_GCC_SOE,
        }
    }
}

impl Label for ProductCategory {
    fn key(&self) -> Key {
        match self {
            ProductCategory::Azure => keys::CATEGORY_AZURE,
            ProductCategory::OnlineServices => keys::CATEGORY_ONLINE_SERVICES,
            ProductCategory::Software => keys::CATEGORY_SOFTWARE,
        }
    }
}

impl Label for ResellerQualification {
    fn key(&self) -> Key {
        match self {
            ResellerQualification::UsGovernmentCloud => keys::RESELLER_QUALIFICATION_US_GOVERNMENT_CLOUD,
            ResellerQualification::GovernmentCommunityCloud => keys::RESELLER_QUALIFICATION_GCC,
        }
    }
}

impl Label for TermDuration {
    fn key(&self) -> Key {
        match self {
            TermDuration::OneMonth => keys::TERM_ONE_MONTH,
            TermDuration::OneYear => keys::TERM_ONE_YEAR,
            TermDuration::ThreeYears => keys::TERM_THREE_YEARS,
        }
    }
}

impl Label for SubscriptionStatus {
    fn key(&self) -> Key {
        match self {
            SubscriptionStatus::Active => keys::SUBSCRIPTION_STATUS_ACTIVE,
            SubscriptionStatus::Expired => keys::SUBSCRIPTION_STATUS_EXPIRED,
            SubscriptionStatus::Cancelled => keys::SUBSCRIPTION_STATUS_CANCELLED,
            SubscriptionStatus::Upgraded => keys::SUBSCRIPTION_STATUS_UPGRADED,
            SubscriptionStatus::Converted => keys::SUBSCRIPTION_STATUS_CONVERTED,
        }
    }
}

impl Label for OrderStatus {
    fn key(&self) -> Key {
        match self {
            OrderStatus::Completed => keys::ORDER_STATUS_COMPLETED,
            OrderStatus::PartlyCancelled => keys::ORDER_STATUS_PARTLY_CANCELLED,
            OrderStatus::Cancelled => keys::ORDER_STATUS_CANCELLED,
        }
    }
}

impl Label for QualificationChange {
    fn key(&self) -> Key {
        match self {
            QualificationChange::EducationIsFinal => keys::QUALIFICATION_CHANGE_EDUCATION_FINAL,
            QualificationChange::NonprofitFromProgram => keys::QUALIFICATION_CHANGE_NONPROFIT,
            QualificationChange::CantRemove => keys::QUALIFICATION_CHANGE_CANT_REMOVE,
        }
    }
}

impl Label for CspRegion {
    fn key(&self) -> Key {
        match self {
            CspRegion::Africa => keys::REGION_AFRICA,
            CspRegion::AsiaPacific => keys::REGION_ASIA_PACIFIC,
            CspRegion::Australia => keys::REGION_AUSTRALIA,
            CspRegion::Brazil => keys::REGION_BRAZIL,
            CspRegion::Canada => keys::REGION_CANADA,
            CspRegion::China => keys::REGION_CHINA,
            CspRegion::Europe => keys::REGION_EUROPE,
            CspRegion::India => keys::REGION_INDIA,
            CspRegion::Japan => keys::REGION_JAPAN,
            CspRegion::LatinAmerica => keys::REGION_LATIN_AMERICA,
            CspRegion::MiddleEast => keys::REGION_MIDDLE_EAST,
            CspRegion::NewZealand => keys::REGION_NEW_ZEALAND,
            CspRegion::SouthKorea => keys::REGION_SOUTH_KOREA,
            CspRegion::Taiwan => keys::REGION_TAIWAN,
            CspRegion::UnitedStates => keys::REGION_UNITED_STATES,
        }
    }
}

impl Label for PublisherType {
    fn key(&self) -> Key {
        match self {
            PublisherType::Microsoft => keys::PUBLISHER_MICROSOFT,
            PublisherType::Partner => keys::PUBLISHER_PARTNER,
        }
    }
}

impl Label for BillingType {
    fn key(&self) -> Key {
        match self {
            BillingType::License => keys::BILLING_LICENSE,
            BillingType::Usage => keys::BILLING_USAGE,
        }
    }
}

impl Label for BusinessCategory {
    fn key(&self) -> Key {
        match self {
            BusinessCategory::Productivity => keys::BUSINESS_PRODUCTIVITY,
            BusinessCategory::Collaboration => keys::BUSINESS_COLLABORATION,
            BusinessCategory::Communications => keys::BUSINESS_COMMUNICATIONS,
            BusinessCategory::Security => keys::BUSINESS_SECURITY,
            BusinessCategory::Compliance => keys::BUSINESS_COMPLIANCE,
            BusinessCategory::IdentityAndAccess => keys::BUSINESS_IDENTITY_AND_ACCESS,
            BusinessCategory::BusinessApplications => keys::BUSINESS_BUSINESS_APPLICATIONS,
            BusinessCategory::Analytics => keys::BUSINESS_ANALYTICS,
            BusinessCategory::Compute => keys::BUSINESS_COMPUTE,
            BusinessCategory::Databases => keys::BUSINESS_DATABASES,
            BusinessCategory::Storage => keys::BUSINESS_STORAGE,
            BusinessCategory::DeveloperTools => keys::BUSINESS_DEVELOPER_TOOLS,
            BusinessCategory::Education => keys::BUSINESS_EDUCATION,
        }
    }
}

impl Label for PartnerType {
    fn key(&self) -> Key {
        match self {
            PartnerType::DirectBill => keys::PARTNER_TYPE_DIRECT_BILL,
            PartnerType::IndirectProvider => keys::PARTNER_TYPE_INDIRECT_PROVIDER,
            PartnerType::IndirectReseller => keys::PARTNER_TYPE_INDIRECT_RESELLER,
        }
    }
}

impl Label for Rule {
    /// The rule's title: "Regional authorization".
    fn key(&self) -> Key {
        match self {
            Rule::PurchaseChannel => keys::RULE_TITLE_PURCHASE_CHANNEL,
            Rule::CustomerAgreement => keys::RULE_TITLE_CUSTOMER_AGREEMENT,
            Rule::SegmentPurchaseRules => keys::RULE_TITLE_SEGMENT_PURCHASE_RULES,
            Rule::QualificationApproved => keys::RULE_TITLE_QUALIFICATION_APPROVED,
            Rule::GovernmentLock => keys::RULE_TITLE_GOVERNMENT_LOCK,
            Rule::ResellerQualification => keys::RULE_TITLE_RESELLER_QUALIFICATION,
            Rule::IndirectReseller => keys::RULE_TITLE_INDIRECT_RESELLER,
            Rule::RegionalAuthorization => keys::RULE_TITLE_REGIONAL_AUTHORIZATION,
            Rule::TeamsSuites => keys::RULE_TITLE_TEAMS_SUITES,
            Rule::AddOnBase => keys::RULE_TITLE_ADD_ON_BASE,
            Rule::ReservationAzurePlan => keys::RULE_TITLE_RESERVATION_AZURE_PLAN,
            Rule::PartnerCountry => keys::RULE_TITLE_PARTNER_COUNTRY,
            Rule::CustomerCountry => keys::RULE_TITLE_CUSTOMER_COUNTRY,
            Rule::PriceList => keys::RULE_TITLE_PRICE_LIST,
            Rule::OneTrialPerOffer => keys::RULE_TITLE_ONE_TRIAL_PER_OFFER,
            Rule::Quantity => keys::RULE_TITLE_QUANTITY,
            Rule::SeatChanges => keys::RULE_TITLE_SEAT_CHANGES,
            Rule::Upgrades => keys::RULE_TITLE_UPGRADES,
        }
    }
}

/// The rule in one or two plain sentences, for the Rules page.
pub fn rule_explanation(language: Language, rule: Rule) -> String {
    text(
        language,
        match rule {
            Rule::PurchaseChannel => keys::RULE_EXPLANATION_PURCHASE_CHANNEL,
            Rule::CustomerAgreement => keys::RULE_EXPLANATION_CUSTOMER_AGREEMENT,
            Rule::SegmentPurchaseRules => keys::RULE_EXPLANATION_SEGMENT_PURCHASE_RULES,
            Rule::QualificationApproved => keys::RULE_EXPLANATION_QUALIFICATION_APPROVED,
            Rule::GovernmentLock => keys::RULE_EXPLANATION_GOVERNMENT_LOCK,
            Rule::ResellerQualification => keys::RULE_EXPLANATION_RESELLER_QUALIFICATION,
            Rule::IndirectReseller => keys::RULE_EXPLANATION_INDIRECT_RESELLER,
            Rule::RegionalAuthorization => keys::RULE_EXPLANATION_REGIONAL_AUTHORIZATION,
            Rule::TeamsSuites => keys::RULE_EXPLANATION_TEAMS_SUITES,
            Rule::AddOnBase => keys::RULE_EXPLANATION_ADD_ON_BASE,
            Rule::ReservationAzurePlan => keys::RULE_EXPLANATION_RESERVATION_AZURE_PLAN,
            Rule::PartnerCountry => keys::RULE_EXPLANATION_PARTNER_COUNTRY,
            Rule::CustomerCountry => keys::RULE_EXPLANATION_CUSTOMER_COUNTRY,
            Rule::PriceList => keys::RULE_EXPLANATION_PRICE_LIST,
            Rule::OneTrialPerOffer => keys::RULE_EXPLANATION_ONE_TRIAL_PER_OFFER,
            Rule::Quantity => keys::RULE_EXPLANATION_QUANTITY,
            Rule::SeatChanges => keys::RULE_EXPLANATION_SEAT_CHANGES,
            Rule::Upgrades => keys::RULE_EXPLANATION_UPGRADES,
        },
    )
}

/// Where the rule comes from: a source document's title (and section), or a sentence saying
/// it is this app's own simplification.
pub fn rule_source(language: Language, rule: Rule) -> String {
    text(
        language,
        match rule {
            Rule::PurchaseChannel => keys::RULE_SOURCE_PURCHASE_CHANNEL,
            Rule::CustomerAgreement => keys::RULE_SOURCE_CUSTOMER_AGREEMENT,
            Rule::SegmentPurchaseRules => keys::RULE_SOURCE_SEGMENT_PURCHASE_RULES,
            Rule::QualificationApproved => keys::RULE_SOURCE_QUALIFICATION_APPROVED,
            Rule::GovernmentLock => keys::RULE_SOURCE_GOVERNMENT_LOCK,
            Rule::ResellerQualification => keys::RULE_SOURCE_RESELLER_QUALIFICATION,
            Rule::IndirectReseller => keys::RULE_SOURCE_INDIRECT_RESELLER,
            Rule::RegionalAuthorization => keys::RULE_SOURCE_REGIONAL_AUTHORIZATION,
            Rule::TeamsSuites => keys::RULE_SOURCE_TEAMS_SUITES,
            Rule::AddOnBase => keys::RULE_SOURCE_ADD_ON_BASE,
            Rule::ReservationAzurePlan => keys::RULE_SOURCE_RESERVATION_AZURE_PLAN,
            Rule::PartnerCountry => keys::RULE_SOURCE_PARTNER_COUNTRY,
            Rule::CustomerCountry => keys::RULE_SOURCE_CUSTOMER_COUNTRY,
            Rule::PriceList => keys::RULE_SOURCE_PRICE_LIST,
            Rule::OneTrialPerOffer => keys::RULE_SOURCE_ONE_TRIAL_PER_OFFER,
            Rule::Quantity => keys::RULE_SOURCE_QUANTITY,
            Rule::SeatChanges => keys::RULE_SOURCE_SEAT_CHANGES,
            Rule::Upgrades => keys::RULE_SOURCE_UPGRADES,
        },
    )
}

/// "Education offers": the offers of a segment, as a sentence begins with them.
pub fn segment_offers(language: Language, segment: Segment) -> String {
    text(
        language,
        match segment {
            Segment::Commercial => keys::SEGMENT_OFFERS_COMMERCIAL,
            Segment::Education => keys::SEGMENT_OFFERS_EDUCATION,
            Segment::Nonprofit => keys::SEGMENT_OFFERS_NONPROFIT,
            Segment::Government => keys::SEGMENT_OFFERS_GOVERNMENT,
        },
    )
}

/// "an Education customer", "a commercial customer (no approved special qualification)".
pub fn customer_kind(language: Language, qualification: Qualification) -> String {
    text(
        language,
        match qualification {
            Qualification::None => keys::CUSTOMER_KIND_NONE,
            Qualification::Education => keys::CUSTOMER_KIND_EDUCATION,
            Qualification::Nonprofit => keys::CUSTOMER_KIND_NONPROFIT,
            Qualification::GovernmentCommunityCloud => keys::CUSTOMER_KIND_GCC,
            Qualification::StateOwnedEntity => keys::CUSTOMER_KIND_SOE,
            Qualification::EducationStateOwnedEntity => keys::CUSTOMER_KIND_EDUCATION_SOE,
            Qualification::GovernmentCommunityCloudStateOwnedEntity => keys::CUSTOMER_KIND_GCC_SOE,
        },
    )
}

/// A denial reason as the customer record holds it: the typical ones Microsoft gives are
/// written in the language; anything else a user typed stays as typed.
pub fn denial_reason(language: Language, qualification: Qualification, reason: &str) -> String {
    if reason != qualification.denial_example() || reason.is_empty() {
        return reason.to_string();
    }
    text(
        language,
        match qualification {
            Qualification::Education | Qualification::EducationStateOwnedEntity => keys::DENIAL_EDUCATION,
            Qualification::Nonprofit => keys::DENIAL_NONPROFIT,
            Qualification::GovernmentCommunityCloud | Qualification::GovernmentCommunityCloudStateOwnedEntity => {
                keys::DENIAL_GCC
            }
            Qualification::StateOwnedEntity | Qualification::None => keys::DENIAL_SOE,
        },
    )
}

/// "1 year, billed annually", "1 an, facturation annuelle".
pub fn plan(language: Language, plan: Plan) -> String {
    let billed = match plan.billing_frequency {
        BillingFrequency::Monthly => keys::BILLED_MONTHLY,
        BillingFrequency::Annual => keys::BILLED_ANNUALLY,
        BillingFrequency::Triennial => keys::BILLED_TRIENNIALLY,
        BillingFrequency::None => keys::BILLED_TRIAL,
    };
    text_with(
        language,
        keys::PLAN,
        &Args::new()
            .text("term", plan.term.label(language))
            .text("billed", text(language, billed)),
    )
}

/// "5 seats", "5 licences".
pub fn seats(language: Language, count: impl Into<i64>) -> String {
    text_with(language, keys::SEATS, &Args::new().number("count", count))
}

/// "A", "A or B", "A, B or C".
pub fn one_of(language: Language, items: &[String]) -> String {
    list(language, keys::LIST_OR, items)
}

/// "A, B and C", "A, B et C".
pub fn all_of(language: Language, items: &[String]) -> String {
    list(language, keys::LIST_AND, items)
}

fn list(language: Language, joined_by: Key, items: &[String]) -> String {
    match items {
        [] => text(language, keys::LIST_NONE),
        [one] => one.clone(),
        [init @ .., last] => text_with(
            language,
            joined_by,
            &Args::new().text("first", init.join(", ")).text("last", last.clone()),
        ),
    }
}

/// An earlier version of a rule, in `language`; the rule book's English when the locale
/// files have no such message (a test checks every version has one).
pub fn earlier_version(language: Language, version: &crate::domain::rules::history::Earlier) -> String {
    let key = match version.key {
        "rule-earlier-reseller-qualification" => keys::RULE_EARLIER_RESELLER_QUALIFICATION,
        "rule-earlier-seat-changes" => keys::RULE_EARLIER_SEAT_CHANGES,
        "rule-earlier-teams-suites-everywhere" => keys::RULE_EARLIER_TEAMS_SUITES_EVERYWHERE,
        "rule-earlier-teams-suites-outside-europe" => keys::RULE_EARLIER_TEAMS_SUITES_OUTSIDE_EUROPE,
        "rule-earlier-add-on-base" => keys::RULE_EARLIER_ADD_ON_BASE,
        _ => return version.explanation.to_string(),
    };
    text(language, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_alternatives_in_each_language() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(one_of(Language::English, &names(&["A"])), "A");
        assert_eq!(one_of(Language::English, &names(&["A", "B"])), "A or B");
        assert_eq!(one_of(Language::English, &names(&["A", "B", "C"])), "A, B or C");
        assert_eq!(one_of(Language::French, &names(&["A", "B", "C"])), "A, B ou C");
    }

    #[test]
    fn microsoft_s_denial_reasons_are_translated_and_typed_ones_kept() {
        for q in Qualification::ALL.into_iter().filter(|q| *q != Qualification::None) {
            assert_eq!(
                denial_reason(Language::English, q, q.denial_example()),
                q.denial_example()
            );
            assert_ne!(
                denial_reason(Language::French, q, q.denial_example()),
                q.denial_example()
            );
        }
        assert_eq!(
            denial_reason(Language::French, Qualification::Nonprofit, "Missing documents"),
            "Missing documents"
        );
    }

    #[test]
    fn every_name_is_the_domain_s_own_in_english() {
        for segment in Segment::ALL {
            assert_eq!(segment.label(Language::English), segment.to_string());
        }
        for qualification in Qualification::ALL {
            assert_eq!(qualification.label(Language::English), qualification.to_string());
        }
        for category in BusinessCategory::ALL {
            assert_eq!(category.label(Language::English), category.to_string());
        }
        for kind in PartnerType::ALL {
            assert_eq!(kind.label(Language::English), kind.to_string());
        }
        for rule in Rule::ALL {
            assert_eq!(rule.label(Language::English), rule.title());
            assert_eq!(rule_explanation(Language::English, rule), rule.explanation());
            assert_eq!(rule_source(Language::English, rule), rule.source());
        }
        for region in CspRegion::ALL {
            assert_eq!(region.label(Language::English), region.to_string());
        }
        let plan = Plan {
            term: TermDuration::OneYear,
            billing_frequency: BillingFrequency::Annual,
        };
        assert_eq!(super::plan(Language::English, plan), plan.to_string());
        assert_eq!(super::plan(Language::French, plan), "1 an, facturation annuelle");
    }
}
