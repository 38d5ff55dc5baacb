//! `localStorage` as the app's [`Store`], through gloo-storage.

use gloo_storage::{LocalStorage, Storage};

use crate::app::store::{Store, WriteError, PREFIX};

/// The browser's `localStorage` for this site.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStore;

impl Store for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        LocalStorage::raw().get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        LocalStorage::raw()
            .set_item(key, value)
            .map_err(|e| WriteError(describe_js_error(&e)))
    }

    fn remove(&mut self, key: &str) {
        let _ = LocalStorage::raw().remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        let storage = LocalStorage::raw();
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(PREFIX))
            .collect()
    }
}

fn describe_js_error(error: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) if e.name() == "QuotaExceededError" => "the browser's storage for this site is full".to_string(),
        Some(e) => String::from(e.message()),
        None => "storage is not available".to_string(),
    }
}
