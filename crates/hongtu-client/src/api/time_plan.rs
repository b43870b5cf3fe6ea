//! 时间计划管理 — time schedules (时间计划) used by pass, security and event rules:
//! batch add, update, batch delete, list and detail (hongtu-aiot-openapi.txt, module
//! 时间计划管理 1.1–1.5).
//!
//! A schedule has weekly working-day periods ([`WorkDay`]) and optional holiday
//! overrides ([`Holiday`]); times of day are `HH:mm` on the wire and
//! [`chrono::NaiveTime`] here, dates `yyyy-MM-dd` and [`chrono::NaiveDate`].

use chrono::{NaiveDate, NaiveTime};
use client_core::validate;
use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_page, impl_paged};
use crate::envelope::PageData;

/// Default page size of [`ListSchedules`] (分页大小，默认为 20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

/// Serde helpers for `HH:mm` clock times ([`NaiveTime`]). client-core's
/// `lenient` has none; input also accepts `HH:mm:ss`, output is `HH:mm`.
pub mod clock {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Parses `HH:mm` or `HH:mm:ss` (surrounding spaces ignored).
    pub fn parse(text: &str) -> Option<NaiveTime> {
        let t = text.trim();
        NaiveTime::parse_from_str(t, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
            .ok()
    }

    /// Deserializes an `HH:mm` string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let s = String::deserialize(d)?;
        parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("expected an HH:mm clock time, got {s:?}"))
        })
    }

    /// Serializes as `HH:mm`.
    pub fn serialize<S: Serializer>(v: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&v.format("%H:%M"))
    }

    /// Optional `HH:mm` clock times; `null`, a missing member (with `default`) and
    /// `""` are `None`.
    pub mod opt {
        use super::*;

        /// Deserializes.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(s) if s.trim().is_empty() => Ok(None),
                Some(s) => parse(&s).map(Some).ok_or_else(|| {
                    serde::de::Error::custom(format!("expected an HH:mm clock time, got {s:?}"))
                }),
            }
        }

        /// Serializes `Some` as `HH:mm`, `None` as `null`.
        pub fn serialize<S: Serializer>(v: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
            match v {
                Some(t) => super::serialize(t, s),
                None => s.serialize_none(),
            }
        }
    }
}

client_core::int_enum! {
    /// 时间计划类型 — what a schedule is used for (时间计划管理 1.1.2 `type`).
    pub enum ScheduleType {
        /// 通行 — pass (access control).
        Pass = 1,
        /// 安防 — security (no holidays).
        Security = 2,
        /// 事件 — event (no holidays).
        Event = 3,
    }
}

client_core::int_enum! {
    /// 星期 — day of the week of a [`WorkDay`], 1 = Monday … 7 = Sunday
    /// (时间计划管理 1.1.2 `week`: "1,2,3,4,5,6,7").
    pub enum ScheduleWeekday {
        /// 星期一 — Monday.
        Monday = 1,
        /// 星期二 — Tuesday.
        Tuesday = 2,
        /// 星期三 — Wednesday.
        Wednesday = 3,
        /// 星期四 — Thursday.
        Thursday = 4,
        /// 星期五 — Friday.
        Friday = 5,
        /// 星期六 — Saturday.
        Saturday = 6,
        /// 星期日 — Sunday.
        Sunday = 7,
    }
}

/// 时间段 — one period of a day (时间计划管理 1.1.2 `during`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRange {
    /// 开始时间 — start, `HH:mm` (e.g. `00:00`).
    #[serde(with = "clock")]
    pub from: NaiveTime,
    /// 截止时间 — end, `HH:mm` (e.g. `23:59`).
    #[serde(with = "clock")]
    pub to: NaiveTime,
}

/// 节假日 — a holiday override of a pass schedule (时间计划管理 1.1.2 `holiday`;
/// security and event schedules have none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Holiday {
    /// 时间 — the date, `yyyy-MM-dd` (e.g. `2020-01-01`).
    #[serde(with = "client_core::lenient::date")]
    pub date: NaiveDate,
    /// 状态开关 — `true` on (the periods apply), `false` off.
    pub state: bool,
    /// 持续时间 — the periods; required and non-empty when `state` is `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub during: Option<Vec<TimeRange>>,
}

/// 工作日 — the periods of one weekday (时间计划管理 1.1.2 `workDay`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkDay {
    /// 星期 — weekday, 1 Monday … 7 Sunday.
    pub week: ScheduleWeekday,
    /// 时间段 — the periods of that day.
    #[serde(default)]
    pub during: Vec<TimeRange>,
}

/// 时间计划 — a time schedule as added and as returned by the detail query
/// (时间计划管理 1.1.2, 1.5.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    /// uuid — caller-chosen unique id, 1–40 characters, no special characters
    /// (e.g. `passSchedule`).
    pub uuid: String,
    /// 时间计划名称 — unique name, 1–32 characters, no special characters.
    pub name: String,
    /// 节假日 — holiday overrides (pass schedules only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holiday: Option<Vec<Holiday>>,
    /// 工作日 — weekly periods.
    #[serde(default)]
    pub work_day: Vec<WorkDay>,
    /// 类型 — 1 pass, 2 security, 3 event (wire name `type`).
    #[serde(rename = "type")]
    pub kind: ScheduleType,
}

fn check_periods(
    path: &str,
    uuid: &str,
    name: &str,
    holiday: Option<&[Holiday]>,
) -> Result<(), Error> {
    validate::chars(path, "uuid", uuid, 1, 40)?;
    validate::chars(path, "name", name, 1, 32)?;
    for h in holiday.unwrap_or_default() {
        if h.state && !matches!(&h.during, Some(d) if !d.is_empty()) {
            return Err(Error::invalid(
                path,
                format!(
                    "holiday {}: during must not be empty when state is true",
                    h.date
                ),
            ));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// 1.1 添加时间计划集合
// ---------------------------------------------------------------------------

/// 添加时间计划集合 — add several time schedules (时间计划管理 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddSchedules {
    /// 时间计划添加集合 — the schedules to add (at least one) (1.1.2).
    pub schedule_list: Vec<Schedule>,
}

impl AddSchedules {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::non_empty(path, "scheduleList", &self.schedule_list)?;
        for s in &self.schedule_list {
            check_periods(path, &s.uuid, &s.name, s.holiday.as_deref())?;
        }
        Ok(())
    }
}

client_core::endpoint!(AddSchedules => AddSchedulesResult, POST "/v1/api/pass/schedule/addBatch", write, validate);

/// Batch result of [`AddSchedules`] (时间计划管理 1.1.3).
pub type AddSchedulesResult = crate::envelope::BatchResult<ScheduleOutcome>;

/// One entry of [`AddSchedulesResult`]: the echoed schedule plus its result
/// (时间计划管理 1.1.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScheduleOutcome {
    /// The schedule as sent.
    #[serde(flatten)]
    pub schedule: Schedule,
    /// 结果状态码 — result code.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<i64>,
    /// 结果信息提示 — result message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
}

// ---------------------------------------------------------------------------
// 1.2 修改时间计划
// ---------------------------------------------------------------------------

/// 修改时间计划 — update a time schedule (时间计划管理 1.2). The type cannot change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateSchedule {
    /// uuid — the schedule, 1–40 characters (1.2.2).
    pub uuid: String,
    /// 时间计划名称 — unique name, 1–32 characters (1.2.2).
    pub name: String,
    /// 节假日 — holiday overrides (not for security/event schedules) (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holiday: Option<Vec<Holiday>>,
    /// 工作日 — weekly periods (1.2.2).
    pub work_day: Vec<WorkDay>,
}

impl UpdateSchedule {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_periods(path, &self.uuid, &self.name, self.holiday.as_deref())
    }
}

client_core::endpoint!(UpdateSchedule => Ack, POST "/v1/api/pass/schedule/update", write, validate);

// ---------------------------------------------------------------------------
// 1.3 批量删除时间计划
// ---------------------------------------------------------------------------

/// 批量删除时间计划 — delete time schedules (时间计划管理 1.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteSchedules {
    /// 时间计划uuid集合 — the schedules to delete (at least one) (1.3.2).
    pub uuid_list: Vec<String>,
}

impl DeleteSchedules {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::non_empty(path, "uuidList", &self.uuid_list)
    }
}

client_core::endpoint!(DeleteSchedules => UuidBatchResult, POST "/v1/api/pass/schedule/delete", write, validate);

pub use crate::envelope::{UuidBatchResult, UuidOutcome};

// ---------------------------------------------------------------------------
// 1.4 时间计划列表
// ---------------------------------------------------------------------------

/// 时间计划列表 — list schedules of one type (时间计划管理 1.4). Paged, default page
/// size 20.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListSchedules {
    /// 分页页码 — page number, default 1 (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 时间计划名称 — name, fuzzy match (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 分页大小 — page size, default 20 (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 用途类型 — 1 pass, 2 security, 3 event module (wire name `type`) (1.4.2).
    #[serde(rename = "type")]
    pub kind: ScheduleType,
}

impl ListSchedules {
    /// A request for the first page of `kind` schedules.
    pub fn new(kind: ScheduleType) -> Self {
        Self {
            page_num: None,
            name: None,
            page_size: None,
            kind,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListSchedules => PageData<ScheduleSummary>, POST "/v1/api/pass/schedule/page", read, validate);
impl_paged!(ListSchedules, ScheduleSummary, DEFAULT_PAGE_SIZE);

/// One schedule of [`ListSchedules`] (时间计划管理 1.4.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScheduleSummary {
    /// uuid — schedule id.
    pub uuid: String,
    /// 时间计划名称 — schedule name.
    pub name: String,
    /// 类型 — 1 pass, 2 security, 3 event (wire name `type`).
    #[serde(rename = "type")]
    pub kind: ScheduleType,
}

// ---------------------------------------------------------------------------
// 1.5 查询时间计划详情列表
// ---------------------------------------------------------------------------

/// 查询时间计划详情列表 — the full schedules for some uuids (时间计划管理 1.5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleDetails {
    /// 时间计划uuid集合 — schedule uuids (at least one) (1.5.2).
    pub uuid_list: Vec<String>,
}

impl ScheduleDetails {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::non_empty(path, "uuidList", &self.uuid_list)
    }
}

client_core::endpoint!(ScheduleDetails => Vec<ScheduleDetail>, POST "/v1/api/pass/schedule/details", read, validate);

/// 时间计划 as the detail query answers it (时间计划管理 1.5.3): `uuid`, `name`,
/// `workDay` and `type` are 必须; everything inside `workDay` and `holiday` is 非必须,
/// so each may be absent or `null` (unlike the request shape [`Schedule`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleDetail {
    /// uuid.
    pub uuid: String,
    /// 时间计划名称 — name.
    pub name: String,
    /// 节假日 — holiday overrides (非必须).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holiday: Option<Vec<HolidayDetail>>,
    /// 工作日 — weekly periods (absent or `null`: none).
    #[serde(default)]
    pub work_day: Vec<WorkDayDetail>,
    /// 类型 — 1 pass, 2 security, 3 event (wire name `type`).
    #[serde(rename = "type")]
    pub kind: ScheduleType,
}

/// 节假日 of a [`ScheduleDetail`] (时间计划管理 1.5.3; every member 非必须).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HolidayDetail {
    /// 时间 — the date, `yyyy-MM-dd`.
    #[serde(
        default,
        with = "crate::api::attendance_group::opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<NaiveDate>,
    /// 状态开关 — `true` on, `false` off.
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<bool>,
    /// 持续时间 — the periods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub during: Option<Vec<TimeRangeDetail>>,
}

/// 工作日 of a [`ScheduleDetail`] (时间计划管理 1.5.3; every member 非必须).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkDayDetail {
    /// 星期 — weekday, 1 Monday … 7 Sunday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week: Option<ScheduleWeekday>,
    /// 时间段 — the periods of that day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub during: Option<Vec<TimeRangeDetail>>,
}

/// 时间段 of a [`ScheduleDetail`] (时间计划管理 1.5.3; `from` and `to` 非必须).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRangeDetail {
    /// 开始时间 — start, `HH:mm`.
    #[serde(default, with = "clock::opt", skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveTime>,
    /// 截止时间 — end, `HH:mm`.
    #[serde(default, with = "clock::opt", skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveTime>,
}

impl From<TimeRange> for TimeRangeDetail {
    fn from(r: TimeRange) -> Self {
        Self {
            from: Some(r.from),
            to: Some(r.to),
        }
    }
}

impl From<Schedule> for ScheduleDetail {
    fn from(s: Schedule) -> Self {
        let ranges = |d: Vec<TimeRange>| d.into_iter().map(TimeRangeDetail::from).collect();
        Self {
            uuid: s.uuid,
            name: s.name,
            holiday: s.holiday.map(|hs| {
                hs.into_iter()
                    .map(|h| HolidayDetail {
                        date: Some(h.date),
                        state: Some(h.state),
                        during: h.during.map(ranges),
                    })
                    .collect()
            }),
            work_day: s
                .work_day
                .into_iter()
                .map(|w| WorkDayDetail {
                    week: Some(w.week),
                    during: Some(ranges(w.during)),
                })
                .collect(),
            kind: s.kind,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::{Endpoint, Paged};

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn schedule() -> Schedule {
        Schedule {
            uuid: "passSchedule".into(),
            name: "通行时间计划".into(),
            holiday: Some(vec![Holiday {
                date: NaiveDate::from_ymd_opt(2020, 10, 1).unwrap(),
                state: true,
                during: Some(vec![TimeRange {
                    from: t(8, 0),
                    to: t(10, 0),
                }]),
            }]),
            work_day: vec![WorkDay {
                week: ScheduleWeekday::Monday,
                during: vec![TimeRange {
                    from: t(8, 0),
                    to: t(23, 59),
                }],
            }],
            kind: ScheduleType::Pass,
        }
    }

    #[test]
    fn paths() {
        assert_eq!(AddSchedules::PATH, "/v1/api/pass/schedule/addBatch");
        assert_eq!(UpdateSchedule::PATH, "/v1/api/pass/schedule/update");
        assert_eq!(DeleteSchedules::PATH, "/v1/api/pass/schedule/delete");
        assert_eq!(ListSchedules::PATH, "/v1/api/pass/schedule/page");
        assert_eq!(ScheduleDetails::PATH, "/v1/api/pass/schedule/details");
        assert_eq!(ScheduleDetails::METHOD, http::Method::POST);
    }

    #[test]
    fn clock_times_on_the_wire() {
        let body = AddSchedules {
            schedule_list: vec![schedule()],
        }
        .encode()
        .unwrap();
        let text = String::from_utf8(body.body.unwrap().to_vec()).unwrap();
        assert!(text.contains(r#""from":"08:00","to":"23:59""#), "{text}");
        assert!(text.contains(r#""date":"2020-10-01""#), "{text}");
        let r: TimeRange = serde_json::from_str(r#"{"from":"07:05:00","to":" 9:30"}"#).unwrap();
        assert_eq!((r.from, r.to), (t(7, 5), t(9, 30)));
        assert!(serde_json::from_str::<TimeRange>(r#"{"from":"25:00","to":"09:30"}"#).is_err());
    }

    #[test]
    fn validation() {
        let ok = AddSchedules {
            schedule_list: vec![schedule()],
        };
        assert!(ok.validate().is_ok());
        assert!(AddSchedules {
            schedule_list: vec![]
        }
        .validate()
        .is_err());
        let mut long = schedule();
        long.uuid = "u".repeat(41);
        assert!(AddSchedules {
            schedule_list: vec![long]
        }
        .validate()
        .is_err());
        let mut long_name = schedule();
        long_name.name = "n".repeat(33);
        assert!(AddSchedules {
            schedule_list: vec![long_name]
        }
        .validate()
        .is_err());
        let mut empty_holiday = schedule();
        empty_holiday.holiday.as_mut().unwrap()[0].during = Some(vec![]);
        assert!(AddSchedules {
            schedule_list: vec![empty_holiday.clone()]
        }
        .validate()
        .is_err());
        empty_holiday.holiday.as_mut().unwrap()[0].state = false;
        assert!(AddSchedules {
            schedule_list: vec![empty_holiday]
        }
        .validate()
        .is_ok());
        assert!(DeleteSchedules { uuid_list: vec![] }.validate().is_err());
        assert!(ScheduleDetails { uuid_list: vec![] }.validate().is_err());
    }

    #[test]
    fn paging() {
        let mut req = ListSchedules::new(ScheduleType::Security);
        assert_eq!(req.page_size(), 20);
        req.set_page(client_core::PageRequest { index: 1, size: 15 });
        let v: serde_json::Value =
            serde_json::from_slice(&req.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"pageNum": 2, "pageSize": 15, "type": 2})
        );
    }
}
