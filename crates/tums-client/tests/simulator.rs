//! The client against the simulator over loopback: signing, typed errors, retries,
//! pagination, partial failures, injected faults, temporary credentials and the export
//! rate limit.
#![cfg(feature = "simulator")]

use std::collections::HashSet;
use std::future::Future;
use std::time::{Duration, Instant};

use client_core::reexports::reqwest;
use client_core::{Endpoint, RetryPolicy};
use futures::TryStreamExt;
use http::Method;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use tums_client::api::region::*;
use tums_client::client::ExportLimitMode;
use tums_client::simulator::{Fault, FaultRule, Simulator, TumsRecord};
use tums_client::{Error, ErrorCode};

/// Every test body runs under a bound.
async fn within<F: Future>(f: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(60), f)
        .await
        .expect("test timed out")
}

/// Sends a request signed by hand (the test-only way to send what a client never
/// would): `signed_body` is hashed, `sent_body` is sent.
async fn presigned(
    sim: &Simulator,
    path: &str,
    signed_body: &[u8],
    sent_body: &[u8],
    timestamp: i64,
    nonce: &str,
) -> Value {
    let creds = sim.credentials();
    let sig = auth_signing::tums::sign(
        &auth_signing::tums::TumsRequest {
            method: "POST",
            path,
            payload: signed_body,
        },
        &auth_signing::tums::TumsCredentials {
            access_key: &creds.id,
            secret_key: creds.secret.expose(),
            terminal_id: "test-terminal",
        },
        timestamp,
        nonce,
    )
    .unwrap();
    raw_post(sim, path, Some(&sig.header_value), sent_body).await
}

async fn raw_post(sim: &Simulator, path: &str, header: Option<&str>, body: &[u8]) -> Value {
    let mut req = reqwest::Client::new()
        .post(format!("{}{path}", sim.base_url()))
        .header("content-type", "application/json;charset=UTF-8")
        .body(body.to_vec());
    if let Some(h) = header {
        req = req.header("X-Authorization", h);
    }
    let resp = req.send().await.unwrap();
    assert_eq!(resp.status(), 200, "errors come with HTTP 200");
    resp.json().await.unwrap()
}

fn code_of(v: &Value) -> ErrorCode {
    ErrorCode::from_code(v["error_code"].as_i64().unwrap())
}

fn api_code(e: &Error) -> ErrorCode {
    match e {
        Error::Api(api) => api.code,
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// Signing
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn signed_requests_are_accepted() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        let added = client
            .send(&AddRegion::new("Building A", "0"))
            .await
            .unwrap();
        assert_eq!(added.region_level, 1);
        client
            .send(&EditRegion {
                region_id: added.region_id.clone(),
                region_name: "Building B".into(),
            })
            .await
            .unwrap();
        client.send(&DeleteAllRegion::default()).await.unwrap();
        let log = sim.requests();
        assert_eq!(log.len(), 3);
        for r in &log {
            assert_eq!(r.error_code(), Some(0));
            assert_eq!(
                r.access_key().as_deref(),
                Some(sim.credentials().id.as_str())
            );
            assert_eq!(r.nonce().unwrap().len(), 32);
            let skew = (r.timestamp().unwrap() - client_core::unix_seconds()).abs();
            assert!(skew <= 5, "timestamp is the current UNIX second");
        }
        // The exact bytes signed are the bytes sent.
        assert_eq!(&log[2].body[..], b"{}");
        // The TerminalId is stable per client (a UUID by default).
        assert_eq!(client.terminal_id().len(), 32);
        assert_eq!(client.clone().terminal_id(), client.terminal_id());
        assert_ne!(sim.client().unwrap().terminal_id(), client.terminal_id());
    })
    .await;
}

#[tokio::test]
async fn tampered_body_is_rejected_with_signature_mismatch() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let path = GetPagedRootRegions::PATH;
        let now = client_core::unix_seconds();
        let good = br#"{"start":0,"limit":10,"needDevNum":0}"#;
        let ok = presigned(&sim, path, good, good, now, &client_core::uuid_nonce()).await;
        assert_eq!(ok["error_code"], 0);
        let tampered = br#"{"start":0,"limit":20,"needDevNum":0}"#;
        let bad = presigned(&sim, path, good, tampered, now, &client_core::uuid_nonce()).await;
        assert_eq!(code_of(&bad), ErrorCode::SignatureMismatch);
        assert_eq!(bad["msg"], "签名不匹配");

        // Through the client: a wrong SK is a typed, non-retried signature error.
        let client = sim
            .client_builder()
            .credentials(sim.credentials().id, "not-the-secret")
            .build()
            .unwrap();
        sim.clear_requests();
        let e = client.send(&GetPagedRootRegions::new()).await.unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::SignatureMismatch);
        assert!(e.is_signature_error());
        assert!(!e.is_retryable());
        assert_eq!(sim.requests().len(), 1, "signature errors are not retried");
        assert!(e.to_string().contains("-10301"), "{e}");
    })
    .await;
}

#[tokio::test]
async fn skewed_clock_is_rejected_with_signature_expired() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let path = GetPagedRootRegions::PATH;
        let body = br#"{"start":0,"limit":10}"#;
        let now = client_core::unix_seconds();
        for (offset, expect_ok) in [(-400, false), (400, false), (-200, true), (200, true)] {
            let v = presigned(
                &sim,
                path,
                body,
                body,
                now + offset,
                &client_core::uuid_nonce(),
            )
            .await;
            if expect_ok {
                assert_eq!(v["error_code"], 0, "skew {offset}s is within 5 minutes");
            } else {
                assert_eq!(code_of(&v), ErrorCode::SignatureExpired, "skew {offset}s");
            }
        }
    })
    .await;
}

#[tokio::test]
async fn replayed_nonce_and_malformed_headers_are_rejected() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let path = GetPagedRootRegions::PATH;
        let body = br#"{"start":0,"limit":10}"#;
        let now = client_core::unix_seconds();
        let nonce = client_core::uuid_nonce();
        let first = presigned(&sim, path, body, body, now, &nonce).await;
        assert_eq!(first["error_code"], 0);
        // The very same signed request again: the nonce was used within 5 minutes.
        let replay = presigned(&sim, path, body, body, now, &nonce).await;
        assert_eq!(code_of(&replay), ErrorCode::SignatureParameterError);
        // Missing header.
        let none = raw_post(&sim, path, None, body).await;
        assert_eq!(code_of(&none), ErrorCode::SignatureParameterError);
        // Spaces, a missing field, a short timestamp.
        let creds = sim.credentials();
        for header in [
            format!(
                "Timestamp={now}, Nonce=abc,AccessKey={},Signature=00,TerminalId=t",
                creds.id
            ),
            format!(
                "Timestamp={now},Nonce=abc,AccessKey={},Signature=00",
                creds.id
            ),
            format!(
                "Timestamp=12345,Nonce=abc,AccessKey={},Signature=00,TerminalId=t",
                creds.id
            ),
        ] {
            let v = raw_post(&sim, path, Some(&header), body).await;
            assert_eq!(code_of(&v), ErrorCode::SignatureParameterError, "{header}");
        }
        // A nonce that is not 32 characters, even correctly signed.
        let short = presigned(&sim, path, body, body, now, "abc123").await;
        assert_eq!(code_of(&short), ErrorCode::SignatureParameterError);
        // Only POST exists (1.3.1).
        let get = reqwest::Client::new()
            .get(format!("{}{path}", sim.base_url()))
            .send()
            .await
            .unwrap();
        assert_eq!(get.status(), 405);
        // Unknown AK.
        let client = sim
            .client_builder()
            .credentials("nobody", sim.credentials().secret)
            .build()
            .unwrap();
        let e = client.send(&GetPagedRootRegions::new()).await.unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::InvalidAccessKey);
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// Errors, validation, results
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn vendor_errors_are_typed_and_invalid_requests_never_leave() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        let default = sim.default_region_id().unwrap();
        let e = client
            .send(&DeleteRegion { region_id: default })
            .await
            .unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::E80405);
        assert_eq!(
            e.code().unwrap().description(),
            Some("后台删除失败（分组接口中表示默认分组不可删除）")
        );
        let e = client
            .send(&GetRegionAncestor {
                region_id: "999".into(),
            })
            .await
            .unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::E80205);

        sim.clear_requests();
        let e = client
            .send(&AddRegion::new("x".repeat(33), "0"))
            .await
            .unwrap_err();
        assert!(e.is_invalid_request(), "{e}");
        let e = client
            .stream(GetPagedRootRegions::new().limit(0))
            .try_collect::<Vec<_>>()
            .await
            .unwrap_err();
        assert!(e.to_string().contains("limit must be 1..=50"), "{e}");
        assert!(sim.requests().is_empty(), "nothing was sent");

        // The real tree rules: at most 4 levels.
        let mut parent = "0".to_owned();
        for level in 1..=4 {
            let r = client
                .send(&AddRegion::new(format!("L{level}"), &parent))
                .await
                .unwrap();
            assert_eq!(r.region_level, level);
            parent = r.region_id;
        }
        let e = client
            .send(&AddRegion::new("L5", &parent))
            .await
            .unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::E80204);
        let ancestors = client
            .send(&GetRegionAncestor {
                region_id: parent.clone(),
            })
            .await
            .unwrap();
        let names: Vec<_> = ancestors
            .region_ancestors
            .iter()
            .map(|r| r.region_name.as_str())
            .collect();
        assert_eq!(names, ["L1", "L2", "L3", "L4"]);
        let batch = client
            .send(&BatchGetRegionAncestor {
                region_ids: vec![parent.clone()],
            })
            .await
            .unwrap();
        assert_eq!(batch[&parent].len(), 4);
    })
    .await;
}

#[tokio::test]
async fn region_order_and_children() {
    within(async {
        let sim = Simulator::builder()
            .without_default_region()
            .start()
            .await
            .unwrap();
        let client = sim.client().unwrap();
        let a = client.send(&AddRegion::new("a", "0")).await.unwrap();
        let b = client.send(&AddRegion::new("b", "0")).await.unwrap();
        let c = client
            .send(&AddRegion::new("c", "0").order(1))
            .await
            .unwrap();
        assert_eq!((a.order, b.order, c.order), (1, 2, 1));
        let names = |v: Vec<Region>| v.into_iter().map(|r| r.region_name).collect::<Vec<_>>();
        let roots = client
            .stream(GetPagedRootRegions::new())
            .try_collect()
            .await
            .unwrap();
        assert_eq!(names(roots), ["c", "a", "b"]);
        client
            .send(&SwitchRegionOrder {
                first_region: c.region_id.clone(),
                second_region: b.region_id.clone(),
            })
            .await
            .unwrap();
        let roots: Vec<Region> = client
            .stream(GetPagedRootRegions::new())
            .try_collect()
            .await
            .unwrap();
        assert_eq!(names(roots.clone()), ["b", "a", "c"]);
        assert!(roots.iter().all(|r| !r.has_children));
        sim.seed_children(&a.region_id, 3);
        let roots: Vec<Region> = client
            .stream(GetPagedRootRegions::new())
            .try_collect()
            .await
            .unwrap();
        assert!(
            roots
                .iter()
                .find(|r| r.region_id == a.region_id)
                .unwrap()
                .has_children
        );
        let kids: Vec<Region> = client
            .stream(GetPagedRegionChildren::new(&a.region_id).limit(2))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(kids.len(), 3);
        assert!(kids
            .iter()
            .all(|k| k.parent_id == a.region_id && k.region_level == 2));
        let found: Vec<Region> = client
            .stream(GetRegionByNameLike::new("child"))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(found.len(), 3);
        client
            .send(&DeleteRegion {
                region_id: a.region_id.clone(),
            })
            .await
            .unwrap();
        let found: Vec<Region> = client
            .stream(GetRegionByNameLike::new("child"))
            .try_collect()
            .await
            .unwrap();
        assert!(found.is_empty(), "the subtree went with its root");
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// Pagination
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn pagination_edges_stop_at_total() {
    within(async {
        for (n, limit, pages) in [
            (0usize, 50u32, 1usize),
            (1, 50, 1),
            (50, 50, 1),
            (51, 50, 2),
            (137, 50, 3),
            (137, 10, 14),
            (100, 50, 2),
        ] {
            let sim = Simulator::builder()
                .without_default_region()
                .start()
                .await
                .unwrap();
            let seeded = sim.seed_regions(n);
            assert_eq!(seeded.len(), n);
            let client = sim.client().unwrap();
            let all: Vec<Region> = client
                .stream(GetPagedRootRegions::new().limit(limit))
                .try_collect()
                .await
                .unwrap();
            assert_eq!(all.len(), n, "n={n} limit={limit}");
            let ids: Vec<String> = all.iter().map(|r| r.region_id.clone()).collect();
            assert_eq!(ids, seeded, "every region once, in order");
            let reqs = sim.requests_to(GetPagedRootRegions::PATH);
            assert_eq!(reqs.len(), pages, "n={n} limit={limit}: pages fetched");
            // Up to DEFAULT_PAGE_WINDOW pages are in flight at once, so they may reach
            // the simulator in any order: each page exactly once, each with the limit.
            let mut starts: Vec<u64> = reqs
                .iter()
                .map(|r| {
                    let body: Value = serde_json::from_slice(&r.body).unwrap();
                    assert_eq!(body["limit"], json!(limit));
                    body["start"].as_u64().expect("a numeric start")
                })
                .collect();
            starts.sort_unstable();
            let expected: Vec<u64> = (0..pages as u64).map(|i| i * u64::from(limit)).collect();
            assert_eq!(starts, expected, "n={n} limit={limit}: every page once");
        }
    })
    .await;
}

#[tokio::test]
async fn prefetching_stream_yields_the_same_items() {
    within(async {
        let sim = Simulator::builder()
            .without_default_region()
            .start()
            .await
            .unwrap();
        let seeded = sim.seed_regions(137);
        let client = sim.client_builder().prefetch(true).build().unwrap();
        let all: Vec<Region> = client
            .stream(GetPagedRootRegions::new().limit(20))
            .try_collect()
            .await
            .unwrap();
        let ids: Vec<String> = all.into_iter().map(|r| r.region_id).collect();
        assert_eq!(ids, seeded);
    })
    .await;
}

#[tokio::test]
async fn simulator_enforces_the_documented_limit() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let path = GetPagedRootRegions::PATH;
        for (body, code) in [
            (&br#"{"start":0,"limit":51}"#[..], ErrorCode::E80329),
            (&br#"{"start":0,"limit":0}"#[..], ErrorCode::E80329),
            (&br#"{"start":-1,"limit":5}"#[..], ErrorCode::E80328),
        ] {
            let v = presigned(
                &sim,
                path,
                body,
                body,
                client_core::unix_seconds(),
                &client_core::uuid_nonce(),
            )
            .await;
            assert_eq!(code_of(&v), code);
        }
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// Partial failure (failList)
// ---------------------------------------------------------------------------------------

/// A locally declared deleteDeviceList (1.4.3.9), so this test does not depend on the
/// device module.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DeleteDevices {
    dev_list: Vec<Value>,
}

impl Endpoint for DeleteDevices {
    type Response = ();
    const METHOD: Method = Method::POST;
    const PATH: &'static str = "/tums/open/deviceManager/v1/deleteDeviceList";
}

#[tokio::test]
async fn fail_list_is_a_typed_partial_failure() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let devices = sim.seed_devices(3, None);
        let client = sim.client().unwrap();
        let e = client
            .send(&DeleteDevices {
                dev_list: vec![
                    json!({"qrCode": devices[0].qr_code}),
                    json!({"mac": devices[1].mac}),
                    json!({"qrCode": "0000000000000000X", "channelId": 1}),
                ],
            })
            .await
            .unwrap_err();
        match &e {
            Error::PartialFailure {
                code, fail_list, ..
            } => {
                assert_eq!(*code, ErrorCode::from_code(0));
                assert_eq!(fail_list.len(), 1);
                assert_eq!(fail_list[0].qr_code.as_deref(), Some("0000000000000000X"));
                assert_eq!(fail_list[0].channel_id, Some(1));
                assert_eq!(fail_list[0].error_code, -88316);
            }
            other => panic!("expected PartialFailure, got {other:?}"),
        }
        assert!(!e.is_retryable());
        // The other two were deleted.
        assert_eq!(sim.devices().len(), 1);
        // A batch that fully succeeds is Ok(()).
        client
            .send(&DeleteDevices {
                dev_list: vec![json!({"qrCode": devices[2].qr_code})],
            })
            .await
            .unwrap();
        assert!(sim.devices().is_empty());
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// Faults and retries
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn busy_is_retried_and_every_attempt_is_signed_afresh() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        sim.inject(FaultRule::new(Fault::Busy).times(2));
        // A write: "busy" means not processed, so it is retried too.
        let added = client
            .send(&AddRegion::new("after busy", "0"))
            .await
            .unwrap();
        assert_eq!(added.region_level, 1);
        let log = sim.requests();
        assert_eq!(log.len(), 3);
        assert_eq!(
            log.iter().map(|r| r.error_code()).collect::<Vec<_>>(),
            [Some(-20003), Some(-20003), Some(0)]
        );
        let nonces: HashSet<_> = log.iter().map(|r| r.nonce().unwrap()).collect();
        assert_eq!(nonces.len(), 3, "every attempt carries a fresh nonce");
        // The body hashed and sent is the same bytes on every attempt.
        assert!(log.windows(2).all(|w| w[0].body == w[1].body));
    })
    .await;
}

#[tokio::test]
async fn over_limit_is_retried_until_the_policy_gives_up() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        sim.inject(FaultRule::new(Fault::RateLimited {
            retry_after_secs: None,
        }));
        let e = client.send(&GetPagedRootRegions::new()).await.unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::ApiRequestOverLimit);
        assert!(e.is_retryable());
        assert_eq!(
            sim.requests().len(),
            4,
            "1 attempt + 3 retries (RetryPolicy::fast(3))"
        );
        sim.clear_faults();
        client.send(&GetPagedRootRegions::new()).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn http_5xx_retried_for_reads_only() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        // A read survives two gateway errors.
        sim.inject(FaultRule::new(Fault::Http(502)).times(2));
        client.send(&GetPagedRootRegions::new()).await.unwrap();
        assert_eq!(sim.requests().len(), 3);

        // A write is not repeated after a 500/502: the outcome is unknown.
        sim.clear_requests();
        sim.inject(FaultRule::new(Fault::Http(500)).times(1));
        let e = client
            .send(&AddRegion::new("maybe", "0"))
            .await
            .unwrap_err();
        match &e {
            Error::Core(client_core::Error::Http {
                status, excerpt, ..
            }) => {
                assert_eq!(status.as_u16(), 500);
                assert!(
                    excerpt.contains("injected"),
                    "the HTML body survives: {excerpt}"
                );
            }
            other => panic!("expected an HTTP error, got {other:?}"),
        }
        assert_eq!(sim.requests().len(), 1);

        // 503 means "not processed": retried even for writes.
        sim.clear_requests();
        sim.inject(FaultRule::new(Fault::Http(503)).times(1));
        client
            .send(&AddRegion::new("after 503", "0"))
            .await
            .unwrap();
        assert_eq!(sim.requests().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn latency_and_timeouts() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        sim.inject(FaultRule::new(Fault::Latency(Duration::from_millis(300))).times(1));
        let client = sim.client().unwrap();
        let started = Instant::now();
        client.send(&GetPagedRootRegions::new()).await.unwrap();
        assert!(started.elapsed() >= Duration::from_millis(300));

        let impatient = sim
            .client_builder()
            .timeout(Duration::from_millis(100))
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        sim.inject(FaultRule::new(Fault::Latency(Duration::from_millis(1000))).times(1));
        let e = impatient
            .send(&GetPagedRootRegions::new())
            .await
            .unwrap_err();
        assert!(
            matches!(e, Error::Core(client_core::Error::Timeout { .. })),
            "{e:?}"
        );
        assert!(e.is_retryable());
    })
    .await;
}

#[tokio::test]
async fn faults_can_target_one_path_and_any_code() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        sim.inject(FaultRule::new(Fault::VendorCode(-80703)).path(AddRegion::PATH));
        client.send(&GetPagedRootRegions::new()).await.unwrap();
        let e = client.send(&AddRegion::new("x", "0")).await.unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::UrlNotReady);
        assert_eq!(
            sim.requests_to(AddRegion::PATH).len(),
            1,
            "-80703 is not retried"
        );
        // raw() hands back the envelope instead of an error.
        let env = client.raw(&AddRegion::new("x", "0")).await.unwrap();
        assert_eq!(env.error_code, -80703);
        assert_eq!(env.msg.as_deref(), Some("URL没准备好"));
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// Fixture-backed endpoints
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Demo {}

impl Endpoint for Demo {
    type Response = Value;
    const METHOD: Method = Method::POST;
    const PATH: &'static str = "/tums/open/demo/v1/simulatorDemoEndpoint";
}

#[tokio::test]
async fn endpoints_without_state_answer_their_fixture() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        // Unknown endpoint: a 404, not a made-up success.
        let e = client.send(&Demo {}).await.unwrap_err();
        assert!(
            matches!(e, Error::Core(client_core::Error::Http { .. })),
            "{e:?}"
        );
        // An answer set while running is served.
        sim.set_answer(Demo::PATH, r#"{"error_code":0,"result":{"answer":42}}"#);
        assert_eq!(client.send(&Demo {}).await.unwrap(), json!({"answer": 42}));
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// Temporary credentials
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn temp_credentials_are_issued_and_used() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        let temp = client
            .with_temp_credentials(Some(600), false)
            .await
            .unwrap();
        let ak = temp.access_key().unwrap();
        assert!(ak.starts_with("tmp-"));
        sim.clear_requests();
        temp.send(&GetPagedRootRegions::new()).await.unwrap();
        assert_eq!(sim.requests()[0].access_key().as_deref(), Some(ak.as_str()));
        // A temporary key cannot mint another one.
        let e = temp
            .send(&tums_client::api::credential::CreateTempApplicationApiCredential::default())
            .await
            .unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::InsufficientPermission);
        // The documented lifetime range is checked client-side.
        let e = client
            .with_temp_credentials(Some(86_401), false)
            .await
            .unwrap_err();
        assert!(e.is_invalid_request());
    })
    .await;
}

#[tokio::test]
async fn temp_credentials_are_fetched_once_for_concurrent_requests() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let client = sim
            .client_builder()
            .temp_credentials(Some(3600), Duration::from_secs(60))
            .build()
            .unwrap();
        assert!(client.access_key().is_none(), "fetched lazily");
        let calls = (0..10).map(|_| {
            let c = client.clone();
            async move { c.send(&GetPagedRootRegions::new()).await }
        });
        for r in futures::future::join_all(calls).await {
            r.unwrap();
        }
        let path =
            <tums_client::api::credential::CreateTempApplicationApiCredential as Endpoint>::PATH;
        assert_eq!(sim.requests_to(path).len(), 1, "single flight");
        let temp_ak = client.access_key().unwrap();
        // Minting from a temporary-credential client uses its long-term keys.
        let minted = client.with_temp_credentials(Some(60), false).await.unwrap();
        assert_ne!(minted.access_key().unwrap(), temp_ak);
        assert_eq!(sim.requests_to(path).len(), 2);
        let reads = sim.requests_to(GetPagedRootRegions::PATH);
        assert_eq!(reads.len(), 10);
        assert!(reads
            .iter()
            .all(|r| r.access_key().as_deref() == Some(temp_ak.as_str())));
        // The mint itself was signed with the long-term key.
        assert_eq!(
            sim.requests_to(path)[0].access_key().as_deref(),
            Some(sim.credentials().id.as_str())
        );
    })
    .await;
}

#[tokio::test]
async fn temp_credentials_are_refreshed_before_they_expire() {
    within(async {
        // The simulator's clock runs 100 s behind the local one (well within the 5-minute
        // signature window): 2-second credentials it issues are due for refresh at once
        // on the client's clock (at the latest half their lifetime before expireTime),
        // while still valid on the server — no waiting for time to pass.
        let sim = Simulator::builder().clock_skew(-100).start().await.unwrap();
        let client = sim
            .client_builder()
            .temp_credentials(Some(2), Duration::from_secs(60))
            .build()
            .unwrap();
        client.send(&GetPagedRootRegions::new()).await.unwrap();
        let first = client.access_key().unwrap();
        // And a credential that has already expired, used without refresh.
        let expired = sim.issue_temp_credential(0);
        let stale = sim
            .client_builder()
            .credentials(expired.id, expired.secret)
            .build()
            .unwrap();
        client.send(&GetPagedRootRegions::new()).await.unwrap();
        let second = client.access_key().unwrap();
        assert_ne!(first, second, "refreshed");
        let reads = sim.requests_to(GetPagedRootRegions::PATH);
        assert!(reads.iter().all(|r| r.error_code() == Some(0)));
        // Without refresh, an expired temporary key is rejected (-10304).
        let e = stale.send(&GetPagedRootRegions::new()).await.unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::InvalidAccessKey);
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// Export rate limit (1.4.9.3/4: one export per 5 s)
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Export {}

impl Endpoint for Export {
    type Response = Value;
    const METHOD: Method = Method::POST;
    const PATH: &'static str = "/vms/open/vehicleManager/v1/exportAllVehicleDetectionRecords";
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct ExportEntries {}

impl Endpoint for ExportEntries {
    type Response = Value;
    const METHOD: Method = Method::POST;
    const PATH: &'static str = "/vms/open/vehicleManager/v1/exportAllEntryAndLeaveRecords";
}

#[tokio::test]
async fn exports_are_limited_client_side() {
    within(async {
        let sim = Simulator::builder()
            .export_interval(Duration::from_millis(200))
            .start()
            .await
            .unwrap();
        // The simulator enforces the limit too: a second export straight away is -82112.
        let body = b"{}";
        let first = presigned(
            &sim,
            Export::PATH,
            body,
            body,
            client_core::unix_seconds(),
            &client_core::uuid_nonce(),
        )
        .await;
        assert_ne!(first["error_code"], json!(-82112));
        let second = presigned(
            &sim,
            Export::PATH,
            body,
            body,
            client_core::unix_seconds(),
            &client_core::uuid_nonce(),
        )
        .await;
        assert_eq!(code_of(&second), ErrorCode::OperationTooFrequent);
        // Reject mode with the seed's 5 s: the second export never leaves the client (a
        // fresh simulator: no export of its own yet).
        let sim = Simulator::builder()
            .export_interval(Duration::from_millis(200))
            .start()
            .await
            .unwrap();
        let client = sim
            .client_builder()
            .export_limit_mode(ExportLimitMode::Reject)
            .build()
            .unwrap();
        let first = client.send(&Export {}).await;
        assert!(!matches!(first, Err(Error::Api(_))), "{first:?}");
        assert_eq!(sim.requests_to(Export::PATH).len(), 1);
        for e in [
            client.send(&Export {}).await.unwrap_err(),
            client.send(&ExportEntries {}).await.unwrap_err(),
        ] {
            assert!(
                matches!(
                    e,
                    Error::Core(client_core::Error::RateLimited {
                        message: Some(_),
                        ..
                    })
                ),
                "{e:?}"
            );
        }
        assert_eq!(sim.requests_to(Export::PATH).len(), 1);
        assert!(sim.requests_to(ExportEntries::PATH).is_empty());
        // Other endpoints are not limited.
        client.send(&GetPagedRootRegions::new()).await.unwrap();

        // Wait mode (a short interval keeps the test fast): exports are spaced out, and
        // the simulator (200 ms, a fresh one) never sees them too early.
        let sim = Simulator::builder()
            .export_interval(Duration::from_millis(200))
            .start()
            .await
            .unwrap();
        let waiting = sim
            .client_builder()
            .export_interval(Duration::from_millis(250))
            .build()
            .unwrap();
        let started = Instant::now();
        for _ in 0..3 {
            // Never -82112: the client waits out the interval itself.
            let r = waiting.send(&Export {}).await;
            assert!(!matches!(r, Err(Error::Api(_))), "{r:?}");
        }
        assert!(started.elapsed() >= Duration::from_millis(500));
        let exports = sim.requests_to(Export::PATH);
        assert_eq!(exports.len(), 3);
        assert!(exports.iter().all(|r| r.error_code() != Some(-82112)));
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// Devices
// ---------------------------------------------------------------------------------------

/// A locally declared getDeviceListInProjectApplication (1.4.3.11).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProjectDevices {
    start: u64,
    limit: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    filter_and: Option<Value>,
}

impl Endpoint for ProjectDevices {
    type Response = tums_client::PagedList<Value>;
    const METHOD: Method = Method::POST;
    const PATH: &'static str = "/tums/open/deviceManager/v1/getDeviceListInProjectApplication";
    const IDEMPOTENT: bool = true;
}

impl client_core::Paged for ProjectDevices {
    type Item = Value;
    fn page_size(&self) -> u32 {
        self.limit
    }
    fn set_page(&mut self, page: client_core::PageRequest) {
        self.start = page.offset();
        self.limit = page.size;
    }
    fn into_page(resp: tums_client::PagedList<Value>) -> client_core::Page<Value> {
        client_core::Page::new(resp.list, u64::try_from(resp.total).ok())
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct MoveDevices {
    dev_list: Vec<Value>,
    region_id: String,
}

impl Endpoint for MoveDevices {
    type Response = ();
    const METHOD: Method = Method::POST;
    const PATH: &'static str = "/tums/open/deviceManager/v1/moveDeviceListToRegion";
}

#[tokio::test]
async fn devices_are_listed_paged_filtered_and_moved() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        let site = client.send(&AddRegion::new("Site", "0")).await.unwrap();
        let seeded = sim.seed_devices(120, Some(&site.region_id));
        sim.seed_devices(5, None);
        let all: Vec<Value> = client
            .stream(ProjectDevices {
                start: 0,
                limit: 100,
                filter_and: None,
            })
            .try_collect()
            .await
            .unwrap();
        assert_eq!(all.len(), 125);
        assert_eq!(sim.requests_to(ProjectDevices::PATH).len(), 2);
        let in_site: Vec<Value> = client
            .stream(ProjectDevices {
                start: 0,
                limit: 50,
                filter_and: Some(json!({"regionId": site.region_id})),
            })
            .try_collect()
            .await
            .unwrap();
        assert_eq!(in_site.len(), 120);
        assert_eq!(in_site[0]["qrCode"], json!(seeded[0].qr_code));
        assert_eq!(in_site[0]["regionName"], "Site");
        assert_eq!(in_site[0]["deviceType"], "SURVEILLANCECAMERA");
        // limit is [1, 100] on device lists.
        let e = client
            .send(&ProjectDevices {
                start: 0,
                limit: 101,
                filter_and: None,
            })
            .await
            .unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::E80329);

        // Region listings count the devices of the subtree on request.
        let roots: Vec<Region> = client
            .stream(GetPagedRootRegions::new().with_dev_num())
            .try_collect()
            .await
            .unwrap();
        let site_row = roots
            .iter()
            .find(|r| r.region_id == site.region_id)
            .unwrap();
        assert_eq!(site_row.total_dev_num, Some(120));
        assert_eq!(
            site_row.total_dev_online_num,
            Some(96),
            "every fifth camera is offline"
        );
        assert_eq!(
            site_row
                .dev_num_map
                .as_ref()
                .unwrap()
                .vms
                .as_ref()
                .unwrap()
                .total_dev_num,
            Some(120)
        );

        // Moving devices, and deleting a region moves its devices to the default region.
        let other = client.send(&AddRegion::new("Other", "0")).await.unwrap();
        client
            .send(&MoveDevices {
                dev_list: vec![
                    json!({"qrCode": seeded[0].qr_code}),
                    json!({"mac": seeded[1].mac}),
                ],
                region_id: other.region_id.clone(),
            })
            .await
            .unwrap();
        client
            .send(&DeleteRegion {
                region_id: site.region_id.clone(),
            })
            .await
            .unwrap();
        let default = sim.default_region_id().unwrap();
        let devs = sim.devices();
        assert_eq!(
            devs.iter()
                .filter(|d| d.region_id.as_deref() == Some(&other.region_id))
                .count(),
            2
        );
        assert_eq!(
            devs.iter()
                .filter(|d| d.region_id.as_deref() == Some(&default))
                .count(),
            123
        );
    })
    .await;
}

#[tokio::test]
async fn device_type_applications_cannot_use_regions() {
    within(async {
        let sim = Simulator::builder()
            .app_type(tums_client::simulator::AppType::Device)
            .start()
            .await
            .unwrap();
        let e = sim
            .client()
            .unwrap()
            .send(&GetPagedRootRegions::new())
            .await
            .unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::NotProjectApplication);
        let e = sim
            .client()
            .unwrap()
            .send(&ProjectDevices {
                start: 0,
                limit: 10,
                filter_and: None,
            })
            .await
            .unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::NotProjectApplication);
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// Every endpoint without simulator state answers its documented example
// ---------------------------------------------------------------------------------------

/// The `const PATH` of every endpoint type in `src/api`.
fn endpoint_paths() -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                // `client_core::endpoint!(T => R, POST "/path", …)` or `const PATH: … = "/path"`.
                for marker in ["POST \"", "const PATH: &'static str = \""] {
                    for (i, _) in text.match_indices(marker) {
                        let rest = &text[i + marker.len()..];
                        if let Some(path) = rest.split('"').next().filter(|p| p.starts_with('/')) {
                            out.push(path.to_owned());
                        }
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/api"),
        &mut out,
    );
    out.sort();
    out.dedup();
    out
}

#[tokio::test]
async fn every_stateless_endpoint_answers_its_fixture() {
    within(async {
        let fixtures = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR")).join("tums");
        // Both export endpoints are called back to back: no server-side export limit.
        let sim = Simulator::builder()
            .export_interval(Duration::ZERO)
            .start()
            .await
            .unwrap();
        let stateful = [
            "createTempApplicationApiCredential",
            "getDeviceListInDeviceApplication",
            "getDeviceListInProjectApplication",
            "deleteDeviceList",
            "moveDeviceListToRegion",
            "modifyDeviceName",
            "setAppMsgPushConfig",
            // 1.4.4.3.8/9 and 1.4.4.4.8–11 (2026 edition): src/simulator/ptz.rs.
            "playAudioFile",
            "getPlayAudioTaskStatus",
            "getAllPresets",
            "executePreset",
            "deletePreset",
            "operatePreset",
            // Stateful in the 2026 chapters 1.4.9-1.4.11 (simulator/cloud_tasks.rs).
            "submitCaptureImageTask",
            "submitCaptureVideoTask",
            "getTaskPage",
            "getTaskInfo",
            "getTaskFilePage",
            "deleteFile",
            "startAiInspectionTask",
            "startAiInspectionTaskWithImage",
            "getAiInspectionTaskResult",
            "batchDeleteAiTaskResult",
            "setEntrustDeviceCallbackConfig",
        ];
        // 2026 edition, 1.4.17/1.4.18/1.4.21 (tums-d): kept in the simulator's state.
        let stateful_2026_d = [
            "addTask",
            "editTask",
            "deleteTask",
            "getImmediateTaskByPage",
            "getTimedTaskByPage",
            "getSpeakTaskByPage",
            "addDevForTask",
            "deleteDevForTask",
            "getTaskDevsByPage",
            "setTaskAudioList",
            "getTaskAudioList",
            "executeTask",
            "getExecuteProgress",
            "getCarYardList",
            "getCarYardInfo",
            "addCarInfo",
            "findCarInfoList",
            "addSingleSpecialCar",
            "findSpecialCarList",
            "addBanRules",
            "getBanRuleList",
            "gateControl",
            "findAllManualRecord",
            "customCreateAccount",
            "deleteUser",
            "editUser",
            "queryUserList",
            "queryUserRoleList",
            "editUserRole",
            "queryRoleList",
            // 2026 edition (tums-a): policies and the push key are stateful.
            "createPolicy",
            "batchDeletePolicy",
            "editPolicy",
            "getPolicyDetail",
            "queryPolicyList",
            "setAppMsgPushSk",
            "getAppMsgPushSk",
        ];
        let mut answered = 0;
        for path in endpoint_paths() {
            let segment = path.rsplit('/').next().unwrap();
            if path.starts_with("/tums/open/resource/v1/")
                || stateful.contains(&segment)
                || stateful_2026_d.contains(&segment)
            {
                continue;
            }
            let file = std::fs::read_dir(&fixtures)
                .unwrap()
                .map(|d| d.unwrap().path().join(format!("{segment}.response.json")))
                .find(|p| p.is_file());
            let Some(file) = file else { continue };
            let expected: Value =
                serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
            let got = presigned(
                &sim,
                &path,
                b"{}",
                b"{}",
                client_core::unix_seconds(),
                &client_core::uuid_nonce(),
            )
            .await;
            assert_eq!(got, expected, "{path}");
            answered += 1;
        }
        assert!(
            answered >= 60,
            "only {answered} endpoints were answered from fixtures"
        );
    })
    .await;
}

#[tokio::test]
async fn the_optional_rate_limiter_spaces_requests() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let limiter = client_core::RateLimiter::with_period(
            Duration::from_millis(100),
            std::num::NonZeroU32::MIN,
        )
        .unwrap();
        let client = sim.client_builder().rate_limiter(limiter).build().unwrap();
        let started = Instant::now();
        for _ in 0..4 {
            client.send(&GetPagedRootRegions::new()).await.unwrap();
        }
        assert!(started.elapsed() >= Duration::from_millis(300));
        assert_eq!(sim.requests().len(), 4);
    })
    .await;
}

#[tokio::test]
async fn exact_bytes_are_signed_for_awkward_text() {
    within(async {
        let sim = Simulator::builder()
            .without_default_region()
            .start()
            .await
            .unwrap();
        let client = sim.client().unwrap();
        let names = [
            "quote \" inside",
            "back\\slash",
            "emoji 🚀 region",
            "中文分组",
            "</script>&amp;",
            "tab\tand\nnewline",
            " leading and trailing ",
        ]
        .map(str::to_owned)
        .into_iter()
        .chain(["分".repeat(32)]);
        for name in names {
            let r = client.send(&AddRegion::new(&name, "0")).await.unwrap();
            let found = client
                .send(&GetRegionAncestor {
                    region_id: r.region_id,
                })
                .await
                .unwrap();
            assert_eq!(found.region_ancestors[0].region_name, name);
        }
        assert!(sim.requests().iter().all(|r| r.error_code() == Some(0)));
    })
    .await;
}

#[tokio::test]
async fn a_skewed_local_clock_is_corrected_from_the_server_date() {
    within(async {
        // The server's clock runs 10 minutes ahead of ours.
        let sim = Simulator::builder().clock_skew(600).start().await.unwrap();
        let client = sim.client().unwrap();
        client.send(&GetPagedRootRegions::new()).await.unwrap();
        let log = sim.requests();
        assert_eq!(
            log.iter().map(|r| r.error_code()).collect::<Vec<_>>(),
            [Some(-10302), Some(0)]
        );
        assert_ne!(log[0].nonce(), log[1].nonce(), "re-signed, not replayed");
        // Later requests (and clones) sign with the corrected clock straight away.
        client
            .clone()
            .send(&GetPagedRootRegions::new())
            .await
            .unwrap();
        assert_eq!(sim.requests().len(), 3);

        // Switched off, the -10302 reaches the caller.
        let strict = sim
            .client_builder()
            .sync_clock_from_server(false)
            .build()
            .unwrap();
        let e = strict.send(&GetPagedRootRegions::new()).await.unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::SignatureExpired);
        assert!(!e.is_retryable());
    })
    .await;
}

#[tokio::test]
async fn a_disabled_key_is_refused_and_its_temporary_keys_cleared() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        let temp = client.with_temp_credentials(None, false).await.unwrap();
        temp.send(&GetPagedRootRegions::new()).await.unwrap();
        sim.disable_access_key();
        let e = client.send(&GetPagedRootRegions::new()).await.unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::AccessDenied);
        let e = temp.send(&GetPagedRootRegions::new()).await.unwrap_err();
        assert_eq!(api_code(&e), ErrorCode::InvalidAccessKey);
        sim.enable_access_key();
        client.send(&GetPagedRootRegions::new()).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn the_stream_follows_a_total_that_changes_mid_stream() {
    within(async {
        let sim = Simulator::builder()
            .without_default_region()
            .start()
            .await
            .unwrap();
        sim.seed_regions(25);
        let client = sim.client().unwrap();
        let mut stream = client.stream(GetPagedRootRegions::new().limit(10));
        let mut seen = Vec::new();
        while let Some(r) = stream.try_next().await.unwrap() {
            if seen.is_empty() {
                // Five more regions appear after the first page was fetched.
                sim.seed_regions(5);
            }
            seen.push(r.region_id);
        }
        assert_eq!(seen.len(), 30);
        let unique: HashSet<_> = seen.iter().collect();
        assert_eq!(unique.len(), 30);
    })
    .await;
}

mod pagination_property {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Any number of roots, any page size: every region exactly once, in
        /// ceil(n / limit) requests (one when there are none). An exact multiple needs
        /// no extra empty page, because the stream stops at `total`.
        #[test]
        fn every_region_once(n in 0usize..160, limit in 1u32..=50) {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(within(async {
                let sim = Simulator::builder().without_default_region().start().await.unwrap();
                let seeded = sim.seed_regions(n);
                let all: Vec<Region> = sim
                    .client().unwrap()
                    .stream(GetPagedRootRegions::new().limit(limit))
                    .try_collect()
                    .await
                    .unwrap();
                let ids: Vec<String> = all.into_iter().map(|r| r.region_id).collect();
                assert_eq!(ids, seeded);
                let pages = sim.requests_to(GetPagedRootRegions::PATH).len();
                assert_eq!(pages, n.div_ceil(limit as usize).max(1));
            }));
        }
    }
}
