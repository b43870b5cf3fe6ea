//! Receives signed TUMS push messages (消息订阅, TUMS 2026-08-31 edition 1.4.8): sets the
//! subscription and the push signing key, verifies every push's `Signature` header
//! (HMAC-SHA256 of the raw body) before parsing it, drops duplicates by `msgId`, and
//! prints what arrives.
//!
//! ```text
//! # without TUMS_AK/TUMS_SK: the embedded simulator pushes a few signed messages
//! # (one of them twice, one with a wrong signature)
//! cargo run --example tums_push
//! # against the platform: it must reach TUMS_PUSH_URL, served on TUMS_LISTEN (default
//! # 127.0.0.1 on an ephemeral port: loopback unless told otherwise) at
//! # TUMS_WEBHOOK_PATH (default /tums/push); TUMS_PUSH_SK (1-32 letters/digits) is set
//! # as the application's push key; runs TUMS_RUN_SECS (default 60) or until Ctrl-C.
//! TUMS_AK=… TUMS_SK=… TUMS_PUSH_SK=… TUMS_LISTEN=0.0.0.0:8002 \
//! TUMS_WEBHOOK_PATH=/tums/7f3c2a TUMS_PUSH_URL=https://push.example.com/tums/7f3c2a \
//! cargo run --example tums_push
//! ```
//!
//! Setting the subscription replaces the application's current one (setAppMsgPushConfig,
//! 1.4.8.1) — do not point it at a production application whose pushes go elsewhere.

#[path = "support/logging.rs"]
mod logging;

use std::time::Duration;

use anfang::tums::api::message::SetAppMsgPushConfig;
use anfang::tums::api::push_sign::{GetAppMsgPushSk, SetAppMsgPushSk};
use anfang::tums::simulator::{PushOutcome, Simulator};
use anfang::tums::webhook::{serve_with, PushMessage, PushVerifier, WebhookOptions};
use anfang::tums::Client;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    logging::init();
    // TUMS_AK and TUMS_SK (TUMS_BASE_URL, TUMS_TERMINAL_ID optional) → the platform;
    // none set → the embedded simulator; some but not all → an error naming the missing
    // one.
    let env = match anfang::core::env::group(Client::ENV_REQUIRED, Client::ENV_OPTIONAL) {
        Ok(env) => env,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let real = env.is_some();
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let push_sk = match var("TUMS_PUSH_SK") {
        Some(sk) => sk,
        None if real => {
            eprintln!("error: TUMS_PUSH_SK (1-32 letters/digits) is required with TUMS_AK/TUMS_SK");
            std::process::exit(2);
        }
        // The simulator: a fresh random key.
        None => uuid_key(),
    };
    let listen = var("TUMS_LISTEN").unwrap_or_else(|| "127.0.0.1:0".into());
    let path = var("TUMS_WEBHOOK_PATH").unwrap_or_else(|| "/tums/push".into());

    // The receiver: signature checked before parsing, duplicates (same msgId within
    // 10 minutes) acknowledged but not handled.
    let verifier = PushVerifier::new()
        .signing_key(push_sk.clone())
        .dedup(Duration::from_secs(600), 10_000);
    let listener = tokio::net::TcpListener::bind(&listen).await?;
    let local = listener.local_addr()?;
    let (tx, mut rx) = tokio::sync::mpsc::channel::<PushMessage>(64);
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve_with(
        listener,
        WebhookOptions::new(path.clone()),
        verifier,
        move |msg| {
            let tx = tx.clone();
            async move {
                let _ = tx.send(msg).await;
            }
        },
        async move {
            let _ = stop_rx.await;
        },
    ));
    let push_url =
        var("TUMS_PUSH_URL").unwrap_or_else(|| format!("http://127.0.0.1:{}{path}", local.port()));

    let (client, sim) = match env {
        Some(env) => {
            let client = Client::builder_from_values(&env)?.build()?;
            eprintln!("talking to {}", client.base_url());
            (client, None)
        }
        None => {
            let sim = Simulator::start().await?;
            eprintln!(
                "TUMS_AK/TUMS_SK not set: using the simulator at {}",
                sim.base_url()
            );
            (sim.client()?, Some(sim))
        }
    };

    // 1.4.8.1: every message type to our URL; 1.4.8.3: the signing key.
    client
        .send(&SetAppMsgPushConfig::all(push_url.clone()))
        .await?;
    client.send(&SetAppMsgPushSk::new(push_sk.clone())).await?;
    let check = client.send(&GetAppMsgPushSk::default()).await?;
    eprintln!(
        "pushes go to {push_url} (receiver on {local}), signed with the key set ({})",
        if check.sk.expose() == push_sk {
            "confirmed"
        } else {
            "NOT confirmed"
        }
    );

    let mut expected = None;
    if let Some(sim) = &sim {
        // The simulator plays the cloud: a camera alarm, the same message again, a
        // network device going offline.
        let alarm = message("a1", "monitorAlarm", "movementDetected", 1);
        let offline = message("n1", "nmsDeviceAlarm", "routerDeviceOffline", 0);
        for (what, msg) in [
            ("alarm", &alarm),
            ("alarm again", &alarm),
            ("router", &offline),
        ] {
            let outcome = sim.push(msg).await;
            eprintln!("simulator pushed {what}: {outcome:?}");
        }
        // A push signed with another key is refused (401) and never reaches the handler.
        client.send(&SetAppMsgPushSk::new("someOtherKey42")).await?;
        let forged = message("f1", "monitorAlarm", "movementDetected", 1);
        let outcome = sim.push(&forged).await;
        eprintln!("simulator pushed with a wrong key: {outcome:?}");
        assert_eq!(outcome, PushOutcome::Delivered(401));
        expected = Some(2);
    }

    let run_for = Duration::from_secs(
        var("TUMS_RUN_SECS")
            .and_then(|s| s.parse().ok())
            .unwrap_or(if real { 60 } else { 10 }),
    );
    let deadline = tokio::time::sleep(run_for);
    tokio::pin!(deadline);
    let mut received = 0;
    loop {
        tokio::select! {
            msg = rx.recv() => match msg {
                Some(msg) => {
                    received += 1;
                    println!(
                        "{} {} {:?} from {} ({}), msgId {}{}",
                        msg.time.format("%Y-%m-%d %H:%M:%S"),
                        msg.msg_type.as_str(),
                        msg.msg_content_type.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
                        msg.device_name,
                        msg.device_qr_code().unwrap_or(msg.mac.as_str()),
                        msg.msg_id.as_deref().unwrap_or("-"),
                        msg.channel_id.map(|c| format!(", channel {c}")).unwrap_or_default(),
                    );
                    if expected == Some(received) {
                        break;
                    }
                }
                None => break,
            },
            _ = &mut deadline => break,
            _ = tokio::signal::ctrl_c() => break,
        }
    }
    eprintln!("{received} verified push message(s)");
    let _ = stop_tx.send(());
    server.await??;
    if let Some(n) = expected {
        anyhow::ensure!(received == n, "expected {n} messages, got {received}");
    }
    Ok(())
}

/// A simulated push (2026 edition 1.4.8.5 shape).
fn message(id: &str, kind: &str, content: &str, channel: i64) -> PushMessage {
    let body = serde_json::json!({
        "qrcode": "16E0091709B04C926",
        "qrCode": "16E0091709B04C926",
        "mac": "00-FF-00-17-00-18",
        "deviceName": "TL-IPC43AN",
        "channelId": if channel > 0 { serde_json::json!(channel) } else { serde_json::Value::Null },
        "msgId": id,
        "time": chrono::Utc::now().timestamp().to_string(),
        "msgType": kind,
        "msgContentType": [content],
    });
    PushMessage::parse(body.to_string().as_bytes()).expect("the example message is well formed")
}

/// A 32-character key of letters and digits (what setAppMsgPushSk accepts).
fn uuid_key() -> String {
    anfang::core::uuid_nonce()
}
