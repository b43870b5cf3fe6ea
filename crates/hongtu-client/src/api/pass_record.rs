//! 通行记录 — pass records: who passed (or was refused at) which door, when and how
//! (hongtu-aiot-openapi.txt, module 通行记录 1.1).
//!
//! The same record is pushed to subscribers (pass-record callback, busiType 5); those
//! payloads are typed with the callbacks.

use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_page, impl_paged};
use crate::dict::{
    DeviceModel, DeviceStatus, HealthyState, LivenessType, MaskType, PassType, PersonType,
    RecognitionType, TemperatureType, VerificationMode, VisitType,
};
use crate::envelope::PageData;

/// Default page size of [`ListPassRecords`] (分页大小，不传默认20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

client_core::int_enum! {
    /// 健康码通行结果 — health-code check result of a pass (通行记录 1.1.3
    /// `healthkitPasstype`).
    pub enum HealthkitPassType {
        /// 未通过 — failed.
        Failed = 0,
        /// 通过 — passed.
        Passed = 1,
        /// 未使用 — not used.
        NotUsed = 2,
    }
}

/// 查询通行记录列表 — pass records, filtered (通行记录 1.1). Paged, default page size 20.
///
/// The time bounds are sent as `"yyyy-MM-dd HH:mm:ss"` (box-local time); the box
/// also accepts epoch milliseconds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListPassRecords {
    /// 当前页码 — page number, default 1 (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 — page size, default 20 (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 人员uuid — person uuid (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 人员姓名 — person name, fuzzy match (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 员工编码 — employee code (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
    /// 受访人员姓名 — visited person's name, fuzzy match (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_person_name: Option<String>,
    /// 设备uuid列表 — devices (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuids: Option<Vec<String>>,
    /// 设备名称 — device name, fuzzy match (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备位置 — device location, fuzzy match (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_location: Option<String>,
    /// 识别人员类型 — 1 employee, 2 normal visitor, 3 key person, 4 stranger,
    /// 5 unrecognised, 6 VIP visitor (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognition_type: Option<RecognitionType>,
    /// 验证类型 — 0 face, 1 face or card, 2 face and card, 3 face and password,
    /// 4 remote opening, 5 QR code (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_mode: Option<VerificationMode>,
    /// 通行类型 — 0 not passed, 1 passed, 2 composite authentication failed (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_type: Option<PassType>,
    /// 活体结果 — 0 not live, 1 live (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liveness_type: Option<LivenessType>,
    /// 开始时间（包含）— passes at or after, `yyyy-MM-dd HH:mm:ss` (1.1.2).
    #[serde(
        default,
        with = "crate::api::door_alarm::alarm_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_pass_time: Option<NaiveDateTime>,
    /// 结束时间（不包含）— passes before, `yyyy-MM-dd HH:mm:ss` (1.1.2).
    #[serde(
        default,
        with = "crate::api::door_alarm::alarm_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_pass_time: Option<NaiveDateTime>,
    /// 口罩状态 — 0 not detected, 1 worn, 2 not worn (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask_type: Option<MaskType>,
    /// 健康码状态 — 0 green, 1 yellow, 2 red, 3 unknown, 4 timeout (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthy_state: Option<HealthyState>,
}

impl ListPassRecords {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)?;
        if let (Some(start), Some(end)) = (self.start_pass_time, self.end_pass_time) {
            if end <= start {
                return Err(Error::invalid(
                    path,
                    "endPassTime (exclusive) must be after startPassTime",
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(ListPassRecords => PageData<PassRecord>, POST "/v1/api/pass_record/list", read, validate);
impl_paged!(ListPassRecords, PassRecord, DEFAULT_PAGE_SIZE);

/// One pass record (通行记录 1.1.3). Every member is optional in the seed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PassRecord {
    /// 人员uuid — person uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 人员姓名 — person name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 人员类型 — person type (data dictionary 1.2.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<PersonType>,
    /// 员工编码 — employee code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
    /// 访客类型 — visitor type (data dictionary 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_type: Option<VisitType>,
    /// 访问人员的uuid — visited person's uuid (wire name `visitPeronUuid`, sic).
    #[serde(
        rename = "visitPeronUuid",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visit_person_uuid: Option<String>,
    /// 访问人员的类型 — visited person's type: 1 employee, 2 visitor, 3 key person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_person_type: Option<PersonType>,
    /// 访问人员的员工编码 — visited person's employee code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_person_code: Option<String>,
    /// 访问人员的姓名 — visited person's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_person_name: Option<String>,
    /// 来访原因 — reason of the visit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_reason: Option<String>,
    /// 访客单位 — visitor's company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_firm: Option<String>,
    /// 访客车牌 — visitor's number plate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_num_plate: Option<String>,
    /// device set的uuid — device set uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_set_uuid: Option<String>,
    /// 抓拍设备的uuid — capturing device uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<String>,
    /// 抓拍设备的名称 — capturing device name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 抓拍设备的位置 — capturing device location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_location: Option<String>,
    /// 设备型号 — capturing device model (data dictionary 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<DeviceModel>,
    /// 抓拍设备在抓拍时的状态 — device state at capture time: 0 not activated,
    /// 1 online unbound, 2 offline unbound, 3 online, 4 offline, 5 unbinding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<DeviceStatus>,
    /// 识别人员类型 — 1 employee, 2 visitor, 3 key person, 4 stranger, 5 unrecognised,
    /// 6 VIP visitor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognition_type: Option<RecognitionType>,
    /// 验证类型 — verification mode (0 face … 4 remote opening, 5 QR code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_mode: Option<VerificationMode>,
    /// 通行类型 — 0 not passed, 1 passed, 2 composite authentication failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_type: Option<PassType>,
    /// 活体结果 — 0 not live, 1 live, 2 unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liveness_type: Option<LivenessType>,
    /// 识别分数 — recognition score.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub recognition_score: Option<f64>,
    /// 活体分数 — liveness score.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub liveness_score: Option<f64>,
    /// 抓拍时间 — capture time, ISO 8601 with offset (e.g. `2020-04-15T17:16:20+08:00`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_time: Option<DateTime<FixedOffset>>,
    /// 本条识别记录的uuid — record id (a numeric string such as `"44467"`).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub uuid: Option<String>,
    /// 人员底库图片url — enrolled photo URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_image_url: Option<String>,
    /// 抓拍图url — snapshot URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_url: Option<String>,
    /// 抓拍时间 — capture time, epoch milliseconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub pass_timestamp: Option<DateTime<Utc>>,
    /// 识别人员类型的描述 — recognition type text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognition_type_desc: Option<String>,
    /// 验证类型的描述 — verification mode text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_mode_desc: Option<String>,
    /// 通行类型的描述 — pass type text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_type_desc: Option<String>,
    /// 人体温度 — body temperature, °C (0.0 when not measured).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub temperature: Option<f64>,
    /// 人体高温状态 — 0 not detected, 1 normal, 2 high.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_type: Option<TemperatureType>,
    /// 人体高温状态的描述 — temperature state text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_type_desc: Option<String>,
    /// 口罩状态 — 0 not detected, 1 worn, 2 not worn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask_type: Option<MaskType>,
    /// 口罩状态的描述 — mask state text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask_type_desc: Option<String>,
    /// 健康码状态 — 0 green, 1 yellow, 2 red, 3 unknown, 4 timeout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthy_state: Option<HealthyState>,
    /// 健康码通行结果 — 0 failed, 1 passed, 2 not used (wire name `healthkitPasstype`).
    #[serde(
        rename = "healthkitPasstype",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub healthkit_pass_type: Option<HealthkitPassType>,
    /// 个性签名 — personal signature (none for strangers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autograph: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::{Endpoint, Paged};

    #[test]
    fn path_paging_and_times() {
        assert_eq!(ListPassRecords::PATH, "/v1/api/pass_record/list");
        assert_eq!(ListPassRecords::METHOD, http::Method::POST);
        let mut req = ListPassRecords::default();
        assert_eq!(req.page_size(), 20);
        req.set_page(client_core::PageRequest { index: 0, size: 10 });
        let t = NaiveDateTime::parse_from_str("2021-05-24 14:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
        req.start_pass_time = Some(t);
        req.end_pass_time = Some(t);
        assert!(req.validate().is_err());
        req.end_pass_time = Some(t + chrono::Duration::days(1));
        assert!(req.validate().is_ok());
        let v: serde_json::Value =
            serde_json::from_slice(&req.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"pageNum": 1, "pageSize": 10,
                "startPassTime": "2021-05-24 14:00:00", "endPassTime": "2021-05-25 14:00:00"})
        );
    }

    #[test]
    fn iso_pass_time() {
        let r: PassRecord = serde_json::from_str(
            r#"{"passTime":"2021-05-24T14:13:10.298+08:00","uuid":44467,"healthkitPasstype":2}"#,
        )
        .unwrap();
        assert_eq!(r.pass_time.unwrap().timestamp_millis(), 1621836790298);
        assert_eq!(r.uuid.as_deref(), Some("44467"));
        assert_eq!(r.healthkit_pass_type, Some(HealthkitPassType::NotUsed));
    }
}
