//! Start-up: replace the static shell's loading note with the live calculator.

use super::app::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts [`App`] into `<main id="app">`, or into `<body>` if the shell has no such element.
pub fn mount_into_shell() {
    match document().get_element_by_id("app") {
        Some(root) => {
            // The shell's placeholder ("Loading…", <noscript>) is only for before the wasm lands.
            root.set_inner_html("");
            leptos::mount::mount_to(root.unchecked_into(), App).forget();
        }
        None => leptos::mount::mount_to_body(App),
    }
}
