//! Where a value stands in a published distribution: linear interpolation between the
//! published points, and an honest "below" or "above" outside them, never an invented tail.

use super::{Distribution, Metric};
use rust_decimal::{Decimal, RoundingStrategy};

/// A value's place in a distribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Below the lowest published point, whose percentile this is.
    Below(u8),
    /// Between the published points (or on one): the interpolated percentile.
    At(Decimal),
    /// Above the highest published point, whose percentile this is.
    Above(u8),
    /// GRR at its 100 % cap, where everyone at the cap ties. The percentile is the lowest
    /// published at 100 %, or else the highest published.
    AtCap(u8),
}

impl Standing {
    /// The percentile as a number, 0–100: the interpolated value, or the bound it lies
    /// beyond. This is the `data-value` contract.
    pub fn percentile(self) -> Decimal {
        match self {
            Standing::At(p) => p,
            Standing::Below(p) | Standing::Above(p) | Standing::AtCap(p) => Decimal::from(p),
        }
    }

    /// "72nd percentile of private B2B SaaS, $3–20M ARR (SaaS Capital 2026)".
    pub fn describe(self, group: &str, citation: &str) -> String {
        let of = format!("percentile of {group} ({citation})");
        match self {
            Standing::At(p) => format!("{} {of}", ordinal(nearest_whole(p))),
            Standing::Below(p) => format!("Below the {} {of}", ordinal(p)),
            Standing::Above(p) => format!("Above the {} {of}", ordinal(p)),
            Standing::AtCap(p) => {
                format!(
                    "At the 100% cap, tied with everyone there: at or above the {} {of}",
                    ordinal(p)
                )
            }
        }
    }
}

/// An interpolated percentile as the whole number people read (halves round up), the same
/// wherever it is written.
pub fn nearest_whole(percentile: Decimal) -> u8 {
    let whole = percentile.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    u8::try_from(whole.mantissa()).unwrap_or(0)
}

/// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 72nd…
pub fn ordinal(n: u8) -> String {
    let suffix = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Where `value` (percent) stands in `distribution`.
pub fn standing(distribution: &Distribution, value: Decimal) -> Standing {
    let points = distribution.points;
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return Standing::At(Decimal::ZERO);
    };
    if distribution.metric == Metric::Grr && value >= Decimal::ONE_HUNDRED {
        let bound = points
            .iter()
            .find(|p| p.value >= Decimal::ONE_HUNDRED)
            .unwrap_or(last);
        return Standing::AtCap(bound.percentile);
    }
    if value < first.value {
        return Standing::Below(first.percentile);
    }
    if value > last.value {
        return Standing::Above(last.percentile);
    }
    for pair in points.windows(2) {
        let (low, high) = (pair[0], pair[1]);
        if value > high.value {
            continue;
        }
        let (p_low, p_high) = (
            Decimal::from(low.percentile),
            Decimal::from(high.percentile),
        );
        if high.value == low.value {
            return Standing::At(p_low);
        }
        let interpolated = (value - low.value)
            .checked_mul(p_high - p_low)
            .and_then(|d| d.checked_div(high.value - low.value))
            .map(|d| (p_low + d).normalize());
        return Standing::At(interpolated.unwrap_or(p_low));
    }
    Standing::At(Decimal::from(last.percentile))
}

#[cfg(test)]
mod tests {
    use super::super::{pct, Point, PEER_GROUPS};
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn dist(metric: Metric, points: &'static [Point]) -> Distribution {
        Distribution {
            metric,
            source: "Test",
            year: Some(2026),
            reported_by: None,
            population: "test",
            method: "test",
            points,
        }
    }

    static PUBLIC: [Point; 5] = [
        Point {
            percentile: 10,
            value: pct(900),
            published: "",
        },
        Point {
            percentile: 25,
            value: pct(1000),
            published: "",
        },
        Point {
            percentile: 50,
            value: pct(1100),
            published: "",
        },
        Point {
            percentile: 75,
            value: pct(1180),
            published: "",
        },
        Point {
            percentile: 90,
            value: pct(1300),
            published: "",
        },
    ];

    #[test]
    fn interpolates_linearly_between_published_points() {
        let public = dist(Metric::Nrr, &PUBLIC);
        // 105 is halfway from P25 (100) to P50 (110): 25 + 0.5 × 25 = 37.5.
        assert_eq!(standing(&public, d("105")), Standing::At(d("37.5")));
        // 114 is 4/8 of the way from P50 (110) to P75 (118): 50 + 0.5 × 25 = 62.5.
        assert_eq!(standing(&public, d("114")), Standing::At(d("62.5")));
        // 124 is 6/12 from P75 (118) to P90 (130): 75 + 7.5 = 82.5.
        assert_eq!(standing(&public, d("124")), Standing::At(d("82.5")));
        // 92 is 2/10 from P10 (90) to P25 (100): 10 + 3 = 13.
        assert_eq!(standing(&public, d("92")), Standing::At(d("13")));
        assert_eq!(standing(&public, d("110")), Standing::At(d("50")));
        assert_eq!(standing(&public, d("90")), Standing::At(d("10")));
        assert_eq!(standing(&public, d("130")), Standing::At(d("90")));
    }

    #[test]
    fn outside_the_published_points_says_so() {
        let public = dist(Metric::Nrr, &PUBLIC);
        assert_eq!(standing(&public, d("89.99")), Standing::Below(10));
        assert_eq!(standing(&public, d("130.01")), Standing::Above(90));
        assert_eq!(Standing::Above(90).percentile(), d("90"));
    }

    #[test]
    fn saas_capital_private_nrr_of_108_is_about_the_68th() {
        let private = PEER_GROUPS[0].nrr;
        // 50 + (108 − 103) × 40 ÷ 14.9 = 63.4228…
        let s = standing(private, d("108"));
        assert_eq!(s.percentile().round_dp(4), d("63.4228"));
        assert_eq!(
            s.describe(PEER_GROUPS[0].label, &private.citation()),
            "63rd percentile of private B2B SaaS, $3–20M ARR (SaaS Capital 2026)"
        );
    }

    #[test]
    fn grr_at_the_cap_ties() {
        let private_grr = PEER_GROUPS[0].grr.unwrap();
        assert_eq!(standing(private_grr, d("100")), Standing::AtCap(90));
        let keybanc = PEER_GROUPS[2].grr.unwrap();
        assert_eq!(standing(keybanc, d("100")), Standing::AtCap(75));
        assert_eq!(standing(keybanc, d("93")), Standing::At(d("62.5")));
        assert!(Standing::AtCap(75)
            .describe("x", "y")
            .starts_with("At the 100% cap"));
    }

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 50, 72, 90, 99]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "50th",
                "72nd", "90th", "99th"
            ]
        );
    }

    #[test]
    fn every_table_is_sane_and_cited() {
        let mut tables: Vec<&Distribution> = PEER_GROUPS.iter().map(|g| g.nrr).collect();
        tables.extend(PEER_GROUPS.iter().filter_map(|g| g.grr));
        for t in tables {
            assert!(
                t.points.len() >= 2,
                "{}: a distribution needs two points",
                t.source
            );
            assert!(!t.source.is_empty() && !t.population.is_empty() && !t.method.is_empty());
            // A year, or an explicit statement that the publication gives none.
            assert!(
                t.year.is_some_and(|y| (2019..=2026).contains(&y))
                    || t.citation().ends_with("year not stated")
            );
            for pair in t.points.windows(2) {
                assert!(
                    pair[0].percentile < pair[1].percentile,
                    "{}: percentiles increase",
                    t.source
                );
                assert!(
                    pair[0].value <= pair[1].value,
                    "{}: values never decrease",
                    t.source
                );
            }
            assert!(t
                .points
                .iter()
                .all(|p| (1..=99).contains(&p.percentile) && !p.published.is_empty()));
            if t.metric == Metric::Grr {
                assert!(t.points.iter().all(|p| p.value <= Decimal::ONE_HUNDRED));
            }
        }
        for mark in PEER_GROUPS.iter().flat_map(|g| g.references) {
            assert!(
                !mark.name.is_empty() && !mark.published.is_empty(),
                "{mark:?}"
            );
            assert!(
                mark.period.chars().any(|c| c.is_ascii_digit()),
                "{mark:?} needs a date"
            );
        }
        assert_eq!(
            PEER_GROUPS[1].references.len(),
            8,
            "public filings mark the public strip"
        );
    }
}
