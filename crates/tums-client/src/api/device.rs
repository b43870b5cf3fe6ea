//! 1.4.3 设备管理 — device management (tums-open-api.txt 1.4.3.1–1.4.3.24).
//!
//! Binding and unbinding devices, listing the devices of an application, NVR channel
//! management, capability sets, info sync, renaming, rebooting and firmware upgrades.
//!
//! ## Addressing a device (设备定位)
//!
//! Most requests address a device with `qrCode` and/or `mac` (send at least one; when
//! both are sent the platform uses `qrCode`):
//!
//! * `qrCode` — the 17-character device code: characters 4–20 (1-based) of the string on
//!   the label / in the QR code (`TP116E0091709B04C926B00` → `16E0091709B04C926`); see
//!   [`qr_code_from_label`];
//! * `mac` — upper-case, dash-separated (`00-FF-00-17-00-18`); see [`normalize_mac`];
//! * `channelId` (video devices, 1-based) — with it, `qrCode`/`mac` name the *parent*
//!   and the target is a video child: a directly bound IPC is always channel 1, a
//!   multi-lens IPC uses the lens number, an NVR uses the channel number;
//! * `childMac` (network devices) — with it, `qrCode`/`mac` name the parent and the
//!   target is the network child device with that MAC.
//!
//! `validate()` checks these rules before anything is sent.
//!
//! ## Batches and partial failures
//!
//! Batch endpoints (`devList`, at most 100 entries where the seed says so) may answer
//! with a `failList`; the client turns a non-empty one into a typed partial-failure
//! error carrying [`crate::envelope::FailItem`]s, so it is not part of the response
//! types here (except [`AddIpcListResult`], whose example nests it in `result`).
//!
//! ## Asynchronous operations
//!
//! | start | poll | done when |
//! |---|---|---|
//! | [`DiscoverIpcByNvr`] | [`GetNotAddedIpcInfoByNvr`] | `finished` is `true` (result valid 30 s) |
//! | [`SyncDevInfo`] | [`SyncDevInfoStatus`] | `percent` = 100 |
//! | [`CheckDeviceNewestFwVer`] / [`UpgradeDeviceOnline`] | [`GetDeviceUpgradeInfo`] | [`UpgradeStatus`] is final (kept 10 min) |

use client_core::{Error, Page, PageRequest, Paged, Secret};
use serde::{Deserialize, Serialize};

use crate::api::check;
use crate::envelope::PagedList;

// ---------------------------------------------------------------------------------------
// Shared checks and helpers
// ---------------------------------------------------------------------------------------

/// The length of a device code (17位设备码).
pub const QR_CODE_LEN: usize = 17;

/// The largest `devList` the batch endpoints accept (请求参数中devList的长度限制不超过100).
pub const MAX_DEV_LIST: usize = 100;

/// Extracts the 17-character device code (`qrCode`) from the string printed on a
/// device label or read from its QR code: characters 4–20, counted from 1 (1.4.3.3).
///
/// Returns `None` when the text does not start with `TP` or is shorter than 20
/// characters. Surrounding whitespace is ignored.
///
/// ```
/// use tums_client::api::device::qr_code_from_label;
/// assert_eq!(qr_code_from_label("TP116E0091709B04C926B00").as_deref(), Some("16E0091709B04C926"));
/// assert_eq!(qr_code_from_label("16E0091709B04C926"), None);
/// ```
pub fn qr_code_from_label(label: &str) -> Option<String> {
    let label = label.trim();
    if !label.starts_with("TP") || label.chars().count() < 20 {
        return None;
    }
    Some(label.chars().skip(3).take(QR_CODE_LEN).collect())
}

/// Normalises a MAC address to the platform's form `00-FF-00-17-00-18` (upper-case hex,
/// `-` separated). Accepts `-`, `:` or `.` separators, no separator, any case and
/// surrounding whitespace; returns `None` unless there are exactly 12 hex digits.
///
/// ```
/// use tums_client::api::device::normalize_mac;
/// assert_eq!(normalize_mac(" 04:f9:f8:8a:40:a8").as_deref(), Some("04-F9-F8-8A-40-A8"));
/// assert_eq!(normalize_mac("04f9f88a40a8").as_deref(), Some("04-F9-F8-8A-40-A8"));
/// assert_eq!(normalize_mac("04-F9-F8-8A-40"), None);
/// ```
pub fn normalize_mac(input: &str) -> Option<String> {
    let digits: Vec<char> = input
        .trim()
        .chars()
        .filter(|c| !matches!(c, '-' | ':' | '.'))
        .collect();
    if digits.len() != 12 || !digits.iter().all(char::is_ascii_hexdigit) {
        return None;
    }
    let upper: Vec<String> = digits
        .chunks(2)
        .map(|pair| pair.iter().collect::<String>().to_ascii_uppercase())
        .collect();
    Some(upper.join("-"))
}

/// `true` when `mac` is already in the platform's form (`00-FF-00-17-00-18`).
pub fn is_platform_mac(mac: &str) -> bool {
    let bytes = mac.as_bytes();
    bytes.len() == 17
        && bytes.iter().enumerate().all(|(i, b)| {
            if i % 3 == 2 {
                *b == b'-'
            } else {
                b.is_ascii_digit() || (b'A'..=b'F').contains(b)
            }
        })
}

/// Serde helper for capability flags sent as the strings `"0"`/`"1"`: reads every form
/// [`client_core::lenient::bool`] reads, writes `"1"`/`"0"` back.
mod flag_str {
    use serde::{Deserializer, Serializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
        client_core::lenient::opt_bool::deserialize(d)
    }

    pub fn serialize<S: Serializer>(v: &Option<bool>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(true) => s.serialize_str("1"),
            Some(false) => s.serialize_str("0"),
            None => s.serialize_none(),
        }
    }
}

// ---------------------------------------------------------------------------------------
// 1.4.3.1 Enumerations
// ---------------------------------------------------------------------------------------

client_core::str_enum! {
    /// 设备MIC类型 — device type as used by list filters (`deviceTypeList`) and returned in
    /// `deviceType` (表 1.4.3.1-1 前端查询使用的设备类型枚举值列表). See
    /// [`DeviceTypeCategory::family`] for the family (router, switch, …) of each value.
    pub enum DeviceTypeCategory {
        /// 路由器 — SMB wireless router.
        SmbWirelessRouter = "SMBWIRELESSROUTER",
        /// 路由器 — SMB router.
        SmbRouter = "SMBROUTER",
        /// 路由器 — wireless router.
        WirelessRouter = "WIRELESSROUTER",
        /// 交换机 — smart switch.
        SmartSwitch = "SMARTSWITCH",
        /// 交换机 — L3 managed switch.
        L3ManagedSwitch = "L3MANAGEDSWITCH",
        /// 交换机 — L2 managed switch.
        L2ManagedSwitch = "L2MANAGEDSWITCH",
        /// 交换机 — L1 chassis switch.
        L1ChassisSwitch = "L1-CHASSISSWITCH",
        /// 交换机 — L2 chassis switch.
        L2ChassisSwitch = "L2-CHASSISSWITCH",
        /// AC — access controller.
        Ac = "AC",
        /// AP — access point.
        Ap = "AP",
        /// AP — wall-jack (panel) AP.
        WallJackAp = "WALLJACKAP",
        /// AP — ceiling-mount AP.
        CeilingMountAp = "CEILINGMOUNTAP",
        /// AP — desktop AP.
        DesktopAp = "DESKTOPAP",
        /// AP — outdoor AP.
        OutdoorAp = "OUTDOORAP",
        /// AP — smart-home SMB AP.
        SmartHomeSmbAp = "SMARTHOME.SMBAP",
        /// AP — industrial AP.
        IndustrialAp = "INDUSTRIALAP",
        /// AP — stick AP.
        StickAp = "STICKAP",
        /// 网桥 — CPE (wireless bridge).
        Cpe = "CPE",
        /// 网桥 — base-station CPE.
        BsCpe = "BSCPE",
        /// 网桥 — motorised CPE.
        MotorCpe = "MOTORCPE",
        /// 网桥 — IPC CPE.
        IpcCpe = "IPCCPE",
        /// 网桥 — CPE base station.
        CpeBs = "CPEBS",
        /// 网桥 — industrial CPE.
        IndustrialCpe = "INDUSTRIALCPE",
        /// 防火墙 — firewall.
        SmbFirewall = "SMBFIREWALL",
        /// 光纤收发器 — fibre media converter.
        SmbFiberConverter = "SMBFIBERCONVERTER",
        /// NVR — network video recorder.
        NetworkVideoRecorder = "NETWORKVIDEORECORDER",
        /// IPC — network camera.
        SurveillanceCamera = "SURVEILLANCECAMERA",
        /// 解码器 — network video decoder.
        NetworkVideoDecoder = "NETWORKVIDEODECODER",
        /// SMB 插墙式Sensor — wall-plug sensor.
        SmbWallPlugSensor = "SMB.WALLPLUGSENSOR",
        /// OLT — PON optical line terminal.
        SmbPonOlt = "SMB.PONOLT",
        /// ONU — PON optical network unit.
        SmbPonOnu = "SMB.PONONU",
        /// 太阳能设备 — solar power device.
        VideoSolarPower = "VIDEO.SOLARPOWER",
        /// 网络音箱 — network speaker.
        AudioDeviceSpeaker = "AUDIODEVICE.SPEAKER",
        /// 停车抓拍机 — parking capture camera.
        VideoParkingCapture = "VIDEO.PARKING.CAPTURE",
        /// 停车抓拍机 — parking integration camera.
        ParkingIntegrationCamera = "PARKINGINTEGRATIONCAMERA",
        /// 充电桩 — EV charging station.
        ChargingStation = "CHARGINGSTATION",
        /// VPS — video parking server.
        VideoParkingServer = "VIDEO.PARKING.SERVER",
    }
}

/// 设备大类 — the family a [`DeviceTypeCategory`] belongs to (the right-hand column of
/// 表 1.4.3.1-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeviceFamily {
    /// 路由器 — router.
    Router,
    /// 交换机 — switch.
    Switch,
    /// AC — access controller.
    Ac,
    /// AP — access point.
    Ap,
    /// 网桥 — CPE / wireless bridge.
    Cpe,
    /// 防火墙 — firewall.
    Firewall,
    /// 光纤收发器 — fibre converter.
    FiberConverter,
    /// NVR.
    Nvr,
    /// IPC.
    Ipc,
    /// 解码器 — decoder.
    Decoder,
    /// 插墙式Sensor — wall-plug sensor.
    Sensor,
    /// OLT.
    Olt,
    /// ONU.
    Onu,
    /// 太阳能设备 — solar power device.
    SolarPower,
    /// 网络音箱 — network speaker.
    Speaker,
    /// 停车抓拍机 — parking capture camera.
    ParkingCapture,
    /// 充电桩 — charging station.
    ChargingStation,
    /// VPS — video parking server.
    Vps,
}

impl DeviceTypeCategory {
    /// The family of this device type, `None` for values this SDK does not know.
    ///
    /// ```
    /// use tums_client::api::device::{DeviceFamily, DeviceTypeCategory};
    /// assert_eq!(DeviceTypeCategory::SurveillanceCamera.family(), Some(DeviceFamily::Ipc));
    /// assert_eq!(DeviceTypeCategory::Unknown("X".into()).family(), None);
    /// ```
    pub fn family(&self) -> Option<DeviceFamily> {
        use DeviceTypeCategory as T;
        Some(match self {
            T::SmbWirelessRouter | T::SmbRouter | T::WirelessRouter => DeviceFamily::Router,
            T::SmartSwitch
            | T::L3ManagedSwitch
            | T::L2ManagedSwitch
            | T::L1ChassisSwitch
            | T::L2ChassisSwitch => DeviceFamily::Switch,
            T::Ac => DeviceFamily::Ac,
            T::Ap
            | T::WallJackAp
            | T::CeilingMountAp
            | T::DesktopAp
            | T::OutdoorAp
            | T::SmartHomeSmbAp
            | T::IndustrialAp
            | T::StickAp => DeviceFamily::Ap,
            T::Cpe | T::BsCpe | T::MotorCpe | T::IpcCpe | T::CpeBs | T::IndustrialCpe => {
                DeviceFamily::Cpe
            }
            T::SmbFirewall => DeviceFamily::Firewall,
            T::SmbFiberConverter => DeviceFamily::FiberConverter,
            T::NetworkVideoRecorder => DeviceFamily::Nvr,
            T::SurveillanceCamera => DeviceFamily::Ipc,
            T::NetworkVideoDecoder => DeviceFamily::Decoder,
            T::SmbWallPlugSensor => DeviceFamily::Sensor,
            T::SmbPonOlt => DeviceFamily::Olt,
            T::SmbPonOnu => DeviceFamily::Onu,
            T::VideoSolarPower => DeviceFamily::SolarPower,
            T::AudioDeviceSpeaker => DeviceFamily::Speaker,
            T::VideoParkingCapture | T::ParkingIntegrationCamera => DeviceFamily::ParkingCapture,
            T::ChargingStation => DeviceFamily::ChargingStation,
            T::VideoParkingServer => DeviceFamily::Vps,
            T::Unknown(_) => return None,
        })
    }
}

client_core::int_enum! {
    /// 设备状态 — device status (表 1.4.3.1-2 设备状态枚举值列表).
    pub enum DeviceStatus {
        /// 离线 — offline.
        Offline = 0,
        /// 在线 — online.
        Online = 1,
        /// 重启中 — rebooting.
        Rebooting = 2,
        /// 升级中 — upgrading.
        Upgrading = 3,
        /// 配置中 — being configured.
        Configuring = 4,
        /// 同步中 — syncing.
        Syncing = 5,
        /// 等待升级 — waiting to upgrade.
        WaitingUpgrade = 6,
    }
}

client_core::int_enum! {
    /// 工作模式 — operation mode of a wireless device (表 1.4.3.1-3 工作模式枚举值列表).
    pub enum OperationMode {
        /// ap.
        Ap = 1,
        /// client.
        Client = 2,
        /// repeater.
        Repeater = 3,
        /// bridge.
        Bridge = 4,
        /// router.
        Router = 5,
        /// wisp.
        Wisp = 6,
    }
}

client_core::str_enum! {
    /// 设备列表字段 — device-list column names (表 1.4.3.1-4 设备列表字段枚举值列表). The
    /// seed lists them but no endpoint of this version takes them.
    pub enum DeviceListColumn {
        /// 设备名称 — device name.
        DeviceName = "deviceName",
        /// 设备类型 — device type.
        DeviceType = "deviceType",
        /// 设备状态 — device status.
        DeviceStatus = "deviceStatus",
        /// 设备型号 — device model.
        DeviceModel = "deviceModel",
        /// ip地址 — IP address.
        Ip = "ip",
        /// mac地址 — MAC address.
        Mac = "mac",
        /// 关联设备名称 — name of the associated (parent) device.
        ParentDeviceName = "parentDeviceName",
        /// 所属分组 — region.
        RegionName = "regionName",
        /// 工作模式 — operation mode.
        OperationMode = "operationMode",
        /// LED状态 — LED status.
        LedStatus = "ledStatus",
        /// 通道数 — number of channels.
        IpcNum = "ipcNum",
        /// 已接入IPC — connected IPCs.
        ConnectedIpcNum = "connectedIpcNum",
        /// 安装位置 — installation location.
        Location = "location",
        /// 所属项目 — project.
        ProjectName = "projectName",
        /// 软件版本 — firmware version.
        FirmwareVer = "firmwareVer",
        /// 硬件版本 — hardware version.
        HardwareVer = "hardwareVer",
        /// 地理位置名称 — geographic location name.
        LocationName = "locationName",
    }
}

client_core::str_enum! {
    /// 太阳能供电系统状态 — solar power system status, sent as a numeric *string*
    /// (表 1.4.3.1-5 太阳能供电系统状态字段枚举值列表).
    pub enum SolarSystemStatus {
        /// 不在充电状态 — not charging.
        NotCharging = "0",
        /// 充电中状态 — charging.
        Charging = "1",
        /// 充电完成状态 — fully charged.
        Charged = "2",
        /// 智能辅热状态 — smart auxiliary heating.
        AuxiliaryHeating = "3",
        /// 低温保护：禁止充电 — low-temperature protection: charging disabled.
        LowTempNoCharge = "4",
        /// 低温保护：禁止充电、放电 — low-temperature protection: charging and discharging disabled.
        LowTempNoChargeDischarge = "5",
        /// 高温保护：禁止充电 — high-temperature protection: charging disabled.
        HighTempNoCharge = "6",
        /// 高温保护：禁止充电、放电 — high-temperature protection: charging and discharging disabled.
        HighTempNoChargeDischarge = "7",
    }
}

client_core::int_enum! {
    /// 开放类型 — open type of a device (1.4.3.10/11).
    pub enum OpenType {
        /// 一般类型设备 — general device.
        General = 0,
        /// 视频类型设备 — video device.
        Video = 1,
    }
}

client_core::int_enum! {
    /// 开放状态 — open status of a device (1.4.3.10/11/13). Many calls need
    /// [`OpenStatus::Trial`] or [`OpenStatus::Paid`] (otherwise -88315).
    pub enum OpenStatus {
        /// 受限关闭 — restricted / closed.
        Restricted = 0,
        /// 试用中 — on trial.
        Trial = 1,
        /// 付费使用中 — paid.
        Paid = 2,
    }
}

client_core::int_enum! {
    /// IPC激活状态 — whether a discovered IPC supports activation and its state
    /// (1.4.3.6; `null` when the IPC or NVR cannot report it).
    pub enum ActivateStatus {
        /// 不支持激活 — activation not supported.
        NotSupported = 0,
        /// 支持激活且未激活 — supports activation, not yet activated.
        NotActivated = 1,
        /// 支持激活且已激活 — supports activation, activated.
        Activated = 2,
    }
}

client_core::int_enum! {
    /// 升级状态 — firmware upgrade status (附表 1.4.3.24-1 upgradeStatus字段枚举值说明).
    /// Negative values are failures; see [`UpgradeStatus::is_failure`].
    pub enum UpgradeStatus {
        /// 默认值，未升级 — default, not upgrading.
        None = 0,
        /// 正在升级 — upgrading.
        Upgrading = 1,
        /// 正在检测新版本 — checking for a new version.
        Checking = 2,
        /// 正在导入文件 — importing the file.
        Importing = 3,
        /// 升级成功 — upgrade succeeded.
        Success = 4,
        /// 正在下载固件 — downloading firmware.
        Downloading = 5,
        /// 等待升级 — waiting to upgrade.
        WaitUpgrade = 6,
        /// 等待检测新版本 — waiting to check for a new version.
        WaitCheck = 7,
        /// 未检测到升级版本，升级失败 — no newer version found; upgrade failed.
        NoNewVersion = -1,
        /// 系统繁忙，升级失败 — system busy; upgrade failed.
        SystemBusy = -2,
        /// 未知错误，升级失败 — unknown error; upgrade failed.
        UnknownError = -3,
        /// 空间不足，升级失败 — insufficient space; upgrade failed.
        NoSpace = -4,
        /// 连接设备失败 — could not connect to the device.
        ConnectFailed = -5,
        /// 文件不支持该设备，升级失败 — file does not fit this device; upgrade failed.
        FileUnsupported = -6,
        /// 设备下载固件失败 — device failed to download the firmware.
        DownloadFailed = -7,
        /// 设备升级超时 — device upgrade timed out.
        Timeout = -8,
        /// 设备固件校验失败 — firmware verification failed.
        VerifyFailed = -9,
        /// 检查固件升级版本失败 — checking the upgrade version failed.
        CheckFailed = -10,
        /// 设备不支持升级 — device does not support upgrades.
        Unsupported = -11,
    }
}

impl UpgradeStatus {
    /// `true` for the failure values (negative codes).
    pub fn is_failure(&self) -> bool {
        self.code() < 0
    }

    /// `true` when an upgrade has ended: [`UpgradeStatus::Success`] or a failure.
    /// [`UpgradeStatus::None`] (0, nothing in progress) is *not* final: right after
    /// [`UpgradeDeviceOnline`] the status may still read 0 before the upgrade starts.
    pub fn is_final(&self) -> bool {
        matches!(self, Self::Success) || self.is_failure()
    }

    /// `true` while something is under way (checking, downloading, importing,
    /// upgrading or waiting for one of them).
    pub fn in_progress(&self) -> bool {
        matches!(
            self,
            Self::Upgrading
                | Self::Checking
                | Self::Importing
                | Self::Downloading
                | Self::WaitUpgrade
                | Self::WaitCheck
        )
    }
}

client_core::str_enum! {
    /// 排序方式 — sort order (1.4.3.11 `sort`).
    pub enum SortOrder {
        /// 升序 — ascending.
        Asc = "asc",
        /// 降序 — descending.
        Desc = "desc",
    }
}

// ---------------------------------------------------------------------------------------
// Device targets used in `devList`
// ---------------------------------------------------------------------------------------

/// 设备定位 — one `devList` entry addressing a device, a video child (`channelId`) or
/// a network child (`childMac`) (1.4.3.9, 1.4.3.19, 1.4.3.22–24).
///
/// ```
/// use tums_client::api::device::DeviceTarget;
/// let nvr_channel_3 = DeviceTarget::qr_code("16E0091709B04C926").channel(3);
/// assert_eq!(nvr_channel_3.channel_id, Some(3));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceTarget {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac`; `qr_code`
    /// wins when both are sent (1.4.3.9, 1.4.3.19, 1.4.3.22–24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — `00-FF-00-17-00-18` (upper case, `-`) (1.4.3.9, 1.4.3.19, 1.4.3.22–24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — video child channel, from 1 (qrCode/mac then name the parent) (1.4.3.9, 1.4.3.19, 1.4.3.22–24).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 子设备mac地址 — network child device MAC (qrCode/mac then name the parent) (1.4.3.9, 1.4.3.19, 1.4.3.22–24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_mac: Option<String>,
}

impl DeviceTarget {
    /// A device addressed by its 17-character code.
    pub fn qr_code(qr_code: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            ..Self::default()
        }
    }

    /// A device addressed by its MAC (`00-FF-00-17-00-18`).
    pub fn mac(mac: impl Into<String>) -> Self {
        Self {
            mac: Some(mac.into()),
            ..Self::default()
        }
    }

    /// Targets video channel `channel_id` of this device.
    pub fn channel(mut self, channel_id: i64) -> Self {
        self.channel_id = Some(channel_id);
        self
    }

    /// Targets the network child device with MAC `child_mac`.
    pub fn child(mut self, child_mac: impl Into<String>) -> Self {
        self.child_mac = Some(child_mac.into());
        self
    }

    pub(crate) fn check(&self, path: &str, what: &str) -> Result<(), Error> {
        check::locator(path, what, self.qr_code.as_deref(), self.mac.as_deref())?;
        if let Some(c) = self.channel_id {
            check::channel(path, &format!("{what}.channelId"), c)?;
        }
        if let Some(m) = &self.child_mac {
            check::mac(path, &format!("{what}.childMac"), m)?;
        }
        if self.channel_id.is_some() && self.child_mac.is_some() {
            return Err(Error::invalid(
                path,
                format!("{what}: channelId (video child) and childMac (network child) cannot both be set"),
            ));
        }
        Ok(())
    }
}

/// 视频设备定位 — a `devList` entry of the IPC/NVR sync endpoints: `qrCode`/`mac` plus an
/// optional `channelId` (no `childMac`) (1.4.3.17/18).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VideoDeviceTarget {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.3.17/18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — `00-FF-00-17-00-18` (1.4.3.17/18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — video child channel, from 1 (qrCode/mac then name the parent) (1.4.3.17/18).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
}

impl VideoDeviceTarget {
    /// A device addressed by its 17-character code.
    pub fn qr_code(qr_code: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            ..Self::default()
        }
    }

    /// A device addressed by its MAC.
    pub fn mac(mac: impl Into<String>) -> Self {
        Self {
            mac: Some(mac.into()),
            ..Self::default()
        }
    }

    /// Targets video channel `channel_id` of this device.
    pub fn channel(mut self, channel_id: i64) -> Self {
        self.channel_id = Some(channel_id);
        self
    }

    fn check(&self, path: &str, what: &str) -> Result<(), Error> {
        check::locator(path, what, self.qr_code.as_deref(), self.mac.as_deref())?;
        if let Some(c) = self.channel_id {
            check::channel(path, &format!("{what}.channelId"), c)?;
        }
        Ok(())
    }
}

/// 重启设备定位 — a `devList` entry of [`RebootDeviceList`]: `qrCode`/`mac` plus an optional
/// `childMac`. There is no `channelId`: NVR channel IPCs cannot be rebooted at once, only
/// on a schedule (1.4.4.6) (1.4.3.21).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RebootTarget {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.3.21).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — `00-FF-00-17-00-18` (1.4.3.21).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 子设备mac地址 — network child device MAC (qrCode/mac then name the parent) (1.4.3.21).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_mac: Option<String>,
}

impl RebootTarget {
    /// A device addressed by its 17-character code.
    pub fn qr_code(qr_code: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            ..Self::default()
        }
    }

    /// A device addressed by its MAC.
    pub fn mac(mac: impl Into<String>) -> Self {
        Self {
            mac: Some(mac.into()),
            ..Self::default()
        }
    }

    fn check(&self, path: &str, what: &str) -> Result<(), Error> {
        check::locator(path, what, self.qr_code.as_deref(), self.mac.as_deref())?;
        if let Some(m) = &self.child_mac {
            check::mac(path, &format!("{what}.childMac"), m)?;
        }
        Ok(())
    }
}

fn check_dev_list<T>(
    path: &str,
    list: &[T],
    max: usize,
    check: impl Fn(&T, &str) -> Result<(), Error>,
) -> Result<(), Error> {
    check::batch(path, "devList", list.len(), max)?;
    for (i, item) in list.iter().enumerate() {
        check(item, &format!("devList[{i}]"))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// 1.4.3.3–1.4.3.4 Binding
// ---------------------------------------------------------------------------------------

/// 通过二维码添加设备 — bind a device to the application by its device code (1.4.3.3).
///
/// The device must be online with its network configured. In a project-type app the
/// device is also bound to the app's project; in a device-type app it shows as a
/// device outside projects. Returns nothing on success.
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::device::{qr_code_from_label, BindDeviceByQrCode};
/// let req = BindDeviceByQrCode::new(
///     qr_code_from_label("TP116E0091709B04C926B00").unwrap(),
///     "admin",
///     "secret-password",
/// );
/// assert!(req.validate().is_ok());
/// assert!(!format!("{req:?}").contains("secret-password"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BindDeviceByQrCode {
    /// 设备码 — **required**, the 17-character device code: characters 4–20 of the label
    /// string (`TP116E0091709B04C926B00` → `16E0091709B04C926`); see
    /// [`qr_code_from_label`] (1.4.3.3).
    pub qr_code: String,
    /// 设备用户名 — **required**, device user name (factory default `admin`) (1.4.3.3).
    pub device_user_name: String,
    /// 设备密码 — **required**, device password: sets the password if none was set yet,
    /// otherwise verifies it (1.4.3.3).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub device_password: Secret,
}

impl BindDeviceByQrCode {
    /// A bind request.
    pub fn new(
        qr_code: impl Into<String>,
        device_user_name: impl Into<String>,
        device_password: impl Into<Secret>,
    ) -> Self {
        Self {
            qr_code: qr_code.into(),
            device_user_name: device_user_name.into(),
            device_password: device_password.into(),
        }
    }
}

impl BindDeviceByQrCode {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::qr_code(path, "qrCode", &self.qr_code)?;
        if self.device_user_name.is_empty() {
            return Err(Error::invalid(path, "deviceUserName must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(BindDeviceByQrCode => client_core::Ack, POST "/tums/open/deviceManager/v1/bindDeviceByQrCode", write, validate);

/// 通过mac添加网络设备 — bind a network device by MAC (1.4.3.4).
///
/// The device must be online with its network configured. Returns nothing on success.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BindNmsDeviceByMac {
    /// 设备mac地址 — **required**, `00-FF-00-17-00-18` (upper case, `-`); see
    /// [`normalize_mac`] (1.4.3.4).
    pub mac: String,
    /// 设备用户名 — **required**, device user name (1.4.3.4).
    pub device_user_name: String,
    /// 设备密码 — **required**, device password (1.4.3.4).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub device_password: Secret,
}

impl BindNmsDeviceByMac {
    /// A bind request.
    pub fn new(
        mac: impl Into<String>,
        device_user_name: impl Into<String>,
        device_password: impl Into<Secret>,
    ) -> Self {
        Self {
            mac: mac.into(),
            device_user_name: device_user_name.into(),
            device_password: device_password.into(),
        }
    }
}

impl BindNmsDeviceByMac {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::mac(path, "mac", &self.mac)?;
        if self.device_user_name.is_empty() {
            return Err(Error::invalid(path, "deviceUserName must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(BindNmsDeviceByMac => client_core::Ack, POST "/tums/open/deviceManager/v1/bindNmsDeviceByMac", write, validate);

// ---------------------------------------------------------------------------------------
// 1.4.3.5–1.4.3.8 NVR channels
// ---------------------------------------------------------------------------------------

/// 控制NVR发现IPC设备 — make an NVR discover the not-yet-added IPCs on its LAN (1.4.3.5).
///
/// Asynchronous: poll [`GetNotAddedIpcInfoByNvr`]. The NVR must be online and on trial
/// or paid. Returns nothing on success.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscoverIpcByNvr {
    /// NVR设备码 — NVR 17-character device code; at least one of `qr_code`/`mac`,
    /// `qr_code` wins when both are sent (1.4.3.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// NVR设备mac地址 — NVR MAC, `00-FF-00-17-00-18` (1.4.3.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

impl DiscoverIpcByNvr {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )
    }
}

client_core::endpoint!(DiscoverIpcByNvr => client_core::Ack, POST "/vms/open/deviceManager/v1/discoverIpcByNvr", write, validate);

/// 查询NVR发现同一局域网下未被添加的IPC进度 — poll the result of [`DiscoverIpcByNvr`]
/// (1.4.3.6). The result stays valid for 30 s.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetNotAddedIpcInfoByNvr {
    /// NVR设备码 — NVR 17-character device code; at least one of `qr_code`/`mac` (1.4.3.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// NVR设备mac地址 — NVR MAC, `00-FF-00-17-00-18` (1.4.3.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

impl GetNotAddedIpcInfoByNvr {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )
    }
}

client_core::endpoint!(GetNotAddedIpcInfoByNvr => NotAddedIpcInfo, POST "/vms/open/deviceManager/v1/getNotAddedIpcInfoByNvr", read, validate);

/// NVR发现结果 — discovery progress and the IPCs found (result of 1.4.3.6).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NotAddedIpcInfo {
    /// NVR发现设备的过程是否结束 — `true` when discovery has finished; only then is
    /// `list` filled. The table writes `finished`, the seed's example `finish`; both are
    /// accepted (1.4.3.6).
    #[serde(alias = "finish", with = "client_core::lenient::bool", default)]
    pub finished: bool,
    /// 未添加的IPC列表 — the IPCs found (empty until `finished`) (1.4.3.6).
    #[serde(default)]
    pub list: Vec<DiscoveredIpc>,
}

/// 发现的IPC — one IPC found by an NVR (1.4.3.6); pass its fields to [`AddIpcListToNvr`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscoveredIpc {
    /// 设备唯一ID — unique id, used when adding the IPC to a channel (1.4.3.6).
    pub uuid: String,
    /// 设备IP — IP address, used when adding (1.4.3.6).
    pub ip: String,
    /// 设备端口 — port (a string, e.g. `"80"`), used when adding (1.4.3.6).
    #[serde(with = "client_core::lenient::string")]
    pub port: String,
    /// 连接协议 — connection protocol (e.g. `ONVIF`), used when adding (1.4.3.6).
    pub connect_protocol: String,
    /// 激活状态 — activation support and state; `None` when the IPC or NVR cannot report
    /// it (1.4.3.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activate_status: Option<ActivateStatus>,
}

impl DiscoveredIpc {
    /// The entry to add this IPC with [`AddIpcListToNvr`] (no credentials: set
    /// `username`/`password` for IPCs that have a password).
    pub fn to_add(&self) -> IpcToAdd {
        IpcToAdd {
            uuid: self.uuid.clone(),
            ip: self.ip.clone(),
            port: self.port.clone(),
            connect_protocol: self.connect_protocol.clone(),
            username: None,
            password: None,
        }
    }
}

/// 把IPC添加到NVR通道下 — add IPCs found by [`GetNotAddedIpcInfoByNvr`] to NVR channels
/// (1.4.3.7).
///
/// `list` holds 1–128 IPCs. IPCs that support activation but are not activated cannot
/// be mixed with others; they are all activated with the same `activate_password`.
/// The NVR must be on trial or paid.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddIpcListToNvr {
    /// NVR设备码 — NVR 17-character device code; at least one of `qr_code`/`mac` (1.4.3.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — NVR MAC, `00-FF-00-17-00-18` (1.4.3.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 激活密码 — optional activation password for IPCs that support activation but are
    /// not activated. When set, every IPC in `list` must be such an IPC (1.4.3.7).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub activate_password: Option<Secret>,
    /// IPC列表 — **required**, the IPCs to add, 1–128 entries (1.4.3.7).
    pub list: Vec<IpcToAdd>,
}

impl AddIpcListToNvr {
    /// The largest `list` accepted (请求参数中list的长度范围不超过128).
    pub const MAX_LIST: usize = 128;
}

/// 待添加的IPC — one IPC to add to an NVR channel (1.4.3.7 `list`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IpcToAdd {
    /// 设备唯一ID — **required**, unique id from 1.4.3.6.
    pub uuid: String,
    /// 设备IP — **required**, IP address from 1.4.3.6.
    pub ip: String,
    /// 设备端口 — **required**, port from 1.4.3.6 (a string).
    #[serde(with = "client_core::lenient::string")]
    pub port: String,
    /// 连接协议 — **required**, connection protocol from 1.4.3.6.
    pub connect_protocol: String,
    /// 登录用户名 — login user name; ignored for unactivated or password-less IPCs,
    /// required otherwise (1.4.3.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// 登录密码 — login password; ignored for unactivated or password-less IPCs,
    /// required otherwise (1.4.3.7).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub password: Option<Secret>,
}

impl AddIpcListToNvr {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )?;
        check::batch(path, "list", self.list.len(), Self::MAX_LIST)?;
        for (i, ipc) in self.list.iter().enumerate() {
            if ipc.uuid.is_empty()
                || ipc.ip.is_empty()
                || ipc.port.is_empty()
                || ipc.connect_protocol.is_empty()
            {
                return Err(Error::invalid(
                    path,
                    format!("list[{i}]: uuid, ip, port and connectProtocol are required"),
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(AddIpcListToNvr => AddIpcListResult, POST "/vms/open/deviceManager/v1/addIpcListToNvr", write, validate);

/// 添加结果 — per-IPC outcome of [`AddIpcListToNvr`] (1.4.3.7).
///
/// The table documents only a top-level `failList`; the seed's example nests
/// `successList` and `failList` in `result`, with items keyed `errorCode`. Both lists
/// are kept here. A non-empty failure list is also reported by the client as a
/// partial failure.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddIpcListResult {
    /// 添加成功列表 — IPCs added (1.4.3.7).
    #[serde(default)]
    pub success_list: Vec<IpcAddOutcome>,
    /// 添加失败列表 — IPCs that could not be added (1.4.3.7).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fail_list: Vec<IpcAddOutcome>,
}

/// 添加结果项 — one IPC's outcome in [`AddIpcListResult`] (1.4.3.7).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IpcAddOutcome {
    /// 设备唯一ID — the IPC's unique id (1.4.3.7).
    pub uuid: String,
    /// 错误码 — 0 on success, otherwise the failure code (the example writes `errorCode`,
    /// the table `error_code`; both are read, `errorCode` is written) (1.4.3.7).
    #[serde(
        rename = "errorCode",
        alias = "error_code",
        with = "client_core::lenient::int",
        default
    )]
    pub error_code: i64,
    /// 错误描述 — description of the code, may be null (1.4.3.7).
    #[serde(default)]
    pub message: Option<String>,
}

/// 解绑NVR通道 — unbind an NVR channel: the NVR removes the channel IPC, which also
/// leaves the application (1.4.3.8). Returns nothing on success.
///
/// The table puts `qrCode`/`mac`/`channelId` at the top level (followed here); the
/// seed's example wraps them in a `devList` array.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnbindNvrChannel {
    /// NVR设备码 — NVR 17-character device code; at least one of `qr_code`/`mac` (1.4.3.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// NVR设备mac地址 — NVR MAC, `00-FF-00-17-00-18` (1.4.3.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required**, the NVR channel to unbind, from 1 (1.4.3.8).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
}

impl UnbindNvrChannel {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )?;
        check::channel(path, "channelId", self.channel_id)
    }
}

client_core::endpoint!(UnbindNvrChannel => client_core::Ack, POST "/vms/open/deviceManager/v1/unbindNvrChannel", write, validate);

// ---------------------------------------------------------------------------------------
// 1.4.3.9 Delete
// ---------------------------------------------------------------------------------------

/// 删除设备 — unbind devices from the cloud, or only remove them from a device-type
/// application (1.4.3.9). Failures are reported per device in `failList`.
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::device::{DeleteDeviceList, DeviceTarget};
/// let req = DeleteDeviceList {
///     dev_list: vec![DeviceTarget::qr_code("16E0091709B04C926").channel(1)],
///     only_remove: None,
/// };
/// assert!(req.validate().is_ok());
/// assert!(DeleteDeviceList::default().validate().is_err()); // empty devList
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteDeviceList {
    /// 设备列表 — the devices to delete (at least one) (1.4.3.9).
    pub dev_list: Vec<DeviceTarget>,
    /// 是否仅从设备型应用中移除 — `Some(true)` (wire `1`): only remove from the
    /// device-type application; `Some(false)`/absent (wire `0`, the default): remove and
    /// unbind from the cloud. Device-type applications only (1.4.3.9).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub only_remove: Option<bool>,
}

impl DeleteDeviceList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        // The seed states no upper bound for this devList.
        check_dev_list(path, &self.dev_list, usize::MAX, |t, w| t.check(path, w))
    }
}

client_core::endpoint!(DeleteDeviceList => client_core::Ack, POST "/tums/open/deviceManager/v1/deleteDeviceList", write, validate);

// ---------------------------------------------------------------------------------------
// 1.4.3.10–1.4.3.11 Device lists
// ---------------------------------------------------------------------------------------

client_core::int_enum! {
    /// 是否获取子设备 — `hasChild` filter of the **device-type** app list (1.4.3.10):
    /// 0 = do not return child devices (default), 1 = return them.
    ///
    /// The project-type list (1.4.3.11) documents the opposite meaning for the same
    /// values; see [`ProjectHasChild`].
    pub enum HasChild {
        /// 不获取子设备 — exclude child devices (wire `0`, the default).
        Exclude = 0,
        /// 获取子设备 — include child devices (wire `1`).
        Include = 1,
    }
}

client_core::int_enum! {
    /// 是否获取子设备 — `hasChild` filter of the **project-type** app list, exactly as the
    /// 1.4.3.11 table documents it: 0 = return child devices, 1 = do not (default 0).
    ///
    /// This is the inverse of 1.4.3.10 ([`HasChild`]); the SDK sends the wire value you
    /// choose and does not guess which table is right.
    pub enum ProjectHasChild {
        /// 获取子设备 — include child devices (wire `0`, per the 1.4.3.11 table).
        Include = 0,
        /// 不获取子设备 — exclude child devices (wire `1`, per the 1.4.3.11 table).
        Exclude = 1,
    }
}

/// 筛选条件 — `filterAnd` of [`GetDeviceListInDeviceApplication`]: all conditions must
/// hold (1.4.3.10).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceAppFilter {
    /// 是否获取子设备 — include child devices; default [`HasChild::Exclude`] (1.4.3.10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_child: Option<HasChild>,
    /// 设备分类列表 — device types to return (表 1.4.3.1-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type_list: Option<Vec<DeviceTypeCategory>>,
}

/// 获取设备型应用下设备列表 — list the devices of a **device-type** application, by
/// `start`/`limit` (1.4.3.10). Implements [`Paged`].
///
/// ```
/// use client_core::{Endpoint, PageRequest, Paged};
/// use tums_client::api::device::GetDeviceListInDeviceApplication;
/// let mut req = GetDeviceListInDeviceApplication::new(100);
/// req.set_page(PageRequest { index: 2, size: 100 });
/// assert_eq!((req.start, req.limit), (200, 100));
/// assert!(req.validate().is_ok());
/// assert!(GetDeviceListInDeviceApplication::new(101).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceListInDeviceApplication {
    /// 起始条目 — **required**, offset of the first item, from 0 (1.4.3.10).
    pub start: u64,
    /// 条目总数 — **required**, page size, `[1, 100]` (1.4.3.10).
    pub limit: u32,
    /// 筛选条件 — optional AND filter (1.4.3.10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<DeviceAppFilter>,
}

impl GetDeviceListInDeviceApplication {
    /// The largest page (`limit` ∈ `[1, 100]`).
    pub const MAX_LIMIT: u32 = 100;

    /// The first page of `limit` devices, no filter.
    pub fn new(limit: u32) -> Self {
        Self {
            start: 0,
            limit,
            filter_and: None,
        }
    }

    /// Sets the `hasChild` filter.
    pub fn has_child(mut self, has_child: HasChild) -> Self {
        self.filter_and
            .get_or_insert_with(Default::default)
            .has_child = Some(has_child);
        self
    }

    /// Only these device types (表 1.4.3.1-1).
    pub fn device_types(mut self, types: impl IntoIterator<Item = DeviceTypeCategory>) -> Self {
        self.filter_and
            .get_or_insert_with(Default::default)
            .device_type_list = Some(types.into_iter().collect());
        self
    }
}

impl Default for GetDeviceListInDeviceApplication {
    fn default() -> Self {
        Self::new(Self::MAX_LIMIT)
    }
}

impl GetDeviceListInDeviceApplication {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::limit(path, self.limit, Self::MAX_LIMIT)
    }
}

client_core::endpoint!(GetDeviceListInDeviceApplication => PagedList<Device>, POST "/tums/open/deviceManager/v1/getDeviceListInDeviceApplication", read, validate);

impl Paged for GetDeviceListInDeviceApplication {
    type Item = Device;

    fn page_size(&self) -> u32 {
        self.limit
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = page.offset();
        self.limit = page.size;
    }

    fn into_page(resp: PagedList<Device>) -> Page<Device> {
        let total = u64::try_from(resp.total).ok();
        Page::new(resp.list, total)
    }
}

/// 与筛选条件 — `filterAnd` of [`GetDeviceListInProjectApplication`]: all conditions must
/// hold (and, with `filterOr`, at least one of those) (1.4.3.11).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectDeviceFilterAnd {
    /// 分组id — region id (numeric string) (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// 设备状态 — device status (表 1.4.3.1-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<DeviceStatus>,
    /// IP地址下限 — lowest IP address (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_floor: Option<String>,
    /// IP地址上限 — highest IP address (wire key spelled `ipCeilling`, as in the seed;
    /// `ipCeiling` is accepted on input) (1.4.3.11).
    #[serde(
        rename = "ipCeilling",
        alias = "ipCeiling",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ip_ceiling: Option<String>,
    /// 是否获取子设备 — see [`ProjectHasChild`] (the 1.4.3.11 table's meaning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_child: Option<ProjectHasChild>,
    /// 设备分类列表 — device types to return (表 1.4.3.1-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type_list: Option<Vec<DeviceTypeCategory>>,
}

/// 或筛选条件 — `filterOr` of [`GetDeviceListInProjectApplication`]: at least one
/// condition must hold (1.4.3.11). All are fuzzy (substring) matches.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectDeviceFilterOr {
    /// 设备名称模糊查询 — device name contains (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name_like: Option<String>,
    /// 设备型号模糊查询 — device model contains (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model_like: Option<String>,
    /// IP地址模糊查询 — IP address contains (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_like: Option<String>,
    /// MAC地址模糊查询 — MAC address contains (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac_like: Option<String>,
    /// 分组名称模糊查询 — region name contains (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name_like: Option<String>,
}

/// 排序条件 — one element of `sort` (1.4.3.11): an object with exactly **one** key, the
/// field, mapped to `asc`/`desc`. Elements earlier in the array take priority.
///
/// ```
/// use tums_client::api::device::{DeviceSort, SortOrder};
/// let s = DeviceSort::device_type(SortOrder::Asc);
/// assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"deviceType":"asc"}"#);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceSort {
    /// 设备分类 — sort by device type (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<SortOrder>,
    /// 设备状态 — sort by device status (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<SortOrder>,
    /// IP地址 — sort by IP address (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<SortOrder>,
    /// MAC地址 — sort by MAC address (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<SortOrder>,
    /// 设备名称 — sort by device name (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<SortOrder>,
}

impl DeviceSort {
    /// Sort by device type.
    pub fn device_type(order: SortOrder) -> Self {
        Self {
            device_type: Some(order),
            ..Self::default()
        }
    }
    /// Sort by device status.
    pub fn device_status(order: SortOrder) -> Self {
        Self {
            device_status: Some(order),
            ..Self::default()
        }
    }
    /// Sort by IP address.
    pub fn ip(order: SortOrder) -> Self {
        Self {
            ip: Some(order),
            ..Self::default()
        }
    }
    /// Sort by MAC address.
    pub fn mac(order: SortOrder) -> Self {
        Self {
            mac: Some(order),
            ..Self::default()
        }
    }
    /// Sort by device name.
    pub fn device_name(order: SortOrder) -> Self {
        Self {
            device_name: Some(order),
            ..Self::default()
        }
    }

    fn key_count(&self) -> usize {
        [
            self.device_type.is_some(),
            self.device_status.is_some(),
            self.ip.is_some(),
            self.mac.is_some(),
            self.device_name.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count()
    }
}

/// 获取项目型应用下设备列表 — list the devices of a **project-type** application, by
/// `start`/`limit`, with filters and sorting (1.4.3.11). Implements [`Paged`].
///
/// ```
/// use tums_client::api::device::{DeviceSort, DeviceStatus, GetDeviceListInProjectApplication, SortOrder};
/// let req = GetDeviceListInProjectApplication::new(50)
///     .status(DeviceStatus::Online)
///     .name_like("门")
///     .sort_by(DeviceSort::device_name(SortOrder::Asc));
/// let body = serde_json::to_value(&req).unwrap();
/// assert_eq!(body["filterAnd"]["deviceStatus"], 1);
/// assert_eq!(body["filterOr"]["deviceNameLike"], "门");
/// assert_eq!(body["sort"][0]["deviceName"], "asc");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceListInProjectApplication {
    /// 起始条目 — **required**, offset of the first item, from 0 (1.4.3.11).
    pub start: u64,
    /// 条目总数 — **required**, page size, `[1, 100]` (1.4.3.11).
    pub limit: u32,
    /// 与筛选条件 — optional AND filter (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<ProjectDeviceFilterAnd>,
    /// 或筛选条件 — optional OR filter (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<ProjectDeviceFilterOr>,
    /// 排序方式 — optional sort keys, highest priority first (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<DeviceSort>>,
}

impl GetDeviceListInProjectApplication {
    /// The largest page (`limit` ∈ `[1, 100]`).
    pub const MAX_LIMIT: u32 = 100;

    /// The first page of `limit` devices, no filter, no sort.
    pub fn new(limit: u32) -> Self {
        Self {
            start: 0,
            limit,
            filter_and: None,
            filter_or: None,
            sort: None,
        }
    }

    /// AND filter: devices of region `region_id`.
    pub fn region(mut self, region_id: impl Into<String>) -> Self {
        self.filter_and
            .get_or_insert_with(Default::default)
            .region_id = Some(region_id.into());
        self
    }

    /// AND filter: devices in `status`.
    pub fn status(mut self, status: DeviceStatus) -> Self {
        self.filter_and
            .get_or_insert_with(Default::default)
            .device_status = Some(status);
        self
    }

    /// AND filter: only these device types (表 1.4.3.1-1).
    pub fn device_types(mut self, types: impl IntoIterator<Item = DeviceTypeCategory>) -> Self {
        self.filter_and
            .get_or_insert_with(Default::default)
            .device_type_list = Some(types.into_iter().collect());
        self
    }

    /// AND filter: IP addresses within `floor..=ceiling`.
    pub fn ip_range(mut self, floor: impl Into<String>, ceiling: impl Into<String>) -> Self {
        let f = self.filter_and.get_or_insert_with(Default::default);
        f.ip_floor = Some(floor.into());
        f.ip_ceiling = Some(ceiling.into());
        self
    }

    /// OR filter: device name contains `text`.
    pub fn name_like(mut self, text: impl Into<String>) -> Self {
        self.filter_or
            .get_or_insert_with(Default::default)
            .device_name_like = Some(text.into());
        self
    }

    /// OR filter: device model contains `text`.
    pub fn model_like(mut self, text: impl Into<String>) -> Self {
        self.filter_or
            .get_or_insert_with(Default::default)
            .device_model_like = Some(text.into());
        self
    }

    /// OR filter: IP address contains `text`.
    pub fn ip_like(mut self, text: impl Into<String>) -> Self {
        self.filter_or.get_or_insert_with(Default::default).ip_like = Some(text.into());
        self
    }

    /// OR filter: MAC address contains `text`.
    pub fn mac_like(mut self, text: impl Into<String>) -> Self {
        self.filter_or.get_or_insert_with(Default::default).mac_like = Some(text.into());
        self
    }

    /// OR filter: region name contains `text`.
    pub fn region_name_like(mut self, text: impl Into<String>) -> Self {
        self.filter_or
            .get_or_insert_with(Default::default)
            .region_name_like = Some(text.into());
        self
    }

    /// Appends a sort key (earlier keys take priority).
    pub fn sort_by(mut self, key: DeviceSort) -> Self {
        self.sort.get_or_insert_with(Vec::new).push(key);
        self
    }
}

impl Default for GetDeviceListInProjectApplication {
    fn default() -> Self {
        Self::new(Self::MAX_LIMIT)
    }
}

impl GetDeviceListInProjectApplication {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::limit(path, self.limit, Self::MAX_LIMIT)?;
        if let Some(sort) = &self.sort {
            for (i, s) in sort.iter().enumerate() {
                if s.key_count() != 1 {
                    return Err(Error::invalid(
                        path,
                        format!(
                            "sort[{i}] must name exactly one field, got {}",
                            s.key_count()
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

client_core::endpoint!(GetDeviceListInProjectApplication => PagedList<Device>, POST "/tums/open/deviceManager/v1/getDeviceListInProjectApplication", read, validate);

impl Paged for GetDeviceListInProjectApplication {
    type Item = Device;

    fn page_size(&self) -> u32 {
        self.limit
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = page.offset();
        self.limit = page.size;
    }

    fn into_page(resp: PagedList<Device>) -> Page<Device> {
        let total = u64::try_from(resp.total).ok();
        Page::new(resp.list, total)
    }
}

/// 设备信息 — one device of an application's device list (1.4.3.10, 1.4.3.11).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    /// 设备码 — 17-character device code; some network devices have none (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备名称 — device name (1.4.3.10, 1.4.3.11).
    pub device_name: String,
    /// 设备类型 — device type (表 1.4.3.1-1).
    pub device_type: DeviceTypeCategory,
    /// 设备状态 — device status (表 1.4.3.1-2).
    pub device_status: DeviceStatus,
    /// 开放类型 — open type (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_type: Option<OpenType>,
    /// 开放状态 — open status (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_status: Option<OpenStatus>,
    /// 设备型号 — device model (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// ip地址 — IP address (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// mac地址 — MAC address (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 所属分组 — region name (project-type list 1.4.3.11 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
    /// 分组id — region id (project-type list 1.4.3.11 only).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub region_id: Option<String>,
    /// 父设备的mac地址 — parent MAC (video child devices only) (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_mac: Option<String>,
    /// 父设备的qrCode — parent device code (video child devices only; `parentQrcode`
    /// accepted on input) (1.4.3.10, 1.4.3.11).
    #[serde(
        default,
        alias = "parentQrcode",
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_qr_code: Option<String>,
    /// 通道号 — channel: always 1 for a directly bound IPC (single- or multi-lens; the
    /// lens count is in the capability set); the NVR channel for an NVR channel IPC
    /// (when `parent_mac`/`parent_qr_code` are present). Typed `short` in the seed (1.4.3.10, 1.4.3.11).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
}

impl Device {
    /// `true` for an NVR channel IPC (a video child with a parent).
    pub fn is_channel_device(&self) -> bool {
        self.parent_mac.is_some() || self.parent_qr_code.is_some()
    }

    /// A [`DeviceTarget`] addressing this device (through its parent for NVR channels),
    /// or `None` when the listing carries neither a code nor a MAC for it.
    pub fn target(&self) -> Option<DeviceTarget> {
        if self.is_channel_device() {
            Some(DeviceTarget {
                qr_code: self.parent_qr_code.clone(),
                mac: self.parent_mac.clone(),
                channel_id: self.channel_id,
                child_mac: None,
            })
        } else if self.qr_code.is_some() || self.mac.is_some() {
            Some(DeviceTarget {
                qr_code: self.qr_code.clone(),
                mac: self.mac.clone(),
                channel_id: self.channel_id,
                child_mac: None,
            })
        } else {
            None
        }
    }
}

// ---------------------------------------------------------------------------------------
// 1.4.3.12 Overview
// ---------------------------------------------------------------------------------------

/// 获取应用下设备数量及运行状态 — device counts and health of the application by device
/// family (1.4.3.12). No parameters (the body is `{}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetApplicationOverview {}

client_core::endpoint!(GetApplicationOverview => ApplicationOverview, POST "/tums/open/deviceManager/v1/getApplicationOverview", read);

/// 设备数量及运行状态 — device counts by family (result of 1.4.3.12). Only the families
/// present in the application are returned, so every field is optional. "error"
/// (异常) counts are devices in an abnormal state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationOverview {
    /// 所有路由器数量 — total number of routers (1.4.3.12).
    #[serde(
        rename = "allRouterNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_router_num: Option<i64>,
    /// 在线路由器数量 — number of online routers (1.4.3.12).
    #[serde(
        rename = "onlineRouterNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_router_num: Option<i64>,
    /// 异常路由器数量 — number of faulty routers (1.4.3.12).
    #[serde(
        rename = "errorRouterNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_router_num: Option<i64>,
    /// 所有交换机数量 — total number of switchs (1.4.3.12).
    #[serde(
        rename = "allSwitchNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_switch_num: Option<i64>,
    /// 在线交换机数量 — number of online switchs (1.4.3.12).
    #[serde(
        rename = "onlineSwitchNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_switch_num: Option<i64>,
    /// 异常交换机数量 — number of faulty switchs (1.4.3.12).
    #[serde(
        rename = "errorSwitchNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_switch_num: Option<i64>,
    /// 所有AC数量 — total number of ACs (1.4.3.12).
    #[serde(
        rename = "allAcNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_ac_num: Option<i64>,
    /// 在线AC数量 — number of online ACs (1.4.3.12).
    #[serde(
        rename = "onlineAcNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_ac_num: Option<i64>,
    /// 异常AC数量 — number of faulty ACs (1.4.3.12).
    #[serde(
        rename = "errorAcNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_ac_num: Option<i64>,
    /// 所有AP数量 — total number of APs (1.4.3.12).
    #[serde(
        rename = "allApNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_ap_num: Option<i64>,
    /// 在线AP数量 — number of online APs (1.4.3.12).
    #[serde(
        rename = "onlineApNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_ap_num: Option<i64>,
    /// 异常AP数量 — number of faulty APs (1.4.3.12).
    #[serde(
        rename = "errorApNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_ap_num: Option<i64>,
    /// 所有网桥数量 — total number of bridge (CPE)s (1.4.3.12).
    #[serde(
        rename = "allCpeNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_cpe_num: Option<i64>,
    /// 在线网桥数量 — number of online bridge (CPE)s (1.4.3.12).
    #[serde(
        rename = "onlineCpeNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_cpe_num: Option<i64>,
    /// 异常网桥数量 — number of faulty bridge (CPE)s (1.4.3.12).
    #[serde(
        rename = "errorCpeNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_cpe_num: Option<i64>,
    /// 所有WVR数量 — total number of WVRs (1.4.3.12).
    #[serde(
        rename = "allWvrNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_wvr_num: Option<i64>,
    /// 在线WVR数量 — number of online WVRs (1.4.3.12).
    #[serde(
        rename = "onlineWvrNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_wvr_num: Option<i64>,
    /// 异常WVR数量 — number of faulty WVRs (1.4.3.12).
    #[serde(
        rename = "errorWvrNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_wvr_num: Option<i64>,
    /// 所有防火墙数量 — total number of firewalls (1.4.3.12).
    #[serde(
        rename = "allFirewallNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_firewall_num: Option<i64>,
    /// 在线防火墙数量 — number of online firewalls (1.4.3.12).
    #[serde(
        rename = "onlineFirewallNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_firewall_num: Option<i64>,
    /// 异常防火墙数量 — number of faulty firewalls (1.4.3.12).
    #[serde(
        rename = "errorFirewallNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_firewall_num: Option<i64>,
    /// 所有光纤收发器数量 — total number of fibre converters (1.4.3.12).
    #[serde(
        rename = "allFiberConverterNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_fiber_converter_num: Option<i64>,
    /// 在线光纤收发器数量 — number of online fibre converters (1.4.3.12).
    #[serde(
        rename = "onlineFiberConverterNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_fiber_converter_num: Option<i64>,
    /// 异常光纤收发器数量 — number of faulty fibre converters (1.4.3.12).
    #[serde(
        rename = "errorFiberConverterNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_fiber_converter_num: Option<i64>,
    /// 所有OLT数量 — total number of OLTs (1.4.3.12).
    #[serde(
        rename = "allOltNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_olt_num: Option<i64>,
    /// 在线OLT数量 — number of online OLTs (1.4.3.12).
    #[serde(
        rename = "onlineOltNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_olt_num: Option<i64>,
    /// 异常OLT数量 — number of faulty OLTs (1.4.3.12).
    #[serde(
        rename = "errorOltNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_olt_num: Option<i64>,
    /// 所有ONU数量 — total number of ONUs (1.4.3.12).
    #[serde(
        rename = "allOnuNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_onu_num: Option<i64>,
    /// 在线ONU数量 — number of online ONUs (1.4.3.12).
    #[serde(
        rename = "onlineOnuNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_onu_num: Option<i64>,
    /// 异常ONU数量 — number of faulty ONUs (1.4.3.12).
    #[serde(
        rename = "errorOnuNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_onu_num: Option<i64>,
    /// 所有IPC数量 — total number of IPCs (1.4.3.12).
    #[serde(
        rename = "allIpcNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_ipc_num: Option<i64>,
    /// 在线IPC数量 — number of online IPCs (1.4.3.12).
    #[serde(
        rename = "onlineIpcNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_ipc_num: Option<i64>,
    /// 异常IPC数量 — number of faulty IPCs (1.4.3.12).
    #[serde(
        rename = "errorIpcNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_ipc_num: Option<i64>,
    /// 所有NVR数量 — total number of NVRs (1.4.3.12).
    #[serde(
        rename = "allNvrNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_nvr_num: Option<i64>,
    /// 在线NVR数量 — number of online NVRs (1.4.3.12).
    #[serde(
        rename = "onlineNvrNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_nvr_num: Option<i64>,
    /// 异常NVR数量 — number of faulty NVRs (1.4.3.12).
    #[serde(
        rename = "errorNvrNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_nvr_num: Option<i64>,
    /// 所有解码器数量 — total number of decoders (1.4.3.12).
    #[serde(
        rename = "allDecoderNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_decoder_num: Option<i64>,
    /// 在线解码器数量 — number of online decoders (1.4.3.12).
    #[serde(
        rename = "onlineDecoderNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_decoder_num: Option<i64>,
    /// 异常解码器数量 — number of faulty decoders (1.4.3.12).
    #[serde(
        rename = "errorDecoderNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_decoder_num: Option<i64>,
    /// 所有太阳能设备数量 — total number of solar power devices (1.4.3.12).
    #[serde(
        rename = "allSolarPowerNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_solar_power_num: Option<i64>,
    /// 在线太阳能设备数量 — number of online solar power devices (1.4.3.12).
    #[serde(
        rename = "onlineSolarPowerNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_solar_power_num: Option<i64>,
    /// 异常太阳能设备数量 — number of faulty solar power devices (1.4.3.12).
    #[serde(
        rename = "errorSolarPowerNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_solar_power_num: Option<i64>,
    /// 所有网络音箱设备数量 — total number of network speakers (1.4.3.12).
    #[serde(
        rename = "allNbsSpeakerNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_nbs_speaker_num: Option<i64>,
    /// 在线网络音箱设备数量 — number of online network speakers (1.4.3.12).
    #[serde(
        rename = "onlineNbsSpeakerNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_nbs_speaker_num: Option<i64>,
    /// 异常网络音箱设备数量 — number of faulty network speakers (1.4.3.12).
    #[serde(
        rename = "errorNbsSpeakerNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_nbs_speaker_num: Option<i64>,
    /// 所有VPS设备数量 — total number of VPS devices (1.4.3.12).
    #[serde(
        rename = "allVpsNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_vps_num: Option<i64>,
    /// 在线VPS设备数量 — number of online VPS devices (1.4.3.12).
    #[serde(
        rename = "onlineVpsNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_vps_num: Option<i64>,
    /// 异常VPS设备数量 — number of faulty VPS devices (1.4.3.12).
    #[serde(
        rename = "errorVpsNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_vps_num: Option<i64>,
    /// 所有停车抓拍机设备数量 — total number of parking capture cameras (1.4.3.12).
    #[serde(
        rename = "allVideoParkingCaptureNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_video_parking_capture_num: Option<i64>,
    /// 在线停车抓拍机设备数量 — number of online parking capture cameras (1.4.3.12).
    #[serde(
        rename = "onlineVideoParkingCaptureNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_video_parking_capture_num: Option<i64>,
    /// 异常停车抓拍机设备数量 — number of faulty parking capture cameras (1.4.3.12).
    #[serde(
        rename = "errorVideoParkingCaptureNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_video_parking_capture_num: Option<i64>,
    /// 所有充电桩设备数量 — total number of charging stations (1.4.3.12).
    #[serde(
        rename = "allChargingHubNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_charging_hub_num: Option<i64>,
    /// 在线充电桩设备数量 — number of online charging stations (1.4.3.12).
    #[serde(
        rename = "onlineChargingHubNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_charging_hub_num: Option<i64>,
    /// 异常充电桩设备数量 — number of faulty charging stations (1.4.3.12).
    #[serde(
        rename = "errorChargingHubNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_charging_hub_num: Option<i64>,
}

/// 设备数量 — the counts of one device family in [`ApplicationOverview`] (1.4.3.12).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FamilyCounts {
    /// 所有 — all devices of the family.
    pub all: i64,
    /// 在线 — online devices.
    pub online: i64,
    /// 异常 — devices in an abnormal state.
    pub error: i64,
}

impl ApplicationOverview {
    /// The families present in the answer (those with an `all…Num`), as
    /// `(family, counts)` in the seed's order; a missing online/error count is 0.
    /// Family names are the wire infix in snake case: `router`, `switch`, `ac`, `ap`,
    /// `cpe`, `wvr`, `firewall`, `fiber_converter`, `olt`, `onu`, `ipc`, `nvr`,
    /// `decoder`, `solar_power`, `nbs_speaker`, `vps`, `video_parking_capture`,
    /// `charging_hub`.
    ///
    /// ```
    /// use tums_client::api::device::{ApplicationOverview, FamilyCounts};
    /// let o: ApplicationOverview = serde_json::from_str(
    ///     r#"{"allRouterNum": 1, "onlineRouterNum": 1, "errorRouterNum": 0}"#,
    /// ).unwrap();
    /// assert_eq!(o.families(), vec![("router", FamilyCounts { all: 1, online: 1, error: 0 })]);
    /// ```
    pub fn families(&self) -> Vec<(&'static str, FamilyCounts)> {
        let rows = [
            (
                "router",
                self.all_router_num,
                self.online_router_num,
                self.error_router_num,
            ),
            (
                "switch",
                self.all_switch_num,
                self.online_switch_num,
                self.error_switch_num,
            ),
            ("ac", self.all_ac_num, self.online_ac_num, self.error_ac_num),
            ("ap", self.all_ap_num, self.online_ap_num, self.error_ap_num),
            (
                "cpe",
                self.all_cpe_num,
                self.online_cpe_num,
                self.error_cpe_num,
            ),
            (
                "wvr",
                self.all_wvr_num,
                self.online_wvr_num,
                self.error_wvr_num,
            ),
            (
                "firewall",
                self.all_firewall_num,
                self.online_firewall_num,
                self.error_firewall_num,
            ),
            (
                "fiber_converter",
                self.all_fiber_converter_num,
                self.online_fiber_converter_num,
                self.error_fiber_converter_num,
            ),
            (
                "olt",
                self.all_olt_num,
                self.online_olt_num,
                self.error_olt_num,
            ),
            (
                "onu",
                self.all_onu_num,
                self.online_onu_num,
                self.error_onu_num,
            ),
            (
                "ipc",
                self.all_ipc_num,
                self.online_ipc_num,
                self.error_ipc_num,
            ),
            (
                "nvr",
                self.all_nvr_num,
                self.online_nvr_num,
                self.error_nvr_num,
            ),
            (
                "decoder",
                self.all_decoder_num,
                self.online_decoder_num,
                self.error_decoder_num,
            ),
            (
                "solar_power",
                self.all_solar_power_num,
                self.online_solar_power_num,
                self.error_solar_power_num,
            ),
            (
                "nbs_speaker",
                self.all_nbs_speaker_num,
                self.online_nbs_speaker_num,
                self.error_nbs_speaker_num,
            ),
            (
                "vps",
                self.all_vps_num,
                self.online_vps_num,
                self.error_vps_num,
            ),
            (
                "video_parking_capture",
                self.all_video_parking_capture_num,
                self.online_video_parking_capture_num,
                self.error_video_parking_capture_num,
            ),
            (
                "charging_hub",
                self.all_charging_hub_num,
                self.online_charging_hub_num,
                self.error_charging_hub_num,
            ),
        ];
        rows.into_iter()
            .filter_map(|(name, all, online, error)| {
                all.map(|all| {
                    (
                        name,
                        FamilyCounts {
                            all,
                            online: online.unwrap_or(0),
                            error: error.unwrap_or(0),
                        },
                    )
                })
            })
            .collect()
    }
}

// ---------------------------------------------------------------------------------------
// 1.4.3.13–1.4.3.16 NVR channels, solar, capability
// ---------------------------------------------------------------------------------------

/// 获取NVR通道设备列表 — list the channel devices of an NVR (1.4.3.13). Only devices that
/// belong to the application are returned. The NVR must be on trial or paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetChannelDeviceList {
    /// 设备码 — NVR 17-character device code; at least one of `qr_code`/`mac` (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — NVR MAC, `00-FF-00-17-00-18` (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

impl GetChannelDeviceList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )
    }
}

client_core::endpoint!(GetChannelDeviceList => ChannelDeviceList, POST "/tums/open/deviceManager/v1/getChannelDeviceList", read, validate);

/// NVR通道列表 — an NVR's channels (result of 1.4.3.13).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelDeviceList {
    /// 通道数 — number of channels (1.4.3.13).
    #[serde(default, with = "client_core::lenient::int")]
    pub channel_num: i64,
    /// 在线通道数 — number of online (connected) channels (1.4.3.13).
    #[serde(default, with = "client_core::lenient::int")]
    pub connected_channel_num: i64,
    /// 通道设备列表 — the NVR's child devices (1.4.3.13).
    #[serde(default)]
    pub channel_list: Vec<ChannelDevice>,
}

/// 通道设备 — one NVR channel device (1.4.3.13 `channelList`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelDevice {
    /// 设备码 — the channel device's 17-character code. Not in the table; the seed's
    /// example returns it (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备名称 — device name (1.4.3.13).
    pub device_name: String,
    /// 设备类型 — device type (表 1.4.3.1-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceTypeCategory>,
    /// 设备状态 — device status (表 1.4.3.1-2).
    pub device_status: DeviceStatus,
    /// 设备型号 — device model (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// 开放状态 — open status (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_status: Option<OpenStatus>,
    /// ip地址 — IP address (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// mac地址 — MAC address (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道id — the channel number (the wire key is `channel`, not `channelId`) (1.4.3.13).
    #[serde(with = "client_core::lenient::int")]
    pub channel: i64,
}

/// 查询NVR通道的二维码 — read the device code of the IPC on an NVR channel; the NVR asks
/// the IPC live (1.4.3.14). The channel IPC must be a TP-LINK device; the NVR must be
/// on trial or paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetNvrChannelQrCode {
    /// NVR设备码 — NVR 17-character device code; at least one of `qr_code`/`mac` (1.4.3.14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// NVR设备mac地址 — NVR MAC, `00-FF-00-17-00-18` (1.4.3.14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required**, NVR channel, from 1 (1.4.3.14).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
}

impl GetNvrChannelQrCode {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )?;
        check::channel(path, "channelId", self.channel_id)
    }
}

client_core::endpoint!(GetNvrChannelQrCode => NvrChannelQrCode, POST "/vms/open/deviceManager/v1/getNvrChannelQrCode", read, validate);

/// 通道IPC设备码 — result of 1.4.3.14.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NvrChannelQrCode {
    /// 设备码 — the channel IPC's 17-character device code (1.4.3.14).
    pub qr_code: String,
}

/// 获取太阳能设备拓展信息 — running state of a solar power device (1.4.3.15). The device
/// must be on trial or paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetSolarPowerDeviceExtendInfo {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.3.15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, `00-FF-00-17-00-18` (1.4.3.15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

impl GetSolarPowerDeviceExtendInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )
    }
}

client_core::endpoint!(GetSolarPowerDeviceExtendInfo => SolarPowerExtendInfo, POST "/tums/open/deviceManager/v1/getSolarPowerDeviceExtendInfo", read, validate);

/// 太阳能设备拓展信息 — result of 1.4.3.15.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SolarPowerExtendInfo {
    /// 太阳能供电系统状态 — system status, a numeric string (表 1.4.3.1-5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SolarSystemStatus>,
    /// 当前电量 — charge of the fullest battery, in percent. Typed string on the wire
    /// (`"66"`); read from a string or a number (1.4.3.15).
    #[serde(
        rename = "batteryStatus",
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub battery_percent: Option<f64>,
}

/// 获取IPC/NVR能力集 — read an IPC's or NVR's capability set (1.4.3.16). The device must
/// be online and on trial or paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceCapability {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, `00-FF-00-17-00-18` (1.4.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — optional video child channel, from 1 (qrCode/mac then name the parent) (1.4.3.16).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
}

impl GetDeviceCapability {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )?;
        if let Some(c) = self.channel_id {
            check::channel(path, "channelId", c)?;
        }
        Ok(())
    }
}

client_core::endpoint!(GetDeviceCapability => DeviceCapabilityResult, POST "/vms/open/deviceManager/v1/getDeviceCapability", read, validate);

/// 能力集结果 — result of 1.4.3.16.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceCapabilityResult {
    /// 设备能力集 — the capability set (1.4.3.2).
    #[serde(default)]
    pub capability: DeviceCapability,
}

client_core::str_enum! {
    /// 编码标准 — video codec in `video_codec` (1.4.3.2).
    pub enum VideoCodec {
        /// H.264.
        H264 = "h264",
        /// H.265.
        H265 = "h265",
    }
}

client_core::str_enum! {
    /// 语音操作 — audio operation in `audio` (1.4.3.2).
    pub enum AudioCapability {
        /// 支持播放 — can play sound (speaker).
        Speaker = "speaker",
        /// 支持录音 — can record (microphone).
        Microphone = "microphone",
    }
}

client_core::str_enum! {
    /// 消息报警种类 — alarm kind in `msg_alarm_list` / `msg_alarm_separate_list` (1.4.3.2).
    pub enum MsgAlarmKind {
        /// 声音报警 — sound alarm.
        Sound = "sound",
        /// 光报警 — light alarm.
        Light = "light",
    }
}

/// 设备能力集 — capability set of an NVR (表 1.4.3.2-1) or an IPC (表 1.4.3.2-2) (1.4.3.2).
///
/// Flags are the strings `"0"`/`"1"` on the wire and `Option<bool>` here; a missing
/// flag means "not supported" (see helpers such as
/// [`DeviceCapability::has_ptz`]). Keys the seed does not document are ignored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceCapability {
    /// playback_scale — 是否支持回放倍速调节: playback speed control (NVR, IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub playback_scale: Option<bool>,
    /// msg_push — 是否支持消息推送: message push (NVR, IPC). For IPCs, which detections
    /// push is decided by `linkage_capability` (higher priority) and
    /// `smart_msg_push_capability`; with neither, only motion (md) and tamper (od)
    /// detection push (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub msg_push: Option<bool>,
    /// channel_talk — 是否支持通道语音对讲: channel two-way talk (NVR) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub channel_talk: Option<bool>,
    /// max_channels — 设备支持的最大通道数: maximum number of channels (NVR, int) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_channels: Option<i64>,
    /// relay_support_versions — 支持的relay协议版本: relay protocol versions (NVR, IPC).
    /// Missing means only relay 1.2; 1.x = Multipart, 2.x = Multitrans. See
    /// [`DeviceCapability::relay_versions`] (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay_support_versions: Option<Vec<String>>,
    /// video_codec — 支持的编码标准: supported codecs, h264/h265 (NVR, IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_codec: Option<Vec<VideoCodec>>,
    /// audio — 支持的语音操作: speaker (play) / microphone (record); missing or empty means
    /// neither (NVR, IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<Vec<AudioCapability>>,
    /// led — 是否支持控制LED状态灯: LED control (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub led: Option<bool>,
    /// local_storage — 是否支持本地存储: local storage such as SD card or disk (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub local_storage: Option<bool>,
    /// ptz — 是否支持云台协议: pan/tilt/zoom (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub ptz: Option<bool>,
    /// smart_msg_push_capability — 是否支持消息推送专属能力集: a dedicated push capability
    /// set (meaningful only with `msg_push` = 1; `linkage_capability` takes priority) (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub smart_msg_push_capability: Option<bool>,
    /// linkage_capability — 是否支持联动方式能力集: linkage-method capability set (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub linkage_capability: Option<bool>,
    /// msg_alarm — 是否支持声音报警: sound alarm; declared whenever supported; not sent
    /// together with `msg_alarm_separate_list` (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub msg_alarm: Option<bool>,
    /// msg_alarm_separate_list — 声光报警分离时支持的报警种类: alarm kinds when sound and
    /// light alarm separately; excludes `msg_alarm_list`, overrides `msg_alarm` (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg_alarm_separate_list: Option<Vec<MsgAlarmKind>>,
    /// msg_alarm_list — 声光报警不分离时支持的报警种类: alarm kinds when sound and light
    /// alarm together; overrides `msg_alarm` (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg_alarm_list: Option<Vec<MsgAlarmKind>>,
    /// alarm_in_enable — 是否支持报警输入功能: alarm input (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub alarm_in_enable: Option<bool>,
    /// alarm_out_enable — 是否支持报警输出功能: alarm output (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub alarm_out_enable: Option<bool>,
    /// smart_codec — 是否支持智能编码: smart encoding (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub smart_codec: Option<bool>,
    /// fish_eye — 是否为鱼眼机型: fisheye model (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub fish_eye: Option<bool>,
    /// lens_mask — 是否支持镜头遮蔽: lens masking (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub lens_mask: Option<bool>,
    /// iris_first — 是否支持光圈优先: aperture priority (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub iris_first: Option<bool>,
    /// multi_sensor — 是否为多sensor设备: multi-sensor device (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub multi_sensor: Option<bool>,
    /// target_track — 是否支持目标跟踪: target tracking (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub target_track: Option<bool>,
    /// gb28181 — 是否支持 GB28181 平台接入: GB28181 platform access (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub gb28181: Option<bool>,
    /// lte — IPC是否支持4G功能: 4G/LTE (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub lte: Option<bool>,
    /// streaming_support_versions — 支持的传输协议版本: streaming protocol versions;
    /// missing means no Multipart/Multitrans streaming; 1.x = Multipart, 2.x = Multitrans
    /// (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub streaming_support_versions: Option<Vec<String>>,
}

impl DeviceCapability {
    /// The relay protocol versions supported; `["1.2"]` when the device does not send
    /// `relay_support_versions` (1.4.3.2: 缺少该字段表示仅支持1.2版本).
    pub fn relay_versions(&self) -> Vec<String> {
        self.relay_support_versions
            .clone()
            .unwrap_or_else(|| vec!["1.2".to_owned()])
    }

    /// PTZ (云台) supported.
    pub fn has_ptz(&self) -> bool {
        self.ptz.unwrap_or(false)
    }

    /// Message push supported.
    pub fn has_msg_push(&self) -> bool {
        self.msg_push.unwrap_or(false)
    }

    /// Local storage (SD card / disk) supported.
    pub fn has_local_storage(&self) -> bool {
        self.local_storage.unwrap_or(false)
    }

    /// `true` when `audio` lists `op`.
    pub fn supports_audio(&self, op: &AudioCapability) -> bool {
        self.audio.as_ref().is_some_and(|a| a.contains(op))
    }

    /// `true` when `video_codec` lists `codec`.
    pub fn supports_codec(&self, codec: &VideoCodec) -> bool {
        self.video_codec.as_ref().is_some_and(|c| c.contains(codec))
    }
}

// ---------------------------------------------------------------------------------------
// 1.4.3.17–1.4.3.18 Sync
// ---------------------------------------------------------------------------------------

/// 同步IPC/NVR设备信息 — refresh the cloud's copy of IPC/NVR info (NVR: name, channel
/// count, channel IPCs' MAC, protocol, status, IP and name; IPC: name) (1.4.3.17).
///
/// Asynchronous: poll [`SyncDevInfoStatus`]. `devList` holds 1–100 devices, which must
/// be online and on trial or paid. Per-device failures come back in `failList`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncDevInfo {
    /// 设备列表 — the devices, 1–100 (1.4.3.17).
    pub dev_list: Vec<VideoDeviceTarget>,
}

impl SyncDevInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_dev_list(path, &self.dev_list, MAX_DEV_LIST, |t, w| t.check(path, w))
    }
}

client_core::endpoint!(SyncDevInfo => client_core::Ack, POST "/vms/open/deviceManager/v1/syncDevInfo", write, validate);

/// 获取同步IPC/NVR设备进度 — progress of [`SyncDevInfo`] (1.4.3.18). `devList` holds
/// 1–100 devices.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncDevInfoStatus {
    /// 设备列表 — the devices, 1–100 (1.4.3.18).
    pub dev_list: Vec<VideoDeviceTarget>,
}

impl SyncDevInfoStatus {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_dev_list(path, &self.dev_list, MAX_DEV_LIST, |t, w| t.check(path, w))
    }
}

client_core::endpoint!(SyncDevInfoStatus => SyncProgress, POST "/vms/open/deviceManager/v1/syncDevInfoStatus", read, validate);

/// 同步进度 — result of 1.4.3.18.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncProgress {
    /// 进度 — progress in percent, `[0, 100]`; 100 = sync finished (1.4.3.18).
    #[serde(with = "client_core::lenient::int")]
    pub percent: i64,
}

impl SyncProgress {
    /// `true` when the sync has finished (`percent` = 100).
    pub fn is_done(&self) -> bool {
        self.percent >= 100
    }
}

// ---------------------------------------------------------------------------------------
// 1.4.3.19–1.4.3.21 Move, rename, reboot
// ---------------------------------------------------------------------------------------

/// 转移项目型应用下设备到其他分组 — move devices of a project-type application to
/// another region (1.4.3.19). `devList` holds 1–100 devices; per-device failures come
/// back in `failList`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoveDeviceListToRegion {
    /// 设备列表 — the devices, 1–100 (1.4.3.19).
    pub dev_list: Vec<DeviceTarget>,
    /// 分组id — **required**, target region id, a numeric string (the table's key has a
    /// trailing space, `regionId `, accepted on input) (1.4.3.19).
    #[serde(alias = "regionId ", with = "client_core::lenient::string")]
    pub region_id: String,
}

impl MoveDeviceListToRegion {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_dev_list(path, &self.dev_list, MAX_DEV_LIST, |t, w| t.check(path, w))?;
        if self.region_id.is_empty() || !self.region_id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::invalid(
                path,
                format!(
                    "regionId must be a numeric string, got {:?}",
                    self.region_id
                ),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(MoveDeviceListToRegion => client_core::Ack, POST "/tums/open/deviceManager/v1/moveDeviceListToRegion", write, validate);

/// 修改设备名称 — rename a device (1.4.3.20). The device must be online and on trial or
/// paid. Returns nothing on success.
///
/// `deviceName` may not be empty; the seed limits it to "10 Chinese or 32 English
/// characters", which this SDK checks as at most 32 bytes of UTF-8 (10 CJK characters
/// are 30 bytes; 11 are 33).
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::device::ModifyDeviceName;
/// let ok = ModifyDeviceName::new("16E0091709B04C926", "24栋的第五台NVR");
/// assert!(ok.validate().is_ok());
/// let long = ModifyDeviceName::new("16E0091709B04C926", "一二三四五六七八九十十");
/// assert!(long.validate().is_err());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ModifyDeviceName {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.3.20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, `00-FF-00-17-00-18` (1.4.3.20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — optional video child channel, from 1 (qrCode/mac then name the parent) (1.4.3.20).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 子设备mac地址 — optional network child MAC (qrCode/mac then name the parent) (1.4.3.20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_mac: Option<String>,
    /// 设备名称 — **required**, the new name: not empty, at most 10 Chinese / 32 English
    /// characters (1.4.3.20).
    pub device_name: String,
}

impl ModifyDeviceName {
    /// The longest name in UTF-8 bytes (10个中文字符、32个英文字符).
    pub const MAX_NAME_BYTES: usize = 32;

    /// Renames the device with code `qr_code`.
    pub fn new(qr_code: impl Into<String>, device_name: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            device_name: device_name.into(),
            ..Self::default()
        }
    }
}

impl ModifyDeviceName {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let target = DeviceTarget {
            qr_code: self.qr_code.clone(),
            mac: self.mac.clone(),
            channel_id: self.channel_id,
            child_mac: self.child_mac.clone(),
        };
        target.check(path, "request")?;
        if self.device_name.trim().is_empty() {
            return Err(Error::invalid(path, "deviceName must not be empty"));
        }
        if self.device_name.len() > Self::MAX_NAME_BYTES {
            return Err(Error::invalid(
                path,
                format!(
                    "deviceName must be at most 10 Chinese / 32 English characters (32 bytes of UTF-8), got {} bytes",
                    self.device_name.len()
                ),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(ModifyDeviceName => client_core::Ack, POST "/tums/open/deviceManager/v1/modifyDeviceName", write, validate);

/// 重启设备 — reboot devices at once (1.4.3.21). `devList` holds 1–100 devices, which
/// must be online and on trial or paid; per-device failures come back in `failList`.
/// NVR channel IPCs cannot be rebooted at once (schedule it with 1.4.4.6).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RebootDeviceList {
    /// 设备列表 — the devices, 1–100 (1.4.3.21).
    pub dev_list: Vec<RebootTarget>,
}

impl RebootDeviceList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_dev_list(path, &self.dev_list, MAX_DEV_LIST, |t, w| t.check(path, w))
    }
}

client_core::endpoint!(RebootDeviceList => client_core::Ack, POST "/tums/open/deviceManager/v1/rebootDeviceList", write, validate);

// ---------------------------------------------------------------------------------------
// 1.4.3.22–1.4.3.24 Firmware
// ---------------------------------------------------------------------------------------

/// 检测设备最新固件版本 — ask the cloud to look up the newest firmware of devices
/// (1.4.3.22). The answer carries no version: read it with [`GetDeviceUpgradeInfo`].
/// `devList` holds 1–100 online devices on trial or paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckDeviceNewestFwVer {
    /// 设备列表 — the devices, 1–100 (1.4.3.22).
    pub dev_list: Vec<DeviceTarget>,
}

impl CheckDeviceNewestFwVer {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_dev_list(path, &self.dev_list, MAX_DEV_LIST, |t, w| t.check(path, w))
    }
}

client_core::endpoint!(CheckDeviceNewestFwVer => client_core::Ack, POST "/tums/open/deviceManager/v1/checkDeviceNewestFwVer", write, validate);

/// 在线升级设备 — upgrade devices to the firmware found by [`CheckDeviceNewestFwVer`]
/// (1.4.3.23). Asynchronous: poll [`GetDeviceUpgradeInfo`]. `devList` holds 1–100
/// online devices on trial or paid.
///
/// The table lists `qrCode`, `mac` and `channelId` (its `channelId` row is described
/// with the `childMac` text, and the `failList` echoes `childMac`); all four locator
/// fields are accepted here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpgradeDeviceOnline {
    /// 设备列表 — the devices, 1–100 (1.4.3.23).
    pub dev_list: Vec<DeviceTarget>,
}

impl UpgradeDeviceOnline {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_dev_list(path, &self.dev_list, MAX_DEV_LIST, |t, w| t.check(path, w))
    }
}

client_core::endpoint!(UpgradeDeviceOnline => client_core::Ack, POST "/tums/open/deviceManager/v1/upgradeDeviceOnline", write, validate);

/// 获取设备固件升级信息 — firmware versions and upgrade progress of devices (1.4.3.24).
///
/// A finished upgrade's result is kept for ten minutes; `reset_upgrade_result` clears
/// a *finished* result (not one in progress). `devList` holds 1–100 devices on trial or
/// paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceUpgradeInfo {
    /// 设备列表 — the devices, 1–100 (1.4.3.24).
    pub dev_list: Vec<DeviceTarget>,
    /// 是否清除上次升级的结果 — `Some(true)` (wire `1`) clears the last finished result;
    /// default `0` keeps it (1.4.3.24).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub reset_upgrade_result: Option<bool>,
}

impl GetDeviceUpgradeInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_dev_list(path, &self.dev_list, MAX_DEV_LIST, |t, w| t.check(path, w))
    }
}

client_core::endpoint!(GetDeviceUpgradeInfo => DeviceUpgradeInfoList, POST "/tums/open/deviceManager/v1/getDeviceUpgradeInfo", read, validate);

/// 固件升级信息列表 — result of 1.4.3.24.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceUpgradeInfoList {
    /// 设备升级信息 — one entry per device (1.4.3.24).
    #[serde(default)]
    pub list: Vec<DeviceUpgradeInfo>,
}

/// 设备固件升级信息 — one device's firmware and upgrade state (1.4.3.24).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceUpgradeInfo {
    /// 设备码 — 17-character device code (1.4.3.24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC (1.4.3.24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 设备名称 — device name (1.4.3.24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 当前固件版本 — current firmware version (1.4.3.24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cur_firmware_ver: Option<String>,
    /// 最新固件版本信息 — newest firmware, when known (1.4.3.24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_fw_info: Option<NewFirmwareInfo>,
    /// 下载固件进度 — firmware download progress, `[0, 100]` percent (1.4.3.24).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub download_progress: Option<i64>,
    /// 升级进度 — upgrade progress, `[0, 100]` percent (1.4.3.24).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub upgrade_progress: Option<i64>,
    /// 升级状态 — upgrade status (附表 1.4.3.24-1).
    pub upgrade_status: UpgradeStatus,
}

/// 最新固件版本信息 — the newest firmware (1.4.3.24 `newFwInfo`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewFirmwareInfo {
    /// 最新固件版本 — newest firmware version (1.4.3.24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fw_version: Option<String>,
    /// 固件发布时间 — release date (text as sent) (1.4.3.24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_date: Option<String>,
    /// 发布日志 — release notes (1.4.3.24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_log: Option<String>,
    /// 完整日志连接地址 — URL of the full release notes (1.4.3.24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_log_url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    use http::Method;

    const QR: &str = "16E0091709B04C926";

    fn body<E: Endpoint>(e: &E) -> serde_json::Value {
        let enc = e.encode().unwrap();
        assert!(enc.query.is_none());
        serde_json::from_slice(&enc.body.unwrap()).unwrap()
    }

    #[test]
    fn every_endpoint_is_post_json_with_seed_path() {
        fn check<E: Endpoint>(path: &str, idempotent: bool) {
            assert_eq!(E::METHOD, Method::POST, "{path}");
            assert_eq!(E::BODY, client_core::BodyKind::Json, "{path}");
            assert_eq!(E::PATH, path);
            assert_eq!(E::IDEMPOTENT, idempotent, "{path}");
        }
        check::<BindDeviceByQrCode>("/tums/open/deviceManager/v1/bindDeviceByQrCode", false);
        check::<BindNmsDeviceByMac>("/tums/open/deviceManager/v1/bindNmsDeviceByMac", false);
        check::<DiscoverIpcByNvr>("/vms/open/deviceManager/v1/discoverIpcByNvr", false);
        check::<GetNotAddedIpcInfoByNvr>(
            "/vms/open/deviceManager/v1/getNotAddedIpcInfoByNvr",
            true,
        );
        check::<AddIpcListToNvr>("/vms/open/deviceManager/v1/addIpcListToNvr", false);
        check::<UnbindNvrChannel>("/vms/open/deviceManager/v1/unbindNvrChannel", false);
        check::<DeleteDeviceList>("/tums/open/deviceManager/v1/deleteDeviceList", false);
        check::<GetDeviceListInDeviceApplication>(
            "/tums/open/deviceManager/v1/getDeviceListInDeviceApplication",
            true,
        );
        check::<GetDeviceListInProjectApplication>(
            "/tums/open/deviceManager/v1/getDeviceListInProjectApplication",
            true,
        );
        check::<GetApplicationOverview>("/tums/open/deviceManager/v1/getApplicationOverview", true);
        check::<GetChannelDeviceList>("/tums/open/deviceManager/v1/getChannelDeviceList", true);
        check::<GetNvrChannelQrCode>("/vms/open/deviceManager/v1/getNvrChannelQrCode", true);
        check::<GetSolarPowerDeviceExtendInfo>(
            "/tums/open/deviceManager/v1/getSolarPowerDeviceExtendInfo",
            true,
        );
        check::<GetDeviceCapability>("/vms/open/deviceManager/v1/getDeviceCapability", true);
        check::<SyncDevInfo>("/vms/open/deviceManager/v1/syncDevInfo", false);
        check::<SyncDevInfoStatus>("/vms/open/deviceManager/v1/syncDevInfoStatus", true);
        check::<MoveDeviceListToRegion>(
            "/tums/open/deviceManager/v1/moveDeviceListToRegion",
            false,
        );
        check::<ModifyDeviceName>("/tums/open/deviceManager/v1/modifyDeviceName", false);
        check::<RebootDeviceList>("/tums/open/deviceManager/v1/rebootDeviceList", false);
        check::<CheckDeviceNewestFwVer>(
            "/tums/open/deviceManager/v1/checkDeviceNewestFwVer",
            false,
        );
        check::<UpgradeDeviceOnline>("/tums/open/deviceManager/v1/upgradeDeviceOnline", false);
        check::<GetDeviceUpgradeInfo>("/tums/open/deviceManager/v1/getDeviceUpgradeInfo", true);
    }

    #[test]
    fn empty_request_encodes_as_empty_object() {
        assert_eq!(body(&GetApplicationOverview {}), serde_json::json!({}));
    }

    #[test]
    fn bind_encodes_password_but_never_debugs_it() {
        let req = BindDeviceByQrCode::new(QR, "admin", "pa55");
        assert_eq!(
            body(&req),
            serde_json::json!({"qrCode": QR, "deviceUserName": "admin", "devicePassword": "pa55"})
        );
        assert!(!format!("{req:?}").contains("pa55"));
        let req = AddIpcListToNvr {
            qr_code: Some(QR.into()),
            activate_password: Some("act1v8".into()),
            list: vec![IpcToAdd {
                password: Some("ipcpw".into()),
                ..Default::default()
            }],
            ..Default::default()
        };
        let dbg = format!("{req:?}");
        assert!(!dbg.contains("act1v8") && !dbg.contains("ipcpw"));
        assert_eq!(body(&req)["activatePassword"], "act1v8");
    }

    #[test]
    fn qr_code_and_mac_are_checked() {
        let full_label = BindDeviceByQrCode::new("TP1799E561FF7D5879F1080", "admin", "x");
        assert!(full_label.validate().is_err());
        let extracted = qr_code_from_label("TP1799E561FF7D5879F1080").unwrap();
        assert_eq!(extracted, "799E561FF7D5879F1");
        assert!(BindDeviceByQrCode::new(extracted, "admin", "x")
            .validate()
            .is_ok());
        assert!(BindNmsDeviceByMac::new(" 04-F9-F8-8A-40-A8", "admin", "x")
            .validate()
            .is_err());
        assert!(BindNmsDeviceByMac::new("04-f9-f8-8a-40-a8", "admin", "x")
            .validate()
            .is_err());
        assert!(BindNmsDeviceByMac::new("04-F9-F8-8A-40-A8", "admin", "x")
            .validate()
            .is_ok());
        assert!(DiscoverIpcByNvr::default().validate().is_err());
        assert!(DiscoverIpcByNvr {
            mac: Some("00-FF-00-17-00-18".into()),
            ..Default::default()
        }
        .validate()
        .is_ok());
    }

    #[test]
    fn channels_start_at_one() {
        let req = UnbindNvrChannel {
            qr_code: Some(QR.into()),
            mac: None,
            channel_id: 0,
        };
        let err = req.validate().unwrap_err().to_string();
        assert!(err.contains("channelId"), "{err}");
        assert!(UnbindNvrChannel {
            channel_id: 1,
            ..req
        }
        .validate()
        .is_ok());
        let both = DeviceTarget::qr_code(QR)
            .channel(1)
            .child("00-FF-00-17-00-18");
        assert!(DeleteDeviceList {
            dev_list: vec![both],
            only_remove: None
        }
        .validate()
        .is_err());
    }

    #[test]
    fn dev_list_limits() {
        let list = |n: usize| vec![VideoDeviceTarget::qr_code(QR).channel(1); n];
        assert!(SyncDevInfo { dev_list: list(0) }.validate().is_err());
        assert!(SyncDevInfo { dev_list: list(1) }.validate().is_ok());
        assert!(SyncDevInfo {
            dev_list: list(100)
        }
        .validate()
        .is_ok());
        let err = SyncDevInfo {
            dev_list: list(101),
        }
        .validate()
        .unwrap_err()
        .to_string();
        assert!(err.contains("1..=100"), "{err}");
        let reboot = |n: usize| RebootDeviceList {
            dev_list: vec![RebootTarget::qr_code(QR); n],
        };
        assert!(reboot(100).validate().is_ok());
        assert!(reboot(101).validate().is_err());
        let upgrade = |n: usize| GetDeviceUpgradeInfo {
            dev_list: vec![DeviceTarget::qr_code(QR); n],
            reset_upgrade_result: Some(true),
        };
        assert!(upgrade(101).validate().is_err());
        assert_eq!(body(&upgrade(1))["resetUpgradeResult"], 1);
        let ipcs = |n: usize| AddIpcListToNvr {
            qr_code: Some(QR.into()),
            list: vec![
                IpcToAdd {
                    uuid: "u".into(),
                    ip: "192.168.1.3".into(),
                    port: "80".into(),
                    connect_protocol: "ONVIF".into(),
                    ..Default::default()
                };
                n
            ],
            ..Default::default()
        };
        assert!(ipcs(128).validate().is_ok());
        assert!(ipcs(129).validate().is_err());
        assert!(ipcs(0).validate().is_err());
        // deleteDeviceList has no documented upper bound, only "not empty".
        let del = DeleteDeviceList {
            dev_list: vec![DeviceTarget::qr_code(QR); 150],
            only_remove: Some(true),
        };
        assert!(del.validate().is_ok());
        assert_eq!(body(&del)["onlyRemove"], 1);
    }

    #[test]
    fn move_requires_numeric_region_id() {
        let mut req = MoveDeviceListToRegion {
            dev_list: vec![DeviceTarget::qr_code(QR)],
            region_id: "123".into(),
        };
        assert!(req.validate().is_ok());
        req.region_id = "abc".into();
        assert!(req.validate().is_err());
        let v: MoveDeviceListToRegion =
            serde_json::from_str(r#"{"devList":[{"qrCode":"16E0091709B04C926"}],"regionId ":"7"}"#)
                .unwrap();
        assert_eq!(v.region_id, "7");
    }

    #[test]
    fn device_name_length() {
        let name = |s: &str| ModifyDeviceName::new(QR, s).validate();
        assert!(name("").is_err());
        assert!(name(&"a".repeat(32)).is_ok());
        assert!(name(&"a".repeat(33)).is_err());
        assert!(name("一二三四五六七八九十").is_ok());
        assert!(name("一二三四五六七八九十AA").is_ok());
        assert!(name("一二三四五六七八九十AAA").is_err());
    }

    #[test]
    fn paged_lists_validate_limit_and_set_start() {
        for limit in [0, 101] {
            assert!(GetDeviceListInDeviceApplication::new(limit)
                .validate()
                .is_err());
            assert!(GetDeviceListInProjectApplication::new(limit)
                .validate()
                .is_err());
        }
        let mut req = GetDeviceListInProjectApplication::new(50);
        req.set_page(PageRequest { index: 3, size: 50 });
        assert_eq!(req.page_size(), 50);
        let b = body(&req);
        assert_eq!(
            (b["start"].as_u64(), b["limit"].as_u64()),
            (Some(150), Some(50))
        );
        req.sort = Some(vec![DeviceSort::default()]);
        assert!(req.validate().is_err());
        req.sort = Some(vec![DeviceSort {
            ip: Some(SortOrder::Desc),
            mac: Some(SortOrder::Asc),
            ..Default::default()
        }]);
        assert!(req.validate().is_err());
        req.sort = Some(vec![
            DeviceSort::ip(SortOrder::Desc),
            DeviceSort::mac(SortOrder::Asc),
        ]);
        assert!(req.validate().is_ok());
        let page = GetDeviceListInProjectApplication::into_page(PagedList {
            total: 7,
            list: vec![],
        });
        assert_eq!(page.total, Some(7));
    }

    #[test]
    fn project_filter_keeps_seed_spelling() {
        let f = ProjectDeviceFilterAnd {
            ip_ceiling: Some("10.0.0.9".into()),
            has_child: Some(ProjectHasChild::Include),
            device_type_list: Some(vec![DeviceTypeCategory::L1ChassisSwitch]),
            ..Default::default()
        };
        let v = serde_json::to_value(&f).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"ipCeilling": "10.0.0.9", "hasChild": 0, "deviceTypeList": ["L1-CHASSISSWITCH"]})
        );
    }

    #[test]
    fn enums_keep_unknown_values() {
        let s: UpgradeStatus = serde_json::from_str("-11").unwrap();
        assert_eq!(s, UpgradeStatus::Unsupported);
        assert!(s.is_failure() && s.is_final() && !s.in_progress());
        assert!(!UpgradeStatus::None.is_final() && !UpgradeStatus::None.in_progress());
        assert!(UpgradeStatus::Success.is_final());
        assert!(UpgradeStatus::WaitCheck.in_progress() && !UpgradeStatus::WaitCheck.is_final());
        assert_eq!(
            serde_json::from_str::<UpgradeStatus>("-12").unwrap(),
            UpgradeStatus::Unknown(-12)
        );
        assert_eq!(
            serde_json::from_str::<DeviceStatus>("6").unwrap(),
            DeviceStatus::WaitingUpgrade
        );
        let t: DeviceTypeCategory = serde_json::from_str("\"SMB.PONONU\"").unwrap();
        assert_eq!(t.family(), Some(DeviceFamily::Onu));
        let t: DeviceTypeCategory = serde_json::from_str("\"NEWTHING\"").unwrap();
        assert_eq!(t, DeviceTypeCategory::Unknown("NEWTHING".into()));
        assert_eq!(
            serde_json::from_str::<SolarSystemStatus>("7").unwrap(),
            SolarSystemStatus::HighTempNoChargeDischarge
        );
        assert_eq!(
            serde_json::from_str::<OperationMode>("6").unwrap(),
            OperationMode::Wisp
        );
        assert_eq!(
            serde_json::from_str::<DeviceListColumn>("\"locationName\"").unwrap(),
            DeviceListColumn::LocationName
        );
    }

    #[test]
    fn discovery_accepts_finish_spelling_and_null_activation() {
        let r: NotAddedIpcInfo = serde_json::from_str(
            r#"{"finish": true, "list": [{"uuid":"a","ip":"1.2.3.4","port":80,"connectProtocol":"ONVIF","activateStatus":null}]}"#,
        )
        .unwrap();
        assert!(r.finished);
        assert_eq!(r.list[0].port, "80");
        assert_eq!(r.list[0].activate_status, None);
        let pending: NotAddedIpcInfo = serde_json::from_str(r#"{"finished": false}"#).unwrap();
        assert!(pending.list.is_empty());
    }

    #[test]
    fn capability_flags_read_and_write_strings() {
        let cap: DeviceCapability = serde_json::from_str(
            r#"{"ptz":"1","led":"0","max_channels":"16","msg_alarm_list":["sound","light"],"future_key":"1"}"#,
        )
        .unwrap();
        assert!(cap.has_ptz());
        assert_eq!(cap.led, Some(false));
        assert_eq!(cap.max_channels, Some(16));
        assert_eq!(cap.relay_versions(), vec!["1.2".to_owned()]);
        let v = serde_json::to_value(&cap).unwrap();
        assert_eq!(v["ptz"], "1");
        assert_eq!(v["led"], "0");
        assert_eq!(v["max_channels"], 16);
    }

    #[test]
    fn device_target_for_channel_goes_through_parent() {
        let d: Device = serde_json::from_str(
            r#"{"deviceName":"x","deviceType":"SURVEILLANCECAMERA","deviceStatus":0,"parentQrcode":"16E0091709B04C926","channelId":"3"}"#,
        )
        .unwrap();
        let t = d.target().unwrap();
        assert_eq!(t, DeviceTarget::qr_code(QR).channel(3));
    }

    #[test]
    fn mac_helpers() {
        assert_eq!(
            normalize_mac("00.ff.00.17.00.18").as_deref(),
            Some("00-FF-00-17-00-18")
        );
        assert_eq!(normalize_mac("00-FF-00-17-00-1G"), None);
        assert!(is_platform_mac("00-FF-00-17-00-18"));
        assert!(!is_platform_mac("00:FF:00:17:00:18"));
        assert_eq!(
            qr_code_from_label("  TP116E0091709B04C926B00 ").as_deref(),
            Some(QR)
        );
        assert_eq!(qr_code_from_label("TP116E0091"), None);
    }

    proptest::proptest! {
        #[test]
        fn any_mac_spelling_normalises_to_the_platform_form(
            bytes in proptest::array::uniform6(0u8..=255),
            sep in proptest::sample::select(vec!["-", ":", ".", ""]),
            lower in proptest::bool::ANY,
        ) {
            let text: Vec<String> = bytes
                .iter()
                .map(|b| if lower { format!("{b:02x}") } else { format!("{b:02X}") })
                .collect();
            let input = format!(" {} ", text.join(sep));
            let mac = normalize_mac(&input).unwrap();
            proptest::prop_assert!(is_platform_mac(&mac));
            let expected: Vec<String> = bytes.iter().map(|b| format!("{b:02X}")).collect();
            proptest::prop_assert_eq!(mac, expected.join("-"));
        }

        #[test]
        fn labels_give_valid_qr_codes(code in "[0-9A-F]{17}", head in "[0-9]", tail in "[0-9A-Z]{0,6}") {
            let label = format!("TP{head}{code}{tail}");
            let qr = qr_code_from_label(&label).unwrap();
            proptest::prop_assert_eq!(&qr, &code);
            proptest::prop_assert!(check::qr_code("/p", "qrCode", &qr).is_ok());
        }
    }
}
