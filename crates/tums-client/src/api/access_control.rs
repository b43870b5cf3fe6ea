//! 1.4.19 云门禁 — cloud access control: open or close a door, read a door
//! controller's doors (TUMS 2026-08-31 edition, 1.4.19.1–1.4.19.2).
//!
//! Device-type and project-type applications may call both; the device must be a
//! TP-LINK access-control device on trial or paid service.
//!
//! ```
//! use client_core::Endpoint;
//! use tums_client::api::access_control::*;
//! let open = OperateDoor::by_qr_code("16E0091709B04C926", DoorOperation::Open).door(1);
//! assert!(open.validate().is_ok());
//! assert!(OperateDoor::by_qr_code("", DoorOperation::Open).validate().is_err());
//! ```

use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::check;

client_core::int_enum! {
    /// 操作 — door operation (1.4.19.1 operation).
    pub enum DoorOperation {
        /// 0 — 关门, close.
        Close = 0,
        /// 1 — 开门, open.
        Open = 1,
    }
}

/// 门禁设备开门/关门 — open or close a door (1.4.19.1). Returns nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OperateDoor {
    /// 设备码 — 17-character device code; this or `mac` (qrCode wins when both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — `00-FF-00-17-00-18`; this or `qrCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 操作 — open or close.
    pub operation: DoorOperation,
    /// 门编号 — door controllers: which door, from 0 (default 0; see
    /// [`GetAmsDeviceExtendInfo`]).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub door_num: Option<i64>,
}

impl OperateDoor {
    /// `operation` on the device `qr_code`.
    pub fn by_qr_code(qr_code: impl Into<String>, operation: DoorOperation) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            operation,
            door_num: None,
        }
    }

    /// Chooses the door of a door controller (from 0).
    pub fn door(mut self, door_num: i64) -> Self {
        self.door_num = Some(door_num);
        self
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        client_core::validate::opt_range(path, "doorNum", self.door_num, 0, i64::MAX)
    }
}

client_core::endpoint!(OperateDoor => client_core::Ack, POST "/ams/open/deviceManager/v1/operateDoor", write, validate);

/// 获取门禁设备拓展信息 — the doors of an access-control device (1.4.19.2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetAmsDeviceExtendInfo {
    /// 设备码 — 17-character device code; this or `mac`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — `00-FF-00-17-00-18`; this or `qrCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

impl GetAmsDeviceExtendInfo {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)
    }
}

client_core::endpoint!(GetAmsDeviceExtendInfo => AmsDeviceExtendInfo, POST "/ams/open/deviceManager/v1/getAmsDeviceExtendInfo", read, validate);

/// The answer of [`GetAmsDeviceExtendInfo`] (1.4.19.2 result).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AmsDeviceExtendInfo {
    /// 门禁信息列表 — the doors.
    #[serde(default)]
    pub entrance_info_list: Vec<Door>,
}

/// 门禁 — one door (1.4.19.2 entranceInfoList item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Door {
    /// 门禁编号 — door number, from 0.
    #[serde(default, with = "client_core::lenient::int")]
    pub door_num: i64,
    /// 门禁的名称 — door name.
    #[serde(default)]
    pub name: String,
}
