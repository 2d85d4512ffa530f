//! Where the chart pack goes. The pack is a separate wasm module; this component only holds
//! its place and hands it the current state in the share-link form (the public URL contract).

use crate::state::CalculatorState;
use leptos::prelude::*;
use wasm_bindgen::prelude::{wasm_bindgen, Closure};

// A few lines of JS because `import()` has no Rust binding. They are shipped uncommented:
// every byte is in the first load. On every new state, from a task queued in the next
// animation frame (after the browser has painted the result, and once for all the
// keystrokes between two frames), they tell the state it was painted, so the panels below
// the result follow (see `CalculatorState::later`), then hand the latest state to the chart
// pack, loaded with the first result. Nothing is loaded while the document has no chart slot:
// in the <nrr-calculator> element the slot is in a shadow root, where the pack (which draws
// into the document) can't reach, and the element hides the section. On the page every state
// is also announced as an `rc-state` event, which the tools panel (src/tools/panel.js)
// follows.
#[wasm_bindgen(module = "/src/ui/charts_slot.js")]
extern "C" {
    #[wasm_bindgen(js_name = showCharts)]
    fn show_charts(state: &str, has_result: bool, painted: &Closure<dyn Fn()>);
}

/// The charts section: a heading and status in the first load, the charts once the pack lands.
#[component]
pub fn ChartsSlot() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let painted = Closure::<dyn Fn()>::new(move || state.painted());
    Effect::new(move |_| {
        let has_result = state.analysis.with(|a| a.outcome.is_some());
        state
            .fragment
            .with(|fragment| show_charts(fragment, has_result, &painted));
    });
    view! {
        <section class="panel charts" aria-labelledby="charts-title">
            <h2 id="charts-title">"Charts and export"</h2>
            <p id="charts-status" class="intro">"Charts appear here with your first result."</p>
            <div id="chart-pack"></div>
        </section>
    }
}
