//! The rules engine: may this partner sell this offer to this customer on this day, and if
//! not, every reason why.
//!
//! Pure functions over plain data. The rules themselves (purchase-rules table, GCC lock,
//! reseller requirements) are data in [`book`]; the sentences are in `reason.rs`.

// Money, dates, quantities and windows computed from stored and imported values: no
// arithmetic that can overflow or wrap unnoticed.
#![deny(clippy::arithmetic_side_effects)]

pub mod book;
pub mod history;
pub mod pages;
mod quantity;
mod reason;
mod seats;

use std::collections::{HashMap, HashSet};

use time::Date;

pub use book::{purchase_rule, rule_book, PurchaseRule, ResellerRequirement, Rule, RuleBook, SegmentLock};
pub use quantity::{read_line_quantity, read_quantity, QuantityLimits};
pub use reason::{NotReducible, Reason};

use crate::domain::cart::Cart;
use crate::domain::catalog::{Catalog, Offer, OfferFacts, OfferIndex, PurchaseChannel, SkuPosition};
use crate::domain::customer::{Customer, AGREEMENT_REQUIRED_FROM};
use crate::domain::partner::{Partner, PartnerType};
use crate::domain::region::same_region;
use crate::domain::subscription::Subscription;

/// The answer for one offer: allowed, or blocked with at least one reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    Blocked(Vec<Reason>),
}

impl Verdict {
    fn from_reasons(reasons: Vec<Reason>) -> Verdict {
        if reasons.is_empty() {
            Verdict::Allowed
        } else {
            Verdict::Blocked(reasons)
        }
    }

    pub fn is_allowed(&self) -> bool {
        matches!(self, Verdict::Allowed)
    }

    pub fn reasons(&self) -> &[Reason] {
        match self {
            Verdict::Allowed => &[],
            Verdict::Blocked(reasons) => reasons,
        }
    }
}

/// Every offer's verdict, in catalog order: `verdicts.get(index)` for an [`OfferIndex`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Verdicts(Vec<Verdict>);

impl Verdicts {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// When no offer at all can be sold: the reasons every offer shares, which stand between
    /// this customer and any purchase (no Customer Agreement, an indirect reseller). Empty when
    /// something can be sold, or when offers are blocked for different reasons.
    pub fn shared_by_all(&self) -> Vec<Reason> {
        let Some((first, rest)) = self.0.split_first() else {
            return Vec::new();
        };
        if self.0.iter().any(Verdict::is_allowed) {
            return Vec::new();
        }
        first
            .reasons()
            .iter()
            .filter(|r| rest.iter().all(|v| v.reasons().contains(r)))
            .cloned()
            .collect()
    }

    /// The verdict of the offer at `index`; none for an index of another catalog (a page may
    /// still hold one for a moment after the catalog changed).
    pub fn get(&self, index: OfferIndex) -> Option<&Verdict> {
        self.0.get(index.get())
    }

    /// Whether the offer at `index` can be sold; an unknown offer can't.
    pub fn allows(&self, index: OfferIndex) -> bool {
        self.get(index).is_some_and(Verdict::is_allowed)
    }

    /// Each offer's index with its verdict.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (OfferIndex, &Verdict)> {
        self.0.iter().enumerate().map(|(i, v)| (OfferIndex::new(i), v))
    }
}

impl FromIterator<Verdict> for Verdicts {
    /// Verdicts in catalog order.
    fn from_iter<I: IntoIterator<Item = Verdict>>(verdicts: I) -> Self {
        Verdicts(verdicts.into_iter().collect())
    }
}

/// Who sells and who buys: the partner, and the customer with what it already owns.
#[derive(Clone, Debug, PartialEq)]
pub struct Parties {
    pub partner: Partner,
    pub customer: Customer,
}

impl Parties {
    /// The rules context for these parties on `today`.
    pub fn context<'a>(&'a self, catalog: &'a Catalog, today: Date) -> Context<'a> {
        Context::new(catalog, &self.partner, &self.customer, today)
    }
}

/// Everything a verdict depends on besides the offer itself.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    pub catalog: &'a Catalog,
    pub partner: &'a Partner,
    pub customer: &'a Customer,
    pub today: Date,
    /// Seats already in the cart count against pooled limits too.
    pub cart: Option<&'a Cart>,
}

impl<'a> Context<'a> {
    pub fn new(catalog: &'a Catalog, partner: &'a Partner, customer: &'a Customer, today: Date) -> Self {
        Context {
            catalog,
            partner,
            customer,
            today,
            cart: None,
        }
    }

    /// The same context, counting the seats in `cart` against pooled limits.
    pub fn with_cart(self, cart: &'a Cart) -> Self {
        Context {
            cart: Some(cart),
            ..self
        }
    }

    /// Evaluates one offer against every rule and collects every reason it is blocked.
    pub fn evaluate(&self, offer: Offer<'_>) -> Verdict {
        let mut reasons = Vec::new();
        self.gather_reasons(
            &Owned::of(self.customer, self.catalog),
            &OfferFacts::of(offer),
            &mut reasons,
        );
        Verdict::from_reasons(reasons)
    }

    /// The verdict of every offer of the catalog, in catalog order (the order of
    /// [`Catalog::offers`]).
    // Copying the reasons out, not taking the list: it keeps its room for the next offer.
    #[allow(clippy::drain_collect)]
    pub fn verdicts(&self) -> Verdicts {
        let owned = Owned::of(self.customer, self.catalog);
        let mut scratch = Vec::new();
        Verdicts(
            self.catalog
                .offer_facts()
                .iter()
                .map(|facts| {
                    // Gathered in one list for the whole pass and copied out at their exact
                    // size: a blocked offer's own list would otherwise reserve room for four
                    // reasons (288 bytes), a hundred thousand times for a large catalog.
                    self.gather_reasons(&owned, facts, &mut scratch);
                    Verdict::from_reasons(scratch.drain(..).collect())
                })
                .collect(),
        )
    }

    /// Every reason `offer` is blocked, added to `reasons`.
    fn gather_reasons(&self, owned: &Owned<'_>, offer: &OfferFacts, reasons: &mut Vec<Reason>) {
        let segment = offer.segment;
        let customer = self.customer;
        let partner = self.partner;

        match offer.channel {
            PurchaseChannel::PartnerCenter => {}
            PurchaseChannel::AzurePortal => reasons.push(Reason::BoughtInAzurePortal),
            PurchaseChannel::GovernmentPartnerCenter => reasons.push(Reason::BoughtInGovernmentPartnerCenter),
        }

        if self.today >= AGREEMENT_REQUIRED_FROM && !customer.has_accepted_agreement_on(self.today) {
            reasons.push(Reason::AgreementNotAccepted {
                accepted_on: customer.agreement.as_ref().map(|a| a.accepted_on),
            });
        }

        let effective = customer.effective_qualification();
        if !purchase_rule(effective).allows(segment) {
            // If the customer's pending or denied qualification would allow it, say that: it
            // is the fact a trainee needs to act on.
            let blocked_by_status = customer.qualification.as_ref().filter(|record| {
                effective != record.qualification && purchase_rule(record.qualification).allows(segment)
            });
            reasons.push(match blocked_by_status {
                Some(record) => Reason::QualificationNotApproved {
                    qualification: record.qualification,
                    status: record.status.clone(),
                    segment,
                },
                None => Reason::SegmentNotAllowed {
                    segment,
                    qualification: effective,
                },
            });
        }

        for (lock, subscription) in &owned.locks {
            if !lock.then_only.contains(&segment) {
                reasons.push(Reason::LockedToGovernment {
                    subscription: subscription.friendly_name.clone(),
                });
            }
        }

        for requirement in &book::RESELLER_REQUIREMENTS {
            if requirement.applies_to(segment, offer.category) && !partner.has(requirement.needs) {
                reasons.push(Reason::PartnerNotQualified {
                    needs: requirement.needs,
                    segment,
                    category: offer.category,
                });
            }
        }

        if partner.partner_type == PartnerType::IndirectReseller {
            reasons.push(Reason::OrderedByIndirectProvider {
                provider: partner.indirect_provider.clone(),
            });
        }

        // The customer is served from the partner's tenant in its region, if it has one.
        let selling_country = partner.tenant_for(customer.tenant_country);
        if !same_region(selling_country, customer.tenant_country) {
            reasons.push(Reason::OutsideRegion {
                partner_country: selling_country,
                customer_country: customer.tenant_country,
            });
        }

        if offer.add_on {
            let owns_base = self
                .catalog
                .base_positions(offer.at)
                .iter()
                .any(|base| owned.active.contains(base));
            if !owns_base {
                reasons.push(Reason::AddOnWithoutBase {
                    bases: self.catalog.base_titles(offer.at),
                });
            }
        }

        if offer.reservation && !owned.azure_plan {
            reasons.push(Reason::ReservationWithoutAzurePlan);
        }

        if offer.teams_suite && !owned.teams_suite {
            let since = history::teams_unbundled_from(customer.tenant_country);
            if self.today >= since {
                reasons.push(Reason::TeamsSuiteForExistingCustomers { since });
            }
        }

        if !offer.is_sold_in(selling_country) {
            reasons.push(Reason::NotInPartnerCountry {
                country: selling_country,
            });
        }
        if !offer.is_sold_in(customer.tenant_country) {
            reasons.push(Reason::NotInCustomerCountry {
                country: customer.tenant_country,
            });
        }

        if self.today < offer.effective_start {
            reasons.push(Reason::NotYetInPriceList {
                starts: offer.effective_start,
            });
        } else if let Some(ended) = offer.effective_end.filter(|end| self.today > *end) {
            reasons.push(Reason::NoLongerInPriceList { ended });
        }

        if offer.trial {
            // A trial is for trying, once, a product the customer doesn't pay for yet (one
            // reason per rule: a trial already had says the most).
            if let Some(&started_on) = owned.trials.get(&offer.at) {
                reasons.push(Reason::TrialAlreadyUsed { started_on });
            } else if let Some((_, name)) = owned.paid.iter().find(|(at, _)| at.same_product(offer.at)) {
                reasons.push(Reason::TrialOfOwnedProduct { owned: name.clone() });
            }
        }
    }
}

/// What the customer owns, gathered once per pass over the catalog instead of once per
/// offer: a customer with a thousand orders must not make every verdict a thousand times
/// slower.
struct Owned<'a> {
    /// Where the SKU of every active subscription is in the catalog (SKUs no longer in the
    /// catalog cannot unlock anything in it).
    active: HashSet<SkuPosition>,
    /// Segment locks in force, each with a subscription that triggers it.
    locks: Vec<(&'static SegmentLock, &'a Subscription)>,
    /// The earliest start of each trial the customer had, by where its SKU is.
    trials: HashMap<SkuPosition, Date>,
    /// Whether it owns an enterprise suite with Teams: an existing customer of those suites.
    teams_suite: bool,
    /// Its active paid subscriptions: where each SKU is, and its name.
    paid: Vec<(SkuPosition, String)>,
    /// Whether it has an active Azure plan, which reservations apply to.
    azure_plan: bool,
}

impl<'a> Owned<'a> {
    fn of(customer: &'a Customer, catalog: &Catalog) -> Self {
        let subscriptions = &customer.subscriptions;
        let active = subscriptions
            .iter()
            .filter(|s| s.is_active())
            .filter_map(|s| catalog.sku_position(&s.offer.product_sku()))
            .collect();
        let locks = book::SEGMENT_LOCKS
            .iter()
            .filter_map(|lock| {
                subscriptions
                    .iter()
                    .find(|s| s.is_active() && s.segment == lock.owned)
                    .map(|s| (lock, s))
            })
            .collect();
        let mut trials: HashMap<SkuPosition, Date> = HashMap::new();
        for s in subscriptions.iter().filter(|s| s.trial) {
            if let Some(at) = catalog.sku_position(&s.offer.product_sku()) {
                let earliest = trials.entry(at).or_insert(s.purchased_on);
                *earliest = (*earliest).min(s.purchased_on);
            }
        }
        let teams_suite = subscriptions
            .iter()
            .filter(|s| s.is_active())
            .any(|s| is_suite_with_teams(catalog, s));
        let paid = subscriptions
            .iter()
            .filter(|s| s.is_active() && !s.trial)
            .filter_map(|s| Some((catalog.sku_position(&s.offer.product_sku())?, s.friendly_name.clone())))
            .collect();
        let azure_plan = subscriptions.iter().filter(|s| s.is_active()).any(|s| {
            catalog
                .sku(&s.offer.product_sku())
                .is_some_and(|(p, _)| p.is_azure_plan())
        });
        Owned {
            active,
            locks,
            trials,
            teams_suite,
            paid,
            azure_plan,
        }
    }
}

/// Whether a subscription is an enterprise suite with Teams: by its SKU's title in the catalog,
/// else (a SKU the catalog in use doesn't have) by the name it was bought under.
fn is_suite_with_teams(catalog: &Catalog, subscription: &Subscription) -> bool {
    let title = catalog
        .sku(&subscription.offer.product_sku())
        .map_or(subscription.friendly_name.as_str(), |(_, sku)| sku.title.as_str());
    subscription.segment == crate::domain::catalog::Segment::Commercial
        && crate::domain::catalog::is_enterprise_suite_with_teams(title)
}
