//! Issue 10 items 2 and 11: a session token planted in every credential path
//! (`/connect` and `/token/update` replies that fail to decode, server commands and
//! broken frames carrying it) never appears in an error's Display or Debug, in an
//! event, or in this crate's TRACE output; the WebSocket dependency's own TRACE
//! lines (which print every frame) are removed by the documented filter
//! `tungstenite=off`.
//!
//! One global subscriber (the `log` records of tungstenite are bridged too) with two
//! layers: everything at TRACE, and TRACE with `tungstenite=off`.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use common::{RawPlatform, Script};
use lenfocus_device::{NoCommands, SessionEvent};
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;
use tracing_subscriber::{EnvFilter, Layer as _};

const TOKEN: &str = "PLANTEDtok3n9f2c";

#[derive(Clone, Default)]
struct Buf(Arc<Mutex<Vec<u8>>>);

impl Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Buf {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// (everything, filtered with `tungstenite=off`)
fn capture() -> &'static (Buf, Buf) {
    static CAPTURE: OnceLock<(Buf, Buf)> = OnceLock::new();
    CAPTURE.get_or_init(|| {
        let all = Buf::default();
        let filtered = Buf::default();
        let (a, f) = (all.clone(), filtered.clone());
        tracing_subscriber::registry()
            .with(
                tracing_subscriber::fmt::layer()
                    .with_ansi(false)
                    .with_writer(move || a.clone())
                    .with_filter(EnvFilter::new("trace")),
            )
            .with(
                tracing_subscriber::fmt::layer()
                    .with_ansi(false)
                    .with_writer(move || f.clone())
                    .with_filter(EnvFilter::new(
                        "trace,tungstenite=off,tokio_tungstenite=off",
                    )),
            )
            .try_init()
            .expect("one global subscriber");
        (all, filtered)
    })
}

/// Every spelling of the token a log line could carry: as is, and as the hex of
/// its bytes (tungstenite prints frame payloads in hex).
fn leaks(text: &str) -> bool {
    let hex: String = TOKEN.bytes().map(|b| format!("{b:02x}")).collect();
    text.contains(TOKEN) || text.to_ascii_lowercase().contains(&hex)
}

fn reply(result: serde_json::Value) -> serde_json::Value {
    serde_json::json!({"uri": "/connect", "code": 200, "msg": "OK", "result": result})
}

/// `/connect` answers whose result fails to decode, with the token in every
/// position a serde message could quote: the first connect's error, and the
/// reconnect path (WARN log, `ConnectFailed` event).
#[tokio::test]
async fn a_credential_reply_that_fails_to_decode_leaks_no_token() {
    let (all, filtered) = capture();
    let bad_replies = [
        // expire not a number: the serde message quotes the string… not the token,
        // but the excerpt would.
        reply(serde_json::json!({"token": TOKEN, "expire": "soon", "interval": 30})),
        // the token in a value serde quotes (`invalid type: string "…"`).
        reply(serde_json::json!({"token": {"x": TOKEN}, "expire": TOKEN, "interval": TOKEN})),
        reply(serde_json::json!({"token": [TOKEN], "expire": 1})),
        reply(serde_json::json!(TOKEN)),
    ];
    for bad in bad_replies {
        let platform = RawPlatform::start(Script::ConnectThenClose(bad.clone())).await;
        let device = platform.device(Duration::from_millis(10), Duration::from_millis(50));
        let e = device.connect(NoCommands).await.unwrap_err();
        for text in [e.to_string(), format!("{e:?}")] {
            assert!(!leaks(&text), "token in the error: {text}");
        }
    }

    // Reconnect path: a good first connect, then only bad ones.
    let good = reply(serde_json::json!({"token": "first-token", "expire": 3600, "interval": 30}));
    let platform = RawPlatform::start(Script::ConnectThenClose(good)).await;
    let device = platform.device(Duration::from_millis(10), Duration::from_millis(50));
    let mut events = device.events();
    let session = device.connect(NoCommands).await.unwrap();
    drop(platform);
    session.shutdown().await;
    // A platform that answers `/token/update` with an undecodable credential reply
    // and pushes frames carrying the token.
    let bad_platform = RawPlatform::start(Script::ConnectThenAnswer {
        reply: reply(serde_json::json!({"token": "ok-token", "expire": 3600, "interval": 30})),
        other: serde_json::json!({"code": 200, "result": {"token": TOKEN, "expire": TOKEN}}),
        push: vec![
            // A broken frame carrying the token (not JSON).
            format!(r#"{{"msgid":"1","token":"{TOKEN}","data":{{"uri":"/reboot""#),
            // A server command carrying the token, unknown and invalid.
            serde_json::json!({"msgid": "2", "token": TOKEN, "data": {"uri": "/no/such", "param": {}}})
                .to_string(),
            serde_json::json!({"msgid": "3", "token": TOKEN, "data": {"uri": "/person/query", "param": {"pid": {}}}})
                .to_string(),
        ],
    })
    .await;
    let device2 = bad_platform.device(Duration::from_millis(10), Duration::from_millis(50));
    let mut events2 = device2.events();
    let session2 = device2.connect(NoCommands).await.unwrap();
    // /token/update answered with an undecodable credential reply.
    let e = session2.update_token().await.unwrap_err();
    for text in [e.to_string(), format!("{e:?}")] {
        assert!(!leaks(&text), "token in the /token/update error: {text}");
    }
    session2.shutdown().await;

    let mut seen = Vec::new();
    while let Ok(ev) = events.try_recv() {
        seen.push(format!("{ev:?}"));
    }
    while let Ok(ev) = events2.try_recv() {
        if let SessionEvent::ConnectFailed { error, .. } = &ev {
            assert!(!leaks(error));
        }
        seen.push(format!("{ev:?}"));
    }
    assert!(seen.iter().any(|e| e.contains("InvalidFrame")), "{seen:?}");
    for e in &seen {
        assert!(!leaks(e), "token in an event: {e}");
    }
    let filtered = filtered.text();
    assert!(!filtered.is_empty());
    assert!(
        !leaks(&filtered),
        "token in TRACE output (tungstenite filtered out):\n{filtered}"
    );
    // Item 11: unfiltered, the WebSocket dependency prints every frame at TRACE
    // (tokens included: the protocol puts one in every frame); the documented
    // filter `tungstenite=off` is what removes them (checked above).
    assert!(
        leaks(&all.text()),
        "tungstenite no longer logs frames at TRACE: update the crate docs (item 11)"
    );
}

/// The reconnect path: after a good session, the platform answers every
/// `/connect` with an undecodable credential reply: logged at WARN and carried in
/// `ConnectFailed` without the token.
#[tokio::test]
async fn a_failed_reconnect_logs_and_emits_no_token() {
    let (_, filtered) = capture();
    // First /connect good, later ones bad: a counter in the script is not
    // available, so use two phases of one platform via ConnectThenClose with a bad
    // reply after a first good session on another device is not possible on the
    // same port; instead: connect succeeds once (good), the server closes, and
    // every reconnect gets the bad reply.
    let platform = common::RawPlatform::start_switching(
        reply(serde_json::json!({"token": "good-token", "expire": 3600, "interval": 30})),
        reply(serde_json::json!({"token": TOKEN, "expire": TOKEN, "interval": 30})),
    )
    .await;
    let device = platform.device(Duration::from_millis(10), Duration::from_millis(40));
    let mut events = device.events();
    let session = device.connect(NoCommands).await.unwrap();
    let mut failures = 0;
    let _ = tokio::time::timeout(Duration::from_secs(10), async {
        while let Ok(ev) = events.recv().await {
            assert!(!leaks(&format!("{ev:?}")), "token in an event: {ev:?}");
            if let SessionEvent::ConnectFailed { error, .. } = &ev {
                assert!(error.contains("credential answer"), "{error}");
                failures += 1;
                if failures == 3 {
                    break;
                }
            }
        }
    })
    .await;
    session.shutdown().await;
    assert_eq!(failures, 3, "the reconnects did not fail as scripted");
    let text = filtered.text();
    assert!(
        text.contains("lenfocus connect failed"),
        "no WARN line captured"
    );
    assert!(!leaks(&text), "token in TRACE output:\n{text}");
}

/// The HTTP side: the bearer token of every upload (and of the 401 → renewal →
/// retry path) appears nowhere in the TRACE output (tungstenite filtered), nor in
/// the errors of a refused upload.
#[tokio::test]
async fn http_uploads_leak_no_bearer_token_at_trace() {
    use lenfocus_device::simulator::{SimDevice, Simulator};
    use lenfocus_device::uploads::OtaQuery;
    let (_, filtered) = capture();
    let dir = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR"));
    let pub_pem = std::fs::read_to_string(dir.join("lenfocus/keys/test-device.pub.pem")).unwrap();
    let sim = Simulator::builder()
        .device(SimDevice::new(
            common::SN,
            common::CODE,
            lenfocus_device::ConnectVerifier::from_pem(&pub_pem).unwrap(),
            Some(common::DID.into()),
        ))
        .start()
        .await
        .unwrap();
    let device = lenfocus_device::Device::new(
        lenfocus_device::DeviceConfig::new(
            sim.ws_url(),
            common::SN,
            common::CODE,
            common::signer(),
        )
        .with_did(common::DID),
    );
    let session = device.connect(NoCommands).await.unwrap();
    let http = sim.http_client(session.clone()).unwrap();
    let first = session.token().unwrap().expose().to_owned();
    http.query_ota(OtaQuery {
        ota_id: "1".into(),
        ..Default::default()
    })
    .await
    .unwrap();
    // 401 → /token/update → retry with the new token.
    sim.revoke_http_tokens();
    http.query_ota(OtaQuery {
        ota_id: "1".into(),
        ..Default::default()
    })
    .await
    .unwrap();
    let second = session.token().unwrap().expose().to_owned();
    session.shutdown().await;
    let text = filtered.text();
    for token in [&first, &second] {
        assert!(
            !text.contains(token.as_str()),
            "bearer token in TRACE output"
        );
    }
}
