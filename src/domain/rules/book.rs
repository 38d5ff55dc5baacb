//! The rules as data, written once: the engine reads them, the rules page shows them, the
//! tests check every cell.

use crate::domain::catalog::{ProductCategory, Segment};
use crate::domain::customer::Qualification;
use crate::domain::partner::ResellerQualification;

/// One row of the purchase-rules table for special segments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PurchaseRule {
    pub customer: Qualification,
    pub can_buy: &'static [Segment],
}

impl PurchaseRule {
    pub fn allows(&self, segment: Segment) -> bool {
        self.can_buy.contains(&segment)
    }

    /// The table's "Cannot be sold" column.
    pub fn cannot_buy(&self) -> Vec<Segment> {
        Segment::ALL.into_iter().filter(|s| !self.allows(*s)).collect()
    }
}

use Segment::{Commercial, Education, Government, Nonprofit};

/// Who can be sold what. State Owned Entity rows come from Partner Center's documentation
/// beyond the seeds: SOE buys Commercial; Education+SOE buys Commercial and Education;
/// GCC+SOE buys GCC only.
pub const PURCHASE_RULES: [PurchaseRule; 7] = [
    PurchaseRule {
        customer: Qualification::None,
        can_buy: &[Commercial],
    },
    PurchaseRule {
        customer: Qualification::Nonprofit,
        can_buy: &[Commercial, Nonprofit],
    },
    PurchaseRule {
        customer: Qualification::Education,
        can_buy: &[Commercial, Education],
    },
    PurchaseRule {
        customer: Qualification::GovernmentCommunityCloud,
        can_buy: &[Government],
    },
    PurchaseRule {
        customer: Qualification::StateOwnedEntity,
        can_buy: &[Commercial],
    },
    PurchaseRule {
        customer: Qualification::EducationStateOwnedEntity,
        can_buy: &[Commercial, Education],
    },
    PurchaseRule {
        customer: Qualification::GovernmentCommunityCloudStateOwnedEntity,
        can_buy: &[Government],
    },
];

#[allow(clippy::expect_used, reason = "a table in the code; a test checks it has every row")]
pub fn purchase_rule(customer: Qualification) -> &'static PurchaseRule {
    PURCHASE_RULES
        .iter()
        .find(|rule| rule.customer == customer)
        .expect("PURCHASE_RULES has a row for every Qualification (checked by a test)")
}

/// Once a customer owns a subscription of segment `owned`, only `then_only` may be bought.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SegmentLock {
    pub owned: Segment,
    pub then_only: &'static [Segment],
}

/// "Once a customer has a GCC subscription, partners cannot purchase commercial, education
/// nor non-profit subscriptions."
pub const SEGMENT_LOCKS: [SegmentLock; 1] = [SegmentLock {
    owned: Government,
    then_only: &[Government],
}];

/// What the partner itself needs to sell a segment. Everything not listed needs nothing
/// (Education, Nonprofit).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResellerRequirement {
    pub segment: Segment,
    /// `None` means every category.
    pub category: Option<ProductCategory>,
    pub needs: ResellerQualification,
}

pub const RESELLER_REQUIREMENTS: [ResellerRequirement; 3] = [
    ResellerRequirement {
        segment: Government,
        category: Some(ProductCategory::OnlineServices),
        needs: ResellerQualification::GovernmentCommunityCloud,
    },
    ResellerRequirement {
        segment: Government,
        category: Some(ProductCategory::Software),
        needs: ResellerQualification::GovernmentCommunityCloud,
    },
    ResellerRequirement {
        segment: Government,
        category: Some(ProductCategory::Azure),
        needs: ResellerQualification::UsGovernmentCloud,
    },
];

impl ResellerRequirement {
    pub fn applies_to(&self, segment: Segment, category: ProductCategory) -> bool {
        self.segment == segment && self.category.is_none_or(|c| c == category)
    }
}

/// Every rule the engine applies, in the order its reasons are listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    PurchaseChannel,
    CustomerAgreement,
    SegmentPurchaseRules,
    QualificationApproved,
    GovernmentLock,
    ResellerQualification,
    IndirectReseller,
    RegionalAuthorization,
    TeamsSuites,
    AddOnBase,
    ReservationAzurePlan,
    PartnerCountry,
    CustomerCountry,
    PriceList,
    OneTrialPerOffer,
    Quantity,
    SeatChanges,
    Upgrades,
}

impl Rule {
    pub const ALL: [Rule; 18] = [
        Rule::PurchaseChannel,
        Rule::CustomerAgreement,
        Rule::SegmentPurchaseRules,
        Rule::QualificationApproved,
        Rule::GovernmentLock,
        Rule::ResellerQualification,
        Rule::IndirectReseller,
        Rule::RegionalAuthorization,
        Rule::TeamsSuites,
        Rule::AddOnBase,
        Rule::ReservationAzurePlan,
        Rule::PartnerCountry,
        Rule::CustomerCountry,
        Rule::PriceList,
        Rule::OneTrialPerOffer,
        Rule::Quantity,
        Rule::SeatChanges,
        Rule::Upgrades,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Rule::PurchaseChannel => "Bought in the Azure portal",
            Rule::CustomerAgreement => "Microsoft Customer Agreement",
            Rule::SegmentPurchaseRules => "Purchase rules for special segments",
            Rule::QualificationApproved => "Only an approved qualification counts",
            Rule::GovernmentLock => "GCC lock",
            Rule::ResellerQualification => "Reseller qualifications",
            Rule::IndirectReseller => "Indirect resellers order through their provider",
            Rule::RegionalAuthorization => "Regional authorization",
            Rule::TeamsSuites => "Enterprise suites with Teams for existing customers",
            Rule::AddOnBase => "Add-ons need a prerequisite on the tenant",
            Rule::ReservationAzurePlan => "Reservations need an Azure plan",
            Rule::PartnerCountry => "Available in the partner's country",
            Rule::CustomerCountry => "Available in the customer's country",
            Rule::PriceList => "In the current price list",
            Rule::OneTrialPerOffer => "One trial per offer",
            Rule::Quantity => "Quantity limits",
            Rule::SeatChanges => "Seat changes after the sale",
            Rule::Upgrades => "Upgrades and trial conversions",
        }
    }

    /// Where the rule comes from: a source document's title (and section), or a sentence
    /// saying it is this app's own simplification. Listed with its tests in `docs/rules.md`.
    pub fn source(self) -> &'static str {
        match self {
            Rule::PurchaseChannel => "Partner Center, \"Overview of partner offers in the Cloud Solution Provider program\", SaaS and other Azure Marketplace products (\"must be purchased from the Azure portal, not Partner Center\"); Partner Center's pages, which each apply to \"Partner Center\" or \"Partner Center for Microsoft Cloud for US Government\", and Azure Government's \"Azure Government authorized reseller list\" (partners onboarded to transact Azure Government).",
            Rule::CustomerAgreement => "Partner Center, \"Overview of partner offers in the Cloud Solution Provider program\" (\"As of January 31, 2020, all customers will need to have signed the Microsoft Customer Agreement\"); \"Confirm customer acceptance of the Microsoft Customer Agreement\".",
            Rule::SegmentPurchaseRules => "Partner Center, \"Sell to specialized industries like education, non-profit, and government users\", Purchase rules for special segments.",
            Rule::QualificationApproved => "Partner Center, \"Sell to specialized industries like education, non-profit, and government users\", Check the customer qualifications; the customer qualification statuses of the Partner Center API (In review, Approved, Denied).",
            Rule::GovernmentLock => "Partner Center, \"Sell to specialized industries like education, non-profit, and government users\", Purchase rules for special segments (GCC).",
            Rule::ResellerQualification => "Partner Center, \"Sell to specialized industries like education, non-profit, and government users\", Check your reseller qualifications; Partner Center API, \"Get a partner's validation codes\" (\"A validation code is required to create a customer in the government community cloud\", given after the Government Community Cloud Eligibility Intake Form); \"Office 365 Government GCC for CSP partner and customer eligibility criteria\".",
            Rule::IndirectReseller => "Partner Center, \"Partner with indirect resellers in the Cloud Solution Provider program\" and \"Create an order for a customer of an indirect reseller\" (the indirect provider places the order, with the reseller as partner of record).",
            Rule::RegionalAuthorization => "Partner Center, \"Regional authorization overview\" and Microsoft's \"Regional Authorization FAQ\" (\"There are 10 single country regions where transactions are limited to customers in that country. For example, a USA tenant cannot be used to sell to a Canadian Customer.\"). Which region each territory and borderline country is in follows geography where that table is not obvious: this app's own simplification.",
            Rule::TeamsSuites => "Microsoft's announcement of 1 April 2024 on Microsoft 365 and Office 365 suites without Teams worldwide (new customers buy the suites without Teams and Microsoft Teams Enterprise; existing subscribers may keep, renew, upgrade and add seats), extending the change made in the European Economic Area and Switzerland on 1 October 2023; distributor notes (TD SYNNEX, Evolve IP) on who counts as an existing customer and that Education, Nonprofit and Government offers are not affected. Which titles are the suites with Teams is matched on their exact names: this app's own reading.",
            Rule::AddOnBase => "Partner Center, \"Overview of partner offers in the Cloud Solution Provider program\", Troubleshooting catalog purchases (\"Only base offers can be purchased in the catalog\"); \"Introduction: New commerce add-ons\" (an add-on is its own subscription, and its prerequisite must be owned by the tenant). What Microsoft does to an add-on whose prerequisite is later cancelled is unverified: this app leaves it running. Which bases each Teams add-on accepts: Microsoft's Teams add-on licensing (Teams Phone is included in E5 and added to the other suites or to Teams Enterprise; a calling plan needs Teams Phone; Teams Premium needs a license with Teams).",
            Rule::ReservationAzurePlan => "Partner Center, \"Buy Azure reservations on behalf of your customers\" and Azure, \"Purchase Azure reservations\" (a reservation applies to Azure usage of the customer's subscriptions under its Azure plan; reservations are not sold in every market, which the offer matrix's countries say). That a customer must own its Azure plan before buying one here is this app's reading of that.",
            Rule::PartnerCountry | Rule::CustomerCountry => "Partner Center, \"Overview of partner offers in the Cloud Solution Provider program\", Troubleshooting catalog purchases (\"Verify the products are available in your market\"); the offer matrix's AllowedCountries.",
            Rule::PriceList => "Partner Center, \"Overview of partner offers in the Cloud Solution Provider program\", Troubleshooting catalog purchases (\"Verify the offers are available in the price list\"); the price list's EffectiveStartDate and EffectiveEndDate.",
            Rule::OneTrialPerOffer => "Partner Center's new-commerce trials: 30 days, 25 licenses, one trial per offer per customer (restated in this product's domain checklist). Microsoft's own license-based price list (November 2025) has Education and Government trial rows (Microsoft 365 A5, Teams Rooms Pro, SharePoint Advanced Management GCC); that add-ons have no trials is the domain checklist's, unverified against a Microsoft page. That a customer that owns the paid product gets no trial of it comes from an audit of Microsoft's new-commerce trial documentation (this product's issue 24); the Microsoft page itself is unverified here.",
            Rule::Upgrades => "Partner Center, \"Upgrade a customer's subscription\" (new commerce: all or some seats, to the SKUs Partner Center lists as eligible, on a new subscription that keeps the original term end date) and \"New commerce experience cancellation policy\" (a partial upgrade inherits the cancellation window of the subscription it came from; that a full upgrade does too is this app's reading); new commerce trials convert to paid at the end of the trial unless auto-renew is turned off (distributor guidance, AppXite's \"How do NCE trial subscriptions work?\"; Microsoft's own page unverified), which paid edition and plan a trial becomes at its end (the product's first paid SKU, 1 year billed monthly where offered) is this app's choice. The offer matrix's upgrade column. Which paths the built-in catalog lists is this app's selection of Microsoft's common ones (Business Basic, Standard and Premium to the suites with or without Teams, Office 365 E1 and E3 up, Microsoft 365 E3 to E5, F1 to F3).",
            Rule::SeatChanges => "Partner Center, \"New commerce experience cancellation policy\" (quantity reductions within 7 days, 168 hours, of the purchase or renewal) and Microsoft's new commerce license-based offers (seats added mid-term are prorated to the term's end, and can be reduced within 168 hours of their addition; the price is locked for the term and changes apply at renewal). The window was 72 hours when new commerce began for licenses and became 168 hours in early 2022 (Microsoft's Partner Center announcements of February 2022); the day this app applies, 1 March 2022, is unverified. Crediting a reduction, and a cancellation, for the days left of the billing period invoiced (never more than was billed for those seats) is this app's simplification of the prorated credit. No license reduction on software subscriptions: Partner Center's software subscriptions in new commerce; reservations: Azure, \"Self-service exchanges and refunds for Azure Reservations\".",
            Rule::Quantity => "The offer matrix's MinLicenses and MaxLicenses; Partner Center's error \"The requested number of seats exceeds the remaining limit\"; the 300-seat limit the Microsoft 365 Business plans share. The per-customer limits (Teams Rooms Basic, free for up to 25 rooms per tenant; one Azure plan per customer) are Microsoft's product terms; their sentences are this app's.",
        }
    }

    /// The rule in one or two plain sentences, for the rules page.
    pub fn explanation(self) -> &'static str {
        match self {
            Rule::PurchaseChannel => "Some items are listed for information only: they are bought in the Azure portal, not from the Add products page; Azure for US Government is sold from Partner Center for Microsoft Cloud for US Government, a Partner Center of its own.",
            Rule::CustomerAgreement => "Since 31 January 2020 every customer must have accepted the Microsoft Customer Agreement before anything can be bought for it.",
            Rule::SegmentPurchaseRules => "A customer's approved special qualification decides which segments it can be sold (see the table).",
            Rule::QualificationApproved => "A qualification that is in review or was denied counts as none: the customer is treated as commercial until it is approved.",
            Rule::GovernmentLock => "Once a customer owns a Government Community Cloud subscription, no commercial, education or nonprofit subscription can be bought for it.",
            Rule::ResellerQualification => "Selling Government Community Cloud subscriptions needs the partner's GCC validation, and selling Azure to Government its US Government Cloud validation; Education and Nonprofit need no reseller qualification.",
            Rule::IndirectReseller => "An indirect reseller doesn't buy from Microsoft: its indirect provider (distributor) places each order in Partner Center for the reseller's customer, with the reseller as partner of record. So an indirect reseller can place no order here, whatever the offer.",
            Rule::RegionalAuthorization => "A partner's tenant may sell only to customers in its own CSP region: a tenant in Slovakia sells across Europe, including to Germany; ten regions are a single country, so a tenant in the United States sells to no customer in Canada or Germany. A partner selling in several regions has a tenant in each, and each customer is served from the tenant in its region.",
            Rule::TeamsSuites => "A customer new to the enterprise suites buys them without Teams (Office 365 E1, E3, E5 and Microsoft 365 E3, E5 \"(no Teams)\"), with Microsoft Teams Enterprise beside them; a customer that owns a suite with Teams keeps it, renews it, adds seats and buys more of it. In force since 1 October 2023 in the European Economic Area and Switzerland and since 1 April 2024 everywhere else; the business and frontline suites are still sold with Teams, and Education, Nonprofit and Government offers are not affected.",
            Rule::AddOnBase => "An add-on is a subscription of its own, bought from the catalog like any offer, once the tenant owns one of its prerequisites (a compatible base subscription); it is not bought onto a chosen base, and cancelling or ending the prerequisite later leaves the add-on as it is.",
            Rule::ReservationAzurePlan => "An Azure reservation discounts the customer's Azure usage for one or three years: it is bought for a customer that has an Azure plan.",
            Rule::PartnerCountry => "An offer must be available in the partner's tenant country.",
            Rule::CustomerCountry => "An offer must be available in the customer's tenant country.",
            Rule::PriceList => "An offer can be bought only between the first and last day it appears in the monthly price list, both included.",
            Rule::OneTrialPerOffer => "Trials last 30 days for a fixed 25 licenses, and a customer gets one trial per offer, and none of a product it already pays for. Add-ons have no trials; Education and Government offers do, as Microsoft's price list shows.",
            Rule::Upgrades => "A subscription can be upgraded, all its seats or some, only along the paths Microsoft allows for its SKU; the seats move to a new subscription of the higher SKU, bought like any order (the rules apply), that ends with the original subscription's term, priced for the days left, and keeps its cancellation window. A trial converts to a paid edition of its product during its 30 days, or at their end unless its auto-renew is turned off.",
            Rule::SeatChanges => "Seats can be added to a subscription at any time, within the SKU's maximum and any pool, and are charged for the days left of the billing period (a month when billed monthly, the year or the term when paid for it at once) at the price the term began with: a price-list change applies from the next renewal. Seats can be removed, and the subscription cancelled, only within 168 hours (7 days) of the purchase or a renewal, and seats added mid-term only within 168 hours of their addition; after that they are committed until the term ends. Software subscriptions and Azure reservations never have seats removed (a reservation is exchanged or refunded instead). A trial keeps its fixed seats until it is converted.",
            Rule::Quantity => "Each SKU has a minimum and maximum quantity per subscription, checked for the whole line at Add to cart; the Microsoft 365 Business plans share a pool of 300 seats per customer, and some SKUs allow only so many per customer, counting what it owns and what is in the cart.",
        }
    }
}

/// The whole rule book, as the UI displays it.
#[derive(Clone, Copy, Debug)]
pub struct RuleBook {
    pub purchase_rules: &'static [PurchaseRule],
    pub segment_locks: &'static [SegmentLock],
    pub reseller_requirements: &'static [ResellerRequirement],
    pub rules: &'static [Rule],
}

pub fn rule_book() -> RuleBook {
    RuleBook {
        purchase_rules: &PURCHASE_RULES,
        segment_locks: &SEGMENT_LOCKS,
        reseller_requirements: &RESELLER_REQUIREMENTS,
        rules: &Rule::ALL,
    }
}
