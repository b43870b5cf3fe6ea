//! 2.1 认证及授权管理 — authentication: login, logout, token refresh.

use client_core::Secret;
use serde::{Deserialize, Serialize};

use crate::models::TokenInfo;
use client_core::validate;
use client_core::Ack;

/// 登录（获取 Token）— log in with the password signature and obtain an access token
/// (2.1.1, `POST /api/v1/auth/Token`).
///
/// The body carries `password = hex(SHA256(hex(MD5(password)) + udef_t))`
/// ([`auth_signing::mcs8::login_signature`]), never the password itself. The seed's
/// table names the version member `udef_v` while its JS example sends `udef_ver`; both
/// are sent, each `"v1"`. Normally the [`crate::Client`] does this for you.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Login {
    /// 登录账号 — account name (2.1.1).
    pub username: String,
    /// 密码签名 — the password signature (2.1.1; redacted in `Debug`).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub password: Secret,
    /// 签名时间戳 — UNIX seconds that went into the signature (typed String in the table;
    /// numbers accepted on input) (2.1.1).
    #[serde(with = "client_core::lenient::string")]
    pub udef_t: String,
    /// 版本 — signature version, fixed `"v1"` (table spelling) (2.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub udef_v: Option<String>,
    /// 版本 — signature version, fixed `"v1"` (the JS example's spelling) (2.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub udef_ver: Option<String>,
    /// client_id — <未启用> (not enabled) (2.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// client_secret — <未启用> (not enabled) (2.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// grant_type — <未启用> (not enabled) (2.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_type: Option<String>,
}

impl Login {
    /// The signature version the seed fixes (`udef_v`/`udef_ver`).
    pub const VERSION: &'static str = "v1";

    /// Signs `password` at `udef_t` (UNIX seconds) for `username`, sending both
    /// version spellings.
    pub fn new(username: impl Into<String>, password: &Secret, udef_t: i64) -> Self {
        let sig = auth_signing::mcs8::login_signature(password.expose(), udef_t);
        Self {
            username: username.into(),
            password: Secret::new(sig.password),
            udef_t: sig.udef_t.into(),
            udef_v: Some(Self::VERSION.to_owned()),
            udef_ver: Some(Self::VERSION.to_owned()),
            client_id: None,
            client_secret: None,
            grant_type: None,
        }
    }
}

impl Login {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "username", &self.username)?;
        Ok(())
    }
}

client_core::endpoint!(Login => TokenInfo, POST "/api/v1/auth/Token", write, validate, sensitive);

/// 注销 — log out; the current access token becomes invalid at once (2.1.2,
/// `GET /api/v1/auth/Logout`). No parameters, no content.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Logout {}

client_core::endpoint!(Logout => Ack, GET "/api/v1/auth/Logout", write);

/// 刷新访问令牌 — extend the access token's validity; the token itself is unchanged
/// (2.1.3, `GET /api/v1/auth/RefreshToken?expires=7200`). A logged-out or expired token
/// cannot be renewed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RefreshToken {
    /// 刷新 token — the refresh token from the login answer (2.1.3; redacted in `Debug`).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub refresh_token: Option<Secret>,
    /// 续期时间 — new validity in seconds (default 24 h) (2.1.3).
    pub expires: u64,
}

impl RefreshToken {
    /// The documented default validity: 24 hours.
    pub const DEFAULT_EXPIRES: u64 = 24 * 3600;
}

impl RefreshToken {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let r = self;
        if r.expires == 0 {
            return Err(client_core::Error::invalid(
                path,
                "expires must be >= 1 second, got 0",
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(RefreshToken => TokenInfo, GET "/api/v1/auth/RefreshToken", write, validate, sensitive);
