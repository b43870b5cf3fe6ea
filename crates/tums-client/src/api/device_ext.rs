//! 1.4.3 设备管理 — the device-management endpoints the TUMS 2026-08-31 edition adds
//! (1.4.3.2.2–1.4.3.2.11 adding devices, 1.4.3.3.1–1.4.3.3.19 device information).
//!
//! The endpoints the older edition already had are in [`crate::api::device`] (its
//! module docs explain device addressing with `qrCode`/`mac`/`channelId`/`childMac`).
//!
//! ## GB/T 28181 devices (1.4.22.1)
//!
//! Chapter 1.4.22.1 documents GB-device variants of five device-management paths:
//! [`GetDeviceDetails`] (1.4.22.1.1) and [`BindDeviceListToDeviceApplication`]
//! (1.4.22.1.2) here, and `modifyDeviceName`, `moveDeviceListToRegion`,
//! `deleteDeviceList` (1.4.22.1.3–5) in [`crate::api::device`]. The path is the same; the
//! device is addressed with `deviceGbId` (20 digits, required there) and, for a device
//! entrusted to you, `sipServerId` — instead of `qrCode`/`mac`. The two types here carry
//! both members; answers about GB devices add `accessProtocol` (`GB28181`) and
//! `deviceGbId`/`sipServerId`.
//!
//! ## Discovering IPCs through a router (1.4.3.2.8)
//!
//! [`StartDeviceDiscoverAndBind`] asks routers (project-type app only) to discover and
//! bind the IPCs of their LAN; poll [`GetDeviceDiscoverAndBindProgress`] until every
//! router reports `finish`, then page through [`GetDeviceDiscoverAndBindResultList`].

use client_core::{validate, Error, Page, PageRequest, Paged, Secret};
use serde::{Deserialize, Serialize};

use crate::api::check;
use crate::api::device::{DeviceStatus, OpenStatus, OpenType, MAX_DEV_LIST};
use crate::envelope::PagedList;

pub use crate::api::credential::CredentialDevice as ApplicationDevice;

/// Most MACs of the discover-and-bind endpoints (长度范围不超过 10, 1.4.3.2.9–11).
pub const MAX_DISCOVER_MACS: usize = 10;
/// Most MACs of [`GetSnListByMacList`] (长度限制不超过20, 1.4.3.3.18).
pub const MAX_SN_MACS: usize = 20;
/// `limit` range of [`GetDeviceDiscoverAndBindResultList`] (`[1, 1000]`, default 10).
pub const DISCOVER_LIMIT_RANGE: std::ops::RangeInclusive<u32> = 1..=1000;
/// Longest track query window of [`QueryDeviceTrackPositions`] (结束时间和开始时间不得超过24h).
pub const MAX_TRACK_WINDOW_MS: i64 = 24 * 3600 * 1000;
/// Longest `deviceName` of [`BindDeviceIntoRegionByQrCode`] in UTF-8 bytes ("21个中文字符、
/// 64个英文字符", i.e. 64 bytes; most devices take only 10 Chinese / 32 English).
pub const MAX_DEVICE_NAME_BYTES: usize = 64;

fn check_macs(path: &str, field: &str, macs: &[String], max: usize) -> Result<(), Error> {
    validate::count(path, field, macs.len(), 1, max)?;
    for (i, m) in macs.iter().enumerate() {
        check::mac(path, &format!("{field}[{i}]"), m)?;
    }
    Ok(())
}

fn check_gb_id(path: &str, id: &str) -> Result<(), Error> {
    if id.len() != crate::api::credential::GB_DEVICE_ID_LEN
        || !id.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(Error::invalid(
            path,
            format!("deviceGbId must be 20 digits, got {id:?}"),
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------
// 1.4.3.2 设备添加

/// 添加设备到设备型应用 — add devices already in the cloud account to a device-type
/// application (1.4.3.2.2; GB devices by `deviceGbId`, 1.4.22.1.2). 1–100 devices;
/// per-device failures come back as a `failList` (a typed partial failure).
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::device_ext::{ApplicationDevice, BindDeviceListToDeviceApplication};
/// let req = BindDeviceListToDeviceApplication {
///     dev_list: vec![
///         ApplicationDevice::qr_code("16E0091709B04C926"),
///         ApplicationDevice::gb("33010001011321110001"),
///     ],
/// };
/// assert!(req.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BindDeviceListToDeviceApplication {
    /// devList — **required**, 1–100 devices (1.4.3.2.2, 1.4.22.1.2).
    pub dev_list: Vec<ApplicationDevice>,
}

impl BindDeviceListToDeviceApplication {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::count(path, "devList", self.dev_list.len(), 1, MAX_DEV_LIST)?;
        for (i, d) in self.dev_list.iter().enumerate() {
            d.check(path, &format!("devList[{i}]"))?;
        }
        Ok(())
    }
}

client_core::endpoint!(BindDeviceListToDeviceApplication => client_core::Ack, POST "/tums/open/deviceManager/v1/bindDeviceListToDeviceApplication", write, validate);

/// 通过二维码添加设备到指定分组 — bind a device by its code into a region of a
/// project-type application (1.4.3.2.5). The device must be online.
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::device_ext::BindDeviceIntoRegionByQrCode;
/// let req = BindDeviceIntoRegionByQrCode::new("16E0091709B04C926", "admin", "pa55word")
///     .region("123456")
///     .name("Gate camera");
/// assert!(req.validate().is_ok());
/// assert!(!format!("{req:?}").contains("pa55word"));
/// assert!(req.clone().name("").validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BindDeviceIntoRegionByQrCode {
    /// 设备码 — **required**, 17-character device code (1.4.3.2.5).
    pub qr_code: String,
    /// 设备用户名 — **required**, factory default `admin` (1.4.3.2.5).
    pub device_user_name: String,
    /// 设备密码 — **required**; sets the password when none was set, else verifies it
    /// (1.4.3.2.5).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub device_password: Secret,
    /// 分组id — the region; the project's default region when absent (1.4.3.2.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// 设备名称 — not empty, at most 64 UTF-8 bytes (21 Chinese / 64 English
    /// characters; 10 / 32 advised); the device's own name when absent (1.4.3.2.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
}

impl BindDeviceIntoRegionByQrCode {
    /// Binds `qr_code` into the default region under its own name.
    pub fn new(
        qr_code: impl Into<String>,
        user: impl Into<String>,
        password: impl Into<Secret>,
    ) -> Self {
        Self {
            qr_code: qr_code.into(),
            device_user_name: user.into(),
            device_password: password.into(),
            region_id: None,
            device_name: None,
        }
    }

    /// Into region `region_id`.
    pub fn region(mut self, region_id: impl Into<String>) -> Self {
        self.region_id = Some(region_id.into());
        self
    }

    /// Under the name `name`.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.device_name = Some(name.into());
        self
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::qr_code(path, "qrCode", &self.qr_code)?;
        check::non_empty(path, "deviceUserName", &self.device_user_name)?;
        if let Some(n) = &self.device_name {
            check::non_empty(path, "deviceName", n)?;
            if n.len() > MAX_DEVICE_NAME_BYTES {
                return Err(Error::invalid(
                    path,
                    format!(
                        "deviceName must be at most 64 UTF-8 bytes (21 Chinese / 64 English characters), got {}",
                        n.len()
                    ),
                ));
            }
        }
        if let Some(r) = &self.region_id {
            check::non_empty(path, "regionId", r)?;
        }
        Ok(())
    }
}

client_core::endpoint!(BindDeviceIntoRegionByQrCode => client_core::Ack, POST "/tums/open/deviceManager/v1/bindDeviceIntoRegionByQrCode", write, validate);

/// 设备是否已绑定 — whether devices are bound, by MAC (1.4.3.2.7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetBindInfo {
    /// macList — **required**, MACs `00-FF-00-17-00-18` (1.4.3.2.7; no limit is printed,
    /// the client sends at most 100).
    pub mac_list: Vec<String>,
}

impl GetBindInfo {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_macs(path, "macList", &self.mac_list, MAX_DEV_LIST)
    }
}

client_core::endpoint!(GetBindInfo => Vec<BindInfo>, POST "/vms/open/deviceConfig/v1/getBindInfo", read, validate);

/// One answer of [`GetBindInfo`], in the order of `macList` (1.4.3.2.7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BindInfo {
    /// mac — the device's MAC (1.4.3.2.7).
    #[serde(default)]
    pub mac: String,
    /// bind — 是否已绑定 (1.4.3.2.7).
    #[serde(default, with = "client_core::lenient::bool")]
    pub bind: bool,
}

/// 开启设备发现绑定任务 — start discovering and binding the IPCs on the LAN of up to 10
/// routers (1.4.3.2.9; project-type app only; IPCs only). Routers that could not start
/// come back in a `failList` (a typed partial failure).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartDeviceDiscoverAndBind {
    /// macList — **required**, 1–10 router MACs (1.4.3.2.9).
    pub mac_list: Vec<String>,
    /// 设备用户名 — **required** (1.4.3.2.9).
    pub device_user_name: String,
    /// 设备密码 — **required** (1.4.3.2.9).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub device_password: Secret,
}

impl StartDeviceDiscoverAndBind {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_macs(path, "macList", &self.mac_list, MAX_DISCOVER_MACS)?;
        check::non_empty(path, "deviceUserName", &self.device_user_name)
    }
}

client_core::endpoint!(StartDeviceDiscoverAndBind => client_core::Ack, POST "/tums/open/smartstart/v1/startDeviceDiscoverAndBind", write, validate);

/// 查询设备发现绑定任务处理进度 — progress of discover-and-bind tasks (1.4.3.2.10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceDiscoverAndBindProgress {
    /// macList — **required**, 1–10 router MACs (1.4.3.2.10).
    pub mac_list: Vec<String>,
}

impl GetDeviceDiscoverAndBindProgress {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_macs(path, "macList", &self.mac_list, MAX_DISCOVER_MACS)
    }
}

client_core::endpoint!(GetDeviceDiscoverAndBindProgress => DiscoverProgressList, POST "/tums/open/smartstart/v1/getDeviceDiscoverAndBindProgress", read, validate);

/// The result of [`GetDeviceDiscoverAndBindProgress`] (1.4.3.2.10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscoverProgressList {
    /// list — one entry per router (1.4.3.2.10).
    #[serde(default)]
    pub list: Vec<DiscoverProgress>,
}

impl DiscoverProgressList {
    /// `true` when every router reports `finish`.
    pub fn all_finished(&self) -> bool {
        self.list.iter().all(|p| p.finish)
    }
}

/// 发现绑定进度 — one router's discover-and-bind progress (1.4.3.2.10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscoverProgress {
    /// 开局设备mac地址 — the router (1.4.3.2.10).
    #[serde(default)]
    pub mac: String,
    /// 发现绑定流程是否结束 (1.4.3.2.10).
    #[serde(default, with = "client_core::lenient::bool")]
    pub finish: bool,
    /// 发现并需要处理的设备数量 (1.4.3.2.10).
    #[serde(default, with = "client_core::lenient::int")]
    pub total_num: i64,
    /// 绑定成功的设备数量 (1.4.3.2.10).
    #[serde(default, with = "client_core::lenient::int")]
    pub success_num: i64,
    /// 绑定失败的设备数量 (1.4.3.2.10).
    #[serde(default, with = "client_core::lenient::int")]
    pub fail_num: i64,
}

client_core::int_enum! {
    /// 发现设备绑定结果类型 — resultType (1.4.3.2.11; the table types `resultTypeList`
    /// `array<string>`, the example and the answer use integers).
    pub enum DiscoverResultType {
        /// 0 — 未绑定, not bound.
        NotBound = 0,
        /// 1 — 绑定成功, bound.
        Bound = 1,
        /// 2 — 绑定失败, binding failed.
        Failed = 2,
    }
}

/// The 1.4.3.2.11 `filterAnd`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscoverResultFilter {
    /// macList — **required**, 1–10 router MACs (1.4.3.2.11).
    pub mac_list: Vec<String>,
    /// resultTypeList — only these result types; every type when empty (1.4.3.2.11).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub result_type_list: Vec<DiscoverResultType>,
}

/// 查询设备发现绑定任务处理的设备绑定结果列表 — the devices discover-and-bind tasks
/// found, paged with `start`/`limit` (1.4.3.2.11). Implements [`Paged`].
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::device_ext::GetDeviceDiscoverAndBindResultList;
/// let req = GetDeviceDiscoverAndBindResultList::new(["00-FF-00-17-00-18"]);
/// assert!(req.validate().is_ok());
/// assert!(GetDeviceDiscoverAndBindResultList::new(Vec::<String>::new()).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceDiscoverAndBindResultList {
    /// 起始条目 — 0 when absent (1.4.3.2.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — `[1, 1000]`, 10 when absent (1.4.3.2.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// filterAnd — the routers and result types (1.4.3.2.11).
    pub filter_and: DiscoverResultFilter,
}

impl GetDeviceDiscoverAndBindResultList {
    /// Every result of the routers `macs`, 100 per page.
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(macs: I) -> Self {
        Self {
            start: Some(0),
            limit: Some(100),
            filter_and: DiscoverResultFilter {
                mac_list: macs.into_iter().map(Into::into).collect(),
                result_type_list: Vec::new(),
            },
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        if let Some(l) = self.limit {
            validate::range(
                path,
                "limit",
                l,
                *DISCOVER_LIMIT_RANGE.start(),
                *DISCOVER_LIMIT_RANGE.end(),
            )?;
        }
        check_macs(
            path,
            "filterAnd.macList",
            &self.filter_and.mac_list,
            MAX_DISCOVER_MACS,
        )
    }
}

client_core::endpoint!(GetDeviceDiscoverAndBindResultList => PagedList<DiscoverResult>, POST "/tums/open/smartstart/v1/getDeviceDiscoverAndBindResultList", read, validate);

impl Paged for GetDeviceDiscoverAndBindResultList {
    type Item = DiscoverResult;
    fn page_size(&self) -> u32 {
        self.limit.unwrap_or(10)
    }
    fn set_page(&mut self, page: PageRequest) {
        self.start = Some(page.offset());
        self.limit = Some(page.size);
    }
    fn into_page(resp: PagedList<DiscoverResult>) -> Page<DiscoverResult> {
        Page::new(resp.list, u64::try_from(resp.total).ok())
    }
}

/// 发现绑定结果 — one discovered device (1.4.3.2.11).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscoverResult {
    /// 开局设备mac地址 — the router that found it (1.4.3.2.11).
    #[serde(default)]
    pub discover_mac: String,
    /// 被发现设备mac地址 (1.4.3.2.11).
    #[serde(default)]
    pub mac: String,
    /// 设备码 (1.4.3.2.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备名称 (1.4.3.2.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备类型, e.g. `SURVEILLANCECAMERA` (1.4.3.2.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<String>,
    /// 设备型号 (1.4.3.2.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// 绑定结果错误码 — 0 bound, otherwise the binding error code (1.4.3.2.11).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub operate_result: Option<i64>,
    /// 发现时是否为出厂状态 (1.4.3.2.11).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub factory: Option<bool>,
    /// 发现设备绑定结果类型 (1.4.3.2.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_type: Option<DiscoverResultType>,
}

// ---------------------------------------------------------------------------------
// 1.4.3.3 设备信息

/// A single-device locator of the 1.4.3.3 information endpoints: `qrCode`/`mac`
/// (at least one), optional `channelId`; `childMac` where the section has it.
fn check_single(
    path: &str,
    qr: Option<&str>,
    mac: Option<&str>,
    channel: Option<i64>,
) -> Result<(), Error> {
    check::locator(path, "request", qr, mac)?;
    check::opt_channel(path, "channelId", channel)
}

/// 获取设备详细信息 — one device's details (1.4.3.3.1; GB devices by `deviceGbId`,
/// 1.4.22.1.1).
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::device_ext::GetDeviceDetails;
/// assert!(GetDeviceDetails::qr_code("16E0091709B04C926").validate().is_ok());
/// assert!(GetDeviceDetails::gb("33010001011321110001").validate().is_ok());
/// assert!(GetDeviceDetails::default().validate().is_err());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceDetails {
    /// 设备码 (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — video child, from 1 (1.4.3.3.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 子设备mac地址 — network child (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_mac: Option<String>,
    /// 国标设备ID — 20 digits; addresses a GB/T 28181 device instead (1.4.22.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_gb_id: Option<String>,
    /// SIP服务器id — for an entrusted GB device (1.4.22.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_server_id: Option<String>,
}

impl GetDeviceDetails {
    /// The device with code `qr_code`.
    pub fn qr_code(qr_code: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            ..Self::default()
        }
    }

    /// The GB/T 28181 device `device_gb_id` (1.4.22.1.1).
    pub fn gb(device_gb_id: impl Into<String>) -> Self {
        Self {
            device_gb_id: Some(device_gb_id.into()),
            ..Self::default()
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        if let (Some(gb), None, None) = (&self.device_gb_id, &self.qr_code, &self.mac) {
            return check_gb_id(path, gb);
        }
        check_single(
            path,
            self.qr_code.as_deref(),
            self.mac.as_deref(),
            self.channel_id,
        )?;
        if let Some(m) = &self.child_mac {
            check::mac(path, "childMac", m)?;
        }
        Ok(())
    }
}

client_core::endpoint!(GetDeviceDetails => DeviceDetails, POST "/tums/open/deviceManager/v1/getDeviceDetails", read, validate);

/// 设备详细信息 — the result of [`GetDeviceDetails`] (1.4.3.3.1, 1.4.22.1.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceDetails {
    /// 17位设备码 — empty for NVR channels and some network devices (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备名称 (1.4.3.3.1).
    #[serde(default)]
    pub device_name: String,
    /// 设备类型, e.g. `SURVEILLANCECAMERA` (表 1.4.3.1-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<String>,
    /// 设备状态 (表 1.4.3.1-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<DeviceStatus>,
    /// 开放类型 (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_type: Option<OpenType>,
    /// 开放状态 (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_status: Option<OpenStatus>,
    /// 设备型号 — absent for NVR channels (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// 所属项目id — project-type applications only (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// 项目名称 — project-type applications only (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// 所属分组id — `1` = not grouped; project-type applications only (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// 所属分组名 — project-type applications only (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
    /// mac地址 (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// ip地址 (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// 固件版本 (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firmware_ver: Option<String>,
    /// 硬件版本 (1.4.3.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hardware_ver: Option<String>,
    /// 设备接入协议 — `TP-LINK` or `GB28181` (1.4.22.1.1; its example writes `" GB28181"`,
    /// so compare trimmed: [`DeviceDetails::is_gb28181`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_protocol: Option<String>,
    /// 国标设备ID (1.4.22.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_gb_id: Option<String>,
    /// SIP服务器id — entrusted GB devices only (1.4.22.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_server_id: Option<String>,
}

impl DeviceDetails {
    /// `true` when the device is connected over GB/T 28181 (`accessProtocol`
    /// `GB28181`, whitespace ignored).
    pub fn is_gb28181(&self) -> bool {
        self.access_protocol
            .as_deref()
            .is_some_and(|p| p.trim().eq_ignore_ascii_case("GB28181"))
    }
}

client_core::int_enum! {
    /// WAN口协议类型 — IPC addressing mode (1.4.3.3.9 mode).
    pub enum IpMode {
        /// 0 — 静态IP, static address.
        Static = 0,
        /// 1 — 动态IP (DHCP); the other members are ignored.
        Dynamic = 1,
    }
}

/// 修改 IPC 网络连接配置 — set an IPC's IP configuration (1.4.3.3.9). The device must be
/// online; sync it afterwards. Changing an NVR channel's IP makes the old channel go
/// offline: the NVR must discover and add the IPC again.
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::device_ext::SetDeviceIpAddr;
/// let req = SetDeviceIpAddr::static_ip("16E0091709B04C926", 1, "192.168.1.2");
/// assert!(req.validate().is_ok());
/// assert!(SetDeviceIpAddr::static_ip("16E0091709B04C926", 1, "192.168.1.256").validate().is_err());
/// assert!(SetDeviceIpAddr::dhcp("16E0091709B04C926", 1).validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetDeviceIpAddr {
    /// 设备码 (1.4.3.3.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 (1.4.3.3.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required**: 1 for a directly bound IPC, the NVR channel otherwise
    /// (1.4.3.3.9).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// WAN口协议类型 — **required** (1.4.3.3.9).
    pub mode: IpMode,
    /// 设备IP地址 — IPv4; required here with [`IpMode::Static`] (1.4.3.3.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_addr: Option<String>,
    /// 子网掩码 (1.4.3.3.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub netmask: Option<String>,
    /// 网关 (1.4.3.3.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    /// 首选DNS (1.4.3.3.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pri_dns: Option<String>,
    /// 备用DNS (1.4.3.3.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snd_dns: Option<String>,
}

impl SetDeviceIpAddr {
    /// A static address for channel `channel_id` of device `qr_code`.
    pub fn static_ip(qr_code: impl Into<String>, channel_id: i64, ip: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
            mode: IpMode::Static,
            ip_addr: Some(ip.into()),
            netmask: None,
            gateway: None,
            pri_dns: None,
            snd_dns: None,
        }
    }

    /// DHCP for channel `channel_id` of device `qr_code`.
    pub fn dhcp(qr_code: impl Into<String>, channel_id: i64) -> Self {
        Self {
            mode: IpMode::Dynamic,
            ip_addr: None,
            ..Self::static_ip(qr_code, channel_id, "")
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )?;
        check::channel(path, "channelId", self.channel_id)?;
        if let IpMode::Unknown(m) = self.mode {
            return Err(Error::invalid(
                path,
                format!("mode must be 0 (static) or 1 (dynamic), got {m}"),
            ));
        }
        if self.mode == IpMode::Static && self.ip_addr.is_none() {
            return Err(Error::invalid(
                path,
                "ipAddr is required with mode 0 (static IP)",
            ));
        }
        for (field, v) in [
            ("ipAddr", &self.ip_addr),
            ("netmask", &self.netmask),
            ("gateway", &self.gateway),
            ("priDns", &self.pri_dns),
            ("sndDns", &self.snd_dns),
        ] {
            if let Some(v) = v {
                if v.parse::<std::net::Ipv4Addr>().is_err() {
                    return Err(Error::invalid(
                        path,
                        format!("{field} must be an IPv4 address, got {v:?}"),
                    ));
                }
            }
        }
        Ok(())
    }
}

client_core::endpoint!(SetDeviceIpAddr => client_core::Ack, POST "/vms/open/deviceManager/v1/setDeviceIpAddr", write, validate);

/// 查询设备位置信息 — a device's location (1.4.3.3.16). Coordinates in mainland China
/// are GCJ-02.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceLocation {
    /// 设备码 (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 (1.4.3.3.16).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
}

impl GetDeviceLocation {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_single(
            path,
            self.qr_code.as_deref(),
            self.mac.as_deref(),
            self.channel_id,
        )
    }
}

client_core::endpoint!(GetDeviceLocation => DeviceLocation, POST "/tums/open/deviceManager/v1/getDeviceLocation", read, validate);

client_core::int_enum! {
    /// 地图位点类型 — how a location was obtained (1.4.3.3.16 locationType).
    pub enum LocationType {
        /// 1 — 实时定位, live GPS.
        Live = 1,
        /// 2 — 固定位置, fixed position.
        Fixed = 2,
        /// 3 — 异常, abnormal.
        Abnormal = 3,
        /// 4 — 跟随其他设备, follows another device.
        Following = 4,
        /// 5 — 无地址, no address.
        NoAddress = 5,
    }
}

/// A device a location follows, or that follows it (1.4.3.3.16 followedParentDevice /
/// followList).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocationPeer {
    /// 17位设备码 (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 父设备的mac地址 — followList only (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_mac: Option<String>,
    /// 父设备的qrCode — followList only (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_qr_code: Option<String>,
    /// 通道号 — followList only (1.4.3.3.16).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 设备名称 (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备型号 (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// 设备IP (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// 设备所属分组 — project-type applications only (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// 分组名称 — project-type applications only (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
}

/// 设备位置信息 — the result of [`GetDeviceLocation`] (1.4.3.3.16).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceLocation {
    /// 设备名称 (1.4.3.3.16).
    #[serde(default)]
    pub device_name: String,
    /// 设备状态 (表 1.4.3.1-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<DeviceStatus>,
    /// 设备类型 (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<String>,
    /// 跟随的属主设备信息 — the device this one follows (the table says `array<object>`,
    /// the example prints one object; one object is read) (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followed_parent_device: Option<LocationPeer>,
    /// 跟随本设备的设备信息 (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_list: Vec<LocationPeer>,
    /// 经度 — decimal string (GCJ-02 in mainland China) (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<String>,
    /// 纬度 — decimal string (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<String>,
    /// 自定义名称 (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defined_location_name: Option<String>,
    /// 著名地标名称 (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formatted_address: Option<String>,
    /// 地理地址 (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// 实时定位开关状态 — GPS devices only (0 off, 1 on) (1.4.3.3.16).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub gps_status: Option<bool>,
    /// 地图位点类型 (1.4.3.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_type: Option<LocationType>,
}

/// 查询设备轨迹位点 — a device's GPS track between two times at most 24 h apart
/// (1.4.3.3.17). `limit` -1 (the platform's default) returns every point; with a
/// positive `limit` it pages ([`Paged`]).
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::device_ext::QueryDeviceTrackPositions;
/// let req = QueryDeviceTrackPositions::qr_code("16E0091709B04C926", 1637805356000, 1637815476000);
/// assert!(req.validate().is_ok());
/// assert!(QueryDeviceTrackPositions::qr_code("16E0091709B04C926", 0, 86_400_001).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryDeviceTrackPositions {
    /// 起始条目 — 0 when absent (1.4.3.3.17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 每页位点数量 — -1 (every point) when absent (1.4.3.3.17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// 设备码 (1.4.3.3.17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 (1.4.3.3.17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 (1.4.3.3.17).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 开始时间戳 — **required**, epoch milliseconds as a string (1.4.3.3.17).
    pub start_time: String,
    /// 结束时间戳 — **required**, epoch milliseconds as a string, ≤ 24 h after
    /// `startTime` (1.4.3.3.17).
    pub end_time: String,
}

impl QueryDeviceTrackPositions {
    /// The whole track of device `qr_code` between two epoch-millisecond times.
    pub fn qr_code(qr_code: impl Into<String>, start_ms: i64, end_ms: i64) -> Self {
        Self {
            start: None,
            limit: None,
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id: None,
            start_time: start_ms.to_string(),
            end_time: end_ms.to_string(),
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_single(
            path,
            self.qr_code.as_deref(),
            self.mac.as_deref(),
            self.channel_id,
        )?;
        if let Some(l) = self.limit {
            if l != -1 {
                validate::at_least(path, "limit", l, 1)?;
            }
        }
        let ms = |field: &str, v: &str| {
            v.trim().parse::<i64>().map_err(|_| {
                Error::invalid(
                    path,
                    format!("{field} must be epoch milliseconds, got {v:?}"),
                )
            })
        };
        let (s, e) = (
            ms("startTime", &self.start_time)?,
            ms("endTime", &self.end_time)?,
        );
        validate::ordered(path, "startTime", &s, "endTime", &e)?;
        if e - s > MAX_TRACK_WINDOW_MS {
            return Err(Error::invalid(
                path,
                format!(
                    "endTime must be at most 24 h after startTime, got {} ms",
                    e - s
                ),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(QueryDeviceTrackPositions => DeviceTrack, POST "/tums/open/msgCenter/v1/queryDeviceTrackPositions", read, validate);

impl Paged for QueryDeviceTrackPositions {
    type Item = TrackPosition;
    fn page_size(&self) -> u32 {
        match self.limit {
            Some(l) if l > 0 => u32::try_from(l).unwrap_or(u32::MAX),
            _ => 100,
        }
    }
    fn set_page(&mut self, page: PageRequest) {
        self.start = Some(page.offset());
        self.limit = Some(i64::from(page.size));
    }
    fn into_page(resp: DeviceTrack) -> Page<TrackPosition> {
        Page::new(resp.device_positions, u64::try_from(resp.total).ok())
    }
}

/// 轨迹位点 — the result of [`QueryDeviceTrackPositions`] (1.4.3.3.17).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceTrack {
    /// 总数 (1.4.3.3.17).
    #[serde(default, with = "client_core::lenient::int")]
    pub total: i64,
    /// devicePositions (1.4.3.3.17).
    #[serde(default)]
    pub device_positions: Vec<TrackPosition>,
}

/// One track point (1.4.3.3.17 devicePositions).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrackPosition {
    /// 记录时间戳 — epoch milliseconds as a string (1.4.3.3.17).
    #[serde(default, with = "client_core::lenient::string")]
    pub mark_time: String,
    /// 运行速度 — km/h (1.4.3.3.17).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub speed: Option<f64>,
    /// 经度 — decimal string (GCJ-02 in mainland China) (1.4.3.3.17).
    #[serde(default)]
    pub longitude: String,
    /// 纬度 — decimal string (1.4.3.3.17).
    #[serde(default)]
    pub latitude: String,
}

/// 通过 MAC 查询设备 SN 码 — serial numbers by MAC, 1–20 MACs (1.4.3.3.18;
/// project-type app only). MACs whose SN could not be read come back in a `failList`
/// (a typed partial failure).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetSnListByMacList {
    /// macList — **required**, 1–20 MACs (1.4.3.3.18).
    pub mac_list: Vec<String>,
}

impl GetSnListByMacList {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_macs(path, "macList", &self.mac_list, MAX_SN_MACS)
    }
}

client_core::endpoint!(GetSnListByMacList => Vec<MacSerialNumber>, POST "/tums/open/deviceManager/v1/getSnListByMacList", read, validate);

/// One answer of [`GetSnListByMacList`] (1.4.3.3.18).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MacSerialNumber {
    /// 设备mac (1.4.3.3.18).
    #[serde(default)]
    pub mac: String,
    /// SN码 (1.4.3.3.18).
    #[serde(default)]
    pub serial_number: String,
}

/// 查询设备的在线状态 — whether a device is online and bound (1.4.3.3.19).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceOnlineStatus {
    /// 设备码 — **required** (1.4.3.3.19).
    pub qr_code: String,
}

impl GetDeviceOnlineStatus {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::qr_code(path, "qrCode", &self.qr_code)
    }
}

client_core::endpoint!(GetDeviceOnlineStatus => DeviceOnlineStatus, POST "/tums/open/deviceManager/v1/getDeviceOnlineStatus", read, validate);

client_core::int_enum! {
    /// 设备绑定状态 — bindStatus (1.4.3.3.19).
    pub enum BindStatus {
        /// 0 — 设备未绑定, not bound.
        NotBound = 0,
        /// 1 — 设备已绑定至企业，未绑定当前应用, bound to the enterprise, not this app.
        BoundToEnterprise = 1,
        /// 2 — 设备已绑定至当前应用, bound to this application.
        BoundToApplication = 2,
    }
}

/// 设备在线状态 — the result of [`GetDeviceOnlineStatus`] (1.4.3.3.19).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceOnlineStatus {
    /// 设备是否在线 — 1 online, 0 offline on the wire (the table says boolean) (1.4.3.3.19).
    #[serde(default, with = "client_core::lenient::bool_int")]
    pub online: bool,
    /// 设备绑定状态 (1.4.3.3.19).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_status: Option<BindStatus>,
    /// 设备类型 (1.4.3.3.19).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<String>,
    /// 设备型号 (1.4.3.3.19).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// 设备mac地址后四位 (1.4.3.3.19).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_mac: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::Endpoint;

    #[test]
    fn locators_and_limits() {
        let mac = "00-FF-00-17-00-18".to_string();
        assert!(GetBindInfo { mac_list: vec![] }.validate().is_err());
        assert!(GetBindInfo {
            mac_list: vec!["00:ff:00:17:00:18".into()]
        }
        .validate()
        .is_err());
        assert!(GetSnListByMacList {
            mac_list: vec![mac.clone(); 21]
        }
        .validate()
        .is_err());
        assert!(GetDeviceDiscoverAndBindProgress {
            mac_list: vec![mac.clone(); 11]
        }
        .validate()
        .is_err());
        let mut r = GetDeviceDiscoverAndBindResultList::new([mac.clone()]);
        r.limit = Some(0);
        assert!(r.validate().is_err());
        assert!(GetDeviceDetails::gb("1234").validate().is_err());
        assert!(GetDeviceLocation::default().validate().is_err());
        assert!(GetDeviceOnlineStatus {
            qr_code: "short".into()
        }
        .validate()
        .is_err());
        let mut ip = SetDeviceIpAddr::static_ip("16E0091709B04C926", 1, "10.0.0.2");
        ip.ip_addr = None;
        assert!(ip.validate().is_err());
        let mut ip = SetDeviceIpAddr::dhcp("16E0091709B04C926", 0);
        assert!(ip.validate().is_err());
        ip.channel_id = 1;
        ip.mode = IpMode::Unknown(7);
        assert!(ip.validate().is_err());
        let name = "设".repeat(22);
        assert!(
            BindDeviceIntoRegionByQrCode::new("16E0091709B04C926", "admin", "p")
                .name(name)
                .validate()
                .is_err()
        );
        assert!(
            BindDeviceIntoRegionByQrCode::new("16E0091709B04C926", "admin", "p")
                .name("设".repeat(21))
                .validate()
                .is_ok()
        );
        let mut t = QueryDeviceTrackPositions::qr_code("16E0091709B04C926", 10, 5);
        assert!(t.validate().is_err());
        t.end_time = "x".into();
        assert!(t.validate().is_err());
        let mut t = QueryDeviceTrackPositions::qr_code("16E0091709B04C926", 0, 5);
        t.limit = Some(0);
        assert!(t.validate().is_err());
        t.limit = Some(-1);
        assert!(t.validate().is_ok());
        assert!(BindDeviceListToDeviceApplication { dev_list: vec![] }
            .validate()
            .is_err());
    }

    #[test]
    fn gb28181_detection() {
        let d: DeviceDetails =
            serde_json::from_str(r#"{"deviceName":"x","accessProtocol":" GB28181"}"#).unwrap();
        assert!(d.is_gb28181());
    }
}
