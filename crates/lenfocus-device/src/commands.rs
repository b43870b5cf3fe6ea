//! The twelve commands the platform pushes to the device (1.5–1.16), with typed
//! parameters and typed replies.

use chrono::NaiveDateTime;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::enums::{Gender, PersonCategory, RecordStrategy};
use crate::envelope::normalize_uri;

/// A server → device command: its uri and the type of the `result` the device
/// answers with (`()` for commands whose reply has no `result`).
pub trait ServerCommand:
    Serialize + DeserializeOwned + Clone + std::fmt::Debug + Send + Sync + 'static
{
    /// The canonical uri, as the seed's examples write it (leading `/`).
    const URI: &'static str;
    /// Which command this is.
    const KIND: CommandKind;
    /// The typed `result` of the reply (`()` = no `result`).
    type Reply: Serialize + DeserializeOwned + Send + 'static;
    /// Wraps the parameters in [`Command`].
    fn into_command(self) -> Command;
}

/// The twelve server commands, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CommandKind {
    /// 人脸参数控制 (1.5).
    FaceParamSet,
    /// 录像设置 (1.6).
    RecordSet,
    /// 按月获取每天的视频文件数量 (1.7).
    RecordByMonth,
    /// 视频文件列表 (1.8).
    GetRecordList,
    /// 重启设备 (1.9).
    Reboot,
    /// 查询抓拍图像的文件列表 (1.10).
    FaceCapHistory,
    /// 查询行人抓拍图像的文件列表 (1.11).
    PedestrianCapHistory,
    /// 下发人员信息及照片 (1.12).
    PersonAdd,
    /// 查询人员列表 (1.13).
    PersonList,
    /// 查询人员信息 (1.14).
    PersonQuery,
    /// 删除人员信息 (1.15).
    PersonDelete,
    /// 以图搜图 (1.16).
    PersonSearch,
}

impl CommandKind {
    /// All twelve kinds, in seed order.
    pub const ALL: [CommandKind; 12] = [
        CommandKind::FaceParamSet,
        CommandKind::RecordSet,
        CommandKind::RecordByMonth,
        CommandKind::GetRecordList,
        CommandKind::Reboot,
        CommandKind::FaceCapHistory,
        CommandKind::PedestrianCapHistory,
        CommandKind::PersonAdd,
        CommandKind::PersonList,
        CommandKind::PersonQuery,
        CommandKind::PersonDelete,
        CommandKind::PersonSearch,
    ];

    /// The canonical uri (the examples' form, with a leading `/`).
    pub fn uri(&self) -> &'static str {
        match self {
            CommandKind::FaceParamSet => FaceParamSet::URI,
            CommandKind::RecordSet => RecordSet::URI,
            CommandKind::RecordByMonth => RecordByMonth::URI,
            CommandKind::GetRecordList => GetRecordList::URI,
            CommandKind::Reboot => Reboot::URI,
            CommandKind::FaceCapHistory => FaceCapHistory::URI,
            CommandKind::PedestrianCapHistory => PedestrianCapHistory::URI,
            CommandKind::PersonAdd => PersonAdd::URI,
            CommandKind::PersonList => PersonList::URI,
            CommandKind::PersonQuery => PersonQuery::URI,
            CommandKind::PersonDelete => PersonDelete::URI,
            CommandKind::PersonSearch => PersonSearch::URI,
        }
    }

    /// The seed section.
    pub fn section(&self) -> &'static str {
        match self {
            CommandKind::FaceParamSet => "1.5",
            CommandKind::RecordSet => "1.6",
            CommandKind::RecordByMonth => "1.7",
            CommandKind::GetRecordList => "1.8",
            CommandKind::Reboot => "1.9",
            CommandKind::FaceCapHistory => "1.10",
            CommandKind::PedestrianCapHistory => "1.11",
            CommandKind::PersonAdd => "1.12",
            CommandKind::PersonList => "1.13",
            CommandKind::PersonQuery => "1.14",
            CommandKind::PersonDelete => "1.15",
            CommandKind::PersonSearch => "1.16",
        }
    }

    /// Recognises a uri in any of the seed's spellings: with or without the leading
    /// `/`, with surrounding spaces, and for 1.5 both `ivp/person_param_set` (request
    /// example) and `ivp/facecap_param_set` (tables and reply example).
    ///
    /// ```
    /// use lenfocus_device::commands::CommandKind;
    /// assert_eq!(CommandKind::from_uri(" /ivp/facecap_param_set"), Some(CommandKind::FaceParamSet));
    /// assert_eq!(CommandKind::from_uri("/ivp/person_param_set"), Some(CommandKind::FaceParamSet));
    /// assert_eq!(CommandKind::from_uri("storage/record_set"), Some(CommandKind::RecordSet));
    /// assert_eq!(CommandKind::from_uri("/no/such"), None);
    /// ```
    pub fn from_uri(uri: &str) -> Option<CommandKind> {
        let n = normalize_uri(uri);
        if n == "ivp/facecap_param_set" {
            return Some(CommandKind::FaceParamSet);
        }
        CommandKind::ALL
            .into_iter()
            .find(|k| normalize_uri(k.uri()) == n)
    }
}

/// A decoded server command.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Command {
    /// 人脸参数控制 (1.5).
    FaceParamSet(FaceParamSet),
    /// 录像设置 (1.6).
    RecordSet(RecordSet),
    /// 按月获取每天的视频文件数量 (1.7).
    RecordByMonth(RecordByMonth),
    /// 视频文件列表 (1.8).
    GetRecordList(GetRecordList),
    /// 重启设备 (1.9).
    Reboot(Reboot),
    /// 查询抓拍图像的文件列表 (1.10).
    FaceCapHistory(FaceCapHistory),
    /// 查询行人抓拍图像的文件列表 (1.11).
    PedestrianCapHistory(PedestrianCapHistory),
    /// 下发人员信息及照片 (1.12).
    PersonAdd(PersonAdd),
    /// 查询人员列表 (1.13).
    PersonList(PersonList),
    /// 查询人员信息 (1.14).
    PersonQuery(PersonQuery),
    /// 删除人员信息 (1.15).
    PersonDelete(PersonDelete),
    /// 以图搜图 (1.16).
    PersonSearch(PersonSearch),
}

impl Command {
    /// Decodes `param` for the command named by `uri`. `Ok(None)` when the uri is
    /// not one of the twelve commands.
    pub fn decode(
        uri: &str,
        param: serde_json::Value,
    ) -> Result<Option<Command>, serde_json::Error> {
        fn de<C: ServerCommand>(
            v: serde_json::Value,
        ) -> Result<Option<Command>, serde_json::Error> {
            // Null members count as absent (client_core::lenient::from_str).
            client_core::lenient::from_str::<C>(&v.to_string()).map(|c| Some(c.into_command()))
        }
        let Some(kind) = CommandKind::from_uri(uri) else {
            return Ok(None);
        };
        match kind {
            CommandKind::FaceParamSet => de::<FaceParamSet>(param),
            CommandKind::RecordSet => de::<RecordSet>(param),
            CommandKind::RecordByMonth => de::<RecordByMonth>(param),
            CommandKind::GetRecordList => de::<GetRecordList>(param),
            CommandKind::Reboot => de::<Reboot>(param),
            CommandKind::FaceCapHistory => de::<FaceCapHistory>(param),
            CommandKind::PedestrianCapHistory => de::<PedestrianCapHistory>(param),
            CommandKind::PersonAdd => de::<PersonAdd>(param),
            CommandKind::PersonList => de::<PersonList>(param),
            CommandKind::PersonQuery => de::<PersonQuery>(param),
            CommandKind::PersonDelete => de::<PersonDelete>(param),
            CommandKind::PersonSearch => de::<PersonSearch>(param),
        }
    }

    /// Which command this is.
    pub fn kind(&self) -> CommandKind {
        match self {
            Command::FaceParamSet(_) => CommandKind::FaceParamSet,
            Command::RecordSet(_) => CommandKind::RecordSet,
            Command::RecordByMonth(_) => CommandKind::RecordByMonth,
            Command::GetRecordList(_) => CommandKind::GetRecordList,
            Command::Reboot(_) => CommandKind::Reboot,
            Command::FaceCapHistory(_) => CommandKind::FaceCapHistory,
            Command::PedestrianCapHistory(_) => CommandKind::PedestrianCapHistory,
            Command::PersonAdd(_) => CommandKind::PersonAdd,
            Command::PersonList(_) => CommandKind::PersonList,
            Command::PersonQuery(_) => CommandKind::PersonQuery,
            Command::PersonDelete(_) => CommandKind::PersonDelete,
            Command::PersonSearch(_) => CommandKind::PersonSearch,
        }
    }
}

macro_rules! server_command {
    ($ty:ident, $uri:literal, $reply:ty) => {
        impl ServerCommand for $ty {
            const URI: &'static str = $uri;
            const KIND: CommandKind = CommandKind::$ty;
            type Reply = $reply;
            fn into_command(self) -> Command {
                Command::$ty(self)
            }
        }
    };
}

fn check_range(field: &str, v: i64, lo: i64, hi: i64) -> Result<(), String> {
    if (lo..=hi).contains(&v) {
        Ok(())
    } else {
        Err(format!("{field} must be {lo}..={hi}, got {v}"))
    }
}

// ---------------------------------------------------------------------------- 1.5

/// 人脸参数控制 — face-capture parameters set by the platform (1.5).
///
/// The request example's uri is `/ivp/person_param_set`, the tables' and the reply
/// example's `ivp/facecap_param_set`; both are recognised. The reply has no `result`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaceParamSet {
    /// 打开 — face capture enabled ("1打开 0关闭"; `true`/`false` and `1`/`0` accepted).
    #[serde(with = "client_core::lenient::bool")]
    pub enable: bool,
    /// 显示人脸框 — draw face boxes.
    #[serde(with = "client_core::lenient::bool")]
    pub show_face: bool,
    /// 显示人形框 — draw human-shape boxes.
    #[serde(with = "client_core::lenient::bool")]
    pub show_human: bool,
    /// 推送陌生人 — push strangers.
    #[serde(with = "client_core::lenient::bool")]
    pub push_stranger: bool,
    /// 推送人脸图 — push face images.
    #[serde(with = "client_core::lenient::bool")]
    pub push_face: bool,
    /// 推送背景图 — push background images.
    #[serde(with = "client_core::lenient::bool")]
    pub push_bg: bool,
    /// 语音播报 — audio announcements.
    #[serde(with = "client_core::lenient::bool")]
    pub play_audio: bool,
    /// 陌生人语音播报 — announce strangers (optional).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_bool"
    )]
    pub play_audio_stranger: Option<bool>,
    /// 白名单语音播报 — announce allow-list persons (optional).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_bool"
    )]
    pub play_audio_white: Option<bool>,
    /// 黑名单语音播报 — announce block-list persons (optional).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_bool"
    )]
    pub play_audio_black: Option<bool>,
    /// VIP语音播报 — announce VIPs (optional). The table spells the key
    /// `iplay_audio_vip`, the example `play_audio_vip`: both are read, the example's
    /// spelling is sent.
    #[serde(
        default,
        alias = "iplay_audio_vip",
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_bool"
    )]
    pub play_audio_vip: Option<bool>,
    /// 访客语音播报 — announce visitors (optional).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_bool"
    )]
    pub play_audio_friend: Option<bool>,
    /// 检测阈值 — detection threshold, 0–100.
    #[serde(with = "client_core::lenient::int")]
    pub threshold: i64,
    /// 识别阈值 — recognition threshold, 0–100.
    #[serde(with = "client_core::lenient::int")]
    pub reg_threshold: i64,
    /// 人脸大小 — minimum face size, 30–500.
    #[serde(with = "client_core::lenient::int")]
    pub mini_face: i64,
    /// 人体大小 — minimum human size, 60–1000.
    #[serde(with = "client_core::lenient::int")]
    pub mini_human: i64,
    /// 人脸质量 — face quality, 0–100.
    #[serde(with = "client_core::lenient::int")]
    pub quality_face: i64,
    /// 人体质量 — human quality, 0–100.
    #[serde(with = "client_core::lenient::int")]
    pub quality_human: i64,
    /// 使能人脸服务器 — enable the face server (required flag left blank in the seed).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_bool"
    )]
    pub server_enable: Option<bool>,
    /// 人脸报警 — face alarm output.
    pub alarm_out: AlarmOut,
}

/// 人脸报警 — face alarm output settings (1.5 `alarm_out`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlarmOut {
    /// 报警间隔 — alarm interval in seconds, 10–60.
    #[serde(with = "client_core::lenient::int")]
    pub interval: i64,
    /// 服务器推送 — push alarms to the server.
    #[serde(with = "client_core::lenient::bool")]
    pub alarm_push: bool,
}

impl FaceParamSet {
    /// Checks the documented ranges (threshold 0–100, reg_threshold 0–100, mini_face
    /// 30–500, mini_human 60–1000, quality 0–100, alarm interval 10–60 s). Note that
    /// the seed's own example sends `mini_human: 50`; the runtime does not enforce
    /// these checks, a handler may.
    pub fn validate(&self) -> Result<(), String> {
        check_range("threshold", self.threshold, 0, 100)?;
        check_range("reg_threshold", self.reg_threshold, 0, 100)?;
        check_range("mini_face", self.mini_face, 30, 500)?;
        check_range("mini_human", self.mini_human, 60, 1000)?;
        check_range("quality_face", self.quality_face, 0, 100)?;
        check_range("quality_human", self.quality_human, 0, 100)?;
        check_range("alarm_out.interval", self.alarm_out.interval, 10, 60)
    }
}

server_command!(FaceParamSet, "/ivp/person_param_set", ());

// ---------------------------------------------------------------------------- 1.6

/// 录像设置 — recording settings (1.6 `/storage/record_set`). No `result`.
///
/// The booleans are 布尔 in the table and `1` in the example; both are accepted and
/// they are sent as `0`/`1` like the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordSet {
    /// 手动录像 — manual (continuous) recording.
    #[serde(with = "client_core::lenient::bool_int")]
    pub normal_record: bool,
    /// 断网录像 — record while the network is down.
    #[serde(with = "client_core::lenient::bool_int")]
    pub disconnect_record: bool,
    /// 报警录像 — alarm recording.
    #[serde(with = "client_core::lenient::bool_int")]
    pub alarm_record: bool,
    /// 是否录制音频 — record audio.
    #[serde(with = "client_core::lenient::bool_int")]
    pub audio_enable: bool,
    /// 录像时长 — file length in minutes, 1–60.
    #[serde(with = "client_core::lenient::int")]
    pub file_len: i64,
    /// 策略 — what to do when storage is full (0 循环覆盖, 1 录满停止).
    pub strategy: RecordStrategy,
    /// 人脸服务器录像 — face-server recording flag; in the example only, not in the
    /// table.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_bool_int"
    )]
    pub face_server_enable: Option<bool>,
    /// 预录 — pre-recording.
    pub pre_record: PreRecord,
}

/// 预录 — pre-recording settings (1.6 `pre_record`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreRecord {
    /// 开启预录 — pre-recording enabled.
    #[serde(with = "client_core::lenient::bool_int")]
    pub enable: bool,
    /// 时长 — pre-recording duration in seconds, 0–10.
    #[serde(with = "client_core::lenient::int")]
    pub duration: i64,
}

impl RecordSet {
    /// Checks `file_len` 1–60 min and `pre_record.duration` 0–10 s.
    pub fn validate(&self) -> Result<(), String> {
        check_range("file_len", self.file_len, 1, 60)?;
        check_range("pre_record.duration", self.pre_record.duration, 0, 10)
    }
}

server_command!(RecordSet, "/storage/record_set", ());

// ---------------------------------------------------------------------------- 1.7

/// 按月获取每天的视频文件数量 — per-day video file counts of a month (1.7
/// `/storage/record_by_month`).
///
/// **`month` is 0-based on the wire** ("0表示一月"): use [`RecordByMonth::for_month`]
/// and [`RecordByMonth::calendar_month`] to work with 1–12.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordByMonth {
    /// 年份 — year, e.g. 2021.
    #[serde(with = "client_core::lenient::int")]
    pub year: i64,
    /// 月份 — month, **0 = January**, 11 = December.
    #[serde(with = "client_core::lenient::int")]
    pub month: i64,
}

impl RecordByMonth {
    /// The request for calendar month `month` (1–12) of `year`.
    ///
    /// ```
    /// use lenfocus_device::commands::RecordByMonth;
    /// let r = RecordByMonth::for_month(2021, 10);
    /// assert_eq!(r.month, 9); // October is 9 on the wire
    /// assert_eq!(r.calendar_month(), Some(10));
    /// ```
    pub fn for_month(year: i64, month: u32) -> Self {
        Self {
            year,
            month: i64::from(month) - 1,
        }
    }

    /// The calendar month 1–12, or `None` when the wire value is out of 0–11.
    pub fn calendar_month(&self) -> Option<u32> {
        // `month` comes from the network: no arithmetic overflow on i64::MAX.
        (0..=11)
            .contains(&self.month)
            .then(|| u32::try_from(self.month + 1).ok())
            .flatten()
    }
}

/// One day of the 1.7 reply (`result` is an array of these).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayCount {
    /// 日期 — day of month, from 1.
    #[serde(with = "client_core::lenient::int")]
    pub day: i64,
    /// 视频文件数量 — number of video files that day.
    #[serde(with = "client_core::lenient::int")]
    pub count: i64,
}

server_command!(RecordByMonth, "/storage/record_by_month", Vec<DayCount>);

// ---------------------------------------------------------------------------- 1.8

/// 获取视频文件列表 — video files of a time range (1.8 `/storage/get_record_list`; the
/// seed's title repeats 1.7's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetRecordList {
    /// 起始时间 — start time, `yyyy-MM-dd HH:mm:ss`.
    #[serde(with = "client_core::lenient::datetime")]
    pub start_time: NaiveDateTime,
    /// 结束时间 — end time, `yyyy-MM-dd HH:mm:ss`.
    #[serde(with = "client_core::lenient::datetime")]
    pub end_time: NaiveDateTime,
    /// 页面 — page number, **from 0** ("从0开始").
    #[serde(with = "client_core::lenient::int")]
    pub page_num: i64,
    /// 每页记录条数 — page size, at most 500.
    #[serde(with = "client_core::lenient::int")]
    pub page_size: i64,
}

impl GetRecordList {
    /// Checks `page_num >= 0` and `page_size` 1–500.
    pub fn validate(&self) -> Result<(), String> {
        check_range("page_num", self.page_num, 0, i64::MAX)?;
        check_range("page_size", self.page_size, 1, 500)
    }
}

/// `result` of 1.8.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordList {
    /// 视频总页数 — number of pages in the range.
    #[serde(with = "client_core::lenient::int")]
    pub total_page: i64,
    /// 视频数量 — number of files in the range.
    #[serde(with = "client_core::lenient::int")]
    pub total_file: i64,
    /// 每页记录条数 — page size.
    #[serde(with = "client_core::lenient::int")]
    pub page_size: i64,
    /// 视频文件 — the files of this page (typed 对象 in the table; an array).
    #[serde(default)]
    pub recordlist: Vec<RecordFile>,
}

/// One video file of 1.8.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordFile {
    /// 视频文件的名称或路径 — file name or path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// 开始录像的时间 — recording start, `yyyy-MM-dd HH:mm:ss`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_datetime"
    )]
    pub start_time: Option<NaiveDateTime>,
    /// 停止录像的时间 — recording end.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_datetime"
    )]
    pub end_time: Option<NaiveDateTime>,
}

server_command!(GetRecordList, "/storage/get_record_list", RecordList);

// ---------------------------------------------------------------------------- 1.9

/// 重启设备 — reboot the device (1.9 `/system/maintain/reboot`). No `result`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reboot {
    /// 重启延时 — delay before rebooting, in milliseconds.
    #[serde(with = "client_core::lenient::int")]
    pub delay_ms: i64,
}

impl Reboot {
    /// The delay as a [`std::time::Duration`] (negative values are zero).
    pub fn delay(&self) -> std::time::Duration {
        std::time::Duration::from_millis(u64::try_from(self.delay_ms).unwrap_or(0))
    }
}

server_command!(Reboot, "/system/maintain/reboot", ());

// --------------------------------------------------------------------------- 1.10

/// 查询抓拍图像的文件列表 — face-capture history (1.10 `/ivp/face/get_cap_history`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaceCapHistory {
    /// 起始时间 — start time, `yyyy-MM-dd HH:mm:ss`.
    #[serde(with = "client_core::lenient::datetime")]
    pub start_time: NaiveDateTime,
    /// 结束时间 — end time.
    #[serde(with = "client_core::lenient::datetime")]
    pub end_time: NaiveDateTime,
    /// 页面 — page number (base not stated; the example uses 1).
    #[serde(with = "client_core::lenient::int")]
    pub page_num: i64,
    /// 每页记录条数 — page size, at most 32.
    #[serde(with = "client_core::lenient::int")]
    pub page_size: i64,
    /// 指定姓名 — filter by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 指定工号 — filter by work id.
    #[serde(
        rename = "workId",
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_string"
    )]
    pub work_id: Option<String>,
    /// 指定身份证号 — filter by ID-card number.
    #[serde(rename = "idCard", default, skip_serializing_if = "Option::is_none")]
    pub id_card: Option<String>,
    /// 指定手机号 — filter by phone number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_string"
    )]
    pub phone: Option<String>,
}

impl FaceCapHistory {
    /// Checks `page_size` 1–32.
    pub fn validate(&self) -> Result<(), String> {
        check_range("page_size", self.page_size, 1, 32)
    }
}

/// `result` of 1.10.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaceCapHistoryResult {
    /// 抓拍记录数量 — number of captures in the range.
    #[serde(with = "client_core::lenient::int")]
    pub face_total: i64,
    /// 抓拍记录 — the captures of this page.
    #[serde(default)]
    pub face_list: Vec<FaceCapture>,
}

/// One face capture of 1.10.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaceCapture {
    /// 姓名 — recognised name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 相似度 — similarity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_int"
    )]
    pub similarity: Option<i64>,
    /// 性别 — gender.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// 年龄 — age.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_int"
    )]
    pub age: Option<i64>,
    /// 抓拍的时间点 — capture time, `yyyy-MM-dd HH:mm:ss`.
    #[serde(with = "client_core::lenient::datetime")]
    pub time: NaiveDateTime,
    /// 人脸图片路径 — face image path on the device.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jpeg_url_face: Option<String>,
    /// 人体全身图片路径 — full-body image path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jpeg_url_body: Option<String>,
    /// 全景图片路径 — panorama (frame) image path.
    pub jpeg_url_frame: String,
}

server_command!(
    FaceCapHistory,
    "/ivp/face/get_cap_history",
    FaceCapHistoryResult
);

// --------------------------------------------------------------------------- 1.11

/// 查询行人抓拍图像的文件列表 — pedestrian-capture history (1.11
/// `/person/get_cap_history`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PedestrianCapHistory {
    /// 起始时间 — start time, `yyyy-MM-dd HH:mm:ss`.
    #[serde(with = "client_core::lenient::datetime")]
    pub start_time: NaiveDateTime,
    /// 结束时间 — end time.
    #[serde(with = "client_core::lenient::datetime")]
    pub end_time: NaiveDateTime,
    /// 页面 — page number (base not stated; the example uses 0).
    #[serde(with = "client_core::lenient::int")]
    pub page_num: i64,
    /// 每页记录条数 — page size, at most 32.
    #[serde(with = "client_core::lenient::int")]
    pub page_size: i64,
}

impl PedestrianCapHistory {
    /// Checks `page_size` 1–32.
    pub fn validate(&self) -> Result<(), String> {
        check_range("page_size", self.page_size, 1, 32)
    }
}

/// `result` of 1.11.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PedestrianCapHistoryResult {
    /// 抓拍记录数量 — number of captures in the range.
    #[serde(with = "client_core::lenient::int")]
    pub total: i64,
    /// 抓拍数据 — the captures of this page.
    #[serde(default)]
    pub list: Vec<PedestrianCapture>,
}

/// One pedestrian capture of 1.11.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PedestrianCapture {
    /// 抓拍的时间点 — capture time.
    #[serde(with = "client_core::lenient::datetime")]
    pub time: NaiveDateTime,
    /// 人脸图片路径 — face image path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jpeg_url_face: Option<String>,
    /// 人体全身图片路径 — full-body image path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jpeg_url_body: Option<String>,
    /// 全景图片路径 — panorama image path.
    pub jpeg_url_frame: String,
}

server_command!(
    PedestrianCapHistory,
    "/person/get_cap_history",
    PedestrianCapHistoryResult
);

// --------------------------------------------------------------------------- 1.12

/// 下发人员信息及照片 — add (or replace) a person with a photo (1.12 `/person/add`).
/// No `result`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonAdd {
    /// 人员ID — person id, an integer-like string up to 2^64.
    #[serde(with = "client_core::lenient::string")]
    pub pid: String,
    /// 姓名 — name.
    pub name: String,
    /// 工号 — work id.
    #[serde(with = "client_core::lenient::string")]
    pub work_id: String,
    /// 身份证号码 — ID-card number.
    #[serde(with = "client_core::lenient::string")]
    pub id_card_no: String,
    /// IC卡号码 — IC (RF) card number.
    #[serde(with = "client_core::lenient::string")]
    pub ic_card_no: String,
    /// 性别 — gender.
    pub gender: Gender,
    /// 年龄 — age.
    #[serde(with = "client_core::lenient::int")]
    pub age: i64,
    /// 部门名称 — department.
    pub department: String,
    /// 人脸照片base64编码 — face photo, Base64 (a `data:image/…;base64,` prefix is
    /// tolerated by [`PersonAdd::photo_bytes`]).
    pub photo: String,
    /// 类别 — category.
    pub category: PersonCategory,
}

impl PersonAdd {
    /// Decodes [`PersonAdd::photo`] (with or without a data-URI prefix).
    pub fn photo_bytes(&self) -> Result<Vec<u8>, base64::DecodeError> {
        crate::image::decode_base64_image(&self.photo)
    }
}

server_command!(PersonAdd, "/person/add", ());

// --------------------------------------------------------------------------- 1.13

/// 查询人员列表 — list persons (1.13 `/person/list`).
///
/// The table marks every filter as required; they are read as optional filters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonList {
    /// 页面 — page number (base not stated; the example uses 1).
    #[serde(with = "client_core::lenient::int")]
    pub page_num: i64,
    /// 每页记录条数 — page size, at most 32.
    #[serde(with = "client_core::lenient::int")]
    pub page_size: i64,
    /// 类别 — category filter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<PersonCategory>,
    /// 姓名 — name filter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 工号 — work-id filter.
    #[serde(
        rename = "workId",
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_string"
    )]
    pub work_id: Option<String>,
    /// 身份证号 — ID-card filter.
    #[serde(rename = "idCard", default, skip_serializing_if = "Option::is_none")]
    pub id_card: Option<String>,
    /// 手机号 — phone filter (typed 整型 here, 字符串 in the result; text accepted).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_string"
    )]
    pub phone: Option<String>,
}

impl PersonList {
    /// Checks `page_size` 1–32.
    pub fn validate(&self) -> Result<(), String> {
        check_range("page_size", self.page_size, 1, 32)
    }
}

/// `result` of 1.13.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonListResult {
    /// 结果总数量 — total number of matching persons.
    #[serde(with = "client_core::lenient::int")]
    pub total: i64,
    /// 人员 — the persons of this page.
    #[serde(default)]
    pub list: Vec<Person>,
}

/// A person of the device's library (1.13 `list[]`, 1.14 `result`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// 人员ID — person id (integer-like string up to 2^64).
    #[serde(with = "client_core::lenient::string")]
    pub pid: String,
    /// 姓名 — name.
    pub name: String,
    /// 工号 — work id.
    #[serde(with = "client_core::lenient::string")]
    pub work_id: String,
    /// 身份证号码 — ID-card number.
    #[serde(with = "client_core::lenient::string")]
    pub id_card_no: String,
    /// IC卡号码 — IC card number.
    #[serde(with = "client_core::lenient::string")]
    pub ic_card_no: String,
    /// 性别 — gender.
    pub gender: Gender,
    /// 年龄 — age.
    #[serde(with = "client_core::lenient::int")]
    pub age: i64,
    /// 部门名称 — department.
    pub department: String,
    /// 图片路径 — photo path or id on the device.
    pub photo: String,
    /// 类别 — category.
    pub category: PersonCategory,
    /// 手机号 — phone number. Required (是) in the 1.13 and 1.14 reply tables, so it
    /// is always sent (empty when unknown, as the 1.13 example shows); a missing
    /// member reads as empty.
    #[serde(default, with = "client_core::lenient::string")]
    pub phone: String,
}

server_command!(PersonList, "/person/list", PersonListResult);

// --------------------------------------------------------------------------- 1.14

/// 查询人员信息 — query one person (1.14 `/person/query`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonQuery {
    /// 人员ID — person id.
    #[serde(with = "client_core::lenient::string")]
    pub pid: String,
}

server_command!(PersonQuery, "/person/query", Person);

// --------------------------------------------------------------------------- 1.15

/// 删除人员信息 — delete a person (1.15 `/person/delete`). No `result`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonDelete {
    /// 人员ID — person id. Marked optional (否) in the seed, which does not say what
    /// a delete without `pid` means.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::empty_as_none"
    )]
    pub pid: Option<String>,
}

server_command!(PersonDelete, "/person/delete", ());

// --------------------------------------------------------------------------- 1.16

/// 以图搜图 — search captures by image (1.16 `/person/search`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonSearch {
    /// 图片的base64编码 — the query image, Base64 (optional in the table).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photo: Option<String>,
    /// 比对阈值 — comparison threshold, 0–100.
    #[serde(with = "client_core::lenient::int")]
    pub threshold: i64,
    /// 起始时间 — start time, `yyyy-MM-dd HH:mm:ss`.
    #[serde(with = "client_core::lenient::datetime")]
    pub start_time: NaiveDateTime,
    /// 结束时间 — end time.
    #[serde(with = "client_core::lenient::datetime")]
    pub end_time: NaiveDateTime,
}

impl PersonSearch {
    /// Checks `threshold` 0–100.
    pub fn validate(&self) -> Result<(), String> {
        check_range("threshold", self.threshold, 0, 100)
    }
}

/// `result` of 1.16.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonSearchResult {
    /// 总数 — number of hits.
    #[serde(with = "client_core::lenient::int")]
    pub total: i64,
    /// 命中 — the hits.
    #[serde(default)]
    pub face_list: Vec<SearchHit>,
}

/// One hit of 1.16.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// 图片时间 — image time.
    #[serde(with = "client_core::lenient::datetime")]
    pub time: NaiveDateTime,
    /// 相似度分数 — similarity score.
    #[serde(with = "client_core::lenient::int")]
    pub score: i64,
    /// 抓拍的人脸图片路径 — face image path.
    pub jpeg_url_face: String,
}

server_command!(PersonSearch, "/person/search", PersonSearchResult);
