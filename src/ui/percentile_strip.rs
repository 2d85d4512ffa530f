//! The chosen peer group's published quantiles on a line, with the user's figure marked.

use crate::calc::benchmarks::strip::StripLayout;
use crate::calc::format;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A strip for one metric. `layout` is `None` while there is nothing to place.
#[component]
pub fn PercentileStrip(
    /// Positions of the published points and of the value.
    layout: Signal<Option<StripLayout>>,
    /// The user's value, in percent, for the marker's label.
    value: Signal<Option<Decimal>>,
    /// What the strip shows, for its accessible name.
    name: &'static str,
) -> impl IntoView {
    move || {
        let strip = layout.get()?;
        let shown = format::percent(value.get()?);
        let described = strip
            .ticks
            .iter()
            .map(|(p, published, _)| format!("P{p} {published}"))
            .collect::<Vec<_>>()
            .join(", ");
        let end = if strip.marker > Decimal::from(80) {
            "strip-marker near-end"
        } else if strip.marker < Decimal::from(20) {
            "strip-marker near-start"
        } else {
            "strip-marker"
        };
        Some(view! {
            <div class="strip" role="img" aria-label=format!("{name}: you at {shown}; published {described}")>
                <div class="strip-track"></div>
                {strip
                    .ticks
                    .into_iter()
                    .map(|(p, published, at)| {
                        view! {
                            <span class="strip-tick" style:left=format!("{at}%") title=published>
                                <span class="strip-label">{format!("P{p}")}</span>
                            </span>
                        }
                    })
                    .collect_view()}
                <span class=end class:clamped=strip.clamped style:left=format!("{}%", strip.marker)>
                    <span class="strip-you">{format!("You {shown}")}</span>
                </span>
            </div>
            <p class="strip-points" aria-hidden="true">{described.replace(", ", " · ")}</p>
        })
    }
}
