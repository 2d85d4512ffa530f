//! The formulas, worked with the user's figures.

use crate::calc::formulas::formulas;
use crate::state::CalculatorState;
use leptos::prelude::*;

/// Every formula in its general form, and with the figures once there is a result.
#[component]
pub fn FormulasPanel() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let lines = move || {
        let currency = state.currency.get();
        state
            .analysis
            .with(|a| formulas(a.outcome.as_ref().map(|o| &o.metrics), currency))
    };
    view! {
        <section class="panel formulas" aria-labelledby="formulas-title">
            <h2 id="formulas-title">"How it's calculated"</h2>
            <dl data-testid="formulas">
                {move || {
                    lines()
                        .into_iter()
                        .map(|f| {
                            view! {
                                <div>
                                    <dt>{f.name}</dt>
                                    <dd>
                                        <code>{f.general}</code>
                                        {f.worked.map(|w| view! { <span class="worked">"= " {w}</span> })}
                                    </dd>
                                </div>
                            }
                        })
                        .collect_view()
                }}
            </dl>
            <p class="note">
                "All arithmetic is exact decimal arithmetic (28 significant digits), run in your browser. Figures are rounded only for display."
            </p>
        </section>
    }
}
