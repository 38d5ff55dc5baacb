//! The trainee's answers, kept in the browser: a score per theme and the rules missed most.

use serde::{Deserialize, Serialize};

use super::{Exercise, Mark, Theme};
use crate::app::slug::Slug;
use crate::app::store::{load, save, Notice, Store, StoredKey};
use crate::domain::rules::{Reason, Rule};

/// The trainee's latest answer to each exercise, kept in the browser. Themes and rules are
/// stored by their stable slugs, so a rename in the code never loses progress.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub attempts: Vec<Attempt>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// The theme's slug.
    pub theme: String,
    pub set: u64,
    /// 1 for the set's first exercise.
    pub exercise: u32,
    pub right: bool,
    /// Slugs of the rule families of the true reasons missed, and of the verdict when Yes/No
    /// was wrong.
    pub missed: Vec<String>,
}

impl Attempt {
    pub fn of(exercise: &Exercise, set: u64, number: u32, mark: &Mark) -> Attempt {
        let mut missed: Vec<Rule> = mark.missed.iter().map(Reason::rule).collect();
        if !mark.verdict_right {
            // Yes where the engine says No: every reason was missed.
            missed.extend(exercise.reasons.iter().map(Reason::rule));
        }
        missed.sort_unstable();
        missed.dedup();
        Attempt {
            theme: exercise.theme.slug().to_string(),
            set,
            exercise: number,
            right: mark.is_right(),
            missed: missed.into_iter().map(|r| r.slug().to_string()).collect(),
        }
    }
}

impl Progress {
    /// Keeps the latest answer to each exercise: trying again replaces the earlier one.
    pub fn record(&mut self, attempt: Attempt) {
        self.attempts
            .retain(|a| !(a.theme == attempt.theme && a.set == attempt.set && a.exercise == attempt.exercise));
        self.attempts.push(attempt);
    }

    /// Answers right, and answers given, in a theme.
    pub fn score(&self, theme: Theme) -> (usize, usize) {
        let of_theme = self.attempts.iter().filter(|a| a.theme == theme.slug());
        (of_theme.clone().filter(|a| a.right).count(), of_theme.count())
    }

    /// Answers right, and answers given, in one set of a theme.
    pub fn set_score(&self, theme: Theme, set: u64) -> (usize, usize) {
        let of_set = self.attempts.iter().filter(|a| a.theme == theme.slug() && a.set == set);
        (of_set.clone().filter(|a| a.right).count(), of_set.count())
    }

    /// The rule families missed, most often first.
    pub fn missed_rules(&self) -> Vec<(Rule, usize)> {
        let mut counts: Vec<(Rule, usize)> = Rule::ALL
            .into_iter()
            .map(|rule| {
                let n = self
                    .attempts
                    .iter()
                    .filter(|a| a.missed.iter().any(|m| m == rule.slug()))
                    .count();
                (rule, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        counts
    }
}

/// The stored progress (none yet: empty).
pub fn progress(store: &mut impl Store) -> Result<Progress, Notice> {
    Ok(load(store, &StoredKey::TrainingProgress)?.unwrap_or_default())
}

/// Records an answer: read, change, write back, so another tab's answers are kept.
pub fn record_attempt(store: &mut impl Store, attempt: Attempt) -> Result<Progress, Notice> {
    let mut stored = progress(store)?;
    stored.record(attempt);
    save(store, &StoredKey::TrainingProgress, &stored)?;
    Ok(stored)
}
