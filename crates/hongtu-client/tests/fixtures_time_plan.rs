//! Round trips of the 时间计划管理 (time schedules) examples printed in the seed.

mod common;
use common::by_path::{request, response};

use hongtu_client::api::time_plan::*;

#[test]
fn add_batch() {
    let req: AddSchedules = request("time_plan/pass.schedule.addBatch.request.json");
    assert_eq!(req.schedule_list[0].uuid, "passSchedule");
    assert_eq!(req.schedule_list[0].work_day.len(), 5);
    let resp = response::<AddSchedules>("time_plan/pass.schedule.addBatch.response.json");
    let ok = &resp.successes[0];
    assert_eq!(ok.schedule.kind, ScheduleType::Pass);
    assert_eq!(ok.schedule.work_day[0].week, ScheduleWeekday::Monday);
    assert_eq!(
        ok.schedule.work_day[0].during[2].from.to_string(),
        "15:01:00"
    );
    assert!(ok.schedule.holiday.as_ref().unwrap()[0].state);
}

#[test]
fn update() {
    let req: UpdateSchedule = request("time_plan/pass.schedule.update.request.json");
    assert_eq!(req.work_day[6].week, ScheduleWeekday::Sunday);
    response::<UpdateSchedule>("time_plan/pass.schedule.update.response.json");
}

#[test]
fn delete() {
    request::<DeleteSchedules>("time_plan/pass.schedule.delete.request.json");
    let r = response::<DeleteSchedules>("time_plan/pass.schedule.delete.response.json");
    assert_eq!(r.successes[0].uuid, "faede9d7207e45d687cf2a5591fece52");
}

#[test]
fn page() {
    let req: ListSchedules = request("time_plan/pass.schedule.page.request.json");
    assert_eq!(req.page_size, Some(15));
    let page = response::<ListSchedules>("time_plan/pass.schedule.page.response.json");
    assert_eq!(page.total, 1);
}

#[test]
fn details() {
    request::<ScheduleDetails>("time_plan/pass.schedule.details.request.json");
    let list = response::<ScheduleDetails>("time_plan/pass.schedule.details.response.json");
    assert_eq!(list[0].holiday.as_ref().unwrap().len(), 3);
}
