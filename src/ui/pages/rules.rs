//! `/rules`: the rules, rendered from the engine's own data.

use leptos::prelude::*;

use crate::domain::catalog::Segment;
use crate::domain::orders::{
    CancellationPolicy, CANCELLATION_HOURS, RESERVATION_REFUND_LIMIT, SAAS_CANCELLATION_HOURS,
};
use crate::domain::region::CspRegion;
use crate::domain::rules::history::Version;
use crate::domain::rules::pages::{learn_search, pages};
use crate::domain::rules::{rule_book, Rule};
use crate::i18n::labels::{rule_explanation, rule_source, Label};
use crate::i18n::{format, keys, Args};
use crate::ui::words::Words;
use crate::ui::Later;

#[component]
pub fn RulesPage() -> impl IntoView {
    let words = crate::ui::words::use_words();
    view! {
        <h1>{words.t(keys::RULES_TITLE)}</h1>
        <p class="lead">{words.t(keys::RULES_LEAD)}</p>
        <PurchaseRules />
        <Later><SegmentLocks /></Later>
        <Later><ResellerRequirements /></Later>
        <Later><CspRegions /></Later>
        <Later><EveryRule /></Later>
        <Later><AfterTheSale /></Later>
    }
}

/// The purchase-rules table: which segment's offers each kind of customer may buy.
#[component]
fn PurchaseRules() -> impl IntoView {
    let words = crate::ui::words::use_words();
    let book = rule_book();
    let language = words.language();
    let yes_no = move |yes: bool| {
        words.t(if yes {
            keys::CAN_BE_SOLD_CELL
        } else {
            keys::CANNOT_BE_SOLD_CELL
        })
    };
    let offers_of = move |s: &Segment| {
        words.with(
            keys::SEGMENT_OFFERS_COLUMN,
            // By the segment's slug: French agrees the adjective ("Offres commerciales").
            &Args::new().text("segment", crate::app::slug::Slug::slug(*s)),
        )
    };
    view! {
    <section aria-labelledby="purchase-rules">
        <h2 id="purchase-rules">{words.t(keys::PURCHASE_RULES_TITLE)}</h2>
        <p>{words.t(keys::PURCHASE_RULES_NOTE)}</p>
        <table class="grid rules-table reflow">
            <thead>
                <tr>
                    <th scope="col">{words.t(keys::CUSTOMER_IS)}</th>
                    {Segment::ALL.iter().map(|s| view! { <th scope="col">{offers_of(s)}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {book
                    .purchase_rules
                    .iter()
                    .map(|rule| {
                        view! {
                            <tr>
                                <th scope="row">{rule.customer.label(language)}</th>
                                {Segment::ALL
                                    .iter()
                                    .map(|s| {
                                        let ok = rule.allows(*s);
                                        view! { <td class=if ok { "cell-ok" } else { "cell-bad" } data-label=offers_of(s)>{yes_no(ok)}</td> }
                                    })
                                    .collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    </section>
    }
}

/// What owning an offer of a segment locks the customer into.
#[component]
fn SegmentLocks() -> impl IntoView {
    let words = crate::ui::words::use_words();
    let book = rule_book();
    let language = words.language();
    view! {
    <section aria-labelledby="locks">
        <h2 id="locks">{words.t(keys::SEGMENT_LOCKS)}</h2>
        <ul class="plain">
            {book
                .segment_locks
                .iter()
                .map(|lock| {
                    let only: Vec<String> = lock.then_only.iter().map(|s| s.label(language)).collect();
                    let text = words.with(
                        keys::SEGMENT_LOCK,
                        &Args::new().text("owned", lock.owned.label(language)).text("only", only.join(", ")),
                    );
                    view! { <li>{text}</li> }
                })
                .collect_view()}
        </ul>
    </section>
    }
}

/// What the partner must be qualified for to sell a segment.
#[component]
fn ResellerRequirements() -> impl IntoView {
    let words = crate::ui::words::use_words();
    let book = rule_book();
    let language = words.language();
    view! {
    <section aria-labelledby="reseller">
        <h2 id="reseller">{words.t(keys::RESELLER_REQUIREMENTS)}</h2>
        <ul class="plain">
            {book
                .reseller_requirements
                .iter()
                .map(|r| {
                    let scope = r.category.map_or_else(|| words.t(keys::ANY_PRODUCT), |c| c.label(language));
                    let text = words.with(
                        keys::RESELLER_REQUIREMENT,
                        &Args::new()
                            .text("scope", scope)
                            .text("segment", r.segment.label(language))
                            .text("needs", r.needs.label(language)),
                    );
                    view! { <li>{text}</li> }
                })
                .collect_view()}
            <li>{words.t(keys::NO_RESELLER_QUALIFICATION)}</li>
        </ul>
    </section>
    }
}

/// The CSP regions, each with its countries.
#[component]
fn CspRegions() -> impl IntoView {
    let words = crate::ui::words::use_words();
    let language = words.language();
    // By name as people sort them: Åland Islands with the A's. Named, sorted and placed in
    // their region once for every region, not once per region.
    let countries: Vec<(Option<CspRegion>, String)> = format::countries_by_name(language)
        .into_iter()
        .map(|(country, name)| (CspRegion::of(country), name))
        .collect();
    view! {
    <section aria-labelledby="regions">
        <h2 id="regions">{words.t(keys::CSP_REGIONS)}</h2>
        <p>{words.t(keys::CSP_REGIONS_NOTE)}</p>
        <ul class="plain regions">
            {CspRegion::ALL
                .iter()
                .map(|region| {
                    let names: Vec<&str> = countries
                        .iter()
                        .filter(|(in_region, _)| *in_region == Some(*region))
                        .map(|(_, name)| name.as_str())
                        .collect();
                    let args = Args::new().text("region", region.label(language)).number("count", names.len() as i64);
                    let summary = words.with(
                        if region.is_single_country() { keys::REGION_OWN } else { keys::REGION_COUNTRIES },
                        &args,
                    );
                    view! {
                        <li>
                            <details>
                                <summary>{summary}</summary>
                                <p>{names.join(", ")}</p>
                            </details>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    </section>
    }
}

/// Every rule the engine applies, with its source, the day it came in force and the versions
/// before it; the version the engine applies on the app's day is marked.
#[component]
fn EveryRule() -> impl IntoView {
    let words = crate::ui::words::use_words();
    let visit = crate::ui::state::use_visit();
    let book = rule_book();
    let language = words.language();
    let source = move |text: String| words.with(keys::SOURCE, &Args::new().text("source", text));
    view! {
    <section aria-labelledby="all-rules">
        <h2 id="all-rules">{words.t(keys::EVERY_RULE)}</h2>
        <dl class="rule-list">
            {book
                .rules
                .iter()
                .map(|rule| view! {
                    <dt id=format!("rule-{}", crate::app::slug::Slug::slug(*rule))>{rule.label(language)}</dt>
                    <dd>
                        {rule_explanation(language, *rule)}
                        <span class="rule-source">{source(rule_source(language, *rule))}</span>
                        <RulePages rule=*rule />
                        {move || in_force(words, *rule, visit.today())}
                        <RuleHistory rule=*rule />
                    </dd>
                })
                .collect_view()}
        </dl>
    </section>
    }
}

/// The Microsoft pages the rule's source names, each a search of Microsoft Learn for it (a new
/// tab: the app keeps its place).
#[component]
fn RulePages(rule: Rule) -> impl IntoView {
    let words = crate::ui::words::use_words();
    let titles = pages(rule);
    (!titles.is_empty()).then(|| {
        view! {
            <span class="rule-source rule-pages">
                {words.t(keys::RULE_PAGES)}
                {titles.iter().enumerate().map(|(n, title)| view! {
                    {if n == 0 { " " } else { " · " }}
                    <a href=learn_search(title, "en-us") hreflang="en" target="_blank" rel="noopener noreferrer">{*title}</a>
                }).collect_view()}
            </span>
        }
    })
}

/// "In force since 1 April 2024.", or, on an app's day before it, that an earlier version applies.
fn in_force(words: Words, rule: Rule, today: time::Date) -> Option<AnyView> {
    let Some(since) = rule.since() else {
        return Some(view! { <p class="rule-dates">{words.t(keys::RULE_NO_START_DATE)}</p> }.into_any());
    };
    let args = Args::new()
        .text("date", words.date(since))
        .text("today", words.date(today));
    Some(if !rule.in_force_on(today) {
        view! { <p class="rule-dates rule-dates-later">{words.with(keys::RULE_IN_FORCE_FROM, &args)}</p> }.into_any()
    } else {
        view! { <p class="rule-dates">{words.with(keys::RULE_IN_FORCE_SINCE, &args)}</p> }.into_any()
    })
}

/// The rule's earlier versions, oldest first, each with its last day.
#[component]
fn RuleHistory(rule: Rule) -> impl IntoView {
    let words = crate::ui::words::use_words();
    let visit = crate::ui::state::use_visit();
    let earlier = rule.earlier();
    (!earlier.is_empty()).then(|| {
        let items = earlier
            .iter()
            .map(|version| {
                let when = match version.until {
                    Some(until) => words.with(keys::RULE_UNTIL, &Args::new().text("date", words.date(until))),
                    None => words.t(keys::RULE_UNTIL_UNVERIFIED),
                };
                let applies = move || rule.version_on(visit.today()) == Version::Earlier(version);
                view! {
                    <li class:applies=applies>
                        <strong>{when}</strong>" "{crate::i18n::labels::earlier_version(words.language(), version)}
                        <Show when=applies>" "<span class="badge badge-info">{words.t(keys::RULE_APPLIES_ON_THE_DAY)}</span></Show>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="rule-history">
                <p class="rule-history-title">{words.t(keys::RULE_HISTORY)}</p>
                <ul>{items}</ul>
            </div>
        }
    })
}

/// Cancelling after the sale: each policy in one sentence.
#[component]
fn AfterTheSale() -> impl IntoView {
    let words = crate::ui::words::use_words();
    let source = move |text: String| words.with(keys::SOURCE, &Args::new().text("source", text));
    view! {
    <section aria-labelledby="after-the-sale">
        <h2 id="after-the-sale">{words.t(keys::AFTER_THE_SALE_CANCEL)}</h2>
        <ul class="plain">
            {CancellationPolicy::ALL.iter().map(|p| view! { <li>{policy(words, *p)}</li> }).collect_view()}
        </ul>
        <p class="rule-source">{source(words.t(keys::CANCELLATION_SOURCE))}</p>
    </section>
    }
}

/// A cancellation policy in one sentence.
fn policy(words: Words, policy: CancellationPolicy) -> String {
    match policy {
        CancellationPolicy::Prorated => {
            words.with(keys::POLICY_PRORATED, &Args::new().number("hours", CANCELLATION_HOURS))
        }
        CancellationPolicy::SaasFullRefund => {
            words.with(keys::POLICY_SAAS, &Args::new().number("hours", SAAS_CANCELLATION_HOURS))
        }
        CancellationPolicy::Trial => words.t(keys::POLICY_TRIAL),
        CancellationPolicy::Reservation => words.with(
            keys::POLICY_RESERVATION,
            &Args::new().text(
                "limit",
                words.money(
                    crate::domain::money::Money::usd(RESERVATION_REFUND_LIMIT, 0),
                    crate::domain::money::Currency::USD,
                ),
            ),
        ),
        CancellationPolicy::UsageBilled => words.t(keys::POLICY_USAGE),
    }
}
