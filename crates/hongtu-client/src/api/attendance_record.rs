//! 考勤记录管理 — daily attendance records: per employee and month, calendar view,
//! filtered lists, the passes behind a record, and adjusting a record
//! (hongtu-aiot-openapi.txt, module 考勤记录管理 1.1–1.5). The record callback (1.6)
//! is typed with the callbacks.

use chrono::{DateTime, NaiveTime, Utc};
use client_core::validate;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_page, impl_paged};
use crate::dict::{AdjustType, AttendanceOrder, AttendanceResult, AttendanceStatus};
use crate::envelope::PageData;

/// Default page size of the attendance-record lists (分页大小，不传默认20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

/// Serde helpers for punch times: `HH:mm:ss`, or `--` for "no punch".
pub mod punch {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    /// The text the box prints for a missing punch.
    pub const NO_PUNCH: &str = "--";

    /// Deserializes `HH:mm:ss` (or `HH:mm`); `--`, `""` and `null` are `None`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        let Some(s) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        let t = s.trim();
        if t.is_empty() || t == NO_PUNCH {
            return Ok(None);
        }
        NaiveTime::parse_from_str(t, "%H:%M:%S")
            .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M"))
            .map(Some)
            .map_err(|_| serde::de::Error::custom(format!("expected HH:mm:ss or --, got {s:?}")))
    }

    /// Serializes `Some` as `HH:mm:ss` and `None` as `--`.
    pub fn serialize<S: Serializer>(v: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(t) => s.collect_str(&t.format("%H:%M:%S")),
            None => s.serialize_str(NO_PUNCH),
        }
    }
}

/// 考勤时段结果 — the punches and result of one attendance period
/// (考勤记录管理 1.1.3 `attTimeResult`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttTimeResult {
    /// 考勤时段编号 — period number (data dictionary 1.9.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<AttendanceOrder>,
    /// 上班打卡时间 — on-duty punch, `HH:mm:ss`; `None` when the box prints `--`.
    #[serde(default, with = "punch")]
    pub in_punch: Option<NaiveTime>,
    /// 下班打卡时间 — off-duty punch, `HH:mm:ss`; `None` when the box prints `--`.
    #[serde(default, with = "punch")]
    pub out_punch: Option<NaiveTime>,
    /// 考勤结果 — period result (data dictionary 1.9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<AttendanceResult>,
}

/// 考勤记录 — one employee's attendance on one day (考勤记录管理 1.1.3, 1.2.3, 1.3.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceRecord {
    /// 考勤记录uuid — record uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 员工姓名 — employee name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 员工编号 — employee code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
    /// 考勤日期 — the day (typed string, epoch milliseconds of its midnight).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub attendance_date: Option<DateTime<Utc>>,
    /// 考勤时段结果 — punches and result per period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub att_time_result: Option<Vec<AttTimeResult>>,
    /// 考勤状态 — day state (data dictionary 1.9.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AttendanceStatus>,
}

// ---------------------------------------------------------------------------
// 1.1 员工月考勤记录分页列表查询
// ---------------------------------------------------------------------------

/// 员工月考勤记录分页列表查询 — an employee's records of one month, by monthly
/// statistics record (考勤记录管理 1.1). Paged, default page size 20.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListMonthlyRecords {
    /// 当前页码 — page number, default 1 (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 — page size, default 20 (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 考勤统计记录uuid — the monthly statistics record
    /// ([`crate::api::attendance_statistics::AttendanceStatistic::uuid`]) (1.1.2).
    pub uuid: String,
}

impl ListMonthlyRecords {
    /// The first page for statistics record `uuid`.
    pub fn new(uuid: impl Into<String>) -> Self {
        Self {
            page_num: None,
            page_size: None,
            uuid: uuid.into(),
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListMonthlyRecords => PageData<AttendanceRecord>, POST "/v1/api/attendance/record/personByMonth/list", read, validate);
impl_paged!(ListMonthlyRecords, AttendanceRecord, DEFAULT_PAGE_SIZE);

// ---------------------------------------------------------------------------
// 1.2 员工考勤记录日历模式查询
// ---------------------------------------------------------------------------

/// 员工考勤记录日历模式查询 — an employee's records of a calendar month, unpaged
/// (考勤记录管理 1.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttendanceCalendar {
    /// 考勤统计记录uuid — the monthly statistics record (1.2.2).
    pub uuid: String,
}

client_core::endpoint!(AttendanceCalendar => Vec<AttendanceRecord>, POST "/v1/api/attendance/record/calendar", read);

// ---------------------------------------------------------------------------
// 1.3 考勤记录分页列表查询
// ---------------------------------------------------------------------------

/// 考勤记录分页列表查询 — attendance records, filtered (考勤记录管理 1.3). Paged,
/// default page size 20.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListAttendanceRecords {
    /// 当前页码 — page number, default 1 (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 — page size, default 20 (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 员工姓名 — employee name, fuzzy match (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 员工编号 — employee code, fuzzy match (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
    /// 开始时间 — from, epoch milliseconds (typed string, sent as a number) (1.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<DateTime<Utc>>,
    /// 截止时间 — until, epoch milliseconds (1.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<DateTime<Utc>>,
}

impl ListAttendanceRecords {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)?;
        if let (Some(start), Some(end)) = (self.start_time, self.end_time) {
            if end < start {
                return Err(Error::invalid(path, "endTime must not be before startTime"));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(ListAttendanceRecords => PageData<AttendanceRecord>, POST "/v1/api/attendance/record/list", read, validate);
impl_paged!(ListAttendanceRecords, AttendanceRecord, DEFAULT_PAGE_SIZE);

// ---------------------------------------------------------------------------
// 1.4 考勤记录详情分页列表查询
// ---------------------------------------------------------------------------

/// 考勤记录详情分页列表查询 — the passes within a record's attendance windows
/// (考勤记录管理 1.4). Paged, default page size 20.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListRecordDetails {
    /// 当前页码 — page number, default 1 (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 — page size, default 20 (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 考勤记录uuid — the attendance record (1.4.2).
    pub uuid: String,
}

impl ListRecordDetails {
    /// The first page for attendance record `uuid`.
    pub fn new(uuid: impl Into<String>) -> Self {
        Self {
            page_num: None,
            page_size: None,
            uuid: uuid.into(),
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListRecordDetails => PageData<AttendancePass>, POST "/v1/api/attendance/record/detail/list", read, validate);
impl_paged!(ListRecordDetails, AttendancePass, DEFAULT_PAGE_SIZE);

/// A pass counted for an attendance record (考勤记录管理 1.4.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendancePass {
    /// 员工uuid — employee uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 员工姓名 — employee name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 员工编号 — employee code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
    /// 设备名称 — device name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备位置 — device location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_location: Option<String>,
    /// 抓拍照片url — snapshot URL (wire name `snapshotUri`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_uri: Option<String>,
    /// 底库照片url — enrolled photo URL (wire name `personImageUri`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_image_uri: Option<String>,
    /// 通行时间 — pass time, epoch milliseconds (typed string).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub pass_time: Option<DateTime<Utc>>,
}

// ---------------------------------------------------------------------------
// 1.5 考勤记录调整
// ---------------------------------------------------------------------------

/// 考勤记录调整 — adjust one day's record (punch supplement, leave, time off, shift
/// swap); records that are normal or already adjusted cannot be adjusted
/// (考勤记录管理 1.5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AdjustAttendanceRecord {
    /// 考勤记录uuid — the record (1.5.2).
    pub uuid: String,
    /// 调整类型 — adjustment type (data dictionary 1.9.3) (1.5.2).
    pub adjust_type: AdjustType,
    /// 调整原因 — reason, 0–50 characters (1.5.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjust_reason: Option<String>,
}

impl AdjustAttendanceRecord {
    fn check(&self, path: &str) -> Result<(), Error> {
        match &self.adjust_reason {
            Some(r) => validate::chars(path, "adjustReason", r, 0, 50),
            None => Ok(()),
        }
    }
}

client_core::endpoint!(AdjustAttendanceRecord => RecordAdjustment, POST "/v1/api/attendance/record/adjust", write, validate);

/// Result of [`AdjustAttendanceRecord`] (考勤记录管理 1.5.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordAdjustment {
    /// 出勤调整记录uuid — the adjustment record (present on success).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjust_record_uuid: Option<String>,
    /// 考勤记录uuid — the attendance record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 调整类型 — adjustment type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjust_type: Option<AdjustType>,
    /// 调整原因 — reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjust_reason: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::{Endpoint, Paged};

    #[test]
    fn paths() {
        assert_eq!(
            ListMonthlyRecords::PATH,
            "/v1/api/attendance/record/personByMonth/list"
        );
        assert_eq!(
            AttendanceCalendar::PATH,
            "/v1/api/attendance/record/calendar"
        );
        assert_eq!(
            ListAttendanceRecords::PATH,
            "/v1/api/attendance/record/list"
        );
        assert_eq!(
            ListRecordDetails::PATH,
            "/v1/api/attendance/record/detail/list"
        );
        assert_eq!(
            AdjustAttendanceRecord::PATH,
            "/v1/api/attendance/record/adjust"
        );
    }

    #[test]
    fn punches() {
        let r: AttTimeResult =
            serde_json::from_str(r#"{"order":1,"inPunch":"15:49:41","outPunch":"--","result":6}"#)
                .unwrap();
        assert_eq!(r.in_punch, NaiveTime::from_hms_opt(15, 49, 41));
        assert_eq!(r.out_punch, None);
        assert_eq!(r.result, Some(AttendanceResult::MissedPunch));
        let v = serde_json::to_value(r).unwrap();
        assert_eq!(v["outPunch"], "--");
        assert_eq!(v["inPunch"], "15:49:41");
        assert!(serde_json::from_str::<AttTimeResult>(r#"{"inPunch":"late"}"#).is_err());
    }

    #[test]
    fn validation_and_paging() {
        let ok = AdjustAttendanceRecord {
            uuid: "u".into(),
            adjust_type: AdjustType::Leave,
            adjust_reason: Some("病".repeat(50)),
        };
        assert!(ok.validate().is_ok());
        let long = AdjustAttendanceRecord {
            adjust_reason: Some("x".repeat(51)),
            ..ok
        };
        assert!(long.validate().is_err());
        let mut req = ListAttendanceRecords {
            start_time: DateTime::from_timestamp_millis(1_624_895_999_000),
            end_time: DateTime::from_timestamp_millis(1_622_217_600_000),
            ..Default::default()
        };
        assert!(req.validate().is_err());
        std::mem::swap(&mut req.start_time, &mut req.end_time);
        assert!(req.validate().is_ok());
        let v: serde_json::Value =
            serde_json::from_slice(&req.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v["startTime"], 1_622_217_600_000_i64);
        let mut m = ListMonthlyRecords::new("s");
        assert_eq!(m.page_size(), 20);
        m.set_page(client_core::PageRequest { index: 1, size: 5 });
        assert_eq!(m.page_num, Some(2));
    }
}
