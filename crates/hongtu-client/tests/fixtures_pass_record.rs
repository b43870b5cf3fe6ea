//! Round trips of the 通行记录 (pass records) examples printed in the seed.

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
use hongtu_client::api::pass_record::*;
use hongtu_client::dict::{PassType, RecognitionType, VerificationMode};

#[test]
fn list() {
    let req: ListPassRecords = request("pass_record/pass_record.list.request.json");
    assert_eq!(req.page_size, Some(10));
    let page = response::<ListPassRecords>("pass_record/pass_record.list.response.json");
    let r = &page.list[0];
    assert_eq!(r.pass_type, Some(PassType::Passed));
    assert_eq!(r.recognition_type, Some(RecognitionType::Employee));
    assert_eq!(r.verification_mode, Some(VerificationMode::Face));
    assert_eq!(r.pass_timestamp.unwrap().timestamp_millis(), 1629662018000);
    assert_eq!(r.uuid.as_deref(), Some("44467"));
    assert_eq!(r.temperature, Some(0.0));
}
