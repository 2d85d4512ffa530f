//! What the pack's buttons do: download a chart (SVG or PNG) or the projection (CSV), and
//! copy the summary. One listener on the pack serves every button.

use super::dom::{find, pack_root};
use super::download::{save_png, save_text, standalone_svg};
use super::markup::CHARTS;
use super::store::{self, with_drawn};
use crate::browser::clipboard;
use crate::export::{csv, summary};
use crate::state::query::page_address;
use wasm_bindgen::prelude::*;
use web_sys::{Element, Event, HtmlTextAreaElement};

/// One listener on the pack serves every `button[data-action]` in it.
pub(super) fn on_click(event: Event) {
    let button = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest("button[data-action]").ok().flatten());
    if let Some(button) = button {
        let action = button.get_attribute("data-action").unwrap_or_default();
        let chart = button.get_attribute("data-chart").unwrap_or_default();
        act(&action, &chart);
    }
}

/// Says what happened in the pack's status line.
fn tell(message: &str) {
    if let Some(status) = pack_root().and_then(|r| find(&r, "[data-testid=copy-summary-status]")) {
        status.set_text_content(Some(message));
    }
}

fn act(action: &str, key: &str) {
    match action {
        "csv" => {
            let file = with_drawn(|d| {
                let rows = d.outcome.projection.as_ref()?;
                Some(csv::projection(rows, d.choices.currency))
            })
            .flatten();
            match file {
                Some(text) => report(save_text("retention-projection.csv", "text/csv", &text)),
                None => tell("There is no projection to download for these figures."),
            }
        }
        "summary" => copy_summary(),
        "svg" | "png" => {
            let Some(index) = CHARTS.iter().position(|(k, _)| *k == key) else {
                return;
            };
            let Some((chart, root)) = with_drawn(|d| d.charts[index].clone())
                .flatten()
                .zip(pack_root())
            else {
                tell("This chart can't be drawn for these figures.");
                return;
            };
            let svg = standalone_svg(&chart, &root);
            let name = format!("retention-{key}.{action}");
            if action == "svg" {
                report(save_text(&name, "image/svg+xml", &svg));
            } else {
                wasm_bindgen_futures::spawn_local(async move {
                    report(save_png(&name, &svg, &chart).await);
                });
            }
        }
        _ => {}
    }
}

fn report(result: Result<(), JsValue>) {
    if result.is_err() {
        tell("The browser refused the download. Try again, or check its download settings.");
    }
}

/// Copies the summary; where the clipboard is refused, shows it selected, to copy by hand.
fn copy_summary() {
    let link = share_link();
    let Some(text) = with_drawn(|d| summary::text(&d.outcome, d.choices, link.as_deref())) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let fallback = pack_root()
            .and_then(|r| find(&r, "[data-testid=summary-text]"))
            .and_then(|el| el.dyn_into::<HtmlTextAreaElement>().ok());
        match clipboard::write_text(&text).await {
            Ok(()) => {
                if let Some(area) = fallback {
                    area.set_hidden(true);
                }
                tell("Summary copied: the figures, peer comparison and sources, ready to paste.");
            }
            Err(_) => {
                if let Some(area) = fallback {
                    area.set_value(&text);
                    area.set_hidden(false);
                    area.select();
                }
                tell("Copying was blocked, so the summary is below, selected: copy it by hand.");
            }
        }
    });
}

/// The share link for the state the page last handed over: built from that state, not read
/// from the address bar, which follows typing only once it pauses.
fn share_link() -> Option<String> {
    let location = web_sys::window()?.location();
    let state = store::read(|p| p.state.clone())?;
    let address = page_address(location.pathname().ok()?, &location.search().ok()?, &state);
    Some(format!("{}{address}", location.origin().ok()?))
}
