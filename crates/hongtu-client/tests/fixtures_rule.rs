//! Round trips of the 规则管理 (rules) examples printed in the seed.

use client_core::fixture::{assert_round_trip, read_fixture};
use client_core::Endpoint;
use hongtu_client::api::rule::*;
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
fn add_batch() {
    let req: AddRules = request("rule/pass.rule.addBatch.request.json");
    assert_eq!(
        req.rule_list[0].type_list,
        Some(vec![RuleTargetType::Employee])
    );
    let resp = response::<AddRules>("rule/pass.rule.addBatch.response.json");
    let data = resp;
    assert!(data.failures.is_empty());
    assert_eq!(data.successes[0].rule_type, Some(RuleTargetType::KeyPerson));
}

#[test]
fn update() {
    let req: UpdateRule = request("rule/pass.rule.update.request.json");
    assert_eq!(req.device_uuids.len(), 1);
    response::<UpdateRule>("rule/pass.rule.update.response.json");
}

#[test]
fn delete_batch() {
    let req: DeleteRules = request("rule/pass.rule.deleteBatch.request.json");
    assert_eq!(req.rule_ids.len(), 2);
    let resp = response::<DeleteRules>("rule/pass.rule.deleteBatch.response.json");
    assert_eq!(resp.successes.len(), 2);
}

#[test]
fn list() {
    let req: ListRules = request("rule/pass.rule.list.request.json");
    assert_eq!(req.rule_type, RuleTargetType::Stranger);
    let resp = response::<ListRules>("rule/pass.rule.list.response.json");
    let page = resp;
    assert_eq!(page.total, 1);
    assert_eq!(page.list[0].devices[0].name.as_deref(), Some("c2"));
}

/// The documented examples through the signed client and the embedded simulator:
/// each request fixture is sent and the answer must equal the response fixture.
#[cfg(feature = "simulator")]
mod against_simulator {
    use super::fixture;
    use client_core::Endpoint;
    use hongtu_client::simulator::Simulator;
    use std::time::Duration;
    use tokio::time::timeout;

    const LIMIT: Duration = Duration::from_secs(20);

    /// Sends the request fixture `{stem}.request.json` and compares the answer with the
    /// `data` of `{stem}.response.json`.
    async fn served<E>(sim: &Simulator, stem: &str)
    where
        E: Endpoint + serde::de::DeserializeOwned,
        E::Response: PartialEq + std::fmt::Debug,
    {
        let client = sim.client().unwrap();
        let req: E = serde_json::from_str(&fixture(&format!("{stem}.request.json"))).unwrap();
        let got = timeout(LIMIT, client.send(&req))
            .await
            .expect("bounded")
            .unwrap_or_else(|e| panic!("{stem}: {e}"));
        let envelope: serde_json::Value =
            serde_json::from_str(&fixture(&format!("{stem}.response.json"))).unwrap();
        let data = envelope
            .get("data")
            .cloned()
            .unwrap_or(serde_json::Value::Null);
        let want: E::Response = serde_json::from_value(data).unwrap();
        assert_eq!(got, want, "{stem}");
        assert!(
            sim.request_count(E::PATH) >= 1,
            "{stem}: simulator saw no request"
        );
    }

    #[tokio::test]
    async fn every_rule_example_is_served() {
        use hongtu_client::api::rule::*;
        let sim = Simulator::start().await;
        served::<AddRules>(&sim, "rule/pass.rule.addBatch").await;
        served::<UpdateRule>(&sim, "rule/pass.rule.update").await;
        served::<DeleteRules>(&sim, "rule/pass.rule.deleteBatch").await;
        served::<ListRules>(&sim, "rule/pass.rule.list").await;
    }
}
