//! The app starts in steps, each in its own turn of the browser, so that a phone's main
//! thread is never held for long: the built-in catalog, the visit's state, the language's
//! messages, the frame, then each part of the page marked [`Later`]. The app is built outside
//! the document and only moves into it, in place of the page `index.html` drew, once every
//! part is built, so nothing half-built is ever seen.

use std::cell::RefCell;
use std::collections::VecDeque;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::perf::{measured, Span};
use crate::browser::yield_to_browser;
use crate::i18n::Language;

/// The event the window hears once the app is shown: what measures itself in the page (a
/// windowed list) could not while it was built out of sight.
pub const SHOWN_EVENT: &str = "csp-app-shown";

thread_local! {
    /// While the app starts: the parts of the page waiting for their own turn. `None` once
    /// it has started, and in tests that mount the app whole.
    static WAITING: RefCell<Option<VecDeque<RwSignal<bool>>>> = const { RefCell::new(None) };
}

/// Starts the app in the page, a step per turn of the browser.
pub fn start() {
    console_error_panic_hook::set_once();
    // The state's tasks run on Leptos' executor, which mounting would set up too late. An
    // error only says it is set up already.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    wasm_bindgen_futures::spawn_local(async {
        // The turn the WebAssembly was instantiated in ends here.
        yield_to_browser().await;
        let root = Owner::new();
        let catalog = measured("csp:catalog", || root.with(super::state::provide_built_in_catalog));
        yield_to_browser().await;
        measured("csp:state", || root.with(|| super::provide_app_state(catalog)));
        yield_to_browser().await;
        // The words of the visit's language, read before the first of them is needed, and
        // fetched first if the app does not carry them (French).
        let (visit, notices) = root.with(|| (super::state::use_visit(), super::state::use_notices()));
        if !super::words::fetch_words(visit.language_untracked(), notices).await {
            visit.speak(Language::English);
        }
        measured("csp:words", || root.with(|| super::words::use_words().prepare()));
        yield_to_browser().await;
        let Some(body) = document().body() else { return };
        // Built out of the document: no step restyles or lays out the page, and nothing of it
        // shows until it moves into the page whole.
        let Ok(host) = document().create_element("div") else {
            return;
        };
        let host: web_sys::HtmlElement = host.unchecked_into();
        WAITING.with_borrow_mut(|waiting| *waiting = Some(VecDeque::new()));
        // Building the first page, start to end, until it is shown (scripts/bench-browser.mjs
        // and scripts/lighthouse.mjs read it).
        let mounting = Span::start("csp:mount");
        let app = root.with(|| leptos::mount::mount_to(host.clone(), super::Shell));
        build_later_parts().await;
        if let Some(boot) = document().get_element_by_id("boot") {
            boot.remove();
        }
        while let Some(node) = host.first_child() {
            let _ = body.append_child(&node);
        }
        if let Ok(shown) = web_sys::Event::new(SHOWN_EVENT) {
            let _ = window().dispatch_event(&shown);
        }
        mounting.end();
        // The app lives as long as the page.
        app.forget();
        std::mem::forget(root);
    });
}

/// Builds each waiting part in a turn of its own, parts found meanwhile included.
async fn build_later_parts() {
    loop {
        yield_to_browser().await;
        let next = WAITING.with_borrow_mut(|waiting| waiting.as_mut().and_then(VecDeque::pop_front));
        match next {
            // The view follows its signal in this turn's microtasks.
            Some(shown) => {
                let _ = shown.try_set(true);
            }
            None => break,
        }
    }
    WAITING.with_borrow_mut(|waiting| *waiting = None);
}

/// A part of a page built in a turn of its own while the app starts (below the fold: a
/// section of the Rules page, a list); at once any other time.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(true);
    WAITING.with_borrow_mut(|waiting| {
        if let Some(waiting) = waiting {
            shown.set(false);
            waiting.push_back(shown);
        }
    });
    view! { <Show when=move || shown.get()>{children()}</Show> }
}
