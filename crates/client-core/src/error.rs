//! The shared error vocabulary. Each platform crate's `Error` wraps [`Error`] and adds
//! its vendor error codes.

use std::time::Duration;

use http::StatusCode;

/// Longest body excerpt kept in an error (characters).
pub const EXCERPT_LEN: usize = 256;

/// A bounded, printable excerpt of a response body: at most [`EXCERPT_LEN`]
/// characters, control characters replaced, never panicking on invalid UTF-8.
///
/// ```
/// let long = "x".repeat(1000);
/// let e = client_core::excerpt(long.as_bytes());
/// assert!(e.chars().count() <= client_core::error::EXCERPT_LEN + 1);
/// assert!(e.ends_with('…'));
/// ```
pub fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out: String = text
        .chars()
        .take(EXCERPT_LEN)
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect();
    if text.chars().nth(EXCERPT_LEN).is_some() {
        out.push('…');
    }
    out
}

/// Errors common to every platform client.
///
/// None of the variants carries a secret: URLs are stripped of their query, header
/// values are never included, and bodies appear only as bounded excerpts.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be sent or the response could not be read
    /// (DNS, connect, TLS, reset…).
    #[error("transport error on {path}: {message}")]
    Transport {
        /// Endpoint path.
        path: String,
        /// What failed.
        message: String,
        /// `true` when the connection was never established, so the request cannot
        /// have reached the server (safe to retry even for writes).
        connect: bool,
        /// The underlying error, with its URL removed.
        #[source]
        source: Option<reqwest::Error>,
    },
    /// The request did not complete within the configured timeout.
    #[error("request to {path} timed out after {after:?}")]
    Timeout {
        /// Endpoint path.
        path: String,
        /// The timeout that elapsed.
        after: Duration,
    },
    /// The server answered with a non-success HTTP status.
    #[error("HTTP {status} from {path}: {excerpt}")]
    Http {
        /// Endpoint path.
        path: String,
        /// The status code.
        status: StatusCode,
        /// A bounded excerpt of the body (HTML error pages survive as text).
        excerpt: String,
    },
    /// The response body could not be decoded into the expected type.
    #[error("cannot decode the response of {path}: {source}; body: {excerpt}")]
    Decode {
        /// Endpoint path.
        path: String,
        /// A bounded excerpt of the body.
        excerpt: String,
        /// The serde error (line, column, what was expected).
        #[source]
        source: serde_json::Error,
    },
    /// The request could not be encoded.
    #[error("cannot encode the request for {path}: {message}")]
    Encode {
        /// Endpoint path.
        path: String,
        /// What failed.
        message: String,
    },
    /// The server said the caller is over its rate limit (HTTP 429 or a vendor code
    /// with that meaning).
    #[error("rate limited by the server on {path}")]
    RateLimited {
        /// Endpoint path.
        path: String,
        /// `Retry-After`, when the server sent one.
        retry_after: Option<Duration>,
    },
    /// Signing the request failed.
    #[error("signing failed: {0}")]
    Signing(String),
    /// The request was rejected client-side before sending (a documented range or
    /// length violated). The message names the field and the allowed range.
    #[error("invalid request for {path}: {message}")]
    InvalidRequest {
        /// Endpoint path.
        path: String,
        /// Which field, what was given and what is allowed.
        message: String,
    },
    /// The paginator stopped a server that made no progress.
    #[error("pagination stopped: {0}")]
    Pagination(String),
    /// The client was configured wrongly (bad base URL, missing variable…).
    #[error("configuration error: {0}")]
    Config(String),
}

impl From<auth_signing::SignError> for Error {
    fn from(e: auth_signing::SignError) -> Self {
        Error::Signing(e.to_string())
    }
}

impl Error {
    /// Builds an [`Error::InvalidRequest`].
    pub fn invalid(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error::InvalidRequest {
            path: path.into(),
            message: message.into(),
        }
    }

    /// Builds an [`Error::Decode`] with a bounded excerpt of `body`.
    pub fn decode(path: impl Into<String>, body: &[u8], source: serde_json::Error) -> Self {
        Error::Decode {
            path: path.into(),
            excerpt: excerpt(body),
            source,
        }
    }

    /// The HTTP status, when the error carries one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Http { status, .. } => Some(*status),
            Error::RateLimited { .. } => Some(StatusCode::TOO_MANY_REQUESTS),
            _ => None,
        }
    }

    /// `true` when another attempt may succeed (see [`Retryable`]).
    pub fn is_retryable(&self) -> bool {
        self.retry_class() != RetryClass::Never
    }
}

/// When an error may be retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryClass {
    /// Retrying cannot help (bad request, bad signature, decode error…).
    Never,
    /// The request may have been processed: retry only idempotent requests (reads),
    /// or writes whose caller opted in.
    IfIdempotent,
    /// The server certainly did not process the request (connect failure, "busy, try
    /// again", rate limited): retry any request.
    Always,
}

/// Classifies errors for the retry loop.
pub trait Retryable {
    /// How this error may be retried.
    fn retry_class(&self) -> RetryClass;

    /// A server-provided delay before the next attempt, if any.
    fn retry_after(&self) -> Option<Duration> {
        None
    }
}

impl Retryable for Error {
    fn retry_class(&self) -> RetryClass {
        match self {
            Error::Transport { connect: true, .. } => RetryClass::Always,
            Error::Transport { .. } | Error::Timeout { .. } => RetryClass::IfIdempotent,
            Error::RateLimited { .. } => RetryClass::Always,
            Error::Http { status, .. } => match *status {
                StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE => {
                    RetryClass::Always
                }
                StatusCode::INTERNAL_SERVER_ERROR
                | StatusCode::BAD_GATEWAY
                | StatusCode::GATEWAY_TIMEOUT => RetryClass::IfIdempotent,
                _ => RetryClass::Never,
            },
            _ => RetryClass::Never,
        }
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}
