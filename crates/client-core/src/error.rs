//! The shared error vocabulary. Each platform crate's `Error` wraps [`Error`] and adds
//! its vendor error codes.

use std::time::Duration;

use http::StatusCode;

/// Longest body excerpt kept in an error (characters).
pub const EXCERPT_LEN: usize = 256;

/// Longest server-provided text (a vendor `msg`) kept in an error (characters).
pub const MESSAGE_LEN: usize = 512;

/// What stands in an error instead of an excerpt of a response that carries
/// credentials (a login answer, a temporary key): such a body is never kept.
pub const REDACTED_BODY: &str = "<credential answer: body not kept>";

/// A parser error with nothing of the input in it, for answers that carry credentials:
/// serde's messages quote the offending value (`invalid type: string "…"`), so only a
/// missing member's name, or the kind of failure and its position, is kept.
///
/// ```
/// let e = serde_json::from_str::<u8>(r#""tok-123""#).unwrap_err();
/// let r = client_core::error::redact_serde(&e);
/// assert!(!r.to_string().contains("tok-123"));
/// ```
pub fn redact_serde(e: &serde_json::Error) -> serde_json::Error {
    let text = e.to_string();
    let kept = match text.strip_prefix("missing field `") {
        Some(rest) if rest.contains('`') => {
            let field = rest.split('`').next().unwrap_or_default();
            format!("missing field `{field}`")
        }
        _ => {
            let kind = match e.classify() {
                serde_json::error::Category::Io => "i/o",
                serde_json::error::Category::Syntax => "syntax",
                serde_json::error::Category::Data => "data",
                serde_json::error::Category::Eof => "eof",
            };
            format!(
                "{kind} error at line {} column {} (details withheld: the answer carries credentials)",
                e.line(),
                e.column()
            )
        }
    };
    <serde_json::Error as serde::de::Error>::custom(kept)
}

/// A server-provided text bounded to [`MESSAGE_LEN`] characters, control characters
/// replaced.
///
/// ```
/// let m = client_core::error::bounded_message(&"错".repeat(10_000));
/// assert!(m.chars().count() <= client_core::error::MESSAGE_LEN + 1);
/// ```
pub fn bounded_message(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(MESSAGE_LEN)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(MESSAGE_LEN).is_some() {
        out.push('…');
    }
    out
}

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
    /// The request did not complete within the configured timeout: one attempt's
    /// timeout, or the operation timeout over every attempt.
    #[error("request to {path} timed out after {after:?} ({attempts} attempt(s) made)")]
    Timeout {
        /// Endpoint path.
        path: String,
        /// The timeout that elapsed.
        after: Duration,
        /// Attempts started before the time ran out (1 for a single attempt's timeout).
        attempts: u32,
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
    /// The response body is larger than the configured limit; reading stopped there.
    #[error("the response of {path} is larger than the limit of {limit} bytes")]
    BodyTooLarge {
        /// Endpoint path.
        path: String,
        /// The limit in bytes.
        limit: usize,
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
    /// Over a rate limit: the server said so (HTTP 429, `Retry-After` honoured), or a
    /// client-side limit the seed states was hit and the client was told not to wait.
    #[error("rate limited on {path}{}", .message.as_deref().map(|m| format!(": {m}")).unwrap_or_default())]
    RateLimited {
        /// Endpoint path.
        path: String,
        /// `Retry-After`, when the server sent one.
        retry_after: Option<Duration>,
        /// Which limit, for client-side limits.
        message: Option<String>,
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

    /// Builds an [`Error::Decode`] for a response that carries credentials: no
    /// excerpt of the body is kept (see [`REDACTED_BODY`]), and neither is the parser's
    /// own message, which quotes the offending value (`invalid type: string "…"`):
    /// only the kind of failure and its position.
    pub fn decode_redacted(path: impl Into<String>, source: serde_json::Error) -> Self {
        Error::Decode {
            path: path.into(),
            excerpt: REDACTED_BODY.to_owned(),
            source: redact_serde(&source),
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
            // A server's 429 may be retried; a client-side limit the caller asked to
            // fail fast on (it carries a message) must not be.
            Error::RateLimited { message: None, .. } => RetryClass::Always,
            Error::RateLimited { .. } => RetryClass::Never,
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

/// A platform's typed error code (the vendor's 错误码 table).
pub trait VendorCode:
    Copy + std::fmt::Debug + std::fmt::Display + PartialEq + Send + Sync + 'static
{
    /// The platform's name in messages (`"TUMS"`, `"MCS8"`…).
    const PLATFORM: &'static str;
    /// The typed code of a raw value (undocumented values kept as unknown).
    fn from_code(code: i64) -> Self;
    /// The raw value.
    fn code(&self) -> i64;
    /// How a request that failed with this code may be retried (default: never).
    fn retry_class(&self) -> RetryClass {
        RetryClass::Never
    }
}

/// A vendor error: the platform answered with a non-success code.
///
/// The one shape of every platform's vendor error: the endpoint path, the typed code
/// (with the seed's description), the vendor's message bounded to [`MESSAGE_LEN`]
/// characters, and the HTTP status the answer came with.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiError<C> {
    /// Endpoint path (or WebSocket URI).
    pub path: String,
    /// The typed code.
    pub code: C,
    /// The platform's message, bounded; `None` when it sent none.
    pub message: Option<String>,
    /// The HTTP status of the answer (200 for envelopes inside a 200, and for
    /// WebSocket replies).
    pub status: StatusCode,
}

impl<C: VendorCode> ApiError<C> {
    /// A vendor error; `message` is bounded to [`MESSAGE_LEN`] characters and an empty
    /// one is dropped.
    pub fn new(
        path: impl Into<String>,
        code: C,
        message: Option<&str>,
        status: StatusCode,
    ) -> Self {
        Self {
            path: path.into(),
            code,
            message: message
                .map(str::trim)
                .filter(|m| !m.is_empty())
                .map(bounded_message),
            status,
        }
    }
}

impl<C: VendorCode> std::fmt::Display for ApiError<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} error {} on {}", C::PLATFORM, self.code, self.path)?;
        if !self.status.is_success() {
            write!(f, " (HTTP {})", self.status.as_u16())?;
        }
        match &self.message {
            // Skip a message that only repeats the code's own description.
            Some(m) if !self.code.to_string().contains(m.as_str()) => write!(f, ": {m}"),
            _ => Ok(()),
        }
    }
}

impl<C: VendorCode> std::error::Error for ApiError<C> {}

impl<C: VendorCode> Retryable for ApiError<C> {
    fn retry_class(&self) -> RetryClass {
        self.code.retry_class()
    }
}
