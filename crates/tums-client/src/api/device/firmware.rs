//! 1.4.3.22–1.4.3.24 固件升级 — firmware checks and upgrades.

#[allow(unused_imports)]
use super::*;

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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upgrade_status: Option<UpgradeStatus>,
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
