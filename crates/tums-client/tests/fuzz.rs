//! Issue 10, fuzzing (bounded, a few seconds per target) over every pure parser of the
//! TUMS client, seeded from the fixtures:
//!
//! * the envelope decode path — [`Client::decode_answer`], i.e.
//!   `client_core::pipeline::interpret` with the TUMS platform (`failList`, codes,
//!   payload) — for every endpoint over its response fixtures, with byte mutations
//!   (truncate, flip, splice) and value mutations (any member replaced by null, extreme
//!   numbers, odd strings, arrays, objects), under several HTTP statuses;
//! * the push parser [`PushMessage::parse`], and the null/absent/unknown mutation of
//!   every push member (except the 【必填】 ones, 1.4.6.3);
//! * the `X-Authorization` header parser and verifier (`auth_signing::tums`), seeded
//!   from headers the client signs.
//!
//! Every case asserts a typed result or error and never a panic.

#[path = "support/registry.rs"]
mod registry;

use std::path::PathBuf;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;
use tums_client::webhook::{PushMessage, WebhookError, REQUIRED_MEMBERS};
use tums_client::Client;

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/tums")
}

/// (endpoint index in the registry, fixture text) for every response fixture.
fn seeds() -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, e) in registry::registry().iter().enumerate() {
        let name = e.path.rsplit('/').next().unwrap();
        let dir = fixtures_dir().join(e.module);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|f| f.unwrap().path())
            .filter(|p| {
                let f = p.file_name().unwrap().to_string_lossy();
                f.starts_with(&format!("{name}.response")) && f.ends_with(".json")
            })
            .collect();
        files.sort();
        for f in files {
            out.push((i, std::fs::read_to_string(f).unwrap()));
        }
    }
    // 95 response fixtures of the older seed's endpoints + 167 of the 2026 edition's.
    assert_eq!(out.len(), 95 + 167);
    out
}

fn client() -> Client {
    Client::builder()
        .base_url("http://127.0.0.1:9")
        .credentials("ak", "sk")
        .build()
        .unwrap()
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// A byte-level mutation of `bytes`.
#[derive(Debug, Clone)]
enum ByteOp {
    Truncate(usize),
    Flip(usize, u8),
    Splice(usize, Vec<u8>),
    Delete(usize, usize),
}

fn byte_op() -> impl Strategy<Value = ByteOp> {
    prop_oneof![
        any::<usize>().prop_map(ByteOp::Truncate),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| ByteOp::Flip(i, b)),
        (
            any::<usize>(),
            prop_oneof![
                proptest::collection::vec(any::<u8>(), 0..16),
                Just(b"null".to_vec()),
                Just(b"\"failList\":[{\"error_code\":-1}],".to_vec()),
                Just(b"{\"error_code\":".to_vec()),
                Just(b"-1e308".to_vec()),
                Just(b"\"\\ud800\"".to_vec()),
                Just(b"]]]]}}}}".to_vec()),
            ]
        )
            .prop_map(|(i, b)| ByteOp::Splice(i, b)),
        (any::<usize>(), 0usize..64).prop_map(|(i, n)| ByteOp::Delete(i, n)),
    ]
}

fn apply(bytes: &[u8], ops: &[ByteOp]) -> Vec<u8> {
    let mut b = bytes.to_vec();
    for op in ops {
        let at = |i: usize, b: &Vec<u8>| if b.is_empty() { 0 } else { i % (b.len() + 1) };
        match op {
            ByteOp::Truncate(i) => {
                let n = at(*i, &b);
                b.truncate(n)
            }
            ByteOp::Flip(i, x) => {
                if !b.is_empty() {
                    let n = i % b.len();
                    b[n] ^= x | 1;
                }
            }
            ByteOp::Splice(i, s) => {
                let n = at(*i, &b);
                b.splice(n..n, s.iter().copied());
            }
            ByteOp::Delete(i, len) => {
                let n = at(*i, &b);
                let end = (n + len).min(b.len());
                b.drain(n..end);
            }
        }
    }
    b
}

/// Odd JSON values a platform may send anywhere.
fn odd_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop_oneof![
            Just(f64::MAX),
            Just(f64::MIN),
            Just(-1e300),
            Just(1e-300),
            Just(0.5),
            any::<f64>()
        ]
        .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop_oneof![
            Just(String::new()),
            Just("66%".to_owned()),
            Just("1609135966".to_owned()),
            Just("-9223372036854775808".to_owned()),
            Just("2020-04-15T17:16:20+08".to_owned()),
            "[ -~]{0,24}",
            "\\PC{0,8}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            proptest::collection::btree_map("[a-zA-Z_]{1,8}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every value position (members and array items) of `v`, as JSON pointers.
fn pointers(v: &Value, prefix: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                let p = format!("{prefix}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(c, p, out);
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                let p = format!("{prefix}/{i}");
                out.push(p.clone());
                pointers(c, p, out);
            }
        }
        _ => {}
    }
}

fn replace_at(doc: &Value, pick: usize, with: Value) -> Value {
    let mut out = doc.clone();
    let mut ps = Vec::new();
    pointers(doc, String::new(), &mut ps);
    if ps.is_empty() {
        return with;
    }
    let p = &ps[pick % ps.len()];
    if let Some(slot) = out.pointer_mut(p) {
        *slot = with;
    }
    out
}

const STATUSES: [u16; 6] = [200, 204, 400, 429, 500, 503];

/// An answer interpreted as `send` would: never a panic, and never a success for a
/// non-2xx status.
fn check_answer(client: &Client, idx: usize, status: u16, body: &[u8]) {
    let entry = &registry::registry()[idx];
    let status = http::StatusCode::from_u16(status).unwrap();
    let r = (entry.answer)(client, status, body);
    if r.is_ok() {
        assert!(status.is_success(), "{}: success from {status}", entry.path);
    }
}

#[test]
fn envelope_decode_survives_byte_mutations_of_every_fixture() {
    let seeds = seeds();
    let client = client();
    let mut runner = TestRunner::new(config(3000));
    runner
        .run(
            &(
                0..seeds.len(),
                proptest::sample::select(&STATUSES[..]),
                proptest::collection::vec(byte_op(), 1..4),
            ),
            |(i, status, ops)| {
                let (idx, text) = &seeds[i];
                check_answer(&client, *idx, status, &apply(text.as_bytes(), &ops));
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn envelope_decode_survives_value_mutations_of_every_fixture() {
    let seeds = seeds();
    let docs: Vec<Value> = seeds
        .iter()
        .map(|(_, t)| serde_json::from_str(t).unwrap())
        .collect();
    let client = client();
    let mut runner = TestRunner::new(config(3000));
    runner
        .run(
            &(
                0..seeds.len(),
                any::<usize>(),
                odd_value(),
                proptest::sample::select(&STATUSES[..]),
            ),
            |(i, pick, with, status)| {
                let doc = replace_at(&docs[i], pick, with);
                check_answer(&client, seeds[i].0, status, doc.to_string().as_bytes());
                Ok(())
            },
        )
        .unwrap();
}

fn push_fixture() -> String {
    std::fs::read_to_string(fixtures_dir().join("webhook/pushMessage.request.json")).unwrap()
}

/// A parsed push always carries its 【必填】 members; a failure is typed.
fn check_push(body: &[u8]) {
    match PushMessage::parse(body) {
        Ok(m) => {
            // A parsed message serializes back to JSON that parses again.
            let again = serde_json::to_vec(&m).unwrap();
            assert!(PushMessage::parse(&again).is_ok(), "{m:?}");
        }
        Err(e) => {
            let _ = (e.kind(), e.to_string());
        }
    }
}

#[test]
fn push_parser_survives_byte_and_value_mutations() {
    let text = push_fixture();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let mut runner = TestRunner::new(config(3000));
    runner
        .run(&proptest::collection::vec(byte_op(), 1..4), |ops| {
            check_push(&apply(text.as_bytes(), &ops));
            Ok(())
        })
        .unwrap();
    let mut runner = TestRunner::new(config(3000));
    runner
        .run(&(any::<usize>(), odd_value()), |(pick, with)| {
            check_push(replace_at(&doc, pick, with).to_string().as_bytes());
            Ok(())
        })
        .unwrap();
    let mut runner = TestRunner::new(config(500));
    runner
        .run(&proptest::collection::vec(any::<u8>(), 0..256), |bytes| {
            check_push(&bytes);
            Ok(())
        })
        .unwrap();
}

/// Item A for the push message (1.4.6.3): every member null, absent, or beside an
/// unknown member; only the 【必填】 members ([`REQUIRED_MEMBERS`]: mac, deviceName,
/// time, msgType, msgContentType — 1.4.6.3 消息体) may make the message fail, and then
/// with [`WebhookError::MissingField`].
#[test]
fn push_members_may_be_null_absent_or_joined_by_unknown_members() {
    let doc: Value = serde_json::from_str(&push_fixture()).unwrap();
    let obj = doc.as_object().unwrap();
    let mut checked = 0;
    for key in obj.keys() {
        let required = REQUIRED_MEMBERS.contains(&key.as_str());
        for mutation in 0..3 {
            let mut m = obj.clone();
            match mutation {
                0 => {
                    m.insert(key.clone(), Value::Null);
                }
                1 => {
                    m.remove(key);
                }
                _ => {
                    m.insert("zzUnknown".into(), obj[key].clone());
                }
            }
            checked += 1;
            let r = PushMessage::parse(Value::Object(m).to_string().as_bytes());
            match (required && mutation < 2, r) {
                (false, Ok(_)) => {}
                (true, Err(WebhookError::MissingField(f))) => assert_eq!(f, key),
                (_, other) => panic!("{key} mutation {mutation}: {other:?}"),
            }
        }
    }
    assert_eq!(checked, obj.len() * 3);
}

#[test]
fn tums_header_parser_and_verifier_never_panic() {
    let body = br#"{"regionName":"a","parentId":"0"}"#;
    let req = auth_signing::tums::TumsRequest {
        method: "POST",
        path: "/tums/open/resource/v1/addRegion",
        payload: body,
    };
    let sig = auth_signing::tums::sign(
        &req,
        &auth_signing::tums::TumsCredentials {
            access_key: "ak",
            secret_key: "sk",
            terminal_id: "t-1",
        },
        1_706_701_924,
        "1407447e996cf697488957375fd03d98",
    )
    .unwrap();
    let seed = sig.header_value.clone();
    let parsed = auth_signing::tums::parse_header(&seed).unwrap();
    assert!(auth_signing::tums::verify(
        &req,
        "sk",
        &parsed.timestamp,
        &parsed.signature
    ));
    let mut runner = TestRunner::new(config(5000));
    runner
        .run(&proptest::collection::vec(byte_op(), 1..4), |ops| {
            let mutated = apply(seed.as_bytes(), &ops);
            let text = String::from_utf8_lossy(&mutated);
            if let Some(p) = auth_signing::tums::parse_header(&text) {
                // What parses is what the seed allows: 10 digits, five fields.
                prop_assert_eq!(p.timestamp.len(), 10);
                prop_assert!(p.terminal_id.chars().count() <= 64);
                let ok = auth_signing::tums::verify(&req, "sk", &p.timestamp, &p.signature);
                if ok {
                    prop_assert_eq!(&p.signature, &parsed.signature);
                }
            }
            Ok(())
        })
        .unwrap();
    let mut runner = TestRunner::new(config(2000));
    runner
        .run(&"\\PC{0,200}", |text| {
            if let Some(p) = auth_signing::tums::parse_header(&text) {
                prop_assert!(
                    !auth_signing::tums::verify(&req, "sk", &p.timestamp, &p.signature)
                        || p.signature == parsed.signature
                );
            }
            Ok(())
        })
        .unwrap();
}
