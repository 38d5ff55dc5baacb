//! The language the app speaks in this browser: a `?lang=` link first (a trainer sharing a
//! French view), then the one chosen before, then the browser's own preferences.

use super::local_storage::Area;
use crate::i18n::Language;

/// Where the chosen language is kept, as its tag (`fr`).
pub const STORAGE_KEY: &str = "csp-catalog/language";

/// The language to start in, and the `?lang=` value that named no language the app speaks.
pub fn initial() -> (Language, Option<String>) {
    let linked = super::query_param("lang");
    if let Some(tag) = &linked {
        if let Some(language) = Language::from_tag(tag) {
            remember(language);
            return (language, None);
        }
    }
    let stored = Area::Local.get(STORAGE_KEY).and_then(|tag| Language::from_tag(&tag));
    let language = stored.unwrap_or_else(|| {
        let preferred: Vec<String> = web_sys::window()
            .map(|w| w.navigator().languages())
            .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
            .unwrap_or_default();
        Language::preferred(preferred.iter().map(String::as_str))
    });
    (language, linked)
}

/// Keeps the choice for the next visit.
pub fn remember(language: Language) {
    let _ = Area::Local.set(STORAGE_KEY, language.tag());
}

/// Tells the browser (and screen readers, spell checkers, translators) what language the
/// page is in.
pub fn mark_document(language: Language) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // Setting it even to the same value restyles the whole page.
        if root.get_attribute("lang").as_deref() != Some(language.tag()) {
            let _ = root.set_attribute("lang", language.tag());
        }
    }
}
