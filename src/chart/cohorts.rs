//! The cohort heatmap: a row per cohort (customers by their first month, or quarter, with
//! revenue), a column per age (3, 6, 12, 24 months), each cell shaded by the share of the
//! cohort's first-month MRR it still brings in.

use super::frame::{self, Chart, Size};
use super::palette::Ink;
use crate::calc::format::percent;
use crate::import::analyse::{Cohort, COHORT_OFFSETS};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rust_decimal::prelude::ToPrimitive;

const ROW: u32 = 26;
const HEADER: u32 = 30;
const LABEL: u32 = 96;

/// How strongly a cell is shaded: from faint (nothing retained) to full (150 % and above).
pub fn shade(retained_percent: f64) -> f64 {
    0.08 + 0.92 * (retained_percent / 150.0).clamp(0.0, 1.0)
}

/// The heatmap at `container` pixels wide; `None` without cohorts.
pub fn svg(cohorts: &[Cohort], quarterly: bool, container: u32) -> Option<Chart> {
    if cohorts.is_empty() {
        return None;
    }
    let width = Size::fit(container, 0, 0).width;
    let size = Size {
        width,
        height: HEADER + ROW * cohorts.len() as u32 + 8,
    };
    let by = if quarterly { "quarter" } else { "month" };
    let rows: Vec<String> = cohorts
        .iter()
        .map(|c| {
            let cells: Vec<String> = COHORT_OFFSETS
                .iter()
                .zip(c.retained)
                .map(|(k, r)| format!("{k} months {}", r.map_or("not yet".to_string(), percent)))
                .collect();
            format!("{}: {}", c.label, cells.join(", "))
        })
        .collect();
    let desc = format!(
        "Revenue retained by cohort (customers by first {by} with revenue), as a share of their \
         first month's MRR. {}.",
        rows.join("; ")
    );
    let font = size.label_font();
    frame::render(
        size,
        "chart-cohorts",
        "Revenue retained by cohort",
        &desc,
        |root| {
            let column = (width - LABEL - 8) / COHORT_OFFSETS.len() as u32;
            let centre = |i: u32| (LABEL + column * i + column / 2) as i32;
            let middle = Pos::new(HPos::Center, VPos::Center);
            for (i, k) in COHORT_OFFSETS.iter().enumerate() {
                let style = frame::text(font, Ink::Muted).pos(middle);
                root.draw(&Text::new(
                    format!("{k} mo"),
                    (centre(i as u32), (HEADER / 2) as i32),
                    style,
                ))
                .ok()?;
            }
            for (r, cohort) in cohorts.iter().enumerate() {
                let top = (HEADER + ROW * r as u32) as i32;
                let label = frame::text(font, Ink::Text).pos(Pos::new(HPos::Left, VPos::Center));
                root.draw(&Text::new(
                    cohort.label.clone(),
                    (8, top + ROW as i32 / 2),
                    label,
                ))
                .ok()?;
                for (i, retained) in cohort.retained.iter().enumerate() {
                    let left = (LABEL + column * i as u32) as i32;
                    let (text, ink) = match retained.and_then(|r| r.to_f64()) {
                        Some(value) => {
                            let alpha = shade(value);
                            let cell = Rectangle::new(
                                [
                                    (left + 2, top + 2),
                                    (left + column as i32 - 2, top + ROW as i32 - 2),
                                ],
                                Ink::You.key().mix(alpha).filled(),
                            );
                            root.draw(&cell).ok()?;
                            let ink = if alpha > 0.55 {
                                Ink::Surface
                            } else {
                                Ink::Text
                            };
                            (percent(retained.unwrap_or_default().round_dp(0)), ink)
                        }
                        None => ("—".to_string(), Ink::Muted),
                    };
                    let style = frame::text(font, ink).pos(middle);
                    root.draw(&Text::new(
                        text,
                        (centre(i as u32), top + ROW as i32 / 2),
                        style,
                    ))
                    .ok()?;
                }
            }
            Some(())
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn cohort(label: &str, retained: [Option<i64>; 4]) -> Cohort {
        Cohort {
            label: label.into(),
            customers: 3,
            base: Decimal::from(100),
            retained: retained.map(|r| r.map(Decimal::from)),
        }
    }

    #[test]
    fn a_row_per_cohort_and_a_shaded_cell_per_age_reached() {
        let chart = svg(
            &[
                cohort("2024-01", [Some(100), Some(90), Some(120), None]),
                cohort("2024-02", [Some(80), None, None, None]),
            ],
            false,
            600,
        )
        .unwrap();
        assert_eq!(chart.size.height, HEADER + 2 * ROW + 8);
        let cells = chart
            .svg
            .matches(&format!(r#"fill="{}""#, Ink::You.hex()))
            .count();
        assert_eq!(cells, 4, "one shaded cell per figure reached");
        for text in ["2024-01", "2024-02", "120%", "80%", "24 mo", "—"] {
            assert!(chart.svg.contains(text), "{text}");
        }
        assert!(
            chart.text.contains(
                "2024-01: 3 months 100%, 6 months 90%, 12 months 120%, 24 months not yet"
            ),
            "{}",
            chart.text
        );
        assert!(svg(&[], false, 600).is_none());
    }

    #[test]
    fn more_retained_is_shaded_more_up_to_a_cap() {
        assert!(shade(0.0) < shade(80.0) && shade(80.0) < shade(120.0));
        assert_eq!(shade(150.0), shade(400.0));
    }
}
