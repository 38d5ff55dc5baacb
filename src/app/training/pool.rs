//! The pool of situations a set is drawn from, each with the engine's verdict, and the false
//! reasons offered beside the true ones.

use std::collections::HashSet;
use std::mem::discriminant;

use time::Date;

use super::after_sale;
use super::{judge, Ask, Exercise, Situation, Theme};
use crate::domain::catalog::{Catalog, OfferIndex, Segment};
use crate::domain::country::CountryCode;
use crate::domain::customer::{Customer, Qualification};
use crate::domain::partner::{Partner, PartnerType};
use crate::domain::random::SplitMix64;
use crate::domain::rules::{history, Context, Reason, Rule};
use crate::domain::whatif::WhatIf;

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
        one(|w| w.us_government_cloud = Some(true)),
        one(|w| w.gcc_validated = Some(false)),
        one(|w| w.gcc_validated = Some(true)),
        one(|w| w.partner_country = "DE".parse::<CountryCode>().ok()),
        one(|w| w.customer_country = "CA".parse::<CountryCode>().ok()),
    ]
}

/// One piece of the pool's work: the verdicts of every offer for a customer on a day with one
/// assumption, or the after-the-sale changes of a customer. Small enough that building the
/// pool a few at a time never holds the page for long.
#[derive(Clone, Debug)]
enum Work {
    Buy {
        customer: usize,
        what_if: WhatIf,
        day: Date,
    },
    AfterSale {
        customer: usize,
    },
}

/// The pool's work, in order: for each customer, each assumption on each day it is asked on,
/// then its subscriptions.
fn work(customers: &[Customer], today: Date) -> Vec<Work> {
    // Today, a day before Microsoft's price rise of 1 July 2026, and a year on.
    let days = [
        today,
        time::macros::date!(2026 - 06 - 15),
        today.replace_year(today.year() + 1).unwrap_or(today),
    ];
    // The day before and the day of each dated change of the rules (Teams leaving the
    // enterprise suites in Europe, then elsewhere), asked about the facts as they are.
    let changes: Vec<Date> = [
        history::TEAMS_UNBUNDLED_IN_EUROPE_FROM,
        history::TEAMS_UNBUNDLED_WORLDWIDE_FROM,
    ]
    .into_iter()
    .flat_map(|day| [day.previous_day().unwrap_or(day), day])
    .collect();
    let mut work = Vec::new();
    for customer in 0..customers.len() {
        for what_if in assumptions() {
            let around_changes: &[Date] = if what_if.is_empty() { &changes } else { &[] };
            for &day in days.iter().chain(around_changes) {
                work.push(Work::Buy {
                    customer,
                    what_if: what_if.clone(),
                    day,
                });
            }
        }
        work.push(Work::AfterSale { customer });
    }
    work
}

/// The situations one piece of work finds, with their verdicts and themes.
fn candidates_of(
    catalog: &Catalog,
    partner: &Partner,
    customers: &[Customer],
    today: Date,
    work: &Work,
) -> Vec<Candidate> {
    let mut found = Vec::new();
    match work {
        Work::Buy { customer, what_if, day } => {
            let (Some(customer), day) = (customers.get(*customer), *day) else {
                return found;
            };
            let (assumed_partner, assumed_customer) = what_if.apply(partner, customer, day);
            // An assumption that is already the fact changes nothing and only confuses.
            if !what_if.is_empty() && assumed_partner == *partner && assumed_customer == *customer {
                return found;
            }
            let context = Context::new(catalog, &assumed_partner, &assumed_customer, day);
            for (index, verdict) in context.verdicts().iter() {
                let offer = catalog.offer_at(index);
                let situation = Situation {
                    customer: customer.id.clone(),
                    what_if: what_if.clone(),
                    day,
                    ask: Ask::Buy {
                        offer: offer.id(),
                        quantity: None,
                    },
                };
                let reasons = verdict.reasons().to_vec();
                let themes = themes_of(catalog, index, what_if, &reasons);
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
        Work::AfterSale { customer } => {
            let Some(customer) = customers.get(*customer) else {
                return found;
            };
            for (day, change) in after_sale::situations(catalog, customer, today) {
                let situation = Situation {
                    customer: customer.id.clone(),
                    what_if: WhatIf::default(),
                    day,
                    ask: Ask::AfterSale(change),
                };
                if let Some(reasons) = judge(catalog, partner, customers, &situation) {
                    found.push(Candidate {
                        situation,
                        reasons,
                        themes: vec![Theme::AfterTheSale],
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
                    ask: Ask::Buy {
                        offer: offer.id(),
                        quantity: Some(quantity),
                    },
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
        || what_if.gcc_validated.is_some()
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

/// Builds an [`ExercisePool`] a piece at a time, so a page can build it between frames
/// ([`PoolBuilder::step`]) instead of in one long task.
pub struct PoolBuilder<'a> {
    catalog: &'a Catalog,
    partner: &'a Partner,
    customers: &'a [Customer],
    today: Date,
    work: std::vec::IntoIter<Work>,
    found: Vec<Candidate>,
    /// Every reason met so far, once (by value), and the text of each: two reasons that
    /// read the same are one choice.
    met: Vec<Reason>,
    texts: HashSet<String>,
    reasons: Vec<Reason>,
}

impl<'a> PoolBuilder<'a> {
    pub fn new(catalog: &'a Catalog, partner: &'a Partner, customers: &'a [Customer], today: Date) -> Self {
        PoolBuilder {
            catalog,
            partner,
            customers,
            today,
            work: work(customers, today).into_iter(),
            found: Vec::new(),
            met: Vec::new(),
            texts: HashSet::new(),
            reasons: Vec::new(),
        }
    }

    /// Does the next piece of work; `false` once there is none left.
    pub fn step(&mut self) -> bool {
        let Some(work) = self.work.next() else {
            return false;
        };
        let found = candidates_of(self.catalog, self.partner, self.customers, self.today, &work);
        // Written out only when new by value: writing every reason of every situation as a
        // sentence was most of the pool's time.
        for reason in found.iter().flat_map(|c| &c.reasons) {
            if !self.met.contains(reason) {
                self.met.push(reason.clone());
                if self.texts.insert(reason.to_string()) {
                    self.reasons.push(reason.clone());
                }
            }
        }
        self.found.extend(found);
        true
    }

    /// The pieces of work left.
    pub fn left(&self) -> usize {
        self.work.len()
    }

    /// The pool, with whatever work is left done now.
    pub fn finish(mut self) -> ExercisePool {
        while self.step() {}
        ExercisePool {
            candidates: self.found,
            reasons: self.reasons,
        }
    }
}

impl ExercisePool {
    pub fn new(catalog: &Catalog, partner: &Partner, customers: &[Customer], today: Date) -> Self {
        PoolBuilder::new(catalog, partner, customers, today).finish()
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
    let Some(customer) = customers.iter().find(|c| c.id == situation.customer) else {
        return Vec::new();
    };
    let (offer, quantity) = match &situation.ask {
        Ask::Buy { offer, quantity } => (offer, *quantity),
        Ask::AfterSale(change) => return after_sale::near_misses(catalog, customer, situation.day, change),
    };
    let Some(index) = catalog.offer_index(offer) else {
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
    if let Some(quantity) = quantity {
        near.push(Reason::QuantityAboveMaximum {
            requested: i64::from(quantity),
            maximum: offer.sku.max_quantity,
        });
    }
    near
}
