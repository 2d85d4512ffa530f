//! Where the chart pack goes. The pack is a separate wasm module; this component only holds
//! its place and hands it the current state in the share-link form (the public URL contract).

use crate::state::CalculatorState;
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

// The loader is a few lines of JS because `import()` has no Rust binding. It is shipped
// uncommented: every byte of it is in the first load. It loads nothing while the document
// has no chart slot: in the <nrr-calculator> element the slot is in a shadow root, where the
// pack (which draws into the document) can't reach, and the element hides the section. On
// the page it also announces every state as an `rc-state` event, which the tools panel
// (src/tools/panel.js) follows.
#[wasm_bindgen(module = "/src/ui/charts_slot.js")]
extern "C" {
    /// Loads the pack on the first result (`ready`), then hands it the latest state in a task
    /// queued from the next animation frame: after the browser has painted the result, so a
    /// redraw never delays it, and once for all the keystrokes between two frames.
    #[wasm_bindgen(js_name = showCharts)]
    fn show_charts(state: &str, ready: bool);
}

/// The charts section: a heading and status in the first load, the charts once the pack lands.
#[component]
pub fn ChartsSlot() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    Effect::new(move |_| {
        let ready = state.analysis.with(|a| a.outcome.is_some());
        state.fragment.with(|fragment| show_charts(fragment, ready));
    });
    view! {
        <section class="panel charts" aria-labelledby="charts-title">
            <h2 id="charts-title">"Charts and export"</h2>
            <p id="charts-status" class="intro">"Charts appear here with your first result."</p>
            <div id="chart-pack"></div>
        </section>
    }
}
