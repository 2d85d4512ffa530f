//! Five years of compounding as a table.

use crate::calc::format;
use crate::calc::projection::YEARS;
use crate::html::escape;
use crate::state::CalculatorState;
use leptos::prelude::*;

/// Rows `projection-year-0` … `projection-year-5`; each row's `data-value` is the exact
/// amount and `data-change` the exact change since year 0, in percent.
#[component]
pub fn ProjectionTable() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    // One string for the six rows: 18 reactive cells would cost every visitor wasm, and
    // every keystroke changes every cell anyway.
    let rows = move || {
        let currency = state.currency.get();
        let mut html = String::new();
        for year in 0..=YEARS {
            let cell = state.projected_year(year);
            let label = match year {
                0 => "Today".to_string(),
                _ => format!("Year {year}"),
            };
            let (data, amount, change) = match cell {
                Some(r) => (
                    format!(
                        r#" data-value="{}" data-change="{}""#,
                        format::exact(r.amount),
                        format::exact(r.change)
                    ),
                    escape(&format::money(r.amount, currency)),
                    escape(&format::signed_percent(r.change)),
                ),
                None => (String::new(), "—".into(), "—".into()),
            };
            html.push_str(&format!(
                r#"<tr data-testid="projection-year-{year}"{data}><th scope="row">{label}</th><td>{amount}</td><td>{change}</td></tr>"#
            ));
        }
        html
    };
    let overflow =
        move || state.later(|a| a.outcome.as_ref().is_some_and(|o| o.projection.is_none()));
    view! {
        <section class="panel projection" aria-labelledby="projection-title">
            <h2 id="projection-title">"Five years of compounding"</h2>
            <p class="intro">
                {move || match state.period.get() {
                    crate::calc::Period::Year => "What today's customers are worth if every year repeats this NRR and you never sign another customer.",
                    _ => "What today's customers are worth if every year repeats the annualised NRR and you never sign another customer.",
                }}
            </p>
            <table>
                <thead>
                    <tr>
                        <th scope="col">"Year"</th>
                        <th scope="col">"MRR from today's customers"</th>
                        <th scope="col">"Change since today"</th>
                    </tr>
                </thead>
                <tbody inner_html=rows></tbody>
            </table>
            {move || overflow().then(|| view! {
                <p class="error" data-testid="projection-overflow">"These rates compound past what can be computed exactly, so no projection is shown."</p>
            })}
        </section>
    }
}
