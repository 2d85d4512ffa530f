//! Checking a pitch: the rates a claimed NRR and GRR imply, and what doesn't add up.

use super::fraction;
use crate::calc::Period;
use rust_decimal::Decimal;

/// Something about a claim that doesn't add up. `Display` says it plainly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    /// GRR can't exceed 100 %: it counts only what was kept.
    GrrAbove100,
    /// NRR under GRR would mean negative expansion.
    NrrBelowGrr,
    /// NRR above 200 %: possible, rare, worth a second look.
    NrrAbove200,
    /// A rate for a month or quarter compounds to this much a year: a figure quoted as annual
    /// that is really monthly would be far off.
    CompoundsTo {
        /// The period the claim is for.
        period: Period,
        /// The claimed NRR compounded over a year, in percent.
        annual: Decimal,
    },
}

impl std::fmt::Display for Flag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Flag::GrrAbove100 => f.write_str("GRR above 100% is impossible: it counts only revenue kept, never added."),
            Flag::NrrBelowGrr => f.write_str("NRR below GRR would mean negative expansion: one of the two is wrong."),
            Flag::NrrAbove200 => f.write_str("NRR above 200% is rare: check the cohort and the period."),
            Flag::CompoundsTo { period, annual } => write!(
                f,
                "A {} NRR like this compounds to {} a year: make sure it isn't being quoted as annual.",
                period.key(),
                crate::calc::format::percent(*annual)
            ),
        }
    }
}

/// What a claimed NRR and GRR (percent, for `period`) imply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PitchCheck {
    /// Expansion as percentage points of starting revenue: NRR − GRR.
    pub implied_expansion: Decimal,
    /// Gross churn (contraction and churn) as percentage points of starting revenue: 100 − GRR.
    pub implied_churn: Decimal,
    /// What doesn't add up, in order of gravity.
    pub flags: Vec<Flag>,
}

/// Checks a claim. `None` only if compounding it outgrows a decimal.
pub fn check(nrr: Decimal, grr: Decimal, period: Period) -> Option<PitchCheck> {
    let hundred = Decimal::ONE_HUNDRED;
    let mut flags = Vec::new();
    if grr > hundred {
        flags.push(Flag::GrrAbove100);
    }
    if nrr < grr {
        flags.push(Flag::NrrBelowGrr);
    }
    if nrr > Decimal::from(200) {
        flags.push(Flag::NrrAbove200);
    }
    let per_year = match period {
        Period::Month => 12,
        Period::Quarter => 4,
        Period::Year => 1,
    };
    if per_year > 1 {
        let ratio = fraction(nrr)?;
        let mut annual = Decimal::ONE;
        for _ in 0..per_year {
            annual = annual.checked_mul(ratio)?;
        }
        flags.push(Flag::CompoundsTo {
            period,
            annual: annual.checked_mul(hundred)?,
        });
    }
    Some(PitchCheck {
        implied_expansion: nrr.checked_sub(grr)?,
        implied_churn: hundred.checked_sub(grr)?,
        flags,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(v: i64) -> Decimal {
        Decimal::from(v)
    }

    #[test]
    fn a_sound_annual_claim_implies_its_rates_and_raises_nothing() {
        let c = check(d(115), d(92), Period::Year).unwrap();
        assert_eq!((c.implied_expansion, c.implied_churn), (d(23), d(8)));
        assert!(c.flags.is_empty());
    }

    #[test]
    fn a_monthly_110_is_about_314_a_year() {
        let c = check(d(110), d(99), Period::Month).unwrap();
        let Flag::CompoundsTo { annual, .. } = c.flags[0] else {
            panic!("{:?}", c.flags)
        };
        assert_eq!(annual.round_dp(1), Decimal::new(3138, 1));
        assert!(
            c.flags[0].to_string().contains("to 313.84% a year"),
            "{}",
            c.flags[0]
        );
    }

    #[test]
    fn impossible_and_unusual_claims_are_flagged() {
        let c = check(d(95), d(101), Period::Year).unwrap();
        assert_eq!(c.flags, [Flag::GrrAbove100, Flag::NrrBelowGrr]);
        assert_eq!(
            check(d(250), d(90), Period::Year).unwrap().flags,
            [Flag::NrrAbove200]
        );
    }
}
