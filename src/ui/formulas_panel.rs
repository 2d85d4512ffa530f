//! The formulas, worked with the user's figures.

use crate::calc::formulas::formulas;
use crate::html::escape;
use crate::state::CalculatorState;
use leptos::prelude::*;

/// Every formula in its general form, and with the figures once there is a result.
#[component]
pub fn FormulasPanel() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    // Written as escaped markup in one go: a reactive row per formula would cost every
    // visitor wasm, and each keystroke a rebuild of six rows anyway.
    let rows = move || {
        let currency = state.currency.get();
        let lines = state.later(|a| formulas(a.outcome.as_ref().map(|o| &o.metrics), currency));
        let mut html = String::new();
        for f in lines {
            html.push_str(&format!(
                "<div><dt>{}</dt><dd><code>{}</code>",
                f.name,
                escape(f.general)
            ));
            if let Some(worked) = f.worked {
                html.push_str(&format!(
                    r#"<span class="worked">= {}</span>"#,
                    escape(&worked)
                ));
            }
            html.push_str("</dd></div>");
        }
        html
    };
    view! {
        <section class="panel formulas" aria-labelledby="formulas-title">
            <h2 id="formulas-title">"How it's calculated"</h2>
            <dl data-testid="formulas" inner_html=rows></dl>
            <p class="note">
                "All arithmetic is exact decimal arithmetic (28 significant digits), run in your browser. Figures are rounded only for display."
            </p>
        </section>
    }
}
