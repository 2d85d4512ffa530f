//! Five years of compounding as a table.

use crate::calc::format;
use crate::calc::projection::YEARS;
use crate::state::CalculatorState;
use leptos::prelude::*;

/// Rows `projection-year-0` … `projection-year-5`; each row's `data-value` is the exact
/// amount and `data-change` the exact change since year 0, in percent.
#[component]
pub fn ProjectionTable() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let row = move |year: u32| {
        let cell = Memo::new(move |_| state.projected_year(year));
        let label = if year == 0 {
            "Today".to_string()
        } else {
            format!("Year {year}")
        };
        view! {
            <tr
                data-testid=format!("projection-year-{year}")
                data-value=move || cell.get().map(|r| format::exact(r.amount))
                data-change=move || cell.get().map(|r| format::exact(r.change))
            >
                <th scope="row">{label}</th>
                <td>{move || cell.get().map(|r| format::money(r.amount, state.currency.get())).unwrap_or_else(|| "—".into())}</td>
                <td>{move || cell.get().map(|r| format::signed_percent(r.change)).unwrap_or_else(|| "—".into())}</td>
            </tr>
        }
    };
    let overflow = move || {
        state
            .analysis
            .with(|a| a.outcome.as_ref().is_some_and(|o| o.projection.is_none()))
    };
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
                <tbody>{(0..=YEARS).map(row).collect_view()}</tbody>
            </table>
            {move || overflow().then(|| view! {
                <p class="error" data-testid="projection-overflow">"These rates compound past what can be computed exactly, so no projection is shown."</p>
            })}
        </section>
    }
}
