//! On a phone the results sit a screen below the inputs: this bar keeps NRR and GRR in view
//! while typing. Hidden from assistive technology, which hears the results region instead.

use crate::calc::{format, Period};
use crate::state::CalculatorState;
use leptos::prelude::*;

/// A sticky one-line NRR / GRR summary, shown by CSS on narrow screens only.
#[component]
pub fn SummaryBar() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let figures = move || {
        state.analysis.with(|a| {
            a.outcome.as_ref().map(|o| {
                (
                    format::percent(o.metrics.nrr),
                    format::percent(o.metrics.grr),
                )
            })
        })
    };
    move || {
        figures().map(|(nrr, grr)| {
            view! {
                <a class="summary-bar" href="#results-title" aria-hidden="true" tabindex="-1">
                    <span>"NRR " <strong>{nrr}</strong></span>
                    <span>"GRR " <strong>{grr}</strong></span>
                    {move || match state.period.get() {
                        Period::Month => Some(view! { <span class="summary-per">"per month"</span> }),
                        Period::Quarter => Some(view! { <span class="summary-per">"per quarter"</span> }),
                        Period::Year => None,
                    }}
                    <span class="summary-more">"Results ↓"</span>
                </a>
            }
        })
    }
}
