//! 人员识别记录 — face recognition records of employees, visitors, key persons and
//! strangers (hongtu-aiot-openapi.txt, module 人员识别记录 1.1–1.2).

use chrono::{DateTime, Utc};
use client_core::validate;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_page, impl_paged};
use crate::envelope::PageData;

/// Default `pageSize` of [`ListRecognitionRecords`] (人员识别记录 1.1.2: 默认10条).
pub const DEFAULT_PAGE_SIZE: u32 = 10;

/// Longest `personName` filter, in characters (人员识别记录 1.1.2: 限制长度40位).
pub const MAX_PERSON_NAME_LEN: usize = 40;

client_core::int_enum! {
    /// 人员类型 (`personTag`) — who was recognised (人员识别记录 1.1.2, 1.1.3;
    /// 人员轨迹 1.1.3). Not in the data dictionary; the seed lists the values inline.
    pub enum PersonTag {
        /// 员工 — employee.
        Employee = 1,
        /// 访客 — visitor.
        Visitor = 2,
        /// 重点人员 — key person.
        KeyPerson = 3,
        /// 未知人员 — unknown person (global stranger).
        UnknownPerson = 4,
        /// 通道陌生人 — channel stranger (a stranger at a pass channel).
        ChannelStranger = 5,
        /// 识别记录 — request only: every recognition record, i.e. 1, 2, 3 and 5 together.
        AllRecognitionRecords = 1235,
    }
}

// ---------------------------------------------------------------------------
// 1.1 员工、访客、重点人员和全局陌生人列表
// ---------------------------------------------------------------------------

/// 员工、访客、重点人员和全局陌生人列表 — list recognition records by person type,
/// paged (`POST /v1/api/person/record/list`, 人员识别记录 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListRecognitionRecords {
    /// 当前页 (`pageNum`) — 1-based page; optional, default 1 (人员识别记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 人员类型 (`personTag`) — 1 员工, 2 访客, 3 重点人员, 4 未知人员, 5 通道陌生人,
    /// 1235 all recognition records (1/2/3/5); required (人员识别记录 1.1.2).
    pub person_tag: PersonTag,
    /// 每页条数 (`pageSize`) — optional, default 10 (人员识别记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 人员姓名 (`personName`) — name filter, at most 40 characters; optional
    /// (人员识别记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 设备UUID集合 (`deviceUuids`) — device filter; optional (人员识别记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuids: Option<Vec<String>>,
    /// 开始时间 (`startTime`) — start of the period, epoch milliseconds on the wire;
    /// required (人员识别记录 1.1.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub start_time: DateTime<Utc>,
    /// 结束时间 (`endTime`) — end of the period, epoch milliseconds on the wire;
    /// required (人员识别记录 1.1.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub end_time: DateTime<Utc>,
}

impl ListRecognitionRecords {
    /// Records of `person_tag` between `start_time` and `end_time`, default paging.
    pub fn new(person_tag: PersonTag, start_time: DateTime<Utc>, end_time: DateTime<Utc>) -> Self {
        Self {
            page_num: None,
            person_tag,
            page_size: None,
            person_name: None,
            device_uuids: None,
            start_time,
            end_time,
        }
    }
}

/// One recognition record of [`ListRecognitionRecords`] (`list[]`, 人员识别记录 1.1.3).
/// Every member is optional in the seed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecognitionRecord {
    /// 记录主键UUID (`idUuid`) — record id, a numeric string such as `"16319"`; pass it
    /// to [`GetRecognitionRecord`] (人员识别记录 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id_uuid: Option<String>,
    /// 人员UUID (`personUuid`) — the recognised person (人员识别记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 设备UUID (`deviceUuid`) — the capturing device (人员识别记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<String>,
    /// 抓拍图 (`captureImageUrl`) — URL of the captured face image (人员识别记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_image_url: Option<String>,
    /// 底库图 (`groupImageUrl`) — URL of the enrolled (library) photo (人员识别记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_image_url: Option<String>,
    /// 人员姓名 (`personName`) — person name (人员识别记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 设备名称 (`deviceName`) — device name (人员识别记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 抓拍时间 (`captureTime`) — capture time, epoch milliseconds on the wire
    /// (人员识别记录 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub capture_time: Option<DateTime<Utc>>,
    /// 设备位置 (`location`) — device location (人员识别记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// 识别分数 (`score`) — recognition score, e.g. `75.93` (人员识别记录 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub score: Option<f64>,
    /// 人员类型 (`personTag`) — 1 员工, 2 访客, 3 重点人员, 4 未知人员, 5 通道陌生人
    /// (人员识别记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_tag: Option<PersonTag>,
}

impl ListRecognitionRecords {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)?;
        validate::ordered(
            path,
            "startTime",
            &self.start_time,
            "endTime",
            &self.end_time,
        )?;
        if let Some(name) = &self.person_name {
            let n = name.chars().count();
            if n > MAX_PERSON_NAME_LEN {
                return Err(Error::invalid(
                    path,
                    format!("personName must be at most {MAX_PERSON_NAME_LEN} characters, got {n}"),
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(ListRecognitionRecords => PageData<RecognitionRecord>, POST "/v1/api/person/record/list", read, validate);

impl_paged!(ListRecognitionRecords, RecognitionRecord, DEFAULT_PAGE_SIZE);

// ---------------------------------------------------------------------------
// 1.2 员工、访客、重点人员和全局陌生人详情
// ---------------------------------------------------------------------------

/// 员工、访客、重点人员和全局陌生人详情 — one recognition record in detail
/// (`POST /v1/api/person/record/detail`, 人员识别记录 1.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetRecognitionRecord {
    /// 记录主键UUID (`idUuid`) — the record id from the list; required
    /// (人员识别记录 1.2.2).
    #[serde(with = "client_core::lenient::string")]
    pub id_uuid: String,
}

/// Answer of [`GetRecognitionRecord`] (人员识别记录 1.2.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecognitionRecordDetail {
    /// 设备UUID (`deviceUuid`) — the capturing device; required (人员识别记录 1.2.3).
    #[serde(default)]
    pub device_uuid: String,
    /// 人员UUID (`personUuid`) — the recognised person; optional (人员识别记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 抓拍图 (`captureImageUrl`) — captured face image URL; required
    /// (人员识别记录 1.2.3).
    #[serde(default)]
    pub capture_image_url: String,
    /// 底库图 (`groupImageUrl`) — enrolled photo URL; optional (人员识别记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_image_url: Option<String>,
    /// 全景图 (`fullImageUrl`) — full-scene image URL; optional, may be `""`
    /// (人员识别记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_image_url: Option<String>,
    /// 人员类型 (`personTag`) — 1 员工, 2 访客, 3 重点人员, 4 未知人员, 5 通道陌生人;
    /// required (人员识别记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_tag: Option<PersonTag>,
    /// 比对分数 (`score`) — comparison score; required (人员识别记录 1.2.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub score: Option<f64>,
    /// 设备名称 (`deviceName`) — device name; required (人员识别记录 1.2.3).
    #[serde(default)]
    pub device_name: String,
    /// 识别时间 (`captureTime`) — recognition time, epoch milliseconds on the wire;
    /// required (人员识别记录 1.2.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub capture_time: Option<DateTime<Utc>>,
    /// 设备位置 (`location`) — device location; required (人员识别记录 1.2.3).
    #[serde(default)]
    pub location: String,
    /// 人员姓名 (`personName`) — person name; optional (人员识别记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 备注 (`ext`) — the person's remark; optional (人员识别记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<String>,
    /// 人员所属组列表 (`groupList`) — groups the person belongs to; required
    /// (人员识别记录 1.2.3).
    #[serde(rename = "groupList", default)]
    pub groups: Vec<RecordGroup>,
    /// 手机号 (`phone`) — phone number; optional (人员识别记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 身份证号 (`identifyNum`) — ID card number; optional (人员识别记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identify_num: Option<String>,
    /// 邮箱 (`email`) — e-mail; optional (人员识别记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// 唯一标志 (`uniqueIdentify`) — the person's unique identifier; optional
    /// (人员识别记录 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_identify: Option<String>,
}

/// A group of the recognised person (`groupList[]`, 人员识别记录 1.2.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordGroup {
    /// 组uuid (`groupUuid`) — group uuid (人员识别记录 1.2.3).
    #[serde(default)]
    pub group_uuid: String,
    /// 组名 (`groupName`) — group name (人员识别记录 1.2.3).
    #[serde(default)]
    pub group_name: String,
}

impl GetRecognitionRecord {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.id_uuid.trim().is_empty() {
            return Err(Error::invalid(path, "idUuid is required"));
        }
        Ok(())
    }
}

client_core::endpoint!(GetRecognitionRecord => RecognitionRecordDetail, POST "/v1/api/person/record/detail", read, validate);

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

    fn ms(n: i64) -> DateTime<Utc> {
        DateTime::<Utc>::from_timestamp_millis(n).unwrap()
    }

    #[test]
    fn methods_and_paths() {
        assert_eq!(
            meta::<ListRecognitionRecords>(),
            (Method::POST, "/v1/api/person/record/list", true)
        );
        assert_eq!(
            meta::<GetRecognitionRecord>(),
            (Method::POST, "/v1/api/person/record/detail", true)
        );
    }

    #[test]
    fn list_wire_and_paging() {
        let mut req =
            ListRecognitionRecords::new(PersonTag::AllRecognitionRecords, ms(1000), ms(2000));
        assert_eq!(req.page_size(), 10);
        req.set_page(PageRequest { index: 0, size: 50 });
        let v = serde_json::to_value(&req).unwrap();
        assert_eq!(v["personTag"], 1235);
        assert_eq!(v["startTime"], 1000);
        assert_eq!(v["endTime"], 2000);
        assert_eq!(v["pageNum"], 1);
        assert_eq!(v["pageSize"], 50);
        assert!(req.validate().is_ok());
    }

    #[test]
    fn list_validation() {
        let mut req = ListRecognitionRecords::new(PersonTag::Employee, ms(2000), ms(1000));
        assert!(req.validate().is_err());
        req.start_time = ms(0);
        assert!(req.validate().is_ok());
        req.person_name = Some("名".repeat(41));
        assert!(req.validate().is_err());
        req.person_name = Some("名".repeat(40));
        assert!(req.validate().is_ok());
        req.page_num = Some(0);
        assert!(req.validate().is_err());
    }

    #[test]
    fn detail_validation() {
        assert!(GetRecognitionRecord::default().validate().is_err());
        let req: GetRecognitionRecord = serde_json::from_str(r#"{"idUuid":22246}"#).unwrap();
        assert_eq!(req.id_uuid, "22246");
        assert!(req.validate().is_ok());
    }
}
