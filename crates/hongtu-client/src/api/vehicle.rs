//! 车辆基础信息 — the registered-vehicle library (plates, owners), used by vehicle
//! control rules and vehicle recognition (hongtu-aiot-openapi.txt, module 车辆基础信息
//! 1.1–1.5).
//!
//! Uuid members are spelled `vehicleUuId`/`personUuId` on the wire. Plate and body
//! colours are free Chinese text here (`"白色"`, `"蓝"`), unlike the recognition
//! records, which use the dictionary codes.

use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_page, impl_paged};
pub use crate::dict::{BasicsPlateType, BasicsVehicleType, PersonType};
use crate::envelope::PageData;

/// Default `pageSize` of [`ListVehicles`] (车辆基础信息 1.1.2: 默认每页大小20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

/// Checks the documented formats of the writable vehicle members
/// (车辆基础信息 1.3.2, 1.4.2). Empty optional text counts as "not set".
fn check_vehicle_fields(path: &str, v: &VehicleFields<'_>) -> Result<(), Error> {
    let n = v.plate_number.chars().count();
    if !(1..=16).contains(&n) {
        return Err(Error::invalid(
            path,
            format!("plateNumber must be 1..=16 characters, got {n}"),
        ));
    }
    if let Some(c) = v.plate_number.chars().find(|c| !c.is_alphanumeric()) {
        return Err(Error::invalid(
            path,
            format!("plateNumber may contain only digits, Chinese and English letters, got {c:?}"),
        ));
    }
    for (name, value) in [
        ("plateColor", v.plate_color),
        ("vehicleColor", v.vehicle_color),
    ] {
        if let Some(text) = value {
            let n = text.chars().count();
            if n > 8 {
                return Err(Error::invalid(
                    path,
                    format!("{name} must be 0..=8 characters, got {n}"),
                ));
            }
            if let Some(c) = text.chars().find(|c| !is_cjk(*c)) {
                return Err(Error::invalid(
                    path,
                    format!("{name} may contain only Chinese characters, got {c:?}"),
                ));
            }
        }
    }
    if let Some(d) = v.describe {
        let n = d.chars().count();
        if n > 255 {
            return Err(Error::invalid(
                path,
                format!("describe must be 0..=255 characters, got {n}"),
            ));
        }
    }
    if let Some(t) = v.person_telephone.filter(|t| !t.is_empty()) {
        if !(6..=18).contains(&t.len()) || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::invalid(
                path,
                format!("personTelephone must be 6..=18 digits, got {t:?}"),
            ));
        }
    }
    if let Some(u) = v.unique_identify.filter(|u| !u.is_empty()) {
        if u.len() > 16 || !u.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::invalid(
                path,
                format!("uniqueIdentify must be at most 16 digits, got {u:?}"),
            ));
        }
    }
    Ok(())
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

struct VehicleFields<'a> {
    plate_number: &'a str,
    plate_color: Option<&'a str>,
    vehicle_color: Option<&'a str>,
    describe: Option<&'a str>,
    person_telephone: Option<&'a str>,
    unique_identify: Option<&'a str>,
}

// ---------------------------------------------------------------------------
// 1.1 车辆基础信息列表
// ---------------------------------------------------------------------------

/// 车辆基础信息列表 — list registered vehicles, paged (`POST /v1/api/vehicle/list`,
/// 车辆基础信息 1.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListVehicles {
    /// 车辆号码 (`plateNumber`) — plate filter; optional (车辆基础信息 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
    /// 车牌类型 (`plateType`) — 1 标准民用车与军用车, 2 006车, 3 警车, 4 军用车双行尾牌,
    /// 5 使馆车, 6 农用车, 7 摩托车, 8 新能源车 (数据字典 1.10.21); optional
    /// (车辆基础信息 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_type: Option<BasicsPlateType>,
    /// 基础车辆类型 (`vehicleType`) — (数据字典 1.10.22); optional (车辆基础信息 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<BasicsVehicleType>,
    /// 车主唯一uuId (`personUuId`) — owner filter; optional (车辆基础信息 1.1.2).
    #[serde(
        rename = "personUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub person_uuid: Option<String>,
    /// 查询页码 (`pageNum`) — optional, default 1 (车辆基础信息 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 页面大小 (`pageSize`) — optional, default 20 (车辆基础信息 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

/// A registered vehicle: an item of [`ListVehicles`] (`list[]`, 车辆基础信息 1.1.3) and
/// the answer of [`GetVehicle`] (车辆基础信息 1.5.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VehicleInfo {
    /// 车辆唯一uuId (`vehicleUuId`) — vehicle uuid; required (车辆基础信息 1.1.3).
    #[serde(rename = "vehicleUuId", default)]
    pub vehicle_uuid: String,
    /// 车辆号码 (`plateNumber`) — plate number; required (车辆基础信息 1.1.3).
    #[serde(default)]
    pub plate_number: String,
    /// 车牌基础类型 (`plateType`) — (数据字典 1.10.21); optional (车辆基础信息 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_type: Option<BasicsPlateType>,
    /// 车牌类型信息 (`plateTypeMsg`) — plate type as text; optional (车辆基础信息 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_type_msg: Option<String>,
    /// 车牌颜色 (`plateColor`) — plate colour as free text, e.g. "白色"; optional
    /// (车辆基础信息 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_color: Option<String>,
    /// 基础车辆类型 (`vehicleType`) — (数据字典 1.10.22); optional (车辆基础信息 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<BasicsVehicleType>,
    /// 车辆类型信息 (`vehicleTypeMsg`) — vehicle type as text, e.g. "小型车"; optional
    /// (车辆基础信息 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type_msg: Option<String>,
    /// 车身颜色 (`vehicleColor`) — body colour as free text; optional
    /// (车辆基础信息 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_color: Option<String>,
    /// 描述 (`describe`) — description; optional (车辆基础信息 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub describe: Option<String>,
    /// 车主唯一uuId (`personUuId`) — owner uuid; optional (车辆基础信息 1.1.3).
    #[serde(
        rename = "personUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub person_uuid: Option<String>,
    /// 车主姓名 (`personName`) — owner name; optional (车辆基础信息 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 手机号码 (`personTelephone`) — owner phone; optional (车辆基础信息 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_telephone: Option<String>,
    /// 唯一标识 (`uniqueIdentify`) — owner's unique identifier; optional
    /// (车辆基础信息 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_identify: Option<String>,
    /// 车主类型 (`personType`) — owner type: 1 员工, 2 访客, 3 重点人员
    /// (数据字典 1.2.1); optional (车辆基础信息 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<PersonType>,
    /// 车主类型描述 (`personTypeMsg`) — owner type as text; optional
    /// (车辆基础信息 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_type_msg: Option<String>,
}

impl ListVehicles {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListVehicles => PageData<VehicleInfo>, POST "/v1/api/vehicle/list", read, validate);

impl_paged!(ListVehicles, VehicleInfo, DEFAULT_PAGE_SIZE);

// ---------------------------------------------------------------------------
// 1.2 车辆基础信息批量删除
// ---------------------------------------------------------------------------

/// 车辆基础信息批量删除 — delete registered vehicles
/// (`POST /v1/api/vehicle/batchDelete`, 车辆基础信息 1.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteVehicles {
    /// 车辆唯一uuid集合 (`vehicleUuIdList`) — required (车辆基础信息 1.2.2).
    #[serde(rename = "vehicleUuIdList")]
    pub vehicle_uuids: Vec<String>,
}

/// Answer of [`DeleteVehicles`] (车辆基础信息 1.2.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteVehiclesResult {
    /// 批量删除车辆成功返回体 (`successVehicles`) — deleted vehicles; optional
    /// (车辆基础信息 1.2.3).
    #[serde(default)]
    pub success_vehicles: Vec<VehicleItemResult>,
    /// 批量删除车辆失败返回体 (`failVehicles`) — vehicles not deleted, with the reason;
    /// optional (车辆基础信息 1.2.3).
    #[serde(default)]
    pub fail_vehicles: Vec<VehicleItemResult>,
}

/// One item of [`DeleteVehiclesResult`] (车辆基础信息 1.2.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VehicleItemResult {
    /// 车辆唯一uuid (`vehicleUuId`) — optional (车辆基础信息 1.2.3).
    #[serde(
        rename = "vehicleUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vehicle_uuid: Option<String>,
    /// 异常原因 (`msg`) — failure reason; failures only (车辆基础信息 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// 异常码 (`code`) — failure code; failures only (车辆基础信息 1.2.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<i64>,
}

impl DeleteVehicles {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.vehicle_uuids.is_empty() {
            return Err(Error::invalid(path, "vehicleUuIdList must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(DeleteVehicles => DeleteVehiclesResult, POST "/v1/api/vehicle/batchDelete", write, validate);

// ---------------------------------------------------------------------------
// 1.3 车辆基础信息批量新增
// ---------------------------------------------------------------------------

/// 车辆基础信息批量新增 — register vehicles (`POST /v1/api/vehicle/batchAdd`,
/// 车辆基础信息 1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AddVehicles {
    /// 车辆批量新增请求体 (`addVehicleBeans`) — the vehicles; required
    /// (车辆基础信息 1.3.2).
    #[serde(rename = "addVehicleBeans")]
    pub vehicles: Vec<NewVehicle>,
}

/// A vehicle to register (`addVehicleBeans[]`, 车辆基础信息 1.3.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewVehicle {
    /// 车辆号码 (`plateNumber`) — 1–16 characters, digits and Chinese/English letters
    /// only; required (车辆基础信息 1.3.2).
    pub plate_number: String,
    /// 车牌基础类型 (`plateType`) — (数据字典 1.10.21); optional (车辆基础信息 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_type: Option<BasicsPlateType>,
    /// 车牌颜色 (`plateColor`) — 0–8 Chinese characters, e.g. "白"; optional
    /// (车辆基础信息 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_color: Option<String>,
    /// 基础车辆类型 (`vehicleType`) — (数据字典 1.10.22); optional (车辆基础信息 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<BasicsVehicleType>,
    /// 车辆颜色 (`vehicleColor`) — 0–8 Chinese characters; optional
    /// (车辆基础信息 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_color: Option<String>,
    /// 描述 (`describe`) — 0–255 characters; optional (车辆基础信息 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub describe: Option<String>,
    /// 车主唯一uuId (`personUuId`) — owner; optional (车辆基础信息 1.3.2).
    #[serde(
        rename = "personUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub person_uuid: Option<String>,
    /// 手机号码 (`personTelephone`) — 6–18 digits; optional (车辆基础信息 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_telephone: Option<String>,
    /// 用户唯一标识 (`uniqueIdentify`) — at most 16 digits; optional
    /// (车辆基础信息 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_identify: Option<String>,
}

impl NewVehicle {
    /// A vehicle with only its plate number.
    pub fn new(plate_number: impl Into<String>) -> Self {
        Self {
            plate_number: plate_number.into(),
            ..Default::default()
        }
    }

    fn fields(&self) -> VehicleFields<'_> {
        VehicleFields {
            plate_number: &self.plate_number,
            plate_color: self.plate_color.as_deref(),
            vehicle_color: self.vehicle_color.as_deref(),
            describe: self.describe.as_deref(),
            person_telephone: self.person_telephone.as_deref(),
            unique_identify: self.unique_identify.as_deref(),
        }
    }
}

/// Answer of [`AddVehicles`] (车辆基础信息 1.3.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddVehiclesResult {
    /// 批量新增车辆成功返回体 (`successVehicles`) — registered vehicles with their new
    /// uuid; optional (车辆基础信息 1.3.3).
    #[serde(default)]
    pub success_vehicles: Vec<VehicleAddResult>,
    /// 批量新增车辆失败返回体 (`failVehicles`) — rejected vehicles with `msg`/`code`;
    /// optional (车辆基础信息 1.3.3).
    #[serde(default)]
    pub fail_vehicles: Vec<VehicleAddResult>,
}

/// One registered or rejected vehicle, echoing the input (车辆基础信息 1.3.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VehicleAddResult {
    /// 车辆新增返回唯一uuid (`vehicleUuId`) — the new vehicle uuid (车辆基础信息 1.3.3).
    #[serde(
        rename = "vehicleUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vehicle_uuid: Option<String>,
    /// The vehicle as sent (`plateNumber`, `plateType`, `plateColor`, `vehicleType`,
    /// `vehicleColor`, `describe`, `personUuId`, `personTelephone`, `uniqueIdentify`;
    /// 车辆基础信息 1.3.3).
    #[serde(flatten)]
    pub vehicle: NewVehicleEcho,
    /// 异常原因 (`msg`) — failure reason; failures only (车辆基础信息 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// 异常码 (`code`) — failure code; failures only (车辆基础信息 1.3.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<i64>,
}

/// The input members echoed in a [`VehicleAddResult`] (车辆基础信息 1.3.3); all
/// optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewVehicleEcho {
    /// 车辆号码 (`plateNumber`) — plate number (车辆基础信息 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
    /// 车牌基础类型 (`plateType`) — (数据字典 1.10.21) (车辆基础信息 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_type: Option<BasicsPlateType>,
    /// 车牌颜色 (`plateColor`) — free text (车辆基础信息 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_color: Option<String>,
    /// 基础车辆类型 (`vehicleType`) — (数据字典 1.10.22) (车辆基础信息 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<BasicsVehicleType>,
    /// 车辆颜色 (`vehicleColor`) — free text (车辆基础信息 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_color: Option<String>,
    /// 描述 (`describe`) — description (车辆基础信息 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub describe: Option<String>,
    /// 车主唯一uuId (`personUuId`) — owner (车辆基础信息 1.3.3).
    #[serde(
        rename = "personUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub person_uuid: Option<String>,
    /// 手机号码 (`personTelephone`) — owner phone (车辆基础信息 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_telephone: Option<String>,
    /// 用户指定唯一标识 (`uniqueIdentify`) — owner's identifier (车辆基础信息 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_identify: Option<String>,
}

impl AddVehicles {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.vehicles.is_empty() {
            return Err(Error::invalid(path, "addVehicleBeans must not be empty"));
        }
        self.vehicles
            .iter()
            .try_for_each(|v| check_vehicle_fields(path, &v.fields()))
    }
}

client_core::endpoint!(AddVehicles => AddVehiclesResult, POST "/v1/api/vehicle/batchAdd", write, validate);

// ---------------------------------------------------------------------------
// 1.4 车辆基础信息更新
// ---------------------------------------------------------------------------

/// 车辆基础信息更新 — update a registered vehicle (`POST /v1/api/vehicle/update`,
/// 车辆基础信息 1.4). Returns no data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateVehicle {
    /// 车辆更新唯一uuid (`vehicleUuId`) — the vehicle; required (车辆基础信息 1.4.2).
    #[serde(rename = "vehicleUuId")]
    pub vehicle_uuid: String,
    /// The new values (`plateNumber` required; `plateType`, `plateColor`,
    /// `vehicleType`, `vehicleColor`, `describe`, `personUuId`, `personTelephone`,
    /// `uniqueIdentify` optional, same formats as [`NewVehicle`]; 车辆基础信息 1.4.2).
    #[serde(flatten)]
    pub vehicle: NewVehicle,
}

impl UpdateVehicle {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.vehicle_uuid.trim().is_empty() {
            return Err(Error::invalid(path, "vehicleUuId is required"));
        }
        check_vehicle_fields(path, &self.vehicle.fields())
    }
}

client_core::endpoint!(UpdateVehicle => Ack, POST "/v1/api/vehicle/update", write, validate);

// ---------------------------------------------------------------------------
// 1.5 车辆基础详情信息
// ---------------------------------------------------------------------------

/// 车辆基础详情信息 — one registered vehicle (`POST /v1/api/vehicle/query`,
/// 车辆基础信息 1.5).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetVehicle {
    /// 车辆唯一uuid (`vehicleUuId`) — required (车辆基础信息 1.5.2).
    #[serde(rename = "vehicleUuId")]
    pub vehicle_uuid: String,
}

impl GetVehicle {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.vehicle_uuid.trim().is_empty() {
            return Err(Error::invalid(path, "vehicleUuId is required"));
        }
        Ok(())
    }
}

client_core::endpoint!(GetVehicle => VehicleInfo, POST "/v1/api/vehicle/query", read, validate);

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    use client_core::{PageRequest, Paged};
    #[allow(unused_imports)]
    use http::Method;

    fn meta<E: Endpoint>() -> (Method, &'static str, bool) {
        (E::METHOD, E::PATH, E::IDEMPOTENT)
    }

    #[test]
    fn methods_and_paths() {
        let p = Method::POST;
        assert_eq!(
            meta::<ListVehicles>(),
            (p.clone(), "/v1/api/vehicle/list", true)
        );
        assert_eq!(
            meta::<DeleteVehicles>(),
            (p.clone(), "/v1/api/vehicle/batchDelete", false)
        );
        assert_eq!(
            meta::<AddVehicles>(),
            (p.clone(), "/v1/api/vehicle/batchAdd", false)
        );
        assert_eq!(
            meta::<UpdateVehicle>(),
            (p.clone(), "/v1/api/vehicle/update", false)
        );
        assert_eq!(meta::<GetVehicle>(), (p, "/v1/api/vehicle/query", true));
    }

    #[test]
    fn vehicle_field_rules() {
        let ok = |v: NewVehicle| AddVehicles { vehicles: vec![v] }.validate().is_ok();
        assert!(ok(NewVehicle::new("湘Q93202")));
        assert!(!ok(NewVehicle::new("")));
        assert!(!ok(NewVehicle::new("A".repeat(17))));
        assert!(!ok(NewVehicle::new("湘Q-93202")));
        let colour = |c: &str| NewVehicle {
            plate_color: Some(c.into()),
            ..NewVehicle::new("A1")
        };
        assert!(ok(colour("白")));
        assert!(ok(colour("")));
        assert!(!ok(colour("white")));
        assert!(!ok(colour(&"白".repeat(9))));
        let phone = |t: &str| NewVehicle {
            person_telephone: Some(t.into()),
            ..NewVehicle::new("A1")
        };
        assert!(ok(phone("18909090909")));
        assert!(ok(phone("")));
        assert!(!ok(phone("12345")));
        assert!(!ok(phone("1890909090x")));
        let uid = |u: &str| NewVehicle {
            unique_identify: Some(u.into()),
            ..NewVehicle::new("A1")
        };
        assert!(ok(uid("101010")));
        assert!(!ok(uid(&"1".repeat(17))));
        let desc = NewVehicle {
            describe: Some("d".repeat(256)),
            ..NewVehicle::new("A1")
        };
        assert!(!ok(desc));
        assert!(AddVehicles::default().validate().is_err());
        assert!(DeleteVehicles::default().validate().is_err());
        assert!(GetVehicle::default().validate().is_err());
    }

    #[test]
    fn update_flattens() {
        let up = UpdateVehicle {
            vehicle_uuid: "v".into(),
            vehicle: NewVehicle::new("A1"),
        };
        let v = serde_json::to_value(&up).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"vehicleUuId": "v", "plateNumber": "A1"})
        );
        assert!(up.validate().is_ok());
    }

    #[test]
    fn paging() {
        let mut req = ListVehicles::default();
        assert_eq!(req.page_size(), 20);
        req.set_page(PageRequest { index: 0, size: 20 });
        assert_eq!(req.page_num, Some(1));
    }
}
