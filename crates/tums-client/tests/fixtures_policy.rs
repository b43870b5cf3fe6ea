//! Round trips of the 1.4.1.2–1.4.1.6 权限策略 examples (TUMS 2026-08-31 edition,
//! fixtures/tums/policy/), and the policies and restricted temporary keys against the
//! simulator.

#[macro_use]
mod common;

use tums_client::api::policy::*;

fn fixture(name: &str) -> String {
    common::fixture("policy", name)
}

pair!(create_policy, CreatePolicy, "createPolicy");
pair!(batch_delete_policy, BatchDeletePolicy, "batchDeletePolicy");
pair!(edit_policy, EditPolicy, "editPolicy");
pair!(get_policy_detail, GetPolicyDetail, "getPolicyDetail");
pair!(query_policy_list, QueryPolicyList, "queryPolicyList");

#[test]
fn documented_examples_are_typed() {
    let req: CreatePolicy = serde_json::from_str(&fixture("createPolicy.request.json")).unwrap();
    assert_eq!(req.policy_detail.version, POLICY_VERSION);
    assert_eq!(req.policy_detail.statement[0].effect, PolicyEffect::Allow);
    assert!(req
        .policy_detail
        .allows("/tums/open/deviceConfig/v1/getDeviceOsdInfo"));
    assert!(!req.policy_detail.allows("/tums/open/resource/v1/addRegion"));
    let list: QueryPolicyList =
        serde_json::from_str(&fixture("queryPolicyList.request.json")).unwrap();
    assert_eq!(
        list.filter_and.unwrap().policy_name_like.as_deref(),
        Some("预览")
    );
    let env: tums_client::envelope::Envelope<Policy> =
        serde_json::from_str(&fixture("getPolicyDetail.response.json")).unwrap();
    let p = env.result.unwrap();
    assert!(!p.is_default);
    assert_eq!(p.modify_time.as_deref(), Some("2026-07-13T10:00:00"));
}

/// Policies and restricted temporary keys against the embedded simulator.
#[cfg(feature = "simulator")]
mod against_simulator {
    use std::time::Duration;

    use client_core::Endpoint;
    use futures::TryStreamExt;
    use tums_client::api::credential::{CreateTempApplicationApiCredential, CredentialDevice};
    use tums_client::api::policy::*;
    use tums_client::api::region::{AddRegion, GetPagedRootRegions};
    use tums_client::simulator::Simulator;

    fn code(e: &tums_client::Error) -> i64 {
        e.code().map(|c| c.code()).unwrap_or_default()
    }

    #[tokio::test]
    async fn policies_restrict_temporary_keys() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            // The default policy is there from the start.
            let all: Vec<Policy> = client
                .stream(QueryPolicyList::new())
                .try_collect()
                .await
                .unwrap();
            assert_eq!(all.len(), 1);
            assert!(all[0].is_default);

            let read_only = client
                .send(&CreatePolicy::new(
                    "regions read-only",
                    "list regions, nothing else",
                    PolicyDetail::new(vec![
                        PolicyStatement::allow(["/tums/open/resource/v1/**"]),
                        PolicyStatement::deny(["/tums/open/resource/v1/add*"]),
                    ]),
                ))
                .await
                .unwrap();
            // Names are unique (-82445 名称冲突).
            let dup = client
                .send(&CreatePolicy::new(
                    "regions read-only",
                    "again",
                    PolicyDetail::new(vec![PolicyStatement::allow(["/**"])]),
                ))
                .await
                .unwrap_err();
            assert_eq!(code(&dup), -82445);

            let detail = client
                .send(&GetPolicyDetail {
                    policy_id: read_only.policy_id.clone(),
                })
                .await
                .unwrap();
            assert_eq!(detail.policy_name, "regions read-only");
            let custom: Vec<Policy> = client
                .stream(QueryPolicyList::new().of_type(PolicyType::Custom).limit(1))
                .try_collect()
                .await
                .unwrap();
            assert_eq!(custom.len(), 1);
            let by_name: Vec<Policy> = client
                .stream(QueryPolicyList::new().name_like("read-only"))
                .try_collect()
                .await
                .unwrap();
            assert_eq!(by_name[0].policy_id, read_only.policy_id);

            // A temporary key under that policy may list but not add regions (-10305).
            let cred = client
                .send(
                    &CreateTempApplicationApiCredential::with_lifetime(600)
                        .policies([read_only.policy_id.clone()])
                        .devices([CredentialDevice::qr_code("16E0091709B04C926")]),
                )
                .await
                .unwrap();
            assert_eq!(cred.policy_id_list, vec![read_only.policy_id.clone()]);
            assert_eq!(cred.dev_list.len(), 1);
            let temp = sim
                .client_builder()
                .credentials(cred.temp_ak.clone(), cred.temp_sk.clone())
                .build()
                .unwrap();
            temp.send(&GetPagedRootRegions::new()).await.unwrap();
            let denied = temp.send(&AddRegion::new("x", "0")).await.unwrap_err();
            assert_eq!(code(&denied), -10305);
            // Temporary keys cannot manage policies (-82401).
            let refused = temp.send(&QueryPolicyList::new()).await.unwrap_err();
            assert_eq!(code(&refused), -10305, "denied by the policy first");

            // A policy that does not exist cannot be attached (-82444).
            let missing = client
                .send(&CreateTempApplicationApiCredential::with_lifetime(60).policies(["999"]))
                .await
                .unwrap_err();
            assert_eq!(code(&missing), -82444);
            // More than 10 policies are refused before sending.
            let before = sim.requests().len();
            assert!(client
                .send(
                    &CreateTempApplicationApiCredential::with_lifetime(60).policies(vec!["1"; 11])
                )
                .await
                .is_err());
            assert_eq!(sim.requests().len(), before);

            // Editing: the default policy cannot be changed; a custom one can.
            let e = client
                .send(&EditPolicy::new("1").name("mine now"))
                .await
                .unwrap_err();
            assert_eq!(code(&e), -82401);
            client
                .send(
                    &EditPolicy::new(read_only.policy_id.clone())
                        .detail(PolicyDetail::new(vec![PolicyStatement::allow(["/**"])])),
                )
                .await
                .unwrap();
            temp.send(&AddRegion::new("now allowed", "0"))
                .await
                .unwrap();

            // Deleting the policy invalidates the key at once (-10304 unknown key).
            let partial = client
                .send(&BatchDeletePolicy {
                    policy_id_list: vec![read_only.policy_id.clone(), "1".into()],
                })
                .await
                .unwrap_err();
            match &partial {
                tums_client::Error::PartialFailure { fail_list, .. } => {
                    assert_eq!(fail_list.len(), 1);
                    assert_eq!(fail_list[0].policy_id.as_deref(), Some("1"));
                    assert_eq!(fail_list[0].error_code, -82401);
                }
                other => panic!("expected a partial failure, got {other}"),
            }
            let gone = temp.send(&GetPagedRootRegions::new()).await.unwrap_err();
            assert_eq!(code(&gone), -10304);
            let left: Vec<Policy> = client
                .stream(QueryPolicyList::new())
                .try_collect()
                .await
                .unwrap();
            assert_eq!(left.len(), 1);
            assert_eq!(
                sim.requests_to(BatchDeletePolicy::PATH).len(),
                1,
                "a partial failure is not retried"
            );
        })
        .await
        .expect("test timed out");
    }
}
