//! Every data set behind the comparison, with its source, year, population and method.

use crate::calc::benchmarks::{Distribution, Metric, MARKERS, PEER_GROUPS};
use crate::calc::reading::SOURCES;
use leptos::prelude::*;

/// The sources and the method, collapsed by default.
#[component]
pub fn SourcesPanel() -> impl IntoView {
    let mut tables: Vec<&'static Distribution> = Vec::new();
    for table in PEER_GROUPS
        .iter()
        .flat_map(|g| std::iter::once(g.nrr).chain(g.grr))
    {
        if !tables.iter().any(|t| std::ptr::eq(*t, table)) {
            tables.push(table);
        }
    }
    view! {
        <section class="panel source-panel" aria-labelledby="sources-title">
            <h2 id="sources-title">"Sources and method"</h2>
            <p>
                "A percentile is read off each source's own published points by straight-line "
                "interpolation between neighbours. Below the lowest or above the highest published "
                "point we say \"below\" or \"above\" instead of inventing a tail. Sources are never "
                "blended: each comparison names its one source and year."
            </p>
            <details data-testid="sources">
                <summary>{format!("The {} data sets", tables.len())}</summary>
                <ul class="source-list">
                    {tables.into_iter().map(|t| view! {
                        <li>
                            <strong>{format!("{} {}", t.citation(), metric_name(t.metric))}</strong>
                            {t.reported_by.map(|r| format!(" (as reported by {r})"))}
                            <br />{t.population}". "{t.method}
                            <br /><span class="points">{points(t)}</span>
                        </li>
                    }).collect_view()}
                </ul>
                <p>"Public companies' latest disclosed NRR, shown for reference, not as a distribution (filings compiled by SubJolt, 2026):"</p>
                <ul class="markers">
                    {MARKERS.iter().map(|m| view! { <li>{format!("{} {} ({})", m.company, m.published, m.period)}</li> }).collect_view()}
                </ul>
                <p class="note">"Reading: "{SOURCES}</p>
            </details>
        </section>
    }
}

fn metric_name(metric: Metric) -> &'static str {
    match metric {
        Metric::Nrr => "NRR",
        Metric::Grr => "GRR",
    }
}

fn points(t: &Distribution) -> String {
    t.points
        .iter()
        .map(|p| format!("P{} {}", p.percentile, p.published))
        .collect::<Vec<_>>()
        .join(" · ")
}
