//! The transport and the retry loop against a wiremock server on loopback.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use client_core::secret::sensitive_header;
use client_core::{
    retry, Error, RawRequest, RequestBody, RetryClass, RetryPolicy, Retryable, Secret, Transport,
    TransportConfig,
};
use http::{HeaderMap, Method, StatusCode};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Answers with a sequence of responses, then repeats the last one; records requests.
struct Sequence {
    responses: Vec<ResponseTemplate>,
    seen: Arc<Mutex<Vec<Request>>>,
}

impl Respond for Sequence {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let mut seen = self.seen.lock().unwrap();
        seen.push(request.clone());
        let i = (seen.len() - 1).min(self.responses.len() - 1);
        self.responses[i].clone()
    }
}

async fn server_with(responses: Vec<ResponseTemplate>) -> (MockServer, Arc<Mutex<Vec<Request>>>) {
    let server = MockServer::start().await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    Mock::given(method("POST"))
        .and(path("/api/thing"))
        .respond_with(Sequence {
            responses,
            seen: seen.clone(),
        })
        .mount(&server)
        .await;
    (server, seen)
}

fn transport(server: &MockServer, timeout: Duration) -> Transport {
    let mut cfg = TransportConfig::parse(&server.uri()).unwrap();
    cfg.timeout = timeout;
    Transport::new(&cfg).unwrap()
}

/// One signed attempt: a fresh nonce per call, as a platform client does.
async fn signed_attempt(
    t: &Transport,
    body: &'static [u8],
    nonce_counter: &AtomicUsize,
) -> Result<String, Error> {
    let n = nonce_counter.fetch_add(1, Ordering::SeqCst);
    let mut headers = HeaderMap::new();
    headers.insert("x-nonce", sensitive_header(format!("nonce-{n}")).unwrap());
    let mut req = RawRequest::new(Method::POST, "/api/thing");
    req.headers = headers;
    req.body = RequestBody::Json(bytes::Bytes::from_static(body));
    let resp = t.send(req).await?.error_for_status()?;
    Ok(String::from_utf8_lossy(&resp.body).into_owned())
}

#[tokio::test]
async fn retry_signs_every_attempt_afresh_over_the_same_body() {
    let (server, seen) = server_with(vec![
        ResponseTemplate::new(503),
        ResponseTemplate::new(503),
        ResponseTemplate::new(200).set_body_string("ok"),
    ])
    .await;
    let t = transport(&server, Duration::from_secs(5));
    let counter = AtomicUsize::new(0);
    let out = retry(&RetryPolicy::fast(5), false, || {
        signed_attempt(&t, br#"{"a":1}"#, &counter)
    })
    .await
    .unwrap();
    assert_eq!(out, "ok");
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 3);
    let nonces: Vec<_> = seen
        .iter()
        .map(|r| {
            r.headers
                .get("x-nonce")
                .unwrap()
                .to_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        nonces,
        vec!["nonce-0", "nonce-1", "nonce-2"],
        "a new signature on every attempt"
    );
    assert!(
        seen.iter().all(|r| r.body == br#"{"a":1}"#),
        "the same bytes every time"
    );
}

#[tokio::test]
async fn non_idempotent_request_is_not_retried_after_a_500() {
    let (server, seen) =
        server_with(vec![ResponseTemplate::new(500), ResponseTemplate::new(200)]).await;
    let t = transport(&server, Duration::from_secs(5));
    let counter = AtomicUsize::new(0);
    let err = retry(&RetryPolicy::fast(5), false, || {
        signed_attempt(&t, b"{}", &counter)
    })
    .await
    .unwrap_err();
    assert!(matches!(
        err,
        Error::Http {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            ..
        }
    ));
    assert_eq!(
        seen.lock().unwrap().len(),
        1,
        "a write that may have been processed is not repeated"
    );
}

#[tokio::test]
async fn idempotent_request_is_retried_after_a_500_until_attempts_run_out() {
    let (server, seen) = server_with(vec![ResponseTemplate::new(500)]).await;
    let t = transport(&server, Duration::from_secs(5));
    let counter = AtomicUsize::new(0);
    let err = retry(&RetryPolicy::fast(2), true, || {
        signed_attempt(&t, b"{}", &counter)
    })
    .await
    .unwrap_err();
    assert!(matches!(err, Error::Http { .. }));
    assert_eq!(seen.lock().unwrap().len(), 3, "1 attempt + 2 retries");
}

#[tokio::test]
async fn opt_in_retries_writes() {
    let (server, seen) =
        server_with(vec![ResponseTemplate::new(500), ResponseTemplate::new(200)]).await;
    let t = transport(&server, Duration::from_secs(5));
    let counter = AtomicUsize::new(0);
    let policy = RetryPolicy {
        retry_non_idempotent: true,
        ..RetryPolicy::fast(3)
    };
    retry(&policy, false, || signed_attempt(&t, b"{}", &counter))
        .await
        .unwrap();
    assert_eq!(seen.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn client_errors_are_never_retried() {
    let (server, seen) = server_with(vec![ResponseTemplate::new(400)]).await;
    let t = transport(&server, Duration::from_secs(5));
    let counter = AtomicUsize::new(0);
    let err = retry(&RetryPolicy::fast(5), true, || {
        signed_attempt(&t, b"{}", &counter)
    })
    .await
    .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::BAD_REQUEST));
    assert!(!err.is_retryable());
    assert_eq!(seen.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn rate_limited_429_carries_retry_after_and_is_retried_even_for_writes() {
    let (server, seen) = server_with(vec![
        ResponseTemplate::new(429).insert_header("Retry-After", "0"),
        ResponseTemplate::new(200).set_body_string("ok"),
    ])
    .await;
    let t = transport(&server, Duration::from_secs(5));
    let counter = AtomicUsize::new(0);
    let out = retry(&RetryPolicy::fast(3), false, || {
        signed_attempt(&t, b"{}", &counter)
    })
    .await
    .unwrap();
    assert_eq!(out, "ok");
    assert_eq!(seen.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn connect_failure_is_retryable_for_any_request() {
    // Bind then drop a listener: the port is closed, so connecting fails fast.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let cfg = TransportConfig::parse(&format!("http://127.0.0.1:{port}")).unwrap();
    let t = Transport::new(&cfg).unwrap();
    let err = t
        .send(RawRequest::new(Method::POST, "/x"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { connect: true, .. }),
        "{err:?}"
    );
    assert_eq!(err.retry_class(), RetryClass::Always);
}

#[tokio::test]
async fn timeout_is_typed_and_bounded() {
    let (server, _) = server_with(vec![
        ResponseTemplate::new(200).set_delay(Duration::from_secs(10))
    ])
    .await;
    let t = transport(&server, Duration::from_millis(200));
    let counter = AtomicUsize::new(0);
    let started = std::time::Instant::now();
    let err = signed_attempt(&t, b"{}", &counter).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(err.retry_class(), RetryClass::IfIdempotent);
}

#[tokio::test]
async fn html_error_page_survives_as_a_bounded_excerpt() {
    let html = format!(
        "<html><body><h1>504 Gateway Time-out</h1>{}</body></html>",
        "x".repeat(5000)
    );
    let (server, _) = server_with(vec![ResponseTemplate::new(504).set_body_string(html)]).await;
    let t = transport(&server, Duration::from_secs(5));
    let counter = AtomicUsize::new(0);
    let err = signed_attempt(&t, b"{}", &counter).await.unwrap_err();
    match &err {
        Error::Http {
            status,
            excerpt,
            path,
        } => {
            assert_eq!(*status, StatusCode::GATEWAY_TIMEOUT);
            assert!(excerpt.contains("504 Gateway Time-out"));
            assert!(excerpt.chars().count() <= client_core::error::EXCERPT_LEN + 1);
            assert_eq!(path, "/api/thing");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn decode_error_names_the_path_and_shows_an_excerpt() {
    let (server, _) = server_with(vec![
        ResponseTemplate::new(200).set_body_string("not json at all")
    ])
    .await;
    let t = transport(&server, Duration::from_secs(5));
    let resp = t
        .send(RawRequest::new(Method::POST, "/api/thing"))
        .await
        .unwrap();
    let err = resp.json::<serde_json::Value>().unwrap_err();
    let text = err.to_string();
    assert!(text.contains("/api/thing"), "{text}");
    assert!(text.contains("not json at all"), "{text}");
}

#[tokio::test]
async fn base_url_path_prefix_is_kept_and_query_is_sent() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/prefix/api/v1/DevList"))
        .and(wiremock::matchers::query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_string("[]"))
        .expect(1)
        .mount(&server)
        .await;
    let cfg = TransportConfig::parse(&format!("{}/prefix/", server.uri())).unwrap();
    let t = Transport::new(&cfg).unwrap();
    let mut req = RawRequest::new(Method::GET, "/api/v1/DevList");
    req.query = Some("page=2".into());
    let resp = t.send(req).await.unwrap().error_for_status().unwrap();
    assert_eq!(&resp.body[..], b"[]");
}

#[test]
fn bad_base_urls_are_config_errors() {
    assert!(matches!(
        TransportConfig::parse("not a url"),
        Err(Error::Config(_))
    ));
    assert!(matches!(
        TransportConfig::parse("ftp://x"),
        Err(Error::Config(_))
    ));
}

/// A platform-style error with a vendor "busy" code.
#[derive(Debug)]
struct Busy;
impl std::fmt::Display for Busy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("busy")
    }
}
impl Retryable for Busy {
    fn retry_class(&self) -> RetryClass {
        RetryClass::Always
    }
}

#[tokio::test]
async fn vendor_busy_codes_are_retried_even_for_writes() {
    let attempts = AtomicUsize::new(0);
    let out = retry(&RetryPolicy::fast(3), false, || async {
        if attempts.fetch_add(1, Ordering::SeqCst) < 2 {
            Err(Busy)
        } else {
            Ok(7)
        }
    })
    .await;
    assert_eq!(out.unwrap(), 7);
    assert_eq!(attempts.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn retry_total_delay_is_bounded() {
    let policy = RetryPolicy {
        max_retries: 1000,
        min_delay: Duration::from_millis(20),
        max_delay: Duration::from_millis(20),
        max_total_delay: Duration::from_millis(100),
        jitter: false,
        retry_non_idempotent: false,
    };
    let attempts = AtomicUsize::new(0);
    let started = std::time::Instant::now();
    let _ = retry(&policy, true, || async {
        attempts.fetch_add(1, Ordering::SeqCst);
        Err::<(), _>(Busy)
    })
    .await;
    assert!(
        attempts.load(Ordering::SeqCst) < 20,
        "bounded by total delay, not by max_retries"
    );
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn secret_does_not_leak_through_debug_display_or_headers() {
    let s = Secret::new("top-secret-value");
    assert!(!format!("{s:?}").contains("top-secret"));
    assert!(!format!("{s}").contains("top-secret"));
    assert!(!format!("{:?}", Some(&s)).contains("top-secret"));
    let h = sensitive_header("top-secret-value").unwrap();
    assert!(h.is_sensitive());
    assert!(!format!("{h:?}").contains("top-secret"));
    let parsed: Secret = serde_json::from_str("\"abc\"").unwrap();
    assert_eq!(parsed.expose(), "abc");
}

/// A `tracing` writer that keeps everything written, so tests can search it.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn tracing_output_has_the_span_fields_but_never_a_secret() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let (server, _) = server_with(vec![ResponseTemplate::new(200).set_body_string("{}")]).await;
    let t = transport(&server, Duration::from_secs(5));
    let secret = Secret::new("sk-very-secret-123");
    let mut req = RawRequest::new(Method::POST, "/api/thing");
    req.headers
        .insert("authorization", sensitive_header(secret.expose()).unwrap());
    req.body = RequestBody::Json(bytes::Bytes::from_static(b"{}"));
    t.send(req).await.unwrap();
    tracing::info!(secret = ?secret, "logging a secret by mistake");

    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(text.contains("/api/thing"), "span has the path: {text}");
    assert!(text.contains("POST"), "span has the method: {text}");
    assert!(
        !text.contains("sk-very-secret-123"),
        "secret leaked: {text}"
    );
    assert!(text.contains("REDACTED"));
}

#[tokio::test]
async fn json_content_type_is_configurable_and_an_explicit_header_wins() {
    let server = MockServer::start().await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    Mock::given(method("POST"))
        .respond_with(Sequence {
            responses: vec![ResponseTemplate::new(200)],
            seen: seen.clone(),
        })
        .mount(&server)
        .await;
    let mut cfg = TransportConfig::parse(&server.uri()).unwrap();
    let default = Transport::new(&cfg).unwrap();
    cfg.json_content_type = "application/json".into();
    let plain = Transport::new(&cfg).unwrap();
    let json = |t: &Transport| {
        let mut req = RawRequest::new(Method::POST, "/a");
        req.body = RequestBody::Json(bytes::Bytes::from_static(b"{}"));
        let t = t.clone();
        async move { t.send(req).await.unwrap() }
    };
    json(&default).await;
    json(&plain).await;
    let mut req = RawRequest::new(Method::POST, "/a");
    req.headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/plain"),
    );
    req.body = RequestBody::Json(bytes::Bytes::from_static(b"{}"));
    plain.send(req).await.unwrap();
    let types: Vec<Vec<String>> = seen
        .lock()
        .unwrap()
        .iter()
        .map(|r| {
            r.headers
                .get_all("content-type")
                .iter()
                .map(|v| v.to_str().unwrap().to_owned())
                .collect()
        })
        .collect();
    assert_eq!(
        types,
        vec![
            vec!["application/json;charset=UTF-8".to_owned()],
            vec!["application/json".to_owned()],
            vec!["text/plain".to_owned()],
        ]
    );
    cfg.json_content_type = "bad\nvalue".into();
    assert!(matches!(Transport::new(&cfg), Err(Error::Config(_))));
}
