//! `/customers/:id/add-products`: the catalog for one customer, filtered as the URL says, with
//! every offer's verdict from the rules engine.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

use crate::app::browse::{self, CategoryFilter, Filters, Slug, SortOrder, ViewMode};
use crate::domain::catalog::{BillingType, ProductCategory, PublisherType, Segment};
use crate::domain::customer::Customer;
use crate::domain::ids::{CatalogItemId, CustomerId, ProductId};
use crate::domain::money::group_thousands;
use crate::domain::partner::Partner;
use crate::domain::rules::{Context, Verdict};
use crate::domain::term::Plan;
use crate::domain::whatif::WhatIf;
use crate::ui::components::form::OptionalSelect;
use crate::ui::components::{OfferRow, ProductRow, QualificationBadge, WhatIfPanel, WhyPanel, WindowedList};
use crate::ui::pages::NotFound;
use crate::ui::state::AppState;

/// The partner and customer the page evaluates against: the real ones, or the what-if.
#[derive(Clone, Debug, PartialEq)]
pub struct Facts {
    pub partner: Partner,
    pub customer: Customer,
}

/// What every row of the page needs.
#[derive(Clone, Copy)]
pub struct PageContext {
    pub customer_id: StoredValue<CustomerId>,
    pub facts: Memo<Facts>,
    pub verdicts: Memo<Arc<Vec<Verdict>>>,
    /// The verdicts for the real facts, whether or not a what-if is on.
    pub real_verdicts: Memo<Arc<Vec<Verdict>>>,
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
    pub drafts: HashMap<CatalogItemId, (Plan, String)>,
}

/// Every offer's verdict for these facts (timed as `csp:evaluate` for the benchmarks).
fn evaluate_all(state: &AppState, facts: &Facts) -> Arc<Vec<Verdict>> {
    let catalog = state.catalog().get();
    let context = Context::new(&catalog, &facts.partner, &facts.customer, state.today);
    Arc::new(crate::ui::measured("csp:evaluate", || context.verdicts()))
}

#[component]
pub fn AddProductsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let params = use_params_map();
    let customer = Memo::new(move |_| {
        let id = params.read().get("id").unwrap_or_default();
        state.customer(&id)
    });
    move || match customer.get() {
        Some(customer) => view! { <AddProducts customer_id=customer.id /> }.into_any(),
        None => {
            let id = params.read_untracked().get("id").unwrap_or_default();
            view! {
                <NotFound
                    title="Customer not found"
                    detail=format!("There is no customer with the id \"{id}\". It may have been removed, or the link is mistyped.")
                />
            }
            .into_any()
        }
    }
}

#[component]
fn AddProducts(customer_id: CustomerId) -> impl IntoView {
    let state = expect_context::<AppState>();
    state.load_cart(&customer_id);
    let query = use_query_map();
    let parsed = Memo::new(move |_| query.with(|q| Filters::from_query(|key| q.get(key))));
    let filters = Memo::new(move |_| parsed.with(|(f, _)| f.clone()));
    let query_notices = Memo::new(move |_| parsed.with(|(_, n)| n.iter().map(|n| n.to_string()).collect::<Vec<_>>()));

    let id = StoredValue::new(customer_id.clone());
    let real_facts = Memo::new(move |previous: Option<&Facts>| {
        let partner = state.partner().get();
        let customer = id.with_value(|id| state.customer_for_rules(id.as_str()));
        // If another tab removes the customer, this page is about to give way to "not found";
        // until then it keeps the last facts it had rather than fail.
        let customer = customer
            .or_else(|| previous.map(|p| p.customer.clone()))
            .unwrap_or_else(|| removed_customer(id.get_value(), &partner));
        Facts { partner, customer }
    });
    let what_if = RwSignal::new(WhatIf::default());
    let facts = Memo::new(move |_| {
        let real = real_facts.get();
        what_if.with(|w| {
            if w.is_empty() {
                real
            } else {
                let (partner, customer) = w.apply(&real.partner, &real.customer, state.today);
                Facts { partner, customer }
            }
        })
    });
    // The verdicts for the real facts are kept while a what-if is on: What-if compares
    // against them, and turning it off shows them again without evaluating anything.
    let real_verdicts = Memo::new(move |_| real_facts.with(|f| evaluate_all(&state, f)));
    let verdicts = Memo::new(move |_| {
        if what_if.with(WhatIf::is_empty) {
            real_verdicts.get()
        } else {
            facts.with(|f| evaluate_all(&state, f))
        }
    });
    provide_context(PageContext {
        customer_id: id,
        facts,
        verdicts,
        real_verdicts,
        filters,
        what_if,
        rows: StoredValue::new(RowMemory::default()),
    });

    // Offers that pass the filters, sorted; and how many of those the customer can't buy.
    let facet_index = Memo::new(move |_| state.catalog().with(|c| Arc::new(browse::FacetIndex::of(c))));
    let matching = Memo::new(move |_| {
        let filters = filters.get();
        facet_index.with(|index| crate::ui::measured("csp:filter", || index.matching(&filters)))
    });
    let visible = Memo::new(move |_| {
        let show_blocked = filters.with(|f| f.show_blocked);
        verdicts.with(|v| {
            matching.with(|m| {
                m.iter()
                    .copied()
                    .filter(|&i| show_blocked || v[i].is_allowed())
                    .collect::<Vec<_>>()
            })
        })
    });
    let blocked_hidden = Memo::new(move |_| {
        if filters.with(|f| f.show_blocked) {
            0
        } else {
            matching.with(|m| m.len()) - visible.with(Vec::len)
        }
    });
    let groups = Memo::new(move |_| {
        let catalog = state.catalog().get();
        visible.with(|v| browse::group_by_product(&catalog, v))
    });

    // Only a change of view rebuilds the list; other filter changes update its rows in place.
    let view_mode = Memo::new(move |_| filters.with(|f| f.view));
    let customer_name = move || real_facts.with(|f| f.customer.name.clone());
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
                <CustomerFacts facts=real_facts />
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
        <CategoryTabs filters />
        <div class="layout">
            <div class="results-column">
                <FilterBar filters />
                <p class="result-count" role="status" aria-live="polite" data-testid="result-count">
                    {move || {
                        let offers = visible.with(Vec::len);
                        let products = groups.with(Vec::len);
                        let mut text = match filters.with(|f| f.view) {
                            ViewMode::Products => format!("{} ({})", plural(products, "product"), plural(offers, "SKU")),
                            ViewMode::Skus => plural(offers, "SKU"),
                        };
                        let hidden = blocked_hidden.get();
                        if hidden > 0 {
                            text.push_str(&format!(" · {} more this customer can't buy", group_thousands(hidden as i64)));
                        }
                        text
                    }}
                </p>
                <Show
                    when=move || !visible.with(Vec::is_empty)
                    fallback=move || view! { <EmptyResults blocked_hidden /> }
                >
                    {move || match view_mode.get() {
                        ViewMode::Skus => view! {
                            <WindowedList
                                rows=visible.into()
                                key=move |&i: &usize| state.catalog().with_untracked(|c| c.offer_at(i).id().to_string())
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

/// How long typing must pause before the search applies.
const SEARCH_DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(120);

/// "1 SKU", "36,939 SKUs"
fn plural(n: usize, word: &str) -> String {
    let count = group_thousands(n as i64);
    if n == 1 {
        format!("{count} {word}")
    } else {
        format!("{count} {word}s")
    }
}

#[component]
fn EmptyResults(blocked_hidden: Memo<usize>) -> impl IntoView {
    view! {
        <div class="empty">
            <p><strong>"Nothing matches these filters."</strong></p>
            <p>
                {move || if blocked_hidden.get() > 0 {
                    "Some offers match but this customer can't buy them: switch on \"Show offers this customer can't buy\" to see why."
                } else {
                    "Set filters to Any, or use \"Why can't I find…?\" to look across the whole catalog."
                }}
            </p>
        </div>
    }
}

#[component]
fn CustomerFacts(facts: Memo<Facts>) -> impl IntoView {
    move || {
        facts.with(|f| {
            let c = &f.customer;
            let agreement = match &c.agreement {
                Some(a) => format!("Accepted {}", crate::domain::dates::long(a.accepted_on)),
                None => "Not accepted".to_string(),
            };
            view! {
                <dl class="facts">
                    <div><dt>"Customer"</dt><dd>{c.name.clone()}</dd></div>
                    <div><dt>"Tenant country"</dt><dd>{c.tenant_country.name()}</dd></div>
                    <div><dt>"Special qualification"</dt><dd><QualificationBadge record=c.qualification.clone() /></dd></div>
                    <div><dt>"Customer Agreement"</dt><dd class:warn-text=c.agreement.is_none()>{agreement}</dd></div>
                    <div><dt>"Sold by"</dt><dd>{format!("{} ({})", f.partner.name, f.partner.tenant_country.name())}</dd></div>
                </dl>
            }
        })
    }
}

/// Navigates to the same page with new filters. Each change is a history entry, so Back and
/// Forward step through them; `replace` is for keystrokes within one search.
pub fn use_set_filters() -> impl Fn(Filters, bool) + Copy + 'static {
    let navigate = StoredValue::new_local(use_navigate());
    let location = use_location();
    let base = use_context::<crate::ui::BasePath>().map(|b| b.0).unwrap_or_default();
    let base = StoredValue::new(base);
    move |filters: Filters, replace: bool| {
        // The router adds the base path back when it navigates.
        let full = location.pathname.get_untracked();
        let path = base
            .with_value(|b| full.strip_prefix(b.as_str()).map(str::to_string))
            .unwrap_or(full);
        let url = format!("{path}{}", filters.to_query_string());
        navigate.with_value(|nav| {
            nav(
                &url,
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            )
        });
    }
}

#[component]
fn CategoryTabs(filters: Memo<Filters>) -> impl IntoView {
    let set_filters = use_set_filters();
    view! {
        <div class="tabs" role="group" aria-label="Product categories">
            {ProductCategory::ALL
                .into_iter()
                .map(|category| {
                    let selected = move || filters.with(|f| f.category == category);
                    view! {
                        <button
                            class="tab"
                            class:selected=selected
                            aria-pressed=move || selected().to_string()
                            on:click=move |_| {
                                let mut next = filters.get_untracked();
                                next.category = category;
                                set_filters(next, false);
                            }
                        >
                            {category.to_string()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn FilterBar(filters: Memo<Filters>) -> impl IntoView {
    let set_filters = use_set_filters();
    // What is in the search box; it follows the URL (Back, Clear all filters) unless the
    // user is mid-typing.
    let typed = RwSignal::new(filters.with_untracked(|f| f.search.clone()));
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let search = filters.with(|f| f.search.clone());
        if pending.get_value().is_none() && typed.get_untracked() != search {
            typed.set(search);
        }
    });
    let update = move |change: &dyn Fn(&mut Filters)| {
        let mut next = filters.get_untracked();
        change(&mut next);
        set_filters(next, false);
    };
    view! {
        <div class="filters" role="search" aria-label="Filter the catalog">
            <div class="search-box">
                <label for="f-search">"Search"</label>
                <input
                    id="f-search"
                    type="search"
                    placeholder="Name, description or id"
                    autocomplete="off"
                    prop:value=move || typed.get()
                    on:input=move |ev| {
                        typed.set(event_target_value(&ev));
                        // Debounced: the URL (and the list) follow once typing pauses. The
                        // timer is restarted, never dropped, so the last keystroke always lands.
                        if let Some(handle) = pending.get_value() {
                            handle.clear();
                        }
                        let apply = move || {
                            pending.set_value(None);
                            let text = typed.get_untracked();
                            let mut next = filters.get_untracked();
                            if next.search == text {
                                return;
                            }
                            // The first change of a search is a history entry; the rest refine it.
                            let replace = !next.search.is_empty() && !text.is_empty();
                            next.search = text;
                            set_filters(next, replace);
                        };
                        pending.set_value(set_timeout_with_handle(apply, SEARCH_DEBOUNCE).ok());
                    }
                />
            </div>
            <OptionalSelect none_label="Any"
                id="f-segment"
                label="Segment"
                options=Segment::ALL.iter().map(|s| (s.slug().to_string(), s.to_string())).collect()
                current=Signal::derive(move || filters.with(|f| f.segment.map(|v| v.slug().to_string())))
                on_pick=move |v| update(&|f| f.segment = v.as_deref().and_then(Segment::from_slug))
            />
            <OptionalSelect none_label="Any"
                id="f-publisher"
                label="Publisher"
                options=[PublisherType::Microsoft, PublisherType::Partner].iter().map(|p| (p.slug().to_string(), p.to_string())).collect()
                current=Signal::derive(move || filters.with(|f| f.publisher.map(|v| v.slug().to_string())))
                on_pick=move |v| update(&|f| f.publisher = v.as_deref().and_then(PublisherType::from_slug))
            />
            <OptionalSelect none_label="Any"
                id="f-billing"
                label="Billing type"
                options=[BillingType::License, BillingType::Usage].iter().map(|b| (b.slug().to_string(), b.to_string())).collect()
                current=Signal::derive(move || filters.with(|f| f.billing.map(|v| v.slug().to_string())))
                on_pick=move |v| update(&|f| f.billing = v.as_deref().and_then(BillingType::from_slug))
            />
            <OptionalSelect none_label="Any"
                id="f-category"
                label="Category"
                options=CategoryFilter::all().map(|c| (c.slug().to_string(), c.to_string())).collect()
                current=Signal::derive(move || filters.with(|f| f.kind.map(|v| v.slug().to_string())))
                on_pick=move |v| update(&|f| f.kind = v.as_deref().and_then(CategoryFilter::from_slug))
            />
            <div class="field">
                <label for="f-sort">"Sort by"</label>
                <select
                    id="f-sort"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        update(&|f| f.sort = SortOrder::from_slug(&v).unwrap_or_default());
                    }
                >
                    {SortOrder::ALL
                        .into_iter()
                        .map(|s| view! {
                            <option value=s.slug() selected=move || filters.with(|f| f.sort == s)>{s.to_string()}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="filters-row">
                <div class="toggle-group" role="group" aria-label="View">
                    <button
                        class="toggle"
                        aria-pressed=move || filters.with(|f| f.view == ViewMode::Products).to_string()
                        on:click=move |_| update(&|f| f.view = ViewMode::Products)
                    >"View products"</button>
                    <button
                        class="toggle"
                        aria-pressed=move || filters.with(|f| f.view == ViewMode::Skus).to_string()
                        on:click=move |_| update(&|f| f.view = ViewMode::Skus)
                    >"View SKUs"</button>
                </div>
                <label class="switch">
                    <input
                        type="checkbox"
                        role="switch"
                        prop:checked=move || filters.with(|f| f.show_blocked)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            update(&|f| f.show_blocked = on);
                        }
                    />
                    <span>"Show offers this customer can't buy"</span>
                </label>
                <button
                    class="button subtle"
                    disabled=move || !filters.with(Filters::has_filters)
                    on:click=move |_| {
                        let cleared = filters.get_untracked().cleared();
                        set_filters(cleared, false);
                    }
                >"Clear all filters"</button>
            </div>
        </div>
    }
}
