//! The published figures. Each table says where it was read; values a source gave as a range
//! use the range's midpoint, values given as a bound use the bound (see `Point::value`).

use super::{pct, Distribution, Marker, Metric, PeerGroup, Point};

const fn p(percentile: u8, tenths: u32, published: &'static str) -> Point {
    Point {
        percentile,
        value: pct(tenths),
        published,
    }
}

const SAAS_CAPITAL_2026_POPULATION: &str =
    "Private B2B SaaS companies at $3–20M ARR (1,000+ surveyed)";
const SAAS_CAPITAL_2026_METHOD: &str = "Annual survey of private companies; median and 90th \
percentile as published. Between and beyond those two points only linear interpolation is used.";

static SAAS_CAPITAL_2026_NRR: Distribution = Distribution {
    metric: Metric::Nrr,
    source: "SaaS Capital",
    year: Some(2026),
    reported_by: Some("SubJolt NRR & GRR benchmarks, 2026"),
    population: SAAS_CAPITAL_2026_POPULATION,
    method: SAAS_CAPITAL_2026_METHOD,
    points: &[p(50, 1030, "103%"), p(90, 1179, "117.9%")],
};

static SAAS_CAPITAL_2026_GRR: Distribution = Distribution {
    metric: Metric::Grr,
    source: "SaaS Capital",
    year: Some(2026),
    reported_by: Some("SubJolt NRR & GRR benchmarks, 2026"),
    population: SAAS_CAPITAL_2026_POPULATION,
    method: SAAS_CAPITAL_2026_METHOD,
    points: &[p(50, 910, "91%"), p(90, 1000, "100%")],
};

static SAASDB_PUBLIC_2026_NRR: Distribution = Distribution {
    metric: Metric::Nrr,
    source: "SaaSDB",
    year: Some(2026),
    reported_by: None,
    population: "Public SaaS companies (200+ tracked from their disclosures)",
    method: "Percentile bands from public filings. Ranges are read at their midpoint \
(P25 95–105% as 100%, P50 108–112% as 110%); open bands at their bound (P10 < 90%, \
P75 ≥ 118%, P90 ≥ 130%).",
    points: &[
        p(10, 900, "< 90%"),
        p(25, 1000, "95–105%"),
        p(50, 1100, "108–112%"),
        p(75, 1180, "≥ 118%"),
        p(90, 1300, "≥ 130%"),
    ],
};

static KEYBANC_2024_GRR: Distribution = Distribution {
    metric: Metric::Grr,
    source: "KeyBanc Capital Markets & Sapphire Ventures SaaS survey",
    year: Some(2024),
    reported_by: Some("a published summary of the 15th annual survey"),
    population: "Private SaaS companies of all sizes",
    method: "Annual survey; quartiles as published (P25 82%, median 91%, P75 95%).",
    points: &[p(25, 820, "82%"), p(50, 910, "91%"), p(75, 950, "95%")],
};

const STAGE_SOURCE: &str = "ProductQuant NRR benchmarks (OpenView, SaaStr, Gainsight data)";
const STAGE_METHOD: &str = "Median and top-quartile NRR by ARR tier, each published as a range \
and read at its midpoint.";

/// What the four ARR-tier tables share; each sets its population and points.
const STAGE: Distribution = Distribution {
    metric: Metric::Nrr,
    source: STAGE_SOURCE,
    year: None,
    reported_by: None,
    population: "",
    method: STAGE_METHOD,
    points: &[],
};

static STAGE_UNDER_1M: Distribution = Distribution {
    population: "SaaS companies below $1M ARR",
    points: &[p(50, 885, "85–92%"), p(75, 975, "95–100%")],
    ..STAGE
};
static STAGE_1M_10M: Distribution = Distribution {
    population: "SaaS companies at $1–10M ARR",
    points: &[p(50, 1000, "95–105%"), p(75, 1115, "108–115%")],
    ..STAGE
};
static STAGE_10M_50M: Distribution = Distribution {
    population: "SaaS companies at $10–50M ARR",
    points: &[p(50, 1085, "105–112%"), p(75, 1200, "115–125%")],
    ..STAGE
};
static STAGE_OVER_50M: Distribution = Distribution {
    population: "SaaS companies above $50M ARR",
    points: &[p(50, 1115, "108–115%"), p(75, 1300, "120–140%+")],
    ..STAGE
};

const ACV_SOURCE: &str = "Optifai B2B SaaS Benchmarks (N=939)";
const ACV_METHOD: &str = "Median and top-quartile NRR by annual contract value, as published \
(approximate figures; the SMB median 100–102% is read as 101%).";

/// What the four ACV-band tables share; each sets its population and points.
const ACV: Distribution = Distribution {
    metric: Metric::Nrr,
    source: ACV_SOURCE,
    year: Some(2026),
    reported_by: Some("SubJolt NRR & GRR benchmarks, 2026"),
    population: "",
    method: ACV_METHOD,
    points: &[],
};

static ACV_UNDER_5K: Distribution = Distribution {
    population: "B2B SaaS with ACV under $5K",
    points: &[p(50, 970, "~97%"), p(75, 1080, "~108%")],
    ..ACV
};
static ACV_5K_25K: Distribution = Distribution {
    population: "B2B SaaS with ACV of $5–25K",
    points: &[p(50, 1010, "~100–102%"), p(75, 1150, "~115%")],
    ..ACV
};
static ACV_25K_100K: Distribution = Distribution {
    population: "B2B SaaS with ACV of $25–100K",
    points: &[p(50, 1080, "~108%"), p(75, 1250, "~125%")],
    ..ACV
};
static ACV_OVER_100K: Distribution = Distribution {
    population: "B2B SaaS with ACV over $100K",
    points: &[p(50, 1180, "~118%"), p(75, 1350, "~135%")],
    ..ACV
};

const fn group(
    key: &'static str,
    label: &'static str,
    nrr: &'static Distribution,
    grr: Option<&'static Distribution>,
) -> PeerGroup {
    PeerGroup {
        key,
        label,
        nrr,
        grr,
        references: &[],
    }
}

/// Every peer group; the first is the default.
pub static PEER_GROUPS: [PeerGroup; 10] = [
    PeerGroup {
        references: &SINGLE_MEDIANS,
        ..group(
            "private",
            "private B2B SaaS, $3–20M ARR",
            &SAAS_CAPITAL_2026_NRR,
            Some(&SAAS_CAPITAL_2026_GRR),
        )
    },
    PeerGroup {
        references: &MARKERS,
        ..group(
            "public",
            "public SaaS companies",
            &SAASDB_PUBLIC_2026_NRR,
            None,
        )
    },
    group(
        "arr-under-1m",
        "SaaS below $1M ARR",
        &STAGE_UNDER_1M,
        Some(&KEYBANC_2024_GRR),
    ),
    group(
        "arr-1m-10m",
        "SaaS at $1–10M ARR",
        &STAGE_1M_10M,
        Some(&KEYBANC_2024_GRR),
    ),
    group(
        "arr-10m-50m",
        "SaaS at $10–50M ARR",
        &STAGE_10M_50M,
        Some(&KEYBANC_2024_GRR),
    ),
    group(
        "arr-over-50m",
        "SaaS above $50M ARR",
        &STAGE_OVER_50M,
        Some(&KEYBANC_2024_GRR),
    ),
    group(
        "acv-under-5k",
        "B2B SaaS, ACV under $5K",
        &ACV_UNDER_5K,
        Some(&KEYBANC_2024_GRR),
    ),
    group(
        "acv-5k-25k",
        "B2B SaaS, ACV $5–25K",
        &ACV_5K_25K,
        Some(&KEYBANC_2024_GRR),
    ),
    group(
        "acv-25k-100k",
        "B2B SaaS, ACV $25–100K",
        &ACV_25K_100K,
        Some(&KEYBANC_2024_GRR),
    ),
    group(
        "acv-over-100k",
        "B2B SaaS, ACV over $100K",
        &ACV_OVER_100K,
        Some(&KEYBANC_2024_GRR),
    ),
];

const fn marker(
    name: &'static str,
    tenths: u32,
    published: &'static str,
    period: &'static str,
) -> Marker {
    Marker {
        name,
        nrr: pct(tenths),
        published,
        period,
    }
}

/// Public companies' latest disclosed NRR (SubJolt NRR & GRR benchmarks, 2026, from filings).
/// "Low-120s" is placed at 121%, "120%+" at 120%.
pub static MARKERS: [Marker; 8] = [
    marker("Snowflake", 1260, "126%", "Q1 FY2027"),
    marker("Datadog", 1210, "low-120s", "Q1 2026"),
    marker("MongoDB", 1210, "121%", "Q1 FY2027"),
    marker("Atlassian", 1200, "120%+", "Q3 FY2026"),
    marker("Cloudflare", 1180, "118%", "Q1 2026"),
    marker("CrowdStrike", 1150, "115%", "Q4 FY2026"),
    marker("Twilio", 1140, "114%", "Q1 FY2026"),
    marker("HubSpot", 1030, "103%", "Q1 2026"),
];

/// Private-company surveys that publish a single median: reference marks for the private group.
pub static SINGLE_MEDIANS: [Marker; 2] = [
    marker(
        "ChartMogul venture-backed median",
        1060,
        "~106%",
        "SaaS Retention Report, via SubJolt 2026",
    ),
    marker(
        "Benchmarkit with Maxio median",
        1010,
        "101%",
        "2025 report, FY2024 data",
    ),
];
