//! A result list that puts only the rows near the viewport in the page, whatever its length.
//!
//! Which rows, and how much space stands in for the others, is plain arithmetic in
//! [`crate::app::list_window`]; this component feeds it the viewport and each shown row's measured
//! height, and moves keyboard focus between rows, bringing in rows that are not in the page.

use std::collections::HashMap;
use std::hash::Hash;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::list_window::{RowHeights, Window};

/// Rows rendered beyond each edge of the viewport, so that a short scroll shows no gap.
const OVERSCAN: usize = 3;
/// The height assumed for rows before any has been measured.
const FIRST_GUESS: f64 = 110.0;

/// `rows` is the whole list; `key` names a row stably (a row whose key stays in the window
/// keeps its elements); `row` renders one row given its item and its place in the list (its
/// position and the list's length), and must render exactly one element.
#[component]
pub fn WindowedList<T, K, KF, V, RF>(
    rows: Signal<Vec<T>>,
    key: KF,
    row: RF,
    #[prop(into)] class: String,
    /// The list's accessible name.
    #[prop(into)]
    label: String,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
    K: Eq + Hash + Clone + Send + Sync + 'static,
    KF: Fn(&T) -> K + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    RF: Fn(T, Signal<(usize, usize)>) -> V + Clone + Send + Sync + 'static,
{
    let list = NodeRef::<html::Ul>::new();
    // A new list of rows starts its measurements afresh, guessing from the last list's rows.
    let last_estimate = StoredValue::new(FIRST_GUESS);
    let heights = Memo::new(move |_| RwSignal::new(RowHeights::new(rows.with(Vec::len), last_estimate.get_value())));
    // The part of the list in the viewport: its top in list coordinates, and its height.
    let viewport = RwSignal::new((0.0, 900.0));
    let span = Memo::new(move |_| {
        let (top, height) = viewport.get();
        heights.get().with(|h| h.window(top, height, OVERSCAN))
    });
    let update_viewport = move || {
        let (Some(list), Ok(inner_height)) = (list.try_get_untracked().flatten(), window().inner_height()) else {
            return;
        };
        let top = -list.get_bounding_client_rect().top();
        let height = inner_height.as_f64().unwrap_or(900.0);
        viewport.try_maybe_update(|v| {
            let changed = *v != (top, height);
            *v = (top, height);
            (changed, ())
        });
    };
    // A row that keyboard focus is moving to, until it is in the page.
    let pending_focus = StoredValue::new(None::<usize>);
    // Once the rows are in the page and laid out: measure them, and focus the row focus was
    // moving to. Measuring in the next frame, not straight after the reactive update, means
    // the list has been updated and a chain of corrections can never starve the page.
    let measure = move || {
        // The list may have left the page since this frame was asked for.
        let (Some(Window { start, end, .. }), Some(Some(element)), Some(heights)) = (
            span.try_get_untracked(),
            list.try_get_untracked(),
            heights.try_get_untracked(),
        ) else {
            return;
        };
        // Not laid out (the app is still being built outside the document): the rows are
        // measured once it is shown.
        if element.offset_parent().is_none() {
            return;
        }
        let heights_now = row_heights(&element);
        if heights_now.len() != end - start {
            return;
        }
        heights.try_maybe_update(|h| {
            let changed = h.record(start, &heights_now);
            last_estimate.set_value(h.estimate());
            (changed, ())
        });
        update_viewport();
        if let Some(target) = pending_focus.try_get_value().flatten() {
            if let Some(row) = row_element(&element, start, target) {
                pending_focus.set_value(None);
                let _ = row.focus();
            }
        }
    };
    Effect::new(move |_| {
        span.track();
        request_animation_frame(measure);
    });
    // Scrolling and resizing move the viewport; measuring first also catches rows that
    // changed height in place (reasons after a what-if, a message after Add to cart).
    let on_scroll = window_event_listener(ev::scroll, move |_| measure());
    let on_resize = window_event_listener(ev::resize, move |_| measure());
    // Once the frame that first lays the app out is drawn, in a task of its own: the page's
    // first layout is that frame's, not a forced one in the task that moved the app into the
    // page or in the frame's callbacks (three shorter tasks on a phone instead of one long).
    let on_shown = window_event_listener_untyped(crate::ui::SHOWN_EVENT, move |_| {
        request_animation_frame(move || set_timeout(measure, std::time::Duration::ZERO));
    });
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
        on_shown.remove();
    });

    let on_keydown = move |ev: ev::KeyboardEvent| {
        let Some(element) = list.get_untracked() else { return };
        let Some(current) = focused_row(&ev, &element) else {
            return;
        };
        let Window { start, .. } = span.get_untracked();
        let last = rows.with_untracked(Vec::len).saturating_sub(1);
        let here = start + current as usize;
        let Some(target) = key_target(&ev.key(), here, last) else {
            return;
        };
        ev.prevent_default();
        if let Some(row) = row_element(&element, start, target) {
            let _ = row.focus();
            return;
        }
        // Not in the page: scroll to where it will be, and focus it once it is rendered.
        pending_focus.set_value(Some(target));
        let row_top = heights.get_untracked().with_untracked(|h| h.top_of(target));
        let list_top = element.get_bounding_client_rect().top();
        if let Ok(scroll_y) = window().scroll_y() {
            window().scroll_to_with_x_and_y(0.0, scroll_y + list_top + row_top);
        }
        update_viewport();
    };

    let (shown, places) = rows_in_window(rows, span, key.clone());
    let total = Memo::new(move |_| rows.with(Vec::len));
    view! {
        <ul
            class=class
            aria-label=label
            node_ref=list
            style:padding-top=move || css_pixels(span.with(|w| w.space_before))
            style:padding-bottom=move || css_pixels(span.with(|w| w.space_after))
            on:keydown=on_keydown
        >
            <For
                each=move || shown.get()
                key=key.clone()
                children=move |item| {
                    let name = key(&item);
                    let place = Signal::derive(move || {
                        (places.with(|p| p.get(&name).copied().unwrap_or(0)), total.get())
                    });
                    row(item, place)
                }
            />
        </ul>
    }
}

/// The row a key moves keyboard focus to: the next, the previous, the first or the last.
fn key_target(key: &str, here: usize, last: usize) -> Option<usize> {
    match key {
        "ArrowDown" => Some(here.saturating_add(1).min(last)),
        "ArrowUp" => Some(here.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// The rows in the window, and where each stands in the whole list: rows keep their
/// elements as the window moves, so their place is looked up rather than fixed when they
/// are created.
fn rows_in_window<T, K, KF>(
    rows: Signal<Vec<T>>,
    span: Memo<Window>,
    key: KF,
) -> (Memo<Vec<T>>, Memo<HashMap<K, usize>>)
where
    T: Clone + PartialEq + Send + Sync + 'static,
    K: Eq + Hash + Clone + Send + Sync + 'static,
    KF: Fn(&T) -> K + Send + Sync + 'static,
{
    let shown = Memo::new(move |_| {
        let range = span.get().rows();
        rows.with(|all| all.get(range).map(<[T]>::to_vec).unwrap_or_default())
    });
    let places = Memo::new(move |_| {
        let start = span.with(|w| w.start);
        shown.with(|rows| {
            rows.iter()
                .enumerate()
                .map(|(i, row)| (key(row), start + i))
                .collect::<HashMap<K, usize>>()
        })
    });
    (shown, places)
}

/// Whole pixels: formatting a fraction would pull the float formatter into the bundle for
/// nothing a reader could see.
fn css_pixels(length: f64) -> String {
    format!("{}px", length.round() as i64)
}

/// The height each rendered row takes in the list, including the gap below it: the distance
/// from its top to the next row's top.
fn row_heights(list: &web_sys::HtmlUListElement) -> Vec<f64> {
    let rows = list.children();
    let rects: Vec<web_sys::DomRect> = (0..rows.length())
        .filter_map(|i| rows.item(i))
        .map(|row| row.get_bounding_client_rect())
        .collect();
    let gap = match rects.as_slice() {
        [first, second, ..] => (second.top() - first.bottom()).max(0.0),
        _ => 0.0,
    };
    rects
        .iter()
        .enumerate()
        .map(|(i, rect)| match rects.get(i + 1) {
            Some(next) => next.top() - rect.top(),
            None => rect.height() + gap,
        })
        .collect()
}

/// The element of row `target` if it is in the page (`start` is the first row in the page).
fn row_element(list: &web_sys::HtmlUListElement, start: usize, target: usize) -> Option<web_sys::HtmlElement> {
    let offset = u32::try_from(target.checked_sub(start)?).ok()?;
    list.children().item(offset)?.dyn_into().ok()
}

/// Which of the rendered rows has focus, if the key was pressed on a row itself (keys typed
/// into a field of the row, such as its quantity, stay with the field).
fn focused_row(ev: &ev::KeyboardEvent, list: &web_sys::HtmlUListElement) -> Option<u32> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let rows = list.children();
    (0..rows.length()).find(|&i| rows.item(i).is_some_and(|row| row == target))
}
