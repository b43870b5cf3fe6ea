//! 1.4.8 消息订阅 — the push signing key of the TUMS 2026-08-31 edition (1.4.8.3,
//! 1.4.8.4). With a key set, every push carries a `Signature` header: the lower-case
//! hex HMAC-SHA256 of the body under the key (1.4.8.6), which
//! `webhook::PushVerifier` (feature `webhook`) checks.
//!
//! The subscription itself is [`crate::api::message`] (1.4.8.1/2).

use client_core::{Error, Secret};
use serde::{Deserialize, Serialize};

/// Longest push key (`[1, 32]` characters, 1.4.8.3).
pub const MAX_SK_LEN: usize = 32;

/// 设置应用报警消息推送签名密钥 — set the key pushes are signed with (1.4.8.3): 1–32
/// ASCII letters and digits.
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::push_sign::SetAppMsgPushSk;
/// let req = SetAppMsgPushSk::new("51415b0066e24e91a44e5f7d434cb23c");
/// assert!(req.validate().is_ok());
/// assert!(!format!("{req:?}").contains("51415b"));
/// assert!(SetAppMsgPushSk::new("has-dash").validate().is_err());
/// assert!(SetAppMsgPushSk::new("x".repeat(33)).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetAppMsgPushSk {
    /// sk — **required**, the signing key (never shown in `Debug`) (1.4.8.3).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub sk: Secret,
}

impl SetAppMsgPushSk {
    /// Sets `sk` as the push key.
    pub fn new(sk: impl Into<Secret>) -> Self {
        Self { sk: sk.into() }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        let sk = self.sk.expose();
        let n = sk.chars().count();
        if n == 0 || n > MAX_SK_LEN {
            return Err(Error::invalid(
                path,
                format!("sk must be 1..=32 characters, got {n}"),
            ));
        }
        if !sk.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(Error::invalid(
                path,
                "sk may hold only ASCII letters and digits",
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(SetAppMsgPushSk => client_core::Ack, POST "/tums/open/msgTranspond/v1/setAppMsgPushSk", write, validate);

/// 查询应用报警消息推送签名密钥 — read the push key (1.4.8.4). No parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetAppMsgPushSk {}

client_core::endpoint!(GetAppMsgPushSk => AppMsgPushSk, POST "/tums/open/msgTranspond/v1/getAppMsgPushSk", read, sensitive);

/// The result of [`GetAppMsgPushSk`] (1.4.8.4). The key is a [`Secret`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppMsgPushSk {
    /// sk — 计算推送消息签名密钥 (1.4.8.4); empty when none is set.
    #[serde(default, serialize_with = "Secret::serialize_exposed")]
    pub sk: Secret,
}
