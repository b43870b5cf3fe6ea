//! 1.4.9 车辆管理 — vehicle management: licence plates and record exports
//! (tums-open-api.txt 1.4.9.1–1.4.9.7).
//!
//! Project-type applications only (仅项目型应用可以调用).
//!
//! Exports are asynchronous: [`ExportAllVehicleDetectionRecords`] or
//! [`ExportAllEntryAndLeaveRecords`] starts one, [`GetExportRecords`] lists the exports
//! with their [`FileStatus`] (poll until [`FileStatus::Done`]), [`DownloadExportRecord`]
//! gives the file's URL and [`DeleteExportRecord`] removes it. Export records live for
//! 3 days; picture URLs inside an export with pictures for 30 days.
//!
//! **Rate limit:** each project may start at most **one export per 5 seconds**
//! (每个项目5s内限制导出一次). The crate's client enforces this by path for the two
//! export endpoints (see `client::RATE_LIMITED_EXPORT_PATHS`).
//!
//! ```
//! use client_core::{Endpoint, PageRequest, Paged};
//! use tums_client::api::vehicle::*;
//!
//! let mut req = GetExportRecords::new(ExportType::Detection, 100);
//! req.set_page(PageRequest { index: 1, size: 100 });
//! assert_eq!((req.start, req.limit), (100, 100));
//! assert!(req.validate().is_ok());
//! assert!(GetExportRecords::new(ExportType::EntryAndLeave, 101).validate().is_err());
//! ```

use chrono::{DateTime, Utc};
use client_core::{Error, Page, PageRequest, Paged};
use serde::{Deserialize, Deserializer, Serialize};

use super::check;
use crate::envelope::PagedList;

/// Largest `limit` of [`GetAllPlateListByPage`] (取值范围 `[1, 1000]`, 1.4.9.2).
pub const PLATE_LIST_MAX_LIMIT: u32 = 1000;
/// Largest `limit` of [`GetExportRecords`] (取值范围 `[1, 100]`, 1.4.9.5).
pub const EXPORT_RECORDS_MAX_LIMIT: u32 = 100;

client_core::int_enum! {
    /// 车牌类型 — plate type (表1.4.9.1-1 plateType).
    pub enum PlateType {
        /// 0 — 绿牌车（小型新能源）, green plate: small new-energy vehicle.
        Green = 0,
        /// 1 — 蓝牌车（普通小型车）, blue plate: ordinary small vehicle.
        Blue = 1,
        /// 2 — 黄绿牌车（大型新能源）, yellow-green plate: large new-energy vehicle.
        YellowGreen = 2,
        /// 3 — 黑牌车（使领馆车）, black plate: embassy / consulate.
        Black = 3,
        /// 4 — 黄牌车（中大型车）, yellow plate: medium and large vehicles.
        Yellow = 4,
        /// 5 — 白牌车（政法车）, white plate: police / judiciary.
        White = 5,
        /// 6 — 港澳车, Hong Kong / Macau.
        HongKongMacau = 6,
        /// 7 — 教练车, driving school.
        Coach = 7,
        /// 8 — 其他, other.
        Other = 8,
        /// 9 — 无牌车, no plate.
        NoPlate = 9,
    }
}

client_core::int_enum! {
    /// 车辆类型 — vehicle type (表1.4.9.1-2 vehicleType).
    pub enum VehicleType {
        /// 0 — 其他, other.
        Other = 0,
        /// 1 — 小型客车, small passenger car.
        SmallPassenger = 1,
        /// 2 — 小型货车, small truck.
        SmallTruck = 2,
        /// 3 — 中型客车, medium bus.
        MediumPassenger = 3,
        /// 4 — 大型客车, large bus.
        LargePassenger = 4,
        /// 5 — 大型货车, large truck.
        LargeTruck = 5,
    }
}

client_core::int_enum! {
    /// 名单类型 — list membership (表1.4.9.1-3 listType).
    pub enum ListType {
        /// 0 — 未标注, not listed.
        Unlisted = 0,
        /// 1 — 白名单, allow list.
        AllowList = 1,
        /// 2 — 黑名单, block list.
        BlockList = 2,
    }
}

client_core::str_enum! {
    /// 导出记录类型 — which export records to list (1.4.9.5 type).
    pub enum ExportType {
        /// detection — 行车检测记录, vehicle detection records (1.4.9.3).
        Detection = "detection",
        /// entryAndLeave — 车位进出记录, parking entry/exit records (1.4.9.4).
        EntryAndLeave = "entryAndLeave",
    }
}

client_core::int_enum! {
    /// 文件状态 — state of an export file (1.4.9.5 fileStatus; typed string, sent as a
    /// number in the example — both accepted).
    pub enum FileStatus {
        /// 0 — 等待中, waiting.
        Waiting = 0,
        /// 1 — 上传中, uploading.
        Uploading = 1,
        /// 2 — 完成, done: download it with [`DownloadExportRecord`].
        Done = 2,
        /// 3 — 格式转换中, converting.
        Converting = 3,
        /// 4 — 失败, failed.
        Failed = 4,
    }
}

client_core::str_enum! {
    /// 文件格式 — export file format (1.4.9.5 fileFormat; only `excel` is documented).
    pub enum FileFormat {
        /// excel — an Excel workbook.
        Excel = "excel",
    }
}

client_core::str_enum! {
    /// 排序方式 — sort direction (1.4.9.3/4 sort values).
    pub enum SortOrder {
        /// asc — 升序, ascending.
        Asc = "asc",
        /// desc — 降序, descending.
        Desc = "desc",
    }
}

/// Reference values of 车身颜色 (表1.4.9.1-4); other colours may be sent too.
pub const VEHICLE_COLOR_REFERENCE: [&str; 6] = ["黑", "白", "蓝", "红", "紫", "银灰"];
/// Reference values of 车辆品牌 (表1.4.9.1-5); other brands may be sent too.
pub const VEHICLE_LOGO_REFERENCE: [&str; 6] =
    ["保时捷", "玛莎拉蒂", "奔驰", "宝马", "奥迪", "丰田"];

// ---------------------------------------------------------------------------------
// 1.4.9.2

/// 获取车牌列表 — list the licence plates of a group (1.4.9.2), paged with
/// `start`/`limit`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetAllPlateListByPage {
    /// 起始条目 — 0-based offset. Required (1.4.9.2).
    #[serde(with = "client_core::lenient::int")]
    pub start: i64,
    /// 条目数限制 — page size `[1, 1000]`; optional, and the seed states no default
    /// (the paginator always sets it) (1.4.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（与） — AND filter (1.4.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<PlateFilterAnd>,
    /// 筛选条件（或） — OR filter (1.4.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<PlateFilterOr>,
    /// 只返回车牌号 — `true`: items carry only `plateNumber` (default false) (1.4.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_plate_number: Option<bool>,
}

impl GetAllPlateListByPage {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::start(path, self.start)?;
        if let Some(l) = self.limit {
            check::range(
                path,
                "limit",
                i64::from(l),
                1,
                i64::from(PLATE_LIST_MAX_LIMIT),
            )?;
        }
        Ok(())
    }
}

client_core::endpoint!(GetAllPlateListByPage => PlateList, POST "/vms/open/vehicleManager/v1/getAllPlateListByPage", read, validate);

impl Paged for GetAllPlateListByPage {
    type Item = Plate;

    /// The caller's `limit`, or the largest documented one (1000) when unset.
    fn page_size(&self) -> u32 {
        self.limit.unwrap_or(PLATE_LIST_MAX_LIMIT)
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = i64::try_from(page.offset()).unwrap_or(i64::MAX);
        self.limit = Some(page.size);
    }

    fn into_page(resp: PlateList) -> Page<Plate> {
        Page::new(resp.list, resp.total.and_then(|t| u64::try_from(t).ok()))
    }
}

/// 车牌筛选（与） — AND filter of 1.4.9.2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlateFilterAnd {
    /// 分组id — plate group id (a string here) (1.4.9.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<String>,
}

/// 车牌筛选（或） — OR filter of 1.4.9.2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlateFilterOr {
    /// 车牌号模糊查询 — plate number contains (this endpoint says `plateNumberLike`; the
    /// exports say `plateNumLike`) (1.4.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number_like: Option<String>,
}

/// 车牌列表 — result of 1.4.9.2. The table types `result` as a bare array of plates, the
/// example as `{total, list}`; both are accepted (`total` is `None` for a bare array).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PlateList {
    /// 总数 — total number of plates, when the platform reports it (1.4.9.2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// 列表 — this page's plates (1.4.9.2).
    pub list: Vec<Plate>,
}

impl<'de> Deserialize<'de> for PlateList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Paged {
            #[serde(default, with = "client_core::lenient::opt_int")]
            total: Option<i64>,
            #[serde(default)]
            list: Vec<Plate>,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Wire {
            Bare(Vec<Plate>),
            Paged(Paged),
        }
        Ok(match Wire::deserialize(d)? {
            Wire::Bare(list) => PlateList { total: None, list },
            Wire::Paged(p) => PlateList {
                total: p.total,
                list: p.list,
            },
        })
    }
}

/// 车牌 — one licence plate (1.4.9.2). With `onlyPlateNumber` only `plate_number` is set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Plate {
    /// 车牌表主键id — plate id (1.4.9.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub plate_id: Option<String>,
    /// 车牌号码 — plate number, e.g. `粤B12345` (1.4.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
    /// 分组id — group id (1.4.9.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<String>,
    /// 分组名称 — group name (1.4.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.9.3 / 1.4.9.4 shared parts

/// 筛选条件（或） — OR filter of both exports (1.4.9.3/4 filterOr).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VehicleFilterOr {
    /// 车牌号码模糊查询 — plate number contains (1.4.9.3/4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_num_like: Option<String>,
    /// 监控点名称模糊查询 — camera name contains (1.4.9.3/4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_name_like: Option<String>,
    /// 车辆品牌模糊查询 — brand contains (1.4.9.3/4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_logo_like: Option<String>,
}

fn check_cameras(
    path: &str,
    qr: &Option<Vec<String>>,
    mac: &Option<Vec<String>>,
) -> Result<(), Error> {
    let any = |v: &Option<Vec<String>>| v.as_ref().is_some_and(|l| !l.is_empty());
    if any(qr) || any(mac) {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            "filterAnd.devQrcodeList or filterAnd.devMacList is required (at least one)",
        ))
    }
}

// ---------------------------------------------------------------------------------
// 1.4.9.3

/// 导出行车检测记录 — start an export of vehicle detection records (1.4.9.3).
///
/// Asynchronous: follow it with [`GetExportRecords`] (type `detection`). **At most one
/// export per project every 5 seconds** (每个项目5s内限制导出一次); the client spaces
/// export calls accordingly. `filter_and` must name the cameras (`devQrcodeList` or
/// `devMacList`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportAllVehicleDetectionRecords {
    /// 筛选条件（与） — AND filter; must list the cameras (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<DetectionFilterAnd>,
    /// 筛选条件（或） — OR filter (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<VehicleFilterOr>,
    /// 排序方式 — sort keys in priority order (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<DetectionSort>>,
    /// 导出车辆全图 — include the full vehicle picture column (URLs valid 30 days);
    /// default false (1.4.9.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub export_with_fig: Option<bool>,
}

impl ExportAllVehicleDetectionRecords {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        match &self.filter_and {
            Some(f) => check_cameras(path, &f.dev_qrcode_list, &f.dev_mac_list),
            None => check_cameras(path, &None, &None),
        }
    }
}

client_core::endpoint!(ExportAllVehicleDetectionRecords => client_core::Ack, POST "/vms/open/vehicleManager/v1/exportAllVehicleDetectionRecords", write, validate);

/// 行车检测筛选（与） — AND filter of 1.4.9.3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DetectionFilterAnd {
    /// 车牌类型 — plate type (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_type: Option<PlateType>,
    /// 车辆类型 — vehicle type (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<VehicleType>,
    /// 车身颜色 — colour; see [`VEHICLE_COLOR_REFERENCE`], others allowed (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_color: Option<String>,
    /// 车辆品牌 — brand; see [`VEHICLE_LOGO_REFERENCE`], others allowed (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_logo: Option<String>,
    /// 所属分组 — group id (typed long; the example sends `"1"`, accepted) (1.4.9.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<i64>,
    /// 名单类型 — list membership (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_type: Option<ListType>,
    /// 抓拍监控点qrCode列表 — camera device codes (17 characters each); this or
    /// `dev_mac_list` is required, this one wins when both are sent (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_qrcode_list: Option<Vec<String>>,
    /// 抓拍监控点mac地址列表 — camera MACs (`00-FF-00-17-00-18`); this or
    /// `dev_qrcode_list` is required (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_mac_list: Option<Vec<String>>,
    /// 抓拍起始时间 — captured from, UNIX seconds (1.4.9.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<DateTime<Utc>>,
    /// 抓拍截止时间 — captured until, UNIX seconds (1.4.9.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<DateTime<Utc>>,
}

/// 排序 — one sort key of 1.4.9.3: `{"time": "asc"}`. Set exactly one field per element.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DetectionSort {
    /// 抓拍时间 — by capture time (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<SortOrder>,
}

// ---------------------------------------------------------------------------------
// 1.4.9.4

/// 导出车位进出记录 — start an export of parking entry/exit records (1.4.9.4).
///
/// Asynchronous: follow it with [`GetExportRecords`] (type `entryAndLeave`). **At most
/// one export per project every 5 seconds** (每个项目5s内限制导出一次); the client spaces
/// export calls accordingly. `filter_and` must name the cameras.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportAllEntryAndLeaveRecords {
    /// 筛选条件（与） — AND filter; must list the cameras (1.4.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<EntryLeaveFilterAnd>,
    /// 筛选条件（或） — OR filter (1.4.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<VehicleFilterOr>,
    /// 排序方式 — sort keys in priority order (1.4.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<EntryLeaveSort>>,
    /// 导出车辆全图 — include the full vehicle picture column (URLs valid 30 days);
    /// default false. Typed int in the table but described and exemplified as a boolean;
    /// sent as a boolean, 0/1 accepted on input (1.4.9.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub export_with_fig: Option<bool>,
}

impl ExportAllEntryAndLeaveRecords {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        match &self.filter_and {
            Some(f) => check_cameras(path, &f.dev_qrcode_list, &f.dev_mac_list),
            None => check_cameras(path, &None, &None),
        }
    }
}

client_core::endpoint!(ExportAllEntryAndLeaveRecords => client_core::Ack, POST "/vms/open/vehicleManager/v1/exportAllEntryAndLeaveRecords", write, validate);

/// 车位进出筛选（与） — AND filter of 1.4.9.4.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryLeaveFilterAnd {
    /// 车牌类型 — plate type (1.4.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_type: Option<PlateType>,
    /// 车身颜色 — colour; see [`VEHICLE_COLOR_REFERENCE`], others allowed (1.4.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_color: Option<String>,
    /// 车辆品牌 — brand; see [`VEHICLE_LOGO_REFERENCE`], others allowed (1.4.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_logo: Option<String>,
    /// 所属分组id — group id (typed long; the example sends `"1"`, accepted) (1.4.9.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<i64>,
    /// 名单类型 — list membership (1.4.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_type: Option<ListType>,
    /// 抓拍监控点qrCode列表 — camera device codes; this or `dev_mac_list` is required. The
    /// seed claims precedence for both lists; send one (1.4.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_qrcode_list: Option<Vec<String>>,
    /// 抓拍监控点mac地址列表 — camera MACs; this or `dev_qrcode_list` is required (1.4.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_mac_list: Option<Vec<String>>,
    /// 进入时间下限 — entered at or after, UNIX seconds (1.4.9.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_time_lower_limit: Option<DateTime<Utc>>,
    /// 进入时间上限 — entered at or before, UNIX seconds (1.4.9.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_time_upper_limit: Option<DateTime<Utc>>,
    /// 离开时间下限 — left at or after, UNIX seconds (1.4.9.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub leave_time_lower_limit: Option<DateTime<Utc>>,
    /// 离开时间上限 — left at or before, UNIX seconds (1.4.9.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub leave_time_upper_limit: Option<DateTime<Utc>>,
    /// 停车时长下限 — minimum parking duration in seconds (1.4.9.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub stay_time_lower_limit: Option<i64>,
    /// 停车时长上限 — maximum parking duration in seconds (1.4.9.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub stay_time_upper_limit: Option<i64>,
}

/// 排序 — one sort key of 1.4.9.4, e.g. `{"enterTime": "desc"}`. Set exactly one field
/// per element.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryLeaveSort {
    /// 进入时间 — by entry time (1.4.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_time: Option<SortOrder>,
    /// 离开时间 — by exit time (1.4.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave_time: Option<SortOrder>,
    /// 停车时长 — by parking duration (1.4.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay_time: Option<SortOrder>,
}

// ---------------------------------------------------------------------------------
// 1.4.9.5

/// 获取导出记录列表 — list export records (1.4.9.5), paged with `start`/`limit`
/// (`limit` in `[1, 100]`). Records are kept for 3 days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetExportRecords {
    /// 起始条目 — 0-based offset. Required (1.4.9.5).
    #[serde(with = "client_core::lenient::int")]
    pub start: i64,
    /// 条目数限制 — page size `[1, 100]`. Required (1.4.9.5).
    pub limit: u32,
    /// 导出记录类型 — detection or entry/exit exports. Required (1.4.9.5).
    #[serde(rename = "type")]
    pub export_type: ExportType,
}

impl GetExportRecords {
    /// The first page of `export_type` records with `limit` per page.
    pub fn new(export_type: ExportType, limit: u32) -> Self {
        Self {
            start: 0,
            limit,
            export_type,
        }
    }
}

impl GetExportRecords {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::start(path, self.start)?;
        check::limit(path, self.limit, EXPORT_RECORDS_MAX_LIMIT)
    }
}

client_core::endpoint!(GetExportRecords => PagedList<ExportRecord>, POST "/vms/open/vehicleManager/v1/getExportRecords", read, validate);

impl Paged for GetExportRecords {
    type Item = ExportRecord;

    fn page_size(&self) -> u32 {
        self.limit
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = i64::try_from(page.offset()).unwrap_or(i64::MAX);
        self.limit = page.size;
    }

    fn into_page(resp: PagedList<ExportRecord>) -> Page<ExportRecord> {
        Page::new(resp.list, u64::try_from(resp.total).ok())
    }
}

/// 导出记录 — one export file (1.4.9.5 list).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportRecord {
    /// 文件id — file id, for [`DownloadExportRecord`] / [`DeleteExportRecord`] (1.4.9.5).
    #[serde(default, with = "client_core::lenient::string")]
    pub file_id: String,
    /// 文件名 — file name. Table key `fileName`, example key `filename`; both accepted (1.4.9.5).
    #[serde(alias = "filename", default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// 导出时间 — export time, UNIX milliseconds (typed string, the example sends a
    /// number; both accepted) (1.4.9.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<DateTime<Utc>>,
    /// 文件描述 — description (1.4.9.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_description: Option<String>,
    /// 文件状态 — state; poll until [`FileStatus::Done`] (1.4.9.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_status: Option<FileStatus>,
    /// 文件格式 — format, `excel` (1.4.9.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_format: Option<FileFormat>,
}

// ---------------------------------------------------------------------------------
// 1.4.9.6 / 1.4.9.7

/// 删除导出记录 — delete an export record (1.4.9.6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteExportRecord {
    /// 文件id — the record's `fileId` from [`GetExportRecords`]. Required (1.4.9.6).
    #[serde(with = "client_core::lenient::string")]
    pub file_id: String,
}

impl DeleteExportRecord {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::non_empty(path, "fileId", &self.file_id)
    }
}

client_core::endpoint!(DeleteExportRecord => client_core::Ack, POST "/vms/open/vehicleManager/v1/deleteExportRecord", write, validate);

/// 下载导出记录 — get the download URL of an export (1.4.9.7). The answer is JSON with
/// the URL, not the file itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DownloadExportRecord {
    /// 文件id — the record's `fileId` from [`GetExportRecords`]. Required (1.4.9.7).
    #[serde(with = "client_core::lenient::string")]
    pub file_id: String,
}

impl DownloadExportRecord {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::non_empty(path, "fileId", &self.file_id)
    }
}

client_core::endpoint!(DownloadExportRecord => ExportDownload, POST "/vms/open/vehicleManager/v1/downloadExportRecord", read, validate);

/// 下载链接 — result of 1.4.9.7.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportDownload {
    /// 下载文件链接 — the file's download URL (1.4.9.7).
    #[serde(default)]
    pub url: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    use http::Method;

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
    fn paths_methods_idempotence() {
        assert_eq!(
            ExportAllVehicleDetectionRecords::PATH,
            "/vms/open/vehicleManager/v1/exportAllVehicleDetectionRecords"
        );
        assert_eq!(
            ExportAllEntryAndLeaveRecords::PATH,
            "/vms/open/vehicleManager/v1/exportAllEntryAndLeaveRecords"
        );
        assert_eq!(DownloadExportRecord::METHOD, Method::POST);
        const { assert!(GetExportRecords::IDEMPOTENT && GetAllPlateListByPage::IDEMPOTENT) };
        const { assert!(!ExportAllEntryAndLeaveRecords::IDEMPOTENT && !DeleteExportRecord::IDEMPOTENT) };
    }

    #[test]
    fn limits_are_checked() {
        let mut plates = GetAllPlateListByPage::default();
        assert!(plates.validate().is_ok());
        plates.limit = Some(0);
        rejects(&plates, "limit");
        plates.limit = Some(1001);
        rejects(&plates, "limit");
        plates.limit = Some(1000);
        assert!(plates.validate().is_ok());
        rejects(&GetExportRecords::new(ExportType::Detection, 0), "limit");
        rejects(&GetExportRecords::new(ExportType::Detection, 101), "limit");
        rejects(
            &GetExportRecords {
                start: -1,
                ..GetExportRecords::new(ExportType::Detection, 10)
            },
            "start",
        );
        rejects(
            &DeleteExportRecord {
                file_id: String::new(),
            },
            "fileId",
        );
    }

    #[test]
    fn exports_need_cameras() {
        rejects(
            &ExportAllVehicleDetectionRecords::default(),
            "devQrcodeList or filterAnd.devMacList",
        );
        let mut e = ExportAllEntryAndLeaveRecords {
            filter_and: Some(EntryLeaveFilterAnd {
                dev_mac_list: Some(vec![]),
                ..Default::default()
            }),
            ..Default::default()
        };
        rejects(&e, "devMacList");
        e.filter_and = Some(EntryLeaveFilterAnd {
            dev_mac_list: Some(vec!["00-FF-00-17-00-18".into()]),
            ..Default::default()
        });
        assert!(e.validate().is_ok());
    }

    #[test]
    fn plate_paging_defaults_to_the_largest_limit() {
        let mut req = GetAllPlateListByPage::default();
        assert_eq!(req.page_size(), 1000);
        req.set_page(PageRequest { index: 2, size: 20 });
        assert_eq!((req.start, req.limit), (40, Some(20)));
        let body = req.encode().unwrap().body.unwrap();
        assert_eq!(&body[..], br#"{"start":40,"limit":20}"#);
    }

    #[test]
    fn plate_list_accepts_a_bare_array() {
        let l: PlateList = serde_json::from_str(r#"[{"plateNumber":"粤B12345"}]"#).unwrap();
        assert_eq!(l.total, None);
        assert_eq!(l.list[0].plate_number.as_deref(), Some("粤B12345"));
        let p = GetAllPlateListByPage::into_page(l);
        assert_eq!(p.total, None);
    }

    #[test]
    fn sort_keys_serialize_as_single_member_objects() {
        let e = ExportAllVehicleDetectionRecords {
            sort: Some(vec![DetectionSort {
                time: Some(SortOrder::Desc),
            }]),
            export_with_fig: Some(true),
            ..Default::default()
        };
        let v: serde_json::Value =
            serde_json::from_slice(&e.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v["sort"], serde_json::json!([{"time": "desc"}]));
        assert_eq!(v["exportWithFig"], true);
    }

    proptest::proptest! {
        #[test]
        fn documented_limits_are_exact(limit in 0u32..1_200) {
            let plates = GetAllPlateListByPage { limit: Some(limit), ..Default::default() };
            proptest::prop_assert_eq!(plates.validate().is_ok(), (1..=1000).contains(&limit));
            let records = GetExportRecords::new(ExportType::EntryAndLeave, limit);
            proptest::prop_assert_eq!(records.validate().is_ok(), (1..=100).contains(&limit));
        }
    }
}
