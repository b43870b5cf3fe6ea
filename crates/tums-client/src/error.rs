//! The crate's [`Error`]: shared client errors plus TUMS vendor errors.

use std::fmt;

use client_core::{ApiError, RetryClass, Retryable, VendorCode};

use crate::envelope::FailItem;
use crate::error_codes::ErrorCode;

/// Everything that can go wrong calling TUMS.
///
/// * [`Error::Core`] — transport, timeout, HTTP status, decode, client-side validation
///   and rate limits (one export per 5 s: [`client_core::Error::RateLimited`] with a
///   message), signing and configuration errors (see [`client_core::Error`]);
/// * [`Error::Api`] — the platform answered with a non-zero `error_code`: path, typed
///   [`ErrorCode`], bounded `msg`, HTTP status;
/// * [`Error::PartialFailure`] — a batch call failed for some items (`failList`);
/// * [`Error::Credentials`] — temporary keys could not be fetched.
///
/// No variant carries a secret.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A shared client error (transport, timeout, HTTP, decode, invalid request, rate
    /// limit…).
    #[error(transparent)]
    Core(#[from] client_core::Error),
    /// 错误码 — the platform answered with a non-zero `error_code` (1.3.3, 1.5), on the
    /// endpoint [`ApiError::path`].
    #[error(transparent)]
    Api(#[from] ApiError<ErrorCode>),
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
    /// The temporary credentials could not be obtained or refreshed.
    #[error("temporary credentials: {0}")]
    Credentials(#[source] Box<Error>),
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
                .or(item.policy_id.as_deref())
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

    /// How a request that failed with this code may be retried (see
    /// [`VendorCode::retry_class`]).
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
        match ErrorCode::code(self) {
            -20003 | -201004 | -80524 | -81636 | -87050 | -40109 | -80343 | -80351 | -20004
            | -10200 | -10201 | -82112 => RetryClass::Always,
            -20000 | -201001 | -20002 | -201003 | -82432 | -20005 | -40108 | -87035 => {
                RetryClass::IfIdempotent
            }
            _ => RetryClass::Never,
        }
    }
}

impl VendorCode for ErrorCode {
    const PLATFORM: &'static str = "TUMS";

    fn from_code(code: i64) -> Self {
        ErrorCode::from_code(code)
    }

    fn code(&self) -> i64 {
        ErrorCode::code(self)
    }

    fn retry_class(&self) -> RetryClass {
        ErrorCode::retry_class(self)
    }
}

impl Error {
    /// The vendor error code, for [`Error::Api`] and [`Error::PartialFailure`] (and a
    /// failed temporary-key fetch).
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Error::Api(api) => Some(api.code),
            Error::PartialFailure { code, .. } => Some(*code),
            Error::Credentials(inner) => inner.code(),
            _ => None,
        }
    }

    /// The vendor error (path, code, message, HTTP status), for [`Error::Api`].
    pub fn api(&self) -> Option<&ApiError<ErrorCode>> {
        match self {
            Error::Api(api) => Some(api),
            _ => None,
        }
    }

    /// `true` when retrying the same request may succeed (see [`Retryable`]).
    pub fn is_retryable(&self) -> bool {
        self.retry_class() != RetryClass::Never
    }

    /// `true` for the signing errors -10301..=-10305.
    pub fn is_signature_error(&self) -> bool {
        self.api().is_some_and(|a| a.code.is_signature_error())
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
            Error::Api(api) => api.retry_class(),
            Error::PartialFailure { .. } => RetryClass::Never,
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
