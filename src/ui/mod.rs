//! Components, one a file. They read the shared [`crate::state::CalculatorState`] and render;
//! every figure they show comes ready-made from [`crate::calc`].

pub mod amount_field;
pub mod app;
pub mod benchmark_panel;
pub mod charts_slot;
pub mod choice_picker;
pub mod crash;
pub mod formulas_panel;
pub mod headline;
pub mod inputs_panel;
pub mod metric_value;
pub mod metrics_list;
pub mod mount;
pub mod percentile_strip;
pub mod projection_table;
pub mod reading_panel;
pub mod results_panel;
pub mod share_link;
pub mod sources_panel;
pub mod summary_bar;
