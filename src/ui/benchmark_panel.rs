//! Where the annual NRR and GRR stand among a chosen peer group.

use super::choice_picker::ChoicePicker;
use super::percentile_strip::PercentileStrip;
use crate::calc::benchmarks::percentile::Standing;
use crate::calc::benchmarks::{Distribution, PEER_GROUPS};
use crate::calc::reading::AnnualRates;
use crate::calc::{format, Period};
use crate::chart::strip::layout;
use crate::state::{calculator::Choice, CalculatorState};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The peer-group picker (`input-peer-group`), the NRR and GRR percentiles
/// (`result-percentile`, `result-grr-percentile`) and their strips.
#[component]
pub fn BenchmarkPanel() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let groups = PEER_GROUPS
        .iter()
        .map(|g| (g.key, capitalise(g.label)))
        .collect::<Vec<_>>();
    // Everything here follows the analysis a frame late (see `CalculatorState::later`).
    let annual = move |pick: fn(&AnnualRates) -> Decimal| {
        Signal::derive(move || state.later(|a| a.outcome.as_ref()?.annual.as_ref().map(pick)))
    };
    let nrr = annual(|a| a.nrr);
    let grr = annual(|a| a.grr);
    let nrr_standing = Signal::derive(move || state.later(|a| a.outcome.as_ref()?.nrr_standing));
    let grr_standing = Signal::derive(move || state.later(|a| a.outcome.as_ref()?.grr_standing));
    // Single published figures (filings, lone medians) are reference marks, never part of
    // the distribution the percentile is read from.
    let nrr_strip = Signal::derive(move || {
        let group = state.peer.get();
        layout(group.nrr, nrr.get()?, &group.reference_points())
    });
    let grr_strip = Signal::derive(move || layout(state.peer.get().grr?, grr.get()?, &[]));
    let text = move |standing: Option<Standing>, table: Option<&'static Distribution>| {
        let group = state.peer.get();
        match (standing, table) {
            (Some(s), Some(t)) => s.describe(group.label, &t.citation()),
            (None, None) => format!("No GRR distribution is published for {}.", group.label),
            _ => "—".to_string(),
        }
    };
    view! {
        <section class="panel benchmarks" aria-labelledby="benchmarks-title">
            <h2 id="benchmarks-title">"Against peers"</h2>
            <ChoicePicker
                id="input-peer-group"
                label="Compare with"
                options=groups
                selected=Signal::derive(move || state.peer.get().key)
                on_pick=Callback::new(move |key: String| state.pick(Choice::Peer, &key))
            />
            <dl class="standings">
                <dt>"NRR"</dt>
                <dd
                    data-testid="result-percentile"
                    data-value=move || nrr_standing.get().map(|s| format::exact(s.percentile()))
                >
                    {move || text(nrr_standing.get(), Some(state.peer.get().nrr))}
                </dd>
                <dd class="strip-holder">
                    <PercentileStrip layout=nrr_strip value=nrr name="NRR against peers" />
                </dd>
                <dt>"GRR"</dt>
                <dd
                    data-testid="result-grr-percentile"
                    data-value=move || grr_standing.get().map(|s| format::exact(s.percentile()))
                >
                    {move || {
                        let table = state.peer.get().grr;
                        if table.is_none() && nrr.get().is_none() { "—".to_string() } else { text(grr_standing.get(), table) }
                    }}
                </dd>
                <dd class="strip-holder">
                    <PercentileStrip layout=grr_strip value=grr name="GRR against peers" />
                </dd>
            </dl>
            <p class="note">
                {move || match state.period.get() {
                    Period::Year => "Percentiles are interpolated between the published points; beyond them we say so rather than guess.",
                    _ => "Benchmarks are annual cohorts, so your figures are compared as annualised estimates. Percentiles are interpolated between the published points.",
                }}
            </p>
        </section>
    }
}

/// Labels start with an ASCII letter; `char::to_uppercase` would link Unicode case tables.
fn capitalise(label: &str) -> String {
    let mut text = label.to_string();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}
