//! 1.4.13 录像配置 — recording configuration: schedule templates and per-device
//! recording settings, kept in step with the console's security centre (TUMS
//! 2026-08-31 edition, 1.4.13.2–1.4.13.8). Project-type applications only.
//!
//! A template ([`GetAllRecordPlans`], [`GetRecordPlanSchedules`], [`SetRecordPlan`])
//! says when and on what a device records; a device's configuration
//! ([`GetRecordCfgs`], [`AddRecordCfgs`], [`EditDevCfgs`], [`DelRecordCfgs`]) applies one.
//!
//! A day's schedule is a list of `"startSecond-endSecond:type"` segments (seconds from
//! midnight, multiples of 60, type 0 = timed, 1 = on events), at most 4 per day:
//!
//! ```
//! use tums_client::api::record_config::*;
//! let seg = ScheduleSegment::parse("0-57600:0").unwrap();
//! assert_eq!((seg.start_second, seg.end_second, seg.kind), (0, 57_600, RecordKind::Timed));
//! assert_eq!(seg.to_string(), "0-57600:0");
//! assert!(ScheduleSegment::parse("0-57601:0").is_none()); // not whole minutes
//! ```

use client_core::{Error, Page, PageRequest, Paged};
use serde::{Deserialize, Serialize};

use super::check;
use crate::api::vehicle::SortOrder;
use crate::envelope::PagedList;

/// Largest `limit` of [`GetRecordCfgs`] (`[1, 1000]`, default 10, 1.4.13.5).
pub const RECORD_CFG_MAX_LIMIT: u32 = 1000;
/// Default `limit` of [`GetRecordCfgs`] (1.4.13.5).
pub const RECORD_CFG_DEFAULT_LIMIT: u32 = 10;
/// Most segments of one day (一天的自定义录像计划时间最多4段, 1.4.13.3/4).
pub const MAX_DAY_SEGMENTS: usize = 4;
/// Longest `recordPlanName` (`[1, 32]`, 1.4.13.4).
pub const PLAN_NAME_MAX_LEN: usize = 32;

client_core::int_enum! {
    /// 是否是用户自定义模板 — who defined a template (1.4.13.2 userDefinedSign).
    pub enum UserDefinedSign {
        /// 0 — 系统预置模板，不可编辑, built in, read-only.
        Preset = 0,
        /// 1 — 用户自定义模板，可编辑, user-defined, editable.
        UserDefined = 1,
    }
}

client_core::int_enum! {
    /// 录像码流 — the stream recorded (1.4.13.5–8 streamType).
    pub enum RecordStreamType {
        /// 0 — 主码流, main stream (the only one for directly connected IPCs).
        Main = 0,
        /// 1 — 子码流, sub stream.
        Sub = 1,
    }
}

client_core::int_enum! {
    /// 存储类型 — where the recording is stored (1.4.13.5 storageType).
    pub enum StorageType {
        /// 0 — 存储在ipc上, on the IPC.
        Ipc = 0,
        /// 1 — 存储在nvr上, on the NVR.
        Nvr = 1,
    }
}

/// 计划类型 — what a schedule segment records on (1.4.13.3/4 type).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKind {
    /// 0 — 定时, continuously.
    Timed,
    /// 1 — 事件触发, only on events.
    Event,
}

/// One segment of a day's schedule: `"startSecond-endSecond:type"` (1.4.13.3/4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ScheduleSegment {
    /// Start, seconds from midnight (a multiple of 60).
    pub start_second: u32,
    /// End, seconds from midnight (a multiple of 60, at most 86400).
    pub end_second: u32,
    /// Timed or on events.
    pub kind: RecordKind,
}

impl ScheduleSegment {
    /// Parses `"start-end:type"`; `None` unless whole minutes with `start < end ≤
    /// 86400` and type 0 or 1.
    pub fn parse(text: &str) -> Option<Self> {
        let (range, kind) = text.trim().split_once(':')?;
        let (start, end) = range.split_once('-')?;
        let start: u32 = start.trim().parse().ok()?;
        let end: u32 = end.trim().parse().ok()?;
        let kind = match kind.trim() {
            "0" => RecordKind::Timed,
            "1" => RecordKind::Event,
            _ => return None,
        };
        (start.is_multiple_of(60) && end.is_multiple_of(60) && start < end && end <= 86_400)
            .then_some(Self {
                start_second: start,
                end_second: end,
                kind,
            })
    }
}

impl std::fmt::Display for ScheduleSegment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            RecordKind::Timed => 0,
            RecordKind::Event => 1,
        };
        write!(f, "{}-{}:{kind}", self.start_second, self.end_second)
    }
}

/// 录像时间段配置 — a week of segments, one list per day (1.4.13.3 result, 1.4.13.4
/// schedules).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekSchedule {
    /// 星期一 — Monday (1.4.13.3/4).
    #[serde(default)]
    pub monday: Vec<String>,
    /// 星期二 — Tuesday (1.4.13.3/4).
    #[serde(default)]
    pub tuesday: Vec<String>,
    /// 星期三 — Wednesday (1.4.13.3/4).
    #[serde(default)]
    pub wednesday: Vec<String>,
    /// 星期四 — Thursday (1.4.13.3/4).
    #[serde(default)]
    pub thursday: Vec<String>,
    /// 星期五 — Friday (1.4.13.3/4).
    #[serde(default)]
    pub friday: Vec<String>,
    /// 星期六 — Saturday (1.4.13.3/4).
    #[serde(default)]
    pub saturday: Vec<String>,
    /// 星期日 — Sunday (1.4.13.3/4).
    #[serde(default)]
    pub sunday: Vec<String>,
}

impl WeekSchedule {
    /// The same segments every day.
    pub fn every_day(segments: &[ScheduleSegment]) -> Self {
        let day: Vec<String> = segments.iter().map(ToString::to_string).collect();
        Self {
            monday: day.clone(),
            tuesday: day.clone(),
            wednesday: day.clone(),
            thursday: day.clone(),
            friday: day.clone(),
            saturday: day.clone(),
            sunday: day,
        }
    }

    /// The days with their names, Monday first.
    pub fn days(&self) -> [(&'static str, &[String]); 7] {
        [
            ("monday", &self.monday),
            ("tuesday", &self.tuesday),
            ("wednesday", &self.wednesday),
            ("thursday", &self.thursday),
            ("friday", &self.friday),
            ("saturday", &self.saturday),
            ("sunday", &self.sunday),
        ]
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        for (day, segments) in self.days() {
            check::len(
                path,
                &format!("schedules.{day}"),
                segments.len(),
                0,
                MAX_DAY_SEGMENTS,
            )?;
            let mut parsed: Vec<ScheduleSegment> = Vec::with_capacity(segments.len());
            for (i, s) in segments.iter().enumerate() {
                let seg = ScheduleSegment::parse(s).ok_or_else(|| {
                    Error::invalid(
                        path,
                        format!(
                            "schedules.{day}[{i}] must be \"start-end:type\" (whole minutes, start < end <= 86400, type 0 or 1), got {s:?}"
                        ),
                    )
                })?;
                if parsed
                    .iter()
                    .any(|p| seg.start_second < p.end_second && p.start_second < seg.end_second)
                {
                    return Err(Error::invalid(
                        path,
                        format!("schedules.{day}[{i}] {s:?} overlaps another segment"),
                    ));
                }
                parsed.push(seg);
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------
// 1.4.13.2

/// 获取录像计划模板列表 — the enterprise's schedule templates (1.4.13.2).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetAllRecordPlans {}

client_core::endpoint!(GetAllRecordPlans => Vec<RecordPlan>, POST "/tums/open/record/v1/getAllRecordPlans", read);

/// 录像计划模板 — one template (1.4.13.2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordPlan {
    /// 录像计划模板id — template id (1.4.13.2).
    #[serde(default, with = "client_core::lenient::int")]
    pub record_plan_id: i64,
    /// 是否是用户自定义模板 — preset or user-defined (1.4.13.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_defined_sign: Option<UserDefinedSign>,
    /// 录像计划模板名称 — name (1.4.13.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_name: Option<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.13.3 / 1.4.13.4

/// 获取录像计划模板详情 — a template's week (1.4.13.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetRecordPlanSchedules {
    /// 录像计划模板id — from [`GetAllRecordPlans`]. Required (1.4.13.3).
    #[serde(with = "client_core::lenient::int")]
    pub record_plan_id: i64,
}

client_core::endpoint!(GetRecordPlanSchedules => WeekSchedule, POST "/tums/open/record/v1/getRecordPlanSchedules", read);

/// 设置录像计划模板 — rename and reschedule a user-defined template (1.4.13.4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetRecordPlan {
    /// 录像计划模板id — from [`GetAllRecordPlans`]. Required (1.4.13.4).
    #[serde(with = "client_core::lenient::int")]
    pub record_plan_id: i64,
    /// 录像计划模板名称 — 1–32 characters. Required (1.4.13.4).
    pub record_plan_name: String,
    /// 录像时间段配置 — every day required (1.4.13.4).
    pub schedules: WeekSchedule,
}

impl SetRecordPlan {
    fn check(&self, path: &str) -> Result<(), Error> {
        client_core::validate::chars(
            path,
            "recordPlanName",
            &self.record_plan_name,
            1,
            PLAN_NAME_MAX_LEN,
        )?;
        self.schedules.check(path)
    }
}

client_core::endpoint!(SetRecordPlan => client_core::Ack, POST "/tums/open/record/v1/setRecordPlan", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.13.5

/// 分页查询项目下设备的录像配置 — devices of a region with recording configured
/// (1.4.13.5), paged with `start` (default 0) and `limit` (`[1, 1000]`, default 10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetRecordCfgs {
    /// 起始条目 — 0-based offset (default 0) (1.4.13.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start: Option<i64>,
    /// 条目总数 — `[1, 1000]` (default 10) (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（与） — the region. Required (1.4.13.5).
    pub filter_and: RecordCfgFilterAnd,
    /// 筛选条件（或） — name / IP contains (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<RecordCfgFilterOr>,
    /// 排序方式 — sort keys in priority order (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<RecordCfgSort>>,
}

impl GetRecordCfgs {
    /// The first page of `region_id`, `limit` per page.
    pub fn region(region_id: impl Into<String>, limit: u32) -> Self {
        Self {
            start: None,
            limit: Some(limit),
            filter_and: RecordCfgFilterAnd {
                region_id: region_id.into(),
            },
            filter_or: None,
            sort: None,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        if let Some(s) = self.start {
            check::start(path, s)?;
        }
        if let Some(l) = self.limit {
            check::limit(path, l, RECORD_CFG_MAX_LIMIT)?;
        }
        check::non_empty(path, "filterAnd.regionId", &self.filter_and.region_id)
    }
}

client_core::endpoint!(GetRecordCfgs => PagedList<DeviceRecordCfg>, POST "/tums/open/record/v1/getRecordCfgs", read, validate);

impl Paged for GetRecordCfgs {
    type Item = DeviceRecordCfg;

    /// The caller's `limit`, or the documented default (10).
    fn page_size(&self) -> u32 {
        self.limit.unwrap_or(RECORD_CFG_DEFAULT_LIMIT)
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = Some(i64::try_from(page.offset()).unwrap_or(i64::MAX));
        self.limit = Some(page.size);
    }

    fn into_page(resp: PagedList<DeviceRecordCfg>) -> Page<DeviceRecordCfg> {
        Page::new(resp.list, u64::try_from(resp.total).ok())
    }
}

/// 录像配置筛选（与） — AND filter of 1.4.13.5.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordCfgFilterAnd {
    /// 分组id — region id. Required (1.4.13.5).
    #[serde(with = "client_core::lenient::string")]
    pub region_id: String,
}

/// 录像配置筛选（或） — OR filter of 1.4.13.5.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordCfgFilterOr {
    /// 设备名称模糊查询 — name contains (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_name_like: Option<String>,
    /// 设备ip模糊查询 — IP contains (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_like: Option<String>,
}

/// 排序 — one sort key of 1.4.13.5: `{"ip": "desc"}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordCfgSort {
    /// 设备ip — by IP (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<SortOrder>,
}

/// 设备录像配置 — a device and its recording configurations (1.4.13.5 list).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceRecordCfg {
    /// 17位设备码 — device code (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// mac地址 — MAC (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道号 — channel (1.4.13.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 父设备的17位设备码 — parent code, NVR channels only (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_qr_code: Option<String>,
    /// 父设备的mac地址 — parent MAC, NVR channels only (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_mac: Option<String>,
    /// 设备名称 — name (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_name: Option<String>,
    /// 设备ip — IP (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// 录像配置数量 — number of configurations (1.4.13.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_num: Option<i64>,
    /// 录像配置信息 — the configurations (1.4.13.5).
    #[serde(default)]
    pub expand: Vec<RecordCfg>,
}

/// 录像配置 — one recording configuration of a device (1.4.13.5 expand).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordCfg {
    /// 录像配置id — for [`EditDevCfgs`] (1.4.13.5).
    #[serde(default, with = "client_core::lenient::int")]
    pub id: i64,
    /// 存储设备是否是监控点已连接的NVR — stored on the camera's own NVR (0/1) (1.4.13.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_parent: Option<bool>,
    /// 录像计划模板id — template (1.4.13.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub record_plan_id: Option<i64>,
    /// 录像计划模板名称 — template name (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_plan_name: Option<String>,
    /// 开启或关闭录像 — recording on (0/1) (1.4.13.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub record_switch: Option<bool>,
    /// 更新录像计划是否需要流媒体转发 — needs media relay (0/1) (1.4.13.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub redirect_switch: Option<bool>,
    /// 录像存储设备的mac — storage device MAC (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_dev_mac: Option<String>,
    /// 录像存储设备的qrCode — storage device code (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_dev_qr_code: Option<String>,
    /// 录像存储设备的名称 — storage device name (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_dev_name: Option<String>,
    /// 存储类型 — IPC or NVR (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_type: Option<StorageType>,
    /// 录像码流 — main or sub (1.4.13.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_type: Option<RecordStreamType>,
}

// ---------------------------------------------------------------------------------
// 1.4.13.6 – 1.4.13.8

fn device(
    path: &str,
    qr: &Option<String>,
    mac: &Option<String>,
    channel: i64,
) -> Result<(), Error> {
    check::any_locator(path, qr, mac)?;
    check::channel(path, "channelId", channel)
}

/// 为设备添加录像配置 — start recording a device with a template (1.4.13.6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddRecordCfgs {
    /// 设备码 — device code; this or `mac` is required (1.4.13.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.13.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel, from 1. Required (1.4.13.6).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 录像配置 — template and stream. Required (1.4.13.6).
    pub config: NewRecordCfg,
}

impl AddRecordCfgs {
    fn check(&self, path: &str) -> Result<(), Error> {
        device(path, &self.qr_code, &self.mac, self.channel_id)
    }
}

client_core::endpoint!(AddRecordCfgs => client_core::Ack, POST "/tums/open/record/v1/addRecordCfgs", write, validate);

/// 录像配置 — what [`AddRecordCfgs`] sets (1.4.13.6 config).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewRecordCfg {
    /// 录像计划模板id — from [`GetAllRecordPlans`]. Required (1.4.13.6).
    #[serde(with = "client_core::lenient::int")]
    pub record_plan_id: i64,
    /// 录像码流 — main (directly connected IPCs) or sub. Required (1.4.13.6).
    pub stream_type: RecordStreamType,
}

/// 删除设备的录像配置 — stop recording a device (1.4.13.7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DelRecordCfgs {
    /// 设备码 — device code; this or `mac` is required (1.4.13.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.13.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel, from 1. Required (1.4.13.7).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
}

impl DelRecordCfgs {
    fn check(&self, path: &str) -> Result<(), Error> {
        device(path, &self.qr_code, &self.mac, self.channel_id)
    }
}

client_core::endpoint!(DelRecordCfgs => client_core::Ack, POST "/tums/open/record/v1/delRecordCfgs", write, validate);

/// 修改设备的录像配置 — change one of a device's recording configurations (1.4.13.8;
/// its 功能说明 says 删除设备的录像配置, a copy of 1.4.13.7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditDevCfgs {
    /// 设备码 — device code; this or `mac` is required (1.4.13.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.13.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel, from 1. Required (1.4.13.8).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 录像配置 — the new settings. Required (1.4.13.8).
    pub config: EditRecordCfg,
}

impl EditDevCfgs {
    fn check(&self, path: &str) -> Result<(), Error> {
        device(path, &self.qr_code, &self.mac, self.channel_id)
    }
}

client_core::endpoint!(EditDevCfgs => client_core::Ack, POST "/tums/open/record/v1/editDevCfgs", write, validate);

/// 录像配置 — what [`EditDevCfgs`] sets (1.4.13.8 config).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditRecordCfg {
    /// 录像配置的id — from [`GetRecordCfgs`]. Required (1.4.13.8).
    #[serde(with = "client_core::lenient::int")]
    pub id: i64,
    /// 录像码流 — main or sub. Required (1.4.13.8).
    pub stream_type: RecordStreamType,
    /// 录像计划模板id — template. Required (1.4.13.8).
    #[serde(with = "client_core::lenient::int")]
    pub record_plan_id: i64,
    /// 是否开启录像 — recording on (0/1 on the wire). Required (1.4.13.8).
    #[serde(with = "client_core::lenient::bool_int")]
    pub record_switch: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::Endpoint;

    fn rejects<E: Endpoint>(req: &E, needle: &str) {
        match req.validate() {
            Err(Error::InvalidRequest { path, message }) => {
                assert_eq!(path, E::PATH);
                assert!(message.contains(needle), "{message:?} lacks {needle:?}");
            }
            other => panic!("expected InvalidRequest about {needle:?}, got {other:?}"),
        }
    }

    #[test]
    fn schedules_are_checked() {
        let day = [
            ScheduleSegment::parse("0-57600:0").unwrap(),
            ScheduleSegment::parse("57600-86400:1").unwrap(),
        ];
        let plan = SetRecordPlan {
            record_plan_id: 7,
            record_plan_name: "夜间".into(),
            schedules: WeekSchedule::every_day(&day),
        };
        assert!(plan.validate().is_ok());
        let mut bad = plan.clone();
        bad.schedules.sunday = vec!["0-600:0".into(), "300-900:1".into()];
        rejects(&bad, "overlaps");
        bad.schedules.sunday = vec!["0-60:0".into(); 5];
        rejects(&bad, "schedules.sunday");
        bad.schedules.sunday = vec!["0-86460:0".into()];
        rejects(&bad, "schedules.sunday[0]");
        bad.schedules.sunday = vec!["0-600:2".into()];
        rejects(&bad, "type 0 or 1");
        rejects(
            &SetRecordPlan {
                record_plan_name: "x".repeat(33),
                ..plan
            },
            "recordPlanName",
        );
        assert!(ScheduleSegment::parse("600-0:0").is_none());
    }

    #[test]
    fn record_cfgs_page() {
        let mut q = GetRecordCfgs::region("6313534563535", 1000);
        assert!(q.validate().is_ok());
        q.limit = Some(1001);
        rejects(&q, "limit");
        q.limit = None;
        assert_eq!(q.page_size(), 10);
        q.set_page(PageRequest { index: 1, size: 10 });
        assert_eq!(q.start, Some(10));
        rejects(&GetRecordCfgs::region(" ", 10), "regionId");
        rejects(
            &DelRecordCfgs {
                qr_code: None,
                mac: None,
                channel_id: 1,
            },
            "qrCode or mac",
        );
    }
}
