//! Mounts the calculator into the page's static shell.

#[cfg(target_arch = "wasm32")]
fn main() {
    retention_calculator::ui::crash::show_panel_on_panic();
    retention_calculator::ui::mount::mount_page();
}

/// Called by `element.js` (the `<nrr-calculator>` element) with its shadow root's mount
/// point, its attributes as a query string, the full calculator's address, and whether to
/// remember figures. Exported from the binary: the linker keeps exports of the final crate.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = mountElement)]
pub fn mount_element(root: web_sys::Element, query: String, home: String, remember: bool) {
    retention_calculator::ui::mount::mount_element(root, &query, home, remember);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: run `make serve` and open http://127.0.0.1:8080");
}
