//! 2.5–2.7 用户数据管理 — files, signed URLs, alarms, positions and mileage.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{check, paged};
use crate::enums::{AlarmStatus, AlarmType, DealStatus, DealType, FileType, LabelType, TimeType};
use crate::envelope::Listing;
use crate::gps::GpsTrack;
use crate::models::{Alarm, GpsStats, Position, RecordFile, SignedUrl};
use crate::wire::QueryTime;
use client_core::validate;
use client_core::Ack;

// ---------------------------------------------------------------- 2.5 files

/// 查询文件 — query recordings, audio, alarm videos and images (2.5.1,
/// `GET /api/v1/RecordFileList?st=…&et=…&timeType=0&fType=-1&lType=-1&page=1&pagesize=1000`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordFileList {
    /// 开始时间 — start (required) (2.5.1).
    pub st: QueryTime,
    /// 结束时间 — end (required) (2.5.1).
    pub et: QueryTime,
    /// 时间类型 — which time `st`/`et` filter: 0 拍摄时间, 1 上传时间 (required) (2.5.1).
    pub time_type: TimeType,
    /// 组 Id — group id; absent or 0 = the user's group with sub-groups (2.5.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<i64>,
    /// 设备 Id — device id (2.5.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_id: Option<String>,
    /// 文件类型 — file type; `None` sends -1 (不限) (required) (2.5.1).
    #[serde(rename = "fType", with = "crate::wire::filter", default)]
    pub f_type: Option<FileType>,
    /// 文件标注 — label; `None` sends -1 (不限) (required) (2.5.1).
    #[serde(rename = "lType", with = "crate::wire::filter", default)]
    pub l_type: Option<LabelType>,
    /// 工单号 — work order number (2.5.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_no: Option<String>,
    /// 关键字 — keyword (2.5.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    /// 当前页 — page number, default 1 (2.5.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页大小 — page size, default 1000 (wire name `pagesize`) (2.5.1).
    #[serde(
        rename = "pagesize",
        alias = "pageSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: Option<u32>,
}

impl RecordFileList {
    /// Files whose capture time lies in `st..et`, any type, any label.
    pub fn new(st: impl Into<QueryTime>, et: impl Into<QueryTime>) -> Self {
        Self {
            st: st.into(),
            et: et.into(),
            time_type: TimeType::Captured,
            group_id: None,
            dev_id: None,
            f_type: None,
            l_type: None,
            work_no: None,
            keywords: None,
            page: None,
            page_size: None,
        }
    }
}

impl RecordFileList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::range(path, &self.st, &self.et)?;
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(RecordFileList => Listing<RecordFile>, GET "/api/v1/RecordFileList", read, validate);
paged!(RecordFileList, RecordFile, 1000);

/// 标注文件 — set a file's label (2.5.2, `GET /api/v1/RecordFileUpdatelType?id=…&lType=1`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordFileUpdateLabel {
    /// 文件 Id — file id (2.5.2).
    pub id: String,
    /// 文件标注 — 0 普通文件, 1 重点文件 (wire name `lType`) (2.5.2).
    #[serde(rename = "lType")]
    pub l_type: LabelType,
}

impl RecordFileUpdateLabel {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "id", &self.id)?;
        Ok(())
    }
}

client_core::endpoint!(RecordFileUpdateLabel => Ack, GET "/api/v1/RecordFileUpdatelType", write, validate);

/// 删除文件 — delete a file (2.5.3, `GET /api/v1/RecordFileDel?id=…`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RecordFileDel {
    /// 文件 Id — file id (2.5.3).
    pub id: String,
}

impl RecordFileDel {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "id", &self.id)?;
        Ok(())
    }
}

client_core::endpoint!(RecordFileDel => Ack, GET "/api/v1/RecordFileDel", write, validate);

/// 获取文件网络访问地址 — a signed URL for a file (2.5.4,
/// `GET /api/v1/oss/SignedUrl?id=62ecc97f81149094e56c16cb&expires=7200`). Default
/// validity 24 h; at most 7 days.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SignedUrlRequest {
    /// 文件 Id — file id (2.5.4).
    pub id: String,
    /// 失效时间（秒）— validity in seconds, at most 7 days (2.5.4).
    pub expires: u64,
}

impl SignedUrlRequest {
    /// The platform maximum: 7 days ("不得大于 7 天").
    pub const MAX_EXPIRES: Duration = Duration::from_secs(7 * 24 * 3600);
    /// The documented default: 24 hours.
    pub const DEFAULT_EXPIRES: Duration = Duration::from_secs(24 * 3600);

    /// A request for `id` valid for `expires`, rejected with
    /// [`crate::Error::SignedUrlExpiryTooLong`] beyond 7 days.
    pub fn new(id: impl Into<String>, expires: Duration) -> Result<Self, crate::Error> {
        if expires > Self::MAX_EXPIRES {
            return Err(crate::Error::SignedUrlExpiryTooLong {
                requested: expires,
                max: Self::MAX_EXPIRES,
            });
        }
        Ok(Self {
            id: id.into(),
            expires: expires.as_secs(),
        })
    }
}

impl SignedUrlRequest {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let r = self;
        validate::required(path, "id", &r.id)?;
        let max = SignedUrlRequest::MAX_EXPIRES.as_secs();
        if r.expires == 0 || r.expires > max {
            return Err(client_core::Error::invalid(
                path,
                format!(
                    "expires must be 1..={max} seconds (7 days), got {}",
                    r.expires
                ),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(SignedUrlRequest => SignedUrl, GET "/api/v1/oss/SignedUrl", read, validate);

// ---------------------------------------------------------------- 2.6 alarms

/// 查询警情 — query alarms (2.6.1, `GET /api/v1/AlarmList?st=…&et=…&alarmType=-1&…&pagesize=1000`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlarmList {
    /// 开始时间 — start (required) (2.6.1).
    pub st: QueryTime,
    /// 结束时间 — end (required) (2.6.1).
    pub et: QueryTime,
    /// 组 Id — group id (2.6.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<i64>,
    /// 设备 Id — device id (2.6.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_id: Option<String>,
    /// 报警类型 — alarm type (A.2); `None` sends -1 (不限) (2.6.1).
    #[serde(with = "crate::wire::filter", default)]
    pub alarm_type: Option<AlarmType>,
    /// 报警状态 — alarm status; `None` sends -1 (不限) (2.6.1).
    #[serde(with = "crate::wire::filter", default)]
    pub alarm_status: Option<AlarmStatus>,
    /// 处置方式 — handling type; `None` sends -1 (不限) (2.6.1).
    #[serde(with = "crate::wire::filter", default)]
    pub deal_type: Option<DealType>,
    /// 处置状态 — handling status; `None` sends -1 (不限) (2.6.1).
    #[serde(with = "crate::wire::filter", default)]
    pub deal_status: Option<DealStatus>,
    /// 关键字 — keyword (2.6.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    /// 当前页 — page number, default 1 (2.6.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页大小 — page size, default 1000 (wire name `pagesize`) (2.6.1).
    #[serde(
        rename = "pagesize",
        alias = "pageSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: Option<u32>,
}

impl AlarmList {
    /// Every alarm in `st..et`.
    pub fn new(st: impl Into<QueryTime>, et: impl Into<QueryTime>) -> Self {
        Self {
            st: st.into(),
            et: et.into(),
            group_id: None,
            dev_id: None,
            alarm_type: None,
            alarm_status: None,
            deal_type: None,
            deal_status: None,
            keywords: None,
            page: None,
            page_size: None,
        }
    }
}

impl AlarmList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::range(path, &self.st, &self.et)?;
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(AlarmList => Listing<Alarm>, GET "/api/v1/AlarmList", read, validate);
paged!(AlarmList, Alarm, 1000);

/// 处置警情 — record how an alarm was handled (2.6.2,
/// `GET /api/v1/AlarmUpdateDeal?id=…&dealType=1&dealStatus=2&dealDesc=测试`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlarmUpdateDeal {
    /// 警情 Id — alarm id (2.6.2).
    pub id: String,
    /// 处置方式 — 1 人工处置 (fixed) (2.6.2).
    pub deal_type: DealType,
    /// 处置状态 — 0 未处置, 1 正在处置, 2 已处置, 3 忽略 (2.6.2).
    pub deal_status: DealStatus,
    /// 备注 — remark (URL-encoded on the wire) (2.6.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal_desc: Option<String>,
}

impl AlarmUpdateDeal {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "id", &self.id)?;
        Ok(())
    }
}

client_core::endpoint!(AlarmUpdateDeal => Ack, GET "/api/v1/AlarmUpdateDeal", write, validate);

/// 删除警情 — delete an alarm (2.6.3, `GET /api/v1/AlarmUpdateDel?id=5000`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AlarmUpdateDel {
    /// 警情 Id — alarm id (2.6.3).
    pub id: String,
}

impl AlarmUpdateDel {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "id", &self.id)?;
        Ok(())
    }
}

client_core::endpoint!(AlarmUpdateDel => Ack, GET "/api/v1/AlarmUpdateDel", write, validate);

// ---------------------------------------------------------------- 2.7 positions

/// 设备位置数据查询① — a device's positions, paged (2.7.1,
/// `GET /api/v1/GPSList?st=2022-07-20&et=2022-07-21&devId=test1&page=1&pagesize=17280`).
/// Keep the range within about 2 days; use [`GpsListForLarge`] for more.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GpsList {
    /// 开始时间 — start (required) (2.7.1).
    pub st: QueryTime,
    /// 结束时间 — end (required) (2.7.1).
    pub et: QueryTime,
    /// 设备 Id — device id (required) (2.7.1).
    pub dev_id: String,
    /// 当前页 — page number, default 1 (2.7.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页大小 — page size, default 17280 = 360 × 24 × 2 (wire name `pagesize`) (2.7.1).
    #[serde(
        rename = "pagesize",
        alias = "pageSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: Option<u32>,
}

impl GpsList {
    /// Positions of `dev_id` in `st..et`.
    pub fn new(
        dev_id: impl Into<String>,
        st: impl Into<QueryTime>,
        et: impl Into<QueryTime>,
    ) -> Self {
        Self {
            st: st.into(),
            et: et.into(),
            dev_id: dev_id.into(),
            page: None,
            page_size: None,
        }
    }
}

impl GpsList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "devId", &self.dev_id)?;
        check::range(path, &self.st, &self.et)?;
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(GpsList => Listing<Position>, GET "/api/v1/GPSList", read, validate);
paged!(GpsList, Position, 17280);

/// 设备位置数据查询②：BigData — a device's compact track, first page only (2.7.2,
/// `GET /api/v1/GPSListForlarge?st=…&et=…&devId=test1&page=1&pagesize=604800`).
/// Points arrive as `[time, lng, lat, accuracy]` arrays ([`crate::GpsPoint`]). Keep the
/// range within about 7 days; [`crate::Client::gps_track`] splits longer ranges.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GpsListForLarge {
    /// 开始时间 — start (required) (2.7.2).
    pub st: QueryTime,
    /// 结束时间 — end (required) (2.7.2).
    pub et: QueryTime,
    /// 设备 Id — device id (required) (2.7.2).
    pub dev_id: String,
    /// 当前页 — only the first page is returned; the seed's example URL carries
    /// `page=1` but its table does not list the member, so [`GpsListForLarge::new`]
    /// leaves it unset (not sent) (2.7.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 大小 — maximum points, default 604800 ("7 天理论数据量": 7 × 86,400 s, one point per
    /// second) (wire
    /// name `pagesize`) (2.7.2).
    #[serde(
        rename = "pagesize",
        alias = "pageSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: Option<u32>,
}

impl GpsListForLarge {
    /// The documented default size: 604800 points.
    pub const DEFAULT_PAGE_SIZE: u32 = 604_800;

    /// The response size limit of this endpoint (128 MiB): 604,800 points of about 60
    /// bytes each, with room to spare, above the client's default limit.
    pub const MAX_RESPONSE_BYTES: usize = 128 * 1024 * 1024;

    /// How many points an answer of `body_len` bytes to this request can hold at
    /// most: no more than the requested size (`pagesize`, default 604,800), no more
    /// than one per second of the queried range (the seed's "7 天理论数据量" is one
    /// point per second; a date-only end bound counts its whole day), and no more than
    /// the body can hold at 28 bytes a point (`["yyyy-MM-dd HH:mm:ss",x,y],`, the
    /// shortest point with a text time). The capacity
    /// [`gps::decode_answer`](crate::gps::decode_answer) reserves.
    pub fn expected_points(&self, body_len: usize) -> usize {
        let size = self.page_size.unwrap_or(Self::DEFAULT_PAGE_SIZE) as usize;
        let mut range = (self.et.as_datetime() - self.st.as_datetime()).num_seconds();
        if matches!(self.et, QueryTime::Date(_)) {
            range = range.saturating_add(86_400);
        }
        let by_range = usize::try_from(range.saturating_add(1)).unwrap_or(0);
        size.min(by_range).min(body_len / 28 + 1)
    }

    /// The track of `dev_id` in `st..et` (default size; only the table's members —
    /// `st`, `et`, `devId` — are sent).
    pub fn new(
        dev_id: impl Into<String>,
        st: impl Into<QueryTime>,
        et: impl Into<QueryTime>,
    ) -> Self {
        Self {
            st: st.into(),
            et: et.into(),
            dev_id: dev_id.into(),
            page: None,
            page_size: None,
        }
    }
}

impl GpsListForLarge {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "devId", &self.dev_id)?;
        check::range(path, &self.st, &self.et)?;
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

// Written out (not `client_core::endpoint!`): the one endpoint whose documented answer
// (604,800 points, 7 天理论数据量) is larger than the client's default response limit.
impl client_core::Endpoint for GpsListForLarge {
    type Response = GpsTrack;
    const METHOD: http::Method = http::Method::GET;
    const PATH: &'static str = "/api/v1/GPSListForlarge";
    const BODY: client_core::BodyKind = client_core::BodyKind::Query;
    const IDEMPOTENT: bool = true;
    const MAX_RESPONSE_BYTES: Option<usize> = Some(GpsListForLarge::MAX_RESPONSE_BYTES);

    fn validate(&self) -> Result<(), client_core::Error> {
        self.check(<Self as client_core::Endpoint>::PATH)
    }
}

// Listed in the endpoint registry like the `endpoint!` ones (feature `client-core/registry`).
client_core::register_endpoint!(GpsListForLarge);

/// 设备位置数据查询③：里程数据（天）— daily mileage statistics (2.7.3,
/// `GET /api/v1/GPSStatsList?st=…&et=…&groupId=0&devId=test1&page=1&pagesize=10000`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GpsStatsList {
    /// 开始时间 — start (required) (2.7.3).
    pub st: QueryTime,
    /// 结束时间 — end (required) (2.7.3).
    pub et: QueryTime,
    /// 组 Id — group id (2.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<i64>,
    /// 设备 Id — device id (2.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_id: Option<String>,
    /// 当前页 — page number, default 1 (2.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页大小 — page size, default 1000 (wire name `pagesize`) (2.7.3).
    #[serde(
        rename = "pagesize",
        alias = "pageSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: Option<u32>,
}

impl GpsStatsList {
    /// Daily statistics in `st..et`.
    pub fn new(st: impl Into<QueryTime>, et: impl Into<QueryTime>) -> Self {
        Self {
            st: st.into(),
            et: et.into(),
            group_id: None,
            dev_id: None,
            page: None,
            page_size: None,
        }
    }
}

impl GpsStatsList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::range(path, &self.st, &self.et)?;
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(GpsStatsList => Listing<GpsStats>, GET "/api/v1/GPSStatsList", read, validate);
paged!(GpsStatsList, GpsStats, 1000);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_points_is_bounded_by_size_range_and_body() {
        let day = chrono::NaiveDate::from_ymd_opt(2022, 7, 20).unwrap();
        let st = day.and_hms_opt(0, 0, 0).unwrap();
        let week = GpsListForLarge::new("d", st, st + chrono::TimeDelta::days(7));
        assert_eq!(week.expected_points(100_000_000), 604_800);
        let hour = GpsListForLarge::new("d", st, st + chrono::TimeDelta::hours(1));
        assert_eq!(hour.expected_points(100_000_000), 3_601);
        assert_eq!(hour.expected_points(280), 11);
        let dates = GpsListForLarge::new("d", day, day);
        assert_eq!(dates.expected_points(100_000_000), 86_401);
        let mut small = week.clone();
        small.page_size = Some(10);
        assert_eq!(small.expected_points(100_000_000), 10);
        let inverted = GpsListForLarge::new("d", st + chrono::TimeDelta::days(1), st);
        assert_eq!(inverted.expected_points(100_000_000), 0);
    }
}
