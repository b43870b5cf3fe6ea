//! Round trips of the 门禁设备告警 (door device alarms) examples printed in the seed.

use client_core::fixture::{assert_round_trip, read_fixture};
use client_core::Endpoint;
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

/// Round-trips the whole documented response envelope and its `data` member
/// through the endpoint's response type (an absent `data` decodes as `()`).
fn response<E>(name: &str) -> E::Response
where
    E: Endpoint,
    E::Response: serde::Serialize + PartialEq + std::fmt::Debug,
{
    let text = fixture(name);
    let envelope: Envelope<serde_json::Value> = assert_round_trip(&text);
    assert_eq!(envelope.code, 0, "{name}: code");
    let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
    let data = raw.get("data").cloned().unwrap_or(serde_json::Value::Null);
    assert_round_trip::<E::Response>(&data.to_string())
}
use hongtu_client::api::door_alarm::*;
use hongtu_client::dict::DeviceStatus;

#[test]
fn list() {
    let req: ListDoorAlarms = request("door_alarm/device_alarm.list.request.json");
    assert_eq!(req.alarm_type, Some(DoorAlarmType::Tamper));
    assert_eq!(req.alarm_status, Some(DoorAlarmStatus::Alarming));
    let page = response::<ListDoorAlarms>("door_alarm/device_alarm.list.response.json");
    let a = &page.list[0];
    assert_eq!(a.alarm_time.unwrap().timestamp_millis(), 1626206007000);
    assert_eq!(a.device_status, Some(DeviceStatus::Online));
    assert_eq!(a.alarm_status_now, Some(DoorAlarmStatus::Alarming));
}
