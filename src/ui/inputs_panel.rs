//! The four figures, the currency, the cross-field error and the share link.

use super::amount_field::AmountField;
use super::choice_picker::ChoicePicker;
use super::share_link::ShareLink;
use crate::calc::{Currency, Field, Period};
use crate::state::{calculator::Choice, CalculatorState};
use leptos::prelude::*;

/// The input side of the page. There is no submit: results follow every keystroke.
#[component]
pub fn InputsPanel() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let form_error = move || state.analysis.with(|a| a.form_error.map(|e| e.to_string()));
    let periods = Period::ALL
        .map(|p| (p.key(), p.choice_label().to_string()))
        .to_vec();
    let currencies = Currency::ALL
        .map(|c| (c.code(), format!("{} {}", c.symbol(), c.code())))
        .to_vec();
    view! {
        <section class="panel inputs" aria-labelledby="inputs-title">
            <h2 id="inputs-title">"One period of your existing customers' MRR"</h2>
            <p class="intro">
                "Type amounts the way you write them: 250,000 · $12.5k · 1.2M. All four cover "
                "the same customers over the same period."
            </p>
            <form class="fields" novalidate on:submit=|ev| ev.prevent_default()>
                <ChoicePicker
                    id="input-period"
                    label="Period the figures cover"
                    options=periods
                    selected=Signal::derive(move || state.period.get().key())
                    on_pick=Callback::new(move |key: String| state.pick(Choice::Period, &key))
                />
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
                <ChoicePicker
                    id="input-currency"
                    label="Currency"
                    options=currencies
                    selected=Signal::derive(move || state.currency.get().code())
                    on_pick=Callback::new(move |code: String| state.pick(Choice::Currency, &code))
                />
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
