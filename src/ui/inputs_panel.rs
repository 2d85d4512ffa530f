//! The four figures, the currency, the cross-field error and the share link.

use super::amount_field::AmountField;
use super::currency_picker::CurrencyPicker;
use super::share_link::ShareLink;
use crate::calc::Field;
use crate::state::CalculatorState;
use leptos::prelude::*;

/// The input side of the page. There is no submit: results follow every keystroke.
#[component]
pub fn InputsPanel() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let form_error = move || state.analysis.with(|a| a.form_error.map(|e| e.to_string()));
    view! {
        <section class="panel inputs" aria-labelledby="inputs-title">
            <h2 id="inputs-title">"One period of your existing customers' MRR"</h2>
            <p class="intro">
                "Type amounts the way you write them: 250,000 · $12.5k · 1.2M. Use the same "
                "customers and period (usually 12 months) for all four."
            </p>
            <form class="fields" novalidate on:submit=|ev| ev.prevent_default()>
                <AmountField
                    field=Field::Start
                    label="Starting MRR"
                    help="Recurring revenue from these customers at the start of the period."
                />
                <AmountField
                    field=Field::Expansion
                    label="Expansion MRR"
                    help="Added by the same customers: upgrades, seats, cross-sells. 0 if none."
                />
                <AmountField
                    field=Field::Contraction
                    label="Contraction MRR"
                    help="Lost to downgrades by customers who stayed. 0 if none."
                />
                <AmountField
                    field=Field::Churn
                    label="Churned MRR"
                    help="Lost to customers who cancelled. 0 if none."
                />
                <CurrencyPicker />
            </form>
            {move || {
                form_error()
                    .map(|message| {
                        view! {
                            <p data-testid="error-form" class="error form-error" role="alert">
                                {message}
                            </p>
                        }
                    })
            }}
            <ShareLink />
        </section>
    }
}
