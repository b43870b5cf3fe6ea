//! 1.4.16 云存储 — cloud storage: events recorded to the cloud by devices, their video
//! indexes and decryption keys (TUMS 2026-08-31 edition, 1.4.16.1–1.4.16.7).
//!
//! Playing cloud video needs the vendor's SDK; these endpoints list events
//! ([`GetEventListByPage`], a timestamp cursor: follow [`GetEventListByPage::next`]),
//! the days that have events ([`GetEventCalendar`], [`GetEventCountOfDate`]), an event's
//! frame index ([`GetEventIndexesByPage`]), delete events ([`DeleteEvents`]) and fetch
//! the key of encrypted video ([`GetDecryptKey`], a secret).
//!
//! ```
//! use client_core::Endpoint;
//! use tums_client::api::cloud_storage::*;
//!
//! let newest = GetEventListByPage::newest("16E0091709B04C926", 1, 50);
//! assert!(newest.validate().is_ok());
//! let page = EventPage { next_timestamp: Some(1_784_879_915_000), event_list: vec![] };
//! assert_eq!(newest.next(&page).unwrap().start_timestamp, 1_784_879_915_000);
//! assert!(newest.next(&EventPage::default()).is_none());
//! ```

use std::collections::BTreeMap;

use client_core::{Error, Secret};
use serde::{Deserialize, Serialize};

use super::check;

/// Largest `limit` of [`GetEventListByPage`] and [`GetEventIndexesByPage`] (`[1, 100]`).
pub const EVENT_PAGE_MAX_LIMIT: u32 = 100;
/// Longest `timestampList` of [`DeleteEvents`] (`[1, 100]`, 1.4.16.5).
pub const DELETE_EVENTS_MAX: usize = 100;
/// Most days between `startDate` and `endDate` of [`GetEventCalendar`] (31, 1.4.16.3).
pub const CALENDAR_MAX_DAYS: i64 = 31;

/// 元数据 keys documented for `metaMap` (1.4.16.1.1).
pub const META_KEYS: [&str; 8] = [
    "needCover",
    "rotate",
    "mjpegDataUnit",
    "isConsecutive",
    "deviceModuleSpec",
    "channelIdList",
    "maxDuration",
    "timeZone",
];

client_core::str_enum! {
    /// 帧类型 — frame type of an index entry (1.4.16.4 frameTypes; no P frames).
    pub enum FrameType {
        /// I — I 帧, key frame.
        I = "I",
        /// VI — 虚拟I帧, virtual key frame.
        VirtualI = "VI",
    }
}

client_core::str_enum! {
    /// 加密类型 — encryption of cloud video (1.4.16.7 type; typed int in the table with
    /// the value "1.AES_128_CBC", a string in the example).
    pub enum EncryptionType {
        /// AES_128_CBC — AES, 128-bit key, CBC mode.
        Aes128Cbc = "AES_128_CBC",
    }
}

/// A `yyyyMMdd` date (8 digits, a real calendar date).
pub(crate) fn compact_date(
    path: &str,
    field: &str,
    value: &str,
) -> Result<chrono::NaiveDate, Error> {
    match chrono::NaiveDate::parse_from_str(value, "%Y%m%d") {
        Ok(d) if value.len() == 8 && value.bytes().all(|b| b.is_ascii_digit()) => Ok(d),
        _ => Err(Error::invalid(
            path,
            format!("{field} must be yyyyMMdd, got {value:?}"),
        )),
    }
}

fn event_limit(path: &str, limit: u32) -> Result<(), Error> {
    check::limit(path, limit, EVENT_PAGE_MAX_LIMIT)
}

/// A millisecond timestamp, or -1 where the table allows it.
fn cursor(path: &str, field: &str, value: i64) -> Result<(), Error> {
    if value == -1 || value >= 0 {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("{field} must be -1 or a UNIX time in milliseconds, got {value}"),
        ))
    }
}

// ---------------------------------------------------------------------------------
// 1.4.16.2

/// 分页获取录像事件列表 — a page of cloud-recorded events (1.4.16.2).
///
/// `start_timestamp`/`end_timestamp` (ms, or -1): both -1 = from the newest, newest
/// first; start -1 = after `end_timestamp`, oldest first; end -1 = at or before
/// `start_timestamp`, newest first; both set = `[start, end)` oldest first (or
/// `(end, start]` newest first when start > end). The answer's `nextTimestamp` is the
/// next page's `start_timestamp` ([`GetEventListByPage::next`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetEventListByPage {
    /// 设备码 — 17-character device code; this or `mac` is required (1.4.16.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.16.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel, from 1. Required (1.4.16.2).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 起始时间戳 — UNIX ms or -1. Required (1.4.16.2).
    #[serde(with = "client_core::lenient::int")]
    pub start_timestamp: i64,
    /// 结束时间戳 — UNIX ms or -1. Required (1.4.16.2).
    #[serde(with = "client_core::lenient::int")]
    pub end_timestamp: i64,
    /// 每页获取的事件数量 — `[1, 100]`. Required (1.4.16.2).
    pub limit: u32,
}

impl GetEventListByPage {
    /// The newest events of `qr_code`'s channel, `limit` per page.
    pub fn newest(qr_code: impl Into<String>, channel_id: i64, limit: u32) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
            start_timestamp: -1,
            end_timestamp: -1,
            limit,
        }
    }

    /// The request for the page after `page`, or `None` when `nextTimestamp` is absent
    /// or 0 (no more events).
    pub fn next(&self, page: &EventPage) -> Option<Self> {
        let next = page.next_timestamp.filter(|t| *t > 0)?;
        let mut req = self.clone();
        req.start_timestamp = next;
        Some(req)
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        check::channel(path, "channelId", self.channel_id)?;
        cursor(path, "startTimestamp", self.start_timestamp)?;
        cursor(path, "endTimestamp", self.end_timestamp)?;
        event_limit(path, self.limit)
    }
}

client_core::endpoint!(GetEventListByPage => EventPage, POST "/tums/open/cloudStorage/v1/getEventListByPage", read, validate);

/// 录像事件列表 — result of 1.4.16.2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventPage {
    /// 下一行记录的时间戳 — next page's `startTimestamp` (ms); 0 when there is none
    /// (typed string, the example sends a number; both accepted) (1.4.16.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub next_timestamp: Option<i64>,
    /// 事件列表 — the events (1.4.16.2).
    #[serde(default)]
    pub event_list: Vec<CloudEvent>,
}

/// 录像事件 — one cloud-recorded event (1.4.16.2 eventList).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CloudEvent {
    /// 事件的起始时间戳 — start, UNIX ms as a string; identifies the event (1.4.16.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub timestamp: Option<String>,
    /// 事件相关资源的URL的前缀 — URL prefix of the event's files (1.4.16.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// 事件的快照的完整URL — snapshot URL (1.4.16.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_url: Option<String>,
    /// 事件的持续时间 — duration in ms (1.4.16.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration: Option<i64>,
    /// 事件类型列表 — event types, as the push messages' msgSubType (1.4.16.2).
    #[serde(default)]
    pub event_type: Vec<i64>,
    /// 事件视频数据加密的key — the key's id for [`GetDecryptKey`]; empty when not
    /// encrypted (1.4.16.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_key: Option<String>,
    /// 视频分片的文件总大小 — bytes, as an integer string (1.4.16.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub file_size: Option<String>,
    /// 事件的元数据信息 — metadata ([`META_KEYS`], 1.4.16.1.1) (1.4.16.2).
    #[serde(default)]
    pub meta_map: BTreeMap<String, String>,
    /// 事件收藏状态 — bookmarked; table `collectionsStatus`, example `collectionStatus`
    /// (both accepted) (1.4.16.2).
    #[serde(
        alias = "collectionsStatus",
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub collection_status: Option<bool>,
    /// 收藏事件时间戳 — when bookmarked, UNIX ms (1.4.16.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub collection_status_timestamp: Option<i64>,
    /// 视频过期时间 — video expiry, UNIX ms (1.4.16.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub video_expiration_time: Option<i64>,
    /// 封面图url — cover picture URL (1.4.16.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_server_url: Option<String>,
    /// 封面图云厂商 — cover storage provider (1.4.16.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_supplier: Option<String>,
    /// 封面图地域 — cover storage region (1.4.16.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_region: Option<String>,
    /// 封面图存储桶 — cover storage bucket (1.4.16.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_bucket: Option<String>,
    /// 封面图名称 — cover object name (1.4.16.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_name: Option<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.16.3

/// 获取存在事件的日期列表 — the days with events between two dates, at most 31 days apart
/// (1.4.16.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetEventCalendar {
    /// 设备码 — device code; this or `mac` is required (1.4.16.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.16.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel, from 1. Required (1.4.16.3).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 开始日期 — `yyyyMMdd` (the table's description says 结束日期, a copy). Required (1.4.16.3).
    pub start_date: String,
    /// 结束日期 — `yyyyMMdd`, at most 31 days after `start_date`. Required (1.4.16.3).
    pub end_date: String,
}

impl GetEventCalendar {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        check::channel(path, "channelId", self.channel_id)?;
        let start = compact_date(path, "startDate", &self.start_date)?;
        let end = compact_date(path, "endDate", &self.end_date)?;
        let days = (end - start).num_days();
        if !(0..=CALENDAR_MAX_DAYS).contains(&days) {
            return Err(Error::invalid(
                path,
                format!("endDate must be 0..={CALENDAR_MAX_DAYS} days after startDate, got {days}"),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(GetEventCalendar => EventCalendar, POST "/tums/open/cloudStorage/v1/getEventCalendar", read, validate);

/// 存在事件的日期列表 — result of 1.4.16.3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventCalendar {
    /// 日期列表 — `yyyyMMdd` days with events (1.4.16.3).
    #[serde(default)]
    pub date_list: Vec<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.16.4

/// 分页获取录像事件的索引列表 — the frame index of one event (by its `timestamp`),
/// paged by `start` or by `start_timestamp` (exactly one) (1.4.16.4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetEventIndexesByPage {
    /// 设备码 — device code; this or `mac` is required (1.4.16.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.16.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel, from 1 (1.4.16.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 事件的起始时间戳 — the event, UNIX ms. Required (1.4.16.4).
    #[serde(with = "client_core::lenient::int")]
    pub timestamp: i64,
    /// 起始条目 — 0-based entry; not with `start_timestamp` (1.4.16.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start: Option<i64>,
    /// 起始偏移时间戳 — start offset; not with `start` (1.4.16.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_timestamp: Option<i64>,
    /// 每页获取的事件索引数量 — `[1, 100]`. Required (1.4.16.4).
    pub limit: u32,
}

impl GetEventIndexesByPage {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        check::opt_channel(path, "channelId", self.channel_id)?;
        cursor(path, "timestamp", self.timestamp)?;
        if self.start.is_some() && self.start_timestamp.is_some() {
            return Err(Error::invalid(
                path,
                "start and startTimestamp cannot both be set",
            ));
        }
        if let Some(s) = self.start {
            check::start(path, s)?;
        }
        event_limit(path, self.limit)
    }
}

client_core::endpoint!(GetEventIndexesByPage => EventIndexes, POST "/tums/open/cloudStorage/v1/getEventIndexesByPage", read, validate);

/// 录像事件的索引列表 — result of 1.4.16.4: parallel arrays, one entry per frame.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventIndexes {
    /// 下一次分页获取时的起始条目 — next `start`; only when paging by `startTimestamp` (1.4.16.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub next_index: Option<i64>,
    /// 帧的起始时间戳偏移 — offsets from the event's start, ms (1.4.16.4).
    #[serde(default)]
    pub timestamps: Vec<i64>,
    /// 帧的URL — to append to the event's `baseUrl` (1.4.16.4).
    #[serde(default)]
    pub urls: Vec<String>,
    /// 帧所在文件的起始偏移量 — byte offsets in their files (1.4.16.4).
    #[serde(default)]
    pub offsets: Vec<i64>,
    /// 帧的大小 — frame sizes in bytes (1.4.16.4).
    #[serde(default)]
    pub sizes: Vec<i64>,
    /// 帧的类型 — I or VI (1.4.16.4).
    #[serde(default)]
    pub frame_types: Vec<FrameType>,
    /// 帧所在文件的下载签名 — download signatures (valid 1 h), to append to the path (1.4.16.4).
    #[serde(default)]
    pub auths: Vec<String>,
    /// 事件的元数据信息 — metadata ([`META_KEYS`]) (1.4.16.4).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub meta_map: BTreeMap<String, String>,
}

// ---------------------------------------------------------------------------------
// 1.4.16.5

/// 批量删除设备的事件以及相关的录像文件 — delete events and their video (1.4.16.5).
/// Events that do not exist count as deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteEvents {
    /// 设备码 — device code; this or `mac` is required (1.4.16.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.16.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel, from 1 (1.4.16.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 事件的起始时间戳数组 — the events (ms, as strings), 1–100. Required (1.4.16.5).
    pub timestamp_list: Vec<String>,
}

impl DeleteEvents {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        check::opt_channel(path, "channelId", self.channel_id)?;
        check::len(
            path,
            "timestampList",
            self.timestamp_list.len(),
            1,
            DELETE_EVENTS_MAX,
        )?;
        for (i, t) in self.timestamp_list.iter().enumerate() {
            if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Error::invalid(
                    path,
                    format!("timestampList[{i}] must be UNIX milliseconds, got {t:?}"),
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(DeleteEvents => Option<DeleteEventsResult>, POST "/tums/open/cloudStorage/v1/deleteEvents", write, validate);

/// 删除结果 — result of 1.4.16.5 (`None` when the answer has no `result`, as in the
/// printed example).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteEventsResult {
    /// 删除失败的事件时间戳列表 — events that could not be deleted (1.4.16.5).
    #[serde(default)]
    pub failed_timestamp_list: Vec<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.16.6

/// 获取指定日期的事件数量 — the number of events on one day (1.4.16.6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetEventCountOfDate {
    /// 设备码 — device code; this or `mac` is required (1.4.16.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.16.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel, from 1. Required (1.4.16.6).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 查询的日期 — `yyyyMMdd` (typed long, the example sends a string; sent as a
    /// string). Required (1.4.16.6).
    #[serde(with = "client_core::lenient::string")]
    pub date: String,
}

impl GetEventCountOfDate {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        check::channel(path, "channelId", self.channel_id)?;
        compact_date(path, "date", &self.date).map(drop)
    }
}

client_core::endpoint!(GetEventCountOfDate => EventCount, POST "/tums/open/cloudStorage/v1/getEventCountOfDate", read, validate);

/// 事件数量 — result of 1.4.16.6.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventCount {
    /// 当前日期的事件数量 — events on that day (1.4.16.6).
    #[serde(default, with = "client_core::lenient::int")]
    pub count: i64,
}

// ---------------------------------------------------------------------------------
// 1.4.16.7

/// 查询解密密钥 — the key that decrypts an event's video (1.4.16.7). The answer is a
/// secret: never excerpted in errors or logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDecryptKey {
    /// 密钥唯一标识id — the event's `encryptionKey` (1.4.16.2). Required (1.4.16.7).
    #[serde(with = "client_core::lenient::string")]
    pub encryption_key: String,
}

impl GetDecryptKey {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::non_empty(path, "encryptionKey", &self.encryption_key)
    }
}

client_core::endpoint!(GetDecryptKey => DecryptKey, POST "/tums/open/skm/v1/getDecryptKey", read, validate, sensitive);

/// 解密密钥 — result of 1.4.16.7. `decrypt_key` is a [`Secret`] (never printed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DecryptKey {
    /// 解密密钥 — the key (hex text in the example) (1.4.16.7).
    #[serde(default, serialize_with = "Secret::serialize_exposed")]
    pub decrypt_key: Secret,
    /// 加密类型 — the cipher (1.4.16.7).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub encryption_type: Option<EncryptionType>,
    /// 额外参数 — cipher parameters (1.4.16.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_params: Option<DecryptParams>,
}

/// 额外参数 — cipher parameters of 1.4.16.7 (extraParams).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecryptParams {
    /// AES算法IV向量 — the AES IV (1.4.16.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iv: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::Endpoint;

    fn rejects<E: Endpoint>(req: &E, needle: &str) {
        match req.validate() {
            Err(Error::InvalidRequest { path, message }) => {
                assert_eq!(path, E::PATH);
                assert!(message.contains(needle), "{message:?} lacks {needle:?}");
            }
            other => panic!("expected InvalidRequest about {needle:?}, got {other:?}"),
        }
    }

    #[test]
    fn requests_are_checked() {
        let mut list = GetEventListByPage::newest("16E0091709B04C926", 1, 100);
        assert!(list.validate().is_ok());
        list.limit = 101;
        rejects(&list, "limit");
        list.limit = 1;
        list.start_timestamp = -2;
        rejects(&list, "startTimestamp");
        let cal = GetEventCalendar {
            qr_code: Some("16E0091709B04C926".into()),
            mac: None,
            channel_id: 1,
            start_date: "20260101".into(),
            end_date: "20260201".into(),
        };
        assert!(cal.validate().is_ok());
        rejects(
            &GetEventCalendar {
                end_date: "20260202".into(),
                ..cal.clone()
            },
            "0..=31 days",
        );
        rejects(
            &GetEventCalendar {
                start_date: "20260132".into(),
                ..cal
            },
            "startDate",
        );
        let idx = GetEventIndexesByPage {
            qr_code: None,
            mac: Some("00-FF-00-17-00-18".into()),
            channel_id: Some(1),
            timestamp: 1_539_169_043_000,
            start: Some(0),
            start_timestamp: Some(1),
            limit: 20,
        };
        rejects(&idx, "both");
        let del = DeleteEvents {
            qr_code: Some("16E0091709B04C926".into()),
            mac: None,
            channel_id: Some(1),
            timestamp_list: vec!["x".into()],
        };
        rejects(&del, "timestampList[0]");
        rejects(
            &DeleteEvents {
                timestamp_list: vec![],
                ..del
            },
            "timestampList",
        );
        const { assert!(GetDecryptKey::SENSITIVE_RESPONSE) };
    }

    #[test]
    fn decrypt_keys_never_print() {
        let k: DecryptKey = serde_json::from_str(
            r#"{"decryptKey":"233215918bf942aead111ea13a3af6b5","type":"AES_128_CBC"}"#,
        )
        .unwrap();
        assert!(!format!("{k:?}").contains("2332159"));
        assert_eq!(k.encryption_type, Some(EncryptionType::Aes128Cbc));
        assert_eq!(k.decrypt_key.expose(), "233215918bf942aead111ea13a3af6b5");
    }
}
