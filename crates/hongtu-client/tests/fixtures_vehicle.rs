//! Round trips of the 车辆基础信息 (registered vehicles) examples printed in the seed.

mod common;
use common::by_path::{request, response};
use hongtu_client::api::vehicle::*;

#[test]
fn list() {
    let req: ListVehicles = request("vehicle/vehicle.list.request.json");
    assert_eq!(req.plate_number.as_deref(), Some("鄂U622VC"));
    assert_eq!(req.plate_type, None);
    let page = response::<ListVehicles>("vehicle/vehicle.list.response.json");
    let v = &page.list[0];
    assert_eq!(v.plate_type, Some(BasicsPlateType::Standard));
    assert_eq!(v.person_type, Some(PersonType::Employee));
    assert_eq!(v.plate_color.as_deref(), Some("白色"));
}

#[test]
fn batch_delete() {
    let req: DeleteVehicles = request("vehicle/vehicle.batchDelete.request.json");
    assert_eq!(req.vehicle_uuids.len(), 3);
    let res = response::<DeleteVehicles>("vehicle/vehicle.batchDelete.response.json");
    assert_eq!(res.success_vehicles.len(), 3);
    assert!(res.fail_vehicles.is_empty());
}

#[test]
fn batch_add() {
    let req: AddVehicles = request("vehicle/vehicle.batchAdd.request.json");
    assert_eq!(req.vehicles[1].plate_number, "琼C27425");
    let res = response::<AddVehicles>("vehicle/vehicle.batchAdd.response.json");
    assert_eq!(
        res.success_vehicles[0].vehicle.plate_number.as_deref(),
        Some("湘Q93202")
    );
    assert!(res.success_vehicles[0].vehicle_uuid.is_some());
}

#[test]
fn update() {
    let req: UpdateVehicle = request("vehicle/vehicle.update.request.json");
    assert_eq!(req.vehicle.vehicle_type, Some(BasicsVehicleType::Small));
    assert_eq!(req.vehicle.plate_color.as_deref(), Some("白"));
    response::<UpdateVehicle>("vehicle/vehicle.update.response.json");
}

#[test]
fn query() {
    let _: GetVehicle = request("vehicle/vehicle.query.request.json");
    let v = response::<GetVehicle>("vehicle/vehicle.query.response.json");
    assert_eq!(v.vehicle_type_msg.as_deref(), Some("小型车"));
    assert_eq!(v.unique_identify.as_deref(), Some("101010"));
}

// ---- 结构化、车辆管控布控 (vehicle_control) ----

mod control {
    use super::{request, response};
    use hongtu_client::api::vehicle_control::*;

    #[test]
    fn rule_list() {
        let req: ListControlRules = request("vehicle_control/vehicle.rule.list.request.json");
        assert_eq!(req.rule_type, StructureRuleType::Structured);
        let page = response::<ListControlRules>("vehicle_control/vehicle.rule.list.response.json");
        assert_eq!(
            page.list[0].devices[0].device_name.as_deref(),
            Some("c4n-888")
        );
        assert_eq!(page.list[0].time_plan_name, "默认时间计划");
    }

    #[test]
    fn rule_delete() {
        let _: DeleteControlRule = request("vehicle_control/vehicle.rule.delete.request.json");
        response::<DeleteControlRule>("vehicle_control/vehicle.rule.delete.response.json");
    }

    #[test]
    fn rule_add() {
        let req: AddControlRule = request("vehicle_control/vehicle.rule.add.request.json");
        assert_eq!(req.device_uuids.len(), 1);
        let created = response::<AddControlRule>("vehicle_control/vehicle.rule.add.response.json");
        assert_eq!(
            created.structure_rule_uuid,
            "a50577de023e4028b90bf80b68a67d6d"
        );
        assert_eq!(created.bind_failed_device_names.as_deref(), Some(""));
    }

    #[test]
    fn rule_update() {
        let req: UpdateControlRule = request("vehicle_control/vehicle.rule.update.request.json");
        assert_eq!(req.rule_type, StructureRuleType::Vehicle);
        response::<UpdateControlRule>("vehicle_control/vehicle.rule.update.response.json");
    }

    #[test]
    fn rule_query() {
        let _: GetControlRule = request("vehicle_control/vehicle.rule.query.request.json");
        let rule = response::<GetControlRule>("vehicle_control/vehicle.rule.query.response.json");
        assert_eq!(rule.rule_name, "车辆布控备用01");
    }
}

// ---- 车辆管控记录 (vehicle_control_record) and 车辆轨迹 (vehicle_track) ----

mod records {
    use super::{request, response};
    use hongtu_client::api::vehicle_control_record::*;
    use hongtu_client::api::vehicle_track::*;

    #[test]
    fn record_list() {
        let req: ListVehicleRecords =
            request("vehicle_control_record/vehicle.record.list.request.json");
        assert_eq!(req.start_time.timestamp_millis(), 1_626_187_503_000);
        let page = response::<ListVehicleRecords>(
            "vehicle_control_record/vehicle.record.list.response.json",
        );
        assert_eq!(page.total, 3);
        assert_eq!(
            page.list[2].vehicle_record_uuid.as_deref(),
            Some("B_cvoXoBIVSvVy1O_xoj")
        );
        assert_eq!(
            page.list[0].vehicle_identity_type,
            Some(VehicleIdentityType::Stranger)
        );
    }

    #[test]
    fn record_query() {
        let _: GetVehicleRecord =
            request("vehicle_control_record/vehicle.record.query.request.json");
        let rec = response::<GetVehicleRecord>(
            "vehicle_control_record/vehicle.record.query.response.json",
        );
        assert_eq!(rec.vehicle_color, Some(VehicleColor::Black));
        assert_eq!(rec.plate_color, Some(PlateColor::Unspecified));
        assert_eq!(rec.vehicle_brand, Some(3));
        assert_eq!(rec.brand_name(), rec.vehicle_brand_msg.as_deref());
    }

    #[test]
    fn track_query() {
        let req: QueryVehicleTrack =
            request("vehicle_track/vehicle.record.track.query.request.json");
        assert_eq!(req.person_name, None);
        let track =
            response::<QueryVehicleTrack>("vehicle_track/vehicle.record.track.query.response.json");
        assert_eq!(track.total, Some(1));
        assert_eq!(track.points[0].plate_number.as_deref(), Some("桂CCU100"));
    }
}

/// The documented examples through the signed client and the embedded simulator:
/// each request fixture is sent and the answer must equal the response fixture.
#[cfg(feature = "simulator")]
mod against_simulator {
    use crate::common::by_path::served;
    use client_core::Endpoint;
    use hongtu_client::simulator::Simulator;
    use std::time::Duration;
    use tokio::time::timeout;

    const LIMIT: Duration = Duration::from_secs(20);

    #[tokio::test]
    async fn every_vehicle_example_is_served() {
        use hongtu_client::api::vehicle::*;
        use hongtu_client::api::vehicle_control::*;
        use hongtu_client::api::vehicle_control_record::*;
        use hongtu_client::api::vehicle_track::*;
        let sim = Simulator::start().await.unwrap();
        served::<ListVehicles>(&sim, "vehicle/vehicle.list").await;
        served::<DeleteVehicles>(&sim, "vehicle/vehicle.batchDelete").await;
        served::<AddVehicles>(&sim, "vehicle/vehicle.batchAdd").await;
        served::<UpdateVehicle>(&sim, "vehicle/vehicle.update").await;
        served::<GetVehicle>(&sim, "vehicle/vehicle.query").await;
        served::<ListControlRules>(&sim, "vehicle_control/vehicle.rule.list").await;
        served::<DeleteControlRule>(&sim, "vehicle_control/vehicle.rule.delete").await;
        served::<AddControlRule>(&sim, "vehicle_control/vehicle.rule.add").await;
        served::<UpdateControlRule>(&sim, "vehicle_control/vehicle.rule.update").await;
        served::<GetControlRule>(&sim, "vehicle_control/vehicle.rule.query").await;
        served::<ListVehicleRecords>(&sim, "vehicle_control_record/vehicle.record.list").await;
        served::<GetVehicleRecord>(&sim, "vehicle_control_record/vehicle.record.query").await;
        served::<QueryVehicleTrack>(&sim, "vehicle_track/vehicle.record.track.query").await;
    }

    #[tokio::test]
    async fn vehicle_records_stream_by_page_num() {
        use futures::TryStreamExt;
        use hongtu_client::api::vehicle_control_record::*;
        let sim = Simulator::start().await.unwrap();
        // 40 items by the documented default of 20: exactly two full pages.
        let items: Vec<serde_json::Value> = (0..40)
            .map(|i| serde_json::json!({"vehicleRecordUuId": format!("rec-{i:02}")}))
            .collect();
        sim.seed_list(ListVehicleRecords::PATH, items);
        let client = sim.client().unwrap();
        let now = chrono::Utc::now();
        let req = ListVehicleRecords::new(now - chrono::Duration::days(1), now);
        let all: Vec<VehicleRecord> = timeout(LIMIT, client.stream(req).try_collect())
            .await
            .expect("bounded")
            .unwrap();
        assert_eq!(all.len(), 40);
        assert_eq!(all[39].vehicle_record_uuid.as_deref(), Some("rec-39"));
        assert_eq!(sim.requests_to(ListVehicleRecords::PATH).len(), 2);
    }
}
