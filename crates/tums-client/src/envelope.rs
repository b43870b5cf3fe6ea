//! The TUMS response envelope (tums-open-api.txt 1.3.3 返回参数).
//!
//! `{"error_code": int, "msg": string, "result": any, "failList": array}` — `error_code`
//! is snake_case, everything else camelCase; 0 means success.

use serde::{Deserialize, Serialize};

/// The response envelope around every TUMS answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>", serialize = "T: Serialize"))]
pub struct Envelope<T> {
    /// 错误码 — 0 on success, a negative code otherwise (1.5 错误码).
    #[serde(with = "client_core::lenient::int")]
    pub error_code: i64,
    /// 错误信息 — sent only when `error_code` ≠ 0; may be English. Never match on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// 返回结果 — the payload (absent for operations that return nothing). The seed's
    /// examples sometimes write the key as `"result "` (1.4.9.5/7).
    #[serde(default, alias = "result ", skip_serializing_if = "Option::is_none")]
    pub result: Option<T>,
    /// 失败列表 — per-item failures of a batch operation.
    #[serde(rename = "failList", default, skip_serializing_if = "Option::is_none")]
    pub fail_list: Option<Vec<FailItem>>,
}

/// One failed item of a batch operation (failList). Items echo the locator of the
/// failed element plus an error code.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FailItem {
    /// 设备二维码 — device QR code (qrCode), when the item was a device.
    #[serde(default, alias = "qrcode", skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备 MAC — device MAC, when the item was a device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道号 — channel id, for video child devices.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 子设备 MAC — network child device MAC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_mac: Option<String>,
    /// 策略 ID — the policy, for batchDeletePolicy (2026 edition 1.4.1.3).
    #[serde(rename = "policyId", default, skip_serializing_if = "Option::is_none")]
    pub policy_id: Option<String>,
    /// 唯一标识 — uuid of the failed element, where the item is not a device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 报警类型 — alarm type, for alarm batch operations.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_type: Option<i64>,
    /// 错误码 — the item's error code (the tables write `error_code`, 1.4.3.7's example
    /// writes `errorCode`).
    #[serde(
        rename = "error_code",
        alias = "errorCode",
        with = "client_core::lenient::int",
        default
    )]
    pub error_code: i64,
    /// 错误信息 — may be null (`errorMsg` in 2026 edition 1.4.1.3).
    #[serde(default, alias = "errorMsg", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Members this struct does not name, kept as received (the 2026 edition's
    /// `taskId`, `taskName`, `devInfo`, `devName`, `userId`, `audioHash`…).
    #[serde(flatten)]
    pub other: std::collections::BTreeMap<String, serde_json::Value>,
}

/// A `start`/`limit` page: `{total, list}` (1.4.2.8 and every paged endpoint).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>", serialize = "T: Serialize"))]
pub struct PagedList<T> {
    /// 总数 — total number of items.
    #[serde(with = "client_core::lenient::int", default)]
    pub total: i64,
    /// 列表 — this page's items.
    #[serde(default = "Vec::new")]
    pub list: Vec<T>,
}
