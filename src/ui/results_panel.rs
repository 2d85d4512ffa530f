//! The results region, announced politely to screen readers as it changes.

use super::headline::Headline;
use super::metrics_list::MetricsList;
use super::reading_panel::ReadingPanel;
use leptos::prelude::*;

/// Headline figures, reading and supporting metrics in one `aria-live` region.
#[component]
pub fn ResultsPanel() -> impl IntoView {
    view! {
        <section class="panel results" aria-labelledby="results-title" aria-live="polite">
            <h2 id="results-title">"Results"</h2>
            <Headline />
            <ReadingPanel />
            <MetricsList />
        </section>
    }
}
