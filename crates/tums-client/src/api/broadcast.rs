//! 1.4.17 云广播 — cloud broadcast: tasks, the audio library, task audio and devices,
//! execution and progress, speakers (TUMS 2026-08-31 edition, 1.4.17.3–1.4.17.28).
//!
//! Project-type applications only (仅项目型应用可以调用).
//!
//! A timed task (1.4.17.2.1): [`AddTask`] returns the task id; then, in any order,
//! [`EditTask`] (schedule, volume, loop), [`SetTaskAudioList`] (audio from the library,
//! merged in the background — poll [`GetExecuteProgress`] with
//! [`BatchType::AudioMerge`]) and [`AddDevForTask`]. Real-time and speak tasks are
//! started and stopped with [`ExecuteTask`] (a speak task returns the `pushUrl` to push
//! audio to). Long operations answer a 32-character `uuid` to poll with
//! [`GetExecuteProgress`].
//!
//! Per-item failures (`failList`, at the top level or inside `result`) come back as
//! [`crate::Error::PartialFailure`]; each item keeps members such as `taskId`,
//! `devInfo` or `audioHash` in [`crate::envelope::FailItem::other`].
//!
//! ```
//! use client_core::{Endpoint, PageRequest, Paged};
//! use tums_client::api::broadcast::*;
//!
//! let mut list = GetTimedTaskByPage::default();
//! list.set_page(PageRequest { index: 2, size: 10 });
//! assert_eq!((list.start, list.limit), (Some(20), Some(10)));
//! assert!(AddTask::new("morning bell", TaskType::Timed).validate().is_ok());
//! assert!(AddTask::new("linked", TaskType::Linkage).validate().is_err());
//! ```

use client_core::validate;
use client_core::Error;
use serde::{Deserialize, Deserializer, Serialize};

use crate::api::check;
use crate::api::page_2026::{opt_limit, opt_paged};
pub use crate::api::page_2026::{sort_key, SortKey, SortOrder};
use crate::envelope::PagedList;

/// Documented default page size of the broadcast listings (默认为10); no maximum is
/// documented, so [`client_core::Paged`] streams use this unless `limit` is set.
pub const DEFAULT_LIMIT: u32 = 10;
/// Largest `limit` accepted client-side (the text documents none; the platform's
/// usual bound for `start`/`limit` listings).
pub const MAX_LIMIT: u32 = 1000;
/// Volume range (播放音量，0 ~ 100, 1.4.17.7; 1.4.17.28 extend.volume).
pub const VOLUME_RANGE: std::ops::RangeInclusive<i64> = 0..=100;
/// Device and task id list length of most batch endpoints (长度限制：`[1,100]`).
pub const BATCH_MAX: usize = 100;
/// Audio files per [`CheckUploadAudio`] (单次上传限制400条音频, 1.4.17.11).
pub const UPLOAD_MAX_FILES: usize = 400;
/// Total bytes per [`CheckUploadAudio`] (单次上传文件总大小不超过400MB, 1.4.17.11).
pub const UPLOAD_MAX_BYTES: i64 = 419_430_400;
/// Text length of [`TextToSpeech`] (长度限制：`[1,80]`, 1.4.17.13).
pub const TTS_TEXT_LEN: std::ops::RangeInclusive<usize> = 1..=80;

client_core::int_enum! {
    /// 任务类型 TaskType — broadcast task type (1.4.17.1.1).
    pub enum TaskType {
        /// 0 — 实时任务, real-time task (started with [`ExecuteTask`]).
        Immediate = 0,
        /// 1 — 定时任务, timed task (plays at its `executePoint`s).
        Timed = 1,
        /// 2 — 联动任务, linkage task (not creatable through [`AddTask`]).
        Linkage = 2,
        /// 3 — 喊话任务, speak task (live audio pushed to `pushUrl`).
        Speak = 3,
    }
}

client_core::int_enum! {
    /// 进度类型 BatchType — which progress [`GetExecuteProgress`] reads (1.4.17.1.2,
    /// read with 1.4.17.24: the enum table's columns are shifted in the text).
    pub enum BatchType {
        /// 1 — 文字转语音进度, text-to-speech ([`TextToSpeech`]'s uuid).
        TextToSpeech = 1,
        /// 3 — 执行喊话任务的进度, a speak task's execution ([`ExecuteTask`]).
        Speak = 3,
        /// 4 — 音频合并进度, audio merge ([`SetTaskAudioList`]).
        AudioMerge = 4,
        /// 6 — 批量处理任务的进度, batch task processing ([`DeleteTask`], [`ExecuteTask`]
        /// and [`ExecuteTaskWithDevList`] for real-time tasks).
        BatchTask = 6,
        /// 7 — 音频转码的进度, audio transcoding ([`FinishUploadAudioToCos`],
        /// [`SaveTextToSpeech`]).
        Transcode = 7,
    }
}

client_core::str_enum! {
    /// 推流协议 protocol — push protocol of a speak task (1.4.17.1.3).
    pub enum PushProtocol {
        /// rtmp — 推流 rtmp 协议.
        Rtmp = "rtmp",
        /// webrtc — 推流 webrtc 协议.
        Webrtc = "webrtc",
    }
}

client_core::int_enum! {
    /// 音频状态（同任务音频总状态） — audio / task audio status (1.4.17.1.4).
    pub enum AudioStatus {
        /// 0 — 正常, normal.
        Normal = 0,
        /// 1 — 异常, abnormal.
        Abnormal = 1,
        /// 2 — 合并失败, merge failed.
        MergeFailed = 2,
        /// 3 — 音频被删除, audio deleted.
        Deleted = 3,
        /// 4 — 合并中, merging.
        Merging = 4,
        /// 5 — 已失效, expired.
        Expired = 5,
    }
}

client_core::int_enum! {
    /// 设备存储状态（同任务设备总状态） — device status within a task (1.4.17.1.5).
    pub enum DevListStatus {
        /// 0 — 正常, normal.
        Normal = 0,
        /// 1 — 异常, abnormal.
        Abnormal = 1,
    }
}

client_core::int_enum! {
    /// 任务状态 — task status (1.4.17.1.6): for timed tasks the switch (不生效/生效),
    /// for real-time and speak tasks idle / running (空闲/执行中).
    pub enum TaskStatus {
        /// 0 — 不生效 / 空闲, off / idle.
        Off = 0,
        /// 1 — 生效 / 执行中, on / running.
        On = 1,
    }
}

client_core::int_enum! {
    /// 播放模式 — play mode of timed / real-time tasks (1.4.17.1.7).
    pub enum LoopType {
        /// 0 — 音频列表循环 n 次后停止, loop the audio list n times (`loopTypeParam` =
        /// count).
        Count = 0,
        /// 1 — 固定时长播放 n 秒后停止, play for n seconds (`loopTypeParam` = seconds).
        Duration = 1,
    }
}

client_core::int_enum! {
    /// 执行/中止 — `setStatus` of [`ExecuteTask`] / [`ExecuteTaskWithDevList`]
    /// (1.4.17.22/23).
    pub enum SetStatus {
        /// 0 — 中止播放, stop.
        Stop = 0,
        /// 1 — 执行播放, play.
        Play = 1,
    }
}

client_core::int_enum! {
    /// 进度状态 — progress status of [`GetExecuteProgress`] (1.4.17.24).
    pub enum ProgressStatus {
        /// -2 — 正在处理中或者未处理, pending or not processed: keep polling.
        Pending = -2,
        /// -1 — 失败, failed.
        Failed = -1,
        /// 0 — 成功 / 结束, done.
        Done = 0,
        /// 1 — 进行中 / 下发中 / 处理中 / 转码中, in progress.
        InProgress = 1,
        /// 2 — 合并中, merging (audio merge).
        Merging = 2,
    }
}

client_core::str_enum! {
    /// 设备类型 — broadcast device type (1.4.17.25/28).
    pub enum BroadcastDeviceType {
        /// "AUDIODEVICE.SPEAKER" — 网络音箱, network speaker.
        Speaker = "AUDIODEVICE.SPEAKER",
        /// "AUDIODEVICE.PAGING" — 寻呼话筒, paging microphone.
        Paging = "AUDIODEVICE.PAGING",
        /// "SURVEILLANCECAMERA" — IPC (音箱IPC, a camera with a speaker).
        Camera = "SURVEILLANCECAMERA",
    }
}

/// 设备信息 — a device by `qrCode` and/or `mac` (at least one; 1.4.17.19–28 devInfo /
/// devList items). The text's examples use 16-character codes, so only presence is
/// checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DevInfo {
    /// 设备的qrCode — device code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备的mac — device MAC (`00-FF-00-17-00-18`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

impl DevInfo {
    /// A device by its code.
    pub fn qr_code(qr_code: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
        }
    }

    /// A device by its MAC.
    pub fn mac(mac: impl Into<String>) -> Self {
        Self {
            qr_code: None,
            mac: Some(mac.into()),
        }
    }
}

/// A device list of `1..=100` entries, each naming a device ("以下任意一个不为空").
pub(crate) fn check_dev_list(path: &str, field: &str, list: &[DevInfo]) -> Result<(), Error> {
    check::batch(path, field, list.len(), BATCH_MAX)?;
    for (i, d) in list.iter().enumerate() {
        check::any_locator(path, &d.qr_code, &d.mac).map_err(|_| {
            Error::invalid(path, format!("{field}[{i}]: qrCode or mac is required"))
        })?;
    }
    Ok(())
}

fn opt_volume(path: &str, volume: Option<i64>) -> Result<(), Error> {
    validate::opt_range(
        path,
        "volume",
        volume,
        *VOLUME_RANGE.start(),
        *VOLUME_RANGE.end(),
    )
}

// ---------------------------------------------------------------------------------
// 1.4.17.3–5 task listings

/// 精确匹配 — AND filter of the task listings (1.4.17.3–5 filterAnd).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskFilterAnd {
    /// 分组id — region id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// 任务状态 — 0 off, 1 on (1.4.17.3/4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskStatus>,
    /// 任务的音频总状态 — any of these audio statuses (1.4.17.3/4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio_list_status_in: Option<Vec<AudioStatus>>,
    /// 任务的设备总状态 — device status (1.4.17.3/4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_list_status: Option<DevListStatus>,
}

/// 模糊匹配 — OR filter of the task listings (1.4.17.3–5 filterOr).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskFilterOr {
    /// 任务名称 — task name contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_name_like: Option<String>,
}

macro_rules! task_listing {
    ($(#[$m:meta])* $name:ident, $path:literal, $item:ty) => {
        $(#[$m])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            /// 起始条目 — 0-based offset (default 0).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub start: Option<u64>,
            /// 条目总数 — page size (default 10).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub limit: Option<u32>,
            /// 精确匹配查询 — AND filter.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub filter_and: Option<TaskFilterAnd>,
            /// 模糊匹配查询 — OR filter.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub filter_or: Option<TaskFilterOr>,
        }

        impl $name {
            fn check(&self, path: &str) -> Result<(), Error> {
                opt_limit(path, self.limit, MAX_LIMIT)
            }
        }

        client_core::endpoint!($name => PagedList<$item>, POST $path, read, validate);

        opt_paged!($name => $item, DEFAULT_LIMIT);
    };
}

task_listing!(
    /// 分页获取定时任务 — list timed tasks, paged with `start`/`limit` (1.4.17.3).
    GetTimedTaskByPage,
    "/tums/open/broadcastManager/v1/getTimedTaskByPage",
    TimedTask
);
task_listing!(
    /// 分页获取实时任务 — list real-time tasks, paged with `start`/`limit` (1.4.17.4).
    GetImmediateTaskByPage,
    "/tums/open/broadcastManager/v1/getImmediateTaskByPage",
    ImmediateTask
);
task_listing!(
    /// 分页获取喊话任务 — list speak tasks, paged with `start`/`limit` (1.4.17.5; only
    /// `regionId` and `taskNameLike` filter this one).
    GetSpeakTaskByPage,
    "/tums/open/broadcastManager/v1/getSpeakTaskByPage",
    SpeakTask
);

/// 定时任务 — one timed task (1.4.17.3 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimedTask {
    /// 任务id — task id.
    #[serde(default, with = "client_core::lenient::string")]
    pub task_id: String,
    /// 任务名称 — task name.
    #[serde(default)]
    pub task_name: String,
    /// 分组id — region id.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub region_id: Option<String>,
    /// 分组名称 — region name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
    /// 任务时长（秒） — duration in seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration: Option<i64>,
    /// 音量 — volume 0–100.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub volume: Option<i64>,
    /// 任务的音频总状态 — audio status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio_list_status: Option<AudioStatus>,
    /// 音频列表数量 — number of audio files.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub audio_num: Option<i64>,
    /// 任务的设备总状态 — device status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_list_status: Option<DevListStatus>,
    /// 设备数量 — number of devices.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_num: Option<i64>,
    /// 任务状态 — 0 off, 1 on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskStatus>,
    /// 播放模式 — play mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loop_type: Option<LoopType>,
    /// 播放模式的参数 — loop count or seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub loop_type_param: Option<i64>,
    /// 描述 — the schedule in words (生效日期、执行时间、持续时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 任务执行时间点 — `HHmmss` points separated by spaces (`"080000 123030"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execute_point: Option<String>,
    /// 重复周期 — week days `0`–`7` separated by spaces (0 = every day, 1 = Monday).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execute_week_day: Option<String>,
    /// 永久生效 — `true` when the task has no date range.
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub permanent: Option<bool>,
    /// 生效范围起始日期 — `yyyy-MM-dd`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// 生效范围结束日期 — `yyyy-MM-dd`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// 上次执行时间戳（秒） — last run, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_execute_time: Option<i64>,
    /// 自动配置设备 — 1: the region's speakers are added automatically.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_auto_config: Option<i64>,
    /// 任务优先级 — priority 1–9, 1 highest (default 1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub priority: Option<i64>,
}

/// 实时任务 — one real-time task (1.4.17.4 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImmediateTask {
    /// 任务id — task id.
    #[serde(default, with = "client_core::lenient::string")]
    pub task_id: String,
    /// 任务名称 — task name.
    #[serde(default)]
    pub task_name: String,
    /// 分组id — region id.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub region_id: Option<String>,
    /// 分组名称 — region name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
    /// 任务时长（秒） — duration in seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration: Option<i64>,
    /// 音量 — volume 0–100.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub volume: Option<i64>,
    /// 任务的音频总状态 — audio status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio_list_status: Option<AudioStatus>,
    /// 音频列表数量 — number of audio files.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub audio_num: Option<i64>,
    /// 任务的设备总状态 — device status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_list_status: Option<DevListStatus>,
    /// 设备数量 — number of devices.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_num: Option<i64>,
    /// 任务状态 — 0 idle, 1 running.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskStatus>,
    /// 播放模式 — play mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loop_type: Option<LoopType>,
    /// 播放模式的参数 — loop count or seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub loop_type_param: Option<i64>,
    /// 上次执行时间戳（秒） — last run, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_execute_time: Option<i64>,
    /// 自动配置设备 — 1: the region's speakers are added automatically.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_auto_config: Option<i64>,
}

/// 喊话任务 — one speak task (1.4.17.5 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpeakTask {
    /// 任务id — task id.
    #[serde(default, with = "client_core::lenient::string")]
    pub task_id: String,
    /// 任务名称 — task name.
    #[serde(default)]
    pub task_name: String,
    /// 分组id — region id.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub region_id: Option<String>,
    /// 分组名称 — region name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
    /// 设备数量 — number of devices.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_num: Option<i64>,
    /// 任务的设备总状态 — device status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_list_status: Option<DevListStatus>,
    /// 自动配置设备 — 1: the region's speakers are added automatically. The text spells
    /// it `devAudioConfig` here (table and example); `devAutoConfig` is accepted too.
    #[serde(
        default,
        rename = "devAudioConfig",
        alias = "devAutoConfig",
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_auto_config: Option<i64>,
    /// 音量 — volume 0–100.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub volume: Option<i64>,
    /// 任务状态 — 0 idle, 1 speaking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskStatus>,
    /// 上次执行时间戳（秒） — last run, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_execute_time: Option<i64>,
}

// ---------------------------------------------------------------------------------
// 1.4.17.6–8 tasks

/// 添加任务 — create a real-time, timed or speak task (1.4.17.6). Defaults stored by the
/// platform: volume 100, loopType 1, loopTypeParam 600, status 1, permanent true; a timed
/// task needs [`EditTask`] with `executePoint` and `executeWeekDay` before it plays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddTask {
    /// 分组id — region of the task (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// 任务名称 — task name (required).
    pub name: String,
    /// 任务类型 — 0 real-time, 1 timed or 3 speak.
    pub task_type: TaskType,
}

impl AddTask {
    /// A task named `name` of type `task_type`, without a region.
    pub fn new(name: impl Into<String>, task_type: TaskType) -> Self {
        Self {
            region_id: None,
            name: name.into(),
            task_type,
        }
    }

    /// Sets the region.
    pub fn region(mut self, region_id: impl Into<String>) -> Self {
        self.region_id = Some(region_id.into());
        self
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "name", &self.name)?;
        check_task_type(
            path,
            &self.task_type,
            &[TaskType::Immediate, TaskType::Timed, TaskType::Speak],
        )
    }
}

fn check_task_type(path: &str, t: &TaskType, allowed: &[TaskType]) -> Result<(), Error> {
    if allowed.contains(t) {
        return Ok(());
    }
    let list: Vec<String> = allowed.iter().map(|a| a.code().to_string()).collect();
    Err(Error::invalid(
        path,
        format!(
            "taskType must be one of {}, got {}",
            list.join(", "),
            t.code()
        ),
    ))
}

client_core::endpoint!(AddTask => AddedTask, POST "/tums/open/broadcastManager/v1/addTask", write, validate);

/// The task created by [`AddTask`] (1.4.17.6 result).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddedTask {
    /// 新建的任务id — the new task's id.
    #[serde(default, with = "client_core::lenient::string")]
    pub task_id: String,
}

/// 编辑任务 — edit a task (1.4.17.7). Only members that are set are changed; `loopType`
/// and `loopTypeParam` apply to timed and real-time tasks, the schedule members to timed
/// tasks only. Returns nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditTask {
    /// 任务id — the task (required).
    pub task_id: String,
    /// 任务名称 — new name: not blank, unique, not starting with a space.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_name: Option<String>,
    /// 播放音量 — volume `[0, 100]`.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub volume: Option<i64>,
    /// 播放模式 — play mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loop_type: Option<LoopType>,
    /// 播放模式的参数 — loop count (mode 0) or seconds (mode 1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub loop_type_param: Option<i64>,
    /// 任务状态/开关 — 0 off, 1 on (timed tasks; off pauses a running timed task).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskStatus>,
    /// 任务执行时间点 — `HHmmss` points separated by spaces (`"080000 123030"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execute_point: Option<String>,
    /// 重复周期 — week days `0`–`7` separated by spaces (`"1 2 3 4 5"`: workdays). The
    /// example spells it `executeWeekday`, accepted on input.
    #[serde(
        default,
        alias = "executeWeekday",
        skip_serializing_if = "Option::is_none"
    )]
    pub execute_week_day: Option<String>,
    /// 永久生效 — `false` needs `startDate` and `endDate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permanent: Option<bool>,
    /// 生效范围起始日期 — `yyyy-MM-dd`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// 生效范围截至日期 — `yyyy-MM-dd`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
}

impl EditTask {
    /// Changes nothing yet on `task_id`.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self {
            task_id: task_id.into(),
            ..Self::default()
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "taskId", &self.task_id)?;
        if let Some(name) = &self.task_name {
            validate::required(path, "taskName", name)?;
            if name.starts_with(char::is_whitespace) {
                return Err(Error::invalid(path, "taskName must not start with a space"));
            }
        }
        opt_volume(path, self.volume)?;
        validate::opt_range(path, "loopTypeParam", self.loop_type_param, 1, i64::MAX)?;
        if let Some(points) = &self.execute_point {
            check_execute_points(path, points)?;
        }
        if let Some(days) = &self.execute_week_day {
            check_week_days(path, days)?;
        }
        for (field, d) in [("startDate", &self.start_date), ("endDate", &self.end_date)] {
            if let Some(d) = d {
                if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
                    return Err(Error::invalid(
                        path,
                        format!("{field} must be yyyy-MM-dd, got {d:?}"),
                    ));
                }
            }
        }
        if let (Some(s), Some(e)) = (&self.start_date, &self.end_date) {
            validate::ordered(path, "startDate", s, "endDate", e)?;
        }
        if self.permanent == Some(false) && (self.start_date.is_none() || self.end_date.is_none()) {
            return Err(Error::invalid(
                path,
                "permanent=false needs startDate and endDate",
            ));
        }
        Ok(())
    }
}

/// `HHmmss` points, separated by spaces (1.4.17.7 executePoint).
fn check_execute_points(path: &str, points: &str) -> Result<(), Error> {
    let ok = !points.trim().is_empty()
        && points.split(' ').all(|p| {
            p.len() == 6
                && p.bytes().all(|b| b.is_ascii_digit())
                && chrono::NaiveTime::parse_from_str(p, "%H%M%S").is_ok()
        });
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("executePoint must be HHmmss times separated by spaces, got {points:?}"),
        ))
    }
}

/// Week days `0`–`7`, separated by spaces (1.4.17.7 executeWeekDay).
fn check_week_days(path: &str, days: &str) -> Result<(), Error> {
    let ok = !days.trim().is_empty()
        && days
            .split(' ')
            .all(|d| d.len() == 1 && matches!(d.as_bytes()[0], b'0'..=b'7'));
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("executeWeekDay must be digits 0-7 separated by spaces, got {days:?}"),
        ))
    }
}

client_core::endpoint!(EditTask => client_core::Ack, POST "/tums/open/broadcastManager/v1/editTask", write, validate);

/// 删除任务 — delete tasks of one type (1.4.17.8); poll the answer's `uuid` with
/// [`BatchType::BatchTask`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteTask {
    /// 待删除的任务 id 列表 — 1–100 task ids.
    pub task_id_list: Vec<String>,
    /// 任务类型 — 0 real-time, 1 timed or 3 speak.
    pub task_type: TaskType,
}

impl DeleteTask {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::batch(path, "taskIdList", self.task_id_list.len(), BATCH_MAX)?;
        check_task_type(
            path,
            &self.task_type,
            &[TaskType::Immediate, TaskType::Timed, TaskType::Speak],
        )
    }
}

client_core::endpoint!(DeleteTask => BatchUuid, POST "/tums/open/broadcastManager/v1/deleteTask", write, validate);

/// A `uuid` to poll with [`GetExecuteProgress`] (1.4.17.8/13/18 results).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchUuid {
    /// 32位随机字符串 — the batch id.
    #[serde(default)]
    pub uuid: String,
}

// ---------------------------------------------------------------------------------
// 1.4.17.9–16 audio library

/// 精确匹配 — AND filter of [`GetAudioByPage`] (1.4.17.9).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AudioFilterAnd {
    /// 音频分组id — audio group id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// 起始上传时间 — uploaded at or after, UNIX seconds (a string on the wire).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub upload_time_start: Option<String>,
    /// 截止上传时间 — uploaded at or before, UNIX seconds (a string on the wire).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub upload_time_end: Option<String>,
}

/// 模糊匹配 — OR filter of [`GetAudioByPage`] (1.4.17.9).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AudioFilterOr {
    /// 音频名称 — audio name contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio_name_like: Option<String>,
}

/// 分页获取素材库音频列表 — list the audio library, paged with `start`/`limit`
/// (1.4.17.9). Sort keys: `duration`, `size`, `uploadTime`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetAudioByPage {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — page size (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 精确匹配查询 — AND filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<AudioFilterAnd>,
    /// 模糊匹配查询 — OR filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<AudioFilterOr>,
    /// 排序 — sort keys in priority order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<SortKey>>,
}

impl GetAudioByPage {
    fn check(&self, path: &str) -> Result<(), Error> {
        opt_limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(GetAudioByPage => PagedList<Audio>, POST "/tums/open/broadcastManager/v1/getAudioByPage", read, validate);
opt_paged!(GetAudioByPage => Audio, DEFAULT_LIMIT);

/// 音频 — one library audio file (1.4.17.9 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Audio {
    /// 音频id — audio id.
    #[serde(default, with = "client_core::lenient::string")]
    pub audio_id: String,
    /// 音频名称 — audio name.
    #[serde(default)]
    pub audio_name: String,
    /// 音频时长，秒 — duration in seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration: Option<i64>,
    /// 音频状态 — 0 normal, 1 abnormal (1.4.17.1.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AudioStatus>,
    /// 音频大小 — size in bytes.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub size: Option<i64>,
    /// 上传时间 — upload time, UNIX seconds (a string on the wire).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub upload_time: Option<String>,
}

/// 模糊匹配 — OR filter of [`GetAudioGroupByPage`] (1.4.17.10).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AudioGroupFilterOr {
    /// 分组名称 — group name contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name_like: Option<String>,
}

/// 分页获取音频分组列表 — list the audio groups, paged with `start`/`limit`
/// (1.4.17.10).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetAudioGroupByPage {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — page size (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 模糊匹配查询 — OR filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<AudioGroupFilterOr>,
}

impl GetAudioGroupByPage {
    fn check(&self, path: &str) -> Result<(), Error> {
        opt_limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(GetAudioGroupByPage => PagedList<AudioGroup>, POST "/tums/open/broadcastManager/v1/getAudioGroupByPage", read, validate);
opt_paged!(GetAudioGroupByPage => AudioGroup, DEFAULT_LIMIT);

/// 音频分组 — one audio group (1.4.17.10 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AudioGroup {
    /// 分组id — group id.
    #[serde(default, with = "client_core::lenient::string")]
    pub group_id: String,
    /// 分组名称 — group name.
    #[serde(default)]
    pub group_name: String,
}

/// 要上传的音频信息 — one file to upload (1.4.17.11 audioList item).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadAudio {
    /// 文件md5算法的hash值 — the file's MD5, hex (case-sensitive: it names the object).
    pub audio_hash: String,
    /// 音频文件名 — file name ending in `.mp3` or `.wav`.
    pub name: String,
    /// 文件大小 — the real file size in bytes.
    #[serde(with = "client_core::lenient::int")]
    pub size: i64,
}

/// 校验待上传音频 — check files before uploading them to object storage (1.4.17.11).
/// Then upload each to `tempCosVo.path + audioHash + ext` with the temporary COS
/// credentials, call [`FinishUploadAudioToCos`], and poll the `uuid` with
/// [`BatchType::Transcode`]. At most 400 files and 400 MB per call.
///
/// The answer carries temporary object-storage credentials: it is `sensitive`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckUploadAudio {
    /// 素材分组 id — target group; the library root (所有素材) when absent or unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// 是否经过 url 编码 — whether names are URL-encoded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_encoded: Option<bool>,
    /// 要上传的音频信息 — 1–400 files.
    pub audio_list: Vec<UploadAudio>,
}

fn is_audio_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".mp3") || lower.ends_with(".wav")
}

impl CheckUploadAudio {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::batch(path, "audioList", self.audio_list.len(), UPLOAD_MAX_FILES)?;
        let mut total: i64 = 0;
        for (i, a) in self.audio_list.iter().enumerate() {
            validate::required(path, &format!("audioList[{i}].audioHash"), &a.audio_hash)?;
            if !is_audio_name(&a.name) {
                return Err(Error::invalid(
                    path,
                    format!("audioList[{i}].name must end in .mp3 or .wav"),
                ));
            }
            validate::range(
                path,
                &format!("audioList[{i}].size"),
                a.size,
                1,
                UPLOAD_MAX_BYTES,
            )?;
            total = total.saturating_add(a.size);
        }
        if total > UPLOAD_MAX_BYTES {
            return Err(Error::invalid(
                path,
                format!("audioList sizes must total at most {UPLOAD_MAX_BYTES} bytes, got {total}"),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(CheckUploadAudio => UploadTicket, POST "/tums/open/broadcastManager/v1/checkUploadAudio", write, validate, sensitive);

/// The answer of [`CheckUploadAudio`] (1.4.17.11 result): on success `uuid`, `groupId`
/// and the temporary object-storage credentials; on failure `allowSize`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadTicket {
    /// uuid — pass it to [`FinishUploadAudioToCos`] and [`GetExecuteProgress`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 分组id — the group the files go to.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<String>,
    /// 临时凭证 — temporary object-storage credentials (typed `array<object>` in the
    /// table, a single object in the example: both accepted, the first entry kept).
    #[serde(
        default,
        deserialize_with = "one_or_first",
        skip_serializing_if = "Option::is_none"
    )]
    pub temp_cos_vo: Option<TempCos>,
    /// 素材库允许上传的剩余音频大小 — remaining library space, on failure.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_size: Option<i64>,
}

fn one_or_first<'de, D: Deserializer<'de>>(d: D) -> Result<Option<TempCos>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Wire {
        One(TempCos),
        Many(Vec<TempCos>),
    }
    Ok(match Option::<Wire>::deserialize(d)? {
        None => None,
        Some(Wire::One(t)) => Some(t),
        Some(Wire::Many(v)) => v.into_iter().next(),
    })
}

/// 临时对象存储凭证 — Tencent COS upload credentials (1.4.17.11 tempCosVo). The secret
/// key and token are [`client_core::Secret`]s: never in `Debug`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TempCos {
    /// 文件上传路径 — object key prefix; the key is `path + audioHash + ext`.
    #[serde(default)]
    pub path: String,
    /// 临时secretId — temporary SecretId.
    #[serde(default)]
    pub temp_secret_id: String,
    /// 临时secretKey — temporary SecretKey.
    #[serde(default, serialize_with = "client_core::Secret::serialize_exposed")]
    pub temp_secret_key: client_core::Secret,
    /// 临时token — temporary session token.
    #[serde(default, serialize_with = "client_core::Secret::serialize_exposed")]
    pub token: client_core::Secret,
    /// 区域 — COS region, e.g. `ap-shanghai`.
    #[serde(default)]
    pub region: String,
    /// 存储桶 — bucket.
    #[serde(default)]
    pub bucket: String,
    /// 签名生效时间 — valid from, UNIX seconds (a string on the wire).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<String>,
    /// 签名过期时间 — valid until, UNIX seconds (a string on the wire).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub expired_time: Option<String>,
}

/// 通知音频上传完毕 — tell the platform the files are in object storage (1.4.17.12);
/// poll `uuid` with [`BatchType::Transcode`]. Returns nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FinishUploadAudioToCos {
    /// uuid — the uuid [`CheckUploadAudio`] returned.
    pub uuid: String,
    /// 取消上传的音频列表 — MD5s of files not uploaded after all, 1–400 when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_list: Option<Vec<String>>,
}

impl FinishUploadAudioToCos {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "uuid", &self.uuid)?;
        if let Some(c) = &self.cancel_list {
            check::batch(path, "cancelList", c.len(), UPLOAD_MAX_FILES)?;
        }
        Ok(())
    }
}

client_core::endpoint!(FinishUploadAudioToCos => client_core::Ack, POST "/tums/open/broadcastManager/v1/finishUploadAudioToCos", write, validate);

/// 文字转语音 — synthesise speech from 1–80 characters (1.4.17.13); poll `uuid` with
/// [`BatchType::TextToSpeech`] until done, then [`SaveTextToSpeech`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TextToSpeech {
    /// 文本内容 — the text, 1–80 characters.
    pub text: String,
}

impl TextToSpeech {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::chars(
            path,
            "text",
            &self.text,
            *TTS_TEXT_LEN.start(),
            *TTS_TEXT_LEN.end(),
        )
    }
}

client_core::endpoint!(TextToSpeech => BatchUuid, POST "/tums/open/broadcastManager/v1/textToSpeech", write, validate);

/// 保存文字转语音结果 — save a synthesised text to the library (1.4.17.14); poll the
/// answer's `uuid` with [`BatchType::Transcode`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SaveTextToSpeech {
    /// 音频分组id — target group; the library root when absent or unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// 待保存的音频名称 — name of the new audio (required).
    pub audio_name: String,
    /// 文字转语音接口返回的32位随机字符串 — [`TextToSpeech`]'s uuid.
    pub uuid: String,
}

impl SaveTextToSpeech {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "audioName", &self.audio_name)?;
        validate::required(path, "uuid", &self.uuid)
    }
}

client_core::endpoint!(SaveTextToSpeech => SavedSpeech, POST "/tums/open/broadcastManager/v1/saveTextToSpeech", write, validate);

/// The answer of [`SaveTextToSpeech`] (1.4.17.14 result).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SavedSpeech {
    /// 随机生成的32位字符串 — poll it with [`BatchType::Transcode`].
    #[serde(default)]
    pub uuid: String,
    /// 分组id — the group; absent for the library root.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<String>,
}

/// 音频重命名 — rename a library audio (1.4.17.15). Returns nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RenameAudio {
    /// 音频id — the audio.
    pub audio_id: String,
    /// 新的素材名称 — new name, ending in `.mp3` or `.wav`.
    pub new_name: String,
}

impl RenameAudio {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "audioId", &self.audio_id)?;
        if !is_audio_name(&self.new_name) || self.new_name.len() <= 4 {
            return Err(Error::invalid(path, "newName must end in .mp3 or .wav"));
        }
        Ok(())
    }
}

client_core::endpoint!(RenameAudio => client_core::Ack, POST "/tums/open/broadcastManager/v1/renameAudio", write, validate);

/// 试听音频 — a URL to listen to a library audio (1.4.17.16).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditionById {
    /// 音频id — the audio.
    pub audio_id: String,
}

client_core::endpoint!(AuditionById => AudioUrl, POST "/tums/open/broadcastManager/v1/auditionById", read);

/// The answer of [`AuditionById`] (1.4.17.16 result).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AudioUrl {
    /// 音频文件url地址 — a signed URL of the file.
    #[serde(default)]
    pub url: String,
}

// ---------------------------------------------------------------------------------
// 1.4.17.17–21 task audio and devices

/// 查询任务的音频详情 — a task's audio list, in order (1.4.17.17).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetTaskAudioList {
    /// 任务id — the task.
    pub task_id: String,
}

client_core::endpoint!(GetTaskAudioList => TaskAudioList, POST "/tums/open/broadcastManager/v1/getTaskAudioList", read);

/// The answer of [`GetTaskAudioList`] (1.4.17.17 result).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskAudioList {
    /// 音频总大小（合并转码后），字节 — merged size in bytes.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_size: Option<i64>,
    /// 任务的音频总状态 — the task's audio status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio_list_status: Option<AudioStatus>,
    /// 音频列表详情，有序 — the audio, in play order.
    #[serde(default)]
    pub audio_list: Vec<TaskAudio>,
}

/// 任务音频 — one audio of a task (1.4.17.17 audioList item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskAudio {
    /// 音频表的id — audio id.
    #[serde(default, with = "client_core::lenient::string")]
    pub audio_id: String,
    /// 音频对应的映射表的id — the task/audio mapping id.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub map_id: Option<String>,
    /// 素材名称 — audio name.
    #[serde(default)]
    pub audio_name: String,
    /// 素材时长（秒） — duration in seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration: Option<i64>,
    /// 素材大小（字节） — size in bytes.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub size: Option<i64>,
    /// 音频状态 — audio status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AudioStatus>,
}

/// 设置任务的音频列表 — set the ordered audio list of 1–100 tasks (1.4.17.18); an empty
/// list clears it. Triggers a merge: poll the `uuid` with [`BatchType::AudioMerge`].
/// Audio ids are typed `array<int>` in the table and sent as strings in the example;
/// they go out as strings, like every other id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetTaskAudioList {
    /// 任务id列表 — 1–100 task ids.
    pub task_list: Vec<String>,
    /// 任务类型 — 0 real-time or 1 timed.
    pub task_type: TaskType,
    /// 音频 id 列表（有序） — 0–100 audio ids in play order.
    pub audio_list: Vec<String>,
}

impl SetTaskAudioList {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::batch(path, "taskList", self.task_list.len(), BATCH_MAX)?;
        check_task_type(
            path,
            &self.task_type,
            &[TaskType::Immediate, TaskType::Timed],
        )?;
        check::len(path, "audioList", self.audio_list.len(), 0, BATCH_MAX)
    }
}

client_core::endpoint!(SetTaskAudioList => BatchUuid, POST "/tums/open/broadcastManager/v1/setTaskAudioList", write, validate);

/// 精确匹配 — AND filter of [`GetTaskDevsByPage`] (1.4.17.19; required).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskDevsFilterAnd {
    /// 任务id — the task (required).
    pub task_id: String,
    /// 设备所属分组 id — only devices of this region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_region_id: Option<String>,
}

/// 模糊匹配 — OR filter of [`GetTaskDevsByPage`] (1.4.17.19).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskDevsFilterOr {
    /// 设备名称 — device name contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_name_like: Option<String>,
}

/// 分页获取任务的设备列表 — a task's devices, paged with `start`/`limit` (1.4.17.19).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetTaskDevsByPage {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — page size (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 精确匹配查询 — the task (required).
    pub filter_and: TaskDevsFilterAnd,
    /// 模糊匹配查询 — OR filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<TaskDevsFilterOr>,
}

impl GetTaskDevsByPage {
    /// The devices of `task_id`.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self {
            filter_and: TaskDevsFilterAnd {
                task_id: task_id.into(),
                dev_region_id: None,
            },
            ..Self::default()
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "filterAnd.taskId", &self.filter_and.task_id)?;
        opt_limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(GetTaskDevsByPage => PagedList<TaskDevice>, POST "/tums/open/broadcastManager/v1/getTaskDevsByPage", read, validate);
opt_paged!(GetTaskDevsByPage => TaskDevice, DEFAULT_LIMIT);

/// 任务设备 — one device of a task (1.4.17.19 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskDevice {
    /// 设备对应的映射表的id — mapping id, for [`DeleteDevForTask`].
    #[serde(default, with = "client_core::lenient::string")]
    pub map_id: String,
    /// 设备信息 — the device.
    #[serde(default)]
    pub dev_info: DevInfo,
    /// 设备名称 — device name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_name: Option<String>,
    /// 所属分组id — region id (in the example, not in the table).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub region_id: Option<String>,
    /// 所属分组名称 — region name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
    /// 任务的设备存储状态 — 0 normal, 1 abnormal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DevListStatus>,
    /// 设备关联定时任务数 — 0 fine, 1 over the limit (at most 48 timed tasks per device).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub relate_timed_task_num_status: Option<i64>,
}

/// 给任务添加广播设备 — add 1–100 devices to a task (1.4.17.20). Failed devices come
/// back as [`crate::Error::PartialFailure`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddDevForTask {
    /// 任务id — a real-time, timed or speak task.
    pub task_id: String,
    /// 设备信息 — 1–100 devices, each by `qrCode` or `mac`.
    pub dev_list: Vec<DevInfo>,
}

impl AddDevForTask {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "taskId", &self.task_id)?;
        check_dev_list(path, "devList", &self.dev_list)
    }
}

client_core::endpoint!(AddDevForTask => client_core::Ack, POST "/tums/open/broadcastManager/v1/addDevForTask", write, validate);

/// 给任务删除广播设备 — remove devices from a task by mapping id (1.4.17.21; the ids
/// come from [`GetTaskDevsByPage`]). Returns nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteDevForTask {
    /// 任务id — the task.
    pub task_id: String,
    /// 设备对应的映射表的 id 列表 — 1–100 mapping ids.
    pub dev_task_map_id_list: Vec<String>,
}

impl DeleteDevForTask {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "taskId", &self.task_id)?;
        check::batch(
            path,
            "devTaskMapIdList",
            self.dev_task_map_id_list.len(),
            BATCH_MAX,
        )
    }
}

client_core::endpoint!(DeleteDevForTask => client_core::Ack, POST "/tums/open/broadcastManager/v1/deleteDevForTask", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.17.22–24 execution

/// 执行/中止任务 — play or stop real-time or speak tasks (1.4.17.22). Real-time tasks
/// need `ignorePlaying`; speak tasks need `protocol` and answer the `pushUrl`. Poll the
/// `uuid` with [`BatchType::Speak`] (speak) or [`BatchType::BatchTask`] (real-time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExecuteTask {
    /// 任务id列表 — the tasks (1–100).
    pub task_id_list: Vec<String>,
    /// 任务类型 — 0 real-time or 3 speak.
    pub task_type: TaskType,
    /// 设置任务状态 — play or stop.
    pub set_status: SetStatus,
    /// 是否忽略正在播放的任务 — real-time tasks (required there): `true` leaves running
    /// tasks alone, `false` interrupts them and restarts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_playing: Option<bool>,
    /// 推流协议 — speak tasks (required there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<PushProtocol>,
}

impl ExecuteTask {
    /// Plays (or stops) real-time tasks.
    pub fn immediate(task_ids: Vec<String>, set_status: SetStatus, ignore_playing: bool) -> Self {
        Self {
            task_id_list: task_ids,
            task_type: TaskType::Immediate,
            set_status,
            ignore_playing: Some(ignore_playing),
            protocol: None,
        }
    }

    /// Starts (or stops) a speak task over `protocol`.
    pub fn speak(
        task_id: impl Into<String>,
        set_status: SetStatus,
        protocol: PushProtocol,
    ) -> Self {
        Self {
            task_id_list: vec![task_id.into()],
            task_type: TaskType::Speak,
            set_status,
            ignore_playing: None,
            protocol: Some(protocol),
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::batch(path, "taskIdList", self.task_id_list.len(), BATCH_MAX)?;
        check_task_type(
            path,
            &self.task_type,
            &[TaskType::Immediate, TaskType::Speak],
        )?;
        if self.task_type == TaskType::Immediate && self.ignore_playing.is_none() {
            return Err(Error::invalid(
                path,
                "ignorePlaying is required for real-time tasks",
            ));
        }
        if self.task_type == TaskType::Speak && self.protocol.is_none() {
            return Err(Error::invalid(path, "protocol is required for speak tasks"));
        }
        Ok(())
    }
}

client_core::endpoint!(ExecuteTask => Execution, POST "/tums/open/broadcastManager/v1/executeTask", write, validate);

/// The answer of [`ExecuteTask`] / [`ExecuteTaskWithDevList`] (1.4.17.22/23 result).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Execution {
    /// 32位随机字符串 — poll it with [`GetExecuteProgress`].
    #[serde(default)]
    pub uuid: String,
    /// 任务 id — speak tasks only.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub task_id: Option<String>,
    /// 推流地址 — where to push the audio stream, speak tasks only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push_url: Option<String>,
}

/// 实时任务及其指定设备 — one real-time task and the devices to run it on (1.4.17.23
/// list item).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskDevices {
    /// 实时任务id — the real-time task.
    pub task_id: String,
    /// 设备信息列表 — 1–100 devices.
    pub dev_list: Vec<DevInfo>,
}

/// 指定设备执行/中止任务 — play or stop real-time tasks on chosen devices (1.4.17.23);
/// at most 100 entries per call. Poll the `uuid` with [`BatchType::BatchTask`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExecuteTaskWithDevList {
    /// 设置任务状态 — play or stop.
    pub set_status: SetStatus,
    /// 是否忽略正在播放的实时任务 — `true` leaves running tasks alone.
    pub ignore_playing: bool,
    /// 实时任务及其指定设备列表 — 1–100 tasks.
    pub list: Vec<TaskDevices>,
}

impl ExecuteTaskWithDevList {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::batch(path, "list", self.list.len(), BATCH_MAX)?;
        for (i, t) in self.list.iter().enumerate() {
            validate::required(path, &format!("list[{i}].taskId"), &t.task_id)?;
            check_dev_list(path, &format!("list[{i}].devList"), &t.dev_list)?;
        }
        Ok(())
    }
}

client_core::endpoint!(ExecuteTaskWithDevList => Execution, POST "/tums/open/broadcastManager/v1/executeTaskWithDevList", write, validate);

/// 查询执行进度 — poll a long operation (1.4.17.24). Suggested time-outs: 5 min for
/// text-to-speech, 10 min for speak / batch tasks, 30 min for merges and transcoding.
/// Failed items (`failList`) come back as [`crate::Error::PartialFailure`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetExecuteProgress {
    /// 后端返回的32位字符串 — the uuid to poll.
    pub uuid: String,
    /// 进度类型 — what the uuid belongs to.
    pub batch_type: BatchType,
}

impl GetExecuteProgress {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "uuid", &self.uuid)
    }
}

client_core::endpoint!(GetExecuteProgress => Progress, POST "/tums/open/broadcastManager/v1/getExecuteProgress", read, validate);

/// The answer of [`GetExecuteProgress`] (1.4.17.24 result; members depend on the
/// batch type).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// 进度状态 — pending, failed, done, in progress or merging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProgressStatus>,
    /// 转化结果的对象存储路径 — URL of the synthesised speech (batch type 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 总数量 — files in the batch (batch type 7).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_num: Option<i64>,
    /// 成功数量 — files done (batch type 7).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub success_num: Option<i64>,
    /// 失败数量 — files failed (batch type 7).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub fail_num: Option<i64>,
}

impl Progress {
    /// `true` once the operation has ended (done or failed).
    pub fn finished(&self) -> bool {
        matches!(
            self.status,
            Some(ProgressStatus::Done | ProgressStatus::Failed)
        )
    }
}

// ---------------------------------------------------------------------------------
// 1.4.17.25–28 speakers

/// 查询分组下设备 — the devices of one type in a region (1.4.17.25).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceInRegionByType {
    /// 分组id — the region.
    pub region_id: String,
    /// 设备类型 — speaker, paging microphone or camera.
    pub device_type: BroadcastDeviceType,
}

impl GetDeviceInRegionByType {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "regionId", &self.region_id)
    }
}

client_core::endpoint!(GetDeviceInRegionByType => Vec<RegionDevice>, POST "/tums/open/broadcastDeviceManager/v1/getDeviceInRegionByType", read, validate);

/// 分组下设备 — one device of [`GetDeviceInRegionByType`] (1.4.17.25 result item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegionDevice {
    /// 设备信息 — the device.
    #[serde(default)]
    pub dev_info: DevInfo,
    /// 分组id — region id (a number in the example).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub region_id: Option<String>,
    /// 设备名称 — device name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_name: Option<String>,
    /// 父分组 id — parent region id (a number in the example).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_id: Option<String>,
    /// 分组名称 — region name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
    /// 设备状态 — 0 offline, 1 online, 2 upgrading, 3 rebooting, 4 syncing.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_status: Option<i64>,
    /// 是否设置设备联动 — whether device linkage is set.
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_union: Option<bool>,
}

/// 设置音箱设备信息 — set volume and/or the audio switch of 1–100 speakers
/// (1.4.17.26; network speakers and speaker IPCs). Failed devices come back as
/// [`crate::Error::PartialFailure`]; the answer may carry a batch id string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetSpeakerInfo {
    /// 设备信息列表 — 1–100 devices.
    pub dev_list: Vec<DevInfo>,
    /// 分组id — region (only in the second example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// 音量 — volume `[0, 100]`; this or `audioSwitch` is required.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub volume: Option<i64>,
    /// 音频开关 — 0 off, 1 on; this or `volume` is required.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub audio_switch: Option<i64>,
    /// single — only in the second example, undocumented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub single: Option<bool>,
}

impl SetSpeakerInfo {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_dev_list(path, "devList", &self.dev_list)?;
        if self.volume.is_none() && self.audio_switch.is_none() {
            return Err(Error::invalid(path, "volume or audioSwitch is required"));
        }
        opt_volume(path, self.volume)?;
        validate::opt_range(path, "audioSwitch", self.audio_switch, 0, 1)
    }
}

client_core::endpoint!(SetSpeakerInfo => Option<String>, POST "/tums/open/broadcastDeviceManager/v1/setSpeakerInfo", write, validate);

/// 音箱批量试听 — play a test sound on 1–100 speakers (1.4.17.27).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TryPlay {
    /// 设备信息列表 — 1–100 devices.
    pub dev_list: Vec<DevInfo>,
}

impl TryPlay {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_dev_list(path, "devList", &self.dev_list)
    }
}

client_core::endpoint!(TryPlay => TryPlayResult, POST "/tums/open/broadcastDeviceManager/v1/tryPlay", write, validate);

/// The answer of [`TryPlay`] (1.4.17.27 result): the devices that failed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TryPlayResult {
    /// 失败列表 — devices that could not play.
    #[serde(default)]
    pub list: Vec<SpeakerFailure>,
}

/// 失败设备 — one device that failed (1.4.17.26/27).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpeakerFailure {
    /// 设备信息 — the device.
    #[serde(default)]
    pub dev_info: DevInfo,
    /// 设备名称 — device name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设置结果 — the device's error code.
    #[serde(rename = "error_code", default, with = "client_core::lenient::int")]
    pub error_code: i64,
}

/// 精确匹配 — AND filter of [`GetSpeakerList`] (1.4.17.28).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpeakerFilterAnd {
    /// 设备所属分组id — region id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// 是否为直连 — `"0"` direct (no parent device), `"1"` behind a parent.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_id: Option<String>,
    /// sd 卡状态 — 0 all devices (default), 1 SD card fine, 2 SD card abnormal.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub sd_status: Option<i64>,
    /// 是否支持音频能力集 — 0 devices without (paging), 1 with (speakers; the default).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub audio_capability: Option<i64>,
    /// 设备状态 — 0 offline, 1 online, 2 upgrading, 3 rebooting, 4 syncing.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub device_status: Option<i64>,
}

/// 模糊匹配 — OR filter of [`GetSpeakerList`] (1.4.17.28).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpeakerFilterOr {
    /// 设备名称 — name contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name_like: Option<String>,
    /// 设备型号 — model contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model_like: Option<String>,
    /// 设备ip地址 — IP contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_like: Option<String>,
    /// 设备mac地址 — MAC contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac_like: Option<String>,
}

/// 分页获取广播设备列表 — list broadcast devices, paged with `start`/`limit`
/// (1.4.17.28). Sort keys: `deviceName`, `ip`, `mac`, `deviceStatus`. Speakers behind an
/// NVR (`parentId` ≠ `"0"`) and paging devices cannot take tasks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetSpeakerList {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — page size (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 精确匹配查询 — AND filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<SpeakerFilterAnd>,
    /// 模糊匹配查询 — OR filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<SpeakerFilterOr>,
    /// 排序 — sort keys in priority order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<SortKey>>,
}

impl GetSpeakerList {
    fn check(&self, path: &str) -> Result<(), Error> {
        opt_limit(path, self.limit, MAX_LIMIT)?;
        if let Some(f) = &self.filter_and {
            validate::opt_range(path, "filterAnd.sdStatus", f.sd_status, 0, 2)?;
            validate::opt_range(path, "filterAnd.audioCapability", f.audio_capability, 0, 1)?;
        }
        Ok(())
    }
}

client_core::endpoint!(GetSpeakerList => PagedList<Speaker>, POST "/tums/open/broadcastDeviceManager/v1/getSpeakerList", read, validate);
opt_paged!(GetSpeakerList => Speaker, DEFAULT_LIMIT);

/// 广播设备 — one broadcast device (1.4.17.28 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Speaker {
    /// 设备名称 — device name.
    #[serde(default)]
    pub device_name: String,
    /// 设备类型 — speaker, paging microphone or speaker IPC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<BroadcastDeviceType>,
    /// 设备状态 — 0 offline, 1 online, 2 upgrading, 3 rebooting, 4 syncing.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub device_status: Option<i64>,
    /// 设备型号 — model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// 设备ip — IP address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// 设备mac — MAC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 是否为直连 — `"0"` direct, `"1"` behind a parent device.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_id: Option<String>,
    /// 分组id — region id.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub region_id: Option<String>,
    /// 固件版本 — firmware version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firmware_ver: Option<String>,
    /// 硬件版本 — hardware version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hardware_ver: Option<String>,
    /// managerAuthType — in the example only, undocumented.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub manager_auth_type: Option<i64>,
    /// 扩展信息 — what the device reports (members may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extend: Option<SpeakerExtend>,
    /// 系统类型 — `nbs` (broadcast) or `vms` (video).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_type: Option<String>,
    /// 位置 — location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

/// 扩展信息 — device-reported details of a broadcast device (1.4.17.28 extend).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpeakerExtend {
    /// 音量 — volume 0–100.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub volume: Option<i64>,
    /// 音频开关 — 0 off, 1 on.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub audio_switch: Option<i64>,
    /// 联动设备数量 — number of linked devices.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub union_dev_num: Option<i64>,
    /// 正在播放的任务名称 — the task playing now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_name: Option<String>,
    /// 设备的qrCode — device code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 是否支持sd卡 — 0 no, 1 yes.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub has_sd_capability: Option<i64>,
    /// 存储类型 — 0 DDR, 1 SD card.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_type: Option<i64>,
    /// sd卡存储状态 — 0 no card, 1 card inserted.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub sd_storage_status: Option<i64>,
    /// sd卡状态 — 0 fine, 1 unformatted, 2 abnormal, 3 full, 4 internal storage abnormal.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub sd_status_type: Option<i64>,
    /// 云广播可用容量（GB） — free space for broadcast.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub sd_free_size: Option<String>,
    /// sd卡总容量（GB） — card size.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub sd_total_size: Option<String>,
    /// ddr状态 — 0 fine, 1 abnormal.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub ddr_status: Option<i64>,
    /// ddr大小（MB） — DDR size.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub ddr_size: Option<String>,
    /// 正在播放的任务类型 — type of the task playing now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_type: Option<TaskType>,
    /// 是否支持远程管理 — 1 yes, 2 no.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub remote_manage: Option<i64>,
    /// 流量卡id — data SIM id.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub flow_card_id: Option<String>,
    /// 剩余流量大小（MB） — remaining data; `-1` pooled, `-2` unlimited.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub remain_flow: Option<String>,
}
