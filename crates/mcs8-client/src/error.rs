//! The crate's [`Error`] and the platform's error codes (appendix A.1).

use std::time::Duration;

use client_core::{ApiError, RetryClass, Retryable};
use http::StatusCode;

client_core::int_enum! {
    /// 错误码 — an MCS8 result code (appendix A.1: "遵循 HTTP Status Code 格式").
    ///
    /// `0` and `200` mean success; every other documented code has a variant and
    /// [`ErrorCode::description`] gives the seed's text. Undocumented codes are kept in
    /// `Unknown`.
    pub enum ErrorCode {
        /// 0 操作成功 — success.
        Success = 0,
        /// 200 操作成功 — success.
        Ok = 200,
        /// 302 记录重复 — duplicate record.
        Duplicate = 302,
        /// 303 参数错误 — invalid parameter.
        InvalidParameter = 303,
        /// 304 设备 ID 错误/无效 — wrong or invalid device id.
        InvalidDeviceId = 304,
        /// 305 企业 ID 错误/无效 — wrong or invalid enterprise id.
        InvalidEnterpriseId = 305,
        /// 306 用于 ID 错误/无效 — wrong or invalid user id (seed: 用于, read 用户).
        InvalidUserId = 306,
        /// 331 密码错误 — wrong password (login signature rejected).
        WrongPassword = 331,
        /// 332 (数据)已过期/已失效 — (data) expired or no longer valid; for a token,
        /// the token expired.
        Expired = 332,
        /// 333 (数据)非法的/无效的 — (data) illegal or invalid.
        Invalid = 333,
        /// 400 错误请求 — bad request.
        BadRequest = 400,
        /// 401 无权访问 — unauthorised (missing, wrong or logged-out token).
        Unauthorized = 401,
        /// 402 许可证无效 — invalid licence.
        InvalidLicence = 402,
        /// 403 设备授权数已达最大值 — licensed device count reached.
        DeviceLimitReached = 403,
        /// 404 (数据)不存在 — (data) not found.
        NotFound = 404,
        /// 405 不支持 — not supported.
        NotSupported = 405,
        /// 406 已禁用 — disabled (e.g. the user account is disabled).
        Disabled = 406,
        /// 407 账号已锁定 — account locked.
        AccountLocked = 407,
        /// 410 写入数据库失败 — database write failed.
        DatabaseWriteFailed = 410,
        /// 411 写入缓存失败 — cache write failed.
        CacheWriteFailed = 411,
        /// 500 服务器错误 — server error (e.g. an unhandled exception).
        ServerError = 500,
        /// 1001 第三方服务不可用 — third-party service unavailable.
        ThirdPartyUnavailable = 1001,
    }
}

impl ErrorCode {
    /// `true` for `0` and `200` (操作成功).
    pub fn is_success(&self) -> bool {
        matches!(self, ErrorCode::Success | ErrorCode::Ok)
    }

    /// The seed's description of the code (A.1 说明), in Chinese and English.
    pub fn description(&self) -> &'static str {
        match self {
            ErrorCode::Success | ErrorCode::Ok => "操作成功 (success)",
            ErrorCode::Duplicate => "记录重复 (duplicate record)",
            ErrorCode::InvalidParameter => "参数错误 (invalid parameter)",
            ErrorCode::InvalidDeviceId => "设备 ID 错误/无效 (invalid device id)",
            ErrorCode::InvalidEnterpriseId => "企业 ID 错误/无效 (invalid enterprise id)",
            ErrorCode::InvalidUserId => "用户 ID 错误/无效 (invalid user id)",
            ErrorCode::WrongPassword => "密码错误 (wrong password)",
            ErrorCode::Expired => "(数据)已过期/已失效 (expired or no longer valid)",
            ErrorCode::Invalid => "(数据)非法的/无效的 (illegal or invalid data)",
            ErrorCode::BadRequest => "错误请求 (bad request)",
            ErrorCode::Unauthorized => "无权访问 (unauthorised)",
            ErrorCode::InvalidLicence => "许可证无效 (invalid licence)",
            ErrorCode::DeviceLimitReached => "设备授权数已达最大值 (licensed device count reached)",
            ErrorCode::NotFound => "(数据)不存在 (not found)",
            ErrorCode::NotSupported => "不支持 (not supported)",
            ErrorCode::Disabled => "已禁用 (disabled)",
            ErrorCode::AccountLocked => "账号已锁定 (account locked)",
            ErrorCode::DatabaseWriteFailed => "写入数据库失败 (database write failed)",
            ErrorCode::CacheWriteFailed => "写入缓存失败 (cache write failed)",
            ErrorCode::ServerError => "服务器错误 (server error)",
            ErrorCode::ThirdPartyUnavailable => {
                "第三方服务不可用 (third-party service unavailable)"
            }
            ErrorCode::Unknown(_) => "未知错误码 (code not documented in appendix A.1)",
        }
    }

    /// `true` for the codes that mean the access token is no longer accepted
    /// (401 无权访问, 332 已过期/已失效): the client logs in again once and retries.
    pub fn is_auth_failure(&self) -> bool {
        matches!(self, ErrorCode::Unauthorized | ErrorCode::Expired)
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.code(), self.description())
    }
}

impl client_core::VendorCode for ErrorCode {
    const PLATFORM: &'static str = "MCS8";

    fn from_code(code: i64) -> Self {
        ErrorCode::from_code(code)
    }

    fn code(&self) -> i64 {
        ErrorCode::code(self)
    }

    fn retry_class(&self) -> RetryClass {
        match self {
            // "Service unavailable": nothing was done, like HTTP 503; 429 in an
            // envelope: over the rate limit, nothing was done either.
            ErrorCode::ThirdPartyUnavailable | ErrorCode::Unknown(429) => RetryClass::Always,
            // Transient server-side failures: safe to repeat reads only.
            ErrorCode::ServerError
            | ErrorCode::DatabaseWriteFailed
            | ErrorCode::CacheWriteFailed => RetryClass::IfIdempotent,
            _ => RetryClass::Never,
        }
    }
}

/// Errors of the MCS8 client.
///
/// No variant carries a secret (passwords, tokens, signatures): messages name the
/// endpoint path and the platform's code and text only.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Transport, HTTP status, decode, timeout, validation, rate limit (HTTP 429 with
    /// its `Retry-After`)… (shared vocabulary).
    #[error(transparent)]
    Core(#[from] client_core::Error),
    /// The platform answered with a non-success result code (appendix A.1): the
    /// endpoint path, the typed code, the bounded `Message`/`msg` and the HTTP status.
    #[error(transparent)]
    Api(#[from] ApiError<ErrorCode>),
    /// No credentials and no token: configure a username and password or call
    /// [`crate::Client::with_token`].
    #[error("not authenticated: the client has neither credentials nor a token")]
    NotAuthenticated,
    /// A signed file URL was requested for longer than the platform allows (2.5.4:
    /// "不得大于 7 天").
    #[error("signed URL expiry of {requested:?} exceeds the platform maximum of {max:?}")]
    SignedUrlExpiryTooLong {
        /// What was asked for.
        requested: Duration,
        /// The maximum (7 days).
        max: Duration,
    },
}

impl Error {
    /// The typed platform code, when the error is a platform answer.
    pub fn code(&self) -> Option<ErrorCode> {
        self.api().map(|e| e.code)
    }

    /// The platform answer, when the error is one.
    pub fn api(&self) -> Option<&ApiError<ErrorCode>> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// `true` when the access token was rejected (HTTP 401, or code 401/332).
    pub fn is_auth_failure(&self) -> bool {
        match self {
            Error::Api(e) => e.code.is_auth_failure() || e.status == StatusCode::UNAUTHORIZED,
            Error::Core(e) => e.status() == Some(StatusCode::UNAUTHORIZED),
            _ => false,
        }
    }

    /// `true` when another attempt may succeed (see [`Retryable`]).
    pub fn is_retryable(&self) -> bool {
        self.retry_class() != RetryClass::Never
    }
}

impl Retryable for Error {
    fn retry_class(&self) -> RetryClass {
        match self {
            Error::Core(e) => e.retry_class(),
            Error::Api(e) => e.retry_class(),
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

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
