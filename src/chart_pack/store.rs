//! What the pack keeps between calls: the latest state the page handed over, and what is on
//! screen (for the downloads, and to skip a redraw that would change nothing).

use crate::calc::Outcome;
use crate::chart::frame::Chart;
use crate::state::query::Choices;
use std::cell::RefCell;

/// What is on screen.
pub(super) struct Drawn {
    /// The state (share-link fragment) drawn.
    pub state: String,
    /// The widths the charts were drawn at.
    pub widths: [u32; 3],
    /// The result drawn.
    pub outcome: Outcome,
    /// Its currency, period and peer group.
    pub choices: Choices,
    /// The charts, in [`super::markup::CHARTS`] order.
    pub charts: [Option<Chart>; 3],
}

#[derive(Default)]
pub(super) struct Pack {
    /// The latest state the page handed over.
    pub state: Option<String>,
    /// Whether the pack's stylesheet has loaded (until then the pack stays hidden).
    pub styled: bool,
    /// The charts' frame widths on screen, measured when the pack is shown and on resize
    /// only: measuring forces a layout, which would cost every keystroke milliseconds.
    pub widths: Option<[u32; 3]>,
    /// Whether the page is being printed (charts are then drawn at print widths).
    pub printing: bool,
    /// What is on screen, `None` while the charts are withdrawn.
    pub drawn: Option<Drawn>,
}

thread_local! {
    static PACK: RefCell<Pack> = RefCell::new(Pack::default());
}

/// Reads the pack's store.
pub(super) fn read<T>(read: impl FnOnce(&Pack) -> T) -> T {
    PACK.with(|p| read(&p.borrow()))
}

/// Changes the pack's store.
pub(super) fn write<T>(write: impl FnOnce(&mut Pack) -> T) -> T {
    PACK.with(|p| write(&mut p.borrow_mut()))
}

/// Reads what is drawn (`None` while nothing is).
pub(super) fn with_drawn<T>(read: impl FnOnce(&Drawn) -> T) -> Option<T> {
    PACK.with(|p| p.borrow().drawn.as_ref().map(read))
}
