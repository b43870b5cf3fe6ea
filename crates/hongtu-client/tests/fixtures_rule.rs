//! Round trips of the 规则管理 (rules) examples printed in the seed.

use client_core::fixture::{assert_round_trip, read_fixture};
use client_core::Endpoint;
use hongtu_client::api::rule::*;
use hongtu_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    read_fixture(env!("CARGO_MANIFEST_DIR"), &format!("hongtu/rule/{name}"))
}

fn request<E>(name: &str) -> E
where
    E: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let req: E = assert_round_trip(&fixture(name));
    req.validate().expect("the documented request is valid");
    req
}

/// Round-trips the `data` member of a documented response envelope through the
/// endpoint's response type (an absent `data` must decode as the response type too,
/// which holds for `()`).
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
fn add_batch() {
    let req: AddRules = request("pass.rule.addBatch.request.json");
    assert_eq!(
        req.rule_list[0].type_list,
        Some(vec![RuleTargetType::Employee])
    );
    let resp = response::<AddRules>("pass.rule.addBatch.response.json");
    let data = resp;
    assert!(data.failures.is_empty());
    assert_eq!(data.successes[0].rule_type, Some(RuleTargetType::KeyPerson));
}

#[test]
fn update() {
    let req: UpdateRule = request("pass.rule.update.request.json");
    assert_eq!(req.device_uuids.len(), 1);
    response::<UpdateRule>("pass.rule.update.response.json");
}

#[test]
fn delete_batch() {
    let req: DeleteRules = request("pass.rule.deleteBatch.request.json");
    assert_eq!(req.rule_ids.len(), 2);
    let resp = response::<DeleteRules>("pass.rule.deleteBatch.response.json");
    assert_eq!(resp.successes.len(), 2);
}

#[test]
fn list() {
    let req: ListRules = request("pass.rule.list.request.json");
    assert_eq!(req.rule_type, RuleTargetType::Stranger);
    let resp = response::<ListRules>("pass.rule.list.response.json");
    let page = resp;
    assert_eq!(page.total, 1);
    assert_eq!(page.list[0].devices[0].name.as_deref(), Some("c2"));
}
