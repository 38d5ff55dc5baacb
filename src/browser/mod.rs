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
