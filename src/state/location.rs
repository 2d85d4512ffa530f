//! Reading and writing the page URL. Figures live in the fragment, which never leaves the
//! browser; the address bar is kept in step with `replaceState`, so typing adds no history.

use super::query::{query_without_figures, share_fragment, Choices, Prefill};
use leptos::prelude::window;
use wasm_bindgen::JsValue;

/// What the current URL asks the page to start with.
pub fn current_prefill() -> Prefill {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    Prefill::from_url_parts(&search, &hash)
}

/// The address for these figures: this page, its non-figure query parameters, and the fragment.
pub fn share_url(texts: [&str; 4], choices: Choices) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{}", relative_url(&path, texts, choices))
}

/// Puts the figures in the address bar without adding a history entry.
pub fn sync_address_bar(texts: [&str; 4], choices: Choices) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let next = relative_url(&path, texts, choices);
    let current = format!(
        "{path}{}{}",
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if next != current {
        if let Ok(history) = window().history() {
            // A refusal (e.g. a sandboxed frame) only means the bar isn't updated.
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&next));
        }
    }
}

fn relative_url(path: &str, texts: [&str; 4], choices: Choices) -> String {
    let query = query_without_figures(&window().location().search().unwrap_or_default());
    let fragment = share_fragment(texts, choices);
    let mut url = path.to_string();
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query);
    }
    if !fragment.is_empty() {
        url.push('#');
        url.push_str(&fragment);
    }
    url
}
