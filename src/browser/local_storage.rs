//! `localStorage`, through gloo-storage: read, write, list, and set aside what cannot be read.

use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::formats::envelope::{decode, encode, quarantine_key, DecodeError, Kind, PREFIX, QUARANTINE_PREFIX};

/// Something the user should know about stored data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// A value could not be read and was moved to `quarantine_key`.
    Quarantined {
        key: String,
        quarantine_key: String,
        why: DecodeError,
    },
    /// A value set aside in an earlier visit is still waiting to be downloaded or discarded.
    StillQuarantined { quarantine_key: String },
    /// Writing failed (quota full, storage disabled); nothing stored was changed.
    WriteFailed { key: String, why: String },
    /// Anything else the user should know, in a sentence.
    Other(String),
}

impl std::fmt::Display for StorageNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageNotice::Quarantined { key, quarantine_key, why } => write!(
                f,
                "The saved value \"{key}\" could not be read: {why}. It was set aside as \"{quarantine_key}\" and the app continues without it; download it or discard it below."
            ),
            StorageNotice::StillQuarantined { quarantine_key } => write!(
                f,
                "A saved value that could not be read is still set aside as \"{quarantine_key}\"; download it or discard it below."
            ),
            StorageNotice::WriteFailed { key, why } => {
                write!(f, "Could not save \"{key}\": {why}. What was saved before is unchanged.")
            }
            StorageNotice::Other(text) => f.write_str(text),
        }
    }
}

pub fn raw(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Every key under the app's prefix, quarantined ones included.
pub fn keys() -> Vec<String> {
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect()
}

pub fn quarantined_keys() -> Vec<String> {
    keys()
        .into_iter()
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .collect()
}

pub fn remove(key: &str) {
    let _ = LocalStorage::raw().remove_item(key);
}

/// Reads a value. A missing value is `Ok(None)`. An unreadable one is copied to its
/// quarantine key (never overwriting an earlier quarantined copy), removed from its key so
/// it is not read again, and reported.
pub fn load<T: DeserializeOwned>(kind: Kind, key: &str) -> Result<Option<T>, StorageNotice> {
    let Some(text) = raw(key) else { return Ok(None) };
    match decode(kind, &text) {
        Ok(value) => Ok(Some(value)),
        Err(why) => {
            let storage = LocalStorage::raw();
            let mut target = quarantine_key(key);
            let mut n = 2;
            while raw(&target).is_some_and(|existing| existing != text) {
                target = format!("{}#{n}", quarantine_key(key));
                n += 1;
            }
            // Only remove the original once its copy is safely stored.
            if storage.set_item(&target, &text).is_ok() {
                let _ = storage.remove_item(key);
            }
            Err(StorageNotice::Quarantined {
                key: key.to_string(),
                quarantine_key: target,
                why,
            })
        }
    }
}

pub fn save<T: Serialize>(kind: Kind, key: &str, value: &T) -> Result<(), StorageNotice> {
    save_raw(key, &encode(kind, value))
}

pub fn save_raw(key: &str, text: &str) -> Result<(), StorageNotice> {
    LocalStorage::raw()
        .set_item(key, text)
        .map_err(|e| StorageNotice::WriteFailed {
            key: key.to_string(),
            why: describe_js_error(&e),
        })
}

fn describe_js_error(error: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) if e.name() == "QuotaExceededError" => "the browser's storage for this site is full".to_string(),
        Some(e) => String::from(e.message()),
        None => "storage is not available".to_string(),
    }
}
