//! `/customers/:id/add-products`: the catalog for one customer, filtered as the URL says, with
//! every offer's verdict from the rules engine.

mod buy_controls;
mod filter_bar;
mod kept;
mod offer_row;
mod page_context;
mod product_row;
mod what_if;
mod why_panel;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::app::browse::{self, Filters, ViewMode};
use crate::app::route::{CustomerPage, Page};
use crate::domain::catalog::OfferIndex;
use crate::domain::customer::Customer;
use crate::domain::ids::CustomerId;
use crate::domain::partner::Partner;
use crate::domain::rules::{Parties, Reason, Verdicts};
use crate::domain::whatif::WhatIf;
use crate::i18n::labels::Label;
use crate::i18n::{format, keys, Args};
use crate::ui::components::{CountriesUnknownNote, PriceListNote, QualificationBadge, WindowedList};
use crate::ui::pages::customer_route::current_customer;
use crate::ui::state::{use_catalog, use_ledger, use_visit, CatalogInUse, Visit};
use crate::ui::words::use_words;
use crate::ui::Later;
use filter_bar::{CategoryTabs, FilterBar};
pub use kept::KeptAcrossLanguages;
use offer_row::OfferRow;
use page_context::PageContext;
use product_row::ProductRow;
use what_if::WhatIfPanel;
use why_panel::WhyPanel;

/// Every offer's verdict for these parties (timed as `csp:evaluate` for the benchmarks).
fn evaluate_all(in_use: CatalogInUse, visit: Visit, parties: &Parties) -> Arc<Verdicts> {
    let catalog = in_use.catalog().get();
    let context = parties.context(&catalog, visit.today());
    Arc::new(crate::browser::perf::measured("csp:evaluate", || context.verdicts()))
}

/// Shown under [`crate::ui::pages::customer_route::CustomerRoute`], which found the customer.
#[component]
pub fn AddProductsPage() -> impl IntoView {
    current_customer().map(|customer_id| view! { <AddProducts customer_id /> })
}

#[component]
fn AddProducts(customer_id: CustomerId) -> impl IntoView {
    let (visit, in_use, ledger) = (use_visit(), use_catalog(), use_ledger());
    ledger.load_cart(&customer_id);
    let query = use_query_map();
    let parsed = Memo::new(move |_| query.with(|q| Filters::from_query(|key| q.get(key))));
    let filters = Memo::new(move |_| parsed.with(|(f, _)| f.clone()));
    // A link may ask for facts to assume (a training exercise's situation): What-if starts
    // with them, and the user can change or drop them there.
    let (assumed, assume_notices) = query.with_untracked(|q| browse::what_if_from_query(|key| q.get(key)));
    let language = visit.language_untracked();
    let assume_notices: Vec<String> = assume_notices.iter().map(|n| n.sentence(language)).collect();
    let query_notices = Memo::new(move |_| {
        parsed.with(|(_, n)| {
            n.iter()
                .map(|n| n.sentence(language))
                .chain(assume_notices.iter().cloned())
                .collect::<Vec<_>>()
        })
    });

    let id = StoredValue::new(customer_id.clone());
    let real_parties = Memo::new(move |previous: Option<&Parties>| {
        // If another tab removes the customer, this page is about to give way to "not found";
        // until then it keeps the last parties it had rather than fail.
        id.with_value(|id| ledger.parties(id))
            .or_else(|| previous.cloned())
            .unwrap_or_else(|| {
                let partner = ledger.partner();
                Parties {
                    customer: removed_customer(id.get_value(), &partner),
                    partner,
                }
            })
    });
    let (rows, what_if) = expect_context::<KeptAcrossLanguages>().for_page(&customer_id, assumed);
    let parties = Memo::new(move |_| {
        let real = real_parties.get();
        what_if.with(|w| {
            if w.is_empty() {
                real
            } else {
                let (partner, customer) = w.apply(&real.partner, &real.customer, visit.today());
                Parties { partner, customer }
            }
        })
    });
    // The verdicts for the real facts are kept while a what-if is on: What-if compares
    // against them, and turning it off shows them again without evaluating anything.
    let real_verdicts = Memo::new(move |_| real_parties.with(|f| evaluate_all(in_use, visit, f)));
    let verdicts = Memo::new(move |_| {
        if what_if.with(WhatIf::is_empty) {
            real_verdicts.get()
        } else {
            parties.with(|p| evaluate_all(in_use, visit, p))
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
        rows,
    });

    let words = use_words();

    view! {
        <PageHead customer=id real_parties parties filters />
        <Show when=move || !query_notices.with(Vec::is_empty)>
            <div class="banner banner-info" role="status">
                <ul>{move || query_notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </div>
        </Show>
        <Show when=move || !what_if.with(WhatIf::is_empty)>
            <div class="banner banner-whatif" role="status">
                {words.t(keys::WHAT_IF_ON)} " "
                <button class="button subtle" on:click=move |_| what_if.set(WhatIf::default())>{words.t(keys::WHAT_IF_BACK)}</button>
            </div>
        </Show>
        // Each in a turn of its own while the app starts: every offer's verdict, then the
        // list, then the filters and the panels, none a long task on a phone.
        <Later><NothingToSell shared customer=id.get_value() /></Later>
        <CategoryTabs filters />
        <div class="layout">
            <Later><OfferResults shared /></Later>
            <aside class="side-column">
                <Later><WhyPanel /></Later>
                <Later><WhatIfPanel /></Later>
            </aside>
        </div>
    }
}

/// The breadcrumb, the heading with the facts the verdicts use, and the cart.
#[component]
fn PageHead(
    customer: StoredValue<CustomerId>,
    real_parties: Memo<Parties>,
    parties: Memo<Parties>,
    filters: Memo<Filters>,
) -> impl IntoView {
    let ledger = use_ledger();
    let words = use_words();
    let id = customer;
    let customer_name = move || real_parties.with(|f| f.customer.name.clone());
    let cart_count = move || id.with_value(|id| ledger.cart_len(id));
    let show_blocked = words.t(keys::SHOW_BLOCKED);
    let lead = if filters.with_untracked(|f| f.show_blocked) {
        words.t(keys::ADD_PRODUCTS_LEAD_BLOCKED)
    } else {
        words.with(keys::ADD_PRODUCTS_LEAD, &Args::new().text("show_blocked", show_blocked))
    };
    view! {
        <nav class="breadcrumb" aria-label=words.t(keys::BREADCRUMB)>
            <A href=Page::Customers.href()>{words.t(keys::NAV_CUSTOMERS)}</A>
            <span aria-hidden="true">" / "</span>
            <span>{customer_name}</span>
        </nav>
        <div class="page-head">
            <div>
                <h1>{words.t(keys::ADD_PRODUCTS)}</h1>
                <p class="lead">{lead}</p>
                <Later><PartiesSummary parties real=real_parties /></Later>
                <Later>
                    <PriceListNote customer=id.get_value() />
                    <CountriesUnknownNote />
                </Later>
            </div>
            <A href=move || id.with_value(|id| Page::customer(id, CustomerPage::Review).href()) attr:class="cart-summary" attr:aria-live="polite">
                <svg class="cart-icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
                    <path d="M3 4h2l2.4 10.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 1.9-1.4L21 8H6.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
                    <circle cx="10" cy="20" r="1.5" fill="currentColor" />
                    <circle cx="17" cy="20" r="1.5" fill="currentColor" />
                </svg>
                <span data-testid="cart-count">{cart_count}</span>
                " " {move || words.with(keys::CART_ITEMS, &Args::new().number("count", cart_count() as i64))}
                <span class="cart-review">{words.t(keys::CART_REVIEW)}</span>
            </A>
        </div>
    }
}

/// The offers that pass the filters and the rules, sorted, in a list that draws only the
/// rows on screen: SKUs, or products with their SKUs.
#[component]
fn OfferResults(shared: Memo<Vec<crate::domain::rules::Reason>>) -> impl IntoView {
    let (visit, in_use) = (use_visit(), use_catalog());
    let page = expect_context::<PageContext>();
    let (filters, verdicts) = (page.filters, page.verdicts);
    let words = use_words();
    // Offers that pass the filters, sorted; and which of them the list shows.
    let facet_index = Memo::new(move |_| in_use.catalog().with(|c| Arc::new(browse::FacetIndex::of(c))));
    let matching = Memo::new(move |_| {
        let filters = filters.get();
        facet_index.with(|index| crate::browser::perf::measured("csp:filter", || index.matching(&filters)))
    });
    // The other side of a scheduled price change is not a row of its own.
    let superseded = Memo::new(move |_| in_use.catalog().with(|c| Arc::new(c.superseded_entries(visit.today()))));
    let listed = Memo::new(move |_| {
        let show_blocked = filters.with(|f| f.show_blocked);
        superseded.with(|s| verdicts.with(|v| matching.with(|m| browse::listed(m, v, show_blocked, s))))
    });
    let visible = Memo::new(move |_| listed.with(|l| l.offers.clone()));
    let blocked_hidden = Memo::new(move |_| listed.with(|l| l.cannot_buy_hidden));
    let groups = Memo::new(move |_| {
        let catalog = in_use.catalog().get();
        visible.with(|v| browse::group_by_product(&catalog, v))
    });

    // Only a change of view rebuilds the list; other filter changes update its rows in place.
    let view_mode = Memo::new(move |_| filters.with(|f| f.view));
    view! {
            <div class="results-column">
                <Later><FilterBar filters /></Later>
                // The offers' titles are level-3 headings: the list has its own heading above them.
                <h2 class="visually-hidden">
                    {move || words.t(match filters.with(|f| f.view) {
                        ViewMode::Skus => keys::LIST_SKUS,
                        ViewMode::Products => keys::LIST_PRODUCTS,
                    })}
                </h2>
                <ResultCount filters visible groups blocked_hidden />
                <Later>
                    <Show
                        when=move || !visible.with(Vec::is_empty)
                        fallback=move || view! { <EmptyResults blocked_hidden nothing_sellable=Signal::derive(move || shared.with(|r| !r.is_empty())) /> }
                    >
                        {move || match view_mode.get() {
                            ViewMode::Skus => view! {
                                <WindowedList
                                    rows=visible.into()
                                    // With the catalog's generation: a row never outlives the catalog
                                    // its offer position came from, even for an offer both hold.
                                    key=move |&i: &OfferIndex| {
                                        in_use.catalog().with_untracked(|c| c.get_offer_at(i).map(|o| o.id().to_string()))
                                            .map(|id| format!("{}/{id}", in_use.generation()))
                                            .unwrap_or_default()
                                    }
                                    row=|i, place| view! { <OfferRow index=i place /> }
                                    class="offer-list"
                                    label=words.t(keys::LIST_SKUS)
                                />
                            }
                            .into_any(),
                            ViewMode::Products => view! {
                                <WindowedList
                                    rows=groups.into()
                                    key=move |g: &browse::ProductSummary| format!("{}/{}", in_use.generation(), g.product)
                                    row=|g, place| view! { <ProductRow summary=g place /> }
                                    class="product-list"
                                    label=words.t(keys::LIST_PRODUCTS)
                                />
                            }
                            .into_any(),
                        }}
                    </Show>
                </Later>
            </div>
    }
}

/// "3 products (5 SKUs) · 2 SKUs you can't buy hidden".
#[component]
fn ResultCount(
    filters: Memo<Filters>,
    visible: Memo<Vec<OfferIndex>>,
    groups: Memo<Vec<browse::ProductSummary>>,
    blocked_hidden: Memo<usize>,
) -> impl IntoView {
    let words = use_words();
    view! {
                <p class="result-count" role="status" aria-live="polite" data-testid="result-count">
                    {move || {
                        let offers = visible.with(Vec::len);
                        let products = groups.with(Vec::len);
                        let skus = words.with(keys::SKUS_COUNT, &Args::new().number("count", offers as i64));
                        let mut text = match filters.with(|f| f.view) {
                            ViewMode::Products => words.with(
                                keys::RESULT_COUNT_PRODUCTS,
                                &Args::new()
                                    .text("products", words.with(keys::PRODUCTS_COUNT, &Args::new().number("count", products as i64)))
                                    .text("skus", skus),
                            ),
                            ViewMode::Skus => skus,
                        };
                        let hidden = blocked_hidden.get();
                        if hidden > 0 {
                            // The hidden ones are SKUs, whatever the view: say so.
                            text.push_str(" · ");
                            text.push_str(&words.with(keys::RESULT_COUNT_HIDDEN, &Args::new().number("count", hidden as i64)));
                        }
                        text
                    }}
                </p>
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

#[component]
fn EmptyResults(blocked_hidden: Memo<usize>, nothing_sellable: Signal<bool>) -> impl IntoView {
    let words = use_words();
    let show_blocked = move || Args::new().text("show_blocked", words.t(keys::SHOW_BLOCKED));
    view! {
        <div class="empty">
            <p><strong>{move || if nothing_sellable.get() {
                // The banner above says why; the filters have nothing to do with it.
                words.t(keys::EMPTY_NOTHING_SELLABLE)
            } else {
                words.t(keys::EMPTY_NO_MATCH)
            }}</strong></p>
            <p>
                {move || if nothing_sellable.get() {
                    words.with(keys::EMPTY_HINT_NOTHING_SELLABLE, &show_blocked())
                } else if blocked_hidden.get() > 0 {
                    words.with(keys::EMPTY_HINT_BLOCKED_HIDDEN, &show_blocked())
                } else {
                    words.with(keys::EMPTY_HINT_FILTERS, &Args::new().text("why", words.t(keys::WHY_CANT_I_FIND)))
                }}
            </p>
        </div>
    }
}

/// The facts the verdicts use. Under a what-if, the assumed ones stand where the real ones
/// did, each marked as assumed.
#[component]
fn PartiesSummary(parties: Memo<Parties>, real: Memo<Parties>) -> impl IntoView {
    let words = use_words();
    let not_accepted = words.t(keys::AGREEMENT_NOT_ACCEPTED);
    let facts = move |p: &Parties| {
        let c = &p.customer;
        let language = words.language();
        let agreement = match &c.agreement {
            Some(a) => words.with(
                keys::AGREEMENT_ACCEPTED_ON,
                &Args::new().text("day", words.date(a.accepted_on)),
            ),
            None => words.t(keys::AGREEMENT_NOT_ACCEPTED),
        };
        let sold_by = words.with(
            keys::SOLD_BY,
            &Args::new()
                .text("partner", p.partner.name.clone())
                .text("partner_type", p.partner.partner_type.label(language))
                .text(
                    "country",
                    format::country(language, p.partner.tenant_for(c.tenant_country)),
                ),
        );
        (
            format::country(language, c.tenant_country),
            c.qualification.clone(),
            agreement,
            sold_by,
        )
    };
    move || {
        let (country, qualification, agreement, sold_by) = parties.with(facts);
        let (real_country, real_qualification, real_agreement, real_sold_by) = real.with(facts);
        let assumed = |differs: bool| {
            differs.then(|| view! { <span class="badge badge-info assumed">{words.t(keys::ASSUMED)}</span> })
        };
        let no_agreement = agreement == not_accepted;
        view! {
            <dl class="facts">
                <div><dt>{words.t(keys::FACT_CUSTOMER)}</dt><dd>{parties.with(|p| p.customer.name.clone())}</dd></div>
                <div><dt>{words.t(keys::FACT_TENANT_COUNTRY)}</dt><dd>{country.clone()} {assumed(country != real_country)}</dd></div>
                <div>
                    <dt>{words.t(keys::FACT_SPECIAL_QUALIFICATION)}</dt>
                    <dd>{assumed(qualification != real_qualification)} <QualificationBadge record=qualification.clone() /></dd>
                </div>
                <div><dt>{words.t(keys::FACT_CUSTOMER_AGREEMENT)}</dt><dd class:warn-text=no_agreement>{agreement.clone()} {assumed(agreement != real_agreement)}</dd></div>
                <div><dt>{words.t(keys::FACT_SOLD_BY)}</dt><dd>{sold_by.clone()} {assumed(sold_by != real_sold_by)}</dd></div>
            </dl>
        }
    }
}

/// When nothing at all can be sold to this customer for one reason, it says so first, with
/// what to do, rather than an empty list.
#[component]
fn NothingToSell(shared: Memo<Vec<Reason>>, customer: CustomerId) -> impl IntoView {
    let words = use_words();
    let edit = Page::customer(&customer, CustomerPage::Edit).href();
    let profile = Page::Partner.href();
    move || {
        let reasons = shared.get();
        (!reasons.is_empty()).then(|| {
            let fix = reasons.iter().find_map(|r| match r {
                Reason::AgreementNotAccepted { .. } => Some((edit.clone(), words.t(keys::FIX_RECORD_AGREEMENT))),
                Reason::OrderedByIndirectProvider { .. } | Reason::OutsideRegion { .. } => {
                    Some((profile.clone(), words.t(keys::FIX_OPEN_PARTNER_PROFILE)))
                }
                _ => None,
            });
            view! {
                <div class="banner banner-warn nothing-to-sell" role="status" data-testid="nothing-to-sell">
                    <div>
                        <strong>{words.t(keys::NOTHING_TO_SELL)}</strong>
                        <ul>{reasons.iter().map(|r| view! { <li>{words.reason(r)}</li> }).collect_view()}</ul>
                        {fix.map(|(href, text)| view! { <A href=href>{text}</A> })}
                    </div>
                </div>
            }
        })
    }
}
