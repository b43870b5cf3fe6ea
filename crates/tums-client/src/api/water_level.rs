//! 1.4.15 水位管理 — water level: water-level cameras (水位球) and their readings (TUMS
//! 2026-08-31 edition, 1.4.15.1–1.4.15.4). Project-type applications only.
//!
//! Levels, readings and thresholds are decimal text in metres (`"12.598"`), kept as
//! text so no digit is lost.
//!
//! ```
//! use client_core::{Endpoint, PageRequest, Paged};
//! use tums_client::api::water_level::*;
//!
//! let mut req = GetWaterLevelByPage::device_qr_code("16E0091709B04C926");
//! assert!(req.validate().is_ok());
//! req.set_page(PageRequest { index: 1, size: 100 });
//! assert_eq!((req.start, req.limit), (Some(100), Some(100)));
//! ```

use client_core::{Error, Page, PageRequest, Paged};
use serde::{Deserialize, Serialize};

use super::check;
use crate::api::device::DeviceStatus;
use crate::api::vehicle::SortOrder;

/// Largest `limit` of the two paged endpoints (`[1, 1000]`, default 10, 1.4.15.2/3).
pub const WATER_LEVEL_MAX_LIMIT: u32 = 1000;
/// Default `limit` of the two paged endpoints (1.4.15.2/3).
pub const WATER_LEVEL_DEFAULT_LIMIT: u32 = 10;

client_core::int_enum! {
    /// 水位警戒状态 — water-level alert state (表 1.4.15.1.1). The text extract keeps the
    /// values 0, 1 and 2 but lost their meanings, so the variants are named by value.
    pub enum WarningStatus {
        /// 0 (meaning not legible in the extract).
        Value0 = 0,
        /// 1 (meaning not legible in the extract).
        Value1 = 1,
        /// 2 (meaning not legible in the extract).
        Value2 = 2,
    }
}

/// One page of a water-level listing. Unlike most TUMS pages the examples omit
/// `total`: it is `None` then, and streaming stops on a short page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>", serialize = "T: Serialize"))]
pub struct WaterLevelPage<T> {
    /// 总数 — number of matching items, when sent (1.4.15.2/3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total: Option<i64>,
    /// 列表 — this page's items (1.4.15.2/3).
    #[serde(default = "Vec::new")]
    pub list: Vec<T>,
}

impl<T> Default for WaterLevelPage<T> {
    fn default() -> Self {
        Self {
            total: None,
            list: Vec::new(),
        }
    }
}

fn page<T>(resp: WaterLevelPage<T>) -> Page<T> {
    Page::new(resp.list, resp.total.and_then(|t| u64::try_from(t).ok()))
}

fn paging(path: &str, start: Option<i64>, limit: Option<u32>) -> Result<(), Error> {
    if let Some(s) = start {
        check::start(path, s)?;
    }
    if let Some(l) = limit {
        check::limit(path, l, WATER_LEVEL_MAX_LIMIT)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------
// 1.4.15.2

/// 分页查询项目下的水位球列表 — the project's water-level cameras (1.4.15.2), paged with
/// `start` (default 0) and `limit` (`[1, 1000]`, default 10).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetWaterLevelDeviceListByPage {
    /// 起始条目 — 0-based offset (1.4.15.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start: Option<i64>,
    /// 条目总数 — `[1, 1000]` (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（与） — AND filter (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<WaterDeviceFilterAnd>,
    /// 筛选条件（或） — OR filter (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<WaterDeviceFilterOr>,
    /// 排序方式 — sort keys in priority order (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<WaterDeviceSort>>,
}

impl GetWaterLevelDeviceListByPage {
    fn check(&self, path: &str) -> Result<(), Error> {
        paging(path, self.start, self.limit)
    }
}

client_core::endpoint!(GetWaterLevelDeviceListByPage => WaterLevelPage<WaterLevelDevice>, POST "/vms/open/waterLevelManager/v1/getWaterLevelDeviceListByPage", read, validate);

impl Paged for GetWaterLevelDeviceListByPage {
    type Item = WaterLevelDevice;

    /// The caller's `limit`, or the documented default (10).
    fn page_size(&self) -> u32 {
        self.limit.unwrap_or(WATER_LEVEL_DEFAULT_LIMIT)
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = Some(i64::try_from(page.offset()).unwrap_or(i64::MAX));
        self.limit = Some(page.size);
    }

    fn into_page(resp: WaterLevelPage<WaterLevelDevice>) -> Page<WaterLevelDevice> {
        page(resp)
    }
}

/// 水位球筛选（与） — AND filter of 1.4.15.2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WaterDeviceFilterAnd {
    /// 分组id — region (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// 水位警戒状态 — alert state (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning_status: Option<WarningStatus>,
    /// 设备状态 — device state (表 1.4.3.1-2; typed string in this table, sent as
    /// written) (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// 水位球筛选（或） — OR filter of 1.4.15.2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WaterDeviceFilterOr {
    /// 设备名称模糊查询 — name contains (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_name_like: Option<String>,
}

/// 排序 — one sort key of 1.4.15.2; set one member per element.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WaterDeviceSort {
    /// 设备名称 — by name (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_name: Option<SortOrder>,
    /// 设备状态 — by device state (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SortOrder>,
    /// 水位警戒状态 — by alert state (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning_status: Option<SortOrder>,
}

/// 水位球 — one water-level camera (1.4.15.2 list).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WaterLevelDevice {
    /// 17位设备码 — device code; some network devices have none (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// mac地址 — MAC (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 设备名称 — name (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_name: Option<String>,
    /// 设备状态 — state (表 1.4.3.1-2) (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DeviceStatus>,
    /// 水尺数量 — number of gauges (1.4.15.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub water_ruler_num: Option<i64>,
    /// 水位值 — level in metres (1.4.15.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub water_level: Option<String>,
    /// 水位警戒状态 — alert state (1.4.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning_status: Option<WarningStatus>,
}

// ---------------------------------------------------------------------------------
// 1.4.15.3

/// 分页查询设备的水位数据 — a camera's readings (1.4.15.3), paged like
/// [`GetWaterLevelDeviceListByPage`]. `filter_and` naming the device is required (the
/// printed example omits it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetWaterLevelByPage {
    /// 起始条目 — 0-based offset (1.4.15.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start: Option<i64>,
    /// 条目总数 — `[1, 1000]` (1.4.15.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件 — the device and period. Required (1.4.15.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<WaterLevelFilter>,
}

impl GetWaterLevelByPage {
    /// Every reading of the camera `qr_code`.
    pub fn device_qr_code(qr_code: impl Into<String>) -> Self {
        Self {
            start: None,
            limit: None,
            filter_and: Some(WaterLevelFilter {
                qr_code: Some(qr_code.into()),
                ..Default::default()
            }),
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        paging(path, self.start, self.limit)?;
        let Some(f) = &self.filter_and else {
            return Err(Error::invalid(
                path,
                "filterAnd (naming the device by qrCode or mac) is required",
            ));
        };
        check::any_locator(path, &f.qr_code, &f.mac)?;
        if let (Some(s), Some(e)) = (f.start_time, f.end_time) {
            client_core::validate::ordered(
                path,
                "filterAnd.startTime",
                &s,
                "filterAnd.endTime",
                &e,
            )?;
        }
        Ok(())
    }
}

client_core::endpoint!(GetWaterLevelByPage => WaterLevelPage<WaterLevelRecord>, POST "/vms/open/waterLevelManager/v1/getWaterLevelByPage", read, validate);

impl Paged for GetWaterLevelByPage {
    type Item = WaterLevelRecord;

    /// The caller's `limit`, or the documented default (10).
    fn page_size(&self) -> u32 {
        self.limit.unwrap_or(WATER_LEVEL_DEFAULT_LIMIT)
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = Some(i64::try_from(page.offset()).unwrap_or(i64::MAX));
        self.limit = Some(page.size);
    }

    fn into_page(resp: WaterLevelPage<WaterLevelRecord>) -> Page<WaterLevelRecord> {
        page(resp)
    }
}

/// 水位数据筛选 — AND filter of 1.4.15.3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WaterLevelFilter {
    /// 设备码 — device code; this or `mac` is required (1.4.15.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.15.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 查询的起始时间戳 — from, UNIX seconds (typed int) (1.4.15.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<i64>,
    /// 查询的截止时间戳 — until, UNIX seconds (typed string in the table; sent as a
    /// number like `startTime`) (1.4.15.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<i64>,
}

/// 水位记录 — one reading (1.4.15.3 list).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WaterLevelRecord {
    /// 水位记录产生的时间戳 — when, UNIX seconds (1.4.15.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub time: Option<i64>,
    /// 水尺名称 — the gauge (1.4.15.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub water_ruler_name: Option<String>,
    /// 水尺读数 — gauge reading, metres (1.4.15.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub water_ruler_data: Option<String>,
    /// 水位基值 — base level, metres (1.4.15.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub base_water_level: Option<String>,
    /// 水位 — level, metres (1.4.15.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub water_level: Option<String>,
    /// 高余量水位 — margin to the high threshold, metres (1.4.15.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub high_margin: Option<String>,
    /// 低余量水位 — margin to the low threshold, metres (1.4.15.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub low_margin: Option<String>,
    /// 水位警戒状态 — alert state (1.4.15.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning_status: Option<WarningStatus>,
}

// ---------------------------------------------------------------------------------
// 1.4.15.4

/// 查询设备的最新水位数据 — a camera's latest reading (1.4.15.4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetLatestWaterLevelData {
    /// 设备码 — device code; this or `mac` is required (1.4.15.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.15.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

impl GetLatestWaterLevelData {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)
    }
}

client_core::endpoint!(GetLatestWaterLevelData => LatestWaterLevel, POST "/vms/open/waterLevelManager/v1/getLatestWaterLevelData", read, validate);

/// 最新水位数据 — result of 1.4.15.4.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LatestWaterLevel {
    /// 水位记录产生的时间戳 — when, UNIX seconds (1.4.15.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub time: Option<i64>,
    /// 水尺名称 — the gauge (1.4.15.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub water_ruler_name: Option<String>,
    /// 水尺读数 — gauge reading, metres (1.4.15.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub water_ruler_data: Option<String>,
    /// 水位基值 — base level, metres (1.4.15.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub base_water_level: Option<String>,
    /// 水位 — level, metres (1.4.15.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub water_level: Option<String>,
    /// 高水位阈值 — above it is high water, metres (1.4.15.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub high_threshold: Option<String>,
    /// 低水位阈值 — below it is low water, metres (the extract's row repeats
    /// "高水位"; read as the low threshold) (1.4.15.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub low_threshold: Option<String>,
    /// 今日降雨量 — today's rainfall, millimetres (1.4.15.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub rainfall: Option<String>,
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
    fn requests_are_checked() {
        rejects(&GetWaterLevelByPage::default(), "filterAnd");
        let mut req = GetWaterLevelByPage::device_qr_code("16E0091709B04C926");
        req.limit = Some(1001);
        rejects(&req, "limit");
        req.limit = Some(1000);
        if let Some(f) = req.filter_and.as_mut() {
            f.start_time = Some(20);
            f.end_time = Some(10);
        }
        assert!(req.validate().is_err());
        rejects(&GetLatestWaterLevelData::default(), "qrCode or mac");
        let list = GetWaterLevelDeviceListByPage {
            start: Some(-1),
            ..Default::default()
        };
        rejects(&list, "start");
        assert_eq!(GetWaterLevelDeviceListByPage::default().page_size(), 10);
        let p = GetWaterLevelByPage::into_page(WaterLevelPage::default());
        assert_eq!(p.total, None);
    }
}
