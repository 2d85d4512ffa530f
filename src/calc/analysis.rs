//! From the four strings a person typed to everything the page shows: per-field errors, a
//! cross-field error, or the metrics with their projection, reading and warnings.

use super::amount::{parse_amount, AmountError};
use super::benchmarks::percentile::{standing, Standing};
use super::benchmarks::PeerGroup;
use super::metrics::{Metrics, MetricsError, Movements};
use super::period::{annualise, Period};
use super::projection::{project, ProjectedYear};
use super::reading::{read, AnnualRates, Reading};
use rust_decimal::Decimal;
use std::fmt;

/// One of the four inputs. Its [`Field::key`] is the URL parameter and the `data-testid` suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Starting MRR.
    Start,
    /// Expansion MRR.
    Expansion,
    /// Contraction MRR.
    Contraction,
    /// Churned MRR.
    Churn,
}

impl Field {
    /// The four fields in the order they are shown.
    pub const ALL: [Field; 4] = [
        Field::Start,
        Field::Expansion,
        Field::Contraction,
        Field::Churn,
    ];

    /// Public key: URL parameter name and the suffix of `input-…` / `error-…` test ids.
    pub fn key(self) -> &'static str {
        match self {
            Field::Start => "start",
            Field::Expansion => "expansion",
            Field::Contraction => "contraction",
            Field::Churn => "churn",
        }
    }

    /// Position in [`Field::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Why one field's text is not usable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    /// The text is not an acceptable amount.
    Amount(AmountError),
    /// Starting MRR is zero.
    ZeroStart,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Amount(e) => e.fmt(f),
            FieldError::ZeroStart => MetricsError::StartNotPositive.fmt(f),
        }
    }
}

/// Something worth a second look although it computes: the numbers may not add up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    /// NRR above 200 %, far beyond published best cases.
    NrrImplausiblyHigh,
    /// Everything was lost: GRR is 0 %.
    EntireBaseLost,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Warning::NrrImplausiblyHigh => {
                "NRR above 200% is far beyond even the best public figures (Snowflake's 158% \
                 in FY2023, per SubJolt 2026). Check that expansion is measured on the same \
                 customers and period as the starting MRR, and excludes new customers."
            }
            Warning::EntireBaseLost => {
                "Contraction and churn equal the whole starting MRR: every starting dollar was \
                 lost. Check the figures describe the same cohort."
            }
        })
    }
}

/// A complete result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The metrics, for the period the figures cover.
    pub metrics: Metrics,
    /// NRR and GRR over a year (annualised from a shorter period), or `None` if
    /// annualising outgrows a decimal.
    pub annual: Option<AnnualRates>,
    /// Where annual NRR stands among the peer group.
    pub nrr_standing: Option<Standing>,
    /// Where annual GRR stands, when the group has a published GRR distribution.
    pub grr_standing: Option<Standing>,
    /// Years 0…5 at the annual NRR, or `None` if compounding outgrows a decimal.
    pub projection: Option<Vec<ProjectedYear>>,
    /// Plain-words reading of the annual rates, once there are some.
    pub reading: Option<Reading>,
    /// Checks that did not stop the computation.
    pub warnings: Vec<Warning>,
}

/// Everything the page needs from one set of typed strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// Per-field errors, indexed by [`Field::index`].
    pub field_errors: [Option<FieldError>; 4],
    /// A cross-field error, only when every field is valid on its own.
    pub form_error: Option<MetricsError>,
    /// The result, only when there is no error at all.
    pub outcome: Option<Outcome>,
}

/// Analyses four typed strings, in [`Field::ALL`] order, covering `period`, against `peers`.
pub fn analyse(texts: [&str; 4], period: Period, peers: &PeerGroup) -> Analysis {
    let parsed: [Result<Decimal, FieldError>; 4] = std::array::from_fn(|i| {
        let value = parse_amount(texts[i]).map_err(FieldError::Amount)?;
        if Field::ALL[i] == Field::Start && value.is_zero() {
            return Err(FieldError::ZeroStart);
        }
        Ok(value)
    });
    let field_errors = std::array::from_fn(|i| parsed[i].err());
    let mut analysis = Analysis {
        field_errors,
        form_error: None,
        outcome: None,
    };
    let [Ok(start), Ok(expansion), Ok(contraction), Ok(churn)] = parsed else {
        return analysis;
    };
    match Metrics::compute(Movements {
        start,
        expansion,
        contraction,
        churn,
    }) {
        Err(error) => analysis.form_error = Some(error),
        Ok(metrics) => analysis.outcome = Some(outcome(metrics, period, peers)),
    }
    analysis
}

fn outcome(metrics: Metrics, period: Period, peers: &PeerGroup) -> Outcome {
    let annual = annualise(metrics.nrr, period)
        .zip(annualise(metrics.grr, period))
        .map(|(nrr, grr)| AnnualRates {
            nrr,
            grr,
            has_expansion: !metrics.movements.expansion.is_zero(),
            annualised: period != Period::Year,
        });
    let mut warnings = Vec::new();
    if annual.is_some_and(|a| a.nrr > Decimal::from(200)) {
        warnings.push(Warning::NrrImplausiblyHigh);
    }
    if metrics.grr.is_zero() {
        warnings.push(Warning::EntireBaseLost);
    }
    Outcome {
        metrics,
        annual,
        nrr_standing: annual.map(|a| standing(peers.nrr, a.nrr)),
        grr_standing: annual.zip(peers.grr).map(|(a, d)| standing(d, a.grr)),
        projection: annual.and_then(|a| project(metrics.movements.start, a.nrr)),
        reading: annual.as_ref().map(read),
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyse(texts: [&str; 4]) -> Analysis {
        super::analyse(texts, Period::Year, PeerGroup::default_group())
    }

    #[test]
    fn typed_amounts_flow_through_to_metrics() {
        let a = analyse(["$250,000", "50k", "5,000", "$20k"]);
        assert_eq!(a.field_errors, [None; 4]);
        let outcome = a.outcome.expect("a result");
        assert_eq!(outcome.metrics.nrr.to_string(), "110");
        assert_eq!(outcome.metrics.grr.to_string(), "90");
        assert_eq!(outcome.projection.unwrap().len(), 6);
        assert!(outcome.warnings.is_empty());
    }

    #[test]
    fn each_field_reports_its_own_error_and_nothing_is_computed() {
        let a = analyse(["", "abc", "-5", "1,00"]);
        assert_eq!(
            a.field_errors,
            [
                Some(FieldError::Amount(AmountError::Empty)),
                Some(FieldError::Amount(AmountError::NotANumber)),
                Some(FieldError::Amount(AmountError::Negative)),
                Some(FieldError::Amount(AmountError::Grouping)),
            ]
        );
        assert_eq!((a.form_error, a.outcome), (None, None));
    }

    #[test]
    fn zero_start_is_an_error_on_the_start_field() {
        let a = analyse(["0", "0", "0", "0"]);
        assert_eq!(a.field_errors[0], Some(FieldError::ZeroStart));
        assert_eq!(a.outcome, None);
    }

    #[test]
    fn losses_above_start_are_a_form_error() {
        let a = analyse(["100", "0", "60", "50"]);
        assert_eq!(a.field_errors, [None; 4]);
        assert!(matches!(
            a.form_error,
            Some(MetricsError::LossesExceedStart { .. })
        ));
        assert_eq!(a.outcome, None);
    }

    #[test]
    fn implausible_figures_compute_but_warn() {
        let a = analyse(["100", "150", "0", "0"]).outcome.unwrap();
        assert!(a.reading.is_some());
        assert_eq!(a.warnings, [Warning::NrrImplausiblyHigh]);
        let lost = analyse(["100", "0", "50", "50"]).outcome.unwrap();
        assert_eq!(lost.warnings, [Warning::EntireBaseLost]);
    }

    #[test]
    fn monthly_figures_are_annualised_before_reading_projecting_and_ranking() {
        let a = super::analyse(
            ["100", "1", "0", "0"],
            Period::Month,
            PeerGroup::default_group(),
        );
        let o = a.outcome.unwrap();
        assert_eq!(o.metrics.nrr.to_string(), "101");
        let annual = o.annual.unwrap();
        assert_eq!(annual.nrr.round_dp(2).to_string(), "112.68");
        assert_eq!(
            o.projection.unwrap()[1].amount.round_dp(2).to_string(),
            "112.68"
        );
        assert!(o.reading.unwrap().nrr_text.contains("112.68% annualised"));
        // SaaS Capital 2026: 50 + (112.6825… − 103) × 40 ÷ 14.9 ≈ 75.99.
        assert_eq!(
            o.nrr_standing.unwrap().percentile().round_dp(2).to_string(),
            "75.99"
        );
    }

    #[test]
    fn peer_group_changes_the_standing_and_a_group_without_grr_has_none() {
        let public = PeerGroup::from_key("public").unwrap();
        let o = super::analyse(["100", "10", "0", "0"], Period::Year, public)
            .outcome
            .unwrap();
        assert_eq!(o.nrr_standing, Some(Standing::At(Decimal::from(50))));
        assert_eq!(o.grr_standing, None);
    }

    #[test]
    fn field_keys_are_the_public_names() {
        let keys: Vec<_> = Field::ALL.iter().map(|f| f.key()).collect();
        assert_eq!(keys, ["start", "expansion", "contraction", "churn"]);
        assert!(Field::ALL.iter().enumerate().all(|(i, f)| f.index() == i));
    }
}
