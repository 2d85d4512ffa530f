//! Components mounted in headless Chromium: typing into the real inputs and reading the DOM.
#![cfg(target_arch = "wasm32")]

mod common;
use common::{painted, sleep};

use leptos::prelude::*;
use retention_calculator::state::query::Prefill;
use retention_calculator::state::CalculatorState;
use retention_calculator::ui::app::Calculator;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted calculator in its own container, removed when dropped.
struct Mounted(HtmlElement);

impl Drop for Mounted {
    fn drop(&mut self) {
        self.0.remove();
    }
}

impl Mounted {
    async fn new(prefill: Prefill) -> Mounted {
        let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
        document().body().unwrap().append_child(&root).unwrap();
        leptos::mount::mount_to(root.clone(), move || {
            let state = CalculatorState::new(&prefill);
            view! { <Calculator state /> }
        })
        .forget();
        settle().await;
        Mounted(root)
    }

    fn find(&self, testid: &str) -> Option<Element> {
        self.0
            .query_selector(&format!("[data-testid='{testid}']"))
            .unwrap()
    }

    fn get(&self, testid: &str) -> Element {
        self.find(testid)
            .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
    }

    fn value(&self, testid: &str) -> Option<String> {
        self.get(testid).get_attribute("data-value")
    }

    fn text(&self, testid: &str) -> String {
        self.get(testid)
            .text_content()
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    async fn type_into(&self, testid: &str, text: &str) {
        let input: HtmlInputElement = self.get(testid).unchecked_into();
        input.set_value(text);
        fire(&input, "input");
        settle().await;
    }

    async fn fill(&self, start: &str, expansion: &str, contraction: &str, churn: &str) {
        self.type_into("input-start", start).await;
        self.type_into("input-expansion", expansion).await;
        self.type_into("input-contraction", contraction).await;
        self.type_into("input-churn", churn).await;
    }
}

/// Lets the effects of an edit run, and the panels below the result follow it after the paint.
async fn settle() {
    leptos::task::tick().await;
    painted().await;
}

fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn prefill(texts: [&str; 4], currency: Option<&str>) -> Prefill {
    Prefill {
        texts: texts.map(|t| Some(t.to_string())),
        currency: currency.map(str::to_string),
        ..Prefill::default()
    }
}

#[wasm_bindgen_test]
async fn typing_four_figures_shows_every_result() {
    let page = Mounted::new(Prefill::default()).await;
    page.fill("$100,000", "20k", "2,000", "5000").await;
    assert_eq!(page.value("result-nrr").as_deref(), Some("113"));
    assert_eq!(page.text("result-nrr"), "113%");
    assert_eq!(page.value("result-grr").as_deref(), Some("93"));
    assert_eq!(page.value("result-expansion-rate").as_deref(), Some("20"));
    assert_eq!(page.value("result-gross-churn").as_deref(), Some("7"));
    assert_eq!(page.value("result-net-churn").as_deref(), Some("-13"));
    assert_eq!(page.value("result-ending-mrr").as_deref(), Some("113000"));
    assert_eq!(page.text("result-ending-mrr"), "$113,000");
    assert!(page.text("reading-nrr").starts_with("Healthy"));
    assert!(page.text("reading-gap").starts_with("Retention-led"));
}

#[wasm_bindgen_test]
async fn the_result_changes_before_the_paint_and_the_panels_below_after_it() {
    let page = Mounted::new(prefill(["100000", "10000", "0", "0"], None)).await;
    settle().await;
    assert_eq!(page.value("projection-year-1").as_deref(), Some("110000"));
    let input: HtmlInputElement = page.get("input-expansion").unchecked_into();
    input.set_value("20000");
    fire(&input, "input");
    leptos::task::tick().await;
    // The keystroke's own task: the headline figures, not yet the rows below.
    assert_eq!(page.value("result-nrr").as_deref(), Some("120"));
    assert_eq!(page.value("projection-year-1").as_deref(), Some("110000"));
    assert!(page.text("reading-nrr").contains("110%"));
    painted().await;
    assert_eq!(page.value("projection-year-1").as_deref(), Some("120000"));
    assert!(page.text("reading-nrr").contains("120%"));
}

#[wasm_bindgen_test]
async fn a_fresh_page_shows_dashes_and_no_errors() {
    let page = Mounted::new(Prefill::default()).await;
    assert_eq!(page.text("result-nrr"), "—");
    assert_eq!(page.value("result-nrr"), None);
    for key in ["start", "expansion", "contraction", "churn"] {
        assert!(
            page.find(&format!("error-{key}")).is_none(),
            "error-{key} on a fresh page"
        );
    }
}

#[wasm_bindgen_test]
async fn bad_input_shows_its_error_and_withdraws_the_result() {
    let page = Mounted::new(Prefill::default()).await;
    page.fill("100000", "20000", "2000", "5000").await;
    assert!(page.value("result-nrr").is_some());

    page.type_into("input-expansion", "lots").await;
    assert!(page.text("error-expansion").contains("isn't an amount"));
    assert_eq!(page.value("result-nrr"), None);
    assert_eq!(page.text("result-grr"), "—");
    let input = page.get("input-expansion");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(input
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("error-expansion"));

    page.type_into("input-expansion", "-5").await;
    assert!(page.text("error-expansion").contains("negative"));

    page.type_into("input-expansion", "").await;
    assert!(page.text("error-expansion").contains("Enter an amount"));

    page.type_into("input-expansion", "20k").await;
    assert!(page.find("error-expansion").is_none());
    assert_eq!(page.value("result-nrr").as_deref(), Some("113"));
}

#[wasm_bindgen_test]
async fn zero_start_and_losses_above_start_are_explained() {
    let page = Mounted::new(Prefill::default()).await;
    page.fill("0", "0", "0", "0").await;
    assert!(page.text("error-start").contains("more than zero"));
    assert!(page.find("error-form").is_none());

    page.fill("100", "0", "60", "50").await;
    assert!(page.find("error-start").is_none());
    assert!(page
        .text("error-form")
        .contains("more than the starting MRR"));
    assert_eq!(page.value("result-grr"), None);
}

#[wasm_bindgen_test]
async fn projection_rows_carry_exact_amounts() {
    let page = Mounted::new(Prefill::default()).await;
    page.fill("100000", "10000", "0", "0").await;
    let expected = ["100000", "110000", "121000", "133100", "146410", "161051"];
    for (year, amount) in expected.iter().enumerate() {
        let row = format!("projection-year-{year}");
        assert_eq!(page.value(&row).as_deref(), Some(*amount), "{row}");
    }
    assert_eq!(
        page.get("projection-year-5")
            .get_attribute("data-change")
            .as_deref(),
        Some("61.051")
    );
    assert!(page.text("projection-year-5").contains("$161,051"));
}

#[wasm_bindgen_test]
async fn prefill_shows_results_and_errors_at_once() {
    let page = Mounted::new(prefill(["250k", "50k", "5k", "20k"], Some("EUR"))).await;
    assert_eq!(page.value("result-nrr").as_deref(), Some("110"));
    assert_eq!(page.text("result-ending-mrr"), "€275,000");

    let bad = Mounted::new(prefill(["abc", "1", "1", "1"], None)).await;
    assert!(bad.text("error-start").contains("isn't an amount"));
    let input: HtmlInputElement = bad.get("input-start").unchecked_into();
    assert_eq!(
        input.value(),
        "abc",
        "the invalid prefill stays visible to fix"
    );
}

#[wasm_bindgen_test]
async fn switching_currency_relabels_without_converting() {
    let page = Mounted::new(prefill(["1000", "0", "0", "0"], None)).await;
    let select: HtmlSelectElement = page.get("input-currency").unchecked_into();
    select.set_value("GBP");
    fire(&select, "change");
    settle().await;
    assert_eq!(page.text("result-ending-mrr"), "£1,000");
    assert_eq!(page.value("result-ending-mrr").as_deref(), Some("1000"));
}

#[wasm_bindgen_test]
async fn inputs_are_labelled_and_results_are_announced() {
    let page = Mounted::new(Prefill::default()).await;
    for key in ["start", "expansion", "contraction", "churn", "currency"] {
        let label = page
            .0
            .query_selector(&format!("label[for='input-{key}']"))
            .unwrap();
        assert!(label.is_some(), "no <label> for input-{key}");
    }
    // One polite live region, announcing the settled figures rather than every keystroke.
    let live = page.0.query_selector_all("[aria-live]").unwrap();
    assert_eq!(live.length(), 1);
    let live: Element = live.get(0).unwrap().unchecked_into();
    assert_eq!(live.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(
        live.get_attribute("data-testid").as_deref(),
        Some("results-announcement")
    );
    page.fill("100", "10", "0", "0").await;
    assert_eq!(
        live.text_content().unwrap_or_default(),
        "",
        "nothing while typing"
    );
    sleep(1000).await;
    assert_eq!(
        live.text_content().unwrap_or_default(),
        "NRR 110% · GRR 100%"
    );
}

#[wasm_bindgen_test]
async fn monthly_figures_are_annualised_and_ranked_against_the_chosen_peers() {
    let page = Mounted::new(Prefill {
        texts: ["100", "1", "0", "0"].map(|t| Some(t.to_string())),
        period: Some("month".to_string()),
        ..Prefill::default()
    })
    .await;
    assert_eq!(page.value("result-nrr").as_deref(), Some("101"));
    assert_eq!(
        page.value("result-nrr-annualised").as_deref(),
        Some("112.6825030131969720661201")
    );
    assert_eq!(page.text("result-nrr-annualised"), "112.68%");
    // The projection compounds the annual rate.
    assert_eq!(page.text("projection-year-1"), "Year 1$112.68+12.68%");
    // SaaS Capital 2026 by default: 50 + (112.68… − 103) × 40 ÷ 14.9 ≈ 75.99.
    assert!(page
        .value("result-percentile")
        .unwrap()
        .starts_with("75.99"));
    assert!(page
        .text("result-percentile")
        .starts_with("76th percentile of private B2B SaaS, $3–20M ARR (SaaS Capital 2026)"));

    let select: HtmlSelectElement = page.get("input-peer-group").unchecked_into();
    select.set_value("public");
    fire(&select, "change");
    settle().await;
    // SaaSDB 2026 public: 50 + (112.68… − 110) × 25 ÷ 8 ≈ 58.38.
    assert!(page
        .value("result-percentile")
        .unwrap()
        .starts_with("58.38"));
    assert!(page
        .text("result-percentile")
        .contains("public SaaS companies (SaaSDB 2026)"));
    assert_eq!(page.value("result-grr-percentile"), None);
    assert!(page
        .text("result-grr-percentile")
        .contains("No GRR distribution"));

    let period: HtmlSelectElement = page.get("input-period").unchecked_into();
    period.set_value("year");
    fire(&period, "change");
    settle().await;
    assert_eq!(page.value("result-nrr-annualised").as_deref(), Some("101"));
    // 101 is 1/10 of the way from P25 (100) to P50 (110): 25 + 2.5.
    assert_eq!(page.value("result-percentile").as_deref(), Some("27.5"));
}

#[wasm_bindgen_test]
async fn the_charts_slot_says_when_the_pack_cannot_load() {
    let page = Mounted::new(Prefill::default()).await;
    let status = || {
        page.0
            .query_selector("#charts-status")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    let heading = page.0.query_selector("#charts-title").unwrap().unwrap();
    assert_eq!(heading.text_content().unwrap(), "Charts and export");
    // This test page serves no chart pack: once there is a result, the import fails, and
    // the slot says so instead of waiting forever. (The e2e tests load the real pack.)
    page.fill("250000", "50000", "5000", "20000").await;
    for _ in 0..100 {
        if status().contains("could not be loaded") {
            break;
        }
        settle().await;
        let wait = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
    }
    assert_eq!(
        status(),
        "The charts could not be loaded. Reload to try again."
    );
}

#[wasm_bindgen_test]
async fn clear_empties_every_field_and_every_result() {
    let page = Mounted::new(prefill(["250k", "50k", "5k", "20k"], Some("EUR"))).await;
    assert_eq!(page.value("result-nrr").as_deref(), Some("110"));
    let clear: HtmlElement = page.get("clear").unchecked_into();
    clear.click();
    settle().await;
    for field in ["start", "expansion", "contraction", "churn"] {
        let input: HtmlInputElement = page.get(&format!("input-{field}")).unchecked_into();
        assert_eq!(input.value(), "", "{field}");
        // Cleared fields are fresh again: no "enter an amount" greets the person.
        assert!(page.find(&format!("error-{field}")).is_none(), "{field}");
    }
    assert_eq!(page.value("result-nrr"), None);
    let currency: HtmlSelectElement = page.get("input-currency").unchecked_into();
    assert_eq!(currency.value(), "USD");
    assert!(page.text("copy-status").starts_with("Cleared"));
}
