//! The period the four figures cover, and turning its rates into annual estimates.
//!
//! Benchmarks are annual cohorts; many people have monthly numbers. A period's retention
//! compounds: a year of months at NRR r is r¹², a year of quarters r⁴.

use rust_decimal::Decimal;

/// How long the entered figures cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    /// One month.
    Month,
    /// One quarter.
    Quarter,
    /// One year (the default, and what benchmarks use).
    #[default]
    Year,
}

impl Period {
    /// Every period, in the order the picker lists them.
    pub const ALL: [Period; 3] = [Period::Month, Period::Quarter, Period::Year];

    /// The value of the `period` URL parameter.
    pub fn key(self) -> &'static str {
        match self {
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }

    /// Reads a `period` value in any case; `None` for anything else.
    pub fn from_key(key: &str) -> Option<Period> {
        Period::ALL
            .into_iter()
            .find(|p| p.key().eq_ignore_ascii_case(key.trim()))
    }

    /// The picker's wording: "One month".
    pub fn choice_label(self) -> &'static str {
        match self {
            Period::Month => "One month",
            Period::Quarter => "One quarter",
            Period::Year => "One year",
        }
    }

    /// "per month", "per quarter", "per year": what a rate for this period is per.
    pub fn per(self) -> &'static str {
        match self {
            Period::Month => "per month",
            Period::Quarter => "per quarter",
            Period::Year => "per year",
        }
    }

    /// "monthly", "quarterly", "yearly": figures that cover this period.
    pub fn adjective(self) -> &'static str {
        match self {
            Period::Month => "monthly",
            Period::Quarter => "quarterly",
            Period::Year => "yearly",
        }
    }

    /// How many of these periods make a year.
    pub fn per_year(self) -> u32 {
        match self {
            Period::Month => 12,
            Period::Quarter => 4,
            Period::Year => 1,
        }
    }
}

/// A retention rate for one period (percent) as an annual estimate (percent):
/// 100 × (rate ÷ 100)^(periods a year). `None` if it outgrows a decimal.
pub fn annualise(rate: Decimal, period: Period) -> Option<Decimal> {
    if period == Period::Year {
        // Already annual: returned as is, so the ÷ 100 × 100 round trip can't round a rate
        // that uses all 28 digits.
        return Some(rate.normalize());
    }
    let ratio = rate.checked_div(Decimal::ONE_HUNDRED)?;
    let mut factor = Decimal::ONE;
    for _ in 0..period.per_year() {
        factor = factor.checked_mul(ratio)?;
    }
    factor
        .checked_mul(Decimal::ONE_HUNDRED)
        .map(|d| d.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn a_monthly_nrr_of_101_is_about_112_68_a_year() {
        let annual = annualise(d("101"), Period::Month).unwrap();
        assert_eq!(annual, d("112.6825030131969720661201"));
        assert_eq!(annual.round_dp(2), d("112.68"));
    }

    #[test]
    fn quarters_compound_four_times_and_years_not_at_all() {
        assert_eq!(annualise(d("110"), Period::Quarter).unwrap(), d("146.41"));
        assert_eq!(annualise(d("113.5"), Period::Year).unwrap(), d("113.5"));
        assert_eq!(
            annualise(d("99"), Period::Month).unwrap().round_dp(4),
            d("88.6385")
        );
        assert_eq!(annualise(d("0"), Period::Month).unwrap(), d("0"));
        let full = d("0.0033333333333333333333333333");
        assert_eq!(annualise(full, Period::Year).unwrap(), full);
    }

    #[test]
    fn keys_round_trip() {
        for p in Period::ALL {
            assert_eq!(Period::from_key(p.key()), Some(p));
        }
        assert_eq!(Period::from_key("MONTH"), Some(Period::Month));
        assert_eq!(Period::from_key("week"), None);
        assert_eq!(Period::default(), Period::Year);
    }
}
