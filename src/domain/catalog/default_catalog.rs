//! The built-in catalog: a hand-written extract shaped like the US market's new-commerce
//! price list and offer matrix (prices in US dollars, for the whole term).
//!
//! Product ids follow the real format; many are the real ones, some are illustrative. Prices
//! are plausible list prices, not a quote.

use time::macros::date;

use super::builder::{one_and_three_years, per_year, product, sku, term};
use super::BusinessCategory::{self, *};
use super::ProductCategory::{Azure, OnlineServices, Software};
use super::Segment::{Education, Government, Nonprofit};
use super::{Catalog, Product};
use crate::domain::money::Money;
use crate::domain::term::TermDuration;

/// Business Central is sold in these countries (not in Slovakia, as in Partner Center's own
/// example).
const BUSINESS_CENTRAL: &[&str] = &[
    "AT", "AU", "BE", "CA", "CH", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "IE", "IN", "IS", "IT", "JP", "LT",
    "LU", "LV", "MX", "NL", "NO", "NZ", "PL", "PT", "SE", "US",
];
/// The European Union, for a European publisher that only sells there.
const EUROPEAN_UNION: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];
/// Government Community Cloud is a US cloud.
const US_ONLY: &[&str] = &["US"];
/// Teams Phone calling plans are not sold everywhere.
const TEAMS_PHONE: &[&str] = &[
    "AT", "AU", "BE", "CA", "CH", "CZ", "DE", "DK", "ES", "FI", "FR", "GB", "HU", "IE", "IT", "JP", "NL", "NO", "NZ",
    "PL", "PT", "RO", "SE", "SG", "SK", "US",
];

// Base SKUs that add-ons refer to.
const M365_BUSINESS_BASIC: &str = "CFQ7TTC0LH18:0001";
const M365_BUSINESS_STANDARD: &str = "CFQ7TTC0LDPB:0001";
const M365_BUSINESS_PREMIUM: &str = "CFQ7TTC0LCHC:0001";
const M365_E3: &str = "CFQ7TTC0LFLZ:0001";
const M365_E3_NO_TEAMS: &str = "CFQ7TTC0LFLZ:0002";
const M365_E5: &str = "CFQ7TTC0LFLX:0001";
const M365_E5_NO_TEAMS: &str = "CFQ7TTC0LFLX:0002";
const O365_E1: &str = "CFQ7TTC0LF8Q:0001";
const O365_E3: &str = "CFQ7TTC0LF8R:0001";
const EXCHANGE_P1: &str = "CFQ7TTC0LH16:0001";
const POWER_BI_PRO: &str = "CFQ7TTC0L3PB:0001";
const BC_ESSENTIALS: &str = "CFQ7TTC0LHWP:0001";
const BC_PREMIUM: &str = "CFQ7TTC0LHWM:0001";
const M365_G3: &str = "CFQ7TTC0LHXD:0001";
const M365_F1: &str = "CFQ7TTC0LGZS:0001";
const M365_F3: &str = "CFQ7TTC0LGZT:0001";
const O365_E5: &str = "CFQ7TTC0LF8S:0001";
const TEAMS_ENTERPRISE: &str = "CFQ7TTC0TL9B:0001";
const TEAMS_PHONE_STANDARD: &str = "CFQ7TTC0J1FV:0001";
const TEAMS_PHONE_NONPROFIT: &str = "CFQ7TTC0J1FV:0002";
const M365_A3_FACULTY: &str = "CFQ7TTC0LHRN:0001";
const INTUNE_P1: &str = "CFQ7TTC0LCH4:0001";
const M365_APPS_FOR_BUSINESS: &str = "CFQ7TTC0LH1G:0001";
const M365_APPS_FOR_ENTERPRISE: &str = "CFQ7TTC0LH1N:0001";
const EXCHANGE_P2: &str = "CFQ7TTC0LH1P:0001";
const EXCHANGE_KIOSK: &str = "CFQ7TTC0LH16:0003";
const TEAMS_ESSENTIALS: &str = "CFQ7TTC0RM8K:0001";

/// The commercial licenses Microsoft 365 Copilot can be added to, from Microsoft's "License
/// options for Microsoft 365 Copilot" (those the built-in catalog has).
const COPILOT_BASES: [&str; 19] = [
    M365_BUSINESS_BASIC,
    M365_BUSINESS_STANDARD,
    M365_BUSINESS_PREMIUM,
    M365_APPS_FOR_BUSINESS,
    M365_APPS_FOR_ENTERPRISE,
    M365_E3,
    M365_E3_NO_TEAMS,
    M365_E5,
    M365_E5_NO_TEAMS,
    M365_F1,
    M365_F3,
    O365_E1,
    O365_E3,
    O365_E5,
    TEAMS_ESSENTIALS,
    TEAMS_ENTERPRISE,
    EXCHANGE_P1,
    EXCHANGE_P2,
    EXCHANGE_KIOSK,
];

/// The built-in catalog, validated.
pub fn default_catalog() -> Catalog {
    let products: Vec<Product> = [
        microsoft_365(),
        security_and_identity(),
        teams_and_add_ons(),
        business_applications(),
        education(),
        government(),
        azure(),
        software(),
        marketplace_saas(),
    ]
    .into_iter()
    .flatten()
    .collect();
    Catalog::new(products)
        .unwrap_or_else(|problems| {
            let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            panic!("the built-in catalog is invalid:\n{}", list.join("\n"))
        })
        // Its prices are the United States price list's, in USD.
        .with_market(Some(crate::domain::country::country("US")))
}

fn microsoft_365() -> Vec<Product> {
    vec![
        product("CFQ7TTC0LH18", "Microsoft 365 Business Basic", OnlineServices, Productivity,
            "Identity, email, Teams, and web and mobile Office apps for businesses of up to 300 users.")
            .sku(sku("0001", "Microsoft 365 Business Basic").monthly(600).reprice_from(date!(2026 - 07 - 01), super::builder::per_month(700)).small_business()
                .upgrades_to(&[M365_BUSINESS_STANDARD, M365_BUSINESS_PREMIUM, M365_E3_NO_TEAMS, M365_E5_NO_TEAMS, O365_E3, M365_E3, M365_E5]))
            .sku(sku("0002", "Microsoft 365 Business Basic (Nonprofit Staff Pricing)").segment(Nonprofit).monthly(300).small_business()
                .upgrades_to(&["CFQ7TTC0LDPB:0002", "CFQ7TTC0LCHC:0002"]))
            .sku(sku("0003", "Microsoft 365 Business Basic Trial").trial())
            // Microsoft's nonprofit grant: free, up to 300 users (the Business Premium grant
            // ended on 1 July 2025).
            .sku(sku("0004", "Microsoft 365 Business Basic (Nonprofit Grant)").segment(Nonprofit).free().per_customer(300))
            .build(),
        product("CFQ7TTC0LDPB", "Microsoft 365 Business Standard", OnlineServices, Productivity,
            "Everything in Business Basic plus desktop Office apps, webinars and Clipchamp.")
            .sku(sku("0001", "Microsoft 365 Business Standard").monthly(1250).reprice_from(date!(2026 - 07 - 01), super::builder::per_month(1400)).small_business()
                .upgrades_to(&[M365_BUSINESS_PREMIUM, M365_E3_NO_TEAMS, M365_E5_NO_TEAMS, O365_E3, M365_E3, M365_E5]))
            .sku(sku("0002", "Microsoft 365 Business Standard (Nonprofit Staff Pricing)").segment(Nonprofit).monthly(300).small_business()
                .upgrades_to(&["CFQ7TTC0LCHC:0002"]))
            .sku(sku("0003", "Microsoft 365 Business Standard Trial").trial())
            .build(),
        product("CFQ7TTC0LCHC", "Microsoft 365 Business Premium", OnlineServices, Productivity,
            "Business Standard plus advanced security, Intune device management and Defender for Business.")
            .sku(sku("0001", "Microsoft 365 Business Premium").monthly(2200).small_business()
                .upgrades_to(&[M365_E3_NO_TEAMS, M365_E5_NO_TEAMS, M365_E3, M365_E5]))
            .sku(sku("0002", "Microsoft 365 Business Premium (Nonprofit Staff Pricing)").segment(Nonprofit).monthly(550).small_business())
            .sku(sku("0003", "Microsoft 365 Business Premium Trial").trial())
            .build(),
        product("CFQ7TTC0LH1G", "Microsoft 365 Apps for business", OnlineServices, Productivity,
            "Desktop Word, Excel, PowerPoint and Outlook with 1 TB of OneDrive storage, without business email.")
            .sku(sku("0001", "Microsoft 365 Apps for business").monthly(825).small_business()
                .upgrades_to(&[M365_BUSINESS_STANDARD, M365_BUSINESS_PREMIUM, "CFQ7TTC0LH1N:0001"]))
            .sku(sku("0002", "Microsoft 365 Apps for business (Nonprofit Staff Pricing)").segment(Nonprofit).monthly(275).small_business())
            .build(),
        product("CFQ7TTC0LH1N", "Microsoft 365 Apps for enterprise", OnlineServices, Productivity,
            "Desktop Office apps for enterprises, with no seat cap.")
            .sku(sku("0001", "Microsoft 365 Apps for enterprise").monthly(1200))
            .sku(sku("0002", "Microsoft 365 Apps for enterprise (Nonprofit Staff Pricing)").segment(Nonprofit).monthly(450))
            .build(),
        product("CFQ7TTC0LFLZ", "Microsoft 365 E3", OnlineServices, Productivity,
            "Office apps, Windows Enterprise, Intune and information protection for enterprises.")
            .sku(sku("0001", "Microsoft 365 E3").monthly(3600).reprice_from(date!(2026 - 07 - 01), super::builder::per_month(3900))
                .upgrades_to(&[M365_E5]))
            .sku(sku("0002", "Microsoft 365 E3 (no Teams)").monthly(3375).upgrades_to(&[M365_E5_NO_TEAMS]))
            .sku(sku("0003", "Microsoft 365 E3 (Nonprofit Staff Pricing)").segment(Nonprofit).monthly(2040))
            .build(),
        product("CFQ7TTC0LFLX", "Microsoft 365 E5", OnlineServices, Productivity,
            "E3 plus advanced security, compliance, Teams Phone and Power BI Pro.")
            .sku(sku("0001", "Microsoft 365 E5").monthly(5700).reprice_from(date!(2026 - 07 - 01), super::builder::per_month(6000)))
            .sku(sku("0002", "Microsoft 365 E5 (no Teams)").monthly(5475))
            .sku(sku("0003", "Microsoft 365 E5 (Nonprofit Staff Pricing)").segment(Nonprofit).monthly(3420))
            .sku(sku("0004", "Microsoft 365 E5 Trial").trial())
            .build(),
        product("CFQ7TTC0LGZT", "Microsoft 365 F3", OnlineServices, Productivity,
            "Web and mobile Office apps, Teams and device management for frontline workers.")
            .sku(sku("0001", "Microsoft 365 F3").monthly(800).reprice_from(date!(2026 - 07 - 01), super::builder::per_month(1000)).upgrades_to(&[M365_E3]))
            .build(),
        product("CFQ7TTC0LGZS", "Microsoft 365 F1", OnlineServices, Productivity,
            "Teams, SharePoint and identity for frontline workers, without Office apps or a mailbox.")
            .sku(sku("0001", "Microsoft 365 F1").monthly(225).reprice_from(date!(2026 - 07 - 01), super::builder::per_month(300)).upgrades_to(&[M365_F3]))
            .build(),
        product("CFQ7TTC0LF8Q", "Office 365 E1", OnlineServices, Productivity,
            "Web and mobile Office apps, email and file storage.")
            .sku(sku("0001", "Office 365 E1").monthly(1000).upgrades_to(&[O365_E3, O365_E5, M365_E3, M365_E5]))
            .sku(sku("0002", "Office 365 E1 (Nonprofit Staff Pricing)").segment(Nonprofit).monthly(600))
            .build(),
        product("CFQ7TTC0LF8R", "Office 365 E3", OnlineServices, Productivity,
            "Desktop Office apps, email, file storage and compliance tools.")
            .sku(sku("0001", "Office 365 E3").monthly(2300).reprice_from(date!(2026 - 07 - 01), super::builder::per_month(2600)).upgrades_to(&[O365_E5, M365_E3, M365_E5]))
            .sku(sku("0002", "Office 365 E3 (Nonprofit Staff Pricing)").segment(Nonprofit).monthly(1380))
            .sku(sku("0003", "Office 365 E3 Trial").trial())
            .build(),
        product("CFQ7TTC0LF8S", "Office 365 E5", OnlineServices, Productivity,
            "Office 365 E3 plus Teams Phone, audio conferencing and advanced compliance.")
            .sku(sku("0001", "Office 365 E5").monthly(3800))
            .build(),
        product("CFQ7TTC0LH16", "Exchange Online (Plan 1)", OnlineServices, Collaboration,
            "Business email with a 50 GB mailbox per user.")
            .sku(sku("0001", "Exchange Online (Plan 1)").monthly(400))
            .sku(sku("0002", "Exchange Online (Plan 1) (Nonprofit Staff Pricing)").segment(Nonprofit).monthly(200))
            .sku(sku("0003", "Exchange Online Kiosk").monthly(200))
            .build(),
        product("CFQ7TTC0LH1P", "Exchange Online (Plan 2)", OnlineServices, Collaboration,
            "Business email with a 100 GB mailbox, unlimited archiving and data loss prevention.")
            .sku(sku("0001", "Exchange Online (Plan 2)").monthly(800))
            .build(),
        product("CFQ7TTC0LH0R", "Exchange Online Archiving", OnlineServices, Compliance,
            "Unlimited archive storage for Exchange Online mailboxes. An add-on to an Exchange Online or Office 365 plan.")
            .sku(sku("0001", "Exchange Online Archiving for Exchange Online").monthly(300).add_on(&[EXCHANGE_P1, O365_E1]))
            .build(),
        product("CFQ7TTC0LHBM", "Office 365 Extra File Storage", OnlineServices, Storage,
            "Additional SharePoint storage for the whole organization, per GB.")
            .sku(sku("0001", "Office 365 Extra File Storage (1 GB)").monthly(20).quantity(1, 1_000_000)
                .add_on(&[M365_BUSINESS_BASIC, M365_BUSINESS_STANDARD, M365_BUSINESS_PREMIUM, M365_E3, M365_E5, O365_E1, O365_E3]))
            .build(),
        product("CFQ7TTC0HD33", "Visio", OnlineServices, Productivity,
            "Diagramming in the browser (Plan 1) or with the desktop app (Plan 2).")
            .sku(sku("0001", "Visio Plan 1").monthly(500))
            .sku(sku("0002", "Visio Plan 2").monthly(1500))
            .build(),
        product("CFQ7TTC0HDB0", "Planner and Project", OnlineServices, Productivity,
            "Project and portfolio management.")
            .sku(sku("0001", "Planner and Project Plan 3").monthly(3000))
            .sku(sku("0002", "Planner and Project Plan 5").monthly(5500))
            .build(),
        product("CFQ7TTC0J203", "Windows 365 Business", OnlineServices, Compute,
            "Cloud PCs for small businesses, billed per user.")
            .sku(sku("0001", "Windows 365 Business 2 vCPU, 4 GB, 128 GB").monthly(3100).per_customer(300))
            .sku(sku("0002", "Windows 365 Business 2 vCPU, 8 GB, 128 GB").monthly(4100).per_customer(300))
            .sku(sku("0003", "Windows 365 Business 4 vCPU, 16 GB, 256 GB").monthly(6600).per_customer(300))
            .build(),
        product("CFQ7TTC0J1DX", "Windows 365 Enterprise", OnlineServices, Compute,
            "Cloud PCs managed with Intune, for organizations of any size.")
            .sku(sku("0001", "Windows 365 Enterprise 2 vCPU, 8 GB, 128 GB").monthly(4100))
            .sku(sku("0002", "Windows 365 Enterprise 4 vCPU, 16 GB, 256 GB").monthly(6600))
            .build(),
        product("CFQ7TTC0LGVD", "Windows 11 Enterprise E3", OnlineServices, Security,
            "Windows Enterprise per user, with Windows Autopatch and Universal Print.")
            .sku(sku("0001", "Windows 11 Enterprise E3").monthly(700))
            .build(),
        product("CFQ7TTC0LGVF", "Windows 11 Enterprise E5", OnlineServices, Security,
            "Windows Enterprise E3 with Microsoft Defender for Endpoint Plan 2.")
            .sku(sku("0001", "Windows 11 Enterprise E5").monthly(1200))
            .build(),
    ]
}

fn security_and_identity() -> Vec<Product> {
    let e3_family = [M365_E3, M365_E3_NO_TEAMS, O365_E3];
    vec![
        product("CFQ7TTC0LFK5", "Microsoft Entra ID", OnlineServices, IdentityAndAccess,
            "Identity and access management: conditional access (P1) and identity protection (P2).")
            .sku(sku("0001", "Microsoft Entra ID P1").monthly(600))
            .sku(sku("0002", "Microsoft Entra ID P2").monthly(900))
            .build(),
        product("CFQ7TTC0LCH4", "Microsoft Intune", OnlineServices, Security,
            "Endpoint management for Windows, macOS, iOS and Android.")
            .sku(sku("0001", "Microsoft Intune Plan 1").monthly(800))
            .build(),
        product("CFQ7TTC0LCHR", "Microsoft Intune Suite", OnlineServices, Security,
            "Remote help, advanced analytics and endpoint privilege management. An add-on to Microsoft 365 E3, E5 or Business Premium.")
            // Any plan that includes Intune Plan 1, Intune Plan 1 itself included.
            .sku(sku("0001", "Microsoft Intune Suite").monthly(1000).add_on(&[INTUNE_P1, M365_E3, M365_E3_NO_TEAMS, M365_E5, M365_E5_NO_TEAMS, M365_BUSINESS_PREMIUM, M365_F1, M365_F3]))
            .build(),
        product("CFQ7TTC0LGZR", "Microsoft Defender for Endpoint", OnlineServices, Security,
            "Endpoint protection: next-generation antivirus (P1) and detection and response (P2).")
            .sku(sku("0001", "Microsoft Defender for Endpoint P1").monthly(300))
            .sku(sku("0002", "Microsoft Defender for Endpoint P2").monthly(520))
            .build(),
        product("CFQ7TTC0LHRH", "Microsoft Defender for Office 365", OnlineServices, Security,
            "Protection against phishing and malicious links and attachments in email and Teams.")
            .sku(sku("0001", "Microsoft Defender for Office 365 (Plan 1)").monthly(200))
            .sku(sku("0002", "Microsoft Defender for Office 365 (Plan 2)").monthly(500))
            .build(),
        product("CFQ7TTC0LHVK", "Microsoft Defender for Business", OnlineServices, Security,
            "Endpoint security for businesses of up to 300 users.")
            .sku(sku("0001", "Microsoft Defender for Business").monthly(300).per_customer(300))
            .build(),
        product("CFQ7TTC0LFK6", "Microsoft 365 E5 Security", OnlineServices, Security,
            "The security capabilities of E5 added to an E3 plan.")
            .sku(sku("0001", "Microsoft 365 E5 Security").monthly(1200).add_on(&e3_family))
            .build(),
        product("CFQ7TTC0LFK7", "Microsoft 365 E5 Compliance", OnlineServices, Compliance,
            "Information protection, eDiscovery and insider risk management added to an E3 plan.")
            .sku(sku("0001", "Microsoft 365 E5 Compliance").monthly(1200).add_on(&e3_family))
            .build(),
        product("CFQ7TTC0MM8R", "Microsoft 365 Copilot", OnlineServices, Productivity,
            "AI assistance in Word, Excel, PowerPoint, Outlook and Teams. Annual term only; an add-on to a qualifying Microsoft 365 or Office 365 plan.")
            .sku(sku("0001", "Microsoft 365 Copilot").terms(per_year(36000)).add_on(&COPILOT_BASES))
            // For businesses of up to 300 users (its price here is an illustration).
            .sku(sku("0003", "Microsoft 365 Copilot Business").terms(per_year(25200)).per_customer(300)
                .add_on(&[M365_BUSINESS_BASIC, M365_BUSINESS_STANDARD, M365_BUSINESS_PREMIUM, M365_APPS_FOR_BUSINESS]))
            .sku(sku("0002", "Microsoft 365 Copilot (Education Faculty)").segment(Education).terms(per_year(21600))
                .add_on(&[M365_A3_FACULTY]))
            .build(),
    ]
}

/// Microsoft's Teams add-on licensing: Teams Phone Standard is included in E5 (so it is no
/// add-on there) and added to the suites below, or to Teams Enterprise where a suite comes
/// without Teams; a calling plan needs Teams Phone; Teams Premium needs a license with Teams.
fn teams_and_add_ons() -> Vec<Product> {
    let teams_phone_bases = [
        M365_BUSINESS_BASIC,
        M365_BUSINESS_STANDARD,
        M365_BUSINESS_PREMIUM,
        M365_E3,
        M365_F1,
        M365_F3,
        O365_E1,
        O365_E3,
        TEAMS_ENTERPRISE,
    ];
    let teams_premium_bases = [
        M365_BUSINESS_BASIC,
        M365_BUSINESS_STANDARD,
        M365_BUSINESS_PREMIUM,
        M365_E3,
        M365_E5,
        O365_E1,
        O365_E3,
        O365_E5,
        TEAMS_ENTERPRISE,
    ];
    vec![
        product("CFQ7TTC0RM8K", "Microsoft Teams Essentials", OnlineServices, Communications,
            "Meetings, chat and file sharing for small businesses, without the rest of Microsoft 365.")
            .sku(sku("0001", "Microsoft Teams Essentials").monthly(400).per_customer(300))
            .build(),
        product("CFQ7TTC0TL9B", "Microsoft Teams Enterprise", OnlineServices, Communications,
            "Teams for enterprises that buy the Microsoft 365 suites without Teams.")
            .sku(sku("0001", "Microsoft Teams Enterprise").monthly(525))
            .build(),
        product("CFQ7TTC0J1FV", "Microsoft Teams Phone", OnlineServices, Communications,
            "Cloud phone system in Teams. An add-on to a Microsoft 365 or Office 365 plan; calling plans are sold separately.")
            // Teams Phone is sold where Teams is; only the calling plans follow the countries
            // where Microsoft is a phone carrier.
            .sku(sku("0001", "Microsoft Teams Phone Standard").monthly(1000).add_on(&teams_phone_bases))
            .sku(sku("0002", "Microsoft Teams Phone Standard (Nonprofit Pricing)").segment(Nonprofit).monthly(500)
                .add_on(&["CFQ7TTC0LH18:0002", "CFQ7TTC0LDPB:0002", "CFQ7TTC0LCHC:0002"]))
            .sku(sku("0003", "Microsoft Teams Domestic Calling Plan").monthly(1200).countries(TEAMS_PHONE).add_on(&[TEAMS_PHONE_STANDARD, TEAMS_PHONE_NONPROFIT, M365_E5, M365_E5_NO_TEAMS, O365_E5]))
            .build(),
        product("CFQ7TTC0RM9K", "Microsoft Teams Premium", OnlineServices, Communications,
            "Intelligent recaps, advanced webinars and meeting protection. An add-on to Teams.")
            .sku(sku("0001", "Microsoft Teams Premium").monthly(1000).add_on(&teams_premium_bases))
            .build(),
        product("CFQ7TTC0LHGN", "Microsoft Teams Rooms", OnlineServices, Communications,
            "Licenses for shared meeting-room devices.")
            .sku(sku("0001", "Microsoft Teams Rooms Pro").monthly(4000))
            .sku(sku("0002", "Microsoft Teams Rooms Basic").free().per_customer(25))
            .build(),
        product("CFQ7TTC0L3PB", "Power BI Pro", OnlineServices, Analytics,
            "Self-service analytics: publish and share Power BI reports.")
            .sku(sku("0001", "Power BI Pro").monthly(1400))
            .sku(sku("0002", "Power BI Pro (Nonprofit Staff Pricing)").segment(Nonprofit).monthly(300))
            .sku(sku("0003", "Power BI Pro for faculty").segment(Education).monthly(400))
            .sku(sku("0004", "Power BI Pro for GCC").segment(Government).monthly(1200).countries(US_ONLY))
            .sku(sku("0005", "Power BI Pro Trial").trial())
            .build(),
        product("CFQ7TTC0HL8W", "Power BI Premium Per User", OnlineServices, Analytics,
            "Larger models, paginated reports and AI features, per user.")
            .sku(sku("0001", "Power BI Premium Per User").monthly(2400))
            .sku(sku("0002", "Power BI Premium Per User Add-on").monthly(1000).add_on(&[POWER_BI_PRO, M365_E5]))
            .build(),
        product("CFQ7TTC0LH2H", "Power Apps Premium", OnlineServices, DeveloperTools,
            "Build and run unlimited custom apps, per user.")
            .sku(sku("0001", "Power Apps Premium").monthly(2000))
            .sku(sku("0002", "Power Apps Premium (Nonprofit Staff Pricing)").segment(Nonprofit).monthly(500))
            .build(),
        product("CFQ7TTC0LSGZ", "Power Automate Premium", OnlineServices, DeveloperTools,
            "Cloud flows, desktop flows and process mining, per user.")
            .sku(sku("0001", "Power Automate Premium").monthly(1500))
            .build(),
        product("CFQ7TTC0LH3N", "Microsoft Copilot Studio", OnlineServices, DeveloperTools,
            "Build custom agents; a tenant license for 25,000 messages a month.")
            .sku(sku("0001", "Microsoft Copilot Studio").monthly(20000).quantity(1, 100))
            .build(),
    ]
}

fn business_applications() -> Vec<Product> {
    vec![
        product(
            "CFQ7TTC0LHWP",
            "Dynamics 365 Business Central Essentials",
            OnlineServices,
            BusinessApplications,
            "Finance, sales, purchasing, inventory and projects for small and medium businesses.",
        )
        .sku(
            sku("0001", "Dynamics 365 Business Central Essentials")
                .monthly(8000)
                .countries(BUSINESS_CENTRAL),
        )
        .build(),
        product(
            "CFQ7TTC0LHWM",
            "Dynamics 365 Business Central Premium",
            OnlineServices,
            BusinessApplications,
            "Business Central Essentials plus manufacturing and service management.",
        )
        .sku(
            sku("0001", "Dynamics 365 Business Central Premium")
                .monthly(11000)
                .countries(BUSINESS_CENTRAL),
        )
        .build(),
        product(
            "CFQ7TTC0LHWQ",
            "Dynamics 365 Business Central Team Members",
            OnlineServices,
            BusinessApplications,
            "Read access and light tasks for Business Central users.",
        )
        .sku(
            sku("0001", "Dynamics 365 Business Central Team Members")
                .monthly(800)
                .countries(BUSINESS_CENTRAL),
        )
        .build(),
        product(
            "CFQ7TTC0LHWR",
            "Dynamics 365 Business Central Additional Environment",
            OnlineServices,
            BusinessApplications,
            "One more production or sandbox environment. An add-on to Business Central Essentials or Premium.",
        )
        .sku(
            sku("0001", "Dynamics 365 Business Central Additional Environment Addon")
                .monthly(4000)
                .quantity(1, 50)
                .countries(BUSINESS_CENTRAL)
                .add_on(&[BC_ESSENTIALS, BC_PREMIUM]),
        )
        .sku(
            sku("0002", "Dynamics 365 Business Central Database Capacity Addon (1 GB)")
                .monthly(500)
                .countries(BUSINESS_CENTRAL)
                .add_on(&[BC_ESSENTIALS, BC_PREMIUM]),
        )
        .build(),
        product(
            "CFQ7TTC0LH4W",
            "Dynamics 365 Sales",
            OnlineServices,
            BusinessApplications,
            "Sales force automation: leads, opportunities and forecasting.",
        )
        .sku(sku("0001", "Dynamics 365 Sales Professional").monthly(6500))
        .sku(sku("0002", "Dynamics 365 Sales Enterprise").monthly(10500))
        .sku(sku("0003", "Dynamics 365 Sales Enterprise Trial").trial())
        .sku(
            sku("0004", "Dynamics 365 Sales Enterprise (Nonprofit Pricing)")
                .segment(Nonprofit)
                .monthly(2800),
        )
        .build(),
        product(
            "CFQ7TTC0LH5C",
            "Dynamics 365 Customer Service",
            OnlineServices,
            BusinessApplications,
            "Case management, knowledge base and omnichannel support.",
        )
        .sku(sku("0001", "Dynamics 365 Customer Service Professional").monthly(5000))
        .sku(sku("0002", "Dynamics 365 Customer Service Enterprise").monthly(10500))
        .build(),
        product(
            "CFQ7TTC0LH6D",
            "Dynamics 365 Field Service",
            OnlineServices,
            BusinessApplications,
            "Scheduling, dispatch and mobile work orders for field technicians.",
        )
        .sku(sku("0001", "Dynamics 365 Field Service").monthly(10500))
        .sku(sku("0002", "Dynamics 365 Field Service Contractor").monthly(5000))
        .build(),
        product(
            "CFQ7TTC0LH7F",
            "Dynamics 365 Finance",
            OnlineServices,
            BusinessApplications,
            "Global financial management for large organizations.",
        )
        .sku(sku("0001", "Dynamics 365 Finance").monthly(21000).quantity(20, 10_000))
        .build(),
    ]
}

fn education() -> Vec<Product> {
    vec![
        product(
            "CFQ7TTC0LHRL",
            "Microsoft 365 A1",
            OnlineServices,
            BusinessCategory::Education,
            "Web Office apps and Teams for schools, licensed per device for the life of the device.",
        )
        .sku(
            sku("0001", "Microsoft 365 A1 for devices")
                .segment(Education)
                .terms(vec![term(TermDuration::ThreeYears, Money::usd(38, 0))]),
        )
        .build(),
        product(
            "CFQ7TTC0LHRN",
            "Microsoft 365 A3",
            OnlineServices,
            BusinessCategory::Education,
            "Office apps, Windows Education and device management for schools.",
        )
        .sku(
            sku("0001", "Microsoft 365 A3 for faculty")
                .segment(Education)
                .monthly(325),
        )
        .sku(
            sku("0002", "Microsoft 365 A3 for students")
                .segment(Education)
                .monthly(250),
        )
        .sku(
            sku("0003", "Microsoft 365 A3 for students use benefit")
                .segment(Education)
                .monthly(100),
        )
        .build(),
        product(
            "CFQ7TTC0LHRP",
            "Microsoft 365 A5",
            OnlineServices,
            BusinessCategory::Education,
            "A3 plus advanced security, compliance, analytics and Teams Phone for schools.",
        )
        .sku(
            sku("0001", "Microsoft 365 A5 for faculty")
                .segment(Education)
                .monthly(800),
        )
        .sku(
            sku("0002", "Microsoft 365 A5 for students")
                .segment(Education)
                .monthly(600),
        )
        .build(),
        product(
            "CFQ7TTC0LHRQ",
            "Office 365 A3",
            OnlineServices,
            BusinessCategory::Education,
            "Desktop Office apps, email and Teams for schools.",
        )
        .sku(sku("0001", "Office 365 A3 for faculty").segment(Education).monthly(325))
        .sku(
            sku("0002", "Office 365 A3 for students")
                .segment(Education)
                .monthly(250),
        )
        .build(),
        product(
            "CFQ7TTC0LHRS",
            "Microsoft 365 A5 Security",
            OnlineServices,
            Security,
            "The security capabilities of A5 added to A3.",
        )
        .sku(
            sku("0001", "Microsoft 365 A5 Security for faculty")
                .segment(Education)
                .monthly(300)
                .add_on(&[M365_A3_FACULTY]),
        )
        .build(),
        product(
            "CFQ7TTC0SBN1",
            "Minecraft Education",
            OnlineServices,
            BusinessCategory::Education,
            "Game-based learning for schools, per user per year.",
        )
        .sku(
            sku("0001", "Minecraft Education")
                .segment(Education)
                .terms(per_year(504)),
        )
        .build(),
    ]
}

fn government() -> Vec<Product> {
    vec![
        product(
            "CFQ7TTC0LHXD",
            "Microsoft 365 G3 GCC",
            OnlineServices,
            Productivity,
            "Microsoft 365 E3 for US government, in the Government Community Cloud.",
        )
        .sku(
            sku("0001", "Microsoft 365 G3 GCC")
                .segment(Government)
                .monthly(3200)
                .countries(US_ONLY),
        )
        .build(),
        product(
            "CFQ7TTC0LHXF",
            "Microsoft 365 G5 GCC",
            OnlineServices,
            Productivity,
            "Microsoft 365 E5 for US government, in the Government Community Cloud.",
        )
        .sku(
            sku("0001", "Microsoft 365 G5 GCC")
                .segment(Government)
                .monthly(5700)
                .countries(US_ONLY),
        )
        .build(),
        product(
            "CFQ7TTC0LHXG",
            "Office 365 G1 and G3 GCC",
            OnlineServices,
            Productivity,
            "Office 365 for US government, in the Government Community Cloud.",
        )
        .sku(
            sku("0001", "Office 365 G1 GCC")
                .segment(Government)
                .monthly(800)
                .countries(US_ONLY),
        )
        .sku(
            sku("0002", "Office 365 G3 GCC")
                .segment(Government)
                .monthly(2000)
                .countries(US_ONLY),
        )
        .build(),
        product(
            "CFQ7TTC0LHXH",
            "Exchange Online (Plan 1) for GCC",
            OnlineServices,
            Collaboration,
            "Business email for US government, in the Government Community Cloud.",
        )
        .sku(
            sku("0001", "Exchange Online (Plan 1) for GCC")
                .segment(Government)
                .monthly(400)
                .countries(US_ONLY),
        )
        .build(),
        product(
            "CFQ7TTC0LHXJ",
            "Microsoft 365 G5 Security GCC",
            OnlineServices,
            Security,
            "The security capabilities of G5 added to G3.",
        )
        .sku(
            sku("0001", "Microsoft 365 G5 Security GCC")
                .segment(Government)
                .monthly(1100)
                .countries(US_ONLY)
                .add_on(&[M365_G3]),
        )
        .build(),
        product(
            "CFQ7TTC0LHXK",
            "Microsoft Teams Phone Standard for GCC",
            OnlineServices,
            Communications,
            "Phone system in the cloud for Teams users in the Government Community Cloud.",
        )
        .sku(
            sku("0001", "Microsoft Teams Phone Standard for GCC")
                .segment(Government)
                .monthly(800)
                .countries(US_ONLY)
                .add_on(&[M365_G3]),
        )
        .build(),
    ]
}

fn azure() -> Vec<Product> {
    let reservation = |code: &str, title: &str, one: u64, three: u64| {
        sku(code, title)
            .terms(super::builder::reservation_terms(one, three))
            .quantity(1, 1000)
    };
    vec![
        product("DZH318Z0BPS6", "Azure plan", Azure, Compute,
            "Pay-as-you-go access to Azure services, billed monthly for what the customer uses. One plan per customer.")
            .usage()
            .sku(sku("0001", "Azure plan").per_customer(1))
            .build(),
        product("DZH318Z0BPVQ", "Azure plan for US Government", Azure, Compute,
            "Azure Government regions for US government customers, sold from Partner Center for Microsoft Cloud for US Government by partners with the US Government Cloud validation.")
            .usage()
            .government_partner_center()
            .sku(sku("0001", "Azure plan for US Government").segment(Government).countries(US_ONLY).per_customer(1))
            .build(),
        product("DZH318Z0BQ3Q", "Reserved VM Instance, Dv5 Series", Azure, Compute,
            "General-purpose virtual machines reserved for 1 or 3 years, in one region.")
            .sku(reservation("0001", "Standard_D2s_v5 US East", 61_000, 117_600))
            .sku(reservation("0002", "Standard_D4s_v5 US East", 122_000, 235_200))
            .sku(reservation("0003", "Standard_D8s_v5 US East", 244_000, 470_400))
            .sku(reservation("0004", "Standard_D2s_v5 West Europe", 70_100, 135_200))
            .sku(reservation("0005", "Standard_D4s_v5 West Europe", 140_200, 270_400))
            .sku(reservation("0006", "Standard_D8s_v5 West Europe", 280_400, 540_800))
            .build(),
        product("DZH318Z0BQ4R", "Reserved VM Instance, Ev5 Series", Azure, Compute,
            "Memory-optimized virtual machines reserved for 1 or 3 years, in one region.")
            .sku(reservation("0001", "Standard_E2s_v5 US East", 80_000, 154_000))
            .sku(reservation("0002", "Standard_E4s_v5 US East", 160_000, 308_000))
            .sku(reservation("0003", "Standard_E8s_v5 US East", 320_000, 616_000))
            .sku(reservation("0004", "Standard_E4s_v5 North Europe", 168_000, 323_400))
            .build(),
        product("DZH318Z0BQ5S", "Reserved VM Instance, B Series", Azure, Compute,
            "Burstable virtual machines reserved for 1 or 3 years, in one region.")
            .sku(reservation("0001", "Standard_B1ms US East", 9_100, 17_500))
            .sku(reservation("0002", "Standard_B2ms US East", 36_400, 70_100))
            .sku(reservation("0003", "Standard_B4ms US East", 72_800, 140_200))
            .build(),
        product("DZH318Z0BQ6T", "Azure SQL Database Reserved Capacity", Azure, Databases,
            "vCore compute for Azure SQL Database reserved for 1 or 3 years.")
            .sku(reservation("0001", "SQL Database General Purpose Gen5, 1 vCore, US East", 95_000, 190_000))
            .sku(reservation("0002", "SQL Database Business Critical Gen5, 1 vCore, US East", 260_000, 520_000))
            .build(),
        product("DZH318Z0BQ7V", "Azure Cosmos DB Reserved Capacity", Azure, Databases,
            "Provisioned throughput for Azure Cosmos DB reserved for 1 or 3 years.")
            .sku(reservation("0001", "Azure Cosmos DB, 100 RU/s", 6_100, 14_000))
            .sku(reservation("0002", "Azure Cosmos DB, 1,000 RU/s", 58_000, 131_000))
            .build(),
        product("DZH318Z0BQ8W", "Azure savings plan for compute", Azure, Compute,
            "An hourly spend commitment for compute. Listed for information: customers buy it in the Azure portal.")
            .usage()
            .azure_portal()
            .sku(sku("0001", "Azure savings plan for compute").quantity(1, 1))
            .build(),
        product("DZH318Z0BQ9X", "Azure Marketplace virtual machine images", Azure, Compute,
            "Third-party VM images billed with Azure consumption. Listed for information: deployed from the Azure portal.")
            .usage()
            .azure_portal()
            .sku(sku("0001", "Azure Marketplace virtual machine images").quantity(1, 1))
            .build(),
    ]
}

fn software() -> Vec<Product> {
    let retired = date!(2026 - 06 - 30);
    vec![
        product(
            "DG7GMGF0D7FV",
            "Windows Server 2025 Datacenter",
            Software,
            Compute,
            "Unlimited Windows Server virtual machines on licensed cores. Sold in 2-core and 16-core packs.",
        )
        .sku(
            sku("0001", "Windows Server 2025 Datacenter - 2 Core License Pack")
                .terms(one_and_three_years(21_600, 61_600))
                .quantity(8, 5000),
        )
        .sku(
            sku("0002", "Windows Server 2025 Datacenter - 16 Core License Pack")
                .terms(one_and_three_years(172_800, 492_800)),
        )
        .sku(
            sku(
                "0003",
                "Windows Server 2025 Datacenter - 2 Core License Pack (Education)",
            )
            .segment(Education)
            .terms(one_and_three_years(4_300, 12_300))
            .quantity(8, 5000),
        )
        .build(),
        product(
            "DG7GMGF0D7FW",
            "Windows Server 2025 Standard",
            Software,
            Compute,
            "Windows Server for physical or minimally virtualized environments.",
        )
        .sku(
            sku("0001", "Windows Server 2025 Standard - 2 Core License Pack")
                .terms(one_and_three_years(3_700, 10_500))
                .quantity(8, 5000),
        )
        .sku(
            sku("0002", "Windows Server 2025 Standard - 16 Core License Pack")
                .terms(one_and_three_years(29_600, 84_400)),
        )
        .sku(
            sku("0003", "Windows Server 2025 Standard - 2 Core License Pack (Nonprofit)")
                .segment(Nonprofit)
                .terms(one_and_three_years(900, 2_600))
                .quantity(8, 5000),
        )
        .build(),
        product(
            "DG7GMGF0D7FX",
            "Windows Server 2025 Remote Desktop Services",
            Software,
            Compute,
            "Client access licenses for Remote Desktop Services.",
        )
        .sku(
            sku("0001", "Windows Server 2025 Remote Desktop Services - 1 User CAL")
                .terms(one_and_three_years(4_900, 14_000)),
        )
        .sku(
            sku("0002", "Windows Server 2025 Remote Desktop Services - 1 Device CAL")
                .terms(one_and_three_years(4_400, 12_600)),
        )
        .build(),
        product(
            "DG7GMGF0D7FY",
            "Windows Server 2025 CAL",
            Software,
            Compute,
            "Client access licenses for Windows Server.",
        )
        .sku(sku("0001", "Windows Server 2025 - 1 User CAL").terms(one_and_three_years(1_300, 3_700)))
        .sku(sku("0002", "Windows Server 2025 - 1 Device CAL").terms(one_and_three_years(1_100, 3_200)))
        .build(),
        product(
            "DG7GMGF0D5RK",
            "Windows Server 2022 Datacenter",
            Software,
            Compute,
            "The previous version. Left the price list on 30 June 2026; buy Windows Server 2025 instead.",
        )
        .sku(
            sku("0001", "Windows Server 2022 Datacenter - 2 Core License Pack")
                .terms(one_and_three_years(20_900, 59_600))
                .quantity(8, 5000)
                .until(retired),
        )
        .sku(
            sku("0002", "Windows Server 2022 Datacenter - 16 Core License Pack")
                .terms(one_and_three_years(167_200, 476_800))
                .until(retired),
        )
        .build(),
        product(
            "DG7GMGF0FKZV",
            "SQL Server 2022 Standard",
            Software,
            Databases,
            "SQL Server for departmental and small-business workloads, per core or server plus CALs.",
        )
        .sku(
            sku("0001", "SQL Server 2022 Standard - 2 Core License Pack")
                .terms(one_and_three_years(75_000, 213_800))
                .quantity(2, 5000),
        )
        .sku(sku("0002", "SQL Server 2022 Standard - Server").terms(one_and_three_years(19_500, 55_600)))
        .sku(sku("0003", "SQL Server 2022 - 1 User CAL").terms(one_and_three_years(5_200, 14_800)))
        .sku(
            sku("0004", "SQL Server 2022 Standard - 2 Core License Pack (Education)")
                .segment(Education)
                .terms(one_and_three_years(15_000, 42_800))
                .quantity(2, 5000),
        )
        .build(),
        product(
            "DG7GMGF0FKZW",
            "SQL Server 2022 Enterprise",
            Software,
            Databases,
            "SQL Server for mission-critical workloads, per core.",
        )
        .sku(
            sku("0001", "SQL Server 2022 Enterprise - 2 Core License Pack")
                .terms(one_and_three_years(287_600, 819_700))
                .quantity(2, 5000),
        )
        .build(),
        product(
            "DG7GMGF0FKZX",
            "SQL Server 2025 Standard",
            Software,
            Databases,
            "The next SQL Server release, listed from 1 January 2027.",
        )
        .sku(
            sku("0001", "SQL Server 2025 Standard - 2 Core License Pack")
                .terms(one_and_three_years(78_000, 222_300))
                .quantity(2, 5000)
                .from(date!(2027 - 01 - 01)),
        )
        .build(),
    ]
}

fn marketplace_saas() -> Vec<Product> {
    vec![
        product(
            "DZH318Z08M7F",
            "Acronis Cyber Protect Cloud",
            OnlineServices,
            Storage,
            "Backup, disaster recovery and endpoint protection for Microsoft 365 and servers.",
        )
        .publisher("Acronis")
        .sku(sku("0001", "Acronis Cyber Protect Cloud - Standard, per workload").monthly(450))
        .sku(sku("0002", "Acronis Cyber Protect Cloud - Advanced, per workload").monthly(900))
        .build(),
        product(
            "DZH318Z08M8G",
            "Nitro PDF Pro",
            OnlineServices,
            Productivity,
            "Edit, convert and sign PDF documents.",
        )
        .publisher("Nitro Software")
        .sku(sku("0001", "Nitro PDF Pro - Annual").terms(per_year(17_900)))
        .sku(sku("0002", "Nitro PDF Pro Trial").trial())
        .build(),
        product(
            "DZH318Z08M9H",
            "Mimecast Email Security",
            OnlineServices,
            Security,
            "Email security, archiving and continuity for Microsoft 365.",
        )
        .publisher("Mimecast")
        .sku(
            sku("0001", "Mimecast Email Security, Cloud Gateway")
                .monthly(350)
                .quantity(10, 50_000),
        )
        .sku(
            sku("0002", "Mimecast Email Security, Cloud Integrated")
                .monthly(250)
                .quantity(10, 50_000),
        )
        .build(),
        product(
            "DZH318Z08MBJ",
            "Signaturit eSignature",
            OnlineServices,
            Productivity,
            "eIDAS-compliant electronic signatures. The publisher sells it in the European Union only.",
        )
        .publisher("Signaturit Solutions")
        .sku(
            sku("0001", "Signaturit eSignature - Business")
                .monthly(1500)
                .countries(EUROPEAN_UNION),
        )
        .sku(
            sku("0002", "Signaturit eSignature - Enterprise")
                .monthly(4000)
                .countries(EUROPEAN_UNION),
        )
        .build(),
        product(
            "DZH318Z08MCK",
            "AvePoint Cloud Backup for Microsoft 365",
            OnlineServices,
            Storage,
            "Automatic backup and granular restore for Exchange, SharePoint, OneDrive and Teams.",
        )
        .publisher("AvePoint")
        .sku(
            sku("0001", "AvePoint Cloud Backup - per user")
                .monthly(300)
                .quantity(50, 100_000),
        )
        .sku(
            sku("0002", "AvePoint Cloud Backup - per user (Nonprofit)")
                .segment(Nonprofit)
                .monthly(150)
                .quantity(50, 100_000),
        )
        .build(),
        product(
            "DZH318Z08MDL",
            "SendGrid Email API",
            OnlineServices,
            DeveloperTools,
            "Transactional email delivery, billed for the emails sent.",
        )
        .publisher("Twilio")
        .usage()
        .sku(sku("0001", "SendGrid Email API - pay as you go").quantity(1, 1))
        .build(),
        product(
            "DZH318Z08MFM",
            "Kahoot! EDU",
            OnlineServices,
            BusinessCategory::Education,
            "Game-based quizzes and lessons for schools, per teacher.",
        )
        .publisher("Kahoot!")
        .sku(
            sku("0001", "Kahoot! EDU Pro for teachers")
                .segment(Education)
                .terms(per_year(7_200)),
        )
        .build(),
        product(
            "DZH318Z08MGN",
            "ShareGate",
            OnlineServices,
            Collaboration,
            "Migration and governance for Microsoft 365 tenants.",
        )
        .publisher("Workleap")
        .sku(
            sku("0001", "ShareGate Migrate")
                .terms(per_year(599_500))
                .quantity(1, 10),
        )
        .sku(
            sku("0002", "ShareGate Protect")
                .terms(per_year(499_500))
                .quantity(1, 10),
        )
        .build(),
        product(
            "DZH318Z08MHP",
            "Keeper Enterprise",
            OnlineServices,
            IdentityAndAccess,
            "Password and secrets management for organizations.",
        )
        .publisher("Keeper Security")
        .sku(sku("0001", "Keeper Business").monthly(375).quantity(5, 100_000))
        .sku(sku("0002", "Keeper Enterprise").monthly(500).quantity(5, 100_000))
        .sku(sku("0003", "Keeper Business Trial").trial())
        .build(),
    ]
}
