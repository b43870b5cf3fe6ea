//! The crate's [`Error`]: shared client errors plus TUMS vendor errors.

use std::fmt;

use client_core::{RetryClass, Retryable};

use crate::envelope::FailItem;
use crate::error_codes::ErrorCode;

/// Everything that can go wrong calling TUMS.
///
/// * [`Error::Core`] — transport, timeout, HTTP status, decode, client-side validation,
///   signing and configuration errors (see [`client_core::Error`]);
/// * [`Error::Api`] — the platform answered with a non-zero `error_code`;
/// * [`Error::PartialFailure`] — a batch call failed for some items (`failList`);
/// * [`Error::RateLimited`] — a limit the seed states was hit client-side.
///
/// No variant carries a secret.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A shared client error (transport, timeout, HTTP, decode, invalid request…).
    #[error(transparent)]
    Core(#[from] client_core::Error),
    /// 错误码 — the platform answered with a non-zero `error_code` (1.3.3, 1.5).
    #[error("TUMS error {code}{}", fmt_msg(code, .message))]
    Api {
        /// The typed code, with the seed's description.
        code: ErrorCode,
        /// 错误信息 — the platform's `msg`, when sent (may be English; never match on it).
        message: Option<String>,
    },
    /// 失败列表 — a batch call failed for some of its items (`failList`, 1.3.3). The
    /// items that are not listed succeeded.
    #[error("{} item(s) of a batch call failed (error_code {code}): first {}", .fail_list.len(), fmt_first(.fail_list))]
    PartialFailure {
        /// The envelope's `error_code` (0 when the call as a whole "succeeded").
        code: ErrorCode,
        /// The failed items, with their own error codes.
        fail_list: Vec<FailItem>,
        /// The rest of `result` (for example a `successList`), free-form JSON as
        /// received, when the response had one.
        result: Option<serde_json::Value>,
    },
    /// A client-side limit the seed states was hit and the client was configured not
    /// to wait (for example one export per 5 s, 1.4.9.3/4).
    #[error("client-side rate limit on {path}: {message}")]
    RateLimited {
        /// Endpoint path.
        path: String,
        /// Which limit.
        message: String,
    },
    /// The temporary credentials could not be obtained or refreshed.
    #[error("temporary credentials: {0}")]
    Credentials(#[source] Box<Error>),
}

fn fmt_msg(code: &ErrorCode, message: &Option<String>) -> String {
    match message {
        Some(m) if !m.is_empty() && code.description() != Some(m.as_str()) => format!(": {m}"),
        _ => String::new(),
    }
}

fn fmt_first(items: &[FailItem]) -> String {
    match items.first() {
        Some(item) => {
            let who = item
                .qr_code
                .as_deref()
                .or(item.mac.as_deref())
                .or(item.child_mac.as_deref())
                .or(item.uuid.as_deref())
                .map(str::to_owned)
                .or_else(|| item.alarm_type.map(|t| format!("alarmType {t}")))
                .unwrap_or_else(|| "item".to_owned());
            format!("{who}: {}", ErrorCode::from_code(item.error_code))
        }
        None => "none".to_owned(),
    }
}

impl fmt::Display for ErrorCode {
    /// `-10301 (签名不匹配)`, or just the number for unknown codes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.description() {
            Some(d) => write!(f, "{} ({d})", self.code()),
            None => write!(f, "{}", self.code()),
        }
    }
}

impl serde::Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        client_core::lenient::int::deserialize(d).map(ErrorCode::from_code)
    }
}

impl ErrorCode {
    /// `true` for the signing codes -10301..=-10305 (1.2.2.4).
    pub fn is_signature_error(&self) -> bool {
        (-10305..=-10301).contains(&self.code())
    }

    /// How a request that failed with this code may be retried.
    ///
    /// * `Always` — the seed says "busy, retry" or reports a request-rate limit:
    ///   -20003 云端繁忙, -201004 服务器繁忙, -80524 系统忙, -81636 服务器忙, -87050 系统繁忙,
    ///   -40109 设备系统繁忙, -80343 设备添加失败请重试, -80351 设备规格正在同步请稍后重试,
    ///   -20004 API请求超限, -10200/-10201 请求次数过多, -82112 操作过于频繁;
    /// * `IfIdempotent` — the outcome is unknown: -20000/-201001 服务器内部错误,
    ///   -20002/-201003/-82432 请求超时, -20005 发往设备端的请求超时, -40108 设备响应超时,
    ///   -87035 设备数据获取超时;
    /// * `Never` — everything else, including every signature error (re-sending a
    ///   wrongly signed request cannot help) and -88303 (plan usage exhausted).
    pub fn retry_class(&self) -> RetryClass {
        match self.code() {
            -20003 | -201004 | -80524 | -81636 | -87050 | -40109 | -80343 | -80351 | -20004
            | -10200 | -10201 | -82112 => RetryClass::Always,
            -20000 | -201001 | -20002 | -201003 | -82432 | -20005 | -40108 | -87035 => {
                RetryClass::IfIdempotent
            }
            _ => RetryClass::Never,
        }
    }
}

impl Error {
    /// The vendor error code, for [`Error::Api`] and [`Error::PartialFailure`].
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Error::Api { code, .. } | Error::PartialFailure { code, .. } => Some(*code),
            Error::Credentials(inner) => inner.code(),
            _ => None,
        }
    }

    /// `true` when retrying the same request may succeed (for a request that is safe
    /// to repeat). The client already retries these within its [`client_core::RetryPolicy`].
    pub fn is_retryable(&self) -> bool {
        self.retry_class() != RetryClass::Never
    }

    /// `true` for the signing errors -10301..=-10305.
    pub fn is_signature_error(&self) -> bool {
        matches!(self, Error::Api { code, .. } if code.is_signature_error())
    }

    /// `true` when the error was raised client-side before anything was sent (a
    /// documented range or length was violated).
    pub fn is_invalid_request(&self) -> bool {
        matches!(self, Error::Core(client_core::Error::InvalidRequest { .. }))
    }
}

impl Retryable for Error {
    fn retry_class(&self) -> RetryClass {
        match self {
            Error::Core(e) => e.retry_class(),
            Error::Api { code, .. } => code.retry_class(),
            Error::PartialFailure { .. } => RetryClass::Never,
            Error::RateLimited { .. } => RetryClass::Never,
            // The fetch already ran its own retry loop.
            Error::Credentials(_) => RetryClass::Never,
        }
    }

    fn retry_after(&self) -> Option<std::time::Duration> {
        match self {
            Error::Core(e) => e.retry_after(),
            _ => None,
        }
    }
}

/// `Result` with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
