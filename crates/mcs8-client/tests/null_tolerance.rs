//! Issue 10 (null where the SDK expects a list): every response fixture of MCS8, each
//! object member at every depth in turn set to `null`, dropped, and given an unknown
//! sibling member — the answer still decodes through the real decode path
//! (`support/responses.rs` maps each fixture to its typed response).
//!
//! The seed marks no response member as required: its response tables have no 必填
//! column (2.1.1 … 2.40.2, appendix B), and the one that prints the column header
//! (2.10.1 TaskList, "参数 参数名称 数据类型 必填 备注") leaves every cell of it empty. So
//! the exception list [`REQUIRED`] is empty; an entry would name the fixture, the
//! member's JSON path and the seed section that marks it 必填.

#[path = "support/responses.rs"]
mod responses;

use responses::RESPONSES;
use serde_json::{Map, Value};

/// `(fixture, member path, seed section)` of the members the seed marks required in a
/// response table — none (see the module docs).
const REQUIRED: &[(&str, &str, &str)] = &[];

const UNKNOWN: &str = "zzUndocumentedMember";

/// The JSON path of every object member of `v` (`a.b[0].c`), at every depth.
fn member_paths(v: &Value, out: &mut Vec<Vec<Step>>, at: &mut Vec<Step>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                at.push(Step::Key(k.clone()));
                out.push(at.clone());
                member_paths(child, out, at);
                at.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                at.push(Step::Index(i));
                member_paths(child, out, at);
                at.pop();
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn show(path: &[Step]) -> String {
    let mut s = String::new();
    for step in path {
        match step {
            Step::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Step::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

/// The object holding the member at `path`, and the member's key.
fn parent<'a>(root: &'a mut Value, path: &[Step]) -> (&'a mut Map<String, Value>, String) {
    let (last, init) = path.split_last().unwrap();
    let mut v = root;
    for step in init {
        v = match step {
            Step::Key(k) => v.get_mut(k.as_str()).unwrap(),
            Step::Index(i) => v.get_mut(*i).unwrap(),
        };
    }
    let Step::Key(key) = last else {
        unreachable!("paths end at members")
    };
    (v.as_object_mut().unwrap(), key.clone())
}

#[test]
fn every_member_of_every_response_tolerates_null_absence_and_unknown_siblings() {
    let dir = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR")).join("mcs8");
    let mut mutations = 0;
    let mut failures = Vec::new();
    for (name, section, decode) in RESPONSES {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        decode(&text).unwrap_or_else(|e| panic!("{name} ({section}) does not decode: {e}"));
        let original: Value = serde_json::from_str(&text).unwrap();
        let mut paths = Vec::new();
        member_paths(&original, &mut paths, &mut Vec::new());
        for path in &paths {
            let shown = show(path);
            if REQUIRED.iter().any(|(f, p, _)| f == name && *p == shown) {
                continue;
            }
            for mutation in ["null", "absent", "unknown sibling"] {
                let mut v = original.clone();
                let (obj, key) = parent(&mut v, path);
                match mutation {
                    "null" => {
                        obj.insert(key, Value::Null);
                    }
                    "absent" => {
                        obj.remove(&key);
                    }
                    _ => {
                        obj.insert(
                            UNKNOWN.to_owned(),
                            serde_json::json!({"x": [1, "y", null], "n": null}),
                        );
                    }
                }
                mutations += 1;
                if let Err(e) = decode(&v.to_string()) {
                    failures.push(format!("{name} ({section}) {shown} {mutation}: {e}"));
                }
            }
        }
    }
    eprintln!(
        "{} response fixtures, {mutations} mutations checked, {} failed",
        RESPONSES.len(),
        failures.len()
    );
    assert!(mutations > 500, "{mutations}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_response_fixture_is_mapped() {
    let dir = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR")).join("mcs8");
    for sub in ["models", "envelope"] {
        for entry in std::fs::read_dir(dir.join(sub)).unwrap() {
            let name = format!("{sub}/{}", entry.unwrap().file_name().to_string_lossy());
            assert!(
                RESPONSES.iter().any(|(n, _, _)| *n == name),
                "{name} has no typed response in support/responses.rs"
            );
        }
    }
}

/// An answer's vertex may lack a coordinate, a request's may not: GeofenceAdd (2.9.2)
/// refuses it before sending.
#[test]
fn a_request_vertex_without_a_coordinate_is_refused() {
    use client_core::Endpoint;
    let dir = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR")).join("mcs8");
    let text = std::fs::read_to_string(dir.join("requests/geofence_add.json")).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["pointList"][0].as_object_mut().unwrap().remove("lat");
    let req: mcs8_client::api::app::GeofenceAdd = serde_json::from_value(v).unwrap();
    let e = req.validate().unwrap_err();
    assert!(
        e.to_string()
            .contains("pointList[0] needs both lat and lng"),
        "{e}"
    );
}
