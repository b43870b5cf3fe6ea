//! The exact wire shape of what the device sends, checked by a bare, strict WebSocket
//! peer that applies the seed's tables literally (member names, JSON types, no
//! extra top-level members): `/connect` (1.1), `/heartbeat` (1.3), `/token/update`
//! (1.2) and the reply envelopes of server commands (1.5–1.16). Synchronised on
//! frames, with bounded timeouts.

use std::time::Duration;

use futures::{SinkExt, StreamExt};
use lenfocus_device::commands::{DayCount, Reboot, RecordByMonth};
use lenfocus_device::{
    CommandHandler, CommandResult, ConnectSigner, ConnectVerifier, Device, DeviceConfig,
};
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::Message;

const SN: &str = "Y3C122AP1234512";
const CODE: &str = "AB12CD34";
const DID: &str = "1234512";
const TOKEN: &str = "adf4453456ghhjgsf23546y";
const WAIT: Duration = Duration::from_secs(20);

fn key(name: &str) -> String {
    let dir = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(dir.join("lenfocus/keys").join(name)).unwrap()
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    k.sort_unstable();
    k
}

async fn next(frames: &mut tokio::sync::mpsc::UnboundedReceiver<Value>) -> Value {
    tokio::time::timeout(WAIT, frames.recv())
        .await
        .expect("a frame from the device")
        .expect("the server task is running")
}

struct Camera;

impl CommandHandler for Camera {
    async fn record_by_month(&self, _cmd: RecordByMonth) -> CommandResult<Vec<DayCount>> {
        Ok(vec![DayCount { day: 1, count: 138 }])
    }
    async fn reboot(&self, _cmd: Reboot) -> CommandResult<()> {
        Ok(())
    }
}

#[tokio::test]
async fn device_messages_and_command_replies_match_the_seed_tables_exactly() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/ws", listener.local_addr().unwrap());
    let verifier = ConnectVerifier::from_pem(&key("test-device.pub.pem")).unwrap();
    let (frames_tx, mut frames) = tokio::sync::mpsc::unbounded_channel::<Value>();
    let (push_tx, mut push_rx) = tokio::sync::mpsc::unbounded_channel::<Value>();

    // The strict platform: answers /connect, /heartbeat and /token/update, forwards
    // every frame to the test, and pushes what the test asks it to.
    let server = tokio::spawn(async move {
        let (tcp, _) = listener.accept().await.unwrap();
        let mut ws = tokio_tungstenite::accept_async(tcp).await.unwrap();
        loop {
            tokio::select! {
                frame = ws.next() => {
                    let Some(Ok(Message::Text(text))) = frame else { return };
                    let v: Value = serde_json::from_str(text.as_str()).unwrap();
                    let uri = v["data"]["uri"].as_str().unwrap_or_default().to_owned();
                    let result = match uri.as_str() {
                        "/connect" => Some(json!({"token": TOKEN, "expire": 3600, "interval": 30})),
                        "/heartbeat" => Some(json!({"expire": 3599})),
                        "/token/update" => Some(json!({"token": TOKEN, "expire": 3600})),
                        _ => None,
                    };
                    if let Some(result) = result {
                        let reply = json!({"msgid": v["msgid"], "data": {"uri": uri, "code": 200, "msg": "OK", "result": result}});
                        ws.send(Message::text(reply.to_string())).await.unwrap();
                    }
                    let _ = frames_tx.send(v);
                }
                Some(push) = push_rx.recv() => ws.send(Message::text(push.to_string())).await.unwrap(),
            }
        }
    });

    let signer = ConnectSigner::from_pem(&key("test-device.pkcs8.pem")).unwrap();
    let device = Device::new(
        DeviceConfig::new(url, SN, CODE, signer)
            .with_did(DID)
            .with_ip("192.168.100.168"),
    );
    let session = tokio::time::timeout(WAIT, device.connect(Camera))
        .await
        .unwrap()
        .unwrap();

    // 1.1 /connect: msgid + data only (no token), param did/sn/ip/sign/ts.
    let connect = next(&mut frames).await;
    assert_eq!(keys(&connect), ["data", "msgid"]);
    assert!(!connect["msgid"].as_str().unwrap().is_empty());
    assert_eq!(keys(&connect["data"]), ["param", "uri"]);
    assert_eq!(connect["data"]["uri"], "/connect");
    let p = &connect["data"]["param"];
    assert_eq!(keys(p), ["did", "ip", "sign", "sn", "ts"]);
    assert_eq!(p["did"], DID, "did is a string");
    assert_eq!(p["sn"], SN);
    assert_eq!(p["ip"], "192.168.100.168");
    let ts = p["ts"].as_i64().expect("ts is a JSON integer");
    assert!(
        (ts - client_core::unix_seconds()).abs() < 300,
        "ts in seconds: {ts}"
    );
    let sign = p["sign"].as_str().expect("sign is a string");
    assert!(
        verifier.verify(SN, CODE, ts, sign),
        "sign is Base64(RSA(MD5(sn+code+ts)))"
    );

    // 1.3 /heartbeat: top-level token, param did/sn/ip.
    session.heartbeat().await.unwrap();
    let hb = next(&mut frames).await;
    assert_eq!(keys(&hb), ["data", "msgid", "token"]);
    assert_eq!(hb["token"], TOKEN);
    assert_eq!(hb["data"]["uri"], "/heartbeat");
    assert_eq!(keys(&hb["data"]["param"]), ["did", "ip", "sn"]);
    assert_eq!(hb["data"]["param"]["did"], DID);
    assert_eq!(hb["data"]["param"]["ip"], "192.168.100.168");
    assert_ne!(hb["msgid"], connect["msgid"], "a fresh msgid per message");

    // 1.2 /token/update: top-level token, param did/sn.
    session.update_token().await.unwrap();
    let tu = next(&mut frames).await;
    assert_eq!(keys(&tu), ["data", "msgid", "token"]);
    assert_eq!(tu["token"], TOKEN);
    assert_eq!(tu["data"]["uri"], "/token/update");
    assert_eq!(keys(&tu["data"]["param"]), ["did", "sn"]);
    assert_eq!(tu["data"]["param"]["sn"], SN);

    // 1.7 reply: same msgid, the uri as received, integer code, string msg, result.
    push_tx
        .send(json!({"msgid": "srv-1", "token": TOKEN, "data": {"uri": "storage/record_by_month", "param": {"year": 2021, "month": 9}}}))
        .unwrap();
    let reply = next(&mut frames).await;
    assert_eq!(keys(&reply), ["data", "msgid"]);
    assert_eq!(reply["msgid"], "srv-1");
    assert_eq!(keys(&reply["data"]), ["code", "msg", "result", "uri"]);
    assert_eq!(reply["data"]["uri"], "storage/record_by_month");
    assert_eq!(reply["data"]["code"].as_i64(), Some(200));
    assert_eq!(reply["data"]["msg"], "OK");
    assert_eq!(reply["data"]["result"], json!([{"day": 1, "count": 138}]));

    // 1.9 reply: no result member at all.
    push_tx
        .send(json!({"msgid": "srv-2", "token": TOKEN, "data": {"uri": "/system/maintain/reboot", "param": {"delay_ms": 1000}}}))
        .unwrap();
    let reply = next(&mut frames).await;
    assert_eq!(reply["msgid"], "srv-2");
    assert_eq!(keys(&reply["data"]), ["code", "msg", "uri"]);
    assert_eq!(reply["data"]["uri"], "/system/maintain/reboot");

    // An error reply (1.14 not supported here): code and msg, no result.
    push_tx
        .send(json!({"msgid": "srv-3", "token": TOKEN, "data": {"uri": "/person/query", "param": {"pid": "1"}}}))
        .unwrap();
    let reply = next(&mut frames).await;
    assert_eq!(reply["msgid"], "srv-3");
    assert_eq!(keys(&reply["data"]), ["code", "msg", "uri"]);
    assert_eq!(reply["data"]["code"].as_i64(), Some(404));
    assert!(reply["data"]["msg"].is_string());

    session.shutdown().await;
    let _ = tokio::time::timeout(WAIT, server).await;
}
