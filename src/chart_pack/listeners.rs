//! Installing the pack: its markup, its stylesheet, and the listeners that redraw it (resize,
//! print) or act on its buttons.

use super::dom::{document, frame_widths, pack_root};
use super::draw::{redraw, redraw_in_page};
use super::{actions, markup, store};
use wasm_bindgen::prelude::*;
use web_sys::{Element, Event};

/// Writes the markup, loads the stylesheet, and listens for clicks, resizes and printing.
pub(super) fn install(root: &Element, stylesheet: &str) {
    root.set_inner_html(&markup::html());
    let _ = root.set_attribute("hidden", "");
    on(root, "click", actions::on_click);
    if let Some(link) = document().and_then(|d| d.create_element("link").ok()) {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", stylesheet);
        // Without its stylesheet the pack still works, in the charts' own light colours.
        let styled = |_: Event| {
            store::write(|p| p.styled = true);
            redraw_in_page();
        };
        on(&link, "load", styled);
        on(&link, "error", styled);
        if let Some(head) = document().and_then(|d| d.head()) {
            let _ = head.append_child(&link);
        }
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    on(&window, "resize", |_| {
        if let Some(root) = pack_root() {
            let widths = Some(frame_widths(&root));
            if store::read(|p| p.widths) != widths {
                store::write(|p| p.widths = widths);
                redraw(&root);
            }
        }
    });
    for (event, printing) in [("beforeprint", true), ("afterprint", false)] {
        on(&window, event, move |_| {
            store::write(|p| p.printing = printing);
            redraw_in_page();
        });
    }
}

/// Listens for `event` on `target` for the life of the page.
fn on(target: &web_sys::EventTarget, event: &str, handler: impl Fn(Event) + 'static) {
    let closure = Closure::<dyn Fn(Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}
