//! Reading an MRR file (CSV, TSV or semicolon-separated; UTF-8 with or without a BOM; quoted
//! fields; CRLF or LF) into a [`Ledger`], with every row it could not use and why.
//!
//! Two shapes, told apart by the header: **long** (a row per customer per month: customer,
//! month and MRR columns, an optional segment) and **wide** (a customer column, then a
//! column per month). Rows are read as raw byte records, one field at a time, so a
//! million-row file needs no allocation per row beyond its figures.

use super::ledger::{Entry, Ledger, LedgerBuilder};
use super::month::{read_month, DateOrder, Reading};
use crate::calc::amount::parse_amount;
use crate::calc::Currency;
use rust_decimal::Decimal;
use std::io::Read;

/// How many skipped rows are listed; the rest are counted.
pub const SKIPPED_SHOWN: usize = 100;

/// A row left out, with its line in the file (1 = the header).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Skipped {
    /// The line the row starts on.
    pub line: u64,
    /// Why, in words.
    pub reason: String,
}

/// Which layout the file has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Shape {
    /// A row per customer per month.
    Long,
    /// A row per customer, a column per month.
    Wide,
}

/// What reading a file gave.
#[derive(Debug)]
pub enum Outcome {
    /// The file's figures, and what was left out.
    Read(Box<FileRead>),
    /// Its dates can be read day-first or month-first, and nothing in it says which.
    NeedsDateOrder,
    /// Nothing usable: the message says what the file lacks.
    Unusable(String),
}

/// A file read: the ledger and the account of how.
#[derive(Debug)]
pub struct FileRead {
    /// MRR by customer by month.
    pub ledger: Ledger,
    /// The layout found.
    pub shape: Shape,
    /// Data rows in the file (the header not counted).
    pub rows: u64,
    /// Rows used.
    pub used: u64,
    /// The first [`SKIPPED_SHOWN`] rows left out.
    pub skipped: Vec<Skipped>,
    /// How many rows were left out in all.
    pub skipped_count: u64,
    /// The one currency written in the amounts, if exactly one was.
    pub currency: Option<Currency>,
    /// Whether amounts were in several currencies (and were added as written).
    pub mixed_currencies: bool,
    /// Whether the amounts were annual (an `arr` column), divided by 12.
    pub from_arr: bool,
    /// Columns that were neither read nor needed.
    pub ignored_columns: Vec<String>,
}

const CUSTOMER: [&str; 9] = [
    "customer",
    "customer_id",
    "customer id",
    "customerid",
    "customer name",
    "account",
    "account_id",
    "account id",
    "id",
];
const MONTH: [&str; 3] = ["month", "date", "period"];
const AMOUNT: [&str; 3] = ["mrr", "amount", "revenue"];
const SEGMENT: [&str; 3] = ["segment", "plan", "tier"];

/// The separator: whichever of tab, semicolon and comma the header line has most of.
pub fn sniff_delimiter(head: &[u8]) -> u8 {
    let line = head.split(|&b| b == b'\n').next().unwrap_or(head);
    let count = |d: u8| line.iter().filter(|&&b| b == d).count();
    [b'\t', b';', b',']
        .into_iter()
        .max_by_key(|&d| (count(d), d == b','))
        .unwrap_or(b',')
}

/// Reads a whole file (its source reports its own progress).
pub fn read(source: impl Read, delimiter: u8, order: Option<DateOrder>) -> Outcome {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(source);
    let mut record = csv::ByteRecord::new();
    match reader.read_byte_record(&mut record) {
        Ok(true) => {}
        _ => return Outcome::Unusable("The file is empty.".into()),
    }
    let headers: Vec<String> = record
        .iter()
        .map(|h| {
            String::from_utf8_lossy(h)
                .trim_start_matches('\u{feff}')
                .trim()
                .to_string()
        })
        .collect();
    let layout = match Layout::of(&headers) {
        Ok(layout) => layout,
        Err(message) => return Outcome::Unusable(message),
    };
    let mut state = State::new(order, &layout);
    let mut rows = 0u64;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(error) => {
                let line = error.position().map_or(rows + 2, |p| p.line());
                state.skip(
                    line,
                    "the file can't be read past this line (not UTF-8 text, or broken quoting)"
                        .into(),
                );
                break;
            }
        }
        rows += 1;
        let line = record.position().map_or(rows + 1, |p| p.line());
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            rows -= 1; // a blank line is not a row
            continue;
        }
        match &layout {
            Layout::Long { .. } => state.long_row(&layout, &record, line),
            Layout::Wide { .. } => state.wide_row(&layout, &record, line),
        }
    }
    state.finish(layout, headers, rows)
}

enum Layout {
    Long {
        customer: usize,
        month: usize,
        amount: usize,
        segment: Option<usize>,
        arr: bool,
    },
    Wide {
        customer: usize,
        segment: Option<usize>,
        months: Vec<(usize, Reading)>,
    },
}

impl Layout {
    fn of(headers: &[String]) -> Result<Layout, String> {
        let find = |names: &[&str]| {
            headers
                .iter()
                .position(|h| names.iter().any(|n| h.eq_ignore_ascii_case(n)))
        };
        let customer = find(&CUSTOMER);
        let segment = find(&SEGMENT);
        let month = find(&MONTH);
        let amount = find(&AMOUNT)
            .map(|a| (a, false))
            .or_else(|| find(&["arr"]).map(|a| (a, true)));
        if let (Some(customer), Some(month), Some((amount, arr))) = (customer, month, amount) {
            return Ok(Layout::Long {
                customer,
                month,
                amount,
                segment,
                arr,
            });
        }
        let months: Vec<(usize, Reading)> = headers
            .iter()
            .enumerate()
            .filter_map(|(i, h)| read_month(h).map(|r| (i, r)))
            .collect();
        match customer {
            Some(customer) if !months.is_empty() => Ok(Layout::Wide {
                customer,
                segment,
                months,
            }),
            _ => Err(format!(
                "The header ({}) fits neither layout: a row per customer per month needs \
                 customer, month and MRR columns (e.g. customer_id, month, mrr); a sheet with a \
                 row per customer needs a customer column and one column per month (e.g. 2025-03).",
                headers.join(", ")
            )),
        }
    }
}

struct State {
    order: Option<DateOrder>,
    builder: LedgerBuilder,
    /// Entries whose month waits for the file's date order.
    pending: bool,
    proofs: [bool; 2],
    skipped: Vec<Skipped>,
    skipped_count: u64,
    currencies: [bool; 3],
    /// A wide row's figures, kept until the whole row has read well.
    wide_row: Vec<Entry>,
    /// Month cells seen so far and how they read: a file has few distinct months.
    months: Vec<(Box<[u8]>, Option<Reading>)>,
    /// The last row's customer: long files list a customer's months together.
    last_customer: Option<(Box<[u8]>, u32)>,
}

impl State {
    fn new(order: Option<DateOrder>, layout: &Layout) -> State {
        let mut state = State {
            order,
            builder: LedgerBuilder::default(),
            pending: false,
            proofs: [false; 2],
            skipped: Vec::new(),
            skipped_count: 0,
            currencies: [false; 3],
            wide_row: Vec::new(),
            months: Vec::new(),
            last_customer: None,
        };
        if let Layout::Wide { months, .. } = layout {
            for (_, reading) in months {
                state.note_reading(*reading);
            }
        }
        state
    }

    fn skip(&mut self, line: u64, reason: String) {
        self.skipped_count += 1;
        if self.skipped.len() < SKIPPED_SHOWN {
            self.skipped.push(Skipped { line, reason });
        }
    }

    fn note_reading(&mut self, reading: Reading) {
        match reading.proves() {
            Some(DateOrder::DayFirst) => self.proofs[0] = true,
            Some(DateOrder::MonthFirst) => self.proofs[1] = true,
            None => {}
        }
        if reading.is_ambiguous() && self.order.is_none() {
            self.pending = true;
        }
    }

    /// An amount cell: blank (or a dash) is no revenue that month.
    fn amount(&mut self, raw: &[u8], arr: bool) -> Result<Decimal, String> {
        if let Some(value) = plain_amount(raw) {
            return Ok(if arr {
                value / Decimal::from(12)
            } else {
                value
            });
        }
        let text = std::str::from_utf8(raw).map_err(|_| "it isn't UTF-8 text".to_string())?;
        let text = text.trim();
        if text.is_empty() || text == "-" {
            return Ok(Decimal::ZERO);
        }
        if !text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            self.note_currency(text);
        }
        let value = parse_amount(text).map_err(|e| format!("“{text}”: {e}"))?;
        Ok(if arr {
            value / Decimal::from(12)
        } else {
            value
        })
    }

    fn note_currency(&mut self, text: &str) {
        for (i, currency) in Currency::ALL.iter().enumerate() {
            let upper = text.to_ascii_uppercase();
            if text.contains(currency.symbol()) || upper.contains(currency.code()) {
                self.currencies[i] = true;
            }
        }
    }

    /// How the month cell `raw` reads (remembered: a file has few distinct months).
    fn month(&mut self, raw: &[u8]) -> Option<Reading> {
        if let Some((_, reading)) = self.months.iter().find(|(seen, _)| **seen == *raw) {
            return *reading;
        }
        let reading = read_month(&String::from_utf8_lossy(raw));
        if self.months.len() < 512 {
            self.months.push((raw.into(), reading));
        }
        reading
    }

    /// The customer number for the name in `raw`, with its segment.
    fn customer_of(&mut self, raw: &[u8], segment: Option<&[u8]>) -> u32 {
        if let Some((name, id)) = &self.last_customer {
            if **name == *raw && segment.is_none_or(|s| s.is_empty()) {
                return *id;
            }
        }
        let name = String::from_utf8_lossy(raw);
        let segment = segment.map(String::from_utf8_lossy);
        let id = self
            .builder
            .customer(name.trim(), segment.as_deref().map(str::trim));
        self.last_customer = Some((raw.into(), id));
        id
    }

    fn long_row(&mut self, layout: &Layout, record: &csv::ByteRecord, line: u64) {
        let Layout::Long {
            customer,
            month,
            amount,
            segment,
            arr,
        } = *layout
        else {
            return;
        };
        let field = |i: usize| record.get(i).map(|f| String::from_utf8_lossy(f));
        let name = record.get(customer).unwrap_or_default();
        if name.iter().all(u8::is_ascii_whitespace) {
            return self.skip(line, "no customer".into());
        }
        let Some(reading) = self.month(record.get(month).unwrap_or_default()) else {
            let month_text = field(month).unwrap_or_default();
            let shown = month_text.trim();
            return self.skip(
                line,
                if shown.is_empty() {
                    "no month".into()
                } else {
                    format!(
                        "“{shown}” isn't a month (write 2025-03, Mar 2025, 03/2025 or a full date)"
                    )
                },
            );
        };
        let value = match self.amount(record.get(amount).unwrap_or_default(), arr) {
            Ok(value) => value,
            Err(reason) => return self.skip(line, format!("MRR {reason}")),
        };
        self.note_reading(reading);
        let customer = self.customer_of(name, segment.and_then(|s| record.get(s)));
        self.builder
            .push(Entry::new(customer, reading, self.order, value));
    }

    fn wide_row(&mut self, layout: &Layout, record: &csv::ByteRecord, line: u64) {
        let Layout::Wide {
            customer,
            segment,
            months,
        } = layout
        else {
            return;
        };
        let name = record.get(*customer).unwrap_or_default();
        if name.iter().all(u8::is_ascii_whitespace) {
            return self.skip(line, "no customer".into());
        }
        self.wide_row.clear();
        for (column, reading) in months {
            match self.amount(record.get(*column).unwrap_or_default(), false) {
                Ok(value) => self
                    .wide_row
                    .push(Entry::new(0, *reading, self.order, value)),
                Err(reason) => {
                    return self.skip(line, format!("column {}: {reason}", column + 1));
                }
            }
        }
        let id = self.customer_of(name, segment.and_then(|s| record.get(s)));
        for mut entry in self.wide_row.drain(..) {
            entry.customer = id;
            self.builder.push(entry);
        }
    }

    fn finish(self, layout: Layout, headers: Vec<String>, rows: u64) -> Outcome {
        let order = match (self.order, self.proofs) {
            (Some(order), _) => Some(order),
            (None, [true, false]) => Some(DateOrder::DayFirst),
            (None, [false, true]) => Some(DateOrder::MonthFirst),
            (None, [true, true]) => {
                return Outcome::Unusable(
                    "Its dates are written both day-first (31/03) and month-first (03/31): \
                     make them one way and read it again."
                        .into(),
                )
            }
            (None, _) if self.pending => return Outcome::NeedsDateOrder,
            (None, _) => None,
        };
        let used = rows - self.skipped_count.min(rows);
        let Some(ledger) = self.builder.build(order) else {
            return Outcome::Unusable(match self.skipped.first() {
                Some(first) => format!(
                    "No row could be used; the first, on line {}: {}.",
                    first.line, first.reason
                ),
                None => "The file has a header but no rows.".into(),
            });
        };
        let seen: Vec<Currency> = Currency::ALL
            .iter()
            .zip(self.currencies)
            .filter(|(_, s)| *s)
            .map(|(c, _)| *c)
            .collect();
        let used_columns: Vec<usize> = match &layout {
            Layout::Long {
                customer,
                month,
                amount,
                segment,
                ..
            } => [Some(*customer), Some(*month), Some(*amount), *segment]
                .into_iter()
                .flatten()
                .collect(),
            Layout::Wide {
                customer,
                segment,
                months,
            } => months
                .iter()
                .map(|(i, _)| *i)
                .chain([*customer])
                .chain(*segment)
                .collect(),
        };
        let (shape, from_arr) = match layout {
            Layout::Long { arr, .. } => (Shape::Long, arr),
            Layout::Wide { .. } => (Shape::Wide, false),
        };
        Outcome::Read(Box::new(FileRead {
            ledger,
            shape,
            rows,
            used,
            skipped: self.skipped,
            skipped_count: self.skipped_count,
            currency: (seen.len() == 1).then(|| seen[0]),
            mixed_currencies: seen.len() > 1,
            from_arr,
            ignored_columns: headers
                .into_iter()
                .enumerate()
                .filter(|(i, h)| !used_columns.contains(i) && !h.is_empty())
                .map(|(_, h)| h)
                .collect(),
        }))
    }
}

/// The common case, fast: digits with at most one decimal point (`1200`, `49.00`), read
/// straight into a decimal. Anything else goes through the full amount parser.
fn plain_amount(raw: &[u8]) -> Option<Decimal> {
    if raw.is_empty() || raw.len() > 17 {
        return None;
    }
    let mut mantissa: i64 = 0;
    let mut scale: Option<u32> = None;
    for &b in raw {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + i64::from(b - b'0');
                scale = scale.map(|s| s + 1);
            }
            b'.' if scale.is_none() => scale = Some(0),
            _ => return None,
        }
    }
    let scale = scale.unwrap_or(0);
    let value = Decimal::new(mantissa, scale);
    (scale <= crate::calc::amount::MAX_DECIMAL_PLACES
        && raw.first() != Some(&b'.')
        && value <= crate::calc::amount::MAX_AMOUNT)
        .then_some(value)
}
