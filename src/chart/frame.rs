//! What every plotters chart shares: its size, its text style, a legend laid out without
//! measuring text, and the accessible wrapper around plotters' SVG.
//!
//! Plotters measures text through the DOM on wasm (a `span` with a `style` attribute, which
//! the page's CSP refuses). Only three things ask it to: captions, labels right of a chart
//! and series legends. These charts use none of them; [`legend`] lays out its own entries.

use super::palette::Ink;
use crate::html::escape;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The narrowest and widest a chart is drawn, in CSS pixels.
pub const WIDTHS: (u32, u32) = (240, 1200);

/// Plotters' font size for labels (written as `size ÷ 1.24` px, about 12 px).
pub const LABEL_FONT: u32 = 15;

/// Space left of the legend, in line with the chart's margin.
const LEGEND_INSET: u32 = 8;

/// Height of one legend row.
const LEGEND_ROW: u32 = 20;

/// A chart's size in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Width, within [`WIDTHS`].
    pub width: u32,
    /// Height.
    pub height: u32,
}

impl Size {
    /// A chart as wide as its container (within [`WIDTHS`]), `ratio` percent as tall,
    /// and never shorter than `min_height`.
    pub fn fit(container: u32, ratio: u32, min_height: u32) -> Size {
        let width = container.clamp(WIDTHS.0, WIDTHS.1);
        Size {
            width,
            height: (width * ratio / 100).max(min_height),
        }
    }

    /// Whether labels should take their short form.
    pub fn is_narrow(self) -> bool {
        self.width < 480
    }

    /// Label size: a notch smaller on phones, where five bar labels share 200 pixels.
    pub fn label_font(self) -> u32 {
        if self.width < 360 {
            LABEL_FONT - 2
        } else {
            LABEL_FONT
        }
    }
}

/// A decimal as a drawing coordinate: positions only, never a figure shown to anyone.
pub fn pixels(value: rust_decimal::Decimal) -> f64 {
    use rust_decimal::prelude::ToPrimitive;
    value.to_f64().unwrap_or(0.0)
}

/// Text in a role's colour at `size` (plotters' units).
pub fn text(size: u32, ink: Ink) -> TextStyle<'static> {
    ("sans-serif", size).into_font().color(&ink.key())
}

/// How a legend entry is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// A solid line.
    Line,
    /// A dashed line.
    Dashed,
    /// A filled square.
    Block,
}

/// One legend entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its colour.
    pub ink: Ink,
    /// Its mark.
    pub mark: Mark,
    /// Its text.
    pub label: String,
}

/// Roughly how wide `label` is at [`LABEL_FONT`]: a generous 7 px a character, so entries
/// never overlap however the browser's sans-serif is metered.
fn estimated_width(label: &str) -> u32 {
    label.chars().count() as u32 * 7
}

/// Where each entry goes: `(row, x)`, wrapping rows to fit `width`.
pub fn legend_layout(entries: &[Entry], width: u32) -> Vec<(u32, u32)> {
    let (mut row, mut x) = (0, LEGEND_INSET);
    entries
        .iter()
        .map(|entry| {
            let span = 26 + estimated_width(&entry.label) + 18;
            if x > LEGEND_INSET && x + span > width {
                (row, x) = (row + 1, LEGEND_INSET);
            }
            let at = (row, x);
            x += span;
            at
        })
        .collect()
}

/// Height a legend of `entries` needs at `width`.
pub fn legend_height(entries: &[Entry], width: u32) -> u32 {
    let rows = legend_layout(entries, width)
        .last()
        .map_or(0, |(row, _)| row + 1);
    rows * LEGEND_ROW + 6
}

/// Draws the legend along the top of `area`.
pub fn legend<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, entries: &[Entry]) -> Option<()> {
    let width = area.dim_in_pixel().0;
    for (entry, (row, x)) in entries.iter().zip(legend_layout(entries, width)) {
        let (x, y) = (x as i32, (row * LEGEND_ROW + LEGEND_ROW / 2) as i32);
        let colour = entry.ink.key();
        match entry.mark {
            Mark::Line => area.draw(&PathElement::new(
                vec![(x, y), (x + 20, y)],
                colour.stroke_width(3),
            )),
            Mark::Dashed => area
                .draw(&PathElement::new(
                    vec![(x, y), (x + 7, y)],
                    colour.stroke_width(2),
                ))
                .and_then(|_| {
                    area.draw(&PathElement::new(
                        vec![(x + 13, y), (x + 20, y)],
                        colour.stroke_width(2),
                    ))
                }),
            Mark::Block => area.draw(&Rectangle::new(
                [(x + 4, y - 6), (x + 16, y + 6)],
                colour.filled(),
            )),
        }
        .ok()?;
        let style = text(LABEL_FONT, Ink::Text).pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(entry.label.clone(), (x + 26, y), style))
            .ok()?;
    }
    Some(())
}

/// A drawn chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// The SVG markup.
    pub svg: String,
    /// The chart in words: its `<desc>`, and the text equivalent shown to screen readers.
    pub text: String,
    /// Its size in pixels.
    pub size: Size,
}

/// Renders a chart into an SVG string with plotters, then makes it accessible: `role="img"`
/// named by its `<title>`, and a `<desc>` (both escaped) for files opened on their own.
pub fn render(
    size: Size,
    id: &str,
    title: &str,
    desc: &str,
    draw: impl FnOnce(&DrawingArea<SVGBackend, Shift>) -> Option<()>,
) -> Option<Chart> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (size.width, size.height)).into_drawing_area();
        root.fill(&Ink::Surface.key()).ok()?;
        draw(&root)?;
        root.present().ok()?;
    }
    let open_end = svg.find('>')?;
    let (open, rest) = svg.split_at(open_end);
    let svg = format!(
        r#"{open} class="chart-svg" role="img" aria-labelledby="{id}-title"><title id="{id}-title">{}</title><desc>{}</desc>{}"#,
        escape(title),
        escape(desc),
        &rest[1..]
    );
    Some(Chart {
        svg,
        text: desc.to_string(),
        size,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(label: &str) -> Entry {
        Entry {
            ink: Ink::You,
            mark: Mark::Line,
            label: label.to_string(),
        }
    }

    #[test]
    fn sizes_follow_the_container_within_bounds() {
        assert_eq!(
            Size::fit(100, 60, 240),
            Size {
                width: 240,
                height: 240
            }
        );
        assert_eq!(
            Size::fit(600, 60, 240),
            Size {
                width: 600,
                height: 360
            }
        );
        assert_eq!(Size::fit(5000, 50, 0).width, 1200);
    }

    #[test]
    fn legend_wraps_instead_of_overflowing() {
        let entries = [
            entry("You: 110%"),
            entry("Peers' median: 103%"),
            entry("Flat 100%"),
        ];
        assert_eq!(legend_layout(&entries, 900), [(0, 8), (0, 115), (0, 292)]);
        let narrow = legend_layout(&entries, 280);
        assert_eq!(narrow, [(0, 8), (1, 8), (2, 8)]);
        assert!(narrow
            .iter()
            .zip(&entries)
            .all(|((_, x), e)| x + 44 + estimated_width(&e.label) <= 280));
        assert_eq!(legend_height(&entries, 280), 66);
    }

    #[test]
    fn render_wraps_plotters_output_with_an_escaped_title_and_description() {
        let chart = render(Size::fit(400, 50, 0), "c", "A <b>", "x & y", |_| Some(())).unwrap();
        let svg = chart.svg;
        assert_eq!((chart.text.as_str(), chart.size.height), ("x & y", 200));
        assert!(
            svg.starts_with(r#"<svg width="400" height="200" viewBox="0 0 400 200""#),
            "{svg}"
        );
        assert!(svg.contains(r#"role="img" aria-labelledby="c-title"><title id="c-title">A &lt;b&gt;</title><desc>x &amp; y</desc>"#));
        assert!(svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains(&format!(r#"fill="{}""#, Ink::Surface.hex())));
    }
}
