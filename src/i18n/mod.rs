//! The app's words in each language it speaks: English and French, as Partner Center runs in
//! the user's language.
//!
//! Every sentence lives in `locales/<language>.ftl` (Fluent syntax: a translator edits it
//! without reading Rust), read by [`ftl`], which picks plural forms by each language's rules.
//! The build checks that both files have the same messages and variables, and use only what
//! [`ftl`] reads, and turns the ids into [`keys`], so a missing or misspelt key fails the build.
//!
//! The layers below stay language-free: the rules engine returns [`Reason`](crate::domain::rules::Reason)s
//! as data and [`reasons`] words them here, with numbers, money, dates and country names in
//! the language's own forms ([`format`]).

pub mod files;
pub mod format;
pub mod ftl;
pub mod labels;
pub mod reasons;

use std::sync::OnceLock;

use ftl::{Pattern, PluralRules, Value};

/// A message id in the translation files, and its place among them ([`keys::ALL`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    id: &'static str,
    index: usize,
}

impl Key {
    pub fn id(self) -> &'static str {
        self.id
    }
}

/// One constant per message of `locales/en.ftl`: `add-products` is `keys::ADD_PRODUCTS`.
pub mod keys {
    use super::Key;
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    #[default]
    English,
    French,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::French];

    /// The BCP 47 tag, as `<html lang>`, `?lang=` and storage write it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
        }
    }

    /// The language named in itself, as a language menu lists it.
    pub fn name_in_itself(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "Français",
        }
    }

    /// Reads a tag such as `fr`, `fr-CA` or `EN-us`; `None` for a language the app doesn't speak.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first of the browser's preferred languages that the app speaks; English otherwise.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Language {
        tags.into_iter().find_map(Language::from_tag).unwrap_or_default()
    }

    /// The messages built into the app. In the browser French comes in a file of its own,
    /// fetched only by a visit that speaks it (a fifth of the words, for every visit that
    /// doesn't); everywhere else, tests included, both are built in.
    fn built_in(self) -> Option<&'static str> {
        match self {
            Language::English => Some(include_str!("../../locales/en.ftl")),
            #[cfg(not(target_arch = "wasm32"))]
            Language::French => Some(include_str!("../../locales/fr.ftl")),
            #[cfg(target_arch = "wasm32")]
            Language::French => None,
        }
    }

    /// The file beside the app the language's messages are fetched from, for a language not
    /// built in.
    pub fn file(self) -> Option<&'static str> {
        match self {
            Language::English => None,
            Language::French => Some(locale_files::FRENCH_FILE),
        }
    }

    fn cell(self) -> &'static OnceLock<Messages> {
        static ENGLISH: OnceLock<Messages> = OnceLock::new();
        static FRENCH: OnceLock<Messages> = OnceLock::new();
        match self {
            Language::English => &ENGLISH,
            Language::French => &FRENCH,
        }
    }

    /// The language's messages, read the first time they are asked for (a visit in one
    /// language never reads the other's file); `None` for a language fetched at run time
    /// that has not arrived.
    fn messages(self) -> Option<&'static Messages> {
        let cell = self.cell();
        if let Some(messages) = cell.get() {
            return Some(messages);
        }
        // The build checked the file: every message is there, in the part of Fluent ftl reads.
        let messages = read(self, self.built_in()?).ok()?;
        Some(cell.get_or_init(|| messages))
    }

    fn plural_rules(self) -> PluralRules {
        match self {
            Language::English => PluralRules::English,
            Language::French => PluralRules::French,
        }
    }
}

/// One language's messages, in the order of [`keys::ALL`].
struct Messages {
    language: Language,
    values: Vec<Pattern<'static>>,
}

impl Messages {
    fn get(&self, key: Key) -> Option<&Pattern<'static>> {
        self.values.get(key.index)
    }

    fn format(&self, key: Key, args: Option<&Args<'_>>) -> String {
        let mut out = String::new();
        if let Some(pattern) = self.get(key) {
            let value_of = |name: &str| args.and_then(|args| args.value(name));
            let number = |n| format::number(self.language, n);
            ftl::format(pattern, &value_of, self.language.plural_rules(), &number, &mut out);
        }
        out
    }
}

mod locale_files {
    include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));
}

/// Why a language's messages, fetched at run time, can't be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordsRefused {
    /// Not Fluent, or not all of it.
    NotMessages,
    /// Another build's words: a message this app asks for is missing.
    Missing(&'static str),
}

/// Reads `source` as `language`'s messages, refusing a file that lacks any message the app asks for.
fn read(language: Language, source: &'static str) -> Result<Messages, WordsRefused> {
    let mut found: Vec<Option<Pattern<'static>>> = vec![None; keys::ALL.len()];
    for (id, pattern) in ftl::read(source).map_err(|_| WordsRefused::NotMessages)? {
        // A message the app doesn't ask for (another build's) is left out.
        if let Ok(index) = keys::ALL.binary_search_by(|key| key.id.cmp(id)) {
            if let Some(slot) = found.get_mut(index) {
                *slot = Some(pattern);
            }
        }
    }
    let mut values = Vec::with_capacity(found.len());
    for (key, pattern) in keys::ALL.iter().zip(found) {
        values.push(pattern.ok_or(WordsRefused::Missing(key.id))?);
    }
    Ok(Messages { language, values })
}

/// Takes `language`'s messages fetched at run time (the browser's French).
pub fn install(language: Language, source: String) -> Result<(), WordsRefused> {
    if language.messages().is_some() {
        return Ok(());
    }
    // The messages borrow their text from the file, which lives as long as the page (as the
    // built-in English does); a refused file stays too, which only a foreign host causes.
    let source: &'static str = Box::leak(source.into_boxed_str());
    let messages = read(language, source)?;
    let _ = language.cell().set(messages);
    Ok(())
}

/// Whether `language`'s messages are there to be used.
pub fn is_ready(language: Language) -> bool {
    language.messages().is_some()
}

/// Reads `language`'s messages now rather than when the first is asked for (the app starts
/// in steps: this is one).
pub fn prepare(language: Language) {
    let _ = language.messages();
}

/// The values a message's variables take.
#[derive(Default)]
pub struct Args<'a>(Vec<(&'a str, Value)>);

impl<'a> Args<'a> {
    pub fn new() -> Self {
        Args(Vec::new())
    }

    pub fn text(mut self, name: &'a str, value: impl Into<String>) -> Self {
        self.0.push((name, Value::Text(value.into())));
        self
    }

    /// A number: written in the language's own form, and choosing the plural form.
    pub fn number(mut self, name: &'a str, value: impl Into<i64>) -> Self {
        self.0.push((name, Value::Number(value.into())));
        self
    }

    /// The value last given to `name`.
    fn value(&self, name: &str) -> Option<&Value> {
        self.0.iter().rev().find(|(n, _)| *n == name).map(|(_, value)| value)
    }
}

/// The message in the language.
pub fn text(language: Language, key: Key) -> String {
    lookup(language, key, None)
}

/// The message in the language, with its variables.
pub fn text_with(language: Language, key: Key, args: &Args<'_>) -> String {
    lookup(language, key, Some(args))
}

/// The message in the language, or in English while the language's words are not there;
/// the id itself if neither is, so a gap shows as a key on screen instead of an empty place.
fn lookup(language: Language, key: Key, args: Option<&Args<'_>>) -> String {
    match language.messages().or_else(|| Language::English.messages()) {
        Some(messages) => messages.format(key, args),
        None => key.id.to_string(),
    }
}

/// A message looked up by an id made at run time (a country's name): `None` if it isn't there.
fn lookup_dynamic(language: Language, id: &str) -> Option<String> {
    let index = keys::ALL.binary_search_by(|key| key.id.cmp(id)).ok()?;
    let key = keys::ALL.get(index)?;
    Some(lookup(language, *key, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browser_language_is_read_from_its_primary_subtag() {
        assert_eq!(Language::from_tag("fr-CA"), Some(Language::French));
        assert_eq!(Language::from_tag("EN-us"), Some(Language::English));
        assert_eq!(Language::from_tag("de"), None);
        assert_eq!(Language::from_tag(""), None);
        assert_eq!(Language::preferred(["de-DE", "fr", "en"]), Language::French);
        assert_eq!(Language::preferred(["de-DE"]), Language::English);
    }

    #[test]
    fn messages_read_in_each_language_with_their_variables_and_plurals() {
        assert_eq!(text(Language::English, keys::ADD_PRODUCTS), "Add products");
        assert_eq!(text(Language::French, keys::ADD_PRODUCTS), "Ajouter des produits");
        let seats = |language, n: i64| text_with(language, keys::SEATS, &Args::new().number("count", n));
        assert_eq!(seats(Language::English, 1), "1 seat");
        assert_eq!(seats(Language::English, 1234), "1,234 seats");
        // French counts 0 and 1 as singular.
        assert_eq!(seats(Language::French, 0), "0 licence");
        assert_eq!(seats(Language::French, 1), "1 licence");
        assert_eq!(seats(Language::French, 1234), "1\u{202f}234 licences");
    }

    #[test]
    fn words_fetched_at_run_time_are_refused_unless_they_are_this_apps() {
        // The browser fetches French: a file of another build, or not Fluent, is refused.
        assert!(matches!(
            read(Language::French, "add-products = Ajouter des produits\n"),
            Err(WordsRefused::Missing(id)) if id != "add-products"
        ));
        assert_eq!(read(Language::French, "<html>").err(), Some(WordsRefused::NotMessages));
        assert!(read(Language::French, include_str!("../../locales/fr.ftl")).is_ok());
    }

    #[test]
    fn every_message_has_a_value_in_every_language() {
        for language in Language::ALL {
            for key in keys::ALL {
                let found = language.messages().and_then(|m| m.get(key));
                assert!(
                    found.is_some_and(|p| !p.is_empty()),
                    "{language:?} has no value for {}",
                    key.id()
                );
            }
        }
    }
}
