//! The chart pack in headless Chromium: drawn into a page slot from a share-link state,
//! redrawn on every change, withdrawn when the figures are invalid.
#![cfg(target_arch = "wasm32")]

mod common;
use common::sleep;

use retention_calculator::chart_pack::update;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The slot the page renders for the pack, with its status line (created once).
fn slot() -> Element {
    if let Some(root) = document().get_element_by_id("chart-pack") {
        return root;
    }
    let section = document().create_element("section").unwrap();
    section.set_inner_html(
        r#"<p id="charts-status">Charts appear here.</p><div id="chart-pack"></div>"#,
    );
    document().body().unwrap().append_child(&section).unwrap();
    document().get_element_by_id("chart-pack").unwrap()
}

/// Waits (up to 5 s) until `check` holds: the pack draws once its stylesheet has loaded or failed.
async fn until(check: impl Fn() -> bool) {
    for _ in 0..100 {
        if check() {
            return;
        }
        sleep(50).await;
    }
    panic!("timed out");
}

fn select(selector: &str) -> Option<Element> {
    slot().query_selector(selector).unwrap()
}

/// The points of the user's projection line: the last 3-px line in the user's colour.
fn user_points() -> Vec<(i32, i32)> {
    let lines = slot()
        .query_selector_all(
            r##"[data-testid=chart-projection] polyline[stroke="#1D4ED8"][stroke-width="3"]"##,
        )
        .unwrap();
    let last: Element = lines.item(lines.length() - 1).unwrap().unchecked_into();
    last.get_attribute("points")
        .unwrap()
        .split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

#[wasm_bindgen_test]
async fn draws_follows_and_withdraws_the_charts() {
    let root = slot();
    update(
        "start=250000&expansion=50000&contraction=5000&churn=20000",
        "chart-pack.js",
    );
    until(|| select("[data-testid=chart-percentile] svg").is_some()).await;
    assert!(!root.has_attribute("hidden"));
    assert_eq!(user_points().len(), 6, "one point per year");
    let rising = user_points();
    assert!(rising.windows(2).all(|w| w[1].1 < w[0].1), "{rising:?}");
    let text = select("[data-text=bridge]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(text.contains("expansion +$50K"), "{text}");
    for testid in ["download-chart-svg", "download-chart-png"] {
        let count = root
            .query_selector_all(&format!("[data-testid={testid}]"))
            .unwrap()
            .length();
        assert_eq!(count, 3, "{testid}");
    }

    // A change redraws at once: no expansion is 90 %, falling every year.
    update(
        "start=250000&expansion=0&contraction=5000&churn=20000&currency=EUR",
        "chart-pack.js",
    );
    let falling = user_points();
    assert_eq!(falling.len(), 6);
    assert!(falling.windows(2).all(|w| w[1].1 > w[0].1), "{falling:?}");
    let bridge = select("[data-testid=chart-bridge]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(bridge.contains("€250K"), "relabelled in euros");

    // Invalid figures hide the charts and say why.
    update(
        "start=abc&expansion=0&contraction=0&churn=0",
        "chart-pack.js",
    );
    assert!(root.has_attribute("hidden"));
    let status = document().get_element_by_id("charts-status").unwrap();
    assert!(!status.has_attribute("hidden"));
    assert_eq!(
        status.text_content().unwrap(),
        "Charts appear once all four figures are valid."
    );
}
