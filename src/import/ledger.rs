//! MRR by customer by month: a dense table, one row a customer, one column a month from the
//! file's first to its last, exact decimals, absent months as zero.

use super::month::{DateOrder, Month, Reading};
use rust_decimal::Decimal;
use std::collections::HashMap;

const RESOLVED: u32 = u32::MAX;

/// One figure read from the file, before the table is laid out.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The customer's number (see [`LedgerBuilder::customer`]).
    pub customer: u32,
    /// The month's index, or its day-first reading while the file's date order is unknown.
    month: u32,
    /// The month-first reading while the order is unknown, else `RESOLVED`.
    alternative: u32,
    amount: Decimal,
}

impl Entry {
    /// An entry for a month read as `reading`, given the file's date order if known.
    pub fn new(
        customer: u32,
        reading: Reading,
        order: Option<DateOrder>,
        amount: Decimal,
    ) -> Entry {
        let (month, alternative) = match (reading.resolve(order), reading) {
            (Some(month), _) => (month.index(), RESOLVED),
            (
                None,
                Reading::Date {
                    day_first,
                    month_first,
                },
            ) => (
                day_first.map_or(RESOLVED, Month::index),
                month_first.map_or(RESOLVED, Month::index),
            ),
            (None, Reading::Month(m)) => (m.index(), RESOLVED),
        };
        Entry {
            customer,
            month,
            alternative,
            amount,
        }
    }

    fn month(&self, order: Option<DateOrder>) -> u32 {
        match order {
            Some(DateOrder::MonthFirst) if self.alternative != RESOLVED => self.alternative,
            _ => self.month,
        }
    }
}

/// Collects customers and entries as rows are read.
#[derive(Debug, Default)]
pub struct LedgerBuilder {
    names: Vec<Box<str>>,
    ids: HashMap<Box<str>, u32>,
    segment_of: Vec<Option<u16>>,
    segments: Vec<Box<str>>,
    entries: Vec<Entry>,
}

/// Segments beyond this many are read as no segment (a segment column with a value per
/// customer is an identifier, not a segment).
pub const MAX_SEGMENTS: usize = 50;

impl LedgerBuilder {
    /// The number of the customer called `name` (new or already seen); its segment is the
    /// first non-empty one given.
    pub fn customer(&mut self, name: &str, segment: Option<&str>) -> u32 {
        let id = match self.ids.get(name) {
            Some(&id) => id,
            None => {
                let id = self.names.len() as u32;
                self.names.push(name.into());
                self.ids.insert(name.into(), id);
                self.segment_of.push(None);
                id
            }
        };
        if let Some(segment) = segment.filter(|s| !s.is_empty()) {
            if self.segment_of[id as usize].is_none() {
                self.segment_of[id as usize] = self.segment(segment);
            }
        }
        id
    }

    fn segment(&mut self, name: &str) -> Option<u16> {
        if let Some(i) = self.segments.iter().position(|s| &**s == name) {
            return Some(i as u16);
        }
        (self.segments.len() < MAX_SEGMENTS).then(|| {
            self.segments.push(name.into());
            (self.segments.len() - 1) as u16
        })
    }

    /// Adds a figure; several for one customer and month are added up (several plans).
    pub fn push(&mut self, entry: Entry) {
        self.entries.push(entry);
    }

    /// The table, its months read in `order`; `None` if no figure was read.
    pub fn build(self, order: Option<DateOrder>) -> Option<Ledger> {
        let months = self
            .entries
            .iter()
            .map(|e| e.month(order))
            .filter(|&m| m != RESOLVED);
        let (first, last) = months.fold(None, |range: Option<(u32, u32)>, m| {
            Some(range.map_or((m, m), |(a, b)| (a.min(m), b.max(m))))
        })?;
        let span = (last - first + 1) as usize;
        let mut mrr = vec![Decimal::ZERO; self.names.len() * span];
        for entry in &self.entries {
            let month = entry.month(order);
            if month == RESOLVED {
                continue;
            }
            let cell = &mut mrr[entry.customer as usize * span + (month - first) as usize];
            *cell = cell.checked_add(entry.amount).unwrap_or(*cell);
        }
        Some(Ledger {
            customers: self.names,
            segment_of: self.segment_of,
            segments: self.segments,
            first: Month::from_index(first)?,
            months: span,
            mrr,
        })
    }
}

/// MRR by customer by month.
#[derive(Debug, Clone, PartialEq)]
pub struct Ledger {
    /// Customer names, in the order first seen.
    pub customers: Vec<Box<str>>,
    /// Each customer's segment (an index into `segments`).
    pub segment_of: Vec<Option<u16>>,
    /// Segment names.
    pub segments: Vec<Box<str>>,
    /// The first month in the file.
    pub first: Month,
    /// How many months from the first to the last.
    pub months: usize,
    mrr: Vec<Decimal>,
}

impl Ledger {
    /// Customer `customer`'s MRR in `month` (zero outside the file's months).
    pub fn mrr(&self, customer: usize, month: Month) -> Decimal {
        match usize::try_from(self.first.until(month)) {
            Ok(offset) if offset < self.months => self.mrr[customer * self.months + offset],
            _ => Decimal::ZERO,
        }
    }

    /// Customer `customer`'s MRR for every month, first to last.
    pub fn row(&self, customer: usize) -> &[Decimal] {
        &self.mrr[customer * self.months..(customer + 1) * self.months]
    }

    /// The last month in the file.
    pub fn last(&self) -> Month {
        self.first
            .plus(self.months as i64 - 1)
            .unwrap_or(self.first)
    }

    /// Every month, first to last.
    pub fn all_months(&self) -> impl Iterator<Item = Month> + '_ {
        (0..self.months as i64).filter_map(|i| self.first.plus(i))
    }
}
