//! The whole calculator, and the top-level wiring to the page URL.

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

/// The calculator as the page runs it: prefilled from the URL, with the address bar following
/// the figures (once typing pauses) so it is a shareable link.
#[component]
pub fn App() -> impl IntoView {
    let state = CalculatorState::new(&location::current_prefill());
    location::follow_in_address_bar(state.fragment);
    // A shared link opened in the same tab changes only the fragment: load its figures.
    // A fragment with none of ours (an in-page anchor) must not wipe what was typed.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let prefill = location::current_prefill();
        if prefill.has_figures() {
            state.load(&prefill);
        }
    });
    on_cleanup(move || listener.remove());
    view! { <Calculator state /> }
}

/// The calculator for a given state, independent of the URL (what the component tests mount).
#[component]
pub fn Calculator(
    /// The state to show and edit; provided to every component below as context.
    state: CalculatorState,
) -> impl IntoView {
    provide_context(state);
    view! {
        <div class="layout">
            <InputsPanel />
            <ResultsPanel />
            <BenchmarkPanel />
            <ProjectionTable />
            <ChartsSlot />
            <FormulasPanel />
            <SourcesPanel />
        </div>
        <SummaryBar />
    }
}
