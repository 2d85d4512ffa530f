//! The chart pack's wasm module: built by Trunk next to the calculator, imported by the page
//! only after its first result (see `src/ui/charts_slot.rs`).

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// Draws or redraws the charts for a calculator state in share-link form; `source` is
    /// the URL this module's script was loaded from.
    #[wasm_bindgen]
    pub fn update(state: &str, source: &str) {
        retention_calculator::chart_pack::update(state, source);
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The chart pack is a wasm module loaded by the web app: run `make serve`.");
}
