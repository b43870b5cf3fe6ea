//! Round trips of the 门禁点管理 (door points) examples printed in the seed.

mod common;
use client_core::fixture::assert_round_trip;
use common::by_path::{fixture, request, response};
use hongtu_client::envelope::Envelope;

use hongtu_client::api::device::CmdStatus;
use hongtu_client::api::door::*;
use hongtu_client::dict::{BindType, DeviceStatus};

#[test]
fn b3r_bound() {
    let req: QueryB3rBoundDevices = request("door/door.queryB3rInBind.request.json");
    assert_eq!(req.page_size, Some(5));
    let page = response::<QueryB3rBoundDevices>("door/door.queryB3rInBind.response.json");
    assert_eq!(page.total, 2);
}

#[test]
fn list() {
    let req: ListDoors = request("door/door.list.request.json");
    assert!(!req.pass_model);
    let page = response::<ListDoors>("door/door.list.response.json");
    assert_eq!(page.list[0].status, DeviceStatus::Offline);
    assert!(page.list[0].is_pass);
}

#[test]
fn feature_fail_list() {
    let req: QueryFeatureFailList = request("door/door.queryFeatureFailList.request.json");
    assert_eq!(req.notice_code, NoticeCode::PhotoDistributionFailed);
    let page = response::<QueryFeatureFailList>("door/door.queryFeatureFailList.response.json");
    assert_eq!(page.list[1].kind, Some(SyncPersonType::Employee));
    assert_eq!(page.list[1].reason_str.as_deref(), Some(""));
}

#[test]
fn bind_type() {
    request::<QueryBindType>("door/door.queryBindType.request.json");
    let r = response::<QueryBindType>("door/door.queryBindType.response.json");
    assert_eq!(r.bind_type, BindType::Panel);
}

#[test]
fn query_config_and_config() {
    request::<QueryDoorConfig>("door/door.queryConfig.request.json");
    let cfg = response::<QueryDoorConfig>("door/door.queryConfig.response.json");
    let algo = cfg.algorithm_config.as_ref().unwrap();
    assert_eq!(algo.liveness_model, Some(LivenessModel::Monocular));
    assert_eq!(algo.sharpness_threshold, Some(0.6));
    assert_eq!(
        cfg.custom_config.as_ref().unwrap().recognition_times,
        Some(9)
    );
    let req: ConfigureDoor = request("door/door.config.request.json");
    assert_eq!(
        req.custom_config.as_ref().unwrap().recognition_times,
        Some(8)
    );
    assert_eq!(req.stranger_config, cfg.stranger_config);
    response::<ConfigureDoor>("door/door.config.response.json");
}

#[test]
fn add_remove_switch() {
    let req: UpdateDoors = request("door/door.add.request.json");
    assert_eq!(req.add_device_uuids.len(), 8);
    response::<UpdateDoors>("door/door.add.response.json");
    request::<RemoveDoor>("door/door.remove.request.json");
    response::<RemoveDoor>("door/door.remove.response.json");
    let req: BindDoorSwitch = request("door/door.bindSwitch.request.json");
    assert_eq!(req.switch_ip.as_deref(), Some("10.20.30.40"));
    response::<BindDoorSwitch>("door/door.bindSwitch.response.json");
}

fn error_code(name: &str) -> i64 {
    let env: Envelope<serde_json::Value> = assert_round_trip(&fixture(name));
    assert!(env.data.is_none());
    env.code
}

#[test]
fn remote_control() {
    request::<AlwaysOpenDoor>("door/door.alwaysOpenDoor.request.json");
    response::<AlwaysOpenDoor>("door/door.alwaysOpenDoor.response.json");
    assert_eq!(error_code("door/door.alwaysOpenDoor.error.json"), 200314);
    request::<AlwaysCloseDoor>("door/door.alwaysCloseDoor.request.json");
    response::<AlwaysCloseDoor>("door/door.alwaysCloseDoor.response.json");
    assert_eq!(error_code("door/door.alwaysCloseDoor.error.json"), 200314);
    request::<OpenDoor>("door/door.openDoor.request.json");
    response::<OpenDoor>("door/door.openDoor.response.json");
    request::<NormalDoor>("door/door.normal.request.json");
    response::<NormalDoor>("door/door.normal.response.json");
    assert_eq!(error_code("door/door.normal.error.json"), 200314);
    let _ = CmdStatus::KeepOpen;
}

#[test]
fn deprecated_sync() {
    let req: QuerySyncList = request("door/door.querySynList.request.json");
    assert_eq!(req.location, "");
    let page = response::<QuerySyncList>("door/door.querySynList.response.json");
    assert!(page.list.is_empty());
    let req: SyncDetail = request("door/door.syncDetail.request.json");
    assert_eq!(
        req.uuid.as_deref(),
        Some("8b2e4da9392b4847aff5faf9dcb17a3c")
    );
    let page = response::<SyncDetail>("door/door.syncDetail.response.json");
    assert_eq!(page.list[0].kind, SyncPersonType::Employee);
}

/// Door types against the embedded simulator, over loopback.
#[cfg(feature = "simulator")]
mod against_simulator {
    use super::*;
    use client_core::Endpoint;
    use futures::TryStreamExt;
    use hongtu_client::api::door_alarm::{DoorAlarm, ListDoorAlarms};
    use hongtu_client::simulator::Simulator;
    use std::time::Duration;
    use tokio::time::timeout;

    const LIMIT: Duration = Duration::from_secs(20);

    #[tokio::test]
    async fn remote_control_and_config() {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        let uuid = "51971496c44d4c638aad1636a2dff64f".to_owned();
        timeout(LIMIT, client.send(&OpenDoor { uuid: uuid.clone() }))
            .await
            .unwrap()
            .unwrap();
        timeout(LIMIT, client.send(&AlwaysOpenDoor { uuid: uuid.clone() }))
            .await
            .unwrap()
            .unwrap();
        timeout(LIMIT, client.send(&NormalDoor { uuid: uuid.clone() }))
            .await
            .unwrap()
            .unwrap();
        let mut cfg = timeout(LIMIT, client.send(&QueryDoorConfig { uuid }))
            .await
            .unwrap()
            .unwrap();
        cfg.custom_config.as_mut().unwrap().recognition_times = Some(8);
        timeout(LIMIT, client.send(&cfg)).await.unwrap().unwrap();
        assert_eq!(sim.requests_to(ConfigureDoor::PATH).len(), 1);
    }

    #[tokio::test]
    async fn door_alarms_stream_across_pages() {
        let sim = Simulator::start().await.unwrap();
        let example: serde_json::Value =
            serde_json::from_str(&fixture("door_alarm/device_alarm.list.response.json")).unwrap();
        let item = example["data"]["list"][0].clone();
        let items: Vec<serde_json::Value> = (0..23)
            .map(|i| {
                let mut a = item.clone();
                a["deviceUuid"] = serde_json::json!(format!("dev-{i}"));
                a
            })
            .collect();
        sim.seed_list(ListDoorAlarms::PATH, items);
        let client = sim.client().unwrap();
        let all: Vec<DoorAlarm> = timeout(
            LIMIT,
            client
                .stream(ListDoorAlarms {
                    page_size: Some(10),
                    ..Default::default()
                })
                .try_collect(),
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(all.len(), 23);
        assert_eq!(all[22].device_uuid.as_deref(), Some("dev-22"));
        assert_eq!(sim.requests_to(ListDoorAlarms::PATH).len(), 3);
    }
}
