//! Geometry of the percentile strip: where each published point and the user's value sit on
//! a horizontal axis, as percentages of its width.

use super::Distribution;
use rust_decimal::Decimal;

/// Room left on either side of the outermost published points, in percentage points of NRR/GRR.
const MARGIN: Decimal = Decimal::from_parts(10, 0, 0, false, 0);

/// Positions on the strip, each 0–100 (percent of its width), one decimal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StripLayout {
    /// `(percentile, published text, position)` for each published point.
    pub ticks: Vec<(u8, &'static str, Decimal)>,
    /// The user's value, clamped to the strip.
    pub marker: Decimal,
    /// Whether the value lies beyond the drawn axis and was clamped to its edge.
    pub clamped: bool,
}

/// Lays `value` out against `distribution` on an axis from 10 points below its lowest
/// published value to 10 above its highest.
pub fn layout(distribution: &Distribution, value: Decimal) -> Option<StripLayout> {
    let low = distribution.points.first()?.value - MARGIN;
    let high = distribution.points.last()?.value + MARGIN;
    let span = high - low;
    let position = |v: Decimal| -> Decimal {
        ((v - low) * Decimal::ONE_HUNDRED / span)
            .clamp(Decimal::ZERO, Decimal::ONE_HUNDRED)
            .round_dp(1)
            .normalize()
    };
    Some(StripLayout {
        ticks: distribution
            .points
            .iter()
            .map(|p| (p.percentile, p.published, position(p.value)))
            .collect(),
        marker: position(value),
        clamped: value < low || value > high,
    })
}

#[cfg(test)]
mod tests {
    use super::super::PEER_GROUPS;
    use super::*;

    #[test]
    fn places_points_and_value_on_a_padded_axis() {
        // Public SaaS: 90…130 published, so the axis runs 80…140 (60 points wide).
        let public = PEER_GROUPS[1].nrr;
        let s = layout(public, Decimal::from(110)).unwrap();
        let positions: Vec<String> = s.ticks.iter().map(|t| t.2.to_string()).collect();
        assert_eq!(positions, ["16.7", "33.3", "50", "63.3", "83.3"]);
        assert_eq!((s.marker, s.clamped), (Decimal::from(50), false));
        let far = layout(public, Decimal::from(300)).unwrap();
        assert_eq!((far.marker, far.clamped), (Decimal::from(100), true));
    }
}
