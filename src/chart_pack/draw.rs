//! Drawing the charts for the latest state, at the widths they have on screen (or on paper).

use super::dom::{document, find, frame_widths, pack_root};
use super::markup;
use super::store::{self, Drawn};
use crate::chart::{self, frame::Chart};
use crate::state::query::Prefill;
use web_sys::Element;

/// Chart widths on paper: the print stylesheet puts the three charts side by side, about
/// 230 px each on A4 or Letter. Drawn at that size, their text prints at its normal size
/// instead of a screen-sized chart shrunk to a third.
const PRINT_WIDTHS: [u32; 3] = [240; 3];

/// Redraws the pack where the page has it (the listeners' entry point).
pub(super) fn redraw_in_page() {
    if let Some(root) = pack_root() {
        redraw(&root);
    }
}

/// Draws the latest state, unless exactly that is already on screen at these widths; within
/// a redraw, a chart whose SVG comes out the same is left alone.
pub(super) fn redraw(root: &Element) {
    let (state, styled) = store::read(|p| (p.state.clone(), p.styled));
    let (Some(state), true) = (state, styled) else {
        return;
    };
    let prefill = Prefill::from_url_parts("", &state);
    let choices = prefill.choices();
    let analysis = prefill.analyse();
    let status = document().and_then(|d| d.get_element_by_id("charts-status"));
    let Some(outcome) = analysis.outcome else {
        withdraw(root, status);
        return;
    };
    // Shown before measuring: a hidden frame has no width.
    let _ = root.remove_attribute("hidden");
    let (printing, measured) = store::read(|p| (p.printing, p.widths));
    let widths = match (printing, measured) {
        (true, _) => PRINT_WIDTHS,
        (false, Some(widths)) => widths,
        (false, None) => {
            let widths = frame_widths(root);
            store::write(|p| p.widths = Some(widths));
            widths
        }
    };
    let unchanged = store::read(|p| {
        p.drawn
            .as_ref()
            .is_some_and(|d| d.state == state && d.widths == widths)
    });
    if unchanged {
        return;
    }
    if let Some(status) = status {
        let _ = status.set_attribute("hidden", "");
    }
    let charts = chart::pack(&outcome, choices.peer, choices.currency, widths);
    let before: [Option<Chart>; 3] =
        store::write(|p| p.drawn.take().map(|d| d.charts).unwrap_or_default());
    for (((key, _), chart), old) in markup::CHARTS.iter().zip(&charts).zip(&before) {
        if old.is_some() && chart.as_ref().map(|c| &c.svg) == old.as_ref().map(|c| &c.svg) {
            continue;
        }
        if let Some(frame) = find(root, &format!("[data-testid=chart-{key}]")) {
            frame.set_inner_html(chart.as_ref().map_or("", |c| c.svg.as_str()));
        }
        if let Some(text) = find(root, &format!("[data-text={key}]")) {
            let words = chart.as_ref().map_or(
                "This chart can't be drawn: these rates compound past what can be computed exactly.",
                |c| c.text.as_str(),
            );
            text.set_text_content(Some(words));
        }
    }
    store::write(|p| {
        p.drawn = Some(Drawn {
            state,
            widths,
            outcome,
            choices,
            charts,
        });
    });
}

/// No result: hide the charts and say why.
fn withdraw(root: &Element, status: Option<Element>) {
    let _ = root.set_attribute("hidden", "");
    if let Some(status) = status {
        let _ = status.remove_attribute("hidden");
        status.set_text_content(Some("Charts appear once all four figures are valid."));
    }
    store::write(|p| {
        p.drawn = None;
        p.widths = None;
    });
}
