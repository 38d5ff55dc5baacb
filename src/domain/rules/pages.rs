//! The Microsoft pages each rule's source names, by their published (English) titles. The
//! Rules page links each title to a search of Microsoft Learn for it: the search finds the
//! page wherever Microsoft moves it, where a copied address would break.

use super::Rule;

const CSP_OFFERS: &str = "Overview of partner offers in the Cloud Solution Provider program";
const SPECIAL_SEGMENTS: &str = "Sell to specialized industries like education, non-profit, and government users";
const CANCELLATION_POLICY: &str = "New commerce experience cancellation policy";

/// The titles of the Microsoft pages a rule comes from; empty where its source is not a
/// Microsoft page (the offer matrix's columns, product terms).
pub fn pages(rule: Rule) -> &'static [&'static str] {
    match rule {
        Rule::PurchaseChannel => &[CSP_OFFERS, "Partner Center for Microsoft Cloud for US Government"],
        Rule::CustomerAgreement => &[
            CSP_OFFERS,
            "Confirm customer acceptance of the Microsoft Customer Agreement",
        ],
        Rule::SegmentPurchaseRules | Rule::QualificationApproved | Rule::GovernmentLock => &[SPECIAL_SEGMENTS],
        Rule::ResellerQualification => &[
            SPECIAL_SEGMENTS,
            "Get a partner's validation codes",
            "Office 365 Government GCC for CSP partner and customer eligibility criteria",
        ],
        Rule::IndirectReseller => &[
            "Partner with indirect resellers in the Cloud Solution Provider program",
            "Create an order for a customer of an indirect reseller",
        ],
        Rule::RegionalAuthorization => &["Regional authorization overview"],
        Rule::TeamsSuites => &["Microsoft 365 and Office 365 suites without Teams"],
        Rule::AddOnBase => &[CSP_OFFERS, "Introduction: New commerce add-ons"],
        Rule::ReservationAzurePlan => &[
            "Buy Azure reservations on behalf of your customers",
            "Purchase Azure reservations",
        ],
        Rule::PartnerCountry | Rule::CustomerCountry | Rule::PriceList => &[CSP_OFFERS],
        Rule::OneTrialPerOffer | Rule::Quantity => &[],
        Rule::SeatChanges => &[
            CANCELLATION_POLICY,
            "Self-service exchanges and refunds for Azure Reservations",
        ],
        Rule::Upgrades => &["Upgrade a customer's subscription", CANCELLATION_POLICY],
    }
}

/// A search of Microsoft Learn for a page's title, in the reader's language where Learn has it.
pub fn learn_search(title: &str, learn_locale: &str) -> String {
    let mut terms = String::new();
    for byte in title.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => terms.push(char::from(byte)),
            b' ' => terms.push('+'),
            other => terms.push_str(&format!("%{other:02X}")),
        }
    }
    format!("https://learn.microsoft.com/{learn_locale}/search/?terms=%22{terms}%22")
}
