//! The calculator's panels, composed: in stages for the page (see [`super::mount`]), all at
//! once for the component tests.

use super::benchmark_panel::BenchmarkPanel;
use super::charts_slot::ChartsSlot;
use super::formulas_panel::FormulasPanel;
use super::inputs_panel::InputsPanel;
use super::projection_table::ProjectionTable;
use super::results_panel::ResultsPanel;
use super::sources_panel::SourcesPanel;
use super::summary_bar::SummaryBar;
use crate::state::{location, CalculatorState};
use leptos::prelude::*;

/// Ties the state to the page URL: the address bar follows the figures (once typing pauses)
/// so it is a shareable link, and a shared link opened in the same tab loads its figures.
pub fn follow_url(state: CalculatorState) {
    location::follow_in_address_bar(state.fragment);
    if crate::embed::in_element() {
        return; // the host page's address is not ours
    }
    // A fragment with none of ours (an in-page anchor) must not wipe what was typed.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let prefill = location::current_prefill();
        if prefill.has_figures() {
            state.load(&prefill);
        }
    });
    on_cleanup(move || listener.remove());
}

/// The first stage: where the figures are typed.
pub fn inputs_stage(state: CalculatorState) -> impl IntoView {
    provide_context(state);
    view! { <InputsPanel /> }
}

/// The second stage: the result.
pub fn results_stage(state: CalculatorState) -> impl IntoView {
    provide_context(state);
    view! { <ResultsPanel /> }
}

/// The third stage: the comparison with peers.
pub fn peers_stage(state: CalculatorState) -> impl IntoView {
    provide_context(state);
    view! { <BenchmarkPanel /> }
}

/// The last stage: everything further down the page.
pub fn lower_stage(state: CalculatorState) -> impl IntoView {
    provide_context(state);
    view! {
        <ProjectionTable />
        <ChartsSlot />
        <FormulasPanel />
        <SourcesPanel />
        <SummaryBar />
    }
}

/// The whole calculator for a given state in one go, independent of the URL (what the
/// component tests mount).
#[component]
pub fn Calculator(
    /// The state to show and edit; provided to every component below as context.
    state: CalculatorState,
) -> impl IntoView {
    view! {
        <div class="layout">
            {inputs_stage(state)}
            {results_stage(state)}
            {peers_stage(state)}
            {lower_stage(state)}
        </div>
    }
}
