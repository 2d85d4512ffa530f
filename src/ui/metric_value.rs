//! One result figure: display text for people, the exact decimal for tools.

use crate::calc::{format, Currency};
use crate::state::CalculatorState;
use leptos::either::Either;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// How a figure is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A rate: `113.5%`.
    Percent,
    /// A difference of rates: `20 pts`.
    Points,
    /// Money in the chosen currency: `$113,000`.
    Money,
}

impl Unit {
    fn show(self, value: Decimal, currency: Currency) -> String {
        match self {
            Unit::Percent => format::percent(value),
            Unit::Points => format::points(value),
            Unit::Money => format::money(value, currency),
        }
    }
}

/// A `<dd>` with `data-testid`, the rounded text, and `data-value` holding the exact decimal
/// in the unit shown. With no result the text is "—" and `data-value` is absent.
#[component]
pub fn MetricValue(
    /// The public `data-testid`.
    testid: &'static str,
    /// The exact figure, `None` while there is no result.
    value: Signal<Option<Decimal>>,
    /// How to write it.
    unit: Unit,
    /// Extra CSS class.
    #[prop(optional)]
    class: &'static str,
    /// Render a `<span>` inside running text instead of a `<dd>`.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let text = move || match value.get() {
        Some(v) => unit.show(v, state.currency.get()),
        None => "—".to_string(),
    };
    let exact = move || value.get().map(format::exact);
    // Either, not into_any(): AnyView costs far more wasm than a two-variant enum.
    if inline {
        Either::Left(view! { <span class=class data-testid=testid data-value=exact>{text}</span> })
    } else {
        Either::Right(view! { <dd class=class data-testid=testid data-value=exact>{text}</dd> })
    }
}
