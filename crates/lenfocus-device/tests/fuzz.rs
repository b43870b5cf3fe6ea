//! Issue 10 fuzzing: the pure parsers of the device — the WebSocket frame decoder
//! (`RawFrame::parse`), the command dispatcher's decoder (`Command::decode`) and the
//! reply decoders — over mutated fixtures and arbitrary frames: a typed result or
//! error, never a panic. Bounded cases (a few seconds per target).

use lenfocus_device::commands::{Command, CommandKind};
use lenfocus_device::envelope::{RawFrame, ReplyEnvelope};
use lenfocus_device::messages::{ConnectResult, HeartbeatResult, TokenUpdateResult};
use proptest::prelude::*;

fn fixtures() -> Vec<String> {
    let dir = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR")).join("lenfocus/ws");
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    out.sort();
    out
}

/// Feeds one text through every decoder; only a panic fails.
fn decode_everything(text: &str) {
    if let Ok(frame) = RawFrame::parse(text) {
        let uri = frame.data.uri.clone().unwrap_or_default();
        let param = frame.data.param.clone().unwrap_or(serde_json::Value::Null);
        let _ = Command::decode(&uri, param.clone());
        for kind in CommandKind::ALL {
            let _ = Command::decode(kind.uri(), param.clone());
        }
        let _ = frame.is_reply();
    }
    let _ = client_core::lenient::from_str::<ReplyEnvelope<ConnectResult>>(text);
    let _ = client_core::lenient::from_str::<ReplyEnvelope<TokenUpdateResult>>(text);
    let _ = client_core::lenient::from_str::<ReplyEnvelope<HeartbeatResult>>(text);
}

/// A JSON value with every leaf replaced by an arbitrary value of any type.
fn mutate(
    v: &serde_json::Value,
    picks: &mut impl Iterator<Item = (u8, i64, String)>,
) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, v)| (k.clone(), mutate(v, picks)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(|v| mutate(v, picks)).collect()),
        leaf => match picks.next() {
            None => leaf.clone(),
            Some((kind, n, s)) => match kind % 8 {
                0 => Value::Null,
                1 => Value::from(n),
                2 => Value::from(s),
                3 => Value::from(n as f64 * 1e300),
                4 => Value::Bool(n % 2 == 0),
                5 => Value::Array(vec![Value::from(s)]),
                6 => serde_json::json!({"x": n}),
                _ => leaf.clone(),
            },
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Fixture bytes cut, flipped or spliced.
    #[test]
    fn mutated_fixture_bytes_never_panic(
        index in 0usize..64,
        cut in 0usize..4096,
        flips in proptest::collection::vec((0usize..4096, any::<u8>()), 0..8),
    ) {
        let all = fixtures();
        let mut bytes = all[index % all.len()].clone().into_bytes();
        for (at, b) in flips {
            if !bytes.is_empty() {
                let i = at % bytes.len();
                bytes[i] = b;
            }
        }
        bytes.truncate(cut.min(bytes.len()));
        decode_everything(&String::from_utf8_lossy(&bytes));
    }

    /// Fixture values replaced by values of any type (null, numbers at the
    /// extremes, strings, arrays, objects).
    #[test]
    fn mutated_fixture_values_never_panic(
        index in 0usize..64,
        picks in proptest::collection::vec((any::<u8>(), any::<i64>(), ".{0,12}"), 0..64),
    ) {
        let all = fixtures();
        let v: serde_json::Value = serde_json::from_str(&all[index % all.len()]).unwrap();
        let mutated = mutate(&v, &mut picks.into_iter());
        decode_everything(&mutated.to_string());
    }

    /// Arbitrary text frames.
    #[test]
    fn arbitrary_frames_never_panic(text in ".{0,256}") {
        decode_everything(&text);
    }

    /// Arbitrary parameters for every known uri.
    #[test]
    fn arbitrary_params_never_panic(kind in 0usize..12, n in any::<i64>(), s in ".{0,16}") {
        let param = serde_json::json!({"pid": s, "page": n, "size": n, "year": n, "month": n,
            "enable": n, "delay": s, "list": [n, s], "img": null});
        let _ = Command::decode(CommandKind::ALL[kind].uri(), param);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// 三、签名算法 over arbitrary bodies (nested values included, both readings):
    /// a signed body verifies, any changed signed member breaks it, nothing panics.
    #[test]
    fn parameter_signature_round_trips(
        keys in proptest::collection::vec("[a-z]{1,6}", 0..6),
        n in any::<i64>(),
        s in ".{0,12}",
        nested in any::<bool>(),
    ) {
        use lenfocus_device::{NestedValues, ParamSigning};
        let mode = if nested { NestedValues::CompactJson } else { NestedValues::Skip };
        let signing = ParamSigning::new("APP", client_core::Secret::new("SECRET")).with_nested(mode);
        let mut body = serde_json::Map::new();
        for (i, k) in keys.iter().enumerate() {
            let v = match i % 4 {
                0 => serde_json::Value::from(n),
                1 => serde_json::Value::from(s.clone()),
                2 => serde_json::json!({"inner": s, "n": n}),
                _ => serde_json::json!([n, s]),
            };
            body.insert(k.clone(), v);
        }
        signing.sign_body(&mut body, 1_700_000_000);
        prop_assert!(signing.verify_body(&body));
        let mut tampered = body.clone();
        tampered.insert("appid".into(), "OTHER".into());
        prop_assert!(!signing.verify_body(&tampered));
        let bytes = serde_json::to_vec(&body).unwrap();
        let _ = signing.sign_json(&bytes, 1);
        let _ = signing.sign_json(s.as_bytes(), 1);
    }
}
