//! Running something once typing pauses, rather than on every keystroke.

use leptos::prelude::*;
use std::time::Duration;

/// A delayed call that each new [`AfterPause::schedule`] replaces: only the last one runs,
/// `delay` after it was scheduled.
#[derive(Clone, Copy)]
pub struct AfterPause {
    pending: StoredValue<Option<TimeoutHandle>>,
    delay: Duration,
}

impl AfterPause {
    /// Nothing scheduled yet.
    pub fn new(delay: Duration) -> AfterPause {
        AfterPause {
            pending: StoredValue::new(None),
            delay,
        }
    }

    /// Runs `run` after the delay, instead of whatever was scheduled before.
    pub fn schedule(&self, run: impl FnOnce() + 'static) {
        self.cancel();
        self.pending
            .set_value(set_timeout_with_handle(run, self.delay).ok());
    }

    /// Drops what was scheduled, if it has not run yet.
    pub fn cancel(&self) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        self.pending.set_value(None);
    }
}
