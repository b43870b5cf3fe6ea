//! 运维管理 — the appliance's own identity: name, model, software version
//! (hongtu-aiot-openapi.txt, module 运维管理 1.1).

use serde::{Deserialize, Serialize};

/// 查询设备信息 — the box's name, model and system version
/// (`GET /v1/api/device/info`, no parameters, 运维管理 1.1). The answer's envelope
/// also carries an undocumented `time_used` (seconds, float), ignored here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplianceInfoQuery {}

client_core::endpoint!(ApplianceInfoQuery => ApplianceInfo, GET "/v1/api/device/info", read, empty);

/// The box identity (运维管理 1.1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ApplianceInfo {
    /// 设备名称 (`name`) — e.g. `AIoT视图综合应用一体机`.
    #[serde(default)]
    pub name: String,
    /// 设备型号 (`type`) — model, e.g. `MegCube-HAL3004-4S2`.
    #[serde(rename = "type", default)]
    pub model: String,
    /// 系统版本 (`version`) — e.g. `V1.0.2.0`.
    #[serde(default)]
    pub version: String,
}
