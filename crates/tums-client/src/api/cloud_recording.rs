//! 1.4.9 云录制 — cloud recording: pictures and clips fetched from a device into the
//! cloud (TUMS 2026-08-31 edition, 1.4.9.2–1.4.9.8).
//!
//! Flow (1.4.9.1 使用说明): submit a task with [`SubmitCaptureImageTask`] or
//! [`SubmitCaptureVideoTask`], poll [`GetTaskInfo`] until its [`TaskState`] is
//! [`TaskState::Succeeded`] (10) or [`TaskState::Failed`] (11), then list its files with
//! [`GetTaskFilePage`] (`url_required: Some(true)` for download URLs). [`GetTaskPage`]
//! lists the tasks (newest first) and [`DeleteFile`] frees space. [`CaptureThumbnail`]
//! fetches a preview thumbnail without using up capture calls.
//!
//! Both application types may call these; the device must be in trial or paid use, and
//! the vendor advises at least 2 s between calls per IPC/NVR.
//!
//! Times are the platform's compact form `yyyyMMddhhmmss` in UTC+8, kept as text.
//!
//! ```
//! use client_core::{Endpoint, PageRequest, Paged};
//! use tums_client::api::cloud_recording::*;
//!
//! let req = SubmitCaptureImageTask::playback("16E0091709B04C926", 1, "20230509093100");
//! assert!(req.validate().is_ok());
//! let mut page = GetTaskPage::new(50);
//! page.set_page(PageRequest { index: 2, size: 50 });
//! assert_eq!(page.page_index, 2);
//! assert!(GetTaskPage::new(51).validate().is_err());
//! ```

use client_core::{Error, Page, PageRequest, Paged};
use serde::{Deserialize, Serialize};

use super::check;

/// Largest `pageSize` of [`GetTaskPage`] and [`GetTaskFilePage`] (取值范围 `[1, 50]`).
pub const TASK_PAGE_MAX_SIZE: u32 = 50;
/// Longest `taskId` / `fileId` (长度限制 `[1, 19]`, 1.4.9.2–1.4.9.7).
pub const TASK_ID_MAX_LEN: usize = 19;
/// Largest `expireDays` of an enterprise service (`[1, 730]`; trial or overdue
/// services keep at most 7 days whatever is asked) (1.4.9.2/3).
pub const MAX_EXPIRE_DAYS: i64 = 730;
/// `urlTtl` bounds in seconds (`[60, 2592000]`; trial services are fixed at 60) (1.4.9.6).
pub const URL_TTL_RANGE: (i64, i64) = (60, 2_592_000);

client_core::int_enum! {
    /// 抓图/录像类型 — what a cloud-recording task captures (1.4.9.2/3 type, 1.4.9.4/5
    /// 抓拍类型).
    pub enum CaptureType {
        /// 1 — 实时抓图, a live picture.
        LiveImage = 1,
        /// 2 — 回放抓图, a picture from the recording (`playbackTime`).
        PlaybackImage = 2,
        /// 3 — 监控点报警消息抓图, the picture of an alarm push (`imageId`).
        AlarmImage = 3,
        /// 101 — 实时录像, a live clip until `liveRecordEndTime`.
        LiveVideo = 101,
        /// 102 — 回放录像, a clip of the recording (`playbackStartTime`–`playbackEndTime`).
        PlaybackVideo = 102,
    }
}

client_core::int_enum! {
    /// 任务状态 — state of a cloud-recording task (1.4.9.4/5 state).
    pub enum TaskState {
        /// 0 — 待执行, waiting.
        Pending = 0,
        /// 1 — 执行中, running.
        Running = 1,
        /// 10 — 成功结束, finished: list its files.
        Succeeded = 10,
        /// 11 — 异常结束, failed: see the task's `error_code`.
        Failed = 11,
    }
}

impl TaskState {
    /// `true` once the task has ended (10 or 11).
    pub fn is_final(&self) -> bool {
        matches!(self, TaskState::Succeeded | TaskState::Failed)
    }
}

/// A compact `yyyyMMddhhmmss` time (14 digits, a real calendar time).
pub(crate) fn compact_time(path: &str, field: &str, value: &str) -> Result<(), Error> {
    if value.len() == 14
        && value.bytes().all(|b| b.is_ascii_digit())
        && chrono::NaiveDateTime::parse_from_str(value, "%Y%m%d%H%M%S").is_ok()
    {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("{field} must be yyyyMMddhhmmss (UTC+8), got {value:?}"),
        ))
    }
}

/// Playback captures are not supported from 23:59:50 to 00:00:00 inclusive (1.4.9.2/3).
fn not_at_midnight(path: &str, field: &str, value: &str) -> Result<(), Error> {
    compact_time(path, field, value)?;
    let hms = &value[8..];
    if hms >= "235950" || hms == "000000" {
        return Err(Error::invalid(
            path,
            format!("{field}: playback captures from 23:59:50 to 00:00:00 are not supported"),
        ));
    }
    Ok(())
}

fn task_id(path: &str, field: &str, value: &str) -> Result<(), Error> {
    client_core::validate::chars(path, field, value, 1, TASK_ID_MAX_LEN)
}

// ---------------------------------------------------------------------------------
// 1.4.9.2

/// 提交设备抓图任务 — submit a picture task (1.4.9.2). Live (1), playback (2, needs
/// `playback_time`) or an alarm's picture (3, needs `image_id`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmitCaptureImageTask {
    /// 设备码 — the 17-character device code; this or `mac` is required, `qrCode` wins (1.4.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, `00-FF-00-17-00-18`; this or `qr_code` is required (1.4.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel, from 1 (1 for an IPC bound directly). Required (1.4.9.2).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 抓图类型 — 1, 2 or 3. Required (1.4.9.2).
    #[serde(rename = "type")]
    pub capture_type: CaptureType,
    /// 文件过期天数 — days to keep the file, `[1, 730]` (default 14; trial: at most 7) (1.4.9.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_days: Option<i64>,
    /// 回放抓图时间 — `yyyyMMddhhmmss` (UTC+8); required for type 2 (1.4.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub playback_time: Option<String>,
    /// 报警消息imageId — the `imageId` of an alarm push (1.4.8.5); required for type 3 (1.4.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
}

impl SubmitCaptureImageTask {
    /// A playback picture of `qr_code`'s channel at `time` (`yyyyMMddhhmmss`).
    pub fn playback(qr_code: impl Into<String>, channel_id: i64, time: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
            capture_type: CaptureType::PlaybackImage,
            expire_days: None,
            playback_time: Some(time.into()),
            image_id: None,
        }
    }

    /// A live picture of `qr_code`'s channel.
    pub fn live(qr_code: impl Into<String>, channel_id: i64) -> Self {
        Self {
            capture_type: CaptureType::LiveImage,
            playback_time: None,
            ..Self::playback(qr_code, channel_id, "")
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        check::channel(path, "channelId", self.channel_id)?;
        check::opt_range(path, "expireDays", self.expire_days, 1, MAX_EXPIRE_DAYS)?;
        match &self.capture_type {
            CaptureType::LiveImage => Ok(()),
            CaptureType::PlaybackImage => match &self.playback_time {
                Some(t) => not_at_midnight(path, "playbackTime", t),
                None => Err(Error::invalid(path, "playbackTime is required for type 2")),
            },
            CaptureType::AlarmImage => match &self.image_id {
                Some(id) if !id.trim().is_empty() => Ok(()),
                _ => Err(Error::invalid(path, "imageId is required for type 3")),
            },
            other => Err(Error::invalid(
                path,
                format!(
                    "type must be 1, 2 or 3 for a picture task, got {}",
                    other.code()
                ),
            )),
        }
    }
}

client_core::endpoint!(SubmitCaptureImageTask => CaptureTaskId, POST "/vms/open/videoFetchService/v1/submitCaptureImageTask", write, validate);

/// 云录制任务索引 — the task id of a submitted task (result of 1.4.9.2/3).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CaptureTaskId {
    /// 云录制任务索引 — task id, 1–19 characters (1.4.9.2/3).
    #[serde(default, with = "client_core::lenient::string")]
    pub task_id: String,
}

// ---------------------------------------------------------------------------------
// 1.4.9.3

/// 提交设备录像任务 — submit a clip task (1.4.9.3): live (101, until
/// `live_record_end_time`, at most now + 1 h) or playback (102, between
/// `playback_start_time` and `playback_end_time`; trial services: 1 minute at most).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmitCaptureVideoTask {
    /// 设备码 — the 17-character device code; this or `mac` is required (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel, from 1. Required (1.4.9.3).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 录像类型 — 101 or 102. Required (1.4.9.3).
    #[serde(rename = "type")]
    pub capture_type: CaptureType,
    /// 文件过期天数 — `[1, 730]` (default 14; trial: at most 7) (1.4.9.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_days: Option<i64>,
    /// 回放录像开始时间 — `yyyyMMddhhmmss`; required for type 102 (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub playback_start_time: Option<String>,
    /// 回放录像结束时间 — `yyyyMMddhhmmss`; required for type 102 (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub playback_end_time: Option<String>,
    /// 实时录像结束时间 — `yyyyMMddhhmmss`, at most now + 1 h; required for type 101 (1.4.9.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live_record_end_time: Option<String>,
}

impl SubmitCaptureVideoTask {
    /// A playback clip of `qr_code`'s channel from `start` to `end` (`yyyyMMddhhmmss`).
    pub fn playback(
        qr_code: impl Into<String>,
        channel_id: i64,
        start: impl Into<String>,
        end: impl Into<String>,
    ) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
            capture_type: CaptureType::PlaybackVideo,
            expire_days: None,
            playback_start_time: Some(start.into()),
            playback_end_time: Some(end.into()),
            live_record_end_time: None,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        check::channel(path, "channelId", self.channel_id)?;
        check::opt_range(path, "expireDays", self.expire_days, 1, MAX_EXPIRE_DAYS)?;
        match &self.capture_type {
            CaptureType::LiveVideo => match &self.live_record_end_time {
                Some(t) => compact_time(path, "liveRecordEndTime", t),
                None => Err(Error::invalid(
                    path,
                    "liveRecordEndTime is required for type 101",
                )),
            },
            CaptureType::PlaybackVideo => {
                let (Some(start), Some(end)) = (&self.playback_start_time, &self.playback_end_time)
                else {
                    return Err(Error::invalid(
                        path,
                        "playbackStartTime and playbackEndTime are required for type 102",
                    ));
                };
                not_at_midnight(path, "playbackStartTime", start)?;
                not_at_midnight(path, "playbackEndTime", end)?;
                // Same fixed width: text order is time order.
                if start >= end {
                    return Err(Error::invalid(
                        path,
                        format!("playbackStartTime {start} must be before playbackEndTime {end}"),
                    ));
                }
                Ok(())
            }
            other => Err(Error::invalid(
                path,
                format!(
                    "type must be 101 or 102 for a clip task, got {}",
                    other.code()
                ),
            )),
        }
    }
}

client_core::endpoint!(SubmitCaptureVideoTask => CaptureTaskId, POST "/vms/open/videoFetchService/v1/submitCaptureVideoTask", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.9.4

/// 分页查询任务列表 — list the cloud-recording tasks, newest first (1.4.9.4), paged with
/// `pageIndex` (from 0) and `pageSize` (`[1, 50]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetTaskPage {
    /// 起始页 — page number, from 0. Required (1.4.9.4).
    pub page_index: u64,
    /// 单页大小 — `[1, 50]`. Required (1.4.9.4).
    pub page_size: u32,
}

impl GetTaskPage {
    /// The first page, `page_size` tasks per page.
    pub fn new(page_size: u32) -> Self {
        Self {
            page_index: 0,
            page_size,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::range(
            path,
            "pageSize",
            i64::from(self.page_size),
            1,
            i64::from(TASK_PAGE_MAX_SIZE),
        )
    }
}

client_core::endpoint!(GetTaskPage => TaskPage, POST "/vms/open/videoFetchService/v1/getTaskPage", read, validate);

impl Paged for GetTaskPage {
    type Item = CaptureTask;

    fn page_size(&self) -> u32 {
        self.page_size
    }

    fn set_page(&mut self, page: PageRequest) {
        self.page_index = page.index;
        self.page_size = page.size;
    }

    fn into_page(resp: TaskPage) -> Page<CaptureTask> {
        Page::new(resp.list, u64::try_from(resp.total).ok())
    }
}

/// 任务列表 — one page of tasks (result of 1.4.9.4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskPage {
    /// 任务总数 — number of tasks (1.4.9.4).
    #[serde(default, with = "client_core::lenient::int")]
    pub total: i64,
    /// 任务列表 — this page's tasks (1.4.9.4).
    #[serde(default)]
    pub list: Vec<CaptureTask>,
}

/// 云录制任务 — one task (1.4.9.4 list, result of 1.4.9.5).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CaptureTask {
    /// 云录制任务索引 — task id (1.4.9.4/5).
    #[serde(default, with = "client_core::lenient::string")]
    pub task_id: String,
    /// 抓拍类型 — what the task captures (1.4.9.4/5).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub capture_type: Option<CaptureType>,
    /// 任务状态 — state (1.4.9.4/5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<TaskState>,
    /// 任务下文件个数 — number of files (1.4.9.4/5).
    #[serde(default, with = "client_core::lenient::int")]
    pub file_count: i64,
    /// 文件总字节数 — bytes of all files (1.4.9.4/5).
    #[serde(default, with = "client_core::lenient::int")]
    pub total_bytes: i64,
    /// 任务创建时间 — `yyyyMMddhhmmss` (UTC+8) (1.4.9.4/5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// 错误码 — once ended: 0, -88303 套餐用量超限, -82414, -80327 离线, -80301,
    /// -87035 取流超时, -87036 无录像, -87037 并发上限, -87038 推流异常 (1.4.9.4/5).
    #[serde(
        rename = "error_code",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_code: Option<i64>,
    /// 错误描述 — once ended (1.4.9.4/5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_msg: Option<String>,
}

impl CaptureTask {
    /// The task's typed error code, when it ended with one other than 0.
    pub fn error(&self) -> Option<crate::ErrorCode> {
        self.error_code
            .filter(|c| *c != 0)
            .map(crate::ErrorCode::from_code)
    }
}

// ---------------------------------------------------------------------------------
// 1.4.9.5

/// 查询任务详情 — one task's state (1.4.9.5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetTaskInfo {
    /// 云录制任务索引 — task id, 1–19 characters. Required (1.4.9.5).
    #[serde(with = "client_core::lenient::string")]
    pub task_id: String,
}

impl GetTaskInfo {
    fn check(&self, path: &str) -> Result<(), Error> {
        task_id(path, "taskId", &self.task_id)
    }
}

client_core::endpoint!(GetTaskInfo => CaptureTask, POST "/vms/open/videoFetchService/v1/getTaskInfo", read, validate);

// ---------------------------------------------------------------------------------
// 1.4.9.6

/// 分页查询任务文件列表 — list a task's files, newest first (1.4.9.6), paged like
/// [`GetTaskPage`]. Set `url_required` for download URLs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetTaskFilePage {
    /// 云录制任务索引 — task id (typed int in this table, string elsewhere; sent as a
    /// string). Required (1.4.9.6).
    #[serde(with = "client_core::lenient::string")]
    pub task_id: String,
    /// 起始页 — page number, from 0. Required (1.4.9.6).
    pub page_index: u64,
    /// 单页大小 — `[1, 50]`. Required (1.4.9.6).
    pub page_size: u32,
    /// 是否需返回下载链接 — return `urls` (default false) (1.4.9.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_required: Option<bool>,
    /// 下载链接有效时长 — URL lifetime in seconds, `[60, 2592000]` (default 3600; trial:
    /// fixed 60) (1.4.9.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub url_ttl: Option<i64>,
}

impl GetTaskFilePage {
    /// The first page of `task_id`'s files with download URLs.
    pub fn with_urls(task_id: impl Into<String>, page_size: u32) -> Self {
        Self {
            task_id: task_id.into(),
            page_index: 0,
            page_size,
            url_required: Some(true),
            url_ttl: None,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        task_id(path, "taskId", &self.task_id)?;
        check::range(
            path,
            "pageSize",
            i64::from(self.page_size),
            1,
            i64::from(TASK_PAGE_MAX_SIZE),
        )?;
        check::opt_range(
            path,
            "urlTtl",
            self.url_ttl,
            URL_TTL_RANGE.0,
            URL_TTL_RANGE.1,
        )
    }
}

client_core::endpoint!(GetTaskFilePage => TaskFilePage, POST "/vms/open/videoFetchService/v1/getTaskFilePage", read, validate);

impl Paged for GetTaskFilePage {
    type Item = TaskFile;

    fn page_size(&self) -> u32 {
        self.page_size
    }

    fn set_page(&mut self, page: PageRequest) {
        self.page_index = page.index;
        self.page_size = page.size;
    }

    fn into_page(resp: TaskFilePage) -> Page<TaskFile> {
        Page::new(resp.list, u64::try_from(resp.total).ok())
    }
}

/// 任务文件列表 — one page of a task's files (result of 1.4.9.6).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskFilePage {
    /// 文件总数 — number of files of the task (1.4.9.6).
    #[serde(default, with = "client_core::lenient::int")]
    pub total: i64,
    /// 文件信息列表 — this page's files (1.4.9.6).
    #[serde(default)]
    pub list: Vec<TaskFile>,
}

/// 云录制文件 — one file of a task (1.4.9.6 list).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskFile {
    /// 云录制文件索引 — file id, for [`DeleteFile`] (1.4.9.6).
    #[serde(default, with = "client_core::lenient::string")]
    pub file_id: String,
    /// 云录制任务索引 — its task (1.4.9.6).
    #[serde(default, with = "client_core::lenient::string")]
    pub task_id: String,
    /// 文件个数 — segments (at most one for picture tasks) (1.4.9.6).
    #[serde(default, with = "client_core::lenient::int")]
    pub segment_count: i64,
    /// 文件总字节数 — bytes (1.4.9.6).
    #[serde(default, with = "client_core::lenient::int")]
    pub total_bytes: i64,
    /// 文件下载地址列表 — download URLs, when `urlRequired` was true (1.4.9.6).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urls: Vec<String>,
    /// 文件创建时间 — `yyyyMMddhhmmss` (UTC+8) (1.4.9.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// 文件过期时间 — `yyyyMMddhhmmss` (UTC+8); `None` (null) never expires (1.4.9.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_time: Option<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.9.7

/// 删除云录制文件 — delete a cloud-recording file (1.4.9.7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteFile {
    /// 云录制文件索引 — file id, 1–19 characters. Required (1.4.9.7).
    #[serde(with = "client_core::lenient::string")]
    pub file_id: String,
}

impl DeleteFile {
    fn check(&self, path: &str) -> Result<(), Error> {
        task_id(path, "fileId", &self.file_id)
    }
}

client_core::endpoint!(DeleteFile => FileDeleted, POST "/vms/open/videoFetchService/v1/deleteFile", write, validate);

/// 删除结果 — result of 1.4.9.7: an empty object (`"result": {}`); any members are
/// ignored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileDeleted {}

// ---------------------------------------------------------------------------------
// 1.4.9.8

/// 获取预览缩略图 — a preview thumbnail of a directly connected IPC (1.4.9.8); does not
/// count as a capture call. Devices without the capability answer -80391: use
/// [`SubmitCaptureImageTask`] then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CaptureThumbnail {
    /// 设备码 — the 17-character device code; this or `mac` is required (1.4.9.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.9.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel, from 1. Required (1.4.9.8).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
}

impl CaptureThumbnail {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        check::channel(path, "channelId", self.channel_id)
    }
}

client_core::endpoint!(CaptureThumbnail => Thumbnail, POST "/vms/open/videoFetchService/v1/captureThumbnail", read, validate);

/// 预览缩略图 — result of 1.4.9.8.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thumbnail {
    /// 抓图后的图片路径 — picture URL, valid 1 h (trial: 1 min) (1.4.9.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
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
    fn picture_tasks_need_their_type_specific_members() {
        let ok = SubmitCaptureImageTask::playback("16E0091709B04C926", 1, "20230509093100");
        assert!(ok.validate().is_ok());
        assert!(SubmitCaptureImageTask::live("16E0091709B04C926", 1)
            .validate()
            .is_ok());
        rejects(
            &SubmitCaptureImageTask {
                playback_time: None,
                ..ok.clone()
            },
            "playbackTime is required",
        );
        rejects(
            &SubmitCaptureImageTask {
                playback_time: Some("20230509235955".into()),
                ..ok.clone()
            },
            "23:59:50",
        );
        rejects(
            &SubmitCaptureImageTask {
                playback_time: Some("2023-05-09".into()),
                ..ok.clone()
            },
            "yyyyMMddhhmmss",
        );
        rejects(
            &SubmitCaptureImageTask {
                capture_type: CaptureType::AlarmImage,
                ..ok.clone()
            },
            "imageId",
        );
        rejects(
            &SubmitCaptureImageTask {
                capture_type: CaptureType::LiveVideo,
                ..ok.clone()
            },
            "1, 2 or 3",
        );
        rejects(
            &SubmitCaptureImageTask {
                expire_days: Some(731),
                ..ok.clone()
            },
            "expireDays",
        );
        rejects(
            &SubmitCaptureImageTask {
                qr_code: None,
                ..ok.clone()
            },
            "qrCode or mac",
        );
        rejects(
            &SubmitCaptureImageTask {
                channel_id: 0,
                ..ok
            },
            "channelId",
        );
    }

    #[test]
    fn clip_tasks_need_ordered_times() {
        let ok = SubmitCaptureVideoTask::playback(
            "16E0091709B04C926",
            1,
            "20230509093100",
            "20230509093200",
        );
        assert!(ok.validate().is_ok());
        rejects(
            &SubmitCaptureVideoTask {
                playback_end_time: Some("20230509093000".into()),
                ..ok.clone()
            },
            "before",
        );
        rejects(
            &SubmitCaptureVideoTask {
                capture_type: CaptureType::LiveVideo,
                ..ok.clone()
            },
            "liveRecordEndTime",
        );
        rejects(
            &SubmitCaptureVideoTask {
                capture_type: CaptureType::LiveImage,
                ..ok
            },
            "101 or 102",
        );
    }

    #[test]
    fn pages_and_ids_are_bounded() {
        rejects(&GetTaskPage::new(0), "pageSize");
        rejects(&GetTaskPage::new(51), "pageSize");
        rejects(
            &GetTaskInfo {
                task_id: "1".repeat(20),
            },
            "taskId",
        );
        rejects(&DeleteFile { file_id: "".into() }, "fileId");
        let mut files = GetTaskFilePage::with_urls("123", 10);
        assert!(files.validate().is_ok());
        files.url_ttl = Some(59);
        rejects(&files, "urlTtl");
        files.url_ttl = Some(2_592_000);
        files.set_page(PageRequest { index: 3, size: 20 });
        assert_eq!((files.page_index, files.page_size), (3, 20));
        assert!(files.validate().is_ok());
        assert!(TaskState::Failed.is_final() && !TaskState::Running.is_final());
        assert_eq!(TaskState::from_code(12), TaskState::Unknown(12));
    }
}
