//! What leaves the page at the user's request, built as plain text: the projection as CSV and
//! a summary to paste into an email or a memo. Pure and tested natively; the browser side
//! (downloads, clipboard) lives in the chart pack.

pub mod csv;
pub mod summary;
