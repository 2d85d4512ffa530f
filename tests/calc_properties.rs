//! Properties of the pure domain that must hold for every input, checked with proptest at
//! 10,000 cases per invariant.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use retention_calculator::calc::amount::parse_amount;
use retention_calculator::calc::metrics::{Metrics, Movements};
use retention_calculator::calc::projection::project;
use retention_calculator::calc::{analyse, format};
use rust_decimal::{Decimal, RoundingStrategy};

/// Amounts in cents up to $10 billion: realistic magnitudes with exact cents.
fn amount() -> impl Strategy<Value = Decimal> {
    (0i64..1_000_000_000_000).prop_map(|cents| Decimal::new(cents, 2))
}

/// Valid movements: a positive start, losses that fit inside it, any expansion.
fn movements() -> impl Strategy<Value = Movements> {
    (1i64..1_000_000_000_000, amount(), 0u32..=100, 0u32..=100).prop_map(
        |(start_cents, expansion, contraction_share, churn_share)| {
            let start = Decimal::new(start_cents, 2);
            // Each loss is at most half the start, rounded down to the cent: rounding to
            // nearest could make two halves of an odd number of cents exceed the start by one.
            let share = |percent: u32| {
                (start * Decimal::from(percent) / Decimal::from(200))
                    .round_dp_with_strategy(2, RoundingStrategy::ToZero)
            };
            let (contraction, churn) = (share(contraction_share), share(churn_share));
            Movements {
                start,
                expansion,
                contraction,
                churn,
            }
        },
    )
}

/// Cases per property: enough to reach the corners of the generators, quick in a release-free
/// `cargo test` (the whole file runs in seconds).
const CASES: u32 = 10_000;

/// Division keeps 28 significant digits, so identities hold to far below display precision.
fn close(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() <= Decimal::new(1, 18)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn grr_never_exceeds_100_and_is_never_negative(m in movements()) {
        let metrics = Metrics::compute(m).unwrap();
        prop_assert!(metrics.grr <= Decimal::ONE_HUNDRED);
        prop_assert!(metrics.grr >= Decimal::ZERO);
    }

    #[test]
    fn nrr_is_never_below_grr(m in movements()) {
        let metrics = Metrics::compute(m).unwrap();
        prop_assert!(metrics.nrr >= metrics.grr);
    }

    #[test]
    fn nrr_minus_grr_is_the_expansion_rate(m in movements()) {
        let metrics = Metrics::compute(m).unwrap();
        prop_assert!(close(metrics.nrr - metrics.grr, metrics.expansion_rate),
            "{} - {} != {}", metrics.nrr, metrics.grr, metrics.expansion_rate);
        prop_assert_eq!(metrics.gap, (metrics.nrr - metrics.grr).normalize());
    }

    #[test]
    fn gross_churn_and_grr_make_100(m in movements()) {
        let metrics = Metrics::compute(m).unwrap();
        prop_assert!(close(metrics.gross_churn + metrics.grr, Decimal::ONE_HUNDRED));
        prop_assert!(close(metrics.net_churn + metrics.nrr, Decimal::ONE_HUNDRED));
    }

    #[test]
    fn ending_mrr_is_start_times_nrr(m in movements()) {
        let metrics = Metrics::compute(m).unwrap();
        let from_rate = m.start * metrics.nrr / Decimal::ONE_HUNDRED;
        prop_assert!((from_rate - metrics.ending_mrr).abs() <= Decimal::new(1, 10));
    }

    #[test]
    fn projection_is_monotone_in_nrr(
        start in 1i64..1_000_000_000_000i64,
        low in 0u32..30_000,
        step in 0u32..30_000,
    ) {
        let start = Decimal::new(start, 2);
        let (lower, higher) = (Decimal::new(low.into(), 2), Decimal::new((low + step).into(), 2));
        let a = project(start, lower).unwrap();
        let b = project(start, higher).unwrap();
        for (x, y) in a.iter().zip(&b) {
            prop_assert!(x.amount <= y.amount, "year {}: {} > {}", x.year, x.amount, y.amount);
            prop_assert!(x.change <= y.change);
        }
        prop_assert_eq!(a[0].amount, start.normalize());
    }

    #[test]
    fn parsing_never_panics_on_any_string(s in any::<String>()) {
        let _ = parse_amount(&s);
    }

    #[test]
    fn parsing_never_panics_on_amount_like_strings(s in "[-−(]?[$€£]?[0-9., \u{a0}]{0,40}[kKmMbB]?[)]?( ?USD)?") {
        let _ = parse_amount(&s);
    }

    #[test]
    fn analysing_any_four_strings_never_panics(a in ".{0,12}", b in "[0-9.,kKmM$]{0,30}", c in any::<String>(), d in "[0-9]{0,40}") {
        let _ = analyse([&a, &b, &c, &d], retention_calculator::calc::Period::Month, retention_calculator::calc::PeerGroup::default_group());
    }

    #[test]
    fn formatted_amounts_parse_back_to_the_same_value(cents in 0i64..100_000_000_000_000) {
        let value = Decimal::new(cents, 2);
        let shown = format::money(value, retention_calculator::calc::Currency::Usd);
        prop_assert_eq!(parse_amount(&shown).unwrap(), value.normalize());
    }
}

mod benchmarks {
    use proptest::prelude::*;
    use retention_calculator::calc::benchmarks::percentile::standing;
    use retention_calculator::calc::benchmarks::PEER_GROUPS;
    use retention_calculator::calc::period::{annualise, Period};
    use rust_decimal::Decimal;

    /// A rate in percent with two decimals, 0–300 %.
    fn rate() -> impl Strategy<Value = Decimal> {
        (0i64..=30_000).prop_map(|hundredths| Decimal::new(hundredths, 2))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(super::CASES))]

        #[test]
        fn percentile_is_within_0_100_and_monotone_in_the_value(a in rate(), b in rate()) {
            let (low, high) = if a <= b { (a, b) } else { (b, a) };
            for group in &PEER_GROUPS {
                for table in std::iter::once(group.nrr).chain(group.grr) {
                    let (p_low, p_high) = (standing(table, low).percentile(), standing(table, high).percentile());
                    prop_assert!(p_low >= Decimal::ZERO && p_high <= Decimal::ONE_HUNDRED);
                    prop_assert!(p_low <= p_high, "{}: {low} → {p_low} but {high} → {p_high}", table.source);
                }
            }
        }

        #[test]
        fn annualising_is_repeated_multiplication(r in rate()) {
            let ratio = r / Decimal::ONE_HUNDRED;
            let month = annualise(r, Period::Month).unwrap();
            let by_hand = (0..12).fold(Decimal::ONE, |acc, _| acc * ratio) * Decimal::ONE_HUNDRED;
            prop_assert!((month - by_hand).abs() <= Decimal::new(1, 15), "{month} vs {by_hand}");
            let quarter = annualise(r, Period::Quarter).unwrap();
            prop_assert_eq!(quarter, (ratio * ratio * ratio * ratio * Decimal::ONE_HUNDRED).normalize());
            prop_assert_eq!(annualise(r, Period::Year).unwrap(), r.normalize());
        }
    }
}

/// The URL contract: every field and choice survives share link → prefill.
mod url {
    use proptest::prelude::*;
    use retention_calculator::calc::benchmarks::PEER_GROUPS;
    use retention_calculator::calc::{Currency, Period};
    use retention_calculator::state::query::{decode, encode, share_fragment, Choices, Prefill};

    fn choices() -> impl Strategy<Value = Choices> {
        (
            0..Currency::ALL.len(),
            0..Period::ALL.len(),
            0..PEER_GROUPS.len(),
        )
            .prop_map(|(c, p, g)| Choices {
                currency: Currency::ALL[c],
                period: Period::ALL[p],
                peer: &PEER_GROUPS[g],
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(super::CASES))]

        #[test]
        fn every_field_and_choice_round_trips_through_the_share_fragment(
            texts in proptest::array::uniform4(any::<String>()),
            choices in choices(),
        ) {
            let fragment = share_fragment([&texts[0], &texts[1], &texts[2], &texts[3]], choices);
            let back = Prefill::from_url_parts("", &format!("#{fragment}"));
            for (typed, read) in texts.iter().zip(&back.texts) {
                let expected = (!typed.trim().is_empty()).then(|| typed.clone());
                prop_assert_eq!(read, &expected);
            }
            prop_assert_eq!(back.choices(), choices);
        }

        #[test]
        fn amount_like_texts_round_trip_too(
            texts in proptest::array::uniform4("[-$€£0-9.,kKmM ()&=#%+]{1,20}"),
            choices in choices(),
        ) {
            let fragment = share_fragment([&texts[0], &texts[1], &texts[2], &texts[3]], choices);
            let back = Prefill::from_url_parts("", &fragment);
            for (typed, read) in texts.iter().zip(&back.texts) {
                let expected = (!typed.trim().is_empty()).then(|| typed.clone());
                prop_assert_eq!(read, &expected);
            }
        }

        #[test]
        fn decoding_any_text_never_panics_and_encoding_undoes_it(text in any::<String>()) {
            prop_assert_eq!(decode(&encode(&text)), text.clone());
            let _ = Prefill::from_url_parts(&text, &text);
        }
    }
}

/// The founder and investor tools' formulas.
mod tools {
    use super::*;
    use retention_calculator::calc::tools::{backsolve, scenarios, segments};

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(CASES))]

        /// Expansion set to what a target asks gives exactly the target (when losses alone
        /// don't already leave the base above it).
        #[test]
        fn the_back_solved_expansion_reaches_the_target(m in movements(), target in 50u32..300) {
            let target = Decimal::from(target);
            let t = backsolve::target(&m, target).unwrap();
            let reached = Metrics::compute(Movements { expansion: t.expansion_needed, ..m }).unwrap().nrr;
            let floor = Metrics::compute(Movements { expansion: Decimal::ZERO, ..m }).unwrap().nrr;
            prop_assert!(close(reached, target.max(floor)), "{} for {}", reached, target);
        }

        /// A blend's NRR lies between its segments' NRRs, and a segment flagged as hidden is
        /// below 90 % in a blend at or above it.
        #[test]
        fn a_blend_lies_between_its_segments(a in movements(), b in movements()) {
            let nrr = |m: &Movements| Metrics::compute(*m).unwrap().nrr;
            let blended = nrr(&segments::blend(&[a, b]).unwrap());
            let (low, high) = (nrr(&a).min(nrr(&b)), nrr(&a).max(nrr(&b)));
            prop_assert!(blended >= low - Decimal::new(1, 18) && blended <= high + Decimal::new(1, 18));
            for i in segments::hidden_by_blend(&[a, b]) {
                prop_assert!(nrr(&[a, b][i]) < segments::WEAK_NRR && blended >= segments::WEAK_NRR);
            }
        }

        /// The sensitivity grid's NRR is the calculator's NRR for movements at those rates.
        #[test]
        fn the_grid_agrees_with_the_calculator(m in movements()) {
            let metrics = Metrics::compute(m).unwrap();
            let grid = scenarios::grid_nrr(metrics.expansion_rate, metrics.gross_churn).unwrap();
            prop_assert!(close(grid, metrics.nrr));
        }
    }
}
