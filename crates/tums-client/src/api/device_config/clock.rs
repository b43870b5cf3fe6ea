//! 1.4.4.1.6 获取IPC/NVR设备当前时间 — the device's current clock (2026 edition).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

device_request! {
    /// 获取IPC/NVR设备当前时间 — read the current time of an IPC or NVR (1.4.4.1.6).
    /// With `channel_id`, `qr_code`/`mac` name the parent (an NVR) and the channel's IPC
    /// is read.
    pub struct GetDeviceCurrentTime ("1.4.4.1.6", channel: optional) {}
}

target_ctors!(GetDeviceCurrentTime, optional);

impl GetDeviceCurrentTime {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetDeviceCurrentTime => DeviceCurrentTime, POST "/vms/open/deviceConfig/v1/getDeviceCurrentTime", read, validate);

/// 设备当前时间 — result of 1.4.4.1.6.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceCurrentTime {
    /// currentSecTime — 设备当前时间，自1970.1.1零时至今的秒数: the device clock in UNIX
    /// seconds; a string on the wire (1.4.4.1.6).
    #[serde(
        default,
        with = "crate::api::device_config::text::opt_int_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub current_sec_time: Option<i64>,
}

impl DeviceCurrentTime {
    /// The device clock as a UTC instant, when present and representable.
    pub fn time(&self) -> Option<DateTime<Utc>> {
        self.current_sec_time
            .and_then(|s| DateTime::<Utc>::from_timestamp(s, 0))
    }
}
