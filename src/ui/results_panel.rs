//! The results region, and what a screen reader hears of it.

use super::headline::Headline;
use super::metrics_list::MetricsList;
use super::reading_panel::ReadingPanel;
use crate::state::pause::AfterPause;
use crate::state::CalculatorState;
use leptos::prelude::*;
use std::time::Duration;

/// How long typing must pause before the result is announced: a screen reader should hear
/// the settled figures, not one announcement a keystroke.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(800);

/// Headline figures, reading and supporting metrics, with a polite live region
/// (`data-testid="results-announcement"`) that reads out NRR and GRR once typing pauses.
#[component]
pub fn ResultsPanel() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let announcement = RwSignal::new(String::new());
    let pause = AfterPause::new(ANNOUNCE_AFTER);
    Effect::new(move |_| {
        let line = state.summary_line().unwrap_or_default();
        pause.schedule(move || announcement.set(line));
    });
    view! {
        <section class="panel results" aria-labelledby="results-title">
            <h2 id="results-title">"Results"</h2>
            <p class="sr-only" aria-live="polite" data-testid="results-announcement">
                {move || announcement.get()}
            </p>
            <Headline />
            <ReadingPanel />
            <MetricsList />
        </section>
    }
}
