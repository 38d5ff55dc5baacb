//! Where the keyboard goes after the page changes.

use leptos::prelude::*;

/// Moves focus to the element with this id once the page has drawn it.
pub fn focus_after_render(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(&id)
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = element.focus();
        }
    });
}
