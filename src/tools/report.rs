//! The founder and investor tools' report: everything the tools panel shows, computed from the
//! share fragment alone (the calculator's figures and the tools' own parameters), so a shared
//! link reproduces it. Pure, and tested natively with the tools pack (`src/bin/tools_pack.rs`),
//! which hands it to the panel as JSON.
//!
//! The tools' parameters: `target` (percent), `claimed-nrr`, `claimed-grr` (percent) with
//! `claimed-period` (`month`, `quarter`, `year`), `new` (new MRR, an amount), `seg1`…`seg8`
//! (`name~start~expansion~contraction~churn`), and `dx`, `dc` (the scenarios' deltas on
//! expansion and churn, percent, 25 when absent).

use retention_calculator::calc::amount::parse_amount;
use retention_calculator::calc::format::exact;
use retention_calculator::calc::metrics::{Metrics, Movements};
use retention_calculator::calc::tools::context::{
    compounding, quick_ratio, valuation_band, Compounding, VALUATION_SOURCE,
};
use retention_calculator::calc::tools::{backsolve, pitch, scenarios, segments};
use retention_calculator::calc::{Analysis, Period};
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
    segments: Vec<SegmentRow>,
    blend: Option<BlendReport>,
    scenarios: Option<[CaseReport; 3]>,
    grid: Option<GridReport>,
    /// The figures against a saved baseline (kept on the device, not in the link).
    comparison: Option<Vec<ComparisonRow>>,
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
    /// What cutting churn alone does: `none` needed, `enough` (within today's churn) or
    /// `too-much` (more than today's churn), decided on the exact figures.
    churn_cut: &'static str,
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

#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct SegmentRow {
    /// Its N in `segN`.
    number: usize,
    name: String,
    figures: [String; 4],
    nrr: Option<String>,
    grr: Option<String>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct BlendReport {
    nrr: String,
    grr: String,
    /// Names of the segments under 90 % NRR that a blend at or above it hides.
    hidden: Vec<String>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct CaseReport {
    expansion: String,
    churn: String,
    nrr: String,
    final_base: String,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct GridReport {
    /// Rows: expansion rates; columns: gross churn rates (percent of starting MRR).
    expansion: Vec<String>,
    churn: Vec<String>,
    /// NRR for each row and column.
    nrr: Vec<Vec<String>>,
    /// The row and column of the figures' own rates.
    you: [usize; 2],
    /// The peer group's median and upper published NRR, when the figures are annual.
    median: Option<String>,
    upper: Option<String>,
    /// Each cell against the peers, decided on the exact figures: `top` (at or above the
    /// upper point), `above` (at or above the median), `below`; empty without peer figures.
    bands: Vec<Vec<&'static str>>,
    peer: &'static str,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct ComparisonRow {
    /// `nrr`, `grr`, `expansion-rate`, `gross-churn`, `ending-mrr`.
    key: &'static str,
    now: String,
    then: String,
    /// Now − then: percentage points for rates, currency units for money.
    delta: String,
}

/// Most segments.
const SEGMENTS: usize = segments::MAX_SEGMENTS;

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

/// A tool's parameter read with `parse`: `None` when absent or blank, and when unreadable,
/// which the report's errors then say.
fn read<T, E: ToString>(
    report: &mut ToolsReport,
    key: &str,
    text: Option<&str>,
    parse: impl Fn(&str) -> Result<T, E>,
) -> Option<T> {
    let text = text.filter(|t| !t.trim().is_empty())?;
    parse(text)
        .map_err(|e| report.errors.push((key.to_string(), e.to_string())))
        .ok()
}

/// The report for a share fragment, with the figures compared against `baseline` (a saved
/// fragment; empty for none).
pub fn evaluate_with(fragment: &str, baseline: &str) -> ToolsReport {
    let prefill = Prefill::from_url_parts("", fragment);
    let analysis = prefill.analyse();
    let mut report = tools(&prefill, &analysis);
    let then = Prefill::from_url_parts("", baseline).analyse();
    if let (Some(now), Some(then)) = (&analysis.outcome, &then.outcome) {
        let (now, then) = (now.metrics, then.metrics);
        let rows = [
            ("nrr", now.nrr, then.nrr),
            ("grr", now.grr, then.grr),
            ("expansion-rate", now.expansion_rate, then.expansion_rate),
            ("gross-churn", now.gross_churn, then.gross_churn),
            ("ending-mrr", now.ending_mrr, then.ending_mrr),
        ];
        report.comparison = rows
            .into_iter()
            .map(|(key, now, then)| {
                Some(ComparisonRow {
                    key,
                    now: exact(now),
                    then: exact(then),
                    delta: exact(now.checked_sub(then)?),
                })
            })
            .collect();
    }
    report
}

/// Every tool's part of the report, from a fragment read as `prefill` and its `analysis`.
fn tools(prefill: &Prefill, analysis: &Analysis) -> ToolsReport {
    let params = parse_params(&prefill.others);
    let param = |key: &str| {
        params
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let mut report = ToolsReport::default();
    let target = read(&mut report, "target", param("target"), parse_percent);
    let claimed = (
        read(
            &mut report,
            "claimed-nrr",
            param("claimed-nrr"),
            parse_percent,
        ),
        read(
            &mut report,
            "claimed-grr",
            param("claimed-grr"),
            parse_percent,
        ),
    );
    let new = read(&mut report, "new", param("new"), parse_amount);

    let choices = prefill.choices();
    if let Some(outcome) = &analysis.outcome {
        let m = outcome.metrics.movements;
        report.target = target.and_then(|t| {
            backsolve::target(&m, t).map(|r| TargetReport {
                target: exact(t),
                expansion_needed: exact(r.expansion_needed),
                expansion_rate_needed: exact(r.expansion_rate_needed),
                churn_cut_needed: exact(r.churn_cut_needed),
                churn_now: exact(m.churn),
                churn_cut: if r.churn_cut_needed.is_zero() {
                    "none"
                } else if r.churn_cut_needed <= m.churn {
                    "enough"
                } else {
                    "too-much"
                },
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
        let quarter = Decimal::from(25);
        let dx = read(&mut report, "dx", param("dx"), parse_percent).unwrap_or(quarter);
        let dc = read(&mut report, "dc", param("dc"), parse_percent).unwrap_or(quarter);
        let m = outcome.metrics;
        report.scenarios = scenarios::cases(&m.movements, dx, dc).map(|cases| {
            cases.map(|c| CaseReport {
                expansion: exact(c.movements.expansion),
                churn: exact(c.movements.churn),
                nrr: exact(c.nrr),
                final_base: exact(c.final_base),
            })
        });
        report.grid = grid(&m, choices.period == Period::Year, choices.peer);
    }
    read_segments(&param, &mut report);
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

/// The segments in `seg1`…`seg8`, each with its NRR and GRR, and the blend of those that have
/// a result.
fn read_segments<'a>(param: &impl Fn(&str) -> Option<&'a str>, report: &mut ToolsReport) {
    let mut complete = Vec::new();
    for n in 1..=SEGMENTS {
        let Some(text) = param(&format!("seg{n}")) else {
            continue;
        };
        let mut parts = text.split('~');
        let name = parts.next().unwrap_or_default().trim().to_string();
        let figures: [String; 4] =
            std::array::from_fn(|_| parts.next().unwrap_or_default().trim().to_string());
        let amounts: Vec<Option<Decimal>> = figures
            .iter()
            .enumerate()
            .map(|(i, f)| match parse_amount(f) {
                Ok(value) => Some(value),
                Err(_) if f.is_empty() => None,
                Err(e) => {
                    report.errors.push((
                        format!(
                            "segment-{n}-{}",
                            ["start", "expansion", "contraction", "churn"][i]
                        ),
                        e.to_string(),
                    ));
                    None
                }
            })
            .collect();
        let movements = match amounts[..] {
            [Some(start), Some(expansion), Some(contraction), Some(churn)] => Some(Movements {
                start,
                expansion,
                contraction,
                churn,
            }),
            _ => None,
        };
        let metrics = movements.and_then(|m| Metrics::compute(m).ok());
        if let (Some(m), Some(_)) = (movements, metrics) {
            complete.push((name.clone(), m));
        }
        report.segments.push(SegmentRow {
            number: n,
            name,
            figures,
            nrr: metrics.map(|m| exact(m.nrr)),
            grr: metrics.map(|m| exact(m.grr)),
        });
    }
    let books: Vec<Movements> = complete.iter().map(|(_, m)| *m).collect();
    if books.len() >= 2 {
        report.blend = segments::blend(&books)
            .and_then(|b| Metrics::compute(b).ok())
            .map(|b| BlendReport {
                nrr: exact(b.nrr),
                grr: exact(b.grr),
                hidden: segments::hidden_by_blend(&books)
                    .into_iter()
                    .map(|i| complete[i].0.clone())
                    .collect(),
            });
    }
}

/// NRR over expansion and churn rates around the figures' own, 5 and 2 points apart.
fn grid(
    m: &Metrics,
    annual: bool,
    peer: &'static retention_calculator::calc::PeerGroup,
) -> Option<GridReport> {
    let (own_expansion, own_churn) = (m.expansion_rate.round_dp(2), m.gross_churn.round_dp(2));
    let expansion = scenarios::axis(own_expansion, Decimal::from(5), 3, None);
    let churn = scenarios::axis(own_churn, Decimal::from(2), 3, Some(Decimal::ONE_HUNDRED));
    let you = [
        expansion.iter().position(|e| *e == own_expansion)?,
        churn.iter().position(|c| *c == own_churn)?,
    ];
    let nrr = expansion
        .iter()
        .map(|e| {
            churn
                .iter()
                .map(|c| scenarios::grid_nrr(*e, *c))
                .collect::<Option<Vec<_>>>()
        })
        .collect::<Option<Vec<_>>>()?;
    let point = |pick: fn(
        &[retention_calculator::calc::benchmarks::Point],
    ) -> Option<&retention_calculator::calc::benchmarks::Point>| {
        annual
            .then(|| pick(peer.nrr.points).map(|p| p.value))
            .flatten()
    };
    let median = point(|points| points.iter().find(|p| p.percentile == 50));
    let upper = point(|points| {
        points
            .iter()
            .filter(|p| p.percentile > 50)
            .max_by_key(|p| p.percentile)
    });
    let band = |v: &Decimal| match (median, upper) {
        (None, _) => "",
        (_, Some(u)) if *v >= u => "top",
        (Some(m), _) if *v >= m => "above",
        _ => "below",
    };
    Some(GridReport {
        expansion: expansion.iter().map(|e| exact(*e)).collect(),
        churn: churn.iter().map(|c| exact(*c)).collect(),
        bands: nrr
            .iter()
            .map(|row| row.iter().map(band).collect())
            .collect(),
        nrr: nrr
            .iter()
            .map(|row| row.iter().map(|v| exact(*v)).collect())
            .collect(),
        you,
        median: median.map(exact),
        upper: upper.map(exact),
        peer: peer.label,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tool_reads_its_parameters_from_the_fragment() {
        let r = evaluate_with("start=100k&expansion=5k&contraction=2k&churn=8k&target=110&claimed-nrr=110&claimed-grr=99&claimed-period=month&new=30k", "");
        let t = r.target.unwrap();
        assert_eq!(
            (
                t.expansion_needed.as_str(),
                t.expansion_rate_needed.as_str(),
                t.churn_cut_needed.as_str()
            ),
            ("20000", "20", "15000")
        );
        // 15,000 of churn cut needed, with 8,000 of churn today: more than there is.
        assert_eq!(t.churn_cut, "too-much");
        let enough = evaluate_with("start=100&expansion=5&contraction=0&churn=8&target=100", "");
        assert_eq!(enough.target.unwrap().churn_cut, "enough");
        let reached = evaluate_with("start=100&expansion=5&contraction=0&churn=8&target=95", "");
        assert_eq!(reached.target.unwrap().churn_cut, "none");
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
        let r = evaluate_with(
            "start=100&expansion=20&contraction=0&churn=0&target=abc&new=5",
            "",
        );
        assert!(r.target.is_none() && r.pitch.is_none());
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].0, "target");
        let c = r.context.unwrap();
        assert_eq!(
            (c.compounding, c.years.as_deref(), c.valuation_range),
            ("doubles", Some("3.8"), "100–120%")
        );
        assert!(c.no_losses && c.quick_ratio.is_none());
        assert_eq!(evaluate_with("", ""), ToolsReport::default());
        assert_eq!(parse_percent(" 112.5 % "), Ok(Decimal::new(1125, 1)));
    }

    #[test]
    fn segments_blend_and_say_what_the_blend_hides() {
        // The seed's book: SMB 200 × $500 with 40 churned; enterprise 10 × $15,000, 5 up $4,000.
        let r = evaluate_with(
            "seg1=SMB~100000~0~0~20000&seg2=Enterprise~150000~20000~0~0&seg3=Mid~1~x~0~0",
            "",
        );
        assert_eq!(r.segments.len(), 3);
        assert_eq!(r.segments[0].nrr.as_deref(), Some("80"));
        assert_eq!(r.segments[2].nrr, None);
        assert_eq!(r.errors[0].0, "segment-3-expansion");
        let blend = r.blend.unwrap();
        assert_eq!(
            (blend.nrr.as_str(), blend.hidden.clone()),
            ("100", vec!["SMB".to_string()])
        );
    }

    #[test]
    fn scenarios_and_the_grid_follow_the_figures() {
        let r = evaluate_with("start=1000&expansion=200&contraction=0&churn=100&dx=50", "");
        let [bear, base, bull] = r.scenarios.unwrap();
        assert_eq!(
            (bear.nrr.as_str(), base.nrr.as_str(), bull.nrr.as_str()),
            ("97.5", "110", "122.5")
        );
        let grid = r.grid.unwrap();
        assert_eq!(grid.expansion, ["5", "10", "15", "20", "25", "30", "35"]);
        assert_eq!(grid.churn, ["4", "6", "8", "10", "12", "14", "16"]);
        assert_eq!((grid.nrr[3][3].as_str(), grid.you), ("110", [3, 3]));
        let low = evaluate_with("start=100&expansion=0&contraction=0&churn=2", "")
            .grid
            .unwrap();
        assert_eq!(
            (
                low.expansion[low.you[0]].as_str(),
                low.churn[low.you[1]].as_str()
            ),
            ("0", "2")
        );
        assert!(grid.median.is_some() && grid.upper.is_some());
        // Each cell is banded on its exact NRR against the exact peer points.
        let (median, upper): (Decimal, Decimal) = (
            grid.median.as_deref().unwrap().parse().unwrap(),
            grid.upper.as_deref().unwrap().parse().unwrap(),
        );
        for (row, bands) in grid.nrr.iter().zip(&grid.bands) {
            for (nrr, band) in row.iter().zip(bands) {
                let nrr: Decimal = nrr.parse().unwrap();
                let expected = if nrr >= upper {
                    "top"
                } else if nrr >= median {
                    "above"
                } else {
                    "below"
                };
                assert_eq!(*band, expected, "{nrr} against {median} and {upper}");
            }
        }
        assert!(grid.bands.iter().flatten().any(|b| *b == "top"));
        assert!(grid.bands.iter().flatten().any(|b| *b == "below"));
        let monthly = evaluate_with(
            "start=1000&expansion=20&contraction=0&churn=10&period=month",
            "",
        )
        .grid
        .unwrap();
        assert_eq!(
            (monthly.median, monthly.upper),
            (None, None),
            "peers publish annual figures"
        );
        assert!(monthly.bands.iter().flatten().all(|b| b.is_empty()));
    }

    #[test]
    fn the_figures_compare_with_a_saved_baseline() {
        let r = evaluate_with(
            "start=100&expansion=20&contraction=0&churn=5",
            "start=100&expansion=10&contraction=0&churn=10",
        );
        let rows = r.comparison.unwrap();
        assert_eq!(
            (
                rows[0].key,
                rows[0].now.as_str(),
                rows[0].then.as_str(),
                rows[0].delta.as_str()
            ),
            ("nrr", "115", "100", "15")
        );
        assert_eq!((rows[1].key, rows[1].delta.as_str()), ("grr", "5"));
        assert!(
            evaluate_with("start=100&expansion=20&contraction=0&churn=5", "")
                .comparison
                .is_none()
        );
    }
}
