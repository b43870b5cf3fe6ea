//! A typed callback receiver (feature `webhook`): an axum [`Router`] to mount in your
//! own server, or [`serve`] / [`channel`] to run one.
//!
//! Every POST body is parsed with [`parse_callback`]; a valid callback is handed to
//! your handler and answered `200 {"code":0,"msg":"成功"}`; a malformed body is answered
//! `400` with the reason, and never reaches the handler. Any path is accepted, so the
//! router can sit behind the subscription's `pushUrl`, `identifyRecordCallbackUrl`,
//! `attendanceRecordCallbackUrl` or the event URL alike.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use hongtu_client::webhook;
//!
//! let (server, mut callbacks) = webhook::channel("0.0.0.0:9999".parse().unwrap()).await?;
//! println!("push URL: {}", server.url("/event/record/push"));
//! while let Some(cb) = callbacks.recv().await {
//!     println!("{cb:?}");
//! }
//! # Ok(()) }
//! ```

use std::future::Future;
use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tokio::sync::{mpsc, oneshot};

use crate::callback::{parse_callback, Callback};

/// A router that parses every POSTed callback and calls `handler` with it.
pub fn router<H, Fut>(handler: H) -> Router
where
    H: Fn(Callback) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    Router::new()
        .fallback(receive::<H, Fut>)
        .with_state(handler)
}

async fn receive<H, Fut>(State(handler): State<H>, method: Method, body: Bytes) -> Response
where
    H: Fn(Callback) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    if method != Method::POST {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            reply(405, "callbacks are POSTed"),
        )
            .into_response();
    }
    match parse_callback(&body) {
        Ok(cb) => {
            handler(cb).await;
            (StatusCode::OK, reply(0, "成功")).into_response()
        }
        Err(e) => {
            tracing::warn!(error = %e, "rejected a malformed callback");
            (StatusCode::BAD_REQUEST, reply(400, &e.to_string())).into_response()
        }
    }
}

fn reply(code: i64, msg: &str) -> ([(axum::http::HeaderName, &'static str); 1], String) {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "application/json;charset=UTF-8",
        )],
        serde_json::json!({"code": code, "msg": msg}).to_string(),
    )
}

/// A running receiver. Dropping it stops the server.
#[derive(Debug)]
pub struct WebhookServer {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl WebhookServer {
    /// The bound address (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://{addr}{path}` — the URL to register (replace an unspecified bind address
    /// by one the box can reach).
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Stops the server and waits for it to finish.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for WebhookServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Binds `addr` and serves [`router`]`(handler)` in the background.
pub async fn serve<H, Fut>(addr: SocketAddr, handler: H) -> std::io::Result<WebhookServer>
where
    H: Fn(Callback) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let (tx, rx) = oneshot::channel::<()>();
    let app = router(handler);
    let task = tokio::spawn(async move {
        let result = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await;
        if let Err(e) = result {
            tracing::warn!(error = %e, "webhook server stopped");
        }
    });
    Ok(WebhookServer {
        addr,
        shutdown: Some(tx),
        task: Some(task),
    })
}

/// Binds `addr` and delivers every received callback on the returned channel
/// (capacity 1024; a full channel makes the box wait).
pub async fn channel(
    addr: SocketAddr,
) -> std::io::Result<(WebhookServer, mpsc::Receiver<Callback>)> {
    let (tx, rx) = mpsc::channel(1024);
    let server = serve(addr, move |cb| {
        let tx = tx.clone();
        async move {
            let _ = tx.send(cb).await;
        }
    })
    .await?;
    Ok((server, rx))
}
