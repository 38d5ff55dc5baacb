//! What views use to speak the app's language: its messages, and numbers, money, dates and
//! reasons in its forms. A switch of language builds the pages again (see `ui::App`), so a
//! view reads its words once, when it is built.

use crate::domain::catalog::Catalog;
use crate::domain::money::Money;
use crate::domain::rules::Reason;
use crate::i18n::{self, format, Args, Key, Language};
use crate::ui::state::AppState;
use leptos::prelude::*;
use time::Date;

#[derive(Clone, Copy)]
pub struct Words(AppState);

/// The words of the page being built.
pub fn use_words() -> Words {
    Words(expect_context::<AppState>())
}

impl Words {
    pub fn language(self) -> Language {
        self.0.language()
    }

    /// The message now.
    pub fn t(self, key: Key) -> String {
        i18n::text(self.language(), key)
    }

    /// The message with its facts.
    pub fn with(self, key: Key, args: &Args<'_>) -> String {
        i18n::text_with(self.language(), key, args)
    }

    pub fn reason(self, reason: &Reason) -> String {
        i18n::reasons::sentence(self.language(), reason)
    }

    pub fn number(self, n: impl Into<i64>) -> String {
        format::number(self.language(), n.into())
    }

    /// "5 seats", "5 licences".
    pub fn seats(self, n: impl Into<i64>) -> String {
        i18n::labels::seats(self.language(), n)
    }

    /// An amount in the catalog's currency.
    pub fn price(self, catalog: &Catalog, amount: Money) -> String {
        format::money(self.language(), amount, catalog.currency())
    }

    /// A unit price: "Free" for an offer given away or a trial.
    pub fn unit_price(self, catalog: &Catalog, amount: Money) -> String {
        if amount.is_zero() {
            self.t(i18n::keys::FREE)
        } else {
            self.price(catalog, amount)
        }
    }

    pub fn money(self, amount: Money, currency: &str) -> String {
        format::money(self.language(), amount, currency)
    }

    pub fn date(self, day: Date) -> String {
        format::date(self.language(), day)
    }

    pub fn date_short(self, day: Date) -> String {
        format::date_short(self.language(), day)
    }
}
