//! Issue 10 "hostile" suite for the Hongtu client: a raw loopback server misbehaving in
//! each mode — huge body, endless chunked body, silent, dripping, alternating pages, a
//! credential answer that fails to decode — and the client ends each call with a typed
//! error in bounded time and memory. Every loop is bounded; nothing sleeps to
//! synchronise.

mod support;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use hongtu_client::api::person::{PersonList, PersonQuery, UploadImage};
use hongtu_client::{Client, Error, ImageFile, RetryPolicy};
use support::raw_server::{self, peak_rss_kib, Reply};
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(60);
const GIB: u64 = 1024 * 1024 * 1024;

fn client(url: String) -> hongtu_client::ClientBuilder {
    Client::builder()
        .base_url(url)
        .credentials("appkey1", "s")
        .retry_policy(RetryPolicy::none())
}

fn is_too_large(e: &Error) -> bool {
    matches!(e, Error::Core(client_core::Error::BodyTooLarge { .. }))
}

fn is_timeout(e: &Error) -> bool {
    matches!(e, Error::Core(client_core::Error::Timeout { .. }))
}

#[tokio::test]
async fn a_1_gib_body_stops_at_the_cap_in_bounded_time_and_memory() {
    let server = raw_server::serve(|_| Reply::Huge { total: GIB }).await;
    let client = client(server.url()).build().unwrap();
    let before = peak_rss_kib();
    let started = Instant::now();
    let err = timeout(LIMIT, client.send(&PersonList::default()))
        .await
        .expect("bounded")
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(is_too_large(&err), "{err:?}");
    assert!(err.to_string().len() < 2048, "bounded message");
    let after = peak_rss_kib();
    if let (Some(b), Some(a)) = (before, after) {
        let growth_mib = (a.saturating_sub(b)) as f64 / 1024.0;
        println!(
            "1 GiB answer: BodyTooLarge after {elapsed:?}, peak RSS growth {growth_mib:.1} MiB"
        );
        // The cap is 16 MiB; the body may be held once plus buffers.
        assert!(growth_mib < 200.0, "peak RSS grew {growth_mib:.1} MiB");
    }
    assert!(elapsed < Duration::from_secs(30), "{elapsed:?}");
}

#[tokio::test]
async fn a_configured_cap_applies_to_uploads_too() {
    let server = raw_server::serve(|_| Reply::Huge { total: GIB }).await;
    let client = client(server.url())
        .max_response_bytes(64 * 1024)
        .build()
        .unwrap();
    let upload = UploadImage {
        file: ImageFile::new("a.jpg", vec![0xFF, 0xD8, 0xFF, 0xD9]),
    };
    let started = Instant::now();
    let err = timeout(LIMIT, client.upload(&upload))
        .await
        .expect("bounded")
        .unwrap_err();
    assert!(is_too_large(&err), "{err:?}");
    println!("upload: BodyTooLarge after {:?}", started.elapsed());
}

#[tokio::test]
async fn an_endless_chunked_body_stops_at_the_default_cap_in_bounded_memory() {
    // No Content-Length: the client reads until the default 16 MiB cap.
    let server = raw_server::serve(|_| Reply::Endless { max_bytes: GIB }).await;
    let client = client(server.url()).build().unwrap();
    let before = peak_rss_kib();
    let started = Instant::now();
    let err = timeout(LIMIT, client.send(&PersonList::default()))
        .await
        .expect("bounded")
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(is_too_large(&err), "{err:?}");
    if let (Some(b), Some(a)) = (before, peak_rss_kib()) {
        let growth_mib = (a.saturating_sub(b)) as f64 / 1024.0;
        println!(
            "endless chunked (1 GiB offered): BodyTooLarge after {elapsed:?}, peak RSS growth {growth_mib:.1} MiB"
        );
        assert!(growth_mib < 200.0, "peak RSS grew {growth_mib:.1} MiB");
    }
    assert!(elapsed < Duration::from_secs(30), "{elapsed:?}");
}

#[tokio::test]
async fn a_silent_server_times_out_in_bounded_time() {
    let server = raw_server::serve(|_| Reply::Silent {
        hold: Duration::from_secs(30),
    })
    .await;
    let client = client(server.url())
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = timeout(LIMIT, client.send(&PersonList::default()))
        .await
        .expect("bounded")
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(is_timeout(&err), "{err:?}");
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
    println!("silent: Timeout after {elapsed:?}");
}

#[tokio::test]
async fn a_dripping_server_times_out_in_bounded_time() {
    let server = raw_server::serve(|_| Reply::Drip {
        every: Duration::from_millis(50),
        bytes: 10_000,
    })
    .await;
    let client = client(server.url())
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = timeout(LIMIT, client.send(&PersonList::default()))
        .await
        .expect("bounded")
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(is_timeout(&err), "{err:?}");
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
    println!("drip: Timeout after {elapsed:?}");
}

#[tokio::test]
async fn a_server_alternating_two_pages_ends_the_stream() {
    let calls = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&calls);
    let server = raw_server::serve(move |_| {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        let tag = if n.is_multiple_of(2) { "A" } else { "B" };
        let list: Vec<_> = (0..20)
            .map(|i| serde_json::json!({"uuid": format!("{tag}{i}"), "name": "x"}))
            .collect();
        Reply::json(
            serde_json::json!({"code": 0, "data": {"pageNum": 1, "pageSize": 20, "total": 100_000_000, "list": list}})
                .to_string(),
        )
    })
    .await;
    let client = client(server.url()).build().unwrap();
    let mut stream = client.stream(PersonList::default());
    let mut items = 0u64;
    let mut ended = None;
    for _ in 0..10_000 {
        match timeout(LIMIT, stream.next()).await.expect("bounded") {
            Some(Ok(_)) => items += 1,
            Some(Err(e)) => {
                ended = Some(e);
                break;
            }
            None => break,
        }
    }
    let err = ended.expect("the stream ends with an error");
    assert!(
        matches!(err, Error::Core(client_core::Error::Pagination(_))),
        "{err:?}"
    );
    assert!(items <= 60, "{items} items streamed");
    println!(
        "alternating pages: stopped after {items} items, {} requests: {err}",
        calls.load(Ordering::SeqCst)
    );
}

#[tokio::test]
async fn a_credential_answer_that_fails_to_decode_keeps_no_secret() {
    const PASSWORD: &str = "door-pw-4471";
    let server = raw_server::serve(|_| {
        Reply::json(format!(
            r#"{{"code":0,"data":{{"uuid":"u1","password":"{PASSWORD}","name":{{"bad":1}}}}}}"#
        ))
    })
    .await;
    let client = client(server.url()).build().unwrap();
    let err = timeout(LIMIT, client.send(&PersonQuery { uuid: "u1".into() }))
        .await
        .expect("bounded")
        .unwrap_err();
    assert!(
        matches!(err, Error::Core(client_core::Error::Decode { .. })),
        "{err:?}"
    );
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains(PASSWORD), "{shown}");
    assert!(shown.contains(client_core::error::REDACTED_BODY), "{shown}");
}
