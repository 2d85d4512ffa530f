//! "Copy link": the current figures as a link whose fragment never reaches a server.

use crate::state::{clipboard, location, CalculatorState};
use leptos::prelude::*;

/// Copies the share link to the clipboard (`data-testid="copy-link"`). Where the clipboard is
/// unavailable, the status line shows the link itself, to select and copy by hand.
#[component]
pub fn ShareLink() -> impl IntoView {
    let state = expect_context::<CalculatorState>();
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let texts = state.texts_untracked();
        let url = location::share_url(
            [&texts[0], &texts[1], &texts[2], &texts[3]],
            untrack(|| state.choices()),
        );
        leptos::task::spawn_local(async move {
            status.set(match clipboard::write_text(&url).await {
                Ok(()) => "Link copied. The figures travel after the #, which browsers never send to a server.".into(),
                Err(_) => format!("Copy this link: {url}"),
            });
        });
    };
    view! {
        <div class="share">
            <button type="button" class="button" data-testid="copy-link" on:click=copy>
                "Copy link"
            </button>
            <p class="share-status" role="status" data-testid="copy-status">
                {move || status.get()}
            </p>
        </div>
    }
}
