//! The browser's services, behind small functions: `localStorage`, IndexedDB, the clock and
//! file downloads. Only the wasm build has them.

pub mod clock;
pub mod download;
pub mod idb;
pub mod language;
pub mod local_storage;
pub mod perf;

/// A parameter of the page's address as it was loaded (`?catalog=…`, `?today=…`).
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// Waits until the browser has had a turn: it paints and answers clicks between two steps of
/// a long job.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
