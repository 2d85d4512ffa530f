//! Published retention distributions, compiled in (nothing is fetched), and where a figure
//! falls in them.
//!
//! Each [`Distribution`] is one source's published quantiles for one metric and population.
//! Sources are never merged: a peer group pairs one NRR distribution with, where one is
//! published, one GRR distribution, and each is shown with its own name and year.

mod data;
pub mod percentile;

pub use data::{MARKERS, PEER_GROUPS, SINGLE_MEDIANS};
use rust_decimal::Decimal;

/// Which retention metric a distribution describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    /// Net revenue retention.
    Nrr,
    /// Gross revenue retention.
    Grr,
}

/// One published quantile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    /// The percentile, 1–99.
    pub percentile: u8,
    /// The value used, in percent. Where the source gives a range, its midpoint; where it
    /// gives a bound (`≥ 118 %`), the bound.
    pub value: Decimal,
    /// What the source published, verbatim in figures (`108–112%`).
    pub published: &'static str,
}

/// One source's distribution of one metric for one population.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Distribution {
    /// The metric.
    pub metric: Metric,
    /// Who published it.
    pub source: &'static str,
    /// The publication's year, or `None` where the publication states none.
    pub year: Option<u16>,
    /// Who reported it, when it was read in a summary rather than the report itself.
    pub reported_by: Option<&'static str>,
    /// The companies it covers.
    pub population: &'static str,
    /// One line on how it was measured and how we read it.
    pub method: &'static str,
    /// Quantiles, percentiles strictly increasing, values non-decreasing.
    pub points: &'static [Point],
}

impl Distribution {
    /// "SaaS Capital 2026", or "ProductQuant, year not stated".
    pub fn citation(&self) -> String {
        match self.year {
            Some(year) => format!("{} {year}", self.source),
            None => format!("{}, year not stated", self.source),
        }
    }
}

/// A choice in the peer-group picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeerGroup {
    /// Value of the `peer` URL parameter.
    pub key: &'static str,
    /// Who is compared with, as the picker and the percentile text say it.
    pub label: &'static str,
    /// The NRR distribution.
    pub nrr: &'static Distribution,
    /// The GRR distribution, where one is published for a comparable population.
    pub grr: Option<&'static Distribution>,
    /// Single published NRR figures for a similar population, drawn as reference marks.
    pub references: &'static [Marker],
}

impl PeerGroup {
    /// The default: private B2B SaaS, the population most founders belong to.
    pub fn default_group() -> &'static PeerGroup {
        &PEER_GROUPS[0]
    }

    /// Its single published figures as `(label, NRR)`, the way the strips and charts mark them.
    pub fn reference_points(&self) -> Vec<(String, Decimal)> {
        self.references.iter().map(|m| (m.label(), m.nrr)).collect()
    }

    /// Looks a group up by its `peer` key (any case).
    pub fn from_key(key: &str) -> Option<&'static PeerGroup> {
        PEER_GROUPS
            .iter()
            .find(|g| g.key.eq_ignore_ascii_case(key.trim()))
    }
}

/// A single published NRR figure (a company's filing, or a survey's lone median): shown as a
/// reference mark, never as part of a distribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// Whose figure it is.
    pub name: &'static str,
    /// NRR used to place it, in percent.
    pub nrr: Decimal,
    /// As published (`126%`, `low-120s`, `~106%`).
    pub published: &'static str,
    /// Where and when: a filing period, or a report and year.
    pub period: &'static str,
}

impl Marker {
    /// "Snowflake 126% (Q1 FY2027)".
    pub fn label(&self) -> String {
        format!("{} {} ({})", self.name, self.published, self.period)
    }
}

/// `value` tenths of a percent as a decimal: `pct(1179)` is 117.9.
pub(crate) const fn pct(tenths: u32) -> Decimal {
    Decimal::from_parts(tenths, 0, 0, false, 1)
}
