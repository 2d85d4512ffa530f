//! Finding the pack's elements in the page, and measuring them.

use super::markup;
use web_sys::{Document, Element};

/// The page's document.
pub(super) fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The pack's root element, once the page has rendered its slot.
pub(super) fn pack_root() -> Option<Element> {
    document()?.get_element_by_id("chart-pack")
}

/// The first element under `root` matching `selector`.
pub(super) fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// The width each chart has to fill: its frame's, or a default while the pack is hidden.
/// Forces a layout: call it only when the pack is shown or the window resized.
pub(super) fn frame_widths(root: &Element) -> [u32; 3] {
    markup::CHARTS.map(|(key, _)| {
        find(root, &format!("[data-testid=chart-{key}]"))
            .map(|frame| frame.client_width())
            .filter(|w| *w > 0)
            .map_or(640, |w| w as u32)
    })
}
