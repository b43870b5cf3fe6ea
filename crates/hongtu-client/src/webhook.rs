//! A typed callback receiver (feature `webhook`): an axum [`Router`] to mount in your
//! own server, or [`serve`] / [`channel`] to run one through the shared, hardened
//! serving of [`client_core::webhook`].
//!
//! Every POST body on the configured path is parsed with [`parse_callback`]:
//!
//! * a valid callback is handed to your handler; when the handler reports it
//!   [`Delivery::Delivered`] (a handler returning `()` always does), the box gets
//!   `200 {"code":0,"msg":"成功"}`;
//! * when the handler could not take it ([`Delivery::NotDelivered`], or an `Err`), the
//!   box gets [`client_core::webhook::retry_later`] (`503` with `Retry-After`), so a
//!   callback is never acknowledged unless it was delivered and the box can resend it;
//! * a malformed body is answered `400` with the reason, and never reaches the handler.
//!
//! Only the configured path answers ([`WebhookOptions::path`]; every other path is
//! `404`): a hard-to-guess path is a cheap secret. [`serve`] and [`channel`] add the
//! shared-token check, the source allow-list, the connection cap and the header-read,
//! request and body limits of [`WebhookOptions`]. Register the path (and the token as
//! `?token=…`, since the box cannot send headers) as the subscription's `pushUrl`,
//! `identifyRecordCallbackUrl`, `attendanceRecordCallbackUrl` or the event URL.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use hongtu_client::webhook::{self, WebhookOptions};
//!
//! let options = WebhookOptions::new("/hongtu/7f3c2a").token("s3cret");
//! let (server, mut callbacks) = webhook::channel("127.0.0.1:9999".parse().unwrap(), options).await?;
//! println!("push URL: {}?token=s3cret", server.url());
//! while let Some(cb) = callbacks.recv().await {
//!     println!("{cb:?}");
//! }
//! # Ok(()) }
//! ```

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tokio::sync::{mpsc, oneshot};

pub use client_core::webhook::WebhookOptions;

use crate::callback::{parse_callback, Callback};

/// What a handler did with a callback: only a delivered callback is acknowledged
/// (`200 成功`); anything else tells the box to send it again later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// The callback was taken: acknowledge it.
    Delivered,
    /// The callback could not be taken (consumer gone or too slow): answer
    /// [`client_core::webhook::retry_later`] so the box resends it.
    NotDelivered,
}

/// What a handler's future may return: `()` (always delivered), a [`Delivery`], a
/// `bool` (`true` = delivered) or a `Result<_, _>` (`Ok` = delivered).
pub trait IntoDelivery {
    /// The delivery outcome.
    fn into_delivery(self) -> Delivery;
}

impl IntoDelivery for () {
    fn into_delivery(self) -> Delivery {
        Delivery::Delivered
    }
}

impl IntoDelivery for Delivery {
    fn into_delivery(self) -> Delivery {
        self
    }
}

impl IntoDelivery for bool {
    fn into_delivery(self) -> Delivery {
        if self {
            Delivery::Delivered
        } else {
            Delivery::NotDelivered
        }
    }
}

impl<T, E> IntoDelivery for Result<T, E> {
    fn into_delivery(self) -> Delivery {
        match self {
            Ok(_) => Delivery::Delivered,
            Err(_) => Delivery::NotDelivered,
        }
    }
}

/// A router that answers POSTs on `path` only (other methods on `path`: `405`; any
/// other path: `404`), parses each callback and calls `handler` with it. Mount it in
/// your own axum app, or run it with [`serve`] (which adds the token check and the
/// connection limits).
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use hongtu_client::callback::Callback;
/// use hongtu_client::webhook;
/// // Mount the receiver in your own axum app, next to your routes.
/// let app = axum::Router::new()
///     .merge(webhook::router("/hongtu/callbacks", |cb: Callback| async move {
///         println!("{cb:?}");
///     }));
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
/// tokio::spawn(async move { axum::serve(listener, app).await });
/// # Ok(()) }
/// ```
pub fn router<H, Fut>(path: &str, handler: H) -> Router
where
    H: Fn(Callback) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future + Send + 'static,
    Fut::Output: IntoDelivery,
{
    let mut path = path.to_owned();
    if !path.starts_with('/') {
        path.insert(0, '/');
    }
    Router::new()
        .route(&path, axum::routing::any(receive::<H, Fut>))
        .with_state(handler)
}

async fn receive<H, Fut>(State(handler): State<H>, method: Method, body: Bytes) -> Response
where
    H: Fn(Callback) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future + Send + 'static,
    Fut::Output: IntoDelivery,
{
    if method != Method::POST {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            reply(405, "callbacks are POSTed"),
        )
            .into_response();
    }
    match parse_callback(&body) {
        Ok(cb) => match handler(cb).await.into_delivery() {
            Delivery::Delivered => (StatusCode::OK, reply(0, "成功")).into_response(),
            Delivery::NotDelivered => {
                tracing::warn!("a callback could not be delivered; the box is told to retry");
                client_core::webhook::retry_later()
            }
        },
        Err(e) => {
            let reason = client_core::error::bounded_message(&e.to_string());
            tracing::warn!(error = %reason, "rejected a malformed callback");
            (StatusCode::BAD_REQUEST, reply(400, &reason)).into_response()
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
    path: String,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl WebhookServer {
    /// The bound address (useful with port 0).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use hongtu_client::webhook::{self, WebhookOptions};
    /// let server = webhook::serve("127.0.0.1:0".parse()?, WebhookOptions::new("/hook"), |cb| async move {
    ///     println!("{cb:?}");
    /// })
    /// .await?;
    /// assert!(server.local_addr().ip().is_loopback());
    /// # Ok(()) }
    /// ```
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The path the receiver answers on.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use hongtu_client::webhook::{self, WebhookOptions};
    /// let server = webhook::serve("127.0.0.1:0".parse()?, WebhookOptions::new("/hook"), |cb| async move {
    ///     println!("{cb:?}");
    /// })
    /// .await?;
    /// assert_eq!(server.path(), "/hook");
    /// # Ok(()) }
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }

    /// `http://{addr}{path}` — the URL to register (replace an unspecified bind address
    /// by one the box can reach, and append `?token=…` when a token is configured).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use hongtu_client::webhook::{self, WebhookOptions};
    /// let server = webhook::serve("127.0.0.1:0".parse()?, WebhookOptions::new("/hook"), |cb| async move {
    ///     println!("{cb:?}");
    /// })
    /// .await?;
    /// // Register this as pushUrl / identifyRecordCallbackUrl / …
    /// assert!(server.url().ends_with("/hook"));
    /// # Ok(()) }
    /// ```
    pub fn url(&self) -> String {
        format!("http://{}{}", self.addr, self.path)
    }

    /// Stops the server and waits for it to finish.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use hongtu_client::webhook::{self, WebhookOptions};
    /// let server = webhook::serve("127.0.0.1:0".parse()?, WebhookOptions::new("/hook"), |cb| async move {
    ///     println!("{cb:?}");
    /// })
    /// .await?;
    /// server.shutdown().await;
    /// # Ok(()) }
    /// ```
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

/// Binds `addr` and serves [`router`]`(options.path, handler)` in the background
/// through [`client_core::webhook::serve`] (token, allow-list, connection cap,
/// header-read and request timeouts, body limit of `options`). Bind to a loopback
/// address unless the box must reach it from the network.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use hongtu_client::callback::Callback;
/// use hongtu_client::webhook::{self, WebhookOptions};
/// let options = WebhookOptions::new("/hongtu/7f3c2a").token("s3cret");
/// let server = webhook::serve("127.0.0.1:0".parse()?, options, |cb: Callback| async move {
///     // Returning Err (or Delivery::NotDelivered) makes the box resend later.
///     println!("{cb:?}");
///     Ok::<(), std::io::Error>(())
/// })
/// .await?;
/// println!("push URL: {}?token=s3cret", server.url());
/// # Ok(()) }
/// ```
pub async fn serve<H, Fut>(
    addr: SocketAddr,
    options: WebhookOptions,
    handler: H,
) -> std::io::Result<WebhookServer>
where
    H: Fn(Callback) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future + Send + 'static,
    Fut::Output: IntoDelivery,
{
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let (tx, rx) = oneshot::channel::<()>();
    let app = router(&options.path, handler);
    let path = options.path.clone();
    let task = tokio::spawn(async move {
        let shutdown = async {
            let _ = rx.await;
        };
        if let Err(e) = client_core::webhook::serve(listener, app, options, shutdown).await {
            tracing::warn!(error = %e, "webhook server stopped");
        }
    });
    Ok(WebhookServer {
        addr,
        path,
        shutdown: Some(tx),
        task: Some(task),
    })
}

/// How [`channel_with`] hands callbacks to its consumer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelOptions {
    /// Callbacks buffered before a request waits for room (default 1024).
    pub capacity: usize,
    /// How long a request waits for room in a full channel before the box is told to
    /// retry later (default 5 s; keep it below the request timeout of
    /// [`WebhookOptions`]).
    pub send_timeout: Duration,
}

impl Default for ChannelOptions {
    fn default() -> Self {
        Self {
            capacity: 1024,
            send_timeout: Duration::from_secs(5),
        }
    }
}

impl ChannelOptions {
    /// Buffers `n` callbacks (at least 1).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use hongtu_client::webhook::{self, ChannelOptions, WebhookOptions};
    /// let delivery = ChannelOptions::default().capacity(16);
    /// let (_server, _rx) =
    ///     webhook::channel_with("127.0.0.1:0".parse()?, WebhookOptions::new("/hook"), delivery).await?;
    /// # Ok(()) }
    /// ```
    pub fn capacity(mut self, n: usize) -> Self {
        self.capacity = n.max(1);
        self
    }

    /// Waits at most `d` for room in a full channel.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use hongtu_client::webhook::{self, ChannelOptions, WebhookOptions};
    /// let delivery = ChannelOptions::default().send_timeout(Duration::from_secs(1));
    /// let (_server, _rx) =
    ///     webhook::channel_with("127.0.0.1:0".parse()?, WebhookOptions::new("/hook"), delivery).await?;
    /// # Ok(()) }
    /// ```
    pub fn send_timeout(mut self, d: Duration) -> Self {
        self.send_timeout = d;
        self
    }
}

/// [`channel_with`] with the default [`ChannelOptions`] (capacity 1024, 5 s send
/// timeout).
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use hongtu_client::webhook::{self, WebhookOptions};
/// let (server, mut callbacks) =
///     webhook::channel("127.0.0.1:0".parse()?, WebhookOptions::new("/hook")).await?;
/// // Pretend to be the box:
/// let body = r#"{"busiType":"5","data":"{\"personName\":\"Alice\"}"}"#;
/// reqwest_post(&server.url(), body).await;
/// println!("{:?}", callbacks.recv().await);
/// # async fn reqwest_post(url: &str, body: &'static str) {
/// #     client_core::reexports::reqwest::Client::new().post(url).body(body).send().await.unwrap();
/// # }
/// # Ok(()) }
/// ```
pub async fn channel(
    addr: SocketAddr,
    options: WebhookOptions,
) -> std::io::Result<(WebhookServer, mpsc::Receiver<Callback>)> {
    channel_with(addr, options, ChannelOptions::default()).await
}

/// Binds `addr` and delivers every received callback on the returned channel.
///
/// A callback is acknowledged (`200 成功`) only once it is in the channel. When the
/// receiver has been dropped, or the channel stays full for `delivery.send_timeout`,
/// the box is answered `503` with `Retry-After` ([`client_core::webhook::retry_later`])
/// so it sends the callback again later; no request waits longer than the timeout.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use std::time::Duration;
/// use hongtu_client::webhook::{self, ChannelOptions, WebhookOptions};
/// let delivery = ChannelOptions::default().capacity(64).send_timeout(Duration::from_secs(2));
/// let (server, mut callbacks) =
///     webhook::channel_with("127.0.0.1:0".parse()?, WebhookOptions::new("/hook"), delivery).await?;
/// tokio::spawn(async move {
///     while let Some(cb) = callbacks.recv().await {
///         println!("{cb:?}");
///     }
/// });
/// # drop(server);
/// # Ok(()) }
/// ```
pub async fn channel_with(
    addr: SocketAddr,
    options: WebhookOptions,
    delivery: ChannelOptions,
) -> std::io::Result<(WebhookServer, mpsc::Receiver<Callback>)> {
    let (tx, rx) = mpsc::channel(delivery.capacity.max(1));
    let wait = delivery.send_timeout;
    let server = serve(addr, options, move |cb| {
        let tx = tx.clone();
        async move {
            match tokio::time::timeout(wait, tx.send(cb)).await {
                Ok(Ok(())) => Delivery::Delivered,
                Ok(Err(_)) => {
                    tracing::debug!("callback receiver dropped");
                    Delivery::NotDelivered
                }
                Err(_) => {
                    tracing::debug!(?wait, "callback channel full");
                    Delivery::NotDelivered
                }
            }
        }
    })
    .await?;
    Ok((server, rx))
}
