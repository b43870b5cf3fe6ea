//! Issue 10, item 2 (TUMS): a known secret planted in every credential path — the
//! long-term SK, and the `tempSk` of createTempApplicationApiCredential (1.4.1.1)
//! answered well-formed, and in every shape of an answer that fails — never appears in
//! an error's Display, Debug or source chain, in the client's or the credential's
//! Debug, or in anything logged at TRACE (this crate, client-core, reqwest, hyper).
//!
//! The answers come from a raw loopback server; one global subscriber captures
//! everything at TRACE into a buffer.

#[path = "support/raw_server.rs"]
mod raw_server;

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use client_core::RetryPolicy;
use raw_server::{serve, Reply, Seen};
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;
use tracing_subscriber::{EnvFilter, Layer as _};
use tums_client::api::credential::{CreateTempApplicationApiCredential, TempCredential};
use tums_client::api::device::GetApplicationOverview;
use tums_client::{Client, Error};

const SK: &str = "PLANTEDlongTermSk7c1e";
const TEMP_SK: &str = "PLANTEDtempSk9f2c4b";
const CRED_PATH: &str = "/tums/open/credentialManager/v1/createTempApplicationApiCredential";

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

/// Everything logged at TRACE by any target.
fn capture() -> &'static Buf {
    static CAPTURE: OnceLock<Buf> = OnceLock::new();
    CAPTURE.get_or_init(|| {
        let buf = Buf::default();
        let w = buf.clone();
        tracing_subscriber::registry()
            .with(
                tracing_subscriber::fmt::layer()
                    .with_ansi(false)
                    .with_writer(move || w.clone())
                    .with_filter(EnvFilter::new("trace")),
            )
            .try_init()
            .expect("one global subscriber");
        buf
    })
}

/// Any spelling of a planted secret: as is, and as the hex of its bytes.
fn leaks(text: &str) -> Option<&'static str> {
    [SK, TEMP_SK].into_iter().find(|s| {
        let hex: String = s.bytes().map(|b| format!("{b:02x}")).collect();
        text.contains(s) || text.to_ascii_lowercase().contains(&hex)
    })
}

/// Display, Debug and every source's Display of `e`.
fn all_text(e: &Error) -> String {
    let mut out = format!("{e}\n{e:?}\n");
    let mut src: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = src {
        out.push_str(&format!("{s}\n{s:?}\n"));
        src = s.source();
    }
    out
}

fn client(url: String, temp: bool) -> Client {
    let mut b = Client::builder()
        .base_url(url)
        .credentials("PLANTEDak", SK)
        .retry_policy(RetryPolicy::none())
        .timeout(Duration::from_secs(5));
    if temp {
        b = b.temp_credentials(Some(3600), Duration::from_secs(60));
    }
    b.build().unwrap()
}

fn good_credential() -> String {
    serde_json::json!({"error_code": 0, "result": {"tempAk": "tempAk1", "tempSk": TEMP_SK,
        "createTime": 1709108242, "expireTime": 4_000_000_000u64}})
    .to_string()
}

/// Credential answers that must fail, each carrying the planted tempSk somewhere.
fn bad_credential_answers() -> Vec<(&'static str, u16, String)> {
    let t = TEMP_SK;
    vec![
        (
            "bad createTime beside tempSk",
            200,
            format!(
                r#"{{"error_code":0,"result":{{"tempAk":"a","tempSk":"{t}","createTime":"later"}}}}"#
            ),
        ),
        (
            "tempSk in a time member (serde echoes the value)",
            200,
            format!(
                r#"{{"error_code":0,"result":{{"tempAk":"a","tempSk":"x","createTime":"{t}"}}}}"#
            ),
        ),
        (
            "result is the bare secret string",
            200,
            format!(r#"{{"error_code":0,"result":"{t}"}}"#),
        ),
        (
            "tempSk where tempAk is expected, as a number-like member",
            200,
            format!(r#"{{"error_code":0,"result":{{"tempAk":["{t}"],"tempSk":{{"k":"{t}"}}}}}}"#),
        ),
        (
            "no keys at all (absent members default; unusable)",
            200,
            format!(r#"{{"error_code":0,"result":{{"createTime":1,"note":"{t}"}}}}"#),
        ),
        (
            "truncated inside tempSk",
            200,
            format!(r#"{{"error_code":0,"result":{{"tempAk":"a","tempSk":"{t}"#),
        ),
        (
            "error_code holds the secret",
            200,
            format!(r#"{{"error_code":"{t}","result":{{"tempSk":"{t}"}}}}"#),
        ),
        (
            "failList holding the secret",
            200,
            format!(r#"{{"error_code":0,"failList":"{t}","result":{{}}}}"#),
        ),
        (
            "failList inside result holding the secret",
            200,
            format!(r#"{{"error_code":0,"result":{{"failList":{{"x":"{t}"}},"tempSk":"{t}"}}}}"#),
        ),
        (
            "a vendor error whose msg echoes the secret",
            200,
            format!(r#"{{"error_code":-82401,"msg":"tempSk {t} refused"}}"#),
        ),
        (
            "HTTP 500 echoing the secret",
            500,
            format!(r#"<html>tempSk={t}</html>"#),
        ),
        (
            "HTTP 502 with a JSON body",
            502,
            format!(r#"{{"result":{{"tempSk":"{t}"}}}}"#),
        ),
    ]
}

#[tokio::test]
async fn no_planted_secret_reaches_errors_debug_or_trace_logs() {
    let logs = capture();
    tokio::time::timeout(Duration::from_secs(60), async {
        let mut leaked = Vec::new();
        let overview = r#"{"error_code":0,"result":{}}"#;

        // 1. A well-formed credential: minted (with_temp_credentials) and fetched by the
        //    refreshing client; both sign a call afterwards.
        let good = serve(move |seen: &Seen| {
            if seen.path() == CRED_PATH {
                Reply::json(good_credential())
            } else {
                Reply::json(overview)
            }
        })
        .await;
        let long = client(good.url(), false);
        let minted = long.with_temp_credentials(Some(3600), true).await.unwrap();
        minted.send(&GetApplicationOverview {}).await.unwrap();
        let refreshing = client(good.url(), true);
        refreshing.send(&GetApplicationOverview {}).await.unwrap();
        assert_eq!(refreshing.access_key().as_deref(), Some("tempAk1"));
        for (what, text) in [
            ("long-term client Debug", format!("{long:?}")),
            ("minted client Debug", format!("{minted:?}")),
            ("refreshing client Debug", format!("{refreshing:?}")),
        ] {
            if let Some(s) = leaks(&text) {
                leaked.push(format!("{what}: {s}"));
            }
        }
        // The credential itself: Debug and Display-like output hide tempSk; only an
        // explicit serialization (handing it to a client) writes it.
        let cred: TempCredential = serde_json::from_value(
            serde_json::from_str::<serde_json::Value>(&good_credential()).unwrap()["result"]
                .clone(),
        )
        .unwrap();
        if let Some(s) = leaks(&format!("{cred:?} {:?}", cred.temp_sk)) {
            leaked.push(format!("TempCredential Debug: {s}"));
        }
        assert!(!cred.temp_sk.to_string().contains(TEMP_SK));

        // 2. Every failing credential answer, through both credential paths: the
        //    refresh path (Error::Credentials around the decode error) and the explicit
        //    mint, and through decode_answer (the same interpretation, no network).
        for (what, status, body) in bad_credential_answers() {
            let b = body.clone();
            let server = serve(move |seen: &Seen| {
                if seen.path() == CRED_PATH {
                    Reply::Full {
                        status,
                        body: b.clone().into_bytes(),
                    }
                } else {
                    Reply::json(overview)
                }
            })
            .await;
            let e = client(server.url(), true)
                .send(&GetApplicationOverview {})
                .await
                .unwrap_err();
            assert!(matches!(e, Error::Credentials(_)), "{what}: {e:?}");
            if let Some(s) = leaks(&all_text(&e)) {
                leaked.push(format!("refresh, {what}: {s}: {e}"));
            }
            let e = client(server.url(), false)
                .with_temp_credentials(None, false)
                .await
                .map(drop)
                .unwrap_err();
            if let Some(s) = leaks(&all_text(&e)) {
                leaked.push(format!("mint, {what}: {s}: {e}"));
            }
            // (An answer without keys decodes here: only the client refuses it.)
            if let Err(e) = client(server.url(), false)
                .decode_answer::<CreateTempApplicationApiCredential>(
                    http::StatusCode::from_u16(status).unwrap(),
                    body,
                )
            {
                if let Some(s) = leaks(&all_text(&e)) {
                    leaked.push(format!("decode_answer, {what}: {s}: {e}"));
                }
            }
        }

        // 3. Everything logged at TRACE meanwhile.
        let text = logs.text();
        assert!(
            text.contains("tums") || text.contains("reqwest") || text.contains("hyper"),
            "the capture saw no log at all"
        );
        for line in text.lines() {
            if let Some(s) = leaks(line) {
                leaked.push(format!("TRACE log ({s}): {line}"));
            }
        }
        assert!(leaked.is_empty(), "secrets leaked:\n{}", leaked.join("\n"));
    })
    .await
    .expect("test timed out");
}
