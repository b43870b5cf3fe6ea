//! Serving webhook receivers safely (feature `webhook`): the platform crates' callback
//! and push routers run through [`serve`], which adds what an endpoint exposed to a
//! network needs:
//!
//! * a configurable path (a hard-to-guess path is a cheap secret);
//! * an optional shared token, checked in constant time, from the `token` query
//!   member or the `X-Webhook-Token` header (platforms that cannot send headers can
//!   carry it in the configured URL);
//! * an optional allow-list of source addresses, checked before anything is read;
//! * a cap on open connections (further connections are closed at once), a header-read
//!   timeout (a client that trickles its headers is cut off), a whole-request timeout
//!   and a body-size limit.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use client_core::webhook::{serve, WebhookOptions};
//! let options = WebhookOptions::new("/hooks/7f3c2a").token("s3cret");
//! let app = axum::Router::new().route(&options.path, axum::routing::post(|| async { "ok" }));
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! serve(listener, app, options, std::future::pending()).await
//! # }
//! ```

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use tokio::net::TcpListener;

use crate::Secret;

/// The header that may carry the shared token.
pub const TOKEN_HEADER: &str = "x-webhook-token";

/// How a webhook receiver is exposed.
#[derive(Debug, Clone)]
pub struct WebhookOptions {
    /// The path the receiver answers on (everything else is 404).
    pub path: String,
    /// A shared token every request must carry (`?token=` or `X-Webhook-Token`).
    pub token: Option<Secret>,
    /// Source addresses allowed to connect; empty = any.
    pub allow: Vec<IpAddr>,
    /// Connections open at once; more are closed at once (default 64).
    pub max_connections: usize,
    /// Time to receive a request's headers (default 5 s).
    pub header_read_timeout: Duration,
    /// Time to receive and answer a whole request (default 10 s).
    pub request_timeout: Duration,
    /// Largest body accepted (default 1 MiB).
    pub max_body_bytes: usize,
}

impl WebhookOptions {
    /// Defaults on `path`: no token, any source, 64 connections, 5 s header timeout,
    /// 10 s request timeout, 1 MiB bodies.
    pub fn new(path: impl Into<String>) -> Self {
        let mut path = path.into();
        if !path.starts_with('/') {
            path.insert(0, '/');
        }
        Self {
            path,
            token: None,
            allow: Vec::new(),
            max_connections: 64,
            header_read_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(10),
            max_body_bytes: 1024 * 1024,
        }
    }

    /// Requires this shared token on every request.
    pub fn token(mut self, token: impl Into<Secret>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// Accepts connections only from these addresses.
    pub fn allow(mut self, addrs: impl IntoIterator<Item = IpAddr>) -> Self {
        self.allow = addrs.into_iter().collect();
        self
    }

    /// At most `n` connections at once.
    pub fn max_connections(mut self, n: usize) -> Self {
        self.max_connections = n.max(1);
        self
    }

    /// Time allowed to receive a request's headers.
    pub fn header_read_timeout(mut self, d: Duration) -> Self {
        self.header_read_timeout = d;
        self
    }

    /// Time allowed for a whole request.
    pub fn request_timeout(mut self, d: Duration) -> Self {
        self.request_timeout = d;
        self
    }

    /// Largest body accepted.
    pub fn max_body_bytes(mut self, n: usize) -> Self {
        self.max_body_bytes = n;
        self
    }
}

/// Equal in constant time for equal lengths.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn token_of(req: &Request) -> Option<String> {
    if let Some(v) = req
        .headers()
        .get(TOKEN_HEADER)
        .and_then(|v| v.to_str().ok())
    {
        return Some(v.to_owned());
    }
    let query = req.uri().query()?;
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v.into_owned())
}

/// Adds the token check, the request timeout and the body limit to `router`.
pub fn guard(router: Router, options: &WebhookOptions) -> Router {
    let token = options.token.clone().map(Arc::new);
    let timeout = options.request_timeout;
    router
        .layer(axum::middleware::from_fn(
            move |req: Request, next: Next| {
                let token = token.clone();
                async move {
                    if let Some(expected) = &token {
                        let given = token_of(&req).unwrap_or_default();
                        if !same(given.as_bytes(), expected.expose().as_bytes()) {
                            return StatusCode::UNAUTHORIZED.into_response();
                        }
                    }
                    match tokio::time::timeout(timeout, next.run(req)).await {
                        Ok(resp) => resp,
                        Err(_) => StatusCode::REQUEST_TIMEOUT.into_response(),
                    }
                }
            },
        ))
        .layer(axum::extract::DefaultBodyLimit::max(options.max_body_bytes))
}

/// Serves `router` (wrapped by [`guard`]) on `listener` until `shutdown` resolves,
/// with the connection cap, the source allow-list and the header-read timeout.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    options: WebhookOptions,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = guard(router, &options);
    let permits = Arc::new(tokio::sync::Semaphore::new(options.max_connections));
    let mut shutdown = std::pin::pin!(shutdown);
    let mut tasks = tokio::task::JoinSet::new();
    loop {
        let (stream, peer): (tokio::net::TcpStream, SocketAddr) = tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    tracing::debug!(error = %e, "webhook accept failed");
                    continue;
                }
            },
        };
        while tasks.try_join_next().is_some() {}
        if !options.allow.is_empty() && !options.allow.contains(&peer.ip()) {
            tracing::debug!(%peer, "webhook connection from an address not allowed");
            continue;
        }
        let Ok(permit) = permits.clone().try_acquire_owned() else {
            tracing::debug!(%peer, "webhook connection cap reached; closing");
            continue;
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        let header_timeout = options.header_read_timeout;
        tasks.spawn(async move {
            let _permit = permit;
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(header_timeout)
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, "webhook connection ended");
            }
        });
    }
    tasks.shutdown().await;
    Ok(())
}

/// A response that tells the sender to try again later (the receiver could not take
/// the message): `503` with `Retry-After: 1`.
pub fn retry_later() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [(axum::http::header::RETRY_AFTER, "1")],
        "not delivered; retry",
    )
        .into_response()
}
