//! Benchmark `gps` (issue 11, row 6): MCS8 GPSListForlarge (2.7.2) with 604,800 points
//! (7 days at one point per second, ~29.5 MB) — the SDK's decoder against plain serde
//! into borrowed tuples, timed side by side, and the SDK's peak heap during the decode
//! against the body size, from the suite's counting allocator.

use std::hint::black_box;

use chrono::{NaiveDate, TimeDelta};
use serde::Deserialize;

use crate::support::{self, side_by_side, Config, Goal, Report};

const PATH: &str = "/api/v1/GPSListForlarge";

/// The answer as the platform sends it (the simulator's layout):
/// `{"Result":200,"Message":null,"Content":{"gps":[["2022-07-20 00:00:00",lng,lat,acc],…]}}`.
fn body(points: usize) -> Vec<u8> {
    let start = NaiveDate::from_ymd_opt(2022, 7, 20)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .expect("valid start");
    let mut out = String::with_capacity(64 + points * 52);
    out.push_str(r#"{"Result":200,"Message":null,"Content":{"gps":["#);
    for i in 0..points {
        if i > 0 {
            out.push(',');
        }
        let t = start + TimeDelta::seconds(i as i64);
        let f = i as f64;
        out.push_str(&format!(
            "[\"{}\",{:.6},{:.6},{:.1}]",
            t.format("%Y-%m-%d %H:%M:%S"),
            114.05 + (f * 0.000_013).sin() * 0.05,
            22.54 + (f * 0.000_017).cos() * 0.05,
            5.0 + (i % 40) as f64
        ));
    }
    out.push_str("]}}");
    out.into_bytes()
}

/// The baseline: plain serde into borrowed tuples, nothing lenient.
#[derive(Deserialize)]
struct Answer<'a> {
    #[serde(rename = "Result")]
    _result: i64,
    #[serde(borrow, rename = "Content")]
    content: Content<'a>,
}

#[derive(Deserialize)]
struct Content<'a> {
    #[serde(borrow)]
    gps: Vec<(&'a str, f64, f64, f64)>,
}

fn baseline(body: &[u8]) -> usize {
    let a: Answer<'_> = serde_json::from_slice(body).expect("baseline decodes");
    a.content.gps.len()
}

/// The request the body answers: 7 days of one device.
fn request(points: usize) -> anfang::mcs8::api::data::GpsListForLarge {
    let st = NaiveDate::from_ymd_opt(2022, 7, 20)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .expect("valid start");
    let et = st + TimeDelta::seconds(points as i64);
    anfang::mcs8::api::data::GpsListForLarge::new("test1", st, et)
}

/// The SDK's decoder: what `Client::gps_track` runs on each 2xx answer (one pass,
/// capacity from the query).
fn sdk(req: &anfang::mcs8::api::data::GpsListForLarge, body: &[u8]) -> usize {
    let capacity = req.expected_points(body.len());
    let track = anfang::mcs8::gps::decode_answer(
        PATH,
        anfang::core::reexports::http::StatusCode::OK,
        body,
        capacity,
    )
    .expect("SDK decodes");
    track.len()
}

/// Peak heap above the live count while `f` runs.
fn peak_of(f: impl FnOnce() -> usize) -> (usize, usize) {
    support::reset_peak();
    let before = support::live_bytes();
    let n = f();
    (support::peak_bytes().saturating_sub(before), n)
}

/// Runs this benchmark and adds its rows to `report`.
pub fn run(cfg: &Config, report: &mut Report) {
    let points = cfg.size(604_800, 10_000);
    let body = body(points);
    let req = request(points);
    let mb = body.len() as f64 / 1e6;

    let (sdk_peak, n_sdk) = peak_of(|| sdk(&req, &body));
    let (base_peak, n_base) = peak_of(|| baseline(&body));
    assert_eq!(n_sdk, points, "the SDK decoded every point");
    assert_eq!(n_base, points, "the baseline decoded every point");

    let samples = cfg.size(7, 1);
    let (s, b) = side_by_side(
        samples,
        1,
        || {
            black_box(sdk(&req, black_box(&body)));
        },
        || {
            black_box(baseline(black_box(&body)));
        },
    );
    report.ratio(
        "gps",
        format!("GPSListForlarge decode, {points} points ({mb:.1} MB) vs serde borrowed tuples"),
        s,
        b,
        Goal::AtMost(1.2),
    );
    report.value(
        "gps",
        "GPSListForlarge peak heap during decode / body size",
        sdk_peak as f64 / body.len() as f64,
        "×",
        Goal::AtMost(1.5),
        format!(
            "SDK {:.1} MB, baseline {:.1} MB ({:.2}×), body {mb:.1} MB",
            sdk_peak as f64 / 1e6,
            base_peak as f64 / 1e6,
            base_peak as f64 / body.len() as f64
        ),
    );
}
