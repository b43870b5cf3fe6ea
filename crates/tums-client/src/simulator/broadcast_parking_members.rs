//! The simulator's state for chapters 1.4.17 云广播 (broadcast tasks: add, edit,
//! delete, the three listings, task devices and audio, execute, progress), 1.4.18 云停车
//! (three seeded car yards; fixed, special and banned cars; barrier operations and their
//! records) and 1.4.21 成员权限 (members and their roles, three seeded roles) of the
//! 2026-08-31 edition. Every other endpoint of these chapters answers its documented
//! example.
//!
//! Bad input answers the platform's generic codes: -20107 非法参数 (a missing or
//! unknown id, a wrong type), -20106 参数值超出范围 (a value out of its range), -80329
//! for a `limit` out of range, -80108 用户不存在 for an unknown member.

use std::collections::BTreeMap;

use client_core::Endpoint;
use serde_json::{json, Value};

use super::{err, ok, Answer, AppType, State};
use crate::api::{broadcast as bc, member as mb, parking as pk};

/// One broadcast task.
#[derive(Debug, Clone)]
struct Task {
    id: u64,
    name: String,
    task_type: i64,
    region_id: Option<String>,
    volume: i64,
    loop_type: i64,
    loop_param: i64,
    status: i64,
    execute_point: Option<String>,
    week_day: Option<String>,
    permanent: bool,
    start_date: Option<String>,
    end_date: Option<String>,
    /// (mapId, device json).
    devices: Vec<(u64, Value)>,
    audio: Vec<String>,
    running: bool,
}

/// One member.
#[derive(Debug, Clone)]
struct MemberRec {
    id: u64,
    username: String,
    region_id: String,
    profile: serde_json::Map<String, Value>,
    /// role id → expiry.
    roles: BTreeMap<String, Option<i64>>,
    create_time: i64,
}

/// The chapters' state.
#[derive(Debug)]
pub(crate) struct BroadcastParkingMembers {
    tasks: BTreeMap<u64, Task>,
    next_id: u64,
    uuids: BTreeMap<String, i64>,
    fixed_cars: Vec<Value>,
    special_cars: Vec<Value>,
    banned: Vec<Value>,
    manual: Vec<Value>,
    members: BTreeMap<u64, MemberRec>,
}

impl Default for BroadcastParkingMembers {
    fn default() -> Self {
        Self {
            tasks: BTreeMap::new(),
            next_id: 100,
            uuids: BTreeMap::new(),
            fixed_cars: Vec::new(),
            special_cars: Vec::new(),
            banned: Vec::new(),
            manual: Vec::new(),
            members: BTreeMap::new(),
        }
    }
}

/// Seeded car yards: "1" an outer yard with inner yard "2", "3" a standalone yard.
fn yards() -> Vec<Value> {
    let inner = json!({"carYardId":"2","parentId":"1","carYardName":"内场 1","carYardType":2,
        "entranceCount":1,"exportCount":1,"totalParkingSpace":50,"addressSwitch":0,"selfRecharge":1});
    vec![
        json!({"carYardId":"1","carYardName":"车场 1","carYardType":1,"entranceCount":1,"exportCount":1,
            "totalParkingSpace":100,"addressSwitch":0,"selfRecharge":1,"expand":[inner]}),
        json!({"carYardId":"3","carYardName":"车场 3","carYardType":0,"entranceCount":2,"exportCount":2,
            "totalParkingSpace":300,"addressSwitch":0,"selfRecharge":0}),
    ]
}

const YARD_IDS: [&str; 3] = ["1", "2", "3"];

/// Seeded roles: (id, name, roleType, modelRoleTag, description).
const ROLES: [(&str, &str, i64, i64, &str); 3] = [
    ("1", "超级管理员", 1, 0, "拥有所有权限"),
    ("2", "区域管理员", 1, 1, "管理指定分组"),
    ("3", "值班员", 0, 0, "自定义角色"),
];

fn s(params: &Value, name: &str) -> Option<String> {
    match params.get(name) {
        Some(Value::String(v)) => Some(v.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

fn req_s(params: &Value, name: &str) -> Result<String, i64> {
    s(params, name)
        .filter(|v| !v.trim().is_empty())
        .ok_or(-20107)
}

fn i(params: &Value, name: &str) -> Option<i64> {
    match params.get(name) {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(v)) => v.trim().parse().ok(),
        _ => None,
    }
}

/// Optional `start`/`limit` (defaults 0 and 10), `limit` within `1..=max`.
fn opt_page(params: &Value, max: i64) -> Result<(usize, usize), i64> {
    let start = match params.get("start") {
        None | Some(Value::Null) => 0,
        Some(v) => v.as_i64().filter(|s| *s >= 0).ok_or(-80328)?,
    };
    let limit = match params.get("limit") {
        None | Some(Value::Null) => 10,
        Some(v) => v.as_i64().filter(|l| (1..=max).contains(l)).ok_or(-80329)?,
    };
    Ok((
        usize::try_from(start).unwrap_or(usize::MAX),
        usize::try_from(limit).unwrap_or(1),
    ))
}

fn page(items: Vec<Value>, params: &Value, max: i64) -> Answer {
    match opt_page(params, max) {
        Err(c) => err(c),
        Ok((start, limit)) => {
            let total = items.len();
            let list: Vec<Value> = items.into_iter().skip(start).take(limit).collect();
            ok(json!({"total": total, "list": list}))
        }
    }
}

fn like(params: &Value, filter: &str, key: &str, value: &str) -> bool {
    match params
        .get(filter)
        .and_then(|f| f.get(key))
        .and_then(Value::as_str)
    {
        Some(needle) => value.contains(needle),
        None => true,
    }
}

fn uuid(st: &mut State, status: i64) -> String {
    let u = client_core::uuid_nonce();
    let map = &mut st.bpm.uuids;
    if map.len() >= 10_000 {
        map.clear();
    }
    map.insert(u.clone(), status);
    u
}

/// Routes the chapters' stateful endpoints; `None` for anything else.
pub(crate) fn handle(st: &mut State, path: &str, params: &Value) -> Option<Answer> {
    let project_only = path.starts_with("/tums/open/broadcast")
        || path.starts_with("/tums/open/account/")
        || path.starts_with("/vms/open/parking")
        || path.starts_with("/vms/open/carManager/");
    if project_only && st.app_type != AppType::Project {
        return Some(err(-88312));
    }
    let answer = match path {
        p if p == bc::AddTask::PATH => add_task(st, params),
        p if p == bc::EditTask::PATH => edit_task(st, params),
        p if p == bc::DeleteTask::PATH => delete_task(st, params),
        p if p == bc::GetImmediateTaskByPage::PATH => list_tasks(st, params, 0),
        p if p == bc::GetTimedTaskByPage::PATH => list_tasks(st, params, 1),
        p if p == bc::GetSpeakTaskByPage::PATH => list_tasks(st, params, 3),
        p if p == bc::AddDevForTask::PATH => add_devs(st, params),
        p if p == bc::DeleteDevForTask::PATH => delete_devs(st, params),
        p if p == bc::GetTaskDevsByPage::PATH => task_devs(st, params),
        p if p == bc::SetTaskAudioList::PATH => set_audio(st, params),
        p if p == bc::GetTaskAudioList::PATH => get_audio(st, params),
        p if p == bc::ExecuteTask::PATH => execute(st, params),
        p if p == bc::GetExecuteProgress::PATH => progress(st, params),
        p if p == pk::GetCarYardList::PATH => {
            let items = yards()
                .into_iter()
                .filter(|y| {
                    like(
                        params,
                        "filterOr",
                        "nameLike",
                        y["carYardName"].as_str().unwrap_or_default(),
                    )
                })
                .collect();
            page(items, params, 100)
        }
        p if p == pk::GetCarYardInfo::PATH => match s(params, "carYardId") {
            Some(id) if YARD_IDS.contains(&id.as_str()) => ok(json!({
                "carYardId": id, "carYardName": format!("车场 {id}"), "totalParkingSpace": 100,
                "allowTmpCar": 1, "releaseMode": 1, "exitTimeLimit": 15, "preventDoubleEntry": 1,
                "outMode": 0, "outModeFixFee": 0})),
            _ => err(-20107),
        },
        p if p == pk::AddCarInfo::PATH => add_fixed_car(st, params),
        p if p == pk::FindCarInfoList::PATH => {
            let Some(yard) = params.get("filterAnd").and_then(|f| s(f, "yardId")) else {
                return Some(err(-20107));
            };
            let items = st
                .bpm
                .fixed_cars
                .iter()
                .filter(|c| c["yardId"] == yard.as_str())
                .filter(|c| {
                    like(
                        params,
                        "filterOr",
                        "plateNumber",
                        c["plateNumber"].as_str().unwrap_or_default(),
                    )
                })
                .cloned()
                .collect();
            page(items, params, 100)
        }
        p if p == pk::AddSingleSpecialCar::PATH => add_special_car(st, params),
        p if p == pk::FindSpecialCarList::PATH => {
            let items = st
                .bpm
                .special_cars
                .iter()
                .filter(|c| {
                    like(
                        params,
                        "filterOr",
                        "plateNumber",
                        c["plateNumber"].as_str().unwrap_or_default(),
                    )
                })
                .cloned()
                .collect();
            page(items, params, 100)
        }
        p if p == pk::AddBanRules::PATH => add_ban(st, params),
        p if p == pk::GetBanRuleList::PATH => {
            let items = st
                .bpm
                .banned
                .iter()
                .filter(|c| {
                    like(
                        params,
                        "filterOr",
                        "plateNumber",
                        c["plateNumber"].as_str().unwrap_or_default(),
                    )
                })
                .cloned()
                .collect();
            page(items, params, 100)
        }
        p if p == pk::GateControl::PATH => gate_control(st, params),
        p if p == pk::FindAllManualRecord::PATH => page(st.bpm.manual.clone(), params, 100),
        p if p == mb::CustomCreateAccount::PATH => create_member(st, params),
        p if p == mb::DeleteUser::PATH => delete_members(st, params),
        p if p == mb::EditUser::PATH => edit_member(st, params),
        p if p == mb::QueryUserList::PATH => list_members(st, params),
        p if p == mb::QueryUserRoleList::PATH => member_roles(st, params),
        p if p == mb::EditUserRole::PATH => edit_member_roles(st, params),
        p if p == mb::QueryRoleList::PATH => {
            let tag = params.get("filterAnd").and_then(|f| i(f, "modelRoleTag"));
            let items = ROLES
                .iter()
                .filter(|r| tag.is_none_or(|t| t == r.3))
                .filter(|r| like(params, "filterOr", "roleNameLike", r.1))
                .map(|r| json!({"roleId": r.0, "roleName": r.1, "roleType": r.2, "modelRoleTag": r.3, "description": r.4}))
                .collect();
            page(items, params, 1000)
        }
        _ => return None,
    };
    Some(answer)
}

// ---------------------------------------------------------------------------------
// broadcast

fn add_task(st: &mut State, params: &Value) -> Answer {
    let Ok(name) = req_s(params, "name") else {
        return err(-20107);
    };
    let task_type = match i(params, "taskType") {
        Some(t @ (0 | 1 | 3)) => t,
        _ => return err(-20107),
    };
    if st.bpm.tasks.values().any(|t| t.name == name) {
        return err(-20107);
    }
    if st.bpm.tasks.len() >= 10_000 {
        return err(-20106);
    }
    let id = st.bpm.next_id;
    st.bpm.next_id += 1;
    st.bpm.tasks.insert(
        id,
        Task {
            id,
            name,
            task_type,
            region_id: s(params, "regionId"),
            volume: 100,
            loop_type: 1,
            loop_param: 600,
            status: 1,
            execute_point: None,
            week_day: None,
            permanent: true,
            start_date: None,
            end_date: None,
            devices: Vec::new(),
            audio: Vec::new(),
            running: false,
        },
    );
    ok(json!({"taskId": id.to_string()}))
}

fn task_id(params: &Value, name: &str) -> Option<u64> {
    s(params, name).and_then(|v| v.trim().parse().ok())
}

fn edit_task(st: &mut State, params: &Value) -> Answer {
    let Some(id) = task_id(params, "taskId") else {
        return err(-20107);
    };
    let name = s(params, "taskName");
    if let Some(n) = &name {
        if n.trim().is_empty() || st.bpm.tasks.values().any(|t| t.id != id && &t.name == n) {
            return err(-20107);
        }
    }
    let Some(task) = st.bpm.tasks.get_mut(&id) else {
        return err(-20107);
    };
    if let Some(v) = i(params, "volume") {
        if !(0..=100).contains(&v) {
            return err(-20106);
        }
        task.volume = v;
    }
    if let Some(n) = name {
        task.name = n;
    }
    if let Some(v) = i(params, "loopType") {
        task.loop_type = v;
    }
    if let Some(v) = i(params, "loopTypeParam") {
        task.loop_param = v;
    }
    if let Some(v) = i(params, "status") {
        task.status = v;
    }
    if let Some(v) = s(params, "executePoint") {
        task.execute_point = Some(v);
    }
    if let Some(v) = s(params, "executeWeekDay") {
        task.week_day = Some(v);
    }
    if let Some(v) = params.get("permanent").and_then(Value::as_bool) {
        task.permanent = v;
    }
    if let Some(v) = s(params, "startDate") {
        task.start_date = Some(v);
    }
    if let Some(v) = s(params, "endDate") {
        task.end_date = Some(v);
    }
    ok(Value::Null)
}

fn delete_task(st: &mut State, params: &Value) -> Answer {
    let Some(ids) = params.get("taskIdList").and_then(Value::as_array) else {
        return err(-20107);
    };
    if ids.is_empty() || ids.len() > 100 {
        return err(-20106);
    }
    let task_type = i(params, "taskType");
    let mut fails = Vec::new();
    for v in ids {
        let id = v.as_str().and_then(|s| s.parse::<u64>().ok());
        match id.and_then(|id| st.bpm.tasks.get(&id)) {
            Some(t) if Some(t.task_type) == task_type => {
                let id = t.id;
                st.bpm.tasks.remove(&id);
            }
            _ => fails.push(json!({"taskId": v, "error_code": -20107})),
        }
    }
    let u = uuid(st, 0);
    if fails.is_empty() {
        ok(json!({"uuid": u}))
    } else {
        ok(json!({"uuid": u, "failList": fails}))
    }
}

fn task_json(t: &Task) -> Value {
    let mut v = json!({
        "taskId": t.id.to_string(), "taskName": t.name, "volume": t.volume,
        "devNum": t.devices.len(), "devListStatus": 0,
        "status": if t.task_type == 1 { t.status } else { i64::from(t.running) },
        "lastExecuteTime": 0,
    });
    let o = v.as_object_mut().expect("object");
    if let Some(r) = &t.region_id {
        o.insert("regionId".into(), json!(r));
        o.insert("regionName".into(), json!("默认分组"));
    }
    if t.task_type == 3 {
        o.insert("devAudioConfig".into(), json!(0));
    } else {
        o.insert("audioNum".into(), json!(t.audio.len()));
        o.insert("audioListStatus".into(), json!(0));
        o.insert("loopType".into(), json!(t.loop_type));
        o.insert("loopTypeParam".into(), json!(t.loop_param));
        o.insert("devAutoConfig".into(), json!(0));
    }
    if t.task_type == 1 {
        o.insert("permanent".into(), json!(t.permanent));
        o.insert("priority".into(), json!(1));
        for (k, val) in [
            ("executePoint", &t.execute_point),
            ("executeWeekDay", &t.week_day),
            ("startDate", &t.start_date),
            ("endDate", &t.end_date),
        ] {
            if let Some(x) = val {
                o.insert(k.into(), json!(x));
            }
        }
    }
    v
}

fn list_tasks(st: &State, params: &Value, task_type: i64) -> Answer {
    let region = params.get("filterAnd").and_then(|f| s(f, "regionId"));
    let status = params.get("filterAnd").and_then(|f| i(f, "status"));
    let items = st
        .bpm
        .tasks
        .values()
        .filter(|t| t.task_type == task_type)
        .filter(|t| region.is_none() || t.region_id == region)
        .filter(|t| like(params, "filterOr", "taskNameLike", &t.name))
        .map(task_json)
        .filter(|v| status.is_none_or(|s| v["status"] == s))
        .collect();
    page(items, params, 1000)
}

fn dev_list(params: &Value) -> Result<Vec<Value>, i64> {
    let list = params
        .get("devList")
        .and_then(Value::as_array)
        .ok_or(-20107)?;
    if list.is_empty() || list.len() > 100 {
        return Err(-20106);
    }
    let mut out = Vec::new();
    for d in list {
        let qr = s(d, "qrCode");
        let mac = s(d, "mac");
        if qr.is_none() && mac.is_none() {
            return Err(-20107);
        }
        let mut info = serde_json::Map::new();
        if let Some(q) = qr {
            info.insert("qrCode".into(), json!(q));
        }
        if let Some(m) = mac {
            info.insert("mac".into(), json!(m));
        }
        out.push(Value::Object(info));
    }
    Ok(out)
}

fn add_devs(st: &mut State, params: &Value) -> Answer {
    let devs = match dev_list(params) {
        Ok(d) => d,
        Err(c) => return err(c),
    };
    let Some(id) = task_id(params, "taskId") else {
        return err(-20107);
    };
    let mut next = st.bpm.next_id;
    let Some(task) = st.bpm.tasks.get_mut(&id) else {
        return err(-20107);
    };
    for d in devs {
        if !task.devices.iter().any(|(_, x)| *x == d) {
            task.devices.push((next, d));
            next += 1;
        }
    }
    st.bpm.next_id = next;
    ok(Value::Null)
}

fn delete_devs(st: &mut State, params: &Value) -> Answer {
    let Some(id) = task_id(params, "taskId") else {
        return err(-20107);
    };
    let Some(maps) = params.get("devTaskMapIdList").and_then(Value::as_array) else {
        return err(-20107);
    };
    if maps.is_empty() || maps.len() > 100 {
        return err(-20106);
    }
    let Some(task) = st.bpm.tasks.get_mut(&id) else {
        return err(-20107);
    };
    let maps: Vec<String> = maps
        .iter()
        .filter_map(|m| s(&json!({"m": m}), "m"))
        .collect();
    task.devices.retain(|(m, _)| !maps.contains(&m.to_string()));
    ok(Value::Null)
}

fn task_devs(st: &State, params: &Value) -> Answer {
    let Some(id) = params.get("filterAnd").and_then(|f| task_id(f, "taskId")) else {
        return err(-20107);
    };
    let Some(task) = st.bpm.tasks.get(&id) else {
        return err(-20107);
    };
    let items = task
        .devices
        .iter()
        .map(|(m, d)| json!({"mapId": m.to_string(), "devInfo": d, "devName": "音箱", "status": 0, "relateTimedTaskNumStatus": 0}))
        .collect();
    page(items, params, 1000)
}

fn set_audio(st: &mut State, params: &Value) -> Answer {
    let (Some(tasks), Some(audio)) = (
        params.get("taskList").and_then(Value::as_array),
        params.get("audioList").and_then(Value::as_array),
    ) else {
        return err(-20107);
    };
    if tasks.is_empty() || tasks.len() > 100 || audio.len() > 100 {
        return err(-20106);
    }
    let audio: Vec<String> = audio
        .iter()
        .filter_map(|a| s(&json!({"a": a}), "a"))
        .collect();
    for t in tasks {
        let id = t.as_str().and_then(|s| s.parse::<u64>().ok());
        match id.and_then(|id| st.bpm.tasks.get_mut(&id)) {
            Some(task) if task.task_type != 3 => task.audio.clone_from(&audio),
            _ => return err(-20107),
        }
    }
    let u = uuid(st, 0);
    ok(json!({"uuid": u}))
}

fn get_audio(st: &State, params: &Value) -> Answer {
    let Some(task) = task_id(params, "taskId").and_then(|id| st.bpm.tasks.get(&id)) else {
        return err(-20107);
    };
    let list: Vec<Value> = task
        .audio
        .iter()
        .enumerate()
        .map(|(n, a)| json!({"audioId": a, "mapId": (n + 1).to_string(), "audioName": format!("{a}.mp3"), "duration": 60, "size": 1024, "status": 0}))
        .collect();
    ok(json!({"totalSize": 1024 * list.len(), "audioListStatus": 0, "audioList": list}))
}

fn execute(st: &mut State, params: &Value) -> Answer {
    let Some(ids) = params.get("taskIdList").and_then(Value::as_array) else {
        return err(-20107);
    };
    let task_type = i(params, "taskType");
    let play = match i(params, "setStatus") {
        Some(0) => false,
        Some(1) => true,
        _ => return err(-20107),
    };
    match task_type {
        Some(0)
            if params
                .get("ignorePlaying")
                .and_then(Value::as_bool)
                .is_none() =>
        {
            return err(-20107)
        }
        Some(3) if s(params, "protocol").is_none() => return err(-20107),
        Some(0 | 3) => {}
        _ => return err(-20107),
    }
    let mut speak_id = None;
    for v in ids {
        let id = v.as_str().and_then(|s| s.parse::<u64>().ok());
        match id.and_then(|id| st.bpm.tasks.get_mut(&id)) {
            Some(t) if Some(t.task_type) == task_type => {
                t.running = play;
                speak_id = Some(t.id);
            }
            _ => return err(-20107),
        }
    }
    let u = uuid(st, 0);
    match (task_type, speak_id, play) {
        (Some(3), Some(id), true) => {
            let proto = s(params, "protocol").unwrap_or_default();
            ok(json!({"uuid": u, "taskId": id.to_string(),
                "pushUrl": format!("{proto}://sim.livepush.invalid/liveBroadcast/{id}")}))
        }
        _ => ok(json!({"uuid": u})),
    }
}

fn progress(st: &State, params: &Value) -> Answer {
    let Some(u) = s(params, "uuid") else {
        return err(-20107);
    };
    if !matches!(i(params, "batchType"), Some(1 | 3 | 4 | 6 | 7)) {
        return err(-20107);
    }
    // An unknown uuid is "pending or not processed" (-2), as 1.4.17.24 describes.
    let status = st.bpm.uuids.get(&u).copied().unwrap_or(-2);
    ok(json!({"status": status}))
}

// ---------------------------------------------------------------------------------
// parking

fn known_yard(id: &str) -> bool {
    YARD_IDS.contains(&id)
}

fn plate_param(params: &Value) -> Result<String, i64> {
    req_s(params, "plateNumber")
}

fn add_fixed_car(st: &mut State, params: &Value) -> Answer {
    let (Ok(yard), Ok(plate)) = (req_s(params, "yardId"), plate_param(params)) else {
        return err(-20107);
    };
    if !known_yard(&yard) {
        return err(-20107);
    }
    let phone = s(params, "phone").unwrap_or_default();
    if phone.len() != 11 || !phone.bytes().all(|b| b.is_ascii_digit()) {
        return err(-20107);
    }
    if st
        .bpm
        .fixed_cars
        .iter()
        .any(|c| c["yardId"] == yard.as_str() && c["plateNumber"] == plate.as_str())
    {
        return err(-20107);
    }
    if st.bpm.fixed_cars.len() >= 10_000 {
        return err(-20106);
    }
    let n = st.bpm.next_id;
    st.bpm.next_id += 1;
    let mut car = params.clone();
    if let Some(o) = car.as_object_mut() {
        o.insert("carId".into(), json!(n.to_string()));
        o.insert("accountId".into(), json!(n.to_string()));
        o.insert("balance".into(), json!("0"));
    }
    st.bpm.fixed_cars.push(car);
    ok(json!({"accountId": n.to_string()}))
}

fn add_special_car(st: &mut State, params: &Value) -> Answer {
    if plate_param(params).is_err() {
        return err(-20107);
    }
    let Some(yards) = params.get("yardIds").and_then(Value::as_array) else {
        return err(-20107);
    };
    let yards: Vec<String> = yards
        .iter()
        .filter_map(|y| y.as_str().map(str::to_owned))
        .collect();
    if yards.is_empty() || !yards.iter().all(|y| known_yard(y)) {
        return err(-20107);
    }
    if st.bpm.special_cars.len() >= 10_000 {
        return err(-20106);
    }
    let n = st.bpm.next_id;
    st.bpm.next_id += 1;
    let mut car = params.clone();
    if let Some(o) = car.as_object_mut() {
        o.insert("carId".into(), json!(n.to_string()));
        o.insert("accountId".into(), json!(n.to_string()));
        o.insert("balance".into(), json!(0));
        o.insert(
            "yardIds".into(),
            json!(yards
                .iter()
                .map(|y| json!({"id": y, "name": format!("车场 {y}")}))
                .collect::<Vec<_>>()),
        );
    }
    st.bpm.special_cars.push(car);
    ok(json!({"accountId": n.to_string()}))
}

fn add_ban(st: &mut State, params: &Value) -> Answer {
    let (Some(plates), Some(yards), Some(alarm)) = (
        params.get("plates").and_then(Value::as_array),
        params.get("yardIds").and_then(Value::as_array),
        params.get("alarmType").and_then(Value::as_array),
    ) else {
        return err(-20107);
    };
    if plates.is_empty() || yards.is_empty() || alarm.is_empty() {
        return err(-20107);
    }
    if plates.len() > 1000 || st.bpm.banned.len() >= 10_000 {
        return err(-20106);
    }
    let yards: Vec<Value> = yards
        .iter()
        .filter_map(Value::as_str)
        .map(|y| json!({"id": y, "name": format!("车场 {y}")}))
        .collect();
    let mut fails = Vec::new();
    for p in plates.iter().filter_map(Value::as_str) {
        if st.bpm.banned.iter().any(|b| b["plateNumber"] == p) {
            fails.push(json!({"plateNumber": p, "error_code": -85450, "error_msg": "车牌号重复"}));
            continue;
        }
        let n = st.bpm.next_id;
        st.bpm.next_id += 1;
        st.bpm.banned.push(
            json!({"carId": n.to_string(), "plateNumber": p, "yardIds": yards, "alarmType": alarm}),
        );
    }
    ok(json!({"total": plates.len(), "failNum": fails.len(), "list": fails}))
}

fn gate_control(st: &mut State, params: &Value) -> Answer {
    if s(params, "qrCode").is_none() && s(params, "mac").is_none() {
        return err(-20107);
    }
    let now = st.now();
    match s(params, "command").as_deref() {
        Some("open") => {
            let Some(reason) =
                s(params, "reason").filter(|r| (1..=64).contains(&r.chars().count()))
            else {
                return err(-20107);
            };
            let n = st.bpm.next_id;
            st.bpm.next_id += 1;
            if st.bpm.manual.len() >= 10_000 {
                st.bpm.manual.remove(0);
            }
            st.bpm.manual.insert(0, json!({"id": n.to_string(), "parkingName": "车场 1", "gateName": "1",
                "pictureName": s(params, "pictureName").unwrap_or_default(),
                "openTimestamp": now.to_string(), "reason": reason, "openOperatorName": "open-api"}));
            ok(Value::Null)
        }
        Some("close") => {
            if let Some(open) = st
                .bpm
                .manual
                .iter_mut()
                .find(|r| r.get("closeTimestamp").is_none())
            {
                if let Some(o) = open.as_object_mut() {
                    o.insert("closeTimestamp".into(), json!(now.to_string()));
                    o.insert("closeOperatorName".into(), json!("open-api"));
                }
            }
            ok(Value::Null)
        }
        _ => err(-20107),
    }
}

// ---------------------------------------------------------------------------------
// members

fn roles_param(list: Option<&Value>) -> Result<Vec<(String, Option<i64>)>, i64> {
    let Some(list) = list.and_then(Value::as_array) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for r in list {
        let id = req_s(r, "roleId")?;
        if let Some(regions) = r.get("authRegionList").and_then(Value::as_array) {
            if regions.is_empty() || regions.len() > 100 {
                return Err(-20106);
            }
        }
        // Only this project's roles count; others are ignored (1.4.21.1).
        if ROLES.iter().any(|x| x.0 == id) {
            out.push((id, i(r, "expireTime")));
        }
    }
    Ok(out)
}

const PROFILE: [&str; 6] = ["realName", "description", "phone", "email", "workId", "sex"];

fn create_member(st: &mut State, params: &Value) -> Answer {
    let (Ok(username), Ok(password), Ok(region), Ok(_real)) = (
        req_s(params, "username"),
        req_s(params, "password"),
        req_s(params, "regionId"),
        req_s(params, "realName"),
    ) else {
        return err(-20107);
    };
    if !username.contains('@') || !(8..=64).contains(&password.chars().count()) {
        return err(-20107);
    }
    let roles = match roles_param(params.get("roleList")) {
        Ok(r) => r,
        Err(c) => return err(c),
    };
    // An existing username keeps its password; the roles are added.
    if let Some(m) = st.bpm.members.values_mut().find(|m| m.username == username) {
        for (id, exp) in roles {
            m.roles.entry(id).or_insert(exp);
        }
        return ok(json!({"userId": m.id.to_string()}));
    }
    if st.bpm.members.len() >= 10_000 {
        return err(-20106);
    }
    let id = st.bpm.next_id;
    st.bpm.next_id += 1;
    let profile = PROFILE
        .iter()
        .filter_map(|k| params.get(*k).map(|v| ((*k).to_owned(), v.clone())))
        .collect();
    let create_time = st.now();
    st.bpm.members.insert(
        id,
        MemberRec {
            id,
            username,
            region_id: region,
            profile,
            roles: roles.into_iter().collect(),
            create_time,
        },
    );
    ok(json!({"userId": id.to_string()}))
}

fn member_id(params: &Value) -> Option<u64> {
    s(params, "userId").and_then(|v| v.trim().parse().ok())
}

fn delete_members(st: &mut State, params: &Value) -> Answer {
    let Some(ids) = params.get("userIdList").and_then(Value::as_array) else {
        return err(-20107);
    };
    if ids.is_empty() || ids.len() > 100 {
        return err(-20106);
    }
    let mut fails = Vec::new();
    for v in ids {
        let id = v.as_str().and_then(|s| s.parse::<u64>().ok());
        if id.and_then(|id| st.bpm.members.remove(&id)).is_none() {
            fails.push(json!({"userId": v, "error_code": -80108}));
        }
    }
    if fails.is_empty() {
        ok(Value::Null)
    } else {
        Answer::Json(json!({"error_code": 0, "failList": fails}))
    }
}

fn edit_member(st: &mut State, params: &Value) -> Answer {
    let (Some(id), Ok(region), Ok(_)) = (
        member_id(params),
        req_s(params, "regionId"),
        req_s(params, "realName"),
    ) else {
        return err(-20107);
    };
    let Some(m) = st.bpm.members.get_mut(&id) else {
        return err(-80108);
    };
    m.region_id = region;
    for k in PROFILE {
        if let Some(v) = params.get(k) {
            m.profile.insert(k.to_owned(), v.clone());
        }
    }
    if let Some(e) = i(params, "expireTime") {
        m.profile.insert("expireTime".into(), json!(e));
    }
    ok(Value::Null)
}

fn member_json(m: &MemberRec) -> Value {
    let mut v = json!({"userId": m.id.to_string(), "username": m.username, "regionId": m.region_id,
        "regionName": "默认分组", "isTplinkID": 0, "isOwner": 0, "isAdmin": 0,
        "status": if m.roles.is_empty() { 6 } else { 0 }, "createTime": m.create_time});
    if let Some(o) = v.as_object_mut() {
        for (k, val) in &m.profile {
            o.insert(k.clone(), val.clone());
        }
    }
    v
}

fn list_members(st: &State, params: &Value) -> Answer {
    let and = params.get("filterAnd");
    let region = and.and_then(|f| s(f, "regionId"));
    let status = and.and_then(|f| i(f, "status"));
    let roles: Option<Vec<String>> = and
        .and_then(|f| f.get("roleIdIn"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|r| r.as_str().map(str::to_owned))
                .collect()
        });
    let name_like = params
        .get("filterOr")
        .and_then(|f| f.get("usernameLike"))
        .and_then(Value::as_str);
    let items = st
        .bpm
        .members
        .values()
        .filter(|m| region.as_ref().is_none_or(|r| &m.region_id == r))
        .filter(|m| {
            roles
                .as_ref()
                .is_none_or(|rs| rs.iter().any(|r| m.roles.contains_key(r)))
        })
        .filter(|m| name_like.is_none_or(|n| m.username.contains(n)))
        .map(member_json)
        .filter(|v| status.is_none_or(|s| v["status"] == s))
        .collect();
    page(items, params, 1000)
}

fn member_roles(st: &State, params: &Value) -> Answer {
    let Some(id) = params.get("filterAnd").and_then(member_id) else {
        return err(-20107);
    };
    let Some(m) = st.bpm.members.get(&id) else {
        return err(-80108);
    };
    let items = m
        .roles
        .iter()
        .filter_map(|(id, exp)| {
            let r = ROLES.iter().find(|r| r.0 == id)?;
            let mut v = json!({"roleId": r.0, "roleName": r.1, "roleType": r.2, "modelRoleTag": r.3, "description": r.4});
            if let (Some(e), Some(o)) = (exp, v.as_object_mut()) {
                o.insert("expireTime".into(), json!(e));
            }
            Some(v)
        })
        .collect();
    page(items, params, 1000)
}

fn edit_member_roles(st: &mut State, params: &Value) -> Answer {
    let Some(id) = member_id(params) else {
        return err(-20107);
    };
    let add = match roles_param(params.get("addRoleList")) {
        Ok(r) => r,
        Err(c) => return err(c),
    };
    let Some(m) = st.bpm.members.get_mut(&id) else {
        return err(-80108);
    };
    if params.get("clear").and_then(Value::as_bool) == Some(true) {
        m.roles.clear();
    }
    if let Some(del) = params.get("deleteRoleIdList").and_then(Value::as_array) {
        for d in del.iter().filter_map(Value::as_str) {
            m.roles.remove(d);
        }
    }
    for (r, exp) in add {
        m.roles.insert(r, exp);
    }
    ok(Value::Null)
}
