//! 考勤组管理 — attendance groups: attendance rules (periods, weekly plan, special
//! dates, cross-day counting) and the employees bound to them (hongtu-aiot-openapi.txt,
//! module 考勤组管理 1.1–1.6).
//!
//! A person belongs to at most one attendance group; adding them to another group
//! moves them. Clock times are `HH:mm` on the wire ([`chrono::NaiveTime`] here).
//!
//! ```
//! use chrono::NaiveTime;
//! use client_core::Endpoint;
//! use hongtu_client::api::attendance_group::{AddAttendanceGroup, AttendanceGroupSpec, AttendanceTime};
//! use hongtu_client::dict::{AttendanceOrder, DaySpan, WeekDay};
//!
//! let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
//! let req = AddAttendanceGroup {
//!     group: AttendanceGroupSpec {
//!         name: "前台".into(),
//!         group_persons: vec!["59615f62a6c8492e877468da97cdaeb2".into()],
//!         attendance_time: vec![AttendanceTime {
//!             order: AttendanceOrder::Period1,
//!             on_st: at(8, 30),
//!             on_et: at(9, 0),
//!             off_st: at(18, 0),
//!             off_et: at(19, 0),
//!         }],
//!         special_date: None,
//!         week_plan: vec![WeekDay::Monday, WeekDay::Tuesday, WeekDay::Wednesday],
//!         day_span: DaySpan::FirstDay,
//!     },
//! };
//! req.validate()?;
//! let body = String::from_utf8(req.encode()?.body.unwrap().to_vec()).unwrap();
//! assert!(body.contains(r#""onSt":"08:30""#));
//! # Ok::<(), client_core::Error>(())
//! ```

use chrono::{NaiveDate, NaiveTime};
use client_core::validate;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::time_plan::{clock, UuidBatchResult};
use crate::api::util::{check_page, impl_paged};
use crate::dict::{AttendanceOrder, DaySpan, IsPunch, WeekDay};
use crate::envelope::PageData;

/// Default page size of the attendance-group lists (分页大小，不传默认20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

/// At most three attendance periods per rule (数据字典 1.9.5).
pub const MAX_ATTENDANCE_PERIODS: usize = 3;

/// 考勤时间段 — one attendance period: the on-duty and off-duty punch windows
/// (考勤组管理 1.1.2 `attendanceTime`). Times are `HH:mm`, to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceTime {
    /// 考勤时段编号 — period number 1–3 (data dictionary 1.9.5).
    pub order: AttendanceOrder,
    /// 上班开始时间 — on-duty window start, e.g. `09:00`.
    #[serde(with = "clock")]
    pub on_st: NaiveTime,
    /// 上班结束时间 — on-duty window end, e.g. `09:30`.
    #[serde(with = "clock")]
    pub on_et: NaiveTime,
    /// 下班开始时间 — off-duty window start, e.g. `11:30`.
    #[serde(with = "clock")]
    pub off_st: NaiveTime,
    /// 下班结束时间 — off-duty window end, e.g. `12:00` (may be on the next day with
    /// cross-day counting).
    #[serde(with = "clock")]
    pub off_et: NaiveTime,
}

/// 考勤时间段 as the box answers it (考勤组管理 1.1.3, 1.3.3, 1.5.3, 1.6.3): the same
/// members as [`AttendanceTime`], each 非必须 in the answer tables, so a successful
/// create or update whose echo leaves one out still decodes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendancePeriod {
    /// 考勤时段编号 — period number 1–3 (data dictionary 1.9.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<AttendanceOrder>,
    /// 上班开始时间 — on-duty window start.
    #[serde(default, with = "clock::opt", skip_serializing_if = "Option::is_none")]
    pub on_st: Option<NaiveTime>,
    /// 上班结束时间 — on-duty window end.
    #[serde(default, with = "clock::opt", skip_serializing_if = "Option::is_none")]
    pub on_et: Option<NaiveTime>,
    /// 下班开始时间 — off-duty window start.
    #[serde(default, with = "clock::opt", skip_serializing_if = "Option::is_none")]
    pub off_st: Option<NaiveTime>,
    /// 下班结束时间 — off-duty window end.
    #[serde(default, with = "clock::opt", skip_serializing_if = "Option::is_none")]
    pub off_et: Option<NaiveTime>,
}

impl From<AttendanceTime> for AttendancePeriod {
    fn from(t: AttendanceTime) -> Self {
        Self {
            order: Some(t.order),
            on_st: Some(t.on_st),
            on_et: Some(t.on_et),
            off_st: Some(t.off_st),
            off_et: Some(t.off_et),
        }
    }
}

/// 特殊日期 — a date whose punching differs from the weekly plan (holidays, company
/// events) (考勤组管理 1.1.2 `specialDate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpecialDate {
    /// 特殊日期 — the date, `yyyy-MM-dd` (e.g. `2021-11-27`).
    #[serde(with = "client_core::lenient::date")]
    pub date: NaiveDate,
    /// 打卡状态 — 0 no punch (default), 1 punch (data dictionary 1.9.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_punch: Option<IsPunch>,
}

/// 特殊日期 as the box answers it (考勤组管理 1.1.3, 1.3.3, 1.5.3, 1.6.3): every member
/// is 非必须 in the response tables, so each may be absent or `null`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpecialDateInfo {
    /// 特殊日期 — the date, `yyyy-MM-dd`.
    #[serde(default, with = "opt_date", skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// 打卡状态 — 0 no punch, 1 punch (data dictionary 1.9.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_punch: Option<IsPunch>,
}

impl From<SpecialDate> for SpecialDateInfo {
    fn from(d: SpecialDate) -> Self {
        Self {
            date: Some(d.date),
            is_punch: d.is_punch,
        }
    }
}

/// An optional `yyyy-MM-dd` date read like [`client_core::lenient::date`]; absent and
/// `null` are `None`.
pub(crate) mod opt_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Deserializes.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<serde_json::Value>::deserialize(d)? {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(v) => client_core::lenient::date::deserialize(v)
                .map(Some)
                .map_err(serde::de::Error::custom),
        }
    }

    /// Serializes.
    pub fn serialize<S: Serializer>(v: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(d) => client_core::lenient::date::serialize(d, s),
            None => s.serialize_none(),
        }
    }
}

/// The attendance rule and members of a group, as created and updated
/// (考勤组管理 1.1.2, 1.3.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceGroupSpec {
    /// 考勤组名称 — unique name, 2–32 characters.
    pub name: String,
    /// 考勤组员工uuids数组 — employee uuids.
    pub group_persons: Vec<String>,
    /// 考勤时间段 — attendance periods (1–3).
    pub attendance_time: Vec<AttendanceTime>,
    /// 特殊日期 — special dates (adjusting the weekly plan for future days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_date: Option<Vec<SpecialDate>>,
    /// 考勤周期 — weekdays with attendance (`MONDAY` … `SUNDAY`).
    pub week_plan: Vec<WeekDay>,
    /// 跨天打卡考勤统计标识 — which day a cross-midnight punch counts for (data
    /// dictionary 1.9.6).
    pub day_span: DaySpan,
}

impl AttendanceGroupSpec {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::chars(path, "name", &self.name, 2, 32)?;
        validate::non_empty(path, "attendanceTime", &self.attendance_time)?;
        if self.attendance_time.len() > MAX_ATTENDANCE_PERIODS {
            return Err(Error::invalid(
                path,
                format!(
                    "attendanceTime must have at most {MAX_ATTENDANCE_PERIODS} periods, got {}",
                    self.attendance_time.len()
                ),
            ));
        }
        Ok(())
    }
}

/// The group returned by create and update: the rule plus the per-person outcome
/// (考勤组管理 1.1.3, 1.3.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceGroupResult {
    /// 考勤组uuid — group uuid (present on success).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 考勤组名称 — group name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 添加成功的人员uuid列表 — persons added (wire name `successePerson`, sic).
    #[serde(
        rename = "successePerson",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub success_person: Option<Vec<String>>,
    /// 添加失败的人员uuid列表 — persons not added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_person: Option<Vec<String>>,
    /// 考勤时间段 — attendance periods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance_time: Option<Vec<AttendancePeriod>>,
    /// 特殊日期 — special dates (present when set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_date: Option<Vec<SpecialDateInfo>>,
    /// 考勤周期 — weekdays with attendance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week_plan: Option<Vec<WeekDay>>,
    /// 跨天打卡考勤统计标识 — cross-day counting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_span: Option<DaySpan>,
}

// ---------------------------------------------------------------------------
// 1.1 创建考勤组
// ---------------------------------------------------------------------------

/// 创建考勤组 — create an attendance group with its rule and employees
/// (考勤组管理 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AddAttendanceGroup {
    /// The rule and members (1.1.2).
    #[serde(flatten)]
    pub group: AttendanceGroupSpec,
}

impl AddAttendanceGroup {
    fn check(&self, path: &str) -> Result<(), Error> {
        self.group.check(path)
    }
}

client_core::endpoint!(AddAttendanceGroup => AttendanceGroupResult, POST "/v1/api/attendance/group/add", write, validate);

// ---------------------------------------------------------------------------
// 1.2 批量删除考勤组
// ---------------------------------------------------------------------------

/// 批量删除考勤组 — delete attendance groups; records and statistics already produced
/// stay (考勤组管理 1.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteAttendanceGroups {
    /// 考勤组uuids — group uuids (at least one) (1.2.2).
    pub uuids: Vec<String>,
}

impl DeleteAttendanceGroups {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::non_empty(path, "uuids", &self.uuids)
    }
}

client_core::endpoint!(DeleteAttendanceGroups => UuidBatchResult, POST "/v1/api/attendance/group/batchDelete", write, validate);

// ---------------------------------------------------------------------------
// 1.3 更新考勤组
// ---------------------------------------------------------------------------

/// 更新考勤组 — change a group's name, rule and employees; future records follow the
/// new rule (考勤组管理 1.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateAttendanceGroup {
    /// 考勤组主键uuid — group uuid (1.3.2).
    pub uuid: String,
    /// The new rule and members (1.3.2).
    #[serde(flatten)]
    pub group: AttendanceGroupSpec,
}

impl UpdateAttendanceGroup {
    fn check(&self, path: &str) -> Result<(), Error> {
        self.group.check(path)
    }
}

client_core::endpoint!(UpdateAttendanceGroup => AttendanceGroupResult, POST "/v1/api/attendance/group/update", write, validate);

// ---------------------------------------------------------------------------
// 1.4 考勤员工分页列表查询
// ---------------------------------------------------------------------------

/// 考勤员工分页列表查询 — employees of attendance groups (考勤组管理 1.4). Paged,
/// default page size 20.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListAttendancePersons {
    /// 当前页码 — page number, default 1 (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 — page size, default 20 (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 员工名称 — employee name, fuzzy match (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 员工编号 — employee code, fuzzy match (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
}

impl ListAttendancePersons {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListAttendancePersons => PageData<AttendancePerson>, POST "/v1/api/attendance/group/person/list", read, validate);
impl_paged!(ListAttendancePersons, AttendancePerson, DEFAULT_PAGE_SIZE);

/// An employee and their attendance group (考勤组管理 1.4.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendancePerson {
    /// 考勤组uuid — group uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_uuid: Option<String>,
    /// 考勤组名称 — group name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// 员工uuid — employee uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 员工姓名 — employee name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 员工编号 — employee code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
}

// ---------------------------------------------------------------------------
// 1.5 考勤组分页列表查询
// ---------------------------------------------------------------------------

/// 考勤组分页列表查询 — attendance groups (考勤组管理 1.5). Paged, default page size 20.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListAttendanceGroups {
    /// 当前页码 — page number, default 1 (1.5.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 — page size, default 20 (1.5.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 考勤组名称 — group name, fuzzy match (1.5.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl ListAttendanceGroups {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListAttendanceGroups => PageData<AttendanceGroup>, POST "/v1/api/attendance/group/list", read, validate);
impl_paged!(ListAttendanceGroups, AttendanceGroup, DEFAULT_PAGE_SIZE);

/// An attendance group with its rule (考勤组管理 1.5.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceGroup {
    /// 考勤组uuid — group uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 考勤组名称 — group name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 考勤时间段 — attendance periods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance_time: Option<Vec<AttendancePeriod>>,
    /// 特殊日期 — special dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_date: Option<Vec<SpecialDateInfo>>,
    /// 考勤周期 — weekdays with attendance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week_plan: Option<Vec<WeekDay>>,
    /// 跨天打卡考勤统计标识 — cross-day counting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_span: Option<DaySpan>,
    /// 考勤组总人数 — number of employees.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_person: Option<i64>,
}

// ---------------------------------------------------------------------------
// 1.6 考勤组详情查询
// ---------------------------------------------------------------------------

/// 考勤组详情查询 — a group's rule, head count and first employees (考勤组管理 1.6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttendanceGroupDetails {
    /// 考勤组uuid — group uuid (1.6.2).
    pub uuid: String,
}

client_core::endpoint!(AttendanceGroupDetails => AttendanceGroupDetail, POST "/v1/api/attendance/group/query/details", read);

/// Detail of an attendance group (考勤组管理 1.6.3); members other than `code`/`msg`
/// are present when the query succeeded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceGroupDetail {
    /// 考勤组uuid — group uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 考勤组名称 — group name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 考勤组人员信息 — employees (only the first 10 with names).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_persons: Option<Vec<GroupPerson>>,
    /// 考勤时间段 — attendance periods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance_time: Option<Vec<AttendancePeriod>>,
    /// 特殊日期 — special dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_date: Option<Vec<SpecialDateInfo>>,
    /// 考勤周期 — weekdays with attendance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week_plan: Option<Vec<WeekDay>>,
    /// 跨天打卡考勤统计标识 — cross-day counting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_span: Option<DaySpan>,
    /// 考勤组总人数 — number of employees.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_person: Option<i64>,
    /// 结果状态码 — result code (inside `data`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<i64>,
    /// 结果信息 — result message (inside `data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
}

/// An employee of [`AttendanceGroupDetail`] (考勤组管理 1.6.3 `groupPersons`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupPerson {
    /// 员工uuid — employee uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 员工姓名 — employee name (only for the first 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::{Endpoint, Paged};

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn spec() -> AttendanceGroupSpec {
        AttendanceGroupSpec {
            name: "考勤组".into(),
            group_persons: vec!["p".into()],
            attendance_time: vec![AttendanceTime {
                order: AttendanceOrder::Period1,
                on_st: t(9, 0),
                on_et: t(9, 30),
                off_st: t(17, 30),
                off_et: t(18, 0),
            }],
            special_date: None,
            week_plan: vec![WeekDay::Monday, WeekDay::Friday],
            day_span: DaySpan::FirstDay,
        }
    }

    #[test]
    fn paths() {
        assert_eq!(AddAttendanceGroup::PATH, "/v1/api/attendance/group/add");
        assert_eq!(
            DeleteAttendanceGroups::PATH,
            "/v1/api/attendance/group/batchDelete"
        );
        assert_eq!(
            UpdateAttendanceGroup::PATH,
            "/v1/api/attendance/group/update"
        );
        assert_eq!(
            ListAttendancePersons::PATH,
            "/v1/api/attendance/group/person/list"
        );
        assert_eq!(ListAttendanceGroups::PATH, "/v1/api/attendance/group/list");
        assert_eq!(
            AttendanceGroupDetails::PATH,
            "/v1/api/attendance/group/query/details"
        );
    }

    #[test]
    fn wire_shape_and_validation() {
        let req = AddAttendanceGroup { group: spec() };
        assert!(req.validate().is_ok());
        let v: serde_json::Value =
            serde_json::from_slice(&req.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"name": "考勤组", "groupPersons": ["p"],
                "attendanceTime": [{"order": 1, "onSt": "09:00", "onEt": "09:30",
                    "offSt": "17:30", "offEt": "18:00"}],
                "weekPlan": ["MONDAY", "FRIDAY"], "daySpan": 0})
        );
        let mut bad = spec();
        bad.name = "x".into();
        assert!(AddAttendanceGroup { group: bad }.validate().is_err());
        let mut bad = spec();
        bad.attendance_time = vec![bad.attendance_time[0]; 4];
        let upd = UpdateAttendanceGroup {
            uuid: "u".into(),
            group: bad,
        };
        assert!(upd.validate().is_err());
        let mut bad = spec();
        bad.attendance_time.clear();
        assert!(AddAttendanceGroup { group: bad }.validate().is_err());
        assert!(DeleteAttendanceGroups { uuids: vec![] }.validate().is_err());
    }

    #[test]
    fn paging() {
        let mut req = ListAttendanceGroups::default();
        assert_eq!(req.page_size(), 20);
        req.set_page(client_core::PageRequest { index: 2, size: 15 });
        assert_eq!((req.page_num, req.page_size), (Some(3), Some(15)));
        let mut p = ListAttendancePersons::default();
        p.set_page(client_core::PageRequest { index: 0, size: 20 });
        assert_eq!(p.page_num, Some(1));
    }

    #[test]
    fn an_echo_without_period_members_is_still_a_success() {
        // 考勤组管理 1.1.3: every member of attendanceTime[] is 非必须 in the answer.
        let r: AttendanceGroupResult = serde_json::from_str(
            r#"{"uuid":"g1","attendanceTime":[{"order":1},{}],"successePerson":["p"]}"#,
        )
        .unwrap();
        assert_eq!(r.uuid.as_deref(), Some("g1"));
        let periods = r.attendance_time.unwrap();
        assert_eq!(periods[0].order, Some(AttendanceOrder::Period1));
        assert_eq!(periods[0].on_st, None);
        assert_eq!(periods[1], AttendancePeriod::default());
    }
}
