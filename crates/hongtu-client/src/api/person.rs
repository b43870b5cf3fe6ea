//! 人员管理 — persons: photo uploads, batch add/delete, update, search, details, QR
//! codes and the custom-uuid switch (hongtu-aiot-openapi.txt, module 人员管理 1.1–1.11).
//!
//! Request and response spell some members differently (the seed's own drift, kept on
//! the wire): requests send `code` (staff code) and `visitStartTimeStamp` /
//! `entryTimeStamp` / `birthdayStamp`; batch-add results echo `staffCode` and the
//! `…TimeStamp` members; list/detail answers return `code`, `visitStartTime`,
//! `entryTime`, `birthday` (typed string, filled with millisecond numbers). The
//! position member is misspelled `postion` everywhere.

use chrono::{DateTime, Utc};
use client_core::validate;
use client_core::Ack;
use client_core::{Error, MultipartField, Page, PageRequest, Paged, Secret};
use serde::{Deserialize, Serialize};

use crate::api::util::check_page;
use crate::dict::{PersonType, Sex, VisitType};
use crate::envelope::PageData;
use crate::upload::{ImageFile, ImageUri, Upload};

/// Default `pageSize` of [`PersonList`] (人员管理 1.7.2: 不传默认20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

// ---------------------------------------------------------------- validation helpers

fn check_digits(
    path: &str,
    field: &str,
    v: Option<&str>,
    min: usize,
    max: usize,
) -> Result<(), Error> {
    if let Some(v) = v {
        if !(min..=max).contains(&v.len()) || !v.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::invalid(
                path,
                format!(
                    "{field} must be {min}..={max} digits, got {} characters",
                    v.chars().count()
                ),
            ));
        }
    }
    Ok(())
}

fn check_alnum(
    path: &str,
    field: &str,
    v: &Option<String>,
    min: usize,
    max: usize,
) -> Result<(), Error> {
    if let Some(v) = v {
        if !(min..=max).contains(&v.len()) || !v.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(Error::invalid(
                path,
                format!("{field} must be {min}..={max} ASCII letters or digits, got {v:?}"),
            ));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- 1.1–1.3 uploads

/// The answer of the image uploads: `{uri}` (人员管理 1.1.3, 1.2.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UploadedImage {
    /// 上传返回的uri (`uri`) — the image reference to pass as `imageUri`
    /// (人员管理 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<ImageUri>,
}

/// 上传人员图片 — upload a face photo with enrollment quality checks and compression
/// (`POST /v1/api/person/uploadImage`, multipart part `file`, 人员管理 1.1). Max
/// 10 MB, jpg/jpeg/bmp/png. Use the returned uri as `imageUri`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadImage {
    /// 上传人脸图片文件 (`file`) — the photo.
    pub file: ImageFile,
}

impl Upload for UploadImage {
    type Response = UploadedImage;
    const PATH: &'static str = "/v1/api/person/uploadImage";
    fn validate(&self) -> Result<(), Error> {
        self.file.check(Self::PATH)
    }
    fn fields(&self) -> Vec<MultipartField> {
        vec![self.file.part()]
    }
}

/// 上传人员图片（人脸质量判断按照最低标准进行判断） — upload a photo checked only
/// against the lowest quality bar, for 1:N searches and the like; not for enrollment
/// (`POST /v1/api/person/config/uploadImage`, part `file`, 人员管理 1.2).
#[derive(Debug, Clone, PartialEq)]
pub struct UploadConfigImage {
    /// 上传人脸图片文件 (`file`) — the photo.
    pub file: ImageFile,
}

impl Upload for UploadConfigImage {
    type Response = UploadedImage;
    const PATH: &'static str = "/v1/api/person/config/uploadImage";
    fn validate(&self) -> Result<(), Error> {
        self.file.check(Self::PATH)
    }
    fn fields(&self) -> Vec<MultipartField> {
        vec![self.file.part()]
    }
}

/// 入库质量检测 — check a face photo against the enrollment quality rules without
/// storing it (`POST /v1/api/misc/file/qualityJudge`, part `file`, 人员管理 1.3).
///
/// Success means the photo passes; a failure is an [`crate::Error::Api`] with one of
/// 101082, 101066, 101050, 101052, 101053, 101054, 101055, 101056, 101051, 101101
/// (人员管理 1.3.4 质量不过关相关错误码).
#[derive(Debug, Clone, PartialEq)]
pub struct QualityJudge {
    /// 上传人脸图片文件 (`file`) — the photo.
    pub file: ImageFile,
}

impl Upload for QualityJudge {
    type Response = Ack;
    const PATH: &'static str = "/v1/api/misc/file/qualityJudge";
    fn validate(&self) -> Result<(), Error> {
        self.file.check(Self::PATH)
    }
    fn fields(&self) -> Vec<MultipartField> {
        vec![self.file.part()]
    }
}

// ---------------------------------------------------------------- person input

/// A person to add or update (`personList[]` of batchAdd, 人员管理 1.4.2; the body of
/// update, 1.6.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonInput {
    /// 用户UUID (`uuid`) — on add: a custom uuid (≤ 32 characters, unique over all
    /// time) — only when the custom-uuid switch is on, otherwise the box generates one;
    /// on update: required, the person to change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 用户名 (`name`) — 1–40 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 人员类型 (`type`) — person type (数据字典 1.2.1); required on add. The update
    /// table does not list it, but the seed's update example sends it.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<PersonType>,
    /// 性别 (`sex`) — 数据字典 1.2.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// 用户识别照片的uri (`imageUri`) — from [`UploadImage`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_uri: Option<String>,
    /// 员工编码 (`code`) — staff code, employees only, unique; ASCII letters and digits,
    /// 1–32.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// 身份证号 (`identifyNum`) — ID number; ASCII letters and digits, 1–32.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identify_num: Option<String>,
    /// 唯一标识 (`uniqueIdentify`) — unique identifier; at most 40 ASCII characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_identify: Option<String>,
    /// 访客所属单位 (`visitFirm`) — visitor's company, 1–40 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_firm: Option<String>,
    /// 拜访起始时间 (`visitStartTimeStamp`, ms) — visit start; required for visitors.
    #[serde(
        rename = "visitStartTimeStamp",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub visit_start: Option<DateTime<Utc>>,
    /// 拜访结束时间 (`visitEndTimeStamp`, ms) — visit end; required for visitors.
    #[serde(
        rename = "visitEndTimeStamp",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub visit_end: Option<DateTime<Utc>>,
    /// 拜访原因 (`visitReason`) — visit reason, 1–255 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_reason: Option<String>,
    /// 受访人的uuid (`visitedUuid`) — the employee visited; required for visitors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visited_uuid: Option<String>,
    /// 访客类型 (`visitType`) — 1 普通访客, 2 VIP (数据字典 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_type: Option<VisitType>,
    /// 邮箱 (`email`) — e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// 手机号 (`phone`) — 6–18 digits; required for visitors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 卡号 (`cardNum`) — card number, unique, 1–20 digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_num: Option<String>,
    /// 密码 (`password`) — door password, employees only, 4–6 digits. Never printed.
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub password: Option<Secret>,
    /// 入职时间 (`entryTimeStamp`, ms) — hire date, employees only.
    #[serde(
        rename = "entryTimeStamp",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub entry_time: Option<DateTime<Utc>>,
    /// 职位 (`postion`, sic) — position, employees only, 0–64 characters.
    #[serde(rename = "postion", default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// 生日 (`birthdayStamp`, ms) — birthday.
    #[serde(
        rename = "birthdayStamp",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub birthday: Option<DateTime<Utc>>,
    /// 备注 (`ext`) — remark, 0–255 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<String>,
    /// 加入的组uuid集合 (`groupList`) — uuids of the groups to join.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_list: Option<Vec<String>>,
    /// 个性签名 (`autograph`) — personal signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autograph: Option<String>,
    /// 组织uuid (`orgUuid`) — the organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_uuid: Option<String>,
}

impl PersonInput {
    /// An employee (`type` 1) with a name; set the other fields as needed.
    pub fn employee(name: impl Into<String>) -> Self {
        Self {
            name: Some(name.into()),
            person_type: Some(PersonType::Employee),
            ..Self::default()
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        validate::opt_chars(path, "name", self.name.as_deref(), 1, 40)?;
        if let Some(u) = &self.uuid {
            if u.is_empty() || u.chars().count() > 32 {
                return Err(Error::invalid(
                    path,
                    format!("uuid must be 1..=32 characters, got {u:?}"),
                ));
            }
        }
        check_alnum(path, "code", &self.code, 1, 32)?;
        check_alnum(path, "identifyNum", &self.identify_num, 1, 32)?;
        validate::opt_chars(
            path,
            "uniqueIdentify",
            self.unique_identify.as_deref(),
            1,
            40,
        )?;
        validate::opt_chars(path, "visitFirm", self.visit_firm.as_deref(), 1, 40)?;
        validate::opt_chars(path, "visitReason", self.visit_reason.as_deref(), 1, 255)?;
        check_digits(path, "phone", self.phone.as_deref(), 6, 18)?;
        check_digits(path, "cardNum", self.card_num.as_deref(), 1, 20)?;
        check_digits(
            path,
            "password",
            self.password.as_ref().map(|p| p.expose()),
            4,
            6,
        )?;
        validate::opt_chars(path, "postion", self.position.as_deref(), 0, 64)?;
        validate::opt_chars(path, "ext", self.ext.as_deref(), 0, 255)?;
        Ok(())
    }
}

// ---------------------------------------------------------------- 1.4 batchAdd

/// 批量添加人员 — add several persons at once (`POST /v1/api/person/batchAdd`,
/// 人员管理 1.4). Custom uuids need the custom-uuid switch ([`PersonUuidSwitch`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchAddPersons {
    /// 用户列表 (`personList`) — the persons; at least one.
    pub person_list: Vec<PersonInput>,
}

impl BatchAddPersons {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.person_list.is_empty() {
            return Err(Error::invalid(path, "personList must not be empty"));
        }
        for (i, p) in self.person_list.iter().enumerate() {
            if p.name.is_none() {
                return Err(Error::invalid(
                    path,
                    format!("personList[{i}].name is required"),
                ));
            }
            if p.person_type.is_none() {
                return Err(Error::invalid(
                    path,
                    format!("personList[{i}].type is required"),
                ));
            }
            if p.person_type == Some(PersonType::Visitor)
                && (p.visit_start.is_none()
                    || p.visit_end.is_none()
                    || p.visited_uuid.is_none()
                    || p.phone.is_none())
            {
                return Err(Error::invalid(
                path,
                format!("personList[{i}]: a visitor needs visitStartTimeStamp, visitEndTimeStamp, visitedUuid and phone"),
            ));
            }
            p.check(path)?;
        }
        Ok(())
    }
}

// Answers echo door passwords (Secret): never excerpted in an error.
client_core::endpoint!(BatchAddPersons => PersonBatchResult, POST "/v1/api/person/batchAdd", write, validate, sensitive);

/// Result of [`BatchAddPersons`]: `{successes, failures}` (人员管理 1.4.3).
pub type PersonBatchResult = crate::envelope::BatchResult<PersonResult>;

/// One created or rejected person, echoing the input (`successes[]`/`failures[]`,
/// 人员管理 1.4.3). The staff code comes back as `staffCode`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonResult {
    /// 人员唯一标识uuid (`uuid`) — the (custom or generated) uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 结果状态码 (`code`) — per-item result code.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<i64>,
    /// 结果信息提示 (`msg`) — per-item message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// 用户名 (`name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 人员类型 (`type`) — 数据字典 1.2.1.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<PersonType>,
    /// 性别 (`sex`) — 数据字典 1.2.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// 用户识别照片的uri (`imageUri`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_uri: Option<String>,
    /// 员工编码 (`staffCode`) — the staff code (sent as `code`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_code: Option<String>,
    /// 身份证号 (`identifyNum`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identify_num: Option<String>,
    /// 唯一标识 (`uniqueIdentify`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_identify: Option<String>,
    /// 访客所属单位 (`visitFirm`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_firm: Option<String>,
    /// 拜访起始时间 (`visitStartTimeStamp`, ms).
    #[serde(
        rename = "visitStartTimeStamp",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub visit_start: Option<DateTime<Utc>>,
    /// 拜访结束时间 (`visitEndTimeStamp`, ms).
    #[serde(
        rename = "visitEndTimeStamp",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub visit_end: Option<DateTime<Utc>>,
    /// 拜访原因 (`visitReason`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_reason: Option<String>,
    /// 受访人的uuid (`visitedUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visited_uuid: Option<String>,
    /// 访客类型 (`visitType`) — 数据字典 1.2.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_type: Option<VisitType>,
    /// 邮箱 (`email`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// 手机号 (`phone`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 卡号 (`cardNum`) — 1–16 digits in the answer table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_num: Option<String>,
    /// 密码 (`password`) — echoed door password. Never printed.
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub password: Option<Secret>,
    /// 入职时间 (`entryTimeStamp`, ms).
    #[serde(
        rename = "entryTimeStamp",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub entry_time: Option<DateTime<Utc>>,
    /// 职位 (`postion`, sic).
    #[serde(rename = "postion", default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// 生日 (`birthdayStamp`, ms).
    #[serde(
        rename = "birthdayStamp",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub birthday: Option<DateTime<Utc>>,
    /// 备注 (`ext`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<String>,
    /// 组织uuid (`orgUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_uuid: Option<String>,
    /// 加入的组uuid集合 (`groupList`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_list: Option<Vec<String>>,
    /// 个性签名 (`autograph`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autograph: Option<String>,
}

// ---------------------------------------------------------------- 1.5 batchDelete

/// 批量删除人员 — delete several persons (`POST /v1/api/person/batchDelete`,
/// 人员管理 1.5).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchDeletePersons {
    /// 用户UUID列表 (`uuidList`) — required, at least one.
    pub uuid_list: Vec<String>,
}

impl BatchDeletePersons {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uuid_list.is_empty() {
            return Err(Error::invalid(path, "uuidList must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(BatchDeletePersons => UuidBatchResult, POST "/v1/api/person/batchDelete", write, validate);

pub use crate::envelope::{UuidBatchResult, UuidOutcome};

// ---------------------------------------------------------------- 1.6 update

/// 修改人员 — update a person (`POST /v1/api/person/update`, 人员管理 1.6). The body is
/// a [`PersonInput`] whose `uuid` names the person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UpdatePerson(pub PersonInput);

impl UpdatePerson {
    fn check(&self, path: &str) -> Result<(), Error> {
        if !matches!(self.0.uuid.as_deref(), Some(u) if !u.is_empty()) {
            return Err(Error::invalid(path, "uuid is required"));
        }
        self.0.check(path)
    }
}

client_core::endpoint!(UpdatePerson => Ack, POST "/v1/api/person/update", write, validate);

// ---------------------------------------------------------------- 1.7 list

client_core::int_enum! {
    /// 筛选访客状态类型 (`filterVisitedType`) — visitor-status filter (人员管理 1.7.2).
    pub enum VisitedFilter {
        /// 不筛选 — no filter.
        All = 0,
        /// 有效 — valid visitors.
        Valid = 1,
        /// 无效 — expired visitors.
        Invalid = 2,
    }
}

/// 搜索人员列表 — search persons, paged (`POST /v1/api/person/list`, 人员管理 1.7).
/// `name`, `phone`, `identifyNum`, `email`, `code` and `cardNum` match fuzzily.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonList {
    /// 当前页码 (`pageNum`) — default 1.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_num: Option<i64>,
    /// 分页大小 (`pageSize`) — default 20.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: Option<i64>,
    /// 人员类型 (`type`) — 数据字典 1.2.1.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<PersonType>,
    /// 用户姓名 (`name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 手机号 (`phone`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 身份证号 (`identifyNum`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identify_num: Option<String>,
    /// 邮箱 (`email`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// 员工编号 (`code`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// 卡号 (`cardNum`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_num: Option<String>,
    /// 唯一标识 (`uniqueIdentify`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_identify: Option<String>,
    /// 员工入职日期最小值 (`staffEntryMinStamp`, ms).
    #[serde(
        rename = "staffEntryMinStamp",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub staff_entry_min: Option<DateTime<Utc>>,
    /// 员工入职日期最大值 (`staffEntryMaxStamp`, ms).
    #[serde(
        rename = "staffEntryMaxStamp",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub staff_entry_max: Option<DateTime<Utc>>,
    /// 访客创建日期最小值 (`visitorCreateMinStamp`, ms).
    #[serde(
        rename = "visitorCreateMinStamp",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub visitor_create_min: Option<DateTime<Utc>>,
    /// 访客创建日期最大值 (`visitorCreateMaxStamp`, ms).
    #[serde(
        rename = "visitorCreateMaxStamp",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub visitor_create_max: Option<DateTime<Utc>>,
    /// 筛选访客状态类型 (`filterVisitedType`) — 0 all, 1 valid, 2 invalid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_visited_type: Option<VisitedFilter>,
    /// 是否仅返回简单信息 (`simpleInfo`) — only id + name; default false.
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub simple_info: Option<bool>,
    /// 是否按拼音排序 (`isPinyinOrder`) — sort by pinyin; default true.
    #[serde(
        rename = "isPinyinOrder",
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub pinyin_order: Option<bool>,
    /// 访客类型 (`visitType`) — 数据字典 1.2.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_type: Option<VisitType>,
    /// 受访员工姓名 (`visitedName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visited_name: Option<String>,
    /// 组织uuid (`orgUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_uuid: Option<String>,
}

impl PersonList {
    /// All persons of one type.
    pub fn of_type(person_type: PersonType) -> Self {
        Self {
            person_type: Some(person_type),
            ..Self::default()
        }
    }
}

impl PersonList {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

// Persons carry door passwords (Secret): never excerpted in an error.
client_core::endpoint!(PersonList => PageData<Person>, POST "/v1/api/person/list", read, validate, sensitive);

impl Paged for PersonList {
    type Item = Person;
    fn page_size(&self) -> u32 {
        self.page_size
            .and_then(|s| u32::try_from(s).ok())
            .filter(|s| *s > 0)
            .unwrap_or(DEFAULT_PAGE_SIZE)
    }
    fn set_page(&mut self, page: PageRequest) {
        self.page_num = Some(page.number() as i64);
        self.page_size = Some(i64::from(page.size));
    }
    fn into_page(resp: PageData<Person>) -> Page<Person> {
        resp.into_page()
    }
}

/// 人员所属组 — a group a person belongs to (`groupList[]`, 人员管理 1.7.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PersonGroupRef {
    /// 组uuid (`uuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 组名 (`name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A person as list and detail queries return it (`list[]` of 人员管理 1.7.3; 1.8.3;
/// 1.9.3). Times are millisecond timestamps (typed string, sent as numbers).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// 用户UUID (`uuid`).
    #[serde(default)]
    pub uuid: String,
    /// 用户名 (`name`).
    #[serde(default)]
    pub name: String,
    /// 人员类型 (`type`) — 数据字典 1.2.1.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<PersonType>,
    /// 性别 (`sex`) — 数据字典 1.2.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// 用户识别照片的url (`imageUri`) — a full URL (`http://{ip}/pub/{uri}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_uri: Option<String>,
    /// 员工编码 (`code`) — staff code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// 身份证号 (`identifyNum`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identify_num: Option<String>,
    /// 拜访起始时间 (`visitStartTime`, ms).
    #[serde(
        rename = "visitStartTime",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub visit_start: Option<DateTime<Utc>>,
    /// 拜访结束时间 (`visitEndTime`, ms).
    #[serde(
        rename = "visitEndTime",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub visit_end: Option<DateTime<Utc>>,
    /// 拜访原因 (`visitReason`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_reason: Option<String>,
    /// 受访人的UUID (`visitedUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visited_uuid: Option<String>,
    /// 受访人的姓名 (`visitedName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visited_name: Option<String>,
    /// 访客类型 (`visitType`) — 数据字典 1.2.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_type: Option<VisitType>,
    /// 访客状态 (`visitedStatus`) — true valid, false invalid (数据字典 1.2.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub visited_status: Option<bool>,
    /// 邮箱 (`email`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// 手机号 (`phone`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 卡号 (`cardNum`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_num: Option<String>,
    /// 密码 (`password`) — door password. Never printed.
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub password: Option<Secret>,
    /// 入职时间 (`entryTime`, ms).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub entry_time: Option<DateTime<Utc>>,
    /// 职位 (`postion`, sic).
    #[serde(rename = "postion", default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// 生日 (`birthday`, ms).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub birthday: Option<DateTime<Utc>>,
    /// 唯一标识 (`uniqueIdentify`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_identify: Option<String>,
    /// 备注 (`ext`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<String>,
    /// 人员所属组列表 (`groupList`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_list: Option<Vec<PersonGroupRef>>,
    /// 访客所属单位 (`visitFirm`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_firm: Option<String>,
    /// 是否有通行记录 (`isPassRecord`) — has pass records (list only).
    #[serde(
        rename = "isPassRecord",
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub has_pass_record: Option<bool>,
    /// 是否有考勤记录 (`isAttendanceRecord`) — has attendance records (list only).
    #[serde(
        rename = "isAttendanceRecord",
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub has_attendance_record: Option<bool>,
    /// 个性签名 (`autograph`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autograph: Option<String>,
    /// 组织uuid (`orgUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_uuid: Option<String>,
    /// 组织名称 (`orgName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_name: Option<String>,
}

// ---------------------------------------------------------------- 1.8 uuid/list

/// 批量查询人员详情信息 — details of several persons by uuid
/// (`POST /v1/api/person/uuid/list`, 人员管理 1.8). Answers a bare array.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonsByUuid {
    /// 人员UUID列表 (`uuidList`) — required, at least one.
    pub uuid_list: Vec<String>,
}

impl PersonsByUuid {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uuid_list.is_empty() {
            return Err(Error::invalid(path, "uuidList must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(PersonsByUuid => Vec<Person>, POST "/v1/api/person/uuid/list", read, validate, sensitive);

// ---------------------------------------------------------------- 1.9 query

/// 查询人员详情信息 — one person's details (`POST /v1/api/person/query`, 人员管理 1.9).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PersonQuery {
    /// 人员uuid (`uuid`) — required.
    pub uuid: String,
}

impl PersonQuery {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uuid.is_empty() {
            return Err(Error::invalid(path, "uuid is required"));
        }
        Ok(())
    }
}

client_core::endpoint!(PersonQuery => Person, POST "/v1/api/person/query", read, validate, sensitive);

// ---------------------------------------------------------------- 1.10 visitorCode

/// 获取员工、访客的二维码 — an employee's or visitor's QR code
/// (`POST /v1/api/person/visitorCode`, 人员管理 1.10).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VisitorCode {
    /// 员工、访客uuid (`uuid`) — required.
    pub uuid: String,
}

impl VisitorCode {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uuid.is_empty() {
            return Err(Error::invalid(path, "uuid is required"));
        }
        Ok(())
    }
}

client_core::endpoint!(VisitorCode => QrCode, POST "/v1/api/person/visitorCode", read, validate);

/// A QR code (人员管理 1.10.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QrCode {
    /// 二维码图片 (`qrCode`) — the image as base64 text (the example carries a
    /// `data:image/png;base64,` prefix).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 二维码图片的过期分钟数 (`expireTime`) — minutes until the code expires.
    #[serde(
        rename = "expireTime",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_minutes: Option<i64>,
}

// ---------------------------------------------------------------- 1.11 personUuidSwitch

/// 人员uuid自定义开关 — the custom person-uuid switch
/// (`GET /v1/api/person/personUuidSwitch`, no parameters, 人员管理 1.11).
///
/// The seed does not say whether a call only reads the switch or toggles it (its two
/// example answers show both states), so the request is treated as a write and never
/// retried. System initialisation or reset turns the switch off.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonUuidSwitch {}

client_core::endpoint!(PersonUuidSwitch => PersonUuidSwitchState, GET "/v1/api/person/personUuidSwitch", write, empty);

/// The switch state (人员管理 1.11.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PersonUuidSwitchState {
    /// 人员uuid自定义开关 (`personUuidSwitch`) — 0 off (the box generates uuids),
    /// 1 on (callers may pass their own uuid).
    #[serde(
        rename = "personUuidSwitch",
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<bool>,
    /// 人员uuid自定义是否开启消息 (`personUuidSwitchMsg`) — the state as text.
    #[serde(
        rename = "personUuidSwitchMsg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub message: Option<String>,
}

// ---------------------------------------------------------------- conveniences

impl crate::Client {
    /// Uploads a face photo with the enrollment quality checks
    /// (`/v1/api/person/uploadImage`) and returns its `imageUri`.
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// # let sim = hongtu_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use hongtu_client::ImageFile;
    /// let photo = ImageFile::new("alice.jpg", vec![0xff, 0xd8, 0xff, 0xe0]);
    /// let uri = client.upload_person_image(photo).await?; // pass it as `imageUri`
    /// println!("{uri}");
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn upload_person_image(&self, photo: ImageFile) -> crate::Result<ImageUri> {
        let answer = self.upload(&UploadImage { file: photo }).await?;
        answer.uri.ok_or_else(|| {
            crate::Error::item(
                <UploadImage as Upload>::PATH,
                0,
                Some("the upload succeeded but returned no uri"),
            )
        })
    }

    /// Uploads `photo`, then creates `person` with the returned `imageUri`
    /// (`/v1/api/person/uploadImage` then `/v1/api/person/batchAdd`). A person the box
    /// rejects is an [`crate::Error::Api`] carrying the per-item code and message.
    ///
    /// ```no_run
    /// # async fn demo(client: hongtu_client::Client) -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::{api::person::PersonInput, ImageFile};
    /// let photo = ImageFile::read("alice.jpg").expect("readable photo");
    /// let created = client.create_person_with_photo(PersonInput::employee("Alice"), photo).await?;
    /// println!("created {}", created.uuid.unwrap_or_default());
    /// # Ok(()) }
    /// ```
    pub async fn create_person_with_photo(
        &self,
        mut person: PersonInput,
        photo: ImageFile,
    ) -> crate::Result<PersonResult> {
        let uri = self.upload_person_image(photo).await?;
        person.image_uri = Some(uri.0);
        let req = BatchAddPersons {
            person_list: vec![person],
        };
        let mut answer = self.send(&req).await?;
        if let Some(created) = answer.successes.pop() {
            return Ok(created);
        }
        let path = <BatchAddPersons as client_core::Endpoint>::PATH;
        Err(match answer.failures.pop() {
            Some(f) => crate::Error::item(path, f.code.unwrap_or(0), f.msg.as_deref()),
            None => crate::Error::item(
                path,
                0,
                Some("batchAdd answered neither a success nor a failure"),
            ),
        })
    }
}
