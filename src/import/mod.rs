//! Customer-level MRR files, read and analysed entirely in the browser: the import worker's
//! domain. Pure: no browser code, tested natively.
//!
//! [`read`] turns the file into a [`ledger::Ledger`] (MRR by customer by month) and an
//! account of the rows it left out; [`analyse`] computes a window's four movements (which
//! fill the calculator), the monthly series, cohorts and segments; [`report`] shapes them
//! for the page.

pub mod analyse;
pub mod ledger;
pub mod month;
pub mod read;
pub mod report;

#[cfg(test)]
mod tests;
