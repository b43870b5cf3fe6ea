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

/// Suppresses messages seen before within a window, by a message id (a platform's
/// `msgId`), with bounded memory: at most `capacity` ids are remembered (the oldest is
/// forgotten first) and each only for `window`.
///
/// Use it where a platform may resend a message and signs no timestamp or nonce that
/// would let a receiver tell a replay from a resend.
///
/// ```
/// use std::time::Duration;
/// use client_core::webhook::DedupWindow;
/// let dedup = DedupWindow::new(Duration::from_secs(600), 10_000);
/// assert!(dedup.first_time("msg-1"));
/// assert!(!dedup.first_time("msg-1")); // a duplicate within the window
/// assert!(dedup.first_time("msg-2"));
/// assert_eq!(dedup.len(), 2);
/// ```
#[derive(Debug)]
pub struct DedupWindow {
    window: Duration,
    capacity: usize,
    seen: std::sync::Mutex<DedupState>,
}

#[derive(Debug, Default)]
struct DedupState {
    at: std::collections::HashMap<String, std::time::Instant>,
    order: std::collections::VecDeque<(std::time::Instant, String)>,
}

/// Longest id a [`DedupWindow`] remembers in full; longer ids are remembered by a
/// digest (so a hostile sender cannot make one entry large).
pub const DEDUP_MAX_ID_LEN: usize = 128;

impl DedupWindow {
    /// Remembers ids for `window`, at most `capacity` of them (at least 1).
    pub fn new(window: Duration, capacity: usize) -> Self {
        Self {
            window,
            capacity: capacity.max(1),
            seen: std::sync::Mutex::new(DedupState::default()),
        }
    }

    /// `true` the first time `id` is offered within the window (and remembers it);
    /// `false` for a duplicate.
    pub fn first_time(&self, id: &str) -> bool {
        self.first_time_at(id, std::time::Instant::now())
    }

    fn first_time_at(&self, id: &str, now: std::time::Instant) -> bool {
        let key = if id.len() > DEDUP_MAX_ID_LEN {
            format!("sha256:{}", auth_signing::sha256_hex(id.as_bytes()))
        } else {
            id.to_owned()
        };
        let mut st = match self.seen.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        // Forget what left the window (oldest first).
        while let Some((t, _)) = st.order.front() {
            if now.saturating_duration_since(*t) < self.window {
                break;
            }
            if let Some((t, k)) = st.order.pop_front() {
                if st.at.get(&k) == Some(&t) {
                    st.at.remove(&k);
                }
            }
        }
        if let Some(t) = st.at.get(&key) {
            if now.saturating_duration_since(*t) < self.window {
                return false;
            }
        }
        while st.at.len() >= self.capacity {
            match st.order.pop_front() {
                Some((t, k)) => {
                    if st.at.get(&k) == Some(&t) {
                        st.at.remove(&k);
                    }
                }
                None => {
                    st.at.clear();
                    break;
                }
            }
        }
        st.at.insert(key.clone(), now);
        st.order.push_back((now, key));
        true
    }

    /// Ids currently remembered.
    pub fn len(&self) -> usize {
        match self.seen.lock() {
            Ok(g) => g.at.len(),
            Err(poisoned) => poisoned.into_inner().at.len(),
        }
    }

    /// `true` when no id is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod dedup_tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn window_and_capacity_bound_memory() {
        let d = DedupWindow::new(Duration::from_secs(10), 3);
        let t0 = Instant::now();
        assert!(d.first_time_at("a", t0));
        assert!(!d.first_time_at("a", t0 + Duration::from_secs(9)));
        // After the window the id is new again.
        assert!(d.first_time_at("a", t0 + Duration::from_secs(11)));
        for (i, id) in ["b", "c", "d", "e"].iter().enumerate() {
            assert!(d.first_time_at(id, t0 + Duration::from_secs(12 + i as u64)));
            assert!(d.len() <= 3);
        }
        // The oldest ("a") was evicted by capacity: seen as new.
        assert!(d.first_time_at("a", t0 + Duration::from_secs(16)));
        // Long ids are remembered by digest and still deduplicated.
        let long = "x".repeat(10_000);
        assert!(d.first_time_at(&long, t0 + Duration::from_secs(17)));
        assert!(!d.first_time_at(&long, t0 + Duration::from_secs(17)));
        // Hostile volume stays bounded.
        for i in 0..10_000 {
            d.first_time_at(&i.to_string(), t0 + Duration::from_secs(18));
        }
        assert_eq!(d.len(), 3);
    }
}
