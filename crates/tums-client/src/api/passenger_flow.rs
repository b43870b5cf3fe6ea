//! 1.4.7 客流统计 — passenger (people) flow statistics (tums-open-api.txt 1.4.7.1–1.4.7.6).
//!
//! Project-type applications only (仅项目型应用可以调用); other applications get
//! -88312. Counting IPCs are found per region with [`GetFlowDeviceInRegion`]; counts come
//! from [`QueryFlow`] (paged, `start`/`limit` with `limit` in `[1, 1000]`) and the period
//! totals of [`QueryRegionSingleFlow`] / [`QueryDeviceSingleFlow`].
//!
//! Data freshness: when [`QueryFlow`]'s `lastUpdateTime` is null or more than 15 s old,
//! the platform starts an asynchronous sync of the project's counts; poll
//! [`GetFlowSyncStatus`] until [`FlowSyncStatus::Done`] and query again.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use client_core::{Endpoint, PageRequest, Paged};
//! use tums_client::api::passenger_flow::*;
//!
//! let day = |d| Utc.with_ymd_and_hms(2024, 2, d, 0, 0, 0).unwrap();
//! let mut req = QueryFlow::new(FlowFilter::regions(Accuracy::Day, vec![TimeRange::new(day(18), day(25))], vec!["1140".into()]), 100);
//! assert!(req.validate().is_ok());
//! req.set_page(PageRequest { index: 2, size: 100 });
//! assert_eq!((req.start, req.limit), (200, 100));
//! req.limit = 1001;
//! assert!(req.validate().is_err());
//! ```

use chrono::{DateTime, Utc};
use client_core::{Error, Page, PageRequest, Paged};
use serde::{Deserialize, Serialize};

use super::check;

/// Largest `limit` of [`QueryFlow`] (取值范围 `[1, 1000]`, 1.4.7.3).
pub const QUERY_FLOW_MAX_LIMIT: u32 = 1000;
/// Longest `timeList` / `regionIdList` / `devInfoList` of [`QueryFlow`] and longest
/// `regionIdList` of [`GetFlowDeviceNumInRegionList`] (长度限制 100, 1.4.7.2/3).
pub const FLOW_MAX_LIST_LEN: usize = 100;

client_core::int_enum! {
    /// 设备状态 — online state of a counting IPC (1.4.7.1 deviceStatus).
    pub enum FlowDeviceStatus {
        /// 0 — 离线, offline.
        Offline = 0,
        /// 1 — 在线, online.
        Online = 1,
    }
}

client_core::str_enum! {
    /// 查询分类 — what [`QueryFlow`] counts by (1.4.7.3 filterAnd.queryCategory).
    pub enum QueryCategory {
        /// region — 按分组查询, by region (needs `regionIdList`).
        Region = "region",
        /// device — 按设备查询, by device (needs `devInfoList`).
        Device = "device",
        /// all — both, the union of the region and device results (needs both lists).
        All = "all",
    }
}

client_core::str_enum! {
    /// 查询精度 — time granularity of the counts (1.4.7.3–1.4.7.5 accuracy).
    pub enum Accuracy {
        /// day — 日.
        Day = "day",
        /// week — 周.
        Week = "week",
        /// month — 月.
        Month = "month",
        /// year — 年.
        Year = "year",
    }
}

client_core::int_enum! {
    /// 同步状态 — state of the asynchronous flow-data sync (1.4.7.6 status).
    pub enum FlowSyncStatus {
        /// 0 — 标识已完成, done.
        Done = 0,
        /// 1 — 标识进行中, in progress.
        Running = 1,
    }
}

// ---------------------------------------------------------------------------------
// 1.4.7.1

/// 获取分组内支持客流统计的IPC — list the people-counting IPCs of a region (1.4.7.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetFlowDeviceInRegion {
    /// 分组id — region id (a numeric string). Required (1.4.7.1).
    #[serde(with = "client_core::lenient::string")]
    pub region_id: String,
}

impl GetFlowDeviceInRegion {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::non_empty(path, "regionId", &self.region_id)
    }
}

client_core::endpoint!(GetFlowDeviceInRegion => FlowDeviceList, POST "/tums/open/passengerFlow/v1/getFlowDeviceInRegion", read, validate);

/// 支持客流统计的IPC列表 — result of 1.4.7.1.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowDeviceList {
    /// deviceInfoList — the counting IPCs (1.4.7.1).
    #[serde(default)]
    pub device_info_list: Vec<FlowDevice>,
}

/// 支持客流统计的IPC — one people-counting IPC (1.4.7.1).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowDevice {
    /// 设备码 — the device's 17-character code (1.4.7.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, upper-case and dash-separated (1.4.7.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel of the video child device (1.4.7.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 父设备的17位设备码 — parent's device code. Table key `parentQrCode`, example key
    /// `parentQrcode`; both accepted (1.4.7.1).
    #[serde(
        alias = "parentQrcode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_qr_code: Option<String>,
    /// 父设备的mac地址 — parent's MAC (1.4.7.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_mac: Option<String>,
    /// 设备名称 — device name (this endpoint says `devName`, not `deviceName`) (1.4.7.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_name: Option<String>,
    /// 设备状态 — online state (1.4.7.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<FlowDeviceStatus>,
}

// ---------------------------------------------------------------------------------
// 1.4.7.2

/// 获取分组列表内支持客流统计的IPC数目 — count the people-counting IPCs of regions (1.4.7.2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetFlowDeviceNumInRegionList {
    /// 分组id列表 — region ids, at most 100. Required (1.4.7.2).
    pub region_id_list: Vec<String>,
}

impl GetFlowDeviceNumInRegionList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::len(
            path,
            "regionIdList",
            self.region_id_list.len(),
            1,
            FLOW_MAX_LIST_LEN,
        )
    }
}

client_core::endpoint!(GetFlowDeviceNumInRegionList => FlowDeviceNum, POST "/tums/open/passengerFlow/v1/getFlowDeviceNumInRegionList", read, validate);

/// 支持客流统计的IPC数目 — result of 1.4.7.2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowDeviceNum {
    /// 支持客流统计的ipc设备数量 — number of counting IPCs in the regions (1.4.7.2).
    #[serde(default, with = "client_core::lenient::int")]
    pub flow_ipc_num: i64,
}

// ---------------------------------------------------------------------------------
// 1.4.7.3

/// 查询客流统计进出人数列表 — query people in/out/pass counts (1.4.7.3), paged with
/// `start`/`limit` (`limit` in `[1, 1000]`). Requests that name devices need them in
/// trial or paid use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryFlow {
    /// 起始条目 — 0-based offset of the first item. Required (1.4.7.3).
    #[serde(with = "client_core::lenient::int")]
    pub start: i64,
    /// 条目数限制 — page size, `[1, 1000]`. Required (1.4.7.3).
    pub limit: u32,
    /// 筛选条件 — AND-combined filter. Required (1.4.7.3).
    pub filter_and: FlowFilter,
}

impl QueryFlow {
    /// The first page of `filter` with `limit` items per page.
    pub fn new(filter: FlowFilter, limit: u32) -> Self {
        Self {
            start: 0,
            limit,
            filter_and: filter,
        }
    }
}

impl QueryFlow {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::start(path, self.start)?;
        check::limit(path, self.limit, QUERY_FLOW_MAX_LIMIT)?;
        self.filter_and.check(path)
    }
}

client_core::endpoint!(QueryFlow => FlowPage, POST "/tums/open/passengerFlow/v1/queryFlow", read, validate);

impl Paged for QueryFlow {
    type Item = FlowRecord;

    fn page_size(&self) -> u32 {
        self.limit
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = i64::try_from(page.offset()).unwrap_or(i64::MAX);
        self.limit = page.size;
    }

    fn into_page(resp: FlowPage) -> Page<FlowRecord> {
        let total = u64::try_from(resp.total).ok();
        Page::new(resp.list, total)
    }
}

/// 筛选条件 — the AND filter of [`QueryFlow`] (1.4.7.3 filterAnd).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowFilter {
    /// 查询分类 — by region, device or both. Required (1.4.7.3).
    pub query_category: QueryCategory,
    /// 分组是否累计 — accumulate the regions into one series (0/1 on the wire); only with
    /// `region` (1.4.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub region_accumulate: Option<bool>,
    /// 查询精度 — granularity. Required (1.4.7.3).
    pub accuracy: Accuracy,
    /// 查询的时间范围列表 — time ranges, 1–100. Required (1.4.7.3).
    pub time_list: Vec<TimeRange>,
    /// 分组id列表 — region ids, 1–100; required for `region` and `all` (1.4.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id_list: Option<Vec<String>>,
    /// 设备信息列表 — devices, 1–100; required for `device` and `all` (1.4.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_info_list: Option<Vec<FlowDeviceRef>>,
}

impl FlowFilter {
    /// A by-region filter.
    pub fn regions(accuracy: Accuracy, time_list: Vec<TimeRange>, region_ids: Vec<String>) -> Self {
        Self {
            query_category: QueryCategory::Region,
            region_accumulate: None,
            accuracy,
            time_list,
            region_id_list: Some(region_ids),
            dev_info_list: None,
        }
    }

    /// A by-device filter.
    pub fn devices(
        accuracy: Accuracy,
        time_list: Vec<TimeRange>,
        devices: Vec<FlowDeviceRef>,
    ) -> Self {
        Self {
            query_category: QueryCategory::Device,
            region_accumulate: None,
            accuracy,
            time_list,
            region_id_list: None,
            dev_info_list: Some(devices),
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::len(
            path,
            "filterAnd.timeList",
            self.time_list.len(),
            1,
            FLOW_MAX_LIST_LEN,
        )?;
        let needs_regions = matches!(
            self.query_category,
            QueryCategory::Region | QueryCategory::All
        );
        let needs_devices = matches!(
            self.query_category,
            QueryCategory::Device | QueryCategory::All
        );
        match &self.region_id_list {
            Some(ids) => check::len(
                path,
                "filterAnd.regionIdList",
                ids.len(),
                1,
                FLOW_MAX_LIST_LEN,
            )?,
            None if needs_regions => {
                return Err(Error::invalid(
                    path,
                    "filterAnd.regionIdList is required when queryCategory is region or all",
                ))
            }
            None => {}
        }
        match &self.dev_info_list {
            Some(devs) => {
                check::len(
                    path,
                    "filterAnd.devInfoList",
                    devs.len(),
                    1,
                    FLOW_MAX_LIST_LEN,
                )?;
                for d in devs {
                    check::any_locator(path, &d.qr_code, &d.mac)?;
                    check::channel(path, "channelId", d.channel_id)?;
                }
            }
            None if needs_devices => {
                return Err(Error::invalid(
                    path,
                    "filterAnd.devInfoList is required when queryCategory is device or all",
                ))
            }
            None => {}
        }
        Ok(())
    }
}

/// 时间范围 — one queried period (1.4.7.3 timeList). With hour granularity the
/// start's minutes and seconds are ignored and the end's hour is included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimeRange {
    /// 起始时间 — start, UNIX seconds on the wire. Required (1.4.7.3).
    #[serde(with = "client_core::lenient::ts_seconds")]
    pub start_time: DateTime<Utc>,
    /// 结束时间 — end, UNIX seconds on the wire. Required (1.4.7.3).
    #[serde(with = "client_core::lenient::ts_seconds")]
    pub end_time: DateTime<Utc>,
}

impl TimeRange {
    /// The period from `start` to `end`.
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Self {
        Self {
            start_time: start,
            end_time: end,
        }
    }
}

/// 设备信息 — a counting device of [`FlowFilter::dev_info_list`] (1.4.7.3 devInfoList).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowDeviceRef {
    /// 设备码 — the device's 17-character code; this or `mac` is required, `qrCode` wins (1.4.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, upper-case and dash-separated; this or `qr_code` is required (1.4.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — only IPCs bound directly are supported: always 1. Required (1.4.7.3).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
}

impl FlowDeviceRef {
    /// A directly bound IPC by device code (channel 1).
    pub fn qr_code(qr_code: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id: 1,
        }
    }

    /// A directly bound IPC by MAC (channel 1).
    pub fn mac(mac: impl Into<String>) -> Self {
        Self {
            qr_code: None,
            mac: Some(mac.into()),
            channel_id: 1,
        }
    }
}

/// 客流统计进出人数列表 — one page of [`QueryFlow`] (result of 1.4.7.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowPage {
    /// 满足查询条件的个数 — number of matching items (1.4.7.3).
    #[serde(default, with = "client_core::lenient::int")]
    pub total: i64,
    /// 上次更新时间 — when the counts were last synced, UNIX seconds; null or more than
    /// 15 s old triggers a sync (see [`GetFlowSyncStatus`]) (1.4.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_update_time: Option<DateTime<Utc>>,
    /// list — this page's records (1.4.7.3).
    #[serde(default)]
    pub list: Vec<FlowRecord>,
}

/// 客流统计记录 — counts of one period for one region or device (1.4.7.3 list).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowRecord {
    /// 时间精度 — granularity (1.4.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accuracy: Option<Accuracy>,
    /// 查询起始时间 — period start, UNIX seconds (1.4.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<DateTime<Utc>>,
    /// 查询结束时间 — period end, UNIX seconds (1.4.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<DateTime<Utc>>,
    /// 进入的人数 — people in (1.4.7.3).
    #[serde(default, with = "client_core::lenient::int")]
    pub in_flow: i64,
    /// 出去的人数 — people out (1.4.7.3).
    #[serde(default, with = "client_core::lenient::int")]
    pub out_flow: i64,
    /// 经过的人数 — people passing (1.4.7.3).
    #[serde(default, with = "client_core::lenient::int")]
    pub pass_flow: i64,
    /// 分组id — region id; for `region`/`all` queries without `regionAccumulate` = 1 (1.4.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub region_id: Option<String>,
    /// 分组名称 — region name; as `region_id` (1.4.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
    /// 设备码 — device code; for `device`/`all` queries (1.4.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — device MAC; for `device`/`all` queries (1.4.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel; for `device`/`all` queries (1.4.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 设备名称 — device name; for `device`/`all` queries (1.4.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 所属分组id — the device's region id (typed long here, unlike `regionId`) (1.4.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub related_region_id: Option<i64>,
    /// 所属分组名称 — the device's region name (1.4.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_region_name: Option<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.7.4 / 1.4.7.5

/// 查询分组单项统计某时间段的客流总数 — a region's totals for a period (1.4.7.4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryRegionSingleFlow {
    /// 分组id — region id. Required (1.4.7.4).
    #[serde(with = "client_core::lenient::string")]
    pub region_id: String,
    /// 查询精度 — granularity. Required (1.4.7.4).
    pub accuracy: Accuracy,
    /// 查询开始时间 — start, UNIX seconds. Required (1.4.7.4).
    #[serde(with = "client_core::lenient::ts_seconds")]
    pub start_time: DateTime<Utc>,
    /// 查询结束时间 — end, UNIX seconds. Required (1.4.7.4).
    #[serde(with = "client_core::lenient::ts_seconds")]
    pub end_time: DateTime<Utc>,
}

impl QueryRegionSingleFlow {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::non_empty(path, "regionId", &self.region_id)
    }
}

client_core::endpoint!(QueryRegionSingleFlow => FlowTotals, POST "/tums/open/passengerFlow/v1/queryRegionSingleFlow", read, validate);

/// 查询设备单项统计某时间段的客流总数 — a device's totals for a period (1.4.7.5). Only
/// IPCs bound directly (`channel_id` 1) in trial or paid use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryDeviceSingleFlow {
    /// 设备码 — the device's 17-character code; this or `mac` is required, `qrCode` wins (1.4.7.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, upper-case and dash-separated; this or `qr_code` is required (1.4.7.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — always 1 (directly bound IPCs only). Required (1.4.7.5).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 查询精度 — granularity. Required (1.4.7.5).
    pub accuracy: Accuracy,
    /// 查询开始时间 — start, UNIX seconds. Required (1.4.7.5).
    #[serde(with = "client_core::lenient::ts_seconds")]
    pub start_time: DateTime<Utc>,
    /// 查询结束时间 — end, UNIX seconds. Required (1.4.7.5).
    #[serde(with = "client_core::lenient::ts_seconds")]
    pub end_time: DateTime<Utc>,
}

impl QueryDeviceSingleFlow {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        check::channel(path, "channelId", self.channel_id)
    }
}

client_core::endpoint!(QueryDeviceSingleFlow => FlowTotals, POST "/tums/open/passengerFlow/v1/queryDeviceSingleFlow", read, validate);

/// 客流总数 — totals of the queried period and of the previous one (result of 1.4.7.4
/// and 1.4.7.5). "Previous" is the previous day/week/month/year, by `accuracy`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowTotals {
    /// 上天/周/月/年的总进入量 — people in, previous period (1.4.7.4/5).
    #[serde(default, with = "client_core::lenient::int")]
    pub last_total_in_flow: i64,
    /// 上天/周/月/年的总出去量 — people out, previous period (1.4.7.4/5).
    #[serde(default, with = "client_core::lenient::int")]
    pub last_total_out_flow: i64,
    /// 上天/周/月/年的总经过量 — people passing, previous period (1.4.7.4/5).
    #[serde(default, with = "client_core::lenient::int")]
    pub last_total_pass_flow: i64,
    /// 查询时间段内总进入量 — people in, queried period (1.4.7.4/5).
    #[serde(default, with = "client_core::lenient::int")]
    pub current_total_in_flow: i64,
    /// 查询时间段内总出去量 — people out, queried period (1.4.7.4/5).
    #[serde(default, with = "client_core::lenient::int")]
    pub current_total_out_flow: i64,
    /// 查询时间段内总经过量 — people passing, queried period (1.4.7.4/5).
    #[serde(default, with = "client_core::lenient::int")]
    pub current_total_pass_flow: i64,
}

// ---------------------------------------------------------------------------------
// 1.4.7.6

/// 查询客流统计数据更新状态 — whether the flow-data sync started by [`QueryFlow`] is done
/// (1.4.7.6). No parameters: the body is `{}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetFlowSyncStatus {}

client_core::endpoint!(GetFlowSyncStatus => FlowSyncState, POST "/tums/open/passengerFlow/v1/getFlowSyncStatus", read);

/// 同步状态 — result of 1.4.7.6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowSyncState {
    /// 同步状态 — done or in progress (1.4.7.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<FlowSyncStatus>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    use http::Method;

    fn t(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(s, 0).unwrap()
    }

    fn rejects<E: Endpoint>(req: &E, needle: &str) {
        match req.validate() {
            Err(Error::InvalidRequest { path, message }) => {
                assert_eq!(path, E::PATH);
                assert!(message.contains(needle), "{message:?} lacks {needle:?}");
            }
            other => panic!("expected InvalidRequest about {needle:?}, got {other:?}"),
        }
    }

    fn region_query() -> QueryFlow {
        QueryFlow::new(
            FlowFilter::regions(
                Accuracy::Day,
                vec![TimeRange::new(t(1_708_272_000), t(1_708_876_800))],
                vec!["1140".into()],
            ),
            1000,
        )
    }

    #[test]
    fn paths_and_encoding() {
        assert_eq!(QueryFlow::PATH, "/tums/open/passengerFlow/v1/queryFlow");
        assert_eq!(QueryFlow::METHOD, Method::POST);
        const { assert!(QueryFlow::IDEMPOTENT) };
        let body = GetFlowSyncStatus {}.encode().unwrap().body.unwrap();
        assert_eq!(&body[..], b"{}");
        let v: serde_json::Value =
            serde_json::from_slice(&region_query().encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v["filterAnd"]["timeList"][0]["startTime"], 1_708_272_000);
        assert_eq!(v["filterAnd"]["queryCategory"], "region");
        assert!(v["filterAnd"].get("devInfoList").is_none());
    }

    #[test]
    fn limit_and_lists_are_bounded() {
        let ok = region_query();
        assert!(ok.validate().is_ok());
        rejects(
            &QueryFlow {
                limit: 0,
                ..ok.clone()
            },
            "limit",
        );
        rejects(
            &QueryFlow {
                limit: 1001,
                ..ok.clone()
            },
            "limit",
        );
        let mut q = ok.clone();
        q.filter_and.time_list = vec![];
        rejects(&q, "timeList");
        let mut q = ok.clone();
        q.filter_and.time_list = vec![TimeRange::new(t(0), t(1)); 101];
        rejects(&q, "timeList");
        let mut q = ok.clone();
        q.filter_and.region_id_list = None;
        rejects(&q, "regionIdList is required");
        let mut q = ok.clone();
        q.filter_and.region_id_list = Some(vec!["1".into(); 101]);
        rejects(&q, "regionIdList");
        let mut q = ok.clone();
        q.filter_and.query_category = QueryCategory::All;
        rejects(&q, "devInfoList is required");
        q.filter_and.dev_info_list = Some(vec![FlowDeviceRef {
            qr_code: None,
            mac: None,
            channel_id: 1,
        }]);
        rejects(&q, "qrCode or mac");
        q.filter_and.dev_info_list = Some(vec![FlowDeviceRef::mac("00-FF-00-2A-F3-19"); 101]);
        rejects(&q, "devInfoList");
        q.filter_and.dev_info_list = Some(vec![FlowDeviceRef::qr_code("799E56281C531B106")]);
        assert!(q.validate().is_ok());
        rejects(
            &GetFlowDeviceNumInRegionList {
                region_id_list: vec!["1".into(); 101],
            },
            "regionIdList",
        );
        rejects(&GetFlowDeviceNumInRegionList::default(), "regionIdList");
    }

    #[test]
    fn paging_sets_start_and_limit_and_reads_total() {
        let mut q = region_query();
        q.set_page(PageRequest { index: 3, size: 50 });
        assert_eq!((q.start, q.limit, q.page_size()), (150, 50, 50));
        let page = QueryFlow::into_page(FlowPage {
            total: 7,
            last_update_time: None,
            list: vec![],
        });
        assert_eq!(page.total, Some(7));
    }

    #[test]
    fn device_single_flow_needs_a_locator() {
        let req = QueryDeviceSingleFlow {
            qr_code: None,
            mac: None,
            channel_id: 1,
            accuracy: Accuracy::Week,
            start_time: t(1),
            end_time: t(2),
        };
        rejects(&req, "qrCode or mac");
        rejects(
            &QueryDeviceSingleFlow {
                mac: Some("00-FF-00-2A-F3-19".into()),
                channel_id: 0,
                ..req
            },
            "channelId",
        );
    }

    proptest::proptest! {
        #[test]
        fn query_flow_limit_is_exact(limit in 0u32..1_200, ranges in 0usize..110) {
            let mut q = region_query();
            q.limit = limit;
            q.filter_and.time_list = vec![TimeRange::new(t(0), t(1)); ranges];
            let ok = (1..=QUERY_FLOW_MAX_LIMIT).contains(&limit) && (1..=FLOW_MAX_LIST_LEN).contains(&ranges);
            proptest::prop_assert_eq!(q.validate().is_ok(), ok);
        }
    }
}
