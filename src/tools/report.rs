//! The founder and investor tools' report: everything the tools panel shows, computed from the
//! share fragment alone (the calculator's figures and the tools' own parameters), so a shared
//! link reproduces it. Pure, and tested natively with the tools pack (`src/bin/tools_pack.rs`),
//! which hands it to the panel as JSON.
//!
//! The tools' parameters: `target` (percent), `claimed-nrr`, `claimed-grr` (percent) with
//! `claimed-period` (`month`, `quarter`, `year`), and `new` (new MRR, an amount).

use retention_calculator::calc::amount::parse_amount;
use retention_calculator::calc::format::exact;
use retention_calculator::calc::tools::context::{
    compounding, quick_ratio, valuation_band, Compounding, VALUATION_SOURCE,
};
use retention_calculator::calc::tools::{backsolve, pitch};
use retention_calculator::calc::{analyse, Period};
use retention_calculator::state::query::{parse_params, Prefill};
use rust_decimal::Decimal;
use serde::Serialize;

/// What the panel shows; a part is absent until it has what it needs.
#[derive(Debug, Default, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ToolsReport {
    target: Option<TargetReport>,
    pitch: Option<PitchReport>,
    context: Option<ContextReport>,
    /// Parameters that couldn't be read, by name, with the reason.
    errors: Vec<(String, String)>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct TargetReport {
    target: String,
    expansion_needed: String,
    expansion_rate_needed: String,
    churn_cut_needed: String,
    churn_now: String,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct PitchReport {
    implied_expansion: String,
    implied_churn: String,
    flags: Vec<String>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct ContextReport {
    annual_nrr: String,
    /// `doubles`, `halves` or `never`.
    compounding: &'static str,
    years: Option<String>,
    valuation_range: &'static str,
    valuation_multiple: String,
    valuation_source: &'static str,
    /// `None` without new MRR, or with no losses (then `no_losses`).
    quick_ratio: Option<String>,
    no_losses: bool,
}

/// A percentage as typed: `120`, `120%`, `112.5 %`. Not negative.
pub fn parse_percent(text: &str) -> Result<Decimal, String> {
    let number = text.trim().trim_end_matches('%').trim_end();
    parse_amount(number).map_err(|_| {
        format!(
            "“{}” isn't a percentage: write it like 120 or 112.5%.",
            text.trim()
        )
    })
}

/// The report for a share fragment.
pub fn evaluate(fragment: &str) -> ToolsReport {
    let prefill = Prefill::from_url_parts("", fragment);
    let params = parse_params(&prefill.others);
    let param = |key: &str| {
        params
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let mut report = ToolsReport::default();
    let mut percent = |key: &str| -> Option<Decimal> {
        let text = param(key).filter(|t| !t.trim().is_empty())?;
        parse_percent(text)
            .map_err(|e| report.errors.push((key.to_string(), e)))
            .ok()
    };
    let target = percent("target");
    let claimed = (percent("claimed-nrr"), percent("claimed-grr"));
    let new = match param("new")
        .filter(|t| !t.trim().is_empty())
        .map(parse_amount)
    {
        Some(Ok(value)) => Some(value),
        Some(Err(error)) => {
            report.errors.push(("new".into(), error.to_string()));
            None
        }
        None => None,
    };

    let choices = prefill.choices();
    let texts = prefill.texts.clone().map(Option::unwrap_or_default);
    let analysis = analyse(
        [&texts[0], &texts[1], &texts[2], &texts[3]],
        choices.period,
        choices.peer,
    );
    if let Some(outcome) = &analysis.outcome {
        let m = outcome.metrics.movements;
        report.target = target.and_then(|t| {
            backsolve::target(&m, t).map(|r| TargetReport {
                target: exact(t),
                expansion_needed: exact(r.expansion_needed),
                expansion_rate_needed: exact(r.expansion_rate_needed),
                churn_cut_needed: exact(r.churn_cut_needed),
                churn_now: exact(m.churn),
            })
        });
        report.context = outcome.annual.as_ref().and_then(|annual| {
            let (kind, years) = match compounding(annual.nrr)? {
                Compounding::Doubles(y) => ("doubles", Some(exact(y.round_dp(1)))),
                Compounding::Halves(y) => ("halves", Some(exact(y.round_dp(1)))),
                Compounding::Never => ("never", None),
            };
            let band = valuation_band(annual.nrr);
            let ratio = new.map(|n| quick_ratio(n, m.expansion, m.contraction, m.churn));
            Some(ContextReport {
                annual_nrr: exact(annual.nrr),
                compounding: kind,
                years,
                valuation_range: band.range,
                valuation_multiple: exact(band.multiple),
                valuation_source: VALUATION_SOURCE,
                quick_ratio: ratio.flatten().map(exact),
                no_losses: matches!(ratio, Some(None)),
            })
        });
    }
    if let (Some(nrr), Some(grr)) = claimed {
        let period = param("claimed-period")
            .and_then(Period::from_key)
            .unwrap_or(Period::Year);
        report.pitch = pitch::check(nrr, grr, period).map(|c| PitchReport {
            implied_expansion: exact(c.implied_expansion),
            implied_churn: exact(c.implied_churn),
            flags: c.flags.iter().map(ToString::to_string).collect(),
        });
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tool_reads_its_parameters_from_the_fragment() {
        let r = evaluate("start=100k&expansion=5k&contraction=2k&churn=8k&target=110&claimed-nrr=110&claimed-grr=99&claimed-period=month&new=30k");
        let t = r.target.unwrap();
        assert_eq!(
            (
                t.expansion_needed.as_str(),
                t.expansion_rate_needed.as_str(),
                t.churn_cut_needed.as_str()
            ),
            ("20000", "20", "15000")
        );
        let p = r.pitch.unwrap();
        assert_eq!(
            (p.implied_expansion.as_str(), p.implied_churn.as_str()),
            ("11", "1")
        );
        assert!(p.flags[0].contains("313.84%"), "{:?}", p.flags);
        let c = r.context.unwrap();
        assert_eq!(
            (c.annual_nrr.as_str(), c.compounding, c.years),
            ("95", "halves", Some("13.5".to_string()))
        );
        assert_eq!(
            (c.valuation_range, c.valuation_multiple.as_str()),
            ("under 100%", "4.1")
        );
        assert_eq!(c.quick_ratio.as_deref(), Some("3.5"));
        assert!(r.errors.is_empty());
    }

    #[test]
    fn missing_or_bad_parameters_leave_their_part_out_and_say_why() {
        let r = evaluate("start=100&expansion=20&contraction=0&churn=0&target=abc&new=5");
        assert!(r.target.is_none() && r.pitch.is_none());
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].0, "target");
        let c = r.context.unwrap();
        assert_eq!(
            (c.compounding, c.years.as_deref(), c.valuation_range),
            ("doubles", Some("3.8"), "100–120%")
        );
        assert!(c.no_losses && c.quick_ratio.is_none());
        assert_eq!(evaluate(""), ToolsReport::default());
        assert_eq!(parse_percent(" 112.5 % "), Ok(Decimal::new(1125, 1)));
    }
}
