//! Turning exact decimals into the short text a person reads. Display only: the exact value
//! travels separately (as `data-value`), so rounding here never changes a result.

use super::currency::Currency;
use rust_decimal::{Decimal, RoundingStrategy};

/// The minus sign used in displayed text (U+2212), wider and clearer than a hyphen.
pub const MINUS: char = '\u{2212}';

/// The exact value as a plain string (`113.5`, `-12`, `0.3333…`): no exponent, no grouping,
/// no trailing zeros. This is the `data-value` contract.
pub fn exact(value: Decimal) -> String {
    value.normalize().to_string()
}

/// A rate in percent, at most two decimals: `113.5%`, `100%`, `−12.25%`.
pub fn percent(value: Decimal) -> String {
    format!("{}%", grouped(value, 2, false))
}

/// A change in percent with its sign always written: `+61.05%`, `−40.95%`, `0%`.
pub fn signed_percent(value: Decimal) -> String {
    let rounded = round(value, 2);
    let sign = if rounded.is_sign_positive() && !rounded.is_zero() {
        "+"
    } else {
        ""
    };
    format!("{sign}{}", percent(value))
}

/// A difference between two rates, in percentage points: `25 pts`, `−3.5 pts`.
pub fn points(value: Decimal) -> String {
    format!("{} pts", grouped(value, 2, false))
}

/// A plain figure (a ratio), at most two decimals, grouped: `3.33`, `1,250`.
pub fn number(value: Decimal) -> String {
    grouped(value, 2, false)
}

/// Money with its symbol and thousands separators: `$12,500`, `€144,289.70`.
/// Cents appear only when the amount has them.
pub fn money(value: Decimal, currency: Currency) -> String {
    let rounded = round(value, 2);
    let with_cents = !rounded.fract().is_zero();
    let body = grouped(rounded.abs(), 2, with_cents);
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        MINUS.to_string()
    } else {
        String::new()
    };
    format!("{sign}{}{body}", currency.symbol())
}

/// Money in a few characters, for chart axes and labels: `$950`, `$12.5K`, `€1.2M`, `£3B`.
/// One decimal at most, dropped when zero; exact figures are shown elsewhere.
pub fn compact_money(value: Decimal, currency: Currency) -> String {
    const STEPS: [(u64, &str); 4] = [
        (1_000, "K"),
        (1_000_000, "M"),
        (1_000_000_000, "B"),
        (1_000_000_000_000, "T"),
    ];
    let magnitude = value.abs();
    let (mut shown, mut unit) = (round(magnitude, 0), "");
    // Step up while the figure would read 1,000 or more: 999,950 is "$1M", not "$1,000K".
    for (size, suffix) in STEPS {
        if shown < Decimal::from(1000) {
            break;
        }
        (shown, unit) = (round(magnitude / Decimal::from(size), 1), suffix);
    }
    let sign = if value.is_sign_negative() && !shown.is_zero() {
        MINUS.to_string()
    } else {
        String::new()
    };
    format!(
        "{sign}{}{}{unit}",
        currency.symbol(),
        grouped(shown, 1, false)
    )
}

fn round(value: Decimal, places: u32) -> Decimal {
    value
        .round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

/// Rounds to `places`, groups the whole part by thousands, and either keeps exactly `places`
/// decimals (`fixed`) or drops trailing zeros.
fn grouped(value: Decimal, places: u32, fixed: bool) -> String {
    let mut rounded = round(value, places);
    if fixed {
        rounded.rescale(places);
    }
    let text = rounded.abs().to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push(MINUS);
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn exact_strips_trailing_zeros_and_never_uses_exponents() {
        assert_eq!(exact(d("113.500")), "113.5");
        assert_eq!(exact(d("300.0000")), "300");
        assert_eq!(exact(d("-12")), "-12");
        assert_eq!(exact(d("0.0000001")), "0.0000001");
        assert_eq!(exact(d("1000000000000000")), "1000000000000000");
    }

    #[test]
    fn percents_round_to_two_places_and_group_thousands() {
        assert_eq!(percent(d("113.5")), "113.5%");
        assert_eq!(percent(d("100")), "100%");
        assert_eq!(percent(d("112.682503")), "112.68%");
        assert_eq!(percent(d("33.335")), "33.34%");
        assert_eq!(percent(d("-12.25")), "\u{2212}12.25%");
        assert_eq!(percent(d("-0.001")), "0%");
        assert_eq!(percent(d("1234567")), "1,234,567%");
    }

    #[test]
    fn signed_percents_always_carry_a_sign_except_zero() {
        assert_eq!(signed_percent(d("61.051")), "+61.05%");
        assert_eq!(signed_percent(d("-40.951")), "\u{2212}40.95%");
        assert_eq!(signed_percent(d("0")), "0%");
        assert_eq!(signed_percent(d("0.001")), "0%");
    }

    #[test]
    fn money_shows_cents_only_when_there_are_some() {
        assert_eq!(money(d("12500"), Currency::Usd), "$12,500");
        assert_eq!(money(d("144289.7"), Currency::Eur), "€144,289.70");
        assert_eq!(money(d("999.999"), Currency::Gbp), "£1,000");
        assert_eq!(money(d("0.5"), Currency::Usd), "$0.50");
        assert_eq!(money(d("-1234.5"), Currency::Usd), "\u{2212}$1,234.50");
        assert_eq!(money(d("100"), Currency::Usd), "$100");
    }

    #[test]
    fn compact_money_uses_one_short_suffix() {
        let c = |s| compact_money(d(s), Currency::Usd);
        assert_eq!(c("0"), "$0");
        assert_eq!(c("950"), "$950");
        assert_eq!(c("999.6"), "$1K");
        assert_eq!(c("12500"), "$12.5K");
        assert_eq!(c("250000"), "$250K");
        assert_eq!(c("999950"), "$1M");
        assert_eq!(c("1234567"), "$1.2M");
        assert_eq!(c("3000000000"), "$3B");
        assert_eq!(c("1000000000000000"), "$1,000T");
        assert_eq!(c("-402627.5"), "\u{2212}$402.6K");
        assert_eq!(compact_money(d("1200000"), Currency::Eur), "€1.2M");
    }

    #[test]
    fn points_are_labelled() {
        assert_eq!(points(d("25")), "25 pts");
        assert_eq!(points(d("-3.5")), "\u{2212}3.5 pts");
    }
}
