//! SaaS retention calculator: net and gross revenue retention, five-year compounding and a
//! plain reading of the numbers, computed entirely in the browser.
//!
//! The data flows one way, and the modules follow it:
//! [`calc`] (pure arithmetic) ← [`state`] (URL and reactive state) ← `ui` (components), with
//! [`chart`] drawing SVG from `calc`'s figures and [`export`] writing CSV and summaries.
//!
//! Two wasm modules are built from this crate. The calculator (`src/main.rs`, feature `app`,
//! which brings Leptos) is the first load. The [`chart_pack`] (`src/bin/chart_pack.rs`, built
//! without default features) holds plotters and the exports, and is imported after the first
//! result.
#![warn(missing_docs)]

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod calc;
pub mod chart;
pub mod chart_pack;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod embed;
pub mod export;
pub mod html;
pub mod import;
pub mod state;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod ui;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub use ui::app::Calculator;
