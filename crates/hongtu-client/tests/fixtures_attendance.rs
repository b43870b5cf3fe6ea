//! Round trips of the attendance examples printed in the seed: 考勤设备管理,
//! 考勤组管理, 考勤记录管理, 考勤统计管理 and 出勤调整管理.

mod common;
use common::by_path::{request, response};

use hongtu_client::api::attendance_device::*;
use hongtu_client::api::attendance_group::*;
use hongtu_client::dict::{DaySpan, IsPunch, WeekDay};

#[test]
fn attendance_devices() {
    request::<DeleteAttendanceDevices>(
        "attendance_device/attendance.device.batchDelete.request.json",
    );
    let r = response::<DeleteAttendanceDevices>(
        "attendance_device/attendance.device.batchDelete.response.json",
    );
    assert_eq!(r.failures[0].uuid, "e0f99441af3a49979e705830e1b4d609");
    assert_eq!(r.successes[0].code, Some(0));
    request::<AddAttendanceDevices>("attendance_device/attendance.device.batchAdd.request.json");
    let r = response::<AddAttendanceDevices>(
        "attendance_device/attendance.device.batchAdd.response.json",
    );
    assert_eq!(
        r.successes[0].attendance_device_uuid.as_deref(),
        Some("e0f99441af3a49979e705830e1b4d609")
    );
    let req: ListAttendanceDevices =
        request("attendance_device/attendance.device.list.request.json");
    assert_eq!(req.page_num, Some(1));
    let page =
        response::<ListAttendanceDevices>("attendance_device/attendance.device.list.response.json");
    assert_eq!(page.total, 1);
}

#[test]
fn group_add_and_update() {
    let req: AddAttendanceGroup = request("attendance_group/attendance.group.add.request.json");
    assert_eq!(req.group.day_span, DaySpan::SecondDay);
    assert_eq!(req.group.week_plan.len(), 7);
    assert_eq!(req.group.attendance_time[0].off_et.to_string(), "08:27:00");
    let r = response::<AddAttendanceGroup>("attendance_group/attendance.group.add.response.json");
    assert_eq!(r.success_person.as_ref().unwrap().len(), 1);
    assert_eq!(r.uuid.as_deref(), Some("bfa7cc41e25a42ffbb129bc204705d4d"));
    let req: UpdateAttendanceGroup =
        request("attendance_group/attendance.group.update.request.json");
    assert_eq!(req.group.attendance_time.len(), 2);
    assert_eq!(
        req.group.special_date.as_ref().unwrap()[0].is_punch,
        Some(IsPunch::Punch)
    );
    let r =
        response::<UpdateAttendanceGroup>("attendance_group/attendance.group.update.response.json");
    assert_eq!(r.week_plan.as_ref().unwrap().last(), Some(&WeekDay::Friday));
}

#[test]
fn group_delete_and_lists() {
    let req: DeleteAttendanceGroups =
        request("attendance_group/attendance.group.batchDelete.request.json");
    assert_eq!(req.uuids.len(), 3);
    let r = response::<DeleteAttendanceGroups>(
        "attendance_group/attendance.group.batchDelete.response.json",
    );
    assert_eq!(r.successes.len(), 3);
    request::<ListAttendancePersons>("attendance_group/attendance.group.person.list.request.json");
    let page = response::<ListAttendancePersons>(
        "attendance_group/attendance.group.person.list.response.json",
    );
    assert_eq!(page.list.len(), 3);
    request::<ListAttendanceGroups>("attendance_group/attendance.group.list.request.json");
    let page =
        response::<ListAttendanceGroups>("attendance_group/attendance.group.list.response.json");
    assert_eq!(page.list[0].total_person, Some(1));
    request::<AttendanceGroupDetails>(
        "attendance_group/attendance.group.query.details.request.json",
    );
    let d = response::<AttendanceGroupDetails>(
        "attendance_group/attendance.group.query.details.response.json",
    );
    assert_eq!(
        d.group_persons.as_ref().unwrap()[0].person_name.as_deref(),
        Some("考勤备用员工01")
    );
}

mod records {
    use super::*;
    use chrono::NaiveTime;
    use hongtu_client::api::attendance_adjust::*;
    use hongtu_client::api::attendance_record::*;
    use hongtu_client::api::attendance_statistics::*;
    use hongtu_client::dict::{AdjustType, AttendanceResult, AttendanceStatus};

    #[test]
    fn monthly_and_calendar() {
        request::<ListMonthlyRecords>(
            "attendance_record/attendance.record.personByMonth.list.request.json",
        );
        let page = response::<ListMonthlyRecords>(
            "attendance_record/attendance.record.personByMonth.list.response.json",
        );
        let rec = &page.list[0];
        assert_eq!(rec.status, Some(AttendanceStatus::Abnormal));
        assert_eq!(
            rec.attendance_date.unwrap().timestamp_millis(),
            1622390400000
        );
        let p = rec.att_time_result.as_ref().unwrap()[0];
        assert_eq!(p.in_punch, NaiveTime::from_hms_opt(15, 49, 41));
        assert_eq!(p.out_punch, None);
        assert_eq!(p.result, Some(AttendanceResult::MissedPunch));
        request::<AttendanceCalendar>("attendance_record/attendance.record.calendar.request.json");
        let days = response::<AttendanceCalendar>(
            "attendance_record/attendance.record.calendar.response.json",
        );
        assert_eq!(days.len(), 1);
    }

    #[test]
    fn list_and_details() {
        let req: ListAttendanceRecords =
            request("attendance_record/attendance.record.list.request.json");
        assert_eq!(req.start_time.unwrap().timestamp_millis(), 1622217600000);
        let page = response::<ListAttendanceRecords>(
            "attendance_record/attendance.record.list.response.json",
        );
        assert_eq!(page.list.len(), 4);
        assert_eq!(page.list[2].att_time_result.as_ref().unwrap().len(), 3);
        request::<ListRecordDetails>(
            "attendance_record/attendance.record.detail.list.request.json",
        );
        let page = response::<ListRecordDetails>(
            "attendance_record/attendance.record.detail.list.response.json",
        );
        assert_eq!(
            page.list[0].pass_time.unwrap().timestamp_millis(),
            1622449196901
        );
    }

    #[test]
    fn adjust_record() {
        let req: AdjustAttendanceRecord =
            request("attendance_record/attendance.record.adjust.request.json");
        assert_eq!(req.adjust_type, AdjustType::PunchSupplement);
        let r = response::<AdjustAttendanceRecord>(
            "attendance_record/attendance.record.adjust.response.json",
        );
        assert_eq!(
            r.adjust_record_uuid.as_deref(),
            Some("341e150d24f7484384ba24471abebe55")
        );
    }

    #[test]
    fn statistics() {
        let req: ListAttendanceStatistics =
            request("attendance_statistics/attendance.statistic.list.request.json");
        assert_eq!(req.page_size, Some(10));
        let page = response::<ListAttendanceStatistics>(
            "attendance_statistics/attendance.statistic.list.response.json",
        );
        assert_eq!(page.list[2].absent_times, Some(1));
        assert_eq!(page.list[0].work_days, Some(1));
    }

    #[test]
    fn adjustments() {
        let req: AddAttendanceAdjustment =
            request("attendance_adjust/attendance.adjust.add.request.json");
        assert_eq!(req.adjust_time_end.timestamp_millis(), 1622535454000);
        let r = response::<AddAttendanceAdjustment>(
            "attendance_adjust/attendance.adjust.add.response.json",
        );
        assert_eq!(r.uuid.as_deref(), Some("affc2c30d6ea43728730fc06ccfee28c"));
        request::<ListAttendanceAdjustments>(
            "attendance_adjust/attendance.adjust.list.request.json",
        );
        let page = response::<ListAttendanceAdjustments>(
            "attendance_adjust/attendance.adjust.list.response.json",
        );
        assert_eq!(page.list[0].adjust_type, Some(AdjustType::ShiftSwap));
        let req: UpdateAttendanceAdjustment =
            request("attendance_adjust/attendance.adjust.update.request.json");
        assert_eq!(
            req.person_uuid.as_deref(),
            Some("2fd98a319ea04fe497b786bc1df68002")
        );
        response::<UpdateAttendanceAdjustment>(
            "attendance_adjust/attendance.adjust.update.response.json",
        );
    }
}
