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
