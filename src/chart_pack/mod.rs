//! The chart pack: the charts, their downloads, the CSV and the copied summary.
//!
//! It is built into its own wasm module (`src/bin/chart_pack.rs`), which the page imports
//! after its first result, so plotters and the export code cost the first load nothing. The
//! page hands it the calculator's state in the share-link form (the public URL contract);
//! the pack reads it with [`crate::state::query`] and computes with [`crate::calc`], exactly
//! as the page does.

pub mod markup;

// Read in this order: `update` below → `listeners` (installed once) → `draw`, which keeps
// what it drew in `store`; `actions` (the buttons) read `store` and save through `download`.
#[cfg(target_arch = "wasm32")]
mod actions;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod download;
#[cfg(target_arch = "wasm32")]
mod draw;
#[cfg(target_arch = "wasm32")]
mod listeners;
#[cfg(target_arch = "wasm32")]
mod store;

/// Draws or redraws the charts for `state`, a share-link fragment (`start=…&expansion=…`).
/// `source` is the URL the pack's script was loaded from: its stylesheet sits beside it.
#[cfg(target_arch = "wasm32")]
pub fn update(state: &str, source: &str) {
    let Some(root) = dom::pack_root() else { return };
    if root.child_element_count() == 0 {
        let stylesheet = format!("{}.css", source.strip_suffix(".js").unwrap_or(source));
        listeners::install(&root, &stylesheet);
    }
    store::write(|p| p.state = Some(state.to_string()));
    draw::redraw(&root);
}
