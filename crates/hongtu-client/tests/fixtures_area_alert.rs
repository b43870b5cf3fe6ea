//! Round trips of the 警戒记录 (alert records) examples printed in the seed.

use client_core::fixture::{assert_round_trip, read_fixture};
use client_core::Endpoint;
use hongtu_client::api::area_alert::*;
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
fn record_list() {
    let req: ListAlertRecords = request("area_alert/areaAlert.record.list.request.json");
    assert_eq!(req.alarm_type.map(|t| t.code()), Some(4));
    assert_eq!(req.device_uuids.as_ref().map(Vec::len), Some(1));
    let page = response::<ListAlertRecords>("area_alert/areaAlert.record.list.response.json");
    let r = &page.list[0];
    assert_eq!(r.alarm_control_type.map(|t| t.code()), Some(1));
    assert_eq!(r.alarm_time.unwrap().timestamp_millis(), 1_626_205_068_000);
    let rect = &r.target_rect.as_ref().unwrap()[0];
    assert_eq!((rect.top, rect.right), (Some(364.0), Some(675.0)));
    assert_eq!(r.target_id, Some(vec![]));
    assert_eq!(r.draw_line_detail, Some(vec![]));
}
