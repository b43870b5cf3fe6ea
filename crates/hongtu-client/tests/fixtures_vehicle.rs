//! Round trips of the 车辆基础信息 (registered vehicles) examples printed in the seed.

use client_core::fixture::{assert_round_trip, read_fixture};
use client_core::Endpoint;
use hongtu_client::api::vehicle::*;
use hongtu_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    read_fixture(env!("CARGO_MANIFEST_DIR"), &format!("hongtu/{name}"))
}

/// Round-trips a documented request and checks it passes `validate()`.
fn request<E>(name: &str) -> E
where
    E: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let req: E = assert_round_trip(&fixture(name));
    req.validate().expect("the documented request is valid");
    req
}

/// Round-trips the `data` member of a documented response envelope through the
/// endpoint's response type (an absent `data` decodes as `()`).
fn response<E>(name: &str) -> E::Response
where
    E: Endpoint,
    E::Response: serde::Serialize + PartialEq + std::fmt::Debug,
{
    let envelope: serde_json::Value = serde_json::from_str(&fixture(name)).unwrap();
    assert_eq!(envelope["code"], 0, "{name}: code");
    let _: Envelope<serde_json::Value> = serde_json::from_value(envelope.clone()).unwrap();
    let data = envelope
        .get("data")
        .cloned()
        .unwrap_or(serde_json::Value::Null);
    assert_round_trip::<E::Response>(&data.to_string())
}

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
