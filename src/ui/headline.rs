//! The two numbers people came for: NRR and GRR, with the band each falls in.

use super::metric_value::{MetricValue, Unit};
use crate::calc::reading::NrrBand;
use crate::calc::Period;
use crate::state::CalculatorState;
use leptos::prelude::*;

/// NRR and GRR, large.
#[component]
pub fn Headline() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let band = move || {
        state.analysis.with(|a| {
            a.outcome.as_ref()?.reading.as_ref().map(|r| match r.band {
                NrrBand::Shrinking => ("Shrinking", "band-bad"),
                NrrBand::Flat => ("Flat", "band-neutral"),
                NrrBand::Healthy => ("Healthy", "band-good"),
                NrrBand::Excellent => ("Excellent", "band-great"),
            })
        })
    };
    let per = move || match state.period.get() {
        Period::Year => String::new(),
        period => format!(" ({})", period.per()),
    };
    let annual_label = move || match state.period.get() {
        Period::Year => "Annual: ",
        _ => "Annualised estimate: ",
    };
    view! {
        <dl class="headline">
            <div class="headline-card">
                <dt>"Net revenue retention" {per}</dt>
                <MetricValue testid="result-nrr" value=state.metric(|m| m.nrr) unit=Unit::Percent class="big" />
                {move || band().map(|(label, class)| view! { <dd class=format!("band {class}")>{label}</dd> })}
                <dd class="annual">
                    {annual_label}
                    <MetricValue testid="result-nrr-annualised" value=state.annual(|a| a.nrr) unit=Unit::Percent inline=true />
                </dd>
            </div>
            <div class="headline-card">
                <dt>"Gross revenue retention" {per}</dt>
                <MetricValue testid="result-grr" value=state.metric(|m| m.grr) unit=Unit::Percent class="big" />
                <dd class="band band-neutral">"Capped at 100%"</dd>
                <dd class="annual">
                    {annual_label}
                    <MetricValue testid="result-grr-annualised" value=state.annual(|a| a.grr) unit=Unit::Percent inline=true />
                </dd>
            </div>
        </dl>
    }
}
