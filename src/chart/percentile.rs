//! The peer group's published NRR points on a scale, with the user's annual NRR marked: the
//! same layout as the benchmark panel's strip ([`super::strip::layout`]), drawn by plotters
//! at full size for the chart pack and its exports.

use super::frame::{self, Chart, Size, LABEL_FONT};
use super::palette::Ink;
use super::strip::{layout, StripLayout};
use crate::calc::benchmarks::percentile::Standing;
use crate::calc::benchmarks::PeerGroup;
use crate::calc::format::percent;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rust_decimal::Decimal;

/// Side padding, so labels at either end stay inside the picture.
const PAD: i32 = 36;

/// The chart at `container` pixels wide: `nrr` (annual, percent) and its `standing` among `peers`.
pub fn svg(peers: &PeerGroup, nrr: Decimal, standing: Standing, container: u32) -> Option<Chart> {
    let references = peers.reference_points();
    let strip = layout(peers.nrr, nrr, &references)?;
    let size = Size::fit(container, 0, 170);
    let citation = peers.nrr.citation();
    let you = format!("You {} · {}", percent(nrr), short(standing));
    let desc = describe(peers, nrr, standing, &references);
    frame::render(
        size,
        "chart-percentile",
        "NRR against peers",
        &desc,
        |root| draw(root, &strip, size, &you, &citation),
    )
}

/// "63rd pct", "below P10", "above P90".
fn short(standing: Standing) -> String {
    use crate::calc::benchmarks::percentile::{nearest_whole, ordinal};
    match standing {
        Standing::At(p) => format!("{} percentile", ordinal(nearest_whole(p))),
        Standing::Below(p) => format!("below P{p}"),
        Standing::Above(p) | Standing::AtCap(p) => format!("above P{p}"),
    }
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    strip: &StripLayout,
    size: Size,
    you: &str,
    citation: &str,
) -> Option<()> {
    let span = size.width as i32 - 2 * PAD;
    let x = |at: Decimal| PAD + (frame::pixels(at) * span as f64 / 100.0).round() as i32;
    let track_y = 62;
    let label = |ink, h, v| frame::text(LABEL_FONT, ink).pos(Pos::new(h, v));
    root.draw(&Rectangle::new(
        [(PAD, track_y - 3), (PAD + span, track_y + 3)],
        Ink::Grid.key().filled(),
    ))
    .ok()?;
    for (i, (percentile, published, at)) in strip.ticks.iter().enumerate() {
        let tx = x(*at);
        root.draw(&PathElement::new(
            vec![(tx, track_y - 8), (tx, track_y + 8)],
            Ink::Muted.key().stroke_width(2),
        ))
        .ok()?;
        let name = label(Ink::Muted, HPos::Center, VPos::Top);
        root.draw(&Text::new(
            format!("P{percentile}"),
            (tx, track_y + 12),
            name,
        ))
        .ok()?;
        // Neighbouring points alternate rows, so close published ranges never overlap.
        let row = track_y + 30 + (i as i32 % 2) * 16;
        let value = label(Ink::Text, HPos::Center, VPos::Top);
        root.draw(&Text::new(published.to_string(), (tx, row), value))
            .ok()?;
    }
    for (_, at) in &strip.references {
        root.draw(&Circle::new(
            (x(*at), track_y),
            3,
            Ink::Reference.key().filled(),
        ))
        .ok()?;
    }
    let mx = x(strip.marker);
    root.draw(&Circle::new((mx, track_y), 8, Ink::You.key().filled()))
        .ok()?;
    let anchor = if strip.marker > Decimal::from(75) {
        HPos::Right
    } else if strip.marker < Decimal::from(25) {
        HPos::Left
    } else {
        HPos::Center
    };
    let marker_x = match anchor {
        HPos::Right => mx + 8,
        HPos::Left => mx - 8,
        HPos::Center => mx,
    };
    let you_style = frame::text(LABEL_FONT + 2, Ink::You).pos(Pos::new(anchor, VPos::Bottom));
    root.draw(&Text::new(
        you.to_string(),
        (marker_x, track_y - 16),
        you_style,
    ))
    .ok()?;
    let mut source = format!("Published points: {citation}");
    if !strip.references.is_empty() {
        source.push_str(" · grey dots: single published figures");
    }
    if size.is_narrow() {
        source = citation.to_string();
    }
    let foot = label(Ink::Muted, HPos::Left, VPos::Bottom);
    root.draw(&Text::new(source, (8, size.height as i32 - 8), foot))
        .ok()?;
    Some(())
}

/// The chart in words: the standing, each published point, each reference figure.
fn describe(
    peers: &PeerGroup,
    nrr: Decimal,
    standing: Standing,
    references: &[(String, Decimal)],
) -> String {
    let points: Vec<String> = peers
        .nrr
        .points
        .iter()
        .map(|p| format!("P{} {}", p.percentile, p.published))
        .collect();
    let mut text = format!(
        "Annual NRR {}: {}. Published points: {}.",
        percent(nrr),
        standing.describe(peers.label, &peers.nrr.citation()),
        points.join(", ")
    );
    if !references.is_empty() {
        let names: Vec<&str> = references.iter().map(|(label, _)| label.as_str()).collect();
        text.push_str(&format!(" Single published figures: {}.", names.join("; ")));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::benchmarks::percentile::standing;

    #[test]
    fn marks_every_published_point_and_the_user() {
        let public = PeerGroup::from_key("public").unwrap();
        let nrr = Decimal::from(112);
        let svg = svg(public, nrr, standing(public.nrr, nrr), 640)
            .unwrap()
            .svg;
        let texts = crate::chart::texts(&svg);
        for p in [
            "P10",
            "P25",
            "P50",
            "P75",
            "P90",
            "108–112%",
            "≥ 130%",
            "You 112% · 56th percentile",
        ] {
            assert!(texts.iter().any(|t| t == p), "missing {p} in {texts:?}");
        }
        let you = format!(r#"r="8" opacity="1" fill="{}""#, Ink::You.hex());
        assert_eq!(svg.matches(&you).count(), 1, "{svg}");
        assert_eq!(
            svg.matches(&format!(
                r#"r="3" opacity="1" fill="{}""#,
                Ink::Reference.hex()
            ))
            .count(),
            public.references.len()
        );
        assert!(svg.contains("Snowflake"), "references are described");
    }

    #[test]
    fn rounds_the_percentile_as_the_page_does() {
        // 26.5 reads "27th" in the standing text; the chart must not say "26th".
        let half = Standing::At(Decimal::new(265, 1));
        assert_eq!(short(half), "27th percentile");
        assert!(half.describe("x", "y").starts_with("27th"));
    }

    #[test]
    fn says_below_or_above_outside_the_published_points() {
        let private = PeerGroup::default_group();
        let low = Decimal::from(80);
        let svg = svg(private, low, standing(private.nrr, low), 300)
            .unwrap()
            .svg;
        let texts = crate::chart::texts(&svg);
        assert!(
            texts.iter().any(|t| t == "You 80% · below P50"),
            "{texts:?}"
        );
        assert!(texts.iter().any(|t| t == "SaaS Capital 2026"), "{texts:?}");
    }
}
