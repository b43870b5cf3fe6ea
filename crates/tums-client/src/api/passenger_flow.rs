//! 1.4.7 客流统计 — passenger (people) flow statistics (tums-open-api.txt 1.4.7.1–1.4.7.6;
//! 1.4.12.1–1.4.12.9 in the 2026-08-31 edition, which adds the report endpoints
//! [`GetFlowOverview`], [`GetFlowList`] and [`GetFlowDistribution`]).
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

// ---------------------------------------------------------------------------------
// 1.4.12.7 – 1.4.12.9 (TUMS 2026-08-31 edition)

/// Longest `regionIdList` / `devInfoList` of the report endpoints (`[0, 100]`, 1.4.12.7–9).
pub const REPORT_MAX_LIST_LEN: usize = 100;
/// Bounds of the stay-time interval nodes, minutes (`[1, 1440]`, 1.4.12.9).
pub const STAY_MINUTES_RANGE: (i64, i64) = (1, 1440);

client_core::int_enum! {
    /// 客流范围 — which counts (1.4.12.7–9 flowCategory).
    pub enum FlowCategory {
        /// 1 — 仅看有效, valid counts only.
        Valid = 1,
        /// 2 — 全部, all counts.
        All = 2,
    }
}

client_core::int_enum! {
    /// 报表类型 — report period (1.4.12.7–9 reportType); `startTime` is corrected to the
    /// period's start (day 00:00, Monday, the 1st, 1 January).
    pub enum ReportType {
        /// 1 — 日报表, day.
        Day = 1,
        /// 2 — 周报表, week.
        Week = 2,
        /// 3 — 月报表, month.
        Month = 3,
        /// 4 — 年报表, year.
        Year = 4,
    }
}

client_core::int_enum! {
    /// 数据维度 — which counts to return (1.4.12.7/8 needDimensionList).
    pub enum FlowDimension {
        /// 1 — 进入人次, people in.
        In = 1,
        /// 2 — 离开人次, people out.
        Out = 2,
        /// 3 — 经过人次, people passing.
        Pass = 3,
    }
}

client_core::int_enum! {
    /// 数据类型 — which distributions to return (1.4.12.9 needDataTypeList).
    pub enum FlowDataType {
        /// 1 — 性别、年龄分布数据, gender and age.
        GenderAge = 1,
        /// 2 — 停留时长分布数据, stay time.
        StayTime = 2,
    }
}

client_core::int_enum! {
    /// 性别 — gender (1.4.12.9 genderAgeList.gender).
    pub enum Gender {
        /// 1 — 男, male.
        Male = 1,
        /// 2 — 女, female.
        Female = 2,
    }
}

client_core::int_enum! {
    /// 年龄段 — age group (1.4.12.9 genderAgeList.age).
    pub enum AgeGroup {
        /// 2 — 儿童, child.
        Child = 2,
        /// 3 — 少年, teenager.
        Teen = 3,
        /// 4 — 青年, young adult.
        Youth = 4,
        /// 5 — 中年, middle-aged.
        MiddleAged = 5,
        /// 6 — 老年, elderly.
        Elderly = 6,
    }
}

/// The scope shared by 1.4.12.7–9: regions (none = the whole project) and devices in
/// them (none = every device), with `flowCategory`, `reportType` and `startTime`.
fn check_report_scope(
    path: &str,
    regions: &Option<Vec<String>>,
    devices: &Option<Vec<FlowDeviceRef>>,
) -> Result<(), Error> {
    if let Some(r) = regions {
        check::len(path, "regionIdList", r.len(), 0, REPORT_MAX_LIST_LEN)?;
    }
    if let Some(d) = devices {
        check::len(path, "devInfoList", d.len(), 0, REPORT_MAX_LIST_LEN)?;
        for (i, dev) in d.iter().enumerate() {
            check::any_locator(path, &dev.qr_code, &dev.mac)?;
            check::channel(path, &format!("devInfoList[{i}].channelId"), dev.channel_id)?;
        }
    }
    Ok(())
}

/// 查询客流概览数据 — in/out/pass totals of one report period (1.4.12.7). Requests that
/// name devices need them in trial or paid use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetFlowOverview {
    /// 分组id列表 — regions, 0–100; none = every region of the project (1.4.12.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id_list: Option<Vec<String>>,
    /// 设备信息列表 — devices, 0–100; none = every device of the regions (1.4.12.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_info_list: Option<Vec<FlowDeviceRef>>,
    /// 客流范围 — valid or all counts. Required (1.4.12.7).
    pub flow_category: FlowCategory,
    /// 报表类型 — day, week, month or year. Required (1.4.12.7).
    pub report_type: ReportType,
    /// 起始时间 — the period's start, UNIX seconds (corrected to the period). Required (1.4.12.7).
    #[serde(with = "client_core::lenient::ts_seconds")]
    pub start_time: DateTime<Utc>,
    /// 需要的数据维度集合 — counts wanted; none = all (1.4.12.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_dimension_list: Option<Vec<FlowDimension>>,
}

impl GetFlowOverview {
    /// Every count of the whole project for the report period starting at `start`.
    pub fn project(report_type: ReportType, start: DateTime<Utc>) -> Self {
        Self {
            region_id_list: None,
            dev_info_list: None,
            flow_category: FlowCategory::All,
            report_type,
            start_time: start,
            need_dimension_list: None,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_report_scope(path, &self.region_id_list, &self.dev_info_list)
    }
}

client_core::endpoint!(GetFlowOverview => FlowOverview, POST "/tums/open/passengerFlow/v1/getFlowOverview", read, validate);

/// 客流概览数据 — result of 1.4.12.7. Counts not asked for are absent; future periods
/// are -1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowOverview {
    /// 上次更新时间 — last sync, UNIX seconds (1.4.12.7).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_update_time: Option<DateTime<Utc>>,
    /// 进入人次 — people in (1.4.12.7).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub in_times: Option<i64>,
    /// 离开人次 — people out (1.4.12.7).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub out_times: Option<i64>,
    /// 经过人次 — people passing (1.4.12.7).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub pass_times: Option<i64>,
}

/// 查询客流列表数据 — in/out/pass counts per sub-period (hour of a day, day of a
/// week…) of one report period (1.4.12.8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetFlowList {
    /// 分组id列表 — regions, 0–100; none = every region (1.4.12.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id_list: Option<Vec<String>>,
    /// 设备信息列表 — devices, 0–100; none = every device (1.4.12.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_info_list: Option<Vec<FlowDeviceRef>>,
    /// 客流范围 — valid or all counts. Required (1.4.12.8).
    pub flow_category: FlowCategory,
    /// 报表类型 — day, week, month or year. Required (1.4.12.8).
    pub report_type: ReportType,
    /// 起始时间 — the period's start, UNIX seconds. Required (1.4.12.8).
    #[serde(with = "client_core::lenient::ts_seconds")]
    pub start_time: DateTime<Utc>,
    /// 需要的数据维度集合 — counts wanted; none = all (1.4.12.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_dimension_list: Option<Vec<FlowDimension>>,
}

impl GetFlowList {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_report_scope(path, &self.region_id_list, &self.dev_info_list)
    }
}

client_core::endpoint!(GetFlowList => FlowSeries, POST "/tums/open/passengerFlow/v1/getFlowList", read, validate);

/// 客流列表数据 — result of 1.4.12.8.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowSeries {
    /// list — one entry per sub-period (1.4.12.8).
    #[serde(default)]
    pub list: Vec<FlowSlot>,
}

/// 时段客流 — counts of one sub-period (1.4.12.8 list).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowSlot {
    /// 开始 — start (included), UNIX seconds on the hour (1.4.12.8).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_second: Option<DateTime<Utc>>,
    /// 结束 — end (excluded), UNIX seconds on the hour (1.4.12.8).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_second: Option<DateTime<Utc>>,
    /// 进入人次 — people in; -1 in the future (1.4.12.8).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub in_times: Option<i64>,
    /// 离开人次 — people out; -1 in the future (1.4.12.8).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub out_times: Option<i64>,
    /// 经过人次 — people passing; -1 in the future (1.4.12.8).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub pass_times: Option<i64>,
}

/// 查询客流性别、年龄、停留时间数据 — gender/age and stay-time distributions of one
/// report period (1.4.12.9).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetFlowDistribution {
    /// 分组id列表 — regions, 0–100; none = every region (1.4.12.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id_list: Option<Vec<String>>,
    /// 设备信息列表 — devices, 0–100; none = every device (1.4.12.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_info_list: Option<Vec<FlowDeviceRef>>,
    /// 客流范围 — valid or all counts. Required (1.4.12.9).
    pub flow_category: FlowCategory,
    /// 报表类型 — day, week, month or year. Required (1.4.12.9).
    pub report_type: ReportType,
    /// 起始时间 — the period's start, UNIX seconds. Required (1.4.12.9).
    #[serde(with = "client_core::lenient::ts_seconds")]
    pub start_time: DateTime<Utc>,
    /// 需要的数据类型集合 — distributions wanted. Required (1.4.12.9).
    pub need_data_type_list: Vec<FlowDataType>,
    /// 停留时间区间节点 — four increasing minutes in `[1, 1440]` splitting five
    /// intervals (default `[2, 10, 30, 60]`); only with stay-time data (1.4.12.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay_time_intervals: Option<Vec<i64>>,
}

impl GetFlowDistribution {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_report_scope(path, &self.region_id_list, &self.dev_info_list)?;
        check::batch(path, "needDataTypeList", self.need_data_type_list.len(), 2)?;
        if let Some(nodes) = &self.stay_time_intervals {
            check::len(path, "stayTimeIntervals", nodes.len(), 4, 4)?;
            for n in nodes {
                check::range(
                    path,
                    "stayTimeIntervals",
                    *n,
                    STAY_MINUTES_RANGE.0,
                    STAY_MINUTES_RANGE.1,
                )?;
            }
            if nodes.windows(2).any(|w| w[0] >= w[1]) {
                return Err(Error::invalid(
                    path,
                    format!("stayTimeIntervals must increase strictly, got {nodes:?}"),
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(GetFlowDistribution => FlowDistribution, POST "/tums/open/passengerFlow/v1/getFlowDistribution", read, validate);

/// 客流分布 — result of 1.4.12.9; each list only when asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowDistribution {
    /// 性别、年龄分布列表 — people in by gender and age (1.4.12.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender_age_list: Option<Vec<GenderAgeCount>>,
    /// 停留时长分布列表 — people in by stay time (1.4.12.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay_list: Option<Vec<StayCount>>,
}

/// 性别年龄人次 — one gender/age cell (1.4.12.9 genderAgeList).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GenderAgeCount {
    /// 性别 — gender (1.4.12.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// 年龄段 — age group (1.4.12.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeGroup>,
    /// 进入人次 — people in (1.4.12.9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub count: Option<i64>,
}

/// 停留时长人次 — one stay-time interval (1.4.12.9 stayList).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StayCount {
    /// 区间开始分钟 — start minute (included unless 0) (1.4.12.9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_minute: Option<i64>,
    /// 区间结束分钟 — end minute (excluded); none for the last interval (1.4.12.9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_minute: Option<i64>,
    /// 人次 — people whose stay falls in the interval (1.4.12.9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub count: Option<i64>,
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

    #[test]
    fn report_requests_are_checked() {
        let base = GetFlowDistribution {
            region_id_list: Some(vec!["1".into()]),
            dev_info_list: Some(vec![FlowDeviceRef::qr_code("16E0091709B04C926")]),
            flow_category: FlowCategory::Valid,
            report_type: ReportType::Week,
            start_time: t(1_739_721_600),
            need_data_type_list: vec![FlowDataType::GenderAge, FlowDataType::StayTime],
            stay_time_intervals: Some(vec![2, 10, 30, 60]),
        };
        assert!(base.validate().is_ok());
        let mut bad = base.clone();
        bad.stay_time_intervals = Some(vec![2, 10, 10, 60]);
        rejects(&bad, "increase");
        bad.stay_time_intervals = Some(vec![2, 10, 30]);
        rejects(&bad, "stayTimeIntervals");
        bad.stay_time_intervals = Some(vec![2, 10, 30, 1441]);
        rejects(&bad, "stayTimeIntervals");
        bad.stay_time_intervals = None;
        bad.need_data_type_list.clear();
        rejects(&bad, "needDataTypeList");
        let mut overview = GetFlowOverview::project(ReportType::Day, t(1_739_894_400));
        assert!(overview.validate().is_ok());
        overview.region_id_list = Some(vec!["1".into(); 101]);
        rejects(&overview, "regionIdList");
        overview.region_id_list = None;
        overview.dev_info_list = Some(vec![FlowDeviceRef {
            qr_code: None,
            mac: Some("00-FF-00-17-00-18".into()),
            channel_id: 0,
        }]);
        rejects(&overview, "devInfoList[0].channelId");
    }
}
