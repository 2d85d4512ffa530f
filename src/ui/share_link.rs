//! "Copy link": the current figures as a link whose fragment never reaches a server; and
//! "Clear", which empties the fields and forgets the remembered figures.

use crate::browser::clipboard;
use crate::state::query::Prefill;
use crate::state::{location, CalculatorState};
use leptos::prelude::*;

/// Copies the share link to the clipboard (`data-testid="copy-link"`). Where the clipboard is
/// unavailable, the status line shows the link itself, to select and copy by hand.
#[component]
pub fn ShareLink() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let url = location::share_url(&state.fragment.get_untracked());
        leptos::task::spawn_local(async move {
            status.set(match clipboard::write_text(&url).await {
                Ok(()) => "Link copied. The figures travel after the #, which browsers never send to a server.".into(),
                Err(_) => format!("Copy this link: {url}"),
            });
        });
    };
    let clear = move |_| {
        state.load(&Prefill::default());
        location::forget();
        status.set("Cleared. Nothing is remembered on this device.".into());
    };
    view! {
        <div class="share">
            <div class="share-buttons">
                <button type="button" class="button" data-testid="copy-link" on:click=copy>
                    "Copy link"
                </button>
                <button type="button" class="button secondary" data-testid="clear" on:click=clear>
                    "Clear"
                </button>
            </div>
            <p class="share-status" role="status" data-testid="copy-status">
                {move || status.get()}
            </p>
        </div>
    }
}
