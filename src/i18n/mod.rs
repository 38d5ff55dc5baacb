//! The app's words in each language it speaks: English and French, as Partner Center runs in
//! the user's language.
//!
//! Every sentence lives in `locales/<language>.ftl` (Fluent syntax: a translator edits it
//! without reading Rust) and is formatted by Fluent's own runtime, which picks plural forms
//! by each language's rules. The build checks that both files have the same messages and
//! variables and turns the ids into [`keys`], so a missing or misspelt key fails the build.
//!
//! The layers below stay language-free: the rules engine returns [`Reason`](crate::domain::rules::Reason)s
//! as data and [`reasons`] words them here, with numbers, money, dates and country names in
//! the language's own forms ([`format`]).

pub mod files;
pub mod format;
pub mod labels;
pub mod reasons;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A message id in the translation files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key(&'static str);

impl Key {
    pub fn id(self) -> &'static str {
        self.0
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

    fn cell(self) -> &'static OnceLock<Bundle> {
        static ENGLISH: OnceLock<Bundle> = OnceLock::new();
        static FRENCH: OnceLock<Bundle> = OnceLock::new();
        match self {
            Language::English => &ENGLISH,
            Language::French => &FRENCH,
        }
    }

    /// The language's messages, read the first time they are asked for (a visit in one
    /// language never parses the other's file); `None` for a language fetched at run time
    /// that has not arrived.
    fn bundle(self) -> Option<&'static Bundle> {
        let cell = self.cell();
        if let Some(bundle) = cell.get() {
            return Some(bundle);
        }
        // The build checked the file: every message is there.
        let bundle = read(self, self.built_in()?.to_string()).ok()?;
        Some(cell.get_or_init(|| bundle))
    }
}

type Bundle = FluentBundle<FluentResource>;

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
fn read(language: Language, source: String) -> Result<Bundle, WordsRefused> {
    let resource = FluentResource::try_new(source).map_err(|_| WordsRefused::NotMessages)?;
    let id = language.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No bidi isolation marks: both languages run left to right, and the marks would end up
    // in copied text and in tests.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match language {
        Language::English => format::fluent_number_en,
        Language::French => format::fluent_number_fr,
    }));
    bundle.add_resource(resource).map_err(|_| WordsRefused::NotMessages)?;
    match keys::ALL.iter().find(|key| !bundle.has_message(key.id())) {
        Some(missing) => Err(WordsRefused::Missing(missing.id())),
        None => Ok(bundle),
    }
}

/// Takes `language`'s messages fetched at run time (the browser's French).
pub fn install(language: Language, source: String) -> Result<(), WordsRefused> {
    if language.bundle().is_some() {
        return Ok(());
    }
    let bundle = read(language, source)?;
    let _ = language.cell().set(bundle);
    Ok(())
}

/// Whether `language`'s messages are there to be used.
pub fn is_ready(language: Language) -> bool {
    language.bundle().is_some()
}

/// Reads `language`'s messages now rather than when the first is asked for (the app starts
/// in steps: this is one).
pub fn prepare(language: Language) {
    let _ = language.bundle();
}

/// The values a message's variables take.
#[derive(Default)]
pub struct Args<'a>(FluentArgs<'a>);

impl<'a> Args<'a> {
    pub fn new() -> Self {
        Args(FluentArgs::new())
    }

    pub fn text(mut self, name: &'a str, value: impl Into<String>) -> Self {
        self.0.set(name, FluentValue::from(value.into()));
        self
    }

    /// A number: written in the language's own form, and choosing the plural form.
    pub fn number(mut self, name: &'a str, value: impl Into<i64>) -> Self {
        self.0.set(name, FluentValue::from(value.into()));
        self
    }
}

/// The message in the language.
pub fn text(language: Language, key: Key) -> String {
    lookup(language, key.id(), None)
}

/// The message in the language, with its variables.
pub fn text_with(language: Language, key: Key, args: &Args<'_>) -> String {
    lookup(language, key.id(), Some(&args.0))
}

/// Looks a message up by id; the id itself if neither language has it, so a gap shows as a
/// key on screen instead of an empty place.
fn lookup(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    for bundle in [language, Language::English].into_iter().filter_map(Language::bundle) {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    id.to_string()
}

/// A message looked up by an id made at run time (a country's name): `None` if it isn't there.
fn lookup_dynamic(language: Language, id: &str) -> Option<String> {
    let bundle = language.bundle().or_else(|| Language::English.bundle())?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, None, &mut errors).into_owned())
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
            read(Language::French, "add-products = Ajouter des produits\n".to_string()),
            Err(WordsRefused::Missing(id)) if id != "add-products"
        ));
        assert_eq!(
            read(Language::French, "<html>".to_string()).err(),
            Some(WordsRefused::NotMessages)
        );
        let french = include_str!("../../locales/fr.ftl").to_string();
        assert!(read(Language::French, french).is_ok());
    }

    #[test]
    fn every_message_has_a_value_in_every_language() {
        for language in Language::ALL {
            for key in keys::ALL {
                let found = language
                    .bundle()
                    .and_then(|b| b.get_message(key.id()))
                    .and_then(|m| m.value());
                assert!(found.is_some(), "{language:?} has no value for {}", key.id());
            }
        }
    }
}
