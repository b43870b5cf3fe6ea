//! 出勤调整管理 — attendance adjustments: punch supplements, leave, time off in lieu
//! and shift swaps over a time range (hongtu-aiot-openapi.txt, module 出勤调整管理
//! 1.1–1.3).
//!
//! Until the 5th of a month (inclusive) the previous month's records can be adjusted,
//! afterwards only the current month's; future days can be adjusted too. An
//! adjustment outranks punches and takes effect at once.

use chrono::{DateTime, Utc};
use client_core::validate;
use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_page, impl_paged};
use crate::dict::AdjustType;
use crate::envelope::PageData;

/// Default page size of [`ListAttendanceAdjustments`] (分页大小，不传默认20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

fn check_range(
    path: &str,
    begin: DateTime<Utc>,
    end: DateTime<Utc>,
    reason: Option<&str>,
) -> Result<(), Error> {
    if end < begin {
        return Err(Error::invalid(
            path,
            "adjustTimeEnd must not be before adjustTimeBegin",
        ));
    }
    match reason {
        Some(r) => validate::chars(path, "adjustReason", r, 0, 50),
        None => Ok(()),
    }
}

// ---------------------------------------------------------------------------
// 1.1 出勤调整
// ---------------------------------------------------------------------------

/// 出勤调整 — adjust an employee's attendance over a time range (出勤调整管理 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddAttendanceAdjustment {
    /// 员工uuid — employee uuid (1.1.2).
    pub person_uuid: String,
    /// 调整类型 — 1 punch supplement, 2 leave, 3 time off in lieu, 4 shift swap (1.1.2).
    pub adjust_type: AdjustType,
    /// 调整时段开始时间 — range start, epoch milliseconds (typed string, sent as a
    /// number) (1.1.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub adjust_time_begin: DateTime<Utc>,
    /// 调整时段截止时间 — range end, epoch milliseconds (1.1.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub adjust_time_end: DateTime<Utc>,
    /// 调整原因 — reason, 0–50 characters (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjust_reason: Option<String>,
}

impl AddAttendanceAdjustment {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_range(
            path,
            self.adjust_time_begin,
            self.adjust_time_end,
            self.adjust_reason.as_deref(),
        )
    }
}

client_core::endpoint!(AddAttendanceAdjustment => AttendanceAdjustmentResult, POST "/v1/api/attendance/adjust/add", write, validate);

/// Result of [`AddAttendanceAdjustment`] (出勤调整管理 1.1.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceAdjustmentResult {
    /// 考勤调整记录uuid — the adjustment record (present on success).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 员工uuid — employee uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 调整类型 — adjustment type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjust_type: Option<AdjustType>,
    /// 调整时段开始时间 — range start (epoch milliseconds).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub adjust_time_begin: Option<DateTime<Utc>>,
    /// 调整时段截止时间 — range end (epoch milliseconds).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub adjust_time_end: Option<DateTime<Utc>>,
    /// 调整原因 — reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjust_reason: Option<String>,
}

// ---------------------------------------------------------------------------
// 1.2 出勤调整记录分页列表查询
// ---------------------------------------------------------------------------

/// 出勤调整记录分页列表查询 — adjustment records, filtered (出勤调整管理 1.2). Paged,
/// default page size 20.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListAttendanceAdjustments {
    /// 当前页码 — page number, default 1 (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 — page size, default 20 (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 姓名 — employee name, fuzzy match (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 调整类型 — adjustment type (1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjust_type: Option<AdjustType>,
    /// 查询开始时间 — from, epoch milliseconds (1.2.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<DateTime<Utc>>,
    /// 查询截止时间 — until, epoch milliseconds (1.2.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<DateTime<Utc>>,
}

impl ListAttendanceAdjustments {
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

client_core::endpoint!(ListAttendanceAdjustments => PageData<AttendanceAdjustment>, POST "/v1/api/attendance/adjust/list", read, validate);
impl_paged!(
    ListAttendanceAdjustments,
    AttendanceAdjustment,
    DEFAULT_PAGE_SIZE
);

/// One adjustment record (出勤调整管理 1.2.3). The table lists no uuid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceAdjustment {
    /// 员工姓名 — employee name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 员工编号 — employee code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
    /// 考勤组名称 — attendance group name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// 调整时段开始时间 — range start (epoch milliseconds).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub adjust_time_begin: Option<DateTime<Utc>>,
    /// 调整时段截止时间 — range end (epoch milliseconds).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub adjust_time_end: Option<DateTime<Utc>>,
    /// 调整类型 — adjustment type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjust_type: Option<AdjustType>,
    /// 调整原因 — reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjust_reason: Option<String>,
    /// 调整记录uuid — record uuid (not in the table; kept if the box sends it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
}

// ---------------------------------------------------------------------------
// 1.3 更新出勤调整记录
// ---------------------------------------------------------------------------

/// 更新出勤调整记录 — change an adjustment; days only in the old range revert, days
/// only in the new range are adjusted (出勤调整管理 1.3).
///
/// The table keys the record by `uuid` (required) but the seed's example sends
/// `personUuid` instead; both are optional here and at least one must be set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateAttendanceAdjustment {
    /// 出勤调整记录主键uuid — the adjustment record (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 员工uuid — employee uuid (sent by the 1.3.4 example; not in the table).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 调整类型 — adjustment type (1.3.2).
    pub adjust_type: AdjustType,
    /// 调整时段开始时间 — range start, epoch milliseconds (1.3.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub adjust_time_begin: DateTime<Utc>,
    /// 调整时段截止时间 — range end, epoch milliseconds (1.3.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub adjust_time_end: DateTime<Utc>,
    /// 调整事由 — reason, 0–50 characters (1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjust_reason: Option<String>,
}

impl UpdateAttendanceAdjustment {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uuid.is_none() && self.person_uuid.is_none() {
            return Err(Error::invalid(path, "uuid (or personUuid) is required"));
        }
        check_range(
            path,
            self.adjust_time_begin,
            self.adjust_time_end,
            self.adjust_reason.as_deref(),
        )
    }
}

client_core::endpoint!(UpdateAttendanceAdjustment => Ack, POST "/v1/api/attendance/adjust/update", write, validate);

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::{Endpoint, Paged};

    fn ms(v: i64) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(v).unwrap()
    }

    #[test]
    fn paths() {
        assert_eq!(
            AddAttendanceAdjustment::PATH,
            "/v1/api/attendance/adjust/add"
        );
        assert_eq!(
            ListAttendanceAdjustments::PATH,
            "/v1/api/attendance/adjust/list"
        );
        assert_eq!(
            UpdateAttendanceAdjustment::PATH,
            "/v1/api/attendance/adjust/update"
        );
    }

    #[test]
    fn validation_and_wire() {
        let add = AddAttendanceAdjustment {
            person_uuid: "p".into(),
            adjust_type: AdjustType::Leave,
            adjust_time_begin: ms(1_622_434_654_000),
            adjust_time_end: ms(1_622_535_454_000),
            adjust_reason: Some("r".into()),
        };
        assert!(add.validate().is_ok());
        let v: serde_json::Value =
            serde_json::from_slice(&add.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v["adjustTimeBegin"], 1_622_434_654_000_i64);
        assert_eq!(v["adjustType"], 2);
        let reversed = AddAttendanceAdjustment {
            adjust_time_begin: ms(2),
            adjust_time_end: ms(1),
            ..add.clone()
        };
        assert!(reversed.validate().is_err());
        let long = AddAttendanceAdjustment {
            adjust_reason: Some("x".repeat(51)),
            ..add
        };
        assert!(long.validate().is_err());
        let upd = UpdateAttendanceAdjustment {
            uuid: None,
            person_uuid: None,
            adjust_type: AdjustType::ShiftSwap,
            adjust_time_begin: ms(1),
            adjust_time_end: ms(2),
            adjust_reason: None,
        };
        assert!(upd.validate().is_err());
        let upd = UpdateAttendanceAdjustment {
            uuid: Some("a".into()),
            ..upd
        };
        assert!(upd.validate().is_ok());
    }

    #[test]
    fn paging() {
        let mut req = ListAttendanceAdjustments::default();
        assert_eq!(req.page_size(), 20);
        req.set_page(client_core::PageRequest { index: 3, size: 10 });
        assert_eq!((req.page_num, req.page_size), (Some(4), Some(10)));
    }
}
