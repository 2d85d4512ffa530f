//! The last figures, kept in `localStorage` for the next visit (where the embedding allows,
//! see `crate::embed`). The record is the share fragment: already a compact, versioned-by-key
//! string with a tolerant reader, so it needs no serializer in the first load.
//!
//! `web_sys` directly rather than gloo-storage: its handle panics where storage is blocked
//! (a sandboxed frame, third-party storage off), and a blocked store must only mean "not
//! remembered".

use super::query::{figures_only, Prefill};
use leptos::prelude::window;

/// The storage key; a new record layout gets a new key, so an old one is never misread.
pub const KEY: &str = "nrr-calculator.v1";

fn store() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The figures remembered from the last visit, if any were kept and are readable.
pub fn remembered() -> Option<Prefill> {
    Prefill::from_stored(&store()?.get_item(KEY).ok()??)
}

/// Keeps `fragment`'s figures for the next visit; none (nothing typed) clears the record.
pub fn remember(fragment: &str) {
    let fragment = figures_only(fragment);
    if let Some(store) = store() {
        let _ = if fragment.is_empty() {
            store.remove_item(KEY)
        } else {
            store.set_item(KEY, &fragment)
        };
    }
}
