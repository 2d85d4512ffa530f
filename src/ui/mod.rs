//! Components (placeholder until the UI lands).
