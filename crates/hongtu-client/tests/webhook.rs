//! The callback receiver under issue 10 items 5 and 6: nothing is acknowledged that was
//! not delivered, no request waits without bound for a consumer, only the configured
//! path answers, the shared token is enforced, and half-sent requests and excess
//! connections are cut off (the shared serving of `client_core::webhook`).
#![cfg(feature = "webhook")]

use std::time::{Duration, Instant};

use client_core::reexports::reqwest;
use hongtu_client::callback::Callback;
use hongtu_client::webhook::{self, ChannelOptions, Delivery, WebhookOptions};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(20);
const PASS: &str = r#"{"busiType":"5","data":{"id":"r1","personName":"张三","passTime":"2020-04-15T17:16:20+08"}}"#;

fn loopback() -> std::net::SocketAddr {
    "127.0.0.1:0".parse().unwrap()
}

async fn post(http: &reqwest::Client, url: &str, body: &str) -> reqwest::Response {
    timeout(LIMIT, http.post(url).body(body.to_owned()).send())
        .await
        .expect("answered in bounded time")
        .expect("answered")
}

#[tokio::test]
async fn a_dropped_receiver_makes_the_box_retry_instead_of_acknowledging() {
    let (server, rx) = webhook::channel(loopback(), WebhookOptions::new("/hongtu"))
        .await
        .unwrap();
    let http = reqwest::Client::new();
    assert_eq!(post(&http, &server.url(), PASS).await.status(), 200);
    drop(rx);
    let resp = post(&http, &server.url(), PASS).await;
    assert_eq!(resp.status(), 503, "not delivered: the box must resend");
    assert!(resp.headers().get("retry-after").is_some());
    let body = resp.text().await.unwrap();
    assert!(!body.contains("成功"), "never acknowledged: {body}");
    server.shutdown().await;
}

#[tokio::test]
async fn a_consumer_that_stops_draining_gets_request_1025_answered_within_the_bound() {
    let wait = Duration::from_millis(300);
    let (server, mut rx) = webhook::channel_with(
        loopback(),
        WebhookOptions::new("/hongtu"),
        ChannelOptions::default().send_timeout(wait),
    )
    .await
    .unwrap();
    assert_eq!(ChannelOptions::default().capacity, 1024);
    let http = reqwest::Client::new();
    for i in 0..1024 {
        let resp = post(&http, &server.url(), PASS).await;
        assert_eq!(resp.status(), 200, "request {}", i + 1);
    }
    let started = Instant::now();
    let resp = post(&http, &server.url(), PASS).await;
    let elapsed = started.elapsed();
    assert_eq!(resp.status(), 503, "request 1025 is not acknowledged");
    assert!(resp.headers().get("retry-after").is_some());
    assert!(elapsed >= wait, "waited for room first: {elapsed:?}");
    assert!(elapsed < wait * 10, "bounded: {elapsed:?}");
    println!("request 1025 answered 503 after {elapsed:?} (send timeout {wait:?})");
    // Once the consumer drains, callbacks are acknowledged again.
    let mut drained = 0;
    while rx.try_recv().is_ok() {
        drained += 1;
    }
    assert_eq!(
        drained, 1024,
        "exactly the acknowledged callbacks were delivered"
    );
    assert_eq!(post(&http, &server.url(), PASS).await.status(), 200);
    server.shutdown().await;
}

#[tokio::test]
async fn a_handler_that_cannot_take_a_callback_makes_the_box_retry() {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Callback>(1);
    let server = webhook::serve(loopback(), WebhookOptions::new("/cb"), move |cb| {
        let tx = tx.clone();
        async move {
            if tx.try_send(cb).is_ok() {
                Delivery::Delivered
            } else {
                Delivery::NotDelivered
            }
        }
    })
    .await
    .unwrap();
    let http = reqwest::Client::new();
    assert_eq!(post(&http, &server.url(), PASS).await.status(), 200);
    assert_eq!(post(&http, &server.url(), PASS).await.status(), 503);
    assert!(rx.try_recv().is_ok());
    assert!(rx.try_recv().is_err(), "the refused one was not delivered");
    server.shutdown().await;
}

#[tokio::test]
async fn only_the_configured_path_answers() {
    let (server, mut rx) = webhook::channel(loopback(), WebhookOptions::new("/hooks/7f3c2a"))
        .await
        .unwrap();
    let http = reqwest::Client::new();
    let base = format!("http://{}", server.local_addr());
    for other in [
        "/",
        "/hooks",
        "/hooks/other",
        "/event/record/push",
        "/hooks/7f3c2a/x",
    ] {
        let resp = post(&http, &format!("{base}{other}"), PASS).await;
        assert_eq!(resp.status(), 404, "{other}");
    }
    assert!(rx.try_recv().is_err(), "nothing delivered from other paths");
    assert_eq!(post(&http, &server.url(), PASS).await.status(), 200);
    assert!(matches!(rx.try_recv(), Ok(Callback::Business(_))));
    server.shutdown().await;
}

#[tokio::test]
async fn the_shared_token_is_enforced() {
    let (server, mut rx) =
        webhook::channel(loopback(), WebhookOptions::new("/cb").token("tok-3f9a"))
            .await
            .unwrap();
    let http = reqwest::Client::new();
    let url = server.url();
    assert_eq!(post(&http, &url, PASS).await.status(), 401, "no token");
    assert_eq!(
        post(&http, &format!("{url}?token=wrong"), PASS)
            .await
            .status(),
        401,
        "wrong token"
    );
    let resp = timeout(
        LIMIT,
        http.post(&url)
            .header("X-Webhook-Token", "tok-3f9a-longer")
            .body(PASS)
            .send(),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(resp.status(), 401, "a longer token");
    assert!(
        rx.try_recv().is_err(),
        "nothing delivered without the token"
    );
    assert_eq!(
        post(&http, &format!("{url}?token=tok-3f9a"), PASS)
            .await
            .status(),
        200,
        "token in the query (what the box can send)"
    );
    let resp = timeout(
        LIMIT,
        http.post(&url)
            .header("X-Webhook-Token", "tok-3f9a")
            .body(PASS)
            .send(),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(resp.status(), 200, "token in the header");
    assert!(rx.try_recv().is_ok() && rx.try_recv().is_ok());
    server.shutdown().await;
}

/// Reads until the server closes the connection; returns what it sent and when.
async fn until_closed(stream: &mut TcpStream) -> (Vec<u8>, Duration) {
    let started = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        match timeout(LIMIT, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
            Err(_) => panic!("the connection stayed open for {LIMIT:?}"),
        }
    }
    (got, started.elapsed())
}

#[tokio::test]
async fn a_half_sent_request_is_cut_off() {
    let header_timeout = Duration::from_millis(300);
    let (server, _rx) = webhook::channel(
        loopback(),
        WebhookOptions::new("/cb").header_read_timeout(header_timeout),
    )
    .await
    .unwrap();
    let mut stream = TcpStream::connect(server.local_addr()).await.unwrap();
    stream
        .write_all(b"POST /cb HTTP/1.1\r\nHost: box\r\nContent-Type: application/json\r\n")
        .await
        .unwrap();
    let (_, elapsed) = until_closed(&mut stream).await;
    assert!(elapsed < Duration::from_secs(5), "cut off: {elapsed:?}");
    println!("half-sent request closed after {elapsed:?} (header timeout {header_timeout:?})");
    server.shutdown().await;
}

#[tokio::test]
async fn connections_beyond_the_cap_are_closed_at_once() {
    let cap = 4;
    let (server, _rx) = webhook::channel(
        loopback(),
        WebhookOptions::new("/cb")
            .max_connections(cap)
            .header_read_timeout(Duration::from_secs(30)),
    )
    .await
    .unwrap();
    let mut held = Vec::new();
    for _ in 0..cap {
        let mut s = TcpStream::connect(server.local_addr()).await.unwrap();
        s.write_all(b"POST /cb HTTP/1.1\r\n").await.unwrap();
        held.push(s);
    }
    // The accept loop takes connections in order: the first `cap` hold the permits.
    let mut closed = 0;
    for _ in 0..8 {
        let mut extra = TcpStream::connect(server.local_addr()).await.unwrap();
        let _ = extra.write_all(b"POST /cb HTTP/1.1\r\n").await;
        let (got, elapsed) = until_closed(&mut extra).await;
        assert!(got.is_empty(), "nothing served beyond the cap");
        assert!(
            elapsed < Duration::from_secs(5),
            "closed at once: {elapsed:?}"
        );
        closed += 1;
    }
    assert_eq!(closed, 8);
    // Freeing the held connections lets a real request through again.
    drop(held);
    let http = reqwest::Client::new();
    let mut status = 0;
    for _ in 0..50 {
        match timeout(LIMIT, http.post(server.url()).body(PASS).send()).await {
            Ok(Ok(resp)) => {
                status = resp.status().as_u16();
                break;
            }
            // The server may still count a dropped connection for a moment.
            _ => tokio::task::yield_now().await,
        }
    }
    assert_eq!(status, 200);
    server.shutdown().await;
}
