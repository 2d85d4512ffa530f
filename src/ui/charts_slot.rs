//! Where the chart pack goes. The pack is a separate wasm module; this component only holds
//! its place and hands it the current state in the share-link form (the public URL contract).

use crate::state::query::share_fragment;
use crate::state::CalculatorState;
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

// The loader is a few lines of JS because `import()` has no Rust binding. It is shipped
// uncommented: every byte of it is in the first load.
#[wasm_bindgen(module = "/src/ui/charts_slot.js")]
extern "C" {
    /// Loads the pack on the first result (`ready`), then passes it every change.
    #[wasm_bindgen(js_name = showCharts)]
    fn show_charts(state: &str, ready: bool);
}

/// The charts section: a heading and status in the first load, the charts once the pack lands.
#[component]
pub fn ChartsSlot() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    Effect::new(move |_| {
        let texts = state.texts.map(|t| t.get());
        let ready = state.analysis.with(|a| a.outcome.is_some());
        let fragment = share_fragment(
            [&texts[0], &texts[1], &texts[2], &texts[3]],
            state.choices(),
        );
        show_charts(&fragment, ready);
    });
    view! {
        <section class="panel charts" aria-labelledby="charts-title">
            <h2 id="charts-title">"Charts and export"</h2>
            <p id="charts-status" class="intro">"Charts appear here with your first result."</p>
            <div id="chart-pack"></div>
        </section>
    }
}
