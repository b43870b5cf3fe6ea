//! 1.4.18 云停车 — cloud parking: car yards, gates, fixed / special / banned cars,
//! barrier control and pass records (TUMS 2026-08-31 edition, 1.4.18.2–1.4.18.15).
//!
//! Project-type applications only (仅项目型应用可以调用). Listings page with
//! `start`/`limit` (`limit` in `[1, 100]`, default 10) and implement
//! [`client_core::Paged`]:
//!
//! ```
//! use client_core::{Endpoint, PageRequest, Paged};
//! use tums_client::api::parking::*;
//!
//! let mut req = FindCarInfoList::new("1");
//! req.set_page(PageRequest { index: 1, size: 100 });
//! assert_eq!((req.start, req.limit), (Some(100), Some(100)));
//! assert!(req.validate().is_ok());
//! assert!(FindCarInfoList::new("").validate().is_err());
//! ```

use client_core::validate;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::check;
use crate::api::page_2026::{opt_limit, opt_paged};
pub use crate::api::page_2026::{sort_key, SortKey, SortOrder};
use crate::envelope::PagedList;

/// Largest `limit` of the parking listings (`[1, 100]`).
pub const MAX_LIMIT: u32 = 100;
/// Owner name length of [`AddCarInfo`] (`[1, 64]`, 1.4.18.6).
pub const NAME_LEN: std::ops::RangeInclusive<usize> = 1..=64;
/// Address length of [`AddCarInfo`] (`[0, 64]`, 1.4.18.6).
pub const ADDRESS_MAX: usize = 64;
/// Reason length of [`GateControl`] (`[1, 64]`, 1.4.18.12).
pub const REASON_LEN: std::ops::RangeInclusive<usize> = 1..=64;

client_core::int_enum! {
    /// 设备和出入口绑定类型 — how a device is bound to a gate (表 1.4.18.1-1).
    pub enum BindType {
        /// 1 — 主设备, master device.
        Master = 1,
        /// 2 — 从设备, slave device.
        Slave = 2,
    }
}

client_core::str_enum! {
    /// 车牌编号类型 — plate type, string form (表 1.4.18.1-2; the numeric form 1–9 is
    /// [`PlateKind::code`]).
    pub enum PlateKind {
        /// green_plate (1) — 绿牌车.
        Green = "green_plate",
        /// blue_plate (2) — 蓝牌车.
        Blue = "blue_plate",
        /// yellow_and_green_plate (3) — 黄绿牌车.
        YellowAndGreen = "yellow_and_green_plate",
        /// black_plate (4) — 黑牌车.
        Black = "black_plate",
        /// yellow_plate (5) — 黄牌车.
        Yellow = "yellow_plate",
        /// white_plate (6) — 白牌车.
        White = "white_plate",
        /// special_zone_plate (7) — 港澳车.
        SpecialZone = "special_zone_plate",
        /// coach_plate (8) — 教练车.
        Coach = "coach_plate",
        /// other_plate (9) — 其他车.
        Other = "other_plate",
    }
}

impl PlateKind {
    /// The numeric form (数字类型, 表 1.4.18.1-2), used by filters; `None` for unknown
    /// values.
    pub fn code(&self) -> Option<i64> {
        Some(match self {
            PlateKind::Green => 1,
            PlateKind::Blue => 2,
            PlateKind::YellowAndGreen => 3,
            PlateKind::Black => 4,
            PlateKind::Yellow => 5,
            PlateKind::White => 6,
            PlateKind::SpecialZone => 7,
            PlateKind::Coach => 8,
            PlateKind::Other => 9,
            PlateKind::Unknown(_) => return None,
        })
    }
}

client_core::str_enum! {
    /// 车身颜色类型 — car colour, string form (表 1.4.18.1-3; numeric 1–12 via
    /// [`CarColor::code`]).
    pub enum CarColor {
        /// white (1) — 白色.
        White = "white",
        /// silver (2) — 银/灰色.
        Silver = "silver",
        /// brown (3) — 棕色.
        Brown = "brown",
        /// red (4) — 红色.
        Red = "red",
        /// yellow (5) — 黄色.
        Yellow = "yellow",
        /// green (6) — 绿色.
        Green = "green",
        /// blue (7) — 蓝色.
        Blue = "blue",
        /// cyan (8) — 青色.
        Cyan = "cyan",
        /// purple (9) — 紫色.
        Purple = "purple",
        /// pink (10) — 粉色.
        Pink = "pink",
        /// other (11) — 其他.
        Other = "other",
        /// black (12) — 黑色.
        Black = "black",
    }
}

impl CarColor {
    /// The numeric form (数字类型, 表 1.4.18.1-3), used by filters; `None` for unknown
    /// values.
    pub fn code(&self) -> Option<i64> {
        Some(match self {
            CarColor::White => 1,
            CarColor::Silver => 2,
            CarColor::Brown => 3,
            CarColor::Red => 4,
            CarColor::Yellow => 5,
            CarColor::Green => 6,
            CarColor::Blue => 7,
            CarColor::Cyan => 8,
            CarColor::Purple => 9,
            CarColor::Pink => 10,
            CarColor::Other => 11,
            CarColor::Black => 12,
            CarColor::Unknown(_) => return None,
        })
    }
}

client_core::str_enum! {
    /// 身份类型 — owner identity (表 1.4.18.1-4).
    pub enum IdentityType {
        /// owner — 业主.
        Owner = "owner",
        /// tenant — 租户.
        Tenant = "tenant",
    }
}

client_core::str_enum! {
    /// 证件类型 — identity document type (表 1.4.18.1-5).
    pub enum IdDocumentType {
        /// land — 居民身份证 (default).
        Land = "land",
        /// hm — 港澳居民来往内地通行证.
        HongKongMacau = "hm",
        /// tw — 台湾居民来往大陆通行证.
        Taiwan = "tw",
        /// arm — 军官证.
        Military = "arm",
    }
}

client_core::int_enum! {
    /// 车牌颜色 — plate colour of pass records (表 1.4.18.1-6; rows re-aligned, see
    /// FIXES-2026-tums-d.md).
    pub enum PlateColor {
        /// 0 — 其它/未知.
        Unknown0 = 0,
        /// 1 — 蓝牌.
        Blue = 1,
        /// 2 — 绿牌.
        Green = 2,
        /// 3 — 黄牌.
        Yellow = 3,
        /// 4 — 白牌.
        White = 4,
        /// 5 — 黑牌.
        Black = 5,
    }
}

client_core::int_enum! {
    /// 车辆颜色 — vehicle colour of pass records (表 1.4.18.1-7; rows re-aligned).
    pub enum VehicleColor {
        /// 0 — 其它/未知.
        Unknown0 = 0,
        /// 1 — 白色.
        White = 1,
        /// 2 — 黑色.
        Black = 2,
        /// 3 — 红色.
        Red = 3,
        /// 4 — 绿色.
        Green = 4,
        /// 5 — 蓝色.
        Blue = 5,
        /// 6 — 黄色.
        Yellow = 6,
        /// 7 — 紫色.
        Purple = 7,
        /// 8 — 粉色.
        Pink = 8,
        /// 9 — 棕色.
        Brown = 9,
        /// 10 — 银色.
        Silver = 10,
        /// 11 — 青色.
        Cyan = 11,
    }
}

client_core::int_enum! {
    /// 车辆类型 — vehicle (plate) type of pass records (表 1.4.18.1-8; the text lists
    /// the nine plate kinds against the numbers 1–7 and 9, read as 1–9 like
    /// 表 1.4.18.1-2).
    pub enum VehicleKind {
        /// 1 — 绿牌车.
        Green = 1,
        /// 2 — 蓝牌车.
        Blue = 2,
        /// 3 — 黄绿牌车.
        YellowAndGreen = 3,
        /// 4 — 黑牌车.
        Black = 4,
        /// 5 — 黄牌车.
        Yellow = 5,
        /// 6 — 白牌车.
        White = 6,
        /// 7 — 港澳车.
        SpecialZone = 7,
        /// 8 — 教练车.
        Coach = 8,
        /// 9 — 其他车.
        Other = 9,
    }
}

/// 车辆品牌 — vehicle brands by number (表 1.4.18.1-9). The table's two columns are
/// interleaved in the text; 21–31 are read in order (see FIXES-2026-tums-d.md).
pub const VEHICLE_BRANDS: [(i64, &str); 41] = [
    (0, "其它/未知"),
    (1, "大众"),
    (2, "本田"),
    (3, "丰田"),
    (4, "日产"),
    (5, "吉利"),
    (6, "现代"),
    (7, "宝骏"),
    (8, "别克"),
    (9, "哈弗"),
    (10, "长安"),
    (11, "奥迪"),
    (12, "五菱"),
    (13, "奔驰"),
    (14, "宝马"),
    (15, "奇瑞"),
    (16, "荣威"),
    (17, "比亚迪"),
    (18, "北汽新能源"),
    (19, "斯柯达"),
    (20, "名爵"),
    (21, "广汽传祺"),
    (22, "雪佛兰"),
    (23, "马自达"),
    (24, "福特"),
    (25, "东风风光"),
    (26, "捷途"),
    (27, "起亚"),
    (28, "长安欧尚"),
    (29, "凯迪拉克"),
    (30, "奔腾"),
    (31, "沃尔沃"),
    (32, "启辰"),
    (33, "三菱"),
    (34, "红旗"),
    (35, "东风风神"),
    (36, "领克"),
    (37, "江淮"),
    (38, "东风风行"),
    (39, "Jeep"),
    (40, "广汽新能源"),
];

/// The brand name of a `vehicleBrand` number (表 1.4.18.1-9).
///
/// ```
/// assert_eq!(tums_client::api::parking::vehicle_brand_name(17), Some("比亚迪"));
/// assert_eq!(tums_client::api::parking::vehicle_brand_name(99), None);
/// ```
pub fn vehicle_brand_name(code: i64) -> Option<&'static str> {
    VEHICLE_BRANDS
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| *n)
}

client_core::str_enum! {
    /// 道闸控制指令 — barrier command (1.4.18.12).
    pub enum GateCommand {
        /// open — 打开.
        Open = "open",
        /// close — 关闭.
        Close = "close",
    }
}

client_core::str_enum! {
    /// 报警类型 — alarm type of a banned car (1.4.18.10).
    pub enum BanAlarmType {
        /// web_alarm — 页面消息提醒, a message in the web console.
        WebAlarm = "web_alarm",
    }
}

client_core::int_enum! {
    /// 提示音 — alarm sound of a banned car (1.4.18.10 alarmType.value).
    pub enum BanAlarmSound {
        /// 1 — 无提示音, silent.
        Silent = 1,
        /// 2 — 舒缓, soft.
        Soft = 2,
        /// 3 — 普通, normal.
        Normal = 3,
        /// 4 — 紧急, urgent.
        Urgent = 4,
    }
}

fn check_phone(path: &str, field: &str, phone: &str) -> Result<(), Error> {
    if phone.len() == 11 && phone.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("{field} must be an 11-digit phone number"),
        ))
    }
}

// ---------------------------------------------------------------------------------
// 1.4.18.2–5 car yards and gates

/// 车场筛选（或） — OR filter of [`GetCarYardList`] (1.4.18.2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CarYardFilterOr {
    /// 车场名称 — name contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_like: Option<String>,
}

/// 获取车场列表 — list car yards, paged with `start`/`limit` (1.4.18.2). Sort key:
/// `totalParkingSpace`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetCarYardList {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — page size `[1, 100]` (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（或） — OR filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<CarYardFilterOr>,
    /// 排序 — sort keys in priority order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<SortKey>>,
}

impl GetCarYardList {
    fn check(&self, path: &str) -> Result<(), Error> {
        opt_limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(GetCarYardList => PagedList<CarYard>, POST "/vms/open/parkingCarYard/v1/getCarYardList", read, validate);
opt_paged!(GetCarYardList => CarYard, MAX_LIMIT);

client_core::int_enum! {
    /// 车场类型 — car yard type (1.4.18.2).
    pub enum CarYardType {
        /// 0 — 独立车场, standalone yard.
        Standalone = 0,
        /// 1 — 外场, outer yard (has inner yards in `expand`).
        Outer = 1,
        /// 2 — 内场, inner yard.
        Inner = 2,
    }
}

/// 车场 — one car yard (1.4.18.2 list item, and its `expand` inner yards).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CarYard {
    /// 车场id — yard id.
    #[serde(default, with = "client_core::lenient::string")]
    pub car_yard_id: String,
    /// 车场名称 — yard name.
    #[serde(default)]
    pub car_yard_name: String,
    /// 车场类型 — standalone, outer or inner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub car_yard_type: Option<CarYardType>,
    /// 入口个数 — number of entrances.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub entrance_count: Option<i64>,
    /// 出口个数 — number of exits.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub export_count: Option<i64>,
    /// 车位总数 — parking spaces.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_parking_space: Option<i64>,
    /// 所属外场 id — outer yard of an inner yard.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_id: Option<String>,
    /// 收费规则名称列表 — charge rule names (absent without rules).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_rule_name: Option<Vec<String>>,
    /// 是否显示车场详细地址 — 0 no, 1 yes.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub address_switch: Option<i64>,
    /// 是否允许自助充值 — 0 no, 1 yes.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub self_recharge: Option<i64>,
    /// 车场地址 — address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// 外场下属内场列表 — inner yards of an outer yard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<CarYard>>,
}

/// 获取车场详情 — one car yard's configuration (1.4.18.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetCarYardInfo {
    /// 车场id — the yard.
    pub car_yard_id: String,
}

impl GetCarYardInfo {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "carYardId", &self.car_yard_id)
    }
}

client_core::endpoint!(GetCarYardInfo => CarYardInfo, POST "/vms/open/parkingCarYard/v1/getCarYardInfo", read, validate);

client_core::int_enum! {
    /// 是否允许临时车进场 — temporary cars admitted (1.4.18.3).
    pub enum AllowTmpCar {
        /// 0 — 禁止入场, never.
        Never = 0,
        /// 1 — 全天允许入场, all day.
        Always = 1,
        /// 2 — 工作日允许入场, workdays.
        Workdays = 2,
        /// 3 — 周末允许入场, weekends.
        Weekends = 3,
        /// 4 — 自定义, custom (`sectionList`).
        Custom = 4,
    }
}

/// 车场详情 — a yard's configuration (1.4.18.3 result; also each `infieldList` entry).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CarYardInfo {
    /// 车场 id — yard id.
    #[serde(default, with = "client_core::lenient::string")]
    pub car_yard_id: String,
    /// 车场名称 — yard name.
    #[serde(default)]
    pub car_yard_name: String,
    /// 车位总数 — parking spaces.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_parking_space: Option<i64>,
    /// 是否允许临时车进场 — temporary cars admitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_tmp_car: Option<AllowTmpCar>,
    /// 车位满时放行方式 — when full: 0 manual release only, 1 automatic.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub release_mode: Option<i64>,
    /// 缴费后出场时限 — minutes to leave after paying, `[1, 60]`.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub exit_time_limit: Option<i64>,
    /// 是否防重复入场 — 0 no, 1 yes.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub prevent_double_entry: Option<i64>,
    /// 无入场信息时出场规则 — 0 booth staff match, 1 fixed fee.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub out_mode: Option<i64>,
    /// 固定金额 — fixed fee in fen when `outMode` is 1, `[0, 1000000]`.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub out_mode_fix_fee: Option<i64>,
    /// 临时车生效配置列表 — when temporary cars are admitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section_list: Option<Vec<WeekSections>>,
    /// 入口信息列表 — entrances.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrance_info: Option<Vec<Entrance>>,
    /// 出口信息列表 — exits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export_info: Option<Vec<Exit>>,
    /// 收费规则列表 — charge rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_rule_info: Option<Vec<ChargeRule>>,
    /// 内场信息列表 — inner yards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infield_list: Option<Vec<CarYardInfo>>,
}

/// 临时车生效配置 — per week day up to four `"<start>-<end>"` ranges in seconds since
/// midnight (`"10800-14400"` = 3:00–4:00) (1.4.18.3 sectionList).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WeekSections {
    /// 周一 — Monday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monday: Option<Vec<String>>,
    /// 周二 — Tuesday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tuesday: Option<Vec<String>>,
    /// 周三 — Wednesday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wednesday: Option<Vec<String>>,
    /// 周四 — Thursday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thursday: Option<Vec<String>>,
    /// 周五 — Friday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friday: Option<Vec<String>>,
    /// 周六 — Saturday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saturday: Option<Vec<String>>,
    /// 周日 — Sunday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sunday: Option<Vec<String>>,
}

/// 设备 — a device bound to a gate (1.4.18.3 listInfo, 1.4.18.5 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GateDevice {
    /// 设备 id — device id.
    #[serde(default, with = "client_core::lenient::string")]
    pub dev_id: String,
    /// 设备名称 — device name.
    #[serde(default)]
    pub device_name: String,
    /// 绑定类型 — master or slave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_type: Option<BindType>,
}

/// 入口 — an entrance (1.4.18.3 entranceInfo, 1.4.18.4 entranceInfo).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entrance {
    /// 入口id — entrance id (a gate id for [`GetDeviceListByGateId`]).
    #[serde(default, with = "client_core::lenient::string")]
    pub entrance_id: String,
    /// 入口名称 — entrance name.
    #[serde(default)]
    pub entrance_name: String,
    /// 车牌识别矫正区间起始 — plate correction range start.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub section_start: Option<i64>,
    /// 车牌识别矫正区间结束 — plate correction range end.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub section_end: Option<i64>,
    /// 设备信息列表 — bound devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_info: Option<Vec<GateDevice>>,
}

/// 出口 — an exit (1.4.18.3 exportInfo, 1.4.18.4 exportInfo).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Exit {
    /// 出口id — exit id (a gate id for [`GetDeviceListByGateId`]).
    #[serde(default, with = "client_core::lenient::string")]
    pub export_id: String,
    /// 出口名称 — exit name.
    #[serde(default)]
    pub export_name: String,
    /// 车牌识别矫正区间起始 — plate correction range start.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub section_start: Option<i64>,
    /// 车牌识别矫正区间结束 — plate correction range end.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub section_end: Option<i64>,
    /// 设备信息列表 — bound devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_info: Option<Vec<GateDevice>>,
}

/// 收费规则 — a charge rule (1.4.18.3 chargeRuleInfo).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChargeRule {
    /// 收费规则id — rule id.
    #[serde(default, with = "client_core::lenient::string")]
    pub charge_rule_id: String,
    /// 收费规则名称 — rule name.
    #[serde(default)]
    pub charge_rule_name: String,
}

/// 获取项目下所有出入口信息 — every yard's entrances and exits (1.4.18.4). No
/// parameters: the body is `{}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetAllAccessInfo {}

client_core::endpoint!(GetAllAccessInfo => AccessInfo, POST "/vms/open/parkingCarYard/v1/getAllAccessInfo", read);

/// The answer of [`GetAllAccessInfo`] (1.4.18.4 result).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessInfo {
    /// 车场信息列表 — the yards.
    #[serde(default)]
    pub car_yard_list: Vec<YardAccess>,
}

/// 车场出入口 — one yard's gates (1.4.18.4 carYardList item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct YardAccess {
    /// 车场 id — yard id.
    #[serde(default, with = "client_core::lenient::string")]
    pub car_yard_id: String,
    /// 车场名称 — yard name.
    #[serde(default)]
    pub car_yard_name: String,
    /// 入口信息列表 — entrances.
    #[serde(default)]
    pub entrance_info: Vec<Entrance>,
    /// 出口信息列表 — exits.
    #[serde(default)]
    pub export_info: Vec<Exit>,
}

/// 通过出入口编号获取设备列表 — the devices bound to a gate (1.4.18.5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceListByGateId {
    /// 出入口id — entrance or exit id.
    pub gate_id: String,
    /// 绑定出入口类型 — which bindings (default `[1, 2]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_type: Option<Vec<BindType>>,
}

impl GetDeviceListByGateId {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "gateId", &self.gate_id)
    }
}

client_core::endpoint!(GetDeviceListByGateId => PagedList<GateDevice>, POST "/vms/open/parkingDeviceManager/v1/getDeviceListByGateId", read, validate);

// ---------------------------------------------------------------------------------
// 1.4.18.6–11 cars

/// 添加固定车 — register a fixed (monthly) car (1.4.18.6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddCarInfo {
    /// 车场id — the yard.
    pub yard_id: String,
    /// 车牌号 — plate number.
    pub plate_number: String,
    /// 车牌类型 — plate type (string form).
    pub car_type: PlateKind,
    /// 车身颜色 — colour (string form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<CarColor>,
    /// 车主姓名 — owner name, 1–64 characters.
    pub name: String,
    /// 联系方式 — 11-digit phone number.
    pub phone: String,
    /// 地址 — address, at most 64 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// 分组 id — car group ("未分组" when unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// 身份类型 — owner or tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_type: Option<IdentityType>,
    /// 证件类型 — document type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_number_type: Option<IdDocumentType>,
    /// 身份证号 — document number (checked by the platform when set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_number: Option<String>,
}

impl AddCarInfo {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "yardId", &self.yard_id)?;
        validate::required(path, "plateNumber", &self.plate_number)?;
        validate::chars(path, "name", &self.name, *NAME_LEN.start(), *NAME_LEN.end())?;
        check_phone(path, "phone", &self.phone)?;
        validate::opt_chars(path, "address", self.address.as_deref(), 0, ADDRESS_MAX)
    }
}

client_core::endpoint!(AddCarInfo => CarAccount, POST "/vms/open/carManager/v1/addCarInfo", write, validate);

/// The account of an added car (1.4.18.6/8 result).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CarAccount {
    /// 账号 id — account id.
    #[serde(default, with = "client_core::lenient::string")]
    pub account_id: String,
}

/// 固定车筛选（与） — AND filter of [`FindCarInfoList`] (1.4.18.7; `yardId` required).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FixedCarFilterAnd {
    /// 车场id — the yard (required).
    pub yard_id: String,
    /// 车辆类型 — plate type, numeric form (see [`PlateKind::code`]).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub car_type: Option<i64>,
    /// 车身颜色 — colour, numeric form (see [`CarColor::code`]).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub color: Option<i64>,
    /// 分组id — car group (in the example, not in the table; a number there).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<i64>,
    /// 到期时间大于 — expiring after, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_date_ge: Option<i64>,
    /// 到期时间小于 — expiring before, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_date_le: Option<i64>,
}

/// 固定车筛选（或） — OR filter of [`FindCarInfoList`] (1.4.18.7).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FixedCarFilterOr {
    /// 车牌号模糊匹配 — plate contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
    /// 车主模糊匹配 — owner contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// 获取固定车列表 — list a yard's fixed cars, paged with `start`/`limit` (1.4.18.7).
/// Sort key: `endDate`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FindCarInfoList {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — page size `[1, 100]` (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（与） — the yard and more (required).
    pub filter_and: FixedCarFilterAnd,
    /// 筛选条件（或） — OR filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<FixedCarFilterOr>,
    /// 排序 — sort keys in priority order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<SortKey>>,
}

impl FindCarInfoList {
    /// The fixed cars of `yard_id`.
    pub fn new(yard_id: impl Into<String>) -> Self {
        Self {
            filter_and: FixedCarFilterAnd {
                yard_id: yard_id.into(),
                ..FixedCarFilterAnd::default()
            },
            ..Self::default()
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "filterAnd.yardId", &self.filter_and.yard_id)?;
        opt_limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(FindCarInfoList => PagedList<FixedCar>, POST "/vms/open/carManager/v1/findCarInfoList", read, validate);
opt_paged!(FindCarInfoList => FixedCar, MAX_LIMIT);

/// 固定车 — one fixed car (1.4.18.7 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FixedCar {
    /// 车牌号 — plate number.
    #[serde(default)]
    pub plate_number: String,
    /// 车id — car id.
    #[serde(default, with = "client_core::lenient::string")]
    pub car_id: String,
    /// 车型编号 — plate type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub car_type: Option<PlateKind>,
    /// 车身颜色 — colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<CarColor>,
    /// 车主姓名 — owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 联系方式 — phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 地址 — address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// 分组id — car group id.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<String>,
    /// 分组名称 — car group name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// 身份类型 — owner or tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_type: Option<IdentityType>,
    /// 证件类型 — document type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_number_type: Option<IdDocumentType>,
    /// 身份证号 — document number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_number: Option<String>,
    /// 账户id — account id.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub account_id: Option<String>,
    /// 账户余额，单位：分 — balance in fen (a string here).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub balance: Option<String>,
    /// 包期结束时间 — subscription end, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_date: Option<i64>,
}

/// 添加特殊车 — register a special car in one or more yards (1.4.18.8).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddSingleSpecialCar {
    /// 生效车场id列表 — the yards (at least one).
    pub yard_ids: Vec<String>,
    /// 车牌号 — plate number.
    pub plate_number: String,
    /// 车牌类型 — plate type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub car_type: Option<PlateKind>,
    /// 车身颜色 — colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<CarColor>,
    /// 车主姓名 — owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 联系方式 — phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 住址 — address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// 身份类型 — owner or tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_type: Option<IdentityType>,
    /// 证件号码 — document number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_number: Option<String>,
    /// 证件类型 — document type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_number_type: Option<IdDocumentType>,
}

impl AddSingleSpecialCar {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::batch(path, "yardIds", self.yard_ids.len(), usize::MAX)?;
        validate::required(path, "plateNumber", &self.plate_number)
    }
}

client_core::endpoint!(AddSingleSpecialCar => CarAccount, POST "/vms/open/carManager/v1/addSingleSpecialCar", write, validate);

/// 车场 — a yard reference of a special or banned car (1.4.18.9/11 yardIds item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct YardRef {
    /// 车场id — yard id.
    #[serde(default, with = "client_core::lenient::string")]
    pub id: String,
    /// 车场名称 — yard name.
    #[serde(default)]
    pub name: String,
}

/// 特殊车/禁行车筛选（或） — OR filter of [`FindSpecialCarList`] and
/// [`GetBanRuleList`] (1.4.18.9/11).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct YardPlateFilterOr {
    /// 车场名称模糊匹配 — yard name contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yard_like: Option<String>,
    /// 车牌号模糊匹配 — plate contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
}

/// 获取特殊车列表 — list special cars, paged with `start`/`limit` (1.4.18.9).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FindSpecialCarList {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — page size `[1, 100]` (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（或） — OR filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<YardPlateFilterOr>,
}

impl FindSpecialCarList {
    fn check(&self, path: &str) -> Result<(), Error> {
        opt_limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(FindSpecialCarList => PagedList<SpecialCar>, POST "/vms/open/carManager/v1/findSpecialCarList", read, validate);
opt_paged!(FindSpecialCarList => SpecialCar, MAX_LIMIT);

/// 特殊车 — one special car (1.4.18.9 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpecialCar {
    /// 车牌号 — plate number.
    #[serde(default)]
    pub plate_number: String,
    /// 车场信息列表 — the yards.
    #[serde(default)]
    pub yard_ids: Vec<YardRef>,
    /// 车id — car id.
    #[serde(default, with = "client_core::lenient::string")]
    pub car_id: String,
    /// 车型编号 — plate type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub car_type: Option<PlateKind>,
    /// 车身颜色 — colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<CarColor>,
    /// 车主姓名 — owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 联系方式 — phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 地址 — address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// 身份类型 — owner or tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_type: Option<IdentityType>,
    /// 证件类型 — document type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_number_type: Option<IdDocumentType>,
    /// 身份证号 — document number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_number: Option<String>,
    /// 账户id — account id.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub account_id: Option<String>,
    /// 账户余额 — balance in fen (a number here; kept as text like 1.4.18.7's).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub balance: Option<String>,
    /// 包期结束时间 — subscription end, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_date: Option<i64>,
}

/// 报警方式 — how a banned car is reported (1.4.18.10/11 alarmType item). Both members
/// are required in a request ([`AddBanRules`] checks them); an answer may omit them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BanAlarm {
    /// 报警类型 — `web_alarm`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<BanAlarmType>,
    /// 提示音 — sound 1–4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<BanAlarmSound>,
}

impl BanAlarm {
    /// A console message (`web_alarm`) with `sound`.
    pub fn web(sound: BanAlarmSound) -> Self {
        Self {
            kind: Some(BanAlarmType::WebAlarm),
            value: Some(sound),
        }
    }
}

/// 添加禁行车 — ban plates in yards (1.4.18.10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddBanRules {
    /// 车牌号列表 — plates (at least one).
    pub plates: Vec<String>,
    /// 车场编号列表 — yards (at least one).
    pub yard_ids: Vec<String>,
    /// 报警方式列表 — alarms (required).
    pub alarm_type: Vec<BanAlarm>,
}

impl AddBanRules {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::batch(path, "plates", self.plates.len(), usize::MAX)?;
        check::batch(path, "yardIds", self.yard_ids.len(), usize::MAX)?;
        check::batch(path, "alarmType", self.alarm_type.len(), usize::MAX)?;
        for (i, a) in self.alarm_type.iter().enumerate() {
            if a.kind.is_none() || a.value.is_none() {
                return Err(Error::invalid(
                    path,
                    format!("alarmType[{i}] needs both type and value"),
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(AddBanRules => BanResult, POST "/vms/open/carManager/v1/addBanRules", write, validate);

/// The answer of [`AddBanRules`] (1.4.18.10 result).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BanResult {
    /// 添加车牌数 — plates processed.
    #[serde(default, with = "client_core::lenient::int")]
    pub total: i64,
    /// 添加失败数 — plates that failed.
    #[serde(default, with = "client_core::lenient::int")]
    pub fail_num: i64,
    /// 失败列表 — the failures.
    #[serde(default)]
    pub list: Vec<BanFailure>,
}

/// One plate [`AddBanRules`] could not ban (1.4.18.10 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BanFailure {
    /// 车牌号 — the plate.
    #[serde(rename = "plateNumber", default)]
    pub plate_number: String,
    /// 错误码 — its error code.
    #[serde(default, with = "client_core::lenient::int")]
    pub error_code: i64,
    /// 错误信息 — its message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_msg: Option<String>,
}

/// 获取禁行车列表 — list banned cars, paged with `start`/`limit` (1.4.18.11).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetBanRuleList {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — page size `[1, 100]` (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（或） — OR filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<YardPlateFilterOr>,
}

impl GetBanRuleList {
    fn check(&self, path: &str) -> Result<(), Error> {
        opt_limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(GetBanRuleList => PagedList<BannedCar>, POST "/vms/open/carManager/v1/getBanRuleList", read, validate);
opt_paged!(GetBanRuleList => BannedCar, MAX_LIMIT);

/// 禁行车 — one banned car (1.4.18.11 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BannedCar {
    /// 车辆ID — car id.
    #[serde(default, with = "client_core::lenient::string")]
    pub car_id: String,
    /// 车牌号 — plate number.
    #[serde(default)]
    pub plate_number: String,
    /// 生效车场列表 — yards.
    #[serde(default)]
    pub yard_ids: Vec<YardRef>,
    /// 报警类型列表 — alarms.
    #[serde(default)]
    pub alarm_type: Vec<BanAlarm>,
}

// ---------------------------------------------------------------------------------
// 1.4.18.12–15 barriers and records

/// 手动抬杆 — open or close a barrier (1.4.18.12); the device must be bound to a gate
/// (-80301 otherwise). Returns nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GateControl {
    /// 设备码 — 17-character device code; this or `mac` (qrCode wins).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — `00-FF-00-17-00-18`; this or `qrCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 道闸控制指令 — open or close.
    pub command: GateCommand,
    /// 开闸原因 — 1–64 characters, required to open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// 抓拍图片名 — a snapshot name, when opening.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_name: Option<String>,
}

impl GateControl {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        match (&self.command, &self.reason) {
            (GateCommand::Open, None) => Err(Error::invalid(path, "reason is required to open")),
            (_, Some(r)) => {
                validate::chars(path, "reason", r, *REASON_LEN.start(), *REASON_LEN.end())
            }
            _ => Ok(()),
        }
    }
}

client_core::endpoint!(GateControl => client_core::Ack, POST "/vms/open/parkingGateManager/v1/gateControl", write, validate);

/// 放行记录筛选（与） — AND filter of [`FindAllGateRecord`] (1.4.18.13).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GateRecordFilterAnd {
    /// 车场id — yard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parking_id: Option<String>,
    /// 入口id — entrance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_gate_id: Option<String>,
    /// 出口id — exit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_gate_id: Option<String>,
    /// 入场时间大于等于 — entered at or after, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_enter_timestamp: Option<i64>,
    /// 入场时间小于 — entered before, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_enter_timestamp: Option<i64>,
    /// 出场时间大于等于 — left at or after, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_exit_timestamp: Option<i64>,
    /// 出场时间小于 — left before, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_exit_timestamp: Option<i64>,
    /// 车牌号模糊匹配 — plate contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
    /// 车主名称模糊匹配 — owner contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_owner: Option<String>,
    /// 车辆类型 — vehicle type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<VehicleKind>,
    /// 状态 — 0 entered, 1 left.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<i64>,
    /// 入场方式 — 0 auto, 1 self-service, 2 manual, 3 repeated entry.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_type: Option<i64>,
    /// 出场方式 — 0 auto, 1 free, 2 manual.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub exit_type: Option<i64>,
    /// 车辆颜色 — vehicle colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_color: Option<VehicleColor>,
    /// 车牌颜色 — plate colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_color: Option<PlateColor>,
}

/// 查询放行记录列表 — list pass records, paged with `start`/`limit` (1.4.18.13). Sort
/// keys: `enterTimestamp`, `exitTimestamp`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FindAllGateRecord {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — page size `[1, 100]` (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（与） — AND filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<GateRecordFilterAnd>,
    /// 排序 — sort keys in priority order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<SortKey>>,
}

impl FindAllGateRecord {
    fn check(&self, path: &str) -> Result<(), Error> {
        opt_limit(path, self.limit, MAX_LIMIT)?;
        if let Some(f) = &self.filter_and {
            if let (Some(s), Some(e)) = (f.start_enter_timestamp, f.end_enter_timestamp) {
                validate::ordered(
                    path,
                    "filterAnd.startEnterTimestamp",
                    &s,
                    "filterAnd.endEnterTimestamp",
                    &e,
                )?;
            }
            if let (Some(s), Some(e)) = (f.start_exit_timestamp, f.end_exit_timestamp) {
                validate::ordered(
                    path,
                    "filterAnd.startExitTimestamp",
                    &s,
                    "filterAnd.endExitTimestamp",
                    &e,
                )?;
            }
        }
        Ok(())
    }
}

client_core::endpoint!(FindAllGateRecord => PagedList<GateRecord>, POST "/vms/open/parkingGateManager/v1/findAllGateRecord", read, validate);
opt_paged!(FindAllGateRecord => GateRecord, MAX_LIMIT);

/// 放行记录 — one pass record (1.4.18.13 list item, 1.4.18.14 result).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GateRecord {
    /// 放行记录id — record id.
    #[serde(default, with = "client_core::lenient::string")]
    pub id: String,
    /// 车牌号 — plate number.
    #[serde(default)]
    pub plate_number: String,
    /// 车牌颜色 — plate colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_color: Option<PlateColor>,
    /// 车辆颜色 — vehicle colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_color: Option<VehicleColor>,
    /// 车辆类型 — vehicle type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<VehicleKind>,
    /// 车辆品牌 — brand number (see [`vehicle_brand_name`]).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub vehicle_brand: Option<i64>,
    /// 车主名称 — owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_owner: Option<String>,
    /// 车场名称 — yard name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parking_name: Option<String>,
    /// 入口名称 — entrance name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_gate_name: Option<String>,
    /// 入场时间戳 — entry time, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_timestamp: Option<i64>,
    /// 入场抓拍图片 — entry snapshot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_snapshot: Option<String>,
    /// 入场车牌小图 — entry plate picture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_plate_picture: Option<String>,
    /// 入场方式 — 0 auto, 1 self-service, 2 manual, 3 repeated entry.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_type: Option<i64>,
    /// 出口名称 — exit name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_gate_name: Option<String>,
    /// 出场时间戳 — exit time, UNIX seconds (null while inside).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub exit_timestamp: Option<i64>,
    /// 出场抓拍图片 — exit snapshot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_snapshot: Option<String>,
    /// 出场车牌小图 — exit plate picture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_plate_picture: Option<String>,
    /// 出场方式 — 0 auto, 1 free, 2 manual.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub exit_type: Option<i64>,
    /// 停车时长，秒 — parking duration in seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub park_duration: Option<i64>,
    /// 免费原因 — why it was free.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_reason: Option<String>,
    /// 操作员名称 — operator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_name: Option<String>,
    /// 应付金额，分 — fee in fen.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub fee: Option<i64>,
    /// 付费方式 — 0 booth, 1 account, 2 subscription, 3 parking cloud payment.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub pay_method: Option<i64>,
    /// 车辆属性 — 0 temporary, 1 fixed, 2 special, 3 banned.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub car_attribute: Option<i64>,
}

/// 获取指定 id 的放行记录信息 — one pass record (1.4.18.14).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FindGateRecordById {
    /// 放行记录id — the record.
    pub gate_record_id: String,
}

impl FindGateRecordById {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "gateRecordId", &self.gate_record_id)
    }
}

client_core::endpoint!(FindGateRecordById => GateRecord, POST "/vms/open/parkingGateManager/v1/findGateRecordById", read, validate);

/// 手动抬杆记录筛选（与） — AND filter of [`FindAllManualRecord`] (1.4.18.15).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ManualRecordFilterAnd {
    /// 车场id — yard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parking_id: Option<String>,
    /// 出入口id — gate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gate_id: Option<String>,
    /// 开闸时间大于等于 — opened at or after, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_open_timestamp: Option<i64>,
    /// 开闸时间小于 — opened before, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_open_timestamp: Option<i64>,
    /// 关闸时间大于等于 — closed at or after, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_close_timestamp: Option<i64>,
    /// 关闸时间小于 — closed before, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_close_timestamp: Option<i64>,
}

/// 查看手动抬杆记录列表 — list manual barrier operations, paged with `start`/`limit`
/// (1.4.18.15). Sort keys: `openTimestamp`, `closeTimestamp`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FindAllManualRecord {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — page size `[1, 100]` (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（与） — AND filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<ManualRecordFilterAnd>,
    /// 排序 — sort keys in priority order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<SortKey>>,
}

impl FindAllManualRecord {
    fn check(&self, path: &str) -> Result<(), Error> {
        opt_limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(FindAllManualRecord => PagedList<ManualRecord>, POST "/vms/open/parkingGateManager/v1/findAllManualRecord", read, validate);
opt_paged!(FindAllManualRecord => ManualRecord, MAX_LIMIT);

/// 手动抬杆记录 — one manual barrier operation (1.4.18.15 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ManualRecord {
    /// 手动抬杆记录主键 — record id.
    #[serde(default, with = "client_core::lenient::string")]
    pub id: String,
    /// 车场名称 — yard name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parking_name: Option<String>,
    /// 出入口名称 — gate name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gate_name: Option<String>,
    /// 抓拍图片名 — snapshot name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_name: Option<String>,
    /// 开闸时间 — opened at, UNIX seconds (a string in the example).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub open_timestamp: Option<i64>,
    /// 关闸时间 — closed at, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub close_timestamp: Option<i64>,
    /// 操作理由 — reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// open操作人员名称 — who opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_operator_name: Option<String>,
    /// close操作人员名称 — who closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close_operator_name: Option<String>,
}
