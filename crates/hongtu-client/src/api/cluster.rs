//! 人员聚类 — person clustering: group the strangers captured by some devices over a
//! period into profiles and count how often each appeared
//! (hongtu-aiot-openapi.txt, module 人员聚类 1.1–1.6).
//!
//! Flow: [`AddClusterTask`] → poll [`GetClusterTaskStatus`] until
//! [`ClusterTaskStatus::Completed`] → page the profiles with [`QueryClusterTaskDetail`]
//! → page one profile's sightings with [`QueryClusterPersonDetail`]. Clustering
//! parameters are set with [`crate::api::sys_config::SetFaceClusterConfig`].

use chrono::{DateTime, Utc};
use client_core::validate;
use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_page, impl_paged};
pub use crate::dict::ClusterTaskStatus;
use crate::envelope::PageData;

/// Default `pageSize` of the clustering lists (人员聚类 1.3.2, 1.4.2, 1.5.2: 默认值10).
pub const DEFAULT_PAGE_SIZE: u32 = 10;

client_core::str_enum! {
    /// 排序字段 (`orderReq.filed`) — the member cluster results are sorted by
    /// (人员聚类 1.3.2: "count(出现次数)、latestTime(最近出现时间)等", default `count`).
    pub enum ClusterOrderField {
        /// 出现次数 — number of appearances.
        Count = "count",
        /// 最近出现时间 — last appearance time.
        LatestTime = "latestTime",
    }
}

client_core::str_enum! {
    /// 排序的类型 (`orderReq.order`) — sort direction (人员聚类 1.3.2, default `desc`).
    pub enum SortOrder {
        /// 升序 — ascending.
        Asc = "asc",
        /// 降序 — descending.
        Desc = "desc",
    }
}

// ---------------------------------------------------------------------------
// 1.1 人员聚类任务添加
// ---------------------------------------------------------------------------

/// 人员聚类任务添加 — create a clustering task (`POST /v1/api/cluster/task/add`,
/// 人员聚类 1.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddClusterTask {
    /// 聚类规则名称 (`taskName`) — task name, 1–50 characters; required (人员聚类 1.1.2).
    pub task_name: String,
    /// 设备uuid集合 (`deviceUuids`) — devices whose captures are clustered; required,
    /// not empty (人员聚类 1.1.2).
    pub device_uuids: Vec<String>,
    /// 选择时间 (`timespan`) — the last N days to cluster, 0–90 days; required
    /// (人员聚类 1.1.2).
    pub timespan: u32,
    /// 出现次数 (`frequency`) — minimum number of appearances, 2–100; required
    /// (人员聚类 1.1.2).
    pub frequency: u32,
}

/// Answer of [`AddClusterTask`] (人员聚类 1.1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterTaskCreated {
    /// 任务uuid (`taskUuid`) — the new task; optional (人员聚类 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_uuid: Option<String>,
}

impl AddClusterTask {
    fn check(&self, path: &str) -> Result<(), Error> {
        let n = self.task_name.chars().count();
        if !(1..=50).contains(&n) {
            return Err(Error::invalid(
                path,
                format!("taskName must be 1..=50 characters, got {n}"),
            ));
        }
        if self.device_uuids.is_empty() {
            return Err(Error::invalid(path, "deviceUuids must not be empty"));
        }
        if self.timespan > 90 {
            return Err(Error::invalid(
                path,
                format!("timespan must be 0..=90 days, got {}", self.timespan),
            ));
        }
        if !(2..=100).contains(&self.frequency) {
            return Err(Error::invalid(
                path,
                format!("frequency must be 2..=100, got {}", self.frequency),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(AddClusterTask => ClusterTaskCreated, POST "/v1/api/cluster/task/add", write, validate);

// ---------------------------------------------------------------------------
// 1.2 人员聚类任务状态查询
// ---------------------------------------------------------------------------

/// 人员聚类任务状态查询 — state of a clustering task
/// (`POST /v1/api/cluster/task/status`, 人员聚类 1.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetClusterTaskStatus {
    /// 任务uuid (`taskUuid`) — required (人员聚类 1.2.2).
    pub task_uuid: String,
}

/// Answer of [`GetClusterTaskStatus`] (人员聚类 1.2.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterTaskState {
    /// 任务状态类型 (`statusType`) — 0 处理中, 1 已完成, 2 已删除 (数据字典 1.8.1);
    /// optional (人员聚类 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_type: Option<ClusterTaskStatus>,
    /// 任务状态 (`statusDesc`) — state text, e.g. "处理中"; optional (人员聚类 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_desc: Option<String>,
}

impl GetClusterTaskStatus {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "taskUuid", &self.task_uuid)
    }
}

client_core::endpoint!(GetClusterTaskStatus => ClusterTaskState, POST "/v1/api/cluster/task/status", read, validate);

// ---------------------------------------------------------------------------
// 1.3 人员聚类任务详情查看
// ---------------------------------------------------------------------------

/// 人员聚类任务详情查看 — the profiles a clustering task found, paged
/// (`POST /v1/api/cluster/task/detail/query`, 人员聚类 1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryClusterTaskDetail {
    /// 任务id (`taskUuid`) — required (人员聚类 1.3.2).
    pub task_uuid: String,
    /// 当前页 (`pageNum`) — optional, default 1 (人员聚类 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 每页条数 (`pageSize`) — optional, default 10 (人员聚类 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 排序 (`orderReq`) — sort order; optional, default `count` descending
    /// (人员聚类 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_req: Option<ClusterOrder>,
}

/// 排序 (`orderReq`) — how cluster results are sorted (人员聚类 1.3.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterOrder {
    /// 排序的字段名称 (`filed`, sic: field) — `count` or `latestTime`; optional,
    /// default `count` (人员聚类 1.3.2).
    #[serde(
        rename = "filed",
        alias = "field",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub field: Option<ClusterOrderField>,
    /// 排序的类型 (`order`) — `asc` or `desc`; optional, default `desc`
    /// (人员聚类 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<SortOrder>,
}

/// One profile of [`QueryClusterTaskDetail`] (`list[]`, 人员聚类 1.3.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterProfile {
    /// 抓拍轨迹id (`profileId`) — the profile id (a 64-bit number as a string, e.g.
    /// `"6974051166623629329"`); required (人员聚类 1.3.3).
    #[serde(default, with = "client_core::lenient::string")]
    pub profile_id: String,
    /// 抓拍图 (`url`) — captured image URL (a `/v5/resources/data?uri=weed://…` link);
    /// required (人员聚类 1.3.3).
    #[serde(default)]
    pub url: String,
    /// 出现次数 (`frequency`) — number of appearances; required (人员聚类 1.3.3).
    #[serde(default, with = "client_core::lenient::int")]
    pub frequency: i64,
    /// 最近出现时间 (`latestTime`) — last appearance, epoch milliseconds on the wire;
    /// required (人员聚类 1.3.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub latest_time: Option<DateTime<Utc>>,
}

impl QueryClusterTaskDetail {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "taskUuid", &self.task_uuid)?;
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(QueryClusterTaskDetail => PageData<ClusterProfile>, POST "/v1/api/cluster/task/detail/query", read, validate);

impl_paged!(QueryClusterTaskDetail, ClusterProfile, DEFAULT_PAGE_SIZE);

// ---------------------------------------------------------------------------
// 1.4 人员聚类任务列表查看
// ---------------------------------------------------------------------------

/// 人员聚类任务列表查看 — list clustering tasks, optionally by fuzzy name, paged
/// (`POST /v1/api/cluster/task/list`, 人员聚类 1.4).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListClusterTasks {
    /// 任务名称 (`name`) — fuzzy name filter; optional (人员聚类 1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 当前页 (`pageNum`) — optional, default 1 (人员聚类 1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 每页条数 (`pageSize`) — optional, default 10 (人员聚类 1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

/// One task of [`ListClusterTasks`] (`list[]`, 人员聚类 1.4.3). Every member is
/// optional in the seed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterTask {
    /// 任务uuid (`uuid`) — task uuid (人员聚类 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 任务名称 (`name`) — task name (人员聚类 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 出现次数 (`frequency`) — minimum number of appearances (人员聚类 1.4.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub frequency: Option<i64>,
    /// 设备信息 (`deviceInfos`) — the task's devices (人员聚类 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_infos: Option<Vec<ClusterDevice>>,
    /// 时间范围 (`timespan`) — the last N days, 1–90 (人员聚类 1.4.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub timespan: Option<i64>,
    /// 任务创建时间 (`createdTime`) — creation time, epoch milliseconds on the wire
    /// (人员聚类 1.4.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_time: Option<DateTime<Utc>>,
    /// 任务状态类型 (`statusType`) — 0 处理中, 1 已完成, 2 已删除 (数据字典 1.8.1)
    /// (人员聚类 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_type: Option<ClusterTaskStatus>,
    /// 任务状态 (`statusDesc`) — state text (人员聚类 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_desc: Option<String>,
}

/// 设备信息 (`deviceInfos[]`) — a device of a [`ClusterTask`] (人员聚类 1.4.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterDevice {
    /// 设备uuid (`deviceUuid`) — typed integer in the table but a uuid string in the
    /// example; read as text (人员聚类 1.4.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuid: Option<String>,
    /// 设备名称 (`deviceName`) — device name (人员聚类 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
}

impl ListClusterTasks {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListClusterTasks => PageData<ClusterTask>, POST "/v1/api/cluster/task/list", read, validate);

impl_paged!(ListClusterTasks, ClusterTask, DEFAULT_PAGE_SIZE);

// ---------------------------------------------------------------------------
// 1.5 人员聚类人员详情查看
// ---------------------------------------------------------------------------

/// 人员聚类人员详情查看 — the sightings of one profile of a clustering task, paged
/// (`POST /v1/api/cluster/person/detail/query`, 人员聚类 1.5).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryClusterPersonDetail {
    /// 档案id (`profileId`) — the profile from [`QueryClusterTaskDetail`]; required
    /// (人员聚类 1.5.2).
    #[serde(with = "client_core::lenient::string")]
    pub profile_id: String,
    /// 任务uuid (`taskUuid`) — required (人员聚类 1.5.2).
    pub task_uuid: String,
    /// 设备uuid集合 (`deviceUuids`) — device filter; optional (人员聚类 1.5.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuids: Option<Vec<String>>,
    /// 起始时间 (`startTime`) — epoch milliseconds on the wire; optional
    /// (人员聚类 1.5.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<DateTime<Utc>>,
    /// 结束时间 (`endTime`) — epoch milliseconds on the wire; optional (人员聚类 1.5.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<DateTime<Utc>>,
    /// 当前页 (`pageNum`) — optional, default 1 (人员聚类 1.5.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 每页条数 (`pageSize`) — optional, default 10 (人员聚类 1.5.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

/// One sighting of [`QueryClusterPersonDetail`] (`list[]`, 人员聚类 1.5.3). Every
/// member is optional in the seed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterSighting {
    /// 人员档案id (`profileId`) — profile id (人员聚类 1.5.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub profile_id: Option<String>,
    /// 抓拍图 (`url`) — captured image URL (人员聚类 1.5.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// 设备名称 (`deviceName`) — device name (人员聚类 1.5.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备位置 (`deviceLocation`) — device location (人员聚类 1.5.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_location: Option<String>,
    /// 出现时间 (`timestamp`) — when, epoch milliseconds on the wire (人员聚类 1.5.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub timestamp: Option<DateTime<Utc>>,
}

impl QueryClusterPersonDetail {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.profile_id.trim().is_empty() {
            return Err(Error::invalid(path, "profileId is required"));
        }
        validate::required(path, "taskUuid", &self.task_uuid)?;
        check_page(path, self.page_num, self.page_size)?;
        if let (Some(start), Some(end)) = (&self.start_time, &self.end_time) {
            validate::ordered(path, "startTime", start, "endTime", end)?;
        }
        Ok(())
    }
}

client_core::endpoint!(QueryClusterPersonDetail => PageData<ClusterSighting>, POST "/v1/api/cluster/person/detail/query", read, validate);

impl_paged!(QueryClusterPersonDetail, ClusterSighting, DEFAULT_PAGE_SIZE);

// ---------------------------------------------------------------------------
// 1.6 人员聚类任务删除
// ---------------------------------------------------------------------------

/// 人员聚类任务删除 — delete a clustering task (`POST /v1/api/cluster/task/delete`,
/// 人员聚类 1.6). Returns no data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteClusterTask {
    /// 任务uuid (`taskUuid`) — required (人员聚类 1.6.2).
    pub task_uuid: String,
}

impl DeleteClusterTask {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "taskUuid", &self.task_uuid)
    }
}

client_core::endpoint!(DeleteClusterTask => Ack, POST "/v1/api/cluster/task/delete", write, validate);

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    use client_core::{PageRequest, Paged};
    #[allow(unused_imports)]
    use http::Method;

    fn meta<E: Endpoint>() -> (Method, &'static str, bool) {
        (E::METHOD, E::PATH, E::IDEMPOTENT)
    }

    #[test]
    fn methods_and_paths() {
        let p = Method::POST;
        assert_eq!(
            meta::<AddClusterTask>(),
            (p.clone(), "/v1/api/cluster/task/add", false)
        );
        assert_eq!(
            meta::<GetClusterTaskStatus>(),
            (p.clone(), "/v1/api/cluster/task/status", true)
        );
        assert_eq!(
            meta::<QueryClusterTaskDetail>(),
            (p.clone(), "/v1/api/cluster/task/detail/query", true)
        );
        assert_eq!(
            meta::<ListClusterTasks>(),
            (p.clone(), "/v1/api/cluster/task/list", true)
        );
        assert_eq!(
            meta::<QueryClusterPersonDetail>(),
            (p.clone(), "/v1/api/cluster/person/detail/query", true)
        );
        assert_eq!(
            meta::<DeleteClusterTask>(),
            (p, "/v1/api/cluster/task/delete", false)
        );
    }

    #[test]
    fn add_validation() {
        let mut req = AddClusterTask {
            task_name: "t".into(),
            device_uuids: vec!["d".into()],
            timespan: 0,
            frequency: 2,
        };
        assert!(req.validate().is_ok());
        req.timespan = 91;
        assert!(req.validate().is_err());
        req.timespan = 90;
        req.frequency = 1;
        assert!(req.validate().is_err());
        req.frequency = 101;
        assert!(req.validate().is_err());
        req.frequency = 100;
        assert!(req.validate().is_ok());
        req.device_uuids.clear();
        assert!(req.validate().is_err());
        req.device_uuids.push("d".into());
        req.task_name = "x".repeat(51);
        assert!(req.validate().is_err());
    }

    #[test]
    fn order_wire_name_and_paging() {
        let mut req = QueryClusterTaskDetail {
            task_uuid: "t".into(),
            order_req: Some(ClusterOrder {
                field: Some(ClusterOrderField::LatestTime),
                order: Some(SortOrder::Asc),
            }),
            ..Default::default()
        };
        assert_eq!(req.page_size(), 10);
        req.set_page(PageRequest { index: 1, size: 10 });
        let v = serde_json::to_value(&req).unwrap();
        assert_eq!(v["orderReq"]["filed"], "latestTime");
        assert_eq!(v["orderReq"]["order"], "asc");
        assert_eq!(v["pageNum"], 2);
        assert!(req.validate().is_ok());
        assert!(QueryClusterTaskDetail::default().validate().is_err());
        assert_eq!(ListClusterTasks::default().page_size(), 10);
    }

    #[test]
    fn person_detail_validation() {
        let mut req = QueryClusterPersonDetail {
            profile_id: "6974051166623629329".into(),
            task_uuid: "t".into(),
            ..Default::default()
        };
        assert!(req.validate().is_ok());
        req.start_time = DateTime::from_timestamp_millis(2);
        req.end_time = DateTime::from_timestamp_millis(1);
        assert!(req.validate().is_err());
        req.profile_id.clear();
        req.end_time = None;
        assert!(req.validate().is_err());
        assert!(DeleteClusterTask::default().validate().is_err());
        assert!(GetClusterTaskStatus::default().validate().is_err());
    }
}
