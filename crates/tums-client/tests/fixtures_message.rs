//! Round-trips the 1.4.6.1–1.4.6.2 消息订阅 examples of the seed
//! (fixtures/tums/message) through their typed request / response structs.

mod common;

use client_core::fixture::assert_round_trip;
use client_core::Endpoint;
use tums_client::api::message::*;
use tums_client::envelope::Envelope;
use tums_client::webhook::MsgContentType;

fn fixture(name: &str) -> String {
    common::fixture("message", name)
}

#[test]
fn set_app_msg_push_config() {
    let req: SetAppMsgPushConfig = assert_round_trip(&fixture("setAppMsgPushConfig.request.json"));
    assert!(req.validate().is_ok());
    assert!(req.open_msg_transport);
    assert_eq!(
        req.msg_content_type,
        vec![
            MsgContentType::from_wire("ipcDeviceOnline"),
            MsgContentType::from_wire("ipcDeviceOffline")
        ]
    );
    let env: Envelope<()> = assert_round_trip(&fixture("setAppMsgPushConfig.response.json"));
    assert_eq!(env.error_code, 0);
}

#[test]
fn get_app_msg_push_config() {
    let req: GetAppMsgPushConfig = assert_round_trip(&fixture("getAppMsgPushConfig.request.json"));
    assert_eq!(req, GetAppMsgPushConfig {});
    let env: Envelope<AppMsgPushConfig> =
        assert_round_trip(&fixture("getAppMsgPushConfig.response.json"));
    let cfg = env.result.unwrap();
    assert_eq!(cfg.app_id, "2583");
    assert!(cfg.receives(&MsgContentType::from_wire("ipcDeviceOffline")));
    assert!(!cfg.receives(&MsgContentType::from_wire("timing")));
    // What was read can be written back unchanged.
    let set: SetAppMsgPushConfig = assert_round_trip(&fixture("setAppMsgPushConfig.request.json"));
    assert_eq!(cfg.to_request(), set);
}

/// The subscription endpoints against the embedded simulator over loopback.
#[cfg(feature = "simulator")]
mod against_simulator {
    use std::time::Duration;

    use client_core::Endpoint;
    use tums_client::api::message::*;
    use tums_client::simulator::Simulator;
    use tums_client::webhook::MsgContentType;

    #[tokio::test]
    async fn set_and_get_config() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            // Before any configuration the simulator answers the documented example.
            let documented = client.send(&GetAppMsgPushConfig {}).await.unwrap();
            assert_eq!(documented.app_id, "2583");
            let set = SetAppMsgPushConfig::only(
                "https://example.com/tums/push",
                [MsgContentType::from_wire("ipcDeviceOffline")],
            );
            client.send(&set).await.unwrap();
            let sent = sim.requests_to(SetAppMsgPushConfig::PATH);
            let body: serde_json::Value = serde_json::from_slice(&sent[0].body).unwrap();
            assert_eq!(body["openMsgTransport"], 1);
            assert_eq!(
                body["msgContentType"],
                serde_json::json!(["ipcDeviceOffline"])
            );
            // Then it answers what was set.
            let cfg = client.send(&GetAppMsgPushConfig {}).await.unwrap();
            assert!(!cfg.app_id.is_empty());
            assert_eq!(cfg.to_request(), set);
            assert!(cfg.receives(&MsgContentType::from_wire("ipcDeviceOffline")));
            assert!(!cfg.receives(&MsgContentType::from_wire("ipcDeviceOnline")));
            // Switching off with every type.
            client
                .send(&SetAppMsgPushConfig::off("https://example.com/tums/push"))
                .await
                .unwrap();
            let off = client.send(&GetAppMsgPushConfig {}).await.unwrap();
            assert!(!off.open_msg_transport && off.msg_content_type.is_empty());
            // An empty URL is refused before sending.
            assert!(client.send(&SetAppMsgPushConfig::all("")).await.is_err());
            assert_eq!(sim.requests_to(SetAppMsgPushConfig::PATH).len(), 2);
        })
        .await
        .expect("test timed out");
    }
}
