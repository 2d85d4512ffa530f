//! The founder and investor tools' wasm module: loaded by the tools panel
//! (`src/tools/panel.js`) when a tool is first opened, or when a link carries a tool's
//! parameters.

// The report lives with this module, not in the library: the calculator's own module then
// stays byte for byte what it was (a public module of the library, even unused, changes how
// the whole program is optimised: +88 B of first load).
#[path = "../tools/report.rs"]
// Natively only its tests use it.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod report;

/// The report's figures as text, exported to the panel. The report carries exact decimal
/// strings (the `data-value` form); the panel shows them through these, with the
/// calculator's own decimal rounding and minus sign, never by way of a JavaScript float.
/// Text that isn't a decimal shows as a dash. Natively only its tests use it.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod text {
    use retention_calculator::calc::{format, Currency};
    use rust_decimal::Decimal;
    use std::str::FromStr;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen::prelude::wasm_bindgen;

    fn shown(exact: &str, write: impl FnOnce(Decimal) -> String) -> String {
        Decimal::from_str(exact).map_or_else(|_| "—".to_string(), write)
    }

    /// The currency an ISO code names; dollars if none.
    fn currency(code: &str) -> Currency {
        Currency::from_code(code).unwrap_or_default()
    }

    /// `+` before a change that rounds to more than zero (a loss has its minus already).
    fn signed(value: Decimal, text: String) -> String {
        let sign = if value.round_dp(2) > Decimal::ZERO {
            "+"
        } else {
            ""
        };
        format!("{sign}{text}")
    }

    /// A rate: `113.5%`.
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen(js_name = percentText))]
    pub fn percent(exact: &str) -> String {
        shown(exact, format::percent)
    }

    /// A plain figure (the quick ratio): `3.33`.
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen(js_name = numberText))]
    pub fn number(exact: &str) -> String {
        shown(exact, format::number)
    }

    /// An amount in the currency `code` names (an ISO code; dollars if none): `$12,500`.
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen(js_name = moneyText))]
    pub fn money(exact: &str, code: &str) -> String {
        shown(exact, |v| format::money(v, currency(code)))
    }

    /// A change of a rate, in points, its sign always written: `+15 pts`.
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen(js_name = pointsChangeText))]
    pub fn points_change(exact: &str) -> String {
        shown(exact, |v| signed(v, format::points(v)))
    }

    /// A change of an amount, its sign always written: `+$1,200`.
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen(js_name = moneyChangeText))]
    pub fn money_change(exact: &str, code: &str) -> String {
        shown(exact, |v| signed(v, format::money(v, currency(code))))
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn figures_read_as_the_calculator_writes_them() {
            assert_eq!(super::percent("113.335"), "113.34%");
            assert_eq!(super::percent("1250.5"), "1,250.5%");
            assert_eq!(super::number("3.3333"), "3.33");
            assert_eq!(super::money("20000", "usd"), "$20,000");
            assert_eq!(super::money("144289.7", "EUR"), "€144,289.70");
            assert_eq!(super::money("12.5", ""), "$12.50");
            assert_eq!(super::points_change("15"), "+15 pts");
            assert_eq!(super::points_change("-3.5"), "\u{2212}3.5 pts");
            assert_eq!(super::points_change("0.001"), "0 pts");
            assert_eq!(super::money_change("1200", "GBP"), "+£1,200");
            assert_eq!(super::money_change("-1200", "GBP"), "\u{2212}£1,200");
            assert_eq!(super::percent("not a number"), "—");
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// The tools' report (JSON, see `tools::ToolsReport`) for a share fragment, compared
    /// against a saved baseline fragment (empty for none).
    #[wasm_bindgen]
    pub fn evaluate(fragment: &str, baseline: &str) -> String {
        serde_json::to_string(&super::report::evaluate_with(fragment, baseline)).unwrap_or_default()
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The tools pack is a wasm module loaded by the web app: run `make serve`.");
}
