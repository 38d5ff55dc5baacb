//! What views use to speak the app's language: its messages, and numbers, money, dates and
//! reasons in its forms. A switch of language builds the pages again (see `ui::App`), so a
//! view reads its words once, when it is built.

use crate::app::buy::BuyError;
use crate::app::cart::CartError;
use crate::app::orders::CancelFailure;
use crate::app::store::StorageNotice;
use crate::app::subscriptions::ChangeError;
use crate::domain::catalog::Catalog;
use crate::domain::money::Money;
use crate::domain::orders::{CancelError, LineProblem};
use crate::domain::rules::Reason;
use crate::i18n::{self, format, keys, Args, Key, Language};
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

    /// Why a cart line can't be bought.
    pub fn line_problem(self, problem: &LineProblem) -> String {
        match problem {
            LineProblem::NotInCatalog => self.t(keys::PROBLEM_NOT_IN_CATALOG),
            LineProblem::PlanNotOffered => self.t(keys::PROBLEM_PLAN_NOT_OFFERED),
            LineProblem::Rule(reason) => self.reason(reason),
        }
    }

    /// What went wrong changing the cart.
    pub fn cart_error(self, error: &CartError) -> String {
        match error {
            CartError::LineGone => self.t(keys::CART_LINE_GONE),
            CartError::Refused(reasons) => self.reasons(reasons),
            CartError::Gone => self.t(keys::CART_GONE),
            CartError::Unreadable(notice) | CartError::NotSaved { notice, .. } => self.notice(notice),
        }
    }

    /// What went wrong buying.
    pub fn buy_error(self, error: &BuyError) -> String {
        match error {
            BuyError::CartEmpty => self.t(keys::BUY_CART_EMPTY),
            BuyError::LinesBlocked(_) => self.t(keys::BUY_LINES_BLOCKED),
            BuyError::Storage(notice) => self.notice(notice),
        }
    }

    /// Several reasons, one sentence after the other.
    pub fn reasons(self, reasons: &[Reason]) -> String {
        reasons.iter().map(|r| self.reason(r)).collect::<Vec<_>>().join(" ")
    }

    /// Why an order line could not be cancelled.
    pub fn cancel_failure(self, failure: &CancelFailure) -> String {
        let instant = |at| format::instant(self.language(), at);
        match failure {
            CancelFailure::NoSuchOrder => self.t(keys::CANCEL_NO_SUCH_ORDER),
            CancelFailure::Storage(notice) => self.notice(notice),
            CancelFailure::Refused(error) => match error {
                CancelError::NoSuchLine(line) => self.with(
                    keys::CANCEL_NO_SUCH_LINE,
                    &Args::new().number("line", i64::from(*line) + 1),
                ),
                CancelError::AlreadyCancelled(at) => {
                    self.with(keys::CANCEL_ALREADY, &Args::new().text("day", self.date(at.date())))
                }
                CancelError::WindowClosed { hours, closed } => self.with(
                    keys::CANCEL_WINDOW_CLOSED,
                    &Args::new().number("hours", *hours).text("closed", instant(*closed)),
                ),
                CancelError::TrialEnded(at) => {
                    self.with(keys::CANCEL_TRIAL_ENDED, &Args::new().text("at", instant(*at)))
                }
                CancelError::TermEnded(at) => self.with(keys::CANCEL_TERM_ENDED, &Args::new().text("at", instant(*at))),
                CancelError::UsageBilled => self.t(keys::CANCEL_USAGE_BILLED),
                CancelError::ReservationLimit { refund, left, limit } => self.with(
                    keys::CANCEL_RESERVATION_LIMIT,
                    &Args::new()
                        .text("refund", refund.clone())
                        .text("left", left.clone())
                        .text("limit", limit.clone()),
                ),
            },
        }
    }

    /// What happened to stored data.
    pub fn notice(self, notice: &StorageNotice) -> String {
        notice.sentence(self.language())
    }

    /// Why a change to a subscription was not made.
    pub fn change_error(self, error: &ChangeError) -> String {
        match error {
            ChangeError::NotFound => self.t(keys::CHANGE_NOT_FOUND),
            ChangeError::OfferNotInCatalog => self.t(keys::CHANGE_OFFER_NOT_IN_CATALOG),
            ChangeError::NotRenewable => self.t(keys::CHANGE_NOT_RENEWABLE),
            ChangeError::NotUpgradable => self.t(keys::CHANGE_NOT_UPGRADABLE),
            ChangeError::NotATrial => self.t(keys::CHANGE_NOT_A_TRIAL),
            ChangeError::NotAConversion => self.t(keys::CHANGE_NOT_A_CONVERSION),
            ChangeError::Refused(reasons) => self.reasons(reasons),
            ChangeError::Blocked(problems) => problems
                .iter()
                .map(|p| self.line_problem(p))
                .collect::<Vec<_>>()
                .join(" "),
            ChangeError::Storage(notice) => self.notice(notice),
        }
    }
}
