//! CSP regions: a partner's tenant may sell only to customers in its own region
//! ("regional authorization"). Most regions span many countries (a tenant in Slovakia sells
//! across Europe); ten are a single country (a tenant in the United States sells only to
//! customers in the United States, not in Canada).
//!
//! The single-country regions are Microsoft's. The multi-country regions follow Microsoft's
//! regional authorization table by continent; for territories whose placement that table does
//! not make obvious (overseas territories, the Caucasus, Central Asia) this table follows
//! geography, which is this app's own simplification.

use std::fmt;

use crate::domain::country::{slot_of, CountryCode};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CspRegion {
    Africa,
    AsiaPacific,
    Australia,
    Brazil,
    Canada,
    /// Partner Center operated by 21Vianet: a separate Partner Center altogether.
    China,
    Europe,
    India,
    Japan,
    LatinAmerica,
    MiddleEast,
    NewZealand,
    SouthKorea,
    Taiwan,
    UnitedStates,
}

use CspRegion::*;

/// Each region's countries (ISO 3166-1 codes). A country in no list (Antarctica, uninhabited
/// islands) is in no CSP region.
const REGIONS: [(CspRegion, &[&str]); 15] = [
    (
        Africa,
        &[
            "AO", "BF", "BI", "BJ", "BW", "CD", "CF", "CG", "CI", "CM", "CV", "DJ", "DZ", "EG", "EH", "ER", "ET", "GA",
            "GH", "GM", "GN", "GQ", "GW", "KE", "KM", "LR", "LS", "LY", "MA", "MG", "ML", "MR", "MU", "MW", "MZ", "NA",
            "NE", "NG", "RE", "RW", "SC", "SD", "SH", "SL", "SN", "SO", "SS", "ST", "SZ", "TD", "TG", "TN", "TZ", "UG",
            "YT", "ZA", "ZM", "ZW",
        ],
    ),
    (
        AsiaPacific,
        &[
            "BD", "BN", "BT", "FJ", "FM", "HK", "ID", "IO", "KH", "KI", "KP", "LA", "LK", "MH", "MM", "MN", "MO", "MV",
            "MY", "NC", "NP", "NR", "PF", "PG", "PH", "PN", "PW", "SB", "SG", "TH", "TL", "TO", "TV", "VN", "VU", "WF",
            "WS",
        ],
    ),
    (Australia, &["AU", "CC", "CX", "HM", "NF"]),
    (Brazil, &["BR"]),
    (Canada, &["CA"]),
    (China, &["CN"]),
    (
        Europe,
        &[
            "AD", "AL", "AM", "AT", "AX", "AZ", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
            "FO", "FR", "GB", "GE", "GG", "GI", "GL", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "JE", "KG", "KZ", "LI",
            "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SJ",
            "SK", "SM", "TJ", "TM", "TR", "UA", "UZ", "VA",
        ],
    ),
    (India, &["IN"]),
    (Japan, &["JP"]),
    (
        LatinAmerica,
        &[
            "AG", "AI", "AR", "AW", "BB", "BL", "BM", "BO", "BQ", "BS", "BZ", "CL", "CO", "CR", "CU", "CW", "DM", "DO",
            "EC", "FK", "GD", "GF", "GP", "GS", "GT", "GY", "HN", "HT", "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "MX",
            "NI", "PA", "PE", "PM", "PY", "SR", "SV", "SX", "TC", "TT", "UY", "VC", "VE", "VG",
        ],
    ),
    (
        MiddleEast,
        &[
            "AE", "AF", "BH", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PK", "PS", "QA", "SA", "SY", "YE",
        ],
    ),
    (NewZealand, &["CK", "NU", "NZ", "TK"]),
    (SouthKorea, &["KR"]),
    (Taiwan, &["TW"]),
    (UnitedStates, &["AS", "GU", "MP", "PR", "UM", "US", "VI"]),
];

/// Each country's region, at its code's place in AA..ZZ: the rules ask for the region of both
/// tenants for every offer they weigh (Training's exercises, tens of thousands of times), so
/// finding it is a lookup, not a search through the lists above.
// Evaluated by the compiler, where an index out of range or a panic is a build error.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const BY_CODE: [Option<CspRegion>; 26 * 26] = {
    let mut table = [None; 26 * 26];
    let mut r = 0;
    while r < REGIONS.len() {
        let (region, codes) = REGIONS[r];
        let mut c = 0;
        while c < codes.len() {
            let code = codes[c].as_bytes();
            match slot_of([code[0], code[1]]) {
                Some(slot) => table[slot] = Some(region),
                None => panic!("a region lists a code that is not two capital letters"),
            }
            c += 1;
        }
        r += 1;
    }
    table
};

impl CspRegion {
    // Evaluated by the compiler, where an index out of range is a build error.
    #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
    pub const ALL: [CspRegion; 15] = {
        let mut all = [Africa; 15];
        let mut i = 0;
        while i < REGIONS.len() {
            all[i] = REGIONS[i].0;
            i += 1;
        }
        all
    };

    /// The region `country` is in, if it is in one.
    pub fn of(country: CountryCode) -> Option<CspRegion> {
        country.slot().and_then(|at| BY_CODE.get(at).copied().flatten())
    }

    /// A region that is one country (with its territories), named after it.
    pub fn is_single_country(self) -> bool {
        !matches!(self, Africa | AsiaPacific | Europe | LatinAmerica | MiddleEast)
    }
}

impl fmt::Display for CspRegion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Africa => "Africa",
            AsiaPacific => "Asia Pacific",
            Australia => "Australia",
            Brazil => "Brazil",
            Canada => "Canada",
            China => "China",
            Europe => "Europe",
            India => "India",
            Japan => "Japan",
            LatinAmerica => "Latin America and the Caribbean",
            MiddleEast => "Middle East",
            NewZealand => "New Zealand",
            SouthKorea => "South Korea",
            Taiwan => "Taiwan",
            UnitedStates => "United States",
        })
    }
}

/// May a partner tenant in `partner` sell to a customer tenant in `customer`?
pub fn same_region(partner: CountryCode, customer: CountryCode) -> bool {
    match (CspRegion::of(partner), CspRegion::of(customer)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// The European Economic Area (the 27 EU members, Iceland, Liechtenstein, Norway) and
/// Switzerland: where Microsoft unbundled Teams from the enterprise suites first.
pub fn in_eea_or_switzerland(country: CountryCode) -> bool {
    const EEA_AND_SWITZERLAND: [&str; 31] = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH",
    ];
    EEA_AND_SWITZERLAND.iter().any(|code| country.as_str() == *code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::country::country;

    #[test]
    fn every_inhabited_country_is_in_exactly_one_region() {
        let uninhabited = ["AQ", "BV", "TF"];
        for code in CountryCode::all() {
            let regions = REGIONS
                .iter()
                .filter(|(_, codes)| codes.contains(&code.as_str()))
                .count();
            let expected = usize::from(!uninhabited.contains(&code.as_str()));
            assert_eq!(regions, expected, "{code} ({}) is in {regions} regions", code.name());
            let listed = REGIONS
                .iter()
                .find(|(_, codes)| codes.contains(&code.as_str()))
                .map(|(r, _)| *r);
            assert_eq!(CspRegion::of(code), listed, "{code}: the lookup and the lists disagree");
        }
        for (region, codes) in REGIONS {
            for code in codes {
                assert!(code.parse::<CountryCode>().is_ok(), "{region} lists unknown {code}");
            }
        }
    }

    #[test]
    fn ten_regions_are_a_single_country() {
        // Microsoft's regional authorization FAQ: "There are 10 single country regions".
        let single: Vec<_> = CspRegion::ALL.into_iter().filter(|r| r.is_single_country()).collect();
        assert_eq!(single.len(), 10, "{single:?}");
        assert_eq!(CspRegion::ALL.len(), REGIONS.len());
    }

    #[test]
    fn a_us_tenant_sells_only_in_the_united_states_and_a_slovak_one_across_europe() {
        assert!(same_region(country("US"), country("US")));
        assert!(!same_region(country("US"), country("CA")));
        assert!(!same_region(country("US"), country("DE")));
        assert!(same_region(country("SK"), country("DE")));
        assert!(same_region(country("SK"), country("NO")));
        assert!(same_region(country("SK"), country("GB")));
        assert!(!same_region(country("SK"), country("JP")));
        assert!(!same_region(country("AQ"), country("AQ")));
    }
}
