//! The founder and investor tools' arithmetic: segments and the blend they make, back-solving
//! a target, checking a pitch's claimed rates, scenarios and sensitivity, and context numbers
//! (doubling time, valuation band, quick ratio). Pure and exact, like the rest of `calc`; the
//! panels that show them are a later, deferred module.

pub mod backsolve;
pub mod context;
pub mod pitch;
pub mod scenarios;
pub mod segments;

use rust_decimal::Decimal;

/// `value` percent as a fraction (`110` → `1.1`).
pub(crate) fn fraction(percent: Decimal) -> Option<Decimal> {
    percent.checked_div(Decimal::ONE_HUNDRED)
}

/// Movements from whole currency units, for the tools' tests.
#[cfg(test)]
pub(crate) fn test_movements(
    start: i64,
    expansion: i64,
    contraction: i64,
    churn: i64,
) -> crate::calc::metrics::Movements {
    let d = Decimal::from;
    crate::calc::metrics::Movements {
        start: d(start),
        expansion: d(expansion),
        contraction: d(contraction),
        churn: d(churn),
    }
}
