//! Webhook push messages (消息订阅, tums-open-api.txt 1.4.6.3–1.4.6.5).
//!
//! After `setAppMsgPushConfig` (1.4.6.1), the cloud POSTs one JSON message per event to
//! your `serverUrl`:
//!
//! ```json
//! {"qrcode":"799E562E7073C9A31","mac":"00-FF-00-2C-9F-39","deviceName":"TL-IPC43AN",
//!  "msgId":"123","time":"1609135966","msgType":"vmsDeviceAlarm",
//!  "msgContentType":["NVRHardDiskAbnormal"]}
//! ```
//!
//! [`PushMessage::parse`] turns the raw body into a typed message, with a typed
//! [`WebhookError`] for malformed bodies:
//!
//! ```
//! use tums_client::webhook::{MsgContentType, MsgType, PushMessage};
//! let body = br#"{"qrcode":"799E562E7073C9A31","mac":"00-FF-00-2C-9F-39","deviceName":"TL-IPC43AN",
//!   "msgId":"123","time":"1609135966","msgType":"vmsDeviceAlarm","msgContentType":["NVRHardDiskAbnormal"]}"#;
//! let msg = PushMessage::parse(body).unwrap();
//! assert_eq!(msg.msg_type, MsgType::VmsDeviceAlarm);
//! assert_eq!(msg.msg_content_type, vec![MsgContentType::NvrHardDiskAbnormal]);
//! assert_eq!(msg.time.timestamp(), 1609135966);
//! assert!(PushMessage::parse(b"{}").is_err());
//! ```
//!
//! With the `webhook` feature, `router` is an axum `Router` answering on one path that
//! you can mount in your own server, and `serve` runs it standalone through
//! `client_core::webhook::serve` with a `WebhookOptions`: a configurable path (every
//! other path is `404`), an optional shared token (`?token=` in the `serverUrl`, or the
//! `X-Webhook-Token` header), a source allow-list, a connection cap and header-read,
//! request and body limits. Both answer `200 {"error_code":0}` to a well-formed message
//! (after your handler ran) and `400` with a JSON reason otherwise.
//!
//! The seed does not say how pushes are authenticated, what reply is expected, or
//! whether they are retried: use a hard-to-guess path and a token (the platform can
//! carry `?token=` in the configured `serverUrl`), bind to loopback unless the platform
//! must reach you, and deduplicate on [`PushMessage::dedup_key`] (the seed says `time`
//! stays the same when a message is resent).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use crate::msg_content_type::{MsgContentType, MSG_CONTENT_TYPE_COUNT};

client_core::str_enum! {
    /// 消息类型 — the kind of a push message (1.4.6.4 msgType).
    pub enum MsgType {
        /// 监控点报警 — monitoring point (camera channel) alarm.
        MonitorAlarm = "monitorAlarm",
        /// 安防设备报警 — security device (NVR, IPC…) alarm.
        VmsDeviceAlarm = "vmsDeviceAlarm",
        /// 网络设备报警 — network device alarm.
        NmsDeviceAlarm = "nmsDeviceAlarm",
        /// 充电桩设备报警 — charging station / solar device alarm.
        ChargingStationDeviceAlarm = "chargingStationDeviceAlarm",
    }
}

/// UNIX seconds sent as a string (`"1609135966"`); numbers accepted on input.
mod seconds_string {
    use chrono::{DateTime, Utc};
    use serde::{Deserializer, Serializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        client_core::lenient::ts_seconds::deserialize(d)
    }

    pub fn serialize<S: Serializer>(v: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&v.timestamp().to_string())
    }
}

/// 推送消息体 — one webhook push message (1.4.6.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushMessage {
    /// 二维码 — device QR code; some devices have none (【选填】). Lower-case `c` on the
    /// wire (`qrcode`); `qrCode` is accepted too.
    #[serde(
        rename = "qrcode",
        alias = "qrCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub qr_code: Option<String>,
    /// mac地址 — device MAC, `00-FF-00-2C-9F-39` style (【必填】).
    pub mac: String,
    /// 设备名称（别名） — device name (alias) (【必填】).
    #[serde(rename = "deviceName")]
    pub device_name: String,
    /// 消息的唯一标识 — message id, unique per source; may be absent (【选填】, the seed
    /// suggests generating a UUID then).
    #[serde(rename = "msgId", default, skip_serializing_if = "Option::is_none")]
    pub msg_id: Option<String>,
    /// 消息产生时的UTC时间戳 — when the event happened, UNIX seconds sent as a string;
    /// unchanged when the message is resent (【必填】).
    #[serde(with = "seconds_string")]
    pub time: DateTime<Utc>,
    /// 消息类型 — message type (1.4.6.4) (【必填】).
    #[serde(rename = "msgType")]
    pub msg_type: MsgType,
    /// 描述具体消息 — what happened (1.4.6.5) (【必填】).
    #[serde(rename = "msgContentType")]
    pub msg_content_type: Vec<MsgContentType>,
}

/// Why a push body was rejected.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The body is empty.
    #[error("the push body is empty")]
    Empty,
    /// The body is not JSON.
    #[error("the push body is not JSON: {0}")]
    NotJson(#[source] serde_json::Error),
    /// The body is JSON but not an object.
    #[error("the push body is not a JSON object")]
    NotObject,
    /// A required member (【必填】) is missing or null.
    #[error("the push body lacks the required member `{0}`")]
    MissingField(&'static str),
    /// A member has the wrong type or value.
    #[error("the push body is invalid: {0}")]
    Invalid(#[source] serde_json::Error),
}

impl WebhookError {
    /// A short machine-readable reason (`empty`, `not_json`, `not_object`,
    /// `missing_field`, `invalid`).
    ///
    /// ```
    /// use tums_client::webhook::PushMessage;
    /// let err = PushMessage::parse(br#"{"mac":"00-FF-00-2C-9F-39"}"#).unwrap_err();
    /// assert_eq!(err.kind(), "missing_field");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            WebhookError::Empty => "empty",
            WebhookError::NotJson(_) => "not_json",
            WebhookError::NotObject => "not_object",
            WebhookError::MissingField(_) => "missing_field",
            WebhookError::Invalid(_) => "invalid",
        }
    }
}

/// The members 1.4.6.3 marks 【必填】.
pub const REQUIRED_MEMBERS: [&str; 5] = ["mac", "deviceName", "time", "msgType", "msgContentType"];

impl PushMessage {
    /// Parses a raw POST body (keys are trimmed; unknown members are ignored).
    ///
    /// ```
    /// use tums_client::webhook::{MsgType, PushMessage};
    /// let body = br#"{"mac":"00-FF-00-2C-9F-39","deviceName":"cam","msgId":"123","time":"1609135966",
    ///   "msgType":"vmsDeviceAlarm","msgContentType":["NVRHardDiskAbnormal"]}"#;
    /// let msg = PushMessage::parse(body)?;
    /// assert_eq!(msg.msg_type, MsgType::VmsDeviceAlarm);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(body: &[u8]) -> Result<PushMessage, WebhookError> {
        if body.iter().all(u8::is_ascii_whitespace) {
            return Err(WebhookError::Empty);
        }
        let value: Value = serde_json::from_slice(body).map_err(WebhookError::NotJson)?;
        let value = client_core::lenient::trim_keys(value);
        let Some(obj) = value.as_object() else {
            return Err(WebhookError::NotObject);
        };
        for name in REQUIRED_MEMBERS {
            if matches!(obj.get(name), None | Some(Value::Null)) {
                return Err(WebhookError::MissingField(name));
            }
        }
        // The same null tolerance as every response payload: a `null` optional member
        // (`qrcode`, `msgId`) counts as absent.
        client_core::lenient::from_str(&value.to_string()).map_err(WebhookError::Invalid)
    }

    /// The key to deduplicate resent messages on: (`msgId`, `time`). `None` when the
    /// message carries no `msgId`.
    ///
    /// ```
    /// use tums_client::webhook::PushMessage;
    /// let body = br#"{"mac":"00-FF-00-2C-9F-39","deviceName":"cam","msgId":"123","time":"1609135966",
    ///   "msgType":"vmsDeviceAlarm","msgContentType":["NVRHardDiskAbnormal"]}"#;
    /// let msg = PushMessage::parse(body)?;
    /// assert_eq!(msg.dedup_key(), Some(("123".to_owned(), 1609135966)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn dedup_key(&self) -> Option<(String, i64)> {
        self.msg_id
            .as_ref()
            .map(|id| (id.clone(), self.time.timestamp()))
    }
}

#[cfg(feature = "webhook")]
pub use client_core::webhook::{retry_later, WebhookOptions, TOKEN_HEADER};
#[cfg(feature = "webhook")]
pub use receiver::{router, serve};

#[cfg(feature = "webhook")]
mod receiver {
    use std::future::Future;
    use std::sync::Arc;

    use axum::body::Bytes;
    use axum::http::{Method, StatusCode};
    use axum::response::{IntoResponse, Response};
    use axum::Router;
    use client_core::webhook::WebhookOptions;

    use super::PushMessage;

    /// An axum [`Router`] that accepts push messages on `path` only (every other path is
    /// `404`). Mount it in your own server behind [`client_core::webhook::guard`], or
    /// run it with [`serve`], which adds the token check, the source allow-list and the
    /// connection, header-time and body limits of a [`WebhookOptions`].
    ///
    /// `handler` runs for every well-formed message before the reply is sent; the
    /// reply is `200 {"error_code":0}`. A malformed body gets `400` and
    /// `{"error":"<kind>","reason":"<text>"}` without calling the handler; any method
    /// other than POST on `path` gets `405`.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use tums_client::webhook::router;
    /// let app = router("/tums/push/7f3c2a", |msg| async move { println!("{msg:?}") });
    /// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    /// let addr = listener.local_addr()?;
    /// tokio::spawn(async move { axum::serve(listener, app).await });
    /// println!("serverUrl: http://{addr}/tums/push/7f3c2a");
    /// # Ok(()) }
    /// ```
    pub fn router<H, Fut>(path: &str, handler: H) -> Router
    where
        H: Fn(PushMessage) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let mut path = path.to_owned();
        if !path.starts_with('/') {
            path.insert(0, '/');
        }
        let handler = Arc::new(handler);
        Router::new().route(
            &path,
            axum::routing::any(move |method: Method, body: Bytes| {
                let handler = handler.clone();
                async move { receive(method, body, handler.as_ref()).await }
            }),
        )
    }

    async fn receive<H, Fut>(method: Method, body: Bytes, handler: &H) -> Response
    where
        H: Fn(PushMessage) -> Fut,
        Fut: Future<Output = ()>,
    {
        if method != Method::POST {
            return (
                StatusCode::METHOD_NOT_ALLOWED,
                axum::Json(serde_json::json!({"error": "method_not_allowed", "reason": "push messages are POSTed"})),
            )
                .into_response();
        }
        match PushMessage::parse(&body) {
            Ok(msg) => {
                handler(msg).await;
                (
                    StatusCode::OK,
                    axum::Json(serde_json::json!({"error_code": 0})),
                )
                    .into_response()
            }
            Err(e) => {
                tracing::warn!(error = %e, "rejected a malformed TUMS push message");
                (
                    StatusCode::BAD_REQUEST,
                    axum::Json(serde_json::json!({"error": e.kind(), "reason": e.to_string()})),
                )
                    .into_response()
            }
        }
    }

    /// Serves [`router`] on `options.path` through [`client_core::webhook::serve`]
    /// until `shutdown` resolves: other paths `404`, the shared token (`?token=` or
    /// `X-Webhook-Token`) when set, the source allow-list, at most
    /// `max_connections` connections, and the header-read, request and body limits.
    ///
    /// Bind the listener to loopback (`127.0.0.1:0`) unless the platform must reach it
    /// from outside; then use a hard-to-guess path and a token.
    ///
    /// ```no_run
    /// # async fn demo() -> std::io::Result<()> {
    /// use tums_client::webhook::{serve, WebhookOptions};
    /// let options = WebhookOptions::new("/tums/push/7f3c2a").token("s3cret");
    /// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    /// serve(listener, options, |msg| async move { println!("{msg:?}") }, std::future::pending()).await
    /// # }
    /// ```
    pub async fn serve<H, Fut>(
        listener: tokio::net::TcpListener,
        options: WebhookOptions,
        handler: H,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()>
    where
        H: Fn(PushMessage) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let app = router(&options.path, handler);
        client_core::webhook::serve(listener, app, options, shutdown).await
    }
}
