//! The filters of the Add products page: the category tabs, search, facets, sort, the view
//! toggle and "Show offers this customer can't buy". Every change is a new URL query.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::app::browse::{Filters, SortOrder, ViewMode};
use crate::app::route::base_path;
use crate::domain::catalog::ProductCategory;
use crate::i18n::keys;
use crate::i18n::labels::Label;
use crate::ui::components::form::ChoiceSelect;
use crate::ui::state::use_catalog;
use crate::ui::words::use_words;

/// How long typing must pause before the search applies.
const SEARCH_DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(120);

/// Navigates to the same page with new filters. Each change is a history entry, so Back and
/// Forward step through them; `replace` is for keystrokes within one search.
pub fn use_set_filters() -> impl Fn(Filters, bool) + Copy + 'static {
    let navigate = StoredValue::new_local(use_navigate());
    let location = use_location();
    move |filters: Filters, replace: bool| {
        // The router adds the base path back when it navigates.
        let full = location.pathname.get_untracked();
        let path = full.strip_prefix(base_path()).map_or(full.clone(), str::to_string);
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
pub fn CategoryTabs(filters: Memo<Filters>) -> impl IntoView {
    let set_filters = use_set_filters();
    let words = use_words();
    view! {
        <div class="tabs" role="group" aria-label=words.t(keys::CATEGORY_TABS)>
            {ProductCategory::ALL
                .into_iter()
                .map(|category| {
                    let selected = move || filters.with(|f| f.tab == category);
                    view! {
                        <button
                            class="tab"
                            class:selected=selected
                            aria-pressed=move || selected().to_string()
                            on:click=move |_| {
                                let mut next = filters.get_untracked();
                                next.tab = category;
                                set_filters(next, false);
                            }
                        >
                            {category.label(words.language())}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
pub fn FilterBar(filters: Memo<Filters>) -> impl IntoView {
    let set_filters = use_set_filters();
    let words = use_words();
    let in_use = use_catalog();
    let has_changes = Memo::new(move |_| in_use.catalog().with(|c| !c.changes().is_empty()));
    // What is in the search box; it follows the URL (Back, Clear all filters) unless the
    // user is mid-typing.
    let typed = RwSignal::new(filters.with_untracked(|f| f.search.clone()));
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // Leaving the page mid-typing: the timer must not fire into the disposed filter bar.
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });
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
        <div class="filters" role="search" aria-label=words.t(keys::FILTER_THE_CATALOG)>
            <div class="search-box">
                <label for="f-search">{words.t(keys::SEARCH)}</label>
                <input
                    id="f-search"
                    type="search"
                    placeholder=words.t(keys::SEARCH_PLACEHOLDER)
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
            <ChoiceSelect none_label=words.t(keys::ANY) id="f-segment" label=keys::FILTER_SEGMENT
                current=Signal::derive(move || filters.with(|f| f.segment))
                on_pick=move |v| update(&|f| f.segment = v)
            />
            <ChoiceSelect none_label=words.t(keys::ANY) id="f-publisher" label=keys::FILTER_PUBLISHER
                current=Signal::derive(move || filters.with(|f| f.publisher))
                on_pick=move |v| update(&|f| f.publisher = v)
            />
            <ChoiceSelect none_label=words.t(keys::ANY) id="f-billing" label=keys::FILTER_BILLING_TYPE
                current=Signal::derive(move || filters.with(|f| f.billing))
                on_pick=move |v| update(&|f| f.billing = v)
            />
            <ChoiceSelect none_label=words.t(keys::ANY) id="f-category" label=keys::FILTER_CATEGORY
                current=Signal::derive(move || filters.with(|f| f.category))
                on_pick=move |v| update(&|f| f.category = v)
            />
            <ChoiceSelect id="f-sort" label=keys::FILTER_SORT
                current=Signal::derive(move || filters.with(|f| Some(f.sort)))
                on_pick={move |v: Option<SortOrder>| update(&|f| f.sort = v.unwrap_or_default())}
            />
            <div class="filters-row">
                <div class="toggle-group" role="group" aria-label=words.t(keys::VIEW)>
                    <button
                        class="toggle"
                        aria-pressed=move || filters.with(|f| f.view == ViewMode::Products).to_string()
                        on:click=move |_| update(&|f| f.view = ViewMode::Products)
                    >{words.t(keys::VIEW_PRODUCTS)}</button>
                    <button
                        class="toggle"
                        aria-pressed=move || filters.with(|f| f.view == ViewMode::Skus).to_string()
                        on:click=move |_| update(&|f| f.view = ViewMode::Skus)
                    >{words.t(keys::VIEW_SKUS)}</button>
                </div>
                <FilterSwitch
                    label=words.t(keys::SHOW_BLOCKED)
                    on=Signal::derive(move || filters.with(|f| f.show_blocked))
                    set=move |on| update(&|f| f.show_blocked = on)
                />
                // Only a month's price list says what changed; the built-in catalog doesn't.
                <Show when=move || has_changes.get() || filters.with(|f| f.changed_only)>
                    <FilterSwitch
                        label=words.t(keys::CHANGED_THIS_MONTH)
                        on=Signal::derive(move || filters.with(|f| f.changed_only))
                        set=move |on| update(&|f| f.changed_only = on)
                    />
                </Show>
                <button
                    class="button subtle"
                    disabled=move || !filters.with(Filters::has_filters)
                    on:click=move |_| {
                        let cleared = filters.get_untracked().cleared();
                        set_filters(cleared, false);
                    }
                >{words.t(keys::CLEAR_FILTERS)}</button>
            </div>
        </div>
    }
}

/// A filter that is on or off, as a labelled switch.
#[component]
fn FilterSwitch(label: String, on: Signal<bool>, set: impl Fn(bool) + 'static) -> impl IntoView {
    view! {
        <label class="switch">
            <input type="checkbox" role="switch" prop:checked=on on:change=move |ev| set(event_target_checked(&ev)) />
            <span>{label}</span>
        </label>
    }
}
