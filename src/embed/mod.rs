//! Where the calculator runs, and what that changes.
//!
//! Three hosts: its own page (`index.html`); the frame view a host page embeds with
//! `embed.js` (`embed.html`, marked `data-embed`); and the `<nrr-calculator>` element
//! (`element.js`), mounted into a shadow root on someone else's page. The frame and the
//! element link to the full calculator for sharing, and remember figures only when asked
//! (`remember=1`): a host's visitors didn't ask for it. The element never touches the host
//! page's address. The JavaScript side (loader, element, frame, parameters) sits next to this
//! file and is described in README.md.

use leptos::prelude::{document, window};
use std::cell::Cell;
use web_sys::Element;

/// Which page the calculator is mounted in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Host {
    /// Its own page.
    Page,
    /// The frame view, inside another site's page.
    Frame,
    /// The custom element, in a shadow root on another site's page.
    Element,
}

/// Where the calculator was mounted, set once at start-up.
pub struct Embedding {
    /// The page it runs in.
    pub host: Host,
    /// The element the calculator is mounted into.
    pub root: Element,
    /// Whether the last figures are kept in `localStorage` for the next visit.
    pub remember: bool,
    /// The full calculator's address (with a trailing `/`) for links out of an embed.
    pub home: String,
    /// An embed's "Open the full calculator" link (`data-testid="open-full"`), kept on the
    /// current figures by `state::location`.
    pub full_link: Option<Element>,
}

thread_local! {
    static EMBEDDING: Cell<Option<&'static Embedding>> = const { Cell::new(None) };
}

/// Records where the calculator is mounted. Call once, before mounting. (Kept for the life
/// of the page: a plain reference is cheaper to read, in bytes of wasm, than a borrow.)
pub fn set(embedding: Embedding) {
    EMBEDDING.with(|e| e.set(Some(Box::leak(Box::new(embedding)))));
}

/// Where the calculator is mounted, once [`set`].
pub fn get() -> Option<&'static Embedding> {
    EMBEDDING.with(Cell::get)
}

/// Whether the calculator runs in the custom element on someone else's page.
pub fn in_element() -> bool {
    get().is_some_and(|e| e.host == Host::Element)
}

/// The page's own shell, `<main data-rc-shell>`: the page and the frame view have one; a
/// host page of the custom element doesn't, and there the module mounts nothing on its own.
pub fn page_shell() -> Option<Element> {
    document().query_selector("main[data-rc-shell]").ok()?
}

/// The embedding for the page or the frame view, read from the shell's document.
pub fn for_page(root: Element) -> Embedding {
    let document = document();
    let html = document.document_element();
    let flag = |name: &str| html.as_ref().is_some_and(|h| h.has_attribute(name));
    let framed = flag("data-embed");
    Embedding {
        host: if framed { Host::Frame } else { Host::Page },
        root,
        remember: !framed || flag("data-remember"),
        home: format!("{}/", window().location().origin().unwrap_or_default()),
        full_link: if framed {
            document.query_selector(FULL_LINK).ok().flatten()
        } else {
            None
        },
    }
}

/// Selects the "Open the full calculator" link.
pub const FULL_LINK: &str = "[data-testid=open-full]";
