//! 考勤统计管理 — monthly attendance statistics per employee: working days, normal,
//! adjusted and absent days, late / early / missed punches (hongtu-aiot-openapi.txt,
//! module 考勤统计管理 1.1).

use chrono::{DateTime, Utc};
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_page, impl_paged};
use crate::envelope::PageData;

/// Default page size of [`ListAttendanceStatistics`] (分页大小，不传默认20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

/// 考勤统计记录分页列表查询 — monthly statistics, filtered (考勤统计管理 1.1). Paged,
/// default page size 20.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListAttendanceStatistics {
    /// 当前页码 — page number, default 1 (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 — page size, default 20 (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 员工姓名 — employee name, fuzzy match (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 考勤组uuid — attendance group (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_uuid: Option<String>,
    /// 查询开始时间 — from, epoch milliseconds (typed string, sent as a number) (1.1.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<DateTime<Utc>>,
    /// 查询截止时间 — until, epoch milliseconds (1.1.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<DateTime<Utc>>,
}

impl ListAttendanceStatistics {
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

client_core::endpoint!(ListAttendanceStatistics => PageData<AttendanceStatistic>, POST "/v1/api/attendance/statistic/list", read, validate);
impl_paged!(
    ListAttendanceStatistics,
    AttendanceStatistic,
    DEFAULT_PAGE_SIZE
);

/// One employee's statistics for a month (考勤统计管理 1.1.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceStatistic {
    /// 考勤统计记录uuid — statistics record uuid (the key of the monthly record and
    /// calendar queries).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 员工姓名 — employee name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 员工编号 — employee code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
    /// 考勤组名称 — attendance group name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// 应出勤天数 — days due.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub work_days: Option<i64>,
    /// 正常天数 — normal days.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub normal_days: Option<i64>,
    /// 调整天数 — adjusted days.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub adjust_days: Option<i64>,
    /// 旷工天数 — days of absenteeism.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub absent_days: Option<i64>,
    /// 迟到次数 — times late.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub late_times: Option<i64>,
    /// 早退次数 — times left early.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub leave_early_times: Option<i64>,
    /// 迟到早退次数 — times late and left early.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub late_leave_early_times: Option<i64>,
    /// 漏打卡次数 — missed punches.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub omit_punch_times: Option<i64>,
    /// 缺勤次数 — absences.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub absent_times: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::{Endpoint, Paged};

    #[test]
    fn path_paging_validation() {
        assert_eq!(
            ListAttendanceStatistics::PATH,
            "/v1/api/attendance/statistic/list"
        );
        assert_eq!(ListAttendanceStatistics::METHOD, http::Method::POST);
        let mut req = ListAttendanceStatistics::default();
        assert_eq!(req.page_size(), 20);
        req.set_page(client_core::PageRequest { index: 0, size: 10 });
        assert_eq!((req.page_num, req.page_size), (Some(1), Some(10)));
        req.start_time = DateTime::from_timestamp_millis(2);
        req.end_time = DateTime::from_timestamp_millis(1);
        assert!(req.validate().is_err());
    }
}
