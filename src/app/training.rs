//! Training: exercises the rules engine writes and marks. Each exercise is a situation drawn
//! from the catalog and the demo customers (a customer, sometimes with facts changed as
//! What-if changes them, an offer, a day, sometimes a quantity): "can the partner sell this
//! here?". The engine's verdict is the answer; for a No, the trainee picks the reasons from
//! the engine's true ones mixed with plausible false ones.
//!
//! Everything here is pure and deterministic for a seed, so a trainer can hand a class the
//! same set with a link.

use std::collections::HashSet;
use std::fmt;
use std::mem::discriminant;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::app::slug::Slug;
use crate::app::store::{load, save, StorageNotice, Store, StoredKey};

use crate::domain::catalog::{Catalog, OfferIndex, Segment};
use crate::domain::country::CountryCode;
use crate::domain::customer::{Customer, Qualification};
use crate::domain::dates::long;
use crate::domain::ids::{CatalogItemId, CustomerId};
use crate::domain::partner::{Partner, PartnerType};
use crate::domain::random::SplitMix64;
use crate::domain::rules::{Context, Reason, Rule};
use crate::domain::whatif::WhatIf;
use crate::domain::words::{seats, with_article};

/// A group of rule families a trainee can practise on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    SpecialSegments,
    PartnerAndAgreement,
    Countries,
    AddOns,
    PriceListsAndTrials,
    Quantities,
}

impl Theme {
    pub const ALL: [Theme; 6] = [
        Theme::SpecialSegments,
        Theme::PartnerAndAgreement,
        Theme::Countries,
        Theme::AddOns,
        Theme::PriceListsAndTrials,
        Theme::Quantities,
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
            Theme::AddOns => &[Rule::AddOnBase],
            Theme::PriceListsAndTrials => &[Rule::PriceList, Rule::OneTrialPerOffer],
            Theme::Quantities => &[Rule::Quantity],
        }
    }

    /// The theme a rule family is practised under; the lifecycle rules (seat changes,
    /// upgrades) have no exercises yet.
    pub fn of(rule: Rule) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.rules().contains(&rule))
    }
}

impl fmt::Display for Theme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Theme::SpecialSegments => "Special segments",
            Theme::PartnerAndAgreement => "Partner and Customer Agreement",
            Theme::Countries => "Countries",
            Theme::AddOns => "Add-ons",
            Theme::PriceListsAndTrials => "Price lists and trials",
            Theme::Quantities => "Quantities",
        })
    }
}

/// What a trainee is asked about: a demo customer, the facts assumed different (as What-if
/// assumes them), an offer, a day and, for quantity exercises, a number of seats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Situation {
    pub customer: CustomerId,
    pub what_if: WhatIf,
    pub offer: CatalogItemId,
    pub day: Date,
    pub quantity: Option<u32>,
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

    /// "Can Trey Research Cloud Services sell 26 seats of Microsoft Teams Rooms Basic to
    /// Contoso Pharmaceuticals on 24 November 2026?"
    pub fn question(&self, catalog: &Catalog, partner: &Partner, customers: &[Customer]) -> String {
        let situation = &self.situation;
        let customer = customers
            .iter()
            .find(|c| c.id == situation.customer)
            .map_or_else(|| situation.customer.to_string(), |c| c.name.clone());
        let offer = catalog.offer_index(&situation.offer).map_or_else(
            || situation.offer.to_string(),
            |i| catalog.offer_at(i).sku.title.clone(),
        );
        let what = match situation.quantity {
            Some(quantity) => format!("{} of {offer}", seats(quantity)),
            None => offer,
        };
        format!(
            "Can {} sell {what} to {customer} on {}?",
            partner.name,
            long(situation.day)
        )
    }

    /// The facts assumed different from the stored ones, as sentences.
    pub fn assumptions(&self) -> Vec<String> {
        let w = &self.situation.what_if;
        let mut found = Vec::new();
        match w.qualification {
            Some(Qualification::None) => found.push("The customer has no special qualification.".to_string()),
            Some(q) => found.push(format!("The customer's {q} qualification is approved.")),
            None => {}
        }
        if w.agreement_accepted == Some(false) {
            found.push("The customer has not accepted the Microsoft Customer Agreement.".to_string());
        }
        if let Some(partner_type) = w.partner_type {
            found.push(format!(
                "The partner is {}.",
                with_article(&partner_type.to_string().to_lowercase())
            ));
        }
        if w.us_government_cloud == Some(false) {
            found.push("The partner is not validated for the US Government Cloud.".to_string());
        }
        if let Some(country) = w.partner_country {
            found.push(format!(
                "The partner sells from its tenant in {}, and has no other.",
                country.name_in_sentence()
            ));
        }
        if let Some(country) = w.customer_country {
            found.push(format!("The customer's tenant is in {}.", country.name_in_sentence()));
        }
        found
    }
}

/// The engine's reasons in a situation (none: it can be sold), or `None` if the situation
/// names a customer or offer that isn't there.
pub fn judge(
    catalog: &Catalog,
    partner: &Partner,
    customers: &[Customer],
    situation: &Situation,
) -> Option<Vec<Reason>> {
    let customer = customers.iter().find(|c| c.id == situation.customer)?;
    let index = catalog.offer_index(&situation.offer)?;
    let (partner, customer) = situation.what_if.apply(partner, customer, situation.day);
    let context = Context::new(catalog, &partner, &customer, situation.day);
    let offer = catalog.offer_at(index);
    let mut reasons = context.evaluate(offer).reasons().to_vec();
    if let Some(quantity) = situation.quantity {
        if let Err(found) = context.check_quantity(offer, &quantity.to_string()) {
            reasons.extend(found);
        }
    }
    Some(reasons)
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

/// A situation and its verdict, before it becomes an exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Candidate {
    situation: Situation,
    reasons: Vec<Reason>,
    themes: Vec<Theme>,
}

/// The facts a situation may assume different: one change at a time, each one a trainee meets
/// in practice.
fn assumptions() -> Vec<WhatIf> {
    let one = |change: fn(&mut WhatIf)| {
        let mut what_if = WhatIf::default();
        change(&mut what_if);
        what_if
    };
    vec![
        WhatIf::default(),
        one(|w| w.qualification = Some(Qualification::Education)),
        one(|w| w.qualification = Some(Qualification::Nonprofit)),
        one(|w| w.qualification = Some(Qualification::GovernmentCommunityCloud)),
        one(|w| w.qualification = Some(Qualification::None)),
        one(|w| w.agreement_accepted = Some(false)),
        one(|w| w.partner_type = Some(PartnerType::IndirectReseller)),
        one(|w| w.us_government_cloud = Some(false)),
        one(|w| w.partner_country = "DE".parse::<CountryCode>().ok()),
        one(|w| w.customer_country = "CA".parse::<CountryCode>().ok()),
    ]
}

/// Every situation worth asking about, with its verdict and the themes it exercises.
fn candidates(catalog: &Catalog, partner: &Partner, customers: &[Customer], today: Date) -> Vec<Candidate> {
    // Today, a day before Microsoft's price rise of 1 July 2026, and a year on.
    let days = [
        today,
        time::macros::date!(2026 - 06 - 15),
        today.replace_year(today.year() + 1).unwrap_or(today),
    ];
    let mut found = Vec::new();
    for customer in customers {
        for what_if in assumptions() {
            for &day in &days {
                let (assumed_partner, assumed_customer) = what_if.apply(partner, customer, day);
                let context = Context::new(catalog, &assumed_partner, &assumed_customer, day);
                for (index, verdict) in context.verdicts().iter() {
                    let offer = catalog.offer_at(index);
                    let situation = Situation {
                        customer: customer.id.clone(),
                        what_if: what_if.clone(),
                        offer: offer.id(),
                        day,
                        quantity: None,
                    };
                    let reasons = verdict.reasons().to_vec();
                    let themes = themes_of(catalog, index, &what_if, &reasons);
                    if reasons.is_empty() && what_if.is_empty() && day == today {
                        found.extend(quantity_candidates(&context, index, &situation));
                    }
                    found.push(Candidate {
                        situation,
                        reasons,
                        themes,
                    });
                }
            }
        }
    }
    found
}

/// Quantities to ask about for an offer that can be sold: one that fits, and one past each
/// limit that applies.
fn quantity_candidates(context: &Context<'_>, index: OfferIndex, situation: &Situation) -> Vec<Candidate> {
    let offer = context.catalog.offer_at(index);
    if offer.availability.terms.is_empty() {
        return Vec::new();
    }
    let limits = context.quantity_limits(offer);
    let mut quantities = vec![limits.minimum, limits.maximum.saturating_add(1)];
    if let Some(fixed) = limits.fixed {
        quantities.push(fixed.saturating_sub(5).max(1));
    }
    for remaining in [limits.pooled, limits.per_customer].into_iter().flatten() {
        quantities.push(remaining.remaining.saturating_add(1));
    }
    quantities.sort_unstable();
    quantities.dedup();
    quantities
        .into_iter()
        .map(|quantity| {
            let reasons = context
                .check_quantity(offer, &quantity.to_string())
                .err()
                .unwrap_or_default();
            Candidate {
                situation: Situation {
                    quantity: Some(quantity),
                    ..situation.clone()
                },
                reasons,
                themes: vec![Theme::Quantities],
            }
        })
        .collect()
}

/// The themes a situation exercises: those of its reasons, or for an offer that can be sold,
/// the one its facts are about.
fn themes_of(catalog: &Catalog, index: OfferIndex, what_if: &WhatIf, reasons: &[Reason]) -> Vec<Theme> {
    let mut themes: Vec<Theme> = reasons.iter().filter_map(|r| Theme::of(r.rule())).collect();
    themes.sort_unstable();
    themes.dedup();
    if !themes.is_empty() {
        return themes;
    }
    let offer = catalog.offer_at(index);
    let theme = if offer.sku.is_add_on() {
        Theme::AddOns
    } else if offer.sku.trial {
        Theme::PriceListsAndTrials
    } else if offer.availability.segment != Segment::Commercial || what_if.qualification.is_some() {
        Theme::SpecialSegments
    } else if what_if.partner_type.is_some()
        || what_if.agreement_accepted.is_some()
        || what_if.us_government_cloud.is_some()
    {
        Theme::PartnerAndAgreement
    } else {
        Theme::Countries
    };
    vec![theme]
}

/// How many false reasons are offered beside the true ones.
pub const DECOYS: usize = 3;

/// Every situation worth asking about, with its verdict, and the distinct reasons seen: built
/// once for a catalog, partner, customers and day, then asked for sets.
// `Eq` lets a shared pool compare by address first.
#[derive(PartialEq, Eq)]
pub struct ExercisePool {
    candidates: Vec<Candidate>,
    /// Distinct reasons of every situation, those of each theme's rule families first.
    reasons: Vec<Reason>,
}

impl ExercisePool {
    pub fn new(catalog: &Catalog, partner: &Partner, customers: &[Customer], today: Date) -> Self {
        let candidates = candidates(catalog, partner, customers, today);
        let mut seen = HashSet::new();
        let mut reasons = Vec::new();
        for reason in candidates.iter().flat_map(|c| &c.reasons) {
            if seen.insert(reason.to_string()) {
                reasons.push(reason.clone());
            }
        }
        ExercisePool { candidates, reasons }
    }

    /// `count` exercises of a theme for a seed: about a third that can be sold, the rest
    /// that can't, each No with its true reasons and [`DECOYS`] plausible false ones.
    pub fn exercises(
        &self,
        catalog: &Catalog,
        partner: &Partner,
        customers: &[Customer],
        theme: Theme,
        seed: u64,
        count: usize,
    ) -> Vec<Exercise> {
        let mut draw = SplitMix64(seed ^ (theme as u64).wrapping_mul(0x1000_0000_01B3));
        let (mut yes, mut no): (Vec<&Candidate>, Vec<&Candidate>) = self
            .candidates
            .iter()
            .filter(|c| c.themes.contains(&theme))
            .partition(|c| c.reasons.is_empty());
        draw.shuffle(&mut yes);
        draw.shuffle(&mut no);
        let yes_count = (count / 3).min(yes.len());
        let mut picked: Vec<&Candidate> = yes
            .into_iter()
            .take(yes_count)
            .chain(no.into_iter().take(count - yes_count))
            .collect();
        draw.shuffle(&mut picked);
        picked
            .into_iter()
            .map(|candidate| {
                let near = near_misses(catalog, partner, customers, &candidate.situation);
                self.exercise(theme, candidate, near, &mut draw)
            })
            .collect()
    }

    fn exercise(&self, theme: Theme, candidate: &Candidate, near: Vec<Reason>, draw: &mut SplitMix64) -> Exercise {
        // Never a true reason, nor another sentence of the same kind as one.
        let false_here = |d: &Reason| !candidate.reasons.iter().any(|r| discriminant(r) == discriminant(d));
        // First the rules that could have applied here, told with this situation's own facts
        // (its countries, offer, qualification): only knowing the rule tells them apart.
        let mut near: Vec<Reason> = near.into_iter().filter(|d| false_here(d)).collect();
        draw.shuffle(&mut near);
        // Then other reasons of the theme's families, then of any family.
        let mut of_theme: Vec<&Reason> = self
            .reasons
            .iter()
            .filter(|d| Theme::of(d.rule()) == Some(theme))
            .collect();
        let mut of_others: Vec<&Reason> = self
            .reasons
            .iter()
            .filter(|d| Theme::of(d.rule()) != Some(theme))
            .collect();
        draw.shuffle(&mut of_theme);
        draw.shuffle(&mut of_others);
        let mut decoys: Vec<Reason> = Vec::new();
        for d in near.iter().chain(of_theme).chain(of_others) {
            if decoys.len() == DECOYS {
                break;
            }
            // One sentence of each kind: two of a kind would test reading, not the rule.
            if false_here(d) && !decoys.iter().any(|c| discriminant(c) == discriminant(d)) {
                decoys.push(d.clone());
            }
        }
        let mut choices = candidate.reasons.clone();
        choices.extend(decoys);
        draw.shuffle(&mut choices);
        Exercise {
            theme,
            situation: candidate.situation.clone(),
            reasons: candidate.reasons.clone(),
            choices,
        }
    }

    /// How many distinct situations the pool can ask about, per rule family.
    pub fn situations_per_rule(&self) -> Vec<(Rule, usize)> {
        Rule::ALL
            .into_iter()
            .map(|rule| {
                let count = self
                    .candidates
                    .iter()
                    .filter(|c| c.reasons.iter().any(|r| r.rule() == rule))
                    .count();
                (rule, count)
            })
            .collect()
    }
}

/// Reasons that would read true of this situation to someone who doesn't know the rules:
/// each rule told with the situation's own facts. The caller keeps only those the engine's
/// verdict does not give. (Not the region or price-list sentences: told with facts that make
/// them false, they contradict themselves.)
fn near_misses(catalog: &Catalog, partner: &Partner, customers: &[Customer], situation: &Situation) -> Vec<Reason> {
    let (Some(customer), Some(index)) = (
        customers.iter().find(|c| c.id == situation.customer),
        catalog.offer_index(&situation.offer),
    ) else {
        return Vec::new();
    };
    let (partner, customer) = situation.what_if.apply(partner, customer, situation.day);
    let offer = catalog.offer_at(index);
    let serving = partner.tenant_for(customer.tenant_country);
    let mut near = vec![
        Reason::NotInCustomerCountry {
            country: customer.tenant_country,
        },
        Reason::NotInPartnerCountry { country: serving },
        Reason::OrderedByIndirectProvider {
            provider: partner.indirect_provider.clone(),
        },
        Reason::AgreementNotAccepted { accepted_on: None },
        Reason::BoughtInAzurePortal,
    ];
    if offer.availability.segment != Segment::Commercial {
        near.push(Reason::SegmentNotAllowed {
            segment: offer.availability.segment,
            qualification: customer.effective_qualification(),
        });
    }
    if offer.sku.is_add_on() {
        near.push(Reason::AddOnWithoutBase {
            bases: catalog.base_titles_of(offer),
        });
    }
    if let Some(quantity) = situation.quantity {
        near.push(Reason::QuantityAboveMaximum {
            requested: i64::from(quantity),
            maximum: offer.sku.max_quantity,
        });
    }
    near
}

/// The trainee's latest answer to each exercise, kept in the browser. Themes and rules are
/// stored by their stable slugs, so a rename in the code never loses progress.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub attempts: Vec<Attempt>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// The theme's slug.
    pub theme: String,
    pub set: u64,
    /// 1 for the set's first exercise.
    pub exercise: u32,
    pub right: bool,
    /// Slugs of the rule families of the true reasons missed, and of the verdict when Yes/No
    /// was wrong.
    pub missed: Vec<String>,
}

impl Attempt {
    pub fn of(exercise: &Exercise, set: u64, number: u32, mark: &Mark) -> Attempt {
        let mut missed: Vec<Rule> = mark.missed.iter().map(Reason::rule).collect();
        if !mark.verdict_right {
            // Yes where the engine says No: every reason was missed.
            missed.extend(exercise.reasons.iter().map(Reason::rule));
        }
        missed.sort_unstable();
        missed.dedup();
        Attempt {
            theme: exercise.theme.slug().to_string(),
            set,
            exercise: number,
            right: mark.is_right(),
            missed: missed.into_iter().map(|r| r.slug().to_string()).collect(),
        }
    }
}

impl Progress {
    /// Keeps the latest answer to each exercise: trying again replaces the earlier one.
    pub fn record(&mut self, attempt: Attempt) {
        self.attempts
            .retain(|a| !(a.theme == attempt.theme && a.set == attempt.set && a.exercise == attempt.exercise));
        self.attempts.push(attempt);
    }

    /// Answers right, and answers given, in a theme.
    pub fn score(&self, theme: Theme) -> (usize, usize) {
        let of_theme = self.attempts.iter().filter(|a| a.theme == theme.slug());
        (of_theme.clone().filter(|a| a.right).count(), of_theme.count())
    }

    /// The rule families missed, most often first.
    pub fn missed_rules(&self) -> Vec<(Rule, usize)> {
        let mut counts: Vec<(Rule, usize)> = Rule::ALL
            .into_iter()
            .map(|rule| {
                let n = self
                    .attempts
                    .iter()
                    .filter(|a| a.missed.iter().any(|m| m == rule.slug()))
                    .count();
                (rule, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        counts
    }
}

/// The stored progress (none yet: empty).
pub fn progress(store: &mut impl Store) -> Result<Progress, StorageNotice> {
    Ok(load(store, &StoredKey::TrainingProgress)?.unwrap_or_default())
}

/// Records an answer: read, change, write back, so another tab's answers are kept.
pub fn record_attempt(store: &mut impl Store, attempt: Attempt) -> Result<Progress, StorageNotice> {
    let mut stored = progress(store)?;
    stored.record(attempt);
    save(store, &StoredKey::TrainingProgress, &stored)?;
    Ok(stored)
}
