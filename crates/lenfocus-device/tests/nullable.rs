//! Issue 10 item A: every documented answer the device decodes — the replies to its
//! own requests (1.1–1.3 `result`), the server commands (1.5–1.16 `param`, what the
//! device receives) and the HTTP replies (2.1–2.5, the whole envelope) — still
//! decodes, through the crate's real decode path, when any member at any depth is
//! set to `null`, dropped, or accompanied by an unknown member; except the members
//! the seed marks as required (是 in the table's 必填 column), listed in [`REQUIRED`]
//! with their section.

use client_core::fixture::read_fixture;
use lenfocus_device::commands::{Command, CommandKind};
use lenfocus_device::messages::{ConnectResult, HeartbeatResult, TokenUpdateResult};
use lenfocus_device::uploads::{HttpReply, OtaInfo};
use lenfocus_device::Ack;
use serde_json::Value;

fn fx(name: &str) -> Value {
    serde_json::from_str(&read_fixture(
        env!("CARGO_MANIFEST_DIR"),
        &format!("lenfocus/{name}"),
    ))
    .unwrap()
}

/// (fixture, member path) pairs the seed marks as required: dropping or nulling
/// them may fail (adding an unknown member beside them must not).
/// Every entry is 是 in its section's table (request table for the server commands,
/// response table for replies), so the Rust type keeps it required.
const REQUIRED: &[(&str, &str)] = &[
    ("http/2.1-face-capture.response.json", "code"), // 2.1 response table: 是
    ("http/2.2-device-info.response.json", "code"),  // 2.2 response table: 是
    ("http/2.3-ota-query.response.json", "code"),    // 2.3 response table: 是
    (
        "http/2.3-ota-query.response.json",
        "data.componentList.[].md5",
    ), // 2.3 response table: 是
    (
        "http/2.3-ota-query.response.json",
        "data.componentList.[].name",
    ), // 2.3 response table: 是
    (
        "http/2.3-ota-query.response.json",
        "data.componentList.[].sha256",
    ), // 2.3 response table: 是
    (
        "http/2.3-ota-query.response.json",
        "data.componentList.[].size",
    ), // 2.3 response table: 是
    (
        "http/2.3-ota-query.response.json",
        "data.componentList.[].type",
    ), // 2.3 response table: 是
    (
        "http/2.3-ota-query.response.json",
        "data.componentList.[].url",
    ), // 2.3 response table: 是
    ("http/2.3-ota-query.response.json", "data.releaseDate"), // 2.3 response table: 是
    ("http/2.3-ota-query.response.json", "data.verCode"), // 2.3 response table: 是
    ("http/2.3-ota-query.response.json", "data.verName"), // 2.3 response table: 是
    ("http/2.4-event-report.response.json", "code"), // 2.4 response table: 是
    ("http/2.5-vehicle-capture.response.json", "code"), // 2.5: no response table; the envelope code, 是 in 2.1/2.2/2.4
    ("ws/1.1-connect.reply.json", "expire"),            // 1.1 response table: 是
    ("ws/1.1-connect.reply.json", "interval"),          // 1.1 response table: 是
    ("ws/1.1-connect.reply.json", "token"),             // 1.1 response table: 是
    ("ws/1.10-face-cap-history.request.json", "end_time"), // 1.10 request table: 是
    ("ws/1.10-face-cap-history.request.json", "page_num"), // 1.10 request table: 是
    ("ws/1.10-face-cap-history.request.json", "page_size"), // 1.10 request table: 是
    ("ws/1.10-face-cap-history.request.json", "start_time"), // 1.10 request table: 是
    ("ws/1.11-pedestrian-cap-history.request.json", "end_time"), // 1.11 request table: 是
    ("ws/1.11-pedestrian-cap-history.request.json", "page_num"), // 1.11 request table: 是
    ("ws/1.11-pedestrian-cap-history.request.json", "page_size"), // 1.11 request table: 是
    ("ws/1.11-pedestrian-cap-history.request.json", "start_time"), // 1.11 request table: 是
    ("ws/1.12-person-add.request.json", "age"),         // 1.12 request table: 是
    ("ws/1.12-person-add.request.json", "category"),    // 1.12 request table: 是
    ("ws/1.12-person-add.request.json", "department"),  // 1.12 request table: 是
    ("ws/1.12-person-add.request.json", "gender"),      // 1.12 request table: 是
    ("ws/1.12-person-add.request.json", "ic_card_no"),  // 1.12 request table: 是
    ("ws/1.12-person-add.request.json", "id_card_no"),  // 1.12 request table: 是
    ("ws/1.12-person-add.request.json", "name"),        // 1.12 request table: 是
    ("ws/1.12-person-add.request.json", "photo"),       // 1.12 request table: 是
    ("ws/1.12-person-add.request.json", "pid"),         // 1.12 request table: 是
    ("ws/1.12-person-add.request.json", "work_id"),     // 1.12 request table: 是
    ("ws/1.13-person-list.request.json", "page_num"),   // 1.13 request table: 是
    ("ws/1.13-person-list.request.json", "page_size"),  // 1.13 request table: 是
    ("ws/1.14-person-query.request.json", "pid"),       // 1.14 request table: 是
    ("ws/1.16-person-search.request.json", "end_time"), // 1.16 request table: 是
    ("ws/1.16-person-search.request.json", "start_time"), // 1.16 request table: 是
    ("ws/1.16-person-search.request.json", "threshold"), // 1.16 request table: 是
    ("ws/1.2-token-update.reply.json", "expire"),       // 1.2 response table: 是
    ("ws/1.2-token-update.reply.json", "token"),        // 1.2 response table: 是
    ("ws/1.3-heartbeat.reply.json", "expire"),          // 1.3 response table: 是
    ("ws/1.5-face-param-set.request.json", "alarm_out"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "alarm_out.alarm_push"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "alarm_out.interval"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "enable"),   // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "mini_face"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "mini_human"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "play_audio"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "push_bg"),  // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "push_face"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "push_stranger"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "quality_face"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "quality_human"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "reg_threshold"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "show_face"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "show_human"), // 1.5 request table: 是
    ("ws/1.5-face-param-set.request.json", "threshold"), // 1.5 request table: 是
    ("ws/1.6-record-set.request.json", "alarm_record"), // 1.6 request table: 是
    ("ws/1.6-record-set.request.json", "audio_enable"), // 1.6 request table: 是
    ("ws/1.6-record-set.request.json", "disconnect_record"), // 1.6 request table: 是
    ("ws/1.6-record-set.request.json", "file_len"),     // 1.6 request table: 是
    ("ws/1.6-record-set.request.json", "normal_record"), // 1.6 request table: 是
    ("ws/1.6-record-set.request.json", "pre_record"),   // 1.6 request table: 是
    ("ws/1.6-record-set.request.json", "pre_record.duration"), // 1.6 request table: 是
    ("ws/1.6-record-set.request.json", "pre_record.enable"), // 1.6 request table: 是
    ("ws/1.6-record-set.request.json", "strategy"),     // 1.6 request table: 是
    ("ws/1.7-record-by-month.request.json", "month"),   // 1.7 request table: 是
    ("ws/1.7-record-by-month.request.json", "year"),    // 1.7 request table: 是
    ("ws/1.8-get-record-list.request.json", "end_time"), // 1.8 request table: 是
    ("ws/1.8-get-record-list.request.json", "page_num"), // 1.8 request table: 是
    ("ws/1.8-get-record-list.request.json", "page_size"), // 1.8 request table: 是
    ("ws/1.8-get-record-list.request.json", "start_time"), // 1.8 request table: 是
    ("ws/1.9-reboot.request.json", "delay_ms"),         // 1.9 request table: 是
];

#[derive(Clone, Copy, Debug)]
enum Mutation {
    Null,
    Drop,
    Unknown,
}

/// Every (path, mutated payload) of `v`: each object member at every depth set to
/// null, dropped, and given an unknown sibling. Paths join keys with `.`; array
/// elements are `[]`.
fn mutations(v: &Value) -> Vec<(String, Mutation, Value)> {
    fn walk(root: &Value, at: &mut Vec<PathStep>, out: &mut Vec<(String, Mutation, Value)>) {
        let node = get(root, at).clone();
        match node {
            Value::Object(map) => {
                for key in map.keys() {
                    at.push(PathStep::Key(key.clone()));
                    let name = path_name(at);
                    for m in [Mutation::Null, Mutation::Drop, Mutation::Unknown] {
                        let mut copy = root.clone();
                        let parent = get_mut(&mut copy, &at[..at.len() - 1]);
                        let obj = parent.as_object_mut().unwrap();
                        match m {
                            Mutation::Null => {
                                obj.insert(key.clone(), Value::Null);
                            }
                            Mutation::Drop => {
                                obj.remove(key);
                            }
                            Mutation::Unknown => {
                                obj.insert(
                                    format!("zzUnknown_{key}"),
                                    serde_json::json!({"x": [1]}),
                                );
                            }
                        }
                        out.push((name.clone(), m, copy));
                    }
                    walk(root, at, out);
                    at.pop();
                }
            }
            Value::Array(items) => {
                for i in 0..items.len() {
                    at.push(PathStep::Index(i));
                    walk(root, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &mut Vec::new(), &mut out);
    out
}

#[derive(Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn path_name(at: &[PathStep]) -> String {
    at.iter()
        .map(|s| match s {
            PathStep::Key(k) => k.clone(),
            PathStep::Index(_) => "[]".into(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

fn get<'a>(v: &'a Value, at: &[PathStep]) -> &'a Value {
    at.iter().fold(v, |v, s| match s {
        PathStep::Key(k) => &v[k.as_str()],
        PathStep::Index(i) => &v[*i],
    })
}

fn get_mut<'a>(v: &'a mut Value, at: &[PathStep]) -> &'a mut Value {
    at.iter().fold(v, |v, s| match s {
        PathStep::Key(k) => &mut v[k.as_str()],
        PathStep::Index(i) => &mut v[*i],
    })
}

type Decode = fn(&Value) -> Result<(), String>;

fn lenient<T: serde::de::DeserializeOwned>(v: &Value) -> Result<(), String> {
    client_core::lenient::from_str::<T>(&v.to_string())
        .map(drop)
        .map_err(|e| e.to_string())
}

/// The fixtures and how the device decodes each payload.
fn cases() -> Vec<(String, Value, Decode)> {
    let mut out: Vec<(String, Value, Decode)> = vec![
        (
            "ws/1.1-connect.reply.json".into(),
            fx("ws/1.1-connect.reply.json")["data"]["result"].clone(),
            lenient::<ConnectResult>,
        ),
        (
            "ws/1.2-token-update.reply.json".into(),
            fx("ws/1.2-token-update.reply.json")["data"]["result"].clone(),
            lenient::<TokenUpdateResult>,
        ),
        (
            "ws/1.3-heartbeat.reply.json".into(),
            fx("ws/1.3-heartbeat.reply.json")["data"]["result"].clone(),
            lenient::<HeartbeatResult>,
        ),
        (
            "http/2.3-ota-query.response.json".into(),
            fx("http/2.3-ota-query.response.json"),
            lenient::<HttpReply<OtaInfo>>,
        ),
    ];
    for stem in [
        "2.1-face-capture",
        "2.2-device-info",
        "2.4-event-report",
        "2.5-vehicle-capture",
    ] {
        let name = format!("http/{stem}.response.json");
        out.push((name.clone(), fx(&name), lenient::<HttpReply<Ack>>));
    }
    // Server commands: the device decodes `param` for the request's uri.
    let dir = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR")).join("lenfocus/ws");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".request.json"))
        .collect();
    names.sort();
    for n in names {
        let v = fx(&format!("ws/{n}"));
        let uri = v["data"]["uri"].as_str().unwrap().to_owned();
        if CommandKind::from_uri(&uri).is_none() {
            continue; // 1.1–1.3: sent by the device, not decoded by it.
        }
        let param = v["data"]["param"].clone();
        out.push((format!("ws/{n}"), param, decode_command_for(&uri)));
    }
    out
}

fn decode_command_for(uri: &str) -> Decode {
    macro_rules! by_kind {
        ($($kind:ident),*) => {
            match CommandKind::from_uri(uri).unwrap() {
                $(CommandKind::$kind => |v: &Value| {
                    Command::decode(CommandKind::$kind.uri(), v.clone())
                        .map_err(|e| e.to_string())
                        .and_then(|c| c.map(drop).ok_or_else(|| "unknown".to_owned()))
                },)*
                other => panic!("no decoder for {other:?}"),
            }
        };
    }
    by_kind!(
        FaceParamSet,
        RecordSet,
        RecordByMonth,
        GetRecordList,
        Reboot,
        FaceCapHistory,
        PedestrianCapHistory,
        PersonAdd,
        PersonList,
        PersonQuery,
        PersonDelete,
        PersonSearch
    )
}

#[test]
fn every_member_may_be_null_absent_or_joined_by_an_unknown_one() {
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut used = std::collections::BTreeSet::new();
    let cases = cases();
    for (name, payload, decode) in &cases {
        decode(payload).unwrap_or_else(|e| panic!("{name} does not decode as is: {e}"));
        for (path, m, mutated) in mutations(payload) {
            checked += 1;
            let required = REQUIRED.iter().any(|(f, p)| f == name && *p == path);
            match (decode(&mutated), m) {
                (Ok(()), _) => {}
                (Err(_), Mutation::Null | Mutation::Drop) if required => {
                    used.insert((name.clone(), path.clone()));
                }
                (Err(e), m) => failures.push(format!("{name}: {path} {m:?}: {e}")),
            }
        }
    }
    eprintln!(
        "{} fixtures, {checked} mutations checked, {} required members",
        cases.len(),
        REQUIRED.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    for (f, p) in REQUIRED {
        assert!(
            used.contains(&(f.to_string(), p.to_string())),
            "{f}: {p} is listed as required but decodes without it: drop it from REQUIRED"
        );
    }
}
