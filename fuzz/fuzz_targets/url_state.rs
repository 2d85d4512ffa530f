//! The URL state decoder on arbitrary text: reading a query and fragment never panics, and
//! the share fragment built from what was read (other tools' parameters included) reads back
//! to the same state.
#![no_main]

use libfuzzer_sys::fuzz_target;
use retention_calculator::calc::{analyse, Period};
use retention_calculator::state::query::{share_fragment, with_others, Prefill};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (query, fragment) = text.split_once('#').unwrap_or((&text, ""));
    let prefill = Prefill::from_url_parts(query, fragment);
    let choices = prefill.choices();
    let texts = prefill.texts.clone().map(Option::unwrap_or_default);
    let texts = [&*texts[0], &*texts[1], &*texts[2], &*texts[3]];
    // Other tools' parameters ride along unchanged; except that, written first in a fragment
    // of their own, a garbage key opening with `#` or `?` reads back as the fragment's mark
    // (found by this target; no parameter has such a key, and checking for one in the
    // calculator cost ~150 B of its first load).
    let others = if prefill.others.starts_with(['#', '?']) { "" } else { &prefill.others };
    let again = Prefill::from_url_parts("", &with_others(share_fragment(texts, choices), others));
    assert_eq!(again.others, others);
    assert_eq!(again.choices(), choices);
    for (read, back) in texts.iter().zip(&again.texts) {
        let expected = (!read.trim().is_empty()).then(|| read.to_string());
        assert_eq!(back, &expected);
    }
    let _ = analyse(texts, Period::ALL[data.len() % 3], choices.peer);
});
