//! `/customers/:id/add-products`: the catalog for one customer, filtered as the URL says, with
//! every offer's verdict from the rules engine.

mod buy_controls;
mod filter_bar;
mod offer_row;
mod product_row;
mod what_if;
mod why_panel;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::app::browse::{self, Filters, ViewMode};
use crate::domain::catalog::{OfferIndex, ProductCategory};
use crate::domain::customer::Customer;
use crate::domain::ids::{CatalogItemId, CustomerId, ProductId};
use crate::domain::partner::Partner;
use crate::domain::rules::{Parties, Reason, Verdicts};
use crate::domain::term::Plan;
use crate::domain::whatif::WhatIf;
use crate::domain::words::count;
use crate::ui::components::{PriceListNote, QualificationBadge, WindowedList};
use crate::ui::pages::current_customer;
use crate::ui::state::AppState;
use filter_bar::{CategoryTabs, FilterBar};
use offer_row::OfferRow;
use product_row::ProductRow;
use what_if::WhatIfPanel;
use why_panel::WhyPanel;

/// What every row of the page needs.
#[derive(Clone, Copy)]
pub struct PageContext {
    pub customer_id: StoredValue<CustomerId>,
    /// The parties as the verdicts see them: the real ones, or a what-if's.
    pub parties: Memo<Parties>,
    pub real_parties: Memo<Parties>,
    pub verdicts: Memo<Arc<Verdicts>>,
    /// The verdicts for the real facts, whether or not a what-if is on.
    pub real_verdicts: Memo<Arc<Verdicts>>,
    pub filters: Memo<Filters>,
    pub what_if: RwSignal<WhatIf>,
    pub rows: StoredValue<RowMemory>,
}

/// What the reader set in rows that the windowed list takes out of the page and puts back as
/// they scroll: which products are expanded, and plans and quantities chosen but not yet
/// added to the cart. Rows read it when they are created and write to it as it changes.
#[derive(Default)]
pub struct RowMemory {
    pub open_products: HashSet<ProductId>,
    pub drafts: HashMap<CatalogItemId, (Option<Plan>, String)>,
}

/// Every offer's verdict for these parties (timed as `csp:evaluate` for the benchmarks).
fn evaluate_all(state: &AppState, parties: &Parties) -> Arc<Verdicts> {
    let catalog = state.catalog().get();
    let context = parties.context(&catalog, state.today());
    Arc::new(crate::browser::perf::measured("csp:evaluate", || context.verdicts()))
}

/// Shown under [`crate::ui::pages::CustomerRoute`], which found the customer.
#[component]
pub fn AddProductsPage() -> impl IntoView {
    current_customer().map(|customer_id| view! { <AddProducts customer_id /> })
}

#[component]
fn AddProducts(customer_id: CustomerId) -> impl IntoView {
    let state = expect_context::<AppState>();
    state.load_cart(&customer_id);
    let query = use_query_map();
    let parsed = Memo::new(move |_| query.with(|q| Filters::from_query(|key| q.get(key))));
    let filters = Memo::new(move |_| parsed.with(|(f, _)| f.clone()));
    // A link may ask for facts to assume (a training exercise's situation): What-if starts
    // with them, and the user can change or drop them there.
    let (assumed, assume_notices) = query.with_untracked(|q| browse::what_if_from_query(|key| q.get(key)));
    let assume_notices: Vec<String> = assume_notices.iter().map(ToString::to_string).collect();
    let query_notices = Memo::new(move |_| {
        parsed.with(|(_, n)| {
            n.iter()
                .map(|n| n.to_string())
                .chain(assume_notices.iter().cloned())
                .collect::<Vec<_>>()
        })
    });

    let id = StoredValue::new(customer_id.clone());
    let real_parties = Memo::new(move |previous: Option<&Parties>| {
        // If another tab removes the customer, this page is about to give way to "not found";
        // until then it keeps the last parties it had rather than fail.
        id.with_value(|id| state.parties_for(id))
            .or_else(|| previous.cloned())
            .unwrap_or_else(|| {
                let partner = state.partner().get();
                Parties {
                    customer: removed_customer(id.get_value(), &partner),
                    partner,
                }
            })
    });
    let what_if = RwSignal::new(assumed);
    let parties = Memo::new(move |_| {
        let real = real_parties.get();
        what_if.with(|w| {
            if w.is_empty() {
                real
            } else {
                let (partner, customer) = w.apply(&real.partner, &real.customer, state.today());
                Parties { partner, customer }
            }
        })
    });
    // The verdicts for the real facts are kept while a what-if is on: What-if compares
    // against them, and turning it off shows them again without evaluating anything.
    let real_verdicts = Memo::new(move |_| real_parties.with(|f| evaluate_all(&state, f)));
    let verdicts = Memo::new(move |_| {
        if what_if.with(WhatIf::is_empty) {
            real_verdicts.get()
        } else {
            parties.with(|p| evaluate_all(&state, p))
        }
    });
    // A reason every offer shares: nothing can be sold, whatever the filters.
    let shared = Memo::new(move |_| verdicts.with(|v| v.shared_by_all()));
    provide_context(PageContext {
        customer_id: id,
        real_parties,
        parties,
        verdicts,
        real_verdicts,
        filters,
        what_if,
        rows: StoredValue::new(RowMemory::default()),
    });

    // Offers that pass the filters, sorted; and which of them the list shows.
    let facet_index = Memo::new(move |_| state.catalog().with(|c| Arc::new(browse::FacetIndex::of(c))));
    let matching = Memo::new(move |_| {
        let filters = filters.get();
        facet_index.with(|index| crate::browser::perf::measured("csp:filter", || index.matching(&filters)))
    });
    // The other side of a scheduled price change is not a row of its own.
    let superseded = Memo::new(move |_| state.catalog().with(|c| Arc::new(c.superseded_entries(state.today()))));
    let listed = Memo::new(move |_| {
        let show_blocked = filters.with(|f| f.show_blocked);
        superseded.with(|s| verdicts.with(|v| matching.with(|m| browse::listed(m, v, show_blocked, s))))
    });
    let visible = Memo::new(move |_| listed.with(|l| l.offers.clone()));
    let blocked_hidden = Memo::new(move |_| listed.with(|l| l.cannot_buy_hidden));
    let groups = Memo::new(move |_| {
        let catalog = state.catalog().get();
        visible.with(|v| browse::group_by_product(&catalog, v))
    });

    // Only a change of view rebuilds the list; other filter changes update its rows in place.
    let view_mode = Memo::new(move |_| filters.with(|f| f.view));
    let customer_name = move || real_parties.with(|f| f.customer.name.clone());
    let cart_count = move || id.with_value(|id| state.cart_len(id));

    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <A href=crate::ui::link("/")>"Customers"</A>
            <span aria-hidden="true">" / "</span>
            <span>{customer_name}</span>
        </nav>
        <div class="page-head">
            <div>
                <h1>"Add products"</h1>
                <p class="lead">"Every offer in the catalog that this partner can sell to this customer today. Switch on \"Show offers this customer can't buy\" to see the others, each with the reasons why."</p>
                <PartiesSummary parties real=real_parties />
                <PriceListNote customer=id.get_value() />
            </div>
            <A href=move || crate::ui::link(&id.with_value(|id| format!("/customers/{id}/review"))) attr:class="cart-summary" attr:aria-live="polite">
                <svg class="cart-icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
                    <path d="M3 4h2l2.4 10.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 1.9-1.4L21 8H6.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
                    <circle cx="10" cy="20" r="1.5" fill="currentColor" />
                    <circle cx="17" cy="20" r="1.5" fill="currentColor" />
                </svg>
                <span data-testid="cart-count">{cart_count}</span>
                {move || if cart_count() == 1 { " item in the cart" } else { " items in the cart" }}
                <span class="cart-review">"Review →"</span>
            </A>
        </div>
        <Show when=move || !query_notices.with(Vec::is_empty)>
            <div class="banner banner-info" role="status">
                <ul>{move || query_notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </div>
        </Show>
        <Show when=move || !what_if.with(WhatIf::is_empty)>
            <div class="banner banner-whatif" role="status">
                "What-if is on: the verdicts below use the hypothetical facts from the What-if panel, and nothing can be added to the cart. "
                <button class="button subtle" on:click=move |_| what_if.set(WhatIf::default())>"Back to the real facts"</button>
            </div>
        </Show>
        <NothingToSell shared customer=id.get_value() />
        <CategoryTabs filters />
        <div class="layout">
            <div class="results-column">
                <FilterBar filters />
                <p class="result-count" role="status" aria-live="polite" data-testid="result-count">
                    {move || {
                        let offers = visible.with(Vec::len);
                        let products = groups.with(Vec::len);
                        let mut text = match filters.with(|f| f.view) {
                            ViewMode::Products => format!("{} ({})", count(products as i64, "product", "products"), skus(offers)),
                            ViewMode::Skus => skus(offers),
                        };
                        let hidden = blocked_hidden.get();
                        if hidden > 0 {
                            // The hidden ones are SKUs, whatever the view: say so.
                            text.push_str(&format!(
                                " · {} this customer can't buy",
                                count(hidden as i64, "more SKU", "more SKUs")
                            ));
                        }
                        text
                    }}
                </p>
                <Show
                    when=move || !visible.with(Vec::is_empty)
                    fallback=move || view! { <EmptyResults blocked_hidden nothing_sellable=Signal::derive(move || shared.with(|r| !r.is_empty())) /> }
                >
                    {move || match view_mode.get() {
                        ViewMode::Skus => view! {
                            <WindowedList
                                rows=visible.into()
                                key=move |&i: &OfferIndex| state.catalog().with_untracked(|c| c.offer_at(i).id().to_string())
                                row=|i, place| view! { <OfferRow index=i place /> }
                                class="offer-list"
                                label="SKUs"
                            />
                        }
                        .into_any(),
                        ViewMode::Products => view! {
                            <WindowedList
                                rows=groups.into()
                                key=move |g: &browse::ProductSummary| {
                                    state.catalog().with_untracked(|c| c.offer_at(g.offers[0]).product.id.to_string())
                                }
                                row=|g, place| view! { <ProductRow summary=g place /> }
                                class="product-list"
                                label="Products"
                            />
                        }
                        .into_any(),
                    }}
                </Show>
            </div>
            <aside class="side-column">
                <WhyPanel />
                <WhatIfPanel />
            </aside>
        </div>
    }
}

/// A stand-in for a customer that no longer exists: it can buy nothing.
fn removed_customer(id: CustomerId, partner: &Partner) -> Customer {
    Customer {
        name: id.to_string(),
        id,
        tenant_country: partner.tenant_country,
        qualification: None,
        agreement: None,
        subscriptions: Vec::new(),
    }
}

/// "1 SKU", "36,939 SKUs"
/// "per user per month": licenses of online services are counted in users, other offers
/// (reservations, software, SaaS) in units of their own.
fn per_month(category: ProductCategory) -> &'static str {
    match category {
        ProductCategory::OnlineServices => "per user per month",
        ProductCategory::Azure | ProductCategory::Software => "per unit per month",
    }
}

fn skus(n: usize) -> String {
    count(n as i64, "SKU", "SKUs")
}

#[component]
fn EmptyResults(blocked_hidden: Memo<usize>, nothing_sellable: Signal<bool>) -> impl IntoView {
    view! {
        <div class="empty">
            <p><strong>{move || if nothing_sellable.get() {
                // The banner above says why; the filters have nothing to do with it.
                "Nothing here can be sold to this customer, for the reason above."
            } else {
                "Nothing matches these filters."
            }}</strong></p>
            <p>
                {move || if nothing_sellable.get() {
                    "Switch on \"Show offers this customer can't buy\" to browse the catalog with every offer's reasons."
                } else if blocked_hidden.get() > 0 {
                    "Some offers match but this customer can't buy them: switch on \"Show offers this customer can't buy\" to see why."
                } else {
                    "Set filters to Any, or use \"Why can't I find…?\" to look across the whole catalog."
                }}
            </p>
        </div>
    }
}

/// The facts the verdicts use. Under a what-if, the assumed ones stand where the real ones
/// did, each marked as assumed.
#[component]
fn PartiesSummary(parties: Memo<Parties>, real: Memo<Parties>) -> impl IntoView {
    let facts = |p: &Parties| {
        let c = &p.customer;
        let agreement = match &c.agreement {
            Some(a) => format!("Accepted {}", crate::domain::dates::long(a.accepted_on)),
            None => "Not accepted".to_string(),
        };
        let sold_by = format!(
            "{} ({}), from its tenant in {}",
            p.partner.name,
            p.partner.partner_type,
            p.partner.tenant_for(c.tenant_country).name()
        );
        (c.tenant_country.name(), c.qualification.clone(), agreement, sold_by)
    };
    move || {
        let (country, qualification, agreement, sold_by) = parties.with(facts);
        let (real_country, real_qualification, real_agreement, real_sold_by) = real.with(facts);
        let assumed =
            |differs: bool| differs.then(|| view! { <span class="badge badge-info assumed">"assumed"</span> });
        let no_agreement = agreement == "Not accepted";
        view! {
            <dl class="facts">
                <div><dt>"Customer"</dt><dd>{parties.with(|p| p.customer.name.clone())}</dd></div>
                <div><dt>"Tenant country"</dt><dd>{country} {assumed(country != real_country)}</dd></div>
                <div>
                    <dt>"Special qualification"</dt>
                    <dd>{assumed(qualification != real_qualification)} <QualificationBadge record=qualification.clone() /></dd>
                </div>
                <div><dt>"Customer Agreement"</dt><dd class:warn-text=no_agreement>{agreement.clone()} {assumed(agreement != real_agreement)}</dd></div>
                <div><dt>"Sold by"</dt><dd>{sold_by.clone()} {assumed(sold_by != real_sold_by)}</dd></div>
            </dl>
        }
    }
}

/// When nothing at all can be sold to this customer for one reason, it says so first, with
/// what to do, rather than an empty list.
#[component]
fn NothingToSell(shared: Memo<Vec<Reason>>, customer: CustomerId) -> impl IntoView {
    let edit = crate::ui::link(&format!("/customers/{customer}/edit"));
    let profile = crate::ui::link("/partner");
    move || {
        let reasons = shared.get();
        (!reasons.is_empty()).then(|| {
            let fix = reasons.iter().find_map(|r| match r {
                Reason::AgreementNotAccepted { .. } => Some((
                    edit.clone(),
                    "Record the customer's acceptance of the Microsoft Customer Agreement",
                )),
                Reason::OrderedByIndirectProvider { .. } | Reason::OutsideRegion { .. } => {
                    Some((profile.clone(), "Open the partner profile"))
                }
                _ => None,
            });
            view! {
                <div class="banner banner-warn nothing-to-sell" role="status" data-testid="nothing-to-sell">
                    <div>
                        <strong>"Nothing in the catalog can be sold to this customer:"</strong>
                        <ul>{reasons.iter().map(|r| view! { <li>{r.to_string()}</li> }).collect_view()}</ul>
                        {fix.map(|(href, text)| view! { <A href=href>{text}</A> })}
                    </div>
                </div>
            }
        })
    }
}
