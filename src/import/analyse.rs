//! What a [`Ledger`] says: the four movements of a window's cohort (which fill the
//! calculator), new MRR, logo retention, the trailing-twelve-month and month-over-month
//! series, revenue retained by cohort, and NRR/GRR by segment.

use super::ledger::Ledger;
use super::month::Month;
use crate::calc::metrics::{percent_of, Metrics, Movements};
use rust_decimal::Decimal;

/// A window's cohort: every customer with MRR at its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// The cohort's movements from the start month to the end month.
    pub movements: Movements,
    /// MRR at the end from customers with none at the start (new or reactivated): outside
    /// NRR and GRR.
    pub new_mrr: Decimal,
    /// Customers in the cohort.
    pub customers: u32,
    /// Of those, customers with MRR at the end.
    pub retained: u32,
}

impl Window {
    /// NRR and GRR in percent, if the cohort had MRR at the start.
    pub fn rates(&self) -> Option<(Decimal, Decimal)> {
        let metrics = Metrics::compute(self.movements).ok()?;
        Some((metrics.nrr, metrics.grr))
    }

    /// Customers retained, in percent of the cohort.
    pub fn logo_retention(&self) -> Option<Decimal> {
        percent_of(Decimal::from(self.retained), Decimal::from(self.customers))
    }
}

/// The cohort of `start` followed to `end`, for one segment or (with `None`) all customers.
pub fn window(ledger: &Ledger, start: Month, end: Month, segment: Option<u16>) -> Window {
    let zero = Decimal::ZERO;
    let mut w = Window {
        movements: Movements {
            start: zero,
            expansion: zero,
            contraction: zero,
            churn: zero,
        },
        new_mrr: zero,
        customers: 0,
        retained: 0,
    };
    let add =
        |total: &mut Decimal, amount: Decimal| *total = total.checked_add(amount).unwrap_or(*total);
    let offset = |m: Month| {
        usize::try_from(ledger.first.until(m))
            .ok()
            .filter(|&o| o < ledger.months)
    };
    let (from, to) = (offset(start), offset(end));
    for customer in 0..ledger.customers.len() {
        if segment.is_some() && ledger.segment_of[customer] != segment {
            continue;
        }
        let row = ledger.row(customer);
        let before = from.map_or(zero, |o| row[o]);
        let after = to.map_or(zero, |o| row[o]);
        if before.is_zero() {
            add(&mut w.new_mrr, after);
            continue;
        }
        w.customers += 1;
        add(&mut w.movements.start, before);
        if after.is_zero() {
            add(&mut w.movements.churn, before);
        } else {
            w.retained += 1;
            if after > before {
                add(&mut w.movements.expansion, after - before);
            } else {
                add(&mut w.movements.contraction, before - after);
            }
        }
    }
    w
}

/// One month of the series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesMonth {
    /// The month the windows end in.
    pub month: Month,
    /// NRR and GRR of the cohort twelve months earlier, where the file goes back that far.
    pub trailing_twelve: Option<(Decimal, Decimal)>,
    /// Logo retention over the same twelve months.
    pub logo_twelve: Option<Decimal>,
    /// NRR and GRR from the month before.
    pub month_over_month: Option<(Decimal, Decimal)>,
}

/// The series for every month of the file after its first.
pub fn series(ledger: &Ledger) -> Vec<SeriesMonth> {
    ledger
        .all_months()
        .skip(1)
        .map(|month| {
            let twelve = month
                .plus(-12)
                .filter(|&s| s >= ledger.first)
                .map(|s| window(ledger, s, month, None));
            let previous = month.plus(-1).map(|s| window(ledger, s, month, None));
            SeriesMonth {
                month,
                trailing_twelve: twelve.and_then(|w| w.rates()),
                logo_twelve: twelve.and_then(|w| w.logo_retention()),
                month_over_month: previous.and_then(|w| w.rates()),
            }
        })
        .collect()
}

/// How long after its first month a cohort's revenue is read.
pub const COHORT_OFFSETS: [u32; 4] = [3, 6, 12, 24];

/// Customers grouped by the first month (or quarter) they had revenue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cohort {
    /// `2025-03`, or `2025-Q1` for a quarter.
    pub label: String,
    /// Customers in it.
    pub customers: u32,
    /// Their MRR in their first month.
    pub base: Decimal,
    /// MRR retained [`COHORT_OFFSETS`] months after each customer's first month, in percent of
    /// `base`; `None` where the file doesn't reach that far for all of them.
    pub retained: [Option<Decimal>; 4],
}

/// More cohorts than this and they are grouped by quarter.
pub const MONTHLY_COHORTS_MAX: usize = 24;

/// Revenue retained by cohort: monthly, or quarterly when the file spans many months.
pub fn cohorts(ledger: &Ledger) -> (bool, Vec<Cohort>) {
    let quarterly = ledger.months > MONTHLY_COHORTS_MAX;
    let group = |m: Month| {
        if quarterly {
            (m.year(), (m.month() - 1) / 3)
        } else {
            (m.year(), m.month() - 1)
        }
    };
    let last = ledger.last();
    // Per cohort: its key, the cohort, MRR at each age, and whether every member reached it.
    type Building = ((u32, u32), Cohort, [Decimal; 4], [bool; 4]);
    let mut found: Vec<Building> = Vec::new();
    for customer in 0..ledger.customers.len() {
        let row = ledger.row(customer);
        let Some(offset) = row.iter().position(|m| !m.is_zero()) else {
            continue;
        };
        let Some(first) = ledger.first.plus(offset as i64) else {
            continue;
        };
        let key = group(first);
        let index = match found.iter().position(|(k, ..)| *k == key) {
            Some(i) => i,
            None => {
                let label = if quarterly {
                    format!("{}-Q{}", key.0, key.1 + 1)
                } else {
                    first.key()
                };
                let empty = Cohort {
                    label,
                    customers: 0,
                    base: Decimal::ZERO,
                    retained: [None; 4],
                };
                found.push((key, empty, [Decimal::ZERO; 4], [true; 4]));
                found.len() - 1
            }
        };
        let (_, cohort, sums, reached) = &mut found[index];
        cohort.customers += 1;
        cohort.base = cohort.base.checked_add(row[offset]).unwrap_or(cohort.base);
        for (i, k) in COHORT_OFFSETS.iter().enumerate() {
            match first.plus(i64::from(*k)).filter(|&m| m <= last) {
                Some(m) => {
                    sums[i] = sums[i]
                        .checked_add(ledger.mrr(customer, m))
                        .unwrap_or(sums[i])
                }
                None => reached[i] = false,
            }
        }
    }
    found.sort_by_key(|(k, ..)| *k);
    let cohorts = found
        .into_iter()
        .map(|(_, mut cohort, sums, reached)| {
            for i in 0..4 {
                cohort.retained[i] = if reached[i] {
                    percent_of(sums[i], cohort.base)
                } else {
                    None
                };
            }
            cohort
        })
        .collect();
    (quarterly, cohorts)
}

/// A segment's cohort over a window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentWindow {
    /// The segment's name.
    pub name: String,
    /// Its cohort.
    pub window: Window,
}

/// Every segment's cohort over the window, in the file's order.
pub fn segments(ledger: &Ledger, start: Month, end: Month) -> Vec<SegmentWindow> {
    (0..ledger.segments.len())
        .map(|i| SegmentWindow {
            name: ledger.segments[i].to_string(),
            window: window(ledger, start, end, Some(i as u16)),
        })
        .collect()
}
