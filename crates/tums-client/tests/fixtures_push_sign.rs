//! Round trips of the 1.4.8.3/1.4.8.4 push-key examples (TUMS 2026-08-31 edition,
//! fixtures/tums/push_sign/), and signed pushes from the simulator end to end: the
//! key set through the typed client, pushes signed with it, verified by the SDK's
//! receiver (tampered body, wrong key, unsigned and duplicate pushes rejected).

#[macro_use]
mod common;

use tums_client::api::push_sign::*;

fn fixture(name: &str) -> String {
    common::fixture("push_sign", name)
}

pair!(set_app_msg_push_sk, SetAppMsgPushSk, "setAppMsgPushSk");
pair!(get_app_msg_push_sk, GetAppMsgPushSk, "getAppMsgPushSk");

#[test]
fn key_is_secret() {
    let req: SetAppMsgPushSk =
        serde_json::from_str(&fixture("setAppMsgPushSk.request.json")).unwrap();
    assert!(!format!("{req:?}").contains("51415b0066e24e91a44e5f7d434cb23c"));
    let env: tums_client::envelope::Envelope<AppMsgPushSk> =
        serde_json::from_str(&fixture("getAppMsgPushSk.response.json")).unwrap();
    let sk = env.result.unwrap();
    assert_eq!(sk.sk.expose(), "51415b0066e24e91a44e5f7d434cb23c");
    assert!(!format!("{sk:?}").contains("51415b"));
}

#[cfg(all(feature = "simulator", feature = "webhook"))]
mod against_simulator {
    use std::time::Duration;

    use tums_client::api::message::SetAppMsgPushConfig;
    use tums_client::api::push_sign::*;
    use tums_client::simulator::{PushOutcome, Simulator};
    use tums_client::webhook::{router_with, PushMessage, PushVerifier, SIGNATURE_HEADER};

    const KEY: &str = "51415b0066e24e91a44e5f7d434cb23c";

    fn message(msg_id: &str) -> PushMessage {
        let body = format!(
            r#"{{"mac":"00-FF-00-17-00-18","deviceName":"TL-NIPC5464P-A6 2.0","parentQrCode":null,"parentMac":null,"channelId":1,"msgId":"{msg_id}","imageId":"5453610","time":"1726817278","msgType":"monitorAlarm","msgContentType":["movementDetected"],"qrcode":"16E0091709B04C926","qrCode":"16E0091709B04C926"}}"#
        );
        PushMessage::parse(body.as_bytes()).unwrap()
    }

    /// A receiver on an ephemeral loopback port: returns its URL and a channel of the
    /// messages its handler saw.
    async fn receiver(
        verifier: PushVerifier,
    ) -> (String, tokio::sync::mpsc::UnboundedReceiver<PushMessage>) {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        let app = router_with("/push", verifier, move |msg| {
            let tx = tx.clone();
            async move {
                let _ = tx.send(msg);
            }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        (format!("http://{addr}/push"), rx)
    }

    #[tokio::test]
    async fn signed_pushes_end_to_end() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let verifier = PushVerifier::new()
                .signing_key(KEY)
                .dedup(Duration::from_secs(600), 1000);
            let (url, mut seen) = receiver(verifier).await;
            client.send(&SetAppMsgPushConfig::all(url.clone())).await.unwrap();

            // No key on the platform yet: the push is unsigned and refused (401).
            assert_eq!(sim.push(&message("m0")).await, PushOutcome::Delivered(401));

            client.send(&SetAppMsgPushSk::new(KEY)).await.unwrap();
            let read = client.send(&GetAppMsgPushSk::default()).await.unwrap();
            assert_eq!(read.sk.expose(), KEY);
            // Signed: delivered and handled once; the same msgId again is acknowledged
            // but not handled.
            assert_eq!(sim.push(&message("m1")).await, PushOutcome::Delivered(200));
            assert_eq!(sim.push(&message("m1")).await, PushOutcome::Delivered(200));
            assert_eq!(sim.push(&message("m2")).await, PushOutcome::Delivered(200));
            let first = seen.recv().await.unwrap();
            assert_eq!(first.msg_id.as_deref(), Some("m1"));
            assert_eq!(first.channel_id, Some(1));
            assert_eq!(first.image_id.as_deref(), Some("5453610"));
            assert_eq!(seen.recv().await.unwrap().msg_id.as_deref(), Some("m2"));
            assert!(seen.try_recv().is_err(), "the duplicate reached the handler");

            // The platform's key changes: pushes no longer verify (wrong key).
            client.send(&SetAppMsgPushSk::new("otherKey123")).await.unwrap();
            assert_eq!(sim.push(&message("m3")).await, PushOutcome::Delivered(401));
            assert!(seen.try_recv().is_err());

            // A tampered body under a valid signature, posted by hand.
            let body = br#"{"mac":"00-FF-00-17-00-18","deviceName":"x","msgId":"m4","time":"1","msgType":"monitorAlarm","msgContentType":[]}"#;
            let sig = auth_signing::tums::push_signature(KEY, body);
            let mut tampered = body.to_vec();
            tampered[10] = b'E';
            let http = client_core::reexports::reqwest::Client::new();
            let status = |b: Vec<u8>, s: Option<String>| {
                let mut req = http.post(&url).body(b);
                if let Some(s) = s {
                    req = req.header(SIGNATURE_HEADER, s);
                }
                async move { req.send().await.unwrap().status().as_u16() }
            };
            assert_eq!(status(tampered, Some(sig.clone())).await, 401);
            // The signature is checked before the body is parsed: garbage without a
            // signature is 401 (unsigned), not 400 (malformed).
            assert_eq!(status(b"not json".to_vec(), None).await, 401);
            assert_eq!(status(b"not json".to_vec(), Some("00".repeat(32))).await, 401);
            assert_eq!(status(body.to_vec(), Some(sig.to_uppercase())).await, 200);
            assert_eq!(seen.recv().await.unwrap().msg_id.as_deref(), Some("m4"));
            // Bad input: a key the platform refuses never leaves the client.
            let before = sim.requests().len();
            assert!(client.send(&SetAppMsgPushSk::new("not-alnum!")).await.is_err());
            assert_eq!(sim.requests().len(), before);
        })
        .await
        .expect("test timed out");
    }

    #[test]
    fn documented_signed_body_verifies_byte_exact() {
        let body = super::common::fixture("webhook", "pushMessageSigned.body");
        let sig = auth_signing::tums::push_signature(KEY, body.as_bytes());
        let v = PushVerifier::new().signing_key(KEY);
        let msg = match v.verify(Some(&sig), body.as_bytes()).unwrap() {
            tums_client::webhook::Delivery::New(m) => m,
            other => panic!("{other:?}"),
        };
        assert_eq!(msg.device_qr_code(), Some("16E0091709B04C926"));
        assert_eq!(msg.parent_qr_code, None);
        // One byte more (a trailing newline) and the signature no longer matches.
        let mut longer = body.into_bytes();
        longer.push(b'\n');
        assert!(v.verify(Some(&sig), &longer).is_err());
        assert_eq!(
            PushVerifier::new()
                .signing_key("wrongKey")
                .verify(Some(&sig), &longer[..longer.len() - 1])
                .unwrap_err()
                .kind(),
            "bad_signature"
        );
    }
}

#[test]
fn push_message_2026_carries_both_code_names_and_new_members() {
    use tums_client::webhook::{MsgType, PushMessage};
    let msg: PushMessage = client_core::fixture::assert_round_trip(&common::fixture(
        "webhook",
        "pushMessage2026.request.json",
    ));
    assert_eq!(msg.qr_code.as_deref(), Some("16E0091709B04C926"));
    assert_eq!(msg.qr_code_camel.as_deref(), Some("16E0091709B04C926"));
    let signed =
        PushMessage::parse(common::fixture("webhook", "pushMessageSigned.body").as_bytes())
            .unwrap();
    assert_eq!(signed.msg_type, MsgType::MonitorAlarm);
    assert_eq!(
        signed.target_device(),
        (Some("16E0091709B04C926"), "00-FF-00-17-00-18")
    );
    let door = PushMessage::parse(
        br#"{"mac":"00-FF-00-17-00-18","deviceName":"door","parentQrCode":"16E0091709B04C927","parentMac":"00-FF-00-17-00-19","time":"1","msgType":"accessControlAlarm","msgContentType":["accessControlOnline"]}"#,
    )
    .unwrap();
    assert_eq!(door.msg_type, MsgType::AccessControlAlarm);
    assert_eq!(
        door.target_device(),
        (Some("16E0091709B04C927"), "00-FF-00-17-00-19")
    );
}
