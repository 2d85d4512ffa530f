//! Reading money amounts the way people write them: `12500`, `12,500`, `$12,500.00`,
//! ` 12500 `, `12.5k`, `1.2M`, `€3 000`, `250 USD`.
//!
//! The parser builds the decimal from the digits itself, so it can say precisely what is
//! wrong (misplaced separators, too many decimals, too large) instead of a generic failure,
//! and it never panics, whatever the string.

use rust_decimal::Decimal;
use std::fmt;

/// The largest amount accepted (10¹⁵, a thousand trillion). Far above any real MRR, and low
/// enough that five years of compounding at any sane rate stays exact inside a decimal.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);

/// Decimal places kept from what a user types; more is a typo, not precision.
pub const MAX_DECIMAL_PLACES: u32 = 10;

/// Why a typed amount was not accepted. `Display` is the message shown next to the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    /// Nothing was typed.
    Empty,
    /// A minus sign or accounting parentheses around a non-zero amount.
    Negative,
    /// Letters or symbols that are not part of an amount.
    NotANumber,
    /// Separators that do not split the whole part into groups of three digits (`1,25`).
    Grouping,
    /// More than [`MAX_DECIMAL_PLACES`] digits after the decimal point.
    TooPrecise,
    /// Above [`MAX_AMOUNT`], or more digits than a decimal can hold.
    TooLarge,
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AmountError::Empty => "Enter an amount, e.g. 12,500 or 12.5k.",
            AmountError::Negative => "Enter the amount without a minus sign: it can't be negative.",
            AmountError::NotANumber => {
                "That isn't an amount. Use digits, like 12,500, $12,500.00 or 12.5k."
            }
            AmountError::Grouping => {
                "Commas separate thousands in groups of three (12,500); use a dot for decimals (12.5)."
            }
            AmountError::TooPrecise => "Too many decimal places: 10 at most.",
            AmountError::TooLarge => {
                "Too large: amounts up to 1,000,000,000,000,000 (a thousand trillion) are accepted."
            }
        })
    }
}

/// Parses one amount. Zero is a valid amount; whether a field may be zero is the caller's call.
pub fn parse_amount(text: &str) -> Result<Decimal, AmountError> {
    let mut rest = text.trim();
    if rest.is_empty() {
        return Err(AmountError::Empty);
    }
    let mut negative = false;
    if let Some(inner) = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        negative = true;
        rest = inner.trim();
    }
    // Sign and currency may come in either order: `-$500` and `$-500`.
    for _ in 0..2 {
        if let Some(r) = strip_minus(rest) {
            negative = true;
            rest = r.trim_start();
        }
        if let Some(r) = strip_currency_prefix(rest) {
            rest = r.trim_start();
        }
    }
    rest = strip_currency_suffix(rest).trim_end();
    let (body, multiplier) = split_multiplier(rest);
    let value = parse_plain_number(body.trim_end())?;
    let value = value
        .checked_mul(Decimal::from(multiplier))
        .ok_or(AmountError::TooLarge)?;
    if value > MAX_AMOUNT {
        return Err(AmountError::TooLarge);
    }
    if negative && !value.is_zero() {
        return Err(AmountError::Negative);
    }
    Ok(value.normalize())
}

fn strip_minus(s: &str) -> Option<&str> {
    ['-', '\u{2212}', '\u{2013}']
        .iter()
        .find_map(|&sign| s.strip_prefix(sign))
}

const SYMBOLS: [&str; 5] = ["US$", "$", "€", "£", "¥"];
const CODES: [&str; 3] = ["USD", "EUR", "GBP"];

fn strip_currency_prefix(s: &str) -> Option<&str> {
    SYMBOLS
        .iter()
        .find_map(|sym| s.strip_prefix(sym))
        .or_else(|| {
            CODES.iter().find_map(|code| {
                let head = s.get(..3)?;
                head.eq_ignore_ascii_case(code).then(|| &s[3..])
            })
        })
}

fn strip_currency_suffix(s: &str) -> &str {
    if let Some(r) = SYMBOLS.iter().find_map(|sym| s.strip_suffix(sym)) {
        return r;
    }
    let split = s.len().saturating_sub(3);
    match (s.get(..split), s.get(split..)) {
        (Some(head), Some(tail)) if CODES.iter().any(|c| tail.eq_ignore_ascii_case(c)) => head,
        _ => s,
    }
}

/// Splits a trailing `k`, `m`, `mm`, `b` or `bn` (any case) from the number.
fn split_multiplier(s: &str) -> (&str, u64) {
    let lower = s.to_ascii_lowercase();
    for (suffix, factor) in [
        ("bn", 1_000_000_000),
        ("mm", 1_000_000),
        ("k", 1_000),
        ("m", 1_000_000),
        ("b", 1_000_000_000),
    ] {
        if lower.ends_with(suffix) {
            return (&s[..s.len() - suffix.len()], factor);
        }
    }
    (s, 1)
}

/// Digits with optional thousands separators (`,` or spaces, in groups of three) and an
/// optional decimal point: `12,500.75`, `12 500`, `.5`, `12.`.
fn parse_plain_number(s: &str) -> Result<Decimal, AmountError> {
    let (whole, fraction) = match s.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (s, None),
    };
    if !s.chars().any(|c| c.is_ascii_digit()) {
        return Err(AmountError::NotANumber);
    }
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || c.is_whitespace())
    {
        return Err(AmountError::NotANumber);
    }
    let fraction = fraction.unwrap_or("");
    if !fraction.chars().all(|c| c.is_ascii_digit()) {
        // A second dot (`12.500.000`) or separators after the point.
        return Err(AmountError::Grouping);
    }
    check_grouping(whole)?;
    let whole_digits: String = whole.chars().filter(char::is_ascii_digit).collect();
    let significant = whole_digits.trim_start_matches('0');
    if significant.len() > 16 {
        return Err(AmountError::TooLarge);
    }
    if fraction.len() > MAX_DECIMAL_PLACES as usize {
        return Err(AmountError::TooPrecise);
    }
    let mantissa = significant
        .bytes()
        .chain(fraction.bytes())
        .fold(0i128, |acc, digit| acc * 10 + i128::from(digit - b'0'));
    Decimal::try_from_i128_with_scale(mantissa, fraction.len() as u32)
        .map_err(|_| AmountError::TooLarge)
}

/// The whole part may be plain digits, or groups split by one kind of separator where every
/// group after the first has exactly three digits.
fn check_grouping(whole: &str) -> Result<(), AmountError> {
    let is_separator = |c: char| c == ',' || c.is_whitespace();
    if !whole.contains(is_separator) {
        return Ok(());
    }
    let uses_comma = whole.contains(',');
    let uses_space = whole.contains(char::is_whitespace);
    if uses_comma && uses_space {
        return Err(AmountError::Grouping);
    }
    let mut groups = whole.split(is_separator);
    let first = groups.next().unwrap_or("");
    let first_ok = (1..=3).contains(&first.len());
    if first_ok && groups.all(|g| g.len() == 3) {
        Ok(())
    } else {
        Err(AmountError::Grouping)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn max_amount_is_ten_to_the_fifteen() {
        assert_eq!(MAX_AMOUNT, dec("1000000000000000"));
    }

    #[test]
    fn accepts_amounts_as_people_type_them() {
        for (typed, expected) in [
            ("12500", "12500"),
            ("12,500", "12500"),
            ("$12,500.00", "12500"),
            (" 12500 ", "12500"),
            ("12.5k", "12500"),
            ("12.5K", "12500"),
            ("1.2M", "1200000"),
            ("1.2m", "1200000"),
            ("2b", "2000000000"),
            ("3bn", "3000000000"),
            ("1.5mm", "1500000"),
            ("$50k", "50000"),
            ("$ 250,000", "250000"),
            ("€3 000", "3000"),
            ("3\u{a0}000 €", "3000"),
            ("£1,234,567.89", "1234567.89"),
            ("250 USD", "250"),
            ("usd 250", "250"),
            ("US$99", "99"),
            (".5", "0.5"),
            ("12.", "12"),
            ("0", "0"),
            ("-0", "0"),
            ("0.1", "0.1"),
            ("1000000000000000", "1000000000000000"),
            ("000012", "12"),
        ] {
            assert_eq!(parse_amount(typed), Ok(dec(expected)), "typed {typed:?}");
        }
    }

    #[test]
    fn explains_each_kind_of_bad_input() {
        for (typed, error) in [
            ("", AmountError::Empty),
            ("   ", AmountError::Empty),
            ("-500", AmountError::Negative),
            ("−500", AmountError::Negative),
            ("$-500", AmountError::Negative),
            ("-$1.2k", AmountError::Negative),
            ("(500)", AmountError::Negative),
            ("abc", AmountError::NotANumber),
            ("12abc", AmountError::NotANumber),
            ("$", AmountError::NotANumber),
            ("k", AmountError::NotANumber),
            ("1e5", AmountError::NotANumber),
            ("NaN", AmountError::NotANumber),
            ("Infinity", AmountError::NotANumber),
            ("1,25", AmountError::Grouping),
            ("12,5000", AmountError::Grouping),
            (",500", AmountError::Grouping),
            ("1,000 000", AmountError::Grouping),
            ("12.500.000", AmountError::Grouping),
            ("12.5,0", AmountError::Grouping),
            ("0.12345678901", AmountError::TooPrecise),
            ("1000000000000001", AmountError::TooLarge),
            ("1000000000001k", AmountError::TooLarge),
            (
                "99999999999999999999999999999999999999",
                AmountError::TooLarge,
            ),
            ("79228162514264337593543950336", AmountError::TooLarge),
        ] {
            assert_eq!(parse_amount(typed), Err(error), "typed {typed:?}");
        }
    }
}
