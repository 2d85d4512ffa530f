//! Small browser helpers shared by the calculator and the chart pack.

pub mod clipboard;
