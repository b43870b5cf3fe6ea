//! Round trips of every request and response example of 1.4.13 录像配置 (TUMS 2026-08-31
//! edition; fixtures/tums/record_config/), and the endpoints against the simulator.

#[macro_use]
mod common;

use tums_client::api::record_config::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("record_config", name)
}

pair!(get_all_record_plans, GetAllRecordPlans, "getAllRecordPlans");
pair!(
    get_record_plan_schedules,
    GetRecordPlanSchedules,
    "getRecordPlanSchedules"
);
pair!(set_record_plan, SetRecordPlan, "setRecordPlan");
pair!(get_record_cfgs, GetRecordCfgs, "getRecordCfgs");
pair!(add_record_cfgs, AddRecordCfgs, "addRecordCfgs");
pair!(del_record_cfgs, DelRecordCfgs, "delRecordCfgs");
pair!(edit_dev_cfgs, EditDevCfgs, "editDevCfgs");

#[test]
fn documented_answers_are_typed() {
    let env: Envelope<Vec<RecordPlan>> =
        serde_json::from_str(&fixture("getAllRecordPlans.response.json")).unwrap();
    let plans = env.result.unwrap();
    assert_eq!(
        plans[1].user_defined_sign,
        Some(UserDefinedSign::UserDefined)
    );
    let env: Envelope<WeekSchedule> =
        serde_json::from_str(&fixture("getRecordPlanSchedules.response.json")).unwrap();
    let week = env.result.unwrap();
    let seg = ScheduleSegment::parse(&week.monday[0]).unwrap();
    assert_eq!((seg.end_second, seg.kind), (86_400, RecordKind::Timed));
    assert!(week.sunday.is_empty());
    let env: Envelope<tums_client::PagedList<DeviceRecordCfg>> =
        serde_json::from_str(&fixture("getRecordCfgs.response.json")).unwrap();
    let cfg = &env.result.unwrap().list[0].expand[0];
    assert_eq!(
        (cfg.record_switch, cfg.is_parent),
        (Some(true), Some(false))
    );
    assert_eq!(cfg.storage_type, Some(StorageType::Ipc));
}

#[cfg(feature = "simulator")]
#[tokio::test]
async fn documented_examples_through_the_simulator() {
    let sim = tums_client::simulator::Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    via_simulator!(client, GetAllRecordPlans, "getAllRecordPlans");
    via_simulator!(client, GetRecordPlanSchedules, "getRecordPlanSchedules");
    via_simulator!(client, SetRecordPlan, "setRecordPlan");
    via_simulator!(client, GetRecordCfgs, "getRecordCfgs");
    via_simulator!(client, AddRecordCfgs, "addRecordCfgs");
    via_simulator!(client, DelRecordCfgs, "delRecordCfgs");
    via_simulator!(client, EditDevCfgs, "editDevCfgs");
    use futures::TryStreamExt;
    let req: GetRecordCfgs = serde_json::from_str(&fixture("getRecordCfgs.request.json")).unwrap();
    let all: Vec<DeviceRecordCfg> = client.stream(req).try_collect().await.unwrap();
    assert_eq!(all.len(), 1);
}
