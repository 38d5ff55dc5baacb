#![cfg(not(target_arch = "wasm32"))]
//! Every sentence the engine and the use cases write, rendered for singular and plural, for
//! each article and each status, and checked against the mistakes a reader notices: "1 seats",
//! "line(s)", "a Education customer", "the customer's is", a debug name leaking into a sentence.

mod common;

use std::collections::BTreeSet;

use common::reasons::{every_reason, variant, COUNTS};
use csp_catalog::app::day::DayError;
use csp_catalog::domain::orders::{blocked_lines, CancelError};
use time::macros::datetime;

/// Nouns the app counts, singular and plural.
const NOUNS: [(&str, &str); 13] = [
    ("seat", "seats"),
    ("line", "lines"),
    ("SKU", "SKUs"),
    ("product", "products"),
    ("offer", "offers"),
    ("row", "rows"),
    ("day", "days"),
    ("hour", "hours"),
    ("customer", "customers"),
    ("subscription", "subscriptions"),
    ("item", "items"),
    ("month", "months"),
    ("order", "orders"),
];

/// What is wrong with a sentence, if anything.
fn mistakes(sentence: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut flag = |what: String| found.push(format!("{what} in: {sentence}"));
    for bad in [
        "(s)",
        "  ",
        " .",
        " ,",
        "..",
        ",.",
        ";.",
        " ;",
        "{",
        "}",
        "Some(",
        "None)",
        "'s is ",
        "'s was ",
        "'s are ",
        "billed none",
        "::",
    ] {
        if sentence.to_lowercase().contains(&bad.to_lowercase()) {
            flag(format!("{bad:?}"));
        }
    }
    if !sentence.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '"') {
        flag("no capital at the start".into());
    }
    if !sentence.ends_with(['.', '?']) {
        flag("no full stop".into());
    }
    let words: Vec<&str> = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '.' | '(' | ')' | '"')))
        .collect();
    for pair in words.windows(2) {
        let (word, next) = (pair[0], pair[1]);
        let next_vowel = next.starts_with(['A', 'E', 'I', 'O', 'a', 'e', 'i', 'o']);
        if (word == "a" || word == "A") && next_vowel {
            flag(format!("\"{word} {next}\""));
        }
        if (word == "an" || word == "An") && !next_vowel && !next.starts_with(['U', 'u', 'h', 'S']) {
            flag(format!("\"{word} {next}\""));
        }
        let number = word.replace(',', "");
        if let Ok(n) = number.parse::<u64>() {
            for (one, many) in NOUNS {
                if n == 1 && next == many {
                    flag(format!("\"{word} {next}\""));
                }
                if n != 1 && next == one {
                    flag(format!("\"{word} {next}\""));
                }
            }
            if n == 1 && matches!(next, "were" | "are") {
                flag(format!("\"{word} {next}\""));
            }
        }
    }
    // A Rust name in a sentence: `OneYear`, `InReview`.
    for word in &words {
        if [
            "OneMonth",
            "OneYear",
            "ThreeYears",
            "InReview",
            "StateOwnedEntity",
            "DirectBill",
        ]
        .contains(word)
        {
            flag(format!("debug name {word}"));
        }
    }
    found
}

#[test]
fn the_checker_catches_the_mistakes_it_is_for() {
    for bad in [
        "2 line(s) can't be bought.",
        "Sold to a Education customer.",
        "Needs an approved qualification; the customer's is in review.",
        "A trial is for exactly 25 seats; 1 were requested.",
        "The cart holds 1 seats.",
        "The cart holds 2 seat.",
        "Billed none (trial).",
        "Billed OneYear.",
        "no capital.",
        "No full stop",
    ] {
        assert!(!mistakes(bad).is_empty(), "not caught: {bad}");
    }
    for good in [
        "Sold to an Education customer, a Nonprofit customer and a State Owned Entity customer.",
        "1 seat, 2 seats, 1,000 seats and 0 seats.",
        "At renewal on 1 Sep 2027: 1 seat, 1 year, billed monthly.",
    ] {
        assert_eq!(mistakes(good), Vec::<String>::new());
    }
}

#[test]
fn every_reason_reads_right_in_the_singular_and_the_plural() {
    let all = every_reason();
    let covered: BTreeSet<&str> = all.iter().map(variant).collect();
    // Every variant of `Reason` is rendered (the `variant` match lists them all).
    assert_eq!(covered.len(), 39, "{covered:?}");
    let problems: Vec<String> = all.iter().flat_map(|r| mistakes(&r.to_string())).collect();
    assert!(
        problems.is_empty(),
        "{} mistakes:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(all.len() > 400, "{} sentences", all.len());
}

#[test]
fn messages_with_counts_read_right() {
    let mut sentences: Vec<String> = Vec::new();
    for n in COUNTS {
        sentences.push(format!("{}.", blocked_lines(n as usize)));
        sentences.push(CancelError::NoSuchLine(csp_catalog::domain::ids::LineNumber(n)).to_string());
    }
    sentences.extend([
        CancelError::AlreadyCancelled(datetime!(2026-11-20 09:00 UTC)).to_string(),
        CancelError::WindowClosed {
            hours: 168,
            closed: datetime!(2026-11-20 09:00 UTC),
            opened_by: csp_catalog::domain::orders::WindowOpening::Renewal,
        }
        .to_string(),
        CancelError::TrialEnded(datetime!(2026-11-20 09:00 UTC)).to_string(),
        CancelError::TermEnded(datetime!(2026-11-20 09:00 UTC)).to_string(),
        CancelError::UsageBilled.to_string(),
        DayError::NotADate("tomorrow".into()).to_string(),
        DayError::OutOfRange.to_string(),
    ]);
    let problems: Vec<String> = sentences.iter().flat_map(|s| mistakes(s)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(blocked_lines(1), "1 line can't be bought; fix or remove it");
    assert_eq!(blocked_lines(2), "2 lines can't be bought; fix or remove them");
}
