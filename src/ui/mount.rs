//! Start-up: replace the static shell's loading note with the live calculator, in stages.
//!
//! On a slow phone one mount of the whole calculator is a single ~130 ms task, during which
//! the page can't answer a tap. Mounted in three tasks (a zero-delay timeout apart), no task
//! blocks for long: the inputs and the result first, then the peer comparison, then the rest
//! of the page. Each stage fills a `display: contents` holder in the layout grid, so the
//! stages sit in the grid as if mounted together; until the last one lands the layout holds
//! a screen's height, so the footer never shows and jumps.

use super::app::{follow_url, inputs_stage, lower_stage, peers_stage, results_stage};
use crate::state::{location, CalculatorState};
use leptos::mount::mount_to;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

const HOLDERS: &str = r#"<div class="layout mounting"><div class="stage"></div><div class="stage"></div><div class="stage"></div><div class="stage"></div></div>"#;

/// Where the calculator lives: `<main id="app">`, or `<body>` if the shell has none.
pub fn shell_root() -> Option<web_sys::Element> {
    document()
        .get_element_by_id("app")
        .or_else(|| document().body().map(Into::into))
}

/// Mounts the calculator into the [`shell_root`].
pub fn mount_into_shell() {
    let Some(root) = shell_root() else { return };
    // The shell's placeholder ("Loading…", <noscript>) is only for before the wasm lands.
    root.set_inner_html(HOLDERS);
    let holders = root.get_elements_by_class_name("stage");
    let holder = move |n: u32| -> HtmlElement {
        holders.item(n).expect("the stage holders").unchecked_into()
    };
    // The inputs and the result in the task that instantiated the module: the first result
    // waits for no timer. Everything below them follows in tasks of their own.
    let state = CalculatorState::new(&location::current_prefill());
    mount_to(holder(0), move || {
        follow_url(state);
        inputs_stage(state)
    })
    .forget();
    mount_to(holder(1), move || results_stage(state)).forget();
    later(move || {
        mount_to(holder(2), move || peers_stage(state)).forget();
        later(move || {
            mount_to(holder(3), move || lower_stage(state)).forget();
            if let Some(layout) = root.first_element_child() {
                let _ = layout.class_list().remove_1("mounting");
            }
        });
    });
}

fn later(run: impl FnOnce() + 'static) {
    set_timeout(run, Duration::ZERO);
}
