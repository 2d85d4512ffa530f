//! Segments and the blend they make: a blended NRR can hide a collapsing segment (the
//! "100 % NRR illusion").

use crate::calc::metrics::{Metrics, Movements};
use rust_decimal::Decimal;

/// A segment's NRR below this, in a blend at or above it, is what the blend hides.
pub const WEAK_NRR: Decimal = Decimal::from_parts(90, 0, 0, false, 0);

/// Most segments a book is split into.
pub const MAX_SEGMENTS: usize = 8;

/// The blend: every movement summed over the segments. `None` if a sum outgrows a decimal.
pub fn blend(segments: &[Movements]) -> Option<Movements> {
    segments.iter().try_fold(
        Movements {
            start: Decimal::ZERO,
            expansion: Decimal::ZERO,
            contraction: Decimal::ZERO,
            churn: Decimal::ZERO,
        },
        |sum, s| {
            Some(Movements {
                start: sum.start.checked_add(s.start)?,
                expansion: sum.expansion.checked_add(s.expansion)?,
                contraction: sum.contraction.checked_add(s.contraction)?,
                churn: sum.churn.checked_add(s.churn)?,
            })
        },
    )
}

/// The segments (by index) whose NRR is under [`WEAK_NRR`] while the blend's is at or above
/// it: what quoting the blend alone would hide.
pub fn hidden_by_blend(segments: &[Movements]) -> Vec<usize> {
    let nrr = |m: &Movements| Metrics::compute(*m).ok().map(|x| x.nrr);
    let Some(blended) = blend(segments).as_ref().and_then(nrr) else {
        return Vec::new();
    };
    if blended < WEAK_NRR {
        return Vec::new();
    }
    (0..segments.len())
        .filter(|&i| nrr(&segments[i]).is_some_and(|n| n < WEAK_NRR))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_movements as m;
    use super::*;

    #[test]
    fn the_seed_s_blended_book_is_flat_while_smb_collapses() {
        // 200 SMB accounts at $500, 40 of them churn; 10 enterprise at $15,000, 5 expand by $4,000.
        let smb = m(200 * 500, 0, 0, 40 * 500);
        let enterprise = m(10 * 15_000, 5 * 4_000, 0, 0);
        let blended = Metrics::compute(blend(&[smb, enterprise]).unwrap()).unwrap();
        assert_eq!(blended.nrr, Decimal::from(100));
        assert_eq!(Metrics::compute(smb).unwrap().nrr, Decimal::from(80));
        assert_eq!(
            Metrics::compute(enterprise).unwrap().nrr.round_dp(2),
            Decimal::new(11333, 2)
        );
        assert_eq!(hidden_by_blend(&[smb, enterprise]), vec![0]);
    }

    #[test]
    fn nothing_is_hidden_when_the_blend_itself_is_weak_or_every_segment_is_fine() {
        assert!(hidden_by_blend(&[m(100, 0, 0, 30), m(100, 0, 0, 30)]).is_empty());
        assert!(hidden_by_blend(&[m(100, 10, 0, 0), m(100, 0, 5, 5)]).is_empty());
        assert!(hidden_by_blend(&[]).is_empty());
    }
}
