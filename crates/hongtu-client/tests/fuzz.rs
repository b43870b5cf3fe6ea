//! Issue 10 "Fuzzing": bounded property tests over the crate's pure parsers, seeded
//! from the fixtures — the callback/push parser ([`parse_callback`], with every typed
//! record and the `passTime` reader behind it) and the envelope read by
//! `Client::raw` — asserting a typed result or error, never a panic. The envelope
//! decode through `client_core::pipeline::interpret` with the Hongtu platform is
//! fuzzed in `src/client.rs` (the platform is private).
//!
//! Also: every member of every callback fixture, set to `null`, dropped or given an
//! unknown sibling, still parses (callbacks read like responses, with
//! `client_core::lenient::from_str`).

use std::path::Path;

use hongtu_client::callback::{parse_callback, Callback};
use hongtu_client::envelope::Envelope;
use proptest::prelude::*;
use serde_json::Value;

fn dir(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/hongtu")
        .join(name)
}

/// Every callback body the fixtures give: event, pass and attendance callbacks as
/// they are, business records wrapped as pushes (`data` as JSON text and as an
/// object), with the `busiType` of their file name.
fn callback_bodies() -> &'static [Vec<u8>] {
    static BODIES: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    BODIES.get_or_init(read_callback_bodies)
}

fn read_callback_bodies() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(dir("callback"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let text = std::fs::read_to_string(dir("callback").join(&name)).unwrap();
        if let Some(rest) = name.strip_prefix("busi.") {
            let busi = rest.split('.').next().unwrap();
            let data: Value = serde_json::from_str(&text).unwrap();
            out.push(
                serde_json::to_vec(
                    &serde_json::json!({"busiType": busi, "data": data.to_string()}),
                )
                .unwrap(),
            );
            out.push(
                serde_json::to_vec(&serde_json::json!({"busiType": busi, "data": data})).unwrap(),
            );
        } else {
            out.push(text.into_bytes());
        }
    }
    assert!(out.len() >= 20, "{} callback bodies", out.len());
    out
}

/// Every response fixture's text.
fn response_bodies() -> &'static [Vec<u8>] {
    static BODIES: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    BODIES.get_or_init(read_response_bodies)
}

fn read_response_bodies() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for module in std::fs::read_dir(dir("")).unwrap() {
        let module = module.unwrap().path();
        if !module.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&module).unwrap() {
            let f = f.unwrap().path();
            if f.to_string_lossy().ends_with(".response.json") {
                out.push(std::fs::read(&f).unwrap());
            }
        }
    }
    out.sort();
    assert_eq!(out.len(), 155);
    out
}

/// Arbitrary JSON of bounded depth, with the extremes a hostile box might send.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop_oneof![
            any::<f64>(),
            Just(f64::MAX),
            Just(f64::MIN),
            Just(-1e300),
            Just(1e300)
        ]
        .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "\\PC{0,24}".prop_map(Value::from),
        "[0-9T:+\\-. Z]{0,30}".prop_map(Value::from),
        Just(Value::from("2020-04-15T17:16:20+08")),
        Just(Value::from("-9223372036854775808")),
        Just(Value::from("{\"a\":")),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Paths of every object member of `v` (as key lists through objects and arrays).
fn member_paths(v: &Value, at: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                at.push(Value::from(k.as_str()));
                out.push(at.clone());
                member_paths(child, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push(Value::from(i));
                member_paths(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

/// The object holding the member at `path`, and the member's key.
fn parent_of<'a>(
    v: &'a mut Value,
    path: &[Value],
) -> (&'a mut serde_json::Map<String, Value>, String) {
    let mut cur = v;
    for step in &path[..path.len() - 1] {
        cur = match step {
            Value::String(k) => cur.get_mut(k.as_str()).unwrap(),
            Value::Number(i) => cur.get_mut(i.as_u64().unwrap() as usize).unwrap(),
            _ => unreachable!(),
        };
    }
    let key = path.last().unwrap().as_str().unwrap().to_owned();
    (cur.as_object_mut().unwrap(), key)
}

/// Replaces one member of `body` (chosen by `pick`) by `value`; `None` drops it.
fn with_member(body: &[u8], pick: usize, value: Option<Value>) -> Vec<u8> {
    let mut doc: Value = serde_json::from_slice(body).unwrap();
    let mut paths = Vec::new();
    member_paths(&doc, &mut Vec::new(), &mut paths);
    if paths.is_empty() {
        return body.to_vec();
    }
    let (parent, key) = parent_of(&mut doc, &paths[pick % paths.len()]);
    match value {
        Some(v) => {
            parent.insert(key, v);
        }
        None => {
            parent.remove(&key);
        }
    }
    serde_json::to_vec(&doc).unwrap()
}

/// Flips bytes and maybe truncates.
fn mutate_bytes(body: &[u8], flips: &[(usize, u8)], cut: Option<usize>) -> Vec<u8> {
    let mut b = body.to_vec();
    for (pos, byte) in flips {
        if !b.is_empty() {
            let i = pos % b.len();
            b[i] = *byte;
        }
    }
    if let Some(c) = cut {
        if !b.is_empty() {
            b.truncate(c % b.len());
        }
    }
    b
}

#[test]
fn every_callback_fixture_survives_null_absent_and_unknown_members() {
    // The members that decide which callback a body is: dropping them changes the
    // kind (or leaves an unrecognised body), which is an error by design.
    const DISPATCH: &[&str] = &["busiType", "data"];
    // `x`/`y` of a `drawLineDetail` point: the seed prints them only inside examples
    // of a member it types as "string" (no table marks them either way); a point
    // without a coordinate means nothing, so `Point` keeps both required.
    const POINT: &[&str] = &["x", "y"];
    let mut checked = 0;
    let mut problems = Vec::new();
    for body in callback_bodies() {
        let body = body.as_slice();
        let kind = std::mem::discriminant(&parse_callback(body).unwrap());
        let doc: Value = serde_json::from_slice(body).unwrap();
        let mut paths = Vec::new();
        member_paths(&doc, &mut Vec::new(), &mut paths);
        for (i, path) in paths.iter().enumerate() {
            let key = path.last().unwrap().as_str().unwrap();
            let top = path.len() == 1;
            for (label, value) in [("null", Some(Value::Null)), ("drop", None)] {
                if top && DISPATCH.contains(&key) {
                    continue;
                }
                let in_point = path
                    .iter()
                    .any(|s| s == "firstNodeDetail" || s == "secondNodeDetail");
                if in_point && POINT.contains(&key) {
                    continue;
                }
                checked += 1;
                let mutated = with_member(body, i, value);
                match parse_callback(&mutated) {
                    // A dispatch member dropped may make the body another kind; that
                    // is fine as long as it parses.
                    Ok(cb) if top || std::mem::discriminant(&cb) == kind => {}
                    Ok(cb) => problems.push(format!("{label} {path:?}: became {cb:?}")),
                    Err(e) => problems.push(format!(
                        "{label} {path:?} in {}: {e}",
                        String::from_utf8_lossy(body)
                            .chars()
                            .take(60)
                            .collect::<String>()
                    )),
                }
            }
            // An unknown sibling is ignored.
            let mut doc2 = doc.clone();
            let (parent, _) = parent_of(&mut doc2, path);
            parent.insert("unknownMemberX".into(), serde_json::json!([null, {"x": 1}]));
            checked += 1;
            if let Err(e) = parse_callback(&serde_json::to_vec(&doc2).unwrap()) {
                problems.push(format!("unknown beside {path:?}: {e}"));
            }
        }
    }
    println!("{checked} callback mutations checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, max_shrink_iters: 64, ..ProptestConfig::default() })]

    /// Byte-level damage to a real callback body: a typed callback or a typed error.
    #[test]
    fn callback_bytes_never_panic(
        pick in any::<usize>(),
        flips in prop::collection::vec((any::<usize>(), any::<u8>()), 0..8),
        cut in prop::option::of(any::<usize>()),
    ) {
        let bodies = callback_bodies();
        let body = mutate_bytes(&bodies[pick % bodies.len()], &flips, cut);
        let _ = parse_callback(&body);
    }

    /// Any member of a real callback replaced by any JSON (extreme numbers, time-like
    /// strings, nested values): a typed callback or a typed error, with a bounded
    /// message.
    #[test]
    fn callback_members_never_panic(pick in any::<usize>(), member in any::<usize>(), value in any_json()) {
        let bodies = callback_bodies();
        let body = with_member(&bodies[pick % bodies.len()], member, Some(value));
        match parse_callback(&body) {
            Ok(Callback::Business(_) | Callback::Event(_) | Callback::Pass(_) | Callback::Attendance(_)) => {}
            Ok(other) => prop_assert!(false, "unexpected kind {other:?}"),
            Err(e) => prop_assert!(e.to_string().len() < 4096, "bounded error"),
        }
    }

    /// `passTime` (busiType 5 and the pass callback) from any time-like text.
    #[test]
    fn pass_time_never_panics(text in "[0-9T:+\\-. Z]{0,40}", ms in any::<i64>()) {
        for t in [Value::from(text.clone()), Value::from(ms), Value::from(ms.to_string())] {
            let body = serde_json::json!({"busiType": "5", "data": {"id": "x", "passTime": t}});
            let _ = parse_callback(body.to_string().as_bytes());
            let body = serde_json::json!({"passType": 1, "passTime": t, "passTimestamp": t});
            let _ = parse_callback(body.to_string().as_bytes());
        }
    }

    /// The envelope `Client::raw` returns, from damaged response fixtures.
    #[test]
    fn raw_envelope_never_panics(
        pick in any::<usize>(),
        flips in prop::collection::vec((any::<usize>(), any::<u8>()), 0..8),
        cut in prop::option::of(any::<usize>()),
        member in any::<usize>(),
        value in any_json(),
    ) {
        let bodies = response_bodies();
        let body = &bodies[pick % bodies.len()];
        let _ = serde_json::from_slice::<Envelope<Value>>(&mutate_bytes(body, &flips, cut));
        let _ = serde_json::from_slice::<Envelope<Value>>(&with_member(body, member, Some(value)));
    }
}
