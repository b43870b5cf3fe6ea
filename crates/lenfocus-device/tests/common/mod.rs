//! Raw loopback platforms for the hostile and secret tests: a WebSocket server that
//! answers `/connect` the way a test scripts it, and keys.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use lenfocus_device::{ConnectSigner, Device, DeviceConfig};
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::Message;

pub const SN: &str = "LF1234567890123";
pub const CODE: &str = "AB12CD34";
pub const DID: &str = "1234512";

pub fn signer() -> ConnectSigner {
    let dir = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR"));
    let pem = std::fs::read_to_string(dir.join("lenfocus/keys/test-device.pkcs1.pem")).unwrap();
    ConnectSigner::from_pem(&pem).unwrap()
}

/// What the raw platform does with each connection.
#[derive(Clone)]
pub enum Script {
    /// Answers `/connect` with `reply` (the `data` member; `msgid` echoed), then
    /// closes at once.
    ConnectThenClose(serde_json::Value),
    /// Answers `/connect` with `reply`, then answers every other request with
    /// `other` (the `data` member) and keeps the connection open.
    ConnectThenAnswer {
        reply: serde_json::Value,
        other: serde_json::Value,
        /// Raw text frames pushed right after the `/connect` reply.
        push: Vec<String>,
    },
}

/// A raw WebSocket platform on 127.0.0.1; counts `/connect` requests.
pub struct RawPlatform {
    pub url: String,
    pub connects: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for RawPlatform {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl RawPlatform {
    pub async fn start(script: Script) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("ws://{}/ws", listener.local_addr().unwrap());
        let connects = Arc::new(AtomicUsize::new(0));
        let counter = connects.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    return;
                };
                let script = script.clone();
                let counter = counter.clone();
                tokio::spawn(async move {
                    let Ok(mut ws) = tokio_tungstenite::accept_async(tcp).await else {
                        return;
                    };
                    while let Some(Ok(msg)) = ws.next().await {
                        let Message::Text(text) = msg else { continue };
                        let v: serde_json::Value = serde_json::from_str(text.as_str()).unwrap();
                        let msgid = v["msgid"].clone();
                        let uri = v["data"]["uri"].as_str().unwrap_or_default().to_owned();
                        let data = if uri == "/connect" {
                            counter.fetch_add(1, Ordering::SeqCst);
                            match &script {
                                Script::ConnectThenClose(r) => r.clone(),
                                Script::ConnectThenAnswer { reply, .. } => reply.clone(),
                            }
                        } else {
                            match &script {
                                Script::ConnectThenClose(_) => return,
                                Script::ConnectThenAnswer { other, .. } => other.clone(),
                            }
                        };
                        let answer = serde_json::json!({"msgid": msgid, "data": data});
                        if ws.send(Message::text(answer.to_string())).await.is_err() {
                            return;
                        }
                        match &script {
                            Script::ConnectThenClose(_) => {
                                let _ = ws.close(None).await;
                                return;
                            }
                            Script::ConnectThenAnswer { push, .. } if uri == "/connect" => {
                                for p in push {
                                    let _ = ws.send(Message::text(p.clone())).await;
                                }
                            }
                            _ => {}
                        }
                    }
                });
            }
        });
        Self {
            url,
            connects,
            task,
        }
    }

    /// A platform whose first `/connect` gets `first` and every later one `later`,
    /// each connection closed right after the reply.
    pub async fn start_switching(first: serde_json::Value, later: serde_json::Value) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("ws://{}/ws", listener.local_addr().unwrap());
        let connects = Arc::new(AtomicUsize::new(0));
        let counter = connects.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    return;
                };
                let n = counter.fetch_add(1, Ordering::SeqCst);
                let data = if n == 0 { first.clone() } else { later.clone() };
                tokio::spawn(async move {
                    let Ok(mut ws) = tokio_tungstenite::accept_async(tcp).await else {
                        return;
                    };
                    while let Some(Ok(msg)) = ws.next().await {
                        let Message::Text(text) = msg else { continue };
                        let v: serde_json::Value = serde_json::from_str(text.as_str()).unwrap();
                        let answer = serde_json::json!({"msgid": v["msgid"], "data": data});
                        let _ = ws.send(Message::text(answer.to_string())).await;
                        let _ = ws.close(None).await;
                        return;
                    }
                });
            }
        });
        Self {
            url,
            connects,
            task,
        }
    }

    pub fn connects(&self) -> usize {
        self.connects.load(Ordering::SeqCst)
    }

    pub fn device(&self, initial: Duration, max: Duration) -> Device {
        Device::new(
            DeviceConfig::new(self.url.clone(), SN, CODE, signer())
                .with_did(DID)
                .with_ip("192.168.100.168")
                .with_backoff(initial, max)
                .with_reply_timeout(Duration::from_secs(3)),
        )
    }
}

/// Peak resident memory of this process (VmHWM), in KiB, where /proc exists.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}
