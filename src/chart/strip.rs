//! The percentile strip: a peer group's published points on a line, with the user's value
//! marked. Positions are percentages of the width, so it fits any container.

use crate::calc::benchmarks::Distribution;
use crate::html::escape;
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
    /// Reference points `(label, position)` drawn as small marks under the line.
    pub references: Vec<(String, Decimal)>,
}

/// Lays `value` out against `distribution` on an axis from 10 points below its lowest
/// published value to 10 above its highest, with `references` (label, value) marked.
pub fn layout(
    distribution: &Distribution,
    value: Decimal,
    references: &[(String, Decimal)],
) -> Option<StripLayout> {
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
        references: references
            .iter()
            .map(|(label, v)| (label.clone(), position(*v)))
            .collect(),
    })
}

/// The strip as an SVG element; `you` labels the marker (e.g. "You 110%").
pub fn svg(strip: &StripLayout, you: &str) -> String {
    let mut out = String::from(
        r#"<svg class="strip-svg" width="100%" height="58" aria-hidden="true" focusable="false"><rect class="strip-track" x="0" y="27" width="100%" height="6" rx="3"/>"#,
    );
    for (percentile, _, at) in &strip.ticks {
        out.push_str(&format!(
            r#"<line class="strip-tick" x1="{at}%" x2="{at}%" y1="22" y2="38"/><text class="strip-label" x="{at}%" y="52" text-anchor="middle">P{percentile}</text>"#
        ));
    }
    for (label, at) in &strip.references {
        out.push_str(&format!(
            r#"<circle class="strip-reference" cx="{at}%" cy="41" r="3"><title>{}</title></circle>"#,
            escape(label)
        ));
    }
    let at = strip.marker;
    let anchor = if at > Decimal::from(80) {
        "end"
    } else if at < Decimal::from(20) {
        "start"
    } else {
        "middle"
    };
    let class = if strip.clamped {
        "strip-marker clamped"
    } else {
        "strip-marker"
    };
    out.push_str(&format!(
        r#"<circle class="{class}" cx="{at}%" cy="30" r="7"/><text class="strip-you" x="{at}%" y="13" text-anchor="{anchor}">{}</text></svg>"#,
        escape(you)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::benchmarks::PEER_GROUPS;

    #[test]
    fn places_points_and_value_on_a_padded_axis() {
        // Public SaaS: 90…130 published, so the axis runs 80…140 (60 points wide).
        let public = PEER_GROUPS[1].nrr;
        let s = layout(public, Decimal::from(110), &[]).unwrap();
        let positions: Vec<String> = s.ticks.iter().map(|t| t.2.to_string()).collect();
        assert_eq!(positions, ["16.7", "33.3", "50", "63.3", "83.3"]);
        assert_eq!((s.marker, s.clamped), (Decimal::from(50), false));
        let far = layout(public, Decimal::from(300), &[]).unwrap();
        assert_eq!((far.marker, far.clamped), (Decimal::from(100), true));
    }

    #[test]
    fn draws_one_tick_per_published_point_and_one_marker() {
        let reference = [("Snowflake 126% (Q1 FY2027)".to_string(), Decimal::from(126))];
        let s = layout(PEER_GROUPS[1].nrr, Decimal::from(300), &reference).unwrap();
        assert_eq!(s.references[0].1.to_string(), "76.7");
        let svg = svg(&s, "You <300%>");
        assert!(
            svg.contains(r#"cx="76.7%" cy="41" r="3"><title>Snowflake 126% (Q1 FY2027)</title>"#)
        );
        assert_eq!(svg.matches("<line class=\"strip-tick\"").count(), 5);
        assert_eq!(svg.matches("<circle class=\"strip-marker").count(), 1);
        assert!(svg.contains(r#"cx="100%""#) && svg.contains("strip-marker clamped"));
        assert!(svg.contains(r#"text-anchor="end">You &lt;300%&gt;</text>"#));
        assert!(!svg.contains("style="));
    }
}
