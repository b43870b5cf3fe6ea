//! 1.4.3.17–1.4.3.18 同步设备信息 — syncing device information.

#[allow(unused_imports)]
use super::*;

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
    #[serde(default, with = "client_core::lenient::int")]
    pub percent: i64,
}

impl SyncProgress {
    /// `true` when the sync has finished (`percent` = 100).
    pub fn is_done(&self) -> bool {
        self.percent >= 100
    }
}
