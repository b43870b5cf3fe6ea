//! 人脸比对 — face comparison: 1:1 comparison of two images, 1:N search against the
//! person and capture libraries, and "virtual groups" (虚拟组) for 1:N search within a
//! chosen set of persons (hongtu-aiot-openapi.txt, module 人脸比对 1.1–1.11).
//!
//! Images are passed either as an **EFS uri** — the `uri` returned by an upload
//! (`/v1/api/person/uploadImage` for 1:1, the person upload endpoints or
//! `/v1/api/misc/file/upload` for 1:N) — or as **Base64 text** of the image file. The
//! image-type codes differ between endpoints: 1:1 uses `imageType` 1 uri / 2 Base64
//! ([`OneToOneImageType`]), virtual-group search uses `type` 0 uri / 1 Base64
//! ([`FaceSearchImageType`]).
//!
//! ```no_run
//! # async fn demo(client: hongtu_client::Client) -> Result<(), Box<dyn std::error::Error>> {
//! use futures::TryStreamExt;
//! use hongtu_client::api::face_compare::{SearchLibrary, SearchPhoto};
//! use hongtu_client::api::misc::FileUpload;
//! use hongtu_client::ImageFile;
//!
//! // Upload the probe image (no quality check), then search the key-person and the
//! // capture libraries for faces scoring at least 80, page after page.
//! let uploaded = client.upload(&FileUpload::image(ImageFile::read("probe.jpg")?)).await?;
//! let uri = uploaded.uri.map(|u| u.0).unwrap_or_default();
//! let search = SearchPhoto::new(uri, vec![SearchLibrary::KeyPerson, SearchLibrary::Capture], 80);
//! let hits: Vec<_> = client.stream(search).try_collect().await?;
//! for hit in &hits {
//!     println!("{:?} {:?} {:?}", hit.name, hit.profile_id, hit.score);
//! }
//! # Ok(()) }
//! ```

use chrono::{DateTime, Utc};
use client_core::validate;
use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use crate::api::util::{check_page, impl_paged};
use crate::envelope::PageData;

/// Default `pageSize` of [`SearchPhoto`] and [`QueryPhotoSearchDetail`]. The seed
/// prints "默认值0" for 1:N search (1.2.2) and 10 for its detail (1.3.2); 10 is used
/// for both.
pub const DEFAULT_PAGE_SIZE: u32 = 10;

client_core::int_enum! {
    /// 图片类型 (`imageType`) — how [`CompareFaces`] images are given
    /// (人脸比对 1.1.2: 1 efs地址, 2 Base64编码, default 1).
    pub enum OneToOneImageType {
        /// efs地址 — EFS uri from an upload.
        Uri = 1,
        /// Base64编码 — Base64 text of the image.
        Base64 = 2,
    }
}

client_core::int_enum! {
    /// 图片类型 (`type`) — how [`VirtualGroupFaceSearch::image_data`] is given
    /// (人脸比对 1.11.2: 0 图片uri, 1 图片的base64). Note the codes differ from
    /// [`OneToOneImageType`].
    pub enum FaceSearchImageType {
        /// 图片uri — EFS uri from an upload.
        Uri = 0,
        /// 图片的base64 — Base64 text of the image.
        Base64 = 1,
    }
}

client_core::int_enum! {
    /// 底库来源 / 人员身份类型 (`groupTypes`, `groupType`) — which library a 1:N search
    /// covers and where a hit came from (人脸比对 1.2.2: 1 员工库, 2 访客库, 3 重点人员库,
    /// 4 抓拍库; 1.2.3 names 3 黑名单 and 4 陌生人).
    pub enum SearchLibrary {
        /// 员工库 — employees.
        Employee = 1,
        /// 访客库 — visitors.
        Visitor = 2,
        /// 重点人员库 (黑名单) — key persons (blacklist).
        KeyPerson = 3,
        /// 抓拍库 (陌生人) — captured faces (strangers).
        Capture = 4,
    }
}

fn check_group_name(path: &str, name: &str) -> Result<(), Error> {
    let n = name.chars().count();
    if !(2..=32).contains(&n) {
        return Err(Error::invalid(
            path,
            format!("name must be 2..=32 characters, got {n}"),
        ));
    }
    if let Some(c) = name.chars().find(|c| !c.is_alphanumeric()) {
        return Err(Error::invalid(
            path,
            format!("name must not contain special characters, got {c:?}"),
        ));
    }
    Ok(())
}

/// Collects the strings under `key` from an object (`{key: "a"}` or
/// `{key: ["a", "b"]}`) or from an array of such objects — the seed's tables and
/// examples disagree on the shape (人脸比对 1.9, 1.10).
fn collect_strings(v: &Value, key: &str) -> Result<Vec<String>, String> {
    match v {
        Value::Null => Ok(Vec::new()),
        Value::Array(items) => {
            let mut out = Vec::new();
            for item in items {
                out.extend(collect_strings(item, key)?);
            }
            Ok(out)
        }
        Value::Object(map) => match map.get(key) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::String(s)) => Ok(vec![s.clone()]),
            Some(Value::Array(list)) => list
                .iter()
                .map(|x| match x {
                    Value::String(s) => Ok(s.clone()),
                    other => Err(format!("{key}: expected a string, got {other}")),
                })
                .collect(),
            Some(other) => Err(format!("{key}: expected a string list, got {other}")),
        },
        other => Err(format!(
            "expected an object with {key} or an array of them, got {other}"
        )),
    }
}

// ---------------------------------------------------------------------------
// 1.1 1:1查询
// ---------------------------------------------------------------------------

/// 1:1查询 — similarity score of two face images
/// (`POST /v1/api/photo/searchOneToOnePhoto`, 人脸比对 1.1).
///
/// Both images must be of the same kind: both EFS uris (from
/// `/v1/api/person/uploadImage`) or both Base64 text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CompareFaces {
    /// 图片1 (`image1`) — first image: Base64 text or EFS uri; required
    /// (人脸比对 1.1.2).
    pub image1: String,
    /// 图片2 (`image2`) — second image, same kind as `image1`; required
    /// (人脸比对 1.1.2).
    pub image2: String,
    /// 类型 (`imageType`) — 1 efs地址, 2 Base64编码; required, default 1
    /// (人脸比对 1.1.2).
    pub image_type: OneToOneImageType,
}

impl CompareFaces {
    /// Compares two uploaded images by their EFS uris.
    pub fn uris(image1: impl Into<String>, image2: impl Into<String>) -> Self {
        Self {
            image1: image1.into(),
            image2: image2.into(),
            image_type: OneToOneImageType::Uri,
        }
    }

    /// Compares two images given as Base64 text.
    pub fn base64(image1: impl Into<String>, image2: impl Into<String>) -> Self {
        Self {
            image_type: OneToOneImageType::Base64,
            ..Self::uris(image1, image2)
        }
    }
}

/// Answer of [`CompareFaces`] (人脸比对 1.1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FaceSimilarity {
    /// 比较分数 (`score`) — similarity, 0–100 (e.g. `99.98237`); optional
    /// (人脸比对 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub score: Option<f64>,
}

impl CompareFaces {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.image1.is_empty() || self.image2.is_empty() {
            return Err(Error::invalid(path, "image1 and image2 are required"));
        }
        Ok(())
    }
}

client_core::endpoint!(CompareFaces => FaceSimilarity, POST "/v1/api/photo/searchOneToOnePhoto", read, validate);

// ---------------------------------------------------------------------------
// 1.2 1：N列表查询
// ---------------------------------------------------------------------------

/// 1：N列表查询 — search the libraries for the persons most similar to an uploaded
/// image, paged (`POST /v1/api/photo/search`, 人脸比对 1.2).
///
/// A hit from the capture library (陌生人) carries a `profileId`, usable with
/// [`QueryPhotoSearchDetail`] and the person track query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchPhoto {
    /// 图片寻址uri (`uri`) — the image's uri from an upload endpoint; required
    /// (人脸比对 1.2.2).
    pub uri: String,
    /// 底库来源 (`groupTypes`) — libraries searched: 1 员工库, 2 访客库, 3 重点人员库,
    /// 4 抓拍库; required (人脸比对 1.2.2).
    pub group_types: Vec<SearchLibrary>,
    /// 阈值大小 (`threshold`) — minimum score, integer 1–99 inclusive; required
    /// (人脸比对 1.2.2).
    pub threshold: u32,
    /// 当前页 (`pageNum`) — optional, default 1 (人脸比对 1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 每页条数 (`pageSize`) — optional; the seed prints default 0, this SDK pages by
    /// 10 (人脸比对 1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl SearchPhoto {
    /// Searches `libraries` for `uri` with minimum score `threshold`.
    pub fn new(uri: impl Into<String>, libraries: Vec<SearchLibrary>, threshold: u32) -> Self {
        Self {
            uri: uri.into(),
            group_types: libraries,
            threshold,
            page_num: None,
            page_size: None,
        }
    }
}

/// One hit of [`SearchPhoto`] (`list[]`, 人脸比对 1.2.3). Every member is optional in
/// the seed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PhotoSearchHit {
    /// 底库图 (`url`) — library image URL (人脸比对 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// 人员uuid (`personUuid`) — the matched person (人脸比对 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 档案id (`profileId`) — the stranger profile, for capture-library hits
    /// (人脸比对 1.2.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub profile_id: Option<String>,
    /// 姓名 (`name`) — person name (人脸比对 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 人员身份类型 (`groupType`) — 1 员工, 2 访客, 3 黑名单, 4 陌生人 (人脸比对 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<SearchLibrary>,
    /// 人员身份 (`groupTypeDesc`) — the identity as text, e.g. "黑名单" (人脸比对 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_type_desc: Option<String>,
    /// 比对分数 (`score`) — similarity score (人脸比对 1.2.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub score: Option<f64>,
    /// 返回详情数量 (`count`) — number of detail records (sightings) behind this hit
    /// (人脸比对 1.2.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub count: Option<i64>,
}

impl SearchPhoto {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uri.trim().is_empty() {
            return Err(Error::invalid(path, "uri is required"));
        }
        if self.group_types.is_empty() {
            return Err(Error::invalid(path, "groupTypes must not be empty"));
        }
        if !(1..=99).contains(&self.threshold) {
            return Err(Error::invalid(
                path,
                format!("threshold must be 1..=99, got {}", self.threshold),
            ));
        }
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(SearchPhoto => PageData<PhotoSearchHit>, POST "/v1/api/photo/search", read, validate);

impl_paged!(SearchPhoto, PhotoSearchHit, DEFAULT_PAGE_SIZE);

// ---------------------------------------------------------------------------
// 1.3 1：N列表详情
// ---------------------------------------------------------------------------

/// 1：N列表详情 — the captures behind a 1:N hit, paged
/// (`POST /v1/api/photo/search/query/detail`, 人脸比对 1.3).
///
/// Exactly one of `personUuid` and `profileId` must be given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryPhotoSearchDetail {
    /// 当前页 (`pageNum`) — optional, default 1 (人脸比对 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 人员Uuid (`personUuid`) — one of `personUuid`/`profileId` is required
    /// (人脸比对 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 每页条数 (`pageSize`) — optional, default 10 (人脸比对 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 档案ID (`profileId`) — one of `personUuid`/`profileId` is required
    /// (人脸比对 1.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub profile_id: Option<String>,
    /// 设备uuids (`deviceUuids`) — device filter; optional (人脸比对 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuids: Option<Vec<String>>,
    /// 开始时间 (`startTime`) — epoch milliseconds on the wire; required
    /// (人脸比对 1.3.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub start_time: DateTime<Utc>,
    /// 结束时间 (`endTime`) — epoch milliseconds on the wire; required (人脸比对 1.3.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub end_time: DateTime<Utc>,
}

impl QueryPhotoSearchDetail {
    /// Captures of the person `person_uuid` between two times.
    pub fn person(
        person_uuid: impl Into<String>,
        start_time: DateTime<Utc>,
        end_time: DateTime<Utc>,
    ) -> Self {
        Self {
            page_num: None,
            person_uuid: Some(person_uuid.into()),
            page_size: None,
            profile_id: None,
            device_uuids: None,
            start_time,
            end_time,
        }
    }

    /// Captures of the stranger profile `profile_id` between two times.
    pub fn profile(
        profile_id: impl Into<String>,
        start_time: DateTime<Utc>,
        end_time: DateTime<Utc>,
    ) -> Self {
        Self {
            person_uuid: None,
            profile_id: Some(profile_id.into()),
            ..Self::person(String::new(), start_time, end_time)
        }
    }
}

/// One capture of [`QueryPhotoSearchDetail`] (`list[]`, 人脸比对 1.3.3). Every member
/// is optional in the seed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PhotoSearchCapture {
    /// 抓拍图 (`captureImageUrl`) — captured image URL (人脸比对 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_image_url: Option<String>,
    /// 抓拍时间 (`captureTime`) — epoch milliseconds on the wire (人脸比对 1.3.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub capture_time: Option<DateTime<Utc>>,
    /// 设备名称 (`deviceName`) — device name (人脸比对 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备位置 (`location`) — device location (人脸比对 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// 存储来源 (`fsType`) — storage source, "不需要关注" (internal) (人脸比对 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fs_type: Option<String>,
}

impl QueryPhotoSearchDetail {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)?;
        validate::ordered(
            path,
            "startTime",
            &self.start_time,
            "endTime",
            &self.end_time,
        )?;
        let person = self.person_uuid.as_deref().is_some_and(|s| !s.is_empty());
        let profile = self.profile_id.as_deref().is_some_and(|s| !s.is_empty());
        if !(person || profile) {
            return Err(Error::invalid(
                path,
                "one of personUuid or profileId is required",
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(QueryPhotoSearchDetail => PageData<PhotoSearchCapture>, POST "/v1/api/photo/search/query/detail", read, validate);

impl_paged!(
    QueryPhotoSearchDetail,
    PhotoSearchCapture,
    DEFAULT_PAGE_SIZE
);

// ---------------------------------------------------------------------------
// 1.4 添加虚拟组
// ---------------------------------------------------------------------------

/// 添加虚拟组 — create a virtual group for 1:N search among chosen persons
/// (`POST /v1/api/photo/mvsn/virtualGroup/add`, 人脸比对 1.4).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AddVirtualGroup {
    /// 组名称 (`name`) — unique, 2–32 characters, no special characters; required
    /// (人脸比对 1.4.2).
    pub name: String,
}

/// Answer of [`AddVirtualGroup`] (人脸比对 1.4.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VirtualGroupCreated {
    /// 人员组唯一标志uuid (`groupUuid`) — the new group; optional (人脸比对 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_uuid: Option<String>,
}

impl AddVirtualGroup {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_group_name(path, &self.name)
    }
}

client_core::endpoint!(AddVirtualGroup => VirtualGroupCreated, POST "/v1/api/photo/mvsn/virtualGroup/add", write, validate);

// ---------------------------------------------------------------------------
// 1.5 删除虚拟组
// ---------------------------------------------------------------------------

/// 删除虚拟组 — delete a virtual group
/// (`POST /v1/api/photo/mvsn/virtualGroup/delete`, 人脸比对 1.5). Returns no data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteVirtualGroup {
    /// 组groupUuid (`groupUuid`) — required (人脸比对 1.5.2).
    pub group_uuid: String,
}

impl DeleteVirtualGroup {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "groupUuid", &self.group_uuid)
    }
}

client_core::endpoint!(DeleteVirtualGroup => Ack, POST "/v1/api/photo/mvsn/virtualGroup/delete", write, validate);

// ---------------------------------------------------------------------------
// 1.6 编辑虚拟组
// ---------------------------------------------------------------------------

/// 编辑虚拟组 — rename a virtual group
/// (`POST /v1/api/photo/mvsn/virtualGroup/update`, 人脸比对 1.6). Returns no data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateVirtualGroup {
    /// 组groupUuid (`groupUuid`) — required (人脸比对 1.6.2).
    pub group_uuid: String,
    /// 组名称 (`name`) — new name: unique, 2–32 characters, no special characters;
    /// required (人脸比对 1.6.2).
    pub name: String,
}

impl UpdateVirtualGroup {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "groupUuid", &self.group_uuid)?;
        check_group_name(path, &self.name)
    }
}

client_core::endpoint!(UpdateVirtualGroup => Ack, POST "/v1/api/photo/mvsn/virtualGroup/update", write, validate);

// ---------------------------------------------------------------------------
// 1.7 获取所有虚拟组列表
// ---------------------------------------------------------------------------

/// 获取所有虚拟组列表 — all virtual groups, optionally by fuzzy name
/// (`POST /v1/api/photo/mvsn/virtualGroup/list`, 人脸比对 1.7).
///
/// The answer is a bare array, as the table (1.7.3) documents.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListVirtualGroups {
    /// 组名称 (`name`) — fuzzy name filter; optional (人脸比对 1.7.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A virtual group (`data[]` of [`ListVirtualGroups`], 人脸比对 1.7.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VirtualGroup {
    /// 人员组唯一标志uuid (`groupUuid`) — group uuid; optional (人脸比对 1.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_uuid: Option<String>,
    /// 组名称 (`name`) — group name; optional (人脸比对 1.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

client_core::endpoint!(ListVirtualGroups => Vec<VirtualGroup>, POST "/v1/api/photo/mvsn/virtualGroup/list", read);

// ---------------------------------------------------------------------------
// 1.8 批量添加人员到指定人员组
// ---------------------------------------------------------------------------

/// 批量添加人员到指定人员组 — add enrolled persons to a virtual group
/// (`POST /v1/api/photo/mvsn/virtualGroup/batchAddPerson`, 人脸比对 1.8).
///
/// The answer is a bare array with one result per person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddVirtualGroupPersons {
    /// 组groupUuid (`groupUuid`) — required (人脸比对 1.8.2).
    pub group_uuid: String,
    /// 人员personUuid组成的list (`personUuidList`) — required (人脸比对 1.8.2).
    #[serde(rename = "personUuidList")]
    pub person_uuids: Vec<String>,
}

/// One person's result of [`AddVirtualGroupPersons`] (`data[]`, 人脸比对 1.8.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VirtualGroupAddResult {
    /// 人员uuid (`personUuid`) — the person; optional (人脸比对 1.8.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 人员faceId (`compFaceId`) — the face id in the comparison library, e.g.
    /// `29-AAABey9GbTA8skIuAAAAAg==`; optional (人脸比对 1.8.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comp_face_id: Option<String>,
    /// 是否添加成功 (`success`) — true 成功, false 失败; optional (人脸比对 1.8.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub success: Option<bool>,
}

impl AddVirtualGroupPersons {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "groupUuid", &self.group_uuid)?;
        if self.person_uuids.is_empty() {
            return Err(Error::invalid(path, "personUuidList must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(AddVirtualGroupPersons => Vec<VirtualGroupAddResult>, POST "/v1/api/photo/mvsn/virtualGroup/batchAddPerson", write, validate);

// ---------------------------------------------------------------------------
// 1.9 批量删除人员组内的人员
// ---------------------------------------------------------------------------

/// 批量删除人员组内的人员 — remove persons from a virtual group
/// (`POST /v1/api/photo/mvsn/virtualGroup/batchDeletePerson`, 人脸比对 1.9).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteVirtualGroupPersons {
    /// 组groupUuid (`groupUuid`) — required (人脸比对 1.9.2).
    pub group_uuid: String,
    /// 人员personUuid组成的list (`personUuidList`) — required (人脸比对 1.9.2).
    #[serde(rename = "personUuidList")]
    pub person_uuids: Vec<String>,
}

/// Answer of [`DeleteVirtualGroupPersons`] (人脸比对 1.9.3).
///
/// The table documents `{errorPersonIdList: string[]}`; the seed's example sends
/// `[{"errorPersonIdList": "<uuid>"}]`. Both decode; encoding uses the table's shape.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct VirtualGroupDeleteResult {
    /// 删除失败的人员personUuid列表 (`errorPersonIdList`) — persons that could not be
    /// removed (人脸比对 1.9.3).
    #[serde(rename = "errorPersonIdList")]
    pub error_person_ids: Vec<String>,
}

impl<'de> Deserialize<'de> for VirtualGroupDeleteResult {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        collect_strings(&v, "errorPersonIdList")
            .map(|error_person_ids| Self { error_person_ids })
            .map_err(serde::de::Error::custom)
    }
}

impl DeleteVirtualGroupPersons {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "groupUuid", &self.group_uuid)?;
        if self.person_uuids.is_empty() {
            return Err(Error::invalid(path, "personUuidList must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(DeleteVirtualGroupPersons => VirtualGroupDeleteResult, POST "/v1/api/photo/mvsn/virtualGroup/batchDeletePerson", write, validate);

// ---------------------------------------------------------------------------
// 1.10 查询人员组内的所有人员
// ---------------------------------------------------------------------------

/// 查询人员组内的所有人员 — the persons in a virtual group
/// (`POST /v1/api/photo/mvsn/virtualGroup/searchPersonList`, 人脸比对 1.10).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListVirtualGroupPersons {
    /// 组groupUuid (`groupUuid`) — required (人脸比对 1.10.2).
    pub group_uuid: String,
}

/// Answer of [`ListVirtualGroupPersons`] (人脸比对 1.10.3).
///
/// The table documents `{personIdList: string[]}`; the seed's example sends
/// `[{"personIdList": [...]}]`. Both decode; encoding uses the table's shape.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct VirtualGroupPersons {
    /// 组内人员personUuid列表 (`personIdList`) — uuids of the persons in the group
    /// (人脸比对 1.10.3).
    #[serde(rename = "personIdList")]
    pub person_ids: Vec<String>,
}

impl<'de> Deserialize<'de> for VirtualGroupPersons {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        collect_strings(&v, "personIdList")
            .map(|person_ids| Self { person_ids })
            .map_err(serde::de::Error::custom)
    }
}

impl ListVirtualGroupPersons {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "groupUuid", &self.group_uuid)
    }
}

client_core::endpoint!(ListVirtualGroupPersons => VirtualGroupPersons, POST "/v1/api/photo/mvsn/virtualGroup/searchPersonList", read, validate);

// ---------------------------------------------------------------------------
// 1.11 虚拟组1比n接口
// ---------------------------------------------------------------------------

/// 虚拟组1比n接口 — 1:N search within a virtual group
/// (`POST /v1/api/photo/mvsn/virtualGroup/faceSearch`, 人脸比对 1.11).
///
/// Flow: create a group ([`AddVirtualGroup`]), add persons
/// ([`AddVirtualGroupPersons`]), then search with an image uri or Base64 text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VirtualGroupFaceSearch {
    /// 组uuid (`groupUuid`) — required (人脸比对 1.11.2).
    pub group_uuid: String,
    /// 图片imageData (`imageData`) — the probe image: an uri or Base64 text (the seed's
    /// example uses a `data:image/png;base64,` prefix), as `type` says; required
    /// (人脸比对 1.11.2).
    pub image_data: String,
    /// 图片类型 (`type`) — 0 图片uri, 1 图片的base64; required (人脸比对 1.11.2).
    #[serde(rename = "type")]
    pub image_type: FaceSearchImageType,
    /// 阈值大小 (`threshold`) — minimum score, a positive integer in (0, 100) (数值为正整数),
    /// sent as a JSON integer; the seed's example sends the string `"60"`, both are
    /// read; required (人脸比对 1.11.2).
    #[serde(with = "client_core::lenient::int")]
    pub threshold: i64,
}

/// Answer of [`VirtualGroupFaceSearch`] (人脸比对 1.11.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VirtualGroupFaceSearchResult {
    /// 1比n返回人脸信息列表 (`faceList`) — matches; optional (人脸比对 1.11.3).
    #[serde(default)]
    pub face_list: Vec<VirtualGroupFace>,
    /// 组uuid (`groupUuid`) — the group searched; optional (人脸比对 1.11.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_uuid: Option<String>,
}

/// One match of [`VirtualGroupFaceSearch`] (`faceList[]`, 人脸比对 1.11.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VirtualGroupFace {
    /// 人员personUuid (`personUuid`) — the matched person; optional (人脸比对 1.11.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 分数 (`score`) — similarity score; optional (人脸比对 1.11.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub score: Option<f64>,
    /// 底库图片url (`url`) — library image URL; optional (人脸比对 1.11.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// 人员姓名 (`name`) — person name; optional (人脸比对 1.11.3; the example's key is
    /// misprinted `name:`, also accepted).
    #[serde(default, alias = "name:", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl VirtualGroupFaceSearch {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "groupUuid", &self.group_uuid)?;
        if self.image_data.is_empty() {
            return Err(Error::invalid(path, "imageData is required"));
        }
        validate::range(path, "threshold", self.threshold, 1, 99)
    }
}

client_core::endpoint!(VirtualGroupFaceSearch => VirtualGroupFaceSearchResult, POST "/v1/api/photo/mvsn/virtualGroup/faceSearch", read, validate);

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
        let v = "/v1/api/photo/mvsn/virtualGroup";
        assert_eq!(
            meta::<CompareFaces>(),
            (p.clone(), "/v1/api/photo/searchOneToOnePhoto", true)
        );
        assert_eq!(
            meta::<SearchPhoto>(),
            (p.clone(), "/v1/api/photo/search", true)
        );
        assert_eq!(
            meta::<QueryPhotoSearchDetail>(),
            (p.clone(), "/v1/api/photo/search/query/detail", true)
        );
        let rows = [
            (meta::<AddVirtualGroup>(), "add", false),
            (meta::<DeleteVirtualGroup>(), "delete", false),
            (meta::<UpdateVirtualGroup>(), "update", false),
            (meta::<ListVirtualGroups>(), "list", true),
            (meta::<AddVirtualGroupPersons>(), "batchAddPerson", false),
            (
                meta::<DeleteVirtualGroupPersons>(),
                "batchDeletePerson",
                false,
            ),
            (meta::<ListVirtualGroupPersons>(), "searchPersonList", true),
            (meta::<VirtualGroupFaceSearch>(), "faceSearch", true),
        ];
        for ((method, path, idem), tail, want_idem) in rows {
            assert_eq!(method, p);
            assert_eq!(path, format!("{v}/{tail}"));
            assert_eq!(idem, want_idem, "{path}");
        }
    }

    #[test]
    fn one_to_one_kinds() {
        let v = serde_json::to_value(CompareFaces::base64("a", "b")).unwrap();
        assert_eq!(v["imageType"], 2);
        let v = serde_json::to_value(CompareFaces::uris("a", "b")).unwrap();
        assert_eq!(v["imageType"], 1);
        assert!(CompareFaces::uris("", "b").validate().is_err());
    }

    #[test]
    fn search_validation_and_paging() {
        let mut req = SearchPhoto::new("u", vec![SearchLibrary::Capture], 70);
        assert!(req.validate().is_ok());
        assert_eq!(req.page_size(), 10);
        req.threshold = 0;
        assert!(req.validate().is_err());
        req.threshold = 100;
        assert!(req.validate().is_err());
        req.threshold = 99;
        req.group_types.clear();
        assert!(req.validate().is_err());
        req.group_types.push(SearchLibrary::Employee);
        req.set_page(PageRequest { index: 3, size: 7 });
        let v = serde_json::to_value(&req).unwrap();
        assert_eq!(
            (v["pageNum"].as_u64(), v["pageSize"].as_u64()),
            (Some(4), Some(7))
        );
    }

    #[test]
    fn detail_needs_a_subject() {
        let t = |n| DateTime::<Utc>::from_timestamp_millis(n).unwrap();
        let mut req = QueryPhotoSearchDetail::profile("6974051166623629329", t(1), t(2));
        assert!(req.validate().is_ok());
        req.profile_id = None;
        assert!(req.validate().is_err());
        let req = QueryPhotoSearchDetail::person("p", t(3), t(2));
        assert!(req.validate().is_err());
    }

    #[test]
    fn group_names() {
        let ok = |n: &str| AddVirtualGroup { name: n.into() }.validate().is_ok();
        assert!(ok("我是虚拟组"));
        assert!(ok("xy"));
        assert!(!ok("x"));
        assert!(!ok(&"x".repeat(33)));
        assert!(!ok("a b"));
        assert!(!ok("a#b"));
        assert!(!ok("a_b"));
        assert!(UpdateVirtualGroup {
            group_uuid: String::new(),
            name: "xuyy".into()
        }
        .validate()
        .is_err());
    }

    #[test]
    fn face_search_threshold() {
        let mut req = VirtualGroupFaceSearch {
            group_uuid: "g".into(),
            image_data: "uri".into(),
            image_type: FaceSearchImageType::Uri,
            threshold: 60,
        };
        assert!(req.validate().is_ok());
        assert_eq!(serde_json::to_value(&req).unwrap()["type"], 0);
        // A positive integer on the wire (数值为正整数), not `60.0`.
        assert_eq!(
            serde_json::to_string(&req).unwrap(),
            r#"{"groupUuid":"g","imageData":"uri","type":0,"threshold":60}"#
        );
        req.threshold = 0;
        assert!(req.validate().is_err());
        req.threshold = 100;
        assert!(req.validate().is_err());
        req.threshold = 99;
        assert!(req.validate().is_ok());
    }

    #[test]
    fn string_list_shapes() {
        let table: VirtualGroupPersons =
            serde_json::from_str(r#"{"personIdList":["a","b"]}"#).unwrap();
        let example: VirtualGroupPersons =
            serde_json::from_str(r#"[{"personIdList":["a"]},{"personIdList":["b"]}]"#).unwrap();
        assert_eq!(table, example);
        let one: VirtualGroupDeleteResult =
            serde_json::from_str(r#"[{"errorPersonIdList":"a"}]"#).unwrap();
        assert_eq!(one.error_person_ids, vec!["a".to_string()]);
        let none: VirtualGroupDeleteResult = serde_json::from_str("null").unwrap();
        assert!(none.error_person_ids.is_empty());
        assert!(serde_json::from_str::<VirtualGroupPersons>(r#"{"personIdList":3}"#).is_err());
        assert_eq!(
            serde_json::to_value(&one).unwrap(),
            serde_json::json!({"errorPersonIdList": ["a"]})
        );
    }
}
