//! Coverage audit: every endpoint documented in hongtu-aiot-openapi.txt (154 rows of the
//! inventory: 152 POST + 2 GET) is the `PATH` of exactly one [`Endpoint`] type of this crate,
//! with the documented method, and no endpoint type has an undocumented path.
//!
//! `DOCUMENTED` was generated once from the inventory (`hongtu-endpoints.tsv`, method and
//! path columns, callback rows excluded) and is kept here so the test is self-contained.

#[macro_use]
mod endpoint_list;

use client_core::{BodyKind, Endpoint};
use hongtu_client::api;
use hongtu_client::Upload;

/// (method, path) of every documented endpoint, in seed order.
const DOCUMENTED: &[(&str, &str)] = &[
    ("POST", "/v1/api/global/sys/config/saveFaceConfigInfo"),
    ("POST", "/v1/api/global/sys/config/queryFaceConfigInfo"),
    ("POST", "/v1/api/person/uploadImage"),
    ("POST", "/v1/api/person/config/uploadImage"),
    ("POST", "/v1/api/misc/file/qualityJudge"),
    ("POST", "/v1/api/person/batchAdd"),
    ("POST", "/v1/api/person/batchDelete"),
    ("POST", "/v1/api/person/update"),
    ("POST", "/v1/api/person/list"),
    ("POST", "/v1/api/person/uuid/list"),
    ("POST", "/v1/api/person/query"),
    ("POST", "/v1/api/person/visitorCode"),
    ("GET", "/v1/api/person/personUuidSwitch"),
    ("POST", "/v1/api/org/add"),
    ("POST", "/v1/api/org/update"),
    ("POST", "/v1/api/org/tree"),
    ("POST", "/v1/api/org/delete"),
    ("POST", "/v1/api/org/top/detail"),
    ("POST", "/v1/api/pass/group/batchAdd"),
    ("POST", "/v1/api/pass/group/delete"),
    ("POST", "/v1/api/pass/group/update"),
    ("POST", "/v1/api/pass/group/list"),
    ("POST", "/v1/api/pass/group/query"),
    ("POST", "/v1/api/pass/group/batchDeletePerson"),
    ("POST", "/v1/api/pass/group/queryPersonListInGroup"),
    ("POST", "/v1/api/pass/group/batchUpdatePerson"),
    ("POST", "/v1/api/pass/group/getDefaultGroup"),
    ("POST", "/v1/api/device/add"),
    ("POST", "/v1/api/device/queryReportDevice"),
    ("POST", "/v1/api/device/importDevice"),
    ("POST", "/v1/api/device/preDelete"),
    ("POST", "/v1/api/device/delete"),
    ("POST", "/v1/api/device/update"),
    ("POST", "/v1/api/device/list"),
    ("POST", "/v1/api/device/queryDeviceInfo"),
    ("POST", "/v1/api/device/query"),
    ("POST", "/v1/api/device/list/enbind/group"),
    ("POST", "/v1/api/device/listBygroup"),
    ("POST", "/v1/api/device/queryModelRelation"),
    ("POST", "/v1/api/device/bind"),
    ("POST", "/v1/api/device/unbind"),
    ("POST", "/v1/api/device/control/list"),
    ("POST", "/v1/api/device/control/add"),
    ("POST", "/v1/api/device/control/remove"),
    ("POST", "/v1/api/device/queryDeviceControl"),
    ("POST", "/v1/api/pass/schedule/addBatch"),
    ("POST", "/v1/api/pass/schedule/update"),
    ("POST", "/v1/api/pass/schedule/delete"),
    ("POST", "/v1/api/pass/schedule/page"),
    ("POST", "/v1/api/pass/schedule/details"),
    ("POST", "/v1/api/door/queryB3rInBind"),
    ("POST", "/v1/api/door/list"),
    ("POST", "/v1/api/door/queryFeatureFailList"),
    ("POST", "/v1/api/door/queryBindType"),
    ("POST", "/v1/api/door/queryConfig"),
    ("POST", "/v1/api/door/add"),
    ("POST", "/v1/api/door/remove"),
    ("POST", "/v1/api/door/bindSwitch"),
    ("POST", "/v1/api/door/alwaysOpenDoor"),
    ("POST", "/v1/api/door/alwaysCloseDoor"),
    ("POST", "/v1/api/door/openDoor"),
    ("POST", "/v1/api/door/normal"),
    ("POST", "/v1/api/door/config"),
    ("POST", "/v1/api/door/querySynList"),
    ("POST", "/v1/api/door/syncDetail"),
    ("POST", "/v1/api/device_alarm/list"),
    ("POST", "/v1/api/pass/authority/add"),
    ("POST", "/v1/api/pass/authority/delete"),
    ("POST", "/v1/api/pass/authority/update"),
    ("POST", "/v1/api/pass/authority/list"),
    ("POST", "/v1/api/pass_record/list"),
    ("POST", "/v1/api/attendance/device/batchDelete"),
    ("POST", "/v1/api/attendance/device/batchAdd"),
    ("POST", "/v1/api/attendance/device/list"),
    ("POST", "/v1/api/attendance/group/add"),
    ("POST", "/v1/api/attendance/group/batchDelete"),
    ("POST", "/v1/api/attendance/group/update"),
    ("POST", "/v1/api/attendance/group/person/list"),
    ("POST", "/v1/api/attendance/group/list"),
    ("POST", "/v1/api/attendance/group/query/details"),
    ("POST", "/v1/api/attendance/record/personByMonth/list"),
    ("POST", "/v1/api/attendance/record/calendar"),
    ("POST", "/v1/api/attendance/record/list"),
    ("POST", "/v1/api/attendance/record/detail/list"),
    ("POST", "/v1/api/attendance/record/adjust"),
    ("POST", "/v1/api/attendance/statistic/list"),
    ("POST", "/v1/api/attendance/adjust/add"),
    ("POST", "/v1/api/attendance/adjust/list"),
    ("POST", "/v1/api/attendance/adjust/update"),
    ("POST", "/v1/api/pass/rule/addBatch"),
    ("POST", "/v1/api/pass/rule/update"),
    ("POST", "/v1/api/pass/rule/deleteBatch"),
    ("POST", "/v1/api/pass/rule/list"),
    ("POST", "/v1/api/person/record/list"),
    ("POST", "/v1/api/person/record/detail"),
    ("POST", "/v1/api/person/track/query"),
    ("POST", "/v1/api/cluster/task/add"),
    ("POST", "/v1/api/cluster/task/status"),
    ("POST", "/v1/api/cluster/task/detail/query"),
    ("POST", "/v1/api/cluster/task/list"),
    ("POST", "/v1/api/cluster/person/detail/query"),
    ("POST", "/v1/api/cluster/task/delete"),
    ("POST", "/v1/api/photo/searchOneToOnePhoto"),
    ("POST", "/v1/api/photo/search"),
    ("POST", "/v1/api/photo/search/query/detail"),
    ("POST", "/v1/api/photo/mvsn/virtualGroup/add"),
    ("POST", "/v1/api/photo/mvsn/virtualGroup/delete"),
    ("POST", "/v1/api/photo/mvsn/virtualGroup/update"),
    ("POST", "/v1/api/photo/mvsn/virtualGroup/list"),
    ("POST", "/v1/api/photo/mvsn/virtualGroup/batchAddPerson"),
    ("POST", "/v1/api/photo/mvsn/virtualGroup/batchDeletePerson"),
    ("POST", "/v1/api/photo/mvsn/virtualGroup/searchPersonList"),
    ("POST", "/v1/api/photo/mvsn/virtualGroup/faceSearch"),
    ("POST", "/v1/api/vehicle/list"),
    ("POST", "/v1/api/vehicle/batchDelete"),
    ("POST", "/v1/api/vehicle/batchAdd"),
    ("POST", "/v1/api/vehicle/update"),
    ("POST", "/v1/api/vehicle/query"),
    ("POST", "/v1/api/vehicle/rule/list"),
    ("POST", "/v1/api/vehicle/rule/delete"),
    ("POST", "/v1/api/vehicle/rule/add"),
    ("POST", "/v1/api/vehicle/rule/update"),
    ("POST", "/v1/api/vehicle/rule/query"),
    ("POST", "/v1/api/vehicle/record/list"),
    ("POST", "/v1/api/vehicle/record/query"),
    ("POST", "/v1/api/vehicle/record/track/query"),
    ("POST", "/v1/api/structure/pedestrian/search"),
    ("POST", "/v1/api/structure/pedestrian/query"),
    ("POST", "/v1/api/structure/face/search"),
    ("POST", "/v1/api/structure/face/query"),
    ("POST", "/v1/api/structure/motorVehicle/search"),
    ("POST", "/v1/api/structure/motorVehicle/query"),
    ("POST", "/v1/api/structure/nonMotorVehicle/search"),
    ("POST", "/v1/api/structure/nonMotorVehicle/query"),
    ("POST", "/v1/api/areaAlert/record/list"),
    ("POST", "/v1/api/video/realtime/ptzControl"),
    ("POST", "/v1/api/video/realtime/preview"),
    ("POST", "/v1/api/video/realtime/capture"),
    ("POST", "/v1/api/sys/config/queryAFaceConfig"),
    ("POST", "/v1/api/sys/config/resetAFaceConfig"),
    ("POST", "/v1/api/sys/config/saveAFaceConfig"),
    ("POST", "/v1/api/sys/queryQrcodeExpireTimeConfigInfo"),
    ("POST", "/v1/api/sys/saveQrcodeExpireTimeConfigInfo"),
    ("POST", "/v1/api/sys/storageCriteria/info"),
    ("POST", "/v1/api/sys/storageCriteria/save"),
    ("POST", "/v1/api/sys/storageCriteria/setDefault"),
    ("POST", "/v1/api/sys/config/temperatureConfig"),
    ("POST", "/v1/api/sys/config/prismsFaceClusterConfig"),
    ("POST", "/v1/api/sys/config/prismsFaceClusterConfigInfo"),
    ("POST", "/v1/api/pubsub/busi/record/add"),
    ("POST", "/v1/api/pubsub/busi/record/query"),
    ("POST", "/v1/api/pubsub/busi/record/unbind"),
    ("POST", "/v1/api/misc/file/upload"),
    ("GET", "/v1/api/device/info"),
];

/// (type name, method, path, body kind).
type Row = (&'static str, http::Method, &'static str, Option<BodyKind>);

/// The rows of [`endpoint_list::every_endpoint`]: uploads (always POST, multipart)
/// have no [`BodyKind`].
macro_rules! rows {
    (uploads: [$($um:ident :: $ut:ident),* $(,)?], endpoints: [$($m:ident :: $t:ident),* $(,)?] $(,)?) => {{
        let mut all: Vec<Row> = vec![$((
            concat!(stringify!($um), "::", stringify!($ut)),
            http::Method::POST,
            <api::$um::$ut as Upload>::PATH,
            None,
        )),*];
        all.extend(vec![$((
            concat!(stringify!($m), "::", stringify!($t)),
            <api::$m::$t as Endpoint>::METHOD,
            <api::$m::$t as Endpoint>::PATH,
            Some(<api::$m::$t as Endpoint>::BODY),
        )),*]);
        all
    }};
}

/// Every endpoint type of the crate: (type name, method, path, body kind; `None` for
/// multipart uploads).
// `RealtimePreview` is deprecated by the vendor but still a documented endpoint.
#[allow(deprecated)]
fn registry() -> Vec<Row> {
    every_endpoint!(rows)
}

#[test]
fn documented_inventory_has_154_rows() {
    assert_eq!(DOCUMENTED.len(), 154);
    let posts = DOCUMENTED.iter().filter(|(m, _)| *m == "POST").count();
    let gets = DOCUMENTED.iter().filter(|(m, _)| *m == "GET").count();
    assert_eq!((posts, gets), (152, 2));
}

#[test]
fn every_documented_endpoint_has_exactly_one_type_with_its_method() {
    let registry = registry();
    let mut problems = Vec::new();
    for (method, path) in DOCUMENTED {
        let types: Vec<_> = registry.iter().filter(|(_, _, p, _)| p == path).collect();
        match types.as_slice() {
            [] => problems.push(format!("no endpoint type for {method} {path}")),
            [(name, m, _, _)] if m.as_str() != *method => problems.push(format!(
                "{name}: {path} is {method} in the seed, type says {m}"
            )),
            [_] => {}
            many => problems.push(format!(
                "{path} has {} types: {:?}",
                many.len(),
                many.iter().map(|(n, _, _, _)| *n).collect::<Vec<_>>()
            )),
        }
    }
    assert!(
        problems.is_empty(),
        "coverage problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_endpoint_type_has_a_documented_path() {
    let undocumented: Vec<_> = registry()
        .into_iter()
        .filter(|(_, _, path, _)| !DOCUMENTED.iter().any(|(_, p)| p == path))
        .map(|(name, _, path, _)| format!("{name}: {path}"))
        .collect();
    assert!(
        undocumented.is_empty(),
        "undocumented paths: {undocumented:?}"
    );
}

#[test]
fn paths_are_seed_literals() {
    for (name, _, path, _) in registry() {
        assert!(path.starts_with("/v1/api/"), "{name}: {path}");
        assert!(!path.contains(char::is_whitespace), "{name}: {path:?}");
    }
}

#[test]
fn get_endpoints_send_nothing_and_posts_send_json() {
    for (name, method, path, body) in registry() {
        match (method.as_str(), body) {
            ("GET", Some(BodyKind::Empty)) | ("POST", Some(BodyKind::Json)) | ("POST", None) => {}
            (m, b) => panic!("{name} ({m} {path}) has body kind {b:?}"),
        }
    }
}

/// Encodes a request and returns (query, body as text).
fn encoded<E: Endpoint>(req: &E) -> (Option<String>, Option<String>) {
    let enc = req.encode().unwrap();
    let body = enc.body.map(|b| String::from_utf8(b.to_vec()).unwrap());
    (enc.query, body)
}

#[test]
fn no_parameter_posts_send_an_empty_object() {
    use api::{device, org, security_config, sys_config};
    let bodies = [
        encoded(&security_config::QueryFaceConfig::default()),
        encoded(&org::TopOrg::default()),
        encoded(&device::ListDevicesByGroup::default()),
        encoded(&sys_config::QueryOneFacePassConfig::default()),
        encoded(&sys_config::ResetOneFacePassConfig::default()),
        encoded(&sys_config::QueryQrCodeExpireTime::default()),
        encoded(&sys_config::GetStorageCriteria::default()),
        encoded(&sys_config::ResetStorageCriteria::default()),
        encoded(&sys_config::GetTemperatureConfig::default()),
        encoded(&sys_config::GetFaceClusterConfig::default()),
    ];
    for (i, b) in bodies.into_iter().enumerate() {
        assert_eq!(b, (None, Some("{}".to_owned())), "request #{i}");
    }
}

#[test]
fn get_endpoints_have_neither_query_nor_body() {
    assert_eq!(
        encoded(&api::person::PersonUuidSwitch::default()),
        (None, None)
    );
    assert_eq!(
        encoded(&api::maintenance::ApplianceInfoQuery::default()),
        (None, None)
    );
}

/// Every list endpoint the seed pages (`pageNum`/`pageSize`, or `currPage`/`pageSize`
/// for the structured searches and area alerts) implements [`Paged`], and `set_page`
/// writes the documented 1-based page field of its documented request example.
#[test]
fn documented_paged_endpoints_page_with_the_documented_fields() {
    use client_core::{PageRequest, Paged};

    fn paged<P>(field: &str) -> (&'static str, String)
    where
        P: Paged + serde::de::DeserializeOwned,
    {
        let path = P::PATH;
        let name = format!(
            "{}.request.json",
            path.trim_start_matches("/v1/api/").replace('/', ".")
        );
        let module = std::any::type_name::<P>()
            .split("::")
            .nth(2)
            .unwrap()
            .to_owned();
        let text = client_core::fixture::read_fixture(
            env!("CARGO_MANIFEST_DIR"),
            &format!("hongtu/{module}/{name}"),
        );
        let mut req: P = serde_json::from_str(&text).unwrap();
        req.set_page(PageRequest { index: 2, size: 7 });
        let body: serde_json::Value =
            serde_json::from_slice(&req.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(body[field], 3, "{path}: {field} in {body}");
        assert_eq!(body["pageSize"], 7, "{path}: pageSize in {body}");
        let other = if field == "pageNum" {
            "currPage"
        } else {
            "pageNum"
        };
        assert!(body.get(other).is_none(), "{path}: {other} in {body}");
        assert_eq!(req.page_size(), 7, "{path}");
        (path, field.to_owned())
    }

    let seen = [
        paged::<api::person::PersonList>("pageNum"),
        paged::<api::group::GroupList>("pageNum"),
        paged::<api::group::GroupPersons>("pageNum"),
        paged::<api::device::QueryReportDevice>("pageNum"),
        paged::<api::device::ListDevices>("pageNum"),
        paged::<api::device::ListControlDevices>("pageNum"),
        paged::<api::time_plan::ListSchedules>("pageNum"),
        paged::<api::door::QueryB3rBoundDevices>("pageNum"),
        paged::<api::door::ListDoors>("pageNum"),
        paged::<api::door::QueryFeatureFailList>("pageNum"),
        paged::<api::door::QuerySyncList>("pageNum"),
        paged::<api::door::SyncDetail>("pageNum"),
        paged::<api::door_alarm::ListDoorAlarms>("pageNum"),
        paged::<api::pass_permission::ListPassAuthorities>("pageNum"),
        paged::<api::pass_record::ListPassRecords>("pageNum"),
        paged::<api::attendance_device::ListAttendanceDevices>("pageNum"),
        paged::<api::attendance_group::ListAttendancePersons>("pageNum"),
        paged::<api::attendance_group::ListAttendanceGroups>("pageNum"),
        paged::<api::attendance_record::ListMonthlyRecords>("pageNum"),
        paged::<api::attendance_record::ListAttendanceRecords>("pageNum"),
        paged::<api::attendance_record::ListRecordDetails>("pageNum"),
        paged::<api::attendance_statistics::ListAttendanceStatistics>("pageNum"),
        paged::<api::attendance_adjust::ListAttendanceAdjustments>("pageNum"),
        paged::<api::rule::ListRules>("pageNum"),
        paged::<api::recognition_record::ListRecognitionRecords>("pageNum"),
        paged::<api::person_track::QueryPersonTrack>("pageNum"),
        paged::<api::cluster::QueryClusterTaskDetail>("pageNum"),
        paged::<api::cluster::ListClusterTasks>("pageNum"),
        paged::<api::cluster::QueryClusterPersonDetail>("pageNum"),
        paged::<api::face_compare::SearchPhoto>("pageNum"),
        paged::<api::face_compare::QueryPhotoSearchDetail>("pageNum"),
        paged::<api::vehicle::ListVehicles>("pageNum"),
        paged::<api::vehicle_control::ListControlRules>("pageNum"),
        paged::<api::vehicle_control_record::ListVehicleRecords>("pageNum"),
        paged::<api::structure_search::SearchPedestrians>("currPage"),
        paged::<api::structure_search::SearchFaces>("currPage"),
        paged::<api::structure_search::SearchMotorVehicles>("currPage"),
        paged::<api::structure_search::SearchNonMotorVehicles>("currPage"),
        paged::<api::area_alert::ListAlertRecords>("currPage"),
    ];
    assert_eq!(seen.len(), 39);
    let mut paths: Vec<_> = seen.iter().map(|(p, _)| *p).collect();
    paths.sort_unstable();
    paths.dedup();
    assert_eq!(paths.len(), 39, "one type per paged path");
}
