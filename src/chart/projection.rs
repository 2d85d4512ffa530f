//! Five years of compounding as a line chart: the user's base, the flat 100 % line, and the
//! peer group's published median and upper point as paths from the same start.

use super::frame::{self, Chart, Entry, Mark, Size};
use super::palette::Ink;
use crate::calc::benchmarks::{Distribution, PeerGroup, Point};
use crate::calc::format::{compact_money, percent};
use crate::calc::projection::{project, ProjectedYear, YEARS};
use crate::calc::{Currency, Outcome};
use plotters::prelude::*;
use rust_decimal::Decimal;

/// One line on the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    /// Its colour and legend text.
    pub entry: Entry,
    /// Years 0…5.
    pub rows: Vec<ProjectedYear>,
}

/// The user's path first, then the flat line and the peer paths. The median's legend names
/// its source; the chart drops that on phones, where it can't fit.
pub fn paths(outcome: &Outcome, peers: &PeerGroup) -> Option<Vec<Path>> {
    let rows = outcome.projection.clone()?;
    let start = rows.first()?.amount;
    let nrr = outcome.annual.as_ref()?.nrr;
    let line = |ink, mark, label: String, rate| {
        Some(Path {
            entry: Entry { ink, mark, label },
            rows: project(start, rate)?,
        })
    };
    let mut out = vec![Path {
        entry: Entry {
            ink: Ink::You,
            mark: Mark::Line,
            label: format!("You: {} a year", percent(nrr)),
        },
        rows,
    }];
    out.extend(line(
        Ink::Reference,
        Mark::Dashed,
        "Flat: 100%".into(),
        Decimal::ONE_HUNDRED,
    ));
    let citation = peers.nrr.citation();
    if let Some(median) = published(peers.nrr, |p| p.percentile == 50) {
        let label = format!("Peer median {} ({citation})", median.published);
        out.extend(line(Ink::PeerMedian, Mark::Dashed, label, median.value));
    }
    // The top quartile where published; otherwise the next point above the median (SaaS
    // Capital publishes P50 and P90). Never an interpolated percentile.
    let upper = published(peers.nrr, |p| p.percentile == 75)
        .or_else(|| published(peers.nrr, |p| p.percentile > 50));
    if let Some(upper) = upper {
        let label = format!("Peer P{} {}", upper.percentile, upper.published);
        out.extend(line(Ink::PeerUpper, Mark::Dashed, label, upper.value));
    }
    Some(out)
}

fn published(distribution: &Distribution, pick: impl Fn(&Point) -> bool) -> Option<Point> {
    distribution.points.iter().copied().find(pick)
}

/// The chart for `paths` (the user's first) `container` pixels wide, amounts labelled in `currency`.
pub fn svg(paths: &[Path], currency: Currency, container: u32) -> Option<Chart> {
    let size = Size::fit(container, 55, 260);
    let you = paths.first()?;
    let top = paths
        .iter()
        .flat_map(|p| p.rows.iter().map(|r| r.amount))
        .max()?;
    let mut entries: Vec<Entry> = paths.iter().map(|p| p.entry.clone()).collect();
    if size.is_narrow() {
        for entry in &mut entries {
            if let Some(cut) = entry.label.find(" (") {
                entry.label.truncate(cut);
            }
        }
    }
    let desc = describe(paths, currency);
    frame::render(
        size,
        "chart-projection",
        "Five years of compounding",
        &desc,
        |root| {
            let (legend, plot) = root.split_vertically(frame::legend_height(&entries, size.width));
            frame::legend(&legend, &entries)?;
            let mut chart = ChartBuilder::on(&plot)
                .margin(8)
                .margin_right(20)
                .x_label_area_size(26)
                .y_label_area_size(if size.is_narrow() { 52 } else { 64 })
                .build_cartesian_2d(0..YEARS as i32, 0f64..frame::pixels(top) * 1.08 + 1.0)
                .ok()?;
            chart
                .configure_mesh()
                .x_labels(YEARS as usize + 1)
                .y_labels(5)
                .disable_x_mesh()
                .light_line_style(TRANSPARENT)
                .bold_line_style(Ink::Grid.key().stroke_width(1))
                .axis_style(Ink::Muted.key())
                .label_style(frame::text(size.label_font(), Ink::Muted))
                .x_label_formatter(&|year| match year {
                    0 => "Today".to_string(),
                    y => format!("Y{y}"),
                })
                .y_label_formatter(&|y| {
                    compact_money(Decimal::from_f64_retain(*y).unwrap_or_default(), currency)
                })
                .draw()
                .ok()?;
            let point = |r: &ProjectedYear| (r.year as i32, frame::pixels(r.amount));
            for path in paths[1..].iter().rev() {
                let style = path.entry.ink.key().stroke_width(2);
                chart
                    .draw_series(DashedLineSeries::new(
                        path.rows.iter().map(point),
                        6,
                        5,
                        style,
                    ))
                    .ok()?;
            }
            let colour = you.entry.ink.key();
            chart
                .draw_series(LineSeries::new(
                    you.rows.iter().map(point),
                    colour.stroke_width(3),
                ))
                .ok()?;
            chart
                .draw_series(
                    you.rows
                        .iter()
                        .map(|r| Circle::new(point(r), 4, colour.filled())),
                )
                .ok()?;
            Some(())
        },
    )
}

/// The chart in words: each path's year-5 value.
fn describe(paths: &[Path], currency: Currency) -> String {
    let ends: Vec<String> = paths
        .iter()
        .filter_map(|p| {
            let last = p.rows.last()?;
            Some(format!(
                "{}: {} in year {}",
                p.entry.label,
                compact_money(last.amount, currency),
                last.year
            ))
        })
        .collect();
    format!(
        "Monthly recurring revenue from today's customers, today to year {YEARS}, with no new customers. {}.",
        ends.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::{analyse, PeerGroup, Period};

    fn outcome(texts: [&str; 4], peers: &PeerGroup) -> Outcome {
        analyse(texts, Period::Year, peers).outcome.unwrap()
    }

    fn polyline_points(svg: &str, ink: Ink) -> Vec<(i32, i32)> {
        let marker = format!(r#"stroke="{}" stroke-width="3" points=""#, ink.hex());
        // The last such line: the legend swatch, drawn first, has the same style.
        let start = svg.rfind(&marker).unwrap() + marker.len();
        let list = &svg[start..start + svg[start..].find('"').unwrap()];
        list.split_whitespace()
            .map(|pair| {
                let (x, y) = pair.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect()
    }

    #[test]
    fn draws_one_point_per_year_rising_with_nrr() {
        let peers = PeerGroup::default_group();
        let o = outcome(["250000", "50000", "5000", "20000"], peers);
        let svg = svg(&paths(&o, peers).unwrap(), Currency::Usd, 640)
            .unwrap()
            .svg;
        let points = polyline_points(&svg, Ink::You);
        assert_eq!(points.len(), YEARS as usize + 1);
        // 110 % a year: every year is higher on the chart (smaller y) and further right.
        assert!(
            points
                .windows(2)
                .all(|w| w[1].0 > w[0].0 && w[1].1 < w[0].1),
            "{points:?}"
        );
        let dots = format!(r#"r="4" opacity="1" fill="{}""#, Ink::You.hex());
        assert_eq!(svg.matches(&dots).count(), YEARS as usize + 1);
        let texts = crate::chart::texts(&svg);
        for label in ["Today", "Y5", "$0", "$200K", "You: 110% a year"] {
            assert!(
                texts.iter().any(|t| t == label),
                "missing {label} in {texts:?}"
            );
        }
    }

    #[test]
    fn phones_get_a_legend_that_fits() {
        let peers = PeerGroup::default_group();
        let o = outcome(["250000", "50000", "5000", "20000"], peers);
        let narrow = crate::chart::texts(
            &svg(&paths(&o, peers).unwrap(), Currency::Usd, 300)
                .unwrap()
                .svg,
        );
        assert!(narrow.iter().any(|t| t == "Peer median 103%"), "{narrow:?}");
        let wide = crate::chart::texts(
            &svg(&paths(&o, peers).unwrap(), Currency::Usd, 700)
                .unwrap()
                .svg,
        );
        assert!(
            wide.iter()
                .any(|t| t == "Peer median 103% (SaaS Capital 2026)"),
            "{wide:?}"
        );
    }

    #[test]
    fn peer_paths_use_published_points_only() {
        let private = paths(
            &outcome(["100", "10", "0", "0"], PeerGroup::default_group()),
            PeerGroup::default_group(),
        )
        .unwrap();
        let labels: Vec<&str> = private.iter().map(|p| p.entry.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "You: 110% a year",
                "Flat: 100%",
                "Peer median 103% (SaaS Capital 2026)",
                "Peer P90 117.9%"
            ]
        );
        let public = PeerGroup::from_key("public").unwrap();
        let public = paths(&outcome(["100", "10", "0", "0"], public), public).unwrap();
        assert_eq!(public[3].entry.label, "Peer P75 ≥ 118%");
        // Median 110 % from 100: 161.051 in year 5, exactly.
        assert_eq!(public[2].rows[5].amount.to_string(), "161.051");
    }

    #[test]
    fn description_gives_every_path_its_end_value() {
        let peers = PeerGroup::default_group();
        let o = outcome(["100000", "0", "10000", "0"], peers);
        let text = describe(&paths(&o, peers).unwrap(), Currency::Eur);
        assert!(text.contains("You: 90% a year: €59K in year 5"), "{text}");
        assert!(text.contains("Flat: 100%: €100K in year 5"), "{text}");
    }
}
