//! What the user is told about stored data and the links they followed, until dismissed.

use leptos::prelude::*;

use crate::app::store::{Notice, Store, StoredKey};
use crate::browser::local_storage::LocalStore;

#[derive(Clone, Copy, Default)]
pub struct Notices(RwSignal<Vec<Notice>>);

impl Notices {
    pub fn all(&self) -> ReadSignal<Vec<Notice>> {
        self.0.read_only()
    }

    /// Tells the user something went wrong with stored data or a link's setting (once).
    pub fn report(&self, notice: Notice) {
        self.0.update(|all| {
            if !all.contains(&notice) {
                all.push(notice);
            }
        });
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.0.update(|all| all.retain(|n| n != notice));
    }

    /// The raw text of a value set aside as unreadable, for the user to download.
    pub fn quarantined_text(&self, key: &StoredKey) -> String {
        LocalStore.get(&key.to_string()).unwrap_or_default()
    }

    /// Deletes a value set aside as unreadable, and its notice.
    pub fn discard(&self, notice: &Notice) {
        if let Some(key) = notice.quarantine_key() {
            LocalStore.remove(&key.to_string());
        }
        self.dismiss(notice);
    }
}
