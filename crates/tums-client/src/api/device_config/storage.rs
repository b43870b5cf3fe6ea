//! SD card and loop recording — 1.4.4.10–1.4.4.13.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

client_core::str_enum! {
    /// 读写权限 — SD card access permission (1.4.4.10 permission).
    pub enum SdPermission {
        /// rw — 可读写, read-write.
        ReadWrite = "rw",
        /// w — 只写, write-only.
        WriteOnly = "w",
        /// r — 只读, read-only.
        ReadOnly = "r",
    }
}

client_core::str_enum! {
    /// SD卡状态 — SD card state (1.4.4.10 status).
    pub enum SdStatus {
        /// none — 不存在, no card.
        NoCard = "none",
        /// unformatted — 未格式化: only formatted cards can be used.
        Unformatted = "unformatted",
        /// normal — 正常.
        Normal = "normal",
        /// insufficient — SD卡容量太小, card too small.
        Insufficient = "insufficient",
    }
}

device_request! {
    /// 获取IPC/NVR设备SD卡信息 — get an IPC/NVR's SD cards (1.4.4.10). For an NVR
    /// channel, the NVR's cards are returned.
    pub struct GetDeviceSdCardInfo ("1.4.4.10", channel: required) {}
}

target_ctors!(GetDeviceSdCardInfo, required);

impl GetDeviceSdCardInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetDeviceSdCardInfo => SdCardInfo, POST "/vms/open/deviceConfig/v1/getDeviceSdCardInfo", read, validate);

/// SD卡信息 — result of 1.4.4.10.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SdCardInfo {
    /// cardInfoList — one entry per card (1.4.4.10).
    #[serde(default)]
    pub card_info_list: Vec<SdCard>,
}

/// SD卡 — one SD card (1.4.4.10).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SdCard {
    /// SD卡索引 — card index, used by [`FormatDeviceSdCard`] (1.4.4.10).
    #[serde(default, with = "client_core::lenient::int")]
    pub index: i64,
    /// 读写权限 — access permission (1.4.4.10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<SdPermission>,
    /// SD卡总空间 — total space as text with unit, e.g. `"3.5G"` (1.4.4.10).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_space: Option<String>,
    /// SD卡剩余空间 — free space as text with unit, e.g. `"2.5G"` (1.4.4.10).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub free_space: Option<String>,
    /// 已录制视频的时长 — recorded duration in seconds. Typed string, the example sends a
    /// number; both are accepted (1.4.4.10).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub record_duration: Option<i64>,
    /// 最早录像时间 — earliest recording, UNIX seconds (typed string, the example sends a
    /// number) (1.4.4.10).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub record_start_time: Option<DateTime<Utc>>,
    /// SD卡状态 — card state (1.4.4.10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SdStatus>,
}

device_request! {
    /// 格式化IPC/NVR设备的SD卡 — format an SD card (1.4.4.11). **Destructive**: for an
    /// NVR channel this formats the NVR's disk.
    pub struct FormatDeviceSdCard ("1.4.4.11", channel: required) {
        /// SD卡索引 — index of the card (from 1.4.4.10). Required (1.4.4.11).
        #[serde(with = "client_core::lenient::int")]
        pub card_index: i64,
    }
}

impl FormatDeviceSdCard {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(FormatDeviceSdCard => client_core::Ack, POST "/vms/open/deviceConfig/v1/formatDeviceSdCard", write, validate);

device_request! {
    /// 获取IPC/NVR设备录像循环存储状态 — get whether recording overwrites the oldest
    /// footage (1.4.4.12). For an NVR channel, the NVR's setting.
    pub struct GetDeviceRecordLoopInfo ("1.4.4.12", channel: required) {}
}

target_ctors!(GetDeviceRecordLoopInfo, required);

impl GetDeviceRecordLoopInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetDeviceRecordLoopInfo => RecordLoopInfo, POST "/vms/open/deviceConfig/v1/getDeviceRecordLoopInfo", read, validate);

/// 录像循环存储状态 — result of 1.4.4.12.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordLoopInfo {
    /// 是否开启录像循环存储 — loop recording enabled (1.4.4.12).
    #[serde(default, with = "client_core::lenient::bool")]
    pub if_loop: bool,
}

device_request! {
    /// 修改IPC/NVR设备录像循环存储状态 — enable or disable loop recording (1.4.4.13).
    /// For an NVR channel, the NVR's setting changes.
    pub struct ModifyDeviceRecordLoopInfo ("1.4.4.13", channel: required) {
        /// 是否开启录像循环存储 — enable loop recording. Required (1.4.4.13).
        pub if_loop: bool,
    }
}

impl ModifyDeviceRecordLoopInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(ModifyDeviceRecordLoopInfo => client_core::Ack, POST "/vms/open/deviceConfig/v1/modifyDeviceRecordLoopInfo", write, validate);
