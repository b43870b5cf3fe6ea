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
//! ## Signed pushes (TUMS 2026-08-31 edition 1.4.8.3–1.4.8.6)
//!
//! Once a push key is set with
//! [`SetAppMsgPushSk`](crate::api::push_sign::SetAppMsgPushSk), every push carries a
//! `Signature` header: the lower-case hex HMAC-SHA256 of the raw body under that key.
//! With the `webhook` feature, a `PushVerifier` configured with the same key checks
//! it in constant time **before** the body is parsed, and rejects unsigned and
//! mis-signed pushes (`401`); `router_with` / `serve_with` use it. The signature
//! covers no timestamp or nonce, so a captured push can be replayed: the verifier also
//! suppresses a `msgId` seen within a configurable window (bounded memory), answering
//! `200` without calling the handler.
//!
//! Beyond that the documents do not say what reply is expected or whether pushes are
//! retried: use a hard-to-guess path and a token too (the platform can carry `?token=`
//! in the configured `serverUrl`), and bind to loopback unless the platform must reach
//! you.

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
        /// 门禁报警 — access control alarm (2026 edition 1.4.8.7).
        AccessControlAlarm = "accessControlAlarm",
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

/// 推送消息体 — one webhook push message (1.4.6.3; 2026 edition 1.4.8.5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushMessage {
    /// 二维码 — device QR code; some devices have none (【选填】). Lower-case `c` on the
    /// wire (`qrcode`). [`PushMessage::device_qr_code`] reads this or `qrCode`.
    #[serde(rename = "qrcode", default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// qrCode — 同 qrcode: the 2026 edition sends the code under both names (1.4.8.5).
    #[serde(rename = "qrCode", default, skip_serializing_if = "Option::is_none")]
    pub qr_code_camel: Option<String>,
    /// 通道 IPC 所在 NVR 的 qrCode — only for alarms of an NVR channel IPC (2026 edition
    /// 1.4.8.5).
    #[serde(
        rename = "parentQrCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_qr_code: Option<String>,
    /// 通道 IPC 所在 NVR 的 mac 地址 — only for alarms of an NVR channel IPC (2026
    /// edition 1.4.8.5).
    #[serde(rename = "parentMac", default, skip_serializing_if = "Option::is_none")]
    pub parent_mac: Option<String>,
    /// 通道号 — channel (2026 edition 1.4.8.5).
    #[serde(
        rename = "channelId",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// imageId — monitoring-point alarms carry it, for capturing the alarm image (2026
    /// edition 1.4.8.5/1.4.8.9).
    #[serde(rename = "imageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// deviceGbId — 设备的20位国标设备ID: set on pushes about a GB/T 28181 device, which
    /// carry it instead of `mac` (【必填】 in that form, 2026 edition 1.4.22.5.2).
    #[serde(
        rename = "deviceGbId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_gb_id: Option<String>,
    /// sipServerId — 国标设备接入的SIP服务器id, only on pushes about an entrusted (托管)
    /// GB/T 28181 device (【选填】, 2026 edition 1.4.22.5.2).
    #[serde(
        rename = "sipServerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sip_server_id: Option<String>,
    /// mac地址 — device MAC, `00-FF-00-2C-9F-39` style (【必填】 for TP-LINK devices).
    /// Empty on a GB/T 28181 push, which names its device by
    /// [`device_gb_id`](PushMessage::device_gb_id) instead (2026 edition 1.4.22.5.2).
    #[serde(default)]
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
    /// A push key is configured but the push carries no `Signature` header (2026
    /// edition 1.4.8.6).
    #[error("the push carries no Signature header")]
    Unsigned,
    /// The `Signature` header does not match the body under the configured key.
    #[error("the push signature does not match")]
    BadSignature,
}

impl WebhookError {
    /// A short machine-readable reason (`empty`, `not_json`, `not_object`,
    /// `missing_field`, `invalid`, `unsigned`, `bad_signature`).
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
            WebhookError::Unsigned => "unsigned",
            WebhookError::BadSignature => "bad_signature",
        }
    }
}

/// The members 1.4.6.3 marks 【必填】.
pub const REQUIRED_MEMBERS: [&str; 5] = ["mac", "deviceName", "time", "msgType", "msgContentType"];

/// The members 2026 edition 1.4.22.5.2 marks 【必填】 on a push about a GB/T 28181
/// device (recognised by its `deviceGbId`; it has no `mac`).
pub const REQUIRED_MEMBERS_GB: [&str; 5] = [
    "deviceGbId",
    "deviceName",
    "time",
    "msgType",
    "msgContentType",
];

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
        let gb = !matches!(obj.get("deviceGbId"), None | Some(Value::Null));
        let required = if gb {
            REQUIRED_MEMBERS_GB
        } else {
            REQUIRED_MEMBERS
        };
        for name in required {
            if matches!(obj.get(name), None | Some(Value::Null)) {
                return Err(WebhookError::MissingField(name));
            }
        }
        // The same null tolerance as every response payload: a `null` optional member
        // (`qrcode`, `msgId`) counts as absent.
        client_core::lenient::from_str(&value.to_string()).map_err(WebhookError::Invalid)
    }

    /// `true` when the push is about a GB/T 28181 device (it carries `deviceGbId`,
    /// 2026 edition 1.4.22.5.2).
    ///
    /// ```
    /// use tums_client::webhook::PushMessage;
    /// let msg = PushMessage::parse(br#"{"deviceGbId":"44417774431323565255","deviceName":"cam",
    ///   "time":"1609135966","msgType":"vmsDeviceAlarm","msgContentType":["NVRHardDiskAbnormal"]}"#)?;
    /// assert!(msg.is_gb());
    /// assert_eq!(msg.mac, "");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_gb(&self) -> bool {
        self.device_gb_id.is_some()
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

    /// The device code, from `qrcode` or else `qrCode` (2026 edition 1.4.8.5).
    ///
    /// ```
    /// use tums_client::webhook::PushMessage;
    /// let msg = PushMessage::parse(br#"{"qrCode":"16E0091709B04C926","mac":"00-FF-00-17-00-18",
    ///   "deviceName":"cam","time":"1609135966","msgType":"monitorAlarm","msgContentType":["movementDetected"]}"#)?;
    /// assert_eq!(msg.device_qr_code(), Some("16E0091709B04C926"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn device_qr_code(&self) -> Option<&str> {
        self.qr_code
            .as_deref()
            .or(self.qr_code_camel.as_deref())
            .filter(|q| !q.is_empty())
    }

    /// The device to address for follow-up calls on this alarm (2026 edition 1.4.8.9):
    /// the parent NVR (`parentQrCode`/`parentMac`) when present, else the device itself.
    pub fn target_device(&self) -> (Option<&str>, &str) {
        if self.parent_qr_code.is_some() || self.parent_mac.is_some() {
            (
                self.parent_qr_code.as_deref(),
                self.parent_mac.as_deref().unwrap_or_default(),
            )
        } else {
            (self.device_qr_code(), self.mac.as_str())
        }
    }
}

#[cfg(feature = "webhook")]
pub use client_core::webhook::{retry_later, DedupWindow, WebhookOptions, TOKEN_HEADER};
#[cfg(feature = "webhook")]
pub use receiver::{router, router_with, serve, serve_with};
#[cfg(feature = "webhook")]
pub use verify::{Delivery, PushVerifier};

/// The header of a signed push (2026 edition 1.4.8.6).
pub const SIGNATURE_HEADER: &str = auth_signing::tums::PUSH_SIGNATURE_HEADER;

#[cfg(feature = "webhook")]
mod verify {
    use std::sync::Arc;
    use std::time::Duration;

    use client_core::webhook::DedupWindow;
    use client_core::Secret;

    use super::{PushMessage, WebhookError};

    /// What [`PushVerifier::verify`] made of a push.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Delivery {
        /// A message not seen before (within the window): handle it.
        New(PushMessage),
        /// A `msgId` already delivered within the window: acknowledge, do not handle.
        Duplicate(PushMessage),
    }

    /// Checks pushes before they reach a handler: the `Signature` header when a push
    /// key is set (2026 edition 1.4.8.6; constant time, before parsing), then the body,
    /// then duplicate suppression by `msgId` when a window is set.
    ///
    /// `Debug` never shows the key.
    ///
    /// ```
    /// use std::time::Duration;
    /// use tums_client::webhook::{Delivery, PushVerifier};
    /// let key = "51415b0066e24e91a44e5f7d434cb23c";
    /// let verifier = PushVerifier::new()
    ///     .signing_key(key)
    ///     .dedup(Duration::from_secs(600), 10_000);
    /// let body = br#"{"mac":"00-FF-00-17-00-18","deviceName":"cam","msgId":"m1","time":"1609135966",
    ///   "msgType":"vmsDeviceAlarm","msgContentType":["NVRHardDiskAbnormal"]}"#;
    /// let sig = auth_signing::tums::push_signature(key, body);
    /// assert!(matches!(verifier.verify(Some(&sig), body)?, Delivery::New(_)));
    /// assert!(matches!(verifier.verify(Some(&sig), body)?, Delivery::Duplicate(_)));
    /// assert_eq!(verifier.verify(None, body).unwrap_err().kind(), "unsigned");
    /// assert!(!format!("{verifier:?}").contains(key));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[derive(Debug, Clone, Default)]
    pub struct PushVerifier {
        key: Option<Secret>,
        dedup: Option<Arc<DedupWindow>>,
    }

    impl PushVerifier {
        /// No key (pushes need no signature), no duplicate suppression.
        pub fn new() -> Self {
            Self::default()
        }

        /// Requires every push to be signed with `push_sk` (the key set with
        /// `setAppMsgPushSk`, 1.4.8.3).
        pub fn signing_key(mut self, push_sk: impl Into<Secret>) -> Self {
            self.key = Some(push_sk.into());
            self
        }

        /// Suppresses a `msgId` seen within `window`, remembering at most `capacity`
        /// ids.
        pub fn dedup(mut self, window: Duration, capacity: usize) -> Self {
            self.dedup = Some(Arc::new(DedupWindow::new(window, capacity)));
            self
        }

        /// `true` when a key is configured.
        pub fn requires_signature(&self) -> bool {
            self.key.is_some()
        }

        /// Verifies one push: `signature` is the `Signature` header (if any), `body`
        /// the raw request body.
        pub fn verify(
            &self,
            signature: Option<&str>,
            body: &[u8],
        ) -> Result<Delivery, WebhookError> {
            if let Some(key) = &self.key {
                let Some(sig) = signature else {
                    return Err(WebhookError::Unsigned);
                };
                if !auth_signing::tums::verify_push_signature(key.expose(), body, sig) {
                    return Err(WebhookError::BadSignature);
                }
            }
            let msg = PushMessage::parse(body)?;
            if let (Some(dedup), Some(id)) = (&self.dedup, msg.msg_id.as_deref()) {
                if !dedup.first_time(id) {
                    return Ok(Delivery::Duplicate(msg));
                }
            }
            Ok(Delivery::New(msg))
        }
    }
}

#[cfg(feature = "webhook")]
mod receiver {
    use std::future::Future;
    use std::sync::Arc;

    use axum::body::Bytes;
    use axum::http::{HeaderMap, Method, StatusCode};
    use axum::response::{IntoResponse, Response};
    use axum::Router;
    use client_core::webhook::WebhookOptions;

    use super::{Delivery, PushMessage, PushVerifier, WebhookError, SIGNATURE_HEADER};

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
        router_with(path, PushVerifier::new(), handler)
    }

    /// [`router`] with a [`PushVerifier`]: when it holds a push key, a push without a
    /// valid `Signature` header gets `401` `{"error":"unsigned"|"bad_signature",…}`
    /// before its body is parsed; a duplicate `msgId` within its window gets `200`
    /// `{"error_code":0}` without calling `handler`.
    ///
    /// ```
    /// use tums_client::webhook::{router_with, PushVerifier};
    /// let verifier = PushVerifier::new()
    ///     .signing_key("51415b0066e24e91a44e5f7d434cb23c")
    ///     .dedup(std::time::Duration::from_secs(600), 10_000);
    /// let app = router_with("/tums/push/7f3c2a", verifier, |msg| async move { println!("{msg:?}") });
    /// ```
    pub fn router_with<H, Fut>(path: &str, verifier: PushVerifier, handler: H) -> Router
    where
        H: Fn(PushMessage) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let mut path = path.to_owned();
        if !path.starts_with('/') {
            path.insert(0, '/');
        }
        let handler = Arc::new(handler);
        let verifier = Arc::new(verifier);
        Router::new().route(
            &path,
            axum::routing::any(move |method: Method, headers: HeaderMap, body: Bytes| {
                let handler = handler.clone();
                let verifier = verifier.clone();
                async move { receive(method, &headers, body, &verifier, handler.as_ref()).await }
            }),
        )
    }

    async fn receive<H, Fut>(
        method: Method,
        headers: &HeaderMap,
        body: Bytes,
        verifier: &PushVerifier,
        handler: &H,
    ) -> Response
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
        // A header that is not visible ASCII counts as a wrong signature.
        let signature = headers
            .get(SIGNATURE_HEADER)
            .map(|v| v.to_str().unwrap_or("\u{0}"));
        match verifier.verify(signature, &body) {
            Ok(Delivery::New(msg)) => {
                handler(msg).await;
                (
                    StatusCode::OK,
                    axum::Json(serde_json::json!({"error_code": 0})),
                )
                    .into_response()
            }
            Ok(Delivery::Duplicate(msg)) => {
                tracing::debug!(msg_id = ?msg.msg_id, "suppressed a duplicate TUMS push message");
                (
                    StatusCode::OK,
                    axum::Json(serde_json::json!({"error_code": 0})),
                )
                    .into_response()
            }
            Err(e @ (WebhookError::Unsigned | WebhookError::BadSignature)) => {
                tracing::warn!(error = %e, "rejected a TUMS push message");
                (
                    StatusCode::UNAUTHORIZED,
                    axum::Json(serde_json::json!({"error": e.kind(), "reason": e.to_string()})),
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
        serve_with(listener, options, PushVerifier::new(), handler, shutdown).await
    }

    /// [`serve`] with a [`PushVerifier`] (signature check and duplicate suppression,
    /// see [`router_with`]).
    ///
    /// ```no_run
    /// # async fn demo() -> std::io::Result<()> {
    /// use tums_client::webhook::{serve_with, PushVerifier, WebhookOptions};
    /// let options = WebhookOptions::new("/tums/push/7f3c2a");
    /// let verifier = PushVerifier::new().signing_key("51415b0066e24e91a44e5f7d434cb23c");
    /// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    /// serve_with(listener, options, verifier, |msg| async move { println!("{msg:?}") }, std::future::pending()).await
    /// # }
    /// ```
    pub async fn serve_with<H, Fut>(
        listener: tokio::net::TcpListener,
        options: WebhookOptions,
        verifier: PushVerifier,
        handler: H,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()>
    where
        H: Fn(PushMessage) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let app = router_with(&options.path, verifier, handler);
        client_core::webhook::serve(listener, app, options, shutdown).await
    }
}
