#![cfg(not(target_arch = "wasm32"))]
//! Every reason reads in both languages with its facts in place: the same numbers and dates,
//! each country named in the language, nothing left of the template.

mod common;

use common::reasons::every_reason;
use csp_catalog::domain::rules::Reason;
use csp_catalog::i18n::format::country;
use csp_catalog::i18n::reasons::sentence;
use csp_catalog::i18n::Language;

/// The numbers in a sentence, whatever the language groups them with: "1,000" and "1 000"
/// are both 1000; "30 August 2022" and "30 août 2022" both give 30 and 2022.
fn numbers(text: &str) -> Vec<u64> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    // Thousands separators between digits go; then every run of digits is a number.
    let joined: String = (0..chars.len())
        .filter(|&i| !(matches!(chars[i], ',' | '\u{202f}') && i > 0 && digit(i - 1) && digit(i + 1)))
        .map(|i| chars[i])
        .collect();
    let mut found: Vec<u64> = joined
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|run| run.parse().ok())
        .collect();
    found.sort_unstable();
    found
}

fn countries(reason: &Reason) -> Vec<csp_catalog::domain::country::CountryCode> {
    match reason {
        Reason::OutsideRegion {
            partner_country,
            customer_country,
        } => vec![*partner_country, *customer_country],
        Reason::NotInPartnerCountry { country } | Reason::NotInCustomerCountry { country } => vec![*country],
        _ => Vec::new(),
    }
}

#[test]
fn every_reason_reads_in_french_with_its_facts() {
    let reasons = every_reason();
    assert!(reasons.len() > 400);
    for reason in &reasons {
        let english = sentence(Language::English, reason);
        let french = sentence(Language::French, reason);
        assert_eq!(english, reason.to_string(), "English is what the app always said");
        assert_ne!(french, english, "{reason:?} is not translated");
        for text in [&english, &french] {
            assert!(!text.contains('{') && !text.contains('}'), "a variable left: {text}");
            assert!(text.ends_with(['.', ')']), "not a whole sentence: {text}");
        }
        assert_eq!(
            numbers(&french),
            numbers(&english),
            "the numbers differ:\n{english}\n{french}"
        );
        for code in countries(reason) {
            assert!(
                french.contains(&country(Language::French, code)),
                "{french} names {code:?} in French"
            );
        }
        // French puts a no-break space before a semicolon, a colon, a question mark (not
        // inside a time: 10:00).
        let chars: Vec<char> = french.chars().collect();
        let tight = chars.windows(3).any(|w| {
            matches!(w[1], ';' | ':' | '?') && w[0] != '\u{a0}' && !(w[0].is_ascii_digit() && w[2].is_ascii_digit())
        });
        assert!(!tight, "{french}");
    }
}

#[test]
fn a_french_reason_reads_as_partner_center_words_it() {
    let germany = "DE".parse().unwrap();
    assert_eq!(
        sentence(Language::French, &Reason::NotInCustomerCountry { country: germany }),
        "Non disponible dans le pays du locataire du client (Allemagne)."
    );
    assert_eq!(
        sentence(Language::French, &Reason::AgreementNotAccepted { accepted_on: None }),
        "Le client n'a pas accepté le Contrat client Microsoft."
    );
    assert_eq!(
        sentence(
            Language::French,
            &Reason::QuantityAboveMaximum {
                requested: 1_200,
                maximum: 1_000
            }
        ),
        "Le nombre demandé (1\u{202f}200 licences) dépasse le maximum (1\u{202f}000 licences)."
    );
}

/// The translator's file follows French typography everywhere, not only in reasons: a
/// no-break space before ; : ? ! and », after «.
#[test]
fn every_french_message_spaces_its_punctuation_the_french_way() {
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/fr.ftl")).unwrap();
    let mut wrong = Vec::new();
    for line in file.lines().filter(|l| !l.trim_start().starts_with('#')) {
        // The text only: placeables and selector arrows are Fluent's own syntax.
        let text = line
            .split_once(" = ")
            .map_or(line, |(_, value)| value)
            .replace("->", "");
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let tight = match c {
                // Not inside a time (10:00), an id format (produit:sku) or a link (https://).
                ';' | ':' | '?' | '!' | '»' => {
                    let inside_a_word = c == ':'
                        && before.is_some_and(char::is_alphanumeric)
                        && after.is_some_and(|a| a.is_alphanumeric() || a == '/');
                    before.is_some_and(|b| b != '\u{a0}' && b != '\u{202f}') && !inside_a_word
                }
                '«' => after.is_some_and(|a| a != '\u{a0}' && a != '\u{202f}'),
                _ => false,
            };
            if tight {
                wrong.push(line.to_string());
                break;
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "French punctuation without its no-break space:\n{}",
        wrong.join("\n")
    );
}

/// The import report in French: each skipped row with its file, line and column, the file's
/// own words (column names, P2Y, ids) as the file writes them.
#[test]
fn the_price_list_import_report_reads_in_french() {
    use csp_catalog::formats::pricelist::{build_catalog, FileProblem, OfferMatrixReader, PriceListReader};
    use csp_catalog::i18n::files::{file_problem, import_summary, row_problem};

    let fixture =
        |name: &str| std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let prices = PriceListReader::open_price_list(fixture("price-list-awkward.csv"))
        .unwrap()
        .read_all();
    let (_, summary) = build_catalog(prices, None).unwrap();
    let french: Vec<String> = summary
        .problems
        .iter()
        .map(|p| row_problem(Language::French, p))
        .collect();
    assert_eq!(
        french[..3],
        [
            "Liste de prix, ligne 3, TermDuration\u{a0}: «\u{a0}P2Y\u{a0}» n'est pas une durée que cette app vend (P1M, P1Y ou P3Y)",
            "Liste de prix, ligne 4, BillingPlan\u{a0}: un essai doit être P1M, facturé None, au prix de 0",
            "Liste de prix, ligne 5, ProductId\u{a0}: «\u{a0}cfq7ttc0l3pb\u{a0}» n'est pas un identifiant de produit\u{a0}: 12 lettres majuscules ou chiffres attendus, par exemple CFQ7TTC0LH18",
        ]
    );
    for (english, french) in summary.problems.iter().map(ToString::to_string).zip(&french) {
        assert_ne!(&english, french);
        assert!(!french.contains('{') && !french.contains(" line "), "{french}");
    }
    assert_eq!(
        import_summary(Language::French, &summary),
        "1 produit et 1 référence SKU (1 offre) à partir de 10 lignes\u{a0}; 8 ignorées."
    );

    let matrix = OfferMatrixReader::open_offer_matrix(fixture("offer-matrix.csv"))
        .unwrap()
        .read_all();
    let prices = PriceListReader::open_price_list(fixture("price-list.csv"))
        .unwrap()
        .read_all();
    let (_, summary) = build_catalog(prices, Some(matrix)).unwrap();
    let french: Vec<String> = summary
        .problems
        .iter()
        .map(|p| row_problem(Language::French, p))
        .collect();
    assert!(
        french[0].starts_with(
            "Matrice des offres, ligne 2, ProductSkuConversion\u{a0}: la cible de mise à niveau CFQ7TTC0LDPB:0001"
        ),
        "{}",
        french[0]
    );

    let missing = PriceListReader::open_price_list(fixture("price-list-missing-columns.csv"))
        .err()
        .unwrap();
    assert_eq!(
        file_problem(Language::French, &missing),
        "Il manque les colonnes SkuId, Publisher, TermDuration, BillingPlan, EffectiveStartDate à la liste de prix."
    );
    assert_eq!(
        file_problem(Language::French, &FileProblem::Empty),
        "Le fichier est vide."
    );
}

/// A stored value of the wrong kind is named with its article in each language.
#[test]
fn an_unreadable_export_says_why_in_french() {
    use csp_catalog::domain::cart::Cart;
    use csp_catalog::formats::{envelope, export};
    use csp_catalog::i18n::files::import_error;

    let cart = envelope::encode(envelope::Kind::Cart, &Cart::default());
    let error = export::import(&cart).unwrap_err();
    assert_eq!(
        import_error(Language::French, &error),
        "Le fichier ne peut pas être lu comme un export de CSP Catalog\u{a0}: on y trouve un panier, et non un export."
    );
    assert!(error.to_string().contains("holds a cart where an export was expected"));
}

/// French contracts and elides where a fact meets a preposition: "du", never "de le"; "d'un",
/// never "de un". The reasons are built from facts, so each one is checked.
#[test]
fn french_reasons_contract_and_elide_as_french_does() {
    const TRAPS: [&str; 16] = [
        " de le ",
        " de les ",
        " à le ",
        " à les ",
        " de un ",
        " de une ",
        " que il ",
        " que elle ",
        " de a",
        " de e",
        " de o",
        " de A",
        " de E",
        " de I",
        " de O",
        " de É",
    ];
    for reason in every_reason() {
        let french = sentence(Language::French, &reason);
        let lower = french.replace('\u{a0}', " ");
        for trap in TRAPS {
            assert!(!lower.contains(trap), "«{trap}» in: {french}");
        }
    }
}

/// Every message the use cases give back reads in both languages, with its facts in the
/// language's forms: a refund limit in euros reads "50 000,00 €" in French.
#[test]
fn every_use_case_message_reads_in_both_languages() {
    use csp_catalog::app::buy::BuyError;
    use csp_catalog::app::cart::CartError;
    use csp_catalog::app::day::DayError;
    use csp_catalog::app::orders::CancelFailure;
    use csp_catalog::app::store::{Notice, StoredKey};
    use csp_catalog::app::subscriptions::ChangeError;
    use csp_catalog::domain::money::Money;
    use csp_catalog::domain::orders::{CancelError, LineProblem};
    use csp_catalog::formats::envelope::DecodeError;
    use csp_catalog::formats::pricelist::FileProblem;
    use time::macros::datetime;

    let at = datetime!(2026-11-20 09:00 UTC);
    let limit = CancelError::ReservationLimit {
        refund: Money::from_cents(6_000_000),
        left: Money::from_cents(4_000_000),
        limit: Money::from_cents(5_000_000),
        currency: csp_catalog::domain::money::Currency::EUR,
    };
    let notice = Notice::WriteFailed {
        key: StoredKey::Customers,
        why: "QuotaExceededError".into(),
    };
    let cancels = [
        CancelError::NoSuchLine(csp_catalog::domain::ids::LineNumber(3)),
        CancelError::AlreadyCancelled(at),
        CancelError::WindowClosed {
            hours: 168,
            closed: at,
            opened_by: csp_catalog::domain::orders::WindowOpening::Purchase,
        },
        CancelError::WindowClosed {
            hours: 168,
            closed: at,
            opened_by: csp_catalog::domain::orders::WindowOpening::Renewal,
        },
        CancelError::WindowClosed {
            hours: 168,
            closed: at,
            opened_by: csp_catalog::domain::orders::WindowOpening::UpgradedFrom,
        },
        CancelError::TrialEnded(at),
        CancelError::TermEnded(at),
        CancelError::UsageBilled,
        limit.clone(),
    ];
    let mut messages: Vec<(String, String)> = Vec::new();
    let mut both = |english: String, french: String| messages.push((english, french));
    for error in cancels {
        let failure = CancelFailure::Refused(error);
        both(failure.to_string(), failure.sentence(Language::French));
    }
    for failure in [CancelFailure::NoSuchOrder, CancelFailure::Storage(notice.clone())] {
        both(failure.to_string(), failure.sentence(Language::French));
    }
    for error in [
        CartError::LineGone,
        CartError::Gone,
        CartError::Unreadable(notice.clone()),
    ] {
        both(error.to_string(), error.sentence(Language::French));
    }
    for error in [BuyError::CartEmpty, BuyError::Storage(notice.clone())] {
        both(error.to_string(), error.sentence(Language::French));
    }
    for error in [
        ChangeError::NotFound,
        ChangeError::OfferNotInCatalog,
        ChangeError::NotRenewable,
        ChangeError::NotUpgradable,
        ChangeError::NotATrial,
        ChangeError::NotAConversion,
        ChangeError::Blocked(vec![LineProblem::NotInCatalog, LineProblem::PlanNotOffered]),
    ] {
        both(error.to_string(), error.sentence(Language::French));
    }
    for notice in [
        notice,
        Notice::UnknownLanguage { tag: "de".into() },
        Notice::DayNotUsed {
            text: "demain".into(),
            why: DayError::NotADate("demain".into()),
        },
        Notice::SavedCatalogUnreadable {
            why: DecodeError::Foreign,
        },
        Notice::SavedCatalogNotLoaded {
            file: "prices.csv".into(),
            why: FileProblem::Empty,
        },
        Notice::SavedCatalogNotRemoved {
            why: "UnknownError".into(),
        },
    ] {
        both(notice.to_string(), notice.sentence(Language::French));
    }
    use csp_catalog::app::browse::HiddenBy;
    use csp_catalog::domain::catalog::ProductCategory;
    for hidden in [
        HiddenBy::CategoryTab(ProductCategory::Software),
        HiddenBy::Segment,
        HiddenBy::Publisher,
        HiddenBy::BillingType,
        HiddenBy::Category,
        HiddenBy::Search,
        HiddenBy::CannotBuy,
    ] {
        both(hidden.to_string(), hidden.sentence(Language::French));
    }
    for (english, french) in &messages {
        assert_ne!(english, french, "not translated: {english}");
        for text in [english, french] {
            assert!(!text.contains('{') && !text.contains('}'), "a variable left: {text}");
        }
        // Amounts are checked below: French writes decimals after a comma.
        if !english.contains('€') {
            assert_eq!(
                numbers(french),
                numbers(english),
                "the numbers differ:\n{english}\n{french}"
            );
        }
    }
    let refused = CancelFailure::Refused(limit);
    assert!(refused.to_string().contains("€60,000.00"), "{refused}");
    assert!(
        refused.sentence(Language::French).contains("60\u{202f}000,00\u{a0}€"),
        "{}",
        refused.sentence(Language::French)
    );
    // Line numbers read from 1, as the order page shows them.
    assert_eq!(
        CancelError::NoSuchLine(csp_catalog::domain::ids::LineNumber(3)).to_string(),
        "There is no line 4 on this order."
    );
}

/// A counted word agrees with its number in French: 0 and 1 take the singular.
#[test]
fn french_counted_words_agree_with_their_number() {
    use csp_catalog::i18n::{keys, text_with, Args};
    let say = |key, n: i64| text_with(Language::French, key, &Args::new().number("count", n));
    assert_eq!(say(keys::GAINED, 1), "+1 gagnée");
    assert_eq!(say(keys::LOST, 3), "−3 perdues");
    assert_eq!(say(keys::ROWS_SKIPPED, 0), "0 ligne ignorée");
    assert_eq!(say(keys::ROWS_SKIPPED, 1_200), "1\u{202f}200 lignes ignorées");
    assert_eq!(say(keys::SEATS, 1), "1 licence");
    assert_eq!(say(keys::CUSTOMERS_COUNT, 2), "2 clients");
}
