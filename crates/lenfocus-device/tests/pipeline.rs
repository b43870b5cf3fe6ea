//! The HTTP side on the shared pipeline, against the simulator's fault injection and
//! request log: retries, `Retry-After`, the operation timeout, vendor errors with their
//! path and status, the token renewal after a body code 401, and WebSocket faults.
//! Synchronised on answers and events with bounded timeouts, never sleeps.

use std::time::{Duration, Instant};

use client_core::Endpoint;
use lenfocus_device::simulator::{SimDevice, SimError, Simulator, TEST_SN};
use lenfocus_device::uploads::{DeviceInfoReport, OtaQuery};
use lenfocus_device::{
    ConnectVerifier, Device, Error, Fault, FaultRule, HttpClient, NoCommands, ParamSigning,
    ResultCode, RetryPolicy, Secret, Session,
};

const WAIT: Duration = Duration::from_secs(20);

async fn connected(sim: &Simulator) -> Session {
    let device = Device::new(sim.device_config(TEST_SN).unwrap());
    tokio::time::timeout(WAIT, device.connect(NoCommands))
        .await
        .expect("connect in time")
        .unwrap()
}

fn info() -> DeviceInfoReport {
    DeviceInfoReport {
        fw_ver: Some("V1.0".into()),
        ..Default::default()
    }
}

fn fast(session: Session, sim: &Simulator) -> HttpClient {
    sim.http_client_builder(session)
        .retry_policy(RetryPolicy::fast(2))
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_503_is_retried_and_every_attempt_is_logged_with_its_bearer_token() {
    let sim = Simulator::start().await.unwrap();
    let session = connected(&sim).await;
    let http = fast(session.clone(), &sim);
    sim.inject(
        FaultRule::new(Fault::Http(503))
            .path(DeviceInfoReport::PATH)
            .times(1),
    );
    http.report_device_info(info()).await.unwrap();
    let log = sim.requests_to(DeviceInfoReport::PATH);
    assert_eq!(log.len(), 2, "{log:?}");
    assert!(log[0].verdict.starts_with("fault"), "{}", log[0].verdict);
    assert_eq!(log[1].verdict, "ok");
    let bearer = format!("Bearer {}", session.token().unwrap().expose());
    for r in &log {
        assert_eq!(r.method, "POST");
        assert_eq!(r.header("authorization"), Some(bearer.as_str()));
        assert_eq!(r.header("content-type"), Some("application/json"));
    }
    assert_eq!(sim.uploads().len(), 1);
    // The WebSocket messages are in the log too.
    assert_eq!(sim.requests_to("/connect").len(), 1);
    assert_eq!(sim.requests_to("/connect")[0].method, "WS");
    sim.clear_requests();
    assert!(sim.requests().is_empty());
    session.shutdown().await;
}

#[tokio::test]
async fn a_vendor_code_is_an_api_error_with_path_code_and_status() {
    let sim = Simulator::start().await.unwrap();
    let session = connected(&sim).await;
    let http = fast(session.clone(), &sim);
    sim.inject(FaultRule::new(Fault::VendorCode(424)).path(DeviceInfoReport::PATH));
    let err = http.report_device_info(info()).await.unwrap_err();
    assert_eq!(err.code(), Some(ResultCode::InvalidEventType), "{err}");
    let api = err.api().unwrap();
    assert_eq!(api.path, DeviceInfoReport::PATH);
    assert_eq!(api.status, http::StatusCode::OK);
    assert_eq!(api.message.as_deref(), Some("事件类型异常"));
    assert!(!err.is_retryable());
    assert_eq!(
        sim.requests_to(DeviceInfoReport::PATH).len(),
        1,
        "not retried"
    );
    // 421 keeps its own variant on HTTP as on the WebSocket.
    sim.clear_faults();
    sim.inject(FaultRule::new(Fault::VendorCode(421)).times(1));
    let err = http.report_device_info(info()).await.unwrap_err();
    assert!(matches!(err, Error::NotRegistered { .. }), "{err}");
    http.report_device_info(info()).await.unwrap();
    session.shutdown().await;
}

#[tokio::test]
async fn a_429_waits_for_retry_after() {
    let sim = Simulator::start().await.unwrap();
    let session = connected(&sim).await;
    let http = fast(session.clone(), &sim);
    sim.inject(
        FaultRule::new(Fault::RateLimited {
            retry_after_secs: Some(1),
        })
        .path(DeviceInfoReport::PATH)
        .times(1),
    );
    let started = Instant::now();
    http.report_device_info(info()).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After honoured: {:?}",
        started.elapsed()
    );
    assert_eq!(sim.requests_to(DeviceInfoReport::PATH).len(), 2);
    session.shutdown().await;
}

#[tokio::test]
async fn the_operation_timeout_bounds_the_whole_call() {
    let sim = Simulator::start().await.unwrap();
    let session = connected(&sim).await;
    let http = sim
        .http_client_builder(session.clone())
        .timeout(Duration::from_millis(200))
        .operation_timeout(Duration::from_millis(700))
        .retry_policy(RetryPolicy::fast(10))
        .build()
        .unwrap();
    sim.inject(FaultRule::new(Fault::Latency(Duration::from_secs(5))).path(OtaQuery::PATH));
    let started = Instant::now();
    let err = http
        .query_ota(OtaQuery {
            ota_id: "35646hgf56768".into(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5), "bounded");
    match err {
        Error::Core(client_core::Error::Timeout { path, attempts, .. }) => {
            assert_eq!(path, OtaQuery::PATH);
            assert!(
                attempts >= 2,
                "a read is retried after a timeout: {attempts}"
            );
        }
        other => panic!("expected the operation timeout, got {other}"),
    }
    session.shutdown().await;
}

#[tokio::test]
async fn a_body_code_401_renews_the_token_once_and_repeats() {
    let sim = Simulator::start().await.unwrap();
    let session = connected(&sim).await;
    let http = fast(session.clone(), &sim);
    let before = session.token().unwrap();
    sim.inject(
        FaultRule::new(Fault::VendorCode(401))
            .path(DeviceInfoReport::PATH)
            .times(1),
    );
    http.report_device_info(info()).await.unwrap();
    assert_ne!(session.token().unwrap(), before, "renewed");
    assert_eq!(sim.requests_to("/token/update").len(), 1);
    let log = sim.requests_to(DeviceInfoReport::PATH);
    assert_eq!(log.len(), 2);
    let bearer = format!("Bearer {}", session.token().unwrap().expose());
    assert_eq!(
        log[1].header("authorization"),
        Some(bearer.as_str()),
        "the repeat carries the new token"
    );
    // A second 401 in the same call is not renewed again.
    sim.inject(FaultRule::new(Fault::VendorCode(401)).path(DeviceInfoReport::PATH));
    let err = http.report_device_info(info()).await.unwrap_err();
    assert!(err.is_unauthorized(), "{err}");
    assert_eq!(
        sim.requests_to("/token/update").len(),
        2,
        "one renewal per call"
    );
    session.shutdown().await;
}

#[tokio::test]
async fn the_repeat_of_a_signed_request_is_signed_again_over_its_bytes() {
    let signing = ParamSigning::new("FUN790386", Secret::new("AABBCC112233"));
    let sim = Simulator::builder()
        .device(SimDevice::with_test_key(
            TEST_SN,
            "AB12CD34",
            Some("1".into()),
        ))
        .param_signing(signing)
        .start()
        .await
        .unwrap();
    let session = connected(&sim).await;
    let http = fast(session.clone(), &sim);
    sim.inject(
        FaultRule::new(Fault::Http(502))
            .path(OtaQuery::PATH)
            .times(1),
    );
    let answer = http
        .query_ota(OtaQuery {
            ota_id: "1".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(answer, None, "no update: data absent");
    let log = sim.requests_to(OtaQuery::PATH);
    assert_eq!(log.len(), 2);
    assert_eq!(log[1].verdict, "ok", "the repeat is signed and accepted");
    let body: serde_json::Value = serde_json::from_slice(&log[1].body).unwrap();
    assert_eq!(body["appid"], "FUN790386");
    assert_eq!(body["otaId"], "1");
    session.shutdown().await;
}

#[tokio::test]
async fn websocket_uris_take_faults_too() {
    let sim = Simulator::start().await.unwrap();
    sim.inject(
        FaultRule::new(Fault::VendorCode(423))
            .path("/connect")
            .times(1),
    );
    let device = Device::new(sim.device_config(TEST_SN).unwrap());
    let err = device.connect(NoCommands).await.unwrap_err();
    assert_eq!(err.code(), Some(ResultCode::BadSignature), "{err}");
    assert_eq!(err.api().unwrap().path, "/connect");
    let session = tokio::time::timeout(WAIT, device.connect(NoCommands))
        .await
        .unwrap()
        .unwrap();
    sim.inject(
        FaultRule::new(Fault::VendorCode(420))
            .path("/token/update")
            .times(1),
    );
    let err = session.update_token().await.unwrap_err();
    let api = err.api().unwrap();
    assert_eq!(
        (api.path.as_str(), api.code, api.status),
        (
            "/token/update",
            ResultCode::InvalidParam,
            http::StatusCode::OK
        )
    );
    session.shutdown().await;
}

#[tokio::test]
async fn device_config_is_fallible() {
    let sim = Simulator::builder()
        .device(SimDevice::new(
            "NOKEY",
            "AB12CD34",
            ConnectVerifier::from_pem(lenfocus_device::simulator::TEST_DEVICE_PUBLIC_KEY_PEM)
                .unwrap(),
            None,
        ))
        .start()
        .await
        .unwrap();
    assert!(matches!(
        sim.device_config("NOPE"),
        Err(SimError::UnknownDevice(_))
    ));
    assert!(matches!(
        sim.device_config("NOKEY"),
        Err(SimError::NoPrivateKey(_))
    ));
    assert_eq!(sim.base_url(), sim.http_url());
}
