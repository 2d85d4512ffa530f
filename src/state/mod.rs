//! Where the calculator's state lives: reactive signals for what is typed, and the page URL
//! that mirrors them, and the clipboard. [`query`] is pure and tested natively; the rest
//! needs a browser.

pub mod query;

#[cfg(target_arch = "wasm32")]
pub mod calculator;
#[cfg(target_arch = "wasm32")]
pub mod clipboard;
#[cfg(target_arch = "wasm32")]
pub mod location;

#[cfg(target_arch = "wasm32")]
pub use calculator::CalculatorState;
