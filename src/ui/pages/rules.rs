//! `/rules`: the rules, rendered from the engine's own data.

use leptos::prelude::*;

use crate::domain::catalog::Segment;
use crate::domain::country::CountryCode;
use crate::domain::orders::{CancellationPolicy, CANCELLATION_SOURCE};
use crate::domain::region::CspRegion;
use crate::domain::rules::rule_book;

#[component]
pub fn RulesPage() -> impl IntoView {
    let book = rule_book();
    let yes_no = |yes: bool| if yes { "✓ Can be sold" } else { "✗ Cannot be sold" };
    view! {
        <h1>"Rules"</h1>
        <p class="lead">
            "What the rules engine checks for every offer, partner and customer. The tables below are the engine's own data."
        </p>
        <section aria-labelledby="purchase-rules">
            <h2 id="purchase-rules">"Purchase rules for special segments"</h2>
            <p>"Only an approved qualification counts; a customer whose qualification is in review or denied is treated as commercial."</p>
            <table class="grid rules-table reflow">
                <thead>
                    <tr>
                        <th scope="col">"Customer is"</th>
                        {Segment::ALL.iter().map(|s| view! { <th scope="col">{s.to_string()} " offers"</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {book
                        .purchase_rules
                        .iter()
                        .map(|rule| {
                            view! {
                                <tr>
                                    <th scope="row">{rule.customer.to_string()}</th>
                                    {Segment::ALL
                                        .iter()
                                        .map(|s| {
                                            let ok = rule.allows(*s);
                                            view! { <td class=if ok { "cell-ok" } else { "cell-bad" } data-label=format!("{s} offers")>{yes_no(ok)}</td> }
                                        })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
        <section aria-labelledby="locks">
            <h2 id="locks">"Segment locks"</h2>
            <ul class="plain">
                {book
                    .segment_locks
                    .iter()
                    .map(|lock| {
                        let only: Vec<String> = lock.then_only.iter().map(|s| s.to_string()).collect();
                        view! {
                            <li>"A customer that owns a " {lock.owned.to_string()} " subscription can then only be sold "
                                {only.join(", ")} " offers."</li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <section aria-labelledby="reseller">
            <h2 id="reseller">"Reseller requirements"</h2>
            <ul class="plain">
                {book
                    .reseller_requirements
                    .iter()
                    .map(|r| {
                        let scope = r.category.map_or("any product".to_string(), |c| c.to_string());
                        view! {
                            <li>"Selling " {scope} " to " {r.segment.to_string()} " customers needs the partner's "
                                {r.needs.to_string()} "."</li>
                        }
                    })
                    .collect_view()}
                <li>"Education, Nonprofit and license-based Government offers need no reseller qualification."</li>
            </ul>
        </section>
        <section aria-labelledby="regions">
            <h2 id="regions">"CSP regions"</h2>
            <p>"A partner's tenant sells only to customers in its own region. Ten regions are a single country; open a region to see its countries."</p>
            <ul class="plain regions">
                {CspRegion::ALL
                    .iter()
                    .map(|region| {
                        // By name as people sort them: Åland Islands with the A's.
                        let names: Vec<&str> = CountryCode::all_by_name()
                            .into_iter()
                            .filter(|c| CspRegion::of(*c) == Some(*region))
                            .map(|c| c.name())
                            .collect();
                        let summary = if region.is_single_country() {
                            format!("{region} (a region of its own)")
                        } else {
                            format!("{region} ({} countries and territories)", names.len())
                        };
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
        <section aria-labelledby="all-rules">
            <h2 id="all-rules">"Every rule"</h2>
            <dl class="rule-list">
                {book
                    .rules
                    .iter()
                    .map(|rule| view! {
                        <dt>{rule.title()}</dt>
                        <dd>{rule.explanation()}<span class="rule-source">"Source: " {rule.source()}</span></dd>
                    })
                    .collect_view()}
            </dl>
        </section>
        <section aria-labelledby="after-the-sale">
            <h2 id="after-the-sale">"After the sale: cancelling a subscription"</h2>
            <ul class="plain">
                {CancellationPolicy::ALL.iter().map(|p| view! { <li>{p.explanation()}</li> }).collect_view()}
            </ul>
            <p class="rule-source">"Source: " {CANCELLATION_SOURCE}</p>
        </section>
    }
}
