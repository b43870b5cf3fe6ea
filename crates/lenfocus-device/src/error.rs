//! The crate's error type.

use std::time::Duration;

use client_core::{ApiError, RetryClass, Retryable};

use crate::enums::ResultCode;

/// Everything that can go wrong on the device side. No variant carries a token, a
/// key or a security code.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Transport, HTTP status, decode (HTTP bodies and WebSocket replies alike),
    /// configuration and signing errors shared with the other anfang clients.
    #[error(transparent)]
    Core(#[from] client_core::Error),
    /// The platform answered with a non-success code (四、错误码): the HTTP path or the
    /// WebSocket uri, the typed code, the platform's `msg` (bounded) and the HTTP
    /// status (200 for WebSocket replies).
    #[error(transparent)]
    Api(client_core::ApiError<ResultCode>),
    /// 421 设备未注册: the device has no `did` yet, or was factory-reset. Wait for
    /// the platform to deliver the device id (see [`crate::DidStore`]) and connect
    /// again — [`crate::Device::connect_until_registered`] does exactly that.
    #[error("device not registered on the platform (421 设备未注册){}", msg_suffix(.message))]
    NotRegistered {
        /// The platform's `msg`, if any.
        message: Option<String>,
    },
    /// No reply with the request's `msgid` arrived in time.
    #[error("no reply to {uri} (msgid {msgid}) within {after:?}")]
    ReplyTimeout {
        /// The request's uri.
        uri: String,
        /// The request's msgid.
        msgid: String,
        /// The timeout that elapsed.
        after: Duration,
    },
    /// The WebSocket could not be opened or failed.
    #[error("WebSocket error: {0}")]
    WebSocket(String),
    /// The session is not connected right now (it may be reconnecting).
    #[error("the session is not connected")]
    NotConnected,
    /// The connection was lost before the reply arrived.
    #[error("the connection was lost before the reply to {uri} arrived")]
    Disconnected {
        /// The request's uri.
        uri: String,
    },
    /// The session was shut down.
    #[error("the session is shut down")]
    Shutdown,
    /// A downloaded OTA component does not match its documented size or hashes.
    #[error("integrity check of {name} failed: {what}")]
    Integrity {
        /// Component name.
        name: String,
        /// Which check failed (expected vs actual).
        what: String,
    },
}

fn msg_suffix(m: &Option<String>) -> String {
    match m {
        Some(m) if !m.is_empty() => format!(": {m}"),
        _ => String::new(),
    }
}

/// A vendor error becomes [`Error::Api`], except 421 设备未注册, which is
/// [`Error::NotRegistered`] wherever it is answered (WebSocket or HTTP).
impl From<ApiError<ResultCode>> for Error {
    fn from(e: ApiError<ResultCode>) -> Self {
        if e.code == ResultCode::NotRegistered {
            Error::NotRegistered { message: e.message }
        } else {
            Error::Api(e)
        }
    }
}

impl Error {
    /// The vendor code, when the platform answered one.
    pub fn code(&self) -> Option<ResultCode> {
        match self {
            Error::NotRegistered { .. } => Some(ResultCode::NotRegistered),
            Error::Api(e) => Some(e.code),
            _ => None,
        }
    }

    /// The vendor error (path or uri, code, message, HTTP status), if this is one.
    pub fn api(&self) -> Option<&ApiError<ResultCode>> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// `true` when another attempt may succeed (see [`Retryable`]).
    pub fn is_retryable(&self) -> bool {
        self.retry_class() != RetryClass::Never
    }

    /// `true` for a 401 (HTTP status or vendor code): the token is missing, invalid
    /// or expired.
    pub fn is_unauthorized(&self) -> bool {
        match self {
            Error::Api(e) => {
                e.code == ResultCode::Unauthorized || e.status == http::StatusCode::UNAUTHORIZED
            }
            Error::Core(e) => e.status() == Some(http::StatusCode::UNAUTHORIZED),
            _ => false,
        }
    }

    /// The error of a WebSocket reply with a non-success `code` to the request sent to
    /// `uri`: [`Error::Api`] (status 200), or [`Error::NotRegistered`] for 421.
    pub fn vendor(uri: impl Into<String>, code: ResultCode, message: Option<String>) -> Self {
        ApiError::new(uri, code, message.as_deref(), http::StatusCode::OK).into()
    }

    /// A message or body for `path` (a uri or HTTP path) that could not be encoded.
    pub(crate) fn encode(path: &str, source: serde_json::Error) -> Self {
        Error::Core(client_core::Error::Encode {
            path: path.to_owned(),
            message: source.to_string(),
        })
    }

    /// A WebSocket reply to `uri` whose result could not be decoded.
    pub(crate) fn decode(uri: &str, json: &str, source: serde_json::Error) -> Self {
        Error::Core(client_core::Error::decode(uri, json.as_bytes(), source))
    }
}

impl Retryable for Error {
    fn retry_class(&self) -> RetryClass {
        match self {
            Error::Core(e) => e.retry_class(),
            Error::Api(e) => e.retry_class(),
            Error::NotConnected => RetryClass::Always,
            Error::ReplyTimeout { .. } | Error::Disconnected { .. } | Error::WebSocket(_) => {
                RetryClass::IfIdempotent
            }
            _ => RetryClass::Never,
        }
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Core(e) => e.retry_after(),
            _ => None,
        }
    }
}

/// The code of [`CommandError::internal`] (not in the seed's table).
pub const INTERNAL_ERROR_CODE: i64 = 500;

/// An error answer of a command handler: the code and `msg` the device replies with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandError {
    /// The reply code.
    pub code: ResultCode,
    /// The reply `msg`.
    pub message: String,
}

impl CommandError {
    /// A reply with `code` and `message`.
    pub fn new(code: ResultCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    /// The default answer of every [`crate::CommandHandler`] method: 404 访问的路径不存在
    /// ("the path does not exist"), the seed's closest code for "this device does not
    /// support that command".
    pub fn not_supported(uri: &str) -> Self {
        Self::new(
            ResultCode::NotFound,
            format!("command {uri} is not supported by this device"),
        )
    }

    /// 420 参数异常 — invalid parameters.
    pub fn invalid_param(message: impl Into<String>) -> Self {
        Self::new(ResultCode::InvalidParam, message)
    }

    /// 426 请求的资源不存在 — the requested resource (person, file…) does not exist.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ResultCode::ResourceNotFound, message)
    }

    /// 500 — the device failed internally (a handler panicked, its reply could not be
    /// encoded, or the command queue is full). The seed's code table (四、错误码) has
    /// no code for this; 500 is the HTTP convention.
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ResultCode::Unknown(INTERNAL_ERROR_CODE), message)
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for CommandError {}

/// The result of a command handler.
pub type CommandResult<T> = std::result::Result<T, CommandError>;

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
