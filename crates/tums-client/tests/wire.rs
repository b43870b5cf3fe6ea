//! What the client puts on the wire, read from a raw loopback socket (no simulator, no
//! HTTP library on the server side), checked against the seed's 1.2.2.2 and 1.3.1 to
//! the letter: `POST`, the bare path, `Content-Type: application/json;charset=UTF-8`,
//! one `X-Authorization` header `Timestamp=<10 digits>,Nonce=<32>,AccessKey=…,
//! Signature=<64 hex>,TerminalId=<≤ 64>` in that order without spaces, signed over the
//! exact body bytes, `{}` for an endpoint without parameters.

use std::time::Duration;

use client_core::Endpoint;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tums_client::api::preview::RequestRelayUrl;
use tums_client::api::region::{AddRegion, DeleteAllRegion, GetPagedRootRegions};
use tums_client::Client;

const SK: &str = "wire-test-secret";

/// One captured HTTP/1.1 request.
#[derive(Debug)]
struct Captured {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Captured {
    fn header(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// Accepts one connection, reads one request, answers `answer` and returns the request.
async fn capture_one(listener: TcpListener, answer: &'static str) -> Captured {
    let (mut sock, _) = listener.accept().await.unwrap();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let header_end = loop {
        let n = sock.read(&mut chunk).await.unwrap();
        assert!(n > 0, "connection closed before the headers ended");
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
    };
    let head = String::from_utf8(buf[..header_end].to_vec()).unwrap();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next().unwrap().split(' ');
    let method = request_line.next().unwrap().to_owned();
    let target = request_line.next().unwrap().to_owned();
    let headers: Vec<(String, String)> = lines
        .map(|l| {
            let (n, v) = l.split_once(':').unwrap();
            (n.trim().to_owned(), v.trim().to_owned())
        })
        .collect();
    let len: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .map(|(_, v)| v.parse().unwrap())
        .unwrap_or(0);
    let mut body = buf[header_end + 4..].to_vec();
    while body.len() < len {
        let n = sock.read(&mut chunk).await.unwrap();
        assert!(n > 0, "connection closed inside the body");
        body.extend_from_slice(&chunk[..n]);
    }
    let response = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
        answer.len()
    );
    sock.write_all(response.as_bytes()).await.unwrap();
    sock.shutdown().await.ok();
    Captured {
        method,
        target,
        headers,
        body,
    }
}

/// Sends `req` with a client pointed at a raw socket and returns what arrived.
async fn send_and_capture<E>(req: E, answer: &'static str) -> Captured
where
    E: Endpoint + Send + Sync + 'static,
    E::Response: std::fmt::Debug,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(capture_one(listener, answer));
    let client = Client::builder()
        .base_url(format!("http://{addr}"))
        .credentials("wire-test-ak", SK)
        .retry_policy(client_core::RetryPolicy::none())
        .build()
        .unwrap();
    tokio::time::timeout(Duration::from_secs(30), async move {
        let sent = client.send(&req).await;
        let captured = server.await.unwrap();
        sent.unwrap();
        captured
    })
    .await
    .expect("timed out")
}

/// Checks the request against 1.2.2.2 and returns the parsed header fields in order.
fn check_signed(c: &Captured, path: &str) -> Vec<(String, String)> {
    assert_eq!(c.method, "POST");
    assert_eq!(c.header("content-type"), ["application/json;charset=UTF-8"]);
    let auth = c.header("x-authorization");
    assert_eq!(auth.len(), 1, "one X-Authorization header");
    let value = auth[0];
    assert!(!value.contains(' '), "no spaces: {value}");
    let fields: Vec<(String, String)> = value
        .split(',')
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap();
            (k.to_owned(), v.to_owned())
        })
        .collect();
    let names: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        names,
        ["Timestamp", "Nonce", "AccessKey", "Signature", "TerminalId"]
    );
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).unwrap().1.as_str();
    let ts = get("Timestamp");
    assert!(
        ts.len() == 10 && ts.bytes().all(|b| b.is_ascii_digit()),
        "{ts}"
    );
    let now = client_core::unix_seconds();
    assert!((now - ts.parse::<i64>().unwrap()).abs() < 60);
    let nonce = get("Nonce");
    assert_eq!(nonce.chars().count(), 32, "{nonce}");
    assert_eq!(get("AccessKey"), "wire-test-ak");
    let sig = get("Signature");
    assert!(
        sig.len() == 64
            && sig
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)),
        "lower-case hex: {sig}"
    );
    let terminal = get("TerminalId");
    assert!((1..=64).contains(&terminal.chars().count()), "{terminal}");
    // The signature covers exactly the bytes received, and the path without the query.
    assert!(auth_signing::tums::verify(
        &auth_signing::tums::TumsRequest {
            method: "POST",
            path,
            payload: &c.body,
        },
        SK,
        ts,
        sig,
    ));
    fields
}

#[tokio::test]
async fn a_request_with_parameters_is_signed_over_its_exact_body() {
    let c = send_and_capture(
        AddRegion::new("root1.2", "1").order(2),
        r#"{"error_code":0,"result":{"regionId":"13","regionLevel":2,"order":2}}"#,
    )
    .await;
    assert_eq!(c.target, AddRegion::PATH);
    check_signed(&c, AddRegion::PATH);
    let body: serde_json::Value = serde_json::from_slice(&c.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"regionName": "root1.2", "order": 2, "parentId": "1"})
    );
}

#[tokio::test]
async fn a_paged_listing_sends_only_documented_members() {
    let c = send_and_capture(
        GetPagedRootRegions::new(),
        r#"{"error_code":0,"result":{"total":0,"list":[]}}"#,
    )
    .await;
    check_signed(&c, GetPagedRootRegions::PATH);
    let body: serde_json::Value = serde_json::from_slice(&c.body).unwrap();
    // 1.4.2.8: start (from 0), limit [1, 50], needDevNum 0/1 — nothing else.
    assert_eq!(
        body,
        serde_json::json!({"start": 0, "limit": 50, "needDevNum": 0})
    );
}

#[tokio::test]
async fn an_endpoint_without_parameters_sends_an_empty_object() {
    let c = send_and_capture(DeleteAllRegion::default(), r#"{"error_code":0}"#).await;
    assert_eq!(c.target, DeleteAllRegion::PATH);
    assert_eq!(c.body, b"{}");
    // `{}` is also what an empty body would be signed as: both readings agree.
    check_signed(&c, DeleteAllRegion::PATH);
}

#[tokio::test]
async fn request_relay_url_puts_its_parameters_in_the_query_and_signs_the_bare_path() {
    let req = RequestRelayUrl::from_sdk_stream_url(
        "https://api-smbcloud.tplinkcloud.com.cn/vms/open/webServer/v1/requestRelayUrl?token=t-1&devInfoId=576620008413343087&clientUUID=c1&clientType=chrome111.0&streamType=video&resolution=2",
    )
    .unwrap();
    let c = send_and_capture(
        req,
        r#"{"error_code":0,"result":{"url":"https://relay/sdk/x/relayservice","cookie":"AWSELB=1","token":"t","relayVersion":"1.3"}}"#,
    )
    .await;
    let (path, query) = c.target.split_once('?').unwrap();
    assert_eq!(path, RequestRelayUrl::PATH);
    assert!(query.contains("devInfoId=576620008413343087"), "{query}");
    assert!(query.contains("streamType=video"), "{query}");
    assert_eq!(c.body, b"{}");
    check_signed(&c, RequestRelayUrl::PATH);
}

#[tokio::test]
async fn every_attempt_gets_a_fresh_nonce() {
    let mut nonces = std::collections::BTreeSet::new();
    for _ in 0..3 {
        let c = send_and_capture(
            GetPagedRootRegions::new(),
            r#"{"error_code":0,"result":{"total":0,"list":[]}}"#,
        )
        .await;
        let fields = check_signed(&c, GetPagedRootRegions::PATH);
        nonces.insert(fields[1].1.clone());
    }
    assert_eq!(nonces.len(), 3);
}
