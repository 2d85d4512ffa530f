//! The formulas behind every result, written out with the user's own figures, so anyone can
//! redo the arithmetic by hand.

use super::currency::Currency;
use super::format::{money, percent};
use super::metrics::Metrics;
use super::projection::{project, YEARS};

/// One formula: its name, its general form and the same with the figures put in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formula {
    /// What it computes.
    pub name: &'static str,
    /// The general form.
    pub general: &'static str,
    /// The form with the figures and the result, or `None` before there is a result.
    pub worked: Option<String>,
}

/// Names and general forms, in display order.
const GENERAL: [(&str, &str); 6] = [
    (
        "Net revenue retention",
        "NRR = (start + expansion − contraction − churn) ÷ start",
    ),
    (
        "Gross revenue retention",
        "GRR = (start − contraction − churn) ÷ start",
    ),
    ("Expansion rate", "expansion ÷ start"),
    ("Gross revenue churn", "(contraction + churn) ÷ start"),
    ("Net revenue churn", "100% − NRR (negative: the base grew)"),
    (
        "Five-year compounding",
        "MRR in year n = start × NRRⁿ, with no new customers",
    ),
];

/// Every formula, worked with `metrics` when there are some.
pub fn formulas(metrics: Option<&Metrics>, currency: Currency) -> Vec<Formula> {
    let worked = metrics.map(|m| worked(m, currency));
    GENERAL
        .iter()
        .enumerate()
        .map(|(i, &(name, general))| Formula {
            name,
            general,
            worked: worked.as_ref().map(|lines| lines[i].clone()),
        })
        .collect()
}

/// The six formulas of [`GENERAL`] with the figures put in.
fn worked(m: &Metrics, currency: Currency) -> [String; 6] {
    let [start, expansion, contraction, churn] = [
        m.movements.start,
        m.movements.expansion,
        m.movements.contraction,
        m.movements.churn,
    ]
    .map(|d| money(d, currency));
    [
        format!(
            "({start} + {expansion} − {contraction} − {churn}) ÷ {start} = {}",
            percent(m.nrr)
        ),
        format!(
            "({start} − {contraction} − {churn}) ÷ {start} = {}",
            percent(m.grr)
        ),
        format!("{expansion} ÷ {start} = {}", percent(m.expansion_rate)),
        format!(
            "({contraction} + {churn}) ÷ {start} = {}",
            percent(m.gross_churn)
        ),
        format!("100% − {} = {}", percent(m.nrr), percent(m.net_churn)),
        format!(
            "year 5 = {start} × ({})⁵ = {}",
            percent(m.nrr),
            year_five(m, currency)
        ),
    ]
}

fn year_five(m: &Metrics, currency: Currency) -> String {
    match project(m.movements.start, m.nrr) {
        Some(rows) => money(rows[YEARS as usize].amount, currency),
        None => "too large to compute".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::metrics::Movements;
    use rust_decimal::Decimal;

    #[test]
    fn formulas_are_worked_with_the_figures() {
        let m = Metrics::compute(Movements {
            start: Decimal::from(100_000),
            expansion: Decimal::from(20_000),
            contraction: Decimal::from(2_000),
            churn: Decimal::from(5_000),
        })
        .unwrap();
        let lines = formulas(Some(&m), Currency::Eur);
        assert_eq!(
            lines[0].worked.as_deref(),
            Some("(€100,000 + €20,000 − €2,000 − €5,000) ÷ €100,000 = 113%")
        );
        assert_eq!(
            lines[1].worked.as_deref(),
            Some("(€100,000 − €2,000 − €5,000) ÷ €100,000 = 93%")
        );
        assert_eq!(
            lines[4].worked.as_deref(),
            Some("100% − 113% = \u{2212}13%")
        );
    }

    #[test]
    fn without_a_result_only_the_general_forms_remain() {
        let lines = formulas(None, Currency::Usd);
        assert_eq!(lines.len(), 6);
        assert!(lines
            .iter()
            .all(|f| f.worked.is_none() && !f.general.is_empty()));
    }
}
