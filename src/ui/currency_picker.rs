//! The currency results are labelled in.

use crate::calc::Currency;
use crate::state::CalculatorState;
use leptos::prelude::*;

/// A select of [`Currency::ALL`] (`data-testid="input-currency"`). It relabels, never converts.
#[component]
pub fn CurrencyPicker() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    view! {
        <div class="field field-inline">
            <label for="input-currency">"Currency"</label>
            <select
                id="input-currency"
                data-testid="input-currency"
                name="currency"
                prop:value=move || state.currency.get().code()
                on:change=move |ev| {
                    if let Some(currency) = Currency::from_code(&event_target_value(&ev)) {
                        state.currency.set(currency);
                    }
                }
            >
                {Currency::ALL
                    .map(|c| {
                        view! {
                            <option value=c.code() selected=move || state.currency.get() == c>
                                {format!("{} {}", c.symbol(), c.code())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
