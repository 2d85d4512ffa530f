//! What the import worker hands the page, as JSON: every figure an exact decimal string
//! (the `data-value` form), and every text ready to show, figures written by `calc::format`
//! (the page never rounds a figure through a JavaScript number). Pure, so it is tested
//! natively.

use super::analyse::{cohorts, segments, series, window, Cohort, SeriesMonth, Window};
use super::month::Month;
use super::read::{FileRead, Outcome, Shape, Skipped};
use crate::calc::format::{self, exact};
use crate::calc::Currency;
use crate::chart::cohorts as heatmap;
use rust_decimal::Decimal;
use serde::Serialize;

/// A segment's NRR below this, in a blend at or above it, is what the blend hides.
pub const WEAK_SEGMENT_NRR: u32 = 90;

/// The answer to reading a file.
#[derive(Debug, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum FileReport {
    /// Read: what was found, and the default window.
    Read(Box<Summary>),
    /// The page must ask which order the dates are in, then read again.
    NeedsDateOrder,
    /// Nothing usable, and why.
    Unusable {
        /// What the file lacks.
        message: String,
    },
}

/// What was read.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    shape: Shape,
    rows: u64,
    used: u64,
    skipped_count: u64,
    skipped: Vec<Skipped>,
    customers: usize,
    months: Vec<String>,
    currency: Option<&'static str>,
    mixed_currencies: bool,
    from_arr: bool,
    ignored_columns: Vec<String>,
    segments: Vec<String>,
    series: Vec<SeriesRow>,
    cohorts_quarterly: bool,
    cohorts: Vec<CohortRow>,
    cohorts_svg: String,
    /// The default window: the latest twelve months, or the whole file if shorter.
    pub window: WindowReport,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SeriesRow {
    month: String,
    ttm_nrr: Option<String>,
    ttm_grr: Option<String>,
    ttm_logo: Option<String>,
    mom_nrr: Option<String>,
    mom_grr: Option<String>,
    /// The five rates above as text, in that order.
    text: [Option<String>; 5],
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct CohortRow {
    label: String,
    customers: u32,
    base: String,
    retained: [Option<String>; 4],
    base_text: String,
    retained_text: [Option<String>; 4],
}

/// A window's figures.
#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct WindowReport {
    start: String,
    end: String,
    months: i64,
    /// The four movements, then new MRR.
    pub movements: [String; 4],
    new_mrr: String,
    customers: u32,
    retained: u32,
    nrr: Option<String>,
    grr: Option<String>,
    logo_retention: Option<String>,
    segments: Vec<SegmentRow>,
    /// Segments under [`WEAK_SEGMENT_NRR`] % NRR that the blend (at or above it) hides.
    weak_segments: Vec<String>,
    text: WindowText,
}

/// A window's figures as text.
#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct WindowText {
    movements: [String; 4],
    new_mrr: String,
    nrr: Option<String>,
    grr: Option<String>,
    logo_retention: Option<String>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct SegmentRow {
    name: String,
    customers: u32,
    start: String,
    nrr: Option<String>,
    grr: Option<String>,
    nrr_text: Option<String>,
    grr_text: Option<String>,
}

/// NRR and GRR of `w` as `write` writes them (exact for `data-value`, or as text), if any.
fn rates(w: &Window, write: fn(Decimal) -> String) -> (Option<String>, Option<String>) {
    w.rates()
        .map_or((None, None), |(n, g)| (Some(write(n)), Some(write(g))))
}

/// The report for a file read (or not); what was read, with the currency its amounts are
/// written in, is kept for other windows over it ([`window_report`]).
pub fn file_report(
    outcome: Outcome,
    chart_width: u32,
) -> (FileReport, Option<(super::ledger::Ledger, Currency)>) {
    let read: FileRead = match outcome {
        Outcome::Read(read) => *read,
        Outcome::NeedsDateOrder => return (FileReport::NeedsDateOrder, None),
        Outcome::Unusable(message) => return (FileReport::Unusable { message }, None),
    };
    let ledger = read.ledger;
    let money = read.currency.unwrap_or_default();
    let last = ledger.last();
    let start = last
        .plus(-12)
        .filter(|&s| s >= ledger.first)
        .unwrap_or(ledger.first);
    let (quarterly, cohort_list) = cohorts(&ledger);
    let summary = Summary {
        shape: read.shape,
        rows: read.rows,
        used: read.used,
        skipped_count: read.skipped_count,
        skipped: read.skipped,
        customers: ledger.customers.len(),
        months: ledger.all_months().map(Month::key).collect(),
        currency: read.currency.map(|c| c.code()),
        mixed_currencies: read.mixed_currencies,
        from_arr: read.from_arr,
        ignored_columns: read.ignored_columns,
        segments: ledger.segments.iter().map(ToString::to_string).collect(),
        series: series(&ledger).iter().map(series_row).collect(),
        cohorts_quarterly: quarterly,
        cohorts_svg: heatmap::svg(&cohort_list, quarterly, chart_width)
            .map(|c| c.svg)
            .unwrap_or_default(),
        cohorts: cohort_list.iter().map(|c| cohort_row(c, money)).collect(),
        window: window_report(&ledger, money, start, last),
    };
    (FileReport::Read(Box::new(summary)), Some((ledger, money)))
}

fn series_row(s: &SeriesMonth) -> SeriesRow {
    let rates = [
        s.trailing_twelve.map(|(n, _)| n),
        s.trailing_twelve.map(|(_, g)| g),
        s.logo_twelve,
        s.month_over_month.map(|(n, _)| n),
        s.month_over_month.map(|(_, g)| g),
    ];
    let [ttm_nrr, ttm_grr, ttm_logo, mom_nrr, mom_grr] = rates.map(|rate| rate.map(exact));
    SeriesRow {
        month: s.month.key(),
        ttm_nrr,
        ttm_grr,
        ttm_logo,
        mom_nrr,
        mom_grr,
        text: rates.map(|rate| rate.map(format::percent)),
    }
}

fn cohort_row(c: &Cohort, money: Currency) -> CohortRow {
    CohortRow {
        label: c.label.clone(),
        customers: c.customers,
        base: exact(c.base),
        retained: c.retained.map(|r| r.map(exact)),
        base_text: format::money(c.base, money),
        retained_text: c.retained.map(|r| r.map(format::percent)),
    }
}

/// The figures for the cohort of `start` followed to `end`, amounts written in `money`.
pub fn window_report(
    ledger: &super::ledger::Ledger,
    money: Currency,
    start: Month,
    end: Month,
) -> WindowReport {
    let w = window(ledger, start, end, None);
    let (nrr, grr) = rates(&w, exact);
    let (nrr_text, grr_text) = rates(&w, format::percent);
    let blend = w.rates().map(|(n, _)| n);
    let weak = Decimal::from(WEAK_SEGMENT_NRR);
    let by_segment = segments(ledger, start, end);
    let m = w.movements;
    WindowReport {
        start: start.key(),
        end: end.key(),
        months: start.until(end),
        movements: [m.start, m.expansion, m.contraction, m.churn].map(exact),
        new_mrr: exact(w.new_mrr),
        customers: w.customers,
        retained: w.retained,
        nrr,
        grr,
        logo_retention: w.logo_retention().map(exact),
        text: WindowText {
            movements: [m.start, m.expansion, m.contraction, m.churn]
                .map(|amount| format::money(amount, money)),
            new_mrr: format::money(w.new_mrr, money),
            nrr: nrr_text,
            grr: grr_text,
            logo_retention: w.logo_retention().map(format::percent),
        },
        weak_segments: by_segment
            .iter()
            .filter(|s| {
                blend.is_some_and(|b| b >= weak) && s.window.rates().is_some_and(|(n, _)| n < weak)
            })
            .map(|s| s.name.clone())
            .collect(),
        segments: by_segment
            .iter()
            .map(|s| {
                let (nrr, grr) = rates(&s.window, exact);
                let (nrr_text, grr_text) = rates(&s.window, format::percent);
                SegmentRow {
                    name: s.name.clone(),
                    customers: s.window.customers,
                    start: exact(s.window.movements.start),
                    nrr,
                    grr,
                    nrr_text,
                    grr_text,
                }
            })
            .collect(),
    }
}
