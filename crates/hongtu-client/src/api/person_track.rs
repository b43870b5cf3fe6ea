//! 人员轨迹 — where a known person or a stranger profile was seen
//! (hongtu-aiot-openapi.txt, module 人员轨迹 1.1).
//!
//! A stranger's track needs a profile id (档案ID) first: search the stranger library
//! with the 1:N face search ([`crate::api::face_compare::SearchPhoto`]) and pass the
//! result's `profileId` as [`QueryPersonTrack::profile_uuid`].

use chrono::{DateTime, Utc};
use client_core::validate;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::recognition_record::PersonTag;
use crate::api::util::{check_page, impl_paged};
use crate::dict::{AgeGroup, Sex};
use crate::envelope::PageData;

/// Default `pageSize` of [`QueryPersonTrack`] (人员轨迹 1.1.2: 默认10条).
pub const DEFAULT_PAGE_SIZE: u32 = 10;

/// 人员轨迹查询 — trajectory of a real-name person or a stranger profile, paged
/// (`POST /v1/api/person/track/query`, 人员轨迹 1.1).
///
/// The seed marks both `personUuid` and `profileUuid` required, but only one of them
/// may be sent (error 121042); [`client_core::Endpoint::validate`] enforces exactly one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryPersonTrack {
    /// 当前页 (`pageNum`) — 1-based page; optional, default 1 (人员轨迹 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 人员UUID (`personUuid`) — a real-name person; not together with
    /// `profileUuid` (人员轨迹 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 每页条数 (`pageSize`) — optional, default 10 (人员轨迹 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 档案UUID (`profileUuid`) — a stranger profile id from the 1:N search; not
    /// together with `personUuid` (人员轨迹 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_uuid: Option<String>,
    /// 身份证号码 (`number`) — ID card number, for real-name persons; optional
    /// (人员轨迹 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 设备UUID集合 (`deviceUuids`) — device filter; optional (人员轨迹 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuids: Option<Vec<String>>,
    /// 开始时间 (`startTime`) — epoch milliseconds on the wire; required (人员轨迹 1.1.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub start_time: DateTime<Utc>,
    /// 结束时间 (`endTime`) — epoch milliseconds on the wire; required (人员轨迹 1.1.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub end_time: DateTime<Utc>,
}

impl QueryPersonTrack {
    /// The track of the real-name person `person_uuid` between two times.
    pub fn person(
        person_uuid: impl Into<String>,
        start_time: DateTime<Utc>,
        end_time: DateTime<Utc>,
    ) -> Self {
        Self {
            page_num: None,
            person_uuid: Some(person_uuid.into()),
            page_size: None,
            profile_uuid: None,
            number: None,
            device_uuids: None,
            start_time,
            end_time,
        }
    }

    /// The track of the stranger profile `profile_uuid` between two times.
    pub fn profile(
        profile_uuid: impl Into<String>,
        start_time: DateTime<Utc>,
        end_time: DateTime<Utc>,
    ) -> Self {
        Self {
            person_uuid: None,
            profile_uuid: Some(profile_uuid.into()),
            ..Self::person(String::new(), start_time, end_time)
        }
    }
}

/// One sighting of [`QueryPersonTrack`] (`list[]`, 人员轨迹 1.1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrackPoint {
    /// 设备UUID (`deviceUuid`) — the capturing device; required (人员轨迹 1.1.3).
    #[serde(default)]
    pub device_uuid: String,
    /// 人员UUID (`personUuid`) — the person; optional (人员轨迹 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 抓拍图 (`captureImageUrl`) — captured image URL; required (人员轨迹 1.1.3).
    #[serde(default)]
    pub capture_image_url: String,
    /// 抓拍时间 (`captureTime`) — epoch milliseconds on the wire; required
    /// (人员轨迹 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub capture_time: Option<DateTime<Utc>>,
    /// 设备位置 (`location`) — device location; required (人员轨迹 1.1.3).
    #[serde(default)]
    pub location: String,
    /// 年龄 (`age`) — age bracket (数据字典 1.10.11); optional (人员轨迹 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeGroup>,
    /// 性别 (`gender`) — sex (数据字典 1.2.2); optional (人员轨迹 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Sex>,
    /// 人员姓名 (`personName`) — person name; optional (人员轨迹 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 人员类型 (`personTag`) — 1 员工, 2 访客, 3 重点人员, 4 未知人员; required
    /// (人员轨迹 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_tag: Option<PersonTag>,
    /// 设备名称 (`deviceName`) — device name; required (人员轨迹 1.1.3).
    #[serde(default)]
    pub device_name: String,
    /// 存储来源 (`fsType`) — storage source; "不需要关注" (internal) per the seed;
    /// optional (人员轨迹 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fs_type: Option<String>,
}

impl QueryPersonTrack {
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
        let profile = self.profile_uuid.as_deref().is_some_and(|s| !s.is_empty());
        match (person, profile) {
            (true, true) => Err(Error::invalid(
                path,
                "personUuid and profileUuid must not be sent together (121042)",
            )),
            (false, false) => Err(Error::invalid(
                path,
                "one of personUuid or profileUuid is required",
            )),
            _ => Ok(()),
        }
    }
}

client_core::endpoint!(QueryPersonTrack => PageData<TrackPoint>, POST "/v1/api/person/track/query", read, validate);

impl_paged!(QueryPersonTrack, TrackPoint, DEFAULT_PAGE_SIZE);

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
    fn method_and_path() {
        assert_eq!(
            (
                QueryPersonTrack::METHOD,
                QueryPersonTrack::PATH,
                QueryPersonTrack::IDEMPOTENT
            ),
            (Method::POST, "/v1/api/person/track/query", true)
        );
    }

    #[test]
    fn exactly_one_subject() {
        let mut req = QueryPersonTrack::person("p", ms(1), ms(2));
        assert!(req.validate().is_ok());
        req.profile_uuid = Some("f".into());
        assert!(req.validate().is_err());
        req.person_uuid = None;
        assert!(req.validate().is_ok());
        req.profile_uuid = None;
        assert!(req.validate().is_err());
        let v = serde_json::to_value(QueryPersonTrack::profile("f", ms(1), ms(2))).unwrap();
        assert_eq!(v["profileUuid"], "f");
        assert!(v.get("personUuid").is_none());
    }

    #[test]
    fn paging() {
        let mut req = QueryPersonTrack::person("p", ms(1), ms(2));
        assert_eq!(req.page_size(), 10);
        req.set_page(PageRequest { index: 4, size: 10 });
        assert_eq!(req.page_num, Some(5));
        let bad = QueryPersonTrack::person("p", ms(3), ms(2));
        assert!(bad.validate().is_err());
    }
}
