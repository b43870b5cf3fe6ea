//! Round trips of the 规则管理 (rules) examples printed in the seed.

mod common;
use common::by_path::{request, response};
use hongtu_client::api::rule::*;

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
    use crate::common::by_path::served;
    use hongtu_client::simulator::Simulator;

    #[tokio::test]
    async fn every_rule_example_is_served() {
        use hongtu_client::api::rule::*;
        let sim = Simulator::start().await.unwrap();
        served::<AddRules>(&sim, "rule/pass.rule.addBatch").await;
        served::<UpdateRule>(&sim, "rule/pass.rule.update").await;
        served::<DeleteRules>(&sim, "rule/pass.rule.deleteBatch").await;
        served::<ListRules>(&sim, "rule/pass.rule.list").await;
    }
}
