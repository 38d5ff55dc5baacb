//! Training: exercises the rules engine writes and marks. Each exercise is a situation drawn
//! from the catalog and the demo customers (a customer, sometimes with facts changed as
//! What-if changes them, a day, and an offer to buy or a change to a subscription the customer
//! owns): "can the partner do this here?". The engine's verdict is the answer; for a No, the
//! trainee picks the reasons from the engine's true ones mixed with plausible false ones.
//!
//! Everything here is pure and deterministic for a seed, so a trainer can hand a class the
//! same set with a link. [`pool`] draws the sets, [`after_sale`] the questions on owned
//! subscriptions, [`progress`] keeps the trainee's answers.

mod after_sale;
mod pool;
mod progress;

pub use after_sale::{AfterSale, SeatChange};
pub use pool::{ExercisePool, PoolBuilder, DECOYS};
pub use progress::{progress, record_attempt, Attempt, Progress};

use time::Date;

use crate::domain::catalog::Catalog;
use crate::domain::customer::{Customer, Qualification};
use crate::domain::ids::{CatalogItemId, CustomerId};
use crate::domain::partner::{Partner, PartnerType};
use crate::domain::rules::{Context, Reason, Rule};
use crate::domain::whatif::WhatIf;
use crate::i18n::labels::{seats, Label};
use crate::i18n::{format, keys, text, text_with, Args, Key, Language};

/// A group of rule families a trainee can practise on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    SpecialSegments,
    PartnerAndAgreement,
    Countries,
    AddOns,
    PriceListsAndTrials,
    Quantities,
    AfterTheSale,
}

impl Theme {
    pub const ALL: [Theme; 7] = [
        Theme::SpecialSegments,
        Theme::PartnerAndAgreement,
        Theme::Countries,
        Theme::AddOns,
        Theme::PriceListsAndTrials,
        Theme::Quantities,
        Theme::AfterTheSale,
    ];

    /// The rule families the theme's exercises are about.
    pub fn rules(self) -> &'static [Rule] {
        match self {
            Theme::SpecialSegments => &[
                Rule::SegmentPurchaseRules,
                Rule::QualificationApproved,
                Rule::GovernmentLock,
            ],
            Theme::PartnerAndAgreement => &[
                Rule::CustomerAgreement,
                Rule::ResellerQualification,
                Rule::IndirectReseller,
                Rule::PurchaseChannel,
            ],
            Theme::Countries => &[Rule::RegionalAuthorization, Rule::PartnerCountry, Rule::CustomerCountry],
            Theme::AddOns => &[Rule::AddOnBase, Rule::ReservationAzurePlan],
            Theme::PriceListsAndTrials => &[Rule::PriceList, Rule::OneTrialPerOffer, Rule::TeamsSuites],
            Theme::Quantities => &[Rule::Quantity],
            Theme::AfterTheSale => &[Rule::SeatChanges, Rule::Upgrades],
        }
    }

    /// The theme a rule family is practised under.
    pub fn of(rule: Rule) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.rules().contains(&rule))
    }
}

impl Label for Theme {
    fn key(&self) -> Key {
        match self {
            Theme::SpecialSegments => keys::THEME_SPECIAL_SEGMENTS,
            Theme::PartnerAndAgreement => keys::THEME_PARTNER_AND_AGREEMENT,
            Theme::Countries => keys::THEME_COUNTRIES,
            Theme::AddOns => keys::THEME_ADD_ONS,
            Theme::PriceListsAndTrials => keys::THEME_PRICE_LISTS_AND_TRIALS,
            Theme::Quantities => keys::THEME_QUANTITIES,
            Theme::AfterTheSale => keys::THEME_AFTER_THE_SALE,
        }
    }
}

/// What a trainee is asked about: a demo customer, the facts assumed different (as What-if
/// assumes them), a day, and what the partner wants to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Situation {
    pub customer: CustomerId,
    pub what_if: WhatIf,
    pub day: Date,
    pub ask: Ask,
}

/// What the partner wants to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ask {
    /// Buy an offer; for quantity exercises, this many seats.
    Buy {
        offer: CatalogItemId,
        quantity: Option<u32>,
    },
    /// Change a subscription the customer owns.
    AfterSale(AfterSale),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exercise {
    pub theme: Theme,
    pub situation: Situation,
    /// The engine's reasons: empty when the offer can be sold.
    pub reasons: Vec<Reason>,
    /// The reasons offered to pick from: the true ones and plausible false ones, mixed.
    pub choices: Vec<Reason>,
}

impl Exercise {
    pub fn can_sell(&self) -> bool {
        self.reasons.is_empty()
    }

    pub fn is_after_sale(&self) -> bool {
        matches!(self.situation.ask, Ask::AfterSale(_))
    }

    /// "Can Trey Research Cloud Services sell 26 seats of Microsoft Teams Rooms Basic to
    /// Contoso Pharmaceuticals on 24 November 2026?", or after the sale "Can Trey Research
    /// Cloud Services remove 1 seat from the Microsoft 365 E3 subscription of Fabrikam GmbH on
    /// 4 September 2025 at 10:00 UTC?", in the language.
    pub fn question(&self, catalog: &Catalog, partner: &Partner, customers: &[Customer], language: Language) -> String {
        self.question_lines(catalog, partner, customers, language).join(" ")
    }

    /// The question in the lines the language breaks it into, a fact of the situation each
    /// ("Can Trey Research Cloud Services", "sell 26 seats of Microsoft Teams Rooms Basic",
    /// "to Contoso Pharmaceuticals", "on 24 November 2026?"): a trainee reads who, what, to
    /// whom and when at a glance.
    pub fn question_lines(
        &self,
        catalog: &Catalog,
        partner: &Partner,
        customers: &[Customer],
        language: Language,
    ) -> Vec<String> {
        self.question_text(catalog, partner, customers, language)
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The question as the language's messages write it, a line per fact.
    fn question_text(
        &self,
        catalog: &Catalog,
        partner: &Partner,
        customers: &[Customer],
        language: Language,
    ) -> String {
        let situation = &self.situation;
        let customer = customers.iter().find(|c| c.id == situation.customer);
        let name = customer.map_or_else(|| situation.customer.to_string(), |c| c.name.clone());
        let day = format::date(language, situation.day);
        match &situation.ask {
            Ask::Buy { offer, quantity } => {
                let offer = catalog
                    .offer_index(offer)
                    .map_or_else(|| offer.to_string(), |i| catalog.offer_at(i).sku.title.clone());
                let what = match quantity {
                    Some(quantity) => text_with(
                        language,
                        keys::TRAINING_WHAT_QUANTITY,
                        &Args::new()
                            .text("seats", seats(language, *quantity))
                            .text("offer", offer),
                    ),
                    None => offer,
                };
                text_with(
                    language,
                    keys::TRAINING_QUESTION_BUY,
                    &Args::new()
                        .text("partner", partner.name.clone())
                        .text("what", what)
                        .text("customer", name)
                        .text("day", day),
                )
            }
            Ask::AfterSale(change) => {
                let what = customer.map_or_else(String::new, |c| change.what(catalog, c, language));
                text_with(
                    language,
                    keys::TRAINING_QUESTION_AFTER_SALE,
                    &Args::new()
                        .text("partner", partner.name.clone())
                        .text("what", what)
                        .text("day", day)
                        .text("time", after_sale::hour_text()),
                )
            }
        }
    }

    /// The facts the trainee is given: those assumed different from the stored ones and,
    /// after the sale, the subscription's history, as sentences in the language.
    pub fn assumptions(&self, customers: &[Customer], language: Language) -> Vec<String> {
        let w = &self.situation.what_if;
        let say = |key| text(language, key);
        let country = |code| match language {
            Language::English => crate::domain::country::CountryCode::name_in_sentence(&code),
            _ => format::country(language, code),
        };
        let mut found = Vec::new();
        match w.qualification {
            Some(Qualification::None) => found.push(say(keys::ASSUME_NO_QUALIFICATION)),
            Some(q) => found.push(text_with(
                language,
                keys::ASSUME_QUALIFICATION,
                &Args::new().text("qualification", q.label(language)),
            )),
            None => {}
        }
        if w.agreement_accepted == Some(false) {
            found.push(say(keys::ASSUME_NO_AGREEMENT));
        }
        if let Some(partner_type) = w.partner_type {
            found.push(say(match partner_type {
                PartnerType::DirectBill => keys::ASSUME_PARTNER_DIRECT_BILL,
                PartnerType::IndirectProvider => keys::ASSUME_PARTNER_INDIRECT_PROVIDER,
                PartnerType::IndirectReseller => keys::ASSUME_PARTNER_INDIRECT_RESELLER,
            }));
        }
        match w.us_government_cloud {
            Some(true) => found.push(say(keys::ASSUME_US_GOV)),
            Some(false) => found.push(say(keys::ASSUME_NO_US_GOV)),
            None => {}
        }
        match w.gcc_validated {
            Some(true) => found.push(say(keys::ASSUME_GCC_VALIDATED)),
            Some(false) => found.push(say(keys::ASSUME_NO_GCC)),
            None => {}
        }
        if let Some(code) = w.partner_country {
            found.push(text_with(
                language,
                keys::ASSUME_PARTNER_COUNTRY,
                &Args::new().text("country", country(code)),
            ));
        }
        if let Some(code) = w.customer_country {
            found.push(text_with(
                language,
                keys::ASSUME_CUSTOMER_COUNTRY,
                &Args::new().text("country", country(code)),
            ));
        }
        if let (Ask::AfterSale(change), Some(customer)) = (
            &self.situation.ask,
            customers.iter().find(|c| c.id == self.situation.customer),
        ) {
            found.extend(change.facts(customer, self.situation.day, language));
        }
        found
    }
}

/// The engine's reasons in a situation (none: it can be done), or `None` if the situation
/// names a customer, offer or subscription that isn't there.
pub fn judge(
    catalog: &Catalog,
    partner: &Partner,
    customers: &[Customer],
    situation: &Situation,
) -> Option<Vec<Reason>> {
    let customer = customers.iter().find(|c| c.id == situation.customer)?;
    let (partner, customer) = situation.what_if.apply(partner, customer, situation.day);
    match &situation.ask {
        Ask::Buy { offer, quantity } => {
            let offer = catalog.offer_at(catalog.offer_index(offer)?);
            let context = Context::new(catalog, &partner, &customer, situation.day);
            let mut reasons = context.evaluate(offer).reasons().to_vec();
            if let Some(quantity) = quantity {
                if let Err(found) = context.check_quantity(offer, &quantity.to_string()) {
                    reasons.extend(found);
                }
            }
            Some(reasons)
        }
        Ask::AfterSale(change) => after_sale::judge(catalog, &partner, &customer, situation.day, change),
    }
}

/// The trainee's answer: Yes or No, and for No the reasons picked.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Answer {
    pub can_sell: bool,
    pub reasons: Vec<Reason>,
}

/// How an answer fares against the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Yes or No was right.
    pub verdict_right: bool,
    /// True reasons the trainee did not pick.
    pub missed: Vec<Reason>,
    /// Reasons picked that are not true here.
    pub wrong: Vec<Reason>,
}

impl Mark {
    /// Right only when Yes/No is right and, for a No, exactly the true reasons were picked.
    pub fn is_right(&self) -> bool {
        self.verdict_right && self.missed.is_empty() && self.wrong.is_empty()
    }
}

pub fn mark(exercise: &Exercise, answer: &Answer) -> Mark {
    let verdict_right = answer.can_sell == exercise.can_sell();
    // Reasons only count for a No; a Yes picks none.
    let picked: &[Reason] = if answer.can_sell { &[] } else { &answer.reasons };
    Mark {
        verdict_right,
        missed: exercise
            .reasons
            .iter()
            .filter(|r| !answer.can_sell && !picked.contains(r))
            .cloned()
            .collect(),
        wrong: picked
            .iter()
            .filter(|r| !exercise.reasons.contains(r))
            .cloned()
            .collect(),
    }
}
