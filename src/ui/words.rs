//! What views use to speak the app's language: its messages, and numbers, money, dates and
//! reasons in its forms. A switch of language builds the pages again (see `ui::App`), so a
//! view reads its words once, when it is built.

use crate::app::buy::BuyError;
use crate::app::cart::CartError;
use crate::app::orders::CancelFailure;
use crate::app::store::Notice;
use crate::app::subscriptions::ChangeError;
use crate::domain::catalog::Catalog;
use crate::domain::money::{Currency, Margin, Money};
use crate::domain::orders::LineProblem;
use crate::domain::rules::Reason;
use crate::i18n::{self, format, Args, Key, Language};
use crate::ui::state::{use_visit, Notices, Visit};
use time::{Date, OffsetDateTime};

#[derive(Clone, Copy)]
pub struct Words(Visit);

/// Makes `language`'s words ready, fetching them first if the app does not carry them
/// (French); if they can't be had, the user is told and `false` comes back.
pub async fn fetch_words(language: Language, notices: Notices) -> bool {
    match crate::browser::words::load(language).await {
        Ok(()) => true,
        Err(why) => {
            notices.report(Notice::WordsNotLoaded {
                language,
                why: why.describe(),
            });
            false
        }
    }
}

/// The words of the page being built.
pub fn use_words() -> Words {
    Words(use_visit())
}

impl Words {
    pub fn language(self) -> Language {
        self.0.language()
    }

    /// Reads the language's messages now, ahead of the first one a page asks for.
    pub fn prepare(self) {
        i18n::prepare(self.language());
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

    pub fn money(self, amount: Money, currency: Currency) -> String {
        format::money(self.language(), amount, currency)
    }

    /// "ERP $45.00 · margin $9.00 (20%)"; nothing for what is free.
    pub fn margin(self, margin: Margin, currency: Currency) -> Option<String> {
        let percent = margin.percent()?;
        Some(
            self.with(
                i18n::keys::PRICE_ERP_MARGIN,
                &Args::new()
                    .text("erp", self.money(margin.retail, currency))
                    .text("margin", self.money(margin.amount(), currency))
                    .number("percent", i64::from(percent)),
            ),
        )
    }

    pub fn date(self, day: Date) -> String {
        format::date(self.language(), day)
    }

    pub fn date_short(self, day: Date) -> String {
        format::date_short(self.language(), day)
    }

    /// An instant in UTC, as Partner Center shows it, with the user's own time beside it:
    /// "3 December 2026 at 20:44 UTC (21:44 your time)".
    pub fn instant(self, at: OffsetDateTime) -> String {
        self.beside_local_time(format::instant(self.language(), at), at)
    }

    /// `utc` (a sentence naming `at` in UTC) with the user's own time after it in brackets,
    /// where the user is not on UTC.
    pub fn beside_local_time(self, utc: String, at: OffsetDateTime) -> String {
        let local = crate::browser::clock::local_offset_at(at)
            .and_then(|offset| format::local_time(self.language(), at, offset));
        match local {
            Some(local) => format!("{utc} ({local})"),
            None => utc,
        }
    }

    /// Why a cart line can't be bought.
    pub fn line_problem(self, problem: &LineProblem) -> String {
        i18n::reasons::line_problem(self.language(), problem)
    }

    /// What went wrong changing the cart.
    pub fn cart_error(self, error: &CartError) -> String {
        error.sentence(self.language())
    }

    /// What went wrong buying.
    pub fn buy_error(self, error: &BuyError) -> String {
        error.sentence(self.language())
    }

    /// Several reasons, one sentence after the other.
    pub fn reasons(self, reasons: &[Reason]) -> String {
        i18n::reasons::sentences(self.language(), reasons)
    }

    /// Why an order line could not be cancelled.
    pub fn cancel_failure(self, failure: &CancelFailure) -> String {
        failure.sentence(self.language())
    }

    /// What happened to stored data.
    pub fn notice(self, notice: &Notice) -> String {
        notice.sentence(self.language())
    }

    /// Why a change to a subscription was not made.
    pub fn change_error(self, error: &ChangeError) -> String {
        error.sentence(self.language())
    }
}
