//! Numbers, money, dates and country names as each language writes them: `1,234.56` and
//! `$36.00` in English, `1 234,56` and `36,00 $US` in French (the forms CLDR gives, which the
//! browser's `Intl` also uses: a browser test holds the two side by side). Files keep their
//! machine-readable forms whatever the language (`Money::decimal`, ISO dates).

use time::{Date, OffsetDateTime, UtcOffset};

use super::{keys, lookup_dynamic, text_with, Args, Language};
use crate::domain::country::CountryCode;
use crate::domain::money::{Currency, Money};

/// French groups thousands with a narrow no-break space, as CLDR and `Intl` do.
const NARROW_NBSP: char = '\u{202f}';
const NBSP: char = '\u{a0}';

fn group(digits: &str, separator: char) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(separator);
        }
        grouped.push(ch);
    }
    grouped
}

/// A whole number with its thousands grouped: `1,234` / `1 234`.
pub fn number(language: Language, n: i64) -> String {
    let separator = match language {
        Language::English => ',',
        Language::French => NARROW_NBSP,
    };
    let grouped = group(&n.unsigned_abs().to_string(), separator);
    if n < 0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// An amount in a price list's currency: `$1,234.56`, `€1,234.56`, `1,234.56 CHF` in English;
/// `1 234,56 $US`, `1 234,56 €`, `1 234,56 CHF` in French.
pub fn money(language: Language, amount: Money, currency: Currency) -> String {
    let cents = amount.cents();
    let units = i64::try_from(cents / 100).unwrap_or(i64::MAX);
    let fraction = cents % 100;
    match language {
        Language::English => amount.in_currency(currency),
        Language::French => {
            let symbol = match currency.as_str() {
                "USD" => "$US",
                "EUR" => "€",
                "GBP" => "£GB",
                other => other,
            };
            format!("{},{fraction:02}{NBSP}{symbol}", number(language, units))
        }
    }
}

/// The month's name, from the language's file (`month-8` is "August", "août").
fn month(language: Language, day: Date, short: bool) -> String {
    let n = u8::from(day.month());
    let id = if short {
        format!("month-short-{n}")
    } else {
        format!("month-{n}")
    };
    lookup_dynamic(language, &id).unwrap_or_else(|| day.month().to_string())
}

/// The day of the month: French writes the first "1er".
fn day_of_month(language: Language, day: Date) -> String {
    match (language, day.day()) {
        (Language::French, 1) => "1er".to_string(),
        (_, n) => n.to_string(),
    }
}

/// A premium in tenths of a percent: "+5%", "+5.3%"; "+5 %", "+5,3 %".
pub fn premium_percent(language: Language, tenths: u32) -> String {
    let (whole, tenth) = (tenths / 10, tenths % 10);
    let number = match (language, tenth) {
        (_, 0) => whole.to_string(),
        (Language::French, _) => format!("{whole},{tenth}"),
        (_, _) => format!("{whole}.{tenth}"),
    };
    match language {
        Language::French => format!("+{number}\u{a0}%"),
        _ => format!("+{number}%"),
    }
}

/// "30 August 2022", "30 août 2022", "1er décembre 2026".
pub fn date(language: Language, day: Date) -> String {
    format!(
        "{} {} {}",
        day_of_month(language, day),
        month(language, day, false),
        day.year()
    )
}

/// For tables: "2 Nov 2026", "2 nov. 2026".
pub fn date_short(language: Language, day: Date) -> String {
    format!(
        "{} {} {}",
        day_of_month(language, day),
        month(language, day, true),
        day.year()
    )
}

/// "2 November 2026 at 10:00 UTC", "2 novembre 2026 à 10:00 UTC".
pub fn instant(language: Language, at: OffsetDateTime) -> String {
    let at = at.to_offset(UtcOffset::UTC);
    text_with(
        language,
        keys::INSTANT,
        &Args::new()
            .text("date", date(language, at.date()))
            .text("time", format!("{:02}:{:02}", at.hour(), at.minute())),
    )
}

/// The same instant in the user's time zone, to show beside its UTC time: "21:44 your time",
/// or with the day when it is another day there ("4 Dec 2026, 00:30 your time"). `None`
/// where the user's time is UTC.
pub fn local_time(language: Language, at: OffsetDateTime, local: UtcOffset) -> Option<String> {
    if local == UtcOffset::UTC {
        return None;
    }
    let here = at.to_offset(local);
    let time = format!("{:02}:{:02}", here.hour(), here.minute());
    Some(if here.date() == at.to_offset(UtcOffset::UTC).date() {
        text_with(language, keys::LOCAL_TIME, &Args::new().text("time", time))
    } else {
        let day = date_short(language, here.date());
        text_with(
            language,
            keys::LOCAL_TIME_DAY,
            &Args::new().text("day", day).text("time", time),
        )
    })
}

/// The country's name in the language: "Germany", "Allemagne".
pub fn country(language: Language, country: CountryCode) -> String {
    lookup_dynamic(language, &format!("country-{}", country.as_str().to_ascii_lowercase()))
        .unwrap_or_else(|| country.name().to_string())
}

/// A country as it reads inside the language's sentences: "the United States" in English;
/// French sentences name countries without an article.
pub fn country_in_sentence(language: Language, code: CountryCode) -> String {
    match language {
        Language::English => code.name_in_sentence(),
        Language::French => country(language, code),
    }
}

/// Every country, sorted by its name in the language as a reader expects: letters with
/// accents sort with their base letter ("Égypte" among the E's), case and punctuation only
/// break ties.
pub fn countries_by_name(language: Language) -> Vec<(CountryCode, String)> {
    let mut all: Vec<(CountryCode, String)> = CountryCode::all().map(|c| (c, country(language, c))).collect();
    all.sort_by_cached_key(|(_, name)| (collation_key(name), name.clone()));
    all
}

/// A name's primary sort key: lower case, accents folded into their base letter, ligatures
/// spelt out, and a space, then a mark of punctuation, sorting before every letter, as the
/// browser's own collation (`Intl.Collator`, CLDR's root order) sorts them: "North Korea"
/// before "Northern Mariana Islands", "Guinea" before "Guinea-Bissau".
pub fn collation_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => key.push('a'),
            'ç' | 'ć' | 'č' => key.push('c'),
            'ď' | 'đ' => key.push('d'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => key.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => key.push('i'),
            'ñ' | 'ń' | 'ň' => key.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => key.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => key.push('u'),
            'ý' | 'ÿ' => key.push('y'),
            'š' | 'ś' | 'ş' | 'ș' => key.push('s'),
            'ž' | 'ź' | 'ż' => key.push('z'),
            'ť' | 'ț' | 'ţ' => key.push('t'),
            'ř' => key.push('r'),
            'ł' => key.push('l'),
            'œ' => key.push_str("oe"),
            'æ' => key.push_str("ae"),
            'ß' => key.push_str("ss"),
            c if c.is_alphanumeric() => key.push(c),
            // A space before a mark of punctuation ("Guinée équatoriale" before
            // "Guinée-Bissau"), both before any letter.
            c if c.is_whitespace() => key.push(' '),
            _ => key.push('!'),
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn numbers_and_money_take_each_language_s_forms() {
        assert_eq!(number(Language::English, 1_234_567), "1,234,567");
        assert_eq!(number(Language::French, 1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(number(Language::French, -1_000), "-1\u{202f}000");
        let amount = Money::usd(1234, 56);
        assert_eq!(money(Language::English, amount, "USD".parse().unwrap()), "$1,234.56");
        assert_eq!(money(Language::English, amount, "EUR".parse().unwrap()), "€1,234.56");
        assert_eq!(
            money(Language::French, amount, "USD".parse().unwrap()),
            "1\u{202f}234,56\u{a0}$US"
        );
        assert_eq!(
            money(Language::French, amount, "EUR".parse().unwrap()),
            "1\u{202f}234,56\u{a0}€"
        );
        assert_eq!(
            money(Language::French, Money::usd(36, 0), Currency::USD),
            "36,00\u{a0}$US"
        );
        assert_eq!(
            money(Language::French, Money::ZERO, "CHF".parse().unwrap()),
            "0,00\u{a0}CHF"
        );
    }

    #[test]
    fn dates_read_in_each_language() {
        let day = date!(2022 - 08 - 30);
        assert_eq!(date(Language::English, day), "30 August 2022");
        assert_eq!(date(Language::French, day), "30 août 2022");
        assert_eq!(date_short(Language::English, date!(2026 - 11 - 02)), "2 Nov 2026");
        assert_eq!(date_short(Language::French, date!(2026 - 11 - 02)), "2 nov. 2026");
        // French writes the first of the month as an ordinal.
        assert_eq!(date(Language::French, date!(2026 - 12 - 01)), "1er décembre 2026");
        assert_eq!(date_short(Language::French, date!(2026 - 12 - 01)), "1er déc. 2026");
        assert_eq!(date(Language::English, date!(2026 - 12 - 01)), "1 December 2026");
        assert_eq!(
            instant(Language::French, datetime!(2026-11-02 10:05 UTC)),
            "2 novembre 2026 à 10:05 UTC"
        );
        let paris = time::macros::offset!(+1);
        assert_eq!(
            local_time(Language::English, datetime!(2026-12-03 20:44 UTC), paris).as_deref(),
            Some("21:44 your time")
        );
        assert_eq!(
            local_time(Language::French, datetime!(2026-12-03 23:30 UTC), paris).as_deref(),
            Some("4 déc. 2026, 00:30 heure locale")
        );
        assert_eq!(
            local_time(Language::English, datetime!(2026-12-03 23:30 UTC), UtcOffset::UTC),
            None
        );
    }

    #[test]
    fn countries_sort_by_their_name_in_the_language_accents_with_their_letter() {
        let french: Vec<String> = countries_by_name(Language::French)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        let at = |name: &str| french.iter().position(|n| n == name).unwrap();
        assert!(at("Égypte") < at("Équateur") && at("Équateur") < at("Érythrée"));
        assert!(at("Égypte") > at("Dominique") && at("Égypte") < at("Espagne"));
        assert!(at("Allemagne") < at("Andorre"));
        let english: Vec<String> = countries_by_name(Language::English)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        let at = |name: &str| english.iter().position(|n| n == name).unwrap();
        assert_eq!(english[0], "Afghanistan");
        assert!(at("Åland Islands") < at("Albania"));
        assert!(at("Costa Rica") < at("Côte d'Ivoire") && at("Côte d'Ivoire") < at("Croatia"));
        assert!(at("Tunisia") < at("Türkiye") && at("Türkiye") < at("Turkmenistan"));
        assert!(at("United Kingdom") < at("United States"));
        assert_eq!(english.len(), CountryCode::all().count());
    }

    #[test]
    fn every_country_has_a_name_in_every_language_and_english_matches_the_iso_table() {
        for code in CountryCode::all() {
            assert_eq!(country(Language::English, code), code.name(), "{code:?}");
            let french = lookup_dynamic(
                Language::French,
                &format!("country-{}", code.as_str().to_ascii_lowercase()),
            );
            assert!(french.is_some_and(|n| !n.is_empty()), "{code:?} has no French name");
        }
        let germany: CountryCode = "DE".parse().unwrap();
        assert_eq!(country(Language::French, germany), "Allemagne");
    }
}

#[cfg(test)]
mod collation_tests {
    use super::*;

    #[test]
    fn names_sort_as_the_browser_sorts_them() {
        let mut names = vec![
            "Northern Mariana Islands",
            "North Macedonia",
            "North Korea",
            "Guinea-Bissau",
            "Guinea",
            "Guinea Equatorial",
            "Côte d’Ivoire",
            "Costa Rica",
            "Åland Islands",
            "Albania",
        ];
        names.sort_by_cached_key(|n| collation_key(n));
        assert_eq!(
            names,
            [
                "Åland Islands",
                "Albania",
                "Costa Rica",
                "Côte d’Ivoire",
                "Guinea",
                "Guinea Equatorial",
                "Guinea-Bissau",
                "North Korea",
                "North Macedonia",
                "Northern Mariana Islands",
            ]
        );
    }
}
