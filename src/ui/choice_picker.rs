//! A labelled select for one of the calculator's choices (currency, period, peer group).

use leptos::prelude::*;

/// A `<select>` whose id is also its `data-testid`. `selected` is the current option's value;
/// `on_pick` receives the value a person picks.
#[component]
pub fn ChoicePicker(
    /// Element id and `data-testid`.
    id: &'static str,
    /// The visible label.
    label: &'static str,
    /// `(value, text)` for each option, in order.
    options: Vec<(&'static str, String)>,
    /// The value currently chosen.
    #[prop(into)]
    selected: Signal<&'static str>,
    /// Called with the picked value.
    on_pick: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field field-inline">
            <label for=id>{label}</label>
            <select
                id=id
                data-testid=id
                prop:value=move || selected.get()
                on:change=move |ev| on_pick.run(event_target_value(&ev))
            >
                // `selected` marks the initial option (the select's value is set before its
                // options exist); afterwards `prop:value` above keeps the choice in step.
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        view! {
                            <option value=value selected=value == selected.get_untracked()>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
