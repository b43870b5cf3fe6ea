//! The one pipeline, driven by a small test platform against wiremock on loopback:
//! order of checks, Retry-After, the operation timeout across retries, recovery,
//! fresh signatures per attempt, and redaction of credential answers.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use client_core::envelope::{Envelope, EnvelopeKeys};
use client_core::transport::RawRequest;
use client_core::{
    ApiError, ClientOptions, Endpoint, Error, Pipeline, Platform, Prepared, Recovery, ResponseMeta,
    RetryClass, RetryPolicy, Retryable, VendorCode,
};
use http::StatusCode;
use serde::Serialize;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Code(i64);

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl VendorCode for Code {
    const PLATFORM: &'static str = "Test";
    fn from_code(code: i64) -> Self {
        Code(code)
    }
    fn code(&self) -> i64 {
        self.0
    }
    fn retry_class(&self) -> RetryClass {
        if self.0 == 7 {
            RetryClass::Always // "busy"
        } else {
            RetryClass::Never
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum TestError {
    #[error(transparent)]
    Core(#[from] Error),
    #[error(transparent)]
    Api(#[from] ApiError<Code>),
}

impl Retryable for TestError {
    fn retry_class(&self) -> RetryClass {
        match self {
            TestError::Core(e) => e.retry_class(),
            TestError::Api(e) => e.retry_class(),
        }
    }
    fn retry_after(&self) -> Option<Duration> {
        match self {
            TestError::Core(e) => e.retry_after(),
            TestError::Api(_) => None,
        }
    }
}

/// Signs with a counter (so each attempt is visibly fresh); "re-logs in" after code
/// 401 by bumping the token generation.
#[derive(Default)]
struct TestPlatform {
    signed: AtomicU32,
    token_generation: AtomicU32,
    recoveries: AtomicU32,
}

impl Platform for TestPlatform {
    type Code = Code;
    type Error = TestError;
    type Credentials = u32;
    const NAME: &'static str = "test";
    const ENVELOPE: EnvelopeKeys = EnvelopeKeys::new(&["code"], &["msg"], &["data"]);

    async fn credentials(
        &self,
        _pipeline: &Pipeline<Self>,
        _req: &Prepared,
    ) -> Result<u32, TestError> {
        Ok(self.token_generation.load(Ordering::SeqCst))
    }

    fn sign(&self, _req: &Prepared, creds: &u32, out: &mut RawRequest) -> Result<(), TestError> {
        let n = self.signed.fetch_add(1, Ordering::SeqCst);
        out.headers.insert("x-sig", n.into());
        out.headers.insert("x-token", (*creds).into());
        Ok(())
    }

    async fn recover(
        &self,
        _pipeline: &Pipeline<Self>,
        _req: &Prepared,
        _creds: &u32,
        error: &TestError,
        _response: Option<&ResponseMeta>,
    ) -> Recovery {
        if matches!(error, TestError::Api(e) if e.code == Code(401)) {
            self.recoveries.fetch_add(1, Ordering::SeqCst);
            self.token_generation.fetch_add(1, Ordering::SeqCst);
            return Recovery::RetryNow;
        }
        Recovery::Fail
    }
}

#[derive(Debug, Serialize)]
struct Get;

impl Endpoint for Get {
    type Response = Vec<u32>;
    const METHOD: http::Method = http::Method::POST;
    const PATH: &'static str = "/get";
    const IDEMPOTENT: bool = true;
}

#[derive(Debug, Serialize)]
struct Login;

impl Endpoint for Login {
    type Response = Vec<u32>;
    const METHOD: http::Method = http::Method::POST;
    const PATH: &'static str = "/login";
    const SENSITIVE_RESPONSE: bool = true;
}

/// Answers a sequence of responses (then repeats the last), recording requests.
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

async fn mock(p: &str, responses: Vec<ResponseTemplate>) -> (MockServer, Arc<Mutex<Vec<Request>>>) {
    let server = MockServer::start().await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    Mock::given(method("POST"))
        .and(path(p))
        .respond_with(Sequence {
            responses,
            seen: seen.clone(),
        })
        .mount(&server)
        .await;
    (server, seen)
}

fn with_options(f: impl FnOnce(&mut ClientOptions)) -> ClientOptions {
    let mut o = ClientOptions::default();
    f(&mut o);
    o
}

fn pipeline(uri: &str, options: ClientOptions) -> Pipeline<TestPlatform> {
    let mut options = options;
    options.base_url = Some(uri.to_owned());
    Pipeline::new(
        TestPlatform::default(),
        &options,
        None,
        "application/json",
        None,
    )
    .unwrap()
}

fn json(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), "application/json")
}

#[tokio::test]
async fn success_decodes_the_payload_and_signs_once() {
    let (server, seen) = mock("/get", vec![json(200, r#"{"code":0,"data":[1,2]}"#)]).await;
    let p = pipeline(&server.uri(), ClientOptions::default());
    assert_eq!(p.send(&Get).await.unwrap(), vec![1, 2]);
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].headers["x-sig"], "0");
    assert_eq!(seen[0].body, b"null");
}

#[tokio::test]
async fn vendor_code_wins_over_the_http_status_and_carries_path_status_and_message() {
    let (server, _) = mock("/get", vec![json(500, r#"{"code":12,"msg":"bad thing"}"#)]).await;
    let p = pipeline(&server.uri(), ClientOptions::default());
    let e = p.send(&Get).await.unwrap_err();
    match &e {
        TestError::Api(api) => {
            assert_eq!(api.code, Code(12));
            assert_eq!(api.path, "/get");
            assert_eq!(api.status, StatusCode::INTERNAL_SERVER_ERROR);
            assert_eq!(api.message.as_deref(), Some("bad thing"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(e.to_string(), "Test error 12 on /get (HTTP 500): bad thing");
}

#[tokio::test]
async fn a_non_json_error_page_is_an_http_error_and_a_non_json_200_a_decode_error() {
    let (server, _) = mock("/get", vec![json(502, "<html>bad gateway</html>")]).await;
    let p = pipeline(
        &server.uri(),
        with_options(|o| {
            o.retry = RetryPolicy::none();
        }),
    );
    match p.send(&Get).await.unwrap_err() {
        TestError::Core(Error::Http {
            status, excerpt, ..
        }) => {
            assert_eq!(status, StatusCode::BAD_GATEWAY);
            assert!(excerpt.contains("bad gateway"));
        }
        other => panic!("{other:?}"),
    }
    let (server, _) = mock("/get", vec![json(200, "<html>portal</html>")]).await;
    let p = pipeline(&server.uri(), ClientOptions::default());
    assert!(matches!(
        p.send(&Get).await.unwrap_err(),
        TestError::Core(Error::Decode { .. })
    ));
    // A success envelope without its code member is not taken as success.
    let (server, _) = mock("/get", vec![json(200, r#"{"data":[1]}"#)]).await;
    let p = pipeline(&server.uri(), ClientOptions::default());
    assert!(matches!(
        p.send(&Get).await.unwrap_err(),
        TestError::Core(Error::Decode { .. })
    ));
}

#[tokio::test]
async fn retry_after_is_honoured_and_each_attempt_is_signed_afresh() {
    let (server, seen) = mock(
        "/get",
        vec![
            ResponseTemplate::new(429).insert_header("Retry-After", "1"),
            json(200, r#"{"code":0,"data":[5]}"#),
        ],
    )
    .await;
    let p = pipeline(
        &server.uri(),
        with_options(|o| {
            o.retry = RetryPolicy::fast(2);
        }),
    );
    let started = Instant::now();
    assert_eq!(p.send(&Get).await.unwrap(), vec![5]);
    // The fast policy would wait ≤ 10 ms; the server asked for 1 s.
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "{:?}",
        started.elapsed()
    );
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 2);
    assert_ne!(seen[0].headers["x-sig"], seen[1].headers["x-sig"]);
}

#[tokio::test]
async fn a_429_without_retries_reports_its_retry_after() {
    let (server, _) = mock(
        "/get",
        vec![ResponseTemplate::new(429).insert_header("Retry-After", "30")],
    )
    .await;
    let p = pipeline(
        &server.uri(),
        with_options(|o| {
            o.retry = RetryPolicy::none();
        }),
    );
    match p.send(&Get).await.unwrap_err() {
        TestError::Core(Error::RateLimited { retry_after, .. }) => {
            assert_eq!(retry_after, Some(Duration::from_secs(30)));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn the_operation_timeout_bounds_the_whole_call_across_retries() {
    // Every attempt answers after 300 ms with a retryable 503; each attempt alone is
    // within its own 5 s timeout, but the operation is bounded to 1 s in total.
    let slow = ResponseTemplate::new(503).set_delay(Duration::from_millis(300));
    let (server, seen) = mock("/get", vec![slow]).await;
    let p = pipeline(
        &server.uri(),
        with_options(|o| {
            o.timeout = Duration::from_secs(5);
            o.operation_timeout = Some(Duration::from_secs(1));
            o.retry = RetryPolicy {
                max_retries: 50,
                min_delay: Duration::from_millis(1),
                max_delay: Duration::from_millis(5),
                max_total_delay: Duration::from_secs(60),
                jitter: false,
                retry_non_idempotent: false,
            };
        }),
    );
    let started = Instant::now();
    let e = p.send(&Get).await.unwrap_err();
    let elapsed = started.elapsed();
    match &e {
        TestError::Core(Error::Timeout {
            after,
            attempts,
            path,
        }) => {
            assert_eq!(*after, Duration::from_secs(1));
            assert_eq!(path, "/get");
            assert!((2..=5).contains(attempts), "attempts {attempts}");
        }
        other => panic!("{other:?}"),
    }
    assert!(e.to_string().contains("attempt(s) made"), "{e}");
    assert!(
        elapsed >= Duration::from_millis(950) && elapsed < Duration::from_secs(3),
        "{elapsed:?}"
    );
    assert!(seen.lock().unwrap().len() >= 2);
}

#[tokio::test]
async fn a_vendor_busy_code_is_retried_and_other_codes_are_not() {
    let (server, seen) = mock(
        "/get",
        vec![
            json(200, r#"{"code":7}"#),
            json(200, r#"{"code":0,"data":[]}"#),
        ],
    )
    .await;
    let p = pipeline(
        &server.uri(),
        with_options(|o| {
            o.retry = RetryPolicy::fast(3);
        }),
    );
    assert_eq!(p.send(&Get).await.unwrap(), Vec::<u32>::new());
    assert_eq!(seen.lock().unwrap().len(), 2);

    let (server, seen) = mock("/get", vec![json(200, r#"{"code":8}"#)]).await;
    let p = pipeline(
        &server.uri(),
        with_options(|o| {
            o.retry = RetryPolicy::fast(3);
        }),
    );
    assert!(p.send(&Get).await.is_err());
    assert_eq!(seen.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn recovery_repeats_the_attempt_once_with_new_credentials() {
    let (server, seen) = mock(
        "/get",
        vec![
            json(200, r#"{"code":401}"#),
            json(200, r#"{"code":0,"data":[9]}"#),
        ],
    )
    .await;
    let p = pipeline(&server.uri(), ClientOptions::default());
    assert_eq!(p.send(&Get).await.unwrap(), vec![9]);
    {
        let seen = seen.lock().unwrap();
        assert_eq!(seen[0].headers["x-token"], "0");
        assert_eq!(seen[1].headers["x-token"], "1");
    }
    assert_eq!(p.platform().recoveries.load(Ordering::SeqCst), 1);

    // A second rejection is not recovered again: no loop.
    let (server, seen) = mock("/get", vec![json(200, r#"{"code":401}"#)]).await;
    let p = pipeline(&server.uri(), ClientOptions::default());
    assert!(p.send(&Get).await.is_err());
    assert_eq!(seen.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn credential_answers_never_leave_an_excerpt() {
    let secret = "tok-0123456789-SECRET";
    let body = format!(r#"{{"code":0,"data":{{"token":"{secret}"}}}}"#);
    let (server, _) = mock("/login", vec![json(200, &body)]).await;
    let p = pipeline(&server.uri(), ClientOptions::default());
    let e = p.send(&Login).await.unwrap_err();
    let shown = format!("{e} {e:?}");
    assert!(!shown.contains(secret), "{shown}");
    assert!(shown.contains("body not kept"), "{shown}");
}

#[tokio::test]
async fn execute_raw_returns_the_envelope_whatever_its_code() {
    let (server, _) = mock("/get", vec![json(200, r#"{"code":99,"msg":"m"}"#)]).await;
    let p = pipeline(&server.uri(), ClientOptions::default());
    let req = Prepared::from_endpoint(&Get).unwrap();
    let resp = p.execute_raw(&req).await.unwrap();
    let env = Envelope::parse(&resp.body, &TestPlatform::ENVELOPE).unwrap();
    assert_eq!(env.code, Some(99));
}

#[tokio::test]
async fn bad_tls_options_are_config_errors() {
    let options = with_options(|o| {
        o.base_url = Some("https://127.0.0.1:1".into());
        o.root_certificates_pem = vec![b"not a pem".to_vec()];
    });
    let e = Pipeline::new(
        TestPlatform::default(),
        &options,
        None,
        "application/json",
        None,
    )
    .unwrap_err();
    assert!(matches!(e, Error::Config(_)), "{e:?}");
    let options = with_options(|o| {
        o.proxy = Some("::not a url::".into());
    });
    let e = Pipeline::new(
        TestPlatform::default(),
        &options,
        Some("http://127.0.0.1:1"),
        "application/json",
        None,
    )
    .unwrap_err();
    assert!(e.to_string().contains("proxy"), "{e}");
    // No base URL and no default names the platform.
    let e = Pipeline::new(
        TestPlatform::default(),
        &ClientOptions::default(),
        None,
        "application/json",
        None,
    )
    .unwrap_err();
    assert!(e.to_string().contains("test base URL"), "{e}");
}

#[tokio::test]
async fn a_body_over_the_limit_stops_the_read_with_a_typed_error() {
    // Declared length over the limit.
    let big = format!(r#"{{"code":0,"data":[{}]}}"#, vec!["1"; 200_000].join(","));
    let (server, _) = mock("/get", vec![json(200, &big)]).await;
    let p = pipeline(
        &server.uri(),
        with_options(|o| {
            o.max_response_bytes = 64 * 1024;
        }),
    );
    match p.send(&Get).await.unwrap_err() {
        TestError::Core(Error::BodyTooLarge { limit, path }) => {
            assert_eq!((limit, path.as_str()), (64 * 1024, "/get"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn an_endless_chunked_body_is_cut_at_the_limit() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let sent = Arc::new(AtomicU32::new(0));
    let counter = sent.clone();
    tokio::spawn(async move {
        let (mut sock, _) = listener.accept().await.unwrap();
        let mut buf = [0u8; 4096];
        let _ = sock.read(&mut buf).await;
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
        if sock.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let chunk = format!("{:x}\r\n{}\r\n", 8192, "9".repeat(8192));
        // Bounded: at most 64 MiB, far more than the limit; stops when the client
        // hangs up.
        for _ in 0..8192 {
            if sock.write_all(chunk.as_bytes()).await.is_err() {
                return;
            }
            counter.fetch_add(1, Ordering::SeqCst);
        }
    });
    let p = pipeline(
        &format!("http://{addr}"),
        with_options(|o| {
            o.max_response_bytes = 1024 * 1024;
            o.retry = RetryPolicy::none();
        }),
    );
    let started = Instant::now();
    let e = tokio::time::timeout(Duration::from_secs(20), p.send(&Get))
        .await
        .expect("bounded time")
        .unwrap_err();
    assert!(
        matches!(e, TestError::Core(Error::BodyTooLarge { .. })),
        "{e:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    // The client stopped reading near the limit: the server could not push the
    // whole 64 MiB (socket buffers hold a few MiB at most).
    assert!(
        sent.load(Ordering::SeqCst) < 4096,
        "{}",
        sent.load(Ordering::SeqCst)
    );
}

#[tokio::test]
async fn a_huge_vendor_message_is_bounded_in_the_error() {
    // Before, a 20 MB `msg` became a 20 MB error message; the body here is 2 MB (under
    // the size limit) so the message itself must be bounded.
    let msg = "错".repeat(700_000);
    let body = format!(r#"{{"code":12,"msg":"{msg}"}}"#);
    let (server, _) = mock("/get", vec![json(200, &body)]).await;
    let p = pipeline(&server.uri(), ClientOptions::default());
    let e = p.send(&Get).await.unwrap_err();
    let shown = e.to_string();
    assert!(
        shown.chars().count() < 700,
        "{} chars",
        shown.chars().count()
    );
    match e {
        TestError::Api(api) => {
            let m = api.message.unwrap();
            assert_eq!(m.chars().count(), client_core::error::MESSAGE_LEN + 1);
            assert!(m.ends_with('…'));
        }
        other => panic!("{other:?}"),
    }
}

/// The one-pass road of a successful answer and the general road give the same
/// result for every answer, whatever its shape (the fast road gives up on anything it
/// does not fully understand).
#[test]
fn the_one_pass_decode_agrees_with_the_general_path_on_every_answer() {
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Item {
        id: u32,
        #[serde(default)]
        tags: Vec<String>,
    }
    let platform = TestPlatform::default();
    let req = Prepared::new(http::Method::POST, "/get");
    let bodies = [
        r#"{"code":0,"msg":"ok","data":{"id":1,"tags":["a"]}}"#,
        r#"{"data ":{"id":2},"code":"0"}"#,
        r#"{"CODE":0.0,"Data":{"id":3,"tags":null}}"#,
        r#"{"code":0,"data":{"id":4},"data":{"id":5}}"#,
        r#"{"code":0,"code":1,"data":{"id":6}}"#,
        r#"{"code":5,"msg":"busy","data":{"id":7}}"#,
        r#"{"data":{"id":8},"code":-1}"#,
        r#"{"code":0,"data":{"id":"nine"}}"#,
        r#"{"code":0}"#,
        r#"{"msg":"no code","data":{"id":10}}"#,
        r#"{"code":"x","data":{"id":11}}"#,
        r#"{"code":null,"data":{"id":12}}"#,
        r#"{"code":0,"data":{"id":13}} trailing"#,
        r#"[{"id":14}]"#,
        "<html>busy</html>",
        "",
        r#"{"code":0,"data":{"id":15},"x":{"deep":[1,{"y":null}]}}"#,
    ];
    let statuses = [StatusCode::OK, StatusCode::INTERNAL_SERVER_ERROR];
    for body in bodies {
        for status in statuses {
            let resp = || client_core::RawResponse {
                path: "/get".into(),
                status,
                headers: http::HeaderMap::new(),
                body: bytes::Bytes::from(body),
            };
            let decode = |env: &Envelope<'_>, resp: &client_core::RawResponse| {
                client_core::pipeline::decode_payload::<Option<Item>, TestError>(&req, env, resp)
            };
            let general = client_core::pipeline::interpret(&platform, &req, resp(), &decode)
                .map_err(|(e, _)| e.to_string());
            let fast = client_core::pipeline::interpret_payload(&platform, &req, resp(), &decode)
                .map(|(payload, _)| payload)
                .map_err(|(e, _)| e.to_string());
            assert_eq!(fast, general, "{status} {body}");
        }
    }
}
