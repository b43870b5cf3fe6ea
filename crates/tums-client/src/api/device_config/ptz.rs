//! PTZ and zoom — 1.4.4.25–1.4.4.27. These work only on single-sensor devices or
//! channel 1 of multi-sensor devices.

use serde::{Deserialize, Serialize};

device_request! {
    /// 获取IPC设备是否支持变焦 — whether an IPC can zoom (1.4.4.25).
    pub struct GetDeviceZoomSupport ("1.4.4.25", channel: required) {}
}

target_ctors!(GetDeviceZoomSupport, required);

impl GetDeviceZoomSupport {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetDeviceZoomSupport => ZoomSupport, POST "/vms/open/deviceConfig/v1/getDeviceZoomSupport", read, validate);

/// 是否支持变焦 — result of 1.4.4.25.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ZoomSupport {
    /// 是否支持变焦 — `true`: the IPC supports zoom (1.4.4.25).
    #[serde(default, with = "client_core::lenient::bool")]
    pub zoom_support: bool,
}

device_request! {
    /// 获取云台设备是否支持复位 — whether a PTZ device can return to its origin (1.4.4.26).
    pub struct GetPtzDeviceResetSupport ("1.4.4.26", channel: required) {}
}

target_ctors!(GetPtzDeviceResetSupport, required);

impl GetPtzDeviceResetSupport {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetPtzDeviceResetSupport => PtzResetSupport, POST "/vms/open/deviceConfig/v1/getPtzDeviceResetSupport", read, validate);

/// 是否支持复位 — result of 1.4.4.26.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PtzResetSupport {
    /// 是否支持位置复位 — `true`: the position can be reset (1.4.4.26).
    #[serde(default, with = "client_core::lenient::bool")]
    pub position_reset_support: bool,
}

device_request! {
    /// 控制云台设备回到原点所在位置 — move a PTZ device back to its origin (1.4.4.27).
    pub struct ResetPtzDevicePosition ("1.4.4.27", channel: required) {}
}

target_ctors!(ResetPtzDevicePosition, required);

impl ResetPtzDevicePosition {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(ResetPtzDevicePosition => client_core::Ack, POST "/vms/open/deviceConfig/v1/resetPtzDevicePosition", write, validate);
