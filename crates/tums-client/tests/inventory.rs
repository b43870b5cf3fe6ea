//! Coverage: every endpoint the seed documents has exactly one typed request struct,
//! every endpoint is `POST` with a JSON body, and every endpoint has its fixtures.
//!
//! `DOCUMENTED` was generated once from the inventory (`shared/spec/tums-endpoints.tsv`,
//! the 91 `POST` rows; the `PUSH` row is the webhook, covered by `tests/webhook.rs`) with
//!
//! ```text
//! awk -F'\t' 'NR>1 && $2=="POST"{printf "    // %s %s\n    \"%s\",\n", $1, $5, $3}' tums-endpoints.tsv
//! ```
//!
//! and checked against the seed's `Path` rows. It is committed; this test reads nothing
//! outside the crate and `fixtures/tums`.

use std::collections::BTreeSet;
use std::path::PathBuf;

use client_core::{BodyKind, Endpoint};
use tums_client::api;

/// The 91 documented endpoint paths (seed 1.4.x), in seed order.
const DOCUMENTED: &[&str] = &[
    // 1.4.1.1 Create temporary AK/SK
    "/tums/open/credentialManager/v1/createTempApplicationApiCredential",
    // 1.4.2.1 Add region (group)
    "/tums/open/resource/v1/addRegion",
    // 1.4.2.2 Rename region
    "/tums/open/resource/v1/editRegion",
    // 1.4.2.3 Delete region
    "/tums/open/resource/v1/deleteRegion",
    // 1.4.2.4 Delete all regions
    "/tums/open/resource/v1/deleteAllRegion",
    // 1.4.2.5 Swap order of sibling regions
    "/tums/open/resource/v1/switchRegionOrder",
    // 1.4.2.6 Get region ancestors
    "/tums/open/resource/v1/getRegionAncestor",
    // 1.4.2.7 Batch get region ancestors
    "/tums/open/resource/v1/batchGetRegionAncestor",
    // 1.4.2.8 List root regions (paged)
    "/tums/open/resource/v1/getPagedRootRegions",
    // 1.4.2.9 List child regions (paged)
    "/tums/open/resource/v1/getPagedRegionChildren",
    // 1.4.2.10 Search regions by name (fuzzy)
    "/tums/open/resource/v1/getRegionByNameLike",
    // 1.4.3.3 Bind device by QR code
    "/tums/open/deviceManager/v1/bindDeviceByQrCode",
    // 1.4.3.4 Bind network device by MAC
    "/tums/open/deviceManager/v1/bindNmsDeviceByMac",
    // 1.4.3.5 Trigger NVR discovery of IPCs
    "/vms/open/deviceManager/v1/discoverIpcByNvr",
    // 1.4.3.6 Poll NVR IPC discovery result
    "/vms/open/deviceManager/v1/getNotAddedIpcInfoByNvr",
    // 1.4.3.7 Add discovered IPCs to NVR channels
    "/vms/open/deviceManager/v1/addIpcListToNvr",
    // 1.4.3.8 Unbind NVR channel
    "/vms/open/deviceManager/v1/unbindNvrChannel",
    // 1.4.3.9 Delete / unbind devices
    "/tums/open/deviceManager/v1/deleteDeviceList",
    // 1.4.3.10 List devices in device-type app
    "/tums/open/deviceManager/v1/getDeviceListInDeviceApplication",
    // 1.4.3.11 List devices in project-type app
    "/tums/open/deviceManager/v1/getDeviceListInProjectApplication",
    // 1.4.3.12 App device counts and status overview
    "/tums/open/deviceManager/v1/getApplicationOverview",
    // 1.4.3.13 List NVR channel devices
    "/tums/open/deviceManager/v1/getChannelDeviceList",
    // 1.4.3.14 Get QR code of NVR channel IPC
    "/vms/open/deviceManager/v1/getNvrChannelQrCode",
    // 1.4.3.15 Get solar device extended info
    "/tums/open/deviceManager/v1/getSolarPowerDeviceExtendInfo",
    // 1.4.3.16 Get IPC/NVR capability set
    "/vms/open/deviceManager/v1/getDeviceCapability",
    // 1.4.3.17 Sync IPC/NVR device info
    "/vms/open/deviceManager/v1/syncDevInfo",
    // 1.4.3.18 Get IPC/NVR sync progress
    "/vms/open/deviceManager/v1/syncDevInfoStatus",
    // 1.4.3.19 Move devices to another region
    "/tums/open/deviceManager/v1/moveDeviceListToRegion",
    // 1.4.3.20 Rename device
    "/tums/open/deviceManager/v1/modifyDeviceName",
    // 1.4.3.21 Reboot devices
    "/tums/open/deviceManager/v1/rebootDeviceList",
    // 1.4.3.22 Check latest firmware version
    "/tums/open/deviceManager/v1/checkDeviceNewestFwVer",
    // 1.4.3.23 Online firmware upgrade
    "/tums/open/deviceManager/v1/upgradeDeviceOnline",
    // 1.4.3.24 Get firmware upgrade status
    "/tums/open/deviceManager/v1/getDeviceUpgradeInfo",
    // 1.4.4.1 Get IPC OSD capability
    "/vms/open/deviceConfig/v1/getDeviceOsdCapability",
    // 1.4.4.2 Get IPC OSD info (date/week/font/labels)
    "/vms/open/deviceConfig/v1/getDeviceOsdInfo",
    // 1.4.4.3 Modify IPC OSD info
    "/vms/open/deviceConfig/v1/modifyDeviceOsdInfo",
    // 1.4.4.4 Manually set IPC/NVR time
    "/vms/open/deviceConfig/v1/manualTiming",
    // 1.4.4.5 Get scheduled reboot config
    "/vms/open/deviceConfig/v1/getDeviceTimingReboot",
    // 1.4.4.6 Modify scheduled reboot config
    "/vms/open/deviceConfig/v1/modifyDeviceTimingReboot",
    // 1.4.4.7 Get IPC supplement-lamp capability
    "/vms/open/deviceConfig/v1/getDeviceSupplementLampCapability",
    // 1.4.4.8 Get IPC image settings
    "/vms/open/deviceConfig/v1/getDeviceImage",
    // 1.4.4.9 Modify IPC image settings
    "/vms/open/deviceConfig/v1/modifyDeviceImage",
    // 1.4.4.10 Get SD card info
    "/vms/open/deviceConfig/v1/getDeviceSdCardInfo",
    // 1.4.4.11 Format SD card
    "/vms/open/deviceConfig/v1/formatDeviceSdCard",
    // 1.4.4.12 Get loop-recording state
    "/vms/open/deviceConfig/v1/getDeviceRecordLoopInfo",
    // 1.4.4.13 Set loop-recording state
    "/vms/open/deviceConfig/v1/modifyDeviceRecordLoopInfo",
    // 1.4.4.14 Get time-sync mode
    "/vms/open/deviceConfig/v1/getDeviceTimingInfo",
    // 1.4.4.15 Set time-sync mode
    "/vms/open/deviceConfig/v1/modifyDeviceTimingInfo",
    // 1.4.4.16 Get IPC video capability
    "/vms/open/deviceConfig/v1/getDeviceVideoCapability",
    // 1.4.4.17 Get IPC stream settings
    "/vms/open/deviceConfig/v1/getDeviceVideoInfo",
    // 1.4.4.18 Modify IPC stream settings
    "/vms/open/deviceConfig/v1/modifyDeviceVideoInfo",
    // 1.4.4.19 Get solar system status
    "/evcs/open/chargingDeviceManager/v1/querySolarPower",
    // 1.4.4.20 Get solar load supply schedule
    "/evcs/open/chargingDeviceManager/v1/querySolarSupplyTime",
    // 1.4.4.21 Set solar load supply schedule
    "/evcs/open/chargingDeviceManager/v1/setSolarSupplyTime",
    // 1.4.4.22 Restart solar load
    "/evcs/open/chargingDeviceManager/v1/solarLoadReset",
    // 1.4.4.23 Solar metrics, hourly (per day)
    "/evcs/open/chargingDeviceManager/v1/getMetricValue",
    // 1.4.4.24 Solar metrics, daily aggregate (per month)
    "/evcs/open/chargingDeviceManager/v1/getAggregatedMetricValue",
    // 1.4.4.25 Check IPC zoom support
    "/vms/open/deviceConfig/v1/getDeviceZoomSupport",
    // 1.4.4.26 Check PTZ position-reset support
    "/vms/open/deviceConfig/v1/getPtzDeviceResetSupport",
    // 1.4.4.27 Reset PTZ to origin
    "/vms/open/deviceConfig/v1/resetPtzDevicePosition",
    // 1.4.4.28 Get NVR per-channel push state
    "/vms/open/deviceConfig/v1/getNvrChannelsMessagePushInfo",
    // 1.4.4.29 Set NVR channel push state
    "/vms/open/deviceConfig/v1/modifyNvrChannelsMessagePushInfo",
    // 1.4.4.30 Modify OSD watermark basics
    "/vms/open/deviceConfig/v1/modifyDeviceOsdWatermarkBasicInfo",
    // 1.4.4.31 Add OSD watermark dynamic label
    "/vms/open/deviceConfig/v1/addDeviceOsdWatermarkDynamicLabelInfo",
    // 1.4.4.32 Modify OSD watermark static label
    "/vms/open/deviceConfig/v1/modifyDeviceOsdWatermarkSolidLabelInfo",
    // 1.4.4.33 Clear OSD watermark
    "/vms/open/deviceConfig/v1/clearDeviceOsdWatermarkInfo",
    // 1.4.5.2 Get A/V stream URL (SDK)
    "/vms/open/webServer/v1/requestStreamUrl",
    // 1.4.5.3 Request relay server URL
    "/vms/open/webServer/v1/requestRelayUrl",
    // 1.4.5.4 Poll relay server URL
    "/vms/open/webServer/v1/requestRelayUrlAgain",
    // 1.4.5.5 Renew relay cookie expiry
    "/vms/open/webServer/v1/renewRelayCookie",
    // 1.4.5.6 Search dates with recordings
    "/vms/open/webServer/v1/searchYear",
    // 1.4.5.7 Search recordings for a day
    "/vms/open/webServer/v2/searchVideo",
    // 1.4.5.8 Search human-detection recordings for a day
    "/vms/open/webServer/v2/searchHumanDetectionVideo",
    // 1.4.6.1 Create/update app webhook subscription
    "/tums/open/msgTranspond/v1/setAppMsgPushConfig",
    // 1.4.6.2 Get app webhook subscription
    "/tums/open/msgTranspond/v1/getAppMsgPushConfig",
    // 1.4.7.1 List people-counting IPCs in region
    "/tums/open/passengerFlow/v1/getFlowDeviceInRegion",
    // 1.4.7.2 Count people-counting IPCs in regions
    "/tums/open/passengerFlow/v1/getFlowDeviceNumInRegionList",
    // 1.4.7.3 Query people-flow in/out list
    "/tums/open/passengerFlow/v1/queryFlow",
    // 1.4.7.4 Region people-flow totals for a period
    "/tums/open/passengerFlow/v1/queryRegionSingleFlow",
    // 1.4.7.5 Device people-flow totals for a period
    "/tums/open/passengerFlow/v1/queryDeviceSingleFlow",
    // 1.4.7.6 Get people-flow sync status
    "/tums/open/passengerFlow/v1/getFlowSyncStatus",
    // 1.4.8.2 Manually trigger alarm output
    "/tums/open/alarm/v1/triggerManualAlarm",
    // 1.4.8.3 Enable/disable event detection by alarmType
    "/tums/open/alarm/v1/setEnableByAlarmType",
    // 1.4.8.4 Enable/disable alarm input
    "/tums/open/alarm/v1/setAlarmInputEnable",
    // 1.4.8.5 Enable/disable alarm output
    "/tums/open/alarm/v1/setAlarmOutputEnable",
    // 1.4.9.2 List licence plates (paged)
    "/vms/open/vehicleManager/v1/getAllPlateListByPage",
    // 1.4.9.3 Export vehicle detection records
    "/vms/open/vehicleManager/v1/exportAllVehicleDetectionRecords",
    // 1.4.9.4 Export parking entry/exit records
    "/vms/open/vehicleManager/v1/exportAllEntryAndLeaveRecords",
    // 1.4.9.5 List export records
    "/vms/open/vehicleManager/v1/getExportRecords",
    // 1.4.9.6 Delete export record
    "/vms/open/vehicleManager/v1/deleteExportRecord",
    // 1.4.9.7 Get export download URL
    "/vms/open/vehicleManager/v1/downloadExportRecord",
];

/// Endpoints whose seed section prints no request example (no `<name>.request.json`
/// is required for them; one may still exist, written from the table).
const NO_REQUEST_EXAMPLE: &[&str] = &[
    // 1.4.2.10: the section has no 示例 at all.
    "/tums/open/resource/v1/getRegionByNameLike",
    // 1.4.5.2: the 示例 shows only responses.
    "/vms/open/webServer/v1/requestRelayUrl",
];

#[path = "support/registry.rs"]
mod registry;

use registry::{registry, Entry};

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/tums")
}

fn last_segment(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

#[test]
fn documented_table_has_91_distinct_paths() {
    let set: BTreeSet<_> = DOCUMENTED.iter().collect();
    assert_eq!(DOCUMENTED.len(), 91);
    assert_eq!(set.len(), DOCUMENTED.len(), "duplicate documented path");
}

#[test]
fn every_documented_path_has_exactly_one_endpoint_type() {
    let registry = registry();
    let mut seen = BTreeSet::new();
    let dups: Vec<_> = registry
        .iter()
        .filter(|e| !seen.insert(e.path))
        .map(|e| e.path)
        .collect();
    assert!(dups.is_empty(), "paths implemented twice: {dups:?}");

    let documented: BTreeSet<&str> = DOCUMENTED.iter().copied().collect();
    let missing: Vec<_> = documented.difference(&seen).collect();
    let extra: Vec<_> = seen.difference(&documented).collect();
    assert!(missing.is_empty(), "documented but not typed: {missing:?}");
    assert!(extra.is_empty(), "typed but not documented: {extra:?}");
    assert_eq!(registry.len(), 91);
}

/// 1.4.5.3 requestRelayUrl documents its parameters as URL参数 (query string); every
/// other endpoint documents 请求参数 (JSON body).
const QUERY_PARAMETERS: &[&str] = &["/vms/open/webServer/v1/requestRelayUrl"];

#[test]
fn every_endpoint_is_post_with_a_json_body_or_documented_query() {
    for e in registry() {
        assert_eq!(e.method, http::Method::POST, "{}", e.path);
        let expected = if QUERY_PARAMETERS.contains(&e.path) {
            BodyKind::Query
        } else {
            BodyKind::Json
        };
        assert_eq!(e.body, expected, "{}", e.path);
        assert!(
            e.path.starts_with("/tums/open/")
                || e.path.starts_with("/vms/open/")
                || e.path.starts_with("/evcs/open/")
                || e.path.starts_with("/ams/open/")
                // The 2026 edition's AI chapter (1.4.10).
                || e.path.starts_with("/openapi/"),
            "{}",
            e.path
        );
    }
}

#[test]
fn every_endpoint_has_its_fixtures() {
    let dir = fixtures_dir();
    let mut missing = Vec::new();
    for e in registry() {
        let name = last_segment(e.path);
        let response = dir.join(e.module).join(format!("{name}.response.json"));
        if !response.is_file() {
            missing.push(response.display().to_string());
        }
        let request = dir.join(e.module).join(format!("{name}.request.json"));
        if !NO_REQUEST_EXAMPLE.contains(&e.path) && !request.is_file() {
            missing.push(request.display().to_string());
        }
    }
    assert!(missing.is_empty(), "missing fixtures: {missing:#?}");
}

#[test]
fn every_fixture_belongs_to_an_endpoint() {
    // A fixture whose name matches no endpoint is a typo that no round-trip would catch.
    let names: BTreeSet<(String, String)> = registry()
        .iter()
        .map(|e| (e.module.to_string(), last_segment(e.path).to_string()))
        .collect();
    let mut orphans = Vec::new();
    for module in names
        .iter()
        .map(|(m, _)| m.clone())
        .collect::<BTreeSet<_>>()
    {
        for entry in std::fs::read_dir(fixtures_dir().join(&module)).unwrap() {
            let file = entry.unwrap().file_name().to_string_lossy().into_owned();
            if !file.ends_with(".json") {
                continue;
            }
            let stem = file.split('.').next().unwrap_or_default().to_string();
            if !names.contains(&(module.clone(), stem)) {
                orphans.push(format!("{module}/{file}"));
            }
        }
    }
    assert!(
        orphans.is_empty(),
        "fixtures without an endpoint: {orphans:?}"
    );
}

#[test]
fn endpoints_without_parameters_send_an_empty_object() {
    // The seed's examples for parameterless endpoints show `{}` as the request body
    // (and 1.2.2.2 signs an empty body as `{}`): the body sent is `{}`, never `null`.
    fn body<E: Endpoint>(e: &E) -> Vec<u8> {
        e.encode().unwrap().body.unwrap().to_vec()
    }
    assert_eq!(body(&api::region::DeleteAllRegion::default()), b"{}");
    assert_eq!(body(&api::message::GetAppMsgPushConfig::default()), b"{}");
    assert_eq!(
        body(&api::passenger_flow::GetFlowSyncStatus::default()),
        b"{}"
    );
    assert_eq!(body(&api::device::GetApplicationOverview::default()), b"{}");
    assert_eq!(
        body(&api::credential::CreateTempApplicationApiCredential::default()),
        b"{}"
    );
}

/// Top-level request members the client sends although the seed's example omits them
/// (documented in the seed's table as required, or defaulted and always sent).
const SENT_BEYOND_THE_EXAMPLE: &[(&str, &str)] = &[];

#[test]
fn documented_requests_are_sent_back_with_no_extra_members() {
    let dir = fixtures_dir();
    let mut extra = Vec::new();
    for e in registry() {
        let name = last_segment(e.path);
        let file = dir.join(e.module).join(format!("{name}.request.json"));
        let Ok(json) = std::fs::read_to_string(&file) else {
            continue;
        };
        let original: serde_json::Value = serde_json::from_str(&json).unwrap();
        let sent = (e.reencode)(&json);
        let (Some(original), Some(sent)) = (original.as_object(), sent.as_object()) else {
            panic!("{name}: request is not an object");
        };
        for key in sent.keys() {
            if !original.contains_key(key) && !SENT_BEYOND_THE_EXAMPLE.contains(&(name, key)) {
                extra.push(format!("{name}.{key}"));
            }
        }
        for key in original.keys() {
            assert!(sent.contains_key(key), "{name}: member {key} was dropped");
        }
    }
    assert!(
        extra.is_empty(),
        "members not in the seed example: {extra:?}"
    );
}

/// Response members the seed marks as required (必填/必须/是/【必选】 in a 回复参数
/// table). None of TUMS's response tables marks a member required (the only marks are
/// 【可选】, 1.4.2.8–1.4.2.10), so the list is empty: every member of every response
/// must decode from `null`, from absent, and beside an unknown member. The push
/// message's 【必填】 members (1.4.6.3) are checked in `tests/hardening.rs`.
const SEED_REQUIRED_RESPONSE_MEMBERS: &[(&str, &str)] = &[];

/// Every response fixture of `e` (`<name>.response.json`, `<name>.response.2.json`…).
fn response_fixtures(e: &Entry) -> Vec<PathBuf> {
    let name = last_segment(e.path);
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures_dir().join(e.module))
        .unwrap()
        .map(|f| f.unwrap().path())
        .filter(|p| {
            let f = p.file_name().unwrap().to_string_lossy();
            f.starts_with(&format!("{name}.response")) && f.ends_with(".json")
        })
        .collect();
    files.sort();
    files
}

/// What one mutation did (for the failure report).
enum Mutation {
    Null,
    Drop,
    Unknown,
}

/// Applies `m` to the member at `path` (object keys and array indices) of `doc`.
fn mutate(doc: &serde_json::Value, path: &[PathStep], m: &Mutation) -> serde_json::Value {
    let mut out = doc.clone();
    let mut cur = &mut out;
    for step in &path[..path.len() - 1] {
        cur = match step {
            PathStep::Key(k) => cur.get_mut(k.as_str()).unwrap(),
            PathStep::Index(i) => cur.get_mut(*i).unwrap(),
        };
    }
    let PathStep::Key(last) = path.last().unwrap() else {
        unreachable!("only object members are mutated")
    };
    let obj = cur.as_object_mut().unwrap();
    match m {
        Mutation::Null => {
            obj.insert(last.clone(), serde_json::Value::Null);
        }
        Mutation::Drop => {
            obj.remove(last);
        }
        Mutation::Unknown => {
            // Shaped like its neighbour, so a map keyed by data (batchGetRegionAncestor's
            // region ids, metricValueList's metrics) sees one more entry of its own kind.
            let value = obj[last.as_str()].clone();
            obj.insert("zzUnknownMember".into(), value);
        }
    }
    out
}

#[derive(Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

/// The path of every object member at every depth under `v`.
fn member_paths(v: &serde_json::Value, prefix: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, child) in map {
                prefix.push(PathStep::Key(k.clone()));
                out.push(prefix.clone());
                member_paths(child, prefix, out);
                prefix.pop();
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                prefix.push(PathStep::Index(i));
                member_paths(child, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn show(path: &[PathStep]) -> String {
    path.iter()
        .map(|s| match s {
            PathStep::Key(k) => format!(".{k}"),
            PathStep::Index(i) => format!("[{i}]"),
        })
        .collect()
}

/// Issue 10, item A: for every response fixture and every member at every depth of its
/// payload (`result`, `failList`, `msg`), set it to `null`, drop it, and add an unknown
/// member beside it: the answer must still decode (through the pipeline's
/// `client_core::lenient::from_str`) unless the seed marks the member required.
#[test]
fn every_response_member_may_be_null_absent_or_joined_by_unknown_members() {
    let mut fixtures = 0;
    let mut checked = 0;
    let mut failures = Vec::new();
    for e in registry() {
        let name = last_segment(e.path);
        for file in response_fixtures(&e) {
            fixtures += 1;
            let text = std::fs::read_to_string(&file).unwrap();
            (e.decode_response)(&text)
                .unwrap_or_else(|err| panic!("{}: unmodified: {err}", file.display()));
            let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
            let mut paths = Vec::new();
            member_paths(&doc, &mut Vec::new(), &mut paths);
            for path in paths {
                // The envelope's own code is not payload.
                if matches!(&path[..], [PathStep::Key(k)] if k == "error_code") {
                    continue;
                }
                let member = match path.last() {
                    Some(PathStep::Key(k)) => k.as_str(),
                    _ => continue,
                };
                let required = SEED_REQUIRED_RESPONSE_MEMBERS.contains(&(name, member));
                for m in [Mutation::Null, Mutation::Drop, Mutation::Unknown] {
                    if required && !matches!(m, Mutation::Unknown) {
                        continue;
                    }
                    let mutated = mutate(&doc, &path, &m).to_string();
                    checked += 1;
                    if let Err(err) = (e.decode_response)(&mutated) {
                        let what = match m {
                            Mutation::Null => "null",
                            Mutation::Drop => "absent",
                            Mutation::Unknown => "unknown beside",
                        };
                        failures.push(format!("{name}{} {what}: {err}", show(&path)));
                    }
                }
            }
        }
    }
    println!("{fixtures} response fixtures, {checked} mutations checked");
    // + 29 response fixtures of the 2026 chapters 1.4.1, 1.4.3, 1.4.5–1.4.8 (tums-a).
    assert_eq!(fixtures, 190 + 29, "every response fixture is covered");
    assert!(
        failures.is_empty(),
        "{} of {checked} mutations failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
