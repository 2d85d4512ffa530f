//! On a phone the results sit a screen below the inputs: this bar keeps NRR and GRR in view
//! while typing. Hidden from assistive technology, which hears the results region instead.

use crate::calc::{format, Period};
use crate::state::CalculatorState;
use leptos::prelude::*;

/// A sticky one-line NRR / GRR summary, shown by CSS on narrow screens only.
#[component]
pub fn SummaryBar() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    // One text node: each extra reactive element here costs wasm on every visit.
    let summary = move || {
        let per = match state.period.get() {
            Period::Month => " per month",
            Period::Quarter => " per quarter",
            Period::Year => "",
        };
        state.analysis.with(|a| {
            let m = &a.outcome.as_ref()?.metrics;
            Some(format!(
                "NRR {} · GRR {}{per}",
                format::percent(m.nrr),
                format::percent(m.grr)
            ))
        })
    };
    move || {
        summary().map(|text| {
            view! {
                <a class="summary-bar" href="#results-title" aria-hidden="true" tabindex="-1">
                    {text}
                </a>
            }
        })
    }
}
