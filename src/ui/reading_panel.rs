//! The reading in plain words, the warnings, and the sources behind them.

use crate::calc::reading::SOURCES;
use crate::state::CalculatorState;
use leptos::either::Either;
use leptos::prelude::*;

/// What the figures mean; before there are any, what to do next.
#[component]
pub fn ReadingPanel() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    move || {
        state.analysis.with(|a| match &a.outcome {
            Some(outcome) => {
                let warnings = outcome.warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>();
                let (nrr_text, gap_text) = match &outcome.reading {
                    Some(r) => (r.nrr_text.clone(), r.gap_text.clone()),
                    None => ("These rates compound past what can be computed exactly over a year.".to_string(), String::new()),
                };
                Either::Left(view! {
                    <div class="reading" data-testid="reading">
                        <p data-testid="reading-nrr">{nrr_text}</p>
                        <p data-testid="reading-gap">{gap_text}</p>
                        {(!warnings.is_empty()).then(|| view! {
                            <ul class="warnings" data-testid="warnings">
                                {warnings.into_iter().map(|w| view! { <li data-testid="warning">{w}</li> }).collect_view()}
                            </ul>
                        })}
                        <p class="sources">"Sources: " {SOURCES}</p>
                    </div>
                })
            }
            None => {
                let message = if a.form_error.is_some() || a.field_errors.iter().any(|e| e.is_some()) {
                    "Results appear once all four figures are valid amounts."
                } else {
                    "Results appear as you type."
                };
                Either::Right(view! { <p class="status" data-testid="results-status">{message}</p> })
            }
        })
    }
}
