//! Where the calculator's state lives: reactive signals for what is typed, and the page URL
//! that mirrors them. [`query`] is pure and tested natively; the rest needs a browser.

pub mod query;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod calculator;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod location;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod pause;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod storage;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub use calculator::CalculatorState;
