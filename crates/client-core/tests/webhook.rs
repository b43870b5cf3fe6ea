//! The shared webhook serving: path, token, allow-list, connection cap, header-read
//! timeout and body limit, against raw loopback sockets.
#![cfg(feature = "webhook")]

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use client_core::webhook::{serve, WebhookOptions};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn start(options: WebhookOptions) -> (SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let app = axum::Router::new().route(
        &options.path,
        axum::routing::post(|body: axum::body::Bytes| async move { format!("got {}", body.len()) }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(serve(listener, app, options, async move {
        let _ = rx.await;
    }));
    (addr, tx)
}

async fn post(addr: SocketAddr, target: &str, headers: &str, body: &str) -> String {
    let mut s = TcpStream::connect(addr).await.unwrap();
    let req = format!(
        "POST {target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-length: {}\r\n{headers}\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).await.unwrap();
    let mut out = String::new();
    tokio::time::timeout(Duration::from_secs(5), s.read_to_string(&mut out))
        .await
        .expect("answered in time")
        .unwrap();
    out
}

/// Reads until the server closes; `true` when it closed within `within`.
async fn closed_within(s: &mut TcpStream, within: Duration) -> bool {
    let mut buf = [0u8; 1024];
    let deadline = Instant::now() + within;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, s.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            Ok(Ok(_)) => continue,
            Err(_) => return false,
        }
    }
}

#[tokio::test]
async fn path_and_token_are_enforced() {
    let (addr, _stop) = start(WebhookOptions::new("/hooks/secret-path").token("t0k3n")).await;
    assert!(post(addr, "/hooks/secret-path", "", "{}")
        .await
        .starts_with("HTTP/1.1 401"));
    assert!(post(addr, "/hooks/secret-path?token=wrong", "", "{}")
        .await
        .starts_with("HTTP/1.1 401"));
    let ok = post(addr, "/hooks/secret-path?token=t0k3n", "", "{}").await;
    assert!(
        ok.starts_with("HTTP/1.1 200") && ok.ends_with("got 2"),
        "{ok}"
    );
    let ok = post(
        addr,
        "/hooks/secret-path",
        "x-webhook-token: t0k3n\r\n",
        "{}",
    )
    .await;
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    assert!(post(addr, "/other?token=t0k3n", "", "{}")
        .await
        .starts_with("HTTP/1.1 404"));
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused() {
    let (addr, _stop) = start(WebhookOptions::new("/h").max_body_bytes(100)).await;
    let big = "x".repeat(1000);
    assert!(post(addr, "/h", "", &big).await.starts_with("HTTP/1.1 413"));
}

#[tokio::test]
async fn half_sent_headers_are_cut_off_and_connections_are_capped() {
    let options = WebhookOptions::new("/h")
        .max_connections(4)
        .header_read_timeout(Duration::from_millis(1500));
    let (addr, _stop) = start(options).await;
    // Four clients that send half a request and then nothing.
    let mut slow = Vec::new();
    for _ in 0..4 {
        let mut s = TcpStream::connect(addr).await.unwrap();
        s.write_all(b"POST /h HTTP/1.1\r\nhost: x\r\n")
            .await
            .unwrap();
        slow.push(s);
    }
    // A fifth connection over the cap is closed at once (wait until the four are
    // being served: the server accepts in order).
    let mut extra = TcpStream::connect(addr).await.unwrap();
    assert!(
        closed_within(&mut extra, Duration::from_secs(3)).await,
        "over the cap"
    );
    // The half-sent ones are cut off by the header-read timeout, not kept for ever.
    let started = Instant::now();
    for s in &mut slow {
        assert!(
            closed_within(s, Duration::from_secs(5)).await,
            "header timeout"
        );
    }
    assert!(started.elapsed() < Duration::from_secs(5));
    // Afterwards the server serves normally again.
    assert!(post(addr, "/h", "", "{}").await.starts_with("HTTP/1.1 200"));
}

#[tokio::test]
async fn sources_outside_the_allow_list_are_closed_before_reading() {
    let options = WebhookOptions::new("/h").allow(["10.9.8.7".parse().unwrap()]);
    let (addr, _stop) = start(options).await;
    let mut s = TcpStream::connect(addr).await.unwrap();
    let _ = s
        .write_all(b"POST /h HTTP/1.1\r\nhost: x\r\ncontent-length: 0\r\n\r\n")
        .await;
    assert!(closed_within(&mut s, Duration::from_secs(3)).await);
}
