//! Issue 10, hostile servers against the TUMS [`Client`]: a huge body, an endless
//! chunked body, a silent server, a server that drips its body, a server alternating
//! between two pages, and a credential answer that fails to decode. Each ends in a
//! typed error within bounded time (peak memory on 1 GiB: `tests/hostile_memory.rs`).

#[path = "support/raw_server.rs"]
mod raw_server;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use client_core::RetryPolicy;
use futures::TryStreamExt;
use raw_server::{serve, Reply, Seen};
use tums_client::api::device::GetApplicationOverview;
use tums_client::api::region::GetPagedRootRegions;
use tums_client::{Client, Error};

const CRED_PATH: &str = "/tums/open/credentialManager/v1/createTempApplicationApiCredential";

fn client(url: String) -> tums_client::ClientBuilder {
    Client::builder()
        .base_url(url)
        .credentials("ak", "sk")
        .retry_policy(RetryPolicy::none())
}

/// Runs `f` and returns its result and how long it took, failing after 30 s.
async fn timed<T>(f: impl std::future::Future<Output = T>) -> (T, Duration) {
    let started = Instant::now();
    let out = tokio::time::timeout(Duration::from_secs(30), f)
        .await
        .expect("no answer within 30 s");
    (out, started.elapsed())
}

#[tokio::test]
async fn a_huge_body_is_refused_at_the_cap() {
    let server = serve(|_: &Seen| Reply::Huge { total: 1 << 30 }).await;
    let c = client(server.url())
        .max_response_bytes(1 << 20)
        .build()
        .unwrap();
    let (r, took) = timed(c.send(&GetApplicationOverview {})).await;
    let e = r.unwrap_err();
    assert!(
        matches!(e, Error::Core(client_core::Error::BodyTooLarge { limit, .. }) if limit == 1 << 20),
        "{e:?}"
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[tokio::test]
async fn an_endless_chunked_body_is_refused_at_the_cap() {
    let server = serve(|_: &Seen| Reply::Endless { max_bytes: 1 << 30 }).await;
    let c = client(server.url())
        .max_response_bytes(1 << 20)
        .build()
        .unwrap();
    let (r, took) = timed(c.send(&GetApplicationOverview {})).await;
    let e = r.unwrap_err();
    assert!(
        matches!(e, Error::Core(client_core::Error::BodyTooLarge { .. })),
        "{e:?}"
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[tokio::test]
async fn a_silent_server_times_out() {
    let server = serve(|_: &Seen| Reply::Silent {
        hold: Duration::from_secs(20),
    })
    .await;
    let c = client(server.url())
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let (r, took) = timed(c.send(&GetApplicationOverview {})).await;
    let e = r.unwrap_err();
    assert!(
        matches!(e, Error::Core(client_core::Error::Timeout { .. })),
        "{e:?}"
    );
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[tokio::test]
async fn a_dripping_body_times_out() {
    let server = serve(|_: &Seen| Reply::Drip {
        every: Duration::from_millis(50),
        bytes: 400,
    })
    .await;
    let c = client(server.url())
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let (r, took) = timed(c.send(&GetApplicationOverview {})).await;
    let e = r.unwrap_err();
    assert!(
        matches!(e, Error::Core(client_core::Error::Timeout { .. })),
        "{e:?}"
    );
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[tokio::test]
async fn a_server_alternating_two_pages_is_detected() {
    let n = Arc::new(AtomicUsize::new(0));
    let page = |prefix: &str| {
        let list: Vec<_> = (0..50)
            .map(|i| {
                serde_json::json!({"regionId": format!("{prefix}{i}"), "regionName": "r",
                "order": i, "regionLevel": 1, "parentId": "0", "hasChildren": 0})
            })
            .collect();
        serde_json::json!({"error_code": 0, "result": {"total": 5_000_000, "list": list}})
            .to_string()
    };
    let (a, b) = (page("a"), page("b"));
    let count = n.clone();
    let server = serve(move |_: &Seen| {
        let i = count.fetch_add(1, Ordering::SeqCst);
        Reply::json(if i.is_multiple_of(2) {
            a.clone()
        } else {
            b.clone()
        })
    })
    .await;
    let c = client(server.url()).build().unwrap();
    let (r, took) = timed(c.stream(GetPagedRootRegions::new()).try_collect::<Vec<_>>()).await;
    let e = r.unwrap_err();
    assert!(
        matches!(e, Error::Core(client_core::Error::Pagination(_))),
        "{e:?}"
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
    // Detected on the first repeat, not after the page cap.
    assert!(
        n.load(Ordering::SeqCst) <= 16,
        "{} pages",
        n.load(Ordering::SeqCst)
    );
}

#[tokio::test]
async fn a_credential_answer_that_fails_to_decode_is_a_typed_error_without_the_secret() {
    const SECRET: &str = "HOSTILEtempSk41d0";
    let server = serve(|seen: &Seen| {
        if seen.path() == CRED_PATH {
            Reply::json(format!(
                r#"{{"error_code":0,"result":{{"tempAk":"a","tempSk":"{SECRET}","expireTime":"{SECRET}"}}}}"#
            ))
        } else {
            Reply::json(r#"{"error_code":0,"result":{}}"#)
        }
    })
    .await;
    let c = client(server.url())
        .temp_credentials(None, Duration::from_secs(60))
        .build()
        .unwrap();
    let (r, took) = timed(c.send(&GetApplicationOverview {})).await;
    let e = r.unwrap_err();
    match &e {
        Error::Credentials(inner) => assert!(
            matches!(**inner, Error::Core(client_core::Error::Decode { .. })),
            "{inner:?}"
        ),
        other => panic!("{other:?}"),
    }
    assert!(!format!("{e} {e:?}").contains(SECRET), "{e}");
    assert!(took < Duration::from_secs(5), "{took:?}");
    // Only the credential endpoint was called: nothing was signed with a broken key.
    assert!(server.seen().iter().all(|s| s.path() == CRED_PATH));
}
