//! Reading and writing the page URL. Figures live in the fragment, which never leaves the
//! browser; the address bar follows the state with `replaceState`, so typing adds no history.
//! Where the calculator is embedded (`crate::embed`), links lead to the full calculator, and
//! the custom element leaves its host page's address alone.

use super::pause::AfterPause;
use super::query::{page_address, Prefill};
use super::storage;
use crate::embed::{self, Host};
use leptos::prelude::*;
use std::cell::RefCell;
use std::time::Duration;
use wasm_bindgen::JsValue;

/// How long typing must pause before the address bar is rewritten. Browsers rate-limit
/// `replaceState` (Safari refuses after about 100 calls in 30 s), so one call a keystroke
/// would leave the bar stale; links are built from the state, so nothing waits on the bar.
const ADDRESS_BAR_DELAY: Duration = Duration::from_millis(400);

/// What the current URL asks the page to start with.
pub fn current_prefill() -> Prefill {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    Prefill::from_url_parts(&search, &hash)
}

/// What to start with: `given` (the URL's or the element's parameters) when it names any
/// parameter, else the remembered figures where remembering is on.
pub fn start_with(given: Prefill) -> Prefill {
    if given.has_figures() || !remembers() {
        return given;
    }
    storage::remembered().unwrap_or(given)
}

fn remembers() -> bool {
    embed::get().is_some_and(|e| e.remember)
}

/// The address for a share fragment: this page, its non-figure query parameters, and the
/// fragment; from an embed, the full calculator. Built from the state, never read back from
/// the address bar.
pub fn share_url(fragment: &str) -> String {
    if let Some(e) = embed::get().filter(|e| e.host != Host::Page) {
        return page_address(e.home.clone(), "", fragment);
    }
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}", relative_url(fragment))
}

/// Keeps the address bar on `fragment`: at once for the first value (so figures that came in
/// through the query leave it straight away), then once typing pauses, and on `pagehide`
/// (so a page left mid-word still leaves the right address in history).
pub fn follow_in_address_bar(fragment: Memo<String>) {
    let pause = AfterPause::new(ADDRESS_BAR_DELAY);
    Effect::new(move |first_done: Option<()>| {
        fragment.with(|f| {
            LATEST.with(|latest| latest.borrow_mut().clone_from(f));
            // An embed's link to the full calculator follows at once: it is clicked, not read.
            if let Some(link) = embed::get().and_then(|e| e.full_link.as_ref()) {
                let _ = link.set_attribute("href", &share_url(f));
            }
        });
        match first_done {
            None => write_latest_now(),
            Some(()) => pause.schedule(write_latest_now),
        }
    });
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| {
        pause.cancel();
        write_latest_now();
    });
    on_cleanup(move || on_hide.remove());
}

thread_local! {
    /// The fragment the address bar should show: kept outside the reactive graph so that
    /// even a panic (see `ui::crash`) can still write it.
    static LATEST: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Writes the latest fragment into the address bar (not the element's host page's) and the
/// remembered record now, if it can be read.
pub fn write_latest_now() {
    if let Some(fragment) = LATEST.with(|l| l.try_borrow().ok().map(|f| f.clone())) {
        if !embed::in_element() {
            write_address_bar(&fragment);
        }
        if remembers() {
            storage::remember(&fragment);
        }
    }
}

/// Forgets the figures now (the "Clear" button) in the address bar and the remembered
/// record, without waiting for the pause: a reload right after must not bring them back.
pub fn forget() {
    LATEST.with(|l| l.borrow_mut().clear());
    write_latest_now();
}

/// Puts `fragment` in the address bar without adding a history entry.
fn write_address_bar(fragment: &str) {
    let location = window().location();
    let next = relative_url(fragment);
    let current = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if next != current {
        if let Ok(history) = window().history() {
            // A refusal (a sandboxed frame, a rate limit) only means the bar isn't updated:
            // share links never read it.
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&next));
        }
    }
}

fn relative_url(fragment: &str) -> String {
    let location = window().location();
    page_address(
        location.pathname().unwrap_or_default(),
        &location.search().unwrap_or_default(),
        fragment,
    )
}
