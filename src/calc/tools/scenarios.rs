//! Bear, base and bull cases, and the sensitivity of NRR to expansion and churn.

use super::fraction;
use crate::calc::metrics::{Metrics, Movements};
use crate::calc::projection::project;
use rust_decimal::Decimal;

/// One case: its movements, NRR and the base after [`YEARS`](crate::calc::projection::YEARS) years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Case {
    /// The movements of this case.
    pub movements: Movements,
    /// Its NRR, in percent.
    pub nrr: Decimal,
    /// Today's base after [`YEARS`](crate::calc::projection::YEARS) years at that NRR, in currency units.
    pub final_base: Decimal,
}

/// The bear, base and bull cases: expansion down and churn up by `expansion_delta` and
/// `churn_delta` percent for the bear, the other way for the bull (the defaults are 25).
/// A bull can't churn below zero. `None` if the figures give no result.
pub fn cases(m: &Movements, expansion_delta: Decimal, churn_delta: Decimal) -> Option<[Case; 3]> {
    let scale = |amount: Decimal, percent: Decimal| -> Option<Decimal> {
        Some(
            amount
                .checked_mul(Decimal::ONE.checked_add(fraction(percent)?)?)?
                .max(Decimal::ZERO),
        )
    };
    let case = |expansion: Decimal, churn: Decimal| -> Option<Case> {
        let movements = Movements {
            expansion,
            churn,
            ..*m
        };
        let nrr = Metrics::compute(movements).ok()?.nrr;
        let final_base = project(m.start, nrr)?.last()?.amount;
        Some(Case {
            movements,
            nrr,
            final_base,
        })
    };
    Some([
        case(
            scale(m.expansion, -expansion_delta)?,
            scale(m.churn, churn_delta)?,
        )?,
        case(m.expansion, m.churn)?,
        case(
            scale(m.expansion, expansion_delta)?,
            scale(m.churn, -churn_delta)?,
        )?,
    ])
}

/// NRR for an expansion rate and a gross churn rate (contraction and churn), both percent of
/// starting MRR: 100 + expansion − churn.
pub fn grid_nrr(expansion_rate: Decimal, gross_churn_rate: Decimal) -> Option<Decimal> {
    Decimal::ONE_HUNDRED
        .checked_add(expansion_rate)?
        .checked_sub(gross_churn_rate)
}

/// The grid's axes around the user's rates: `steps` either side, `step` points apart, never
/// below zero (and churn never above 100).
pub fn axis(centre: Decimal, step: Decimal, steps: u32, cap: Option<Decimal>) -> Vec<Decimal> {
    let lowest = centre - step * Decimal::from(steps);
    (0..=2 * steps)
        .map(|i| lowest + step * Decimal::from(i))
        .filter(|v| *v >= Decimal::ZERO && cap.is_none_or(|c| *v <= c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_movements as m;
    use super::*;

    #[test]
    fn bear_and_bull_move_expansion_and_churn_by_the_deltas() {
        let [bear, base, bull] =
            cases(&m(1000, 200, 0, 100), Decimal::from(25), Decimal::from(25)).unwrap();
        assert_eq!(
            (bear.movements.expansion, bear.movements.churn),
            (Decimal::from(150), Decimal::from(125))
        );
        assert_eq!(
            (bear.nrr, base.nrr, bull.nrr),
            (
                Decimal::new(1025, 1),
                Decimal::from(110),
                Decimal::new(1175, 1)
            )
        );
        assert_eq!(base.final_base.round_dp(2), Decimal::new(161051, 2));
        assert!(bear.final_base < base.final_base && base.final_base < bull.final_base);
        // A bull can't churn less than nothing.
        let [.., bull] = cases(&m(1000, 0, 0, 100), Decimal::ZERO, Decimal::from(150)).unwrap();
        assert_eq!(bull.movements.churn, Decimal::ZERO);
    }

    #[test]
    fn the_grid_is_100_plus_expansion_less_churn_on_axes_that_stay_in_range() {
        assert_eq!(
            grid_nrr(Decimal::from(20), Decimal::from(8)),
            Some(Decimal::from(112))
        );
        let churn = axis(
            Decimal::from(4),
            Decimal::from(2),
            3,
            Some(Decimal::ONE_HUNDRED),
        );
        assert_eq!(churn, [0, 2, 4, 6, 8, 10].map(Decimal::from));
        assert_eq!(
            axis(
                Decimal::from(99),
                Decimal::from(2),
                1,
                Some(Decimal::ONE_HUNDRED)
            ),
            [97, 99].map(Decimal::from)
        );
    }
}
