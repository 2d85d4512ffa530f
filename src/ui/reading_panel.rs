//! The reading in plain words, the warnings, and the sources behind them.

use crate::calc::reading::SOURCES;
use crate::calc::Analysis;
use crate::html::escape;
use crate::state::CalculatorState;
use leptos::prelude::*;

/// What the figures mean (`reading`, `reading-nrr`, `reading-gap`, `warnings` with one
/// `warning` each); before there are any, what to do next (`results-status`).
#[component]
pub fn ReadingPanel() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    // Escaped markup written in one go: a reactive view per sentence and warning would cost
    // every visitor wasm, and the whole text changes with nearly every keystroke anyway.
    view! { <div class="reading-holder" inner_html=move || state.later(markup)></div> }
}

fn markup(a: &Analysis) -> String {
    let Some(outcome) = &a.outcome else {
        let message = if a.form_error.is_some() || a.field_errors.iter().any(|e| e.is_some()) {
            "Results appear once all four figures are valid amounts."
        } else {
            "Results appear as you type."
        };
        return format!(r#"<p class="status" data-testid="results-status">{message}</p>"#);
    };
    let (nrr_text, gap_text) = match &outcome.reading {
        Some(r) => (escape(&r.nrr_text), escape(&r.gap_text)),
        None => (
            "These rates compound past what can be computed exactly over a year.".to_string(),
            String::new(),
        ),
    };
    let mut html = format!(
        r#"<div class="reading" data-testid="reading"><p data-testid="reading-nrr">{nrr_text}</p><p data-testid="reading-gap">{gap_text}</p>"#
    );
    if !outcome.warnings.is_empty() {
        html.push_str(r#"<ul class="warnings" data-testid="warnings">"#);
        for w in &outcome.warnings {
            html.push_str(&format!(
                r#"<li data-testid="warning">{}</li>"#,
                escape(&w.to_string())
            ));
        }
        html.push_str("</ul>");
    }
    html.push_str(&format!(
        r#"<p class="sources">Sources: {}</p></div>"#,
        escape(SOURCES)
    ));
    html
}
