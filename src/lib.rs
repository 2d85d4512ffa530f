//! SaaS retention calculator: net and gross revenue retention, five-year compounding and a
//! plain reading of the numbers, computed entirely in the browser.
//!
//! The data flows one way, and the modules follow it:
//! [`calc`] (pure arithmetic) ← [`state`] (URL and reactive state) ← `ui` (components), with
//! [`chart`] drawing SVG from `calc`'s figures.
#![warn(missing_docs)]

pub mod calc;
pub mod chart;
pub mod chart_pack;
pub mod export;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::app::App;
