//! The supporting figures under the headline.

use super::metric_value::{MetricValue, Unit};
use crate::state::CalculatorState;
use leptos::prelude::*;

/// Expansion rate, gross and net revenue churn, the NRR − GRR gap and ending MRR.
///
/// Written out row by row on purpose: a table of `(label, note, id, fn, unit)` rendered in a
/// loop measured 245 bytes of brotli larger.
#[component]
pub fn MetricsList() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    view! {
        <dl class="metrics">
            <div>
                <dt>"Expansion rate"</dt>
                <MetricValue testid="result-expansion-rate" value=state.metric(|m| m.expansion_rate) unit=Unit::Percent />
            </div>
            <div>
                <dt>"Gross revenue churn"</dt>
                <MetricValue testid="result-gross-churn" value=state.metric(|m| m.gross_churn) unit=Unit::Percent />
            </div>
            <div>
                <dt>
                    "Net revenue churn"
                    <span class="note">"negative = the base grew"</span>
                </dt>
                <MetricValue testid="result-net-churn" value=state.metric(|m| m.net_churn) unit=Unit::Percent />
            </div>
            <div>
                <dt>
                    "NRR − GRR gap"
                    <span class="note">"what expansion adds"</span>
                </dt>
                <MetricValue testid="result-gap" value=state.metric(|m| m.gap) unit=Unit::Points />
            </div>
            <div>
                <dt>"Ending MRR"</dt>
                <MetricValue testid="result-ending-mrr" value=state.metric(|m| m.ending_mrr) unit=Unit::Money />
            </div>
        </dl>
    }
}
