//! Numbers that put a result in context: how fast the base doubles (or halves), the public
//! valuation band for its NRR, and the quick ratio.

use super::fraction;
use rust_decimal::{Decimal, MathematicalOps};

/// How an NRR moves the existing base over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compounding {
    /// Above 100 %: years for the base to double, ln 2 ÷ ln(NRR).
    Doubles(Decimal),
    /// Exactly 100 %: the base stays as it is.
    Never,
    /// Below 100 %: years for the base to halve, ln ½ ÷ ln(NRR).
    Halves(Decimal),
}

/// The doubling time (or half-life) of the existing base at an annual NRR in percent.
/// `None` for an NRR of 0 or less, which has no logarithm.
pub fn compounding(annual_nrr: Decimal) -> Option<Compounding> {
    let ratio = fraction(annual_nrr)?;
    if ratio <= Decimal::ZERO {
        return None;
    }
    if ratio == Decimal::ONE {
        return Some(Compounding::Never);
    }
    let years = Decimal::TWO
        .checked_ln()?
        .checked_div(ratio.checked_ln()?.abs())?;
    Some(if ratio > Decimal::ONE {
        Compounding::Doubles(years)
    } else {
        Compounding::Halves(years)
    })
}

/// A band of the public EV / TTM revenue multiple by NRR (Software Equity Group, Q4 2024).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValuationBand {
    /// The NRR range, as shown.
    pub range: &'static str,
    /// The band's median multiple.
    pub multiple: Decimal,
}

/// Where the bands come from, with its date, and what else a reader should know.
pub const VALUATION_SOURCE: &str = "Software Equity Group, public SaaS EV/TTM revenue by NRR, Q4 2024 (index median 5.6×, down to about 3.6× in Q1 2026). Public multiples, not private valuations: private SaaS deals price differently.";

/// The band an annual NRR (percent) falls in: under 100 %, 100–120 %, above 120 %.
pub fn valuation_band(annual_nrr: Decimal) -> ValuationBand {
    let (range, tenths) = if annual_nrr < Decimal::ONE_HUNDRED {
        ("under 100%", 41)
    } else if annual_nrr <= Decimal::from(120) {
        ("100–120%", 56)
    } else {
        ("above 120%", 117)
    };
    ValuationBand {
        range,
        multiple: Decimal::new(tenths, 1),
    }
}

/// The quick ratio: (new + expansion) ÷ (contraction + churn). `None` when nothing was lost:
/// "no losses", not a division by zero.
pub fn quick_ratio(
    new: Decimal,
    expansion: Decimal,
    contraction: Decimal,
    churn: Decimal,
) -> Option<Decimal> {
    let losses = contraction.checked_add(churn)?;
    if losses.is_zero() {
        return None;
    }
    new.checked_add(expansion)?.checked_div(losses)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(v: i64) -> Decimal {
        Decimal::from(v)
    }

    #[test]
    fn a_120_percent_base_doubles_in_about_3_8_years() {
        let Some(Compounding::Doubles(years)) = compounding(d(120)) else {
            panic!()
        };
        assert_eq!(years.round_dp(1), Decimal::new(38, 1));
        let Some(Compounding::Halves(years)) = compounding(d(80)) else {
            panic!()
        };
        assert_eq!(years.round_dp(1), Decimal::new(31, 1));
        assert_eq!(compounding(d(100)), Some(Compounding::Never));
        assert_eq!(compounding(d(0)), None);
    }

    #[test]
    fn bands_follow_the_published_cuts() {
        assert_eq!(
            valuation_band(Decimal::new(995, 1)).multiple,
            Decimal::new(41, 1)
        );
        assert_eq!(valuation_band(d(100)).multiple, Decimal::new(56, 1));
        assert_eq!(valuation_band(d(120)).multiple, Decimal::new(56, 1));
        assert_eq!(
            valuation_band(Decimal::new(1201, 1)).multiple,
            Decimal::new(117, 1)
        );
        assert!(VALUATION_SOURCE.contains("Q4 2024"));
    }

    #[test]
    fn quick_ratio_counts_gains_over_losses_and_says_when_there_are_none() {
        assert_eq!(quick_ratio(d(30), d(10), d(5), d(15)), Some(d(2)));
        assert_eq!(quick_ratio(d(30), d(10), d(0), d(0)), None);
    }
}
