//! The amount parser on arbitrary bytes: it must never panic, and whatever it accepts must be
//! a non-negative amount that prints and parses back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use retention_calculator::calc::amount::parse_amount;
use retention_calculator::calc::{format, Currency};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(value) = parse_amount(text) {
        assert!(!value.is_sign_negative() || value.is_zero(), "{text:?} → {value}");
        let shown = format::exact(value);
        assert_eq!(parse_amount(&shown), Ok(value.normalize()), "{text:?} → {shown}");
        let _ = format::money(value, Currency::Usd);
    }
});
