//! Every error class, over loopback.
#![cfg(feature = "simulator")]

use std::time::Duration;

use client_core::reexports::reqwest;
use client_core::RetryPolicy;
use hongtu_client::api::person::{BatchDeletePersons, PersonList, PersonQuery};
use hongtu_client::callback::Callback;
use hongtu_client::simulator::{Fault, FaultRule, Simulator};
use hongtu_client::{webhook, Client, Error};
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(20);

#[tokio::test]
async fn connection_refused_is_a_retryable_transport_error() {
    // Bind then drop a listener to get a port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .credentials("appkey1", "s")
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let err = timeout(LIMIT, client.send(&PersonList::default()))
        .await
        .unwrap()
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Core(client_core::Error::Transport { connect: true, .. })
        ),
        "{err}"
    );
    assert!(err.is_retryable());
}

#[tokio::test]
async fn an_html_error_page_is_an_http_error_with_an_excerpt() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    sim.inject(FaultRule::new(Fault::Http(504)).times(1));
    let err = client
        .send(&BatchDeletePersons {
            uuid_list: vec!["x".into()],
        })
        .await
        .unwrap_err();
    match &err {
        Error::Core(client_core::Error::Http {
            status,
            excerpt,
            path,
        }) => {
            assert_eq!(status.as_u16(), 504);
            assert!(excerpt.contains("simulated HTTP 504"));
            assert_eq!(path, "/v1/api/person/batchDelete");
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(
        sim.requests_to("/v1/api/person/batchDelete").len(),
        1,
        "a write is not retried after a 504"
    );
}

#[tokio::test]
async fn a_wrong_shape_is_a_decode_error_naming_the_path() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    sim.seed_list(
        "/v1/api/person/list",
        vec![serde_json::json!({"uuid": {"not": "a string"}})],
    );
    let err = client.send(&PersonList::default()).await.unwrap_err();
    match err {
        Error::Core(client_core::Error::Decode { path, .. }) => {
            assert_eq!(path, "/v1/api/person/list")
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn invalid_requests_never_leave_the_client() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let err = client
        .send(&PersonQuery {
            uuid: String::new(),
        })
        .await
        .unwrap_err();
    assert!(matches!(
        err,
        Error::Core(client_core::Error::InvalidRequest { .. })
    ));
    let err = client
        .send(&PersonList {
            page_num: Some(0),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert!(err.to_string().contains("pageNum"), "{err}");
    assert_eq!(
        sim.requests_to("/v1/api/person/query").len()
            + sim.requests_to("/v1/api/person/list").len(),
        0
    );
}

#[tokio::test]
async fn secrets_stay_out_of_debug_output() {
    let sim = Simulator::start().await.unwrap();
    let client = sim
        .client_builder()
        .credentials("appkey1", "super-secret-value")
        .build()
        .unwrap();
    let dbg = format!("{client:?}");
    assert!(!dbg.contains("super-secret-value"), "{dbg}");
    assert!(dbg.contains("REDACTED"));
}

#[tokio::test]
async fn the_receiver_answers_405_to_non_post_and_can_be_mounted() {
    let (server, mut rx) = webhook::channel(
        "127.0.0.1:0".parse().unwrap(),
        webhook::WebhookOptions::new("/x"),
    )
    .await
    .unwrap();
    let http = reqwest::Client::new();
    let resp = http.get(server.url()).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 405);
    let resp = http
        .post(server.url())
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    let body: serde_json::Value = resp.json().await.unwrap();
    assert!(body["msg"].as_str().unwrap().contains("not valid JSON"));
    assert!(
        rx.try_recv().is_err(),
        "malformed bodies never reach the handler"
    );

    // Mounted under a prefix in the integrator's own axum app.
    let (tx, mut mounted_rx) = tokio::sync::mpsc::channel::<Callback>(4);
    let app = axum::Router::new().nest_service(
        "/hongtu",
        webhook::router("/attendance", move |cb| {
            let tx = tx.clone();
            async move { tx.send(cb).await }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let resp = http
        .post(format!("http://{addr}/hongtu/attendance"))
        .body(r#"{"uuid":"u1","attendanceDate":1624896000000,"status":1,"attTimeResult":[]}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let got = timeout(LIMIT, mounted_rx.recv()).await.unwrap().unwrap();
    assert!(matches!(got, Callback::Attendance(_)));
    // Another path of the mounted router is not a receiver.
    let resp = http
        .post(format!("http://{addr}/hongtu/other"))
        .body(r#"{"uuid":"u1","attendanceDate":1624896000000,"status":1,"attTimeResult":[]}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 404);
    server.shutdown().await;
}

#[test]
fn client_types_are_send_and_sync() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<Client>();
    fn send_future<F: std::future::Future + Send>(_: F) {}
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .credentials("k", "s")
        .build()
        .unwrap();
    send_future(async move { client.send(&PersonList::default()).await });
}
