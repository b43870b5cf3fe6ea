//! 考勤设备管理 — attendance devices: a subset of the door-point devices (panels,
//! smart and network cameras) used for attendance (hongtu-aiot-openapi.txt, module
//! 考勤设备管理 1.1–1.3). Devices must be deployed before they record attendance.

use client_core::validate;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::time_plan::UuidBatchResult;
use crate::api::util::{check_page, impl_paged};
use crate::dict::{DeviceModel, DeviceType};
use crate::envelope::PageData;

/// Default page size of [`ListAttendanceDevices`] (分页大小，不传默认20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

/// 批量删除考勤设备 — remove attendance devices (考勤设备管理 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteAttendanceDevices {
    /// 考勤设备uuids — attendance device uuids (at least one) (1.1.2).
    pub uuids: Vec<String>,
}

impl DeleteAttendanceDevices {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::non_empty(path, "uuids", &self.uuids)
    }
}

client_core::endpoint!(DeleteAttendanceDevices => UuidBatchResult, POST "/v1/api/attendance/device/batchDelete", write, validate);

/// 批量添加考勤设备 — make door-point devices attendance devices (考勤设备管理 1.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AddAttendanceDevices {
    /// 门禁点设备uuids — door-point device uuids (at least one) (1.2.2).
    pub uuids: Vec<String>,
}

impl AddAttendanceDevices {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::non_empty(path, "uuids", &self.uuids)
    }
}

client_core::endpoint!(AddAttendanceDevices => AddAttendanceDevicesResult, POST "/v1/api/attendance/device/batchAdd", write, validate);

/// Batch result of [`AddAttendanceDevices`] (考勤设备管理 1.2.3).
pub type AddAttendanceDevicesResult = crate::envelope::BatchResult<AttendanceDeviceOutcome>;

/// One entry of [`AddAttendanceDevicesResult`] (考勤设备管理 1.2.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceDeviceOutcome {
    /// 门禁点设备uuid — the door-point device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 考勤设备uuid — the new attendance device (always present on success).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance_device_uuid: Option<String>,
    /// 结果状态码 — result code.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<i64>,
    /// 结果信息 — result message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
}

/// 考勤设备列表查询 — attendance devices (考勤设备管理 1.3). Paged, default page size 20.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListAttendanceDevices {
    /// 当前页码 — page number, default 1 (1.3.2; the example sends `"1"`).
    #[serde(default, with = "opt_u64", skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 — page size, default 20 (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 设备名称 — name, fuzzy match (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 设备位置 — location, fuzzy match (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// 设备类型 — 1 smart camera, 2 smart panel, 4 network camera (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceType>,
    /// 设备型号 — device model (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<DeviceModel>,
}

/// `Option<u64>` from a number or numeric string; serialized as a number.
mod opt_u64 {
    use serde::{Deserializer, Serializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
        match client_core::lenient::opt_int::deserialize(d)? {
            None => Ok(None),
            Some(n) => u64::try_from(n)
                .map(Some)
                .map_err(|_| serde::de::Error::custom(format!("expected a page number, got {n}"))),
        }
    }

    pub fn serialize<S: Serializer>(v: &Option<u64>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(n) => s.serialize_u64(*n),
            None => s.serialize_none(),
        }
    }
}

impl ListAttendanceDevices {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListAttendanceDevices => PageData<AttendanceDevice>, POST "/v1/api/attendance/device/list", read, validate);
impl_paged!(ListAttendanceDevices, AttendanceDevice, DEFAULT_PAGE_SIZE);

/// One attendance device (考勤设备管理 1.3.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceDevice {
    /// 考勤设备uuid — attendance device uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 考勤设备名称 — name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 设备位置 — location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// 设备类型 — 1 smart camera, 2 smart panel, 4 network camera.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceType>,
    /// 设备型号 — device model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<DeviceModel>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::{Endpoint, Paged};

    #[test]
    fn paths_validation_paging() {
        assert_eq!(
            DeleteAttendanceDevices::PATH,
            "/v1/api/attendance/device/batchDelete"
        );
        assert_eq!(
            AddAttendanceDevices::PATH,
            "/v1/api/attendance/device/batchAdd"
        );
        assert_eq!(
            ListAttendanceDevices::PATH,
            "/v1/api/attendance/device/list"
        );
        assert!(DeleteAttendanceDevices { uuids: vec![] }
            .validate()
            .is_err());
        assert!(AddAttendanceDevices { uuids: vec![] }.validate().is_err());
        assert!(AddAttendanceDevices {
            uuids: vec!["a".into()]
        }
        .validate()
        .is_ok());
        let mut req: ListAttendanceDevices =
            serde_json::from_str(r#"{"pageNum":"1","pageSize":10}"#).unwrap();
        assert_eq!(req.page_num, Some(1));
        assert_eq!(req.page_size(), 10);
        req.set_page(client_core::PageRequest { index: 1, size: 10 });
        let v: serde_json::Value =
            serde_json::from_slice(&req.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v, serde_json::json!({"pageNum": 2, "pageSize": 10}));
    }
}
