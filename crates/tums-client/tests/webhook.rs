//! Webhook push messages (1.4.6.3–1.4.6.5): fixture round-trip, parser errors, and the
//! axum receiver over loopback.

use client_core::fixture::{assert_round_trip, read_fixture};
use tums_client::webhook::{MsgContentType, MsgType, PushMessage, WebhookError};

fn push_fixture() -> String {
    read_fixture(
        env!("CARGO_MANIFEST_DIR"),
        "tums/webhook/pushMessage.request.json",
    )
}

#[test]
fn push_message_fixture_round_trips() {
    let msg: PushMessage = assert_round_trip(&push_fixture());
    assert_eq!(msg.qr_code.as_deref(), Some("799E562E7073C9A31"));
    assert_eq!(msg.mac, "00-FF-00-2C-9F-39");
    assert_eq!(msg.device_name, "TL-IPC43AN");
    assert_eq!(msg.time.timestamp(), 1609135966);
    assert_eq!(msg.msg_type, MsgType::VmsDeviceAlarm);
    assert_eq!(
        msg.msg_content_type,
        vec![MsgContentType::NvrHardDiskAbnormal]
    );
    assert_eq!(msg.dedup_key(), Some(("123".to_owned(), 1609135966)));
    // The wire shape is kept: lower-case `qrcode`, time as a string.
    let v = serde_json::to_value(&msg).unwrap();
    assert_eq!(v["qrcode"], "799E562E7073C9A31");
    assert_eq!(v["time"], "1609135966");
    // And the parser agrees with serde.
    assert_eq!(PushMessage::parse(push_fixture().as_bytes()).unwrap(), msg);
}

#[test]
fn every_content_type_is_listed_and_round_trips() {
    let all = MsgContentType::all();
    // 105 from the seed (1.4.6.5), 99 the 2026 edition adds (1.4.8.8).
    assert_eq!(all.len(), 204);
    for t in all {
        let wire = serde_json::to_string(&t).unwrap();
        let back: MsgContentType = serde_json::from_str(&wire).unwrap();
        assert_eq!(back, t);
        assert!(!matches!(t, MsgContentType::Unknown(_)));
        assert!(t.description().is_some());
        assert!(t.msg_type().is_some());
    }
    assert_eq!(
        MsgContentType::from_wire("overstepingBoundaryDetected").msg_type(),
        Some(MsgType::MonitorAlarm)
    );
    assert_eq!(
        MsgContentType::from_wire("SDCardLost"),
        MsgContentType::SdCardLost
    );
    assert_eq!(
        MsgContentType::RtcTimeException.msg_type(),
        Some(MsgType::ChargingStationDeviceAlarm)
    );
    assert_eq!(
        MsgContentType::NmsTerminalException.msg_type(),
        Some(MsgType::NmsDeviceAlarm)
    );
}

#[test]
fn unknown_values_are_kept() {
    let body = br#"{"mac":"AA","deviceName":"d","time":1609135966,"msgType":"newAlarm","msgContentType":["brandNew","timing"]}"#;
    let msg = PushMessage::parse(body).unwrap();
    assert_eq!(msg.msg_type, MsgType::Unknown("newAlarm".into()));
    assert_eq!(
        msg.msg_content_type,
        vec![
            MsgContentType::Unknown("brandNew".into()),
            MsgContentType::Timing
        ]
    );
    assert_eq!(msg.qr_code, None);
    assert_eq!(msg.dedup_key(), None);
}

#[test]
fn malformed_bodies_give_typed_errors() {
    assert!(matches!(PushMessage::parse(b""), Err(WebhookError::Empty)));
    assert!(matches!(
        PushMessage::parse(b"  \n"),
        Err(WebhookError::Empty)
    ));
    assert!(matches!(
        PushMessage::parse(b"{not json"),
        Err(WebhookError::NotJson(_))
    ));
    assert!(matches!(
        PushMessage::parse(b"[1,2]"),
        Err(WebhookError::NotObject)
    ));
    let full: serde_json::Value = serde_json::from_str(&push_fixture()).unwrap();
    for member in tums_client::webhook::REQUIRED_MEMBERS {
        let mut v = full.clone();
        v.as_object_mut().unwrap().remove(member);
        let e = PushMessage::parse(v.to_string().as_bytes()).unwrap_err();
        assert!(
            matches!(e, WebhookError::MissingField(m) if m == member),
            "{member}: {e}"
        );
    }
    let mut v = full.clone();
    v["time"] = serde_json::json!("yesterday");
    assert!(matches!(
        PushMessage::parse(v.to_string().as_bytes()),
        Err(WebhookError::Invalid(_))
    ));
    let mut v = full;
    v["msgContentType"] = serde_json::json!("timing");
    assert_eq!(
        PushMessage::parse(v.to_string().as_bytes())
            .unwrap_err()
            .kind(),
        "invalid"
    );
}

#[cfg(feature = "webhook")]
#[tokio::test]
async fn receiver_accepts_and_rejects_over_loopback() {
    use std::time::Duration;

    use client_core::reexports::reqwest;
    use tokio::sync::mpsc;

    let (tx, mut rx) = mpsc::unbounded_channel();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(tums_client::webhook::serve(
        listener,
        tums_client::webhook::WebhookOptions::new("/tums/push"),
        move |msg| {
            let tx = tx.clone();
            async move {
                let _ = tx.send(msg);
            }
        },
        std::future::pending(),
    ));
    let http = reqwest::Client::new();
    let url = format!("http://{addr}/tums/push");

    let ok = http
        .post(&url)
        .header("content-type", "application/json")
        .body(push_fixture())
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(
        ok.json::<serde_json::Value>().await.unwrap(),
        serde_json::json!({"error_code": 0})
    );
    let got = tokio::time::timeout(Duration::from_secs(5), rx.recv())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(got.device_name, "TL-IPC43AN");

    let bad = http.post(&url).body("{\"mac\":1").send().await.unwrap();
    assert_eq!(bad.status(), 400);
    let reason: serde_json::Value = bad.json().await.unwrap();
    assert_eq!(reason["error"], "not_json");

    let missing = http
        .post(&url)
        .body(r#"{"mac":"AA","deviceName":"d","time":"1","msgType":"monitorAlarm"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 400);
    let reason: serde_json::Value = missing.json().await.unwrap();
    assert_eq!(reason["error"], "missing_field");
    assert!(reason["reason"]
        .as_str()
        .unwrap()
        .contains("msgContentType"));

    let get = http.get(&url).send().await.unwrap();
    assert_eq!(get.status(), 405);
    // The handler ran only for the well-formed message.
    assert!(rx.try_recv().is_err());
    server.abort();
}

/// The simulator pushes to the receiver once subscribed (1.4.6.1 → 1.4.6.3).
#[cfg(all(feature = "webhook", feature = "simulator"))]
#[tokio::test]
async fn simulator_pushes_to_a_subscribed_receiver() {
    use std::time::Duration;

    use client_core::Endpoint;
    use serde::{Deserialize, Serialize};
    use tokio::sync::mpsc;
    use tums_client::simulator::{PushOutcome, Simulator};

    /// A locally declared setAppMsgPushConfig (1.4.6.1).
    #[derive(Debug, Clone, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct SetPushConfig {
        server_url: String,
        open_msg_transport: i64,
        msg_content_type: Vec<String>,
    }
    impl Endpoint for SetPushConfig {
        type Response = ();
        const METHOD: http::Method = http::Method::POST;
        const PATH: &'static str = "/tums/open/msgTranspond/v1/setAppMsgPushConfig";
    }

    tokio::time::timeout(Duration::from_secs(30), async {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(tums_client::webhook::serve(
            listener,
            tums_client::webhook::WebhookOptions::new("/msg"),
            move |msg| {
                let tx = tx.clone();
                async move {
                    let _ = tx.send(msg);
                }
            },
            std::future::pending(),
        ));
        let sim = Simulator::start().await.unwrap();
        let msg = PushMessage::parse(push_fixture().as_bytes()).unwrap();
        assert_eq!(sim.push(&msg).await, PushOutcome::NotSubscribed);

        let client = sim.client().unwrap();
        client
            .send(&SetPushConfig {
                server_url: format!("http://{addr}/msg"),
                open_msg_transport: 1,
                msg_content_type: vec!["NVRHardDiskAbnormal".into()],
            })
            .await
            .unwrap();
        assert_eq!(sim.push(&msg).await, PushOutcome::Delivered(200));
        let got = rx.recv().await.unwrap();
        assert_eq!(got, msg);

        // Not subscribed to this content type.
        let mut other = msg.clone();
        other.msg_content_type = vec![MsgContentType::IpcDeviceOffline];
        assert_eq!(sim.push(&other).await, PushOutcome::NotSubscribed);

        // Switched off.
        client
            .send(&SetPushConfig {
                server_url: format!("http://{addr}/msg"),
                open_msg_transport: 0,
                msg_content_type: vec![],
            })
            .await
            .unwrap();
        assert_eq!(sim.push(&msg).await, PushOutcome::NotSubscribed);
        // An empty server URL is refused.
        let e = client
            .send(&SetPushConfig {
                server_url: String::new(),
                open_msg_transport: 1,
                msg_content_type: vec![],
            })
            .await
            .unwrap_err();
        assert_eq!(e.code().unwrap().code(), -20107);
        server.abort();
    })
    .await
    .unwrap();
}

/// Issue 10, item 6: the receiver answers only on its configured path, enforces the
/// shared token (query or header) in `client_core::webhook::serve`, and cuts off a
/// client that never finishes its headers.
#[cfg(feature = "webhook")]
#[tokio::test]
async fn receiver_is_guarded_path_token_and_header_timeout() {
    use std::time::{Duration, Instant};

    use client_core::reexports::reqwest;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::sync::mpsc;
    use tums_client::webhook::{WebhookOptions, TOKEN_HEADER};

    tokio::time::timeout(Duration::from_secs(30), async {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let options = WebhookOptions::new("/hooks/7f3c2a")
            .token("push-token-1")
            .header_read_timeout(Duration::from_millis(300))
            .max_connections(4);
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(tums_client::webhook::serve(
            listener,
            options,
            move |msg| {
                let tx = tx.clone();
                async move {
                    let _ = tx.send(msg);
                }
            },
            async move {
                let _ = stop_rx.await;
            },
        ));
        let http = reqwest::Client::new();
        let base = format!("http://{addr}");
        let post = |url: String| http.post(url).body(push_fixture());

        // Another path: 404, even with the token; the handler never runs.
        let other = post(format!("{base}/tums/push?token=push-token-1"))
            .send()
            .await
            .unwrap();
        assert_eq!(other.status(), 404);
        let root = post(format!("{base}/?token=push-token-1"))
            .send()
            .await
            .unwrap();
        assert_eq!(root.status(), 404);
        // The right path without a token, or with a wrong one: 401.
        let none = post(format!("{base}/hooks/7f3c2a")).send().await.unwrap();
        assert_eq!(none.status(), 401);
        let wrong = post(format!("{base}/hooks/7f3c2a?token=push-token-2"))
            .send()
            .await
            .unwrap();
        assert_eq!(wrong.status(), 401);
        assert!(rx.try_recv().is_err(), "no message may pass the guard");
        // With the token in the query (what a serverUrl can carry) or the header: 200.
        let ok = post(format!("{base}/hooks/7f3c2a?token=push-token-1"))
            .send()
            .await
            .unwrap();
        assert_eq!(ok.status(), 200);
        let ok = post(format!("{base}/hooks/7f3c2a"))
            .header(TOKEN_HEADER, "push-token-1")
            .send()
            .await
            .unwrap();
        assert_eq!(ok.status(), 200);
        for _ in 0..2 {
            let got = rx.recv().await.unwrap();
            assert_eq!(got.device_name, "TL-IPC43AN");
        }

        // A client that sends half its headers and stops is cut off after the
        // header-read timeout (300 ms here), not kept open.
        let mut half = tokio::net::TcpStream::connect(addr).await.unwrap();
        half.write_all(b"POST /hooks/7f3c2a HTTP/1.1\r\nHost: x\r\nContent-")
            .await
            .unwrap();
        let started = Instant::now();
        let mut buf = Vec::new();
        // Whatever the server writes (a 408 or nothing), it closes the connection.
        let _ = half.read_to_end(&mut buf).await;
        let held = started.elapsed();
        assert!(
            held < Duration::from_secs(5),
            "half-sent request held for {held:?}"
        );

        let _ = stop_tx.send(());
        server.await.unwrap().unwrap();
    })
    .await
    .unwrap();
}
