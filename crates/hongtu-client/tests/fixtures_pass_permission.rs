//! Round trips of the 通行权限管理 (pass permissions) examples printed in the seed.

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
use hongtu_client::api::pass_permission::*;

#[test]
fn add_delete_update() {
    let req: AddPassAuthority = request("pass_permission/pass.authority.add.request.json");
    assert_eq!(req.group_uuids.len(), 3);
    response::<AddPassAuthority>("pass_permission/pass.authority.add.response.json");
    request::<DeletePassAuthority>("pass_permission/pass.authority.delete.request.json");
    response::<DeletePassAuthority>("pass_permission/pass.authority.delete.response.json");
    let req: UpdatePassAuthority = request("pass_permission/pass.authority.update.request.json");
    assert_eq!(req.device_uuid, "X8vCh9TwXW51efuumZLjW0vIc7r6kVjP");
    response::<UpdatePassAuthority>("pass_permission/pass.authority.update.response.json");
}

#[test]
fn list() {
    let req: ListPassAuthorities = request("pass_permission/pass.authority.list.request.json");
    assert_eq!(req.device_name, None);
    assert_eq!(req.device_uuids, Some(vec![]));
    let page = response::<ListPassAuthorities>("pass_permission/pass.authority.list.response.json");
    let groups = page.list[0].groups.as_ref().unwrap();
    assert_eq!(groups[0].group_id, Some(1));
    assert_eq!(groups[0].group_name.as_deref(), Some("员工默认组"));
}
