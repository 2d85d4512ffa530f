//! The revenue bridge (a waterfall): starting MRR, plus expansion, minus contraction, minus
//! churn, giving ending MRR from the same customers.

use super::frame::{self, Chart, Size};
use super::palette::Ink;
use crate::calc::format::{compact_money, MINUS};
use crate::calc::metrics::Movements;
use crate::calc::Currency;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rust_decimal::Decimal;

/// One bar: its name, the signed amount it adds, and where it floats from and to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bar {
    /// Its name, under the bar.
    pub name: &'static str,
    /// What the bar adds (negative for losses); the total itself for start and end.
    pub amount: Decimal,
    /// Its lower edge, in currency units.
    pub from: Decimal,
    /// Its upper edge.
    pub to: Decimal,
    /// Its colour.
    pub ink: Ink,
}

/// The five bars, in order. `None` only if a sum outgrows a decimal.
pub fn bars(m: &Movements) -> Option<[Bar; 5]> {
    let after_expansion = m.start.checked_add(m.expansion)?;
    let after_contraction = after_expansion.checked_sub(m.contraction)?;
    let end = after_contraction.checked_sub(m.churn)?;
    let bar = |name, amount, a: Decimal, b: Decimal, ink| Bar {
        name,
        amount,
        from: a.min(b),
        to: a.max(b),
        ink,
    };
    Some([
        bar("Start", m.start, Decimal::ZERO, m.start, Ink::You),
        bar(
            "Expansion",
            m.expansion,
            m.start,
            after_expansion,
            Ink::Gain,
        ),
        bar(
            "Contraction",
            -m.contraction,
            after_expansion,
            after_contraction,
            Ink::Loss,
        ),
        bar("Churn", -m.churn, after_contraction, end, Ink::Loss),
        bar("End", end, Decimal::ZERO, end, Ink::You),
    ])
}

/// "+$50K", "−$5K", or "$250K" for the totals.
fn label(bar: &Bar, currency: Currency) -> String {
    let money = compact_money(bar.amount.abs(), currency);
    match bar.name {
        "Start" | "End" => money,
        _ if bar.amount.is_sign_negative() && !bar.amount.is_zero() => format!("{MINUS}{money}"),
        _ => format!("+{money}"),
    }
}

/// The bridge as SVG at `container` pixels wide.
pub fn svg(bars: &[Bar; 5], currency: Currency, container: u32) -> Option<Chart> {
    let size = Size::fit(container, 50, 240);
    let top = bars.iter().map(|b| b.to).max()?;
    let words: Vec<String> = bars
        .iter()
        .map(|b| format!("{} {}", b.name.to_ascii_lowercase(), label(b, currency)))
        .collect();
    let desc = format!(
        "Revenue bridge from the same customers: {}.",
        words.join(", ")
    );
    frame::render(size, "chart-bridge", "Revenue bridge", &desc, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(10)
            .margin_top(22)
            .x_label_area_size(if size.is_narrow() { 36 } else { 24 })
            .y_label_area_size(if size.is_narrow() { 46 } else { 64 })
            .build_cartesian_2d(
                (0..4i32).into_segmented(),
                0f64..frame::pixels(top) * 1.1 + 1.0,
            )
            .ok()?;
        let narrow = size.is_narrow();
        chart
            .configure_mesh()
            .disable_x_mesh()
            .y_labels(5)
            .light_line_style(TRANSPARENT)
            .bold_line_style(Ink::Grid.key().stroke_width(1))
            .axis_style(Ink::Muted.key())
            .label_style(frame::text(size.label_font(), Ink::Muted))
            // Names are drawn below, where narrow charts can stagger them.
            .x_label_formatter(&|_| String::new())
            .y_label_formatter(&|y| {
                compact_money(Decimal::from_f64_retain(*y).unwrap_or_default(), currency)
            })
            .draw()
            .ok()?;
        let gap = if narrow { 6 } else { 14 };
        for (i, bar) in bars.iter().enumerate() {
            let i = i as i32;
            let mut rect = Rectangle::new(
                [
                    (SegmentValue::Exact(i), frame::pixels(bar.to)),
                    (SegmentValue::Exact(i + 1), frame::pixels(bar.from)),
                ],
                bar.ink.key().filled(),
            );
            rect.set_margin(0, 0, gap, gap);
            chart.draw_series(std::iter::once(rect)).ok()?;
            // Gains and totals are labelled above their bar, losses below: the way they move.
            let font = size.label_font();
            let (x, y) = if bar.amount.is_sign_negative() {
                let (x, y) =
                    chart.backend_coord(&(SegmentValue::CenterOf(i), frame::pixels(bar.from)));
                (x, y + 4)
            } else {
                let (x, y) =
                    chart.backend_coord(&(SegmentValue::CenterOf(i), frame::pixels(bar.to)));
                (x, y - 4)
            };
            let v = if bar.amount.is_sign_negative() {
                VPos::Top
            } else {
                VPos::Bottom
            };
            let style = frame::text(font, Ink::Text).pos(Pos::new(HPos::Center, v));
            root.draw(&Text::new(label(bar, currency), (x, y), style))
                .ok()?;
            // On narrow charts the names alternate between two rows so long ones never touch.
            let (_, base) = chart.backend_coord(&(SegmentValue::CenterOf(i), 0.0));
            let row = if narrow && i % 2 == 1 { 14 } else { 0 };
            let style = frame::text(font, Ink::Muted).pos(Pos::new(HPos::Center, VPos::Top));
            root.draw(&Text::new(bar.name, (x, base + 8 + row), style))
                .ok()?;
        }
        Some(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn movements(figures: [&str; 4]) -> Movements {
        let [start, expansion, contraction, churn] = figures.map(|f| Decimal::from_str(f).unwrap());
        Movements {
            start,
            expansion,
            contraction,
            churn,
        }
    }

    /// `(height, y)` of each bar, found by its colour and drawing order.
    fn rects(svg: &str) -> Vec<(i32, i32)> {
        let bar_inks = [Ink::You, Ink::Gain, Ink::Loss].map(|i| format!(r#"fill="{}""#, i.hex()));
        svg.split("<rect ")
            .skip(1)
            .filter(|r| bar_inks.iter().any(|ink| r.contains(ink.as_str())))
            .map(|r| {
                let attr = |name: &str| -> i32 {
                    let at = r.find(&format!(r#" {name}=""#)).unwrap() + name.len() + 3;
                    r[at..at + r[at..].find('"').unwrap()].parse().unwrap()
                };
                (attr("height"), attr("y"))
            })
            .collect()
    }

    #[test]
    fn bars_float_between_running_totals() {
        let b = bars(&movements(["250000", "50000", "5000", "20000"])).unwrap();
        let edges: Vec<(String, String)> = b
            .iter()
            .map(|b| (b.from.to_string(), b.to.to_string()))
            .collect();
        assert_eq!(
            edges,
            [
                ("0", "250000"),
                ("250000", "300000"),
                ("295000", "300000"),
                ("275000", "295000"),
                ("0", "275000")
            ]
            .map(|(a, b)| (a.to_string(), b.to_string()))
        );
        assert_eq!(b[2].amount.to_string(), "-5000");
    }

    #[test]
    fn bar_heights_are_proportional_to_the_inputs() {
        let b = bars(&movements(["250000", "50000", "5000", "20000"])).unwrap();
        let svg = svg(&b, Currency::Usd, 640).unwrap().svg;
        let heights: Vec<i32> = rects(&svg).iter().map(|r| r.0).collect();
        assert_eq!(heights.len(), 5, "{svg}");
        // Pixels per dollar from the start bar; every other bar within a pixel of its amount.
        let scale = heights[0] as f64 / 250_000.0;
        for (h, amount) in heights
            .iter()
            .zip([250_000.0, 50_000.0, 5_000.0, 20_000.0, 275_000.0])
        {
            assert!((*h as f64 - amount * scale).abs() <= 1.5, "{heights:?}");
        }
        let texts = crate::chart::texts(&svg);
        for label in ["$250K", "+$50K", "−$5K", "−$20K", "$275K", "Contraction"] {
            assert!(
                texts.iter().any(|t| t == label),
                "missing {label} in {texts:?}"
            );
        }
        let narrow = super::svg(&b, Currency::Gbp, 300).unwrap().svg;
        let names = |svg: &str| -> Vec<i32> {
            ["Start", "Expansion", "Contraction"]
                .map(|name| {
                    let end = svg.find(&format!("\n{name}\n</text>")).unwrap();
                    let tag = &svg[svg[..end].rfind("<text").unwrap()..end];
                    let at = tag.find(" y=\"").unwrap() + 4;
                    tag[at..at + tag[at..].find('"').unwrap()].parse().unwrap()
                })
                .to_vec()
        };
        let rows = names(&narrow);
        assert!(
            rows[1] > rows[0] && rows[2] == rows[0],
            "staggered when narrow: {rows:?}"
        );
        let rows = names(&svg);
        assert!(
            rows[1] == rows[0] && rows[2] == rows[0],
            "one row when wide: {rows:?}"
        );
        assert!(crate::chart::texts(&narrow).iter().any(|t| t == "£275K"));
    }

    #[test]
    fn a_total_loss_draws_an_empty_end_bar() {
        let b = bars(&movements(["100", "0", "40", "60"])).unwrap();
        assert_eq!((b[4].from, b[4].to), (Decimal::ZERO, Decimal::ZERO));
        let svg = svg(&b, Currency::Usd, 500).unwrap().svg;
        assert!(svg.contains("revenue bridge") || svg.contains("Revenue bridge"));
        assert!(svg.contains("end $0"));
    }
}
