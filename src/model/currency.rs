//! Currencies: any active ISO 4217 code. A figure's currency travels with its value, and
//! one currency becomes another only through a stated rate (`calc::fx`); the names and
//! symbols a reader sees are in the word tables (`i18n`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An ISO 4217 currency, held as its code (always one of [`CODES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(&'static str);

/// The active ISO 4217 codes (2025 list, with the Caribbean guilder XCG and the
/// Zimbabwe gold ZWG), in alphabetical order, three letters each: one text rather than a
/// list of texts, which would add a pointer and a length per code to the wasm.
const ALL: &str = concat!(
    "AEDAFNALLAMDANGAOAARSAUDAWGAZNBAMBBDBDTBGNBHDBIF",
    "BMDBNDBOBBRLBSDBTNBWPBYNBZDCADCDFCHFCLPCNYCOPCRC",
    "CUPCVECZKDJFDKKDOPDZDEGPERNETBEURFJDFKPGBPGELGHS",
    "GIPGMDGNFGTQGYDHKDHNLHTGHUFIDRILSINRIQDIRRISKJMD",
    "JODJPYKESKGSKHRKMFKPWKRWKWDKYDKZTLAKLBPLKRLRDLSL",
    "LYDMADMDLMGAMKDMMKMNTMOPMRUMURMVRMWKMXNMYRMZNNAD",
    "NGNNIONOKNPRNZDOMRPABPENPGKPHPPKRPLNPYGQARRONRSD",
    "RUBRWFSARSBDSCRSDGSEKSGDSHPSLESOSSRDSSPSTNSVCSYP",
    "SZLTHBTJSTMTTNDTOPTRYTTDTWDTZSUAHUGXUSDUYUUZSVES",
    "VNDVUVWSTXAFXCDXCGXOFXPFYERZARZMWZWG",
);

/// How many codes there are.
const N: usize = ALL.len() / 3;
const _: () = assert!(ALL.len() == 3 * N);

/// Code `i` of [`ALL`] (`i < N`).
const fn nth(i: usize) -> &'static str {
    let (_, rest) = ALL.as_bytes().split_at(3 * i);
    let (code, _) = rest.split_at(3);
    match std::str::from_utf8(code) {
        Ok(code) => code,
        Err(_) => panic!("the codes are ASCII"),
    }
}

/// The codes as a list (for the package's TypeScript types; the reader looks them up in
/// [`ALL`]).
pub const CODES: &[&str] = &{
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = nth(i);
        i += 1;
    }
    out
};

/// Names editors write instead of a code, a line for each code: the code, then its names
/// (one text rather than a list of pairs of texts, 0.5 KB of pointers and lengths).
const ALIASES: &str = "CNY RMB CNH YUAN 元 人民币 人民幣
HKD HK$ 港元 港币 港幣
USD US$ $ 美元 DOLLAR DOLLARS
EUR € EURO EUROS 欧元
GBP £ UKP STG 英镑
JPY ¥ YEN 日元
TWD NT$ NTD
SGD S$
AUD A$
CAD C$
KRW ₩
INR ₹";

/// The code of the line of `table` (written as [`ALIASES`]) that names `word`.
pub(crate) fn meant(table: &'static str, word: &str) -> Option<&'static str> {
    // (plain loops: each iterator chain with its closure compiled more)
    for line in table.split('\n') {
        let mut words = line.split(' ');
        let code = words.next()?;
        for w in words {
            if w == word {
                return Some(code);
            }
        }
    }
    None
}

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
        let i = ALL.as_bytes().chunks_exact(3).position(|c| c == code.as_bytes())?;
        ALL.get(3 * i..3 * i + 3).map(Currency)
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
        meant(ALIASES, &up).and_then(Currency::from_code)
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
    fn every_three_letter_text_is_a_code_exactly_when_it_is_listed() {
        let letters = |from: u8| (from..from + 26).map(char::from);
        for case in [b'A', b'a'] {
            for a in letters(case) {
                for b in letters(b'A') {
                    for c in letters(case) {
                        let t = format!("{a}{b}{c}");
                        let listed = CODES.binary_search(&t.as_str()).ok().map(|i| Currency(CODES[i]));
                        assert_eq!(Currency::from_code(&t), listed, "{t}");
                    }
                }
            }
        }
        for t in ["", "C", "CN", "CNYC", "CNY ", " CNY", "AEDAFN", "DAF", "NAL"] {
            assert_eq!(Currency::from_code(t), None, "{t:?}");
        }
        assert_eq!(Currency::from_code("ZWG").map(Currency::code), Some("ZWG"));
    }

    #[test]
    fn aliases_name_real_codes() {
        for line in ALIASES.lines() {
            let c = line.split(' ').next().unwrap();
            assert!(Currency::from_code(c).is_some(), "{line}");
            assert!(line.split(' ').skip(1).all(|a| meant(ALIASES, a) == Some(c)), "{line}");
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
