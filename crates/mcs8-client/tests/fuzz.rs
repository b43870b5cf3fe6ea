//! Bounded fuzzing (proptest, a few seconds per target) of the crate's pure parsers —
//! the envelope decoders [`envelope::decode`] / [`envelope::decode_raw`], the raw
//! [`Envelope`] reader, the compact GPS decoder (2.7.2) and the typed payloads —
//! seeded from every response fixture in `crates/mcs8-client/fixtures/mcs8` (byte-level edits and
//! value-level replacements). Every input gives a typed value or a typed error; a
//! panic fails the test.

use std::path::PathBuf;

use http::StatusCode;
use mcs8_client::models::*;
use mcs8_client::{envelope, Ack, Envelope, GpsPoint, GpsTrack, Listing};
use proptest::prelude::*;
use serde_json::Value;

/// Every response fixture (models and envelopes), as bytes.
fn seeds() -> Vec<Vec<u8>> {
    let dir: PathBuf = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR")).join("mcs8");
    let mut out = Vec::new();
    for sub in ["models", "envelope"] {
        let mut names: Vec<_> = std::fs::read_dir(dir.join(sub))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        for p in names {
            out.push(std::fs::read(p).unwrap());
        }
    }
    assert!(out.len() >= 28, "{} fixtures", out.len());
    out
}

fn statuses() -> impl Strategy<Value = StatusCode> {
    prop::sample::select(vec![200u16, 200, 200, 401, 404, 429, 500, 502])
        .prop_map(|s| StatusCode::from_u16(s).unwrap())
}

/// Runs every decoder of the crate over `body`; only panics can fail.
fn decode_everything(status: StatusCode, body: &[u8]) {
    let _ = envelope::decode::<Ack>("/x", status, body);
    let _ = envelope::decode::<TokenInfo>("/api/v1/auth/Token", status, body);
    let _ = envelope::decode::<GpsTrack>("/api/v1/GPSListForlarge", status, body);
    let _ = envelope::decode::<Listing<Value>>("/x", status, body);
    let _ = envelope::decode::<Listing<Device>>("/api/v1/DevList", status, body);
    let _ = envelope::decode::<Listing<Position>>("/api/v1/GPSList", status, body);
    let _ = envelope::decode::<Listing<Alarm>>("/api/v1/AlarmList", status, body);
    let _ = envelope::decode::<Listing<Task>>("/api/v1/TaskList", status, body);
    let _ = envelope::decode::<Vec<TreeNode>>("/api/v1/ext/DevTree", status, body);
    let _ = envelope::decode::<FaceLogin>("/aiapi/faceApi/faceLoginByImg", status, body);
    let _ = envelope::decode::<FaceResult>("/x", status, body);
    let _ = envelope::decode::<SignedUrl>("/x", status, body);
    let _ = envelope::decode_raw("/x", status, body);
    let _ = serde_json::from_slice::<Envelope<Value>>(body);
    let _ = serde_json::from_slice::<GpsTrack>(body);
    if let Ok(text) = std::str::from_utf8(body) {
        let _ = client_core::lenient::from_str::<Group>(text);
        let _ = client_core::lenient::from_str::<Enterprise>(text);
        let _ = client_core::lenient::from_str::<RecordFile>(text);
        let _ = client_core::lenient::from_str::<Face>(text);
        let _ = client_core::lenient::from_str::<LicencePlate>(text);
        let _ = client_core::lenient::from_str::<Geofence>(text);
        let _ = client_core::lenient::from_str::<GeofenceAccess>(text);
        let _ = client_core::lenient::from_str::<DispatchGroup>(text);
        let _ = client_core::lenient::from_str::<GpsStats>(text);
        let _ = client_core::lenient::from_str::<OnlineRecord>(text);
        let _ = client_core::lenient::from_str::<GpsPoint>(text);
    }
}

#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Insert(usize, u8),
    Delete(usize, usize),
    Truncate(usize),
    Duplicate(usize, usize),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let byte =
        prop::sample::select(b"{}[]\",:0123456789-+.eE nulltruefalse\\\x00\xff\xe4".to_vec());
    prop::collection::vec(
        prop_oneof![
            (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Edit::Flip(i, b)),
            (any::<usize>(), byte).prop_map(|(i, b)| Edit::Insert(i, b)),
            (any::<usize>(), 1usize..16).prop_map(|(i, n)| Edit::Delete(i, n)),
            any::<usize>().prop_map(Edit::Truncate),
            (any::<usize>(), 1usize..64).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        ],
        1..6,
    )
}

fn apply(mut b: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let len = b.len().max(1);
        match *e {
            Edit::Flip(i, x) => {
                if !b.is_empty() {
                    b[i % len] ^= x;
                }
            }
            Edit::Insert(i, x) => b.insert(i % (b.len() + 1), x),
            Edit::Delete(i, n) => {
                let at = i % len;
                let end = (at + n).min(b.len());
                if at < end {
                    b.drain(at..end);
                }
            }
            Edit::Truncate(i) => b.truncate(i % len),
            Edit::Duplicate(i, n) => {
                let at = i % len;
                let end = (at + n).min(b.len());
                if at < end {
                    let span = b[at..end].to_vec();
                    b.splice(at..at, span);
                }
            }
        }
    }
    b
}

/// A replacement value for one node: numbers over all of i64/u64/f64, texts that look
/// like numbers and times, and small containers.
fn replacement() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        any::<f64>().prop_map(|f| Value::from(f.to_string())),
        any::<i64>().prop_map(|n| Value::from(n.to_string())),
        "[ -~]{0,24}".prop_map(Value::from),
        prop::sample::select(vec![
            "NaN",
            "inf",
            "-inf",
            "2022-07-20 08:00:10",
            "2022-13-45 25:61:61",
            "",
            " ",
            "-1",
            "1e309"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(("[a-zA-Z]{1,8}", inner), 0..4)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Every node of `v` (paths as member names / indices), root included.
fn node_count(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(node_count).sum(),
        Value::Object(m) => m.values().map(node_count).sum(),
        _ => 0,
    }
}

/// Replaces the `n`-th node (pre-order) of `v` by `with`.
fn replace_nth(v: &mut Value, n: &mut usize, with: &Value) -> bool {
    if *n == 0 {
        *v = with.clone();
        return true;
    }
    *n -= 1;
    match v {
        Value::Array(a) => a.iter_mut().any(|x| replace_nth(x, n, with)),
        Value::Object(m) => m.values_mut().any(|x| replace_nth(x, n, with)),
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    /// Byte-level edits of every fixture through every decoder.
    #[test]
    fn mutated_fixture_bytes_never_panic(seed in any::<prop::sample::Index>(), edits in edits(), status in statuses()) {
        let seeds = seeds();
        let body = apply(seeds[seed.index(seeds.len())].clone(), &edits);
        decode_everything(status, &body);
    }

    /// Value-level replacements (any node of any fixture by any value) through every
    /// decoder, alone and wrapped in both envelope formats.
    #[test]
    fn mutated_fixture_values_never_panic(seed in any::<prop::sample::Index>(), node in any::<prop::sample::Index>(), with in replacement(), status in statuses()) {
        let seeds = seeds();
        let mut v: Value = serde_json::from_slice(&seeds[seed.index(seeds.len())]).unwrap();
        let mut n = node.index(node_count(&v));
        replace_nth(&mut v, &mut n, &with);
        for body in [
            v.clone(),
            serde_json::json!({"code": 0, "count": 1, "data": v.clone()}),
            serde_json::json!({"Result": 200, "Message": null, "Content": v.clone()}),
        ] {
            decode_everything(status, &serde_json::to_vec(&body).unwrap());
        }
    }

    /// The compact GPS decoder over arbitrary rows (any arity, any cell).
    #[test]
    fn gps_rows_never_panic(rows in prop::collection::vec(prop::collection::vec(replacement(), 0..7), 0..8)) {
        let rows: Vec<Value> = rows.into_iter().map(Value::Array).collect();
        for body in [
            serde_json::json!(rows.clone()),
            serde_json::json!({"code": 0, "data": {"gps": rows.clone()}}),
            serde_json::json!({"Result": 200, "Content": rows.clone()}),
        ] {
            let bytes = serde_json::to_vec(&body).unwrap();
            let _ = envelope::decode::<GpsTrack>("/api/v1/GPSListForlarge", StatusCode::OK, &bytes);
            let _ = serde_json::from_slice::<GpsTrack>(&bytes);
        }
    }
}
