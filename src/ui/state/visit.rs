//! The visit: the app's day and the language every page speaks.

use leptos::prelude::*;
use time::{Date, OffsetDateTime};

use crate::app::day;
use crate::app::store::Notice;
use crate::browser::clock::{chosen_day, now, remember_day};
use crate::browser::local_storage::Area;
use crate::i18n::Language;

#[derive(Clone, Copy)]
pub struct Visit {
    /// The browser's date when the app started.
    real_today: Date,
    /// The app's day: the real date unless a trainee moved it ("Today is …").
    day: RwSignal<Date>,
    language: RwSignal<Language>,
}

impl Visit {
    /// Starts the visit on the language and day the browser kept; what could not be used
    /// is returned for the user to be told.
    pub fn start(today: Date) -> (Visit, Vec<Notice>) {
        let mut notices = Vec::new();
        if !Area::Local.is_usable() {
            notices.push(Notice::NotKept);
        }
        let (language, unknown) = crate::browser::language::initial();
        crate::browser::language::mark_document(language);
        if let Some(tag) = unknown {
            notices.push(Notice::UnknownLanguage { tag });
        }
        let day = match chosen_day() {
            Some(Ok(day)) => {
                remember_day(Some(day));
                day
            }
            Some(Err((text, why))) => {
                remember_day(None);
                notices.push(Notice::DayNotUsed { text, why });
                today
            }
            None => today,
        };
        let visit = Visit {
            real_today: today,
            day: RwSignal::new(day),
            language: RwSignal::new(language),
        };
        (visit, notices)
    }

    /// The app's day, tracked: verdicts, prices and windows follow it.
    pub fn today(&self) -> Date {
        self.day.get()
    }

    pub fn today_untracked(&self) -> Date {
        self.day.get_untracked()
    }

    /// The browser's real date.
    pub fn real_today(&self) -> Date {
        self.real_today
    }

    /// Now, on the app's day (the real time of day).
    pub fn now(&self) -> OffsetDateTime {
        let real = now();
        let day = self.day.get_untracked();
        if day == self.real_today {
            real
        } else {
            day::now_on(day, real)
        }
    }

    /// Now on the app's day, tracked: what depends on it follows the day as it moves.
    pub fn now_tracked(&self) -> OffsetDateTime {
        self.day.track();
        self.now()
    }

    /// Moves the app's day for this tab; `None` goes back to the real date.
    pub fn move_to_day(&self, day: Option<Date>) {
        let day = day.filter(|d| *d != self.real_today);
        remember_day(day);
        self.day.set(day.unwrap_or(self.real_today));
    }

    /// The language pages speak, tracked: every word follows it.
    pub fn language(&self) -> Language {
        self.language.get()
    }

    pub fn language_untracked(&self) -> Language {
        self.language.get_untracked()
    }

    /// Switches every page to `language`, and keeps the choice for the next visit.
    pub fn choose_language(&self, language: Language) {
        crate::browser::language::remember(language);
        self.speak(language);
    }

    /// Switches every page to `language` for this visit only: the chosen one's words could
    /// not be had.
    pub fn speak(&self, language: Language) {
        crate::browser::language::mark_document(language);
        self.language.set(language);
    }
}
