//! When the calculator panics: a friendly panel with a Reload button instead of a page that
//! silently stops answering, and the figures kept in the address so the reload restores them.

use super::mount::shell_root;
use crate::state::location::write_latest_now;
use wasm_bindgen::JsCast;

/// The panel's markup: fixed text only.
const PANEL: &str = r#"<section class="panel crash" role="alert" data-testid="crash-panel"><h2>Something went wrong</h2><p>The calculator hit an error it can't recover from. Your figures are kept in the page address, so reloading brings them back.</p><button type="button" class="button" data-testid="crash-reload">Reload the calculator</button></section>"#;

/// Installs the panic hook. Call before mounting.
pub fn show_panel_on_panic() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        // The figures the address bar was about to show: written now, so a reload keeps them.
        write_latest_now();
        show_panel();
    }));
}

/// Replaces the calculator with the panel. The button reloads through the browser's own
/// `location.reload`, so clicking it runs no code of the (stopped) wasm module.
fn show_panel() {
    let Some(root) = shell_root() else { return };
    root.set_inner_html(PANEL);
    let location = web_sys::window().map(|w| w.location());
    let reload = location.as_ref().and_then(|l| {
        js_sys::Reflect::get(l, &"reload".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    });
    let button = root
        .query_selector("[data-testid=crash-reload]")
        .ok()
        .flatten();
    if let (Some(reload), Some(location), Some(button)) = (reload, location, button) {
        let bound = reload.bind0(&location);
        let _ = button.add_event_listener_with_callback("click", &bound);
    }
}
