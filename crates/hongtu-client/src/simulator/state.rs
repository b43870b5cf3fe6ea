//! The simulator's stateful endpoints: persons, groups, devices, the subscription and
//! uploaded images.

use std::collections::{HashMap, HashSet};

use client_core::Endpoint;
use serde_json::{json, Map, Value};

use crate::api;
use crate::upload::Upload;

use super::envelope;
use super::error_envelope;
use super::multipart::Part;

pub(crate) struct Subscription {
    pub app_key: String,
    pub push_url: String,
    pub busi_types: Vec<i64>,
}

pub(crate) struct State {
    persons: Vec<Value>,
    groups: Vec<Value>,
    members: HashMap<String, Vec<String>>,
    devices: Vec<Value>,
    images: HashSet<String>,
    pub lists: HashMap<String, Vec<Value>>,
    pub subscription: Option<Subscription>,
    /// 一脸通配置 (`/v1/api/sys/config/*AFaceConfig`): the callback URLs and switches.
    /// Starts as the documented example's answer.
    pub aface: Value,
    /// Whether the configuration was saved through the API (the example's placeholder
    /// URLs are never called).
    pub aface_saved: bool,
}

fn aface_defaults() -> Value {
    json!({
        "attendanceRecordCallbackUrl": "",
        "healthKitSwitch": 0,
        "identifyRecordCallbackUrl": "",
        "maskAlertSwitch": 0,
        "temperatureSwitch": 0
    })
}

/// The default groups' uuids (the employee one is the seed's example uuid).
const DEFAULT_GROUPS: [(&str, &str, i64); 3] = [
    ("976055aae31445c5a583ebc1a53c7514", "员工默认组", 1),
    ("a1c3e2f0b8d94a4c9d6e7f8a9b0c1d2e", "访客默认组", 2),
    ("b2d4f3e1c9ea4b5dae7f8091a2b3c4d5", "重点人员默认组", 3),
];

fn int(v: Option<&Value>) -> Option<i64> {
    match v? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn new_uuid() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

fn ok(data: Option<Value>) -> Option<Value> {
    Some(envelope(0, "成功", data))
}

fn err(code: i64) -> Option<Value> {
    Some(error_envelope(code))
}

/// Pages `items` by `pageNum` (or `currPage`) and `pageSize`.
fn page(items: Vec<Value>, body: &Value, default_size: i64) -> Option<Value> {
    let curr = body.get("currPage").is_some();
    let num = int(body.get("pageNum"))
        .or_else(|| int(body.get("currPage")))
        .unwrap_or(1);
    let size = int(body.get("pageSize")).unwrap_or(if curr { 10 } else { default_size });
    if num < 1 || size < 1 {
        return err(100003);
    }
    let total = items.len();
    let start = usize::try_from((num - 1).saturating_mul(size)).unwrap_or(usize::MAX);
    let list: Vec<Value> = items
        .into_iter()
        .skip(start)
        .take(usize::try_from(size).unwrap_or(0))
        .collect();
    ok(Some(
        json!({"pageNum": num, "pageSize": size, "total": total, "list": list}),
    ))
}

fn contains(item: &Value, key: &str, needle: Option<&Value>) -> bool {
    match needle.and_then(|n| n.as_str()).filter(|n| !n.is_empty()) {
        None => true,
        Some(n) => item
            .get(key)
            .and_then(Value::as_str)
            .is_some_and(|v| v.contains(n)),
    }
}

fn equals(item: &Value, key: &str, needle: Option<&Value>) -> bool {
    match int(needle) {
        None => true,
        Some(n) => int(item.get(key)) == Some(n),
    }
}

impl State {
    pub fn new() -> Self {
        let mut s = Self {
            persons: Vec::new(),
            groups: Vec::new(),
            members: HashMap::new(),
            devices: Vec::new(),
            images: HashSet::new(),
            lists: HashMap::new(),
            subscription: None,
            aface: aface_defaults(),
            aface_saved: false,
        };
        for (uuid, name, t) in DEFAULT_GROUPS {
            s.groups
                .push(json!({"uuid": uuid, "name": name, "type": t, "isAll": 0}));
            s.members.insert(uuid.to_owned(), Vec::new());
        }
        s
    }

    /// Handles a JSON endpoint; `None` means "not simulated statefully".
    pub fn handle(
        &mut self,
        path: &str,
        body: &Value,
        base_url: &str,
        app_key: &str,
    ) -> Option<Value> {
        if let Some(items) = self.lists.get(path) {
            return page(items.clone(), body, 20);
        }
        match path {
            api::person::BatchAddPersons::PATH => self.person_batch_add(body, base_url),
            api::person::BatchDeletePersons::PATH => self.person_batch_delete(body),
            api::person::UpdatePerson::PATH => self.person_update(body, base_url),
            api::person::PersonList::PATH => {
                let items = self
                    .persons
                    .iter()
                    .filter(|p| equals(p, "type", body.get("type")))
                    .filter(|p| contains(p, "name", body.get("name")))
                    .filter(|p| contains(p, "phone", body.get("phone")))
                    .filter(|p| contains(p, "code", body.get("code")))
                    .filter(|p| contains(p, "orgUuid", body.get("orgUuid")))
                    .cloned()
                    .collect();
                page(items, body, 20)
            }
            api::person::PersonsByUuid::PATH => {
                let wanted: Vec<String> = body
                    .get("uuidList")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(|v| text(Some(v))).collect())
                    .unwrap_or_default();
                let found: Vec<Value> = self
                    .persons
                    .iter()
                    .filter(|p| wanted.iter().any(|u| p["uuid"] == *u))
                    .cloned()
                    .collect();
                ok(Some(Value::Array(found)))
            }
            api::person::PersonQuery::PATH => {
                let uuid = text(body.get("uuid")).unwrap_or_default();
                match self.persons.iter().find(|p| p["uuid"] == uuid) {
                    Some(p) => ok(Some(p.clone())),
                    None => err(101012),
                }
            }
            api::group::BatchAddGroups::PATH => self.group_batch_add(body),
            api::group::DeleteGroup::PATH => {
                let uuid = text(body.get("uuid")).unwrap_or_default();
                if DEFAULT_GROUPS.iter().any(|g| g.0 == uuid) {
                    return err(103123);
                }
                let before = self.groups.len();
                self.groups.retain(|g| g["uuid"] != uuid);
                if self.groups.len() == before {
                    return err(103126);
                }
                self.members.remove(&uuid);
                ok(None)
            }
            api::group::UpdateGroup::PATH => {
                let uuid = text(body.get("uuid")).unwrap_or_default();
                let name = text(body.get("name")).unwrap_or_default();
                if DEFAULT_GROUPS.iter().any(|g| g.0 == uuid) {
                    return err(103125);
                }
                if self
                    .groups
                    .iter()
                    .any(|g| g["name"] == name && g["uuid"] != uuid)
                {
                    return err(103124);
                }
                match self.groups.iter_mut().find(|g| g["uuid"] == uuid) {
                    Some(g) => {
                        g["name"] = Value::String(name);
                        ok(None)
                    }
                    None => err(103126),
                }
            }
            api::group::GroupList::PATH => {
                let items = self
                    .groups
                    .iter()
                    .filter(|g| equals(g, "type", body.get("type")))
                    .filter(|g| contains(g, "name", body.get("name")))
                    .map(|g| self.with_total(g))
                    .collect();
                page(items, body, 20)
            }
            api::group::GroupQuery::PATH => {
                let uuid = text(body.get("uuid")).unwrap_or_default();
                match self.groups.iter().find(|g| g["uuid"] == uuid) {
                    Some(g) => ok(Some(self.with_total(g))),
                    None => err(103126),
                }
            }
            api::group::DefaultGroup::PATH => {
                let t = int(body.get("type")).unwrap_or(1);
                let uuid = DEFAULT_GROUPS.iter().find(|g| g.2 == t).map(|g| g.0)?;
                let g = self.groups.iter().find(|g| g["uuid"] == uuid)?;
                ok(Some(self.with_total(g)))
            }
            api::group::RemoveGroupPersons::PATH => {
                let group = text(body.get("groupUuid")).unwrap_or_default();
                let remove: Vec<String> = body
                    .get("personUuids")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(|v| text(Some(v))).collect())
                    .unwrap_or_default();
                match self.members.get_mut(&group) {
                    Some(m) => {
                        m.retain(|p| !remove.contains(p));
                        self.refresh_person_groups();
                        ok(None)
                    }
                    None => err(103126),
                }
            }
            api::group::SetGroupPersons::PATH => {
                let group = text(body.get("groupUuid")).unwrap_or_default();
                let set: Vec<String> = body
                    .get("personUuids")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(|v| text(Some(v))).collect())
                    .unwrap_or_default();
                match self.members.get_mut(&group) {
                    Some(m) => {
                        *m = set;
                        self.refresh_person_groups();
                        ok(None)
                    }
                    None => err(103126),
                }
            }
            api::group::GroupPersons::PATH => {
                let group = text(body.get("uuid")).unwrap_or_default();
                let Some(members) = self.members.get(&group) else {
                    return err(103126);
                };
                let items = members
                    .iter()
                    .filter_map(|u| self.persons.iter().find(|p| p["uuid"] == *u))
                    .filter(|p| contains(p, "name", body.get("name")))
                    .filter(|p| contains(p, "code", body.get("personCode")))
                    .map(|p| {
                        let mut m = json!({"groupUuid": group, "personUuid": p["uuid"], "personName": p["name"], "type": p["type"]});
                        for (from, to) in [("imageUri", "imageUri"), ("code", "personCode"), ("phone", "phone"), ("identifyNum", "identifyNum"), ("visitReason", "visitReason")] {
                            if let Some(v) = p.get(from) {
                                m[to] = v.clone();
                            }
                        }
                        m
                    })
                    .collect();
                page(items, body, 20)
            }
            api::device::AddDevice::PATH => self.device_add(body),
            api::device::UpdateDevice::PATH => {
                let uuid = text(body.get("uuid")).unwrap_or_default();
                let Some(d) = self.devices.iter_mut().find(|d| d["uuid"] == uuid) else {
                    return err(102113);
                };
                if let (Some(obj), Some(src)) = (d.as_object_mut(), body.as_object()) {
                    for (k, v) in src {
                        if k != "userPassword" {
                            obj.insert(k.clone(), v.clone());
                        }
                    }
                }
                ok(None)
            }
            api::device::DeleteDevice::PATH => {
                let uuid = text(body.get("uuid")).unwrap_or_default();
                let before = self.devices.len();
                self.devices.retain(|d| d["uuid"] != uuid);
                if before == self.devices.len() {
                    return err(102113);
                }
                ok(None)
            }
            api::device::ListDevices::PATH => {
                let items = self
                    .devices
                    .iter()
                    .filter(|d| equals(d, "deviceType", body.get("deviceType")))
                    .filter(|d| contains(d, "name", body.get("name")))
                    .cloned()
                    .collect();
                page(items, body, 20)
            }
            api::sys_config::QueryOneFacePassConfig::PATH => ok(Some(self.aface.clone())),
            api::sys_config::ResetOneFacePassConfig::PATH => {
                self.aface = aface_defaults();
                self.aface_saved = false;
                ok(Some(self.aface.clone()))
            }
            api::sys_config::SaveOneFacePassConfig::PATH => {
                let (Some(cfg), Some(src)) = (self.aface.as_object_mut(), body.as_object()) else {
                    return err(100003);
                };
                for (k, v) in src {
                    cfg.insert(k.clone(), v.clone());
                }
                self.aface_saved = true;
                ok(Some(self.aface.clone()))
            }
            api::subscription::Subscribe::PATH => {
                let Some(push_url) = text(body.get("pushUrl")).filter(|u| u.starts_with("http"))
                else {
                    return err(100003);
                };
                let busi_types: Vec<i64> = body
                    .get("busiTypes")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(|v| int(Some(v))).collect())
                    .unwrap_or_default();
                if busi_types.is_empty() {
                    return err(100003);
                }
                self.subscription = Some(Subscription {
                    app_key: text(body.get("appKey")).unwrap_or_else(|| app_key.to_owned()),
                    push_url,
                    busi_types,
                });
                ok(None)
            }
            api::subscription::QuerySubscription::PATH => match &self.subscription {
                Some(s) => ok(Some(
                    json!({"appKey": s.app_key, "pushUrl": s.push_url, "busiTypes": s.busi_types}),
                )),
                None => ok(None),
            },
            api::subscription::Unsubscribe::PATH => {
                self.subscription = None;
                ok(None)
            }
            _ => None,
        }
    }

    fn with_total(&self, g: &Value) -> Value {
        let mut g = g.clone();
        let n = g["uuid"]
            .as_str()
            .and_then(|u| self.members.get(u))
            .map_or(0, Vec::len);
        g["personTotal"] = json!(n);
        g
    }

    fn refresh_person_groups(&mut self) {
        for p in &mut self.persons {
            let uuid = p["uuid"].as_str().unwrap_or_default().to_owned();
            let list: Vec<Value> = self
                .groups
                .iter()
                .filter(|g| {
                    g["uuid"]
                        .as_str()
                        .and_then(|u| self.members.get(u))
                        .is_some_and(|m| m.contains(&uuid))
                })
                .map(|g| json!({"uuid": g["uuid"], "name": g["name"]}))
                .collect();
            p["groupList"] = Value::Array(list);
        }
    }

    /// Converts a person input (batchAdd/update member names) into the stored
    /// list/detail shape, merging into `into`.
    fn apply_person(into: &mut Map<String, Value>, src: &Map<String, Value>, base_url: &str) {
        for (k, v) in src {
            let key = match k.as_str() {
                "visitStartTimeStamp" => "visitStartTime",
                "visitEndTimeStamp" => "visitEndTime",
                "entryTimeStamp" => "entryTime",
                "birthdayStamp" => "birthday",
                "groupList" => continue,
                other => other,
            };
            let value = if key == "imageUri" {
                match v.as_str() {
                    Some(u) if !u.starts_with("http") => {
                        Value::String(format!("{base_url}/pub/{u}"))
                    }
                    _ => v.clone(),
                }
            } else {
                v.clone()
            };
            into.insert(key.to_owned(), value);
        }
    }

    fn person_batch_add(&mut self, body: &Value, base_url: &str) -> Option<Value> {
        let Some(list) = body.get("personList").and_then(Value::as_array) else {
            return err(100003);
        };
        let mut successes = Vec::new();
        let mut failures = Vec::new();
        for input in list {
            let Some(src) = input.as_object() else {
                continue;
            };
            let mut echo = src.clone();
            if let Some(code) = echo.remove("code") {
                echo.insert("staffCode".into(), code);
            }
            let fail = |mut echo: Map<String, Value>, code: i64| {
                echo.insert("code".into(), json!(code));
                let msg = crate::ErrorCode::from_code(code)
                    .description()
                    .unwrap_or("失败");
                echo.insert("msg".into(), json!(msg));
                Value::Object(echo)
            };
            let name_ok = src
                .get("name")
                .and_then(Value::as_str)
                .is_some_and(|n| !n.is_empty());
            let ptype = int(src.get("type"));
            if !name_ok || !matches!(ptype, Some(1..=3)) {
                failures.push(fail(echo, 100003));
                continue;
            }
            let uuid = text(src.get("uuid")).unwrap_or_else(new_uuid);
            if self.persons.iter().any(|p| p["uuid"] == uuid) {
                failures.push(fail(echo, 101099));
                continue;
            }
            if let Some(code) = src.get("code").and_then(Value::as_str) {
                if self.persons.iter().any(|p| p["code"] == code) {
                    failures.push(fail(echo, 101011));
                    continue;
                }
            }
            let mut person = Map::new();
            Self::apply_person(&mut person, src, base_url);
            person.insert("uuid".into(), json!(uuid));
            person.insert("isPassRecord".into(), json!(false));
            person.insert("isAttendanceRecord".into(), json!(false));
            self.persons.push(Value::Object(person));
            let mut groups: Vec<String> = src
                .get("groupList")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|v| text(Some(v))).collect())
                .unwrap_or_default();
            if groups.is_empty() {
                if let Some(g) = DEFAULT_GROUPS.iter().find(|g| Some(g.2) == ptype) {
                    groups.push(g.0.to_owned());
                }
            }
            for g in groups {
                if let Some(m) = self.members.get_mut(&g) {
                    m.push(uuid.clone());
                }
            }
            echo.insert("uuid".into(), json!(uuid));
            successes.push(Value::Object(echo));
        }
        self.refresh_person_groups();
        ok(Some(json!({"successes": successes, "failures": failures})))
    }

    fn person_batch_delete(&mut self, body: &Value) -> Option<Value> {
        let Some(list) = body.get("uuidList").and_then(Value::as_array) else {
            return err(100003);
        };
        let mut successes = Vec::new();
        let mut failures = Vec::new();
        for uuid in list.iter().filter_map(|v| text(Some(v))) {
            let before = self.persons.len();
            self.persons.retain(|p| p["uuid"] != uuid);
            if self.persons.len() < before {
                for m in self.members.values_mut() {
                    m.retain(|p| *p != uuid);
                }
                successes.push(json!({"uuid": uuid}));
            } else {
                failures.push(json!({"uuid": uuid, "code": 101012, "msg": "该人员不存在"}));
            }
        }
        ok(Some(json!({"successes": successes, "failures": failures})))
    }

    fn person_update(&mut self, body: &Value, base_url: &str) -> Option<Value> {
        let uuid = text(body.get("uuid")).unwrap_or_default();
        let src = body.as_object()?;
        let Some(p) = self.persons.iter_mut().find(|p| p["uuid"] == uuid) else {
            return err(101012);
        };
        if let Some(obj) = p.as_object_mut() {
            Self::apply_person(obj, src, base_url);
        }
        if let Some(groups) = src.get("groupList").and_then(Value::as_array) {
            let groups: Vec<String> = groups.iter().filter_map(|v| text(Some(v))).collect();
            for (g, m) in self.members.iter_mut() {
                m.retain(|p| *p != uuid);
                if groups.contains(g) {
                    m.push(uuid.clone());
                }
            }
            self.refresh_person_groups();
        }
        ok(None)
    }

    fn group_batch_add(&mut self, body: &Value) -> Option<Value> {
        let list = body
            .get("groupList")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut successes = Vec::new();
        let mut failures = Vec::new();
        for g in list {
            let name = text(g.get("name")).unwrap_or_default();
            let t = int(g.get("type"));
            let mut echo =
                json!({"name": name, "type": g.get("type").cloned().unwrap_or(Value::Null)});
            let n = name.chars().count();
            let code = if !(2..=32).contains(&n) || !matches!(t, Some(1..=3)) {
                Some(103134)
            } else if self.groups.iter().any(|x| x["name"] == name) {
                Some(103124)
            } else {
                None
            };
            let uuid = text(g.get("uuid")).unwrap_or_else(new_uuid);
            let code = code.or_else(|| {
                self.groups
                    .iter()
                    .any(|x| x["uuid"] == uuid)
                    .then_some(103150)
            });
            if let Some(code) = code {
                echo["code"] = json!(code);
                echo["msg"] = json!(crate::ErrorCode::from_code(code)
                    .description()
                    .unwrap_or("失败"));
                failures.push(echo);
                continue;
            }
            let stored = json!({"uuid": uuid, "name": name, "type": t, "isAll": 0});
            self.groups.push(stored.clone());
            self.members.insert(uuid, Vec::new());
            successes.push(stored);
        }
        ok(Some(json!({"successes": successes, "failures": failures})))
    }

    fn device_add(&mut self, body: &Value) -> Option<Value> {
        let Some(src) = body.as_object() else {
            return err(100003);
        };
        let mut echo = src.clone();
        echo.remove("userPassword");
        let name = text(src.get("name")).unwrap_or_default();
        let ip = text(src.get("ipAddress"));
        let code = if name.is_empty() || int(src.get("deviceType")).is_none() {
            Some(100003)
        } else if self.devices.iter().any(|d| d["name"] == name) {
            Some(102087)
        } else if ip
            .as_ref()
            .is_some_and(|ip| self.devices.iter().any(|d| d["ipAddress"] == *ip))
        {
            Some(102088)
        } else {
            None
        };
        if let Some(code) = code {
            echo.insert("code".into(), json!(code));
            echo.insert(
                "msg".into(),
                json!(crate::ErrorCode::from_code(code)
                    .description()
                    .unwrap_or("失败")),
            );
            return ok(Some(json!({"successes": [], "failures": [echo]})));
        }
        let uuid = new_uuid();
        let mut stored = echo.clone();
        stored.insert("uuid".into(), json!(uuid));
        stored.entry("deviceMode").or_insert(json!(1));
        stored.entry("ipAddress").or_insert(json!(""));
        stored.insert("status".into(), json!(3));
        self.devices.push(Value::Object(stored));
        echo.insert("uuid".into(), json!(uuid));
        ok(Some(json!({"successes": [echo], "failures": []})))
    }

    /// Handles a multipart upload.
    pub fn upload(&mut self, path: &str, parts: &[Part]) -> Option<Value> {
        let image = match path {
            api::person::UploadImage::PATH
            | api::person::UploadConfigImage::PATH
            | api::person::QualityJudge::PATH => true,
            api::misc::FileUpload::PATH => match parts.iter().find(|p| p.name == "type") {
                Some(p) => match String::from_utf8_lossy(&p.data).trim() {
                    "1" => false,
                    "2" => true,
                    _ => return err(100003),
                },
                None => return err(100003),
            },
            _ => return None,
        };
        let Some(file) = parts.iter().find(|p| p.name == "file") else {
            return err(101040);
        };
        if file.data.len() > crate::upload::MAX_IMAGE_BYTES {
            return err(101082);
        }
        if image {
            let magic_ok = file.data.starts_with(&[0xff, 0xd8])
                || file.data.starts_with(b"\x89PNG")
                || file.data.starts_with(b"BM");
            let name_ok = file.file_name.as_deref().is_some_and(|n| {
                let n = n.to_ascii_lowercase();
                [".jpg", ".jpeg", ".bmp", ".png"]
                    .iter()
                    .any(|e| n.ends_with(e))
            });
            if !magic_ok || !name_ok {
                return err(101066);
            }
        }
        if path == api::person::QualityJudge::PATH {
            return ok(None);
        }
        let uri = format!("_ZzEwMF9mb3JldmVyQnVja2V0_{}", new_uuid());
        self.images.insert(uri.clone());
        ok(Some(json!({"uri": uri})))
    }
}
