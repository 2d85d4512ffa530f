//! Net and gross revenue retention and the rates around them, from one period's MRR movements.
//!
//! Every operation is checked: an input that would overflow a decimal becomes an error, never
//! a panic. Rates are computed as `amount × 100 ÷ start`, so a terminating ratio is exact
//! (0.1 start with 0.2 expansion is exactly 300 %) and any other keeps 28 significant digits.

use rust_decimal::Decimal;
use std::fmt;

/// One cohort's MRR movements over a period, all non-negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Movements {
    /// MRR of the cohort at the start of the period.
    pub start: Decimal,
    /// MRR added by existing customers (upgrades, seats, cross-sell).
    pub expansion: Decimal,
    /// MRR lost to downgrades by customers who stayed.
    pub contraction: Decimal,
    /// MRR lost to customers who left.
    pub churn: Decimal,
}

/// Why no result can be computed from otherwise valid amounts. `Display` is the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetricsError {
    /// Retention is measured against the starting MRR, so it has to be above zero.
    StartNotPositive,
    /// Contraction plus churn is more than the cohort had: it can't lose more than it started with.
    LossesExceedStart {
        /// Contraction plus churn.
        losses: Decimal,
        /// Starting MRR.
        start: Decimal,
    },
    /// A figure outgrew what a decimal holds.
    TooLarge,
}

impl fmt::Display for MetricsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MetricsError::StartNotPositive => f.write_str(
                "Starting MRR must be more than zero: retention is measured against it.",
            ),
            MetricsError::LossesExceedStart { .. } => f.write_str(
                "Contraction and churn add up to more than the starting MRR. \
                 A cohort can't lose more revenue than it began with: check the figures \
                 cover the same customers and period.",
            ),
            MetricsError::TooLarge => f.write_str("These figures are too large to compute."),
        }
    }
}

/// Everything derived from one period's movements. Rates are in percent (`113.5` = 113.5 %),
/// money in currency units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Metrics {
    /// The movements these metrics were computed from.
    pub movements: Movements,
    /// Net revenue retention: (start + expansion − contraction − churn) ÷ start.
    pub nrr: Decimal,
    /// Gross revenue retention: (start − contraction − churn) ÷ start; at most 100.
    pub grr: Decimal,
    /// Expansion ÷ start.
    pub expansion_rate: Decimal,
    /// (Contraction + churn) ÷ start.
    pub gross_churn: Decimal,
    /// 100 − NRR; negative is net negative churn, the base grew.
    pub net_churn: Decimal,
    /// NRR − GRR in percentage points: what expansion adds.
    pub gap: Decimal,
    /// Start − contraction − churn: what is left before expansion.
    pub retained_mrr: Decimal,
    /// Start + expansion − contraction − churn.
    pub ending_mrr: Decimal,
}

impl Metrics {
    /// Computes every metric, or says why it can't.
    pub fn compute(movements: Movements) -> Result<Metrics, MetricsError> {
        let Movements {
            start,
            expansion,
            contraction,
            churn,
        } = movements;
        if start <= Decimal::ZERO {
            return Err(MetricsError::StartNotPositive);
        }
        let too_large = |_| MetricsError::TooLarge;
        let losses = contraction
            .checked_add(churn)
            .ok_or(MetricsError::TooLarge)?;
        if losses > start {
            return Err(MetricsError::LossesExceedStart { losses, start });
        }
        let retained_mrr = start - losses;
        let ending_mrr = retained_mrr
            .checked_add(expansion)
            .ok_or(MetricsError::TooLarge)?;
        let rate = |amount: Decimal| percent_of(amount, start).ok_or(MetricsError::TooLarge);
        let nrr = rate(ending_mrr)?;
        let grr = rate(retained_mrr)?;
        let expansion_rate = rate(expansion)?;
        let gross_churn = rate(losses)?;
        let net_churn = checked_sub(Decimal::ONE_HUNDRED, nrr).map_err(too_large)?;
        let gap = checked_sub(nrr, grr).map_err(too_large)?;
        Ok(Metrics {
            movements,
            nrr,
            grr,
            expansion_rate,
            gross_churn,
            net_churn,
            gap,
            retained_mrr,
            ending_mrr,
        })
    }
}

/// `amount × 100 ÷ whole`, normalised; `None` on overflow or a zero whole.
pub fn percent_of(amount: Decimal, whole: Decimal) -> Option<Decimal> {
    amount
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(whole)
        .map(|d| d.normalize())
}

fn checked_sub(a: Decimal, b: Decimal) -> Result<Decimal, ()> {
    a.checked_sub(b).map(|d| d.normalize()).ok_or(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn movements(start: &str, expansion: &str, contraction: &str, churn: &str) -> Movements {
        Movements {
            start: d(start),
            expansion: d(expansion),
            contraction: d(contraction),
            churn: d(churn),
        }
    }

    #[test]
    fn cohort_from_100k_with_20k_expansion_reaches_113_percent() {
        // A €100K cohort, +€20K expansion, −€2K downsell, −€5K churn ends at €113K.
        let m = Metrics::compute(movements("100000", "20000", "2000", "5000")).unwrap();
        assert_eq!(m.nrr, d("113"));
        assert_eq!(m.grr, d("93"));
        assert_eq!(m.expansion_rate, d("20"));
        assert_eq!(m.gross_churn, d("7"));
        assert_eq!(m.net_churn, d("-13"));
        assert_eq!(m.gap, d("20"));
        assert_eq!(m.ending_mrr, d("113000"));
        assert_eq!(m.retained_mrr, d("93000"));
    }

    #[test]
    fn upgrades_that_exactly_offset_losses_leave_nrr_at_100() {
        // $100K MRR, +$5K upgrades, −$2K downgrades, −$3K cancellations.
        let m = Metrics::compute(movements("100000", "5000", "2000", "3000")).unwrap();
        assert_eq!(m.nrr, d("100"));
        assert_eq!(m.grr, d("95"));
        assert_eq!(m.net_churn, d("0"));
    }

    #[test]
    fn blended_smb_churn_hidden_by_enterprise_expansion_is_still_100() {
        // 200 SMB accounts at $500 and 10 enterprise at $15K; 40 SMB churn, 5 enterprise +$4K.
        let start = 200 * 500 + 10 * 15_000;
        let m = Metrics::compute(movements(&start.to_string(), "20000", "0", "20000")).unwrap();
        assert_eq!(m.nrr, d("100"));
        assert_eq!(m.grr, d("92"));
        assert_eq!(m.gap, d("8"));
    }

    #[test]
    fn decimal_inputs_are_exact() {
        let m = Metrics::compute(movements("0.1", "0.2", "0", "0")).unwrap();
        assert_eq!(m.nrr, d("300"));
        assert_eq!(m.nrr.to_string(), "300");
    }

    #[test]
    fn non_terminating_ratios_keep_28_significant_digits() {
        let m = Metrics::compute(movements("3", "1", "0", "0")).unwrap();
        assert_eq!(m.nrr.to_string(), "133.33333333333333333333333333");
    }

    #[test]
    fn start_must_be_positive() {
        assert_eq!(
            Metrics::compute(movements("0", "10", "0", "0")),
            Err(MetricsError::StartNotPositive)
        );
    }

    #[test]
    fn losing_more_than_the_start_is_refused() {
        assert_eq!(
            Metrics::compute(movements("100", "500", "60", "41")),
            Err(MetricsError::LossesExceedStart {
                losses: d("101"),
                start: d("100")
            })
        );
        // Losing exactly everything is possible: GRR 0 %.
        let m = Metrics::compute(movements("100", "0", "60", "40")).unwrap();
        assert_eq!(m.grr, d("0"));
    }

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        let huge = Decimal::MAX;
        let result = Metrics::compute(Movements {
            start: d("1"),
            expansion: huge,
            contraction: d("0"),
            churn: d("0"),
        });
        assert_eq!(result, Err(MetricsError::TooLarge));
    }
}
