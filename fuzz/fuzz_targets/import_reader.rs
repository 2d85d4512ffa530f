//! The MRR file reader on arbitrary bytes, as any delimiter and date order: it must never
//! panic, every skipped row must carry a line and a reason, and whatever it reads must
//! analyse without panicking either.
#![no_main]

use libfuzzer_sys::fuzz_target;
use retention_calculator::import::month::DateOrder;
use retention_calculator::import::read::{read, Outcome};
use retention_calculator::import::report::file_report;

fuzz_target!(|data: &[u8]| {
    let Some((&choice, bytes)) = data.split_first() else { return };
    let delimiter = [b',', b';', b'\t'][usize::from(choice % 3)];
    let order = [None, Some(DateOrder::DayFirst), Some(DateOrder::MonthFirst)][usize::from(choice / 3 % 3)];
    let outcome = read(bytes, delimiter, order);
    if let Outcome::Read(read) = &outcome {
        assert!(read.used + read.skipped_count >= read.used);
        assert!(read.skipped.iter().all(|s| s.line >= 1 && !s.reason.is_empty()));
    }
    let _ = file_report(outcome, 600);
});
