//! The crate's [`Error`]: the shared vocabulary of `client-core` (transport, timeout,
//! HTTP status, decode, rate limit…) plus the box's own refusals (a non-zero `code` in
//! the response envelope) as [`ApiError<ErrorCode>`].

use client_core::{ApiError, RetryClass, Retryable, VendorCode};

use crate::error_codes::ErrorCode;

/// Everything a Hongtu call can fail with.
///
/// ```
/// use hongtu_client::{ApiError, Error, ErrorCode};
/// let e = Error::from(ApiError::new(
///     "/v1/api/person/list",
///     ErrorCode::from_code(100008),
///     Some("签名错误"),
///     http::StatusCode::OK,
/// ));
/// assert_eq!(e.code(), Some(ErrorCode::SIGNATURE_ERROR));
/// assert!(!e.is_retryable());
/// assert_eq!(e.to_string(), "Hongtu error 100008 签名错误 on /v1/api/person/list");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Transport, timeout, HTTP status, decoding, invalid request, configuration, rate
    /// limit… (the shared vocabulary of every anfang client).
    #[error(transparent)]
    Core(#[from] client_core::Error),
    /// The box answered with a non-zero `code` (返回码): the request was understood and
    /// refused. Carries the endpoint path, the typed code, the box's `msg` (bounded) and
    /// the HTTP status.
    #[error(transparent)]
    Api(#[from] ApiError<ErrorCode>),
}

impl VendorCode for ErrorCode {
    const PLATFORM: &'static str = "Hongtu";

    fn from_code(code: i64) -> Self {
        ErrorCode::from_code(code)
    }

    fn code(&self) -> i64 {
        ErrorCode::code(self)
    }

    fn retry_class(&self) -> RetryClass {
        // 121064 聚类服务异常，请稍后重试！ — the seed's only "try again later" code.
        if ErrorCode::code(self) == 121064 {
            RetryClass::Always
        } else {
            RetryClass::Never
        }
    }
}

impl Error {
    /// The box's error code, for [`Error::Api`].
    pub fn code(&self) -> Option<ErrorCode> {
        self.api().map(|e| e.code)
    }

    /// The vendor error, for [`Error::Api`].
    pub fn api(&self) -> Option<&ApiError<ErrorCode>> {
        match self {
            Error::Api(e) => Some(e),
            Error::Core(_) => None,
        }
    }

    /// `true` when the box rejected the signature (100008 签名错误): wrong secret, wrong
    /// app key, or a body altered after signing.
    pub fn is_signature_error(&self) -> bool {
        self.code() == Some(ErrorCode::SIGNATURE_ERROR)
    }

    /// `true` when another attempt may succeed (see [`Retryable`]).
    pub fn is_retryable(&self) -> bool {
        self.retry_class() != RetryClass::Never
    }

    /// A vendor error for `path` from a per-item `code` and `msg` (batch answers),
    /// as if the box had answered it in the envelope with HTTP 200.
    pub(crate) fn item(path: &str, code: i64, msg: Option<&str>) -> Self {
        ApiError::new(path, ErrorCode::from_code(code), msg, http::StatusCode::OK).into()
    }
}

impl Retryable for Error {
    fn retry_class(&self) -> RetryClass {
        match self {
            Error::Core(e) => e.retry_class(),
            Error::Api(e) => e.retry_class(),
        }
    }

    fn retry_after(&self) -> Option<std::time::Duration> {
        match self {
            Error::Core(e) => e.retry_after(),
            Error::Api(_) => None,
        }
    }
}

/// Shorthand for `Result<T, hongtu_client::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;
