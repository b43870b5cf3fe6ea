//! 2.8–2.10 应用功能管理 — dispatch groups, geofences and work orders.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::{check, paged};
use crate::enums::{GeofenceType, GroupType, InOrOut, MemberOp, TaskStatus, TaskType};
use crate::envelope::Listing;
use crate::models::{DispatchGroup, Geofence, GeofenceAccess, LatLng, Task};
use crate::wire::QueryTime;
use client_core::validate;
use client_core::Ack;

// ---------------------------------------------------------------- 2.8 dispatch groups

/// 获取调度组列表 — list dispatch groups (2.8.1, `GET /api/v1/DispatchGroupList?page=1&pageSize=1000`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DispatchGroupList {
    /// 关键字 — keyword (2.8.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    /// 当前页 — page number, default 1 (2.8.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页大小 — page size, default 1000 (2.8.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl DispatchGroupList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(DispatchGroupList => Listing<DispatchGroup>, GET "/api/v1/DispatchGroupList", read, validate);
paged!(DispatchGroupList, DispatchGroup, 1000);

/// 添加调度组 — add a dispatch group (2.8.2, `POST /api/v1/DispatchGroupAdd`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DispatchGroupAdd {
    /// 组类型 — 4 集群对讲组, 5 视频会议组, 6 电话会议组 (required) (2.8.2).
    pub group_type: GroupType,
    /// 组名称 — group name (required) (2.8.2).
    pub group_name: String,
}

impl DispatchGroupAdd {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "groupName", &self.group_name)?;
        Ok(())
    }
}

client_core::endpoint!(DispatchGroupAdd => Ack, POST "/api/v1/DispatchGroupAdd", write, validate);

/// 修改调度组 — rename a dispatch group (2.8.3, `POST /api/v1/DispatchGroupEdit`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DispatchGroupEdit {
    /// 组 Id — group id (required) (2.8.3).
    pub id: i64,
    /// 组名称 — group name (required) (2.8.3).
    pub group_name: String,
}

impl DispatchGroupEdit {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "groupName", &self.group_name)?;
        Ok(())
    }
}

client_core::endpoint!(DispatchGroupEdit => Ack, POST "/api/v1/DispatchGroupEdit", write, validate);

/// 删除调度组 — delete a dispatch group (2.8.4, `GET /api/v1/DispatchGroupDelete?id=5000`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct DispatchGroupDelete {
    /// 组 Id — group id (2.8.4).
    pub id: i64,
}

client_core::endpoint!(DispatchGroupDelete => Ack, GET "/api/v1/DispatchGroupDelete", write);

/// One membership change of [`DispatchGroupDeviceUpdate`] (2.8.5 `deviceList[]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberChange {
    /// 设备 Id — device id (2.8.5 `[].deviceId`).
    pub device_id: String,
    /// 状态 — 0 加入, 1 移除 (2.8.5 `[].status`).
    pub status: MemberOp,
}

/// 管理调度组成员（设备）— add devices to or remove them from a dispatch group
/// (2.8.5, `POST /api/v1/DispatchGroupDeviceUpdate`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DispatchGroupDeviceUpdate {
    /// 组 Id — group id (required) (2.8.5).
    pub id: i64,
    /// 成员列表 — membership changes (required) (2.8.5).
    pub device_list: Vec<MemberChange>,
}

impl DispatchGroupDeviceUpdate {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let r = self;
        if r.device_list.is_empty() {
            return Err(client_core::Error::invalid(
                path,
                "deviceList is required and must not be empty",
            ));
        }
        for (i, m) in r.device_list.iter().enumerate() {
            validate::required(path, &format!("deviceList[{i}].deviceId"), &m.device_id)?;
        }
        Ok(())
    }
}

client_core::endpoint!(DispatchGroupDeviceUpdate => Ack, POST "/api/v1/DispatchGroupDeviceUpdate", write, validate);

// ---------------------------------------------------------------- 2.9 geofences

/// 获取围栏列表 — list geofences (2.9.1, `GET /api/v1/GeofenceList?page=1&pageSize=1000`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GeofenceList {
    /// 关键字 — keyword (2.9.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    /// 当前页 — page number, default 1 (2.9.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页大小 — page size, default 1000 (2.9.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl GeofenceList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(GeofenceList => Listing<Geofence>, GET "/api/v1/GeofenceList", read, validate);
paged!(GeofenceList, Geofence, 1000);

fn check_fence_body(
    path: &str,
    name: &str,
    in_or_out: InOrOut,
    start: &Option<NaiveDateTime>,
    end: &Option<NaiveDateTime>,
    points: &[LatLng],
) -> Result<(), client_core::Error> {
    validate::required(path, "name", name)?;
    if points.is_empty() {
        return Err(client_core::Error::invalid(
            path,
            "pointList is required and must not be empty",
        ));
    }
    if in_or_out != InOrOut::NotSet && (start.is_none() || end.is_none()) {
        return Err(client_core::Error::invalid(
            path,
            "startTime and endTime are required when inOrOut is not 0 (2.9.2)",
        ));
    }
    for (i, p) in points.iter().enumerate() {
        let (Some(lat), Some(lng)) = (p.lat, p.lng) else {
            return Err(client_core::Error::invalid(
                path,
                format!("pointList[{i}] needs both lat and lng"),
            ));
        };
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lng) {
            return Err(client_core::Error::invalid(
                path,
                format!("pointList[{i}] must be a WGS84 coordinate (lat -90..=90, lng -180..=180), got ({lat}, {lng})"),
            ));
        }
    }
    Ok(())
}

/// 添加围栏 — add a geofence (2.9.2, `POST /api/v1/GeofenceAdd`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GeofenceAdd {
    /// 围栏名称 — fence name (required) (2.9.2).
    pub name: String,
    /// 围栏类型 — 0 电子围栏 (required) (2.9.2).
    #[serde(rename = "type")]
    pub fence_type: GeofenceType,
    /// 禁入禁出 — 0 未设置, 1 禁入, 2 禁出 (required) (2.9.2).
    pub in_or_out: InOrOut,
    /// 开始时间 — start, only the time of day counts; required when `inOrOut` ≠ 0 (2.9.2).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<NaiveDateTime>,
    /// 结束时间 — end, only the time of day counts; required when `inOrOut` ≠ 0 (2.9.2).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<NaiveDateTime>,
    /// 坐标集合 — vertices, WGS84 (required) (2.9.2).
    pub point_list: Vec<LatLng>,
    /// 设备集合 — device ids (2.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_list: Option<Vec<String>>,
}

impl GeofenceAdd {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let r = self;
        check_fence_body(
            path,
            &r.name,
            r.in_or_out,
            &r.start_time,
            &r.end_time,
            &r.point_list,
        )
    }
}

client_core::endpoint!(GeofenceAdd => Ack, POST "/api/v1/GeofenceAdd", write, validate);

/// 修改围栏 — edit a geofence (2.9.3, `POST /api/v1/GeofenceEdit`).
///
/// The seed's table has no `id`, which leaves the fence to edit unidentified; this
/// SDK sends `id` (as GeofenceDelete does) and `type` when given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GeofenceEdit {
    /// Id — fence id (not in the seed's table; see above) (2.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// 围栏名称 — fence name (required) (2.9.3).
    pub name: String,
    /// 围栏类型 — 0 电子围栏 (not in the 2.9.3 table) (2.9.2).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub fence_type: Option<GeofenceType>,
    /// 禁入禁出 — 0 未设置, 1 禁入, 2 禁出 (required) (2.9.3).
    pub in_or_out: InOrOut,
    /// 开始时间 — start, only the time of day counts (2.9.3).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<NaiveDateTime>,
    /// 结束时间 — end, only the time of day counts (2.9.3).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<NaiveDateTime>,
    /// 坐标集合 — vertices, WGS84 (required) (2.9.3).
    pub point_list: Vec<LatLng>,
    /// 设备集合 — device ids (2.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_list: Option<Vec<String>>,
}

impl GeofenceEdit {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let r = self;
        check_fence_body(
            path,
            &r.name,
            r.in_or_out,
            &r.start_time,
            &r.end_time,
            &r.point_list,
        )
    }
}

client_core::endpoint!(GeofenceEdit => Ack, POST "/api/v1/GeofenceEdit", write, validate);

/// 删除围栏 — delete a geofence (2.9.4, `GET /api/v1/GeofenceDelete?id=5000`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GeofenceDelete {
    /// Id — fence id (String) (2.9.4).
    pub id: String,
}

impl GeofenceDelete {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "id", &self.id)?;
        Ok(())
    }
}

client_core::endpoint!(GeofenceDelete => Ack, GET "/api/v1/GeofenceDelete", write, validate);

/// （设备）进入围栏记录查询 — a device's geofence entry/exit records (2.9.5,
/// `GET /api/v1/GeofenceAccessList?st=&et=&devId=…`). The example URL writes `St`; the
/// table's `st` is sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GeofenceAccessList {
    /// 开始时间 — start (required) (2.9.5).
    #[serde(alias = "St")]
    pub st: QueryTime,
    /// 结束时间 — end (required) (2.9.5).
    pub et: QueryTime,
    /// 设备 Id — device id (required) (2.9.5).
    pub dev_id: String,
    /// 关键字 — device id or fence name keyword (2.9.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    /// 当前页 — page number, default 1 (2.9.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页大小 — page size, default 1000 (2.9.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl GeofenceAccessList {
    /// Records of `dev_id` in `st..et`.
    pub fn new(
        dev_id: impl Into<String>,
        st: impl Into<QueryTime>,
        et: impl Into<QueryTime>,
    ) -> Self {
        Self {
            st: st.into(),
            et: et.into(),
            dev_id: dev_id.into(),
            keywords: None,
            page: None,
            page_size: None,
        }
    }
}

impl GeofenceAccessList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "devId", &self.dev_id)?;
        check::range(path, &self.st, &self.et)?;
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(GeofenceAccessList => Listing<GeofenceAccess>, GET "/api/v1/GeofenceAccessList", read, validate);
paged!(GeofenceAccessList, GeofenceAccess, 1000);

// ---------------------------------------------------------------- 2.10 work orders

/// 获取工单列表 — list work orders (2.10.1, printed "1.10.1",
/// `GET /api/v1/TaskList?st=&et=…`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskList {
    /// 开始时间 — start (required). The table fixes the format `yyyy-MM-dd HH:mm:ss`,
    /// so a date is sent as its midnight (`2024-05-06 00:00:00`) (2.10.1).
    #[serde(with = "crate::wire::full_datetime")]
    pub st: QueryTime,
    /// 结束时间 — end (required), sent `yyyy-MM-dd HH:mm:ss` like `st` (2.10.1).
    #[serde(with = "crate::wire::full_datetime")]
    pub et: QueryTime,
    /// 设备 Id — executing device id (2.10.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_id: Option<String>,
    /// 工单编号 — work order number (2.10.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_no: Option<String>,
    /// 任务类型 — work order type; optional (否), so `None` is not sent (the table's
    /// 不限 value is printed "1-"); `-1` on input reads as `None` (2.10.1).
    #[serde(
        with = "crate::wire::filter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_type: Option<TaskType>,
    /// 任务状态 — status; optional (否), so `None` is not sent (-1 = 不限 on input)
    /// (2.10.1).
    #[serde(
        with = "crate::wire::filter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<TaskStatus>,
    /// 关键字 — keyword (2.10.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    /// 当前页 — page number, default 1 (2.10.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页返回数量 — page size, default 5000 (2.10.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl TaskList {
    /// Every work order in `st..et`.
    pub fn new(st: impl Into<QueryTime>, et: impl Into<QueryTime>) -> Self {
        Self {
            st: st.into(),
            et: et.into(),
            dev_id: None,
            work_no: None,
            task_type: None,
            status: None,
            keywords: None,
            page: None,
            page_size: None,
        }
    }
}

impl TaskList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::range(path, &self.st, &self.et)?;
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(TaskList => Listing<Task>, GET "/api/v1/TaskList", read, validate);
paged!(TaskList, Task, 5000);

/// 添加工单 — add a work order (2.10.2, `POST /api/v1/TaskAdd`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskAdd {
    /// 工单编号 — work order number (required) (2.10.2).
    pub work_no: String,
    /// 任务名称 — title (required) (2.10.2).
    pub title: String,
    /// 任务类型 — 2 日常工单, others custom (required) (2.10.2).
    pub task_type: TaskType,
    /// 备注 — remark (2.10.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// 自定义 — custom work-order content, free-form JSON by the seed's definition
    /// (wire name `custome`, sic) (2.10.2).
    #[serde(
        rename = "custome",
        alias = "custom",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom: Option<serde_json::Value>,
}

impl TaskAdd {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "workNo", &self.work_no)?;
        validate::required(path, "title", &self.title)?;
        Ok(())
    }
}

client_core::endpoint!(TaskAdd => Ack, POST "/api/v1/TaskAdd", write, validate);

/// 修改工单 — edit a work order; do not edit one that is running (2.10.3,
/// `POST /api/v1/TaskUpdate`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskUpdate {
    /// Id — work order id (required) (2.10.3).
    pub id: String,
    /// 工单编号 — work order number (required) (2.10.3).
    pub work_no: String,
    /// 任务名称 — title (required) (2.10.3).
    pub title: String,
    /// 任务类型 — 2 日常工单, others custom (required) (2.10.3).
    pub task_type: TaskType,
    /// 备注 — remark (2.10.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// 自定义 — custom content, free-form JSON (wire name `custome`, sic) (2.10.3).
    #[serde(
        rename = "custome",
        alias = "custom",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom: Option<serde_json::Value>,
}

impl TaskUpdate {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "id", &self.id)?;
        validate::required(path, "workNo", &self.work_no)?;
        validate::required(path, "title", &self.title)?;
        Ok(())
    }
}

client_core::endpoint!(TaskUpdate => Ack, POST "/api/v1/TaskUpdate", write, validate);

/// 更新工单执行状态 — report a work order's execution status, usually called by the
/// device (2.10.4, `GET /api/v1/TaskUpdateStatus?id=…&status=2`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskUpdateStatus {
    /// 任务 Id — work order id (2.10.4).
    pub id: String,
    /// 状态 — 0 待处理, 1 正在执行, 2 已完成 (2.10.4).
    pub status: TaskStatus,
    /// 工单描述 — description (2.10.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub des: Option<String>,
}

impl TaskUpdateStatus {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "id", &self.id)?;
        Ok(())
    }
}

client_core::endpoint!(TaskUpdateStatus => Ack, GET "/api/v1/TaskUpdateStatus", write, validate);

/// 更新工单执行设置（派发）— assign a work order to a device; the device pulls it, the
/// platform does not push (2.10.5, `GET /api/v1/TaskUpdateDest?id=…&destDevId=test5`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskUpdateDest {
    /// 任务 Id — work order id (2.10.5).
    pub id: String,
    /// 派发设备 Id — device id (2.10.5).
    pub dest_dev_id: String,
}

impl TaskUpdateDest {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "id", &self.id)?;
        validate::required(path, "destDevId", &self.dest_dev_id)?;
        Ok(())
    }
}

client_core::endpoint!(TaskUpdateDest => Ack, GET "/api/v1/TaskUpdateDest", write, validate);

/// 删除工单 — delete a work order (second 2.10.5, `GET /api/v1/TaskDelete?id=…`; the
/// table says 无 but the URL carries `id`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskDelete {
    /// 任务 Id — work order id (from the example URL) (2.10.5).
    pub id: String,
}

impl TaskDelete {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "id", &self.id)?;
        Ok(())
    }
}

client_core::endpoint!(TaskDelete => Ack, GET "/api/v1/TaskDelete", write, validate);
