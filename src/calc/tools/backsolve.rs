//! Back-solving: what it takes to reach a target NRR.

use super::fraction;
use crate::calc::metrics::Movements;
use rust_decimal::Decimal;

/// What a target NRR asks of the figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// Expansion needed in all at today's losses: target × start − start + contraction +
    /// churn (zero if the target is below what today's losses leave), in currency units.
    pub expansion_needed: Decimal,
    /// The same, in percent of the starting MRR.
    pub expansion_rate_needed: Decimal,
    /// Churn to cut at today's expansion and contraction (zero when already met; more than
    /// today's churn when cutting churn alone can't get there).
    pub churn_cut_needed: Decimal,
}

/// What reaching `target_nrr` percent takes from `m`. `None` without a positive start.
pub fn target(m: &Movements, target_nrr: Decimal) -> Option<Target> {
    if m.start <= Decimal::ZERO {
        return None;
    }
    let ending = m.start.checked_mul(fraction(target_nrr)?)?;
    let losses = m.contraction.checked_add(m.churn)?;
    let expansion_needed = ending
        .checked_sub(m.start)?
        .checked_add(losses)?
        .max(Decimal::ZERO);
    let current_end = m.start.checked_add(m.expansion)?.checked_sub(losses)?;
    Some(Target {
        expansion_needed,
        expansion_rate_needed: expansion_needed
            .checked_mul(Decimal::ONE_HUNDRED)?
            .checked_div(m.start)?,
        churn_cut_needed: ending.checked_sub(current_end)?.max(Decimal::ZERO),
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_movements as m;
    use super::*;

    #[test]
    fn the_expansion_for_a_target_is_target_times_start_less_start_plus_losses() {
        let t = target(&m(100_000, 5_000, 2_000, 8_000), Decimal::from(110)).unwrap();
        assert_eq!(t.expansion_needed, Decimal::from(20_000));
        assert_eq!(t.expansion_rate_needed, Decimal::from(20));
        // Today: 100k + 5k − 10k = 95k; the target is 110k: 15k more than churn could give.
        assert_eq!(t.churn_cut_needed, Decimal::from(15_000));
    }

    #[test]
    fn a_target_already_met_needs_no_churn_cut() {
        let t = target(&m(100, 30, 0, 0), Decimal::from(120)).unwrap();
        assert_eq!(
            (t.expansion_needed, t.churn_cut_needed),
            (Decimal::from(20), Decimal::ZERO)
        );
        let low = target(&m(100, 0, 0, 10), Decimal::from(80)).unwrap();
        assert_eq!(low.expansion_needed, Decimal::ZERO);
        assert!(target(&m(0, 1, 0, 0), Decimal::from(100)).is_none());
    }
}
