//! The crate's [`Error`]: the shared transport/decode vocabulary of `client-core` plus
//! the box's own failures (a non-zero `code` in the response envelope).

use client_core::{RetryClass, Retryable};

use crate::error_codes::ErrorCode;

/// Everything a Hongtu call can fail with.
///
/// ```
/// use hongtu_client::{Error, ErrorCode};
/// let e = Error::Api { path: "/v1/api/person/list".into(), code: ErrorCode::from_code(100008), message: "签名错误".into() };
/// assert_eq!(e.code(), Some(ErrorCode::SIGNATURE_ERROR));
/// assert!(!e.is_retryable());
/// assert_eq!(e.to_string(), "Hongtu error 100008 on /v1/api/person/list: 签名错误");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Transport, timeout, HTTP status, decoding, invalid request, configuration… (the
    /// shared vocabulary of every anfang client).
    #[error(transparent)]
    Core(#[from] client_core::Error),
    /// The box answered with a non-zero `code` (返回码): the request was understood and
    /// refused. `message` is the box's `msg`, the authoritative text.
    #[error("Hongtu error {} on {path}: {message}", code.code())]
    Api {
        /// The endpoint path.
        path: String,
        /// The error code (see [`ErrorCode`] for every documented one).
        code: ErrorCode,
        /// The box's `msg` (or the seed's description when `msg` is absent).
        message: String,
    },
}

impl Error {
    /// The box's error code, for [`Error::Api`].
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Error::Api { code, .. } => Some(*code),
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

    /// Builds an [`Error::Api`] from an envelope's `code` and `msg`.
    pub fn api(path: impl Into<String>, code: i64, msg: Option<String>) -> Self {
        let code = ErrorCode::from_code(code);
        let message = msg
            .filter(|m| !m.trim().is_empty())
            .or_else(|| code.description().map(str::to_owned))
            .unwrap_or_default();
        Error::Api {
            path: path.into(),
            code,
            message,
        }
    }
}

impl Retryable for Error {
    fn retry_class(&self) -> RetryClass {
        match self {
            Error::Core(e) => e.retry_class(),
            // 121064 聚类服务异常，请稍后重试！ — the seed's only "try again later" code.
            Error::Api { code, .. } if code.code() == 121064 => RetryClass::Always,
            Error::Api { .. } => RetryClass::Never,
        }
    }

    fn retry_after(&self) -> Option<std::time::Duration> {
        match self {
            Error::Core(e) => e.retry_after(),
            Error::Api { .. } => None,
        }
    }
}

/// Shorthand for `Result<T, hongtu_client::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;
