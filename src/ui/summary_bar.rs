//! On a phone the results sit a screen below the inputs: this bar keeps NRR and GRR in view
//! while typing. Hidden from assistive technology, which hears the results announced instead.

use crate::state::CalculatorState;
use leptos::prelude::*;

/// A sticky one-line NRR / GRR summary, shown by CSS on narrow screens only.
#[component]
pub fn SummaryBar() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    // One text node: each extra reactive element here costs wasm on every visit.
    move || {
        state.summary_line().map(|text| {
            view! {
                <a class="summary-bar" href="#results-title" aria-hidden="true" tabindex="-1">
                    {text}
                </a>
            }
        })
    }
}
