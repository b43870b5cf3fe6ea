//! The simulator's strictness: which members each endpoint's table documents.

use super::*;

/// The query members each GET endpoint's table (or example URL) documents.
pub(super) fn documented_query(path: &str) -> Option<&'static [&'static str]> {
    const PAGED: &[&str] = &["keywords", "page", "pageSize"];
    Some(match path {
        ep::auth::Logout::PATH | ep::ext::DevTree::PATH => &[],
        ep::auth::RefreshToken::PATH => &["refresh_token", "expires"],
        ep::org::EnterList::PATH | ep::org::GroupList::PATH => {
            &["enterId", "keywords", "page", "pageSize"]
        }
        ep::org::DevList::PATH => &["enterId", "groupId", "keywords", "page", "pageSize"],
        ep::org::DevDelete::PATH => &["deviceId", "devId"],
        ep::data::RecordFileList::PATH => &[
            "st", "et", "timeType", "groupId", "devId", "fType", "lType", "workNo", "keywords",
            "page", "pagesize",
        ],
        ep::data::RecordFileUpdateLabel::PATH => &["id", "lType"],
        ep::data::SignedUrlRequest::PATH => &["id", "expires"],
        ep::data::AlarmList::PATH => &[
            "st",
            "et",
            "groupId",
            "devId",
            "alarmType",
            "alarmStatus",
            "dealType",
            "dealStatus",
            "keywords",
            "page",
            "pagesize",
        ],
        ep::data::AlarmUpdateDeal::PATH => &["id", "dealType", "dealStatus", "dealDesc"],
        ep::data::GpsList::PATH | ep::data::GpsListForLarge::PATH => {
            &["st", "et", "devId", "page", "pagesize"]
        }
        ep::data::GpsStatsList::PATH | ep::ext::DevOnlineList::PATH => {
            &["st", "et", "groupId", "devId", "page", "pagesize"]
        }
        ep::app::DispatchGroupList::PATH
        | ep::app::GeofenceList::PATH
        | ep::ai::LicencePlateList::PATH => PAGED,
        ep::app::GeofenceAccessList::PATH => &["st", "et", "devId", "keywords", "page", "pageSize"],
        ep::app::TaskList::PATH => &[
            "st", "et", "devId", "workNo", "taskType", "status", "keywords", "page", "pageSize",
        ],
        ep::app::TaskUpdateStatus::PATH => &["id", "status", "des"],
        ep::app::TaskUpdateDest::PATH => &["id", "destDevId"],
        ep::ai::FaceList::PATH => &["withFeature", "withImg", "keywords", "page", "pageSize"],
        ep::org::EnterDelete::PATH
        | ep::org::GroupDelete::PATH
        | ep::data::RecordFileDel::PATH
        | ep::data::AlarmUpdateDel::PATH
        | ep::app::DispatchGroupDelete::PATH
        | ep::app::GeofenceDelete::PATH
        | ep::app::TaskDelete::PATH
        | ep::ai::FaceDel::PATH
        | ep::ai::LicencePlateDel::PATH => &["id"],
        _ => return None,
    })
}

/// The query members each GET endpoint's table marks required (必填 是).
pub(super) fn required_query(path: &str) -> &'static [&'static str] {
    match path {
        ep::auth::RefreshToken::PATH => &["expires"],
        ep::org::EnterList::PATH => &["enterId"],
        ep::org::DevDelete::PATH => &["deviceId"],
        ep::data::RecordFileList::PATH => &["st", "et", "timeType", "fType", "lType"],
        ep::data::RecordFileUpdateLabel::PATH => &["id", "lType"],
        ep::data::SignedUrlRequest::PATH => &["id", "expires"],
        ep::data::AlarmList::PATH => &[
            "st",
            "et",
            "alarmType",
            "alarmStatus",
            "dealType",
            "dealStatus",
        ],
        ep::data::AlarmUpdateDeal::PATH => &["id", "dealType", "dealStatus"],
        ep::data::GpsList::PATH
        | ep::data::GpsListForLarge::PATH
        | ep::app::GeofenceAccessList::PATH => &["st", "et", "devId"],
        ep::data::GpsStatsList::PATH | ep::ext::DevOnlineList::PATH | ep::app::TaskList::PATH => {
            &["st", "et"]
        }
        ep::app::TaskUpdateStatus::PATH => &["id", "status"],
        ep::app::TaskUpdateDest::PATH => &["id", "destDevId"],
        ep::org::EnterDelete::PATH
        | ep::org::GroupDelete::PATH
        | ep::data::RecordFileDel::PATH
        | ep::data::AlarmUpdateDel::PATH
        | ep::app::DispatchGroupDelete::PATH
        | ep::app::GeofenceDelete::PATH
        | ep::app::TaskDelete::PATH
        | ep::ai::FaceDel::PATH
        | ep::ai::LicencePlateDel::PATH => &["id"],
        _ => &[],
    }
}

/// The top-level JSON body members each POST endpoint's table documents (GeofenceEdit
/// also takes `id`, which its table omits but an edit needs).
pub(super) fn documented_body(path: &str) -> Option<&'static [&'static str]> {
    const ENTER: &[&str] = &[
        "enterName",
        "parentId",
        "contact",
        "telephone",
        "address",
        "remark",
        "enterLoginName",
        "enterPassword",
    ];
    const DEVICE: &[&str] = &[
        "deviceId",
        "serialNumber",
        "deviceName",
        "deviceType",
        "password",
        "sim",
        "enterId",
        "groupId",
        "icoType",
        "remark",
        "enableTcp",
        "serverCode",
        "props",
    ];
    const FENCE: &[&str] = &[
        "name",
        "type",
        "inOrOut",
        "startTime",
        "endTime",
        "pointList",
        "devList",
    ];
    Some(match path {
        ep::org::EnterAdd::PATH => ENTER,
        ep::org::EnterEdit::PATH => &[
            "id",
            "enterName",
            "parentId",
            "contact",
            "telephone",
            "address",
            "remark",
            "enterLoginName",
            "enterPassword",
        ],
        ep::org::GroupAdd::PATH => &[
            "groupName",
            "groupType",
            "pGroupId",
            "enterId",
            "gB28181Props",
        ],
        ep::org::GroupEdit::PATH => &[
            "id",
            "groupName",
            "groupType",
            "pGroupId",
            "enterId",
            "gB28181Props",
        ],
        ep::org::DevAdd::PATH | ep::org::DevEdit::PATH => DEVICE,
        ep::org::DevChnUpdate::PATH => &["deviceId", "deviceChennelList"],
        ep::app::DispatchGroupAdd::PATH => &["groupType", "groupName"],
        ep::app::DispatchGroupEdit::PATH => &["id", "groupName"],
        ep::app::DispatchGroupDeviceUpdate::PATH => &["id", "deviceList"],
        ep::app::GeofenceAdd::PATH => FENCE,
        ep::app::GeofenceEdit::PATH => &[
            "id",
            "name",
            "inOrOut",
            "startTime",
            "endTime",
            "pointList",
            "devList",
        ],
        ep::app::TaskAdd::PATH => &["workNo", "title", "taskType", "remark", "custome"],
        ep::app::TaskUpdate::PATH => &["id", "workNo", "title", "taskType", "remark", "custome"],
        ep::ai::FaceAdd::PATH => &["name", "IdCard", "imgUrl", "sex", "age", "remark"],
        ep::ai::LicencePlateAdd::PATH => &["licensePlate", "licenseColor", "name", "remark"],
        ep::ai::FaceRecognize::PATH | ep::ai::DetectFace::PATH | ep::ai::FaceQuality::PATH => {
            &["Image", "FaceType"]
        }
        ep::ai::FaceLoginByImg::PATH => &["Image", "FaceType", "DevId"],
        _ => return None,
    })
}

/// What is wrong with a request's members, if anything: an undocumented member of a
/// POST body, a missing or empty required query member, a query member the seed does
/// not document for `path` (POST endpoints take none: their members go in the body),
/// or a TaskList time not in the table's `yyyy-MM-dd HH:mm:ss` format.
pub(super) fn bad_member(path: &str, req: &Request) -> Option<String> {
    let allowed: &[&str] = if req.method == wiremock::http::Method::GET {
        documented_query(path)?
    } else {
        if let (Some(members), Ok(Value::Object(body))) = (
            documented_body(path),
            serde_json::from_slice::<Value>(&req.body),
        ) {
            if let Some(k) = body.keys().find(|k| !members.contains(&k.as_str())) {
                return Some(format!("未定义的参数 {k}"));
            }
        }
        &[]
    };
    for k in required_query(path) {
        if !req.url.query_pairs().any(|(q, v)| q == *k && !v.is_empty()) {
            return Some(format!("{k} (必填)"));
        }
    }
    for (k, v) in req.url.query_pairs() {
        if !allowed.contains(&k.as_ref()) {
            return Some(format!("未定义的参数 {k}"));
        }
        if path == ep::app::TaskList::PATH
            && (k == "st" || k == "et")
            && NaiveDateTime::parse_from_str(&v, DATETIME_FORMAT).is_err()
        {
            return Some(format!("{k}={v} (格式 yyyy-MM-dd HH:mm:ss)"));
        }
    }
    None
}
