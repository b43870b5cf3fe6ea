//! The shared pipeline as the Hongtu client runs it: the operation timeout bounds the
//! whole call across retries, `Retry-After` is honoured, every fault of the shared
//! vocabulary maps to the documented behaviour, uploads retry like any write.
#![cfg(feature = "simulator")]

use std::time::{Duration, Instant};

use hongtu_client::api::person::{BatchDeletePersons, PersonList, UploadImage};
use hongtu_client::simulator::{Fault, FaultRule, Simulator, BUSY_CODE};
use hongtu_client::{Error, ErrorCode, ImageFile, RetryPolicy};
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(20);
const LIST: &str = "/v1/api/person/list";

#[tokio::test]
async fn the_operation_timeout_bounds_the_whole_call_across_retries() {
    let sim = Simulator::start().await.unwrap();
    // Every answer is slower than one attempt's timeout: each attempt times out and
    // the read is retried until the operation timeout stops it.
    sim.inject(FaultRule::new(Fault::Latency(Duration::from_secs(5))).path(LIST));
    let client = sim
        .client_builder()
        .timeout(Duration::from_millis(150))
        .operation_timeout(Duration::from_millis(600))
        .retry_policy(RetryPolicy::fast(50))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = timeout(LIMIT, client.send(&PersonList::default()))
        .await
        .unwrap()
        .unwrap_err();
    let elapsed = started.elapsed();
    match &err {
        Error::Core(client_core::Error::Timeout {
            path,
            after,
            attempts,
        }) => {
            assert_eq!(path, LIST);
            assert_eq!(*after, Duration::from_millis(600));
            assert!(*attempts >= 2, "retried before the deadline: {attempts}");
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(err.to_string().contains("attempt"), "{err}");
    assert!(elapsed < Duration::from_secs(3), "bounded: {elapsed:?}");
    assert!(sim.requests_to(LIST).len() >= 2);
}

#[tokio::test]
async fn retry_after_is_honoured_and_reported() {
    let sim = Simulator::start().await.unwrap();
    let mut policy = RetryPolicy::fast(2);
    policy.max_total_delay = Duration::from_secs(10);
    let client = sim.client_builder().retry_policy(policy).build().unwrap();
    sim.inject(
        FaultRule::new(Fault::RateLimited {
            retry_after_secs: Some(1),
        })
        .path(LIST)
        .times(1),
    );
    let started = Instant::now();
    timeout(LIMIT, client.send(&PersonList::default()))
        .await
        .unwrap()
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "waited for Retry-After: {:?}",
        started.elapsed()
    );
    assert_eq!(sim.requests_to(LIST).len(), 2);

    // Without retries the caller sees the one RateLimited, with the server's delay.
    let once = sim
        .client_builder()
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    sim.inject(
        FaultRule::new(Fault::RateLimited {
            retry_after_secs: Some(7),
        })
        .path(LIST)
        .times(1),
    );
    let err = once.send(&PersonList::default()).await.unwrap_err();
    match &err {
        Error::Core(client_core::Error::RateLimited {
            path, retry_after, ..
        }) => {
            assert_eq!(path, LIST);
            assert_eq!(*retry_after, Some(Duration::from_secs(7)));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(err.is_retryable());
}

#[tokio::test]
async fn busy_is_retried_even_for_writes_and_vendor_errors_carry_path_code_and_status() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let delete = "/v1/api/person/batchDelete";
    sim.inject(FaultRule::new(Fault::Busy).path(delete).times(1));
    let req = BatchDeletePersons {
        uuid_list: vec!["nobody".into()],
    };
    timeout(LIMIT, client.send(&req)).await.unwrap().unwrap();
    let seen = sim.requests_to(delete);
    assert_eq!(seen.len(), 2, "121064 says try again: retried");
    assert_eq!(seen[0].verdict, "fault: Busy");

    let no_retry = sim
        .client_builder()
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    sim.inject(FaultRule::new(Fault::Busy).path(delete).times(1));
    let err = no_retry.send(&req).await.unwrap_err();
    let api = err.api().expect("a vendor error");
    assert_eq!(api.path, delete);
    assert_eq!(api.code.code(), BUSY_CODE);
    assert_eq!(api.status, http::StatusCode::OK);
    assert_eq!(api.message.as_deref(), Some("聚类服务异常，请稍后重试！"));
    assert!(err.is_retryable());

    sim.inject(
        FaultRule::new(Fault::VendorCode(101012))
            .path(delete)
            .times(1),
    );
    let err = no_retry.send(&req).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::PERSON_NOT_FOUND));
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn a_body_fault_is_a_decode_error_naming_the_path() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    sim.inject(FaultRule::new(Fault::Body("{\"code\":0,\"data\":".into())).path(LIST));
    let err = client.send(&PersonList::default()).await.unwrap_err();
    match &err {
        Error::Core(client_core::Error::Decode { path, excerpt, .. }) => {
            assert_eq!(path, LIST);
            // Persons carry door passwords: the answer is never excerpted.
            assert_eq!(excerpt, client_core::error::REDACTED_BODY);
        }
        other => panic!("unexpected {other:?}"),
    }
    // A body without a code is not a success.
    sim.clear_faults();
    sim.inject(FaultRule::new(Fault::Body("{\"data\":{}}".into())).path(LIST));
    let err = client.send(&PersonList::default()).await.unwrap_err();
    assert!(err.to_string().contains("code"), "{err}");
    sim.clear_faults();
    client.send(&PersonList::default()).await.unwrap();
}

#[tokio::test]
async fn uploads_run_through_the_same_pipeline() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let path = "/v1/api/person/uploadImage";
    let photo = ImageFile::new(
        "face.png",
        include_bytes!("../fixtures/hongtu/images/face.png").to_vec(),
    );
    // A connect-level failure is not simulated here; a 503 on a write is retried
    // (the box certainly did not process it), a 500 is not.
    sim.inject(FaultRule::new(Fault::Http(503)).path(path).times(1));
    let uri = timeout(
        LIMIT,
        client.upload(&UploadImage {
            file: photo.clone(),
        }),
    )
    .await
    .unwrap()
    .unwrap();
    assert!(uri.uri.is_some());
    let seen = sim.requests_to(path);
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|r| r
        .header("content-type")
        .is_some_and(|c| c.starts_with("multipart/form-data"))));
    assert_ne!(seen[0].header("cnonce"), seen[1].header("cnonce"));
    sim.clear_requests();
    sim.inject(FaultRule::new(Fault::Http(500)).path(path).times(1));
    let err = client
        .upload(&UploadImage { file: photo })
        .await
        .unwrap_err();
    assert!(err.to_string().contains("500"), "{err}");
    assert_eq!(
        sim.requests_to(path).len(),
        1,
        "a write is not retried after a 500"
    );
}
