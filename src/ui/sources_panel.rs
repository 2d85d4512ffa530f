//! Every data set behind the comparison, with its source, year, population and method.

use crate::calc::benchmarks::{Distribution, Metric, MARKERS, PEER_GROUPS, SINGLE_MEDIANS};
use crate::calc::reading::SOURCES;
use crate::html::escape;
use leptos::prelude::*;

/// The sources and the method; the list is collapsed by default.
#[component]
pub fn SourcesPanel() -> impl IntoView {
    view! {
        <section class="panel source-panel" aria-labelledby="sources-title">
            <h2 id="sources-title">"Sources and method"</h2>
            <p>
                "A percentile is read off each source's own published points by straight-line "
                "interpolation between neighbours. Below the lowest or above the highest published "
                "point we say \"below\" or \"above\" instead of inventing a tail. Sources are never "
                "blended: each comparison names its one source and year."
            </p>
            // Static, compile-time content: written once as escaped markup rather than as a
            // reactive view tree, which would cost every visitor wasm for text that never changes.
            <details data-testid="sources" inner_html=sources_html()></details>
        </section>
    }
}

/// Each distinct distribution once, in peer-group order.
fn distributions() -> Vec<&'static Distribution> {
    let mut tables: Vec<&'static Distribution> = Vec::new();
    for table in PEER_GROUPS
        .iter()
        .flat_map(|g| std::iter::once(g.nrr).chain(g.grr))
    {
        if !tables.iter().any(|t| std::ptr::eq(*t, table)) {
            tables.push(table);
        }
    }
    tables
}

fn sources_html() -> String {
    let tables = distributions();
    let mut html = format!(
        "<summary>The {} data sets</summary><ul class=\"source-list\">",
        tables.len()
    );
    for t in tables {
        let metric = match t.metric {
            Metric::Nrr => "NRR",
            Metric::Grr => "GRR",
        };
        let reported = t
            .reported_by
            .map(|r| format!(" (as reported by {r})"))
            .unwrap_or_default();
        let points = t
            .points
            .iter()
            .map(|p| format!("P{} {}", p.percentile, p.published))
            .collect::<Vec<_>>()
            .join(" · ");
        html.push_str(&format!(
            "<li><strong>{}</strong>{}<br>{}. {}<br><span class=\"points\">{}</span></li>",
            escape(&format!("{} {metric}", t.citation())),
            escape(&reported),
            escape(t.population),
            escape(t.method),
            escape(&points)
        ));
    }
    html.push_str("</ul><p>Public companies' latest disclosed NRR, marked on the public group's strip, never part of a distribution (filings compiled by SubJolt, 2026):</p><ul class=\"markers\">");
    for m in &MARKERS {
        html.push_str(&format!("<li>{}</li>", escape(&m.label())));
    }
    html.push_str("</ul><p>Single published medians, marked on the private group's strip:</p><ul class=\"markers\">");
    for m in &SINGLE_MEDIANS {
        html.push_str(&format!("<li>{}</li>", escape(&m.label())));
    }
    html.push_str(&format!(
        "</ul><p class=\"note\">Reading: {}</p>",
        escape(SOURCES)
    ));
    html
}
