//! "Today is …": the app's day, which a trainee can move to watch windows close, price-list
//! rows take effect and terms renew.

use leptos::prelude::*;

use crate::app::day::{read_day, EARLIEST, LATEST};
use crate::app::route::{base_path, without_param};
use crate::domain::dates::iso;
use crate::i18n::{keys, Args};
use crate::ui::state::use_visit;
use crate::ui::words::use_words;

/// Moves the day (`None`: back to the real date) and takes a link's `?today=` out of the
/// address, so that a reload keeps the day just chosen.
fn day_mover() -> impl Fn(Option<time::Date>) + Copy {
    let visit = use_visit();
    let location = leptos_router::hooks::use_location();
    let navigate = leptos_router::hooks::use_navigate();
    let navigate = StoredValue::new_local(navigate);
    move |day| {
        visit.move_to_day(day);
        // The router adds the base path back when it navigates.
        let full = location.pathname.get_untracked();
        let path = full.strip_prefix(base_path()).map_or(full.clone(), str::to_string);
        let (search, hash) = (location.search.get_untracked(), location.hash.get_untracked());
        if search.contains("today=") {
            let options = leptos_router::NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            };
            navigate.with_value(|navigate| navigate(&without_param(&path, &search, &hash, "today"), options));
        }
    }
}

/// The header's day button, with a small form to move the day.
#[component]
pub fn DayControl() -> impl IntoView {
    let visit = use_visit();
    let words = use_words();
    let open = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let moved = move || visit.today() != visit.real_today();
    let toggle = move |_| {
        typed.set(iso(visit.today_untracked()));
        error.set(None);
        open.update(|o| *o = !*o);
    };
    let move_to = day_mover();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match read_day(&typed.get_untracked()) {
            Ok(day) => {
                move_to(Some(day));
                error.set(None);
                open.set(false);
            }
            Err(why) => error.set(Some(why.sentence(words.language()))),
        }
    };
    let back = move |_| {
        move_to(None);
        error.set(None);
        open.set(false);
    };
    view! {
        <div
            class="day-control"
            on:keydown=move |ev| {
                if ev.key() == "Escape" && open.get_untracked() {
                    open.set(false);
                    if let Some(button) = button.get_untracked() {
                        let _ = button.focus();
                    }
                }
            }
        >
            <button
                node_ref=button
                type="button"
                class="day-button"
                class:moved=moved
                aria-expanded=move || open.get().to_string()
                aria-controls="day-form"
                on:click=toggle
            >
                // On a phone only the date shows; "Today is" stays for screen readers.
                <span class="day-word">{words.t(keys::TODAY_IS)}</span> " " {move || words.date_short(visit.today())}
            </button>
            <Show when=move || open.get()>
                <form id="day-form" class="day-form" on:submit=submit novalidate=true>
                    <label for="day-input">{words.t(keys::APP_DAY)}</label>
                    <input
                        id="day-input"
                        type="date"
                        min=iso(EARLIEST)
                        max=iso(LATEST)
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        aria-describedby="day-help"
                    />
                    <p id="day-help" class="hint">
                        {move || error.get().unwrap_or_else(|| {
                            words.t(keys::APP_DAY_HELP)
                        })}
                    </p>
                    <div class="actions tight">
                        <button type="submit" class="button primary">{words.t(keys::MOVE_TO_DAY)}</button>
                        <button type="button" class="button" on:click=back disabled=move || !moved()>{words.t(keys::BACK_TO_REAL_DATE)}</button>
                    </div>
                </form>
            </Show>
        </div>
    }
}

/// While the day is moved, a banner says so on every page.
#[component]
pub fn MovedDayBanner() -> impl IntoView {
    let visit = use_visit();
    let words = use_words();
    let move_to = day_mover();
    view! {
        <Show when=move || visit.today() != visit.real_today()>
            <div class="banner banner-whatif day-banner no-print" role="status">
                <span>
                    <strong>{move || words.with(keys::APP_DAY_IS, &Args::new().text("day", words.date(visit.today())))}</strong>
                    " " {words.with(keys::REALLY_IT_IS, &Args::new().text("day", words.date(visit.real_today())))}
                </span>
                <button type="button" class="button" on:click=move |_| move_to(None)>{words.t(keys::BACK_TO_REAL_DATE)}</button>
            </div>
        </Show>
    }
}
