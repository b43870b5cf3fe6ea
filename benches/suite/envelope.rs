//! Benchmark `envelope` (issue 11, row 2): decoding a small answer's envelope into
//! its typed payload, against a direct `serde_json::from_slice` of the same bytes into
//! a struct of the same shape.
//!
//! * TUMS (the goal row): `Client::decode_answer::<AddRegion>` — exactly what `send`
//!   does with an answer (429 check, envelope, `failList` check, code, status, payload)
//!   — against `from_slice` into `{error_code, msg, result: Option<AddedRegion>}`
//!   (the SDK's own payload type, so the ratio is the envelope's cost); and, for
//!   information, against a struct whose payload fields are plain serde types.
//! * MCS8, Hongtu and Lenfocus (for information): the shared reader with each
//!   platform's envelope keys, as their clients decode a successful answer (MCS8 and
//!   Hongtu in one pass, Lenfocus — whose `send` looks at the raw `data` first — on
//!   the general path), against `from_slice` into the same shape.

use serde::Deserialize;

use crate::support::{self, Config, Goal, Report};

/// A ~90-byte TUMS answer (1.4.2.1 addRegion).
const TUMS_BODY: &[u8] =
    br#"{"error_code":0,"msg":"success","result":{"regionId":"1007","regionLevel":1,"order":12}}"#;
/// The same answer with the seeds' trailing-space key (`"result "`).
const TUMS_BODY_SPACE: &[u8] =
    br#"{"error_code":0,"msg":"success","result ":{"regionId":"1007","regionLevel":1,"order":12}}"#;
const MCS8_BODY: &[u8] =
    br#"{"Result":0,"Message":"success","Content":{"id":"1007","name":"gate 7","level":12}}"#;
const CODE_DATA_BODY: &[u8] =
    br#"{"code":0,"msg":"success","data":{"id":"1007","name":"gate 7","level":12}}"#;

/// The TUMS envelope around the SDK's own payload type.
#[derive(Deserialize)]
struct TumsPlain<T> {
    error_code: i64,
    #[allow(dead_code)]
    msg: Option<String>,
    result: Option<T>,
}

/// The payload with plain serde fields (no lenient helpers).
#[derive(Deserialize, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
struct AddedPlain {
    region_id: String,
    region_level: i64,
    order: i64,
}

/// The payload of the other platforms' answers.
#[derive(Deserialize, PartialEq, Debug, Clone)]
struct Item {
    id: String,
    name: String,
    level: i64,
}

#[derive(Deserialize)]
struct Mcs8Plain {
    #[serde(rename = "Result")]
    result: i64,
    #[serde(rename = "Message")]
    #[allow(dead_code)]
    message: Option<String>,
    #[serde(rename = "Content")]
    content: Option<Item>,
}

#[derive(Deserialize)]
struct CodeDataPlain {
    code: i64,
    #[allow(dead_code)]
    msg: Option<String>,
    data: Option<Item>,
}

/// TUMS's envelope members, as `Platform::ENVELOPE` declares them.
const TUMS_KEYS: client_core::EnvelopeKeys =
    client_core::EnvelopeKeys::new(&["error_code"], &["msg"], &["result"])
        .with_extra(&["failList"]);

/// Hongtu's and Lenfocus's envelope members (`{"code", "msg", "data"}`), as their
/// `Platform::ENVELOPE` declares them.
const CODE_DATA_KEYS: client_core::EnvelopeKeys =
    client_core::EnvelopeKeys::new(&["code"], &["msg"], &["data"]);

/// The general path: one scan keeping the payload raw, then the lenient decode (what
/// Lenfocus's `send` does, and every platform's error answers).
fn general_decode<T: serde::de::DeserializeOwned>(
    body: &[u8],
    keys: &client_core::EnvelopeKeys,
) -> T {
    let env = client_core::Envelope::parse(body, keys).expect("an envelope");
    assert!(env.code.is_none_or(|c| c == 0));
    env.decode().expect("the payload")
}

/// The one-pass path of a successful answer (what `Pipeline::send` — Hongtu, TUMS —
/// and MCS8's `send` do).
fn one_pass_decode<T: serde::de::DeserializeOwned>(
    body: &[u8],
    keys: &client_core::EnvelopeKeys,
) -> T {
    let found = client_core::Envelope::decode_success::<T>(body, keys).expect("one pass");
    assert!(found.code.is_none_or(|c| c == 0));
    found.payload
}

/// Runs this benchmark and adds its rows to `report`.
pub fn run(cfg: &Config, report: &mut Report) {
    let client = tums_client::Client::builder()
        .base_url("http://127.0.0.1:9")
        .credentials("bench-ak", "bench-sk")
        .build()
        .expect("SDK client");
    let (samples, iters) = cfg.size((51, 20_000), (3, 10));
    let sdk = || {
        let r = client
            .decode_answer::<tums_client::api::region::AddRegion>(
                reqwest::StatusCode::OK,
                bytes::Bytes::from_static(std::hint::black_box(TUMS_BODY)),
            )
            .expect("SDK decode");
        assert_eq!(r.order, 12);
        std::hint::black_box(r);
    };
    let same_type = || {
        let r: TumsPlain<tums_client::api::region::AddedRegion> =
            serde_json::from_slice(std::hint::black_box(TUMS_BODY)).expect("decode");
        assert_eq!(r.error_code, 0);
        std::hint::black_box(r.result);
    };
    let plain = || {
        let r: TumsPlain<AddedPlain> =
            serde_json::from_slice(std::hint::black_box(TUMS_BODY)).expect("decode");
        assert_eq!(r.error_code, 0);
        std::hint::black_box(r.result);
    };
    let allocs = |f: &dyn Fn()| {
        let before = support::alloc_count();
        for _ in 0..100 {
            f();
        }
        (support::alloc_count() - before) as f64 / 100.0
    };
    let (a_sdk, a_base) = (allocs(&sdk), allocs(&same_type));
    let (s, b) = support::side_by_side(samples, iters, sdk, same_type);
    report.ratio(
        "envelope",
        format!(
            "TUMS decode of a {}-byte answer vs from_slice (same payload type)",
            TUMS_BODY.len()
        ),
        s,
        b,
        Goal::AtMost(1.2),
    );
    report.value(
        "envelope",
        "TUMS decode, allocations per answer",
        a_sdk,
        "",
        Goal::None,
        format!("from_slice {a_base:.1}"),
    );
    let (s, b) = support::side_by_side(samples, iters, sdk, plain);
    report.ratio(
        "envelope",
        "TUMS decode vs from_slice into plain serde fields (info)",
        s,
        b,
        Goal::None,
    );
    let reader = || {
        let r: tums_client::api::region::AddedRegion =
            one_pass_decode(std::hint::black_box(TUMS_BODY), &TUMS_KEYS);
        assert_eq!(r.order, 12);
        std::hint::black_box(r);
    };
    let (s, b) = support::side_by_side(samples, iters, reader, same_type);
    report.ratio(
        "envelope",
        "TUMS one-pass reader alone (no status, failList or code checks) (info)",
        s,
        b,
        Goal::None,
    );
    let space = || {
        let r = client
            .decode_answer::<tums_client::api::region::AddRegion>(
                reqwest::StatusCode::OK,
                bytes::Bytes::from_static(std::hint::black_box(TUMS_BODY_SPACE)),
            )
            .expect("SDK decode");
        assert_eq!(r.order, 12);
        std::hint::black_box(r);
    };
    let (s, b) = support::side_by_side(samples, iters, space, same_type);
    report.ratio(
        "envelope",
        "TUMS decode, \"result \" key (trailing space) vs from_slice (info)",
        s,
        b,
        Goal::None,
    );

    let expected = Item {
        id: "1007".into(),
        name: "gate 7".into(),
        level: 12,
    };
    let mcs8 = || {
        let r: Item = one_pass_decode(
            std::hint::black_box(MCS8_BODY),
            &mcs8_client::envelope::KEYS,
        );
        assert_eq!(r.level, expected.level);
        std::hint::black_box(r);
    };
    let mcs8_plain = || {
        let r: Mcs8Plain = serde_json::from_slice(std::hint::black_box(MCS8_BODY)).expect("decode");
        assert_eq!(r.result, 0);
        std::hint::black_box(r.content);
    };
    let (s, b) = support::side_by_side(samples, iters, mcs8, mcs8_plain);
    report.ratio(
        "envelope",
        format!("MCS8 envelope decode, {} bytes (info)", MCS8_BODY.len()),
        s,
        b,
        Goal::None,
    );
    for (name, one_pass) in [("Hongtu", true), ("Lenfocus", false)] {
        let code_data = || {
            let body = std::hint::black_box(CODE_DATA_BODY);
            let r: Item = if one_pass {
                one_pass_decode(body, &CODE_DATA_KEYS)
            } else {
                general_decode(body, &CODE_DATA_KEYS)
            };
            assert_eq!(r.level, expected.level);
            std::hint::black_box(r);
        };
        let code_data_plain = || {
            let r: CodeDataPlain =
                serde_json::from_slice(std::hint::black_box(CODE_DATA_BODY)).expect("decode");
            assert_eq!(r.code, 0);
            std::hint::black_box(r.data);
        };
        let (s, b) = support::side_by_side(samples, iters, code_data, code_data_plain);
        report.ratio(
            "envelope",
            format!(
                "{name} envelope decode ({}), {} bytes (info)",
                if one_pass { "one pass" } else { "general path" },
                CODE_DATA_BODY.len()
            ),
            s,
            b,
            Goal::None,
        );
    }
}
