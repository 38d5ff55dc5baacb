//! When each rule is in force, and what it said before.
//!
//! Microsoft changes its rules: the seeds this app started from describe 2020, new commerce
//! changed cancellations, prices and trials from 2022, Teams left the enterprise suites in
//! 2023 and 2024. The engine applies the version in force on the app's day, so moving the day
//! back shows the older rule; the Rules page and `docs/rules.md` list every version with its
//! dates and where it comes from.

use time::macros::date;
use time::Date;

use super::book::Rule;

/// The first day a license-based subscription can be cancelled, or have seats removed, within
/// 168 hours of its purchase or renewal; before it, new commerce allowed 72 hours.
pub const SEVEN_DAY_WINDOW_FROM: Date = date!(2022 - 03 - 01);
/// How long the window was before [`SEVEN_DAY_WINDOW_FROM`].
pub const FIRST_WINDOW_HOURS: i64 = 72;
/// How long the window is from [`SEVEN_DAY_WINDOW_FROM`].
pub const WINDOW_HOURS: i64 = 168;

/// The first day customers new to the enterprise suites in the European Economic Area and
/// Switzerland buy them without Teams.
pub const TEAMS_UNBUNDLED_IN_EUROPE_FROM: Date = date!(2023 - 10 - 01);
/// The same, everywhere else.
pub const TEAMS_UNBUNDLED_WORLDWIDE_FROM: Date = date!(2024 - 04 - 01);

/// The first day a customer in `country` new to the enterprise suites buys them without Teams.
pub fn teams_unbundled_from(country: crate::domain::country::CountryCode) -> Date {
    if crate::domain::region::in_eea_or_switzerland(country) {
        TEAMS_UNBUNDLED_IN_EUROPE_FROM
    } else {
        TEAMS_UNBUNDLED_WORLDWIDE_FROM
    }
}

/// The window, in hours, for a purchase or renewal made on `day`.
pub fn window_hours(day: Date) -> i64 {
    if day < SEVEN_DAY_WINDOW_FROM {
        FIRST_WINDOW_HOURS
    } else {
        WINDOW_HOURS
    }
}

/// An earlier version of a rule: what it said up to its last day in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Earlier {
    /// Its last day in force; `None` when no source says when it changed (the engine then
    /// applies the current version on every day, and the Rules page says the date is unknown).
    pub until: Option<Date>,
    /// The locale message that holds its sentence and source (English here, checked by a test
    /// against `locales/en.ftl`).
    pub key: &'static str,
    pub explanation: &'static str,
}

/// Which version of a rule applies on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// The version the rule book states (its explanation and source).
    Current,
    Earlier(&'static Earlier),
}

impl Rule {
    /// The first day the rule as the book states it is in force, when it has changed or began
    /// on a known day.
    pub fn since(self) -> Option<Date> {
        match self {
            Rule::CustomerAgreement => Some(crate::domain::customer::AGREEMENT_REQUIRED_FROM),
            Rule::SeatChanges => Some(SEVEN_DAY_WINDOW_FROM),
            Rule::TeamsSuites => Some(TEAMS_UNBUNDLED_WORLDWIDE_FROM),
            _ => None,
        }
    }

    /// The versions before the current one, oldest first.
    pub fn earlier(self) -> &'static [Earlier] {
        match self {
            Rule::ResellerQualification => &RESELLER_EARLIER,
            Rule::SeatChanges => &SEAT_CHANGES_EARLIER,
            Rule::TeamsSuites => &TEAMS_EARLIER,
            Rule::AddOnBase => &ADD_ON_EARLIER,
            _ => &[],
        }
    }

    /// Whether the rule as the book states it is in force on `day` (on every day without a
    /// start date).
    pub fn in_force_on(self, day: Date) -> bool {
        self.since().is_none_or(|since| day >= since)
    }

    /// The version in force on `day`.
    pub fn version_on(self, day: Date) -> Version {
        self.earlier()
            .iter()
            .find(|e| e.until.is_some_and(|until| day <= until))
            .map_or(Version::Current, Version::Earlier)
    }
}

const RESELLER_EARLIER: [Earlier; 1] = [Earlier {
    until: None,
    key: "rule-earlier-reseller-qualification",
    explanation: "As the 2020 seeds describe it, license-based Government subscriptions needed no reseller qualification; only Azure for Government needed the US Government Cloud validation. When Microsoft began requiring GCC validation is unverified.",
}];

const SEAT_CHANGES_EARLIER: [Earlier; 1] = [Earlier {
    until: Some(date!(2022 - 02 - 28)),
    key: "rule-earlier-seat-changes",
    explanation: "When new commerce began for licenses (January 2022), seats could be removed, and a subscription cancelled, only within 72 hours of the purchase or a renewal.",
}];

const TEAMS_EARLIER: [Earlier; 2] = [
    Earlier {
        until: Some(date!(2023 - 09 - 30)),
        key: "rule-earlier-teams-suites-everywhere",
        explanation: "Every commercial customer could buy the enterprise suites with Teams (Office 365 E1, E3, E5, Microsoft 365 E3, E5).",
    },
    Earlier {
        until: Some(date!(2024 - 03 - 31)),
        key: "rule-earlier-teams-suites-outside-europe",
        explanation: "In the European Economic Area and Switzerland, customers new to the enterprise suites bought them without Teams; everywhere else, every commercial customer could still buy them with Teams.",
    },
];

const ADD_ON_EARLIER: [Earlier; 1] = [Earlier {
    until: None,
    key: "rule-earlier-add-on-base",
    explanation: "As the 2020 seeds describe it, an add-on was bought onto a base subscription the partner chose, and it ended when that base was cancelled or expired.",
}];
