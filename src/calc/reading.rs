//! What the numbers mean, in plain words, each claim tied to a named, dated source.

use super::format;
use rust_decimal::Decimal;

/// Where NRR stands in the commonly published bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NrrBand {
    /// Below 100 %: the existing base shrinks.
    Shrinking,
    /// Exactly 100 %: expansion exactly replaces what was lost.
    Flat,
    /// Above 100 % up to 120 %: healthy.
    Healthy,
    /// Above 120 %: excellent.
    Excellent,
}

/// What the NRR − GRR gap says about where growth comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrowthModel {
    /// No expansion at all: NRR equals GRR.
    NoExpansion,
    /// GRR at or above [`STRONG_GRR`]: a base that keeps most of its revenue, expansion on top.
    RetentionLed,
    /// GRR below [`STRONG_GRR`] yet NRR ≥ 100 %: expansion is covering a real leak.
    ExpansionLed,
    /// GRR below [`STRONG_GRR`] and NRR below 100 %: losses outrun expansion.
    Leaking,
}

/// The GRR from which the base counts as barely leaking: about the private-company median.
pub const STRONG_GRR: Decimal = Decimal::from_parts(90, 0, 0, false, 0);
const EXCELLENT_NRR: Decimal = Decimal::from_parts(120, 0, 0, false, 0);

/// Sources behind the reading, shown under it.
pub const SOURCES: &str = "NRR bands (under 100% shrinking, 100–120% healthy, over 120% \
excellent): Reportly, NRR guide, 2025. GRR reference: private SaaS median GRR 91%, SaaS Capital \
2026 survey. NRR–GRR gap reading: SubJolt, NRR & GRR benchmarks, 2026 (110% NRR on 85% GRR vs \
105% on 92%).";

/// The reading of one set of metrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// NRR band.
    pub band: NrrBand,
    /// Growth model from the gap.
    pub model: GrowthModel,
    /// One or two sentences on NRR.
    pub nrr_text: String,
    /// One or two sentences on the gap.
    pub gap_text: String,
}

/// The annual rates a reading is made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnnualRates {
    /// NRR over a year, in percent (annualised when the figures cover a shorter period).
    pub nrr: Decimal,
    /// GRR over a year, in percent.
    pub grr: Decimal,
    /// Whether there was any expansion at all.
    pub has_expansion: bool,
    /// Whether the rates were annualised from a shorter period (the text then says so).
    pub annualised: bool,
}

/// Reads a year's rates.
pub fn read(r: &AnnualRates) -> Reading {
    let band = if r.nrr < Decimal::ONE_HUNDRED {
        NrrBand::Shrinking
    } else if r.nrr == Decimal::ONE_HUNDRED {
        NrrBand::Flat
    } else if r.nrr <= EXCELLENT_NRR {
        NrrBand::Healthy
    } else {
        NrrBand::Excellent
    };
    let model = if !r.has_expansion {
        GrowthModel::NoExpansion
    } else if r.grr >= STRONG_GRR {
        GrowthModel::RetentionLed
    } else if r.nrr >= Decimal::ONE_HUNDRED {
        GrowthModel::ExpansionLed
    } else {
        GrowthModel::Leaking
    };
    let hundred = Decimal::ONE_HUNDRED;
    let qualifier = if r.annualised { " annualised" } else { "" };
    let nrr = format!("{}{qualifier}", format::percent(r.nrr));
    let net = format::percent((hundred - r.nrr).abs());
    let nrr_text = match band {
        NrrBand::Shrinking => format!(
            "Shrinking. At {nrr} NRR the existing base loses {net} of its revenue a year: \
             new sales must refill that before the company grows at all."
        ),
        NrrBand::Flat => format!(
            "Flat. At {nrr} NRR expansion exactly replaces what churn and contraction took: \
             the base holds its size, and all growth must come from new customers."
        ),
        NrrBand::Healthy => format!(
            "Healthy. At {nrr} NRR the existing base grows {net} a year with no new \
             customers. Above 120% is where the best companies sit."
        ),
        NrrBand::Excellent => format!(
            "Excellent. At {nrr} NRR the existing base grows {net} a year on its own: \
             a compounding engine, beyond the 120% mark for top performers."
        ),
    };
    let grr = format!("{}{qualifier}", format::percent(r.grr));
    let losses = format::percent(hundred - r.grr);
    let gap = format::points(r.nrr - r.grr);
    let gap_text = match model {
        GrowthModel::NoExpansion => format!(
            "No expansion: NRR equals GRR ({grr}). Nothing offsets the {losses} lost, so an \
             upsell or usage motion is the lever that can lift NRR above 100%."
        ),
        GrowthModel::RetentionLed => format!(
            "Retention-led: GRR of {grr} keeps most of the base ({losses} lost), and \
             expansion adds {gap} on top. This profile tends to hold up when customers cut spend."
        ),
        GrowthModel::ExpansionLed => format!(
            "Expansion-led: GRR of {grr} means {losses} of revenue leaks out, and expansion \
             ({gap}) is covering it. Growth depends on upsells continuing; if they slow, \
             the leak shows."
        ),
        GrowthModel::Leaking => format!(
            "Leaking: GRR of {grr} means {losses} of revenue is lost and expansion ({gap}) \
             doesn't make up for it. Fixing churn comes before anything else."
        ),
    };
    Reading {
        band,
        model,
        nrr_text,
        gap_text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::metrics::{Metrics, Movements};
    use std::str::FromStr;

    fn reading(start: &str, expansion: &str, contraction: &str, churn: &str) -> Reading {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        let m = Metrics::compute(Movements {
            start: d(start),
            expansion: d(expansion),
            contraction: d(contraction),
            churn: d(churn),
        })
        .unwrap();
        read(&AnnualRates {
            nrr: m.nrr,
            grr: m.grr,
            has_expansion: !m.movements.expansion.is_zero(),
            annualised: false,
        })
    }

    #[test]
    fn company_a_with_110_nrr_on_85_grr_is_expansion_led() {
        let r = reading("100", "25", "5", "10");
        assert_eq!(
            (r.band, r.model),
            (NrrBand::Healthy, GrowthModel::ExpansionLed)
        );
        assert!(
            r.gap_text.contains("85%") && r.gap_text.contains("25 pts"),
            "{}",
            r.gap_text
        );
    }

    #[test]
    fn company_b_with_105_nrr_on_92_grr_is_retention_led() {
        let r = reading("100", "13", "3", "5");
        assert_eq!(
            (r.band, r.model),
            (NrrBand::Healthy, GrowthModel::RetentionLed)
        );
        assert!(r.nrr_text.contains("105%"), "{}", r.nrr_text);
    }

    #[test]
    fn bands_split_at_100_and_120() {
        assert_eq!(reading("100", "0", "0", "1").band, NrrBand::Shrinking);
        assert_eq!(reading("100", "0", "0", "0").band, NrrBand::Flat);
        assert_eq!(reading("100", "20", "0", "0").band, NrrBand::Healthy);
        assert_eq!(reading("100", "20.01", "0", "0").band, NrrBand::Excellent);
    }

    #[test]
    fn annualised_rates_say_so() {
        let r = read(&AnnualRates {
            nrr: Decimal::new(11268, 2),
            grr: Decimal::new(8864, 2),
            has_expansion: true,
            annualised: true,
        });
        assert!(
            r.nrr_text.contains("112.68% annualised NRR"),
            "{}",
            r.nrr_text
        );
        assert!(r.gap_text.contains("88.64% annualised"), "{}", r.gap_text);
        assert_eq!(r.model, GrowthModel::ExpansionLed);
    }

    #[test]
    fn no_expansion_and_leaking_models() {
        assert_eq!(
            reading("100", "0", "5", "5").model,
            GrowthModel::NoExpansion
        );
        let leaking = reading("100", "5", "10", "10");
        assert_eq!(leaking.model, GrowthModel::Leaking);
        assert!(leaking.nrr_text.contains("15%"), "{}", leaking.nrr_text);
    }
}
