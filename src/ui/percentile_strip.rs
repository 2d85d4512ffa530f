//! The chosen peer group's published quantiles on a line, with the user's figure marked.

use crate::calc::format;
use crate::chart::strip::{svg, StripLayout};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A strip for one metric, drawn as inline SVG, with its text equivalent.
#[component]
pub fn PercentileStrip(
    /// Positions of the published points and of the value; `None` while there is nothing to place.
    layout: Signal<Option<StripLayout>>,
    /// The user's value, in percent, for the marker's label.
    value: Signal<Option<Decimal>>,
    /// What the strip shows, for its accessible name.
    name: &'static str,
) -> impl IntoView {
    move || {
        let strip = layout.get()?;
        let you = format!("You {}", format::percent(value.get()?));
        let published = strip
            .ticks
            .iter()
            .map(|(p, text, _)| format!("P{p} {text}"))
            .collect::<Vec<_>>()
            .join(" · ");
        let references = strip
            .references
            .iter()
            .map(|(label, _)| label.as_str())
            .collect::<Vec<_>>()
            .join(" · ");
        let (label, legend) = match references.is_empty() {
            true => (format!("{name}: {you}; published {published}"), published),
            false => (
                format!("{name}: {you}; published {published}; marked {references}"),
                format!("{published}. Grey marks: {references}"),
            ),
        };
        Some(view! {
            <div class="strip" role="img" aria-label=label inner_html=svg(&strip, &you)></div>
            <p class="strip-points" aria-hidden="true">{legend}</p>
        })
    }
}
