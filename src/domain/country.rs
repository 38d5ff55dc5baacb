//! Tenant countries, as ISO 3166-1 alpha-2 codes with their English names.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::money::Currency;

#[path = "country_table.rs"]
mod table;

/// A country code that is known to be a real ISO 3166-1 alpha-2 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode([u8; 2]);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("\"{0}\" is not an ISO 3166-1 country code (two letters, such as DE or US)")]
pub struct UnknownCountry(pub String);

impl CountryCode {
    /// Every country, in code order.
    pub fn all() -> impl Iterator<Item = CountryCode> {
        table::COUNTRIES
            .iter()
            .filter_map(|(code, _)| <[u8; 2]>::try_from(code.as_bytes()).ok().map(CountryCode))
    }

    pub fn as_str(&self) -> &str {
        // The bytes come from the ASCII table, so this always reads.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The English short name, e.g. "Slovakia" for SK.
    pub fn name(&self) -> &'static str {
        let code = self.as_str();
        table::COUNTRIES
            .binary_search_by(|(c, _)| (*c).cmp(code))
            .ok()
            .and_then(|i| table::COUNTRIES.get(i))
            // A CountryCode is only built from a code in the table.
            .map_or("", |(_, name)| name)
    }
}

impl CountryCode {
    /// The name as it reads inside a sentence: "the United States", "the Netherlands",
    /// "Germany".
    pub fn name_in_sentence(&self) -> String {
        let name = self.name();
        let with_article = name.starts_with("United ")
            || name.ends_with("Islands")
            || name.ends_with("Republic")
            || name.starts_with("Holy See")
            || matches!(
                name,
                "Netherlands" | "Philippines" | "Bahamas" | "Gambia" | "Maldives" | "Comoros" | "Seychelles"
            );
        if with_article {
            format!("the {name}")
        } else {
            name.to_string()
        }
    }
}

impl FromStr for CountryCode {
    type Err = UnknownCountry;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let upper = s.trim().to_ascii_uppercase();
        match table::COUNTRIES.binary_search_by(|(c, _)| (*c).cmp(upper.as_str())) {
            Ok(_) => <[u8; 2]>::try_from(upper.as_bytes())
                .map(CountryCode)
                .map_err(|_| UnknownCountry(s.to_string())),
            Err(_) => Err(UnknownCountry(s.to_string())),
        }
    }
}

impl TryFrom<String> for CountryCode {
    type Error = UnknownCountry;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<CountryCode> for String {
    fn from(c: CountryCode) -> String {
        c.as_str().to_string()
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of countries, one bit each: 32 bytes whatever its size, so a catalog of 100,000
/// offers sold "everywhere" does not hold 100,000 lists of 240 codes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "Vec<CountryCode>", into = "Vec<CountryCode>")]
pub struct CountrySet([u64; 4]);

const _: () = assert!(table::COUNTRIES.len() <= 256, "CountrySet holds 256 countries");

impl CountryCode {
    /// Where the code sits in a 26 × 26 table by code ([`slot_of`]).
    pub(crate) fn slot(self) -> Option<usize> {
        slot_of(self.0)
    }

    /// Position in the ISO table, 0..249, by direct lookup: rules check countries for every
    /// offer, so this must not search.
    fn index(self) -> usize {
        static POSITIONS: std::sync::OnceLock<[u8; 26 * 26]> = std::sync::OnceLock::new();
        let positions = POSITIONS.get_or_init(|| {
            let mut positions = [u8::MAX; 26 * 26];
            for (i, (code, _)) in table::COUNTRIES.iter().enumerate() {
                let slot = <[u8; 2]>::try_from(code.as_bytes()).ok().and_then(slot_of);
                if let (Some(position), Ok(i)) = (slot.and_then(|s| positions.get_mut(s)), u8::try_from(i)) {
                    *position = i;
                }
            }
            positions
        });
        slot_of(self.0)
            .and_then(|s| positions.get(s))
            .map_or(usize::from(u8::MAX), |&i| usize::from(i))
    }
}

/// Where a two-letter code sits in a 26 × 26 table (`None` for anything but A-Z). A `const
/// fn`, so tables by code can be built by the compiler (`domain::region`).
pub(crate) const fn slot_of([a, b]: [u8; 2]) -> Option<usize> {
    if a.is_ascii_uppercase() && b.is_ascii_uppercase() {
        Some((a - b'A') as usize * 26 + (b - b'A') as usize)
    } else {
        None
    }
}

impl CountrySet {
    pub fn insert(&mut self, country: CountryCode) {
        let i = country.index();
        if let Some(word) = self.0.get_mut(i / 64) {
            *word |= 1 << (i % 64);
        }
    }

    pub fn contains(&self, country: CountryCode) -> bool {
        let i = country.index();
        self.0.get(i / 64).is_some_and(|word| word & (1 << (i % 64)) != 0)
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }

    pub fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// In code order.
    pub fn iter(&self) -> impl Iterator<Item = CountryCode> + '_ {
        CountryCode::all().filter(|c| self.contains(*c))
    }
}

impl FromIterator<CountryCode> for CountrySet {
    fn from_iter<I: IntoIterator<Item = CountryCode>>(iter: I) -> Self {
        let mut set = CountrySet::default();
        for country in iter {
            set.insert(country);
        }
        set
    }
}

impl From<Vec<CountryCode>> for CountrySet {
    fn from(list: Vec<CountryCode>) -> Self {
        list.into_iter().collect()
    }
}

impl From<CountrySet> for Vec<CountryCode> {
    fn from(set: CountrySet) -> Self {
        set.iter().collect()
    }
}

/// Shorthand for code that names countries it knows exist (sample data, tests).
///
/// Panics on an unknown code, so only use it with literals.
pub fn country(code: &str) -> CountryCode {
    code.parse()
        .unwrap_or_else(|e| panic!("sample data names a bad country: {e}"))
}

/// The currency Partner Center bills a market in, for the markets this app knows it for
/// (the euro area, and the countries of the single-country CSP regions and the demo data).
/// `None`: not known here, which is not the same as USD.
pub fn billing_currency(market: CountryCode) -> Option<Currency> {
    const EURO: [&str; 24] = [
        "AD", "AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MC", "ME",
        "MT", "NL", "PT", "SI", "SK", "SM",
    ];
    let code = market.as_str();
    if EURO.contains(&code) {
        return Some(Currency::EUR);
    }
    let iso = match code {
        "US" => "USD",
        "GB" => "GBP",
        "NO" => "NOK",
        "SE" => "SEK",
        "DK" => "DKK",
        "CH" | "LI" => "CHF",
        "CA" => "CAD",
        "AU" => "AUD",
        "NZ" => "NZD",
        "JP" => "JPY",
        _ => return None,
    };
    iso.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_take_the_article_they_take_in_a_sentence() {
        assert_eq!(country("US").name_in_sentence(), "the United States");
        assert_eq!(country("GB").name_in_sentence(), "the United Kingdom");
        assert_eq!(country("NL").name_in_sentence(), "the Netherlands");
        assert_eq!(country("DO").name_in_sentence(), "the Dominican Republic");
        assert_eq!(country("KY").name_in_sentence(), "the Cayman Islands");
        assert_eq!(country("DE").name_in_sentence(), "Germany");
        assert_eq!(country("SK").name_in_sentence(), "Slovakia");
    }

    #[test]
    fn table_is_sorted_and_unique_so_binary_search_works() {
        let codes: Vec<_> = table::COUNTRIES.iter().map(|(c, _)| *c).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(codes, sorted);
        assert!(codes
            .iter()
            .all(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())));
    }

    #[test]
    fn parses_case_insensitively_and_names_the_country() {
        let sk: CountryCode = "sk".parse().unwrap();
        assert_eq!(sk.as_str(), "SK");
        assert_eq!(sk.name(), "Slovakia");
        assert_eq!(country("DE").name(), "Germany");
    }

    #[test]
    fn rejects_codes_that_are_not_countries() {
        assert!("XX".parse::<CountryCode>().is_err());
        assert!("DEU".parse::<CountryCode>().is_err());
        assert!("".parse::<CountryCode>().is_err());
        assert!("é1".parse::<CountryCode>().is_err());
    }

    #[test]
    fn a_country_set_holds_any_countries_in_32_bytes() {
        let set: CountrySet = ["US", "SK", "ZW", "AD"].iter().map(|c| country(c)).collect();
        assert!(set.contains(country("SK")) && set.contains(country("ZW")) && set.contains(country("AD")));
        assert!(!set.contains(country("DE")));
        assert_eq!(set.len(), 4);
        assert_eq!(
            set.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
            ["AD", "SK", "US", "ZW"]
        );
        let every: CountrySet = CountryCode::all().collect();
        assert_eq!(every.len(), 249);
        assert_eq!(std::mem::size_of::<CountrySet>(), 32);
        let json = serde_json::to_string(&set).unwrap();
        assert_eq!(json, "[\"AD\",\"SK\",\"US\",\"ZW\"]");
        assert_eq!(serde_json::from_str::<CountrySet>(&json).unwrap(), set);
    }

    #[test]
    fn serializes_as_the_plain_code() {
        let json = serde_json::to_string(&country("US")).unwrap();
        assert_eq!(json, "\"US\"");
        assert!(serde_json::from_str::<CountryCode>("\"ZZ\"").is_err());
    }
}
