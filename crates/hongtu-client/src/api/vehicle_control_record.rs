//! 车辆管控记录 — vehicle recognition records produced by vehicle control rules
//! (hongtu-aiot-openapi.txt, module 车辆管控记录 1.1–1.2).
//!
//! Attributes are dictionary codes ([`VehicleType`], [`VehicleColor`], [`PlateColor`],
//! …) each followed by a `…Msg` text; the brand is a code of the vehicle-brand table
//! (see [`crate::dict::vehicle_brand_name`]). Record ids (`vehicleRecordUuId`) are
//! 20-character search ids such as `CfcwoXoBIVSvVy1ORRpP`.

use chrono::{DateTime, Utc};
use client_core::validate;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_page, impl_paged};
pub use crate::dict::{
    PersonType, PlateColor, SpecialOperation, VehicleColor, VehicleFunctional, VehicleIdentityType,
    VehicleType,
};
use crate::envelope::PageData;

/// Default `pageSize` of [`ListVehicleRecords`] (车辆管控记录 1.1.2: 默认每页大小20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

// ---------------------------------------------------------------------------
// 1.1 车辆识别记录列表
// ---------------------------------------------------------------------------

/// 车辆识别记录列表 — vehicle recognition records, paged
/// (`POST /v1/api/vehicle/record/list`, 车辆管控记录 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListVehicleRecords {
    /// 车牌号码 (`plateNumber`) — plate filter; optional (车辆管控记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
    /// 车辆类型 (`vehicleType`) — (数据字典 1.10.13); optional (车辆管控记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<VehicleType>,
    /// 车身颜色 (`vehicleColor`) — (数据字典 1.10.14); optional (车辆管控记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_color: Option<VehicleColor>,
    /// 车牌颜色 (`plateColor`) — (数据字典 1.10.18); optional (车辆管控记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_color: Option<PlateColor>,
    /// 车辆品牌 (`vehicleBrand`) — brand code of the vehicle-brand table
    /// (数据字典 1.10.15, [`crate::dict::vehicle_brand_name`]); optional
    /// (车辆管控记录 1.1.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub vehicle_brand: Option<i64>,
    /// 车辆功能用车 (`vehicleFunctional`) — (数据字典 1.10.20); optional
    /// (车辆管控记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_functional: Option<VehicleFunctional>,
    /// 车辆专项作业 (`specialOperation`) — (数据字典 1.10.16); optional
    /// (车辆管控记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_operation: Option<SpecialOperation>,
    /// 车主姓名 (`personName`) — owner name; optional (车辆管控记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 车主身份 (`personType`) — owner type (数据字典 1.2.1); optional
    /// (车辆管控记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<PersonType>,
    /// 车辆身份 (`vehicleIdentityType`) — (数据字典 1.10.19); optional
    /// (车辆管控记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_identity_type: Option<VehicleIdentityType>,
    /// 设备id集合 (`deviceUuIdList`) — device filter; optional (车辆管控记录 1.1.2).
    #[serde(
        rename = "deviceUuIdList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuids: Option<Vec<String>>,
    /// 开始时间 (`startTime`) — epoch milliseconds on the wire; required
    /// (车辆管控记录 1.1.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub start_time: DateTime<Utc>,
    /// 结束时间 (`endTime`) — epoch milliseconds on the wire; required
    /// (车辆管控记录 1.1.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub end_time: DateTime<Utc>,
    /// 查询页码 (`pageNum`) — optional, default 1 (车辆管控记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 页面大小 (`pageSize`) — optional, default 20 (车辆管控记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl ListVehicleRecords {
    /// Every record between `start_time` and `end_time`, default paging.
    pub fn new(start_time: DateTime<Utc>, end_time: DateTime<Utc>) -> Self {
        Self {
            plate_number: None,
            vehicle_type: None,
            vehicle_color: None,
            plate_color: None,
            vehicle_brand: None,
            vehicle_functional: None,
            special_operation: None,
            person_name: None,
            person_type: None,
            vehicle_identity_type: None,
            device_uuids: None,
            start_time,
            end_time,
            page_num: None,
            page_size: None,
        }
    }
}

/// One record of [`ListVehicleRecords`] (`list[]`, 车辆管控记录 1.1.3). Every member
/// is optional in the seed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VehicleRecord {
    /// 记录唯一uuid (`vehicleRecordUuId`) — record id (车辆管控记录 1.1.3).
    #[serde(
        rename = "vehicleRecordUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vehicle_record_uuid: Option<String>,
    /// 抓拍图 (`cropUrl`) — cropped vehicle image URL (车辆管控记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crop_url: Option<String>,
    /// 车牌号码 (`plateNumber`) — plate number (车辆管控记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
    /// 车主姓名 (`personName`) — owner name (车辆管控记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 车主身份 (`personType`) — owner type (数据字典 1.2.1) (车辆管控记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<PersonType>,
    /// 车主身份 (`personTypeMsg`) — owner type as text (车辆管控记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_type_msg: Option<String>,
    /// 车辆身份 (`vehicleIdentityType`) — (数据字典 1.10.19) (车辆管控记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_identity_type: Option<VehicleIdentityType>,
    /// 车辆身份信息 (`vehicleIdentityMsg`) — vehicle identity as text, e.g. "陌生车辆"
    /// (车辆管控记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_identity_msg: Option<String>,
    /// 设备uuId (`deviceUuId`) — capturing device (车辆管控记录 1.1.3).
    #[serde(
        rename = "deviceUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuid: Option<String>,
    /// 设备名称 (`deviceName`) — device name (车辆管控记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备位置 (`deviceLocation`) — device location (车辆管控记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_location: Option<String>,
    /// 识别时间 (`recognitionTime`) — epoch milliseconds on the wire
    /// (车辆管控记录 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub recognition_time: Option<DateTime<Utc>>,
    /// 基础车辆信息uuId (`vehicleUuId`) — the registered vehicle, if known
    /// (车辆管控记录 1.1.3).
    #[serde(
        rename = "vehicleUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vehicle_uuid: Option<String>,
}

impl ListVehicleRecords {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)?;
        validate::ordered(
            path,
            "startTime",
            &self.start_time,
            "endTime",
            &self.end_time,
        )
    }
}

client_core::endpoint!(ListVehicleRecords => PageData<VehicleRecord>, POST "/v1/api/vehicle/record/list", read, validate);

impl_paged!(ListVehicleRecords, VehicleRecord, DEFAULT_PAGE_SIZE);

// ---------------------------------------------------------------------------
// 1.2 车辆识别记录详情
// ---------------------------------------------------------------------------

/// 车辆识别记录详情 — one vehicle recognition record with all attributes
/// (`POST /v1/api/vehicle/record/query`, 车辆管控记录 1.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetVehicleRecord {
    /// 记录唯一请求uuId (`vehicleRecordUuId`) — required (车辆管控记录 1.2.2).
    #[serde(rename = "vehicleRecordUuId")]
    pub vehicle_record_uuid: String,
}

/// Answer of [`GetVehicleRecord`] (车辆管控记录 1.2.3). Every member is optional in
/// the seed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VehicleRecordDetail {
    /// 记录唯一uuid (`vehicleRecordUuId`) — record id (车辆管控记录 1.2.3).
    #[serde(
        rename = "vehicleRecordUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vehicle_record_uuid: Option<String>,
    /// 抓拍图 (`cropUrl`) — cropped vehicle image URL (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crop_url: Option<String>,
    /// 全景图 (`fullUrl`) — full-scene image URL (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_url: Option<String>,
    /// 车牌号码 (`plateNumber`) — plate number (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
    /// 车辆类型 (`vehicleType`) — (数据字典 1.10.13) (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<VehicleType>,
    /// 车辆类型信息 (`vehicleTypeMsg`) — as text, e.g. "小型轿车" (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type_msg: Option<String>,
    /// 车身颜色 (`vehicleColor`) — (数据字典 1.10.14) (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_color: Option<VehicleColor>,
    /// 车身颜色信息 (`vehicleColorMsg`) — as text (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_color_msg: Option<String>,
    /// 车牌颜色 (`plateColor`) — (数据字典 1.10.18) (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_color: Option<PlateColor>,
    /// 车牌颜色信息 (`plateColorMsg`) — as text (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_color_msg: Option<String>,
    /// 车辆品牌 (`vehicleBrand`) — brand code (数据字典 1.10.15,
    /// [`crate::dict::vehicle_brand_name`]) (车辆管控记录 1.2.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub vehicle_brand: Option<i64>,
    /// 车辆品牌信息 (`vehicleBrandMsg`) — brand as text, e.g. "丰田" (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_brand_msg: Option<String>,
    /// 车辆功能用车 (`vehicleFunctional`) — (数据字典 1.10.20) (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_functional: Option<VehicleFunctional>,
    /// 功能用车信息 (`vehicleFunctionalMsg`) — as text (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_functional_msg: Option<String>,
    /// 车辆专项作业 (`specialOperation`) — (数据字典 1.10.16) (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_operation: Option<SpecialOperation>,
    /// 专项作业信息 (`specialOperationMsg`) — as text (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_operation_msg: Option<String>,
    /// 车主姓名 (`personName`) — owner name (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 车主身份 (`personType`) — owner type (数据字典 1.2.1) (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<PersonType>,
    /// 车主身份信息 (`personTypeMsg`) — as text (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_type_msg: Option<String>,
    /// 车辆身份 (`vehicleIdentityType`) — (数据字典 1.10.19) (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_identity_type: Option<VehicleIdentityType>,
    /// 车辆身份信息 (`vehicleIdentityMsg`) — as text (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_identity_msg: Option<String>,
    /// 设备uuId (`deviceUuId`) — capturing device (车辆管控记录 1.2.3).
    #[serde(
        rename = "deviceUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuid: Option<String>,
    /// 设备名称 (`deviceName`) — device name (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 识别时间 (`recognitionTime`) — epoch milliseconds on the wire
    /// (车辆管控记录 1.2.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub recognition_time: Option<DateTime<Utc>>,
    /// 设备位置 (`deviceLocation`) — device location (车辆管控记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_location: Option<String>,
}

impl VehicleRecordDetail {
    /// The brand name from the seed's vehicle-brand table, if the code is known.
    pub fn brand_name(&self) -> Option<&'static str> {
        self.vehicle_brand.and_then(crate::dict::vehicle_brand_name)
    }
}

impl GetVehicleRecord {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.vehicle_record_uuid.trim().is_empty() {
            return Err(Error::invalid(path, "vehicleRecordUuId is required"));
        }
        Ok(())
    }
}

client_core::endpoint!(GetVehicleRecord => VehicleRecordDetail, POST "/v1/api/vehicle/record/query", read, validate);

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    use client_core::{PageRequest, Paged};
    #[allow(unused_imports)]
    use http::Method;

    fn ms(n: i64) -> DateTime<Utc> {
        DateTime::<Utc>::from_timestamp_millis(n).unwrap()
    }

    #[test]
    fn methods_and_paths() {
        assert_eq!(
            (
                ListVehicleRecords::METHOD,
                ListVehicleRecords::PATH,
                ListVehicleRecords::IDEMPOTENT
            ),
            (Method::POST, "/v1/api/vehicle/record/list", true)
        );
        assert_eq!(
            (
                GetVehicleRecord::METHOD,
                GetVehicleRecord::PATH,
                GetVehicleRecord::IDEMPOTENT
            ),
            (Method::POST, "/v1/api/vehicle/record/query", true)
        );
    }

    #[test]
    fn list_validation_and_paging() {
        let mut req = ListVehicleRecords::new(ms(10), ms(20));
        assert!(req.validate().is_ok());
        assert_eq!(req.page_size(), 20);
        req.set_page(PageRequest { index: 2, size: 20 });
        assert_eq!(req.page_num, Some(3));
        req.vehicle_color = Some(VehicleColor::Black);
        let v = serde_json::to_value(&req).unwrap();
        assert_eq!(v["vehicleColor"], 9);
        assert_eq!(v["startTime"], 10);
        req.end_time = ms(5);
        assert!(req.validate().is_err());
        assert!(GetVehicleRecord::default().validate().is_err());
    }

    #[test]
    fn brand_lookup() {
        let d = VehicleRecordDetail {
            vehicle_brand: Some(1),
            ..Default::default()
        };
        assert_eq!(d.brand_name(), Some("大众"));
        assert_eq!(VehicleRecordDetail::default().brand_name(), None);
    }
}
