//! Where the calculator's state lives: the query string and fragment of the page's URL.
//! [`query`] is pure and tested natively.

pub mod query;
