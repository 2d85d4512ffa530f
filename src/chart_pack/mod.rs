//! The chart pack: the charts, their downloads, the CSV and the copied summary.
//!
//! It is built into its own wasm module (`src/bin/chart_pack.rs`), which the page imports
//! after its first result, so plotters and the export code cost the first load nothing. The
//! page hands it the calculator's state in the share-link form (the public URL contract);
//! the pack reads it with [`crate::state::query`] and computes with [`crate::calc`], exactly
//! as the page does.

pub mod markup;

#[cfg(target_arch = "wasm32")]
mod actions;
#[cfg(target_arch = "wasm32")]
mod download;
#[cfg(target_arch = "wasm32")]
mod view;

#[cfg(target_arch = "wasm32")]
pub use view::update;
