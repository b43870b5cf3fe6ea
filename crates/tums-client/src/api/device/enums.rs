//! 1.4.3.1 枚举 — enumerations of device types, statuses and capabilities.

#[allow(unused_imports)]
use super::*;

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
