//! Start-up: replace the static shell's loading note with the live calculator, in stages.
//!
//! On a slow phone one mount of the whole calculator is a single ~130 ms task, during which
//! the page can't answer a tap. Set up in one task and mounted in three more, a zero-delay
//! timeout apart (four in the element: its inputs and result go apart), no task blocks long:
//! inputs and result, then peer comparison, then the rest. Each fills a `display: contents`
//! holder in the layout grid, so the stages sit as if mounted together; until the last lands
//! the layout holds a screen's height, so the footer never shows and jumps.

use super::app::{follow_url, inputs_stage, lower_stage, peers_stage, results_stage};
use crate::embed::{self, Embedding, Host};
use crate::state::query::Prefill;
use crate::state::{location, CalculatorState};
use leptos::mount::mount_to;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

const HOLDERS: &str = r#"<div class="layout mounting"><div class="stage"></div><div class="stage"></div><div class="stage"></div><div class="stage"></div></div>"#;

/// Where the calculator is mounted (set by [`mount_page`] or [`mount_element`]).
pub fn shell_root() -> Option<web_sys::Element> {
    embed::get().map(|e| e.root.clone())
}

/// Mounts the calculator into its own page's (or the frame view's) shell, if this document
/// has one: on a host page of the custom element, [`mount_element`] mounts it instead.
pub fn mount_page() {
    let Some(shell) = embed::page_shell() else {
        return;
    };
    embed::set(embed::for_page(shell));
    mount(location::start_with(location::current_prefill()));
}

/// Mounts the calculator into `root` (in the `<nrr-calculator>` element's shadow root), with
/// the element's parameters as a query string; `home` is the full calculator's address.
pub fn mount_element(root: web_sys::Element, query: &str, home: String, remember: bool) {
    // element.js puts the link next to the mount point.
    let full_link = root
        .parent_element()
        .and_then(|p| p.query_selector(embed::FULL_LINK).ok()?);
    embed::set(Embedding {
        host: Host::Element,
        root,
        remember,
        home,
        full_link,
    });
    mount(location::start_with(Prefill::from_url_parts(query, "")));
}

fn mount(prefill: Prefill) {
    let Some(root) = shell_root() else { return };
    for (key, value) in prefill.ignored_choices() {
        let warning = format!("nrr-calculator: ignored {key}={value}");
        web_sys::console::warn_1(&warning.into());
    }
    let state = CalculatorState::new(&prefill);
    later(move || mount_stage(root, state, 0));
}

/// Mounts stage `n` into holder `n` and queues the next. The module's first task (which the
/// page's loader runs after the one that instantiates the module:
/// scripts/post-build/inline-loader.mjs) only reads the URL and sets up the state; then come
/// the inputs, the result, the peer comparison and the rest, a task each: on a slow phone a
/// task that blocks input for more than 50 ms counts in Lighthouse's total blocking time. One
/// function for every stage, so the timer's glue is instantiated once.
fn mount_stage(root: web_sys::Element, state: CalculatorState, n: u32) {
    let holder = |n: u32| -> HtmlElement {
        let holders = root.get_elements_by_class_name("stage");
        holders.item(n).expect("the stage holders").unchecked_into()
    };
    // The page mounts its result in the inputs' task: a task apart, the browser may first lay
    // out and paint the inputs (~17 ms here), and the result waits. On a host page the element
    // keeps them apart: at 4× CPU the two together were one 100 ms task, ~50 ms of blocking
    // time in the host's own Lighthouse score.
    let result_apart = embed::in_element();
    let result = move || mount_to(holder(1), move || results_stage(state)).forget();
    match n {
        0 => {
            // The shell's placeholder ("Loading…", <noscript>) is only for before the wasm lands.
            root.set_inner_html(HOLDERS);
            mount_to(holder(0), move || {
                follow_url(state);
                inputs_stage(state)
            })
            .forget();
            if !result_apart {
                result();
            }
        }
        1 => {
            if result_apart {
                result();
            }
        }
        2 => mount_to(holder(2), move || peers_stage(state)).forget(),
        _ => {
            mount_to(holder(3), move || lower_stage(state)).forget();
            if let Some(layout) = root.first_element_child() {
                let _ = layout.class_list().remove_1("mounting");
            }
            return;
        }
    }
    later(move || mount_stage(root, state, n + 1));
}

fn later(run: impl FnOnce() + 'static) {
    set_timeout(run, Duration::ZERO);
}
