//! Issue 10, "null where the SDK expects a list": every documented response example of
//! the crate (every `*.response.json` under `fixtures/hongtu/`, mapped to its typed
//! response through the endpoint's `PATH`) still decodes — through the pipeline's
//! decode path (`client_core::Envelope::parse` + `decode`, i.e.
//! `client_core::lenient::from_str`) — when, for each member of the payload at every
//! depth in turn, the member is set to `null`, dropped, or given an unknown sibling.
//!
//! The only exceptions are the members the seed marks as required (必填/必须/是) in the
//! response table: [`REQUIRED`], each with its seed section.

#[macro_use]
mod endpoint_list;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use client_core::envelope::{Envelope, EnvelopeKeys};
use client_core::Endpoint;
use hongtu_client::api;
use hongtu_client::Upload;
use serde_json::Value;

/// The envelope keys the Hongtu client reads (`{code, msg, data}`).
const KEYS: EnvelopeKeys = EnvelopeKeys::new(&["code"], &["msg"], &["data"]);

/// Members the seed marks as required (必须) in a response table, as (fixture file,
/// member pointer with `[]` for any array index, seed module and section). A
/// mutation that nulls or drops one of these may fail; an unknown sibling must
/// still be ignored. Every entry must be needed (the test fails on a stale one).
const REQUIRED: &[(&str, &str, &str)] = &[
    (
        "device.control.list.response.json",
        "/list/[]/deviceModel",
        "设备管理 1.15.3",
    ),
    (
        "device.control.list.response.json",
        "/list/[]/deviceType",
        "设备管理 1.15.3",
    ),
    (
        "device.control.list.response.json",
        "/list/[]/deviceUuid",
        "设备管理 1.15.3",
    ),
    (
        "device.control.list.response.json",
        "/list/[]/isPass",
        "设备管理 1.15.3",
    ),
    (
        "device.control.list.response.json",
        "/list/[]/location",
        "设备管理 1.15.3",
    ),
    (
        "device.control.list.response.json",
        "/list/[]/name",
        "设备管理 1.15.3",
    ),
    (
        "device.control.list.response.json",
        "/list/[]/personControlFlag",
        "设备管理 1.15.3",
    ),
    (
        "device.control.list.response.json",
        "/list/[]/status",
        "设备管理 1.15.3",
    ),
    (
        "device.list.enbind.group.response.json",
        "/[]/deviceList/[]/bindType",
        "设备管理 1.10.3",
    ),
    (
        "device.list.enbind.group.response.json",
        "/[]/deviceList/[]/name",
        "设备管理 1.10.3",
    ),
    (
        "device.list.enbind.group.response.json",
        "/[]/deviceList/[]/uuid",
        "设备管理 1.10.3",
    ),
    (
        "device.list.enbind.group.response.json",
        "/[]/deviceType",
        "设备管理 1.10.3",
    ),
    (
        "device.list.response.json",
        "/list/[]/deviceMode",
        "设备管理 1.7.3",
    ),
    (
        "device.list.response.json",
        "/list/[]/deviceType",
        "设备管理 1.7.3",
    ),
    (
        "device.list.response.json",
        "/list/[]/ipAddress",
        "设备管理 1.7.3",
    ),
    (
        "device.list.response.json",
        "/list/[]/location",
        "设备管理 1.7.3",
    ),
    (
        "device.list.response.json",
        "/list/[]/name",
        "设备管理 1.7.3",
    ),
    (
        "device.list.response.json",
        "/list/[]/status",
        "设备管理 1.7.3",
    ),
    (
        "device.list.response.json",
        "/list/[]/uuid",
        "设备管理 1.7.3",
    ),
    (
        "device.listBygroup.response.json",
        "/[]/deviceList/[]/name",
        "设备管理 1.11.3",
    ),
    (
        "device.listBygroup.response.json",
        "/[]/deviceList/[]/uuid",
        "设备管理 1.11.3",
    ),
    (
        "device.listBygroup.response.json",
        "/[]/deviceType",
        "设备管理 1.11.3",
    ),
    ("device.preDelete.response.json", "/tag", "设备管理 1.4.3"),
    (
        "device.query.response.json",
        "/bindAiServer/deviceType",
        "设备管理 1.9.3",
    ),
    (
        "device.query.response.json",
        "/bindAiServer/name",
        "设备管理 1.9.3",
    ),
    (
        "device.query.response.json",
        "/bindAiServer/status",
        "设备管理 1.9.3",
    ),
    (
        "device.query.response.json",
        "/bindAiServer/uuid",
        "设备管理 1.9.3",
    ),
    (
        "device.query.response.json",
        "/deviceType",
        "设备管理 1.9.3",
    ),
    ("device.query.response.json", "/ipAddress", "设备管理 1.9.3"),
    ("device.query.response.json", "/location", "设备管理 1.9.3"),
    ("device.query.response.json", "/name", "设备管理 1.9.3"),
    ("device.query.response.json", "/status", "设备管理 1.9.3"),
    ("device.query.response.json", "/uuid", "设备管理 1.9.3"),
    (
        "device.queryDeviceControl.response.json",
        "/[]/name",
        "设备管理 1.18.3",
    ),
    (
        "device.queryDeviceControl.response.json",
        "/[]/uuid",
        "设备管理 1.18.3",
    ),
    (
        "device.queryDeviceInfo.response.json",
        "/deviceModel",
        "设备管理 1.8.3",
    ),
    (
        "device.queryDeviceInfo.response.json",
        "/deviceType",
        "设备管理 1.8.3",
    ),
    (
        "device.queryDeviceInfo.response.json",
        "/discoveryMethod",
        "设备管理 1.8.3",
    ),
    (
        "device.queryDeviceInfo.response.json",
        "/name",
        "设备管理 1.8.3",
    ),
    (
        "device.queryDeviceInfo.response.json",
        "/uuid",
        "设备管理 1.8.3",
    ),
    (
        "device.queryReportDevice.response.json",
        "/list/[]/deviceType",
        "设备管理 1.2.3",
    ),
    (
        "device.queryReportDevice.response.json",
        "/list/[]/discoveryMethod",
        "设备管理 1.2.3",
    ),
    (
        "device.queryReportDevice.response.json",
        "/list/[]/gmtCreate",
        "设备管理 1.2.3",
    ),
    (
        "device.queryReportDevice.response.json",
        "/list/[]/snCode",
        "设备管理 1.2.3",
    ),
    (
        "device.queryReportDevice.response.json",
        "/list/[]/uuid",
        "设备管理 1.2.3",
    ),
    (
        "door.list.response.json",
        "/list/[]/deviceModel",
        "门禁点管理 1.2.3",
    ),
    (
        "door.list.response.json",
        "/list/[]/deviceType",
        "门禁点管理 1.2.3",
    ),
    (
        "door.list.response.json",
        "/list/[]/isPass",
        "门禁点管理 1.2.3",
    ),
    (
        "door.list.response.json",
        "/list/[]/location",
        "门禁点管理 1.2.3",
    ),
    (
        "door.list.response.json",
        "/list/[]/name",
        "门禁点管理 1.2.3",
    ),
    (
        "door.list.response.json",
        "/list/[]/status",
        "门禁点管理 1.2.3",
    ),
    (
        "door.list.response.json",
        "/list/[]/uuid",
        "门禁点管理 1.2.3",
    ),
    (
        "door.queryB3rInBind.response.json",
        "/list/[]/deviceModel",
        "门禁点管理 1.1.3",
    ),
    (
        "door.queryB3rInBind.response.json",
        "/list/[]/deviceType",
        "门禁点管理 1.1.3",
    ),
    (
        "door.queryB3rInBind.response.json",
        "/list/[]/name",
        "门禁点管理 1.1.3",
    ),
    (
        "door.queryB3rInBind.response.json",
        "/list/[]/uuid",
        "门禁点管理 1.1.3",
    ),
    (
        "door.queryBindType.response.json",
        "/bindType",
        "门禁点管理 1.4.3",
    ),
    (
        "door.queryConfig.response.json",
        "/uuid",
        "门禁点管理 1.5.3",
    ),
    (
        "door.syncDetail.response.json",
        "/list/[]/name",
        "门禁点管理 1.15.3",
    ),
    (
        "door.syncDetail.response.json",
        "/list/[]/type",
        "门禁点管理 1.15.3",
    ),
    (
        "door.syncDetail.response.json",
        "/list/[]/uuid",
        "门禁点管理 1.15.3",
    ),
    (
        "pass.rule.list.response.json",
        "/list/[]/uuid",
        "规则管理 1.4.3",
    ),
    (
        "pass.schedule.addBatch.response.json",
        "/successes/[]/holiday/[]/date",
        "时间计划管理 1.1.3",
    ),
    (
        "pass.schedule.addBatch.response.json",
        "/successes/[]/holiday/[]/during/[]/from",
        "时间计划管理 1.1.3",
    ),
    (
        "pass.schedule.addBatch.response.json",
        "/successes/[]/holiday/[]/during/[]/to",
        "时间计划管理 1.1.3",
    ),
    (
        "pass.schedule.addBatch.response.json",
        "/successes/[]/holiday/[]/state",
        "时间计划管理 1.1.3",
    ),
    (
        "pass.schedule.addBatch.response.json",
        "/successes/[]/name",
        "时间计划管理 1.1.3",
    ),
    (
        "pass.schedule.addBatch.response.json",
        "/successes/[]/type",
        "时间计划管理 1.1.3",
    ),
    (
        "pass.schedule.addBatch.response.json",
        "/successes/[]/uuid",
        "时间计划管理 1.1.3",
    ),
    (
        "pass.schedule.addBatch.response.json",
        "/successes/[]/workDay/[]/during/[]/from",
        "时间计划管理 1.1.3",
    ),
    (
        "pass.schedule.addBatch.response.json",
        "/successes/[]/workDay/[]/during/[]/to",
        "时间计划管理 1.1.3",
    ),
    (
        "pass.schedule.addBatch.response.json",
        "/successes/[]/workDay/[]/week",
        "时间计划管理 1.1.3",
    ),
    (
        "pass.schedule.details.response.json",
        "/[]/name",
        "时间计划管理 1.5.3",
    ),
    (
        "pass.schedule.details.response.json",
        "/[]/type",
        "时间计划管理 1.5.3",
    ),
    (
        "pass.schedule.details.response.json",
        "/[]/uuid",
        "时间计划管理 1.5.3",
    ),
    (
        "pass.schedule.page.response.json",
        "/list/[]/name",
        "时间计划管理 1.4.3",
    ),
    (
        "pass.schedule.page.response.json",
        "/list/[]/type",
        "时间计划管理 1.4.3",
    ),
    (
        "pass.schedule.page.response.json",
        "/list/[]/uuid",
        "时间计划管理 1.4.3",
    ),
    (
        "sys.config.prismsFaceClusterConfigInfo.response.json",
        "/custom_tag",
        "功能配置 1.11.3",
    ),
    (
        "sys.config.prismsFaceClusterConfigInfo.response.json",
        "/fuzziness_threshold",
        "功能配置 1.11.3",
    ),
    (
        "sys.config.prismsFaceClusterConfigInfo.response.json",
        "/horizontal_angle_threshold",
        "功能配置 1.11.3",
    ),
    (
        "sys.config.prismsFaceClusterConfigInfo.response.json",
        "/rotation_angle_threshold",
        "功能配置 1.11.3",
    ),
    (
        "sys.config.prismsFaceClusterConfigInfo.response.json",
        "/vertical_angle_threshold",
        "功能配置 1.11.3",
    ),
    (
        "sys.config.queryAFaceConfig.response.json",
        "/healthKitSwitch",
        "功能配置 1.1.3",
    ),
    (
        "sys.config.queryAFaceConfig.response.json",
        "/maskAlertSwitch",
        "功能配置 1.1.3",
    ),
    (
        "sys.config.queryAFaceConfig.response.json",
        "/temperatureSwitch",
        "功能配置 1.1.3",
    ),
    (
        "sys.config.resetAFaceConfig.response.json",
        "/healthKitSwitch",
        "功能配置 1.2.3",
    ),
    (
        "sys.config.resetAFaceConfig.response.json",
        "/maskAlertSwitch",
        "功能配置 1.2.3",
    ),
    (
        "sys.config.resetAFaceConfig.response.json",
        "/temperatureSwitch",
        "功能配置 1.2.3",
    ),
    (
        "sys.config.saveAFaceConfig.response.json",
        "/healthKitSwitch",
        "功能配置 1.3.3",
    ),
    (
        "sys.config.saveAFaceConfig.response.json",
        "/maskAlertSwitch",
        "功能配置 1.3.3",
    ),
    (
        "sys.config.saveAFaceConfig.response.json",
        "/temperatureSwitch",
        "功能配置 1.3.3",
    ),
    (
        "sys.config.temperatureConfig.response.json",
        "/healthKitSwitch",
        "功能配置 1.9.3",
    ),
    (
        "sys.config.temperatureConfig.response.json",
        "/maskAlertSwitch",
        "功能配置 1.9.3",
    ),
    (
        "sys.config.temperatureConfig.response.json",
        "/temperatureSwitch",
        "功能配置 1.9.3",
    ),
];

/// A decoder of the whole envelope text into one endpoint's typed response.
type Decode = fn(&[u8]) -> Result<(), String>;

fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<(), String> {
    let env = Envelope::parse(body, &KEYS).map_err(|e| e.to_string())?;
    env.decode::<T>().map(|_| ()).map_err(|e| e.to_string())
}

macro_rules! decoders {
    (uploads: [$($um:ident :: $ut:ident),* $(,)?], endpoints: [$($m:ident :: $t:ident),* $(,)?] $(,)?) => {{
        let mut all: Vec<(&'static str, &'static str, Decode)> = vec![$((
            concat!(stringify!($um), "::", stringify!($ut)),
            <api::$um::$ut as Upload>::PATH,
            decode::<<api::$um::$ut as Upload>::Response> as Decode,
        )),*];
        all.extend(vec![$((
            concat!(stringify!($m), "::", stringify!($t)),
            <api::$m::$t as Endpoint>::PATH,
            decode::<<api::$m::$t as Endpoint>::Response> as Decode,
        )),*]);
        all
    }};
}

#[allow(deprecated)]
fn decoders() -> Vec<(&'static str, &'static str, Decode)> {
    every_endpoint!(decoders)
}

/// Every `*.response.json` under `fixtures/hongtu/`, by file name.
fn response_fixtures() -> BTreeMap<String, PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/hongtu");
    let mut out = BTreeMap::new();
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&dir).unwrap() {
            let f = f.unwrap().path();
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".response.json") {
                assert!(out.insert(name.clone(), f).is_none(), "{name} twice");
            }
        }
    }
    out
}

/// The fixture stem of a path: `/v1/api/person/list` → `person.list`.
fn stem(path: &str) -> String {
    path.trim_start_matches("/v1/api/").replace('/', ".")
}

/// A JSON pointer step.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

/// The path of every object member of `v`, at every depth (inside arrays too).
fn members(v: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                at.push(Step::Key(k.clone()));
                out.push(at.clone());
                members(child, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push(Step::Index(i));
                members(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

/// The parent of the member at `path` (the last step is its key).
fn parent_mut<'a>(v: &'a mut Value, path: &[Step]) -> &'a mut serde_json::Map<String, Value> {
    let mut cur = v;
    for step in &path[..path.len() - 1] {
        cur = match step {
            Step::Key(k) => cur.get_mut(k.as_str()).unwrap(),
            Step::Index(i) => cur.get_mut(*i).unwrap(),
        };
    }
    cur.as_object_mut().unwrap()
}

fn pointer(path: &[Step]) -> String {
    path.iter()
        .map(|s| match s {
            Step::Key(k) => format!("/{k}"),
            Step::Index(i) => format!("/{i}"),
        })
        .collect()
}

/// [`pointer`] with every array index written `[]`.
fn pattern(path: &[Step]) -> String {
    path.iter()
        .map(|s| match s {
            Step::Key(k) => format!("/{k}"),
            Step::Index(_) => "/[]".to_owned(),
        })
        .collect()
}

#[derive(Clone, Copy, Debug)]
enum Mutation {
    Null,
    Drop,
    Unknown,
}

#[test]
fn every_response_fixture_survives_null_absent_and_unknown_members() {
    let fixtures = response_fixtures();
    let mut used = std::collections::BTreeSet::new();
    let mut checked = 0usize;
    let mut exempted = 0usize;
    let mut problems = Vec::new();
    let mut required_hit = std::collections::BTreeSet::new();
    let mut covered = 0usize;
    for (name, path, decode) in decoders() {
        let stem = stem(path);
        let mine: Vec<_> = fixtures
            .iter()
            .filter(|(f, _)| {
                *f == &format!("{stem}.response.json")
                    || (f.starts_with(&format!("{stem}."))
                        && f[stem.len() + 1..].split('.').count() == 3)
            })
            .collect();
        assert!(!mine.is_empty(), "{name}: no response fixture for {path}");
        for (file, fpath) in mine {
            used.insert(file.clone());
            covered += 1;
            let text = std::fs::read_to_string(fpath).unwrap();
            decode(text.as_bytes()).unwrap_or_else(|e| panic!("{file} as {name}: {e}"));
            let envelope: Value = serde_json::from_str(&text).unwrap();
            let Some(data) = envelope.get("data") else {
                continue;
            };
            let mut paths = Vec::new();
            members(data, &mut Vec::new(), &mut paths);
            for p in paths {
                let Step::Key(key) = p.last().unwrap().clone() else {
                    unreachable!()
                };
                for m in [Mutation::Null, Mutation::Drop, Mutation::Unknown] {
                    let mut doc = envelope.clone();
                    let parent = parent_mut(doc.get_mut("data").unwrap(), &p);
                    match m {
                        Mutation::Null => {
                            parent.insert(key.clone(), Value::Null);
                        }
                        Mutation::Drop => {
                            parent.remove(&key);
                        }
                        Mutation::Unknown => {
                            parent.insert(
                                format!("{key}__unknownMember"),
                                serde_json::json!({"x": [1, null, "y"]}),
                            );
                        }
                    }
                    checked += 1;
                    if let Err(e) = decode(doc.to_string().as_bytes()) {
                        let at = pattern(&p);
                        let required = REQUIRED
                            .iter()
                            .find(|(f, k, _)| f == file && *k == at.as_str());
                        match (required, m) {
                            (Some(r), Mutation::Null | Mutation::Drop) => {
                                exempted += 1;
                                required_hit.insert(*r);
                            }
                            _ => {
                                problems.push(format!("{file} ({name}) {m:?} {}: {e}", pointer(&p)))
                            }
                        }
                    }
                }
            }
        }
    }
    let unused: Vec<_> = fixtures.keys().filter(|f| !used.contains(*f)).collect();
    assert!(
        unused.is_empty(),
        "response fixtures with no endpoint: {unused:?}"
    );
    let stale: Vec<_> = REQUIRED
        .iter()
        .filter(|r| !required_hit.contains(*r))
        .collect();
    println!(
        "{covered} response fixtures, {checked} mutations checked, {exempted} exempted as seed-required"
    );
    assert!(
        problems.is_empty(),
        "{} of {checked} mutations failed:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(
        stale.is_empty(),
        "REQUIRED entries no mutation needed: {stale:?}"
    );
}
