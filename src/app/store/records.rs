//! Typed values in a [`Store`]: each in its versioned envelope, under its own key. A value
//! that cannot be read is never lost: it is set aside under a quarantine key for the user to
//! download or discard, and the app goes on without it.

use std::fmt;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{Store, StoredKey};
use crate::app::day::DayError;
use crate::formats::envelope::{decode, encode, DecodeError, Kind};
use crate::formats::pricelist::FileProblem;
use crate::i18n::{files, keys, text_with, Args, Language};

/// Something the user should know: about stored data, or a setting a link carried that was
/// not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A value could not be read and was moved to the `copy`-th quarantine key of `key`.
    Quarantined {
        key: StoredKey,
        copy: u32,
        why: DecodeError,
    },
    /// A value set aside in an earlier visit is still waiting to be downloaded or discarded.
    StillQuarantined { quarantine_key: StoredKey },
    /// Writing failed (quota full, storage disabled); nothing stored was changed.
    WriteFailed { key: StoredKey, why: String },
    /// The browser refuses this site's storage (site data blocked, a sandboxed frame): the
    /// tab keeps what is done in memory, lost when it is closed or reloaded.
    NotKept,
    /// A link asked for a language the app does not speak.
    UnknownLanguage { tag: String },
    /// The messages of a language fetched at run time did not come (offline, another
    /// build's file): the app speaks English meanwhile.
    WordsNotLoaded { language: Language, why: String },
    /// The app's day in a link or this tab could not be used.
    DayNotUsed { text: String, why: DayError },
    /// The imported catalog kept in this browser could not be read.
    SavedCatalogUnreadable { why: DecodeError },
    /// The imported catalog kept in this browser could not be imported again.
    SavedCatalogNotLoaded { file: String, why: FileProblem },
    /// The imported catalog could not be removed from this browser (the browser's words).
    SavedCatalogNotRemoved { why: String },
}

impl Notice {
    /// The key of the set-aside value this notice is about, if any.
    pub fn quarantine_key(&self) -> Option<StoredKey> {
        match self {
            Notice::Quarantined { key, copy, .. } => Some(key.quarantine(*copy)),
            Notice::StillQuarantined { quarantine_key } => Some(quarantine_key.clone()),
            _ => None,
        }
    }
}

impl Notice {
    pub fn sentence(&self, language: Language) -> String {
        let (key, args) = match self {
            Notice::Quarantined { key, copy, why } => (
                keys::NOTICE_QUARANTINED,
                Args::new()
                    .text("key", key.to_string())
                    .text("why", files::decode_error(language, why))
                    .text("aside", key.quarantine(*copy).to_string()),
            ),
            Notice::StillQuarantined { quarantine_key } => (
                keys::NOTICE_STILL_QUARANTINED,
                Args::new().text("key", quarantine_key.to_string()),
            ),
            Notice::WriteFailed { key, why } => (
                keys::NOTICE_WRITE_FAILED,
                Args::new().text("key", key.to_string()).text("why", why.clone()),
            ),
            Notice::NotKept => (keys::NOTICE_NOT_KEPT, Args::new()),
            Notice::UnknownLanguage { tag } => (keys::LANGUAGE_UNKNOWN, Args::new().text("tag", tag.clone())),
            Notice::WordsNotLoaded { language, why } => (
                keys::NOTICE_WORDS_NOT_LOADED,
                Args::new()
                    .text("language", language.name_in_itself())
                    .text("why", why.clone()),
            ),
            Notice::DayNotUsed { text, why } => (
                keys::NOTICE_DAY_NOT_USED,
                Args::new()
                    .text("text", text.clone())
                    .text("why", why.sentence(language)),
            ),
            Notice::SavedCatalogUnreadable { why } => (
                keys::NOTICE_SAVED_CATALOG_UNREADABLE,
                Args::new().text("why", files::decode_error(language, why)),
            ),
            Notice::SavedCatalogNotLoaded { file, why } => (
                keys::NOTICE_SAVED_CATALOG_NOT_LOADED,
                Args::new()
                    .text("file", file.clone())
                    .text("why", files::file_problem(language, why)),
            ),
            Notice::SavedCatalogNotRemoved { why } => (
                keys::NOTICE_SAVED_CATALOG_NOT_REMOVED,
                Args::new().text("why", why.clone()),
            ),
        };
        text_with(language, key, &args)
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

#[allow(
    clippy::expect_used,
    reason = "only the app's own code names keys, and it never loads or saves a quarantined one"
)]
fn kind_of(key: &StoredKey) -> Kind {
    key.kind()
        .expect("values are loaded and saved under value keys, not quarantine keys")
}

/// Reads a value. A missing value is `Ok(None)`. An unreadable one is copied to its first
/// free quarantine key (an earlier copy is never overwritten), removed from its key so it is
/// not read again, and reported.
pub fn load<T: DeserializeOwned>(store: &mut impl Store, key: &StoredKey) -> Result<Option<T>, Notice> {
    let text_key = key.to_string();
    let Some(text) = store.get(&text_key) else {
        return Ok(None);
    };
    match decode(kind_of(key), &text) {
        Ok(value) => Ok(Some(value)),
        Err(why) => Err(quarantine(store, key, &text, why)),
    }
}

/// Sets a stored value aside as one the app can't live with although it reads (an order
/// filed under another order's key, say), as [`load`] does an unreadable one. `None` if
/// nothing is stored under the key.
pub fn set_aside(store: &mut impl Store, key: &StoredKey, kind: &'static str, detail: String) -> Option<Notice> {
    let text = store.get(&key.to_string())?;
    Some(quarantine(store, key, &text, DecodeError::Invalid { kind, detail }))
}

fn quarantine(store: &mut impl Store, key: &StoredKey, text: &str, why: DecodeError) -> Notice {
    let text_key = key.to_string();
    let mut copy = 1;
    let target = loop {
        let target = key.quarantine(copy).to_string();
        match store.get(&target) {
            Some(existing) if existing != text && copy < u32::MAX => copy += 1,
            _ => break target,
        }
    };
    // Only remove the original once its copy is safely stored.
    if store.set(&target, text).is_ok() {
        store.remove(&text_key);
    }
    Notice::Quarantined {
        key: key.clone(),
        copy,
        why,
    }
}

pub fn save<T: Serialize>(store: &mut impl Store, key: &StoredKey, value: &T) -> Result<(), Notice> {
    store
        .set(&key.to_string(), &encode(kind_of(key), value))
        .map_err(|e| Notice::WriteFailed {
            key: key.clone(),
            why: e.0,
        })
}

/// Every value set aside as unreadable, in this visit or an earlier one.
pub fn quarantined(store: &impl Store) -> Vec<StoredKey> {
    store
        .keys()
        .iter()
        .filter_map(|k| k.parse().ok())
        .filter(|k| matches!(k, StoredKey::Quarantine { .. }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::store::MemoryStore;
    use crate::domain::cart::Cart;

    fn cart_key() -> StoredKey {
        StoredKey::Cart("contoso-pharma".parse().unwrap())
    }

    #[test]
    fn an_unreadable_stored_cart_is_set_aside_not_lost() {
        let mut store = MemoryStore::new();
        let key = cart_key();
        store.set(&key.to_string(), "{\"lines\": [truncated").unwrap();

        let notice = load::<Cart>(&mut store, &key).unwrap_err();
        assert!(notice.to_string().contains("could not be read"), "{notice}");
        assert_eq!(
            store.get("csp-catalog/quarantine/cart/contoso-pharma").as_deref(),
            Some("{\"lines\": [truncated")
        );
        assert_eq!(
            store.get(&key.to_string()),
            None,
            "the bad value no longer blocks the key"
        );
        assert_eq!(load::<Cart>(&mut store, &key), Ok(None));
        assert_eq!(quarantined(&store), vec![key.quarantine(1)]);
    }

    #[test]
    fn a_cart_from_a_future_version_is_set_aside_and_an_earlier_quarantine_is_kept() {
        let mut store = MemoryStore::new();
        let key = cart_key();
        store
            .set("csp-catalog/quarantine/cart/contoso-pharma", "older bad value")
            .unwrap();
        store
            .set(&key.to_string(), "{\"kind\":\"cart\",\"version\":9,\"data\":{}}")
            .unwrap();
        let notice = load::<Cart>(&mut store, &key).unwrap_err();
        assert!(notice.to_string().contains("newer version"), "{notice}");
        assert_eq!(
            store.get("csp-catalog/quarantine/cart/contoso-pharma").as_deref(),
            Some("older bad value")
        );
        assert_eq!(
            store.get("csp-catalog/quarantine/cart/contoso-pharma#2").as_deref(),
            Some("{\"kind\":\"cart\",\"version\":9,\"data\":{}}")
        );
    }

    #[test]
    fn a_value_that_cannot_be_set_aside_stays_where_it_is() {
        let bad = "{not json";
        let key = cart_key();
        let mut store = MemoryStore::with_quota(key.to_string().len() + bad.len());
        store.set(&key.to_string(), bad).unwrap();
        assert!(load::<Cart>(&mut store, &key).is_err());
        assert_eq!(
            store.get(&key.to_string()).as_deref(),
            Some(bad),
            "not removed without a copy"
        );
    }

    #[test]
    fn a_full_store_refuses_the_write_and_keeps_what_it_had() {
        let key = cart_key();
        let empty = encode(Kind::Cart, &Cart::default());
        let mut store = MemoryStore::with_quota(key.to_string().len() + empty.len());
        save(&mut store, &key, &Cart::default()).unwrap();
        let one_line: Cart = [crate::domain::cart::NewLine {
            offer: "CFQ7TTC0LH18:0001:CFQ7TTC0K971".parse().unwrap(),
            quantity: 1,
            plan: None,
        }]
        .into_iter()
        .collect();
        let err = save(&mut store, &key, &one_line).unwrap_err();
        assert!(err.to_string().contains("storage for this site is full"), "{err}");
        assert_eq!(store.get(&key.to_string()), Some(empty));
    }
}
