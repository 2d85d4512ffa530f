//! One labelled amount input with its help text and, when invalid, its error.

use crate::calc::Field;
use crate::state::CalculatorState;
use leptos::prelude::*;

/// An input for one of the four MRR figures (`data-testid="input-<key>"`); its error appears
/// as `data-testid="error-<key>"` only while the field is invalid and has been touched.
#[component]
pub fn AmountField(
    /// Which of the four figures this is.
    field: Field,
    /// The visible label.
    label: &'static str,
    /// One line on what belongs in the field.
    help: &'static str,
) -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let key = field.key();
    let input_id = format!("input-{key}");
    let help_id = format!("help-{key}");
    let error_id = format!("error-{key}");
    let text = state.texts[field.index()];
    let error = Memo::new(move |_| state.visible_error(field));
    let described_by = {
        let (help_id, error_id) = (help_id.clone(), error_id.clone());
        move || match error.with(Option::is_some) {
            true => format!("{help_id} {error_id}"),
            false => help_id.clone(),
        }
    };
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=input_id.clone()>{label}</label>
            <input
                id=input_id.clone()
                data-testid=input_id
                name=key
                type="text"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || text.get()
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=described_by
                on:input=move |ev| state.type_text(field, event_target_value(&ev))
                on:blur=move |_| state.touch(field)
            />
            <p id=help_id class="help">{help}</p>
            {move || {
                error.get().map(|message| {
                    view! {
                        <p id=error_id.clone() data-testid=error_id.clone() class="error">
                            {message}
                        </p>
                    }
                })
            }}
        </div>
    }
}
