//! 门禁点管理 — access-control points (门禁点): devices bound to a B3R, door-point
//! lists, sync failures, bind type, device configuration, adding/removing door
//! points, door switches and remote door control (hongtu-aiot-openapi.txt, module
//! 门禁点管理 1.1–1.15).
//!
//! Remote keep-open / keep-closed / restore work on face panels only; other devices
//! answer code `200314` ("目前仅面板机支持远程长开、远程常闭、恢复正常").

use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::device::CmdStatus;
use crate::api::util::{check_page, impl_paged};
use crate::dict::{
    AlarmInput, AlarmOutput, BindType, DeviceModel, DeviceStatus, DeviceType, PictureType,
    RecognitionMode, VerificationMode,
};
use crate::envelope::PageData;

/// Default page size of the door-point list endpoints (分页大小，不传默认20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

client_core::int_enum! {
    /// 同步状态 — person sync state of a door device (门禁点管理 1.2.3 `synStatus`).
    pub enum SyncStatus {
        /// 未同步 — not synchronised.
        NotSynced = 0,
        /// 已同步 — synchronised.
        Synced = 1,
        /// 同步失败 — sync failed.
        Failed = 2,
    }
}

client_core::int_enum! {
    /// 通知类型 — kind of sync failure (门禁点管理 1.3.2, 1.15.2 `noticeCode`; typed
    /// string in 1.3 and "interger" in 1.15).
    pub enum NoticeCode {
        /// 人员照片下发失败 — person photo distribution failed.
        PhotoDistributionFailed = 1,
        /// 人脸特征抽取失败 — face feature extraction failed.
        FeatureExtractionFailed = 6,
    }
}

client_core::int_enum! {
    /// 用户类别 — person category in sync-failure lists (门禁点管理 1.3.3 `type`:
    /// "1 员工 2访客 3黑名单, 4 重点人员"; note the data dictionary's person type uses
    /// 3 for key persons).
    pub enum SyncPersonType {
        /// 员工 — employee.
        Employee = 1,
        /// 访客 — visitor.
        Visitor = 2,
        /// 黑名单 — blacklist.
        Blacklist = 3,
        /// 重点人员 — key person.
        KeyPerson = 4,
    }
}

client_core::int_enum! {
    /// 通行活体模式 — liveness detection mode (门禁点管理 1.5.3 `livenessModel`:
    /// "0 关 1 开单目 2开双目").
    pub enum LivenessModel {
        /// 关 — off.
        Off = 0,
        /// 开单目 — on, monocular.
        Monocular = 1,
        /// 开双目 — on, binocular.
        Binocular = 2,
    }
}

/// Serializes a [`NoticeCode`] as a JSON string (`"1"`), as 1.3.2 types it.
fn notice_code_as_string<S: serde::Serializer>(v: &NoticeCode, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&v.code())
}

// ---------------------------------------------------------------------------
// 1.1 查询绑定B3R的端设备列表
// ---------------------------------------------------------------------------

/// 查询绑定B3R的端设备列表 — end devices bound to the same B3R as a device
/// (门禁点管理 1.1). Paged, default page size 20.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryB3rBoundDevices {
    /// 当前页码 — page number, default 1 (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 当前设备uuid — the device (1.1.2).
    pub uuid: String,
    /// 分页大小 — page size, default 20 (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl QueryB3rBoundDevices {
    /// The first page for device `uuid`.
    pub fn new(uuid: impl Into<String>) -> Self {
        Self {
            page_num: None,
            uuid: uuid.into(),
            page_size: None,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(QueryB3rBoundDevices => PageData<B3rBoundDevice>, POST "/v1/api/door/queryB3rInBind", read, validate);
impl_paged!(QueryB3rBoundDevices, B3rBoundDevice, DEFAULT_PAGE_SIZE);

/// One device of [`QueryB3rBoundDevices`] (门禁点管理 1.1.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct B3rBoundDevice {
    /// 设备uuid — device uuid.
    pub uuid: String,
    /// 设备位置 — device location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// 设备名称 — device name.
    pub name: String,
    /// 设备类型 — 1 smart camera, 2 smart panel, 4 network camera.
    pub device_type: DeviceType,
    /// 设备型号 — device model (data dictionary 1.4.3).
    pub device_model: DeviceModel,
}

// ---------------------------------------------------------------------------
// 1.2 查询门禁点设备列表
// ---------------------------------------------------------------------------

/// 查询门禁点设备列表 — door-point devices (门禁点管理 1.2). Paged, default page
/// size 20. To find devices to add as door points use
/// [`crate::api::device::ListControlDevices`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListDoors {
    /// 设备位置 — location filter (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// 当前页码 — page number, default 1 (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 设备名称 — name filter (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 分页大小 — page size, default 20 (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 设备类型 — 1 smart camera, 2 smart panel, 4 network camera (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceType>,
    /// 设备型号 — device model (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<DeviceModel>,
    /// `true`: every device that can be added as a door point (excluding devices
    /// deployed for key persons); `false`: the door points already added (1.2.2).
    pub pass_model: bool,
}

impl ListDoors {
    /// The first page of door points (`pass_model` false) or candidates (true).
    pub fn new(pass_model: bool) -> Self {
        Self {
            location: None,
            page_num: None,
            name: None,
            page_size: None,
            device_type: None,
            device_model: None,
            pass_model,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListDoors => PageData<DoorDevice>, POST "/v1/api/door/list", read, validate);
impl_paged!(ListDoors, DoorDevice, DEFAULT_PAGE_SIZE);

/// One door-point device (门禁点管理 1.2.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DoorDevice {
    /// 设备uuid — device uuid.
    pub uuid: String,
    /// 设备位置 — device location.
    pub location: String,
    /// 设备名称 — device name.
    pub name: String,
    /// 设备类型 — 1 smart camera, 2 smart panel, 4 network camera.
    pub device_type: DeviceType,
    /// 设备型号 — device model.
    pub device_model: DeviceModel,
    /// 设备状态 — 3 online, 4 offline.
    pub status: DeviceStatus,
    /// 同步状态 — 0 not synced, 1 synced, 2 failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub syn_status: Option<SyncStatus>,
    /// 绑定开关 — bound door switch IP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub switch_ip: Option<String>,
    /// 是否绑定门禁设备 — whether it is a door point (0 no, 1 yes).
    #[serde(with = "client_core::lenient::bool_int")]
    pub is_pass: bool,
    /// 同步失败的数量 — number of failed syncs.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub fail_num: Option<i64>,
    /// 常开常闭状态 — hold state (17 normal, 15 held open, 16 held closed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cmd_status: Option<CmdStatus>,
}

// ---------------------------------------------------------------------------
// 1.3 查询同步失败人员信息
// ---------------------------------------------------------------------------

/// 查询同步失败人员信息 — persons whose sync to devices failed (门禁点管理 1.3).
/// Paged, default page size 20.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryFeatureFailList {
    /// 当前页码 — page number, default 1 (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 通知类型 — 1 photo distribution failed, 6 feature extraction failed; sent as a
    /// string (`"1"`) (1.3.2).
    #[serde(serialize_with = "notice_code_as_string")]
    pub notice_code: NoticeCode,
    /// 分页大小 — page size, default 20 (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl QueryFeatureFailList {
    /// The first page of `notice_code` failures.
    pub fn new(notice_code: NoticeCode) -> Self {
        Self {
            page_num: None,
            notice_code,
            page_size: None,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(QueryFeatureFailList => PageData<FeatureFailPerson>, POST "/v1/api/door/queryFeatureFailList", read, validate);
impl_paged!(QueryFeatureFailList, FeatureFailPerson, DEFAULT_PAGE_SIZE);

/// A person whose sync failed (门禁点管理 1.3.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FeatureFailPerson {
    /// 人员personUuid — person uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 人员名 — person name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 用户识别照片的uri — recognition photo (a full URL in the example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_uri: Option<String>,
    /// 用户类别 — 1 employee, 2 visitor, 3 blacklist, 4 key person (wire name `type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SyncPersonType>,
    /// 失败原因描述 — failure reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_str: Option<String>,
}

// ---------------------------------------------------------------------------
// 1.4 查询绑定设备类型
// ---------------------------------------------------------------------------

/// 查询绑定设备类型 — what an end device is bound to (门禁点管理 1.4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueryBindType {
    /// 端设备uuid — end device uuid (1.4.2).
    pub uuid: String,
}

client_core::endpoint!(QueryBindType => BindTypeResult, POST "/v1/api/door/queryBindType", read);

/// Result of [`QueryBindType`] (门禁点管理 1.4.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BindTypeResult {
    /// 绑定类型 — 1 B3R, 3 panel (data dictionary 1.7.1).
    pub bind_type: BindType,
}

// ---------------------------------------------------------------------------
// 1.5 查询设备配置信息 / 1.13 配置设备
// ---------------------------------------------------------------------------

/// 查询设备配置信息 — the configuration of a bound door device (门禁点管理 1.5); change
/// fields of the answer and send it back as [`ConfigureDoor`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueryDoorConfig {
    /// 设备uuid — device uuid (deviceToken) (1.5.2).
    pub uuid: String,
}

client_core::endpoint!(QueryDoorConfig => DoorDeviceConfig, POST "/v1/api/door/queryConfig", read);

/// 配置设备 — a door device's configuration (门禁点管理 1.5.3), and the request of
/// `/v1/api/door/config` (1.13): query it, change fields, send it back whole.
/// The seed's remark column is cut off by the PDF for many fields; what survives is
/// quoted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DoorDeviceConfig {
    /// 设备uuid — device uuid.
    pub uuid: String,
    /// 个性化配置信息 / 门禁参数 — personalisation and door parameters (required in the
    /// 1.5.3 answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_config: Option<CustomConfig>,
    /// 人脸参数信息 / 识别参数 — face recognition parameters for passing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm_config: Option<RecognitionConfig>,
    /// 重点人员参数信息 — employee/visitor/key-person deployment parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_guard_config: Option<RecognitionConfig>,
    /// 陌生人参数 — global stranger parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stranger_config: Option<RecognitionConfig>,
    /// 测温参数 — temperature measurement parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_config: Option<TemperatureConfig>,
    /// 健康码参数 — health-code parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthkit_config: Option<HealthkitConfig>,
}

/// 配置设备 — `/v1/api/door/config` (门禁点管理 1.13) sends a [`DoorDeviceConfig`].
pub type ConfigureDoor = DoorDeviceConfig;

fn check_range(path: &str, field: &str, v: Option<f64>, min: f64, max: f64) -> Result<(), Error> {
    match v {
        Some(x) if !(min..=max).contains(&x) => Err(Error::invalid(
            path,
            format!("{field} must be {min}..={max}, got {x}"),
        )),
        _ => Ok(()),
    }
}

impl RecognitionConfig {
    fn check(&self, path: &str, section: &str) -> Result<(), Error> {
        let f = |name: &str| format!("{section}.{name}");
        check_range(path, &f("pitchThreshold"), self.pitch_threshold, 0.0, 90.0)?;
        check_range(path, &f("yawThreshold"), self.yaw_threshold, 0.0, 90.0)?;
        check_range(path, &f("rollThreshold"), self.roll_threshold, 0.0, 90.0)?;
        check_range(
            path,
            &f("sharpnessThreshold"),
            self.sharpness_threshold,
            0.1,
            1.0,
        )?;
        check_range(path, &f("smallestFace"), self.smallest_face, 1.0, 500.0)
    }
}

impl DoorDeviceConfig {
    /// Checks the ranges 1.13.2 documents: angles 0–90°, sharpness 0.1–1.0, smallest
    /// face 1–500, longitude ±180, latitude ±90. `recognitionTimes` is documented 0–5
    /// but the seed's own box reports 9 and the example sends 8, so it is not checked.
    fn check(&self, path: &str) -> Result<(), Error> {
        for (name, cfg) in [
            ("algorithmConfig", &self.algorithm_config),
            ("safeGuardConfig", &self.safe_guard_config),
            ("strangerConfig", &self.stranger_config),
        ] {
            if let Some(cfg) = cfg {
                cfg.check(path, name)?;
            }
        }
        if let Some(h) = &self.healthkit_config {
            check_range(
                path,
                "healthkitConfig.healthKitLongitude",
                h.health_kit_longitude,
                -180.0,
                180.0,
            )?;
            check_range(
                path,
                "healthkitConfig.healthKitLatitude",
                h.health_kit_latitude,
                -90.0,
                90.0,
            )?;
        }
        Ok(())
    }
}

client_core::endpoint!(DoorDeviceConfig => Ack, POST "/v1/api/door/config", write, validate);

/// 个性化配置 / 门禁参数 — panel display and door parameters (门禁点管理 1.5.3,
/// 1.13.2 `customConfig`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomConfig {
    /// 公司名称 — company name (remark cut off by the PDF after "由16个…", i.e. a 16-character limit of some kind).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// 人员名称是否显示 — show the person's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_person_name: Option<bool>,
    /// 人员照片类型 — photo shown: 0 enrolled, 1 captured, 2 none (data dictionary 1.7.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_type: Option<PictureType>,
    /// 进入待机时间 — idle time before standby, minutes.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub stand_by_time: Option<i64>,
    /// 通行补光亮度 — fill-light brightness while passing.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub fill_lightness: Option<i64>,
    /// 二次识别间隔 — interval before recognising the same person again, seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub recognition_interval: Option<f64>,
    /// 定时重启 — scheduled reboot, `{days}/{hour}:{minute}`; days `*` for every day or
    /// a comma list (e.g. `*/23:00` daily at 23:00, `0,1,2,3,4/5:00` …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reboot_schedule: Option<String>,
    /// 报警输入1 — alarm input 1 use (data dictionary 1.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_input1: Option<AlarmInput>,
    /// 报警输入2 — alarm input 2 use (data dictionary 1.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_input2: Option<AlarmInput>,
    /// 报警输出 — alarm output 1 triggers (data dictionary 1.7.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_output1: Option<Vec<AlarmOutput>>,
    /// 二次识别次数 — repeat recognitions; documented 0–5, yet the seed's examples show
    /// 9 and 8.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub recognition_times: Option<i64>,
    /// 门锁控制 — door lock control, `true` on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_switch: Option<bool>,
    /// 门磁类型 — door sensor type, 0 not used (other values cut off in the seed).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub sensor_type: Option<i64>,
    /// 通行认证方式 — verification mode (data dictionary 1.7.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_mode: Option<VerificationMode>,
    /// 开门超时时长 — door-open timeout (remark truncated; seconds presumed).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub open_time_out: Option<i64>,
    /// 门禁控制时间 — how long the door stays unlocked, seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub open_duration: Option<f64>,
    /// 延迟门锁控制 — lock delay, seconds, one decimal place.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub open_delay: Option<f64>,
    /// 韦根模式 — Wiegand mode, 0 off (other values cut off in the seed).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub wiegand_mode: Option<i64>,
    /// 韦根格式 — Wiegand format, 0 26-bit (other values cut off in the seed).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub wiegand_format: Option<i64>,
    /// 韦根输出内容 — Wiegand output content, 0 person … (cut off in the seed).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub wiegand_output: Option<i64>,
    /// 自定义待机界面图 — custom standby wallpaper URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standby_wp_url: Option<String>,
}

/// 识别参数 — recognition parameters; the same shape serves `algorithmConfig`
/// (passing), `safeGuardConfig` (employee/visitor/key-person deployment) and
/// `strangerConfig` (global strangers) (门禁点管理 1.5.3, 1.13.2). Face AE and mask
/// fields belong to `algorithmConfig`; `recognitionInterval` to the other two.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecognitionConfig {
    /// 使用模式 — 0 single person, 1 multiple persons (data dictionary 1.7.6; panels).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognition_mode: Option<RecognitionMode>,
    /// 识别阈值 — recognition threshold (maximum cut off in the seed; 68 in the example).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub recognition_threshold: Option<f64>,
    /// 通行活体模式 — liveness mode: 0 off, 1 monocular, 2 binocular (documented
    /// required in `algorithmConfig`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liveness_model: Option<LivenessModel>,
    /// 活体检测阈值 — liveness threshold (needed when liveness is on; maximum 100).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub liveness_threshold: Option<f64>,
    /// 最大识别距离 — maximum recognition distance code: 1 …, 2 1.5 m, 3 2 m (panels).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_distance: Option<i64>,
    /// 垂直角度 — pitch threshold, 0–90 degrees.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub pitch_threshold: Option<f64>,
    /// 水平角度 — yaw threshold, 0–90 degrees.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub yaw_threshold: Option<f64>,
    /// 旋转角度 — roll threshold, 0–90 degrees.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub roll_threshold: Option<f64>,
    /// 模糊度 — sharpness (blur) threshold, 0.1–1.0.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub sharpness_threshold: Option<f64>,
    /// 最小人脸 — smallest face, 1–500 pixels.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub smallest_face: Option<f64>,
    /// 陌生人识别阈值 — stranger recognition threshold.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub stranger_recognition_threshold: Option<f64>,
    /// FACE AE 开关 — face auto-exposure switch (`algorithmConfig`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub face_ae_mode: Option<bool>,
    /// 口罩识别模式 — mask recognition mode, `true` on (`algorithmConfig`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask_switch: Option<bool>,
    /// 口罩识别阈值 — mask recognition threshold (`algorithmConfig`).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub mask_threshold: Option<f64>,
    /// 二次识别间隔 — repeat-recognition interval, seconds (`safeGuardConfig`,
    /// `strangerConfig`).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub recognition_interval: Option<f64>,
}

/// 测温参数 — temperature measurement (门禁点管理 1.5.3, 1.13.2 `temperatureConfig`;
/// every member required when the object is sent).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TemperatureConfig {
    /// 体温检测开关 — body temperature detection on/off.
    pub temperature_switch: bool,
    /// 高温禁入开关 — refuse entry when the temperature is above the threshold.
    pub high_temperature_off: bool,
    /// 快速测试开关 — quick mode: measure temperature only, no recognition.
    pub temperature_mode: bool,
    /// 高温阈值 — high-temperature threshold, °C; default 37.x, range 36.5–3x (both cut off by the PDF).
    #[serde(with = "client_core::lenient::float")]
    pub high_threshold: f64,
    /// 未佩戴口罩提醒开关 — remind persons without a mask.
    pub mask_alert_switch: bool,
    /// 口罩佩戴禁入开关 — refuse entry without a mask (default off).
    pub un_mask_off: bool,
}

/// 健康码参数 — health-code parameters (门禁点管理 1.5.3, 1.13.2 `healthkitConfig`).
/// The `0:关闭` switches are integers on the wire.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HealthkitConfig {
    /// 是否开启健康码功能 — health-code function mode.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_mode: Option<i64>,
    /// 健康码省份列表 — provinces (e.g. `[{"cityCode":"10…","cityName":"北京"}]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_kit_province_list: Option<Vec<HealthKitCity>>,
    /// 健康码使用的省份 — province in use (a `cityCode` value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_kit_province: Option<String>,
    /// 坐标上传开启 — coordinate upload, 0 off.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_coordinate_mode: Option<i64>,
    /// 坐标经度 — longitude, −180.0000 … 180.0000.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_longitude: Option<f64>,
    /// 坐标纬度 — latitude.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_latitude: Option<f64>,
    /// 健康码绿码 — green code handling, 0 off.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_green: Option<i64>,
    /// 健康码红码 — red code handling, 0 off.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_red: Option<i64>,
    /// 健康码黄码 — yellow code handling, 0 off.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_yellow: Option<i64>,
    /// 健康码未知 — unknown code handling, 0 off.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_unknown: Option<i64>,
    /// 健康码超时 — timeout handling, 0 off.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_timeout: Option<i64>,
    /// 二维码图片uri — QR-code image uri.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_kit_image_url: Option<String>,
    /// 身份证模块开关 — ID-card module, 0 off.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_idcard_verify: Option<i64>,
    /// 自动保存身份证号 — save ID-card numbers automatically.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_idcard_autosave: Option<i64>,
    /// 通行时间权限开关 — enforce pass-time permissions.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_schedule_verify: Option<i64>,
    /// 高温禁行开关 — refuse entry on high temperature, 0 off.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_high_temperature_no_entry: Option<i64>,
    /// 高温阈值 — high-temperature threshold, °C (default 37.x).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_kit_high_temperature_threshold: Option<f64>,
    /// 健康码平台地址 — health-code platform address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_kit_server_address: Option<String>,
    /// 健康码测温灵敏度 — temperature sensitivity (wire name `healthkitTemperatureSensitivity`).
    #[serde(
        rename = "healthkitTemperatureSensitivity",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub healthkit_temperature_sensitivity: Option<i64>,
}

/// A health-code province (门禁点管理 1.5.3 `healthKitProvinceList`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HealthKitCity {
    /// 城市code — city code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city_code: Option<String>,
    /// 城市名称 — city name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city_name: Option<String>,
}

// ---------------------------------------------------------------------------
// 1.6 批量添加和移除门禁点 / 1.7 移除门禁点 / 1.8 绑定开关
// ---------------------------------------------------------------------------

/// 批量添加和移除门禁点 — add and remove door points in one call (门禁点管理 1.6).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateDoors {
    /// 新添设备uuid — devices to add as door points (may be empty) (1.6.2).
    #[serde(default)]
    pub add_device_uuids: Vec<String>,
    /// 删除设备uuid — door points to remove (may be empty) (1.6.2).
    #[serde(default)]
    pub remove_device_uuids: Vec<String>,
}

client_core::endpoint!(UpdateDoors => Ack, POST "/v1/api/door/add", write);

/// 移除门禁点 — remove one door point (门禁点管理 1.7).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RemoveDoor {
    /// 当前设备uuid — device uuid (deviceToken) (1.7.2).
    pub uuid: String,
}

client_core::endpoint!(RemoveDoor => Ack, POST "/v1/api/door/remove", write);

/// 绑定开关 — bind a door switch to a device; without `switch_ip` the switch is
/// removed (门禁点管理 1.8).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BindDoorSwitch {
    /// 开关IP — switch IP; omit to remove the switch (1.8.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub switch_ip: Option<String>,
    /// 当前设备uuid — device uuid (deviceToken) (1.8.2).
    pub uuid: String,
}

client_core::endpoint!(BindDoorSwitch => Ack, POST "/v1/api/door/bindSwitch", write);

// ---------------------------------------------------------------------------
// 1.9–1.12 remote door control
// ---------------------------------------------------------------------------

/// 远程常开 — hold a panel's door open (门禁点管理 1.9; panels only, others answer 200314).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlwaysOpenDoor {
    /// 当前设备uuid — device uuid (1.9.2).
    pub uuid: String,
}

client_core::endpoint!(AlwaysOpenDoor => Ack, POST "/v1/api/door/alwaysOpenDoor", write);

/// 远程常闭 — hold a panel's door closed (门禁点管理 1.10; panels only, others answer 200314).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlwaysCloseDoor {
    /// 当前设备uuid — device uuid (1.10.2).
    pub uuid: String,
}

client_core::endpoint!(AlwaysCloseDoor => Ack, POST "/v1/api/door/alwaysCloseDoor", write);

/// 远程开门 — open a door once (门禁点管理 1.11).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenDoor {
    /// 当前设备uuid — device uuid (1.11.2).
    pub uuid: String,
}

client_core::endpoint!(OpenDoor => Ack, POST "/v1/api/door/openDoor", write);

/// 恢复正常 — end keep-open / keep-closed on a panel (门禁点管理 1.12; panels only,
/// others answer 200314).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NormalDoor {
    /// 当前设备uuid — device uuid (1.12.2).
    pub uuid: String,
}

client_core::endpoint!(NormalDoor => Ack, POST "/v1/api/door/normal", write);

// ---------------------------------------------------------------------------
// 1.14 查询同步列表（废弃） / 1.15 同步失败详情（废弃）
// ---------------------------------------------------------------------------

/// 查询同步列表（废弃）— other devices bound to the same compute device
/// (门禁点管理 1.14; deprecated). Paged, default page size 20.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuerySyncList {
    /// 当前页码 — page number, default 1 (1.14.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 当前设备uuid — the device (1.14.2).
    pub uuid: String,
    /// 设备位置 — location filter (documented required; `""` matches all) (1.14.2).
    pub location: String,
    /// 分页大小 — page size, default 20 (1.14.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 设备名称 — name filter (documented required; `""` matches all) (1.14.2).
    pub name: String,
    /// 设备型号 — model filter (1.14.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<DeviceModel>,
}

impl QuerySyncList {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(QuerySyncList => PageData<SyncListDevice>, POST "/v1/api/door/querySynList", read, validate);
impl_paged!(QuerySyncList, SyncListDevice, DEFAULT_PAGE_SIZE);

/// One device of [`QuerySyncList`] (门禁点管理 1.14.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncListDevice {
    /// 设备uuid — device uuid.
    pub uuid: String,
    /// 设备位置 — device location.
    pub location: String,
    /// 设备名称 — device name.
    pub name: String,
    /// 设备类型 — 1 smart camera, 2 smart panel, 4 network camera.
    pub device_type: DeviceType,
    /// 设备型号 — device model.
    pub device_model: DeviceModel,
}

/// 同步失败详情（废弃）— persons that failed to sync (门禁点管理 1.15; deprecated).
/// Paged, default page size 20.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncDetail {
    /// 当前页码 — page number, default 1 (1.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 设备uuid — the device; not in the table, but sent by the seed's example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 通知类型 — 1 photo distribution failed, 6 feature extraction failed (typed
    /// "interger"; documented required, omitted by the example) (1.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_code: Option<NoticeCode>,
    /// 分页大小 — page size, default 20 (1.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl SyncDetail {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(SyncDetail => PageData<SyncFailPerson>, POST "/v1/api/door/syncDetail", read, validate);
impl_paged!(SyncDetail, SyncFailPerson, DEFAULT_PAGE_SIZE);

/// A person that failed to sync (门禁点管理 1.15.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncFailPerson {
    /// personUuid — person uuid.
    pub uuid: String,
    /// 人员名 — person name.
    pub name: String,
    /// 用户识别照片的url — recognition photo URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// 用户类别 — 1 employee, 2 visitor, 4 key person (wire name `type`).
    #[serde(rename = "type")]
    pub kind: SyncPersonType,
    /// 失败原因描述 — failure reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_str: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::{Endpoint, Paged};

    #[test]
    fn paths() {
        assert_eq!(QueryB3rBoundDevices::PATH, "/v1/api/door/queryB3rInBind");
        assert_eq!(ListDoors::PATH, "/v1/api/door/list");
        assert_eq!(
            QueryFeatureFailList::PATH,
            "/v1/api/door/queryFeatureFailList"
        );
        assert_eq!(QueryBindType::PATH, "/v1/api/door/queryBindType");
        assert_eq!(QueryDoorConfig::PATH, "/v1/api/door/queryConfig");
        assert_eq!(ConfigureDoor::PATH, "/v1/api/door/config");
        assert_eq!(UpdateDoors::PATH, "/v1/api/door/add");
        assert_eq!(RemoveDoor::PATH, "/v1/api/door/remove");
        assert_eq!(BindDoorSwitch::PATH, "/v1/api/door/bindSwitch");
        assert_eq!(AlwaysOpenDoor::PATH, "/v1/api/door/alwaysOpenDoor");
        assert_eq!(AlwaysCloseDoor::PATH, "/v1/api/door/alwaysCloseDoor");
        assert_eq!(OpenDoor::PATH, "/v1/api/door/openDoor");
        assert_eq!(NormalDoor::PATH, "/v1/api/door/normal");
        assert_eq!(QuerySyncList::PATH, "/v1/api/door/querySynList");
        assert_eq!(SyncDetail::PATH, "/v1/api/door/syncDetail");
        assert_eq!(OpenDoor::METHOD, http::Method::POST);
    }

    #[test]
    fn notice_code_is_a_string_on_the_wire() {
        let req = QueryFeatureFailList::new(NoticeCode::FeatureExtractionFailed);
        let v: serde_json::Value =
            serde_json::from_slice(&req.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v, serde_json::json!({"noticeCode": "6"}));
        let back: QueryFeatureFailList = serde_json::from_value(v).unwrap();
        assert_eq!(back.notice_code, NoticeCode::FeatureExtractionFailed);
        let detail = SyncDetail {
            page_num: None,
            uuid: None,
            notice_code: Some(NoticeCode::PhotoDistributionFailed),
            page_size: None,
        };
        let v: serde_json::Value =
            serde_json::from_slice(&detail.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v, serde_json::json!({"noticeCode": 1}));
    }

    #[test]
    fn paging_and_switch_removal() {
        let mut req = ListDoors::new(false);
        assert_eq!(req.page_size(), 20);
        req.set_page(client_core::PageRequest { index: 4, size: 10 });
        assert_eq!(req.page_num, Some(5));
        req.page_num = Some(0);
        assert!(req.validate().is_err());
        let unbind = BindDoorSwitch {
            switch_ip: None,
            uuid: "d".into(),
        };
        let v: serde_json::Value =
            serde_json::from_slice(&unbind.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v, serde_json::json!({"uuid": "d"}));
    }

    #[test]
    fn config_is_sent_back_whole() {
        let cfg: DoorDeviceConfig = serde_json::from_value(serde_json::json!({
            "uuid": "b4", "customConfig": {"recognitionTimes": 9, "alarmOutput1": [0, 2]},
            "temperatureConfig": {"temperatureSwitch": true, "highTemperatureOff": false,
              "temperatureMode": false, "highThreshold": "37.3", "maskAlertSwitch": false,
              "unMaskOff": false}
        }))
        .unwrap();
        assert_eq!(
            cfg.temperature_config.as_ref().unwrap().high_threshold,
            37.3
        );
        let mut cfg = cfg;
        cfg.custom_config.as_mut().unwrap().recognition_times = Some(8);
        let v: serde_json::Value =
            serde_json::from_slice(&cfg.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v["customConfig"]["recognitionTimes"], 8);
        assert_eq!(v["customConfig"]["alarmOutput1"], serde_json::json!([0, 2]));
        assert!(cfg.validate().is_ok());
        cfg.stranger_config = Some(RecognitionConfig {
            yaw_threshold: Some(91.0),
            ..Default::default()
        });
        assert!(cfg.validate().is_err());
        cfg.stranger_config = Some(RecognitionConfig {
            sharpness_threshold: Some(0.05),
            ..Default::default()
        });
        assert!(cfg.validate().is_err());
        cfg.stranger_config = Some(RecognitionConfig {
            smallest_face: Some(500.0),
            sharpness_threshold: Some(1.0),
            ..Default::default()
        });
        assert!(cfg.validate().is_ok());
    }
}
