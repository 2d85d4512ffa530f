//! The pure domain: parsing amounts, retention metrics, compounding, and their reading.
//!
//! No browser or UI code lives here, so all of it is tested natively with `cargo test`.
//! Every figure a user sees is a [`rust_decimal::Decimal`], never a float.

pub mod amount;
pub mod analysis;
pub mod benchmarks;
pub mod currency;
pub mod format;
pub mod formulas;
pub mod metrics;
pub mod period;
pub mod projection;
pub mod reading;
pub mod tools;

pub use analysis::{analyse, Analysis, Field, FieldError, Outcome, Warning};
pub use benchmarks::PeerGroup;
pub use currency::Currency;
pub use period::Period;
