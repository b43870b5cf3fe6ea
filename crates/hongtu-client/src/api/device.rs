//! 设备管理 — devices: add, import, delete, update, list and query devices, bind end
//! devices to compute/storage servers, and manage person-control (人员管控) devices
//! (hongtu-aiot-openapi.txt, module 设备管理 1.1–1.18).
//!
//! Sections cited as "设备管理 1.x.y" refer to this module of the seed.
//!
//! ```
//! use client_core::{Endpoint, Paged, PageRequest};
//! use hongtu_client::api::device::ListDevices;
//! use hongtu_client::dict::DeviceType;
//!
//! // Network cameras, 50 per page (`client.stream(req)` pages through all of them).
//! let mut req = ListDevices {
//!     device_type: Some(DeviceType::NetworkCamera),
//!     page_size: Some(50),
//!     ..Default::default()
//! };
//! req.set_page(PageRequest { index: 0, size: req.page_size() });
//! let body = req.encode()?.body.unwrap();
//! assert_eq!(&body[..], br#"{"pageNum":1,"deviceType":4,"pageSize":50}"#);
//! # Ok::<(), client_core::Error>(())
//! ```

use client_core::validate;
use client_core::Ack;
use client_core::{Error, Secret};
use serde::{Deserialize, Serialize};

use crate::api::util::{check_page, impl_paged};
use crate::dict::{
    ActiveMode, DeviceMode, DeviceModel, DeviceStatus, DeviceType, DiscoveryMethod, JoinProtocol,
    Protocol,
};
use crate::envelope::PageData;

/// Default page size of the device list endpoints (分页大小，不传默认20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

client_core::int_enum! {
    /// 常开常闭状态码 — door hold state of a panel device (设备管理 1.8.3, 1.9.3).
    pub enum CmdStatus {
        /// 常开 — held open.
        KeepOpen = 15,
        /// 常闭 — held closed.
        KeepClosed = 16,
        /// 正常 — normal.
        Normal = 17,
    }
}

client_core::int_enum! {
    /// 升级状态 — firmware upgrade state (设备管理 1.7.3).
    pub enum UpgradeStatus {
        /// 升级中 — upgrading.
        Upgrading = 0,
        /// 升级成功 — upgrade succeeded.
        Succeeded = 1,
        /// 升级失败 — upgrade failed.
        Failed = 2,
        /// 可升级 — an upgrade is available.
        Available = 4,
        /// 升级完成 — upgrade finished.
        Finished = 5,
    }
}

client_core::int_enum! {
    /// 升级操作 — upgrade action offered by the web UI (设备管理 1.7.3).
    pub enum UpgradeAction {
        /// 更新版本（置灰）— update version (greyed out).
        UpdateDisabled = 0,
        /// 更新版本 — update version.
        Update = 1,
        /// 历史版本 — history versions.
        History = 2,
    }
}

client_core::int_enum! {
    /// 标识 — result of the pre-delete check (设备管理 1.4.3). The device may be deleted
    /// when the tag is 0 or 3.
    pub enum PreDeleteTag {
        /// 可删除 — can be deleted.
        Deletable = 0,
        /// 已绑定 — bound to a compute/storage device.
        Bound = 1,
        /// 已布控 — deployed in a rule (see `deployType`).
        Deployed = 2,
        /// 强制删除 — can be force-deleted.
        ForceDelete = 3,
        /// 中心算力设备 — central compute device.
        CentralCompute = 4,
        /// 内置算力芯片不可删除（仅2K有）— built-in compute chip, cannot be deleted (2K only).
        BuiltInCompute = 5,
    }
}

client_core::int_enum! {
    /// 布控类型 — kind of deployment that blocks a delete (设备管理 1.4.3; only when
    /// `tag` = 2).
    pub enum DeployType {
        /// 警戒布控（仅3k）— alert deployment (3K only).
        Alert = 1,
        /// 结构化布控（仅3k）— structured-data deployment (3K only).
        Structured = 2,
        /// 门禁点布控 — access-control point.
        DoorPoint = 3,
        /// 事件联动布控（鸿图2K没有）— event linkage (not on Hongtu 2K).
        EventLinkage = 4,
        /// 员工、访客、重点人员布控（仅3k）— employee/visitor/key-person deployment (3K only).
        Person = 5,
        /// 车辆布控（仅3k）— vehicle deployment (3K only).
        Vehicle = 6,
        /// 全局陌生人员布控（仅3k）— global stranger deployment (3K only).
        GlobalStranger = 7,
        /// 人员聚类 — person clustering.
        Cluster = 9,
    }
}

client_core::int_enum! {
    /// 服务器模式 — mode of a device bound to a server (设备管理 1.9.3 `serverMode`).
    pub enum ServerMode {
        /// 人脸识别模式 — face recognition.
        FaceRecognition = 1,
        /// 结构化模式 — structured data.
        Structured = 2,
        /// 警戒模式 — alert.
        Alert = 3,
        /// 人脸抓拍模式 — face capture.
        FaceCapture = 4,
        /// 人脸识别标准模式 — face recognition, standard.
        FaceRecognitionStandard = 6,
        /// 人脸识别高性能模式 — face recognition, high performance.
        FaceRecognitionHighPerformance = 7,
    }
}

client_core::int_enum! {
    /// 映射类型 — which model relations to return (设备管理 1.12.2 `relationType`).
    pub enum RelationType {
        /// 返回全部映射关系 — all relations.
        All = 1,
        /// 返回除智能面板机外的其他四种设备/服务器映射关系 — all but smart panels.
        ExceptPanels = 2,
        /// 返回智能面板机的映射关系 — smart panels only.
        PanelsOnly = 3,
    }
}

client_core::int_enum! {
    /// 可添加设备查询标识 — which devices `device/control/list` returns
    /// (设备管理 1.15.2 `queryFlag`; omit to list all).
    pub enum ControlQueryFlag {
        /// 查询可绑定的列表 — devices that can be added.
        Addable = 0,
        /// 查询已绑定的设备 — devices already added (when adding person-control devices).
        Added = 1,
    }
}

client_core::int_enum! {
    /// 查询标识 — door-point or person-control devices (设备管理 1.15.2 `flagType`).
    pub enum ControlFlagType {
        /// 查询门禁点设备 — access-control point devices.
        DoorPoint = 0,
        /// 查询人员管控设备 — person-control devices.
        PersonControl = 1,
    }
}

client_core::int_enum! {
    /// 查询类型 — deployable-device query type (设备管理 1.18.2 `queryType`).
    pub enum DeployQueryType {
        /// 查询全部 — all.
        All = 0,
        /// 查询全局陌生人员布控（面板机要求是有门禁权限）— global stranger deployment
        /// (panels must have door permission).
        GlobalStranger = 1,
        /// 查询员工、访客、重点人员布控 — employee/visitor/key-person deployment.
        Person = 2,
    }
}

client_core::int_enum! {
    /// 警戒模式类别 — which alert mode a deployable device runs (设备管理 1.18.3 `type`).
    pub enum AlertDeployKind {
        /// all-in-one模式下面的警戒模式 — alert mode of an all-in-one device.
        AllInOne = 0,
        /// sensor+compute的警戒模式 — alert mode of a sensor + compute pair.
        SensorCompute = 1,
        /// 其他模式 — other modes.
        Other = 2,
    }
}

// ---------------------------------------------------------------------------
// 1.1 设备添加
// ---------------------------------------------------------------------------

/// 设备添加 — add a network camera, smart camera, smart server or storage server
/// (设备管理 1.1). Panels are added with [`ImportDevice`]. Smart cameras, network
/// cameras and the MegBox-B3R-1012(H1) / MegCube-B4H16-311 servers need a
/// `device_mode`; active (PDNS) mode needs `sn_code` and `port` but no IP.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddDevice {
    /// 设备名称 — device name, 1–50 characters (1.1.2).
    pub name: String,
    /// 设备位置 — device location, 1–50 characters (1.1.2).
    pub location: String,
    /// 设备类型 — device type: 1 smart camera, 3 smart server, 4 network camera,
    /// 5 storage server (1.1.2).
    pub device_type: DeviceType,
    /// 设备型号 — device model, matching the type (data dictionary 1.4.3) (1.1.2).
    pub device_model: DeviceModel,
    /// 设备模式 — device mode (none for servers, required for other devices):
    /// 1 face recognition, 2 structured, 3 alert, 4 face capture (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_mode: Option<DeviceMode>,
    /// 设备IP — device IP address. The table marks it required; the description says
    /// active-mode devices need none (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// mac地址 — MAC address (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 用户名 — device login user name, 1–50 characters (1.1.2).
    pub user_name: String,
    /// 用户密码 — device login password (1.1.2).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub user_password: Secret,
    /// 视频流地址 — RTSP stream URL; not needed for B3R, core and NVR, nor for ONVIF
    /// cameras (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rtsp_url: Option<String>,
    /// 端口 — device login port; cameras default to 3000, B3R to 80 (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// 协议类型 — 1 RTSP (default), 2 ONVIF (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<Protocol>,
    /// 是否支持主动模式 — 0 passive (default), 1 active (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_mode: Option<ActiveMode>,
    /// 设备sn码 — device serial number, required for PDNS (active) access (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sn_code: Option<String>,
    /// 接入协议 — smart cameras only: 1 SDK (default), 2 GA/T 1400 (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_protocol: Option<JoinProtocol>,
}

impl AddDevice {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::chars(path, "name", &self.name, 1, 50)?;
        validate::chars(path, "location", &self.location, 1, 50)?;
        validate::chars(path, "userName", &self.user_name, 1, 50)?;
        if self.device_type == DeviceType::SmartPanel {
            return Err(Error::invalid(
                path,
                "smart panels (deviceType 2) are added with /v1/api/device/importDevice",
            ));
        }
        let camera = matches!(
            self.device_type,
            DeviceType::SmartCamera | DeviceType::NetworkCamera
        );
        if camera && self.device_mode.is_none() {
            return Err(Error::invalid(
                path,
                "deviceMode is required for smart and network cameras",
            ));
        }
        if self.active_mode == Some(ActiveMode::Active) {
            if !matches!(self.sn_code.as_deref(), Some(s) if !s.is_empty()) || self.port.is_none() {
                return Err(Error::invalid(path, "active mode requires snCode and port"));
            }
        } else if !matches!(self.ip_address.as_deref(), Some(s) if !s.is_empty()) {
            return Err(Error::invalid(
                path,
                "ipAddress is required unless activeMode is 1",
            ));
        }
        Ok(())
    }
}

// The answer echoes the device login password (Secret): never excerpted in an error.
client_core::endpoint!(AddDevice => AddDeviceResult, POST "/v1/api/device/add", write, validate, sensitive);

/// 设备添加返回数据 — batch result of [`AddDevice`] (设备管理 1.1.3).
pub type AddDeviceResult = crate::envelope::BatchResult<AddedDevice>;

/// One entry of [`AddDeviceResult`]: the echoed input plus the result (设备管理 1.1.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddedDevice {
    /// 设备uuid — device uuid (documented as required; may be absent on failures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 结果状态码 — result code.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<i64>,
    /// 结果信息提示 — result message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// 设备名称 — device name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 设备位置 — device location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// 设备类型 — device type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceType>,
    /// 设备型号 — device model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<DeviceModel>,
    /// 设备模式 — device mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_mode: Option<DeviceMode>,
    /// 设备IP — device IP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// mac地址 — MAC address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 用户名 — device login user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// 用户密码 — device login password (echoed by the box).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub user_password: Option<Secret>,
    /// 视频流地址 — RTSP stream URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rtsp_url: Option<String>,
    /// 端口 — login port.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub port: Option<i64>,
    /// 协议类型 — 1 RTSP, 2 ONVIF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<Protocol>,
    /// 是否支持主动模式 — 0 passive, 1 active. PDNS is supported by smart cameras (not
    /// MegEye-C4N-888 nor third-party brands), B3R/B4H servers; not by core, storage
    /// servers, IPC or panels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_mode: Option<ActiveMode>,
    /// 设备sn码 — serial number (PDNS access).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sn_code: Option<String>,
}

// ---------------------------------------------------------------------------
// 1.2 发现设备列表
// ---------------------------------------------------------------------------

/// 发现设备列表 — panels that registered with the box but are not imported yet
/// (设备管理 1.2). Paged, default page size 20.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryReportDevice {
    /// 当前页码 — page number, default 1 (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 — page size, default 20 (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 设备编码 — device serial number (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sn_code: Option<String>,
    /// 设备类型 — device type: 2 smart panel (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceType>,
    /// 发现方式 — discovery method: 1 self-reported (data dictionary 1.6.1) (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_method: Option<DiscoveryMethod>,
}

impl QueryReportDevice {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(QueryReportDevice => PageData<ReportedDevice>, POST "/v1/api/device/queryReportDevice", read, validate);
impl_paged!(QueryReportDevice, ReportedDevice, DEFAULT_PAGE_SIZE);

/// A discovered, not yet imported device (设备管理 1.2.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportedDevice {
    /// 设备uuid — device uuid (mixed-case 32 characters, e.g. `7uK5mvPufquC0YvzEOs0b7zNA909Oqxz`).
    pub uuid: String,
    /// 设备类型 — device type: 2 smart panel.
    pub device_type: DeviceType,
    /// 设备编码 — device serial number.
    pub sn_code: String,
    /// 操作时间 — time of registration (typed string, sent as epoch milliseconds).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub gmt_create: chrono::DateTime<chrono::Utc>,
    /// 发现方式 — discovery method: 1 self-reported.
    pub discovery_method: DiscoveryMethod,
}

// ---------------------------------------------------------------------------
// 1.3 面板机设备导入
// ---------------------------------------------------------------------------

/// 面板机设备导入 — import a discovered panel into the box (设备管理 1.3). Only
/// panels; other devices use [`AddDevice`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportDevice {
    /// 设备名称 — device name (1.3.2).
    pub name: String,
    /// 设备位置 — device location (1.3.2).
    pub location: String,
    /// 设备类型 — 2 smart panel (1.3.2).
    pub device_type: DeviceType,
    /// 设备型号 — device model matching the type (data dictionary 1.4.3) (1.3.2).
    pub device_model: DeviceModel,
    /// 设备模式 — 1 face recognition (1.3.2).
    pub device_mode: DeviceMode,
    /// 设备编码 — the serial number shown by [`QueryReportDevice`] (1.3.2).
    pub sn_code: String,
    /// 发现方式 — discovery method (1.3.2, no remark; 1 self-reported in the example).
    pub discovery_method: DiscoveryMethod,
}

impl ImportDevice {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.device_type != DeviceType::SmartPanel {
            return Err(Error::invalid(
                path,
                "only smart panels (deviceType 2) are imported; use /v1/api/device/add",
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(ImportDevice => Ack, POST "/v1/api/device/importDevice", write, validate);

// ---------------------------------------------------------------------------
// 1.4 删除设备预校验
// ---------------------------------------------------------------------------

/// 删除设备预校验 — check whether a device can be deleted (设备管理 1.4); call it
/// before [`DeleteDevice`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreDeleteDevice {
    /// 设备uuid — device uuid (1.4.2).
    pub uuid: String,
}

client_core::endpoint!(PreDeleteDevice => PreDeleteResult, POST "/v1/api/device/preDelete", read);

/// 删除设备预校验结果 — result of [`PreDeleteDevice`] (设备管理 1.4.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PreDeleteResult {
    /// 标识 — 0 deletable, 1 bound, 2 deployed, 3 force delete, 4 central compute
    /// device, 5 built-in compute chip; deletable when 0 or 3.
    pub tag: PreDeleteTag,
    /// 布控类型 — deployment kind, only when `tag` = 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deploy_type: Option<DeployType>,
}

impl PreDeleteResult {
    /// `true` when the tag allows deleting (0 or 3).
    pub fn deletable(&self) -> bool {
        matches!(
            self.tag,
            PreDeleteTag::Deletable | PreDeleteTag::ForceDelete
        )
    }
}

// ---------------------------------------------------------------------------
// 1.5 删除设备
// ---------------------------------------------------------------------------

/// 删除设备 — delete a device (设备管理 1.5); run [`PreDeleteDevice`] first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteDevice {
    /// 设备uuid — device uuid (1.5.2).
    pub uuid: String,
}

client_core::endpoint!(DeleteDevice => Ack, POST "/v1/api/device/delete", write);

// ---------------------------------------------------------------------------
// 1.6 修改设备信息
// ---------------------------------------------------------------------------

/// 修改设备信息 — update a device (设备管理 1.6). A camera bound to a compute device
/// may change only name, location and MAC; unbound cameras may change almost
/// everything except type, model, mode, protocol, SN and active mode; built-in
/// compute chips cannot be updated. Send the full set of values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateDevice {
    /// 设备uuid — device uuid (1.6.2).
    pub uuid: String,
    /// 设备名称 — device name (1.6.2).
    pub name: String,
    /// 设备位置 — device location (1.6.2).
    pub location: String,
    /// 设备IP — device IP; cannot change once bound (1.6.2).
    pub ip_address: String,
    /// mac地址 — MAC address (1.6.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 用户名 — login user name; cannot change once bound (1.6.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// 用户密码 — login password; cannot change once bound (1.6.2).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub user_password: Option<Secret>,
    /// 端口 — login port; cameras default to 3000, B3R to 80 (1.6.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// 视频流地址 — RTSP URL; cannot change once bound (1.6.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rtsp_url: Option<String>,
    /// 主动模式 — active mode flag (1.6.2, no remark; 0 passive, 1 active).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_mode: Option<ActiveMode>,
}

client_core::endpoint!(UpdateDevice => Ack, POST "/v1/api/device/update", write);

// ---------------------------------------------------------------------------
// 1.7 查询设备列表
// ---------------------------------------------------------------------------

/// 查询设备列表 — list devices with their basic information (设备管理 1.7). Paged,
/// default page size 20.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListDevices {
    /// 设备名称 — device name filter (1.7.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 当前页码 — page number, default 1 (1.7.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 设备类型 — 1 smart camera, 2 smart panel, 3 smart server, 4 network camera,
    /// 5 storage server (1.7.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceType>,
    /// 分页大小 — page size, default 20 (1.7.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl ListDevices {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListDevices => PageData<DeviceSummary>, POST "/v1/api/device/list", read, validate);
impl_paged!(ListDevices, DeviceSummary, DEFAULT_PAGE_SIZE);

/// One device of [`ListDevices`] (设备管理 1.7.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceSummary {
    /// 设备uuid — device uuid.
    pub uuid: String,
    /// 设备位置 — device location.
    pub location: String,
    /// 设备名称 — device name.
    pub name: String,
    /// 设备类型 — device type.
    pub device_type: DeviceType,
    /// 设备状态 — 3 online, 4 offline.
    pub status: DeviceStatus,
    /// 设备IP — device IP.
    pub ip_address: String,
    /// mac地址 — MAC address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 设备模式 — device mode (data dictionary 1.4.1).
    pub device_mode: DeviceMode,
    /// 升级状态 — upgrade state: 0 upgrading, 1 succeeded, 2 failed, 4 available, 5 finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upgrade_status: Option<UpgradeStatus>,
    /// 升级操作 — 0 update (greyed out), 1 update, 2 history versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upgrade_action: Option<UpgradeAction>,
    /// 当前版本 — current firmware version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_version: Option<String>,
    /// 设备型号是否是固件 — whether the model is firmware (0 no, 1 yes).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub check_firm: Option<bool>,
}

// ---------------------------------------------------------------------------
// 1.8 查询设备信息（不建议使用）
// ---------------------------------------------------------------------------

/// 查询设备信息（不建议使用）— device information (设备管理 1.8; not recommended,
/// prefer [`QueryDevice`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueryDeviceInfo {
    /// 设备uuid — device uuid (1.8.2).
    pub uuid: String,
}

// The answer carries the device login password (Secret): never excerpted in an error.
client_core::endpoint!(QueryDeviceInfo => DeviceInfo, POST "/v1/api/device/queryDeviceInfo", read, sensitive);

/// Device information returned by [`QueryDeviceInfo`] (设备管理 1.8.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceInfo {
    /// uuid — device uuid.
    pub uuid: String,
    /// 设备名称 — device name.
    pub name: String,
    /// 设备IP — device IP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// 设备位置 — device location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// 设备类型 — device type.
    pub device_type: DeviceType,
    /// mac地址 — MAC address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 设备模式 — device mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_mode: Option<DeviceMode>,
    /// 用户名 — login user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// 用户密码 — login password.
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub user_password: Option<Secret>,
    /// 设备型号 — device model.
    pub device_model: DeviceModel,
    /// 发现方式 — 1 self-reported, 2 added in the web page (data dictionary 1.6.1).
    pub discovery_method: DiscoveryMethod,
    /// 设备编码 — serial number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sn_code: Option<String>,
    /// 视频流地址 — RTSP URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rtsp_url: Option<String>,
    /// 端口号 — port.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub port: Option<i64>,
    /// 协议类型 — 1 RTSP, 2 ONVIF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<Protocol>,
    /// 是否支持主动模式 — 1 active, 0 passive (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_mode: Option<ActiveMode>,
    /// 是否支持activeSdk — whether the device supports activeSdk (1 yes, 0 no).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_support_active_sdk: Option<bool>,
    /// 常开常闭状态码 — 17 normal, 15 held open, 16 held closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cmd_status: Option<CmdStatus>,
    /// 接入协议 — 1 SDK, 2 GA/T 1400.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_protocol: Option<JoinProtocol>,
}

// ---------------------------------------------------------------------------
// 1.9 查询设备详情
// ---------------------------------------------------------------------------

/// 查询设备详情 — full device detail, with bindings and resource usage (设备管理 1.9).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueryDevice {
    /// 设备uuid — device uuid (1.9.2).
    pub uuid: String,
}

client_core::endpoint!(QueryDevice => DeviceDetail, POST "/v1/api/device/query", read);

/// Device detail returned by [`QueryDevice`] (设备管理 1.9.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceDetail {
    /// uuid — device uuid.
    pub uuid: String,
    /// 设备名称 — device name.
    pub name: String,
    /// 设备IP — device IP.
    pub ip_address: String,
    /// 设备位置 — device location.
    pub location: String,
    /// 设备类型 — device type.
    pub device_type: DeviceType,
    /// 算法版本号 — algorithm version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature_version: Option<String>,
    /// 软件版本号 — software version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_version: Option<String>,
    /// 设备状态 — 3 online, 4 offline.
    pub status: DeviceStatus,
    /// cpu使用率 — CPU usage.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_usage: Option<f64>,
    /// 内存使用率 — memory usage.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_usage: Option<f64>,
    /// 存储使用率 — storage usage.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub disk_usage: Option<f64>,
    /// cpu温度 — CPU temperature.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_temperature: Option<f64>,
    /// 内存空间 — memory size (unit not documented).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_value: Option<f64>,
    /// 存储空间 — storage size (unit not documented).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub disk_value: Option<f64>,
    /// 设备模式 — 1 face recognition, 2 structured, 3 alert, 4 face capture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_mode: Option<DeviceMode>,
    /// mac地址 — MAC address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 绑定的智能服务器 — the smart server this end device is bound to (only for bound end devices).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_ai_server: Option<BoundServer>,
    /// 绑定的存储服务器 — the storage server this end device is bound to (only for bound end devices).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_storage_server: Option<BoundServer>,
    /// 绑定的设备 — end devices bound to this server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_devices: Option<Vec<BoundDevice>>,
    /// 协议类型 — 1 RTSP, 2 ONVIF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<Protocol>,
    /// 设备编码 — serial number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sn_code: Option<String>,
    /// 是否支持主动模式 — 1 active, 0 passive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_mode: Option<ActiveMode>,
    /// 是否支持activeSdk — activeSdk supported (1) or not (0).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_support_active_sdk: Option<bool>,
    /// 常开常闭状态码 — 17 normal, 15 held open, 16 held closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cmd_status: Option<CmdStatus>,
    /// 接入协议 — 1 SDK, 2 GA/T 1400.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_protocol: Option<JoinProtocol>,
}

/// The smart or storage server an end device is bound to (设备管理 1.9.3
/// `bindAiServer`/`bindStorageServer`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BoundServer {
    /// 设备uuid — server uuid.
    pub uuid: String,
    /// 设备name — server name.
    pub name: String,
    /// 设备类型 — 3 smart server or 5 storage server.
    pub device_type: DeviceType,
    /// 设备状态 — 3 online, 4 offline.
    pub status: DeviceStatus,
}

/// An end device bound to a server (设备管理 1.9.3 `bindDevices`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BoundDevice {
    /// 设备uuid — device uuid.
    pub uuid: String,
    /// 设备name — device name.
    pub name: String,
    /// 设备类型 — 1 smart camera, 2 smart panel, 4 network camera.
    pub device_type: DeviceType,
    /// 设备状态 — 3 online, 4 offline.
    pub status: DeviceStatus,
    /// 服务器模式 — 1 face recognition, 2 structured, 3 alert, 4 face capture,
    /// 6 face recognition standard, 7 face recognition high performance.
    pub server_mode: ServerMode,
}

// ---------------------------------------------------------------------------
// 1.10 查询算力设备可绑定的设备列表
// ---------------------------------------------------------------------------

/// 查询算力设备可绑定的设备列表 — devices a non-core compute device (B3R…) can bind,
/// grouped by type, with their binding state (设备管理 1.10).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListBindableDevices {
    /// 设备uuid — uuid of the compute device (non-core only) (1.10.2).
    pub uuid: String,
}

client_core::endpoint!(ListBindableDevices => Vec<BindableDeviceGroup>, POST "/v1/api/device/list/enbind/group", read);

/// Devices of one type that a compute device can bind (设备管理 1.10.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BindableDeviceGroup {
    /// 设备类型 — device type of this group.
    pub device_type: DeviceType,
    /// 设备列表信息 — devices of this type.
    #[serde(default)]
    pub device_list: Vec<BindableDevice>,
}

/// One bindable device (设备管理 1.10.3 `deviceList`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BindableDevice {
    /// 设备uuid — device uuid.
    pub uuid: String,
    /// 设备名称 — device name.
    pub name: String,
    /// 是否绑定设备 — whether it is bound already (0 no, 1 yes).
    #[serde(with = "client_core::lenient::bool_int")]
    pub bind_type: bool,
}

// ---------------------------------------------------------------------------
// 1.11 按设备类型分组查询设备列表（不建议使用）
// ---------------------------------------------------------------------------

/// 按设备类型分组查询设备列表（不建议使用）— every device grouped by type
/// (设备管理 1.11; not recommended). Sends `{}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDevicesByGroup {}

client_core::endpoint!(ListDevicesByGroup => Vec<DeviceTypeGroup>, POST "/v1/api/device/listBygroup", read);

/// Devices of one type (设备管理 1.11.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceTypeGroup {
    /// 设备类型 — device type.
    pub device_type: DeviceType,
    /// 设备列表信息 — devices of this type.
    #[serde(default)]
    pub device_list: Vec<DeviceRef>,
}

/// A device's uuid and name (设备管理 1.11.3 `deviceList`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeviceRef {
    /// 设备uuid — device uuid.
    pub uuid: String,
    /// 设备名称 — device name.
    pub name: String,
}

// ---------------------------------------------------------------------------
// 1.12 查询设备型号关系（不建议使用）
// ---------------------------------------------------------------------------

/// 查询设备型号关系（不建议使用）— which modes and active-SDK support each device
/// model has (设备管理 1.12; not recommended).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryModelRelation {
    /// 映射类型 — 1 all, 2 all but panels, 3 panels only (1.12.2).
    pub relation_type: RelationType,
}

client_core::endpoint!(QueryModelRelation => Vec<DeviceTypeModels>, POST "/v1/api/device/queryModelRelation", read);

/// The models of one device type (设备管理 1.12.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceTypeModels {
    /// 设备类型id — device type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceType>,
    /// 类型名称 — type name (智能摄像头, 智能面板机, 智能服务器, 网络摄像机, 存储服务器).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type_str: Option<String>,
    /// 设备型号和模型关系 — the models of this type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_list: Option<Vec<ModelModes>>,
}

/// One model and its modes (设备管理 1.12.3 `modelList`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ModelModes {
    /// 设备型号id — device model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<DeviceModel>,
    /// 设备型号名称 — model name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model_str: Option<String>,
    /// 是否支持activeSDK — whether the model supports activeSDK (0 no, 1 yes).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_support_active_sdk: Option<bool>,
    /// 设备模式 — the modes the model supports (servers have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode_list: Option<Vec<ModeName>>,
}

/// A device mode and its name (设备管理 1.12.3 `modeList`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ModeName {
    /// 模式id — 1 face recognition, 2 structured, 3 alert, 4 face capture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_mode: Option<DeviceMode>,
    /// 模式名称 — mode name (人脸识别, 结构化, 警戒, 人脸抓拍).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_mode_str: Option<String>,
}

// ---------------------------------------------------------------------------
// 1.13 设备绑定 / 1.14 设备解绑
// ---------------------------------------------------------------------------

/// 设备绑定 — bind end devices to a compute/storage device (设备管理 1.13). This is a
/// full replacement: devices bound now but missing from `device_uuids` are unbound.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BindDevices {
    /// 当前设备uuid — uuid of the compute/storage device (1.13.2).
    pub uuid: String,
    /// 绑定的设备uuid列表 — the end devices to bind (full set) (1.13.2).
    pub device_uuids: Vec<String>,
}

client_core::endpoint!(BindDevices => Ack, POST "/v1/api/device/bind", write);

/// 设备解绑 — unbind one end device from a compute/storage device (设备管理 1.14);
/// deployed devices cannot be unbound.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnbindDevice {
    /// 设备uuid — uuid of the compute/storage device (1.14.2).
    pub uuid: String,
    /// 被解绑设备id — the end device to unbind (wire name `unBindDeviceUuid`) (1.14.2).
    #[serde(rename = "unBindDeviceUuid")]
    pub unbind_device_uuid: String,
}

client_core::endpoint!(UnbindDevice => Ack, POST "/v1/api/device/unbind", write);

// ---------------------------------------------------------------------------
// 1.15 查询门禁、人员管控设备列表
// ---------------------------------------------------------------------------

/// 查询门禁、人员管控设备列表 — door-point or person-control devices, addable or
/// added (设备管理 1.15). Paged, default page size 20.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListControlDevices {
    /// 设备位置 — location filter (1.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// 当前页码 — page number, default 1 (1.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 设备名称 — name filter (1.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 分页大小 — page size, default 20 (1.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 设备类型 — 1 smart camera, 2 smart panel, 4 network camera (1.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceType>,
    /// 设备型号 — device model (1.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<DeviceModel>,
    /// 可添加设备查询标识 — 0 addable, 1 added; omit for all (1.15.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_flag: Option<ControlQueryFlag>,
    /// 查询标识 — 0 door-point devices, 1 person-control devices (1.15.2).
    pub flag_type: ControlFlagType,
}

impl ListControlDevices {
    /// A request for the first page of `flag_type` devices.
    pub fn new(flag_type: ControlFlagType) -> Self {
        Self {
            location: None,
            page_num: None,
            name: None,
            page_size: None,
            device_type: None,
            device_model: None,
            query_flag: None,
            flag_type,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListControlDevices => PageData<ControlDevice>, POST "/v1/api/device/control/list", read, validate);
impl_paged!(ListControlDevices, ControlDevice, DEFAULT_PAGE_SIZE);

/// One device of [`ListControlDevices`] (设备管理 1.15.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ControlDevice {
    /// 设备uuid — device uuid.
    pub device_uuid: String,
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
    /// 绑定开关 — bound door switch (used in the pass device list).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub switch_ip: Option<String>,
    /// 是否绑定门禁设备 — whether it is an access-control (door) device (0 no, 1 yes).
    #[serde(with = "client_core::lenient::bool_int")]
    pub is_pass: bool,
    /// 人员管控设备标识 — whether it is a person-control device (0 no, 1 yes).
    #[serde(with = "client_core::lenient::bool_int")]
    pub person_control_flag: bool,
}

// ---------------------------------------------------------------------------
// 1.16 添加人员管控设备 / 1.17 移除人员管控设备
// ---------------------------------------------------------------------------

/// 添加人员管控设备 — add and remove person-control devices in one call
/// (设备管理 1.16); only devices added as person-control devices can be used for
/// pass and security deployments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateControlDevices {
    /// 移除人员管控设备id — devices to remove (may be empty) (1.16.2).
    #[serde(default)]
    pub remove_device_uuids: Vec<String>,
    /// 添加人员管控设备id — devices to add (may be empty) (1.16.2).
    #[serde(default)]
    pub add_device_uuids: Vec<String>,
}

client_core::endpoint!(UpdateControlDevices => Ack, POST "/v1/api/device/control/add", write);

/// 移除人员管控设备 — remove a person-control device; deployed devices are removed
/// forcibly (设备管理 1.17).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RemoveControlDevice {
    /// 设备uuid — device uuid (1.17.2).
    pub uuid: String,
}

client_core::endpoint!(RemoveControlDevice => Ack, POST "/v1/api/device/control/remove", write);

// ---------------------------------------------------------------------------
// 1.18 查询可布控设备列表
// ---------------------------------------------------------------------------

/// 查询可布控设备列表 — devices that can be deployed, by device mode and deployment
/// kind (设备管理 1.18).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryDeployableDevices {
    /// 设备模式 — modes to include: 1 face recognition, 2 structured (3K only),
    /// 3 alert (3K only), 4 face capture; at least one (1.18.2).
    pub device_modes: Vec<DeviceMode>,
    /// 查询类型 — 0 all, 1 global stranger deployment, 2 employee/visitor/key-person
    /// deployment (1.18.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_type: Option<DeployQueryType>,
}

impl QueryDeployableDevices {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::non_empty(path, "deviceModes", &self.device_modes)
    }
}

// The answer carries RTSP URLs, which hold the device login (`…&password=…`): never
// excerpted in an error.
client_core::endpoint!(QueryDeployableDevices => Vec<DeployableDevice>, POST "/v1/api/device/queryDeviceControl", read, validate, sensitive);

/// One deployable device (设备管理 1.18.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeployableDevice {
    /// 设备uuid — device uuid.
    pub uuid: String,
    /// 设备名称 — device name.
    pub name: String,
    /// 视频流地址 — RTSP URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rtsp_url: Option<String>,
    /// 警戒模式类别 — 0 alert mode of an all-in-one device, 1 sensor + compute alert
    /// mode, 2 other modes (wire name `type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<AlertDeployKind>,
    /// 是否支持主动模式 — 1 active mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_mode: Option<ActiveMode>,
    /// 设备sn码 — serial number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sn_code: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::{Endpoint, Paged};

    fn idempotent<E: Endpoint>() -> bool {
        E::IDEMPOTENT
    }

    #[test]
    fn paths_and_methods() {
        assert_eq!(AddDevice::PATH, "/v1/api/device/add");
        assert_eq!(AddDevice::METHOD, http::Method::POST);
        assert!(!idempotent::<AddDevice>());
        assert_eq!(ListDevices::PATH, "/v1/api/device/list");
        assert!(idempotent::<ListDevices>());
        assert_eq!(ListDevicesByGroup::PATH, "/v1/api/device/listBygroup");
        assert_eq!(
            ListBindableDevices::PATH,
            "/v1/api/device/list/enbind/group"
        );
        assert_eq!(UnbindDevice::PATH, "/v1/api/device/unbind");
        assert_eq!(UpdateControlDevices::PATH, "/v1/api/device/control/add");
        assert_eq!(RemoveControlDevice::PATH, "/v1/api/device/control/remove");
        assert_eq!(
            QueryDeployableDevices::PATH,
            "/v1/api/device/queryDeviceControl"
        );
        assert!(!idempotent::<DeleteDevice>());
    }

    #[test]
    fn empty_body_is_braces() {
        let enc = ListDevicesByGroup {}.encode().unwrap();
        assert_eq!(enc.body.as_deref(), Some(&b"{}"[..]));
    }

    #[test]
    fn add_device_validates_lengths_and_hides_password() {
        let mut req = AddDevice {
            name: "cam".into(),
            location: "gate".into(),
            device_type: DeviceType::from_code(1),
            device_model: DeviceModel::from_code(12),
            device_mode: Some(DeviceMode::from_code(4)),
            ip_address: Some("10.0.0.1".into()),
            mac: None,
            user_name: "admin".into(),
            user_password: Secret::new("pw-123"),
            rtsp_url: None,
            port: Some(3000),
            protocol: None,
            active_mode: None,
            sn_code: None,
            join_protocol: None,
        };
        assert!(req.validate().is_ok());
        assert!(!format!("{req:?}").contains("pw-123"));
        let body = req.encode().unwrap().body.unwrap();
        assert!(std::str::from_utf8(&body)
            .unwrap()
            .contains("\"userPassword\":\"pw-123\""));
        req.name = "x".repeat(51);
        assert!(req.validate().is_err());
        req.name = String::new();
        assert!(req.validate().is_err());
        req.name = "名".repeat(50);
        assert!(req.validate().is_ok());
        req.user_name = String::new();
        assert!(req.validate().is_err());
        req.user_name = "admin".into();
        req.device_mode = None;
        assert!(req.validate().is_err(), "cameras need a mode");
        req.device_type = DeviceType::StorageServer;
        assert!(req.validate().is_ok(), "servers have none");
        req.device_type = DeviceType::SmartPanel;
        assert!(req.validate().is_err(), "panels are imported");
        req.device_type = DeviceType::SmartServer;
        req.ip_address = None;
        assert!(req.validate().is_err(), "passive mode needs an IP");
        req.active_mode = Some(ActiveMode::Active);
        assert!(req.validate().is_err(), "active mode needs an SN");
        req.sn_code = Some("M0142".into());
        assert!(req.validate().is_ok());
        req.port = None;
        assert!(req.validate().is_err(), "active mode needs a port");
    }

    #[test]
    fn import_is_for_panels() {
        let mut req = ImportDevice {
            name: "w5k".into(),
            location: "gate".into(),
            device_type: DeviceType::SmartPanel,
            device_model: DeviceModel::from_code(1),
            device_mode: DeviceMode::FaceRecognition,
            sn_code: "M014200332004009999".into(),
            discovery_method: DiscoveryMethod::SelfReported,
        };
        assert!(req.validate().is_ok());
        req.device_type = DeviceType::SmartCamera;
        assert!(req.validate().is_err());
    }

    #[test]
    fn deployable_needs_a_mode() {
        let req = QueryDeployableDevices {
            device_modes: vec![],
            query_type: None,
        };
        assert!(req.validate().is_err());
    }

    #[test]
    fn paging_sets_fields_and_defaults_to_20() {
        let mut req = ListDevices::default();
        assert_eq!(req.page_size(), 20);
        req.set_page(client_core::PageRequest { index: 2, size: 7 });
        assert_eq!((req.page_num, req.page_size), (Some(3), Some(7)));
        assert_eq!(req.page_size(), 7);
        let zero = ListDevices {
            page_size: Some(0),
            ..Default::default()
        };
        assert!(zero.validate().is_err());
        let mut c = ListControlDevices::new(ControlFlagType::PersonControl);
        c.set_page(client_core::PageRequest { index: 0, size: 20 });
        let body = c.encode().unwrap().body.unwrap();
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"pageNum": 1, "pageSize": 20, "flagType": 1})
        );
    }

    #[test]
    fn pre_delete_deletable() {
        let r: PreDeleteResult = serde_json::from_str(r#"{"tag":3}"#).unwrap();
        assert!(r.deletable());
        let r: PreDeleteResult = serde_json::from_str(r#"{"tag":2,"deployType":9}"#).unwrap();
        assert!(!r.deletable());
        assert_eq!(r.deploy_type, Some(DeployType::Cluster));
    }
}
