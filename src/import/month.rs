//! Calendar months as they are written in billing exports and data-room sheets:
//! `2025-03`, `2025-03-31`, `Mar 2025`, `March 2025`, `03/2025`, and full dates such as
//! `31/03/2025`, whose day and month order is read from the file, never guessed.

use std::fmt;

/// A calendar month, ordered; `index` counts months from year 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    index: u32,
}

impl Month {
    /// `year`-`month` (1–12), if both are in range (years 1900–2999).
    pub fn new(year: u32, month: u32) -> Option<Month> {
        // Lazily: with month 0 the index would underflow (found by the fuzzer).
        ((1900..3000).contains(&year) && (1..=12).contains(&month)).then(|| Month {
            index: year * 12 + month - 1,
        })
    }

    /// Months since year 0: a dense, ordered number for tables.
    pub fn index(self) -> u32 {
        self.index
    }

    /// The month at [`Month::index`] `index`.
    pub fn from_index(index: u32) -> Option<Month> {
        Month::new(index / 12, index % 12 + 1)
    }

    /// The year.
    pub fn year(self) -> u32 {
        self.index / 12
    }

    /// The month of the year, 1–12.
    pub fn month(self) -> u32 {
        self.index % 12 + 1
    }

    /// The month `n` months later (`n` may be negative); `None` outside the years accepted.
    pub fn plus(self, n: i64) -> Option<Month> {
        let index = u32::try_from(i64::from(self.index) + n).ok()?;
        Month::new(index / 12, index % 12 + 1)
    }

    /// How many months from `self` to `later` (negative if `later` is earlier).
    pub fn until(self, later: Month) -> i64 {
        i64::from(later.index) - i64::from(self.index)
    }

    /// `2025-03`, the form every selector and share link uses.
    pub fn key(self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.year(), self.month())
    }
}

/// Which number comes first in a date like `03/04/2025`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// `31/03/2025`: day, then month.
    DayFirst,
    /// `03/31/2025`: month, then day.
    MonthFirst,
}

impl DateOrder {
    /// The key used by the import's question (`day-first`, `month-first`).
    pub fn key(self) -> &'static str {
        match self {
            DateOrder::DayFirst => "day-first",
            DateOrder::MonthFirst => "month-first",
        }
    }

    /// The order named by `key`.
    pub fn from_key(key: &str) -> Option<DateOrder> {
        match key {
            "day-first" => Some(DateOrder::DayFirst),
            "month-first" => Some(DateOrder::MonthFirst),
            _ => None,
        }
    }
}

/// What a cell says about its month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The month, unambiguously.
    Month(Month),
    /// A full date whose first two numbers could each be the day or the month; `proves` is
    /// the order it proves, if one of them is above 12.
    Date {
        /// The month if the day comes first.
        day_first: Option<Month>,
        /// The month if the month comes first.
        month_first: Option<Month>,
    },
}

impl Reading {
    /// The month, given the file's date order (needed only for a `Date`).
    pub fn resolve(self, order: Option<DateOrder>) -> Option<Month> {
        match (self, order) {
            (Reading::Month(m), _) => Some(m),
            (Reading::Date { day_first, .. }, Some(DateOrder::DayFirst)) => day_first,
            (Reading::Date { month_first, .. }, Some(DateOrder::MonthFirst)) => month_first,
            (
                Reading::Date {
                    day_first,
                    month_first,
                },
                None,
            ) => match (day_first, month_first) {
                (Some(m), None) | (None, Some(m)) => Some(m),
                _ => None,
            },
        }
    }

    /// The date order this cell proves on its own (`31/03/2025` proves day-first).
    pub fn proves(self) -> Option<DateOrder> {
        match self {
            Reading::Date {
                day_first: Some(_),
                month_first: None,
            } => Some(DateOrder::DayFirst),
            Reading::Date {
                day_first: None,
                month_first: Some(_),
            } => Some(DateOrder::MonthFirst),
            _ => None,
        }
    }

    /// Whether the cell needs the file's date order to be read.
    pub fn is_ambiguous(self) -> bool {
        matches!(self, Reading::Date { day_first: Some(a), month_first: Some(b) } if a != b)
    }
}

const NAMES: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Reads a month from a cell; `None` when it isn't one of the accepted forms.
pub fn read_month(text: &str) -> Option<Reading> {
    let text = text.trim();
    // An ISO date-time: the date part is enough.
    let text = text.split_once('T').map_or(text, |(date, _)| date);
    if let Some(month) = named(text) {
        return Some(Reading::Month(month));
    }
    let parts: Vec<&str> = text
        .split(['-', '/', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let numbers: Vec<u32> = parts.iter().map(|p| number(p)).collect::<Option<_>>()?;
    match (parts.as_slice(), numbers.as_slice()) {
        // 2025-03, 2025/3
        ([y, _], [year, month]) if y.len() == 4 => Month::new(*year, *month).map(Reading::Month),
        // 03/2025, 3-2025
        ([_, y], [month, year]) if y.len() == 4 => Month::new(*year, *month).map(Reading::Month),
        // 2025-03-31
        ([y, _, _], [year, month, day]) if y.len() == 4 => valid_day(*day)
            .then(|| Month::new(*year, *month))
            .flatten()
            .map(Reading::Month),
        // 31/03/2025 or 03/31/2025
        ([_, _, y], [a, b, year]) if y.len() == 4 => {
            let day_first = (valid_day(*a)).then(|| Month::new(*year, *b)).flatten();
            let month_first = (valid_day(*b)).then(|| Month::new(*year, *a)).flatten();
            match (day_first, month_first) {
                (None, None) => None,
                // Both readings give the same month (03/03/2025): nothing to ask.
                (Some(x), Some(y)) if x == y => Some(Reading::Month(x)),
                _ => Some(Reading::Date {
                    day_first,
                    month_first,
                }),
            }
        }
        _ => None,
    }
}

fn valid_day(day: u32) -> bool {
    (1..=31).contains(&day)
}

fn number(part: &str) -> Option<u32> {
    (part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse().ok())?
}

/// `Mar 2025`, `March 2025`, `Mar-2025`, `2025 Mar`.
fn named(text: &str) -> Option<Month> {
    let mut words = text
        .split([' ', '-', '/', ',', '.'])
        .filter(|w| !w.is_empty());
    let (a, b) = (words.next()?, words.next()?);
    if words.next().is_some() {
        return None;
    }
    let (name, year) = if a.bytes().all(|c| c.is_ascii_digit()) {
        (b, a)
    } else {
        (a, b)
    };
    if year.len() != 4 || name.len() < 3 {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    let index = NAMES.iter().position(|n| lower.starts_with(n))?;
    // "Mar", "March", "Sept": the name must be an abbreviation of the full one or the full one.
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if !FULL[index].starts_with(&lower) {
        return None;
    }
    Month::new(year.parse().ok()?, index as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(year: u32, month: u32) -> Month {
        Month::new(year, month).unwrap()
    }

    #[test]
    fn reads_every_accepted_form() {
        for (text, month) in [
            ("2025-03", m(2025, 3)),
            ("2025/3", m(2025, 3)),
            ("2025-03-31", m(2025, 3)),
            ("2025-03-31T00:00:00Z", m(2025, 3)),
            ("Mar 2025", m(2025, 3)),
            ("march 2025", m(2025, 3)),
            ("Sept 2025", m(2025, 9)),
            ("Mar-2025", m(2025, 3)),
            ("2025 Dec", m(2025, 12)),
            ("03/2025", m(2025, 3)),
            ("3-2025", m(2025, 3)),
            ("31/03/2025", m(2025, 3)),
            ("03/31/2025", m(2025, 3)),
            ("03/03/2025", m(2025, 3)),
        ] {
            assert_eq!(
                read_month(text).and_then(|r| r.resolve(None)),
                Some(month),
                "{text}"
            );
        }
    }

    #[test]
    fn refuses_what_is_not_a_month() {
        for text in [
            "",
            "2025",
            "13/2025",
            "2025-13",
            "Marchy 2025",
            "Mar 25",
            "1/2/3",
            "abc",
            "2025-02-32",
            "32/13/2025",
        ] {
            assert_eq!(
                read_month(text).and_then(|r| r.resolve(None)),
                None,
                "{text}"
            );
        }
    }

    #[test]
    fn a_date_that_could_be_either_order_needs_the_file_s_order() {
        let reading = read_month("04/03/2025").unwrap();
        assert!(reading.is_ambiguous());
        assert_eq!(reading.resolve(None), None);
        assert_eq!(reading.resolve(Some(DateOrder::DayFirst)), Some(m(2025, 3)));
        assert_eq!(
            reading.resolve(Some(DateOrder::MonthFirst)),
            Some(m(2025, 4))
        );
        assert_eq!(
            read_month("31/03/2025").unwrap().proves(),
            Some(DateOrder::DayFirst)
        );
        assert_eq!(
            read_month("03/31/2025").unwrap().proves(),
            Some(DateOrder::MonthFirst)
        );
    }

    #[test]
    fn months_count_across_years() {
        assert_eq!(m(2024, 11).plus(3), Some(m(2025, 2)));
        assert_eq!(m(2025, 2).plus(-12), Some(m(2024, 2)));
        assert_eq!(m(2024, 3).until(m(2025, 3)), 12);
        assert_eq!(m(2025, 3).key(), "2025-03");
    }
}
