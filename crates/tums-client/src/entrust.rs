//! Device-entrust callbacks (设备托管回调, TUMS 2026-08-31 edition 1.4.11.2 and 1.4.11.4).
//!
//! After [`SetEntrustDeviceCallbackConfig`](crate::api::device_entrust::SetEntrustDeviceCallbackConfig)
//! the cloud POSTs to `callbackAddress`:
//!
//! * once, when the configuration is set, a **probe**: the body `{}`, to be answered
//!   `{"error_code":0}` (otherwise the configuration fails with -82400);
//! * then an [`EntrustCallback`] whenever customers entrust or withdraw devices.
//!
//! When a `secretKey` is configured every request carries
//! `X-Authorization: Signature=<hex HMAC-SHA256 of the raw body, keyed with the
//! secretKey>` (the same computation as the push signature of 1.4.8.6). [`EntrustReceiver`]
//! checks it in constant time **before** parsing and rejects unsigned or mis-signed
//! callbacks. Whether the cloud signs the probe is not stated; an unsigned probe (the
//! exact body `{}`, carrying nothing) is answered by default
//! ([`EntrustReceiver::require_signed_probe`] refuses it), a signed one must verify.
//!
//! ```
//! use tums_client::entrust::{sign, EntrustEvent, EntrustReceiver};
//! let receiver = EntrustReceiver::new().secret_key("123abc");
//! let body = br#"{"entrustDevList":[{"qrCode":"16E0091709B04C926","entrustStatus":1}]}"#;
//! let header = format!("Signature={}", sign("123abc", body));
//! let EntrustEvent::Devices(cb) = receiver.receive(Some(&header), body)? else {
//!     panic!("not a probe");
//! };
//! assert_eq!(cb.entrust_dev_list.len(), 1);
//! assert!(receiver.receive(Some(&header), b"{\"entrustDevList\":[]}").is_err()); // tampered
//! assert!(matches!(receiver.receive(None, b"{}")?, EntrustEvent::Probe));
//! # Ok::<(), tums_client::entrust::EntrustError>(())
//! ```
//!
//! With the `webhook` feature, `router` mounts the receiver on one path of an axum
//! server and `serve` runs it standalone through `client_core::webhook::serve` (path,
//! token, allow-list and size/time limits of a `WebhookOptions`).

use client_core::Secret;

pub use crate::api::device_entrust::{EntrustCallback, EntrustStatus, EntrustedDevice};

/// The header carrying the signature (`X-Authorization: Signature=…`, 1.4.11.2).
pub const SIGNATURE_HEADER: &str = "X-Authorization";

/// The answer the cloud expects (1.4.11.1/2): `{"error_code":0}`.
pub const SUCCESS_BODY: &str = r#"{"error_code":0}"#;

/// The signature of `body`: lower-case hex HMAC-SHA256 keyed with `secret_key`
/// (1.4.11.2, computed as 1.4.8.6).
///
/// ```
/// // RFC 4231 test case 2.
/// assert_eq!(
///     tums_client::entrust::sign("Jefe", b"what do ya want for nothing?"),
///     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
/// );
/// ```
pub fn sign(secret_key: &str, body: &[u8]) -> String {
    // The same computation as the push signature (1.4.8.6): one signer for both.
    auth_signing::tums::push_signature(secret_key, body)
}

/// The `X-Authorization` value the cloud sends for `body`: `Signature=<hex>`.
pub fn header_value(secret_key: &str, body: &[u8]) -> String {
    format!("Signature={}", sign(secret_key, body))
}

/// The `Signature` member of an `X-Authorization` value (`Signature=…`, possibly among
/// other comma-separated members; surrounding spaces ignored).
///
/// ```
/// use tums_client::entrust::signature_of;
/// assert_eq!(signature_of("Signature=ab12"), Some("ab12"));
/// assert_eq!(signature_of("Timestamp=1, Signature=ab12"), Some("ab12"));
/// assert_eq!(signature_of("ab12"), None);
/// ```
pub fn signature_of(header: &str) -> Option<&str> {
    header.split([',', ';']).find_map(|part| {
        let (name, value) = part.trim().split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("Signature")
            .then(|| value.trim())
    })
}

/// Checks `header` (the `X-Authorization` value) against `body` in constant time.
///
/// ```
/// use tums_client::entrust::{header_value, verify};
/// let h = header_value("k", b"{}");
/// assert!(verify("k", b"{}", Some(&h)).is_ok());
/// assert!(verify("other", b"{}", Some(&h)).is_err());
/// assert!(verify("k", b"{}", None).is_err());
/// ```
pub fn verify(secret_key: &str, body: &[u8], header: Option<&str>) -> Result<(), EntrustError> {
    let Some(sig) = header.and_then(signature_of) else {
        return Err(EntrustError::Unsigned);
    };
    // Constant-time comparison, shared with the push signature's check.
    if auth_signing::tums::verify_push_signature(secret_key, body, sig) {
        Ok(())
    } else {
        Err(EntrustError::BadSignature)
    }
}

/// Why an entrust callback was rejected.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EntrustError {
    /// A secret key is configured but the request carries no `Signature`.
    #[error("the callback carries no X-Authorization Signature")]
    Unsigned,
    /// The signature does not match the body (tampered body, wrong key).
    #[error("the callback's signature does not match its body")]
    BadSignature,
    /// The body is empty.
    #[error("the callback body is empty")]
    Empty,
    /// The body is not a JSON object.
    #[error("the callback body is not a JSON object")]
    NotObject,
    /// The body is not a well-formed callback.
    #[error("the callback body is invalid: {0}")]
    Invalid(#[source] serde_json::Error),
}

impl EntrustError {
    /// A short machine-readable reason (`unsigned`, `bad_signature`, `empty`,
    /// `not_object`, `invalid`).
    pub fn kind(&self) -> &'static str {
        match self {
            EntrustError::Unsigned => "unsigned",
            EntrustError::BadSignature => "bad_signature",
            EntrustError::Empty => "empty",
            EntrustError::NotObject => "not_object",
            EntrustError::Invalid(_) => "invalid",
        }
    }

    /// `true` for signature failures (answered 401), `false` for malformed bodies (400).
    pub fn is_signature(&self) -> bool {
        matches!(self, EntrustError::Unsigned | EntrustError::BadSignature)
    }
}

/// What a verified callback request was.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EntrustEvent {
    /// The configuration probe (`{}`): answer [`SUCCESS_BODY`].
    Probe,
    /// Devices entrusted or withdrawn (1.4.11.4).
    Devices(EntrustCallback),
}

/// Verifies and parses entrust callbacks. `Debug` never shows the key.
#[derive(Debug, Clone, Default)]
pub struct EntrustReceiver {
    secret: Option<Secret>,
    require_signed_probe: bool,
}

fn is_probe(body: &[u8]) -> bool {
    body.iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .eq(*b"{}")
}

impl EntrustReceiver {
    /// A receiver that accepts unsigned callbacks (no `secretKey` configured).
    pub fn new() -> Self {
        Self::default()
    }

    /// Requires every callback to be signed with `key` (the `secretKey` of 1.4.11.2).
    /// An empty key means no signature (the cloud signs only with a non-empty one).
    pub fn secret_key(mut self, key: impl Into<Secret>) -> Self {
        let key = key.into();
        self.secret = (!key.is_empty()).then_some(key);
        self
    }

    /// Refuses an unsigned probe too (by default an unsigned `{}` is answered, since it
    /// carries nothing and the text does not say whether the cloud signs it).
    pub fn require_signed_probe(mut self) -> Self {
        self.require_signed_probe = true;
        self
    }

    /// Verifies (when a key is set) and then parses one request: `header` is the
    /// `X-Authorization` value, `body` the raw body.
    pub fn receive(&self, header: Option<&str>, body: &[u8]) -> Result<EntrustEvent, EntrustError> {
        if let Some(key) = &self.secret {
            let unsigned = header.and_then(signature_of).is_none();
            let tolerated = unsigned && !self.require_signed_probe && is_probe(body);
            if !tolerated {
                verify(key.expose(), body, header)?;
            }
        }
        if body.iter().all(u8::is_ascii_whitespace) {
            return Err(EntrustError::Empty);
        }
        if is_probe(body) {
            return Ok(EntrustEvent::Probe);
        }
        let value: serde_json::Value =
            serde_json::from_slice(body).map_err(EntrustError::Invalid)?;
        if !value.is_object() {
            return Err(EntrustError::NotObject);
        }
        let value = client_core::lenient::trim_keys(value);
        client_core::lenient::from_str(&value.to_string())
            .map(EntrustEvent::Devices)
            .map_err(EntrustError::Invalid)
    }
}

#[cfg(feature = "webhook")]
pub use receiver::{router, serve};

#[cfg(feature = "webhook")]
mod receiver {
    use std::future::Future;
    use std::sync::Arc;

    use axum::body::Bytes;
    use axum::http::{HeaderMap, Method, StatusCode};
    use axum::response::{IntoResponse, Response};
    use axum::Router;
    use client_core::webhook::WebhookOptions;

    use super::{EntrustCallback, EntrustEvent, EntrustReceiver, SIGNATURE_HEADER};

    /// An axum [`Router`] answering entrust callbacks on `path` only: the probe and
    /// every verified [`EntrustCallback`] get `200 {"error_code":0}` (the handler runs
    /// first, for callbacks); a missing or wrong signature gets `401`, a malformed body
    /// `400` (`{"error":"<kind>","reason":"<text>"}`), other methods `405`. Neither
    /// rejection calls the handler.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use tums_client::entrust::{router, EntrustReceiver};
    /// let app = router("/tums/entrust/5d1e", EntrustReceiver::new().secret_key("123abc"), |cb| async move {
    ///     println!("{} devices", cb.entrust_dev_list.len())
    /// });
    /// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    /// let addr = listener.local_addr()?;
    /// tokio::spawn(async move { axum::serve(listener, app).await });
    /// println!("callbackAddress: http://{addr}/tums/entrust/5d1e");
    /// # Ok(()) }
    /// ```
    pub fn router<H, Fut>(path: &str, receiver: EntrustReceiver, handler: H) -> Router
    where
        H: Fn(EntrustCallback) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let mut path = path.to_owned();
        if !path.starts_with('/') {
            path.insert(0, '/');
        }
        let handler = Arc::new(handler);
        let receiver = Arc::new(receiver);
        Router::new().route(
            &path,
            axum::routing::any(move |method: Method, headers: HeaderMap, body: Bytes| {
                let handler = handler.clone();
                let receiver = receiver.clone();
                async move { receive(method, &headers, body, &receiver, handler.as_ref()).await }
            }),
        )
    }

    async fn receive<H, Fut>(
        method: Method,
        headers: &HeaderMap,
        body: Bytes,
        receiver: &EntrustReceiver,
        handler: &H,
    ) -> Response
    where
        H: Fn(EntrustCallback) -> Fut,
        Fut: Future<Output = ()>,
    {
        if method != Method::POST {
            return (
                StatusCode::METHOD_NOT_ALLOWED,
                axum::Json(serde_json::json!({"error": "method_not_allowed", "reason": "entrust callbacks are POSTed"})),
            )
                .into_response();
        }
        let header = headers.get(SIGNATURE_HEADER).and_then(|v| v.to_str().ok());
        let ok = || {
            (
                StatusCode::OK,
                axum::Json(serde_json::json!({"error_code": 0})),
            )
                .into_response()
        };
        match receiver.receive(header, &body) {
            Ok(EntrustEvent::Probe) => ok(),
            Ok(EntrustEvent::Devices(cb)) => {
                handler(cb).await;
                ok()
            }
            Err(e) => {
                tracing::warn!(error = %e, "rejected a TUMS entrust callback");
                let status = if e.is_signature() {
                    StatusCode::UNAUTHORIZED
                } else {
                    StatusCode::BAD_REQUEST
                };
                (
                    status,
                    axum::Json(serde_json::json!({"error": e.kind(), "reason": e.to_string()})),
                )
                    .into_response()
            }
        }
    }

    /// Serves [`router`] on `options.path` through [`client_core::webhook::serve`] until
    /// `shutdown` resolves (other paths `404`, the shared token when set, the source
    /// allow-list, connection cap and header/request/body limits).
    ///
    /// ```no_run
    /// # async fn demo() -> std::io::Result<()> {
    /// use tums_client::entrust::{serve, EntrustReceiver};
    /// use tums_client::webhook::WebhookOptions;
    /// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    /// serve(listener, WebhookOptions::new("/tums/entrust/5d1e"), EntrustReceiver::new().secret_key("123abc"),
    ///     |cb| async move { println!("{cb:?}") }, std::future::pending()).await
    /// # }
    /// ```
    pub async fn serve<H, Fut>(
        listener: tokio::net::TcpListener,
        options: WebhookOptions,
        receiver: EntrustReceiver,
        handler: H,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()>
    where
        H: Fn(EntrustCallback) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let app = router(&options.path, receiver, handler);
        client_core::webhook::serve(listener, app, options, shutdown).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "123abc";
    const BODY: &[u8] = br#"{"entrustDevList":[{"qrCode":"16E0091709B04C926","mac":"00-FF-00-17-00-18","entrustStatus":1,"channelId":1}]}"#;

    #[test]
    fn valid_tampered_and_wrong_key() {
        let r = EntrustReceiver::new().secret_key(KEY);
        let h = header_value(KEY, BODY);
        match r.receive(Some(&h), BODY).unwrap() {
            EntrustEvent::Devices(cb) => {
                assert_eq!(
                    cb.entrust_dev_list[0].entrust_status,
                    Some(EntrustStatus::Entrusted)
                )
            }
            other => panic!("{other:?}"),
        }
        let mut tampered = BODY.to_vec();
        tampered[30] ^= 1;
        assert!(matches!(
            r.receive(Some(&h), &tampered),
            Err(EntrustError::BadSignature)
        ));
        let wrong = header_value("123abd", BODY);
        assert!(matches!(
            r.receive(Some(&wrong), BODY),
            Err(EntrustError::BadSignature)
        ));
        assert!(matches!(r.receive(None, BODY), Err(EntrustError::Unsigned)));
        assert!(matches!(
            r.receive(Some("Signature=zz"), BODY),
            Err(EntrustError::BadSignature)
        ));
        // Upper-case hex is the same signature.
        let upper = format!("Signature={}", sign(KEY, BODY).to_uppercase());
        assert!(r.receive(Some(&upper), BODY).is_ok());
    }

    #[test]
    fn probes_and_bodies() {
        let r = EntrustReceiver::new().secret_key(KEY);
        assert_eq!(r.receive(None, b" { } ").unwrap(), EntrustEvent::Probe);
        let signed = header_value(KEY, b"{}");
        assert_eq!(
            r.receive(Some(&signed), b"{}").unwrap(),
            EntrustEvent::Probe
        );
        assert!(r.receive(Some(&header_value("x", b"{}")), b"{}").is_err());
        let strict = r.clone().require_signed_probe();
        assert!(matches!(
            strict.receive(None, b"{}"),
            Err(EntrustError::Unsigned)
        ));
        let open = EntrustReceiver::new();
        assert!(matches!(open.receive(None, b""), Err(EntrustError::Empty)));
        assert!(matches!(
            open.receive(None, b"[1]"),
            Err(EntrustError::NotObject)
        ));
        assert!(matches!(
            open.receive(None, b"{"),
            Err(EntrustError::Invalid(_))
        ));
        assert!(matches!(
            open.receive(None, br#"{"entrustDevList":7}"#),
            Err(EntrustError::Invalid(_))
        ));
        assert!(!format!("{r:?}").contains(KEY));
        assert!(EntrustReceiver::new()
            .secret_key("")
            .receive(None, BODY)
            .is_ok());
    }
}
