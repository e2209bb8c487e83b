//! Currencies: any active ISO 4217 code. A figure's currency travels with its value, and
//! one currency becomes another only through a stated rate (`calc::fx`); the names and
//! symbols a reader sees are in the word tables (`i18n`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An ISO 4217 currency, held as its code (always one of [`CODES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(&'static str);

/// The active ISO 4217 codes (2025 list, with the Caribbean guilder XCG and the
/// Zimbabwe gold ZWG), in alphabetical order.
pub const CODES: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
    "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC",
    "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS",
    "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD",
    "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL",
    "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD",
    "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD",
    "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
    "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES",
    "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
];

/// Names editors write instead of a code, and the code they mean.
const ALIASES: &[(&str, &str)] = &[
    ("RMB", "CNY"),
    ("CNH", "CNY"),
    ("YUAN", "CNY"),
    ("元", "CNY"),
    ("人民币", "CNY"),
    ("人民幣", "CNY"),
    ("HK$", "HKD"),
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("港幣", "HKD"),
    ("US$", "USD"),
    ("$", "USD"),
    ("美元", "USD"),
    ("DOLLAR", "USD"),
    ("DOLLARS", "USD"),
    ("€", "EUR"),
    ("EURO", "EUR"),
    ("EUROS", "EUR"),
    ("欧元", "EUR"),
    ("£", "GBP"),
    ("UKP", "GBP"),
    ("STG", "GBP"),
    ("英镑", "GBP"),
    ("¥", "JPY"),
    ("YEN", "JPY"),
    ("日元", "JPY"),
    ("NT$", "TWD"),
    ("NTD", "TWD"),
    ("S$", "SGD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("₩", "KRW"),
    ("₹", "INR"),
];

impl Currency {
    pub const CNY: Currency = Currency("CNY");
    pub const HKD: Currency = Currency("HKD");
    pub const USD: Currency = Currency("USD");
    pub const EUR: Currency = Currency("EUR");
    pub const GBP: Currency = Currency("GBP");
    pub const JPY: Currency = Currency("JPY");

    /// The currency of an ISO 4217 code (upper case, as the format writes it).
    ///
    /// ```
    /// use ipo_lens::model::Currency;
    /// assert_eq!(Currency::from_code("EUR"), Some(Currency::EUR));
    /// assert_eq!(Currency::from_code("eur"), None);
    /// assert_eq!(Currency::from_code("RMB"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Currency> {
        CODES.binary_search(&code).ok().map(|i| Currency(CODES[i]))
    }

    /// Parses a code as an editor may type it: `EUR` or `eur`; anything else is an error
    /// that says which code was probably meant (`RMB` → `CNY`, `US$` → `USD`).
    ///
    /// ```
    /// use ipo_lens::model::Currency;
    /// assert_eq!(Currency::parse(" usd "), Ok(Currency::USD));
    /// assert!(Currency::parse("RMB").unwrap_err().contains("CNY"));
    /// ```
    pub fn parse(text: &str) -> Result<Currency, String> {
        let t = text.trim();
        if let Some(c) = Currency::from_code(&t.to_ascii_uppercase()) {
            return Ok(c);
        }
        match Currency::suggest(t) {
            Some(c) => Err(format!("\"{text}\" is not an ISO 4217 currency code: write \"{}\"", c.code())),
            None => Err(format!("\"{text}\" is not an ISO 4217 currency code (such as CNY, HKD, USD, EUR, GBP, JPY)")),
        }
    }

    /// The code an editor probably meant by a name or symbol that is not a code.
    pub fn suggest(text: &str) -> Option<Currency> {
        let up = text.trim().to_ascii_uppercase();
        ALIASES.iter().find(|(a, _)| *a == up).and_then(|(_, c)| Currency::from_code(c))
    }

    /// The three-letter code.
    pub fn code(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Currency, D::Error> {
        let s = String::deserialize(d)?;
        Currency::from_code(&s).ok_or_else(|| {
            serde::de::Error::custom(match Currency::parse(&s) {
                Ok(c) => format!("\"{s}\" is written in upper case: \"{}\"", c.code()),
                Err(m) => m,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_and_unique() {
        assert!(CODES.windows(2).all(|w| w[0] < w[1]));
        assert!(CODES.iter().all(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())));
    }

    #[test]
    fn aliases_name_real_codes() {
        for (a, c) in ALIASES {
            assert!(Currency::from_code(c).is_some(), "{a} → {c}");
        }
    }

    #[test]
    fn serde_reads_and_writes_the_code() {
        let c: Currency = serde_json::from_str("\"GBP\"").unwrap();
        assert_eq!(c, Currency::GBP);
        assert_eq!(serde_json::to_string(&c).unwrap(), "\"GBP\"");
        let e = serde_json::from_str::<Currency>("\"RMB\"").unwrap_err().to_string();
        assert!(e.contains("write \"CNY\""), "{e}");
        let e = serde_json::from_str::<Currency>("\"eur\"").unwrap_err().to_string();
        assert!(e.contains("upper case"), "{e}");
    }
}
