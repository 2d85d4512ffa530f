//! Drawing the pack into the page's `#chart-pack` slot, and redrawing it as the state or the
//! available width changes.

use super::{actions, markup};
use crate::calc::{analyse, Outcome};
use crate::chart::{self, frame::Chart};
use crate::state::query::{Choices, Prefill};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

/// What is on screen, for the downloads and for redrawing at a new width.
pub(super) struct Drawn {
    /// The result drawn.
    pub outcome: Outcome,
    /// Its currency, period and peer group.
    pub choices: Choices,
    /// The charts, in [`markup::CHARTS`] order.
    pub charts: [Option<Chart>; 3],
}

#[derive(Default)]
struct Pack {
    /// The latest state the page handed over.
    state: Option<String>,
    /// Whether the pack's stylesheet has loaded (until then the pack stays hidden).
    styled: bool,
    /// The charts' frame widths on screen, measured when the pack is shown and on resize
    /// only: measuring forces a layout, which would cost every keystroke milliseconds.
    widths: Option<[u32; 3]>,
    /// Whether the page is being printed (charts are then drawn at [`PRINT_WIDTHS`]).
    printing: bool,
    drawn: Option<Drawn>,
}

/// Chart widths on paper: the print stylesheet puts the three charts side by side, about
/// 230 px each on A4 or Letter. Drawn at that size, their text prints at its normal size
/// instead of a screen-sized chart shrunk to a third.
const PRINT_WIDTHS: [u32; 3] = [240; 3];

thread_local! {
    static PACK: RefCell<Pack> = RefCell::new(Pack::default());
}

pub(super) fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The pack's root element, once the page has rendered its slot.
pub(super) fn pack_root() -> Option<Element> {
    document()?.get_element_by_id("chart-pack")
}

/// Reads what is drawn (`None` while nothing is).
pub(super) fn with_drawn<T>(read: impl FnOnce(&Drawn) -> T) -> Option<T> {
    PACK.with(|p| p.borrow().drawn.as_ref().map(read))
}

/// Draws the charts for `state`, a share-link fragment (`start=…&expansion=…`).
pub fn update(state: &str) {
    let Some(root) = pack_root() else { return };
    if root.child_element_count() == 0 {
        install(&root);
    }
    PACK.with(|p| p.borrow_mut().state = Some(state.to_string()));
    redraw(&root);
}

/// Writes the markup, loads the stylesheet, and listens for clicks and resizes.
fn install(root: &Element) {
    root.set_inner_html(&markup::html());
    let _ = root.set_attribute("hidden", "");
    actions::listen(root);
    let on_styled = Closure::<dyn Fn()>::new(|| {
        PACK.with(|p| p.borrow_mut().styled = true);
        redraw_in_page();
    });
    if let Some(link) = document().and_then(|d| d.create_element("link").ok()) {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", "chart-pack.css");
        // Without its stylesheet the pack still works, in the charts' own light colours.
        let callback = on_styled.as_ref().unchecked_ref();
        let _ = link.add_event_listener_with_callback("load", callback);
        let _ = link.add_event_listener_with_callback("error", callback);
        if let Some(head) = document().and_then(|d| d.head()) {
            let _ = head.append_child(&link);
        }
    }
    on_styled.forget();
    let on_resize = Closure::<dyn Fn()>::new(|| {
        if let Some(root) = pack_root() {
            let widths = Some(frame_widths(&root));
            if PACK.with(|p| p.borrow().widths) != widths {
                PACK.with(|p| p.borrow_mut().widths = widths);
                redraw(&root);
            }
        }
    });
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
    }
    on_resize.forget();
    for (event, printing) in [("beforeprint", true), ("afterprint", false)] {
        let on_print = Closure::<dyn Fn()>::new(move || {
            PACK.with(|p| p.borrow_mut().printing = printing);
            redraw_in_page();
        });
        if let Some(window) = web_sys::window() {
            let _ =
                window.add_event_listener_with_callback(event, on_print.as_ref().unchecked_ref());
        }
        on_print.forget();
    }
}

/// The width each chart has to fill: its frame's, or a default while the pack is hidden.
fn frame_widths(root: &Element) -> [u32; 3] {
    markup::CHARTS.map(|(key, _)| {
        root.query_selector(&format!("[data-testid=chart-{key}]"))
            .ok()
            .flatten()
            .map(|frame| frame.client_width())
            .filter(|w| *w > 0)
            .map_or(640, |w| w as u32)
    })
}

/// Redraws the pack where the page has it (the listeners' entry point).
fn redraw_in_page() {
    if let Some(root) = pack_root() {
        redraw(&root);
    }
}

fn redraw(root: &Element) {
    let (state, styled) = PACK.with(|p| (p.borrow().state.clone(), p.borrow().styled));
    let (Some(state), true) = (state, styled) else {
        return;
    };
    let prefill = Prefill::from_url_parts("", &state);
    let choices = prefill.choices();
    let texts = prefill.texts.map(Option::unwrap_or_default);
    let analysis = analyse(
        [&texts[0], &texts[1], &texts[2], &texts[3]],
        choices.period,
        choices.peer,
    );
    let status = document().and_then(|d| d.get_element_by_id("charts-status"));
    let Some(outcome) = analysis.outcome else {
        let _ = root.set_attribute("hidden", "");
        if let Some(status) = status {
            let _ = status.remove_attribute("hidden");
            status.set_text_content(Some("Charts appear once all four figures are valid."));
        }
        PACK.with(|p| {
            let mut pack = p.borrow_mut();
            pack.drawn = None;
            pack.widths = None;
        });
        return;
    };
    if let Some(status) = status {
        let _ = status.set_attribute("hidden", "");
    }
    let _ = root.remove_attribute("hidden");
    let (printing, measured) = PACK.with(|p| (p.borrow().printing, p.borrow().widths));
    let widths = match (printing, measured) {
        (true, _) => PRINT_WIDTHS,
        (false, Some(widths)) => widths,
        (false, None) => {
            let widths = frame_widths(root);
            PACK.with(|p| p.borrow_mut().widths = Some(widths));
            widths
        }
    };
    let charts = chart::pack(&outcome, choices.peer, choices.currency, widths);
    for ((key, _), chart) in markup::CHARTS.iter().zip(&charts) {
        let select = |selector: String| root.query_selector(&selector).ok().flatten();
        if let Some(frame) = select(format!("[data-testid=chart-{key}]")) {
            frame.set_inner_html(chart.as_ref().map_or("", |c| c.svg.as_str()));
        }
        if let Some(text) = select(format!("[data-text={key}]")) {
            let words = chart.as_ref().map_or(
                "This chart can't be drawn: these rates compound past what can be computed exactly.",
                |c| c.text.as_str(),
            );
            text.set_text_content(Some(words));
        }
    }
    PACK.with(|p| {
        p.borrow_mut().drawn = Some(Drawn {
            outcome,
            choices,
            charts,
        });
    });
}
