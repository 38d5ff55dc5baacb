//! Where the app keeps its data: a small key-value [`Store`], the keys it uses
//! ([`StoredKey`]), and typed reads and writes that never lose a value ([`load`], [`save`]).
//!
//! The browser's `localStorage` implements [`Store`] (`crate::browser::local_storage`);
//! [`MemoryStore`] implements it natively, so every use case is tested without a browser.

mod key;
mod records;

use std::collections::BTreeMap;

pub use key::{StoredKey, PREFIX};
pub use records::{load, quarantined, save, set_aside, Notice};

/// Why a write was refused, in words ("the browser's storage for this site is full").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteError(pub String);

/// Text values under text keys, as `localStorage` keeps them.
pub trait Store {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError>;
    fn remove(&mut self, key: &str);
    /// Every key under the app's [`PREFIX`].
    fn keys(&self) -> Vec<String>;
}

/// A [`Store`] in memory, optionally with a quota like a browser's.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    values: BTreeMap<String, String>,
    /// Most bytes of keys and values it holds, if limited.
    quota: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> Self {
        MemoryStore::default()
    }

    /// A store that refuses writes past `bytes` of keys and values.
    pub fn with_quota(bytes: usize) -> Self {
        MemoryStore {
            values: BTreeMap::new(),
            quota: Some(bytes),
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.values
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.values.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        if let Some(quota) = self.quota {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(WriteError("the browser's storage for this site is full".to_string()));
            }
        }
        self.values.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.values.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.values.keys().filter(|k| k.starts_with(PREFIX)).cloned().collect()
    }
}
