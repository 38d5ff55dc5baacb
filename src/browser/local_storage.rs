//! `localStorage` and `sessionStorage` as the app's [`Store`], through gloo-storage, and an
//! in-memory stand-in for a browser that refuses them.
//!
//! A browser set to block all cookies and site data, or a sandboxed frame, throws as soon as
//! the page asks for `localStorage` (gloo-storage's `raw()` would then stop the app at start).
//! Each area is asked for once; where it is refused, this tab keeps its values in memory, the
//! app works as usual and says once that nothing will outlast the tab.

use std::cell::RefCell;
use std::collections::BTreeMap;

use gloo_storage::{LocalStorage, SessionStorage, Storage};

use crate::app::store::{Store, WriteError, PREFIX};

/// One of the browser's two storage areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// Kept across visits: customers, carts, orders, the chosen language.
    Local,
    /// Kept for this tab: the day a trainee moved to.
    Session,
}

thread_local! {
    /// Whether each area can be used (asked once), and the values kept in memory instead.
    static AREAS: RefCell<Option<(bool, bool)>> = const { RefCell::new(None) };
    static MEMORY: RefCell<(BTreeMap<String, String>, BTreeMap<String, String>)> =
        const { RefCell::new((BTreeMap::new(), BTreeMap::new())) };
}

impl Area {
    /// Whether the browser lets this page use the area. The getter itself may throw.
    pub fn is_usable(self) -> bool {
        let (local, session) = AREAS.with(|areas| {
            *areas.borrow_mut().get_or_insert_with(|| {
                let window = web_sys::window();
                let local = window
                    .as_ref()
                    .is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))));
                let session = window
                    .as_ref()
                    .is_some_and(|w| matches!(w.session_storage(), Ok(Some(_))));
                (local, session)
            })
        });
        match self {
            Area::Local => local,
            Area::Session => session,
        }
    }

    /// The browser's storage for the area, or `None` when it is refused.
    fn storage(self) -> Option<web_sys::Storage> {
        self.is_usable().then(|| match self {
            Area::Local => LocalStorage::raw(),
            Area::Session => SessionStorage::raw(),
        })
    }

    fn in_memory<T>(self, f: impl FnOnce(&mut BTreeMap<String, String>) -> T) -> T {
        MEMORY.with(|memory| {
            let mut memory = memory.borrow_mut();
            f(match self {
                Area::Local => &mut memory.0,
                Area::Session => &mut memory.1,
            })
        })
    }

    pub fn get(self, key: &str) -> Option<String> {
        match self.storage() {
            Some(storage) => storage.get_item(key).ok().flatten(),
            None => self.in_memory(|values| values.get(key).cloned()),
        }
    }

    pub fn set(self, key: &str, value: &str) -> Result<(), WriteError> {
        match self.storage() {
            Some(storage) => storage
                .set_item(key, value)
                .map_err(|e| WriteError(describe_js_error(&e))),
            None => {
                self.in_memory(|values| values.insert(key.to_string(), value.to_string()));
                Ok(())
            }
        }
    }

    pub fn remove(self, key: &str) {
        match self.storage() {
            Some(storage) => {
                let _ = storage.remove_item(key);
            }
            None => {
                self.in_memory(|values| values.remove(key));
            }
        }
    }

    fn keys(self) -> Vec<String> {
        match self.storage() {
            Some(storage) => {
                let count = storage.length().unwrap_or(0);
                (0..count).filter_map(|i| storage.key(i).ok().flatten()).collect()
            }
            None => self.in_memory(|values| values.keys().cloned().collect()),
        }
    }
}

/// The browser's `localStorage` for this site (in memory where it is refused).
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStore;

impl Store for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        Area::Local.get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        Area::Local.set(key, value)
    }

    fn remove(&mut self, key: &str) {
        Area::Local.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        Area::Local
            .keys()
            .into_iter()
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
