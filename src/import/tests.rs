//! The fixtures in tests/fixtures/, read and analysed, against figures worked out by hand
//! (see README.md, "MRR file import").

use super::analyse::{cohorts, segments, series, window};
use super::month::{DateOrder, Month};
use super::read::{read, sniff_delimiter, FileRead, Outcome, Shape};
use rust_decimal::Decimal;
use std::str::FromStr;

const LONG: &str = include_str!("../../tests/fixtures/mrr-long.csv");
const WIDE: &str = include_str!("../../tests/fixtures/mrr-wide.csv");
const BAD: &str = include_str!("../../tests/fixtures/mrr-bad-rows.csv");

pub(super) fn file(text: &str, order: Option<DateOrder>) -> Outcome {
    read(text.as_bytes(), sniff_delimiter(text.as_bytes()), order)
}

pub(super) fn read_ok(text: &str) -> FileRead {
    match file(text, None) {
        Outcome::Read(read) => *read,
        other => panic!("not read: {other:?}"),
    }
}

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn m(year: u32, month: u32) -> Month {
    Month::new(year, month).unwrap()
}

#[test]
fn the_long_fixture_gives_the_hand_computed_window() {
    let read = read_ok(LONG);
    assert_eq!(read.shape, Shape::Long);
    // 13 months of 4 customers, and gamma's 5 before it left.
    assert_eq!((read.rows, read.used, read.skipped_count), (57, 57, 0));
    assert_eq!(read.ledger.customers.len(), 5);
    assert_eq!(
        (read.ledger.first, read.ledger.last()),
        (m(2024, 1), m(2025, 1))
    );
    assert_eq!(read.currency.map(|c| c.code()), Some("USD"));
    let w = window(&read.ledger, m(2024, 1), m(2025, 1), None);
    assert_eq!(
        [
            w.movements.start,
            w.movements.expansion,
            w.movements.contraction,
            w.movements.churn
        ],
        [d("1350"), d("500"), d("20"), d("200")]
    );
    assert_eq!(w.new_mrr, d("400"));
    assert_eq!((w.customers, w.retained), (4, 3));
    assert_eq!(w.logo_retention(), Some(d("75")));
    let (nrr, grr) = w.rates().unwrap();
    assert_eq!(nrr.round_dp(4), d("120.7407"));
    assert_eq!(grr.round_dp(4), d("83.7037"));
}

#[test]
fn the_wide_fixture_says_the_same_as_the_long_one() {
    let (long, wide) = (read_ok(LONG), read_ok(WIDE));
    assert_eq!(wide.shape, Shape::Wide);
    assert_eq!(wide.rows, 5);
    for customer in 0..5 {
        assert_eq!(
            long.ledger.customers[customer],
            wide.ledger.customers[customer]
        );
        assert_eq!(
            long.ledger.row(customer),
            wide.ledger.row(customer),
            "{customer}"
        );
    }
    assert_eq!(long.ledger.segments, wide.ledger.segments);
}

#[test]
fn series_cohorts_and_segments_match_the_hand_computed_ones() {
    let ledger = read_ok(LONG).ledger;
    let rows = series(&ledger);
    assert_eq!(rows.len(), 12);
    assert!(rows[..11].iter().all(|r| r.trailing_twelve.is_none()));
    let last = rows[11];
    assert_eq!(last.month, m(2025, 1));
    assert_eq!(
        last.trailing_twelve.map(|(n, _)| n.round_dp(2)),
        Some(d("120.74"))
    );
    assert_eq!(last.logo_twelve, Some(d("75")));
    // January 2025 over December 2024 (start 1,650): acme 1,200 → 1,500, beta 100 → 80,
    // epsilon 300 → 400, delta flat: NRR 2,030 / 1,650, GRR 1,630 / 1,650.
    assert_eq!(
        last.month_over_month
            .map(|(n, g)| (n.round_dp(4), g.round_dp(4))),
        Some((d("123.0303"), d("98.7879")))
    );

    let (quarterly, cohorts) = cohorts(&ledger);
    assert!(!quarterly);
    assert_eq!(cohorts.len(), 2);
    assert_eq!(
        (
            cohorts[0].label.as_str(),
            cohorts[0].customers,
            cohorts[0].base
        ),
        ("2024-01", 4, d("1350"))
    );
    assert_eq!(
        cohorts[0].retained.map(|r| r.map(|v| v.round_dp(2))),
        [Some(d("100")), Some(d("100")), Some(d("120.74")), None]
    );
    assert_eq!(
        (cohorts[1].label.as_str(), cohorts[1].base),
        ("2024-03", d("300"))
    );
    assert_eq!(
        cohorts[1].retained,
        [Some(d("100")), Some(d("100")), None, None]
    );

    let by_segment = segments(&ledger, m(2024, 1), m(2025, 1));
    let names: Vec<&str> = by_segment.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Enterprise", "SMB"]);
    assert_eq!(by_segment[0].window.rates(), Some((d("150"), d("100"))));
    let (smb_nrr, smb_grr) = by_segment[1].window.rates().unwrap();
    assert_eq!(
        (smb_nrr.round_dp(2), smb_grr.round_dp(2)),
        (d("37.14"), d("37.14"))
    );
}

#[test]
fn bad_rows_are_listed_with_their_line_and_reason() {
    let read = read_ok(BAD);
    let lines: Vec<(u64, &str)> = read
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.as_str()))
        .collect();
    assert_eq!(lines.len(), 5, "{lines:?}");
    assert_eq!(lines[0], (4, "no customer"));
    assert_eq!(lines[1].0, 5);
    assert!(lines[1].1.contains("isn't a month"), "{}", lines[1].1);
    assert_eq!(lines[2].0, 6);
    assert!(lines[2].1.starts_with("MRR “abc”"), "{}", lines[2].1);
    assert!(lines[3].1.contains("minus"), "{}", lines[3].1);
    assert_eq!(lines[4].0, 8, "“1,00” is refused by the amount rules");
    // 31/01 proves the dates are day-first.
    assert_eq!((read.rows, read.used, read.skipped_count), (8, 3, 5));
    assert_eq!(read.ledger.first, m(2024, 1));
}

#[test]
fn dates_that_could_be_either_order_are_asked_about_once() {
    let text = "customer,date,mrr\na,01/02/2024,10\nb,03/04/2024,20\n";
    assert!(matches!(file(text, None), Outcome::NeedsDateOrder));
    let Outcome::Read(day_first) = file(text, Some(DateOrder::DayFirst)) else {
        panic!()
    };
    assert_eq!(day_first.ledger.first, m(2024, 2));
    let Outcome::Read(month_first) = file(text, Some(DateOrder::MonthFirst)) else {
        panic!()
    };
    assert_eq!(month_first.ledger.first, m(2024, 1));
    // One date past the 12th settles it for the whole file.
    let settled = read_ok("customer,date,mrr\na,01/02/2024,10\nb,25/04/2024,20\n");
    assert_eq!(settled.ledger.first, m(2024, 2));
}

#[test]
fn files_that_fit_neither_shape_say_what_they_lack() {
    for text in [
        "",
        "name,value\nx,1\n",
        "customer,mrr\na,1\n",
        "customer,month,mrr\n",
    ] {
        match file(text, None) {
            Outcome::Unusable(message) => assert!(!message.is_empty()),
            other => panic!("{text:?}: {other:?}"),
        }
    }
}

#[test]
fn arr_columns_are_read_as_twelve_months_of_mrr() {
    let read = read_ok("account;month;ARR\nx;2025-01;12000\nx;2025-02;24000\n");
    assert!(read.from_arr);
    assert_eq!(read.ledger.row(0), [d("1000"), d("2000")]);
}

#[test]
fn several_rows_for_one_customer_and_month_add_up() {
    let read = read_ok("customer\tmonth\tmrr\nx\t2025-01\t10\nx\t2025-01\t5\n");
    assert_eq!(read.ledger.row(0), [d("15")]);
}

/// A timing aid, not a test: `BIG_CSV=/path cargo test --release --lib import::tests::time_a_big_file -- --ignored --nocapture`.
#[test]
#[ignore]
fn time_a_big_file() {
    let path = std::env::var("BIG_CSV").expect("BIG_CSV");
    let bytes = std::fs::read(path).unwrap();
    let started = std::time::Instant::now();
    let Outcome::Read(read) = read(&bytes[..], sniff_delimiter(&bytes), None) else {
        panic!()
    };
    let parsed = started.elapsed();
    let w = window(
        &read.ledger,
        read.ledger.last().plus(-12).unwrap(),
        read.ledger.last(),
        None,
    );
    let s = series(&read.ledger);
    let c = cohorts(&read.ledger);
    println!(
        "{} rows, {} customers: read {parsed:?}, all {:?}; {:?} {} {}",
        read.rows,
        read.ledger.customers.len(),
        started.elapsed(),
        w.rates(),
        s.len(),
        c.1.len()
    );
}

#[test]
fn the_report_writes_each_figure_as_the_calculator_does() {
    use super::report::window_report;
    use crate::calc::Currency;
    let read = read_ok(LONG);
    let json = serde_json::to_value(window_report(
        &read.ledger,
        Currency::Eur,
        m(2024, 1),
        m(2025, 1),
    ))
    .unwrap();
    // The exact value for data-value, the text (calc::format) beside it.
    assert_eq!(json["nrr"].as_str().unwrap().get(..8), Some("120.7407"));
    assert_eq!(json["text"]["nrr"], "120.74%");
    assert_eq!(json["text"]["grr"], "83.7%");
    assert_eq!(json["text"]["logoRetention"], "75%");
    assert_eq!(json["text"]["movements"][0], "€1,350");
    assert_eq!(json["text"]["newMrr"], "€400");
}
