//! Tenant countries, as ISO 3166-1 alpha-2 codes with their English names.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use thiserror::Error;

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
        table::COUNTRIES.iter().map(|(code, _)| {
            let b = code.as_bytes();
            CountryCode([b[0], b[1]])
        })
    }

    pub fn as_str(&self) -> &str {
        // The bytes come from the ASCII table, so this cannot fail.
        std::str::from_utf8(&self.0).expect("country codes are ASCII")
    }

    /// The English short name, e.g. "Slovakia" for SK.
    pub fn name(&self) -> &'static str {
        let code = self.as_str();
        table::COUNTRIES
            .binary_search_by(|(c, _)| (*c).cmp(code))
            .map(|i| table::COUNTRIES[i].1)
            .expect("a CountryCode is only built from a code in the table")
    }
}

impl FromStr for CountryCode {
    type Err = UnknownCountry;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let upper = s.trim().to_ascii_uppercase();
        match table::COUNTRIES.binary_search_by(|(c, _)| (*c).cmp(upper.as_str())) {
            Ok(_) => {
                let b = upper.as_bytes();
                Ok(CountryCode([b[0], b[1]]))
            }
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

/// Shorthand for code that names countries it knows exist (sample data, tests).
///
/// Panics on an unknown code, so only use it with literals.
pub fn country(code: &str) -> CountryCode {
    code.parse()
        .unwrap_or_else(|e| panic!("sample data names a bad country: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn serializes_as_the_plain_code() {
        let json = serde_json::to_string(&country("US")).unwrap();
        assert_eq!(json, "\"US\"");
        assert!(serde_json::from_str::<CountryCode>("\"ZZ\"").is_err());
    }
}
