//! Properties of the MRR file import that must hold for every ledger: checked with proptest on
//! generated files, written out as CSV (long and wide) and read back like a user's file.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use retention_calculator::import::analyse::{cohorts, segments, window};
use retention_calculator::import::month::Month;
use retention_calculator::import::read::{read, sniff_delimiter, FileRead, Outcome};
use rust_decimal::Decimal;

/// Cases per property: each reads two or three whole files.
const CASES: u32 = 2_000;

/// MRR in cents (zero for months without revenue) for up to 12 customers over up to 14
/// months, and each customer's segment.
fn book() -> impl Strategy<Value = (Vec<Vec<i64>>, Vec<u8>)> {
    (1usize..=12, 2usize..=14).prop_flat_map(|(customers, months)| {
        (
            prop::collection::vec(
                prop::collection::vec(prop_oneof![2 => Just(0i64), 5 => 1i64..500_000], months),
                customers,
            ),
            prop::collection::vec(0u8..3, customers),
        )
    })
}

fn month_key(i: usize) -> String {
    Month::new(2024, 1).unwrap().plus(i as i64).unwrap().key()
}

fn money(cents: i64) -> String {
    Decimal::new(cents, 2).to_string()
}

/// The book as a long file, rows in the order given by `order` (a permutation seed).
fn long_file(mrr: &[Vec<i64>], segment: &[u8], shuffle: u64) -> String {
    let mut rows = Vec::new();
    for (c, months) in mrr.iter().enumerate() {
        for (m, cents) in months.iter().enumerate() {
            if *cents > 0 {
                rows.push(format!(
                    "c{c},{},{},S{}",
                    month_key(m),
                    money(*cents),
                    segment[c]
                ));
            }
        }
    }
    // A deterministic shuffle (a linear congruential walk): row order must not matter.
    let mut state = shuffle;
    for i in (1..rows.len()).rev() {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        rows.swap(i, (state >> 33) as usize % (i + 1));
    }
    format!("customer,month,mrr,segment\n{}\n", rows.join("\n"))
}

fn wide_file(mrr: &[Vec<i64>], segment: &[u8]) -> String {
    let months: Vec<String> = (0..mrr[0].len()).map(month_key).collect();
    let mut out = format!("customer;segment;{}\n", months.join(";"));
    for (c, row) in mrr.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .map(|&v| if v > 0 { money(v) } else { String::new() })
            .collect();
        out.push_str(&format!("c{c};S{};{}\n", segment[c], cells.join(";")));
    }
    out
}

fn read_text(text: &str) -> Option<FileRead> {
    match read(text.as_bytes(), sniff_delimiter(text.as_bytes()), None) {
        Outcome::Read(read) => Some(*read),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    /// Shuffled rows, and the same book as a wide sheet, give the same window.
    #[test]
    fn row_order_and_layout_do_not_change_the_figures((mrr, segment) in book(), seed in any::<u64>()) {
        let texts = [long_file(&mrr, &segment, 0), long_file(&mrr, &segment, seed), wide_file(&mrr, &segment)];
        let reads: Vec<Option<FileRead>> = texts.iter().map(|t| read_text(t)).collect();
        let Some(wide) = &reads[2] else { return Ok(()) };
        for long in reads[..2].iter().flatten() {
            // The long file starts at its first figure; the wide sheet at its first column.
            let (start, end) = (long.ledger.first, long.ledger.last());
            prop_assert_eq!(window(&long.ledger, start, end, None), window(&wide.ledger, start, end, None));
        }
    }

    /// The segments' movements add up to the blend's; NRR − GRR is expansion ÷ start.
    #[test]
    fn segments_add_up_and_the_gap_is_expansion((mrr, segment) in book()) {
        let Some(read) = read_text(&wide_file(&mrr, &segment)) else { return Ok(()) };
        let ledger = &read.ledger;
        let (start, end) = (ledger.first, ledger.last());
        let blend = window(ledger, start, end, None);
        let parts = segments(ledger, start, end);
        let sum = |pick: fn(&retention_calculator::import::analyse::Window) -> Decimal| {
            parts.iter().map(|s| pick(&s.window)).sum::<Decimal>()
        };
        prop_assert_eq!(sum(|w| w.movements.start), blend.movements.start);
        prop_assert_eq!(sum(|w| w.movements.expansion), blend.movements.expansion);
        prop_assert_eq!(sum(|w| w.movements.contraction), blend.movements.contraction);
        prop_assert_eq!(sum(|w| w.movements.churn), blend.movements.churn);
        prop_assert_eq!(sum(|w| w.new_mrr), blend.new_mrr);
        if let Some((nrr, grr)) = blend.rates() {
            let gap = blend.movements.expansion * Decimal::from(100) / blend.movements.start;
            prop_assert!((nrr - grr - gap).abs() < Decimal::new(1, 20), "{} − {} ≠ {}", nrr, grr, gap);
        }
        // Every customer is in the cohort, new, or neither: the cohort's end MRR is its
        // start plus expansion minus losses.
        let end_mrr: Decimal = (0..ledger.customers.len())
            .filter(|&c| !ledger.mrr(c, start).is_zero())
            .map(|c| ledger.mrr(c, end))
            .sum();
        let m = blend.movements;
        prop_assert_eq!(end_mrr, m.start + m.expansion - m.contraction - m.churn);
    }

    /// Cohorts hold every customer with revenue once, and their bases add up to each one's
    /// first MRR.
    #[test]
    fn cohorts_hold_every_customer_once((mrr, segment) in book()) {
        let Some(read) = read_text(&wide_file(&mrr, &segment)) else { return Ok(()) };
        let (_, list) = cohorts(&read.ledger);
        let with_revenue = mrr.iter().filter(|row| row.iter().any(|&v| v > 0)).count() as u32;
        prop_assert_eq!(list.iter().map(|c| c.customers).sum::<u32>(), with_revenue);
        let firsts: Decimal = mrr.iter().filter_map(|row| row.iter().find(|&&v| v > 0)).map(|&v| Decimal::new(v, 2)).sum();
        prop_assert_eq!(list.iter().map(|c| c.base).sum::<Decimal>(), firsts);
    }

    /// Any bytes at all: a report or a reason, never a panic.
    #[test]
    fn any_bytes_are_read_or_refused(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = read(&bytes[..], sniff_delimiter(&bytes), None);
    }
}
