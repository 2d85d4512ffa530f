//! Five years of compounding: what the existing base becomes if every year repeats this NRR
//! and no new customer is ever signed.

use rust_decimal::Decimal;

/// How many years the projection covers after year 0.
pub const YEARS: u32 = 5;

/// One row of the projection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProjectedYear {
    /// 0 is today; 1…5 the years after.
    pub year: u32,
    /// start × (NRR ÷ 100)^year, in currency units.
    pub amount: Decimal,
    /// Change against year 0, in percent: ((NRR ÷ 100)^year − 1) × 100.
    pub change: Decimal,
}

/// Projects `start` over years 0…[`YEARS`] at `nrr` percent a year.
/// `None` when a figure outgrows a decimal (only possible with absurd rates).
pub fn project(start: Decimal, nrr: Decimal) -> Option<Vec<ProjectedYear>> {
    let ratio = nrr.checked_div(Decimal::ONE_HUNDRED)?;
    let mut factor = Decimal::ONE;
    let mut rows = Vec::with_capacity(YEARS as usize + 1);
    for year in 0..=YEARS {
        if year > 0 {
            factor = factor.checked_mul(ratio)?;
        }
        rows.push(ProjectedYear {
            year,
            amount: start.checked_mul(factor)?.normalize(),
            change: factor
                .checked_sub(Decimal::ONE)?
                .checked_mul(Decimal::ONE_HUNDRED)?
                .normalize(),
        });
    }
    Some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn five_year_change(nrr: &str) -> Decimal {
        project(d("100000"), d(nrr)).unwrap()[5].change
    }

    #[test]
    fn matches_the_published_five_year_compounding_table() {
        // NRR → five-year change, as published rounded to whole percent.
        for (nrr, rounded) in [
            ("90", "-41"),
            ("100", "0"),
            ("110", "61"),
            ("120", "149"),
            ("130", "271"),
            ("140", "438"),
        ] {
            assert_eq!(five_year_change(nrr).round(), d(rounded), "NRR {nrr}");
        }
    }

    #[test]
    fn compounding_is_exact_for_terminating_rates() {
        let rows = project(d("100000"), d("110")).unwrap();
        let amounts: Vec<String> = rows.iter().map(|r| r.amount.to_string()).collect();
        assert_eq!(
            amounts,
            ["100000", "110000", "121000", "133100", "146410", "161051"]
        );
        assert_eq!(rows[5].change, d("61.051"));
        assert_eq!(rows[0].change, d("0"));
        assert_eq!(
            rows.iter().map(|r| r.year).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 5]
        );
    }

    #[test]
    fn absurd_rates_overflow_to_none() {
        assert_eq!(project(d("1000000000000000"), d("10000000000000000")), None);
    }
}
